use super::*;

#[test]
fn a_page_is_detected_by_its_doctype_or_html_tag() {
    assert!(looks_like_html(b"<!DOCTYPE html><html><body>x</body></html>"));
    assert!(looks_like_html(b"\xEF\xBB\xBF  \n<!-- saved page -->\n<HTML lang=en>"));
    assert!(looks_like_html(b"<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"));
    assert!(!looks_like_html(b"# A heading\n\nText with <b>tags</b>."));
    assert!(!looks_like_html(b"<!-- an unclosed comment"));
    assert!(!looks_like_html(b""));
}

#[test]
fn the_article_is_kept_and_the_furniture_dropped() {
    let page = extract(include_str!("../../../../../tests/fixtures/html/dispatch.html"));
    assert_eq!(page.title.as_deref(), Some("Harbour Talks Stall Over Fishing Rights"));
    assert!(page.markdown.contains("third failed round"), "{}", page.markdown);
    assert!(page.markdown.contains("## What the crews want"), "{}", page.markdown);
    for gone in ["TRACKING", "ADVERT", "SHARE-ON", "SIDEBAR", "COMMENT-TEXT", "FOOTER-TEXT"] {
        assert!(!page.markdown.contains(gone), "{gone} kept: {}", page.markdown);
    }
    assert_eq!(page.captions, ["Trawlers wait at the northern quay while the talks continue."]);
}

#[test]
fn a_page_without_an_article_keeps_its_body_text_without_its_navigation() {
    let page =
        extract("<html><body><nav>MENU</nav><p>Only a line.</p><script>x()</script></body></html>");
    assert!(page.markdown.contains("Only a line."), "{}", page.markdown);
    assert!(!page.markdown.contains("MENU") && !page.markdown.contains("x()"), "{}", page.markdown);
}

#[test]
fn empty_and_broken_html_give_an_empty_article() {
    for html in ["", "<html><body></body></html>", "<p><b><i>"] {
        let page = extract(html);
        assert!(page.markdown.trim().is_empty(), "{html:?} gave {:?}", page.markdown);
    }
}

#[test]
fn the_site_s_name_is_taken_off_the_title_only_when_it_is_known() {
    let t = "Talks stall - The Ledger";
    assert_eq!(without_site_name(t, Some("The Ledger"), None), "Talks stall");
    assert_eq!(without_site_name(t, None, Some("Talks stall")), "Talks stall");
    assert_eq!(without_site_name("Talks stall | Ledger", Some("ledger"), None), "Talks stall");
    assert_eq!(without_site_name(t, Some("Another Site"), Some("Other")), t);
    assert_eq!(without_site_name("Left - right - wing", None, None), "Left - right - wing");
    assert_eq!(without_site_name(" - The Ledger", Some("The Ledger"), None), " - The Ledger");
}
