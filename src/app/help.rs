//! The help overlay's model: which rows it holds and how they sit for a terminal size. One
//! pure function serves the reducer (which caps the scroll at the real last row, so one `k`
//! after scrolling past the end always moves the help) and the renderer (which draws it).

use super::{Action, COMMANDS, Keymap, Layer, geometry};
use crate::model::ActorKind;
use ratatui::layout::Rect;

/// The help for one terminal size: its box, its columns of bindings and the lines under them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLayout {
    /// The overlay's box, border included.
    pub popup: Rect,
    /// The bindings flow into this many columns (one or two).
    pub columns: usize,
    /// Bindings per column: the rows the bindings take.
    pub per_column: usize,
    /// The lines under the bindings: the kinds legend, which actor the actor keys take, the
    /// mouse.
    pub tail: Vec<String>,
}

impl HelpLayout {
    /// Rows the help holds in all.
    pub fn total(&self) -> usize {
        self.per_column + self.tail.len()
    }

    /// Rows the box shows at once.
    pub fn shown(&self) -> usize {
        usize::from(geometry::inset(self.popup).height)
    }

    /// The largest scroll: the last row of the help on the box's last row.
    pub fn max_scroll(&self) -> usize {
        self.total().saturating_sub(self.shown())
    }
}

/// Lays the help out over a terminal of `area` with the bindings of `keymap`.
pub fn layout(area: Rect, keymap: &Keymap) -> HelpLayout {
    let rows = keymap.help_rows().len();
    let room = usize::from(area.height.saturating_sub(4));
    let one_column = usize::from(area.width.saturating_sub(6).min(62));
    let extra = kinds(one_column).len() + chosen(one_column).len() + 1;
    // Two columns only where each still has room for its descriptions; else one, scrolled.
    let columns = if rows + extra <= room || area.width < 80 { 1 } else { 2 };
    let per_column = rows.div_ceil(columns);
    let width = area.width.saturating_sub(4).min(if columns == 1 { 64 } else { 120 });
    let text_width = usize::from(width.saturating_sub(2));
    let mut tail = kinds(text_width);
    tail.extend(chosen(text_width));
    tail.push(mouse(keymap));
    let total = per_column + tail.len();
    let height = area.height.saturating_sub(2).min(u16::try_from(total + 2).unwrap_or(u16::MAX));
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    HelpLayout { popup, columns, per_column, tail }
}

/// The kinds legend, wrapped to `width`: "S state · I international organisation · …".
fn kinds(width: usize) -> Vec<String> {
    let items = ActorKind::ALL.iter().map(|k| format!("{} {}", k.marker(), k.label()));
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
    let rows = crate::layout::wrap_hanging(rule, width.saturating_sub(1), width.saturating_sub(3));
    rows.into_iter()
        .enumerate()
        .map(|(i, r)| format!("{}{}", if i == 0 { " " } else { "   " }, &rule[r]))
        .collect()
}

/// What the mouse does, naming the key that turns it on as the keymap in force binds it.
fn mouse(keymap: &Keymap) -> String {
    let toggle = COMMANDS.iter().find(|c| c.action == Action::ToggleMouse);
    let key = toggle.and_then(|c| keymap.chords(Layer::Normal, c).first().copied());
    let after = key.map_or_else(|| "--mouse".to_string(), |k| k.to_string());
    format!(" Mouse (after {after}): the wheel scrolls, a click selects")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_box_fits_the_terminal_and_scrolls_only_when_the_help_is_taller() {
        let keymap = Keymap::builtin();
        for (w, h) in [(20, 5), (50, 12), (70, 24), (80, 24), (120, 40), (200, 80)] {
            let area = Rect::new(0, 0, w, h);
            let help = layout(area, &keymap);
            assert_eq!(area.intersection(help.popup), help.popup, "{w}x{h}: {help:?}");
            // The box leaves a row above and below; the rest of the help is scrolled to.
            let inside = usize::from(h.saturating_sub(4)).min(help.total());
            assert_eq!(help.shown(), inside, "{w}x{h}");
            assert_eq!(help.max_scroll(), help.total() - inside, "{w}x{h}");
        }
        // A tall terminal shows the whole help at once.
        assert_eq!(layout(Rect::new(0, 0, 200, 80), &keymap).max_scroll(), 0);
    }
}
