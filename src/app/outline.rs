//! The outline as the section list shows it: sections nested by heading level, folded or
//! unfolded, and laid out as rows of wrapped titles. Built once per document from the
//! sections' levels; a fold change recomputes only the list of shown sections.

use crate::layout::{display_width, wrap_ranges};
use crate::model::Sections;
use std::collections::HashSet;
use std::ops::Range;

/// Columns before a title: the current-section mark, the fold mark and a space.
pub const MARKS: usize = 3;
/// Columns of indent per nesting depth, and the deepest indent drawn.
const INDENT: usize = 2;
const MAX_DEPTH: usize = 4;
/// The parent of a top-level section.
const NO_PARENT: u32 = u32::MAX;

/// Nesting and folding of a document's sections.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    /// The enclosing section of each section (the nearest earlier one with a lower level),
    /// [`NO_PARENT`] for none. 32 bits like a block's section, and the depth a byte (only up
    /// to [`MAX_DEPTH`] is drawn): a document of short headings has millions of sections.
    parent: Vec<u32>,
    depth: Vec<u8>,
    has_children: Vec<bool>,
    /// Sections at this level or deeper fold their children (`None`: everything unfolded).
    fold_level: Option<u8>,
    /// Sections folded the other way from what `fold_level` says.
    flipped: HashSet<usize>,
    /// Only sections whose title holds this (lowercase) are shown, when it is not empty.
    filter: String,
    /// The sections whose title holds `filter`, found when it was set.
    filtered: Vec<usize>,
    /// The sections shown, in order.
    shown: Vec<usize>,
}

/// One row of the section list: a line of a section's (wrapped) title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutlineRow {
    pub section: usize,
    /// Byte range of this line in the section's title.
    pub title: Range<usize>,
    /// Columns of indent before the marks' title column.
    pub indent: usize,
    pub first: bool,
}

impl Outline {
    pub fn new(sections: &Sections) -> Outline {
        let mut parent = Vec::with_capacity(sections.len());
        let mut depth = Vec::with_capacity(sections.len());
        let mut has_children = vec![false; sections.len()];
        // The chain of open sections, shallowest first.
        let mut open: Vec<usize> = Vec::new();
        for (i, s) in sections.iter().enumerate() {
            while open.last().is_some_and(|&o| sections.get(o).is_some_and(|p| p.level >= s.level))
            {
                open.pop();
            }
            let p = if s.level == 0 { None } else { open.last().copied() };
            if let Some(p) = p {
                has_children[p] = true;
            }
            parent.push(p.and_then(|p| u32::try_from(p).ok()).unwrap_or(NO_PARENT));
            depth.push(if s.level == 0 { 0 } else { u8::try_from(open.len()).unwrap_or(u8::MAX) });
            // The untitled opening holds nothing: it is never a parent.
            if s.level > 0 {
                open.push(i);
            }
        }
        let mut outline = Outline { parent, depth, has_children, ..Outline::default() };
        outline.refresh(sections);
        outline
    }

    /// The sections the list shows, in order.
    pub fn shown(&self) -> &[usize] {
        &self.shown
    }

    pub fn has_children(&self, section: usize) -> bool {
        self.has_children.get(section).copied().unwrap_or(false)
    }

    /// Whether a section's children are hidden.
    pub fn is_folded(&self, section: usize, sections: &Sections) -> bool {
        let by_level =
            self.fold_level.is_some_and(|l| sections.get(section).is_some_and(|s| s.level >= l));
        self.has_children(section) && by_level != self.flipped.contains(&section)
    }

    /// Folds or unfolds one section's children.
    pub fn toggle(&mut self, section: usize, sections: &Sections) {
        if !self.has_children(section) {
            return;
        }
        if !self.flipped.remove(&section) {
            self.flipped.insert(section);
        }
        self.refresh(sections);
    }

    /// Shows every level down to `level` and folds what is below (`None`: unfold all).
    pub fn fold_to(&mut self, level: Option<u8>, sections: &Sections) {
        self.fold_level = level;
        self.flipped.clear();
        self.refresh(sections);
    }

    /// The level the whole outline is folded at (`None`: unfolded).
    pub fn fold_level(&self) -> Option<u8> {
        self.fold_level
    }

