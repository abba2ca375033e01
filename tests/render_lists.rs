//! Whole screens of the scrolled help on the bundled article: the help moves one row for one
//! `k` however far past its end it was scrolled. Keys go through the keymap in force, as a
//! reader's do.

mod screen;
use screen::{screen, styled};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lector::app::{State, update};

fn bundled(w: u16, h: u16) -> State {
    screen::opened(lector::ingest::bundled(), w, h)
}

fn key(state: &mut State, code: KeyCode) {
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(action) = state.keymap.action_for(key, state.layer()) {
        update(state, action);
    }
}

/// The rows of the screen inside `area`, cut to its columns.
fn rows_in(state: &State, area: ratatui::layout::Rect) -> Vec<String> {
    let (x, w) = (usize::from(area.x), usize::from(area.width));
    let shown = screen(state);
    let lines: Vec<&str> = shown.lines().collect();
    (area.top()..area.bottom())
        .map(|y| {
            lines.get(usize::from(y)).map_or(String::new(), |l| l.chars().skip(x).take(w).collect())
        })
        .collect()
}

#[test]
fn one_k_after_scrolling_the_help_past_its_end_moves_it_one_row() {
    let mut state = bundled(70, 20);
    key(&mut state, KeyCode::Char('?'));
    for _ in 0..100 {
        key(&mut state, KeyCode::Char('j'));
    }
    for _ in 0..20 {
        key(&mut state, KeyCode::PageDown);
    }
    let help = lector::app::help::layout(state.size, &state.keymap);
    let inner =
        ratatui::layout::Rect { y: help.popup.y + 1, height: help.popup.height - 2, ..help.popup };
    let end = rows_in(&state, inner);
    assert!(end.last().is_some_and(|r| r.contains("Mouse")), "the help's last row: {end:#?}");
    key(&mut state, KeyCode::Char('k'));
    let up = rows_in(&state, inner);
    assert_eq!(up[1..], end[..end.len() - 1], "one k moves the help down by one row");
    assert_ne!(up[0], end[0], "a row scrolled off above comes back");
    insta::assert_snapshot!("help_one_up_from_the_end", styled(&state));
}
