//! The features of one distinct name, hashed to 64-bit keys so that nothing is allocated
//! per feature and the weights file needs no vocabulary: the counts and cues the pipeline
//! found, the shape and prior frequency of its first and last words, their endings, what the
//! rules would call it, and the words around its first uses.

use super::evidence::{CUES, Collector, NameEvidence};
use crate::actors::kinds::{self, Cue, Evidence};
use crate::actors::lexicon::{self, lower};
use crate::actors::{prior, reject};
use std::ops::Range;

/// A feature key: FNV-1a over a tag, a separator and a value. Fixed across platforms and
/// runs, so trained weights stay valid.
pub fn key(tag: &str, value: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in tag.bytes().chain([0xff]).chain(value.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

const CUE_NAMES: [&str; CUES] = [
    "none",
    "title",
    "apposition",
    "group",
    "place",
    "person_verb",
    "organisation",
    "after_in",
    "indefinite",
    "definite",
];
const CUE_ORDER: [Cue; CUES] = [
    Cue::None,
    Cue::Title,
    Cue::Apposition,
    Cue::Group,
    Cue::Place,
    Cue::PersonVerb,
    Cue::Organisation,
    Cue::AfterIn,
    Cue::Indefinite,
    Cue::Definite,
];

/// A Zipf value in tenths as a coarse band: absent, rare, uncommon, common, very common.
fn band(tenths: u8) -> &'static str {
    match tenths {
        0 => "0",
        1..30 => "1",
        30..40 => "2",
        40..50 => "3",
        _ => "4",
    }
}

/// None, some or all of `count` uses.
fn share(part: u32, count: u32) -> &'static str {
    if part == 0 {
        "none"
    } else if part >= count {
        "all"
    } else {
        "some"
    }
}

fn count_band(n: u32) -> &'static str {
    match n {
        0 | 1 => "1",
        2 => "2",
        3 | 4 => "3-4",
        5..10 => "5-9",
        _ => "10+",
    }
}

fn shape(word: &str) -> &'static str {
    let mut chars = word.chars().filter(|c| c.is_alphanumeric());
    match chars.next() {
        None => "p",
        Some(c) if c.is_numeric() => "9",
        Some(c) if c.is_lowercase() => "a",
        Some(_) if word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) => "A",
        Some(_) => "Aa",
    }
}

/// The last `n` chars of a word, lowercased.
fn suffix(word: &str, n: usize) -> String {
    let chars: Vec<char> = word.chars().collect();
    chars[chars.len().saturating_sub(n)..].iter().flat_map(|c| c.to_lowercase()).collect()
}

/// Appends the features of one name to `out` (cleared first). `all` holds the other names
/// of the text: how a name's first or last word is used alone says much about the whole
/// ("Kestrel said it" beside "Kestrel Freight", "Vogt told" beside "Annika Vogt").
pub fn name_features(name: &str, ev: &NameEvidence, all: &Collector, out: &mut Vec<u64>) {
    out.clear();
    let words: Vec<&str> = name.split(' ').collect();
    let n = words.len().min(4).to_string();
    let count = count_band(ev.count);
    let initial = share(ev.initial, ev.count);
    let caps = share(ev.all_caps, ev.count);
    out.push(key("bias", ""));
    out.push(key("words", &n));
    out.push(key("count", count));
    out.push(key("initial", initial));
    out.push(key("caps", caps));
    out.push(key("words×count", &format!("{n}{count}")));
    out.push(key("words×initial", &format!("{n}{initial}")));
    for (i, cue) in CUE_NAMES.iter().enumerate().skip(1) {
        if ev.cues[i] > 0 {
            out.push(key("cue", cue));
            out.push(key("cue×words", &format!("{cue}{n}")));
        }
    }
    if ev.cues[0] == ev.count {
        out.push(key("no cue", count));
    }
    if let Some(k) = ev.contains {
        out.push(key("contains", k.as_str()));
    }
    out.push(key("rules say", kinds::classify(name, rule_evidence(ev)).as_str()));
    if reject::is_rejected_name(name) {
        out.push(key("rejected", ""));
    }
    if kinds::is_body_name(name) || kinds::heads_body(name) {
        out.push(key("body name", ""));
    }
    if reject::has_institution_word(name) {
        out.push(key("institution word", ""));
    }
    for (tag, c) in [("hyphen", '-'), ("dot", '.'), ("apostrophe", '\'')] {
        if name.contains(c) {
            out.push(key("has", tag));
        }
    }
    if name.chars().any(char::is_numeric) {
        out.push(key("has", "digit"));
    }
    let shapes: String = words.iter().take(4).map(|w| shape(w)).collect::<Vec<_>>().join(" ");
    out.push(key("shapes", &shapes));
    let zipfs: Vec<u8> = words.iter().map(|w| prior::zipf_tenths(w)).collect();
    let (zmin, zmax) = (zipfs.iter().min().copied(), zipfs.iter().max().copied());
    out.push(key("zipf min", band(zmin.unwrap_or(0))));
    out.push(key("zipf max", band(zmax.unwrap_or(0))));
    let first = words[0];
    word_features("first", first, zipfs[0], out);
    if words.len() == 1 {
        let z = band(zipfs[0]);
        out.push(key("alone zipf×initial", &format!("{z}{initial}")));
        out.push(key("alone zipf×count", &format!("{z}{count}")));
        out.push(key("alone zipf×caps", &format!("{z}{caps}")));
        out.push(key("alone suffix2", &suffix(first, 2)));
        out.push(key("alone length", &first.chars().count().min(12).to_string()));
    } else {
        let last = words[words.len() - 1];
        word_features("last", last, zipfs[words.len() - 1], out);
        for (tag, w) in [("first alone", first), ("last alone", last)] {
            let Some(p) = all.get(w) else { continue };
            out.push(key(tag, ""));
            if p.initial < p.count {
                out.push(key(tag, "mid-sentence"));
            }
            for (i, cue) in CUE_NAMES.iter().enumerate().skip(1) {
                if p.cues[i] > 0 {
                    out.push(key(tag, cue));
                }
            }
        }
    }
    out.extend_from_slice(&ev.context);
    out.sort_unstable();
    out.dedup();
}

