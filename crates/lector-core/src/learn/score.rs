//! Exact-span scores of a detection against gold names: precision, recall and F1 with labels
//! ignored (with MISC in the gold, and without it), and how often the kind of an exact match
//! agrees with the gold person / organisation / location.

use super::conll::{Gold, GoldSpan};
use crate::model::{ActorKind, Mention, index};
use std::collections::HashSet;
use std::ops::Range;

/// Counts summed over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub predicted: usize,
    pub gold: usize,
    pub exact: usize,
}

impl Tally {
    pub fn precision(&self) -> f64 {
        ratio(self.exact, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.exact, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The scores of a run over a corpus.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// Every gold name counts, MISC included.
    pub with_misc: Tally,
    /// Gold PER, ORG and LOC only; a prediction that is exactly a MISC name is left out.
    pub without_misc: Tally,
    /// Exact matches of a PER, ORG or LOC name, and those whose kind agrees.
    pub kind_matches: usize,
    pub kind_agree: usize,
    /// Wrong and missed names, for reading: (text, gold type or none, predicted kind or none).
    pub errors: Vec<(String, Option<Gold>, Option<ActorKind>)>,
}

impl Scores {
    pub fn kind_agreement(&self) -> f64 {
        ratio(self.kind_agree, self.kind_matches)
    }

    /// Adds one document: its gold names and the detection's mentions and actors' kinds.
    pub fn add(
        &mut self,
        text: &str,
        gold: &[GoldSpan],
        mentions: &[Mention],
        kinds: &[ActorKind],
    ) {
        let mut predicted: Vec<(Range<usize>, ActorKind)> = Vec::new();
        let mut seen = HashSet::new();
        for m in mentions {
            if seen.insert((m.range.start, m.range.end)) {
                predicted.push((m.range.clone(), kinds[index(m.actor)]));
            }
        }
        let gold_at = |r: &Range<usize>| gold.iter().find(|g| g.range == *r).map(|g| g.kind);
        for (r, kind) in &predicted {
            let g = gold_at(r);
            self.with_misc.predicted += 1;
            if g != Some(Gold::Misc) {
                self.without_misc.predicted += 1;
            }
            match g {
                Some(Gold::Misc) => self.with_misc.exact += 1,
                Some(g) => {
                    self.with_misc.exact += 1;
                    self.without_misc.exact += 1;
                    self.kind_matches += 1;
                    if agrees(*kind, g) {
                        self.kind_agree += 1;
                    } else {
                        self.errors.push((text[r.clone()].to_string(), Some(g), Some(*kind)));
                    }
                }
                None => self.errors.push((text[r.clone()].to_string(), None, Some(*kind))),
            }
        }
        for g in gold {
            self.with_misc.gold += 1;
            if g.kind != Gold::Misc {
                self.without_misc.gold += 1;
            }
            if !seen.contains(&(g.range.start, g.range.end)) {
                self.errors.push((text[g.range.clone()].to_string(), Some(g.kind), None));
            }
        }
    }
}

/// Person ↔ PER; organisation, armed group and international organisation ↔ ORG; state and
/// place ↔ LOC. A group of people agrees with nothing.
pub fn agrees(kind: ActorKind, gold: Gold) -> bool {
    matches!(
        (kind, gold),
        (ActorKind::Person, Gold::Person)
            | (
                ActorKind::Organisation
                    | ActorKind::ArmedGroup
                    | ActorKind::InternationalOrganisation,
                Gold::Organisation
            )
            | (ActorKind::State | ActorKind::Place, Gold::Location)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rule;

    fn mention(actor: u32, range: Range<usize>) -> Mention {
        Mention { actor, range, block: 0, section: 0, rule: Rule::Name }
    }

    #[test]
    fn counts_exact_spans_and_kinds() {
        // "Anna Berg met EU staff in Berlin on Diwali ."
        let text = "Anna Berg met EU staff in Berlin on Diwali .";
        let gold = [
            GoldSpan { range: 0..9, kind: Gold::Person },
            GoldSpan { range: 14..16, kind: Gold::Organisation },
            GoldSpan { range: 26..32, kind: Gold::Location },
            GoldSpan { range: 36..42, kind: Gold::Misc },
        ];
        // Berg alone (a wrong span), EU as a state (wrong kind), Berlin twice (counted once),
        // Diwali as a person (a MISC name).
        let mentions = [
            mention(0, 5..9),
            mention(1, 14..16),
            mention(2, 26..32),
            mention(2, 26..32),
            mention(0, 36..42),
        ];
        let kinds = [ActorKind::Person, ActorKind::State, ActorKind::Place];
        let mut s = Scores::default();
        s.add(text, &gold, &mentions, &kinds);
        assert_eq!(s.with_misc, Tally { predicted: 4, gold: 4, exact: 3 });
        assert_eq!(s.without_misc, Tally { predicted: 3, gold: 3, exact: 2 });
        assert_eq!((s.kind_matches, s.kind_agree), (2, 1));
        assert!((s.with_misc.f1() - 0.75).abs() < 1e-9);
        assert!(s.errors.iter().any(|e| e.0 == "Anna Berg" && e.2.is_none()));
    }
}
