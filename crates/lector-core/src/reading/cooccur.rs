//! With whom: the actors that share an actor's paragraphs, with the number of paragraphs
//! they share. Reads the per-block actor lists, so its cost is the actor's paragraphs times
//! the actors in each, never a scan of the document.

use super::ParagraphIndex;
use crate::model::index;

impl ParagraphIndex {
    /// `(actor, shared paragraphs)` for every other actor sharing a paragraph with `actor`,
    /// most shared first (ties: the earlier actor, which is the earlier to appear).
    pub fn cooccurring(&self, actor: usize) -> Vec<(usize, usize)> {
        let mut counts = vec![0usize; self.actor_count()];
        for &b in self.blocks_of(actor) {
            for &other in self.actors_in(index(b)) {
                counts[index(other)] += 1;
            }
        }
        let mut out: Vec<(usize, usize)> =
            counts.into_iter().enumerate().filter(|&(other, n)| n > 0 && other != actor).collect();
        out.sort_unstable_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        out
    }
}
