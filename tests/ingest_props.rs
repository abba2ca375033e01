//! Properties of ingest over arbitrary input: it never panics, every range it produces is
//! valid and ordered, the text it produces is safe to print, and normalization is idempotent.

use lector::ingest::{Format, Source, normalize, parse};
use lector::model::Document;
use proptest::prelude::*;

fn source(bytes: Vec<u8>, format: Format) -> Source {
    Source { name: "prop".into(), bytes, format }
}

fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fn valid_range(text: &str, r: &std::ops::Range<usize>) -> bool {
    r.start <= r.end
        && r.end <= text.len()
        && text.is_char_boundary(r.start)
        && text.is_char_boundary(r.end)
}

/// Every structural invariant the layout and the UI rely on.
fn check_document(doc: &Document) -> Result<(), TestCaseError> {
    let text = &doc.text;
    if let Some(bad) = text.chars().find(|&c| is_forbidden(c)) {
        return Err(TestCaseError::fail(format!("forbidden char {bad:?} in text")));
    }
    for b in &doc.blocks {
        prop_assert!(valid_range(text, &b.range()), "block {:?}", b.range());
        prop_assert!(!b.range().is_empty(), "empty block {:?}", b.range());
        let section = b.section as usize;
        prop_assert!(section < doc.sections.len(), "block section {}", section);
        let s = doc.sections.get(section).unwrap_or_default();
        prop_assert!(s.range.start <= b.range().start && b.range().end <= s.range.end);
    }
    for w in doc.blocks.windows(2) {
        prop_assert!(
            w[0].range().end <= w[1].range().start,
            "{:?} then {:?}",
            w[0].range(),
            w[1].range()
        );
    }
    let mut next_block = 0;
    for (i, s) in doc.sections.iter().enumerate() {
        prop_assert!(valid_range(text, &s.range));
        prop_assert_eq!(s.blocks.start, next_block);
        prop_assert!(s.blocks.start < s.blocks.end, "section {} without blocks", i);
        prop_assert!(doc.blocks[s.blocks.clone()].iter().all(|b| b.section as usize == i));
        next_block = s.blocks.end;
    }
    prop_assert_eq!(next_block, doc.blocks.len());
    for st in &doc.styles {
        prop_assert!(valid_range(text, &st.range), "style {:?}", st.range);
    }
    prop_assert!(doc.styles.windows(2).all(|w| w[0].range.start <= w[1].range.start));
    Ok(())
}

fn check_bytes(bytes: Vec<u8>) -> Result<(), TestCaseError> {
    for format in [Format::Text, Format::Markdown] {
        if let Ok(doc) = parse(source(bytes.clone(), format)) {
            check_document(&doc)?;
        }
    }
    if let Ok(once) = normalize(bytes, "prop") {
        let twice = normalize(once.text.clone().into_bytes(), "prop")
            .map_err(|e| TestCaseError::fail(format!("normalized text refused: {e}")))?;
        prop_assert_eq!(&twice.text, &once.text);
        prop_assert!(twice.warnings.is_empty(), "{:?}", twice.warnings);
    }
    Ok(())
}

/// Text made of pieces that stress every rule: escapes of each family, line endings, tabs,
/// bidi and C1 controls, emoji with joiners, Markdown syntax and heading-like lines.
fn mixed_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\x1b[1;31m".to_string()),
        Just("\x1b]8;;http://x\x1b\\".to_string()),
        Just("\x1b]0;title\x07".to_string()),
        Just("\x1bP1$r\x1b\\".to_string()),
        Just("\x1b_apc".to_string()),
        Just("\x1b(B".to_string()),
        Just("\x1b".to_string()),
        Just("\u{9B}2J".to_string()),
        Just("\u{9D}osc".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\n\n".to_string()),
        Just("\t".to_string()),
        Just("\u{202E}\u{2066}".to_string()),
        Just("\u{FEFF}".to_string()),
        Just("👩\u{200D}💻❤\u{FE0F}".to_string()),
        Just("Why Did Pakistan Opt for Airstrikes?\n".to_string()),
        Just("Thursday, September 19, 2024\n".to_string()),
        Just("A caption. (Jane Doe/Agency)\n".to_string()),
        Just("- item\n".to_string()),
        Just("> quote\n".to_string()),
        Just("# Head\n".to_string()),
        Just("*em* **b** `c` [l](u)".to_string()),
        Just("&#27;&#x202E;&#9;".to_string()),
        Just("<b>x</b>".to_string()),
        "[a-zA-Zé .,]{0,40}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_break_ingest(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        check_bytes(bytes)?;
    }

    #[test]
    fn utf16_and_latin1_shaped_bytes_never_break_ingest(
        bom in prop_oneof![Just(vec![0xFF, 0xFE]), Just(vec![0xFE, 0xFF]), Just(vec![])],
        body in prop::collection::vec(any::<u8>().prop_filter("no NUL", |b| *b != 0), 0..1000),
    ) {
        let mut bytes = bom;
        bytes.extend(body);
        check_bytes(bytes)?;
    }

    #[test]
    fn mixed_controls_and_escapes_are_removed(text in mixed_text()) {
        let bytes = text.into_bytes();
        let no_nul = !bytes.contains(&0);
        for format in [Format::Text, Format::Markdown] {
            match parse(source(bytes.clone(), format)) {
                Ok(doc) => check_document(&doc)?,
                Err(e) => prop_assert!(!no_nul || e.to_string().contains("binary"), "{}", e),
            }
        }
        check_bytes(bytes)?;
    }

    #[test]
    fn long_lines_are_split_into_bounded_blocks(
        word in "[a-zé]{1,12}",
        sep in prop_oneof![Just(" "), Just("")],
        n in 1usize..40_000,
    ) {
        let text = format!("{word}{sep}").repeat(n);
        let doc = parse(source(text.into_bytes(), Format::Text)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        check_document(&doc)?;
        prop_assert!(doc.blocks.iter().all(|b| b.range().len() <= 64 * 1024));
    }
}
