//! Phase one, per block: candidate names from the text itself. Runs of capitalised words
//! become candidates after stripping sentence-initial common words and titles; the words
//! around a run give cues (a title or apposition says person, "family" says group,
//! "province" says place). Known names (the gazetteer spans) are not rediscovered.

use super::acronym;
use super::lexicon;
use super::matcher::RawMatch;
use super::names::{Names, Target};
use super::reject;
use super::tokens::{Shape, Token, gap, joined, tokenize};
use crate::model::{ActorKind, Block, BlockKind};
use std::ops::Range;

/// What the words around a candidate say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    None,
    /// After a title: "Prime Minister Shehbaz Sharif", "TTP chief Hakimullah Mehsud".
    Title,
    /// "the group's defense minister, Mullah Yaqub".
    Apposition,
    /// Before a group noun: "the Haqqani family", "Baluch separatists".
    Group,
    /// Before a place noun: "Punjab province".
    Place,
    /// Before a speech verb or "who": "Natasha said".
    PersonVerb,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameCandidate {
    /// The name as written, possessive excluded; for `Cue::Group` it includes the noun.
    pub range: Range<usize>,
    pub words: usize,
    pub sentence_initial: bool,
    pub cue: Cue,
}

/// A pair of names the text says are one: an acronym and its long form, or an alias.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub long: Range<usize>,
    pub short: Range<usize>,
}

/// Everything phase one found in one block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BlockFindings {
    /// Matches of known names (gazetteer and user), reused by the final phase.
    pub known: Vec<RawMatch>,
    pub names: Vec<NameCandidate>,
    pub acronyms: Vec<Definition>,
    pub aliases: Vec<Definition>,
}

/// Finds candidates in one block. `known` are the block's matches of known names.
pub fn discover(text: &str, block: &Block, names: &Names, known: Vec<RawMatch>) -> BlockFindings {
    let mut found = BlockFindings { known, ..BlockFindings::default() };
    if matches!(block.kind, BlockKind::Heading { .. } | BlockKind::Code) {
        return found;
    }
    let mut tokens = Vec::new();
    tokenize(text, block.range.clone(), &mut tokens);
    if reject::is_title_like(text, &tokens) {
        return found;
    }
    let ctx = Ctx { text, tokens: &tokens, known: &found.known, names };
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_cap() {
            i += 1;
            continue;
        }
        let end = run_end(text, &tokens, i);
        ctx.candidate(i, end, &mut found.names);
        i = end;
    }
    acronym::definitions(text, &tokens, &mut found.acronyms);
    acronym::aliases(text, &tokens, &mut found.aliases);
    found
}

