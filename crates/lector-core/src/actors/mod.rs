//! Actor detection as a function of the text, behind one seam: [`Detector`].
//!
//! [`Pipeline`] runs in three phases so that work stays linear in the text and parallel
//! where it is heavy: (1) per block, in parallel, known names are matched and candidate
//! names, acronyms and aliases discovered; (2) once, cheaply, candidates are resolved into
//! actors and surface strings; (3) per block, in parallel, known and newly found names are
//! matched and merged; the blocks' mentions are then appended in order.
//! Sequential and parallel runs give identical results.
//!
//! Memory stays close to the text and the mentions themselves: both parallel phases run
//! over rounds of blocks, phase one's candidates are folded into per-name tallies as each
//! round ends, known matches wait for phase three in one flat table, and phase three's
//! matches go straight into the output vector.

mod acronym;
mod context;
mod discovery;
mod gazetteer;
mod kinds;
pub mod learned;
mod lexicon;
mod matcher;
mod names;
mod output;
mod place_cues;
pub mod prior;
mod prune;
mod reject;
mod resolve;
mod runs;
mod slash;
mod tokens;
mod truecase;
mod user;
mod word_order;
#[doc(hidden)]
pub mod work;

pub use output::slug;
pub use user::{UserActor, UserActors, UserActorsError, UserMerge, UserRename, config_actor_file};

use crate::model::{Actor, Block, BlockKind, Document, Mention};
use matcher::{MatchTable, NameMatcher, merge_longest};
use names::Names;
use rayon::prelude::*;

/// What a detector returns: actors and their mentions (byte ranges into the text).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Detection {
    pub actors: Vec<Actor>,
    pub mentions: Vec<Mention>,
    /// Limits that applied, one short line each ("actor detection skipped 3 blocks of
    /// capitalised text"): shown on stderr by subcommands and in the reader's status bar.
    pub limits: Vec<String>,
}

/// The seam: anything that finds actors in a text split into blocks.
pub trait Detector: Send + Sync {
    fn detect(&self, text: &str, blocks: &[Block]) -> Detection;
}

/// Runs a detector over a document and stores its result in the model.
pub fn annotate(doc: &mut Document, detector: &dyn Detector) {
    let found = detector.detect(&doc.text, &doc.blocks);
    store(doc, found);
}

/// Stores a detection result in the model; the limits that applied join the document's
/// warnings, which the reader shows in its status bar.
pub fn store(doc: &mut Document, found: Detection) {
    doc.set_actors(found.actors, found.mentions);
    doc.warnings.extend(found.limits);
}

/// The built-in detection pipeline, optionally corrected by the user's actor files.
#[derive(Debug, Clone)]
pub struct Pipeline {
    /// Built-in names plus the user's definitions.
    known: Names,
    known_matcher: NameMatcher,
    user: UserActors,
    /// Why the known names cannot be matched, when their automaton failed to build.
    known_failed: Option<String>,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::new(UserActors::default())
    }
}

impl Pipeline {
    pub fn new(user: UserActors) -> Pipeline {
        let mut known = gazetteer::built_in();
        user.apply_definitions(&mut known);
        let (known_matcher, known_failed) = match NameMatcher::new(&known.surfaces, 0) {
            Ok(m) => (m, None),
            Err(e) => (NameMatcher::empty(), Some(format!("known actor names not matched: {e}"))),
        };
        Pipeline { known, known_matcher, user, known_failed }
    }

    /// The same detection on one thread; the parallel result must equal it.
    pub fn detect_sequential(&self, text: &str, blocks: &[Block]) -> Detection {
        self.run(text, blocks, false, &|_| {})
    }

    /// Parallel detection that reports how far it has got (0.0 to 1.0) after each round of
    /// blocks, for a progress display on a big document.
    pub fn detect_with_progress(
        &self,
        text: &str,
        blocks: &[Block],
        progress: &dyn Fn(f32),
    ) -> Detection {
        self.run(text, blocks, true, progress)
    }

