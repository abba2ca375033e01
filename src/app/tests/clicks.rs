//! Clicks in the reading pane while the presence strip is on: only the strip's own column
//! jumps to a slice; a click on the text beside it moves nothing.

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
