//! Whole screens of the scrolled help and the scrolled actor list on the bundled article: the
//! help moves one row for one `k` however far past its end it was scrolled, and a click in a
//! scrolled actor list selects the actor drawn on that row without moving the list. Keys go
//! through the keymap in force, as a reader's do.

mod screen;
use screen::{screen, styled};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lector::app::{Action, State, update};

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

#[test]
fn a_click_in_a_scrolled_actor_list_selects_the_row_clicked_and_keeps_the_list() {
    let mut state = bundled(120, 14);
    key(&mut state, KeyCode::Tab);
    let pane = state.panes().actors.expect("the actor pane is shown");
    let inner = ratatui::layout::Rect {
        x: pane.x + 1,
        y: pane.y + 1,
        width: pane.width - 2,
        height: pane.height - 2,
    };
    let shown = usize::from(inner.height);
    let len = state.actor_order.len();
    assert!(len > shown + 5, "more actors than fit: {len} in {shown} rows");
    // Down to the last actor: the list is scrolled to its end.
    for _ in 1..len {
        key(&mut state, KeyCode::Char('j'));
    }
    let rows = rows_in(&state, inner);
    for row in [0, shown / 2, shown - 1] {
        let y = inner.y + row as u16;
        update(&mut state, Action::Click { column: inner.x + 2, row: y });
        let name = state.selected_actor.map(|a| state.doc.actors[a].name.clone());
        let name = name.expect("a click on an actor selects it");
        let drawn = rows_in(&state, inner);
        // The same names on the same rows (the swatch of the selected one changes).
        let names = |r: &[String]| {
            r.iter().map(|l| l.chars().skip(2).collect::<String>()).collect::<Vec<_>>()
        };
        assert_eq!(names(&drawn), names(&rows), "the list moved after a click on row {row}");
        assert!(
            drawn[row].contains(&name),
            "row {row} shows {:?}, the click selected {name}",
            drawn[row]
        );
    }
    insta::assert_snapshot!("actors_scrolled_then_clicked", styled(&state));
}
