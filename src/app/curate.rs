//! Curation in the reader: `e` opens a small menu over the actor list whose letters choose the
//! edit (merge, rename, hide, change kind, detach an alias); `u` takes the last edit back.
//! The edits go through the core's `Curator`, which replays them on the detected actors.
//!
//! The replay costs every mention (about half a second at 100 MB), so it runs in a job: the
//! reducer records the edit at once, in order, and asks for a rebuild; the reader stays live
//! and the status bar says an edit is being applied. A newer edit or an undo asks for a new
//! rebuild that supersedes the one in flight (whose result is dropped), never the edit
//! itself. When the rebuild of the latest edits lands, the document, the sidebar,
//! highlighting and counts change together, and only then is the user's actor file rewritten
//! (by the shell, atomically). Quitting with a rebuild in flight still writes the file.
//!
//! Choosing a target reuses the one-line prompt: what is typed narrows a list of candidates
//! (other actors, kinds, the actor's aliases), Up / Down move in it and Enter takes the
//! highlighted one; renaming starts the prompt with the current name.

use super::{Action, Effect, State};
use crate::actors::UserActors;
use crate::model::ActorKind;
use crate::reading::{Change, Curator, Rebuilt};
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
    /// The rebuild in flight for the edits recorded, if any.
    pub pending: Option<Pending>,
}

/// Edits recorded whose rebuild is in flight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    /// The rebuild's generation: an older one's result is dropped.
    pub generation: u64,
    /// What the status bar says when it lands ("hid Punjab").
    pub said: String,
    /// The detected actors behind the selection and the list's cursor: each follows its
    /// actor through the edits (into a merge, across a rename).
    selected: Option<usize>,
    cursor: Option<usize>,
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

impl Curation {
    /// Curation for a reader whose detection ran with `prior`, writing to the config
    /// directory's actor file (which held `file`).
    pub fn new(prior: UserActors, path: Option<PathBuf>, file: UserActors) -> Curation {
        Curation { prior, path, file, curator: None, stage: None, pending: None }
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
            let items = ActorKind::ALL
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
            return edit(state, Change::Hide { actor }, said, None);
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
            edit(state, Change::Rename { actor, to: &to }, said, Some(actor))
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
                    edit(state, Change::Merge { into, from: actor }, said, Some(actor))
                }
                Target::Kind(kind) => {
                    let said = format!("{this} is now of kind {}", kind.label());
                    edit(state, Change::SetKind { actor, kind }, said, Some(actor))
                }
                Target::Alias(alias) => {
                    let said = format!("detached \"{alias}\" from {this}");
                    edit(state, Change::Detach { actor, alias: &alias }, said, Some(actor))
                }
            }
        }
        Stage::Menu { .. } => None,
    }
}

/// `u`: takes back the last edit (the last recorded, whether its rebuild has landed or not).
pub(super) fn undo(state: &mut State) -> Option<Effect> {
    let taken = state.curation.curator.as_mut().is_some_and(Curator::take_back);
    if !taken {
        state.message = Some("nothing to undo".into());
        return None;
    }
    rebuild(state, "undid the last edit".into(), None)
}

/// Records an edit (the curator is made from the document at the first one) and asks for
/// the rebuild. `follow`: the actor the edit is about, which the list's cursor then follows.
fn edit(
    state: &mut State,
    change: Change<'_>,
    said: String,
    follow: Option<usize>,
) -> Option<Effect> {
    let prior = state.curation.prior.clone();
    let file = state.curation.file.clone();
    let doc = &state.doc;
    let curator =
        state.curation.curator.get_or_insert_with(|| Curator::writing_to(doc, prior, file));
    if !curator.record(doc, change) {
        return None;
    }
    rebuild(state, said, follow)
}

/// Asks for the recorded edits to be applied in a job, superseding a rebuild in flight.
fn rebuild(state: &mut State, said: String, follow: Option<usize>) -> Option<Effect> {
    let generation = state.generation();
    let curator = state.curation.curator.as_ref()?;
    let base = |a: Option<usize>| a.and_then(|a| curator.base_of(a));
    let cursor = follow.or_else(|| state.actor_order.get(state.actor_cursor).copied());
    let pending = Pending {
        generation,
        said: format!("{said} (applying…)"),
        selected: base(state.selected_actor),
        cursor: base(cursor),
    };
    let job = Effect::Curate { generation, curator: curator.clone(), doc: Arc::clone(&state.doc) };
    state.message = Some(pending.said.clone());
    state.curation.pending = Some(Pending { said, ..pending });
    Some(job)
}

