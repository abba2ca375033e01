//! Actor-aware reading as data: which paragraphs mention whom, per-section statistics,
//! presence, co-occurrence, mentions in context, first mentions, "so far" counts, sidebar
//! order and curation. Uses only the model, so it can live in the UI-free core.
//!
//! Everything a frame needs is built once, in the background, by [`Reading::build`]: one
//! pass over the mentions and one over the blocks, so the cost is linear in both. The
//! queries that depend on a choice the reader makes (an actor, an offset) then cost the
//! actor's mentions or a binary search, never a scan of the document.

mod brief;
mod context;
mod cooccur;
mod curate;
mod first;
mod index;
mod order;
mod presence;
mod sofar;
mod stats;

pub use brief::{ActorBrief, Brief, FirstMentionBrief, SectionCount, Together, brief};
pub use context::{MentionInContext, context_line, mentions_in_context};
pub use curate::{Change, Curator, Edit, Rebuilt, write_actor_file};
pub use first::{Definition, FirstMention, first_mention};
pub use index::ParagraphIndex;
pub use order::{SortBy, order_actors};
pub use presence::Presence;
pub use sofar::{count_up_to, counts_up_to};
pub use stats::{SectionStats, WORDS_PER_MINUTE, count_words, section_stats};

use crate::model::Document;
use std::sync::Arc;

/// The indexes the reading features share, built once per document (and again after a
/// curation changes the actors). The paragraph index is shared, not owned: a reader that
/// built it first for a filter hands the same one to the statistics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    pub paragraphs: Arc<ParagraphIndex>,
    pub sections: Vec<SectionStats>,
}

impl Reading {
    /// Builds every index: linear in the mentions, the blocks and the text (for word counts).
    pub fn build(doc: &Document) -> Reading {
        Reading::with_index(doc, Arc::new(ParagraphIndex::build(doc)))
    }

    /// The statistics over a paragraph index already built for `doc`.
    pub fn with_index(doc: &Document, paragraphs: Arc<ParagraphIndex>) -> Reading {
        let sections = section_stats(doc, &paragraphs);
        Reading { paragraphs, sections }
    }
}

/// The actor a name stands for: its name, else one of its aliases, in any case.
pub fn find_actor(doc: &Document, name: &str) -> Option<usize> {
    let name = name.trim().to_lowercase();
    let is = |s: &String| s.to_lowercase() == name;
    doc.actors
        .iter()
        .position(|a| is(&a.name))
        .or_else(|| doc.actors.iter().position(|a| a.aliases.iter().any(is)))
}

/// The title a section shows when it has none: the untitled opening.
pub fn section_title(doc: &Document, section: usize) -> &str {
    match doc.section_title(section) {
        "" => "(opening)",
        title => title,
    }
}

#[cfg(test)]
mod tests;
