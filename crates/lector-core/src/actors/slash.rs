//! Slash pairs: "Jamaat Nasr al-Sahil/JNS", "Tessalit/Tesalit". A slash between two names
//! is either one actor written two ways or two actors set side by side ("US/UK",
//! "Russia/Ukraine"); only evidence from the whole text tells which. Phase one finds the
//! pairs per block ([`pairs`]); phase two links a pair ([`link_pairs`]) when one side is an
//! acronym of the other, when the two are spellings of one word, or when one side is never
//! used alone while the other is. Two names the built-in list knows are left as they are:
//! it already says whether they are one actor.

use super::kinds::{self, Tally};
use super::lexicon;
use super::names::{Names, Target};
use super::reject;
use super::runs::{Definition, MAX_NAME_BYTES, run_end};
use super::tokens::{Shape, Token, gap};
use crate::model::{ActorKind, Rule};
use foldhash::HashMap as FastMap;

/// Finds "X/Y" and "X / Y" between two capitalised names in a block's tokens. A chain of
/// three or more ("Users/Name/Documents") is a path, not a pair.
pub fn pairs(text: &str, tokens: &[Token], out: &mut Vec<Definition>) {
    for k in 1..tokens.len() {
        let (left, right) = (&tokens[k - 1], &tokens[k]);
        if !right.is_cap() || !left.is_cap() || left.is_possessive() {
            continue;
        }
        if !matches!(gap(text, left, right), "/" | " / ") {
            continue;
        }
        let start = run_start(text, tokens, k - 1);
        let end = run_end(text, tokens, k);
        let before = &text[..tokens[start].start];
        let after = &text[tokens[end - 1].end..];
        if before.trim_end().ends_with('/') || after.trim_start().starts_with('/') {
            continue;
        }
        let long = tokens[start].start..left.end;
        let short = right.start..tokens[end - 1].end;
        if long.len() <= MAX_NAME_BYTES && short.len() <= MAX_NAME_BYTES {
            out.push(Definition { long, short });
        }
    }
}

/// Where the name ending at token `last` starts: back over capitalised words and the
/// joints inside a name ("Bank of England"), then forward past a common word opening it
/// ("The Kel Adrar/Adrar Front").
fn run_start(text: &str, tokens: &[Token], last: usize) -> usize {
    let mut i = last;
    while i > 0 && last - i < super::runs::MAX_NAME_WORDS {
        let prev = &tokens[i - 1];
        if gap(text, prev, &tokens[i]) != " " || prev.is_possessive() {
            break;
        }
        let w = &text[prev.range()];
        let joint = prev.shape == Shape::Lower
            && lexicon::is_name_joint(w)
            && i >= 2
            && tokens[i - 2].is_cap();
        if !(prev.is_cap() || joint) {
            break;
        }
        i -= 1;
    }
    while i < last
        && (tokens[i].shape == Shape::Lower
            || (tokens[i].shape == Shape::Capitalised
                && lexicon::is_common(&text[tokens[i].range()])))
    {
        i += 1;
    }
    i
}

/// Links the pairs the evidence says are one actor. `tally` holds every use of each name,
/// the pairs' own uses included.
pub fn link_pairs(
    text: &str,
    pairs: &[Definition],
    tally: &FastMap<&str, Tally>,
    names: &mut Names,
) {
    // How often each name is written as one side of a pair: the rest of its uses are alone.
    let mut in_pairs: FastMap<&str, u32> = FastMap::default();
    for d in pairs {
        *in_pairs.entry(&text[d.long.clone()]).or_default() += 1;
        *in_pairs.entry(&text[d.short.clone()]).or_default() += 1;
    }
    let alone = |s: &str| {
        let used = tally.get(s).map_or(0, |t| t.count);
        used.saturating_sub(in_pairs.get(s).copied().unwrap_or(0))
    };
    for d in pairs {
        let (x, y) = (&text[d.long.clone()], &text[d.short.clone()]);
        if x == y || reject::is_rejected_name(x) || reject::is_rejected_name(y) {
            continue;
        }
        let personal = [x, y].iter().any(|s| tally.get(s).is_some_and(|t| t.personal > 0));
        let Some(how) = judge(x, y, (alone(x), alone(y)), personal, names) else { continue };
        let (name, other) = match how {
            Link::Acronym { long, short } => (long, short),
            // The form the text uses more names the actor.
            _ if count(tally, y) > count(tally, x) => (y, x),
            _ => (x, y),
        };
        join(names, name, other, tally);
    }
}

fn count(tally: &FastMap<&str, Tally>, s: &str) -> u32 {
    tally.get(s).map_or(0, |t| t.count)
}

/// Why a pair is one actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link<'a> {
    Acronym {
        long: &'a str,
        short: &'a str,
    },
    Spelling,
    /// One side is never written alone: it is a second name of the other.
    Aside,
}

