//! With whom on the bundled article: the list's counts, its cursor, Enter's filter (the same
//! as `f` then `&`) and Esc.

use crate::actors::Pipeline;
use crate::app::{Action, Focus, Layer, State, update};
use ratatui::layout::Rect;

fn bundled() -> State {
    let doc = crate::analyse(crate::ingest::bundled(), &Pipeline::default()).expect("parses");
    State::new(doc, Rect::new(0, 0, 120, 30))
}

fn run(state: &mut State, actions: &[Action]) {
    for &a in actions {
        update(state, a);
    }
}

/// Paragraphs that mention both actors, counted from the mentions themselves.
fn shared(s: &State, a: usize, b: usize) -> usize {
    let blocks = |x: usize| -> std::collections::BTreeSet<u32> {
        s.doc.mentions_of(x).iter().map(|&m| s.doc.mentions[m].block).collect()
    };
    blocks(a).intersection(&blocks(b)).count()
}

#[test]
fn the_list_counts_shared_paragraphs_and_enter_filters_to_both() {
    let mut s = bundled();
    // The second actor of the list, under the cursor (not selected): as `f` chooses.
    run(&mut s, &[Action::FocusNext, Action::Down, Action::WithWhom]);
    let actor = s.actor_order[1];
    let list = s.whom.clone().expect("the list opens");
    assert_eq!(s.layer(), Layer::Results);
    assert_eq!(list.actor, actor);
    assert!(list.rows.len() >= 3, "the bundled article's actors keep company: {list:?}");
    assert!(list.rows.windows(2).all(|w| w[0].1 >= w[1].1), "most shared first");
    for &(other, n) in &list.rows {
        assert_ne!(other, actor);
        assert_eq!(n, shared(&s, actor, other), "shared with {}", s.doc.actors[other].name);
    }
    let other = list.rows[1].0;
    // Close, then page on to a paragraph the filter will not keep, so that it moves the reader.
    update(&mut s, Action::ResultsClose);
    let kept = s.panels.paragraphs.clone().expect("built").blocks_with_all(&[actor, other]);
    let mut pages = 0;
    while kept.contains(&(s.top.block as u32)) || s.top.block == 0 {
        run(&mut s, &[Action::FocusPrev, Action::PageDown, Action::FocusNext]);
        pages += 1;
    }
    update(&mut s, Action::WithWhom);
    // Down twice, up once: the second row.
    run(&mut s, &[Action::ResultsStep(1), Action::ResultsStep(1), Action::ResultsStep(-1)]);
    assert_eq!(s.whom.as_ref().map(|l| l.cursor), Some(1));
    let before = s.top;
    update(&mut s, Action::ResultsChoose);
    assert_ne!(s.top, before, "the filter moved the reader to a kept paragraph");
    assert!(s.whom.is_none());
    assert_eq!(s.layer(), Layer::Normal);
    assert_eq!(s.focus, Focus::Actors, "the keyboard goes back where it was");
    // The same as `f` on the first actor, then `&` on the second, from the same place.
    let mut t = bundled();
    run(&mut t, &[Action::FocusNext, Action::Down]);
    for _ in 0..pages {
        run(&mut t, &[Action::FocusPrev, Action::PageDown, Action::FocusNext]);
    }
    update(&mut t, Action::FilterActor);
    let at = t.actor_order.iter().position(|&a| a == other).expect("listed");
    t.actor_cursor = at;
    update(&mut t, Action::FilterAddActor);
    assert_eq!(s.filter, vec![actor, other]);
    assert_eq!(s.filter, t.filter);
    assert_eq!(s.layout.view(), t.layout.view());
    assert_eq!(s.layout.view().len(&s.doc), list.rows[1].1);
    assert_eq!((s.top, &s.memory.back), (t.top, &t.memory.back), "same place, no jump recorded");
}

#[test]
fn esc_closes_the_list_and_leaves_the_reader_as_it_was() {
    let mut s = bundled();
    run(&mut s, &[Action::PageDown, Action::FocusNext, Action::Activate, Action::FocusPrev]);
    let top = s.top;
    update(&mut s, Action::WithWhom);
    assert!(s.whom.is_some());
    run(&mut s, &[Action::ResultsStep(5), Action::ResultsClose]);
    assert!(s.whom.is_none());
    assert!(s.filter.is_empty());
    assert_eq!((s.top, s.focus, s.layer()), (top, Focus::Reader, Layer::Normal));
}

#[test]
fn with_no_actor_chosen_it_says_what_to_do() {
    let mut s = bundled();
    update(&mut s, Action::WithWhom);
    assert!(s.whom.is_none());
    assert_eq!(s.message.as_deref(), Some("select an actor first (Tab to the actor list)"));
}
