//! End-to-end: a saved web page and an EPUB book opened in the reader in a pseudo-terminal.

mod common;

use common::Tty;
use std::io::Write;

#[test]
fn a_saved_page_opens_on_its_article_with_its_headings_as_sections() {
    let mut tty = Tty::spawn(&["tests/fixtures/html/dispatch.html"], 120, 40);
    let expected =
        ["Harbour Talks Stall", "What the crews want", "What happens next", "Negotiators from"];
    let screen =
        tty.wait_for("the article and its outline", |s| expected.iter().all(|e| s.contains(e)));
    for gone in ["World", "ADVERT", "TRACKING", "Most read"] {
        assert!(!screen.contains(gone), "{gone} on screen:\n{screen}");
    }
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}

#[test]
fn a_book_on_standard_input_opens_with_its_chapters_as_sections() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("book");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).expect("create"));
    let opts = zip::write::SimpleFileOptions::default();
    let files = [
        ("mimetype", "application/epub+zip"),
        (
            "META-INF/container.xml",
            r#"<container><rootfiles><rootfile full-path="o/p.opf"/></rootfiles></container>"#,
        ),
        (
            "o/p.opf",
            r#"<package><metadata><title>Letters From The Delta</title></metadata><manifest>
            <item id="n" href="toc.ncx"/><item id="a" href="a.xhtml"/><item id="b" href="b.xhtml"/></manifest>
            <spine toc="n"><itemref idref="a"/><itemref idref="b"/></spine></package>"#,
        ),
        (
            "o/toc.ncx",
            r#"<ncx><navMap><navPoint><navLabel><text>The First Letter</text></navLabel><content src="a.xhtml"/></navPoint>
            <navPoint><navLabel><text>The Second Letter</text></navLabel><content src="b.xhtml"/></navPoint></navMap></ncx>"#,
        ),
        (
            "o/a.xhtml",
            "<html><body><p>Dear sister, the river rose again this spring.</p></body></html>",
        ),
        (
            "o/b.xhtml",
            "<html><body><p>The boats are back and the market is open.</p></body></html>",
        ),
    ];
    for (name, text) in files {
        zip.start_file(name, opts).expect("start");
        zip.write_all(text.as_bytes()).expect("write");
    }
    zip.finish().expect("finish");
    let cmd = format!("{} - < {}", common::lector_bin(), path.display());
    let mut tty = Tty::spawn_shell(&cmd, 120, 30);
    let expected =
        ["Letters From The Delta", "The First Letter", "The Second Letter", "Dear sister"];
    tty.wait_for("the book and its chapters", |s| expected.iter().all(|e| s.contains(e)));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}
