//! The presence strip: one cell a row in the reading pane's right margin, each a slice of
//! the whole document, shaded by how often the selected actor appears there; the slices on
//! screen are marked. Drawn from the presence counted once per selection: a frame reads one
//! number a row.

use super::theme::Theme;
use crate::app::{State, panels};
use ratatui::buffer::Buffer;
use ratatui::style::{Modifier, Style};

/// Shades from a mention or two to the busiest slice.
const SHADES: [&str; 4] = ["░", "▒", "▓", "█"];

pub struct PresenceStrip<'a> {
    pub state: &'a State,
    pub theme: Theme,
}

impl PresenceStrip<'_> {
    pub fn render(self, buf: &mut Buffer) {
        let state = self.state;
        let (Some(p), Some(actor)) = (&state.panels.presence, state.selected_actor) else {
            return;
        };
        let panes = state.panes();
        let x = panels::strip_column(&panes);
        let area = panes.text_area();
        let busiest = p.density.iter().copied().max().unwrap_or(0).max(1);
        let rank = state.actor_rank.get(actor).copied().unwrap_or(0);
        let doc = &state.doc;
        let top = state.layout.offset_of(doc, state.top);
        let bottom_row = state.layout.step(doc, state.top, state.page_height() as isize - 1);
        let bottom = state.layout.offset_of(doc, bottom_row);
        let here = p.slice_at(top)..=p.slice_at(bottom);
        for (i, &d) in p.density.iter().enumerate().take(usize::from(area.height)) {
            let shade = match d {
                0 => "·",
                d => SHADES[((d as usize * SHADES.len()).div_ceil(busiest as usize) - 1).min(3)],
            };
            let mut style = if d == 0 { self.theme.dim() } else { self.theme.mention(rank) };
            if here.contains(&i) {
                // Where the reader is: reversed, which shows under NO_COLOR too.
                style = style.add_modifier(Modifier::REVERSED);
                if d == 0 {
                    style = Style::new().add_modifier(Modifier::REVERSED);
                }
            }
            let y = area.y + i as u16;
            if x < buf.area.right() && y < buf.area.bottom() {
                buf[(x, y)].set_symbol(shade).set_style(style);
            }
        }
    }
}
