//! Document + width → visual rows, computed lazily per block, without a terminal.
//!
//! A reading position is an [`Anchor`] (block, row within block), never a global row number,
//! so scrolling, jumping to the end, to a section or to a mention only wraps the blocks it
//! touches: the cost of a frame does not depend on the document's size. Wrapped blocks are
//! memoised per width; a width change starts a fresh cache.
//!
//! The layout lays out a [`View`]: the whole document, or a chosen list of blocks. Moving,
//! clamping and the end all follow the view, so a filtered pane scrolls through its blocks
//! alone, and no row of a block outside the view is ever produced.

mod table;
mod view;
mod wrap;

pub use table::{Cell, layout_table};
pub use view::View;

pub use wrap::{
    display_width, wrap_hanging, wrap_nonblank_lines, wrap_preserving_lines, wrap_ranges,
};

use crate::model::{BlockKind, Document};
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

/// Beyond this many wrapped blocks the cache is dropped and rebuilt on demand.
const CACHE_LIMIT: usize = 20_000;

/// The reading position: a row inside a block (the spacer after a block is its last row).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Anchor {
    pub block: usize,
    pub row: usize,
}

/// One row of the reading pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualRow {
    pub block: usize,
    /// Byte range into the document text; empty for the blank spacer between blocks.
    pub range: Range<usize>,
    /// Columns of indentation before the text (lists and quotes).
    pub indent: u16,
    /// True for the blank row after a block.
    pub spacer: bool,
    /// True for the first line of its block (where a list bullet or quote bar starts).
    pub first: bool,
    /// A table row's cells, each placed at its own column; empty for every other row.
    pub cells: Vec<Cell>,
}

/// Lazily wrapped rows of one document at one width, for one view of it.
#[derive(Debug)]
pub struct Layout {
    width: usize,
    view: View,
    cache: RefCell<HashMap<usize, Rc<[Range<usize>]>>>,
    /// The cells of each row of the tables laid out so far.
    table_cells: RefCell<HashMap<usize, Rc<[Vec<Cell>]>>>,
}

/// Columns a block is indented by, from its kind.
pub fn block_indent(kind: BlockKind) -> u16 {
    match kind {
        BlockKind::ListItem { depth } => 2 * u16::from(depth.min(8)),
        BlockKind::Quote { depth } => 2 * u16::from(depth.clamp(1, 8)),
        BlockKind::Code => 2,
        _ => 0,
    }
}

/// Whether a blank row follows a block in a view: not after the view's last block, nor
/// between items of one list (adjacent in the document, and both shown).
fn has_spacer(doc: &Document, view: &View, block: usize) -> bool {
    let is_item =
        |i: usize| doc.blocks.get(i).is_some_and(|b| matches!(b.kind, BlockKind::ListItem { .. }));
    match view.next(doc, block) {
        None => false,
        Some(next) => !(next == block + 1 && is_item(block) && is_item(next)),
    }
}

/// Columns of a list item's marker ("• ", "12. "), under which its later lines hang.
fn hang(text: &str) -> u16 {
    let marker = text.split_inclusive(' ').next().unwrap_or("");
    if marker.len() <= 5 { display_width(marker) as u16 } else { 0 }
}

impl Layout {
    /// A layout of the whole document for a text measure of `width` columns (at least one).
    pub fn new(width: usize) -> Self {
        Layout {
            width: width.max(1),
            view: View::Whole,
            cache: RefCell::new(HashMap::new()),
            table_cells: RefCell::new(HashMap::new()),
        }
    }

    /// The same layout showing `view` instead.
    pub fn with_view(mut self, view: View) -> Self {
        self.set_view(view);
        self
    }

    /// Shows `view` from now on. Wrapped blocks do not depend on the view, so they are kept;
    /// anchors from the old view should be passed through [`Layout::clamp`].
    pub fn set_view(&mut self, view: View) {
        self.view = view;
    }

    /// The blocks this layout shows.
    pub fn view(&self) -> &View {
        &self.view
    }

