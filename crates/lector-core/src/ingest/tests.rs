//! Whole-pipeline tests: the bundled article, warnings, and the public entry points.

use super::*;
use crate::model::{BlockKind, index};

fn text_source(bytes: &[u8]) -> Source {
    Source { name: "t.txt".into(), bytes: bytes.to_vec(), format: Format::Text }
}

#[test]
fn bundled_article_sections_are_the_articles_headings() {
    let doc = parse(bundled()).expect("bundled article parses");
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title(&doc.text)).collect();
    assert_eq!(
        titles,
        [
            "",
            "Why Did Pakistan Opt for Airstrikes?",
            "The Taliban Calculus on the TTP",
            "Pakistani Policy Response",
            "Implications for U.S. Policy",
            "Related Publications",
            "Where is Afghanistan Three Years into Taliban Rule?",
            "What an ICC Case on Mali Means for Prosecuting Taliban Gender Crimes",
            "China’s Global Security Initiative: Tilting the Balance in Central Asia",
        ]
    );
    let levels: Vec<u8> = doc.sections.iter().map(|s| s.level).collect();
    assert_eq!(levels, [0, 2, 2, 2, 2, 2, 3, 3, 3]);
    assert_eq!(doc.title, "Why Did Pakistan Opt for Airstrikes?");
    assert!(doc.warnings.is_empty());
}

#[test]
fn bundled_article_text_is_the_file_byte_for_byte() {
    let doc = parse(bundled()).expect("parses");
    assert_eq!(doc.text, crate::BUNDLED_ARTICLE);
}

#[test]
fn bundled_article_caption_is_shown_once() {
    let doc = parse(bundled()).expect("parses");
    let captions: Vec<&str> = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Caption)
        .map(|b| doc.slice(&b.range()))
        .collect();
    let photo: Vec<_> = captions.iter().filter(|c| c.contains("Rebecca Conway")).collect();
    assert_eq!(photo.len(), 1);
    assert!(photo[0].starts_with("The Bumboret Kalash Valley"));
    assert_eq!(doc.text.matches("(Rebecca Conway/The New York Times)").count(), 2);
    for meta in ["Thursday, September 19, 2024", "Type: Analysis", "EconomicsGlobal Policy"] {
        assert!(captions.contains(&meta), "{meta}");
    }
    let headline = "Where is Afghanistan Three Years into Taliban Rule?";
    let shown = doc.blocks.iter().filter(|b| doc.slice(&b.range()) == headline).count();
    assert_eq!(shown, 1);
}

#[test]
fn every_block_belongs_to_its_section() {
    let doc = parse(bundled()).expect("parses");
    for (i, s) in doc.sections.iter().enumerate() {
        for b in &doc.blocks[s.blocks.clone()] {
            assert_eq!(index(b.section), i);
            assert!(s.range.start <= b.range().start && b.range().end <= s.range.end);
        }
    }
    assert_eq!(doc.sections.last().map(|s| s.blocks.end), Some(doc.blocks.len()));
}

#[test]
fn empty_input_parses_with_a_warning_and_the_name_as_title() {
    let doc = parse(text_source(b"")).expect("empty is fine");
    assert!(doc.blocks.is_empty() && doc.sections.is_empty());
    assert_eq!(doc.warnings, ["empty file"]);
    assert_eq!(doc.title, "t.txt");
}

#[test]
fn binary_input_is_an_error_naming_the_source() {
    let err = parse(text_source(b"PK\x03\x04\0\0")).expect_err("binary");
    assert_eq!(err.to_string(), "t.txt: looks like a binary file, not text");
}

#[test]
fn decoding_warnings_reach_the_document() {
    let doc = parse(text_source(b"Caf\xE9 au lait.\r\n")).expect("latin-1");
    assert_eq!(doc.text, "Café au lait.\n");
    assert_eq!(doc.warnings, ["decoded as windows-1252"]);
}

#[test]
fn windows_1252_punctuation_survives_normalization() {
    let doc = parse(text_source(b"\x93Fine,\x94 he said \x97 and left.\r\n")).expect("text");
    assert_eq!(doc.text, "\u{201c}Fine,\u{201d} he said \u{2014} and left.\n");
}

#[test]
fn normalize_is_idempotent_on_its_output() {
    let once = normalize(b"\xEF\xBB\xBFa\tb\x1b[1m\r\nc\xE2\x80\xAE".to_vec(), "x").expect("text");
    assert_eq!(once.text, "a   b\nc");
    let twice = normalize(once.text.clone().into_bytes(), "x").expect("text");
    assert_eq!(twice.text, once.text);
}

#[test]
fn markdown_documents_get_rendered_text_sections_and_styles() {
    let bytes = b"Intro *text*.\r\n\r\n# Title\n\n- a\n- b\n\n## Sub\n\n> q\n".to_vec();
    let doc = parse(Source { name: "n.md".into(), bytes, format: Format::Markdown }).expect("md");
    assert_eq!(doc.text, "Intro text.\n\nTitle\n\n• a\n\n• b\n\nSub\n\nq");
    let sections: Vec<_> = doc.sections.iter().map(|s| (s.title(&doc.text), s.level)).collect();
    assert_eq!(sections, [("", 0), ("Title", 1), ("Sub", 2)]);
    assert_eq!(doc.title, "Title");
    assert_eq!(doc.styles.len(), 1);
    assert_eq!(doc.slice(&doc.styles[0].range), "text");
}

/// A hand-run throughput check, not a timed test:
/// `cargo test --release --lib ingest::tests::ingest_speed -- --ignored --nocapture`.
#[test]
#[ignore]
fn ingest_speed() {
    let article = crate::BUNDLED_ARTICLE;
    let copies = 100 * 1024 * 1024 / article.len();
    let bytes = article.repeat(copies).into_bytes();
    let size = bytes.len() as f64 / (1024.0 * 1024.0);
    for format in [Format::Text, Format::Markdown] {
        let source = Source { name: "big".into(), bytes: bytes.clone(), format };
        let started = std::time::Instant::now();
        let doc = parse(source).expect("parses");
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{format:?}: {size:.0} MiB in {secs:.3} s ({:.0} MiB/s), {} blocks, {} sections",
            size / secs,
            doc.blocks.len(),
            doc.sections.len()
        );
    }
    let crlf = String::from_utf8_lossy(&bytes).replace('\n', "\r\n").into_bytes();
    let crlf_size = crlf.len() as f64 / (1024.0 * 1024.0);
    let started = std::time::Instant::now();
    let doc = parse(Source { name: "crlf".into(), bytes: crlf, format: Format::Text }).expect("ok");
    let secs = started.elapsed().as_secs_f64();
    println!("CRLF text (rebuilt): {:.0} MiB/s, {} blocks", crlf_size / secs, doc.blocks.len());
    let started = std::time::Instant::now();
    let clean = normalize(bytes, "big").expect("text");
    let secs = started.elapsed().as_secs_f64();
    println!("normalize only: {:.0} MiB/s ({} bytes)", size / secs, clean.text.len());
}
