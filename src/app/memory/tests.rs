//! Marks, `''` and the jump list, through the reducer as keys drive them.

use super::super::tests::sample;
use super::super::{Action, State, update};
use super::reading_offset;
use proptest::prelude::*;
use ratatui::layout::Rect;

fn state() -> State {
    State::new(sample(12, 6), Rect::new(0, 0, 100, 20))
}

fn press(s: &mut State, actions: &[Action]) {
    for &a in actions {
        update(s, a);
    }
}

#[test]
fn a_mark_returns_to_where_it_was_set() {
    let mut s = state();
    press(&mut s, &[Action::PageDown, Action::PageDown]);
    let marked = reading_offset(&s);
    press(&mut s, &[Action::SetMark, Action::MarkLetter('a'), Action::Bottom]);
    assert_ne!(reading_offset(&s), marked);
    press(&mut s, &[Action::GoToMark, Action::MarkLetter('a')]);
    assert_eq!(reading_offset(&s), marked);
    assert!(s.memory.pending.is_none(), "the letter ends the pending key");
}

#[test]
fn an_unknown_mark_and_a_non_letter_say_so_and_move_nothing() {
    let mut s = state();
    press(&mut s, &[Action::PageDown]);
    let here = reading_offset(&s);
    press(&mut s, &[Action::GoToMark, Action::MarkLetter('z')]);
    assert_eq!(reading_offset(&s), here);
    assert!(s.message.as_deref().is_some_and(|m| m.contains("no such mark")), "{:?}", s.message);
    press(&mut s, &[Action::SetMark, Action::MarkLetter('1')]);
    assert!(s.memory.marks.is_empty());
    press(&mut s, &[Action::SetMark, Action::MarkCancel]);
    assert!(s.memory.pending.is_none());
}

#[test]
fn quote_quote_swaps_with_the_place_before_the_last_jump() {
    let mut s = state();
    press(&mut s, &[Action::PageDown]);
    let before = reading_offset(&s);
    press(&mut s, &[Action::NextSection, Action::NextSection]);
    let after = reading_offset(&s);
    assert_ne!(before, after);
    press(&mut s, &[Action::NextSection]);
    let last = reading_offset(&s);
    press(&mut s, &[Action::GoToMark, Action::MarkLetter('\'')]);
    assert_eq!(reading_offset(&s), after, "back to before the last jump");
    press(&mut s, &[Action::GoToMark, Action::MarkLetter('\'')]);
    assert_eq!(reading_offset(&s), last, "and '' again comes back");
}

#[test]
fn scrolling_is_not_a_jump() {
    let mut s = state();
    press(&mut s, &[Action::Down, Action::PageDown, Action::HalfPageDown]);
    assert!(s.memory.back.is_empty());
    assert_eq!(s.memory.previous, None);
}

#[test]
fn back_with_nothing_to_go_back_to_says_so() {
    let mut s = state();
    press(&mut s, &[Action::JumpBack]);
    assert_eq!(s.message.as_deref(), Some("no earlier jump"));
    press(&mut s, &[Action::JumpForward]);
    assert!(s.message.as_deref().is_some_and(|m| m.starts_with("no later jump")));
}

#[test]
fn marks_and_the_last_jump_are_what_is_saved() {
    let mut s = state();
    press(&mut s, &[Action::NextSection, Action::SetMark, Action::MarkLetter('b')]);
    let saved = s.doc_state();
    assert_eq!(saved.marks.get(&'b'), Some(&reading_offset(&s)));
    assert_eq!(saved.previous, Some(0));
    let position = saved.position.expect("a position once moved");
    assert_eq!((position.offset, position.section), (reading_offset(&s), 1));
}

/// Jumps the reader can make from anywhere, and plain movement between them.
fn step() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::Top),
        Just(Action::Bottom),
        Just(Action::NextSection),
        Just(Action::PrevSection),
        Just(Action::PageDown),
        Just(Action::Down),
        Just(Action::Up),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Going back through every jump and forward again ends where the reader was; each step
    /// back lands where a jump left from.
    #[test]
    fn the_jump_list_returns_to_where_you_were(steps in prop::collection::vec(step(), 1..30)) {
        let mut s = state();
        let mut left_from = Vec::new();
        for a in steps {
            let before = reading_offset(&s);
            let top = s.top;
            update(&mut s, a);
            let jump = !matches!(a, Action::PageDown | Action::Down | Action::Up);
            if jump && s.top != top && left_from.last() != Some(&before) {
                left_from.push(before);
            }
        }
        let end = reading_offset(&s);
        prop_assert_eq!(&s.memory.back, &left_from);
        for &expected in left_from.iter().rev() {
            update(&mut s, Action::JumpBack);
            prop_assert_eq!(reading_offset(&s), expected);
        }
        for _ in 0..left_from.len() {
            update(&mut s, Action::JumpForward);
        }
        prop_assert_eq!(reading_offset(&s), end);
    }
}
