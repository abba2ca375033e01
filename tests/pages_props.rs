//! Properties of the web page and e-book paths over arbitrary input: never a panic, and never
//! a control character, escape sequence or bidi override in the text or the title, whatever
//! the bytes, the markup or the entities (`&#27;` is an escape character once decoded).

use lector::ingest::{Format, Source, parse};
use lector::model::Document;
use proptest::prelude::*;
use std::io::Write;

fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fn check(doc: &Document) -> Result<(), TestCaseError> {
    for (what, text) in [("text", &doc.text), ("title", &doc.title)] {
        if let Some(bad) = text.chars().find(|&c| is_forbidden(c)) {
            return Err(TestCaseError::fail(format!("{bad:?} in the {what}: {text:?}")));
        }
    }
    prop_assert!(!doc.title.contains('\n'), "title {:?}", doc.title);
    for b in &doc.blocks {
        prop_assert!(b.range().end <= doc.text.len() && b.range().start < b.range().end);
        prop_assert!(doc.text.is_char_boundary(b.range().start));
        prop_assert!(doc.text.is_char_boundary(b.range().end));
        prop_assert!((b.section as usize) < doc.sections.len());
    }
    Ok(())
}

fn parse_as(bytes: Vec<u8>, format: Format) -> Option<Document> {
    parse(Source { name: "prop".into(), bytes, format }).ok()
}

/// Markup made of pieces that matter to extraction and to the terminal.
fn markup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<h1>".to_string()),
        Just("<h2>".to_string()),
        Just("</h2>".to_string()),
        Just("<a href=\"https://e.org/\x1b[2J\">".to_string()),
        Just("</a>".to_string()),
        Just("<figure><img src=x><figcaption>".to_string()),
        Just("</figcaption></figure>".to_string()),
        Just("<title>".to_string()),
        Just("</title>".to_string()),
        Just("<script>".to_string()),
        Just("<nav>".to_string()),
        Just("<table><tr><td>".to_string()),
        Just("&#27;[31m".to_string()),
        Just("&#x202E;".to_string()),
        Just("&#0;&#x9b;&#xFEFF;".to_string()),
        Just("<meta property=\"og:title\" content=\"a&#27;b\">".to_string()),
        "[a-zA-Z .,\u{0600}-\u{06FF}\x1b\t\n]{0,60}",
    ];
    proptest::collection::vec(piece, 0..60)
        .prop_map(|p| format!("<!DOCTYPE html><html>{}", p.concat()))
}

fn epub(chapter: &str, opf_extra: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    let files = [
        ("mimetype", "application/epub+zip".to_string()),
        (
            "META-INF/container.xml",
            r#"<container><rootfiles><rootfile full-path="c.opf"/></rootfiles></container>"#.into(),
        ),
        (
            "c.opf",
            format!(
                r#"<package><metadata><title>T&#x202E;{opf_extra}</title></metadata><manifest>
                <item id="a" href="a.xhtml"/></manifest><spine><itemref idref="a"/></spine></package>"#
            ),
        ),
        ("a.xhtml", chapter.to_string()),
    ];
    for (path, text) in files {
        zip.start_file(path, opts).expect("start");
        zip.write_all(text.as_bytes()).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_as_a_web_page_are_safe(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        if let Some(doc) = parse_as(bytes, Format::Html) {
            check(&doc)?;
        }
    }

    #[test]
    fn any_markup_is_safe(html in markup()) {
        let doc = parse_as(html.into_bytes(), Format::Html).expect("a page always parses");
        check(&doc)?;
    }

    #[test]
    fn any_bytes_as_an_epub_are_safe(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        if let Some(doc) = parse_as(bytes, Format::Epub) {
            check(&doc)?;
        }
    }

    #[test]
    fn a_book_of_any_markup_is_safe(html in markup(), extra in "[a-z<>&;#0-9]{0,12}") {
        if let Some(doc) = parse_as(epub(&html, &extra), Format::Epub) {
            check(&doc)?;
        }
    }

    #[test]
    fn a_damaged_book_is_an_error_or_a_document(cut in 0usize..600, flip in any::<u8>()) {
        let mut bytes = epub("<p>Some chapter text here.</p>", "");
        let at = cut.min(bytes.len() - 1);
        bytes[at] ^= flip;
        if let Some(doc) = parse_as(bytes, Format::Epub) {
            check(&doc)?;
        }
    }
}
