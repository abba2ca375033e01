//! The one-line prompt: editing it like a shell line (Ctrl-W, Ctrl-U, history), and what it
//! is for. From the text, `/` searches; from the section or actor list, it filters that list
//! as the reader types, and the filter stays until Esc.

use super::{Action, Focus, State};

/// Applies an editing key to the open prompt.
pub(super) fn edit(state: &mut State, action: Action) {
    let Some(p) = state.prompt.as_mut() else { return };
    match action {
        Action::SearchInput(c) => p.push(c),
        Action::SearchBackspace => {
            p.pop();
        }
        Action::SearchDeleteWord => {
            let kept = p.trim_end().rfind(char::is_whitespace).map_or(0, |i| i + 1);
            p.truncate(kept);
        }
        Action::SearchClearLine => p.clear(),
        Action::SearchHistory(back) if state.filtering.is_none() => recall(state, back),
        Action::SearchCancel => {
            state.prompt = None;
            if let Some(list) = state.filtering.take() {
                clear_filter(state, list);
            }
            return;
        }
        _ => {}
    }
    if let Some(list) = state.filtering {
        let query = state.prompt.clone().unwrap_or_default();
        set_filter(state, list, query);
    }
}

/// Enter on a list filter: the prompt closes, the filter stays.
pub(super) fn keep_filter(state: &mut State) {
    state.prompt = None;
    let Some(list) = state.filtering.take() else { return };
    let (n, what) = match list {
        Focus::Sections => (state.outline.shown().len(), "sections"),
        _ => (state.actor_order.len(), "actors"),
    };
    state.message = Some(format!("{n} {what} match — Esc shows them all"));
}

/// Removes a list's filter; false when it had none.
pub(super) fn clear_filter(state: &mut State, list: Focus) -> bool {
    let had = match list {
        Focus::Sections => !state.section_filter.is_empty(),
        Focus::Actors => !state.actor_filter.is_empty(),
        Focus::Reader => false,
    };
    if had {
        set_filter(state, list, String::new());
    }
    had
}

fn set_filter(state: &mut State, list: Focus, query: String) {
    match list {
        Focus::Sections => {
            let doc = std::sync::Arc::clone(&state.doc);
            state.section_filter = query;
            state.outline.set_filter(&state.section_filter, &doc.sections, &doc.text);
            let shown = state.outline.shown();
            if shown.binary_search(&state.section_cursor).is_err() {
                state.section_cursor = shown.first().copied().unwrap_or(0);
            }
        }
        Focus::Actors => {
            state.actor_filter = query;
            state.actor_cursor = 0;
            state.rank_actors();
        }
        Focus::Reader => {}
    }
}

/// Up / Down in the prompt: walks through earlier searches.
fn recall(state: &mut State, back: bool) {
    let n = state.search_history.len();
    if n == 0 {
        return;
    }
    let at = match (state.history_at, back) {
        (None, true) => Some(n - 1),
        (None, false) => None,
        (Some(i), true) => Some(i.saturating_sub(1)),
        (Some(i), false) => (i + 1 < n).then_some(i + 1),
    };
    state.history_at = at;
    state.prompt = Some(at.map_or_else(String::new, |i| state.search_history[i].clone()));
}
