//! Curation in the reader: `e` opens a small menu over the actor list whose letters choose the
//! edit (merge, rename, hide, change kind, detach an alias); `u` takes the last edit back.
//! The edits go through the core's `Curator`, which replays them on the detected actors, so
//! the document, the sidebar, highlighting and counts change at once, and the user's actor
//! file is rewritten (by the shell, atomically) after every edit and every undo.
//!
//! Choosing a target reuses the one-line prompt: what is typed narrows a list of candidates
//! (other actors, kinds, the actor's aliases), Up / Down move in it and Enter takes the
//! highlighted one; renaming starts the prompt with the current name.

use super::{Action, Effect, State};
use crate::actors::UserActors;
use crate::model::{ActorKind, Document};
use crate::reading::Curator;
use std::path::PathBuf;
use std::sync::Arc;

/// What the reader needs to curate: the corrections detection ran with, the actor file the
/// edits are written to and what it held, and the curator once the first edit is made.
#[derive(Debug, Clone, Default)]
pub struct Curation {
    /// Everything detection ran with (the config directory's file and any `--actors` file).
    pub prior: UserActors,
    /// The user's actor file in the config directory, if the platform has one.
    pub path: Option<PathBuf>,
    /// What that file held when the reader started.
    pub file: UserActors,
    /// Made from the document at the first edit, dropped when a new analysis arrives.
    pub curator: Option<Curator>,
    /// The open menu or chooser, if any.
    pub stage: Option<Stage>,
}

/// Where the edit menu has got to.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// The menu of operations for an actor (an index into the document's actors).
    Menu { actor: usize },
    /// Choosing among candidates; the prompt's text narrows them.
    Choose { actor: usize, op: Op, items: Vec<Item>, cursor: usize },
    /// Typing a new name in the prompt.
    Rename { actor: usize },
}

/// An operation that needs a choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Merge,
    Kind,
    Detach,
}

/// A candidate: what the list shows, and what choosing it means.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub label: String,
    pub target: Target,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Actor(usize),
    Kind(ActorKind),
    Alias(String),
}

const KINDS: [ActorKind; 7] = [
    ActorKind::State,
    ActorKind::InternationalOrganisation,
    ActorKind::Organisation,
    ActorKind::ArmedGroup,
    ActorKind::Person,
    ActorKind::Group,
    ActorKind::Place,
];

impl Curation {
    /// Curation for a reader whose detection ran with `prior`, writing to the config
    /// directory's actor file (which held `file`).
    pub fn new(prior: UserActors, path: Option<PathBuf>, file: UserActors) -> Curation {
        Curation { prior, path, file, curator: None, stage: None }
    }

    /// The items the prompt's text lets through, in list order.
    pub fn shown<'a>(items: &'a [Item], query: &str) -> Vec<&'a Item> {
        let query = query.to_lowercase();
        items.iter().filter(|i| i.label.to_lowercase().contains(&query)).collect()
    }
}

/// `e`: opens the menu for the chosen actor (see `chosen`).
pub(super) fn open(state: &mut State) {
    if state.progress.is_some() {
        state.message = Some("the actors are still being found: edit them when done".into());
        return;
    }
    if let Some(actor) = super::chosen::take_actor(state) {
        state.curation.stage = Some(Stage::Menu { actor });
    }
}

/// A letter of the menu (or Esc, which closes it).
pub(super) fn menu(state: &mut State, action: Action) -> Option<Effect> {
    let Some(Stage::Menu { actor }) = state.curation.stage.clone() else { return None };
    state.curation.stage = None;
    let doc = Arc::clone(&state.doc);
    let name = doc.actors.get(actor)?.name.clone();
    let choose = |op: Op, items: Vec<Item>| Stage::Choose { actor, op, items, cursor: 0 };
    let stage = match action {
        Action::CurateMerge => {
            let items = state
                .actor_order_all()
                .into_iter()
                .filter(|&a| a != actor)
                .map(|a| Item { label: doc.actors[a].name.clone(), target: Target::Actor(a) })
                .collect();
            choose(Op::Merge, items)
        }
        Action::CurateKind => {
            let items = KINDS
                .iter()
                .map(|&k| Item { label: k.label().into(), target: Target::Kind(k) })
                .collect();
            choose(Op::Kind, items)
        }
        Action::CurateDetach => {
            let aliases = &doc.actors[actor].aliases;
            if aliases.is_empty() {
                state.message = Some(format!("{name} has no other name to detach"));
                return None;
            }
            let items = aliases
                .iter()
                .map(|a| Item { label: a.clone(), target: Target::Alias(a.clone()) })
                .collect();
            choose(Op::Detach, items)
        }
        Action::CurateRename => {
            state.prompt = Some(name);
            state.curation.stage = Some(Stage::Rename { actor });
            return None;
        }
        Action::CurateHide => {
            // Let go of the document first: a second holder would make the edit copy it.
            drop(doc);
            let said = format!("hid {name}");
            return edit(state, |c, doc| c.hide(doc, actor), said, (Some(actor), None));
        }
        _ => return None,
    };
    state.prompt = Some(String::new());
    state.curation.stage = Some(stage);
    None
}