fn word_features(tag: &str, word: &str, zipf: u8, out: &mut Vec<u64>) {
    let w = lower(word);
    out.push(key(tag, band(zipf)));
    // The word itself only when English uses it in lowercase: heads like "party" or "bank"
    // generalise, a rare surname would only be remembered.
    if zipf >= 30 {
        out.push(key(&format!("{tag} word"), &w));
    }
    out.push(key(&format!("{tag} suffix3"), &suffix(word, 3)));
    let lists = [
        ("given", lexicon::is_given_name(&w)),
        ("common", lexicon::is_common(&w)),
        ("title", lexicon::is_title_head(&w)),
        ("honorific", lexicon::is_honorific(&w)),
        ("joint", lexicon::is_name_joint(&w)),
    ];
    for (list, holds) in lists {
        if holds {
            out.push(key(tag, list));
        }
    }
}

/// The rules' own evidence, from the counted cues.
fn rule_evidence(ev: &NameEvidence) -> Evidence {
    let mut e = Evidence { contains: ev.contains, ..Evidence::default() };
    for (i, cue) in CUE_ORDER.iter().enumerate() {
        if ev.cues[i] > 0 {
            e.add(*cue);
        }
    }
    e
}

/// Appends the features of the words just before and after one use at `range`.
pub fn context_features(text: &str, range: Range<usize>, out: &mut Vec<u64>) {
    // Only a short window either side: scanning to the line's ends would cost the length of
    // a paragraph for every use.
    let from = floor_char_boundary(text, range.start.saturating_sub(WINDOW));
    let to = ceil_char_boundary(text, (range.end + WINDOW).min(text.len()));
    let before = &text[from..range.start];
    let line = before.rsplit('\n').next().unwrap_or("").trim_end();
    match line.rsplit(' ').next().filter(|p| !p.is_empty()) {
        None => out.push(key("before", "line start")),
        Some(piece) => piece_features("before", piece, out),
    }
    let mut after = &text[range.end..to];
    for poss in ["'s", "’s", "'", "’"] {
        if let Some(rest) = after.strip_prefix(poss) {
            out.push(key("after", "possessive"));
            after = rest;
            break;
        }
    }
    let line = after.split('\n').next().unwrap_or("").trim_start();
    match line.split(' ').next().filter(|p| !p.is_empty()) {
        None => out.push(key("after", "line end")),
        Some(piece) => piece_features("after", piece, out),
    }
}

/// Bytes looked at on each side of a use: more than the longest plain word.
const WINDOW: usize = 48;

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A neighbouring piece of text: its punctuation, and its word if lowercase, else its shape.
fn piece_features(tag: &str, piece: &str, out: &mut Vec<u64>) {
    let word = piece.trim_matches(|c: char| !c.is_alphanumeric());
    let punct: &str = if tag == "before" {
        &piece[piece.trim_end_matches(|c: char| !c.is_alphanumeric()).len()..]
    } else {
        &piece[..piece.len() - piece.trim_start_matches(|c: char| !c.is_alphanumeric()).len()]
    };
    if !punct.is_empty() {
        out.push(key(&format!("{tag} punct"), punct));
    }
    if word.is_empty() {
        return;
    }
    match shape(word) {
        "a" => out.push(key(&format!("{tag} word"), &lower(word))),
        s => out.push(key(&format!("{tag} shape"), s)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_stable() {
        // FNV-1a: trained weights depend on these staying fixed.
        assert_eq!(key("", ""), 0xaf64_724c_8602_eb6e);
        assert_ne!(key("first", "3"), key("last", "3"));
        assert_ne!(key("ab", "c"), key("a", "bc"));
    }

    #[test]
    fn context_sees_words_punctuation_and_line_ends() {
        let text = "Western powers met.\n\"We agree,\" said Smith's aide";
        let mut out = Vec::new();
        context_features(text, 0..7, &mut out);
        assert_eq!(out, [key("before", "line start"), key("after word", "powers")]);
        out.clear();
        let smith = text.find("Smith").unwrap_or(0);
        context_features(text, smith..smith + 5, &mut out);
        assert_eq!(
            out,
            [key("before word", "said"), key("after", "possessive"), key("after word", "aide")]
        );
    }

    #[test]
    fn one_word_and_long_names_differ() {
        let ev =
            NameEvidence { count: 1, cues: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0], ..Default::default() };
        let mut a = Vec::new();
        let mut b = Vec::new();
        let all = Collector::default();
        name_features("Western", &ev, &all, &mut a);
        name_features("Western Digital Corp", &ev, &all, &mut b);
        assert!(
            a.contains(&key("alone zipf×initial", "3none"))
                || a.contains(&key("alone zipf×initial", "4none"))
        );
        assert!(b.contains(&key("last word", "corp")) || b.contains(&key("last suffix3", "orp")));
        assert!(b.contains(&key("words", "3")));
    }
}
