//! The list of search matches in context: each match with its line and section. Enter goes to
//! the match under the cursor, Esc goes back to where the reader was.

use super::{Focus, MatchCounts, State, update};
use crate::layout::Anchor;

/// Documents up to this size are counted on the spot when the list opens before the
/// background count is in.
const COUNT_NOW: usize = 16 << 20;

/// The open list: its cursor, and where the reader was when it opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    pub cursor: usize,
    pub back_to: Anchor,
    pub focus: Focus,
}

/// One row of the list, as the overlay draws it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultRow {
    pub start: usize,
    /// 1-based line of the text (as `lector text` prints it).
    pub line: usize,
    pub section: usize,
}

impl State {
    /// The match counts, counted now on a small document if the background count is not in.
    fn match_counts(&mut self) -> Option<std::sync::Arc<MatchCounts>> {
        let search = self.search.as_mut()?;
        if search.counts.is_none() && self.doc.text.len() <= COUNT_NOW {
            search.counts = Some(std::sync::Arc::new(search.count_now(&self.doc.text)));
        }
        search.counts.clone()
    }

    /// How many matches the list holds.
    pub fn result_count(&self) -> usize {
        self.search.as_ref().and_then(|s| s.counts.as_ref()).map_or(0, |c| c.total())
    }

    /// Rows `first..first + n` of the list.
    pub fn result_rows(&self, first: usize, n: usize) -> Vec<ResultRow> {
        let Some(search) = self.search.as_ref() else { return Vec::new() };
        let Some(counts) = search.counts.as_ref() else { return Vec::new() };
        let starts = counts.starts(search, &self.doc.text, first, n);
        let text = self.doc.text.as_bytes();
        let mut line = 1;
        let mut counted = 0;
        starts
            .into_iter()
            .map(|start| {
                line += memchr::memchr_iter(b'\n', &text[counted..start]).count();
                counted = start;
                let block = self.doc.block_at(start).unwrap_or(0);
                let section = self.doc.section_of_block(block).unwrap_or(0);
                ResultRow { start, line, section }
            })
            .collect()
    }
}

/// Opens the list of matches of the current search.
pub(super) fn open(state: &mut State) {
    if state.search.is_none() {
        state.message = Some("search first (/), then M lists the matches".into());
        return;
    }
    let Some(counts) = state.match_counts() else {
        state.message = Some("still counting the matches — try again in a moment".into());
        return;
    };
    if counts.total() == 0 {
        state.message = Some("no matches to list".into());
        return;
    }
    let Some(search) = state.search.as_ref() else { return };
    let at = search.current.as_ref().map_or(0, |r| r.start);
    let cursor = counts.index_of(search, &state.doc.text, at).min(counts.total() - 1);
    state.results = Some(Results { cursor, back_to: state.top, focus: state.focus });
}

/// Moves the cursor by `delta` rows (clamped).
pub(super) fn step(state: &mut State, delta: isize) {
    let len = state.result_count();
    if let Some(r) = state.results.as_mut() {
        r.cursor = r.cursor.saturating_add_signed(delta).min(len.saturating_sub(1));
    }
}

/// Enter: goes to the match under the cursor and closes the list.
pub(super) fn choose(state: &mut State) {
    let Some(results) = state.results.take() else { return };
    let Some(&start) = state.result_rows(results.cursor, 1).first().map(|r| &r.start) else {
        return;
    };
    let found = state.search.as_ref().and_then(|s| s.next_from(&state.doc.text, start));
    state.jump_target = super::JumpTarget::Search;
    state.focus = Focus::Reader;
    update::land_on_match(state, found);
}

/// Esc: closes the list, back where the reader was.
pub(super) fn close(state: &mut State) {
    if let Some(results) = state.results.take() {
        state.top = results.back_to;
        state.focus = results.focus;
    }
}
