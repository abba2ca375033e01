//! Blocks and sections: the document's structure as byte ranges into its text.

use serde::Serialize;
use std::ops::Range;

/// What a block is, which decides how the reading pane styles it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum BlockKind {
    Heading {
        level: u8,
    },
    Paragraph,
    /// A photo caption or a credit line: shown dimmed.
    Caption,
    ListItem {
        depth: u8,
    },
    Quote {
        depth: u8,
    },
    Code,
    /// A table of contents: one entry per non-blank line, never reflowed, never headings.
    Contents,
    /// A table: its cells are in `Document::tables` (found by the block's index).
    Table,
    /// Link targets listed after the block that holds the links: "[1] https://…" a line.
    Notes,
    /// An e-book publisher's header and licence: shown dimmed, never read for actors.
    Furniture,
}

/// One block of text: a byte range into `Document::text` (read it with [`Block::range`]) and
/// the section holding it.
///
/// 16 bytes: a document of short headings keeps millions of them, two per heading. The
/// start is kept in 48 bits (256 TiB) and the length in 32 (a block is at most 64 KiB).
#[derive(Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    start_high: u16,
    start_low: u32,
    len: u32,
    /// The index of the section in `Document::sections` (read it with `index`).
    pub section: u32,
}

impl Block {
    /// A block over `range`. A length past 4 GiB (never from ingest, which cuts blocks at
    /// 64 KiB) is cut to 4 GiB; so is a start past 256 TiB.
    pub fn new(kind: BlockKind, range: Range<usize>, section: u32) -> Block {
        let mut block = Block { kind, start_high: 0, start_low: 0, len: 0, section };
        block.set_range(range);
        block
    }

    /// The block's byte range in the document's text.
    pub fn range(&self) -> Range<usize> {
        let start = (self.start_high as usize) << 32 | self.start_low as usize;
        start..start + self.len as usize
    }

    pub fn set_range(&mut self, range: Range<usize>) {
        let start = range.start.min((1 << 48) - 1);
        self.start_high = u16::try_from(start >> 32).unwrap_or(u16::MAX);
        self.start_low = (start & 0xFFFF_FFFF) as u32;
        self.len = u32::try_from(range.len()).unwrap_or(u32::MAX);
    }
}

impl std::fmt::Debug for Block {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Block")
            .field("kind", &self.kind)
            .field("range", &self.range())
            .field("section", &self.section)
            .finish()
    }
}

/// A section: a heading (or the untitled start of the document) and the blocks under it.
///
/// The title is not copied: it is the heading's text, the first `title_len` bytes of
/// `range`, read with [`Section::title`] (or `Document::section_title`). A document of
/// short headings keeps millions of sections: the document stores them in 16 bytes each
/// ([`super::Sections`]) and hands out this value to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    /// Heading level, 1 for the top; 0 for the untitled opening section.
    pub level: u8,
    /// The title's length in bytes, 0 for the untitled opening section.
    pub title_len: u32,
    /// Indexes into `Document::blocks`.
    pub blocks: Range<usize>,
    /// Byte range of the section's text, heading included.
    pub range: Range<usize>,
}

impl Section {
    /// The section's title, read from the document's text (empty for the opening section).
    pub fn title<'a>(&self, text: &'a str) -> &'a str {
        let start = self.range.start;
        text.get(start..start.saturating_add(self.title_len as usize)).unwrap_or("")
    }
}

/// Emphasis kept from Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    Italic,
    Bold,
    Code,
    Link,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlineStyle {
    pub range: Range<usize>,
    pub emphasis: Emphasis,
}

/// How a table column aligns its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
}

/// One row of a table: each cell's byte range into `Document::text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub cells: Vec<Range<usize>>,
    pub header: bool,
}

/// A table block's structure. Its text (`lector text`) is one line per row with the cells
/// separated by " | ", so every cell is a byte range like any other text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The index of the table's block in `Document::blocks`.
    pub block: usize,
    pub align: Vec<Align>,
    pub rows: Vec<TableRow>,
}

impl Table {
    /// The number of columns: the widest row's.
    pub fn columns(&self) -> usize {
        self.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0)
    }
}