/// Whether `x/y` is one actor, given how often each is used alone elsewhere and whether
/// either met a person's cue ("the Hollis/Brandt ticket" after "said Hollis" is two people:
/// a person seldom goes by a second name behind a slash).
fn judge<'a>(
    x: &'a str,
    y: &'a str,
    (alone_x, alone_y): (u32, u32),
    personal: bool,
    names: &Names,
) -> Option<Link<'a>> {
    let (known_x, known_y) = (names.is_known(x), names.is_known(y));
    if known_x && known_y {
        return None; // the built-in list (or an earlier definition) has decided
    }
    if is_acronym_of(y, x) {
        return Some(Link::Acronym { long: x, short: y });
    }
    if is_acronym_of(x, y) {
        return Some(Link::Acronym { long: y, short: x });
    }
    if same_spelling(x, y) {
        return Some(Link::Spelling);
    }
    // "Russia/Chechnya", written only so: a state beside a name never used alone may be a
    // part of it, not another name of it.
    let state_known = [x, y].iter().any(|s| {
        names
            .actor_of(s)
            .is_some_and(|a| matches!(names.actors[a].kind, ActorKind::State | ActorKind::Place))
    });
    let one_aside = (alone_x == 0) != (alone_y == 0);
    (one_aside && !state_known && !personal).then_some(Link::Aside)
}

/// Makes `other` a name of `name`'s actor, creating that actor when neither is known.
fn join(names: &mut Names, name: &str, other: &str, tally: &FastMap<&str, Tally>) {
    match (names.actor_of(name), names.actor_of(other)) {
        (Some(a), None) if !names.is_known(other) => {
            names.add_surface(other, Target::Actor(a), Rule::Alias);
        }
        (None, Some(a)) if !names.is_known(name) => {
            names.add_surface(name, Target::Actor(a), Rule::Alias);
        }
        (None, None) if !names.is_known(name) && !names.is_known(other) => {
            let kind = kind_of(name, other, tally);
            let a = names.add_actor(name, kind, Rule::Alias);
            names.add_surface(other, Target::Actor(a), Rule::Alias);
        }
        _ => {}
    }
}

/// The kind of a pair's actor from both names' evidence: their cues together, so "the town
/// of Tessalit" also makes "Tesalit" a place.
fn kind_of(name: &str, other: &str, tally: &FastMap<&str, Tally>) -> ActorKind {
    let mut t = tally.get(name).copied().unwrap_or_default();
    let o = tally.get(other).copied().unwrap_or_default();
    t.placed += o.placed;
    t.personal += o.personal;
    t.ev.place |= o.ev.place;
    t.ev.after_in |= o.ev.after_in;
    t.ev.organisation |= o.ev.organisation;
    t.ev.title |= o.ev.title;
    t.ev.person_verb |= o.ev.person_verb;
    let acronym = is_acronym_of(other, name);
    if !acronym && t.placed > 2 * t.personal {
        return ActorKind::Place;
    }
    kinds::classify_defined(name, t.ev, acronym)
}

/// "JNS" for "Jamaat Nasr al-Sahil": the initials of the long form's capitalised parts
/// (hyphenated parts and lowercase particles count only when needed).
pub fn is_acronym_of(short: &str, long: &str) -> bool {
    let letters: Vec<char> = short.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = short.chars().all(|c| !c.is_lowercase());
    if letters.len() < 2 || !upper || !long.contains(' ') && !long.contains('-') {
        return false;
    }
    let initials = |with_lower: bool| -> Vec<char> {
        long.split([' ', '-'])
            .filter_map(|w| w.chars().next())
            .filter(|c| with_lower || c.is_uppercase())
            .flat_map(char::to_uppercase)
            .collect()
    };
    initials(false) == letters || initials(true) == letters
}

/// Two spellings of one word ("Tessalit"/"Tesalit", "Kyiv"/"Kiev", "Odesa"/"Odessa"): the
/// same first letter, the same consonants once doubled letters are read as one, and at most
/// two letters apart. Names of four letters or fewer are too short to tell.
pub fn same_spelling(x: &str, y: &str) -> bool {
    let (lx, ly) = (lexicon::lower(x), lexicon::lower(y));
    if lx.chars().count() < 4 || ly.chars().count() < 4 || lx == ly {
        return lx == ly && x != y;
    }
    lx.chars().next() == ly.chars().next()
        && consonants(&lx) == consonants(&ly)
        && edit_distance(&lx, &ly) <= 2
}

/// The consonants of a lowercase word, a doubled one read once; "y" counts as a vowel.
fn consonants(w: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in w.chars().filter(|c| c.is_alphabetic() && !"aeiouy".contains(*c)) {
        if out.last() != Some(&c) {
            out.push(c);
        }
    }
    out
}

/// Levenshtein distance over characters; names are short, so two rows suffice.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let swap = prev[j] + usize::from(ca != cb);
            cur[j + 1] = swap.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests;
