//! The reading pane: styles only the visible rows, from byte ranges into the document.

use super::theme::Theme;
use crate::app::{Focus, State};
use crate::layout::VisualRow;
use crate::model::{BlockKind, Emphasis, index};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use std::ops::Range;

/// A borrowed view of the state that draws the reading pane.
pub struct ReadingPane<'a> {
    pub state: &'a State,
    pub theme: Theme,
}

impl Widget for ReadingPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let focused = state.focus == Focus::Reader;
        let title = super::fit(&state.doc.title, usize::from(area.width.saturating_sub(4)));
        let inner = super::lists::frame(format!(" {title} "), focused, self.theme, area, buf);
        let text_area = state.panes().text_area().intersection(inner);
        if state.doc.is_empty() {
            let msg = if state.progress.is_some() { "reading…" } else { "(empty document)" };
            Line::styled(msg, self.theme.dim()).render(text_area, buf);
            return;
        }
        let rows = state.layout.visible(&state.doc, state.top, usize::from(text_area.height));
        let search_hits = self.search_hits(&rows);
        for (i, row) in rows.iter().enumerate() {
            let y = text_area.y + i as u16;
            let line = self.row_line(row, &search_hits);
            buf.set_line(text_area.x, y, &line, text_area.width);
        }
    }
}

impl ReadingPane<'_> {
    /// Search matches overlapping the visible rows, found once per frame.
    fn search_hits(&self, rows: &[VisualRow]) -> Vec<Range<usize>> {
        let (Some(search), Some(first), Some(last)) =
            (self.state.search.as_ref(), rows.first(), rows.last())
        else {
            return Vec::new();
        };
        search.matches_in(&self.state.doc.text, first.range.start..last.range.end)
    }

    /// Inside a filter, the blank row before a kept paragraph from another section than the
    /// paragraph above names that section, so each paragraph shows where it comes from
    /// without a row the layout does not know of.
    fn section_label(&self, block: usize) -> Line<'static> {
        let state = self.state;
        let doc = &state.doc;
        if state.filter.is_empty() {
            return Line::default();
        }
        let section_of = |b: usize| doc.blocks.get(b).map(|x| crate::model::index(x.section));
        let Some(next) = state.layout.view().next(doc, block) else { return Line::default() };
        match section_of(next) {
            Some(s) if section_of(block) != Some(s) => {
                let title =
                    super::fit(state.section_title(s), state.layout.width().saturating_sub(2));
                Line::styled(format!("§ {title}"), self.theme.dim())
            }
            _ => Line::default(),
        }
    }

    fn base_style(&self, kind: BlockKind) -> Style {
        match kind {
            BlockKind::Heading { level } => self.theme.heading(level),
            BlockKind::Caption | BlockKind::Notes | BlockKind::Furniture => self.theme.caption(),
            BlockKind::Code => self.theme.code(),
            BlockKind::Quote { .. } => Style::new().add_modifier(Modifier::ITALIC),
            _ => Style::new(),
        }
    }

    /// One visual row as styled spans: block style, then emphasis, mentions and matches on top.
    fn row_line(&self, row: &VisualRow, hits: &[Range<usize>]) -> Line<'static> {
        let state = self.state;
        let doc = &state.doc;
        if row.spacer {
            return self.section_label(row.block);
        }
        let kind = doc.blocks.get(row.block).map_or(BlockKind::Paragraph, |b| b.kind);
        let base = self.base_style(kind);
        let mut spans = Vec::new();
        if row.indent > 0 {
            let pad = usize::from(row.indent);
            match kind {
                BlockKind::Quote { .. } => {
                    spans.push(Span::styled(format!("{:<pad$}", "│"), self.theme.quote_bar()))
                }
                _ => spans.push(Span::raw(" ".repeat(pad))),
            }
        }
        if !row.cells.is_empty() {
            // A table row: each cell at its column, the header bold.
            let mut x = 0;
            for cell in &row.cells {
                let pad = usize::from(cell.column).saturating_sub(x);
                spans.push(Span::raw(" ".repeat(pad)));
                let style = if cell.header { base.add_modifier(Modifier::BOLD) } else { base };
                self.push_styled(cell.range.clone(), style, hits, &mut spans);
                x = usize::from(cell.column) + crate::layout::display_width(doc.slice(&cell.range));
            }
            return Line::from(spans);
        }
        self.push_styled(row.range.clone(), base, hits, &mut spans);
        Line::from(spans)
    }

    /// The spans of one byte range: its base style, then emphasis, mentions, search matches and
    /// the jump target on top.
    fn push_styled(
        &self,
        r: Range<usize>,
        base: Style,
        hits: &[Range<usize>],
        spans: &mut Vec<Span<'static>>,
    ) {
        let state = self.state;
        let doc = &state.doc;
        // Cut the range at every point where the style may change.
        let mentions = doc.mentions_overlapping(r.clone());
        let styles = doc.styles_overlapping(r.clone());
        let mut cuts = vec![r.start, r.end];
        let mut add = |x: &Range<usize>| {
            cuts.push(x.start.clamp(r.start, r.end));
            cuts.push(x.end.clamp(r.start, r.end));
        };
        mentions.iter().for_each(|m| add(&m.range));
        styles.iter().for_each(|s| add(&s.range));
        hits.iter().for_each(&mut add);
        cuts.sort_unstable();
        cuts.dedup();
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            let Some(text) = doc.text.get(a..b) else { continue };
            let mut style = base;
            for s in styles.iter().filter(|s| s.range.start <= a && s.range.end >= b) {
                style = style.add_modifier(match s.emphasis {
                    Emphasis::Italic => Modifier::ITALIC,
                    Emphasis::Bold => Modifier::BOLD,
                    Emphasis::Code => Modifier::DIM,
                    Emphasis::Link => Modifier::UNDERLINED,
                });
            }
            if let Some(m) = mentions.iter().find(|m| m.range.start <= a && m.range.end >= b) {
                let actor = index(m.actor);
                let rank = state.actor_rank.get(actor).copied().unwrap_or(0);
                style = if state.selected_actor == Some(actor) {
                    style.patch(self.theme.selected_mention(rank))
                } else {
                    style.patch(self.theme.mention(rank))
                };
            }
            if hits.iter().any(|h| h.start <= a && h.end >= b) {
                style = style.patch(self.theme.search_match());
            }
            if state.jumped.as_ref().is_some_and(|j| j.start <= a && j.end >= b) {
                style = style.add_modifier(Modifier::UNDERLINED | Modifier::BOLD);
            }
            spans.push(Span::styled(text.replace('\n', " "), style));
        }
    }
}
