//! The reducer's curation: each operation through its keys' actions, the actor file the
//! shell is asked to write, undo, and closing without an edit.

use super::*;
use crate::app::{Background, Focus, Layer, update};
use crate::model::{Actor, Document, Mention, Rule};
use ratatui::layout::Rect;
use std::path::Path;

const FILE: &str = "config/actors.toml";

/// The sample document (Chad in every paragraph, Mali once per section), writing to `FILE`,
/// with the actor list focused and its cursor on Chad.
fn state() -> State {
    state_of(crate::app::tests::sample(5, 6))
}

fn state_of(doc: Document) -> State {
    let mut s = State::new(doc, Rect::new(0, 0, 120, 30));
    s.curation = Curation::new(UserActors::default(), Some(FILE.into()), UserActors::default());
    update(&mut s, Action::FocusNext);
    assert_eq!(s.focus, Focus::Actors);
    s
}

/// Runs actions as the shell would, each rebuild the reducer asks for done at once (as its
/// job would) and fed back: the effects that follow.
fn run(s: &mut State, actions: &[Action]) -> Vec<Effect> {
    let mut out = Vec::new();
    for &a in actions {
        let effects = update(s, a);
        out.extend(settle(s, effects));
    }
    out
}

/// The effects, with each rebuild done and its result fed back.
pub(crate) fn settle(s: &mut State, effects: Vec<Effect>) -> Vec<Effect> {
    let mut out = Vec::new();
    for effect in effects {
        match effect {
            Effect::Curate { generation, curator, doc } => {
                let rebuilt = Box::new(curator.rebuild(&doc));
                drop(doc);
                out.extend(update(
                    s,
                    Background::Curated { generation, rebuilt, ack: Default::default() },
                ));
            }
            other => out.push(other),
        }
    }
    out
}

fn typed(text: &str) -> Vec<Action> {
    text.chars().map(Action::SearchInput).collect()
}

/// The actor file the effects ask for (the last write).
fn written(effects: &[Effect]) -> UserActors {
    match effects.last() {
        Some(Effect::WriteActors(path, user)) => {
            assert_eq!(path, Path::new(FILE));
            user.clone()
        }
        other => panic!("expected a write of the actor file, got {other:?}"),
    }
}

fn names(s: &State) -> Vec<String> {
    s.doc.actors.iter().map(|a| a.name.clone()).collect()
}

fn count(s: &State, name: &str) -> usize {
    let a = s.doc.actors.iter().position(|a| a.name == name).expect("the actor is there");
    s.doc.mention_count(a)
}

#[test]
fn e_opens_the_menu_on_the_actor_under_the_cursor_and_esc_closes_it() {
    let mut s = state();
    update(&mut s, Action::CurateOpen);
    assert_eq!(s.layer(), Layer::Curate);
    assert_eq!(s.curation.stage, Some(Stage::Menu { actor: 0 }));
    update(&mut s, Action::CurateClose);
    assert_eq!(s.layer(), Layer::Normal);
    assert_eq!(names(&s), ["Chad", "Mali"], "closing edits nothing");
}

#[test]
fn merge_chooses_the_target_by_typing_part_of_its_name() {
    let mut s = state();
    let mut keys = vec![Action::Down, Action::CurateOpen, Action::CurateMerge];
    keys.extend(typed("ch"));
    update(&mut s, keys[0]);
    let effects = run(&mut s, &keys[1..]);
    assert!(effects.is_empty(), "nothing is written before Enter");
    assert_eq!(s.layer(), Layer::SearchPrompt);
    let effects = run(&mut s, &[Action::SearchSubmit]);
    assert_eq!(names(&s), ["Chad"]);
    assert_eq!(count(&s, "Chad"), 35, "Mali's five mentions are Chad's now");
    assert!(s.doc.actors[0].aliases.contains(&"Mali".to_string()));
    let user = written(&effects);
    assert_eq!(user.merges.len(), 1);
    assert_eq!(user.merges[0].names, ["Chad", "Mali"]);
    assert_eq!(s.message.as_deref(), Some("merged Mali into Chad"));
    assert_eq!(s.layer(), Layer::Normal);
}

