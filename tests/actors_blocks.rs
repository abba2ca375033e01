//! A stand-in for ingest in the actor tests: splits a text on blank lines into blocks;
//! a short standalone line without a closing full stop is a heading, or a caption when it
//! is page metadata (a dateline, a "Type:" line, a run-together tag line, a "View All" link).

#![allow(dead_code)]

use lector::model::{Block, BlockKind, Document, Section};

const WEEKDAYS: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

fn is_metadata(line: &str) -> bool {
    WEEKDAYS.iter().any(|d| line.starts_with(d))
        || line.starts_with("Type:")
        || line.starts_with("View All")
        || line.split_whitespace().any(|w| {
            let cs: Vec<char> = w.chars().collect();
            w.len() > 8 && cs.windows(2).any(|p| p[0].is_lowercase() && p[1].is_uppercase())
        })
}

/// Splits `text` into blocks and sections.
pub fn blocks(text: &str) -> (Vec<Block>, Vec<Section>) {
    let mut blocks = Vec::new();
    let mut starts = vec![(String::new(), 0usize)];
    let mut pos = 0;
    for chunk in text.split("\n\n") {
        let start = pos + (chunk.len() - chunk.trim_start().len());
        let end = pos + chunk.trim_end().len();
        pos += chunk.len() + 2;
        if start >= end {
            continue;
        }
        let body = &text[start..end];
        let kind = if !body.contains('\n') && body.len() < 120 && !body.ends_with('.') {
            if is_metadata(body) { BlockKind::Caption } else { BlockKind::Heading { level: 2 } }
        } else {
            BlockKind::Paragraph
        };
        if matches!(kind, BlockKind::Heading { .. }) {
            starts.push((body.to_string(), blocks.len()));
        }
        blocks.push(Block { kind, range: start..end, section: starts.len() as u32 - 1 });
    }
    let mut sections = Vec::new();
    for (i, (title, first)) in starts.iter().enumerate() {
        let last = starts.get(i + 1).map_or(blocks.len(), |s| s.1);
        let s = blocks.get(*first).map_or(text.len(), |b| b.range.start);
        let e = if last > *first { blocks[last - 1].range.end } else { s };
        sections.push(Section {
            level: if i == 0 { 0 } else { 2 },
            title_len: title.len() as u32,
            blocks: *first..last,
            range: s..e,
        });
    }
    (blocks, sections)
}

/// A document with those blocks, for `annotate`.
pub fn document(text: &str) -> Document {
    let (blocks, sections) = blocks(text);
    Document::new("test".into(), text.into(), blocks, sections, vec![], vec![])
}

#[test]
fn seed_article_structure() {
    let text = lector::BUNDLED_ARTICLE;
    let (blocks, sections) = blocks(text);
    let kind_of = |s: &str| blocks.iter().find(|b| &text[b.range.clone()] == s).map(|b| b.kind);
    let heading = Some(BlockKind::Heading { level: 2 });
    assert_eq!(kind_of("Why Did Pakistan Opt for Airstrikes?"), heading);
    assert_eq!(kind_of("Related Publications"), heading);
    assert_eq!(kind_of("Where is Afghanistan Three Years into Taliban Rule?"), heading);
    assert_eq!(kind_of("Thursday, September 19, 2024"), Some(BlockKind::Caption));
    assert_eq!(kind_of("Type: Analysis"), Some(BlockKind::Caption));
    assert_eq!(kind_of("EconomicsGenderGlobal PolicyHuman Rights"), Some(BlockKind::Caption));
    assert_eq!(kind_of("View All Publications"), Some(BlockKind::Caption));
    assert!(sections.len() > 5);
    for b in &blocks {
        assert!(text.is_char_boundary(b.range.start) && text.is_char_boundary(b.range.end));
    }
}
