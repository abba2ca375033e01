//! Where each pane sits for a terminal size: one pure function shared by `update` (which needs
//! the reading pane's width to wrap, and mouse hit-testing) and the renderer.

use ratatui::layout::Rect;

/// Below this the reader says the terminal is too small instead of drawing panes.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// The longest line the reading pane sets, for comfort on wide terminals.
pub const MAX_MEASURE: u16 = 100;
/// The narrowest reading pane worth keeping beside side panes.
const MIN_READER: u16 = 24;

/// Whether the side panes are shown: chosen from the width, or forced by the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidePanes {
    Auto,
    Shown,
    Hidden,
}

/// The rectangles of one frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    pub sections: Option<Rect>,
    pub reader: Rect,
    pub actors: Option<Rect>,
    pub status: Rect,
    pub too_small: bool,
}

impl Panes {
    /// The reading pane inside its border, less a column of margin each side.
    pub fn text_area(&self) -> Rect {
        let inner = inset(self.reader);
        let width = inner.width.saturating_sub(2).min(MAX_MEASURE);
        // On wide panes the column of text is centred, as on a page.
        let margin = (inner.width - width) / 2;
        Rect { x: inner.x + margin, y: inner.y, width, height: inner.height }
    }
}

/// The inside of a bordered pane.
pub fn inset(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// Lays out a terminal of `area`.
pub fn panes(area: Rect, sides: SidePanes) -> Panes {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Panes { reader: area, too_small: true, ..Panes::default() };
    }
    let status = Rect { y: area.bottom() - 1, height: 1, ..area };
    let body = Rect { height: area.height - 1, ..area };
    let (show_sections, show_actors) = match sides {
        SidePanes::Hidden => (false, false),
        SidePanes::Shown => (true, true),
        // From the classic 80 columns up, all three panes; below, the outline goes first.
        SidePanes::Auto => (body.width >= 80, body.width >= 60),
    };
    let side = |share: u16, max: u16| (body.width * share / 100).clamp(12, max);
    let mut sections_w = if show_sections { side(20, 34) } else { 0 };
    let mut actors_w = if show_actors { side(22, 36).max(20) } else { 0 };
    // The reading pane keeps room to read: side panes give way, sections first.
    if sections_w + actors_w + MIN_READER > body.width {
        sections_w = 0;
    }
    if actors_w + MIN_READER > body.width {
        actors_w = 0;
    }
    let (show_sections, show_actors) = (sections_w > 0, actors_w > 0);
    let reader_w = body.width - sections_w - actors_w;
    let at = |x: u16, width: u16| Rect { x: body.x + x, width, ..body };
    Panes {
        sections: show_sections.then(|| at(0, sections_w)),
        reader: at(sections_w, reader_w),
        actors: show_actors.then(|| at(sections_w + reader_w, actors_w)),
        status,
        too_small: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_show_three_panes_that_tile_the_width() {
        for w in [100u16, 120, 200, 400] {
            let p = panes(Rect::new(0, 0, w, 40), SidePanes::Auto);
            let (s, a) = (p.sections.unwrap_or_default(), p.actors.unwrap_or_default());
            assert_eq!(s.width + p.reader.width + a.width, w);
            assert_eq!(a.right(), w);
            assert!(p.text_area().width <= MAX_MEASURE);
        }
    }

    #[test]
    fn narrow_terminals_collapse_side_panes() {
        let p = panes(Rect::new(0, 0, 80, 24), SidePanes::Auto);
        assert!(p.sections.is_some() && p.actors.is_some());
        assert!(p.text_area().width >= 38, "{:?}", p.text_area());
        let p = panes(Rect::new(0, 0, 70, 24), SidePanes::Auto);
        assert!(p.sections.is_none() && p.actors.is_some());
        let p = panes(Rect::new(0, 0, 59, 24), SidePanes::Auto);
        assert!(p.sections.is_none() && p.actors.is_none());
        let p = panes(Rect::new(0, 0, 60, 24), SidePanes::Shown);
        assert!(p.sections.is_some() && p.actors.is_some());
        let p = panes(Rect::new(0, 0, 50, 24), SidePanes::Shown);
        assert!(p.sections.is_none() && p.actors.is_some());
        let p = panes(Rect::new(0, 0, 30, 24), SidePanes::Shown);
        assert!(p.sections.is_none() && p.actors.is_none());
    }

    #[test]
    fn tiny_terminals_are_too_small_and_never_underflow() {
        for w in 0..30 {
            for h in 0..8 {
                let p = panes(Rect::new(0, 0, w, h), SidePanes::Shown);
                assert_eq!(p.too_small, w < MIN_WIDTH || h < MIN_HEIGHT);
                let _ = p.text_area();
            }
        }
    }
}
