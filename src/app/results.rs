//! The list of search matches in context: each match with its line and section. Enter goes to
//! the match under the cursor, Esc goes back to where the reader was.

use super::{Focus, State, update};
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
    /// Match starts, counted now on a small document if the background count is not in.
    fn match_starts(&mut self) -> Option<std::sync::Arc<Vec<usize>>> {
        let search = self.search.as_mut()?;
        if search.all.is_none() && self.doc.text.len() <= COUNT_NOW {
            search.all = Some(std::sync::Arc::new(search.count_all(&self.doc.text)));
        }
        search.all.clone()
    }

    /// Rows `first..first + n` of the list.
    pub fn result_rows(&self, first: usize, n: usize) -> Vec<ResultRow> {
        let Some(all) = self.search.as_ref().and_then(|s| s.all.as_ref()) else {
            return Vec::new();
        };
        let text = self.doc.text.as_bytes();
        let mut line = 1;
        let mut counted = 0;
        all.iter()
            .skip(first)
            .take(n)
            .map(|&start| {
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
    let Some(all) = state.match_starts() else {
        state.message = Some("still counting the matches — try again in a moment".into());
        return;
    };
    if all.is_empty() {
        state.message = Some("no matches to list".into());
        return;
    }
    let at = state.search.as_ref().and_then(|s| s.current.as_ref()).map_or(0, |r| r.start);
    let cursor = all.partition_point(|&s| s < at).min(all.len() - 1);
    state.results = Some(Results { cursor, back_to: state.top, focus: state.focus });
}

/// Moves the cursor by `delta` rows (clamped).
pub(super) fn step(state: &mut State, delta: isize) {
    let len = state.search.as_ref().and_then(|s| s.all.as_ref()).map_or(0, |a| a.len());
    if let Some(r) = state.results.as_mut() {
        r.cursor = r.cursor.saturating_add_signed(delta).min(len.saturating_sub(1));
    }
}

/// Enter: goes to the match under the cursor and closes the list.
pub(super) fn choose(state: &mut State) {
    let Some(results) = state.results.take() else { return };
    let all = state.search.as_ref().and_then(|s| s.all.clone());
    let Some(&start) = all.as_ref().and_then(|a| a.get(results.cursor)) else { return };
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
