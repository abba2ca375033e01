//! Reloads through the reducer, as the shell feeds them: the reading position meant before a
//! chain of reloads survives a reload of an empty or short text, the reader's own movement
//! ends the chain, and the actor edits made before a reload apply to the new detection.

use super::*;
use crate::actors::UserActors;

/// A state reading the sample document from a file (so it can be reloaded).
fn reading() -> State {
    let mut s = state(80, 20);
    s.follow.path = Some("report.md".into());
    s
}

/// The file watcher reports a change; the reload the reducer asks for reads `doc`.
fn reload(s: &mut State, doc: Document) -> Vec<Effect> {
    let asked = update(s, Background::FileChanged);
    assert!(matches!(&asked[..], [Effect::Reload { .. }]), "a reload is asked for: {asked:?}");
    update(s, Background::Reloaded(Box::new(doc), None))
}

fn empty() -> Document {
    Document::new("Sample".into(), String::new(), vec![], vec![], vec![], vec![])
}

/// The byte offset at the top of the reading pane.
fn at(s: &State) -> usize {
    s.layout.offset_of(&s.doc, s.top)
}

/// In section 3, on the first row of its second paragraph (a row of text: a blank row
/// between blocks has no offset of its own): far past what a text of two sections holds.
fn into_section_three(s: &mut State) -> usize {
    let keys = [Action::NextSection, Action::NextSection, Action::NextSection, Action::Down];
    run(s, &keys);
    run(s, &[Action::Down; 3]);
    assert_eq!(s.current_section(), 3);
    assert_eq!(s.layout.anchor_of(&s.doc, at(s)), s.top, "a row with an offset of its own");
    at(s)
}

#[test]
fn a_reload_that_finds_the_file_empty_does_not_lose_the_position() {
    let mut s = reading();
    let meant = into_section_three(&mut s);
    reload(&mut s, empty());
    assert_eq!(s.top, crate::layout::Anchor::default(), "an empty text has only its start");
    reload(&mut s, sample(5, 6));
    assert_eq!(at(&s), meant, "the whole text is back: so is the position");
    assert_eq!(s.current_section(), 3);
}

#[test]
fn a_reload_of_a_short_text_shows_its_end_and_the_next_full_one_goes_back() {
    let mut s = reading();
    let meant = into_section_three(&mut s);
    // The writer has written the first two sections so far.
    reload(&mut s, sample(2, 6));
    assert!(s.at_end(), "the nearest the short text has is its end");
    assert_eq!(s.current_section(), 1);
    // A longer part, still short of the position, then the whole.
    reload(&mut s, sample(3, 6));
    assert!(s.at_end());
    reload(&mut s, sample(5, 6));
    assert_eq!(at(&s), meant);
    // The chain goes on while the reader stays: an edit later keeps the same place.
    reload(&mut s, sample(5, 6));
    assert_eq!(at(&s), meant);
}

#[test]
fn the_readers_own_move_during_a_chain_of_reloads_wins() {
    let mut s = reading();
    into_section_three(&mut s);
    reload(&mut s, sample(2, 6));
    // The reader goes back to the start of the short text and a few rows on.
    run(&mut s, &[Action::Top, Action::Down, Action::Down]);
    let chosen = at(&s);
    reload(&mut s, sample(5, 6));
    assert_eq!(at(&s), chosen, "where the reader went, not where it was before the chain");
    assert_eq!(s.current_section(), 0);
}

#[test]
fn rewrapping_during_a_chain_of_reloads_is_no_move() {
    let mut s = reading();
    let meant = into_section_three(&mut s);
    reload(&mut s, empty());
    // A narrower terminal and the side panes hidden: the text wraps afresh, nobody moved.
    run(&mut s, &[Action::Resize(70, 20), Action::ToggleSidePanes]);
    reload(&mut s, sample(5, 6));
    let row = s.layout.row(&s.doc, s.top).expect("a row at the top");
    assert!(row.range.contains(&meant), "the row at the top holds the meant offset");
}

