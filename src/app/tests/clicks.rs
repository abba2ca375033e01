//! Clicks in the reading pane while the presence strip is on: only the strip's own column
//! jumps to a slice; a click on the text beside it moves nothing. Clicks in a scrolled
//! section list: the section drawn under the mouse, and the list stays where it is.

use super::*;

#[test]
fn a_click_on_the_text_beside_the_presence_strip_stays_where_the_reader_is() {
    let mut s = state(120, 30);
    run(&mut s, &[Action::FocusNext, Action::Down, Action::Activate, Action::FocusPrev]);
    update(&mut s, Action::TogglePresence);
    let p = s.panels.presence.clone().expect("Mali's presence is counted");
    let row = p.first.iter().rposition(Option::is_some).expect("a slice with Mali");
    let (top, jumped) = (s.top, s.jumped.clone());
    let panes = s.panes();
    let text = panes.text_area();
    let strip = super::super::panels::strip_column(&panes);
    let y = text.y + row as u16;
    for x in [text.x, text.x + 10, strip - 1] {
        update(&mut s, Action::Click { column: x, row: y });
        assert_eq!((s.top, s.jumped.clone()), (top, jumped.clone()), "a click at column {x}");
        assert_eq!(s.focus, Focus::Reader);
    }
    // The same row on the strip's column goes to the slice.
    update(&mut s, Action::Click { column: strip, row: y });
    assert_ne!(s.jumped, jumped);
}

/// What each row of the section list shows: "Section N" for a title, "actors" for a line of
/// top actors, "" for an empty row; marks and counts left out (they follow the reading).
fn section_rows(s: &State) -> Vec<String> {
    let pane = s.panes().sections.expect("the section list is shown");
    let mut buf = ratatui::buffer::Buffer::empty(s.size);
    crate::ui::draw(s, crate::ui::Theme::DARK, s.size, &mut buf);
    let text = |y: u16| (pane.x + 1..pane.right() - 1).map(|x| buf[(x, y)].symbol()).collect();
    (pane.y + 1..pane.bottom() - 1)
        .map(|y| {
            let row: String = text(y);
            match row.split_once("Section ") {
                Some((_, n)) => format!("Section {}", n.split_whitespace().next().unwrap_or("")),
                None if row.trim().is_empty() => String::new(),
                None => "actors".into(),
            }
        })
        .collect()
}

#[test]
fn a_click_in_a_scrolled_section_list_goes_to_the_section_drawn_there_and_keeps_the_list() {
    for top_actors in [false, true] {
        let mut s = State::new(sample(40, 2), Rect::new(0, 0, 120, 16));
        if top_actors {
            update(&mut s, Action::ToggleTopActors);
            assert!(s.panels.reading.is_some(), "the sections' actors are counted");
        }
        update(&mut s, Action::FocusPrev);
        assert_eq!(s.focus, Focus::Sections);
        for _ in 0..30 {
            update(&mut s, Action::Down);
        }
        let rows = section_rows(&s);
        assert_ne!(rows[0], "Section 0", "the list is scrolled: {rows:?}");
        assert_eq!(rows.contains(&"actors".to_string()), top_actors, "{rows:?}");
        let pane = s.panes().sections.expect("the section list is shown");
        let last = rows.iter().rposition(|r| !r.is_empty()).unwrap_or(0);
        for row in [0, last / 2, last] {
            update(&mut s, Action::Click { column: pane.x + 4, row: pane.y + 1 + row as u16 });
            // The row's own title, or for a line of top actors the title above it.
            let title = rows[..=row].iter().rfind(|r| r.starts_with("Section "));
            let title = title.expect("a title at or above the row clicked");
            assert_eq!(s.section_title(s.section_cursor), title, "row {row} of {rows:?}");
            assert_eq!(section_rows(&s), rows, "the list moved after a click on row {row}");
        }
    }
}
