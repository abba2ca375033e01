//! Reloading the file when it changes (and by hand, `R`), and following its end as `less +F`
//! does (`F`): new text appears and the view stays at the end until a movement key.
//!
//! The reducer only decides: a change reported by the file watcher or `R` asks the shell for a
//! reload (one at a time; a change during a reload asks again when it is done), and the new
//! document, analysed on a thread, replaces the old one with the reading position kept by
//! byte offset.

use super::{Action, Effect, State};
use crate::model::Document;
use std::path::PathBuf;

/// What reloading and following need to know.
#[derive(Debug, Default)]
pub struct Follow {
    /// The file the document came from (none: standard input or the bundled article).
    pub path: Option<PathBuf>,
    /// Following the end (`F`).
    pub on: bool,
    /// A reload is running.
    pub reloading: bool,
    /// The file changed again while it was being reloaded.
    pub again: bool,
}

/// Asks for a reload unless one is running (then it asks again when that one is done).
pub(super) fn reload(state: &mut State, by_hand: bool) -> Option<Effect> {
    let Some(path) = state.follow.path.clone() else {
        if by_hand {
            state.message = Some("only a file can be reloaded".into());
        }
        return None;
    };
    if state.follow.reloading {
        state.follow.again = true;
        return None;
    }
    state.follow.reloading = true;
    if by_hand {
        state.message = Some("reloading…".into());
    }
    Some(Effect::Reload(path))
}

/// `F`: go to the end and stay there as the file grows.
pub(super) fn start(state: &mut State) {
    if state.follow.path.is_none() {
        state.message = Some("only a file can be followed".into());
        return;
    }
    state.follow.on = true;
    to_end(state);
    state.message = Some("following the end (any movement key stops)".into());
}

/// Any key but `F` itself stops following (a resize or the wheel's scroll is not a key).
pub(super) fn stop_on(state: &mut State, action: Action) {
    if state.follow.on && !matches!(action, Action::Follow | Action::Resize(..)) {
        state.follow.on = false;
    }
}

fn to_end(state: &mut State) {
    state.top = state.layout.max_top(&state.doc, state.page_height());
    state.jumped = None;
    state.section_pin = state.doc.sections.len().checked_sub(1);
    state.section_cursor = state.outline.shown_ancestor(state.current_section());
}

impl State {
    /// The reloaded document arrives: the reading position (by byte offset), the selected
    /// actor (by id) and the marks stay; when following, the view goes to the new end.
    pub(super) fn reloaded(
        &mut self,
        doc: Document,
        id: Option<crate::state::DocId>,
    ) -> Option<Effect> {
        self.follow.reloading = false;
        self.search = self.search.take().map(|mut s| {
            s.counts = None;
            s.current = None;
            s
        });
        let saved = self.save_if_changed();
        self.set_document(doc);
        if let (Some(id), Some((_, old))) = (id, self.memory.store.as_mut()) {
            *old = id;
            // The new text is another document: what it remembers starts from here.
            self.memory.saved = crate::state::DocState::default();
        }
        if self.follow.on {
            to_end(self);
        } else {
            self.message = Some("reloaded: the file changed".into());
        }
        if std::mem::take(&mut self.follow.again) {
            return reload(self, false).or(saved);
        }
        saved
    }
}
