//! What lector remembers per document between runs: the reading position, marks and the
//! place before the last jump. Storage only; the reader decides when to load and save.
//!
//! A document is known by a hash of its bytes, so a moved or renamed file still resumes; a
//! record of each path's last hash lets a changed file resume at the nearest section. One
//! small TOML file per document, written atomically (a temporary file renamed over the old
//! one), so a crash or a corrupt file costs at most that one document's state, and a file
//! that cannot be read gives a warning to show, never an error or a panic.

mod file;
mod resume;

pub use file::{Loaded, Store};
pub use resume::{Resume, resume};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A document's identity: the 128-bit XXH3 hash of its bytes, as 32 hex digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocId(String);

impl DocId {
    /// The identity of a document's bytes (the file as read, before decoding).
    pub fn of(bytes: &[u8]) -> DocId {
        DocId(format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes)))
    }

    /// The hex digits, as file names use them.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn parse(hex: &str) -> Option<DocId> {
        (hex.len() == 32 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| DocId(hex.to_ascii_lowercase()))
    }
}

/// Where the reader was: a byte offset into the document's text, and the section holding it
/// (its index and title), so that a changed document can resume at the same section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub offset: usize,
    pub section: usize,
    #[serde(default)]
    pub section_title: String,
}

/// Everything remembered about one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocState {
    /// Where reading stopped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// Where the reader was before the last jump (what `''` returns to).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<usize>,
    /// Marks: a letter and the byte offset it was set at.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub marks: BTreeMap<char, usize>,
}

impl DocState {
    /// Sets a mark; only letters name marks (as in less and vim). Returns whether it was set.
    pub fn set_mark(&mut self, letter: char, offset: usize) -> bool {
        if !letter.is_ascii_alphabetic() {
            return false;
        }
        self.marks.insert(letter, offset);
        true
    }

    /// The offset a mark was set at.
    pub fn mark(&self, letter: char) -> Option<usize> {
        self.marks.get(&letter).copied()
    }
}

#[cfg(test)]
mod tests;
