//! Sort and narrow the actor list: by count, by first appearance or by name; by kind.

use crate::model::{ActorKind, Document};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Most mentioned first (ties by name).
    #[default]
    Count,
    /// In the order the text introduces them.
    FirstAppearance,
    /// Alphabetical, ignoring case.
    Name,
}

/// Actor indexes in the chosen order, keeping only the `kinds` given (all when empty).
/// `counts` replaces the whole-document counts (the "so far" counts), when given.
pub fn order_actors(
    doc: &Document,
    by: SortBy,
    counts: Option<&[usize]>,
    kinds: &[ActorKind],
) -> Vec<usize> {
    let count =
        |a: usize| counts.and_then(|c| c.get(a).copied()).unwrap_or_else(|| doc.mention_count(a));
    let first =
        |a: usize| doc.mentions_of(a).first().map_or(usize::MAX, |&m| doc.mentions[m].range.start);
    let mut order: Vec<usize> = (0..doc.actors.len())
        .filter(|&a| kinds.is_empty() || kinds.contains(&doc.actors[a].kind))
        .collect();
    let name = |a: usize| doc.actors[a].name.to_lowercase();
    match by {
        SortBy::Count => order.sort_by(|&a, &b| {
            count(b).cmp(&count(a)).then_with(|| doc.actors[a].name.cmp(&doc.actors[b].name))
        }),
        SortBy::FirstAppearance => order.sort_by_key(|&a| (first(a), a)),
        SortBy::Name => order.sort_by_cached_key(|&a| (name(a), a)),
    }
    order
}
