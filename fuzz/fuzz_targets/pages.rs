//! Saved web pages and EPUB books on arbitrary bytes: the first byte picks the format, the
//! rest is the file. Extraction, the Markdown made from it, and the blocks must never panic,
//! and the text and title must never hold a control character, an escape sequence or a bidi
//! override.

#![no_main]

use lector::ingest::{self, Format, Source};
use libfuzzer_sys::fuzz_target;

fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fuzz_target!(|data: &[u8]| {
    let Some((&head, body)) = data.split_first() else { return };
    let format = if head & 1 == 0 { Format::Html } else { Format::Epub };
    let source = Source { name: "fuzz".to_string(), bytes: body.to_vec(), format };
    let Ok(doc) = ingest::parse(source) else { return };
    assert!(!doc.text.chars().any(forbidden), "unsafe text: {:?}", doc.text);
    assert!(!doc.title.chars().any(forbidden), "unsafe title: {:?}", doc.title);
    for b in &doc.blocks {
        assert!(doc.text.get(b.range()).is_some(), "block {:?}", b.range());
    }
});
