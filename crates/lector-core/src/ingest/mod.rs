//! Ingest: read bytes, normalize them into clean text, and split it into blocks and sections.
//!
//! One file per format. Normalization happens once, here, so that every byte offset in the
//! model indexes the same text that `lector text` prints.
//!
//! Pipeline: `source` (files, stdin, typed errors) → `decode` (encodings) → `normalize`
//! (controls, escapes, line ends, tabs) → `text` + `shape` (plain text) or `markdown` →
//! `sections` (shared by every format); `title` finds the document's own title. A web page
//! (`html`) and an EPUB book (`epub`, read from its zip) are first written as Markdown.

mod book;
mod decode;
mod epub;
pub mod html;
mod markdown;
mod normalize;
mod sections;
mod shape;
mod source;
mod text;
mod title;

pub use normalize::{TAB_STOP, is_bidi_control};
pub use source::{read_file, read_head, read_stdin, read_tail};

use crate::model::{BlockKind, Document};
use std::path::PathBuf;

/// The input formats lector understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    /// A saved web page: its article is extracted, then rendered as Markdown is.
    Html,
    /// An e-book: a zip of XHTML chapters with a table of contents.
    Epub,
}

impl Format {
    /// Picks the format from a file name's extension; anything unknown is plain text.
    pub fn from_name(name: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else if [".html", ".htm", ".xhtml"].iter().any(|e| lower.ends_with(e)) {
            Format::Html
        } else if lower.ends_with(".epub") {
            Format::Epub
        } else {
            Format::Text
        }
    }

    /// Picks the format from the name, and where the name says nothing (standard input, a
    /// file without a known extension), from the content: an HTML page or an EPUB's zip.
    /// A `.txt` file is text whatever it holds.
    pub fn detect(name: &str, bytes: &[u8]) -> Format {
        if name.to_ascii_lowercase().ends_with(".txt") {
            return Format::Text;
        }
        match Format::from_name(name) {
            Format::Text if epub::looks_like_epub(bytes) => Format::Epub,
            Format::Text if html::looks_like_html(bytes) => Format::Html,
            format => format,
        }
    }
}

/// Raw input: a name for the title bar, the bytes, and the format.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub bytes: Vec<u8>,
    pub format: Format,
}

/// Why an input cannot be opened. Each renders as one clear line.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{}: no such file", .0.display())]
    NotFound(PathBuf),
    #[error("{}: is a directory, not a file", .0.display())]
    IsDirectory(PathBuf),
    #[error("{}: cannot read: {source}", .path.display())]
    Unreadable { path: PathBuf, source: std::io::Error },
    #[error("{name}: looks like a binary file, not text")]
    Binary { name: String },
    #[error("{name}: not a readable EPUB: {reason}")]
    BadEpub { name: String, reason: String },
    #[error(
        "standard input is a terminal: pipe text into `lector -`, e.g. `cat notes.txt | lector -`"
    )]
    StdinIsTerminal,
}

/// The bundled article as a source.
pub fn bundled() -> Source {
    Source {
        name: crate::BUNDLED_NAME.to_string(),
        bytes: crate::BUNDLED_ARTICLE.as_bytes().to_vec(),
        format: Format::Text,
    }
}

/// Decoded and normalized text with the warnings met on the way: what `lector text` prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Decodes bytes (UTF-8, UTF-16 with a BOM, legacy 8-bit encodings) and normalizes the text: LF line ends,
/// tabs expanded, control characters, escape sequences and bidi overrides removed.
/// Valid UTF-8 with nothing to remove becomes the text without a copy.
/// `name` is only used to name the input in the error.
pub fn normalize(bytes: Vec<u8>, name: &str) -> Result<Normalized, IngestError> {
    let decoded =
        decode::decode(bytes).ok_or_else(|| IngestError::Binary { name: name.to_string() })?;
    Ok(Normalized { text: normalize::clean(decoded.text), warnings: decoded.warnings })
}

/// Decodes, normalizes and parses a source into a document without actors.
/// Takes the source by value so a clean UTF-8 buffer becomes the text without a copy.
pub fn parse(source: Source) -> Result<Document, IngestError> {
    let Source { name, bytes, format } = source;
    // A web page or a book becomes Markdown first: its article, or its chapters.
    let (text, mut warnings, page) = if format == Format::Epub {
        (String::new(), Vec::new(), Some(epub::read(&name, &bytes)?))
    } else {
        let Normalized { text, warnings } = normalize(bytes, &name)?;
        let page = (format == Format::Html).then(|| html::extract(&text));
        (text, warnings, page)
    };
    let (text, mut blocks, styles, tables, meta_title) = match (format, page) {
        (_, Some(page)) => {
            let r = render_page(page.markdown, &page.captions);
            (r.text, r.blocks, r.styles, r.tables, page.title)
        }
        (Format::Markdown, None) => {
            let front = title::markdown_front(&text);
            let r = markdown::render_document(front.body);
            let front_title = front.title;
            // The source is as big as the rendered text: freed before the sections are built,
            // so the two are never held beside the whole model.
            drop(text);
            (r.text, r.blocks, r.styles, r.tables, front_title)
        }
        _ => {
            let blocks = text::blocks(&text);
            (text, blocks, Vec::new(), Vec::new(), None)
        }
    };
    let sections = sections::build(&mut blocks, &text);
    let title = meta_title
        .or_else(|| title::from_blocks(&blocks, &text, format != Format::Text))
        .map(title::clean)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| title::clean(name));
    if blocks.is_empty() {
        warnings.push("empty file".to_string());
    }
    let mut doc = Document::new(title, text, blocks, sections, styles, warnings);
    doc.tables = tables;
    Ok(doc)
}

/// Renders Markdown made from HTML: normalized first (an entity can stand for any
/// character, an escape included), then the blocks whose text is a figure's caption marked
/// as captions.
fn render_page(markdown: String, captions: &[String]) -> markdown::Rendered {
    let source = normalize::clean(markdown);
    let mut r = markdown::render_document(&source);
    if !captions.is_empty() {
        let set: std::collections::HashSet<&str> = captions.iter().map(String::as_str).collect();
        for block in &mut r.blocks {
            let text = r.text.get(block.range()).unwrap_or("");
            if block.kind == BlockKind::Paragraph && set.contains(html::collapse(text).as_str()) {
                block.kind = BlockKind::Caption;
            }
        }
    }
    r
}

#[cfg(test)]
mod tests;