/// A key in the prompt while choosing or renaming.
pub(super) fn prompt(state: &mut State, action: Action) -> Option<Effect> {
    match action {
        Action::SearchCancel => {
            state.prompt = None;
            state.curation.stage = None;
            None
        }
        Action::SearchSubmit => submit(state),
        Action::SearchHistory(up) => {
            let query = state.prompt.clone().unwrap_or_default();
            if let Some(Stage::Choose { items, cursor, .. }) = state.curation.stage.as_mut() {
                let n = Curation::shown(items, &query).len();
                *cursor = if up {
                    cursor.saturating_sub(1)
                } else {
                    (*cursor + 1).min(n.saturating_sub(1))
                };
            }
            None
        }
        _ => {
            if let Some(p) = state.prompt.as_mut() {
                match action {
                    Action::SearchInput(c) => p.push(c),
                    Action::SearchBackspace => {
                        p.pop();
                    }
                    Action::SearchClearLine | Action::SearchDeleteWord => p.clear(),
                    _ => {}
                }
            }
            if let Some(Stage::Choose { cursor, .. }) = state.curation.stage.as_mut() {
                *cursor = 0;
            }
            None
        }
    }
}

/// Enter: applies the edit with the chosen candidate or the typed name.
fn submit(state: &mut State) -> Option<Effect> {
    let text = state.prompt.take().unwrap_or_default();
    let stage = state.curation.stage.take()?;
    let name = |state: &State, a: usize| state.doc.actors.get(a).map(|x| x.name.clone());
    match stage {
        Stage::Rename { actor } => {
            let from = name(state, actor)?;
            let to = text.trim().to_string();
            if to.is_empty() {
                state.message = Some("an actor needs a name: nothing renamed".into());
                return None;
            }
            let said = format!("renamed {from} to {to}");
            let then = (Some(actor), Some(to.clone()));
            edit(state, |c, doc| c.rename(doc, actor, &to), said, then)
        }
        Stage::Choose { actor, items, cursor, .. } => {
            let Some(item) = Curation::shown(&items, &text).get(cursor).map(|i| (*i).clone())
            else {
                state.message = Some(format!("nothing matches \"{text}\""));
                return None;
            };
            let this = name(state, actor)?;
            match item.target {
                Target::Actor(into) => {
                    let said = format!("merged {this} into {}", item.label);
                    let then = (Some(actor), Some(item.label.clone()));
                    edit(state, |c, doc| c.merge(doc, into, actor), said, then)
                }
                Target::Kind(kind) => {
                    let said = format!("{this} is now of kind {}", kind.label());
                    edit(
                        state,
                        |c, doc| c.set_kind(doc, actor, kind),
                        said,
                        (Some(actor), Some(this)),
                    )
                }
                Target::Alias(alias) => {
                    let said = format!("detached \"{alias}\" from {this}");
                    edit(
                        state,
                        |c, doc| c.detach(doc, actor, &alias),
                        said,
                        (Some(actor), Some(this)),
                    )
                }
            }
        }
        Stage::Menu { .. } => None,
    }
}

/// `u`: takes back the last edit.
pub(super) fn undo(state: &mut State) -> Option<Effect> {
    if state.curation.curator.as_ref().is_none_or(|c| c.edits().is_empty()) {
        state.message = Some("nothing to undo".into());
        return None;
    }
    edit(state, |c, doc| c.undo(doc), "undid the last edit".into(), (None, None))
}

/// Makes an edit on the document (copied only when a job still shares it), rebuilds what
/// the reader derives from the actors, and asks the shell to write the actor file. `then`
/// names the actor that `edited` became: the list's cursor, and the selection if it was on
/// `edited`, follow it.
fn edit(
    state: &mut State,
    change: impl FnOnce(&mut Curator, &mut Document) -> bool,
    said: String,
    (edited, then): (Option<usize>, Option<String>),
) -> Option<Effect> {
    let was_selected = state.selected_actor;
    let prior = state.curation.prior.clone();
    let file = state.curation.file.clone();
    let doc = &state.doc;
    let curator =
        state.curation.curator.get_or_insert_with(|| Curator::writing_to(doc, prior, file));
    let name_of = |doc: &Document, a: Option<usize>| {
        a.and_then(|a| doc.actors.get(a)).map(|a| a.name.clone())
    };
    let on = name_of(&state.doc, state.actor_order.get(state.actor_cursor).copied());
    let selected = name_of(&state.doc, state.selected_actor);
    let mut doc = std::mem::take(&mut state.doc);
    let changed = change(curator, Arc::make_mut(&mut doc));
    state.doc = doc;
    if !changed {
        return None;
    }
    let user = curator.user_actors();
    // The indexes are stale now: let the refresh find nothing to carry over, then place
    // the cursor and the selection by name.
    state.selected_actor = None;
    state.set_shared_document(Arc::clone(&state.doc));
    let find = |state: &State, name: &str| state.doc.actors.iter().position(|a| a.name == name);
    let selected = if edited.is_some() && edited == was_selected { then.clone() } else { selected };
    state.selected_actor = selected.and_then(|n| find(state, &n));
    state.count_where_selected_appears();
    let on = then.or(on);
    if let Some(at) = on
        .and_then(|n| find(state, &n))
        .and_then(|a| state.actor_order.iter().position(|&x| x == a))
    {
        state.actor_cursor = at;
    }
    state.message = Some(said);
    let path = state.curation.path.clone()?;
    Some(Effect::WriteActors(path, user))
}

impl State {
    /// Every actor by mention count, places included: a merge may go into any of them.
    fn actor_order_all(&self) -> Vec<usize> {
        self.doc.actors_by_count()
    }
}

#[cfg(test)]
mod tests;
