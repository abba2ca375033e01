//! The document's sections, stored as 16 bytes each and read out as [`Section`] values.
//!
//! Sections are contiguous: each one's blocks and text end where the next one's begin, and
//! the last ends with the document. So a section keeps only where it starts (its first block
//! and byte), its level and its title's length; the ends are read from its successor. A
//! document of short headings keeps millions of sections, which as `Section` structs would
//! weigh more than half its text.

use super::Section;

/// One section as stored: its start, its first block, its title's length and its level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Head {
    start: usize,
    /// 32 bits, like the block index of a mention: four billion blocks is past any file.
    first_block: u32,
    /// The title's length in the low 24 bits (a heading is at most 64 KiB), the level above.
    title_and_level: u32,
}

const TITLE_BITS: u32 = 24;
const TITLE_MASK: u32 = (1 << TITLE_BITS) - 1;

/// The sections of a document, in order. Read with [`Sections::get`] or [`Sections::iter`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sections {
    heads: Vec<Head>,
    /// One past the last section's last block.
    block_end: usize,
    /// The end of the last section's text.
    text_end: usize,
}

impl Sections {
    /// Room for `n` sections, allocated once: a vector grown by doubling would hold its old
    /// and new room at once.
    pub fn with_capacity(n: usize) -> Sections {
        Sections { heads: Vec::with_capacity(n), ..Sections::default() }
    }

    /// Appends a section that starts where the previous one ends. Its own end (blocks and
    /// bytes) becomes the end of the whole; the previous section now ends at its start.
    /// A title longer than 16 MiB (never from ingest) reads as empty.
    pub fn push(&mut self, s: Section) {
        let title_len = if s.title_len > TITLE_MASK { 0 } else { s.title_len };
        self.heads.push(Head {
            start: s.range.start,
            first_block: u32::try_from(s.blocks.start).unwrap_or(u32::MAX),
            title_and_level: title_len | u32::from(s.level) << TITLE_BITS,
        });
        self.block_end = s.blocks.end;
        self.text_end = s.range.end;
    }

    /// Sets where the last section ends: its last block and its last byte.
    pub fn set_end(&mut self, block_end: usize, text_end: usize) {
        self.block_end = block_end;
        self.text_end = text_end;
    }

    pub fn len(&self) -> usize {
        self.heads.len()
    }

    pub fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// Section `i`, or `None` past the end.
    pub fn get(&self, i: usize) -> Option<Section> {
        let head = self.heads.get(i)?;
        let (block_end, text_end) = match self.heads.get(i + 1) {
            Some(next) => (next.first_block as usize, next.start),
            None => (self.block_end, self.text_end),
        };
        let first_block = head.first_block as usize;
        Some(Section {
            level: u8::try_from(head.title_and_level >> TITLE_BITS).unwrap_or(u8::MAX),
            title_len: head.title_and_level & TITLE_MASK,
            blocks: first_block..block_end.max(first_block),
            range: head.start..text_end.max(head.start),
        })
    }

    /// Every section in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = Section> + ExactSizeIterator + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or_default())
    }

    pub fn first(&self) -> Option<Section> {
        self.get(0)
    }

    pub fn last(&self) -> Option<Section> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }

    /// Bytes held, for the memory figures.
    pub fn heap_bytes(&self) -> usize {
        self.heads.capacity() * std::mem::size_of::<Head>()
    }
}

/// Sections built by hand (tests, small documents): each must start where the previous
/// ends, as ingest builds them; the last one's end is the end of the whole.
impl FromIterator<Section> for Sections {
    fn from_iter<I: IntoIterator<Item = Section>>(iter: I) -> Sections {
        let mut out = Sections::default();
        for s in iter {
            out.push(s);
        }
        out.heads.shrink_to_fit();
        out
    }
}

impl From<Vec<Section>> for Sections {
    fn from(v: Vec<Section>) -> Sections {
        v.into_iter().collect()
    }
}

impl<'a> IntoIterator for &'a Sections {
    type Item = Section;
    type IntoIter = Box<dyn Iterator<Item = Section> + 'a>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(
        level: u8,
        title_len: u32,
        blocks: std::ops::Range<usize>,
        range: std::ops::Range<usize>,
    ) -> Section {
        Section { level, title_len, blocks, range }
    }

    #[test]
    fn sections_read_back_as_built_with_ends_from_their_successors() {
        let built = vec![
            section(0, 0, 0..2, 0..10),
            section(2, 4, 2..5, 10..40),
            section(1, 7, 5..6, 40..52),
        ];
        let sections = Sections::from(built.clone());
        assert_eq!(sections.iter().collect::<Vec<_>>(), built);
        assert_eq!(sections.len(), 3);
        assert_eq!(sections.last(), built.last().cloned());
        assert_eq!(sections.get(3), None);
        assert!(Sections::default().is_empty() && Sections::default().first().is_none());
    }

    #[test]
    fn the_end_of_the_whole_can_be_set_after_the_last_push() {
        let mut sections = Sections::with_capacity(1);
        sections.push(section(3, 5, 0..1, 0..6));
        sections.set_end(9, 80);
        assert_eq!(sections.get(0), Some(section(3, 5, 0..9, 0..80)));
    }

    #[test]
    fn a_section_is_stored_in_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Head>(), 16);
        let sections: Sections =
            (0..1000).map(|i| section(1, 3, i..i + 1, i * 5..i * 5 + 5)).collect();
        assert_eq!(sections.heap_bytes(), 16 * 1000);
    }
}
