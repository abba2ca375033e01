//! "So far": mention counts up to the reading position, spoiler-free. A binary search per
//! actor over its mentions, so the sidebar can recount on every scroll.

use crate::model::Document;

/// An actor's mentions that start before `offset`.
pub fn count_up_to(doc: &Document, actor: usize, offset: usize) -> usize {
    doc.mentions_of(actor).partition_point(|&m| doc.mentions[m].range.start < offset)
}

/// Every actor's mentions that start before `offset`, indexed by actor.
pub fn counts_up_to(doc: &Document, offset: usize) -> Vec<usize> {
    (0..doc.actors.len()).map(|a| count_up_to(doc, a, offset)).collect()
}