    pub fn width(&self) -> usize {
        self.width
    }

    /// The wrapped lines of a block as absolute byte ranges.
    pub fn lines(&self, doc: &Document, block: usize) -> Rc<[Range<usize>]> {
        if let Some(lines) = self.cache.borrow().get(&block) {
            return Rc::clone(lines);
        }
        let lines: Rc<[Range<usize>]> = match doc.blocks.get(block) {
            Some(b) => {
                let indent = usize::from(block_indent(b.kind));
                let text = doc.slice(&b.range());
                let w = self.width.saturating_sub(indent).max(1);
                let ranges = match b.kind {
                    BlockKind::Code => wrap_preserving_lines(text, w),
                    BlockKind::Contents | BlockKind::Notes => wrap_nonblank_lines(text, w),
                    BlockKind::Table => return self.lay_out_table(doc, block, w),
                    BlockKind::ListItem { .. } => {
                        wrap_hanging(text, w, w.saturating_sub(usize::from(hang(text))))
                    }
                    _ => wrap_ranges(text, w),
                };
                ranges
                    .into_iter()
                    .map(|r| b.range().start + r.start..b.range().start + r.end)
                    .collect()
            }
            None => Rc::from(Vec::new()),
        };
        let mut cache = self.cache.borrow_mut();
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(block, Rc::clone(&lines));
        lines
    }