/// End (exclusive) of the run of capitalised words starting at `i`: words joined by single
/// spaces, with lowercase particles between two capitalised words ("Bank of England",
/// "Osama bin Laden"); a possessive ends the run.
pub fn run_end(text: &str, tokens: &[Token], i: usize) -> usize {
    let mut j = i + 1;
    while j < tokens.len() && joined(text, &tokens[j - 1], &tokens[j]) {
        if tokens[j].is_cap() {
            j += 1;
            continue;
        }
        // Up to two particles ("of the") if a capitalised word follows.
        let mut k = j;
        while k < tokens.len()
            && k < j + 2
            && tokens[k].shape == Shape::Lower
            && lexicon::is_particle(&text[tokens[k].range()])
            && joined(text, &tokens[k - 1], &tokens[k])
        {
            k += 1;
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

struct Ctx<'a> {
    text: &'a str,
    tokens: &'a [Token],
    known: &'a [RawMatch],
    names: &'a Names,
}

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        &self.text[self.tokens[i].range()]
    }

    /// The known match covering token `i` entirely, if any.
    fn known_at(&self, i: usize) -> Option<&RawMatch> {
        let t = &self.tokens[i];
        let k = self.known.partition_point(|m| m.range.end <= t.start);
        self.known.get(k).filter(|m| m.range.start <= t.start && t.end <= m.range.end)
    }

    /// Every hyphen- or space-separated part of `range` lies in a known match.
    fn covered(&self, range: Range<usize>) -> bool {
        let mut pos = range.start;
        for part in self.text[range.clone()].split([' ', '-']) {
            let r = pos..pos + part.len();
            pos = r.end + 1;
            if part.is_empty() || lexicon::is_particle(part) {
                continue;
            }
            let k = self.known.partition_point(|m| m.range.end <= r.start);
            if !self.known.get(k).is_some_and(|m| m.range.start <= r.start && r.end <= m.range.end)
            {
                return false;
            }
        }
        true
    }

    fn known_kind(&self, i: usize) -> Option<ActorKind> {
        let m = self.known_at(i)?;
        match self.names.surfaces[m.surface].target {
            Target::Actor(a) => Some(self.names.actors[a].kind),
            _ => None,
        }
    }

    fn candidate(&self, mut a: usize, mut b: usize, out: &mut Vec<NameCandidate>) {
        let initial = self.tokens[a].sentence_start;
        let mut stripped = false;
        // A common word opening a sentence ("Analysts", "When Sharif"), then function
        // words ("The Bumboret Kalash Valley"); mid-sentence "Global Security" stays.
        if initial && self.is_common_word(a) {
            a += 1;
            stripped = true;
        }
        while a < b && self.is_common_word(a) && lexicon::is_function(self.word(a)) {
            a += 1;
            stripped = true;
        }
        while a < b && self.tokens[a].shape == Shape::Lower {
            a += 1;
        }
        while b > a
            && (self.tokens[b - 1].shape == Shape::Lower
                || (self.is_common_word(b - 1) && lexicon::is_function(self.word(b - 1))))
        {
            b -= 1;
        }
        if a >= b || self.is_quoted(a, b) {
            return;
        }
        let mut cue = Cue::None;
        // A title run inside the sequence: "Prime Minister Shehbaz Sharif".
        if let Some(name_start) = self.title_run(a, b) {
            a = name_start;
            cue = Cue::Title;
            stripped = true;
        } else if a > 0 && joined(self.text, &self.tokens[a - 1], &self.tokens[a]) {
            let prev = self.word(a - 1);
            if self.tokens[a - 1].shape == Shape::Lower && lexicon::is_title_head(prev) {
                cue = Cue::Title; // "recently ousted prime minister Imran Khan"
            }
        }
        if cue == Cue::None && self.is_apposition(a, b) {
            cue = Cue::Apposition;
        }
        if cue == Cue::None && lexicon::is_honorific(self.word(a)) && b - a >= 2 {
            cue = Cue::Title;
        }
        let mut range = self.tokens[a].start..self.tokens[b - 1].end;
        let sentence_initial = initial && !stripped;
        let mut words = b - a;
        if cue == Cue::None {
            cue = self.following_cue(a, b);
            if cue == Cue::Group {
                range.end = self.tokens[b].end;
                words += 1;
            }
        }
        if cue == Cue::Group {
            // Only unknown names or peoples take a group noun ("Baluch separatists"), not
            // states' demonyms ("Afghan families").
            let all_ok = (a..b).all(|i| {
                self.known_at(i).is_none() || self.known_kind(i) == Some(ActorKind::Group)
            });
            if !all_ok {
                return;
            }
        } else if self.covered(range.clone()) {
            return;
        }
        if cue == Cue::Title && self.names.is_known(&self.text[range.clone()]) {
            return;
        }
        out.push(NameCandidate { range, words, sentence_initial, cue });
    }

    /// A label in quotation marks names a thing ("a spring offensive named “Al-Badr,”").
    fn is_quoted(&self, a: usize, b: usize) -> bool {
        let t = self.tokens;
        let opens = a > 0 && gap(self.text, &t[a - 1], &t[a]).ends_with(['“', '"', '‘']);
        let opens = opens || (a == 0 && self.text[..t[a].start].ends_with(['“', '"', '‘']));
        let after = &self.text[t[b - 1].poss_end..];
        let closes = after.trim_start_matches([',', '.', '!', '?']).starts_with(['”', '"', '’']);
        opens && closes
    }

    fn is_common_word(&self, i: usize) -> bool {
        self.tokens[i].shape == Shape::Capitalised
            && self.known_at(i).is_none()
            && lexicon::is_common(self.word(i))
    }

    /// If tokens `a..b` start with a title run ("Prime Minister", "Gen.", "Secretary of
    /// State", possibly after a known name such as "TTP" or "Chinese"), the index where the
    /// person's name starts. Honorifics ("Mullah") stay in the name.
    fn title_run(&self, a: usize, b: usize) -> Option<usize> {
        let mut i = a;
        while i < b && self.known_at(i).is_some() {
            i += 1;
        }
        let mut saw_head = false;
        let mut end = None;
        while i < b {
            let w = self.word(i);
            if lexicon::is_title_head(w) {
                saw_head = true;
                end = Some(i + 1);
            } else if lexicon::is_title_modifier(w) {
            } else if saw_head && w == "of" && i + 2 < b {
                i += 2; // "Secretary of State Antony Blinken"
                end = Some(i);
                continue;
            } else {
                break;
            }
            i += 1;
        }
        let start = end?;
        if start >= b || !saw_head {
            return None;
        }
        let name = &self.text[self.tokens[start].start..self.tokens[b - 1].end];
        if reject::has_institution_word(name)
            || self.covered(self.tokens[start].start..self.tokens[b - 1].end)
        {
            return None;
        }
        Some(start)
    }

    /// "the group's defense minister, Mullah Yaqub" or "Yaqub, the group's minister".
    fn is_apposition(&self, a: usize, b: usize) -> bool {
        let t = self.tokens;
        if a > 0 && t[a - 1].shape == Shape::Lower && gap(self.text, &t[a - 1], &t[a]) == ", " {
            return lexicon::is_title_head(self.word(a - 1));
        }
        if b < t.len() && gap(self.text, &t[b - 1], &t[b]) == ", " {
            let det = self.word(b);
            if matches!(det, "the" | "a" | "an" | "its" | "his" | "her" | "their") {
                return (b + 1..(b + 5).min(t.len()))
                    .take_while(|&i| t[i].shape == Shape::Lower || t[i].is_possessive())
                    .any(|i| lexicon::is_title_head(self.word(i)));
            }
        }
        false
    }

    fn following_cue(&self, _a: usize, b: usize) -> Cue {
        let t = self.tokens;
        let Some(next) = t.get(b) else { return Cue::None };
        if t[b - 1].is_possessive() || next.shape != Shape::Lower {
            return Cue::None;
        }
        let g = gap(self.text, &t[b - 1], next);
        let w = self.word(b);
        if g == " " && lexicon::is_group_noun(w) {
            Cue::Group
        } else if g == " " && lexicon::is_place_noun(w) {
            Cue::Place
        } else if (g == " " || (g == ", " && w == "who")) && lexicon::is_person_verb(w) {
            Cue::PersonVerb
        } else {
            Cue::None
        }
    }
}

#[cfg(test)]
mod tests;
