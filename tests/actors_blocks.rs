//! The actor tests' documents come from ingest, as the reader's do: a text read as a
//! plain-text file, so detection is tested on the blocks (headings, captions, paragraphs)
//! it meets in use, not on a splitter of the tests' own.

#![allow(dead_code)]

use lector::ingest::{Format, Source};
use lector::model::{BlockKind, Document};

/// The document ingest makes of `text` read as a plain-text file (not yet analysed).
pub fn ingested(text: &str) -> Document {
    let source =
        Source { name: "test.txt".into(), bytes: text.as_bytes().to_vec(), format: Format::Text };
    lector::ingest::parse(source).expect("plain text ingests")
}

#[test]
fn the_bundled_article_ingests_with_the_headings_and_captions_detection_relies_on() {
    let doc = ingested(lector::BUNDLED_ARTICLE);
    let kind_of =
        |s: &str| doc.blocks.iter().find(|b| doc.text[b.range()].trim() == s).map(|b| b.kind);
    let heading = |k: Option<BlockKind>| matches!(k, Some(BlockKind::Heading { .. }));
    assert!(heading(kind_of("Why Did Pakistan Opt for Airstrikes?")));
    assert!(heading(kind_of("Related Publications")));
    assert!(heading(kind_of("Where is Afghanistan Three Years into Taliban Rule?")));
    assert_eq!(kind_of("Thursday, September 19, 2024"), Some(BlockKind::Caption));
    assert_eq!(kind_of("Type: Analysis"), Some(BlockKind::Caption));
    assert!(doc.sections.len() > 5);
}
