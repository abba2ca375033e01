//! Finding every known surface string in a block at once: one leftmost-longest Aho-Corasick
//! automaton, then word-boundary checks ("US" not in "USAID", "Mali" not in "Somalia").
//! A possessive after a name is outside the match already, because "’" is not a word char.

use super::names::Surface;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};
use std::ops::Range;

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
    /// Builds a matcher over `surfaces[from..]`.
    pub fn new(surfaces: &[Surface], from: usize) -> NameMatcher {
        let pats: Vec<&str> = surfaces[from..].iter().map(|s| s.text.as_str()).collect();
        let ac = if pats.is_empty() {
            None
        } else {
            // A DFA costs a little memory at build time and is the fastest to search.
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&pats)
                .ok()
        };
        NameMatcher { ac, surfaces: (from..surfaces.len()).collect() }
    }

    /// Appends the matches inside `text[range]` to `out`, in order, never overlapping.
    pub fn find_in(&self, text: &str, range: Range<usize>, out: &mut Vec<RawMatch>) {
        let Some(ac) = &self.ac else { return };
        let mut at = range.start;
        while at < range.end {
            let input = Input::new(text).span(at..range.end);
            let Some(m) = ac.find(input) else { break };
            if is_word_boundary(text, m.start(), m.end()) {
                out.push(RawMatch {
                    range: m.start()..m.end(),
                    surface: self.surfaces[m.pattern().as_usize()],
                });
                at = m.end();
            } else {
                // A shorter or later name may still start inside the rejected match.
                at = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before_ok = !text[..start].chars().next_back().is_some_and(is_word_char);
    let after_ok = !text[end..].chars().next().is_some_and(is_word_char);
    // A name ending in a dot ("U.S.") may be followed by anything but another letter.
    before_ok && after_ok
}

/// Merges two ordered, non-overlapping match lists into one: at each point the earliest
/// start wins, and at equal starts the longer match, as a single automaton would choose.
pub fn merge_longest(a: Vec<RawMatch>, b: Vec<RawMatch>) -> Vec<RawMatch> {
    if b.is_empty() {
        return a;
    }
    if a.is_empty() {
        return b;
    }
    let mut all = a;
    all.extend(b);
    all.sort_by(|x, y| {
        x.range.start.cmp(&y.range.start).then_with(|| y.range.end.cmp(&x.range.end))
    });
    let mut out: Vec<RawMatch> = Vec::with_capacity(all.len());
    for m in all {
        if out.last().is_some_and(|last| m.range.start < last.range.end) {
            continue;
        }
        out.push(m);
    }
    out
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
        let m = NameMatcher::new(&n.surfaces, 0);
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
    fn a_rejected_long_match_does_not_hide_a_later_one() {
        assert_eq!(found(&["Mali", "ali"], "Somali"), Vec::<String>::new());
        assert_eq!(found(&["Chad", "Chadian"], "Chadiana Chad"), ["Chad"]);
    }

    #[test]
    fn merge_prefers_earliest_then_longest() {
        let m = |s, e, i| RawMatch { range: s..e, surface: i };
        let merged = merge_longest(vec![m(0, 8, 0), m(14, 16, 1)], vec![m(0, 13, 2), m(12, 20, 3)]);
        assert_eq!(merged, vec![m(0, 13, 2), m(14, 16, 1)]);
    }
}
