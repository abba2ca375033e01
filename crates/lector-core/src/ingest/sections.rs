//! Sections from headings, shared by every format: one section per heading, plus an untitled
//! opening section for blocks before the first heading.
//!
//! Sections are flat (levels are kept for display); a section runs from its heading to the
//! next heading of any level, so every block belongs to exactly one section.

use crate::model::{Block, BlockKind, Section, Sections};

const MAX_SECTIONS: usize = u32::MAX as usize;

/// Builds the sections and sets each block's `section`. An empty document has none.
pub fn build(blocks: &mut [Block], text: &str) -> Sections {
    // Sized once: a document of short headings has a section per few dozen bytes, and a
    // growing vector would hold its old and new room at once.
    let headings = blocks.iter().filter(|b| matches!(b.kind, BlockKind::Heading { .. })).count();
    let untitled = blocks.first().is_some_and(|b| !matches!(b.kind, BlockKind::Heading { .. }));
    let mut sections = Sections::with_capacity(headings + usize::from(untitled));
    for (i, block) in blocks.iter_mut().enumerate() {
        // A section index is 32 bits: past four billion sections (a file of many gigabytes
        // of headings) the last one holds the rest.
        let heading = match block.kind {
            BlockKind::Heading { level } if sections.len() < MAX_SECTIONS => Some(level),
            _ => None,
        };
        if let Some(level) = heading {
            // The previous section now ends where this one starts. The title is the heading's text, kept as its length (a block is at most 64 KiB).
            let title_len = u32::try_from(block.range().len()).unwrap_or(0);
            sections.push(Section {
                level,
                title_len,
                blocks: i..i + 1,
                range: block.range().start..text.len(),
            });
        } else if sections.is_empty() {
            sections.push(Section {
                level: 0,
                title_len: 0,
                blocks: i..i + 1,
                range: 0..text.len(),
            });
        }
        block.section = u32::try_from(sections.len() - 1).unwrap_or(u32::MAX);
    }
    sections.set_end(blocks.len(), text.len());
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(kind: BlockKind, range: std::ops::Range<usize>) -> Block {
        Block::new(kind, range, 99)
    }

    #[test]
    fn blocks_before_the_first_heading_form_an_untitled_section() {
        let text = "intro\n\nHead\n\nbody\n\nNext\n\nmore";
        let mut blocks = vec![
            block(BlockKind::Paragraph, 0..5),
            block(BlockKind::Heading { level: 2 }, 7..11),
            block(BlockKind::Paragraph, 13..17),
            block(BlockKind::Heading { level: 3 }, 19..23),
            block(BlockKind::Paragraph, 25..29),
        ];
        let sections = build(&mut blocks, text);
        // Sized once, with no room to spare: a document of headings keeps millions of these.
        assert_eq!(sections.heap_bytes(), 16 * sections.len());
        let summary: Vec<_> = sections
            .iter()
            .map(|s| (s.title(text), s.level, s.blocks.clone(), s.range.clone()))
            .collect();
        assert_eq!(
            summary,
            vec![("", 0, 0..1, 0..7), ("Head", 2, 1..3, 7..19), ("Next", 3, 3..5, 19..29)]
        );
        let owners: Vec<_> = blocks.iter().map(|b| b.section).collect();
        assert_eq!(owners, vec![0, 1, 1, 2, 2]);
    }

    #[test]
    fn a_leading_heading_opens_the_first_section_and_no_blocks_means_no_sections() {
        let text = "Title\n\nbody";
        let mut blocks =
            vec![block(BlockKind::Heading { level: 1 }, 0..5), block(BlockKind::Paragraph, 7..11)];
        let sections = build(&mut blocks, text);
        assert_eq!(sections.len(), 1);
        let first = sections.first().unwrap_or_default();
        assert_eq!((first.blocks, first.range), (0..2, 0..11));
        assert!(build(&mut [], "").is_empty());
    }

    #[test]
    fn blocks_and_sections_stay_small() {
        // A document of short headings keeps a section and two blocks per few dozen bytes.
        assert_eq!(std::mem::size_of::<Block>(), 16);
    }
}
