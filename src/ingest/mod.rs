//! Ingest: read bytes, normalize them into clean text, and split it into blocks and sections.
//!
//! One file per format. Normalization happens once, here, so that every byte offset in the
//! model indexes the same text that `lector text` prints.

use crate::model::Document;
use std::path::{Path, PathBuf};

/// The input formats lector understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
}

impl Format {
    /// Picks the format from a file name's extension; anything unknown is plain text.
    pub fn from_name(name: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Text
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
}

/// The bundled article as a source.
pub fn bundled() -> Source {
    Source {
        name: crate::BUNDLED_NAME.to_string(),
        bytes: crate::BUNDLED_ARTICLE.as_bytes().to_vec(),
        format: Format::Text,
    }
}

/// Reads a file into a source, with typed errors for the cases a user meets.
pub fn read_file(path: &Path) -> Result<Source, IngestError> {
    let _ = path;
    todo!()
}

/// Reads at most `max` bytes from the start of a file (cut back to a line end), with the same
/// checks as [`read_file`]: used to draw the first screen before the whole file is read.
pub fn read_head(path: &Path, max: usize) -> Result<Source, IngestError> {
    let _ = (path, max);
    todo!()
}

/// Decodes, normalizes and parses a source into a document without actors.
/// Takes the source by value so a clean UTF-8 buffer becomes the text without a copy.
pub fn parse(source: Source) -> Result<Document, IngestError> {
    let _ = source;
    todo!()
}

/// Reads all of standard input.
pub fn read_stdin() -> Result<Source, IngestError> {
    todo!()
}
