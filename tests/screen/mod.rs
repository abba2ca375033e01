//! The shared half of the whole-screen tests: a document opened at a size, and the screen it
//! draws on a fixed-size TestBackend as lines of symbols.
#![allow(dead_code)]

use lector::actors::Pipeline;
use lector::app::{Action, State, update};
use lector::ingest::Source;
use lector::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

/// The reader on `source`, analysed and laid out at `w` x `h`.
pub fn opened(source: Source, w: u16, h: u16) -> State {
    let doc = lector::analyse(source, &Pipeline::default()).expect("the document parses");
    let mut state = State::new(doc, Rect::new(0, 0, w, h));
    update(&mut state, Action::Resize(w, h));
    state
}

/// What the screen shows, one line a row, trailing blanks cut.
pub fn screen(state: &State) -> String {
    let (w, h) = (state.size.width, state.size.height);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal.draw(|f| ui::render(f, state, Theme::DARK)).expect("draw");
    let buf = terminal.backend().buffer();
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>().trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}
