//! The status bar: title, current section, position, and either a message, the search prompt,
//! analysis progress or short key hints.

use super::lists::{fit, fits};
use super::theme::Theme;
use crate::app::State;
use crate::layout::display_width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

const HINTS: &str = "? help  / search  Tab pane  n/N next  q quit";

pub struct StatusBar<'a> {
    pub state: &'a State,
    pub theme: Theme,
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        buf.set_style(area, self.theme.status());
        let width = usize::from(area.width);
        if let Some(prompt) = &state.prompt {
            let what = match state.filtering {
                _ if state.curation.stage.is_some() => "edit: ",
                _ if state.panels.brief_prompt => "write the brief to: ",
                Some(crate::app::Focus::Sections) => "filter sections: ",
                Some(_) => "filter actors: ",
                None => "/",
            };
            let line = Line::from(format!("{what}{prompt}█"));
            buf.set_line(area.x, area.y, &line, area.width);
            return;
        }
        let right = match (&state.progress, &state.search) {
            (Some(p), Some(s)) if s.current.is_some() => {
                format!(
                    " analysing… {p}%  {} {}% ",
                    s.position_label(&state.doc.text),
                    state.percent()
                )
            }
            (Some(p), _) => format!(" analysing… {p}%  {}% ", state.percent()),
            (None, Some(s)) if s.current.is_some() => {
                format!(" {} {}% ", s.position_label(&state.doc.text), state.percent())
            }
            _ => format!(" {}% ", state.percent()),
        };
        // An actor edit whose rebuild is in flight: said until it lands.
        let right = if state.curation.pending.is_some() {
            format!(" applying the edit…{right}")
        } else {
            right
        };
        let filtered = crate::app::describe_filter(state, |a| super::lists::short_name(a, 16));
        let (middle, style) = match (&state.message, &filtered) {
            (Some(m), _) => (m.as_str(), self.theme.message()),
            // While a filter is on, what it keeps is worth more than the key hints.
            (None, Some(f)) => (f.as_str(), self.theme.message()),
            (None, None) => (HINTS, self.theme.status()),
        };
        // The current section matters most, then the message, then the title.
        let room = width.saturating_sub(display_width(&right));
        let left = section_path(state, room.saturating_sub(display_width(middle).min(room / 2)));
        let middle = fit(middle, room.saturating_sub(display_width(&left)));
        let mut gap = room.saturating_sub(display_width(&left) + display_width(&middle));
        // The document's title (also on the reading pane's border) where there is room for it.
        // Measured only as far as the room, however long the title is.
        let room_for_title = gap.checked_sub(2 + display_width(" · "));
        let shown = room_for_title.is_some_and(|w| fits(&state.doc.title, w));
        let title = if shown { format!("{} · ", state.doc.title) } else { String::new() };
        gap -= display_width(&title);
        let line = Line::from(vec![
            Span::raw(left),
            Span::styled(middle, style),
            Span::raw(" ".repeat(gap)),
            Span::styled(title, self.theme.dim()),
            Span::raw(right),
        ]);
        buf.set_line(area.x, area.y, &line, area.width);
    }
}

/// " § BOOK ONE: 1805 › CHAPTER III  " in `width` columns: where the path is too long, the
/// outer sections give way ("§ …› CHAPTER III") if the innermost title then fits whole;
/// else the path is cut at its end.
fn section_path(state: &State, width: usize) -> String {
    let path = state.outline.path(state.current_section());
    let room = width.saturating_sub(2);
    // Each title is cut to the room first, so a heading as large as the file costs no more
    // than the width.
    let titles: Vec<String> = path.iter().map(|&s| fit(state.section_title(s), room)).collect();
    let full = format!(" § {}", titles.join(" › "));
    let line = (0..titles.len())
        .map(|skip| match skip {
            0 => full.clone(),
            _ => format!(" § …› {}", titles[skip..].join(" › ")),
        })
        .find(|line| fits(line, room))
        .unwrap_or(full);
    format!("{}  ", fit(&line, room))
}