#[test]
fn rename_starts_from_the_current_name() {
    let mut s = state();
    run(&mut s, &[Action::CurateOpen, Action::CurateRename]);
    assert_eq!(s.prompt.as_deref(), Some("Chad"));
    let mut keys = typed(" Republic");
    keys.push(Action::SearchSubmit);
    let effects = run(&mut s, &keys);
    assert_eq!(names(&s), ["Chad Republic", "Mali"]);
    assert_eq!(count(&s, "Chad Republic"), 30);
    let user = written(&effects);
    assert_eq!(
        (user.renames[0].from.as_str(), user.renames[0].to.as_str()),
        ("Chad", "Chad Republic")
    );
    assert_eq!(s.actor_cursor, 0, "the cursor stays on the renamed actor");
}

#[test]
fn hide_drops_the_actor_and_its_highlighting() {
    let mut s = state();
    update(&mut s, Action::Down);
    let effects = run(&mut s, &[Action::CurateOpen, Action::CurateHide]);
    assert_eq!(names(&s), ["Chad"]);
    assert!(s.doc.mentions.iter().all(|m| m.actor == 0));
    assert_eq!(written(&effects).hidden, ["Mali"]);
    assert_eq!(s.actor_order, [0]);
}

#[test]
fn change_kind_chooses_among_the_kinds() {
    let mut s = state();
    run(&mut s, &[Action::CurateOpen, Action::CurateKind]);
    let Some(Stage::Choose { items, .. }) = &s.curation.stage else { panic!("a chooser") };
    assert_eq!(items.len(), 7, "every kind is offered");
    let mut keys = vec![Action::SearchHistory(false); 3];
    keys.push(Action::SearchSubmit);
    let effects = run(&mut s, &keys);
    assert_eq!(s.doc.actors[0].kind, ActorKind::ArmedGroup);
    let user = written(&effects);
    assert_eq!(user.actors[0].name, "Chad");
    assert_eq!(user.actors[0].kind, Some(ActorKind::ArmedGroup));
}

/// "Imran Khan spoke. Khan left." with "Khan" an alias of Imran Khan.
fn khan() -> Document {
    let text = "Imran Khan spoke in Lahore. Khan left, and Khan came back.";
    let source = crate::ingest::Source {
        name: "khan.txt".into(),
        bytes: text.as_bytes().to_vec(),
        format: crate::ingest::Format::Text,
    };
    let mut doc = crate::ingest::parse(source).expect("parses");
    let at = |from: usize, word: &str| {
        let start = text[from..].find(word).map(|i| i + from).expect("in the text");
        start..start + word.len()
    };
    let mention = |range| Mention { actor: 0, range, block: 0, section: 0, rule: Rule::Gazetteer };
    let first = at(0, "Imran Khan");
    let second = at(first.end, "Khan");
    let third = at(second.end, "Khan");
    let person = Actor {
        id: "imran-khan".into(),
        name: "Imran Khan".into(),
        kind: ActorKind::Person,
        aliases: vec!["Khan".into()],
        parent: None,
    };
    doc.set_actors(vec![person], vec![mention(first), mention(second), mention(third)]);
    doc
}

#[test]
fn detach_chooses_among_the_actors_aliases() {
    let mut s = state_of(khan());
    run(&mut s, &[Action::CurateOpen, Action::CurateDetach]);
    let Some(Stage::Choose { items, .. }) = &s.curation.stage else { panic!("a chooser") };
    assert_eq!(items.iter().map(|i| i.label.as_str()).collect::<Vec<_>>(), ["Khan"]);
    let effects = run(&mut s, &[Action::SearchSubmit]);
    assert_eq!(count(&s, "Imran Khan"), 1, "the bare surname no longer counts");
    assert!(s.doc.actors[0].aliases.is_empty());
    assert_eq!(written(&effects).detached, ["Khan"]);
}

#[test]
fn an_actor_without_aliases_has_nothing_to_detach() {
    let mut s = state();
    let effects = run(&mut s, &[Action::CurateOpen, Action::CurateDetach]);
    assert!(effects.is_empty());
    assert_eq!(s.curation.stage, None);
    assert_eq!(s.message.as_deref(), Some("Chad has no other name to detach"));
}

