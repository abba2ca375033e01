//! Saved web pages: the article is extracted by a readability port, then written as Markdown
//! so that the one Markdown renderer makes the blocks (headings become sections, links become
//! numbered notes, tables and lists keep their shape).
//!
//! Extraction is `dom_smoothie`'s (a port of the readability algorithm browsers use for their
//! reader views): navigation, ads, share buttons, comments and scripts are what it drops.
//! What lector adds is the mapping to its own blocks: a figure's caption becomes a paragraph
//! of its own, remembered so the caller can mark it as a caption; images, which a terminal
//! cannot show, are left out. When the page has too little text to look like an article, its
//! whole body is used instead, with the page furniture removed by tag.

use dom_query::Document;
use dom_smoothie::{Config, Readability};

/// The article of a web page, ready for the Markdown renderer.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The page's title from its metadata (Open Graph, JSON-LD, `<title>`) or main heading.
    pub title: Option<String>,
    /// The article as Markdown: decoded from HTML, so not yet normalized.
    pub markdown: String,
    /// The text of every figure caption, whitespace collapsed.
    pub captions: Vec<String>,
}

/// Elements that are never part of an article, removed before extraction. A `header` or
/// `footer` may be inside the article (its title, its notes), so they stay for the extractor
/// to judge.
const FURNITURE: &str = "script, style, noscript, template, nav, aside, form, button, iframe, \
     svg, canvas, select, input, textarea, dialog";

/// Also removed when the page is read whole: no extractor has judged them.
const PAGE_FRAME: &str = "header, footer";

/// Elements with nothing a terminal can show.
const UNSHOWN: &str = "img, picture, source, video, audio, svg, canvas, iframe, script, style, \
     noscript, template, object, embed, button, input, select, textarea";

/// Extracts the article of an HTML page. Never fails: a page that is not an article gives
/// its body's text, and one without text gives an empty article.
pub fn extract(html: &str) -> Extracted {
    let cfg = Config { max_elements_to_parse: MAX_ELEMENTS, ..Config::default() };
    let page = Document::from(html);
    page.select(FURNITURE).remove();
    let heading = page.select("h1").iter().next().map(|h| collapse(&h.text()));
    let article =
        Readability::with_document(page, None, Some(cfg)).ok().and_then(|mut r| r.parse().ok());
    let (title, site, content) = match article {
        Some(a) if !a.text_content.trim().is_empty() => {
            (a.title, a.site_name, a.content.to_string())
        }
        Some(a) => (a.title, a.site_name, body_without_furniture(html)),
        None => (String::new(), None, body_without_furniture(html)),
    };
    let body = body_markdown(&Document::from(content.as_str()));
    let title = without_site_name(&collapse(&title), site.as_deref(), heading.as_deref());
    Extracted { title: (!title.is_empty()).then_some(title), ..body }
}

/// An HTML tree's text as Markdown with its figure captions, images and the like left out.
/// Changes the tree.
pub fn body_markdown(doc: &Document) -> Extracted {
    let captions = doc
        .select("figcaption")
        .iter()
        .map(|c| collapse(&c.text()))
        .filter(|c| !c.is_empty())
        .collect();
    doc.select(UNSHOWN).remove();
    // A caption is written as a paragraph of its own, never run into the text around it.
    doc.select("figcaption").rename("p");
    let markdown = doc.body().unwrap_or_else(|| doc.root()).md(None);
    Extracted { title: None, markdown: markdown.to_string(), captions }
}

/// The most elements the extractor scores: a page with more is read whole (its body without
/// the page's furniture), as a page that is not an article is. Far beyond any article; keeps
/// the scoring of a hostile page bounded.
const MAX_ELEMENTS: usize = 200_000;

/// The page's body as HTML with navigation, forms, scripts and the like removed.
fn body_without_furniture(html: &str) -> String {
    let doc = Document::from(html);
    doc.select(FURNITURE).remove();
    doc.select(PAGE_FRAME).remove();
    doc.select("body").inner_html().to_string()
}

/// A title without the site's name after a separator ("Talks stall - The Ledger"): taken off
/// when it is the site's name from the page's metadata, or when what is left is the page's
/// main heading.
fn without_site_name(title: &str, site: Option<&str>, heading: Option<&str>) -> String {
    for sep in [" - ", " | ", " – ", " — ", " :: ", " » "] {
        let Some((head, tail)) = title.rsplit_once(sep) else { continue };
        let is_site = site.is_some_and(|s| collapse(s).eq_ignore_ascii_case(tail.trim()));
        let is_heading = heading.is_some_and(|h| h.eq_ignore_ascii_case(head.trim()));
        if (is_site || is_heading) && !head.trim().is_empty() {
            return head.trim().to_string();
        }
    }
    title.to_string()
}

/// Collapses runs of whitespace into one space and trims the ends.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether bytes look like an HTML page: a doctype or an `<html>` tag (after a byte-order
/// mark, blank space and comments), read from the first few kilobytes only.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut rest = head.trim_ascii_start();
    while let Some(after) = rest.strip_prefix(b"<!--") {
        let Some(end) = after.windows(3).position(|w| w == b"-->") else { return false };
        rest = after[end + 3..].trim_ascii_start();
    }
    let lower = rest[..rest.len().min(14)].to_ascii_lowercase();
    lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") || {
        // An XHTML page opens with its XML declaration.
        lower.starts_with(b"<?xml") && contains_ci(head, b"<html")
    }
}

fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests;
