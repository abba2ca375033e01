//! The help overlay: every key binding with its description, read from the keymap in force,
//! then what the actor list's kind letters mean. Where the box sits, how many columns the
//! bindings take and how far it scrolls come from the app's help model, which the reducer
//! reads too; this draws what that model lays out.

use super::lists::fit;
use super::theme::Theme;
use crate::app::{Keymap, geometry, help};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

const KEYS_WIDTH: usize = 14;

pub struct HelpOverlay<'a> {
    pub theme: Theme,
    pub keymap: &'a Keymap,
    /// Rows scrolled past, when the help is taller than the screen.
    pub scroll: usize,
}

impl Widget for HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rows = self.keymap.help_rows();
        let help = help::layout(area, self.keymap);
        let (popup, columns, per_column) = (help.popup, help.columns, help.per_column);
        let (total, shown) = (help.total(), help.shown());
        Clear.render(popup, buf);
        let inner = geometry::inset(popup);
        // The reducer keeps the scroll within bounds; a state built by hand may not.
        let scroll = self.scroll.min(help.max_scroll());
        let title = if total > shown {
            format!(" Keys {}/{} — j/k scroll, other keys close ", scroll + shown, total)
        } else {
            " Keys — any key closes ".to_string()
        };
        Block::new()
            .borders(Borders::ALL)
            .border_style(self.theme.border(true))
            .title(fit(&title, usize::from(popup.width.saturating_sub(2))))
            .render(popup, buf);
        let column_width = usize::from(inner.width) / columns;
        let visible = |row: usize| (scroll..scroll + shown).contains(&row);
        let y = |row: usize| inner.y + (row - scroll) as u16;
        for (i, (keys, description)) in rows.iter().enumerate() {
            let (column, row) = (i / per_column, i % per_column);
            if !visible(row) {
                continue;
            }
            let desc_width = column_width.saturating_sub(KEYS_WIDTH + 1);
            let line = Line::from(vec![
                Span::styled(format!(" {keys:<KEYS_WIDTH$}"), self.theme.current()),
                Span::raw(fit(description, desc_width)),
            ]);
            let x = inner.x + (column * column_width) as u16;
            buf.set_line(x, y(row), &line, column_width as u16);
        }
        for (k, text) in help.tail.iter().enumerate() {
            let row = per_column + k;
            if visible(row) {
                let line = Line::styled(fit(text, usize::from(inner.width)), self.theme.dim());
                buf.set_line(inner.x, y(row), &line, inner.width);
            }
        }
    }
}