#[test]
fn undo_takes_back_one_edit_at_a_time_and_rewrites_the_file() {
    let mut s = state();
    update(&mut s, Action::Down);
    run(&mut s, &[Action::CurateOpen, Action::CurateHide]);
    run(&mut s, &[Action::CurateOpen, Action::CurateRename, Action::SearchClearLine]);
    let mut keys = typed("Tchad");
    keys.push(Action::SearchSubmit);
    run(&mut s, &keys);
    assert_eq!(names(&s), ["Tchad"]);
    let user = written(&run(&mut s, &[Action::CurateUndo]));
    assert_eq!(names(&s), ["Chad"]);
    assert!(user.renames.is_empty());
    assert_eq!(user.hidden, ["Mali"]);
    let user = written(&run(&mut s, &[Action::CurateUndo]));
    assert_eq!(names(&s), ["Chad", "Mali"]);
    assert_eq!(count(&s, "Mali"), 5);
    assert_eq!(user, UserActors::default(), "the file is back to what it held");
    assert!(run(&mut s, &[Action::CurateUndo]).is_empty());
    assert_eq!(s.message.as_deref(), Some("nothing to undo"));
}

#[test]
fn esc_in_the_chooser_edits_nothing() {
    let mut s = state();
    let mut keys = vec![Action::CurateOpen, Action::CurateMerge];
    keys.extend(typed("ma"));
    keys.push(Action::SearchCancel);
    assert!(run(&mut s, &keys).is_empty());
    assert_eq!(
        (names(&s), s.prompt.clone(), s.layer()),
        (vec!["Chad".into(), "Mali".into()], None, Layer::Normal)
    );
}

#[test]
fn a_failed_write_is_one_status_line_and_the_edit_stays() {
    let mut s = state();
    run(&mut s, &[Action::CurateOpen, Action::CurateHide]);
    update(&mut s, Background::ActorFileFailed("could not write actors.toml: denied".into()));
    assert_eq!(s.message.as_deref(), Some("could not write actors.toml: denied"));
    assert_eq!(names(&s), ["Mali"]);
}

#[test]
fn a_selected_actor_that_is_merged_away_selects_what_it_became() {
    let mut s = state();
    run(&mut s, &[Action::Down, Action::Activate]);
    assert_eq!(s.selected_actor, Some(1));
    let mut keys = vec![Action::CurateOpen, Action::CurateMerge];
    keys.extend(typed("chad"));
    keys.push(Action::SearchSubmit);
    run(&mut s, &keys);
    assert_eq!(s.selected_actor, Some(0));
    assert_eq!(s.selected_where.iter().sum::<usize>(), 35);
}

#[test]
fn an_empty_name_renames_nothing_and_says_so() {
    let mut s = state();
    let effects = run(&mut s, &[Action::CurateOpen, Action::CurateRename, Action::SearchClearLine]);
    assert!(effects.is_empty());
    assert!(run(&mut s, &[Action::SearchSubmit]).is_empty());
    assert_eq!(names(&s), ["Chad", "Mali"]);
    assert_eq!(s.message.as_deref(), Some("an actor needs a name: nothing renamed"));
}

#[test]
fn the_document_changes_only_when_its_rebuild_lands() {
    let mut s = state();
    let before = Arc::clone(&s.doc);
    let effects = run(&mut s, &[Action::Down, Action::CurateOpen]);
    assert!(effects.is_empty());
    let asked = update(&mut s, Action::CurateHide);
    assert!(Arc::ptr_eq(&s.doc, &before), "the reader keeps its document meanwhile");
    assert_eq!(names(&s), ["Chad", "Mali"]);
    assert_eq!(s.message.as_deref(), Some("hid Mali (applying…)"));
    assert!(matches!(asked.as_slice(), [Effect::Curate { .. }]), "{asked:?}");
    let landed = settle(&mut s, asked);
    assert_eq!(names(&s), ["Chad"]);
    assert_eq!(written(&landed).hidden, ["Mali"]);
    assert_eq!(s.message.as_deref(), Some("hid Mali"));
    assert!(s.curation.pending.is_none());
}

// Curation as a job: edits recorded in order at once, rebuilds superseded, the file written
// when the latest lands (or on the way out).

/// The rebuild a reducer call asked for.
fn asked(effects: Vec<Effect>) -> Effect {
    match <[Effect; 1]>::try_from(effects) {
        Ok([job @ Effect::Curate { .. }]) => job,
        other => panic!("expected one rebuild, got {other:?}"),
    }
}

/// Renames the actor under the cursor to `to` and returns the rebuild it asks for.
fn rename_to(s: &mut State, to: &str) -> Effect {
    run(s, &[Action::CurateOpen, Action::CurateRename, Action::SearchClearLine]);
    let mut keys = typed(to);
    keys.push(Action::SearchSubmit);
    asked(run_unsettled(s, &keys))
}

