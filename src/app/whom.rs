//! With whom (`w`): the actors that share the chosen actor's paragraphs, most shared first,
//! each with the count of paragraphs they share. Enter on one filters the reading pane to the
//! paragraphs that mention both, exactly as `f` on the first then `&` on the second does; Esc
//! closes the list. The counts come from the document's one paragraph index (which the
//! filter reads too), counted once when the list opens, never while drawing. The list shares the keys of the list of matches.

use super::{Focus, State, filter};

/// The open list: whose company it shows, the company with counts, and the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WithWhom {
    pub actor: usize,
    /// `(other actor, paragraphs shared)`, most shared first.
    pub rows: Vec<(usize, usize)>,
    pub cursor: usize,
    pub focus: Focus,
}

/// `w`: opens the list for the chosen actor (see `chosen`); nothing is selected until Enter.
pub(super) fn open(state: &mut State) -> Option<super::Effect> {
    let actor = super::chosen::take_actor(state)?;
    let (index, job) = state.paragraphs_for(super::Action::WithWhom);
    let Some(index) = index else { return job };
    let rows = index.cooccurring(actor);
    if rows.is_empty() {
        let name = state.doc.actors.get(actor).map_or("?", |a| a.name.as_str());
        state.message = Some(format!("{name} shares no paragraph with another actor"));
        return None;
    }
    state.whom = Some(WithWhom { actor, rows, cursor: 0, focus: state.focus });
    None
}

/// Moves the cursor by `delta` rows (clamped).
pub(super) fn step(state: &mut State, delta: isize) {
    if let Some(list) = state.whom.as_mut() {
        let last = list.rows.len().saturating_sub(1);
        list.cursor = list.cursor.saturating_add_signed(delta).min(last);
    }
}

/// Enter: filters to the paragraphs with both actors and closes the list.
pub(super) fn choose(state: &mut State) {
    let Some(list) = state.whom.take() else { return };
    let Some(&(other, _)) = list.rows.get(list.cursor) else { return };
    state.focus = list.focus;
    filter::apply(state, vec![list.actor, other]);
}

/// Esc: closes the list, the reader as it was.
pub(super) fn close(state: &mut State) {
    if let Some(list) = state.whom.take() {
        state.focus = list.focus;
    }
}

#[cfg(test)]
mod tests;
