//! Sections from headings, shared by every format: one section per heading, plus an untitled
//! opening section for blocks before the first heading.
//!
//! Sections are flat (levels are kept for display); a section runs from its heading to the
//! next heading of any level, so every block belongs to exactly one section.

use crate::model::{Block, BlockKind, Section};

/// Builds the sections and sets each block's `section`. An empty document has none.
pub fn build(blocks: &mut [Block], text: &str) -> Vec<Section> {
    // Sized once: a document of short headings has a section per few dozen bytes, and a
    // growing vector would hold its old and new room at once.
    let headings = blocks.iter().filter(|b| matches!(b.kind, BlockKind::Heading { .. })).count();
    let untitled = blocks.first().is_some_and(|b| !matches!(b.kind, BlockKind::Heading { .. }));
    let mut sections: Vec<Section> = Vec::with_capacity(headings + usize::from(untitled));
    for (i, block) in blocks.iter_mut().enumerate() {
        let heading = match block.kind {
            BlockKind::Heading { level } => Some(level),
            _ => None,
        };
        if let Some(level) = heading {
            if let Some(prev) = sections.last_mut() {
                prev.blocks.end = i;
                prev.range.end = block.range.start;
            }
            let title = text.get(block.range.clone()).unwrap_or("").to_string();
            sections.push(Section {
                title,
                level,
                blocks: i..i + 1,
                range: block.range.start..text.len(),
            });
        } else if sections.is_empty() {
            sections.push(Section {
                title: String::new(),
                level: 0,
                blocks: i..i + 1,
                range: 0..text.len(),
            });
        }
        block.section = sections.len() - 1;
    }
    if let Some(last) = sections.last_mut() {
        last.blocks.end = blocks.len();
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(kind: BlockKind, range: std::ops::Range<usize>) -> Block {
        Block { kind, range, section: 99 }
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
        assert_eq!(sections.capacity(), sections.len());
        let summary: Vec<_> = sections
            .iter()
            .map(|s| (s.title.as_str(), s.level, s.blocks.clone(), s.range.clone()))
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
        assert_eq!((sections[0].blocks.clone(), sections[0].range.clone()), (0..2, 0..11));
        assert!(build(&mut [], "").is_empty());
    }
}
