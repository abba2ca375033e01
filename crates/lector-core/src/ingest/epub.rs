//! EPUB books: a zip of XHTML chapters, read in the order of the book's spine, each chapter
//! opening with its entry from the book's table of contents (the EPUB 3 navigation document,
//! else the EPUB 2 NCX), so the outline is the book's own.
//!
//! The package files (container, OPF, NCX) are XML and read with `roxmltree`; chapters and
//! the navigation document are XHTML, often not well-formed, and go through the same HTML
//! parser and Markdown writing as saved web pages. Decompression is bounded per entry and in
//! total, so a zip bomb is an error, not an exhausted machine.

use super::IngestError;
use super::html::{self, Extracted};
use dom_query::Document;
use std::collections::HashMap;
use std::io::{Cursor, Read};
use zip::ZipArchive;

/// The most bytes decompressed from the whole book.
const MAX_BOOK_BYTES: u64 = 512 << 20;

/// Whether bytes are an EPUB: a zip whose first entry is the `mimetype` file (stored, it
/// names the format; some tools compress it, so the entry's name is enough).
pub fn looks_like_epub(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(128)];
    head.starts_with(b"PK\x03\x04")
        && (head.get(30..38) == Some(b"mimetype")
            || head.windows(20).any(|w| w == b"application/epub+zip"))
}

/// One table-of-contents entry: its depth (1 for the top) and title, and the chapter file
/// it points to, as a path inside the zip.
#[derive(Debug, Clone, PartialEq, Eq)]
struct TocEntry {
    level: usize,
    title: String,
    file: String,
    /// Whether the entry points into the chapter (`#part2`) rather than at its start.
    fragment: bool,
}

/// Reads a book into the Markdown of its chapters, its title and figure captions.
pub fn read(name: &str, bytes: &[u8]) -> Result<Extracted, IngestError> {
    let bad = |reason: String| IngestError::BadEpub { name: name.to_string(), reason };
    let mut book = Book {
        zip: ZipArchive::new(Cursor::new(bytes)).map_err(|e| bad(one_line(&e.to_string())))?,
        budget: MAX_BOOK_BYTES,
    };
    let container = book.text("META-INF/container.xml").map_err(&bad)?;
    let opf_path = rootfile(&container).ok_or_else(|| bad("no package file named".into()))?;
    let opf = book.text(&opf_path).map_err(&bad)?;
    let package = Package::parse(&opf, dir_of(&opf_path)).map_err(&bad)?;
    let toc = match (&package.nav, &package.ncx) {
        (Some(nav), _) => book.text(nav).map(|t| nav_entries(&t, dir_of(nav))).unwrap_or_default(),
        (None, Some(ncx)) => {
            book.text(ncx).map(|t| ncx_entries(&t, dir_of(ncx))).unwrap_or_default()
        }
        (None, None) => Vec::new(),
    };
    let mut markdown = String::new();
    let mut captions = Vec::new();
    for file in &package.spine {
        let Ok(xhtml) = book.text(file) else { continue };
        let heading = toc.iter().find(|e| &e.file == file && !e.fragment);
        let chapter = chapter(&xhtml, heading);
        if chapter.markdown.trim().is_empty() {
            continue;
        }
        markdown.push_str(&chapter.markdown);
        markdown.push_str("\n\n");
        captions.extend(chapter.captions);
    }
    if book.budget == 0 {
        return Err(bad("larger than 512 MiB uncompressed".into()));
    }
    Ok(Extracted { title: package.title, markdown, captions })
}

/// The zip and what is left of the decompression budget.
struct Book<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    budget: u64,
}

