use super::*;
use crate::ingest::{Format, Source, parse};
use crate::model::BlockKind;
use std::io::Write;
use zip::write::SimpleFileOptions;

/// Writes an EPUB: the stored `mimetype` first, then the given files, deflated.
pub fn build(files: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).expect("start");
    zip.write_all(b"application/epub+zip").expect("write");
    for (path, text) in files {
        zip.start_file(*path, SimpleFileOptions::default()).expect("start");
        zip.write_all(text.as_bytes()).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

const CONTAINER: &str = r#"<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"#;

fn opf(nav: bool) -> String {
    let nav_item = if nav {
        r#"<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>"#
    } else {
        ""
    };
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>The Salt Roads</dc:title></metadata>
  <manifest>
    {nav_item}
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
    <item id="c2" href="text/two%20b.xhtml" media-type="application/xhtml+xml"/>
  </manifest>
  <spine toc="ncx"><itemref idref="c1"/><itemref idref="c2"/></spine>
</package>"#
    )
}

const NAV: &str = r#"<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>
<nav epub:type="toc"><ol>
  <li><a href="text/one.xhtml">Into the Marsh</a></li>
  <li><a href="text/two%20b.xhtml">The Ferry</a><ol><li><a href="text/two%20b.xhtml#night">At Night</a></li></ol></li>
</ol></nav></body></html>"#;

const NCX: &str = r#"<?xml version="1.0"?>
<!DOCTYPE ncx PUBLIC "-//NISO//DTD ncx 2005-1//EN" "http://www.daisy.org/z3986/2005/ncx-2005-1.dtd">
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
  <navPoint id="a"><navLabel><text>Marsh Chapter</text></navLabel><content src="text/one.xhtml"/></navPoint>
  <navPoint id="b"><navLabel><text>Ferry Chapter</text></navLabel><content src="text/two%20b.xhtml"/></navPoint>
</navMap></ncx>"#;

const ONE: &str = r#"<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>
<h1>Into the Marsh</h1><p>The salt carriers left before dawn, when the tide was out.</p>
<figure><img src="m.png"/><figcaption>The marsh at low tide.</figcaption></figure></body></html>"#;

const TWO: &str = r#"<html xmlns="http://www.w3.org/1999/xhtml"><body>
<p>The ferryman wanted coins, not salt.</p><h2 id="night">At Night</h2><p>They crossed in the dark.</p>
</body></html>"#;

fn book(nav: bool) -> Vec<u8> {
    let opf = opf(nav);
    build(&[
        ("META-INF/container.xml", CONTAINER),
        ("OEBPS/content.opf", &opf),
        ("OEBPS/nav.xhtml", NAV),
        ("OEBPS/toc.ncx", NCX),
        ("OEBPS/text/one.xhtml", ONE),
        ("OEBPS/text/two b.xhtml", TWO),
    ])
}

fn outline(bytes: Vec<u8>) -> (String, Vec<(u8, String)>, crate::model::Document) {
    let doc = parse(Source { name: "b.epub".into(), bytes, format: Format::Epub }).expect("epub");
    let sections = doc.sections.iter().map(|s| (s.level, s.title(&doc.text).to_string())).collect();
    (doc.title.clone(), sections, doc)
}

#[test]
fn each_chapter_is_a_section_named_by_the_navigation_document() {
    let (title, sections, doc) = outline(book(true));
    assert_eq!(title, "The Salt Roads");
    let want = [(1, "Into the Marsh"), (1, "The Ferry"), (2, "At Night")];
    let got: Vec<(u8, &str)> = sections.iter().map(|(l, t)| (*l, t.as_str())).collect();
    assert_eq!(got, want, "{}", doc.text);
    assert_eq!(
        doc.text.matches("Into the Marsh").count(),
        1,
        "the chapter's own heading is not repeated"
    );
    let caption = doc.blocks.iter().find(|b| b.kind == BlockKind::Caption).expect("a caption");
    assert_eq!(&doc.text[caption.range()], "The marsh at low tide.");
}

#[test]
fn an_epub_2_book_takes_its_outline_from_the_ncx() {
    let (_, sections, doc) = outline(book(false));
    let titles: Vec<&str> = sections.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        titles,
        ["Marsh Chapter", "Into the Marsh", "Ferry Chapter", "At Night"],
        "{}",
        doc.text
    );
}

#[test]
fn a_broken_book_is_one_line_naming_it() {
    let mut bytes = book(true);
    bytes.truncate(bytes.len() / 2);
    for broken in [bytes, b"PK\x03\x04 not a zip".to_vec(), build(&[("x.txt", "x")])] {
        let err = parse(Source { name: "b.epub".into(), bytes: broken, format: Format::Epub })
            .expect_err("broken");
        let line = err.to_string();
        assert!(line.starts_with("b.epub: not a readable EPUB: "), "{line}");
        assert!(!line.contains('\n'), "{line}");
    }
}

#[test]
fn paths_resolve_inside_the_zip() {
    assert_eq!(resolve("OEBPS/", "../META-INF/x.xml"), "META-INF/x.xml");
    assert_eq!(resolve("a/b/", "./c%20d.xhtml"), "a/b/c d.xhtml");
    assert_eq!(resolve("", "/../../x"), "x");
    assert_eq!(percent_decode("%zz%4"), "%zz%4");
}

#[test]
fn an_epub_is_known_by_its_mimetype_entry() {
    assert!(looks_like_epub(&book(true)));
    assert!(!looks_like_epub(b"PK\x03\x04 plain zip"));
    // A book whose mimetype entry was compressed is still known by the entry's name.
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("mimetype", SimpleFileOptions::default()).expect("start");
    zip.write_all(b"application/epub+zip").expect("write");
    assert!(looks_like_epub(&zip.finish().expect("finish").into_inner()));
    assert_eq!(Format::detect("stdin", &book(true)), Format::Epub);
}