#[test]
fn following_the_end_through_a_truncation_stays_at_the_end() {
    let mut s = reading();
    into_section_three(&mut s);
    update(&mut s, Action::Follow);
    reload(&mut s, empty());
    reload(&mut s, sample(6, 6));
    assert!(s.follow.on && s.at_end(), "following: the new end");
    assert_eq!(s.current_section(), 5);
}

/// Text whose actors the real detection finds (states it knows); `opening` comes first, so
/// a second version can move every mention.
fn article(opening: &str) -> String {
    format!(
        "# Talks at the border\n\n{opening}Pakistan blamed Afghanistan for the attacks. India \
         watched the border closely, and China offered to host talks between Pakistan and \
         Afghanistan.\n\nLater, Pakistan and China signed a trade deal while India said \
         nothing.\n"
    )
}

/// What the shell does for a reload: reads the text and detects its actors with the
/// corrections the reducer sends.
fn detect(text: &str, actors: &UserActors) -> Document {
    let source = crate::ingest::Source {
        name: "talks.md".into(),
        bytes: text.as_bytes().to_vec(),
        format: crate::ingest::Format::Markdown,
    };
    crate::analyse(source, &crate::actors::Pipeline::new(actors.clone())).expect("analyses")
}

/// The file changes to `text`: the reload the reducer asks for is done as the shell would,
/// fed back, and what it asks for next returned (a rebuild done at once, as in `curate`).
fn reload_text(s: &mut State, text: &str) -> Vec<Effect> {
    let asked = update(s, Background::FileChanged);
    let [Effect::Reload { actors, .. }] = &asked[..] else { panic!("a reload: {asked:?}") };
    let doc = detect(text, actors);
    let effects = update(s, Background::Reloaded(Box::new(doc), None));
    crate::app::curate::tests::settle(s, effects)
}

/// The sidebar's names, in its order.
fn sidebar(s: &State) -> Vec<String> {
    s.actor_order.iter().map(|&a| s.doc.actors[a].name.clone()).collect()
}

fn actor(s: &State, name: &str) -> usize {
    s.doc.actors.iter().position(|a| a.name == name).unwrap_or_else(|| panic!("no {name}"))
}

/// Every mention's range is in the text and reads as one of its actor's names.
fn assert_mentions_fit(s: &State) {
    for m in &s.doc.mentions {
        let surface = s.doc.text.get(m.range.clone()).expect("a range inside the text");
        let a = &s.doc.actors[crate::model::index(m.actor)];
        let named = surface == a.name || a.aliases.iter().any(|x| x == surface);
        assert!(named, "{surface:?} is not a name of {}", a.name);
    }
}

/// Opens the actor edit menu on `name` and presses the keys that follow.
fn edit(s: &mut State, name: &str, keys: &[Action]) -> Vec<Effect> {
    s.focus = Focus::Actors;
    let a = actor(s, name);
    s.actor_cursor = s.actor_order.iter().position(|&x| x == a).expect("listed");
    let mut out = Vec::new();
    for &k in [Action::CurateOpen].iter().chain(keys) {
        let effects = update(s, k);
        out.extend(crate::app::curate::tests::settle(s, effects));
    }
    out
}

fn typed(text: &str) -> impl Iterator<Item = Action> + '_ {
    text.chars().map(Action::SearchInput)
}