    /// Shows only the sections whose title holds `query` (any case); empty shows the outline.
    /// Titles are read from the document's `text`.
    pub fn set_filter(&mut self, query: &str, sections: &Sections, text: &str) {
        self.filter = query.to_lowercase();
        let filter = &self.filter;
        self.filtered.clear();
        if !filter.is_empty() {
            let hits = sections
                .iter()
                .enumerate()
                .filter(|(_, s)| s.title(text).to_lowercase().contains(filter));
            self.filtered.extend(hits.map(|(i, _)| i));
        }
        self.refresh(sections);
    }

    fn refresh(&mut self, sections: &Sections) {
        self.shown.clear();
        if !self.filter.is_empty() {
            self.shown.extend_from_slice(&self.filtered);
            return;
        }
        let mut hide_deeper_than: Option<u8> = None;
        for (i, s) in sections.iter().enumerate() {
            if let Some(l) = hide_deeper_than {
                if s.level > l {
                    continue;
                }
                hide_deeper_than = None;
            }
            self.shown.push(i);
            if s.level > 0 && self.is_folded(i, sections) {
                hide_deeper_than = Some(s.level);
            }
        }
    }

    /// The section itself, or the nearest enclosing section the list shows.
    pub fn shown_ancestor(&self, section: usize) -> usize {
        let mut at = section;
        while self.shown.binary_search(&at).is_err() {
            match self.parent_of(at) {
                Some(p) => at = p,
                None => return section,
            }
        }
        at
    }

    /// The enclosing sections of a section, outermost first, the section last.
    pub fn path(&self, section: usize) -> Vec<usize> {
        let mut path = vec![section];
        while let Some(p) = path.last().and_then(|&s| self.parent_of(s)) {
            path.push(p);
        }
        path.reverse();
        path
    }

    /// Columns the list needs to show every title on one line (marks and indent included).
    pub fn width_wanted(&self, sections: &Sections, text: &str) -> usize {
        sections
            .iter()
            .enumerate()
            .map(|(i, s)| self.indent(i) + MARKS + display_width(s.title(text)).min(200))
            .max()
            .unwrap_or(0)
    }

    pub fn indent(&self, section: usize) -> usize {
        INDENT * usize::from(self.depth.get(section).copied().unwrap_or(0)).min(MAX_DEPTH)
    }

    fn parent_of(&self, section: usize) -> Option<usize> {
        self.parent.get(section).filter(|&&p| p != NO_PARENT).map(|&p| p as usize)
    }

