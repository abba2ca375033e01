//! The one shared document: normalized text, blocks, sections, actors and mentions.
//!
//! Plain data built once and then read-only. Everything points into `text` by byte range,
//! so a 100 MB document costs one text buffer plus small index structs, never a struct per
//! character. No terminal or wrapping crate is imported here.

mod actor;
mod block;
mod sections;

pub use actor::{Actor, ActorKind, Mention, Rule, index};
pub use block::{Align, Block, BlockKind, Emphasis, InlineStyle, Section, Table, TableRow};
pub use sections::Sections;

use std::ops::Range;

/// Where a document came from and how it was decoded; shown to the reader as warnings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// The document's own title (front matter, a title line, the first heading), else the
    /// file name: what the title bar and `lector sections --json` show.
    pub title: String,
    /// The normalized text; every byte range in the model indexes it.
    pub text: String,
    pub blocks: Vec<Block>,
    pub sections: Sections,
    /// Inline emphasis (from Markdown), sorted by start.
    pub styles: Vec<InlineStyle>,
    /// The cells of table blocks (from Markdown), sorted by block.
    pub tables: Vec<Table>,
    pub actors: Vec<Actor>,
    /// All mentions in reading order (sorted by start, never overlapping).
    pub mentions: Vec<Mention>,
    /// Decoding and ingest warnings ("invalid UTF-8 replaced", "empty file").
    pub warnings: Vec<String>,
    /// Mention indexes per actor, in reading order.
    by_actor: Vec<Vec<usize>>,
}

impl Document {
    /// Assembles a document from ingested parts. Sections and blocks must already agree
    /// (each block's `section` indexes `sections`).
    pub fn new(
        title: String,
        text: String,
        blocks: Vec<Block>,
        sections: impl Into<Sections>,
        styles: Vec<InlineStyle>,
        warnings: Vec<String>,
    ) -> Self {
        let sections = sections.into();
        let mut doc =
            Document { title, text, blocks, sections, styles, warnings, ..Document::default() };
        doc.set_actors(Vec::new(), Vec::new());
        doc
    }

    /// Replaces the actors and mentions and rebuilds the indexes over them.
    /// Mentions are sorted by start; each mention's `block` and `section` are recomputed
    /// from its start offset so a detector cannot leave them inconsistent.
    pub fn set_actors(&mut self, actors: Vec<Actor>, mut mentions: Vec<Mention>) {
        mentions.retain(|m| index(m.actor) < actors.len() && self.is_valid_range(&m.range));
        mentions.sort_unstable_by_key(|m| (m.range.start, std::cmp::Reverse(m.range.end)));
        // Drop overlaps in place (a 100 MB document has millions of mentions): the earlier
        // mention wins, and at equal starts the longer one (sorted first). A block index
        // too large for a mention (over four billion blocks) drops the mention too.
        let mut end = 0;
        mentions.retain_mut(|m| {
            if m.range.start < end {
                return false;
            }
            let block = self.block_at(m.range.start).unwrap_or(0);
            let section = self.blocks.get(block).map_or(0, |b| b.section);
            let Ok(block) = u32::try_from(block) else {
                return false;
            };
            end = m.range.end;
            m.block = block;
            m.section = section;
            true
        });
        let mut kept = mentions;
        kept.shrink_to_fit();
        let mut by_actor = vec![Vec::new(); actors.len()];
        for (i, m) in kept.iter().enumerate() {
            by_actor[index(m.actor)].push(i);
        }
        self.actors = actors;
        self.mentions = kept;
        self.by_actor = by_actor;
    }

    fn is_valid_range(&self, r: &Range<usize>) -> bool {
        r.start < r.end
            && r.end <= self.text.len()
            && self.text.is_char_boundary(r.start)
            && self.text.is_char_boundary(r.end)
    }

    /// The text of a byte range (empty if the range is not valid).
    pub fn slice(&self, r: &Range<usize>) -> &str {
        self.text.get(r.clone()).unwrap_or("")
    }

    /// Mentions of one actor, in reading order, as indexes into `mentions`.
    pub fn mentions_of(&self, actor: usize) -> &[usize] {
        self.by_actor.get(actor).map_or(&[], Vec::as_slice)
    }

    /// Mentions of one actor and of its organs (actors whose parent it is), in reading
    /// order, as indexes into `mentions`: the United Nations with its Security Council.
    pub fn mentions_with_organs(&self, actor: usize) -> Vec<usize> {
        let mut all = self.mentions_of(actor).to_vec();
        for (i, a) in self.actors.iter().enumerate() {
            if i != actor && a.parent.is_some_and(|p| p as usize == actor) {
                all.extend_from_slice(self.mentions_of(i));
            }
        }
        // Mentions are stored in reading order, so their indexes sort into it.
        all.sort_unstable();
        all
    }

    /// Mentions inside one section, found by binary search: mentions are in reading order,
    /// so their sections never decrease (an index per section would cost a document of
    /// short headings more than its mentions).
    pub fn mentions_in_section(&self, section: usize) -> &[Mention] {
        let first = self.mentions.partition_point(|m| index(m.section) < section);
        let last = self.mentions.partition_point(|m| index(m.section) <= section);
        &self.mentions[first..last.max(first)]
    }

    /// Mentions overlapping a byte range, found by binary search.
    pub fn mentions_overlapping(&self, r: Range<usize>) -> &[Mention] {
        let first = self.mentions.partition_point(|m| m.range.end <= r.start);
        let last = self.mentions.partition_point(|m| m.range.start < r.end);
        &self.mentions[first..last.max(first)]
    }

    /// Inline styles overlapping a byte range.
    pub fn styles_overlapping(&self, r: Range<usize>) -> &[InlineStyle] {
        // Styles may nest, so they are sorted by start only; scan back a little.
        let last = self.styles.partition_point(|s| s.range.start < r.end);
        let first = self.styles[..last]
            .iter()
            .rposition(|s| s.range.end <= r.start && s.range.start + 4096 < r.start)
            .map_or(0, |i| i + 1);
        &self.styles[first..last]
    }

    /// Number of mentions per actor.
    pub fn mention_count(&self, actor: usize) -> usize {
        self.mentions_of(actor).len()
    }

    /// Actor indexes by mention count, most first (ties by name): the sidebar's order.
    pub fn actors_by_count(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.actors.len()).collect();
        order.sort_by(|&a, &b| {
            self.mention_count(b)
                .cmp(&self.mention_count(a))
                .then_with(|| self.actors[a].name.cmp(&self.actors[b].name))
        });
        order
    }

    /// The block holding a byte offset (the last block starting at or before it).
    pub fn block_at(&self, offset: usize) -> Option<usize> {
        if self.blocks.is_empty() {
            return None;
        }
        let i = self.blocks.partition_point(|b| b.range().start <= offset);
        Some(i.saturating_sub(1))
    }

    /// The cells of a table block.
    pub fn table(&self, block: usize) -> Option<&Table> {
        let i = self.tables.binary_search_by_key(&block, |t| t.block).ok()?;
        self.tables.get(i)
    }

    /// The section holding a block.
    pub fn section_of_block(&self, block: usize) -> Option<usize> {
        self.blocks.get(block).map(|b| index(b.section))
    }

    /// A section's title: its heading's text, empty for the opening section or past the end.
    pub fn section_title(&self, section: usize) -> &str {
        self.sections.get(section).map_or("", |s| s.title(&self.text))
    }

    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }
}

#[cfg(test)]
mod tests;
