//! Finding every known surface string in a block at once: one leftmost-longest Aho-Corasick
//! automaton, then word-boundary checks ("US" not in "USAID", "Mali" not in "Somalia").
//! Word boundaries are the tokenizer's own, so an apostrophe joins words ("Don’t" holds no
//! "Don") except before a possessive, which stays outside the match. A match that fails the
//! check resumes the search at the next word's start, never inside the word, so a long word
//! is crossed once however many names it contains.

use super::names::Surface;
use super::tokens::is_word_boundary;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, BuildError, Input, MatchKind};
use std::ops::Range;

/// Names up to this many bytes in all may be matched by a DFA: one table lookup per byte of
/// text, about twice as fast as the default automaton, at about 300 bytes of memory per byte
/// of name (3.5 MB for the built-in names). More names, as a register of thousands, keep
/// the compact automaton.
const DFA_PATTERN_BYTES: usize = 16 << 10;

/// One match of a surface string: byte range into the document text and the surface index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMatch {
    pub range: Range<usize>,
    pub surface: usize,
}

#[derive(Debug, Clone)]
pub struct NameMatcher {
    ac: Option<AhoCorasick>,
    /// Pattern index → surface index.
    surfaces: Vec<usize>,
}

impl NameMatcher {
    /// Builds a matcher over `surfaces[from..]` with the compact automaton, for matchers kept
    /// for the life of the program.
    pub fn new(surfaces: &[Surface], from: usize) -> Result<NameMatcher, BuildError> {
        NameMatcher::build(surfaces, from, false)
    }

    /// Builds a matcher over `surfaces[from..]`, a DFA when they are few ([`DFA_PATTERN_BYTES`]):
    /// for one pass over a text, then dropped.
    pub fn new_fast_if_few(surfaces: &[Surface], from: usize) -> Result<NameMatcher, BuildError> {
        NameMatcher::build(surfaces, from, true)
    }

    fn build(surfaces: &[Surface], from: usize, dfa: bool) -> Result<NameMatcher, BuildError> {
        let pats: Vec<&str> = surfaces[from..].iter().map(|s| s.text.as_str()).collect();
        let ac = if pats.is_empty() {
            None
        } else {
            let mut builder = AhoCorasickBuilder::new();
            builder.match_kind(MatchKind::LeftmostLongest);
            // The DFA's build grows with the square of a long name: only for few names.
            if dfa && pats.iter().map(|p| p.len()).sum::<usize>() <= DFA_PATTERN_BYTES {
                builder.kind(Some(aho_corasick::AhoCorasickKind::DFA));
            }
            Some(builder.build(&pats)?)
        };
        Ok(NameMatcher { ac, surfaces: (from..surfaces.len()).collect() })
    }

    /// A matcher that finds nothing.
    pub fn empty() -> NameMatcher {
        NameMatcher { ac: None, surfaces: Vec::new() }
    }

    /// Appends the matches inside `text[range]` to `out`, in order, never overlapping.
    pub fn find_in(&self, text: &str, range: Range<usize>, out: &mut Vec<RawMatch>) {
        let Some(ac) = &self.ac else { return };
        let mut at = range.start;
        let mut scanned = 0;
        while at < range.end {
            let input = Input::new(text).span(at..range.end);
            let Some(m) = ac.find(input) else {
                scanned += range.end - at;
                break;
            };
            scanned += m.end() - at;
            if is_word_boundary(text, m.start(), m.end()) {
                out.push(RawMatch {
                    range: m.start()..m.end(),
                    surface: self.surfaces[m.pattern().as_usize()],
                });
                at = m.end();
            } else {
                // A shorter or later name may still start inside the rejected match, but
                // only where a word starts: anywhere else fails the boundary check.
                at = next_word_start(text, m.start(), range.end);
            }
        }
        super::work::add(scanned);
    }
}

/// The first position after `at` that a name may start at: one not preceded by a letter,
/// digit or underscore (a superset of the starts the word-boundary check accepts).
fn next_word_start(text: &str, at: usize, end: usize) -> usize {
    let mut chars = text[at..end].char_indices().map(|(i, c)| (at + i, c));
    // Step over the char at `at`, then over the rest of the word it belongs to.
    let Some((_, mut prev)) = chars.next() else { return end };
    for (i, c) in chars {
        if !(prev.is_alphanumeric() || prev == '_') {
            return i;
        }
        prev = c;
    }
    end
}

/// Merges two ordered, non-overlapping match lists into `out`: at each point the earliest
/// start wins, and at equal starts the longer match (then `a`'s), as a single automaton
/// would choose.
pub fn merge_longest(
    a: impl IntoIterator<Item = RawMatch>,
    b: impl IntoIterator<Item = RawMatch>,
    out: &mut Vec<RawMatch>,
) {
    let key = |m: &RawMatch| (m.range.start, std::cmp::Reverse(m.range.end));
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let from_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => key(x) <= key(y),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let next = if from_a { a.next() } else { b.next() };
        let Some(next) = next else { break };
        if out.last().is_some_and(|last| next.range.start < last.range.end) {
            continue;
        }
        out.push(next);
    }
}

/// Every block's matches in one flat vector of 16-byte entries, so the millions of matches
/// of a huge text cost one allocation, two thirds the size of [`RawMatch`]es, handed back
/// whole when dropped.
#[derive(Debug, Default)]
pub struct MatchTable {
    matches: Vec<PackedMatch>,
    /// Where each block's matches end in `matches` (32 bits: a block per few bytes).
    ends: Vec<u32>,
}

#[derive(Debug, Clone, Copy)]
struct PackedMatch {
    start: usize,
    len: u32,
    surface: u32,
}

