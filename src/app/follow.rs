//! Reloading the file when it changes (and by hand, `R`), and following its end as `less +F`
//! does (`F`): new text appears and the view stays at the end until a movement key.
//!
//! The reducer only decides: a change reported by the file watcher or `R` asks the shell for a
//! reload (one at a time; a change during a reload asks again when it is done), and the new
//! document, analysed on a thread, replaces the old one.
//!
//! The reading position survives a chain of reloads: a writer that truncates the file, pauses,
//! then writes it makes one reload read an empty or short text. The place the reader meant
//! (the byte offset at the top of the pane when the chain began) is kept, not the place the
//! short text forced, and it comes back as soon as a reload's text reaches it again. The
//! reader's own movement ends the chain; following the end (`F`) goes to the end as before.
//!
//! The new detection runs with the user's actor edits (as the actor file now records them), so
//! a reload shows the curated actors; the curator of the old detection, whose mentions point
//! into the old text, is dropped.

use super::{Action, Effect, State};
use crate::actors::UserActors;
use crate::layout::Anchor;
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
    /// The byte offset the reader meant to be at when a chain of reloads began: kept until
    /// the reader moves, so a reload of a text too short to hold it costs nothing.
    pub intended: Option<usize>,
    /// The actor corrections the running reload detects with.
    pub detecting_with: Option<UserActors>,
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
    let actors = state.curation.corrections();
    state.follow.detecting_with = Some(actors.clone());
    Some(Effect::Reload { path, actors })
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

/// Where the reader stands before an action, to tell afterwards whether it moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Spot {
    top: Anchor,
    width: usize,
}

impl Spot {
    pub(super) fn of(state: &State) -> Spot {
        Spot { top: state.top, width: state.layout.width() }
    }
}

/// The reader's own movement ends a chain of reloads: where it went is what it means now.
/// Text that moved because it was wrapped afresh (a resize, a side pane shown or hidden)
/// keeps its offset, so that is not a movement.
pub(super) fn forget_intended_if_moved(state: &mut State, before: Spot, action: Action) {
    let rewrapped = before.width != state.layout.width() || matches!(action, Action::Resize(..));
    if before.top != state.top && !rewrapped {
        state.follow.intended = None;
    }
}

fn to_end(state: &mut State) {
    state.top = state.layout.max_top(&state.doc, state.page_height());
    state.jumped = None;
    state.section_pin = state.doc.sections.len().checked_sub(1);
    state.section_cursor = state.outline.shown_ancestor(state.current_section());
}

impl State {
    /// The reloaded document arrives: the reading position (the one meant, see the module's
    /// header), the selected actor (by id) and the marks stay; when following, the view goes
    /// to the new end.
    pub(super) fn reloaded(
        &mut self,
        doc: Document,
        id: Option<crate::state::DocId>,
    ) -> Vec<Effect> {
        self.follow.reloading = false;
        self.search = self.search.take().map(|mut s| {
            s.counts = None;
            s.current = None;
            s
        });
        let mut effects: Vec<Effect> = self.save_if_changed().into_iter().collect();
        let detected_with = self.follow.detecting_with.take().unwrap_or_default();
        effects.extend(super::curate::reloading(self, &detected_with));
        let intended = match self.follow.intended {
            Some(at) => at,
            None if self.top == Anchor::default() => 0,
            None => self.layout.offset_of(&self.doc, self.top),
        };
        self.set_document(doc);
        if let (Some(id), Some((_, old))) = (id, self.memory.store.as_mut()) {
            *old = id;
            // The new text is another document: what it remembers starts from here.
            self.memory.saved = crate::state::DocState::default();
        }
        if self.follow.on {
            self.follow.intended = None;
            to_end(self);
        } else {
            self.follow.intended = Some(intended);
            go_to_intended(self, intended);
            self.message = Some("reloaded: the file changed".into());
        }
        if std::mem::take(&mut self.follow.again) {
            effects.extend(reload(self, false));
        }
        effects
    }
}

/// Puts the meant offset at the top of the pane when the text reaches it; a text too short
/// for it shows its end, the nearest it has.
fn go_to_intended(state: &mut State, intended: usize) {
    let holds = intended < state.doc.text.len();
    state.top = if intended == 0 {
        Anchor::default()
    } else if holds {
        state.layout.anchor_of(&state.doc, intended)
    } else {
        state.layout.max_top(&state.doc, state.page_height())
    };
    state.jumped = None;
    state.section_pin = None;
    state.section_cursor = state.outline.shown_ancestor(state.current_section());
}
