//! With whom: the actors that share the chosen actor's paragraphs, each with the number of
//! paragraphs shared and its kind, most shared first. The rows were counted when the list
//! opened; drawing only lays out the ones on screen.

use super::lists::fit;
use super::theme::Theme;
use crate::app::State;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct WhomList<'a> {
    pub state: &'a State,
    pub theme: Theme,
}

impl Widget for WhomList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let Some(list) = &state.whom else { return };
        let name = state.doc.actors.get(list.actor).map_or("?", |a| a.name.as_str());
        let title = format!(
            " {}/{} with {name} — Enter filters to both, Esc back ",
            list.cursor + 1,
            list.rows.len()
        );
        // As tall as the list, within the screen.
        let want = u16::try_from(list.rows.len() + 2).unwrap_or(u16::MAX);
        let inner = super::results::frame(area, buf, 80, want, &title, self.theme);
        let rows = usize::from(inner.height).max(1);
        let first = list.cursor.saturating_sub(rows - 1);
        let count_width = list.rows.first().map_or(1, |&(_, n)| n.to_string().len());
        let kind_width = 26;
        let room = usize::from(inner.width).saturating_sub(count_width + kind_width + 5);
        for (i, &(other, shared)) in list.rows.iter().enumerate().skip(first).take(rows) {
            let Some(actor) = state.doc.actors.get(other) else { continue };
            let rank = state.actor_rank.get(other).copied().unwrap_or(0);
            let base = if i == list.cursor { self.theme.cursor(true) } else { Style::new() };
            let line = Line::from(vec![
                Span::styled(format!(" {shared:>count_width$}  "), base),
                Span::styled(
                    format!("{:<room$}", fit(&actor.name, room)),
                    base.patch(self.theme.mention(rank)),
                ),
                Span::styled(
                    format!(
                        "  {:<kind_width$}",
                        fit(&actor.kind.as_str().replace('_', " "), kind_width)
                    ),
                    base.patch(self.theme.dim()),
                ),
            ]);
            buf.set_line(inner.x, inner.y + (i - first) as u16, &line, inner.width);
        }
    }
}