#[test]
fn an_edit_made_while_another_rebuilds_supersedes_the_rebuild_not_the_edit() {
    let mut s = state();
    update(&mut s, Action::Down);
    let first = asked(run_unsettled(&mut s, &[Action::CurateOpen, Action::CurateHide]));
    // Mali is still shown (the first rebuild has not landed): the cursor goes up to Chad.
    update(&mut s, Action::Up);
    let second = rename_to(&mut s, "Tchad");
    // The first rebuild lands late: it is dropped, nothing is written.
    assert!(settle(&mut s, vec![first]).is_empty());
    assert_eq!(names(&s), ["Chad", "Mali"]);
    assert!(s.curation.pending.is_some(), "the second is still awaited");
    let landed = settle(&mut s, vec![second]);
    assert_eq!(names(&s), ["Tchad"], "both edits, in order");
    let user = written(&landed);
    assert_eq!(user.hidden, ["Mali"]);
    assert_eq!(user.renames.len(), 1);
    assert_eq!(s.message.as_deref(), Some("renamed Chad to Tchad"));
}

#[test]
fn undo_while_an_edit_rebuilds_takes_that_edit_back() {
    let mut s = state();
    update(&mut s, Action::Down);
    let hide = asked(run_unsettled(&mut s, &[Action::CurateOpen, Action::CurateHide]));
    let undo = asked(update(&mut s, Action::CurateUndo));
    assert!(settle(&mut s, vec![hide]).is_empty());
    let landed = settle(&mut s, vec![undo]);
    assert_eq!(names(&s), ["Chad", "Mali"]);
    assert_eq!(written(&landed), UserActors::default());
    assert!(run(&mut s, &[Action::CurateUndo]).is_empty());
    assert_eq!(s.message.as_deref(), Some("nothing to undo"));
}

#[test]
fn the_reader_moves_while_an_edit_rebuilds() {
    let mut s = state();
    let job = asked(run_unsettled(&mut s, &[Action::Down, Action::CurateOpen, Action::CurateHide]));
    update(&mut s, Action::FocusPrev);
    let top = s.top;
    run_unsettled(&mut s, &[Action::PageDown, Action::NextSection]);
    assert!(s.top > top, "keys move the text while the edit is applied");
    assert_eq!(s.curation.pending.as_ref().map(|p| p.said.as_str()), Some("hid Mali"));
    let after = s.layout.offset_of(&s.doc, s.top);
    settle(&mut s, vec![job]);
    assert_eq!(names(&s), ["Chad"]);
    assert_eq!(s.layout.offset_of(&s.doc, s.top), after, "the landing keeps the place");
}

#[test]
fn quitting_before_the_rebuild_lands_still_has_the_edit_to_write() {
    let mut s = state();
    assert_eq!(s.curation.unwritten(), None);
    let job = asked(run_unsettled(&mut s, &[Action::Down, Action::CurateOpen, Action::CurateHide]));
    let (path, user) = s.curation.unwritten().expect("an edit not yet written");
    assert_eq!(
        (path.as_path(), user.hidden.as_slice()),
        (Path::new(FILE), &["Mali".to_string()][..])
    );
    settle(&mut s, vec![job]);
    assert_eq!(s.curation.unwritten(), None, "written when it landed");
}

#[test]
fn a_rebuild_of_a_document_since_replaced_is_dropped() {
    let mut s = state();
    let job = asked(run_unsettled(&mut s, &[Action::Down, Action::CurateOpen, Action::CurateHide]));
    s.set_document(crate::app::tests::sample(2, 2));
    assert!(settle(&mut s, vec![job]).is_empty());
    assert_eq!(names(&s), ["Chad", "Mali"]);
    assert_eq!(s.doc.sections.len(), 2, "the new document stays");
}

#[test]
fn a_failed_rebuild_says_why_and_keeps_the_document() {
    let mut s = state();
    let Effect::Curate { generation, .. } =
        asked(run_unsettled(&mut s, &[Action::Down, Action::CurateOpen, Action::CurateHide]))
    else {
        unreachable!()
    };
    let why = "applying the edit failed: boom".to_string();
    assert!(update(&mut s, Background::CurateFailed { generation, why: why.clone() }).is_empty());
    assert_eq!((names(&s), s.message.clone()), (vec!["Chad".into(), "Mali".into()], Some(why)));
    assert!(s.curation.pending.is_none());
}

/// Runs actions without doing the rebuilds they ask for: the effects as asked.
fn run_unsettled(s: &mut State, actions: &[Action]) -> Vec<Effect> {
    actions.iter().flat_map(|&a| update(s, a)).collect()
}
