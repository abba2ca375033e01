//! Places the reader remembers: marks (`m` then a letter, `'` then the letter), the place
//! before the last jump (`''`), the jump list (back and forward through every jump), and what
//! is saved between runs. Positions are byte offsets into the text, so they survive a new
//! terminal size; the layout turns them back into rows.
//!
//! Every jump is recorded in one place, [`record_jumps`], around the reducer's handling of an
//! action: an action that is a jump and moved the text is one entry, whatever did the moving.

use super::{Action, Effect, Focus, State};
use crate::layout::Anchor;
use crate::state::{DocId, DocState, Position, Store};
use std::collections::BTreeMap;

/// How many places the jump list keeps back (the oldest go first).
const JUMP_LIST_LEN: usize = 100;

/// A key that waits for a second key (the letter of a mark).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    SetMark,
    GoToMark,
}

/// What the reader remembers about places in this document.
#[derive(Debug, Default)]
pub struct Memory {
    /// Marks: a letter and the byte offset it was set at.
    pub marks: BTreeMap<char, usize>,
    /// Where the reader was before the last jump (what `''` returns to).
    pub previous: Option<usize>,
    /// Places jumped from, oldest first (`ctrl-o` goes back through them).
    pub back: Vec<usize>,
    /// Places gone back from, nearest last (`ctrl-i` goes forward through them).
    pub forward: Vec<usize>,
    /// A mark key waiting for its letter.
    pub pending: Option<Pending>,
    /// Where state is saved, and the document's identity there (none: nothing is saved).
    pub store: Option<(Store, DocId)>,
    /// What was last saved (or loaded), so an unchanged state is not written again.
    pub saved: DocState,
}

/// A document's saved state as found on opening it.
#[derive(Debug)]
pub struct Remembered {
    pub store: Store,
    pub id: DocId,
    pub saved: DocState,
    /// The byte offset to open at.
    pub at: usize,
    /// What to say in the status bar (a changed file, a state file that could not be read).
    pub message: Option<String>,
}

/// Whether an action is a jump: it goes somewhere rather than scrolling there.
fn is_jump(state: &State, action: Action) -> bool {
    match action {
        Action::Top
        | Action::Bottom
        | Action::PrevSection
        | Action::NextSection
        | Action::NextMatch
        | Action::PrevMatch
        | Action::SearchSubmit
        | Action::MarkLetter(_)
        | Action::FirstMention
        | Action::NextDense
        | Action::PrevDense
        | Action::Click { .. } => true,
        Action::Activate => state.focus == Focus::Sections,
        // Enter in the with-whom list filters, as `f` and `&` do: no jump.
        Action::ResultsChoose => state.whom.is_none(),
        _ => false,
    }
}

/// Runs the reducer's handling of an action, and records it in the jump list when it was a
/// jump that moved the text.
pub(super) fn record_jumps(
    state: &mut State,
    action: Action,
    act: impl FnOnce(&mut State) -> Option<Effect>,
) -> Option<Effect> {
    let jump = is_jump(state, action);
    let before = state.top;
    let from = state.layout.offset_of(&state.doc, before);
    let effect = act(state);
    if jump && state.top != before {
        remember_jump(state, from);
    }
    effect
}

fn remember_jump(state: &mut State, from: usize) {
    let memory = &mut state.memory;
    memory.previous = Some(from);
    if memory.back.last() != Some(&from) {
        memory.back.push(from);
    }
    if memory.back.len() > JUMP_LIST_LEN {
        memory.back.remove(0);
    }
    memory.forward.clear();
}

/// The byte offset at the top of the reading pane.
pub fn reading_offset(state: &State) -> usize {
    state.layout.offset_of(&state.doc, state.top)
}

/// Puts the row holding a byte offset at the top of the pane (or as near as the end allows).
pub fn go_to_offset(state: &mut State, offset: usize) {
    let doc = &state.doc;
    let offset = offset.min(doc.text.len());
    let max = state.layout.max_top(doc, state.page_height());
    state.top = row_at(state, offset).min(max);
    state.jumped = None;
    state.section_pin = None;
    state.section_cursor = state.outline.shown_ancestor(state.current_section());
}

