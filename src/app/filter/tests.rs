use super::super::tests::sample;
use crate::app::{Action, Focus, Msg, State, update};
use crate::layout::View;
use ratatui::layout::Rect;

/// Five sections of a heading and six paragraphs: Chad (actor 0) in every paragraph, Mali
/// (actor 1) in the first paragraph of each section; a short pane, so that the five kept
/// paragraphs take more than a screen.
fn state() -> State {
    State::new(sample(5, 6), Rect::new(0, 0, 120, 8))
}

fn run(state: &mut State, actions: &[Action]) {
    for &a in actions {
        update(state, Msg::Action(a));
    }
}

/// Filters to Mali, chosen with the cursor in the actor list, then gives the reader focus.
fn filtered_to_mali() -> State {
    let mut s = state();
    run(&mut s, &[Action::FocusNext, Action::Down, Action::FilterActor, Action::FocusPrev]);
    assert_eq!(s.focus, Focus::Reader);
    s
}

fn top_block(s: &State) -> usize {
    s.top.block
}

#[test]
fn the_status_says_what_is_filtered_and_how_much() {
    let mut s = state();
    run(&mut s, &[Action::FocusNext, Action::Activate, Action::Down, Action::FilterAddActor]);
    assert_eq!(
        crate::app::describe_filter(&s, |a| a.name.as_str()).as_deref(),
        Some("Chad ∧ Mali: 5 of 35 paragraphs (f leaves)")
    );
    update(&mut s, Action::Clear);
    assert_eq!(crate::app::describe_filter(&s, |a| a.name.as_str()), None);
}

#[test]
fn leaving_the_filter_keeps_the_paragraph_you_were_on() {
    let mut s = filtered_to_mali();
    run(&mut s, &[Action::NextSection, Action::NextSection]);
    let block = top_block(&s);
    assert_eq!(s.doc.blocks[block].section, 2);
    update(&mut s, Action::FilterActor);
    assert_eq!(*s.layout.view(), View::Whole);
    assert_eq!(top_block(&s), block, "the paragraph the reader was on stays at the top");
}

#[test]
fn section_jumps_go_to_the_next_kept_paragraph_and_back() {
    let mut s = filtered_to_mali();
    // Mali's paragraphs: the first of each section, blocks 1, 8, 15, 22, 29.
    assert_eq!(top_block(&s), 1);
    update(&mut s, Action::NextSection);
    assert_eq!(top_block(&s), 8);
    update(&mut s, Action::NextSection);
    assert_eq!(top_block(&s), 15);
    update(&mut s, Action::PrevSection);
    assert_eq!(top_block(&s), 8);
    update(&mut s, Action::PrevSection);
    assert_eq!(top_block(&s), 1);
    update(&mut s, Action::PrevSection);
    assert_eq!(s.message.as_deref(), Some("first section in the filter"));
}

#[test]
fn n_passes_over_mentions_the_filter_leaves_out() {
    let mut s = filtered_to_mali();
    // Chad is in every paragraph, but only the first of each section is shown.
    s.selected_actor = Some(0);
    run(&mut s, &[Action::NextMatch, Action::NextMatch]);
    let jumped = s.jumped.clone().expect("a mention was reached");
    let block = s.doc.block_at(jumped.start).expect("in a block");
    assert_eq!(block, 8, "the second Chad shown is in the next section's kept paragraph");
}

#[test]
fn search_inside_the_filter_lands_on_kept_paragraphs() {
    let mut s = filtered_to_mali();
    update(&mut s, Action::StartSearch);
    for c in "talked".chars() {
        update(&mut s, Action::SearchInput(c));
    }
    update(&mut s, Action::SearchSubmit);
    let mut blocks = Vec::new();
    for _ in 0..3 {
        let at = s.jumped.clone().expect("a match").start;
        blocks.push(s.doc.block_at(at).expect("in a block"));
        update(&mut s, Action::NextMatch);
    }
    assert_eq!(blocks, [1, 8, 15]);
}

#[test]
fn the_filter_survives_a_resize() {
    let mut s = filtered_to_mali();
    update(&mut s, Action::Resize(90, 20));
    assert_eq!(s.layout.view().len(&s.doc), 5);
    assert!(s.layout.view().contains(&s.doc, top_block(&s)));
}

#[test]
fn g_goes_to_the_first_kept_paragraph() {
    let mut s = filtered_to_mali();
    run(&mut s, &[Action::Bottom, Action::Top]);
    assert_eq!(top_block(&s), 1);
}

#[test]
fn a_filter_nothing_matches_is_refused_with_a_message() {
    let mut s = state();
    // A third actor that is never mentioned.
    let mut doc = (*s.doc).clone();
    let mut actors = doc.actors.clone();
    actors.push(crate::model::Actor {
        id: "niger".into(),
        name: "Niger".into(),
        kind: crate::model::ActorKind::State,
        aliases: vec![],
        parent: None,
    });
    let mentions = doc.mentions.clone();
    doc.set_actors(actors, mentions);
    s.set_document(doc);
    s.selected_actor = Some(2);
    update(&mut s, Action::FilterActor);
    assert!(s.filter.is_empty());
    assert_eq!(s.message.as_deref(), Some("no paragraph mentions Niger"));
}

#[test]
fn a_new_document_starts_unfiltered() {
    let mut s = filtered_to_mali();
    s.set_document(sample(3, 2));
    assert!(s.filter.is_empty() && s.panels.paragraphs.is_none());
    assert_eq!(*s.layout.view(), View::Whole);
}

#[test]
fn first_mention_selects_the_actor_and_says_where() {
    let mut s = state();
    run(&mut s, &[Action::Bottom, Action::FocusNext, Action::Down, Action::FirstMention]);
    assert_eq!(s.selected_actor, Some(1));
    assert_eq!(s.message.as_deref(), Some("Mali: first mentioned in Section 0"));
    assert_eq!(top_block(&s), 0, "the first mention is on screen");
}

#[test]
fn so_far_counts_only_what_is_on_screen_or_above() {
    let mut s = state();
    assert_eq!(s.shown_count(0, s.read_up_to()), 30);
    update(&mut s, Action::ToggleSoFar);
    let seen = s.shown_count(0, s.read_up_to());
    assert!(seen > 0 && seen < 30, "{seen}");
    update(&mut s, Action::PageDown);
    assert!(s.shown_count(0, s.read_up_to()) > seen);
    s.prefs.so_far = true;
    assert!(!s.so_far(), "t turns the config's default the other way");
}