    /// Lays out a table block, keeping its cells for `row`.
    fn lay_out_table(&self, doc: &Document, block: usize, width: usize) -> Rc<[Range<usize>]> {
        let mut laid =
            doc.table(block).map(|t| layout_table(&doc.text, t, width)).unwrap_or_default();
        if laid.is_empty() {
            let start = doc.blocks.get(block).map_or(0, |b| b.range().start);
            laid.push((start..start, Vec::new()));
        }
        let ranges: Rc<[Range<usize>]> = laid.iter().map(|(r, _)| r.clone()).collect();
        let cells: Rc<[Vec<Cell>]> = laid.into_iter().map(|(_, c)| c).collect();
        let mut cache = self.cache.borrow_mut();
        let mut table_cells = self.table_cells.borrow_mut();
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
            table_cells.clear();
        }
        cache.insert(block, Rc::clone(&ranges));
        table_cells.insert(block, cells);
        ranges
    }

    /// The cells of one row of a table block (empty for other blocks).
    fn cells(&self, doc: &Document, block: usize, row: usize) -> Vec<Cell> {
        if doc.blocks.get(block).is_none_or(|b| b.kind != BlockKind::Table) {
            return Vec::new();
        }
        if !self.table_cells.borrow().contains_key(&block) {
            self.cache.borrow_mut().remove(&block);
            self.lines(doc, block);
        }
        self.table_cells.borrow().get(&block).and_then(|c| c.get(row).cloned()).unwrap_or_default()
    }

    /// Rows a block occupies: its lines plus a spacer, except after the view's last block and
    /// between the items of a list.
    pub fn rows(&self, doc: &Document, block: usize) -> usize {
        self.lines(doc, block).len() + usize::from(has_spacer(doc, &self.view, block))
    }

    /// The row at an anchor, or `None` past the end or outside the view.
    pub fn row(&self, doc: &Document, at: Anchor) -> Option<VisualRow> {
        if !self.view.contains(doc, at.block) {
            return None;
        }
        let b = doc.blocks.get(at.block)?;
        let lines = self.lines(doc, at.block);
        let mut indent = block_indent(b.kind);
        if at.row > 0 && matches!(b.kind, BlockKind::ListItem { .. }) {
            indent += hang(doc.slice(&b.range()));
        }
        match lines.get(at.row) {
            Some(r) => Some(VisualRow {
                block: at.block,
                range: r.clone(),
                indent,
                spacer: false,
                first: at.row == 0,
                cells: self.cells(doc, at.block, at.row),
            }),
            None if at.row == lines.len() && has_spacer(doc, &self.view, at.block) => {
                let end = b.range().end;
                Some(VisualRow {
                    block: at.block,
                    range: end..end,
                    indent: 0,
                    spacer: true,
                    first: false,
                    cells: Vec::new(),
                })
            }
            None => None,
        }
    }

    /// Up to `height` rows starting at `top`.
    pub fn visible(&self, doc: &Document, top: Anchor, height: usize) -> Vec<VisualRow> {
        let mut rows = Vec::with_capacity(height);
        let end = self.end(doc);
        let mut at = self.clamp(doc, top);
        while rows.len() < height {
            let Some(row) = self.row(doc, at) else { break };
            rows.push(row);
            if at >= end {
                break;
            }
            at = self.step(doc, at, 1);
        }
        rows
    }

    /// Moves `n` rows down (or up when negative) through the view, stopping at its first and
    /// last rows.
    pub fn step(&self, doc: &Document, from: Anchor, n: isize) -> Anchor {
        if self.view.is_empty(doc) {
            return Anchor::default();
        }
        let mut at = self.clamp(doc, from);
        if n >= 0 {
            let mut left = n.unsigned_abs();
            while left > 0 {
                let rows = self.rows(doc, at.block);
                let room = rows - 1 - at.row;
                if left <= room {
                    at.row += left;
                    break;
                }
                let Some(next) = self.view.next(doc, at.block) else {
                    at.row = rows - 1;
                    break;
                };
                left -= room + 1;
                at = Anchor { block: next, row: 0 };
            }
        } else {
            let mut left = n.unsigned_abs();
            while left > 0 {
                if left <= at.row {
                    at.row -= left;
                    break;
                }
                let Some(prev) = self.view.prev(doc, at.block) else {
                    at.row = 0;
                    break;
                };
                left -= at.row + 1;
                at = Anchor { block: prev, row: self.rows(doc, prev) - 1 };
            }
        }
        at
    }

    /// Keeps an anchor inside the view: an anchor in a block the view leaves out moves to the
    /// start of the next block shown (or to the view's last block when none follows).
    pub fn clamp(&self, doc: &Document, at: Anchor) -> Anchor {
        let Some(last) = self.view.last(doc) else { return Anchor::default() };
        match self.view.at_or_after(doc, at.block) {
            Some(block) if block == at.block => {
                Anchor { block, row: at.row.min(self.rows(doc, block) - 1) }
            }
            Some(block) => Anchor { block, row: 0 },
            None => Anchor { block: last, row: at.row.min(self.rows(doc, last) - 1) },
        }
    }

    /// The last row of the view.
    pub fn end(&self, doc: &Document) -> Anchor {
        match self.view.last(doc) {
            None => Anchor::default(),
            Some(last) => Anchor { block: last, row: self.rows(doc, last) - 1 },
        }
    }

    /// The lowest top anchor that still fills a pane of `height` rows (or the start).
    pub fn max_top(&self, doc: &Document, height: usize) -> Anchor {
        let back = height.saturating_sub(1).min(isize::MAX as usize) as isize;
        self.step(doc, self.end(doc), -back)
    }

    /// The anchor of the row holding a byte offset; for an offset in a block the view leaves
    /// out, the start of the next block shown (see [`Layout::clamp`]).
    pub fn anchor_of(&self, doc: &Document, offset: usize) -> Anchor {
        let Some(block) = doc.block_at(offset) else { return Anchor::default() };
        if !self.view.contains(doc, block) {
            return self.clamp(doc, Anchor { block, row: 0 });
        }
        let lines = self.lines(doc, block);
        // The last row starting at or before the offset: where one row ends exactly where the
        // next starts (a word broken at the width, CJK text), the offset belongs to the next.
        let row = lines.partition_point(|r| r.start <= offset).saturating_sub(1);
        Anchor { block, row }
    }

    /// The byte offset where an anchor's row starts.
    pub fn offset_of(&self, doc: &Document, at: Anchor) -> usize {
        self.row(doc, at).map_or(doc.text.len(), |r| r.range.start)
    }
}

#[cfg(test)]
mod tests;