impl MatchTable {
    /// Appends the next block's matches. A name longer than 4 GB, a table of more than
    /// four billion surfaces or more than four billion matches in all cannot occur; such a
    /// match would be left out.
    pub fn push_block(&mut self, matches: &[RawMatch]) {
        let room = (u32::MAX as usize).saturating_sub(self.matches.len());
        self.matches.extend(matches.iter().take(room).filter_map(|m| {
            let len = u32::try_from(m.range.len()).ok()?;
            let surface = u32::try_from(m.surface).ok()?;
            Some(PackedMatch { start: m.range.start, len, surface })
        }));
        self.ends.push(u32::try_from(self.matches.len()).unwrap_or(u32::MAX));
    }

    /// The matches of block `i` (none past the last block pushed).
    pub fn block(&self, i: usize) -> impl Iterator<Item = RawMatch> + '_ {
        let start = i.checked_sub(1).and_then(|p| self.ends.get(p)).map_or(0, |&e| e as usize);
        let end = self.ends.get(i).map_or(start, |&e| e as usize);
        self.matches[start..end].iter().map(|p| RawMatch {
            range: p.start..p.start + p.len as usize,
            surface: p.surface as usize,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::names::{Names, Target};
    use crate::model::{ActorKind, Rule};

    fn names(list: &[&str]) -> Names {
        let mut n = Names::default();
        for s in list {
            let a = n.add_actor(s, ActorKind::State, Rule::Gazetteer);
            n.add_surface(s, Target::Actor(a), Rule::Gazetteer);
        }
        n
    }

    fn found(list: &[&str], text: &str) -> Vec<String> {
        let n = names(list);
        let m = NameMatcher::new(&n.surfaces, 0).expect("builds");
        let mut out = Vec::new();
        m.find_in(text, 0..text.len(), &mut out);
        out.iter().map(|r| text[r.range.clone()].to_string()).collect()
    }

    #[test]
    fn longest_match_wins_and_boundaries_hold() {
        let list = ["Pakistan", "Pakistani", "Pakistani Taliban", "Taliban", "ISIS", "ISIS-K"];
        assert_eq!(
            found(&list, "the Pakistani Taliban, Pakistan’s ISIS-K, ISIS and Pakistanis"),
            ["Pakistani Taliban", "Pakistan", "ISIS-K", "ISIS"]
        );
        assert_eq!(found(&["Mali", "US", "U.S."], "Somalia USAID us U.S. policy"), ["U.S."]);
        assert_eq!(found(&["Taliban", "TTP"], "Taliban-TTP ties"), ["Taliban", "TTP"]);
    }

    #[test]
    fn the_dfa_finds_what_the_compact_automaton_finds() {
        let n = names(&["Pakistan", "Pakistani Taliban", "Mali", "U.S.", "Vel", "elk", "TTP"]);
        let text = "the Pakistani Taliban, Somalia, U.S. policy, VelkVelk Vel (Vel) elk, TTP’s";
        let run = |m: NameMatcher| {
            let mut out = Vec::new();
            m.find_in(text, 0..text.len(), &mut out);
            out
        };
        let compact = run(NameMatcher::new(&n.surfaces, 0).expect("builds"));
        let fast = NameMatcher::new_fast_if_few(&n.surfaces, 0).expect("builds");
        assert_eq!(fast.ac.as_ref().map(|a| a.kind()), Some(aho_corasick::AhoCorasickKind::DFA));
        assert_eq!(compact.len(), 6);
        assert_eq!(run(fast), compact);
    }

    #[test]
    fn a_rejected_long_match_does_not_hide_a_later_one() {
        assert_eq!(found(&["Mali", "ali"], "Somali"), Vec::<String>::new());
        assert_eq!(found(&["Chad", "Chadian"], "Chadiana Chad"), ["Chad"]);
    }

    #[test]
    fn a_long_word_is_crossed_once() {
        assert_eq!(found(&["Vel", "elk"], "VelkVelk Vel (Vel) elk"), ["Vel", "Vel", "elk"]);
        assert_eq!(found(&["(Vel"], "a(Vel (Vel"), ["(Vel"]);
        assert_eq!(next_word_start("ab cd", 0, 5), 3);
        assert_eq!(next_word_start("(cd", 0, 3), 1);
        assert_eq!(next_word_start("ab", 0, 2), 2);
    }

    #[test]
    fn merge_prefers_earliest_then_longest() {
        let m = |s, e, i| RawMatch { range: s..e, surface: i };
        let mut merged = Vec::new();
        merge_longest([m(0, 8, 0), m(14, 16, 1)], [m(0, 13, 2), m(12, 20, 3)], &mut merged);
        assert_eq!(merged, vec![m(0, 13, 2), m(14, 16, 1)]);
        let mut tie = Vec::new();
        merge_longest([m(0, 4, 0)], [m(0, 4, 1), m(5, 6, 2)], &mut tie);
        assert_eq!(tie, vec![m(0, 4, 0), m(5, 6, 2)]);
    }

    #[test]
    fn a_match_table_slices_by_block() {
        let m = |s, e, i| RawMatch { range: s..e, surface: i };
        let mut t = MatchTable::default();
        t.push_block(&[m(0, 2, 0)]);
        t.push_block(&[]);
        t.push_block(&[m(5, 6, 1), m(7, 9, 2)]);
        let block = |i| t.block(i).collect::<Vec<_>>();
        assert_eq!(block(0), [m(0, 2, 0)]);
        assert!(block(1).is_empty());
        assert_eq!(block(2), [m(5, 6, 1), m(7, 9, 2)]);
        assert!(block(3).is_empty());
    }
}