/// The last row that starts at or before a byte offset: a blank row between blocks starts
/// where the block before it ends, so it is found again, not the block's last row.
fn row_at(state: &State, offset: usize) -> Anchor {
    let (layout, doc) = (&state.layout, &state.doc);
    let mut at = layout.anchor_of(doc, offset);
    loop {
        let next = layout.step(doc, at, 1);
        if next == at || layout.offset_of(doc, next) > offset {
            return at;
        }
        at = next;
    }
}

/// `ctrl-o` (back) and `ctrl-i` (forward) through the jump list.
pub(super) fn jump_back(state: &mut State, back: bool) {
    let here = reading_offset(state);
    let memory = &mut state.memory;
    let (from, to) = if back {
        (&mut memory.back, &mut memory.forward)
    } else {
        (&mut memory.forward, &mut memory.back)
    };
    let Some(target) = from.pop() else {
        state.message =
            Some(if back { "no earlier jump" } else { "no later jump (ctrl-o goes back)" }.into());
        return;
    };
    to.push(here);
    memory.previous = Some(here);
    go_to_offset(state, target);
}

/// The second key of `m` or `'`: sets a mark, or goes to one (`''`: back before the jump).
pub(super) fn mark_letter(state: &mut State, letter: char) {
    let Some(pending) = state.memory.pending.take() else { return };
    let here = reading_offset(state);
    match pending {
        Pending::SetMark if letter.is_ascii_alphabetic() => {
            state.memory.marks.insert(letter, here);
            state.message = Some(format!("mark {letter} set ('{letter} returns here)"));
        }
        Pending::SetMark => state.message = Some("marks are letters: m then a-z".into()),
        Pending::GoToMark => {
            let target = if letter == '\'' {
                state.memory.previous.ok_or("no jump yet to go back from")
            } else {
                state.memory.marks.get(&letter).copied().ok_or("no such mark")
            };
            match target {
                Ok(offset) => {
                    go_to_offset(state, offset);
                    // A return to where the text already is is not a jump: keep `''` pointing
                    // where it did.
                    if reading_offset(state) == here {
                        state.message = Some(format!("already at '{letter}"));
                    }
                }
                Err(why) => state.message = Some(format!("'{letter}: {why}")),
            }
        }
    }
}

/// The mark key's second key: a character chooses the mark, anything else cancels.
pub fn pending_action(key: crossterm::event::KeyEvent) -> Action {
    use crossterm::event::{KeyCode, KeyModifiers};
    match key.code {
        KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => Action::MarkLetter(c),
        _ => Action::MarkCancel,
    }
}

impl State {
    /// What is saved for this document now: the position, the place before the last jump, and
    /// the marks.
    pub fn doc_state(&self) -> DocState {
        let offset = reading_offset(self);
        let position = (self.top != Anchor::default() || self.memory.saved.position.is_some())
            .then(|| Position::at(offset, &self.doc.sections, &self.doc.text));
        DocState { position, previous: self.memory.previous, marks: self.memory.marks.clone() }
    }

    /// Takes in what was saved for this document: marks, the place before the last jump, and
    /// where to open (a byte offset).
    pub fn restore(&mut self, store: Store, id: DocId, saved: DocState, at: usize) {
        self.memory.marks = saved.marks.clone();
        self.memory.previous = saved.previous;
        self.memory.saved = saved;
        self.memory.store = Some((store, id));
        if at > 0 {
            go_to_offset(self, at);
        }
    }

    /// Takes in a large file's saved state once its whole text has arrived; the reader who has
    /// already moved stays where they are.
    pub(super) fn remembered(&mut self, found: Remembered) {
        let moved = self.top != Anchor::default();
        if let Some(message) = found.message {
            self.message = Some(message);
        }
        let at = if moved { 0 } else { found.at };
        self.restore(found.store, found.id, found.saved, at);
    }

    /// The effect that saves this document's state, when it changed since it was last saved.
    pub fn save_if_changed(&mut self) -> Option<Effect> {
        let (store, id) = self.memory.store.clone()?;
        let now = self.doc_state();
        if now == self.memory.saved {
            return None;
        }
        self.memory.saved = now.clone();
        Some(Effect::Save(store, id, now))
    }
}

#[cfg(test)]
mod tests;