    /// The rows of up to `height` lines of the list, `width` columns wide, placed so the
    /// section `cursor` is shown whole (or from its first line when taller than the pane),
    /// starting at section `from` (where the list started before) if that keeps it so.
    /// `title` gives each section's displayed title.
    pub fn rows<'t>(
        &self,
        cursor: usize,
        from: usize,
        width: usize,
        height: usize,
        title: impl Fn(usize) -> &'t str,
    ) -> Vec<OutlineRow> {
        let lines = |section: usize| {
            // In a narrow pane the indent gives way to the words.
            let indent = self.indent(section).min(width / 8);
            let room = width.saturating_sub(indent + MARKS).max(1);
            let text = title(section);
            let mut ranges = wrap_ranges(text, room);
            if ranges.is_empty() {
                ranges.push(0..0);
            }
            ranges
                .into_iter()
                .enumerate()
                .map(|(k, r)| OutlineRow { section, title: r, indent, first: k == 0 })
                .collect::<Vec<_>>()
        };
        let len = self.shown.len();
        let at = self.shown.partition_point(|&s| s < cursor).min(len.saturating_sub(1));
        let rows_of = |i: usize| self.shown.get(i).map_or(0, |&s| lines(s).len());
        // The list starts where it did while the cursor's section still fits whole below that
        // (a click or a step up moves no row); above it, the cursor's section goes first.
        let mut first = self.shown.partition_point(|&s| s < from).min(at);
        let mut used = 0;
        for i in first..=at {
            used += rows_of(i);
            if used > height {
                break;
            }
        }
        if used > height {
            // The cursor went below the list's end: its section goes on the last rows.
            first = at;
            used = rows_of(at);
        } else {
            // The sections after the cursor's fill the rest of the pane, as far as they go.
            let mut next = at + 1;
            while used < height && next < len {
                used += rows_of(next);
                next += 1;
            }
        }
        // Then earlier sections fill any rows still empty, so the list never ends early.
        while first > 0 {
            let above = rows_of(first - 1);
            if used + above > height {
                break;
            }
            used += above;
            first -= 1;
        }
        let mut rows = Vec::with_capacity(height);
        for &s in &self.shown[first..] {
            if rows.len() >= height {
                break;
            }
            rows.extend(lines(s));
        }
        rows.truncate(height);
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Section;

    /// Sections of these levels, titled "S1", "S2"… (the opening untitled), with their text.
    fn sections(levels: &[u8]) -> (Sections, String) {
        let titles: Vec<String> = levels
            .iter()
            .enumerate()
            .map(|(i, &level)| if level == 0 { String::new() } else { format!("S{i}") })
            .collect();
        with_titles(levels, &titles)
    }

    fn with_titles(levels: &[u8], titles: &[String]) -> (Sections, String) {
        let mut text = String::new();
        let mut out = Vec::new();
        for (i, (&level, title)) in levels.iter().zip(titles).enumerate() {
            let start = text.len();
            text.push_str(title);
            text.push('\n');
            let title_len = title.len() as u32;
            out.push(Section { level, title_len, blocks: i..i + 1, range: start..text.len() });
        }
        (out.into(), text)
    }

    #[test]
    fn books_hold_chapters_and_fold() {
        // opening, BOOK, CHAPTER, CHAPTER, BOOK, CHAPTER
        let (s, _) = sections(&[0, 1, 2, 2, 1, 2]);
        let mut o = Outline::new(&s);
        assert_eq!(o.shown(), &[0, 1, 2, 3, 4, 5]);
        assert_eq!(o.path(3), vec![1, 3]);
        assert_eq!(o.indent(3), INDENT);
        assert!(o.has_children(1) && !o.has_children(0) && !o.has_children(2));
        o.toggle(1, &s);
        assert_eq!(o.shown(), &[0, 1, 4, 5]);
        assert_eq!(o.shown_ancestor(3), 1);
        o.fold_to(Some(1), &s);
        assert_eq!(o.shown(), &[0, 1, 4]);
        o.toggle(4, &s);
        assert_eq!(o.shown(), &[0, 1, 4, 5]);
        o.fold_to(None, &s);
        assert_eq!(o.shown().len(), 6);
    }

    #[test]
    fn long_titles_wrap_and_the_cursor_stays_in_view() {
        let mut titles: Vec<String> = (0..4).map(|i| format!("S{i}")).collect();
        titles[2] = "a title long enough to wrap over three rows".into();
        let (s, text) = with_titles(&[1, 1, 1, 1], &titles);
        let o = Outline::new(&s);
        let title = |i: usize| s.get(i).map_or("", |x| x.title(&text));
        let rows = o.rows(0, 0, 20, 10, title);
        assert_eq!(rows.iter().filter(|r| r.section == 2).count(), 3);
        assert!(rows.iter().all(|r| display_width(&title(r.section)[r.title.clone()]) <= 17));
        let rows = o.rows(3, 0, 20, 3, title);
        assert_eq!(rows.last().map(|r| r.section), Some(3), "{rows:?}");
    }

    #[test]
    fn the_list_starts_where_it_did_while_the_cursor_fits_below() {
        let (s, text) = sections(&[1; 20]);
        let o = Outline::new(&s);
        let title = |i: usize| s.get(i).map_or("", |x| x.title(&text));
        let first = |cursor: usize, from: usize| o.rows(cursor, from, 20, 5, title)[0].section;
        // The cursor anywhere in the five rows from section 8: the list stays.
        assert_eq!((8..13).map(|c| first(c, 8)).collect::<Vec<_>>(), [8; 5]);
        // Below them, the cursor goes on the last row; above them, on the first.
        assert_eq!(first(14, 8), 10);
        assert_eq!(first(6, 8), 6);
        // Near the end, earlier sections fill the rows the list would leave empty.
        assert_eq!(first(19, 18), 15);
    }
}