    /// Phase one alone, on one thread: the evidence of every distinct candidate name, with
    /// the ranges of its uses. What the name model is trained on.
    pub fn name_evidence<'t>(&self, text: &'t str, blocks: &[Block]) -> learned::Collector<'t> {
        let mut evidence = learned::Collector::keeping_ranges();
        for b in blocks.iter().filter(|b| text.get(b.range()).is_some()) {
            let mut known = Vec::new();
            self.known_matcher.find_in(text, b.range(), &mut known);
            evidence.add(text, &discovery::discover(text, b, &self.known, &known));
        }
        evidence
    }

    fn run(
        &self,
        text: &str,
        blocks: &[Block],
        parallel: bool,
        progress: &dyn Fn(f32),
    ) -> Detection {
        // Discovery is about three fifths of the work, matching the rest.
        let rounds_of_blocks = rounds(blocks);
        let rounds = rounds_of_blocks.len().max(1) as f32;
        // The publisher's header and licence name no actor of the text.
        let valid = |b: &Block| text.get(b.range()).is_some() && b.kind != BlockKind::Furniture;
        let mut found = resolve::Candidates::default();
        let mut evidence = learned::Collector::default();
        let mut known = MatchTable::default();
        // Phase one alone matches the known names, over the whole text: on a big text, a DFA
        // of them, built for this run (about as long as matching 4 MB with the compact
        // automaton saves) and dropped when the phase ends, so its memory never meets the
        // peak.
        let fast_known = (text.len() >= FAST_KNOWN_BYTES)
            .then(|| NameMatcher::new_fast_if_few(&self.known.surfaces, 0).ok())
            .flatten();
        let known_matcher = fast_known.as_ref().unwrap_or(&self.known_matcher);
        for (i, round) in rounds_of_blocks.iter().enumerate() {
            let chunk = &blocks[round.clone()];
            let round = map_all(chunk.iter().collect(), parallel, |b: &Block| {
                let mut known = Vec::new();
                if !valid(b) {
                    return (known, discovery::BlockFindings::default());
                }
                known_matcher.find_in(text, b.range(), &mut known);
                truecase::find_in_caps(known_matcher, text, b.range(), &mut known);
                let findings = discovery::discover(text, b, &self.known, &known);
                (known, findings)
            });
            for (matches, findings) in round {
                evidence.add(text, &findings);
                let pruned = found.pruned();
                found.add(text, findings);
                if found.pruned() != pruned {
                    // The model's evidence is kept for the names the tally keeps, so it is
                    // bounded by the same limit.
                    evidence.prune(resolve::KEPT_AFTER_PRUNING);
                }
                known.push_block(&matches);
            }
            progress(0.6 * (i + 1) as f32 / rounds);
        }

        drop(fast_known);
        let mut limits: Vec<String> = self.known_failed.iter().cloned().collect();
        if found.overlong_runs > 0 {
            limits.push(format!(
                "actor detection skipped {} runs of capitalised words too long to be names",
                found.overlong_runs
            ));
        }
        let left_out = resolve::over_limit(&found);
        if left_out > 0 {
            limits.push(format!(
                "actor detection kept the {} most frequent names; {left_out} more left out",
                resolve::MAX_NAMES
            ));
        }
        let mut names = resolve::resolve(text, found, &self.known, &evidence);
        // The name model's evidence is done with: freed before the second phase's matcher
        // is built, so the two never add up at the peak.
        drop(evidence);
        self.user.apply_edits(&mut names);
        let found_matcher =
            NameMatcher::new_fast_if_few(&names.surfaces, self.known.surfaces.len())
                .unwrap_or_else(|e| {
                    limits.push(format!("names found in the text not matched: {e}"));
                    NameMatcher::empty()
                });

        let mut emitter = output::Emitter::new(text, &names, blocks);
        for (i, round) in rounds_of_blocks.iter().enumerate() {
            let (chunk, first) = (&blocks[round.clone()], round.start);
            let items = chunk.iter().enumerate().map(|(k, b)| (first + k, b)).collect();
            let per_block = map_all(items, parallel, |(k, b): (usize, &Block)| {
                let mut found = Vec::new();
                if valid(b) {
                    found_matcher.find_in(text, b.range(), &mut found);
                    truecase::find_in_caps(&found_matcher, text, b.range(), &mut found);
                }
                let mut merged = Vec::new();
                merge_longest(known.block(k), found, &mut merged);
                merged
            });
            for (k, matches) in per_block.iter().enumerate() {
                emitter.block(first + k, matches);
            }
            progress(0.6 + 0.4 * (i + 1) as f32 / rounds);
        }
        drop(known);
        let mut detection = emitter.finish(text);
        detection.limits = limits;
        detection
    }
}

/// Texts from this size on match the known names with a DFA built for the run.
const FAST_KNOWN_BYTES: usize = 4 << 20;

/// Blocks handled per round of the first and last phases: enough to keep every core busy,
/// few enough that a round's findings stay small next to the text.
const CHUNK_BLOCKS: usize = 4096;
/// Text handled per round at most: a text dense with names has a candidate every few bytes,
/// so a round's findings must be bounded by its bytes too.
const CHUNK_BYTES: usize = 1 << 20;

/// The blocks of each round, in order: up to [`CHUNK_BLOCKS`] blocks or [`CHUNK_BYTES`] of
/// text, whichever comes first (at least one block).
fn rounds(blocks: &[Block]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, b) in blocks.iter().enumerate() {
        bytes += b.range().len();
        if i + 1 - start >= CHUNK_BLOCKS || bytes >= CHUNK_BYTES {
            out.push(start..i + 1);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < blocks.len() {
        out.push(start..blocks.len());
    }
    out
}

/// `f` over `items` in order, on all cores or on this one.
fn map_all<I, T, F>(items: Vec<I>, parallel: bool, f: F) -> Vec<T>
where
    I: Send,
    T: Send,
    F: Fn(I) -> T + Sync + Send,
{
    if parallel {
        items.into_par_iter().map(f).collect()
    } else {
        items.into_iter().map(f).collect()
    }
}

impl Detector for Pipeline {
    fn detect(&self, text: &str, blocks: &[Block]) -> Detection {
        self.run(text, blocks, true, &|_| {})
    }
}

/// The user's corrections for a run: the actor file in the config directory, then
/// `actor_file` (the later wins). Errors name the file and line. Cheap, so it runs before the
/// terminal is touched; building the [`Pipeline`] from it can wait.
pub fn user_actors_for(actor_file: Option<&std::path::Path>) -> Result<UserActors, String> {
    let mut user = UserActors::default();
    if let Some(path) = config_actor_file().filter(|p| p.is_file()) {
        user = user.merge(UserActors::load(&path).map_err(|e| e.to_string())?);
    }
    if let Some(path) = actor_file {
        user = user.merge(UserActors::load(path).map_err(|e| e.to_string())?);
    }
    Ok(user)
}
