//! The shared half of the whole-screen tests: a document opened at a size, and the screen it
//! draws on a fixed-size TestBackend, as lines of symbols (`screen`, for assertions) or as a
//! snapshot that also records every cell's style (`styled`), so a lost highlight fails a test.
//!
//! The snapshot format (`styled`): the symbol lines exactly as `screen` gives them, a blank
//! line, then a legend and a grid of style letters, one letter a cell, aligned with the symbols:
//!
//! ```text
//! styles (. = plain; A, B, ... in order of first use):
//! A fg #5fafd7 bold
//! B fg #1c1c1c bg #d7af5f
//! grid:
//! AAAAA..BBB
//! ```
//!
//! A legend line names the foreground, the background and the modifiers, each only when set;
//! a plain cell (no colour, no modifier) is `.`, and trailing plain cells are cut, as trailing
//! blanks are in the symbols. Use `styled` for every new snapshot.
#![allow(dead_code)]

use lector::actors::Pipeline;
use lector::app::{Action, State, update};
use lector::ingest::Source;
use lector::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

/// The reader on `source`, analysed and laid out at `w` x `h`.
pub fn opened(source: Source, w: u16, h: u16) -> State {
    let doc = lector::analyse(source, &Pipeline::default()).expect("the document parses");
    let mut state = State::new(doc, Rect::new(0, 0, w, h));
    update(&mut state, Action::Resize(w, h));
    state
}

/// The screen the reader draws, in colour, on a TestBackend of the state's size.
pub fn drawn(state: &State) -> Buffer {
    let (w, h) = (state.size.width, state.size.height);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal.draw(|f| ui::render(f, state, Theme::DARK)).expect("draw");
    terminal.backend().buffer().clone()
}

/// What the screen shows, one line a row, trailing blanks cut.
pub fn screen(state: &State) -> String {
    symbols(&drawn(state))
}

/// The snapshot of a screen: its symbols, then its styles (see the module header).
pub fn styled(state: &State) -> String {
    let buf = drawn(state);
    format!("{}\n\n{}", symbols(&buf), styles(&buf))
}

fn symbols(buf: &Buffer) -> String {
    let (w, h) = (buf.area.width, buf.area.height);
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>().trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

const LETTERS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// The legend and the style-letter grid of a buffer.
pub fn styles(buf: &Buffer) -> String {
    let (w, h) = (buf.area.width, buf.area.height);
    let mut seen: Vec<Style> = Vec::new();
    let mut grid = Vec::with_capacity(usize::from(h));
    for y in 0..h {
        let mut row = String::with_capacity(usize::from(w));
        for x in 0..w {
            let cell = &buf[(x, y)];
            let style = Style::new().fg(cell.fg).bg(cell.bg).add_modifier(cell.modifier);
            if style == Style::new().fg(Color::Reset).bg(Color::Reset) {
                row.push('.');
                continue;
            }
            let i = seen.iter().position(|s| *s == style).unwrap_or_else(|| {
                seen.push(style);
                seen.len() - 1
            });
            row.push(LETTERS.chars().nth(i).unwrap_or('?'));
        }
        grid.push(row.trim_end_matches('.').to_string());
    }
    let mut out = String::from("styles (. = plain; A, B, ... in order of first use):\n");
    for (style, letter) in seen.iter().zip(LETTERS.chars()) {
        out.push(letter);
        out.push_str(&describe(*style));
        out.push('\n');
    }
    out.push_str("grid:\n");
    out.push_str(&grid.join("\n"));
    out
}

/// ` fg X bg Y bold+underlined`, each part only when set.
fn describe(style: Style) -> String {
    let mut out = String::new();
    for (name, colour) in [("fg", style.fg), ("bg", style.bg)] {
        match colour {
            Some(Color::Reset) | None => {}
            Some(Color::Rgb(r, g, b)) => out.push_str(&format!(" {name} #{r:02x}{g:02x}{b:02x}")),
            Some(c) => out.push_str(&format!(" {name} {c:?}")),
        }
    }
    let modifiers: Vec<String> =
        style.add_modifier.iter_names().map(|(n, _)| n.to_lowercase()).collect();
    if !modifiers.is_empty() {
        out.push(' ');
        out.push_str(&modifiers.join("+"));
    }
    out
}
