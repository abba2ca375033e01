//! What the name model sees of one distinct candidate name: its uses counted over the whole
//! text (how often, where in the sentence, in capitals, with which cue) and the words around
//! its first uses. Folded block by block in text order, beside the resolver's own tallies.

use super::features::context_features;
use crate::actors::discovery::BlockFindings;
use crate::actors::kinds::Cue;
use crate::model::ActorKind;
use std::collections::HashMap;
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
        Cue::None => 0,
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
    names: HashMap<&'t str, NameEvidence>,
    /// Distinct names in order of first appearance.
    order: Vec<&'t str>,
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
            let e = self.names.entry(s).or_insert_with(|| {
                self.order.push(s);
                NameEvidence::default()
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

    /// Keeps only the names `keep` accepts.
    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        self.names.retain(|name, _| keep(name));
        let names = &self.names;
        self.order.retain(|name| names.contains_key(name));
    }

    pub fn get(&self, name: &str) -> Option<&NameEvidence> {
        self.names.get(name)
    }

    /// Every name with its evidence, in order of first appearance.
    pub fn iter(&self) -> impl Iterator<Item = (&'t str, &NameEvidence)> + '_ {
        self.order.iter().map(|s| (*s, &self.names[s]))
    }
}

impl NameEvidence {
    pub fn has(&self, cue: Cue) -> bool {
        self.cues[cue_index(cue)] > 0
    }
}
