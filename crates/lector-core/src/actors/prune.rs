//! The one rule phase one's per-name tables are pruned by: keep the most frequent names,
//! ties broken by first appearance. Each table applies it to its own counts and ranks, so
//! two tables fed the same candidates keep the same names without looking into each other.

/// Which names a pruning keeps: those counted more than `floor` times, and those counted
/// exactly `floor` times whose rank of first appearance is at most `last_rank`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    floor: u32,
    last_rank: usize,
}

impl Cut {
    /// The cut that keeps `keep` names (at least one) of those given as (count, rank of
    /// first appearance); linear in the names, with no hashing.
    pub fn keeping(keep: usize, names: &[(u32, usize)]) -> Cut {
        let keep = keep.clamp(1, names.len().max(1));
        let mut counts: Vec<u32> = names.iter().map(|&(count, _)| count).collect();
        let (_, &mut floor, _) = counts.select_nth_unstable_by(keep - 1, |a, b| b.cmp(a));
        let above = names.iter().filter(|&&(count, _)| count > floor).count();
        let mut tied: Vec<usize> =
            names.iter().filter(|&&(count, _)| count == floor).map(|&(_, rank)| rank).collect();
        let room = (keep - above).min(tied.len());
        let last_rank = if room == 0 { 0 } else { *tied.select_nth_unstable(room - 1).1 };
        Cut { floor, last_rank }
    }

    pub fn keeps(&self, count: u32, rank: usize) -> bool {
        count > self.floor || (count == self.floor && rank <= self.last_rank)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_frequent_are_kept_then_the_earliest_of_the_tied() {
        // (count, rank): two frequent names, then four seen once.
        let names = [(1, 1), (5, 2), (1, 3), (3, 4), (1, 5), (1, 6)];
        let cut = Cut::keeping(4, &names);
        let kept: Vec<usize> =
            names.iter().filter(|(c, r)| cut.keeps(*c, *r)).map(|(_, r)| *r).collect();
        assert_eq!(kept, [1, 2, 3, 4]);
        let cut = Cut::keeping(1, &names);
        assert!(cut.keeps(5, 2) && !cut.keeps(3, 4));
    }

    #[test]
    fn the_tally_and_the_models_evidence_keep_the_same_names_past_pruning() {
        use crate::actors::discovery::{BlockFindings, Cue, NameCandidate};
        use crate::actors::learned::Collector;
        use crate::actors::resolve::{Candidates, KEPT_AFTER_PRUNING};
        // A register: many more distinct names than are tallied at once, every third one
        // used twice, so pruning must choose by count and then by first appearance.
        let mut text = String::new();
        let mut blocks = Vec::new();
        for i in 0..5 * KEPT_AFTER_PRUNING {
            let start = text.len();
            let word = crate::shapes::word(i);
            let twice = i % 3 == 0;
            text.push_str(&word);
            text.push(' ');
            if twice {
                text.push_str(&word);
                text.push(' ');
            }
            let cand = |at: usize| NameCandidate {
                range: at..at + word.len(),
                words: 1,
                sentence_initial: false,
                cue: Cue::None,
                contains: None,
                region: false,
            };
            let mut names = vec![cand(start)];
            if twice {
                names.push(cand(start + word.len() + 1));
            }
            blocks.push(BlockFindings { names, ..BlockFindings::default() });
        }
        let (mut found, mut evidence) = (Candidates::default(), Collector::default());
        for f in blocks {
            evidence.add(&text, &f);
            let pruned = found.pruned();
            found.add(&text, f);
            if found.pruned() != pruned {
                evidence.prune(KEPT_AFTER_PRUNING);
            }
        }
        assert!(found.pruned() > 0);
        let tallied = found.order();
        let kept: Vec<&str> = evidence.iter().map(|(name, _)| name).collect();
        assert_eq!(tallied, kept);
        assert!(evidence.get(&crate::shapes::word(0)).is_some_and(|e| e.count == 2));
    }
}