#[test]
fn actor_edits_made_before_a_reload_apply_to_the_new_detection() {
    let v1 = article("");
    let mut s = State::new(detect(&v1, &UserActors::default()), Rect::new(0, 0, 120, 30));
    s.follow.path = Some("talks.md".into());
    s.curation = curate::Curation::new(
        UserActors::default(),
        Some("actors.toml".into()),
        Default::default(),
    );
    for name in ["Pakistan", "Afghanistan", "India", "China"] {
        actor(&s, name);
    }
    edit(&mut s, "India", &[Action::CurateHide]);
    let rename: Vec<Action> = [Action::CurateRename, Action::SearchClearLine]
        .into_iter()
        .chain(typed("Islamabad government"))
        .chain([Action::SearchSubmit])
        .collect();
    edit(&mut s, "Pakistan", &rename);
    let merge: Vec<Action> = [Action::CurateMerge]
        .into_iter()
        .chain(typed("Afghan"))
        .chain([Action::SearchSubmit])
        .collect();
    edit(&mut s, "China", &merge);
    let before = sidebar(&s);
    assert!(!before.contains(&"India".into()) && before.contains(&"Islamabad government".into()));

    // A paragraph is added at the start: every mention moves, and China comes up once more.
    let v2 = article("A new opening paragraph tells how China first stepped in.\n\n");
    let effects = reload_text(&mut s, &v2);
    assert!(s.doc.text.contains("new opening"));
    assert!(s.curation.curator.is_none(), "the old detection's curator is gone");
    assert!(effects.iter().all(|e| !matches!(e, Effect::Curate { .. })));
    let after = sidebar(&s);
    assert!(!after.contains(&"India".into()), "still hidden: {after:?}");
    assert!(!after.contains(&"Pakistan".into()) && after.contains(&"Islamabad government".into()));
    assert!(!after.contains(&"China".into()), "still merged: {after:?}");
    // Afghanistan has its own two mentions and China's three.
    assert_eq!(s.doc.mention_count(actor(&s, "Afghanistan")), 5);
    assert_mentions_fit(&s);

    // An edit after the reload starts from the new detection and keeps the earlier ones in
    // the actor file.
    let written = edit(&mut s, "Afghanistan", &[Action::CurateHide]);
    assert_mentions_fit(&s);
    assert_eq!(sidebar(&s), ["Islamabad government"]);
    let Some(Effect::WriteActors(_, file)) = written.last() else { panic!("{written:?}") };
    assert_eq!(file.hidden, ["India", "Afghanistan"]);
    assert_eq!(file.renames.len(), 1);
    assert_eq!(file.merges.len(), 1);
}

#[test]
fn an_edit_whose_rebuild_is_in_flight_at_a_reload_is_kept_and_written() {
    let v1 = article("");
    let mut s = State::new(detect(&v1, &UserActors::default()), Rect::new(0, 0, 120, 30));
    s.follow.path = Some("talks.md".into());
    s.curation = curate::Curation::new(
        UserActors::default(),
        Some("actors.toml".into()),
        Default::default(),
    );
    s.focus = Focus::Actors;
    let india = actor(&s, "India");
    s.actor_cursor = s.actor_order.iter().position(|&x| x == india).expect("listed");
    update(&mut s, Action::CurateOpen);
    // The rebuild is asked for but has not landed when the file changes.
    let asked = update(&mut s, Action::CurateHide);
    assert!(matches!(&asked[..], [Effect::Curate { .. }]));
    let effects = reload_text(&mut s, &article("Words first.\n\n"));
    let file = effects.iter().find_map(|e| match e {
        Effect::WriteActors(_, file) => Some(file),
        _ => None,
    });
    assert_eq!(file.map(|f| f.hidden.clone()), Some(vec!["India".to_string()]));
    assert!(!sidebar(&s).contains(&"India".into()));
    assert_mentions_fit(&s);
    // The rebuild from the old detection lands late: it is dropped.
    let shown = sidebar(&s);
    let late = crate::app::curate::tests::settle(&mut s, asked);
    assert!(late.is_empty(), "{late:?}");
    assert_eq!(sidebar(&s), shown);
    assert!(s.doc.text.contains("Words first."));
    assert_mentions_fit(&s);
}

#[test]
fn an_edit_made_while_a_reload_runs_asks_for_another() {
    let v1 = article("");
    let mut s = State::new(detect(&v1, &UserActors::default()), Rect::new(0, 0, 120, 30));
    s.follow.path = Some("talks.md".into());
    s.curation = curate::Curation::new(
        UserActors::default(),
        Some("actors.toml".into()),
        Default::default(),
    );
    let asked = update(&mut s, Background::FileChanged);
    let [Effect::Reload { actors, .. }] = &asked[..] else { panic!("{asked:?}") };
    let doc = detect(&v1, actors);
    edit(&mut s, "India", &[Action::CurateHide]);
    let next = update(&mut s, Background::Reloaded(Box::new(doc), None));
    let again = next.iter().find_map(|e| match e {
        Effect::Reload { actors, .. } => Some(actors),
        _ => None,
    });
    assert_eq!(again.map(|a| a.hidden.clone()), Some(vec!["India".to_string()]));
}
