//! The keys of the layers over the reading pane, pressed through the real keymap: how far each
//! moves the cursor of the list of matches, and where Enter and Esc then leave the reader.

use super::{run, state};
use crate::app::{Action, Layer, State, update};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn press(state: &mut State, code: KeyCode) {
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(action) = state.keymap.action_for(key, state.layer()) {
        update(state, action);
    }
}

/// The reader with the list of the 30 matches of "paragraph" open (six paragraphs in each of
/// five sections), on the first.
fn listed() -> State {
    let mut s = state(120, 30);
    update(&mut s, Action::StartSearch);
    "paragraph".chars().for_each(|c| {
        update(&mut s, Action::SearchInput(c));
    });
    run(&mut s, &[Action::SearchSubmit, Action::ShowMatches]);
    assert_eq!(s.layer(), Layer::Results);
    assert_eq!(s.result_count(), 30);
    s
}

fn cursor(s: &State) -> usize {
    s.results.as_ref().map_or(usize::MAX, |r| r.cursor)
}

#[test]
fn each_key_of_the_list_of_matches_moves_its_cursor_by_its_amount() {
    let mut s = listed();
    let start = cursor(&s);
    assert_eq!(start, 0);
    let steps: [(KeyCode, isize); 8] = [
        (KeyCode::Char(' '), 10),
        (KeyCode::PageDown, 10),
        (KeyCode::Char('j'), 1),
        (KeyCode::Down, 1),
        (KeyCode::Char('k'), -1),
        (KeyCode::Up, -1),
        (KeyCode::Char('b'), -10),
        (KeyCode::PageUp, -10),
    ];
    let mut at: usize = 3;
    press(&mut s, KeyCode::Char('j'));
    press(&mut s, KeyCode::Char('j'));
    press(&mut s, KeyCode::Char('j'));
    for (code, rows) in steps {
        press(&mut s, code);
        at = at.saturating_add_signed(rows);
        assert_eq!(cursor(&s), at, "after {code:?}");
    }
    // The list ends at its last match and starts at its first.
    for _ in 0..5 {
        press(&mut s, KeyCode::Char(' '));
    }
    assert_eq!(cursor(&s), 29);
    for _ in 0..5 {
        press(&mut s, KeyCode::Char('b'));
    }
    assert_eq!(cursor(&s), 0);
}

#[test]
fn enter_goes_to_the_match_under_the_cursor_and_esc_back_to_where_the_reader_was() {
    let mut s = listed();
    let starts = s.search.as_ref().map(|x| x.count_all(&s.doc.text)).unwrap_or_default();
    press(&mut s, KeyCode::Char(' '));
    press(&mut s, KeyCode::Char('k'));
    press(&mut s, KeyCode::Enter);
    assert_eq!(s.layer(), Layer::Normal);
    assert_eq!(s.jumped.as_ref().map(|r| r.start), Some(starts[9]));
    // In section 1: the tenth "paragraph" is the fourth of the second section.
    assert_eq!(s.current_section(), 1);
    let there = s.top;
    for close in [KeyCode::Esc, KeyCode::Char('q'), KeyCode::Char('M')] {
        update(&mut s, Action::ShowMatches);
        assert_eq!(s.layer(), Layer::Results, "the list opens again");
        press(&mut s, KeyCode::Char(' '));
        press(&mut s, KeyCode::Char(' '));
        press(&mut s, close);
        assert_eq!(s.layer(), Layer::Normal, "{close:?} closes the list");
        assert_eq!(s.top, there, "{close:?} leaves the reader where it was");
    }
}
