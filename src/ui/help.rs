//! The help overlay: every key binding with its description, read from the one keymap table.

use super::theme::Theme;
use crate::app::BINDINGS;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

pub struct HelpOverlay {
    pub theme: Theme,
}

impl Widget for HelpOverlay {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let width = area.width.saturating_sub(4).min(64);
        let height = area.height.saturating_sub(2).min(BINDINGS.len() as u16 + 4);
        let popup = Rect {
            x: area.x + (area.width - width) / 2,
            y: area.y + (area.height - height) / 2,
            width,
            height,
        };
        Clear.render(popup, buf);
        let mut lines: Vec<Line> = BINDINGS
            .iter()
            .map(|b| {
                Line::from(vec![
                    Span::styled(format!(" {:<13}", b.keys), self.theme.current()),
                    Span::raw(b.action.description()),
                ])
            })
            .collect();
        lines
            .push(Line::styled(" Mouse: wheel scrolls, click selects (after m)", self.theme.dim()));
        Paragraph::new(lines)
            .block(
                Block::new()
                    .borders(Borders::ALL)
                    .border_style(self.theme.border(true))
                    .title(" Keys — any key closes "),
            )
            .render(popup, buf);
    }
}
