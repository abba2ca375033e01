//! Saved web pages and EPUB books as a user meets them through the subcommands: the outline
//! and title, the text without the page's furniture, standard input detected by content,
//! and a broken book refused in one line with status 2.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const PAGE: &str = "tests/fixtures/html/dispatch.html";

fn lector(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lector"))
        .args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lector");
    if let Some(bytes) = stdin {
        child.stdin.take().expect("stdin").write_all(bytes).expect("write stdin");
    }
    child.wait_with_output().expect("wait")
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

#[test]
fn a_page_s_headings_are_its_sections_and_its_metadata_its_title() {
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&lector(&["sections", PAGE, "--json"], None))).expect("json");
    assert_eq!(json["title"], "Harbour Talks Stall Over Fishing Rights");
    let titles: Vec<&str> = json["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .filter_map(|s| s["title"].as_str())
        .collect();
    assert_eq!(titles, ["", "What the crews want", "What happens next"]);
}

#[test]
fn a_page_s_text_keeps_the_article_links_as_notes_and_drops_the_rest() {
    let text = stdout(&lector(&["text", PAGE], None));
    assert!(text.contains("report by the maritime council[1]"), "{text}");
    assert!(text.contains("[1] https://example.org/report"), "{text}");
    assert!(text.contains("Trawlers wait at the northern quay"), "{text}");
    for gone in
        ["TRACKING", "ADVERT", "SHARE-ON", "SIDEBAR", "COMMENT-TEXT", "FOOTER-TEXT", "World"]
    {
        assert!(!text.contains(gone), "{gone} kept:\n{text}");
    }
}

#[test]
fn html_on_standard_input_is_known_by_its_content() {
    let page = std::fs::read(PAGE).expect("fixture");
    let piped = stdout(&lector(&["text", "-"], Some(&page)));
    assert_eq!(piped, stdout(&lector(&["text", PAGE], None)));
}

#[test]
fn right_to_left_text_is_kept_in_order_without_its_controls() {
    let text = stdout(&lector(&["text", "tests/fixtures/html/rtl.html"], None));
    assert!(text.contains("غادر المفاوضون من المقاطعتين الساحليتين"), "{text}");
    assert!(!text.contains(['\u{202E}', '\u{202C}', '\x1b']), "{text:?}");
    assert!(text.contains("reversed") && text.contains("[31m inside"), "{text}");
    let json = stdout(&lector(&["sections", "tests/fixtures/html/rtl.html", "--json"], None));
    assert!(json.contains("\"title\":\"محادثات الميناء\""), "{json}");
}

#[test]
fn a_broken_book_is_refused_in_one_line_with_status_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.epub");
    std::fs::write(
        &path,
        b"PK\x03\x04\x14\x00\x00\x00mimetypeapplication/epub+zip and then nothing",
    )
    .expect("write");
    let out = lector(&["text", path.to_str().expect("utf-8 path")], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("broken.epub: not a readable EPUB"), "{err}");
}