/// A rebuild lands: kept only when it is of the latest edits, then the document, the
/// selection and the cursor change together and the shell writes the actor file.
pub(super) fn rebuilt(state: &mut State, generation: u64, rebuilt: Rebuilt) -> Option<Effect> {
    let pending = state.curation.pending.take_if(|p| p.generation == generation)?;
    let curator = state.curation.curator.as_mut()?;
    curator.adopt(rebuilt.origin);
    let user = curator.user_actors();
    let placed = |base: Option<usize>| base.and_then(|b| rebuilt.placed.get(b).copied().flatten());
    state.take_curated(Arc::new(rebuilt.doc));
    // The selection and the cursor go to the actors they followed.
    state.selected_actor = placed(pending.selected);
    state.count_where_selected_appears();
    state.refresh_presence();
    if let Some(at) =
        placed(pending.cursor).and_then(|a| state.actor_order.iter().position(|&x| x == a))
    {
        state.actor_cursor = at;
    }
    state.message = Some(pending.said);
    let path = state.curation.path.clone()?;
    Some(Effect::WriteActors(path, user))
}

/// A rebuild failed (a panic in the job): the reader keeps the document it shows.
pub(super) fn rebuild_failed(state: &mut State, generation: u64, why: String) {
    if state.curation.pending.take_if(|p| p.generation == generation).is_some() {
        state.message = Some(why);
    }
}

/// A reload's new detection arrives, made with `detected_with` (see [`Curation::corrections`]).
/// The edits recorded so far are part of it: they join what detection runs with and the actor
/// file as the reader knows it, and the curator of the old detection goes (its mentions point
/// into the old text; a rebuild in flight from it is dropped, its edits written here). An
/// edit made while the reload ran is not in the new detection: the file is read again.
/// An open edit menu names actors of the old detection: it closes.
pub(super) fn reloading(state: &mut State, detected_with: &UserActors) -> Option<Effect> {
    let unwritten = state.curation.unwritten();
    if matches!(state.curation.stage, Some(Stage::Choose { .. } | Stage::Rename { .. })) {
        state.prompt = None;
    }
    state.curation.stage = None;
    state.curation.pending = None;
    let curator = state.curation.curator.take()?;
    let corrections = curator.corrections();
    state.curation.file = curator.user_actors();
    if corrections != *detected_with {
        state.follow.again = true;
    }
    state.curation.prior = corrections;
    unwritten.map(|(path, user)| Effect::WriteActors(path, user))
}

impl Curation {
    /// What detection must run with to give the actors as curated: what it ran with, and
    /// the edits recorded since.
    pub fn corrections(&self) -> UserActors {
        self.curator.as_ref().map_or_else(|| self.prior.clone(), Curator::corrections)
    }

    /// The actor file as the recorded edits make it, while their rebuild is in flight: what
    /// the shell writes if the reader ends before the rebuild lands.
    pub fn unwritten(&self) -> Option<(PathBuf, UserActors)> {
        self.pending.as_ref()?;
        Some((self.path.clone()?, self.curator.as_ref()?.user_actors()))
    }
}

impl State {
    /// The curated document replaces the one shown. It has the same text, blocks and
    /// sections, so the wrapping, the outline and the reading position carry over (redoing
    /// them costs every section of a big document); what names actors by their index (the
    /// filter, the with-whom list, the indexes, the selection) starts afresh.
    fn take_curated(&mut self, doc: Arc<crate::model::Document>) {
        if !self.filter.is_empty() {
            super::filter::leave(self);
        }
        self.whom = None;
        self.panels.forget_indexes();
        self.selected_actor = None;
        self.doc = doc;
        self.rank_actors();
    }

    /// Every actor by mention count, places included: a merge may go into any of them.
    fn actor_order_all(&self) -> Vec<usize> {
        self.doc.actors_by_count()
    }
}

#[cfg(test)]
pub(super) mod tests;
