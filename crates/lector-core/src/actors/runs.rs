//! Runs of capitalised words, the unit every later stage reads a name from: where a run
//! ends ("Bank of England", "Osama bin Laden", "People's Union" are one run each), and the
//! pairs of runs the text defines as one name. Below discovery and the acronym finder, so
//! neither depends on the other for it.

use super::kinds;
use super::lexicon;
use super::reject;
use super::tokens::{Shape, Token, joined};
use std::ops::Range;

/// A pair of names the text says are one: an acronym and its long form, or an alias.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub long: Range<usize>,
    pub short: Range<usize>,
}

/// The most words (joints included) and bytes a name may have: "United Nations Office for
/// the Coordination of Humanitarian Affairs" fits; a longer run of capitalised words is a
/// heading, a list or a table row run together, and treating it as a name would make every
/// later stage pay for its length.
pub const MAX_NAME_WORDS: usize = 12;
pub const MAX_NAME_BYTES: usize = 128;

/// A run of tokens too long to be one name.
pub fn is_overlong(run: &[Token]) -> bool {
    match (run.first(), run.last()) {
        (Some(first), Some(last)) => {
            run.len() > MAX_NAME_WORDS || last.end - first.start > MAX_NAME_BYTES
        }
        _ => false,
    }
}

/// End (exclusive) of the run of capitalised words starting at `i`: words joined by single
/// spaces, with lowercase particles between two capitalised words ("Bank of England",
/// "Osama bin Laden"); a possessive ends the run.
pub fn run_end(text: &str, tokens: &[Token], i: usize) -> usize {
    let mut j = i + 1;
    while j < tokens.len()
        && (joined(text, &tokens[j - 1], &tokens[j]) || possessive_joint(text, tokens, j))
    {
        if tokens[j].is_cap() {
            j += 1;
            continue;
        }
        // Past the longest name, the run is only followed to its end (to be skipped whole),
        // without the checks that look back over it.
        let capped = j - i > MAX_NAME_WORDS;
        // A name joint ("of", "bin", "van"), optionally followed by "the", if a capitalised
        // word follows: "Bank of England", "Republic of the Congo"; inside a body's name
        // also "and": "Department of Climate Change and Meteorological Services".
        let mut k = j;
        let w = &text[tokens[k].range()];
        let body_and = w == "and"
            && !capped
            && j >= i + 3
            && kinds::heads_body(&text[tokens[i].start..tokens[j - 1].end]);
        if tokens[k].shape == Shape::Lower && (lexicon::is_name_joint(w) || body_and) {
            k += 1;
            // "Republic of the Congo"; but "and the" starts another name ("the University of
            // Naples and the British Institute").
            if w != "and"
                && k < tokens.len()
                && &text[tokens[k].range()] == "the"
                && joined(text, &tokens[k - 1], &tokens[k])
            {
                k += 1;
            }
        }
        if k > j
            && k < tokens.len()
            && tokens[k].is_cap()
            && joined(text, &tokens[k - 1], &tokens[k])
        {
            j = k + 1;
            continue;
        }
        break;
    }
    j
}

/// "People's Union", "Workers' Party": a common word's possessive inside an institution's
/// name, recognised when the words after it end in an institution word.
fn possessive_joint(text: &str, tokens: &[Token], j: usize) -> bool {
    let prev = &tokens[j - 1];
    if !prev.is_possessive() || text[prev.poss_end..tokens[j].start] != *" " {
        return false;
    }
    if !lexicon::is_common(&text[prev.range()]) || !tokens[j].is_cap() {
        return false;
    }
    // Only as far as a name can reach, so a chain of possessives is read once.
    let mut k = j;
    while k + 1 < tokens.len().min(j + MAX_NAME_WORDS)
        && joined(text, &tokens[k], &tokens[k + 1])
        && tokens[k + 1].is_cap()
    {
        k += 1;
    }
    reject::has_institution_word(&text[tokens[j].start..tokens[k].end])
}

/// A finder of definitions over one block's tokens, as [`super::acronym::definitions`] is.
#[cfg(test)]
pub type Finder = fn(&str, &[Token], &mut Vec<Definition>);

/// Test help: tokenizes `text`, runs `finders` in order and gives each definition found as
/// its long and short text.
#[cfg(test)]
pub fn found_pairs(text: &str, finders: &[Finder]) -> Vec<(String, String)> {
    let mut t = Vec::new();
    super::tokens::tokenize(text, 0..text.len(), &mut t);
    let mut out = Vec::new();
    for find in finders {
        find(text, &t, &mut out);
    }
    out.iter()
        .map(|d| (text[d.long.clone()].to_string(), text[d.short.clone()].to_string()))
        .collect()
}

/// Test help: a pair as [`found_pairs`] gives it.
#[cfg(test)]
pub fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::tokens::tokenize;

    fn runs(text: &str) -> Vec<String> {
        let mut t = Vec::new();
        tokenize(text, 0..text.len(), &mut t);
        let mut out = Vec::new();
        let mut i = 0;
        while i < t.len() {
            if t[i].is_cap() {
                let end = run_end(text, &t, i);
                out.push(text[t[i].start..t[end - 1].end].to_string());
                i = end;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn runs_hold_joints_and_stop_at_possessives() {
        assert_eq!(
            runs("the Bank of England, then Osama bin Laden"),
            ["Bank of England", "Osama bin Laden"]
        );
        assert_eq!(runs("the Republic of the Congo met"), ["Republic of the Congo"]);
        assert_eq!(runs("the Workers' Party Congress"), ["Workers' Party Congress"]);
        assert_eq!(runs("Pakistan’s Shehbaz Sharif"), ["Pakistan", "Shehbaz Sharif"]);
        assert_eq!(runs("Pakistan and India"), ["Pakistan", "India"]);
        assert_eq!(
            runs(
                "the Department of Trade and Industry and the University of Naples and the Royal Society"
            ),
            ["Department of Trade and Industry", "University of Naples", "Royal Society"]
        );
    }
}
