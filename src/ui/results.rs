//! The list of search matches in context: line number, section, and the words around each
//! match, the match itself highlighted.

use super::lists::fit;
use super::theme::Theme;
use crate::app::{State, geometry};
use crate::layout::display_width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

/// Bytes of context shown before a match.
const BEFORE: usize = 40;

/// Draws an overlay list's frame, centred near the top of `area`: at most `max_width` wide and
/// `height` tall (within the screen), cleared, bordered, with `title`. Returns where its rows go.
pub(super) fn frame(
    area: Rect,
    buf: &mut Buffer,
    max_width: u16,
    height: u16,
    title: &str,
    theme: Theme,
) -> Rect {
    let width = area.width.saturating_sub(4).min(max_width);
    let height = height.min(area.height.saturating_sub(2));
    let popup = Rect { x: area.x + (area.width - width) / 2, y: area.y + 1, width, height };
    Clear.render(popup, buf);
    Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(fit(title, usize::from(width.saturating_sub(2))))
        .render(popup, buf);
    geometry::inset(popup)
}

pub struct MatchList<'a> {
    pub state: &'a State,
    pub theme: Theme,
}

impl Widget for MatchList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let (Some(results), Some(search)) = (&state.results, &state.search) else { return };
        let total = state.result_count();
        let title = format!(
            " {}/{} matches of /{} — Enter goes there, Esc back ",
            results.cursor + 1,
            total,
            search.query
        );
        let inner = frame(area, buf, 110, u16::MAX, &title, self.theme);
        let rows = usize::from(inner.height).max(1);
        let first = results.cursor.saturating_sub(rows - 1);
        let text = &state.doc.text;
        let section_width = usize::from(inner.width / 4).clamp(8, 30);
        for (i, row) in state.result_rows(first, rows).into_iter().enumerate() {
            let end = search
                .matches_in(text, row.start..row.start + 1)
                .first()
                .map_or(row.start, |m| m.end);
            let from = crate::app::floor_boundary(text, row.start.saturating_sub(BEFORE));
            // The context starts after the last line break before the match.
            let from = text[from..row.start].rfind('\n').map_or(from, |nl| from + nl + 1);
            let to = crate::app::floor_boundary(text, (end + 200).min(text.len()));
            let flat = |s: &str| s.replace('\n', " ");
            let lead = format!(
                " {:>6}  {:<section_width$}  ",
                row.line,
                fit(state.section_title(row.section), section_width)
            );
            let room = usize::from(inner.width).saturating_sub(display_width(&lead));
            let before = flat(&text[from..row.start]);
            let hit = flat(&text[row.start..end]);
            let after = fit(
                &flat(&text[end..to]),
                room.saturating_sub(display_width(&before) + display_width(&hit)),
            );
            let cursor = first + i == results.cursor;
            let base = if cursor { self.theme.cursor(true) } else { ratatui::style::Style::new() };
            let line = Line::from(vec![
                Span::styled(lead, base.patch(self.theme.dim())),
                Span::styled(before, base),
                Span::styled(hit, base.patch(self.theme.search_match())),
                Span::styled(after, base),
            ]);
            buf.set_line(inner.x, inner.y + i as u16, &line, inner.width);
        }
    }
}
