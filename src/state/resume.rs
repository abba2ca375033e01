//! Where to open a document: its own saved position, or, for a file that changed since it
//! was read, the section of the same title nearest to the one it was in.

use super::{DocId, DocState, Position, Store};
use crate::model::Sections;
use std::path::Path;

/// Where a document opens, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resume {
    /// Never read (or nothing usable saved): the start.
    Start,
    /// The same document: the exact byte offset saved.
    Exact(usize),
    /// The file changed: the start of the nearest section to where reading stopped.
    Section { offset: usize, section: usize },
}

impl Resume {
    /// The byte offset to open at.
    pub fn offset(&self) -> usize {
        match self {
            Resume::Start => 0,
            Resume::Exact(o) | Resume::Section { offset: o, .. } => *o,
        }
    }
}

impl Position {
    /// The position at a byte offset, with the section that holds it (titles are read from
    /// the document's `text`).
    pub fn at(offset: usize, sections: &Sections, text: &str) -> Position {
        let section = sections.iter().rposition(|s| s.range.start <= offset).unwrap_or(0);
        let section_title = sections.get(section).map_or("", |s| s.title(text)).to_string();
        Position { offset, section, section_title }
    }
}

/// Where to open a document with identity `id`, read from `path` (none for standard input),
/// with this text and these sections. The document's own state wins;
/// else the state of what the path held last time, mapped onto these sections.
pub fn resume(
    store: &Store,
    path: Option<&Path>,
    id: &DocId,
    text: &str,
    sections: &Sections,
) -> (Resume, DocState, Option<String>) {
    let own = store.load(id);
    if let Some(pos) = &own.state.position {
        let at = if pos.offset <= text.len() { Resume::Exact(pos.offset) } else { Resume::Start };
        return (at, own.state, own.warning);
    }
    let earlier = path.and_then(|p| store.last_id(p)).filter(|old| old != id);
    let Some(old) = earlier.map(|old| store.load(&old)) else {
        return (Resume::Start, own.state, own.warning);
    };
    let at = old.state.position.as_ref().map_or(Resume::Start, |p| nearest(p, sections, text));
    // Marks point into the old text: they are not carried over.
    let state = DocState { position: None, ..own.state };
    (at, state, own.warning.or(old.warning))
}

/// The section of the same title nearest in order to the one the position was in; failing
/// that, the section at the same index (or the last).
fn nearest(pos: &Position, sections: &Sections, text: &str) -> Resume {
    if sections.is_empty() {
        return Resume::Start;
    }
    let same_title = sections
        .iter()
        .enumerate()
        .filter(|(_, s)| !pos.section_title.is_empty() && s.title(text) == pos.section_title)
        .min_by_key(|(i, _)| i.abs_diff(pos.section))
        .map(|(i, _)| i);
    let section = same_title.unwrap_or(pos.section.min(sections.len() - 1));
    let offset = sections.get(section).map_or(0, |s| s.range.start);
    Resume::Section { offset, section }
}