impl Book<'_> {
    /// An entry's text, decoded as UTF-8 (invalid bytes replaced).
    fn text(&mut self, path: &str) -> Result<String, String> {
        let entry = self.zip.by_name(path).map_err(|_| format!("{path} is missing"))?;
        let mut bytes = Vec::new();
        let read = entry
            .take(self.budget)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{path}: {}", one_line(&e.to_string())))?;
        self.budget = self.budget.saturating_sub(read as u64);
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// What the OPF package file says: the title, the chapters in reading order, and where the
/// tables of contents are. Every path is inside the zip.
#[derive(Debug, Default)]
struct Package {
    title: Option<String>,
    spine: Vec<String>,
    nav: Option<String>,
    ncx: Option<String>,
}

impl Package {
    fn parse(opf: &str, dir: &str) -> Result<Package, String> {
        let doc = xml(opf).map_err(|e| format!("package file: {e}"))?;
        let mut package = Package::default();
        let mut manifest: HashMap<&str, String> = HashMap::new();
        for node in doc.descendants().filter(|n| n.is_element()) {
            match node.tag_name().name() {
                "title" if package.title.is_none() => {
                    let t = html::collapse(&all_text(node));
                    package.title = (!t.is_empty()).then_some(t);
                }
                "item" => {
                    let (Some(id), Some(href)) = (node.attribute("id"), node.attribute("href"))
                    else {
                        continue;
                    };
                    let path = resolve(dir, href);
                    let props = node.attribute("properties").unwrap_or("");
                    if props.split_whitespace().any(|p| p == "nav") {
                        package.nav = Some(path.clone());
                    }
                    manifest.insert(id, path);
                }
                _ => {}
            }
        }
        for node in doc.descendants().filter(|n| n.has_tag_name("spine")) {
            if let Some(toc) = node.attribute("toc") {
                package.ncx = manifest.get(toc).cloned();
            }
            for item in node.children().filter(|n| n.has_tag_name("itemref")) {
                if let Some(path) = item.attribute("idref").and_then(|id| manifest.get(id)) {
                    package.spine.push(path.clone());
                }
            }
        }
        Ok(package)
    }
}

/// The package file's path from `META-INF/container.xml`.
fn rootfile(container: &str) -> Option<String> {
    let doc = xml(container).ok()?;
    let node = doc.descendants().find(|n| n.has_tag_name("rootfile"))?;
    node.attribute("full-path").map(|p| resolve("", p))
}

/// The EPUB 3 navigation document's `toc` list, nested lists one level deeper.
fn nav_entries(xhtml: &str, dir: &str) -> Vec<TocEntry> {
    let doc = Document::from(xhtml);
    let navs = doc.select("nav");
    let toc = navs
        .iter()
        .find(|n| n.attr("epub:type").is_some_and(|t| t.contains("toc")))
        .or_else(|| navs.iter().next());
    let Some(toc) = toc else { return Vec::new() };
    let mut entries = Vec::new();
    for link in toc.select("a[href]").iter() {
        let level = link.ancestors(None).filter("ol, ul").length();
        let href = link.attr("href").unwrap_or_default();
        entries.push(entry(level.max(1), &link.text(), dir, &href));
    }
    entries
}

/// The EPUB 2 NCX's navigation points; a point inside another is one level deeper.
fn ncx_entries(ncx: &str, dir: &str) -> Vec<TocEntry> {
    let Ok(doc) = xml(ncx) else { return Vec::new() };
    let mut entries = Vec::new();
    for point in doc.descendants().filter(|n| n.has_tag_name("navPoint")) {
        let level = point.ancestors().filter(|a| a.has_tag_name("navPoint")).count();
        let label =
            point.children().find(|n| n.has_tag_name("navLabel")).map(all_text).unwrap_or_default();
        let src =
            point.children().find(|n| n.has_tag_name("content")).and_then(|c| c.attribute("src"));
        if let Some(src) = src {
            entries.push(entry(level, &label, dir, src));
        }
    }
    entries
}

/// The text of an XML element and everything inside it.
fn all_text(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect()
}

fn entry(level: usize, title: &str, dir: &str, href: &str) -> TocEntry {
    let (file, fragment) = href.split_once('#').map_or((href, false), |(f, _)| (f, true));
    TocEntry {
        level: level.min(6),
        title: html::collapse(title),
        file: resolve(dir, file),
        fragment,
    }
}

/// One chapter as Markdown, opening with its table-of-contents entry as a heading. The
/// chapter's own first heading is dropped when it says the same, so it is not shown twice.
fn chapter(xhtml: &str, toc: Option<&TocEntry>) -> Extracted {
    let doc = Document::from(xhtml);
    let mut markdown = String::new();
    if let Some(toc) = toc.filter(|t| !t.title.is_empty()) {
        let first = doc.select("h1, h2, h3, h4, h5, h6").iter().next();
        if let Some(h) =
            first.filter(|h| html::collapse(&h.text()).eq_ignore_ascii_case(&toc.title))
        {
            h.remove();
        }
        markdown.push_str(&"#".repeat(toc.level));
        markdown.push(' ');
        markdown.push_str(&escape_heading(&toc.title));
        markdown.push_str("\n\n");
    }
    let body = html::body_markdown(&doc);
    markdown.push_str(&body.markdown);
    Extracted { title: None, markdown, captions: body.captions }
}

/// A title as the text of a Markdown heading: characters with a meaning there escaped.
fn escape_heading(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    for c in title.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn xml(text: &str) -> Result<roxmltree::Document<'_>, String> {
    let opts = roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() };
    roxmltree::Document::parse_with_options(text, opts).map_err(|e| one_line(&e.to_string()))
}

/// The folder of a path inside the zip, with its trailing slash ("" at the top).
fn dir_of(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..=i])
}

/// A relative reference from a file in `dir` as a path inside the zip: percent escapes
/// decoded, `.` and `..` resolved.
fn resolve(dir: &str, href: &str) -> String {
    let joined = format!("{dir}{}", percent_decode(href));
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// An error's message on one line.
fn one_line(message: &str) -> String {
    html::collapse(message)
}

#[cfg(test)]
mod tests;
