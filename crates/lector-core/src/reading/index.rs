//! The paragraph index: for each actor the blocks that mention it, for each block the actors
//! it mentions, and each actor's mentions per section. Built in one pass over the mentions,
//! which are already in reading order, so every list comes out sorted without a sort.

use crate::model::{Document, index};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParagraphIndex {
    /// Per actor, the blocks that mention it, ascending, each once.
    by_actor: Vec<Vec<u32>>,
    /// Per block, where its actors start in `block_actors` (`blocks + 1` entries).
    block_start: Vec<usize>,
    /// The distinct actors of each block, ascending, block after block.
    block_actors: Vec<u32>,
    /// Per actor, `(section, mentions)` for each section that mentions it, ascending.
    sections: Vec<Vec<(u32, u32)>>,
}

impl ParagraphIndex {
    pub fn build(doc: &Document) -> ParagraphIndex {
        let n = doc.actors.len();
        let mut by_actor: Vec<Vec<u32>> = vec![Vec::new(); n];
        let mut sections: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n];
        let mut block_start = Vec::with_capacity(doc.blocks.len() + 1);
        let mut block_actors: Vec<u32> = Vec::new();
        let mut m = 0;
        for b in 0..doc.blocks.len() {
            block_start.push(block_actors.len());
            let from = block_actors.len();
            while let Some(mention) = doc.mentions.get(m) {
                if index(mention.block) != b {
                    break;
                }
                let a = index(mention.actor);
                if by_actor[a].last() != Some(&mention.block) {
                    by_actor[a].push(mention.block);
                    block_actors.push(mention.actor);
                }
                match sections[a].last_mut() {
                    Some((s, count)) if *s == mention.section => *count += 1,
                    _ => sections[a].push((mention.section, 1)),
                }
                m += 1;
            }
            block_actors[from..].sort_unstable();
        }
        block_start.push(block_actors.len());
        for list in &mut by_actor {
            list.shrink_to_fit();
        }
        ParagraphIndex { by_actor, block_start, block_actors, sections }
    }

    /// The blocks that mention an actor, in reading order.
    pub fn blocks_of(&self, actor: usize) -> &[u32] {
        self.by_actor.get(actor).map_or(&[], Vec::as_slice)
    }

    /// The blocks that mention every one of `actors` (all blocks' worth of nothing when the
    /// list is empty): the shortest list intersected with each other by merging.
    pub fn blocks_with_all(&self, actors: &[usize]) -> Vec<u32> {
        let mut lists: Vec<&[u32]> = actors.iter().map(|&a| self.blocks_of(a)).collect();
        lists.sort_by_key(|l| l.len());
        let Some((first, rest)) = lists.split_first() else { return Vec::new() };
        let mut kept = first.to_vec();
        for other in rest {
            kept = intersect(&kept, other);
        }
        kept
    }

    /// The distinct actors a block mentions, ascending.
    pub fn actors_in(&self, block: usize) -> &[u32] {
        match (self.block_start.get(block), self.block_start.get(block + 1)) {
            (Some(&a), Some(&b)) => &self.block_actors[a..b],
            _ => &[],
        }
    }

    /// An actor's mentions per section: `(section, count)` for each section naming it.
    pub fn section_counts(&self, actor: usize) -> &[(u32, u32)] {
        self.sections.get(actor).map_or(&[], Vec::as_slice)
    }

    /// The bytes the index holds on the heap (for the memory figure in the benchmarks).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let lists = |v: &Vec<Vec<u32>>| {
            v.iter().map(|l| l.capacity() * 4 + size_of::<Vec<u32>>()).sum::<usize>()
        };
        let pairs: usize =
            self.sections.iter().map(|l| l.capacity() * 8 + size_of::<Vec<u32>>()).sum();
        lists(&self.by_actor)
            + pairs
            + self.block_start.capacity() * 8
            + self.block_actors.capacity() * 4
    }

    /// How many actors the index was built for.
    pub fn actor_count(&self) -> usize {
        self.by_actor.len()
    }

    /// How many blocks the document has (the "of 180 paragraphs" of a filter).
    pub fn block_count(&self) -> usize {
        self.block_start.len().saturating_sub(1)
    }
}

/// The values in both ascending lists, by walking them side by side.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}
