//! The two side panes: the section list and the actor sidebar. Both are stateless views that
//! draw the rows the state lays out for their pane (`State::section_list_rows`,
//! `State::actor_list_top`), the rows a click reads too.

use super::theme::Theme;
use crate::app::lists::SectionListRow;
use crate::app::{Focus, State, geometry, outline};
use crate::layout::display_width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};
use unicode_segmentation::UnicodeSegmentation;

/// Cuts a text to `width` columns, ending with "…" when it was longer. Reads no further
/// than `width` columns into the text, so a name or title as long as the file costs what a
/// short one does, every frame.
pub fn fit(text: &str, width: usize) -> String {
    let mut used = 0;
    // Where the text must be cut to leave a column for "…", once known.
    let mut cut = None;
    for (i, g) in text.grapheme_indices(true) {
        let w = display_width(g);
        if cut.is_none() && used + w + 1 > width {
            cut = Some(i);
        }
        if used + w > width {
            let mut out = text[..cut.unwrap_or(i)].to_string();
            if width > 0 {
                out.push('…');
            }
            return out;
        }
        used += w;
    }
    text.to_string()
}

/// Whether a text fits in `width` columns, reading no further than that.
pub fn fits(text: &str, width: usize) -> bool {
    let mut used = 0;
    text.graphemes(true).all(|g| {
        used += display_width(g);
        used <= width
    })
}

pub(super) fn frame(
    title: String,
    focused: bool,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Rect {
    Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(focused))
        .title(Span::styled(title, theme.border(focused)))
        .render(area, buf);
    geometry::inset(area)
}

/// The actor's name, or its acronym when the name does not fit ("TTP" for
/// "Tehreek-e-Taliban Pakistan" in a narrow sidebar).
pub(super) fn short_name(actor: &crate::model::Actor, width: usize) -> &str {
    if fits(&actor.name, width) {
        return &actor.name;
    }
    // "NAPOLEON" from a line in capitals is one of the name's words, not its acronym.
    // Compared without allocating: this runs for every shown actor on every frame.
    let is_word_of_name = |s: &str| {
        let folded = s.chars().flat_map(char::to_lowercase);
        actor.name.split(' ').any(|w| w.chars().flat_map(char::to_lowercase).eq(folded.clone()))
    };
    let is_acronym = |s: &&String| {
        s.len() <= 8
            && s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
            && s.chars().any(char::is_alphabetic)
            && !is_word_of_name(s)
    };
    actor.aliases.iter().find(is_acronym).map_or(&actor.name, String::as_str)
}

/// The section list: every section, the one at the reading position marked.
pub struct SectionList<'a> {
    pub state: &'a State,
    pub theme: Theme,
}

impl Widget for SectionList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let focused = state.focus == Focus::Sections;
        let title = match state.section_filter.as_str() {
            "" => " Sections ".to_string(),
            f => format!(" Sections /{f} "),
        };
        let inner = frame(title, focused, self.theme, area, buf);
        let sections = &state.doc.sections;
        if sections.is_empty() {
            Line::styled("(none)", self.theme.dim()).render(inner, buf);
            return;
        }
        if state.outline.shown().is_empty() {
            Line::styled("(no match)", self.theme.dim()).render(inner, buf);
            return;
        }
        // The current section, or the folded section that holds it.
        let current = state.outline.shown_ancestor(state.current_section());
        // With an actor selected, each section says how often it appears there.
        let rank = state.selected_actor.and_then(|a| state.actor_rank.get(a)).copied().unwrap_or(0);
        let rows = state.section_list_rows(area);
        for (y, row) in rows.iter().enumerate() {
            let y = inner.y + y as u16;
            let row = match row {
                SectionListRow::Title(row) => row,
                SectionListRow::TopActors { indent, line, .. } => {
                    let indent = outline::MARKS + indent;
                    let room = usize::from(inner.width).saturating_sub(indent);
                    let line = Line::from(vec![
                        Span::raw(" ".repeat(indent)),
                        Span::styled(fit(line, room), self.theme.dim()),
                    ]);
                    buf.set_line(inner.x, y, &line, inner.width);
                    continue;
                }
            };
            let i = row.section;
            let count = state.selected_where.get(i).copied();
            let tail = match count {
                Some(n) if n > 0 && row.first => format!(" {n}"),
                _ => String::new(),
            };
            let marker = if i == current && row.first { "▸" } else { " " };
            let fold = match (row.first, state.outline.has_children(i)) {
                (true, true) if state.outline.is_folded(i, sections) => "+",
                (true, true) => "−",
                _ => " ",
            };
            let title = state.section_title(i).get(row.title.clone()).unwrap_or("");
            let width = usize::from(inner.width)
                .saturating_sub(outline::MARKS + row.indent + display_width(&tail));
            let title = fit(title, width);
            let pad = width.saturating_sub(display_width(&title));
            let mut style = if i == current { self.theme.current() } else { Style::new() };
            if count == Some(0) {
                style = style.patch(self.theme.dim());
            }
            if i == state.section_cursor && focused {
                style = style.patch(self.theme.cursor(true));
            }
            let line = Line::from(vec![
                Span::styled(marker, self.theme.current()),
                Span::raw(" ".repeat(row.indent)),
                Span::styled(fold, self.theme.dim()),
                Span::raw(" "),
                Span::styled(title, style),
                Span::raw(" ".repeat(pad)),
                Span::styled(tail, self.theme.mention(rank)),
            ]);
            buf.set_line(inner.x, y, &line, inner.width);
        }
    }
}

