//! Whole screens of a plain-text book: its contents page as one block of entries, and the
//! section list's first "CHAPTER I" opening the chapter itself rather than the contents.

use lector::actors::Pipeline;
use lector::app::{Action, Focus, State, update};
use lector::ingest::{Format, Source};
use lector::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

const NOVEL: &[u8] = include_bytes!("fixtures/books/frozen-river.txt");

fn novel_state(w: u16, h: u16) -> State {
    let source =
        Source { name: "frozen-river.txt".into(), bytes: NOVEL.to_vec(), format: Format::Text };
    let doc = lector::analyse(source, &Pipeline::default()).expect("the novel parses");
    let mut state = State::new(doc, Rect::new(0, 0, w, h));
    update(&mut state, Action::Resize(w, h));
    state
}

fn screen(state: &State) -> String {
    let (w, h) = (state.size.width, state.size.height);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal.draw(|f| ui::render(f, state, Theme { colour: true })).expect("draw");
    let buf = terminal.backend().buffer();
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>().trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
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
    insta::assert_snapshot!(shown);
}

#[test]
fn the_first_chapter_in_the_outline_opens_the_chapter() {
    let mut state = novel_state(100, 30);
    let first = state.doc.sections.iter().position(|s| s.title == "CHAPTER I").expect("chapter");
    state.focus = Focus::Sections;
    state.section_cursor = first;
    update(&mut state, Action::Activate);
    let shown = screen(&state);
    let rows: Vec<&str> = shown.lines().collect();
    let heading = rows.iter().position(|r| r.contains("│ CHAPTER I ")).expect(&shown);
    assert!(rows[heading + 2].contains("The snow had come early"), "{shown}");
    assert!(!rows[..heading].iter().any(|r| r.contains("│ BOOK TWO")), "no contents:\n{shown}");
    insta::assert_snapshot!(shown);
}
