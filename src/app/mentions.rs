//! The list of the selected actor's mentions in context (`L`): each with its line and
//! section. Rows are made for the screen only (a line of context per row shown), so
//! an actor with a hundred thousand mentions opens as fast as one with three. It shares the
//! keys of the list of matches; Enter goes to the mention, Esc back to where the reader was.

use super::{Focus, State};
use crate::layout::Anchor;
use lector_core::reading::{MentionInContext, context_line};

/// The open list: whose mentions, the cursor, and where the reader was when it opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionList {
    pub actor: usize,
    pub cursor: usize,
    pub back_to: Anchor,
    pub focus: Focus,
}

impl State {
    /// Rows `first..first + n` of the open list, each line at most `width` chars.
    pub fn mention_rows(&self, first: usize, n: usize, width: usize) -> Vec<MentionInContext> {
        let Some(list) = &self.panels.mentions else { return Vec::new() };
        let doc = &self.doc;
        let all = doc.mentions_of(list.actor);
        // Only the rows asked for get their line: skipping through the lazy list would still
        // make a line for every mention before `first`.
        let shown = &all[first.min(all.len())..(first + n).min(all.len())];
        shown
            .iter()
            .map(|&m| {
                let mention = &doc.mentions[m];
                let (line, highlight) = context_line(doc, mention.range.clone(), width);
                let section = crate::model::index(mention.section);
                MentionInContext {
                    mention: m,
                    range: mention.range.clone(),
                    section,
                    line,
                    highlight,
                }
            })
            .collect()
    }
}

/// `L`: opens the list of the chosen actor's mentions (see `chosen`) at the first mention
/// from the reading position on. The actor is selected when Enter goes to one of them.
pub(super) fn open(state: &mut State) {
    let Some(actor) = super::chosen::take_actor(state) else { return };
    let doc = &state.doc;
    let list = doc.mentions_of(actor);
    if list.is_empty() {
        state.message = Some(format!("{} has no mentions", doc.actors[actor].name));
        return;
    }
    let at =
        state.jumped.as_ref().map_or_else(|| state.layout.offset_of(doc, state.top), |r| r.start);
    let cursor = list.partition_point(|&m| doc.mentions[m].range.start < at).min(list.len() - 1);
    state.panels.mentions =
        Some(MentionList { actor, cursor, back_to: state.top, focus: state.focus });
}

/// Moves the cursor by `delta` rows (clamped).
pub(super) fn step(state: &mut State, delta: isize) {
    let Some(list) = state.panels.mentions.as_mut() else { return };
    let len = state.doc.mentions_of(list.actor).len();
    list.cursor = list.cursor.saturating_add_signed(delta).min(len.saturating_sub(1));
}

/// Enter: goes to the mention under the cursor and closes the list.
pub(super) fn choose(state: &mut State) {
    let Some(list) = state.panels.mentions.take() else { return };
    let doc = &state.doc;
    let Some(&m) = doc.mentions_of(list.actor).get(list.cursor) else { return };
    let range = doc.mentions[m].range.clone();
    let total = doc.mentions_of(list.actor).len();
    let name = doc.actors[list.actor].name.clone();
    state.focus = Focus::Reader;
    super::chosen::select(state, list.actor);
    super::update::go_to(state, range);
    state.message = Some(format!("{name} — mention {}/{total}", list.cursor + 1));
}

/// Esc: closes the list, back where the reader was.
pub(super) fn close(state: &mut State) {
    if let Some(list) = state.panels.mentions.take() {
        state.top = list.back_to;
        state.focus = list.focus;
    }
}
