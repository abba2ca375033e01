//! The help overlay: every key binding with its description, read from the one keymap table.
//! When the terminal is too short for one column, the bindings flow into two, so every key is
//! listed at 80x24 too.

use super::lists::fit;
use super::theme::Theme;
use crate::app::{BINDINGS, geometry};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

const KEYS_WIDTH: usize = 14;
const MOUSE: &str = "Mouse (after m): the wheel scrolls, a click selects";

pub struct HelpOverlay {
    pub theme: Theme,
}

impl Widget for HelpOverlay {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rows_one_column = BINDINGS.len() + 1;
        let room = usize::from(area.height.saturating_sub(4));
        let columns = if rows_one_column <= room { 1 } else { 2 };
        let per_column = BINDINGS.len().div_ceil(columns);
        let width = area.width.saturating_sub(4).min(if columns == 1 { 64 } else { 120 });
        let height = area.height.saturating_sub(2).min(per_column as u16 + 3);
        let popup = Rect {
            x: area.x + (area.width - width) / 2,
            y: area.y + (area.height - height) / 2,
            width,
            height,
        };
        Clear.render(popup, buf);
        Block::new()
            .borders(Borders::ALL)
            .border_style(self.theme.border(true))
            .title(" Keys — any key closes ")
            .render(popup, buf);
        let inner = geometry::inset(popup);
        let column_width = usize::from(inner.width) / columns;
        for (i, b) in BINDINGS.iter().enumerate() {
            let (column, row) = (i / per_column, i % per_column);
            if row >= usize::from(inner.height) {
                continue;
            }
            let desc_width = column_width.saturating_sub(KEYS_WIDTH + 1);
            let line = Line::from(vec![
                Span::styled(format!(" {:<KEYS_WIDTH$}", b.keys), self.theme.current()),
                Span::raw(fit(b.action.description(), desc_width)),
            ]);
            let x = inner.x + (column * column_width) as u16;
            buf.set_line(x, inner.y + row as u16, &line, column_width as u16);
        }
        if per_column < usize::from(inner.height) {
            let line =
                Line::styled(fit(&format!(" {MOUSE}"), usize::from(inner.width)), self.theme.dim());
            buf.set_line(inner.x, inner.y + per_column as u16, &line, inner.width);
        }
    }
}
