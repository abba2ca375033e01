//! What the name model sees of one distinct candidate name: its uses counted over the whole
//! text (how often, where in the sentence, in capitals, with which cue) and the words around
//! its first uses. Folded block by block in text order, beside the resolver's own tallies.

use super::features::context_features;
use crate::actors::discovery::BlockFindings;
use crate::actors::kinds::Cue;
use crate::actors::prune::Cut;
use crate::model::ActorKind;
use foldhash::HashMap;
use std::ops::Range;

/// Uses whose neighbouring words are kept: the first few say enough, and the cost of a name
/// used ten thousand times stays that of one used eight times.
const CONTEXT_USES: u32 = 8;

/// The counted evidence of one distinct name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NameEvidence {
    pub count: u32,
    /// Uses that open a sentence.
    pub initial: u32,
    /// Uses written all in capitals.
    pub all_caps: u32,
    /// Uses per cue, indexed by [`cue_index`].
    pub cues: [u32; CUES],
    /// The kind of a known name inside it (a place wins).
    pub contains: Option<ActorKind>,
    /// Hashed features of the words around its first uses.
    pub context: Vec<u64>,
    /// Where it was found; kept only when training, to compare with gold names.
    pub ranges: Vec<Range<usize>>,
}

/// The number of cues counted.
pub const CUES: usize = 10;

/// A cue's slot in [`NameEvidence::cues`].
pub fn cue_index(cue: Cue) -> usize {
    match cue {
        // The rules' cue of a place reached by going is no cue to the model (see Cue::Reached).
        Cue::None | Cue::Reached => 0,
        Cue::Title => 1,
        Cue::Apposition => 2,
        Cue::Group => 3,
        Cue::Place => 4,
        Cue::PersonVerb => 5,
        Cue::Organisation => 6,
        Cue::AfterIn => 7,
        Cue::Indefinite => 8,
        Cue::Definite => 9,
    }
}

/// The evidence of every distinct candidate name of a text.
#[derive(Debug, Default)]
pub struct Collector<'t> {
    /// Each name's evidence and its rank of first appearance. A fast hasher, and no second
    /// structure for the order, because on a register of names this map is touched once per
    /// candidate and pruned often.
    names: HashMap<&'t str, (usize, NameEvidence)>,
    /// Distinct names counted so far: the next one's rank.
    ranked: usize,
    keep_ranges: bool,
}

impl<'t> Collector<'t> {
    /// A collector that also keeps every use's range (for training).
    pub fn keeping_ranges() -> Collector<'t> {
        Collector { keep_ranges: true, ..Collector::default() }
    }

    /// Counts one block's candidates; blocks must come in text order.
    pub fn add(&mut self, text: &'t str, found: &BlockFindings) {
        for c in &found.names {
            let s = &text[c.range.clone()];
            let (_, e) = self.names.entry(s).or_insert_with(|| {
                self.ranked += 1;
                (self.ranked, NameEvidence::default())
            });
            if e.count < CONTEXT_USES {
                context_features(text, c.range.clone(), &mut e.context);
            }
            e.count += 1;
            e.initial += u32::from(c.sentence_initial);
            e.all_caps += u32::from(!s.chars().any(char::is_lowercase));
            e.cues[cue_index(c.cue)] += 1;
            if e.contains != Some(ActorKind::Place) && c.contains.is_some() {
                e.contains = c.contains;
            }
            if self.keep_ranges {
                e.ranges.push(c.range.clone());
            }
        }
    }

    /// Keeps the `keep` most frequent names (ties by first appearance), by the rule the
    /// resolver's tally is pruned by, so both keep the same names.
    pub fn prune(&mut self, keep: usize) {
        let names: Vec<(u32, usize)> =
            self.names.values().map(|(rank, e)| (e.count, *rank)).collect();
        let cut = Cut::keeping(keep, &names);
        self.names.retain(|_, (rank, e)| cut.keeps(e.count, *rank));
    }

    pub fn get(&self, name: &str) -> Option<&NameEvidence> {
        self.names.get(name).map(|(_, e)| e)
    }

    /// Every name with its evidence, in order of first appearance.
    pub fn iter(&self) -> impl Iterator<Item = (&'t str, &NameEvidence)> + '_ {
        let mut ranked: Vec<(usize, &'t str, &NameEvidence)> =
            self.names.iter().map(|(s, (rank, e))| (*rank, *s, e)).collect();
        ranked.sort_unstable_by_key(|(rank, ..)| *rank);
        ranked.into_iter().map(|(_, s, e)| (s, e))
    }
}

impl NameEvidence {
    pub fn has(&self, cue: Cue) -> bool {
        self.cues[cue_index(cue)] > 0
    }
}
