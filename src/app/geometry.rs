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

/// Whether one side pane is shown: chosen from the width, or forced by the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Show {
    #[default]
    Auto,
    Shown,
    Hidden,
}

/// What the side panes should look like, before the terminal's width has its say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SidePanes {
    pub sections: Show,
    pub actors: Show,
    /// Columns the section titles need (indent and marks included): the section pane grows
    /// toward it where the width allows, instead of cutting titles beside empty margins.
    pub sections_want: u16,
    /// Widths the user asked for with the resize keys (`None`: chosen from the width).
    pub sections_width: Option<u16>,
    pub actors_width: Option<u16>,
}

impl SidePanes {
    /// Both panes forced shown or hidden (the `s` key).
    pub fn set_both(&mut self, show: Show) {
        self.sections = show;
        self.actors = show;
    }
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

/// The narrowest a side pane gets.
pub const MIN_SIDE: u16 = 12;

/// Lays out a terminal of `area`.
pub fn panes(area: Rect, sides: SidePanes) -> Panes {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Panes { reader: area, too_small: true, ..Panes::default() };
    }
    let status = Rect { y: area.bottom() - 1, height: 1, ..area };
    let body = Rect { height: area.height - 1, ..area };
    let shown = |show: Show, auto: bool| match show {
        Show::Auto => auto,
        Show::Shown => true,
        Show::Hidden => false,
    };
    // From the classic 80 columns up, all three panes; below, the outline goes first.
    let show_sections = shown(sides.sections, body.width >= 80);
    let show_actors = shown(sides.actors, body.width >= 60);
    let widest = body.width * 45 / 100;
    let side = |share: u16, max: u16| (body.width * share / 100).clamp(MIN_SIDE, max);
    let mut actors_w = match sides.actors_width {
        Some(w) => w.clamp(MIN_SIDE, widest.max(MIN_SIDE)),
        None => side(22, 36).max(20),
    };
    let mut sections_w = match sides.sections_width {
        Some(w) => w.clamp(MIN_SIDE, widest.max(MIN_SIDE)),
        None => {
            // The titles' width, up to a fifth of the screen; more where the text would
            // otherwise sit between empty margins.
            let margins = body.width.saturating_sub(actors_w + MAX_MEASURE + 4);
            let cap = side(22, 40).max(margins.min(widest));
            sides.sections_want.clamp(MIN_SIDE, cap.max(MIN_SIDE))
        }
    };
    if !show_sections {
        sections_w = 0;
    }
    if !show_actors {
        actors_w = 0;
    }
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
    fn the_section_pane_takes_the_width_titles_need_where_margins_would_be_empty() {
        let want = |w: u16| SidePanes { sections_want: w, ..SidePanes::default() };
        // Short titles: a narrow pane, the text gets the rest.
        let p = panes(Rect::new(0, 0, 120, 40), want(16));
        assert_eq!(p.sections.map(|r| r.width), Some(16));
        // Long titles on a wide screen: the pane grows until the text fills its measure.
        let p = panes(Rect::new(0, 0, 200, 60), want(80));
        assert_eq!(p.text_area().width, MAX_MEASURE);
        assert_eq!(p.reader.width, MAX_MEASURE + 4, "no empty margins while titles are cut");
        // A width asked for by the user wins, within bounds.
        let p = panes(Rect::new(0, 0, 120, 40), SidePanes { sections_width: Some(50), ..want(16) });
        assert_eq!(p.sections.map(|r| r.width), Some(50));
    }

    #[test]
    fn wide_terminals_show_three_panes_that_tile_the_width() {
        for w in [100u16, 120, 200, 400] {
            let p = panes(Rect::new(0, 0, w, 40), SidePanes::default());
            let (s, a) = (p.sections.unwrap_or_default(), p.actors.unwrap_or_default());
            assert_eq!(s.width + p.reader.width + a.width, w);
            assert_eq!(a.right(), w);
            assert!(p.text_area().width <= MAX_MEASURE);
        }
    }

    #[test]
    fn narrow_terminals_collapse_side_panes() {
        let shown =
            SidePanes { sections: Show::Shown, actors: Show::Shown, ..SidePanes::default() };
        let p = panes(Rect::new(0, 0, 80, 24), SidePanes::default());
        assert!(p.sections.is_some() && p.actors.is_some());
        assert!(p.text_area().width >= 38, "{:?}", p.text_area());
        let p = panes(Rect::new(0, 0, 70, 24), SidePanes::default());
        assert!(p.sections.is_none() && p.actors.is_some());
        let p = panes(Rect::new(0, 0, 59, 24), SidePanes::default());
        assert!(p.sections.is_none() && p.actors.is_none());
        let p = panes(Rect::new(0, 0, 60, 24), shown);
        assert!(p.sections.is_some() && p.actors.is_some());
        let p = panes(Rect::new(0, 0, 50, 24), shown);
        assert!(p.sections.is_none() && p.actors.is_some());
        let p = panes(Rect::new(0, 0, 30, 24), shown);
        assert!(p.sections.is_none() && p.actors.is_none());
    }

    #[test]
    fn tiny_terminals_are_too_small_and_never_underflow() {
        let shown =
            SidePanes { sections: Show::Shown, actors: Show::Shown, ..SidePanes::default() };
        for w in 0..30 {
            for h in 0..8 {
                let p = panes(Rect::new(0, 0, w, h), shown);
                assert_eq!(p.too_small, w < MIN_WIDTH || h < MIN_HEIGHT);
                let _ = p.text_area();
            }
        }
    }
}
