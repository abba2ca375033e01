//! Whole screens of a plain-text book: its contents page as one block of entries, and the
//! section list's first "CHAPTER I" opening the chapter itself rather than the contents.

mod screen;
use screen::{screen, styled};

use lector::app::{Action, Focus, State, update};
use lector::ingest::{Format, Source};

const NOVEL: &[u8] = include_bytes!("fixtures/books/frozen-river.txt");

fn novel_state(w: u16, h: u16) -> State {
    let source =
        Source { name: "frozen-river.txt".into(), bytes: NOVEL.to_vec(), format: Format::Text };
    screen::opened(source, w, h)
}

#[test]
fn the_contents_page_shows_one_entry_per_row() {
    let mut state = novel_state(100, 30);
    let contents = state
        .doc
        .blocks
        .iter()
        .position(|b| b.kind == lector::model::BlockKind::Contents)
        .expect("a contents block");
    state.top = lector::layout::Anchor { block: contents, row: 0 };
    let shown = screen(&state);
    let rows: Vec<&str> = shown.lines().collect();
    let at = rows.iter().position(|r| r.contains("│ CONTENTS ")).expect(&shown);
    for (i, entry) in ["BOOK ONE: 1810", "CHAPTER I", "CHAPTER II", "CHAPTER III", "BOOK TWO: 1811"]
        .iter()
        .enumerate()
    {
        assert!(rows[at + 1 + i].contains(&format!("│ {entry} ")), "{entry}:\n{shown}");
    }
    insta::assert_snapshot!(styled(&state));
}

#[test]
fn the_first_chapter_in_the_outline_opens_the_chapter() {
    let mut state = novel_state(100, 30);
    let first = state
        .doc
        .sections
        .iter()
        .position(|s| s.title(&state.doc.text) == "CHAPTER I")
        .expect("chapter");
    state.focus = Focus::Sections;
    state.section_cursor = first;
    update(&mut state, Action::Activate);
    let shown = screen(&state);
    let rows: Vec<&str> = shown.lines().collect();
    let heading = rows.iter().position(|r| r.contains("│ CHAPTER I ")).expect(&shown);
    assert!(rows[heading + 2].contains("The snow had come early"), "{shown}");
    assert!(!rows[..heading].iter().any(|r| r.contains("│ BOOK TWO")), "no contents:\n{shown}");
    insta::assert_snapshot!(styled(&state));
}