/// The actor sidebar: actors by mention count, each with its colour, kind marker and count.
pub struct ActorSidebar<'a> {
    pub state: &'a State,
    pub theme: Theme,
}

impl Widget for ActorSidebar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let focused = state.focus == Focus::Actors;
        let so_far = if state.so_far() { " so far" } else { "" };
        let order = crate::app::panels::order_label(&state.panels);
        let order = if order.is_empty() { String::new() } else { format!(" {order}") };
        let title = match state.actor_filter.as_str() {
            "" => format!(" Actors ({}){order}{so_far} ", state.actor_order.len()),
            f => format!(" Actors ({}){order}{so_far} /{f} ", state.actor_order.len()),
        };
        let inner = frame(title, focused, self.theme, area, buf);
        if state.actor_order.is_empty() {
            let msg = match (state.progress, state.actor_filter.is_empty()) {
                (_, false) => "(no match)",
                (Some(_), true) => "analysing…",
                (None, true) => "(none found)",
            };
            Line::styled(msg, self.theme.dim()).render(inner, buf);
            return;
        }
        let doc = &state.doc;
        // One offset per frame; each shown actor's count is then a binary search.
        let read_up_to = if state.so_far() { state.read_up_to() } else { 0 };
        let first = state.actor_list_top(area);
        let rows = state.actor_order.iter().enumerate().skip(first).take(usize::from(inner.height));
        for (row, (i, &actor)) in rows.enumerate() {
            let a = &doc.actors[actor];
            let rank = state.actor_rank.get(actor).copied().unwrap_or(0);
            let selected = state.selected_actor == Some(actor);
            let count = state.shown_count(actor, read_up_to);
            let tail = format!(" {count} {}", a.kind.marker());
            let width = usize::from(inner.width).saturating_sub(2 + display_width(&tail));
            let name = fit(short_name(a, width), width);
            let pad = width.saturating_sub(display_width(&name));
            let mut name_style = if selected { self.theme.current() } else { Style::new() };
            if i == state.actor_cursor && focused {
                name_style = name_style.patch(self.theme.cursor(true));
            }
            let swatch = if selected { "▶ " } else { "● " };
            let line = Line::from(vec![
                Span::styled(swatch, self.theme.mention(rank)),
                Span::styled(name, name_style),
                Span::raw(" ".repeat(pad)),
                Span::styled(tail, self.theme.dim()),
            ]);
            buf.set_line(inner.x, inner.y + row as u16, &line, inner.width);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_with_an_ellipsis_and_keeps_what_fits() {
        assert_eq!(fit("Pakistan", 8), "Pakistan");
        assert_eq!(fit("Pakistan", 7), "Pakist…");
        assert_eq!(fit("日本国", 5), "日本…");
        assert_eq!(fit("日本国", 4), "日…");
        assert_eq!(fit("abc", 0), "");
        assert!(fits("日本", 4) && !fits("日本", 3));
        let huge = "word ".repeat(200_000);
        assert_eq!(fit(&huge, 10), "word word…");
    }

    #[test]
    fn a_narrow_list_shows_the_acronym_never_a_word_of_the_name_in_capitals() {
        let actor = crate::model::Actor {
            id: "napoleon-bonaparte".into(),
            name: "Napoleon Bonaparte".into(),
            kind: crate::model::ActorKind::Person,
            aliases: vec!["NAPOLEON".into(), "Bonaparte".into()],
            parent: None,
        };
        assert_eq!(short_name(&actor, 8), "Napoleon Bonaparte");
        let body = crate::model::Actor {
            id: "tehreek-e-taliban-pakistan".into(),
            name: "Tehreek-e-Taliban Pakistan".into(),
            kind: crate::model::ActorKind::ArmedGroup,
            aliases: vec!["PAKISTAN".into(), "TTP".into()],
            parent: None,
        };
        assert_eq!(short_name(&body, 8), "TTP");
    }
}
