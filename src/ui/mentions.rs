//! The list of the selected actor's mentions in context: section, then the line around each
//! mention with the mention highlighted. Only the rows on screen are made.

use super::lists::fit;
use super::theme::Theme;
use crate::app::State;
use crate::layout::display_width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct MentionsList<'a> {
    pub state: &'a State,
    pub theme: Theme,
}

impl Widget for MentionsList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let Some(list) = &state.panels.mentions else { return };
        let total = state.doc.mentions_of(list.actor).len();
        let name = &state.doc.actors[list.actor].name;
        let title = format!(
            " {}/{total} mentions of {name} — Enter goes there, Esc back ",
            list.cursor + 1
        );
        let inner = super::results::frame(area, buf, 110, u16::MAX, &title, self.theme);
        let rows = usize::from(inner.height).max(1);
        let first = list.cursor.saturating_sub(rows - 1);
        let section_width = usize::from(inner.width / 4).clamp(8, 30);
        let room = usize::from(inner.width).saturating_sub(section_width + 3);
        let rank = state.actor_rank.get(list.actor).copied().unwrap_or(0);
        for (i, row) in state.mention_rows(first, rows, room).into_iter().enumerate() {
            let lead = format!(
                " {:<section_width$}  ",
                fit(state.section_title(row.section), section_width)
            );
            let line = &row.line;
            let (h0, h1) = (row.highlight.start.min(line.len()), row.highlight.end.min(line.len()));
            let cursor = first + i == list.cursor;
            let base = if cursor { self.theme.cursor(true) } else { Style::new() };
            let after = fit(&line[h1..], room.saturating_sub(display_width(&line[..h1])));
            let shown = Line::from(vec![
                Span::styled(lead, base.patch(self.theme.dim())),
                Span::styled(&line[..h0], base),
                Span::styled(&line[h0..h1], base.patch(self.theme.selected_mention(rank))),
                Span::styled(after, base),
            ]);
            buf.set_line(inner.x, inner.y + i as u16, &shown, inner.width);
        }
    }
}
