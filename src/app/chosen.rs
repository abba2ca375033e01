//! Which actor a command acts on. Every key that takes "the actor" (`f` `&` `i` `w` `L` `P`
//! `{` `}` `e`, and `n` `N` when they step through mentions) asks here, so they never disagree:
//! the actor under the actor list's cursor while that list has the keyboard (what the reader
//! is looking at and has just moved to), else the selected actor (Enter in the list, or the
//! last actor a command went to). A command that takes the reader to the actor's text also
//! selects it, so highlighting, the presence strip and `n` follow the same actor.

use super::{JumpTarget, State};

/// What the status bar says when no actor is chosen.
pub const NONE: &str = "select an actor first (Tab to the actor list)";

/// The actor a command acts on: the actor list's cursor while the list has the keyboard
/// (and shows an actor), else the selected actor.
pub(crate) fn chosen_actor(state: &State) -> Option<usize> {
    let under_cursor = match state.focus {
        super::Focus::Actors => state.actor_order.get(state.actor_cursor).copied(),
        _ => None,
    };
    under_cursor.or(state.selected_actor).filter(|&a| a < state.doc.actors.len())
}

/// [`chosen_actor`], or the status bar says how to choose one.
pub(crate) fn take_actor(state: &mut State) -> Option<usize> {
    let actor = chosen_actor(state);
    if actor.is_none() {
        state.message = Some(NONE.into());
    }
    actor
}

/// [`take_actor`] for a command that goes to the actor's text: the actor becomes the selected
/// one, as Enter in the list would make it.
pub(crate) fn take_and_select(state: &mut State) -> Option<usize> {
    let actor = take_actor(state)?;
    select(state, actor);
    Some(actor)
}

/// Makes `actor` the selected one (nothing to redo when it already is): where it appears,
/// its presence, and `n` / `N` step through its mentions.
pub(crate) fn select(state: &mut State, actor: usize) {
    state.jump_target = JumpTarget::Actor;
    if state.selected_actor == Some(actor) {
        return;
    }
    state.selected_actor = Some(actor);
    // Counting an actor's mentions per section costs all its mentions: only on a change.
    state.count_where_selected_appears();
    state.refresh_presence();
}

#[cfg(test)]
mod tests;
