//! The help overlay: every key binding with its description, read from the keymap in force,
//! then what the actor list's kind letters mean. When the terminal is too short for one
//! column, the bindings flow into two; when even that does not fit, the overlay scrolls.

use super::lists::fit;
use super::theme::Theme;
use crate::app::{Keymap, geometry};
use crate::model::ActorKind;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

const KEYS_WIDTH: usize = 14;
const KINDS: [ActorKind; 7] = [
    ActorKind::State,
    ActorKind::InternationalOrganisation,
    ActorKind::Organisation,
    ActorKind::ArmedGroup,
    ActorKind::Person,
    ActorKind::Group,
    ActorKind::Place,
];

pub struct HelpOverlay<'a> {
    pub theme: Theme,
    pub keymap: &'a Keymap,
    /// Rows scrolled past, when the help is taller than the screen.
    pub scroll: usize,
}

impl HelpOverlay<'_> {
    /// The kinds legend, wrapped to `width`: "S state · I international organisation · …".
    fn kinds(width: usize) -> Vec<String> {
        let items = KINDS.iter().map(|k| format!("{} {}", k.marker(), k.label()));
        let mut lines = vec![String::from(" Actor kinds:")];
        for item in items {
            let last = lines.last_mut().filter(|l| l.chars().count() + item.len() + 3 <= width);
            match last {
                Some(l) if l.ends_with(':') => l.push_str(&format!(" {item}")),
                Some(l) => l.push_str(&format!(" · {item}")),
                None => lines.push(format!("   {item}")),
            }
        }
        lines
    }

    /// Which actor the actor keys take, wrapped to `width`.
    fn chosen(width: usize) -> Vec<String> {
        let rule = "Actor keys (f & i w L P { } n e) take the actor under the actor list's \
            cursor while that list has the keyboard, else the selected one";
        // One space in, then a hanging indent under it, as the kinds legend has.
        let rows =
            crate::layout::wrap_hanging(rule, width.saturating_sub(1), width.saturating_sub(3));
        rows.into_iter()
            .enumerate()
            .map(|(i, r)| format!("{}{}", if i == 0 { " " } else { "   " }, &rule[r]))
            .collect()
    }
}

impl Widget for HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rows = self.keymap.help_rows();
        let room = usize::from(area.height.saturating_sub(4));
        let one_column_width = usize::from(area.width.saturating_sub(6).min(62));
        let extra = Self::kinds(one_column_width).len() + Self::chosen(one_column_width).len() + 1;
        // Two columns only where each still has room for its descriptions; else one, scrolled.
        let columns = if rows.len() + extra <= room || area.width < 80 { 1 } else { 2 };
        let per_column = rows.len().div_ceil(columns);
        let width = area.width.saturating_sub(4).min(if columns == 1 { 64 } else { 120 });
        let kinds = Self::kinds(usize::from(width.saturating_sub(2)));
        let total =
            per_column + kinds.len() + Self::chosen(usize::from(width.saturating_sub(2))).len() + 1;
        let height = area.height.saturating_sub(2).min(total as u16 + 2);
        let popup = Rect {
            x: area.x + (area.width - width) / 2,
            y: area.y + (area.height - height) / 2,
            width,
            height,
        };
        Clear.render(popup, buf);
        let inner = geometry::inset(popup);
        let shown = usize::from(inner.height);
        let scroll = self.scroll.min(total.saturating_sub(shown));
        let title = if total > shown {
            format!(" Keys {}/{} — j/k scroll, other keys close ", scroll + shown, total)
        } else {
            " Keys — any key closes ".to_string()
        };
        Block::new()
            .borders(Borders::ALL)
            .border_style(self.theme.border(true))
            .title(fit(&title, usize::from(width.saturating_sub(2))))
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
        // The key that turns the mouse on, as the keymap in force binds it.
        let toggle =
            crate::app::COMMANDS.iter().find(|c| c.action == crate::app::Action::ToggleMouse);
        let key =
            toggle.and_then(|c| self.keymap.chords(crate::app::Layer::Normal, c).first().copied());
        let after = key.map_or_else(|| "--mouse".to_string(), |k| k.to_string());
        let mouse = format!(" Mouse (after {after}): the wheel scrolls, a click selects");
        let chosen = Self::chosen(usize::from(width.saturating_sub(2)));
        let tail = kinds.iter().chain(&chosen).map(String::as_str).chain([mouse.as_str()]);
        for (k, text) in tail.enumerate() {
            let row = per_column + k;
            if visible(row) {
                let line = Line::styled(fit(text, usize::from(inner.width)), self.theme.dim());
                buf.set_line(inner.x, y(row), &line, inner.width);
            }
        }
    }
}
