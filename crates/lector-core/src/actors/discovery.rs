//! Phase one, per block: candidate names from the text itself. Runs of capitalised words
//! become candidates after stripping sentence-initial common words and titles; the words
//! around a run give cues (a title or apposition says person, "family" says group,
//! "province" says place). Known names (the gazetteer spans) are not rediscovered. Every
//! block but headings and code is searched; short and title-case lines (results, lists,
//! bylines) only for cued names and names made of words English does not write in lowercase.

use super::acronym;
use super::context;
use super::kinds;
pub use super::kinds::Cue;
use super::lexicon::{self, Classes, List};
use super::matcher::RawMatch;
use super::names::{Names, Target};
use super::place_cues;
use super::reject;
pub use super::runs::{Definition, MAX_NAME_BYTES, is_overlong, run_end};
use super::slash;
use super::tokens::{Shape, Token, gap, joined, tokenize};
use super::word_order;
use crate::model::{ActorKind, Block, BlockKind};
use std::cell::Cell;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameCandidate {
    /// The name as written, possessive excluded; for `Cue::Group` it includes the noun.
    pub range: Range<usize>,
    pub words: usize,
    pub sentence_initial: bool,
    pub cue: Cue,
    /// The kind of a known name inside it (place first): "West Darfur" holds a place.
    pub contains: Option<ActorKind>,
    /// After a word of direction: "northern Rakhine" is a region.
    pub region: bool,
}

/// Everything phase one found in one block. Known names are not kept: the final phase
/// matches them again, which costs less than holding every match of a huge text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BlockFindings {
    pub names: Vec<NameCandidate>,
    pub acronyms: Vec<Definition>,
    pub aliases: Vec<Definition>,
    /// Capitals used for the city, not its government ("in Moscow", "left Moscow"): their
    /// surfaces, since a dateline in capitals ("KABUL, May 3") is not written as the surface.
    pub city_uses: Vec<usize>,
    /// Runs of capitalised words too long to be a name, left out.
    pub overlong_runs: usize,
    /// Two names either side of a slash ("Tessalit/Tesalit"), for the resolver to weigh.
    pub slashes: Vec<Definition>,
    /// A state's possessive before a body ("Iran's Foreign Ministry"): owner and body.
    pub owned: Vec<Definition>,
}

/// Finds candidates in one block. `known` are the block's matches of known names.
pub fn discover(text: &str, block: &Block, names: &Names, known: &[RawMatch]) -> BlockFindings {
    let found = BlockFindings::default();
    if matches!(
        block.kind,
        BlockKind::Heading { .. } | BlockKind::Code | BlockKind::Contents | BlockKind::Notes
    ) {
        return found;
    }
    let mut range = block.range();
    if block.kind == BlockKind::Table {
        // The header row (the table's first line) holds column labels, not actors.
        range.start = text[range.clone()].find('\n').map_or(range.end, |i| range.start + i + 1);
    }
    // The token and word-list buffers are kept per thread between blocks: a text is tens
    // of thousands of blocks, and growing fresh vectors for each was a tenth of the work.
    let (mut tokens, mut classes) = SCRATCH.with_borrow_mut(std::mem::take);
    tokenize(text, range, &mut tokens);
    classes.clear();
    classes.resize(tokens.len(), Cell::new(None));
    let (found, classes) = discover_tokens(text, &tokens, classes, known, names, found);
    // A huge block's buffers are not kept: they would hold its memory to the end.
    if tokens.capacity() <= MAX_KEPT_TOKENS {
        SCRATCH.with_borrow_mut(|s| *s = (tokens, classes));
    }
    found
}

/// The most tokens whose buffers [`discover`] keeps for the next block.
const MAX_KEPT_TOKENS: usize = 1 << 16;

/// Each token's word lists, looked up on first use.
type TokenClasses = Vec<Cell<Option<Classes>>>;

thread_local! {
    /// [`discover`]'s buffers, reused from block to block on each thread.
    static SCRATCH: std::cell::RefCell<(Vec<Token>, TokenClasses)> =
        const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
}

/// [`discover`] once the block is tokenized; gives the word-list buffer back for reuse.
fn discover_tokens(
    text: &str,
    tokens: &[Token],
    classes: TokenClasses,
    known: &[RawMatch],
    names: &Names,
    mut found: BlockFindings,
) -> (BlockFindings, TokenClasses) {
    // A short line, a caption, a list item or a line in title case still names people and
    // bodies, but only a cue can tell them from page furniture ("Related Publications"):
    // there, a name counts when a title, an apposition or a verb vouches for it.
    let title_like = reject::is_title_like(text, tokens);
    let ctx = Ctx { text, tokens, known, names, classes };
    let mut visited = tokens.len();
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_cap() {
            i += 1;
            continue;
        }
        let end = run_end(text, tokens, i);
        visited += end - i;
        if is_overlong(&tokens[i..end]) {
            found.overlong_runs += 1;
        } else {
            ctx.candidate(i, end, &mut found.names);
        }
        i = end;
    }
    super::work::add(visited);
    if title_like {
        found.names.retain(|c| {
            matches!(c.cue, Cue::Title | Cue::Apposition | Cue::PersonVerb | Cue::Organisation)
                || reject::made_of_names(&text[c.range.clone()])
        });
    }
    for m in known {
        if names.capitals.contains(&m.surface) && !context::governs(text, m.range.clone()) {
            found.city_uses.push(m.surface);
        }
    }
    if !title_like {
        acronym::definitions(text, tokens, &mut found.acronyms);
        acronym::aliases(text, tokens, &mut found.aliases);
        slash::pairs(text, tokens, &mut found.slashes);
        word_order::owned(text, tokens, &mut found.owned);
        // "Tomasz Wierzbicki (Poland)": a known name in parentheses says where someone is
        // from or plays for, not another name of theirs.
        found.aliases.retain(|d| {
            let k = known.partition_point(|m| m.range.start < d.short.start);
            known.get(k).is_none_or(|m| m.range != d.short)
        });
    }
    (found, ctx.classes)
}

struct Ctx<'a> {
    text: &'a str,
    tokens: &'a [Token],
    known: &'a [RawMatch],
    names: &'a Names,
    /// Each token's word lists, looked up on first use: a run's words are asked about
    /// again and again (common? title? joint?), and one lookup answers every list.
    classes: TokenClasses,
}

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        &self.text[self.tokens[i].range()]
    }

    /// The word lists token `i`'s word is in, case-insensitively.
    fn classes(&self, i: usize) -> Classes {
        self.classes[i].get().unwrap_or_else(|| {
            let c = lexicon::classes(self.word(i));
            self.classes[i].set(Some(c));
            c
        })
    }

    fn is(&self, i: usize, list: List) -> bool {
        self.classes(i).has(list)
    }

    /// The known match covering token `i` entirely, if any.
    fn known_at(&self, i: usize) -> Option<&RawMatch> {
        self.known_holding(self.tokens[i].range())
    }

    /// The known match that holds `range` entirely, if any (matches never overlap).
    fn known_holding(&self, range: Range<usize>) -> Option<&RawMatch> {
        let k = self.known.partition_point(|m| m.range.end <= range.start);
        self.known.get(k).filter(|m| m.range.start <= range.start && range.end <= m.range.end)
    }

    /// Every hyphen- or space-separated part of `range` lies in a known match.
    fn covered(&self, range: Range<usize>) -> bool {
        // Most often one known match holds the whole range, and so every part of it.
        if self.known_holding(range.clone()).is_some() {
            return true;
        }
        let mut pos = range.start;
        for part in self.text[range.clone()].split([' ', '-']) {
            let r = pos..pos + part.len();
            pos = r.end + 1;
            if !part.is_empty() && !lexicon::is_particle(part) && self.known_holding(r).is_none() {
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
        while a < b && self.is_common_word(a) && self.is(a, List::Function) {
            a += 1;
            stripped = true;
        }
        while a < b && self.tokens[a].shape == Shape::Lower {
            a += 1;
        }
        while b > a
            && (self.tokens[b - 1].shape == Shape::Lower
                || (self.is_common_word(b - 1) && self.is(b - 1, List::Function)))
        {
            b -= 1;
        }
        // "General French": a title before a state's adjective names a person by that word.
        if b - a == 2
            && self.is(a, List::TitleHead)
            && self.known_kind(a + 1) == Some(ActorKind::State)
        {
            let range = self.tokens[a].start..self.tokens[a + 1].end;
            out.push(NameCandidate {
                range,
                words: 2,
                sentence_initial: false,
                cue: Cue::Title,
                contains: None,
                region: false,
            });
            return;
        }
        if a >= b || self.is_quoted(a, b) || self.only_titles(a, b) {
            return;
        }
        // "Argentine Abel Balbo": a state's adjective before a person's name is no part of it;
        // before an institution it is ("French Foreign Legion").
        if b - a >= 3
            && self.known_kind(a) == Some(ActorKind::State)
            && self.known_at(a + 1).is_none()
        {
            let rest = &self.text[self.tokens[a + 1].start..self.tokens[b - 1].end];
            // Only a person's name loses it: one made of names, not of English words
            // ("China Southern Power Grid" keeps "China").
            if !reject::has_institution_word(rest)
                && !kinds::is_body_name(rest)
                && reject::made_of_names(rest)
            {
                a += 1;
            }
        }
        // "Rui Albuquerque of the Liberal Citizens' Alliance": a person, then a body.
        if let Some((of, body)) = self.person_of_body(a, b) {
            self.candidate(a, of, out);
            self.candidate(body, b, out);
            return;
        }
        let mut cue = Cue::None;
        // A title inside the run: "Prime Minister Shehbaz Sharif", "Old Mr. Pemberton",
        // "Freedom Bloc Chairman Erich Lanz". What precedes the title is a name of its own.
        if let Some((title_start, name_start)) = self.title_run(a, b) {
            if title_start > a {
                self.candidate(a, title_start, out);
            }
            a = name_start;
            cue = Cue::Title;
            stripped = true;
        } else if a > 0
            && joined(self.text, &self.tokens[a - 1], &self.tokens[a])
            && self.tokens[a - 1].shape == Shape::Lower
            && self.is(a - 1, List::TitleHead)
        {
            cue = Cue::Title; // "recently ousted prime minister Imran Khan"
        }
        if cue == Cue::None {
            cue = self.apposition(a, b);
        }
        if cue == Cue::None && self.is(a, List::Honorific) && b - a >= 2 {
            cue = Cue::Title;
        }
        let mut range = self.tokens[a].start..self.tokens[b - 1].end;
        let sentence_initial = initial && !stripped;
        let mut words = b - a;
        let (text, t) = (self.text, self.tokens);
        // A known name is not rediscovered unless a group noun follows it: decided before
        // the context cues below, which most runs of a text (its known names) never need.
        let group_next = t.get(b).is_some_and(|n| {
            n.shape == Shape::Lower && !t[b - 1].is_possessive() && self.is(b, List::GroupNoun)
        });
        if !group_next && self.covered(range.clone()) {
            return;
        }
        if cue == Cue::None && (context::body_before(text, t, a) || context::body_after(text, t, b))
        {
            cue = Cue::Organisation; // "shares in Siemens", "Siemens said it"
        }
        if cue == Cue::None && context::body_noun_after(text, t, b) {
            cue = Cue::Organisation; // "the Verdi union"
        }
        if cue == Cue::None && (context::age_after(text, t, b) || context::said_before(text, t, a))
        {
            cue = Cue::PersonVerb; // "Anna Berg, 54,", "\"…,\" said Grace Banda"
        }
        let after_the = a > 0 && matches!(self.word(a - 1), "the" | "The");
        if cue == Cue::None {
            cue = self.following_cue(b);
            if cue == Cue::Group {
                range.end = self.tokens[b].end;
                words += 1;
            }
            // "the Bundesbank said": people do not take "the", though roles named by a
            // demonym do ("the Englishman said").
            let role = self.word(b - 1).ends_with("man") || self.word(b - 1).ends_with("men");
            if cue == Cue::PersonVerb && after_the && !role {
                cue = Cue::None;
            }
        }
        if cue == Cue::None && after_the && b - a == 1 && self.definite_body(a) {
            // "beyond the Dvína", "across the Rhine": after a word of motion, a place.
            let motion = a >= 2 && self.is(a - 2, List::MotionPreposition);
            cue = if motion { Cue::AfterIn } else { Cue::Definite };
        }
        if cue == Cue::None && a > 0 && matches!(self.word(a - 1), "in" | "In" | "near" | "Near") {
            cue = Cue::AfterIn; // "a battery plant in Lulea"
        }
        if cue == Cue::None && context::place_before(text, t, a) {
            cue = Cue::AfterIn; // "the mayor of Castelmoro", "in Poznan and Brno"
        }
        if cue == Cue::None && place_cues::says_place(text, t, a, b) {
            cue = Cue::Reached; // "rode to Haslach", "the fortress at Ulm"
        }
        if cue == Cue::None
            && a > 0
            && matches!(self.word(a - 1), "a" | "an")
            && joined(self.text, &self.tokens[a - 1], &self.tokens[a])
        {
            cue = Cue::Indefinite;
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
        let mut kinds = (a..b).filter_map(|i| self.known_kind(i));
        let contains = kinds.clone().find(|k| *k == ActorKind::Place).or_else(|| kinds.next());
        let region = a > 0
            && joined(text, &t[a - 1], &t[a])
            && t[a - 1].shape == Shape::Lower
            && self.is(a - 1, List::Compass);
        out.push(NameCandidate { range, words, sentence_initial, cue, contains, region });
    }

    /// Splits a run at "of" (or "of the") when two or more name words before it hold no
    /// institution word and the words after it end in one; "Bank of England" and
    /// "Democratic Republic of the Congo" stay whole. Returns where "of" is and where the
    /// body's name starts.
    fn person_of_body(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let of = (a + 2..b).find(|&i| self.word(i) == "of")?;
        let body = if self.word(of + 1) == "the" { of + 2 } else { of + 1 };
        if body >= b || (a..of).any(|i| self.tokens[i].shape == Shape::Lower) {
            return None;
        }
        let before = &self.text[self.tokens[a].start..self.tokens[of - 1].end];
        let after = &self.text[self.tokens[body].start..self.tokens[b - 1].end];
        let ends_in_body = kinds::is_body_name(after);
        // "Peter Nicol of Scotland": a person's full name, then where they come from.
        let first = lexicon::lower(self.word(a));
        let from_place = of - a >= 2 && body + 1 == b && lexicon::is_given_name(&first);
        (!reject::has_institution_word(before) && (ends_in_body || from_place))
            .then_some((of, body))
    }

    /// "Monsieur Prince", "Emperor of Russia", "Dear Countess": titles, joints, known names
    /// and common words with no name of a person or body among them.
    fn only_titles(&self, a: usize, b: usize) -> bool {
        (a..b).all(|i| {
            let c = self.classes(i);
            c.has(List::TitleHead)
                || c.has(List::TitleModifier)
                || c.has(List::Honorific)
                || c.has(List::Common)
                || c.has(List::NameJoint)
                || self.known_at(i).is_some()
        }) && (a..b).any(|i| self.is(i, List::TitleHead))
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
        let w = self.word(i);
        // The known-name search last: most capitalised words are not common ones.
        self.tokens[i].shape == Shape::Capitalised
            && (self.is(i, List::Common)
                || lexicon::is_contraction(w)
                || (self.tokens[i].sentence_start && w.ends_with("ly") && w.len() > 4))
            && self.known_at(i).is_none()
    }

    /// Finds a title run inside tokens `a..b` ("Prime Minister", "Gen.", "Secretary of
    /// State") followed by at least one name word; returns where the run starts and where
    /// the person's name starts. Honorifics ("Mullah") stay in the name.
    fn title_run(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let head = (a..b).find(|&i| self.known_at(i).is_none() && self.is(i, List::TitleHead))?;
        let mut start = head;
        while start > a && self.is(start - 1, List::TitleModifier) {
            start -= 1;
        }
        let mut i = head + 1;
        while i < b {
            if self.is(i, List::TitleHead) || self.is(i, List::TitleModifier) {
                i += 1;
            } else if self.word(i) == "of" && i + 2 < b {
                i += 2; // "Secretary of State Antony Blinken"
            } else {
                break;
            }
        }
        while i < b && self.tokens[i].shape == Shape::Lower {
            i += 1;
        }
        if i >= b {
            return None;
        }
        let name = self.tokens[i].start..self.tokens[b - 1].end;
        if reject::has_institution_word(&self.text[name.clone()]) || self.covered(name) {
            return None;
        }
        Some((start, i))
    }

    /// "the group's defense minister, Mullah Yaqub" and "Yaqub, the group's minister" say
    /// person; "El Fasher, the last city" says place; "Norvane, the Swedish maker" says
    /// organisation.
    fn apposition(&self, a: usize, b: usize) -> Cue {
        let t = self.tokens;
        if a > 0
            && t[a - 1].shape == Shape::Lower
            && gap(self.text, &t[a - 1], &t[a]) == ", "
            && self.is(a - 1, List::TitleHead)
        {
            return Cue::Apposition;
        }
        if a > 0
            && t[a - 1].shape == Shape::Lower
            && gap(self.text, &t[a - 1], &t[a]) == ", "
            && self.is(a - 1, List::PersonNoun)
        {
            return Cue::PersonVerb;
        }
        if b < t.len() && gap(self.text, &t[b - 1], &t[b]) == ", " {
            let det = self.word(b);
            if matches!(det, "the" | "a" | "an" | "its" | "his" | "her" | "their") {
                let window = (b + 1)..(b + 5).min(t.len());
                for (i, tok) in
                    t[window.clone()].iter().enumerate().map(|(k, x)| (window.start + k, x))
                {
                    if !(tok.shape == Shape::Lower || tok.is_cap() && self.known_at(i).is_some()) {
                        break;
                    }
                    let c = self.classes(i);
                    if c.has(List::TitleHead) {
                        return Cue::Apposition;
                    } else if c.has(List::PersonNoun) {
                        return Cue::PersonVerb;
                    } else if c.has(List::PlaceNoun) {
                        return Cue::Place;
                    } else if c.has(List::OrganisationNoun) {
                        return Cue::Organisation;
                    }
                }
            }
        }
        Cue::None
    }

    /// "the Bundesbank said", "the Knesset.": one capitalised word after "the" that is not a
    /// demonym of the "Frenchman" sort or a plural, followed by a pause, a possessive, a verb
    /// or a function word, so not an adjective before a noun ("the Orthodox church").
    fn definite_body(&self, a: usize) -> bool {
        let t = self.tokens;
        let w = self.word(a);
        if t[a].shape != Shape::Capitalised
            || reject::has_institution_word(w)
            || self.is(a, List::TitleHead)
            || w.ends_with("man")
            || w.ends_with("men")
            || w.ends_with('s')
            || w.chars().count() < 3
        {
            return false;
        }
        let Some(next) = t.get(a + 1) else { return true };
        if t[a].is_possessive() {
            return next.shape == Shape::Lower; // not "the Patriarch's Ponds"
        }
        if gap(self.text, &t[a], next).trim() != "" {
            return true;
        }
        let n = self.word(a + 1);
        // "the Azóv and Podólsk infantry": adjectives side by side before their noun.
        let paired = matches!(n, "and" | "or") && t.get(a + 2).is_some_and(Token::is_cap);
        next.shape == Shape::Lower && !paired && !matches!(n, "the" | "a" | "an") && {
            let c = self.classes(a + 1);
            c.has(List::Function) || c.has(List::PersonVerb) || c.has(List::BodyVerb)
        }
    }

    fn following_cue(&self, b: usize) -> Cue {
        let t = self.tokens;
        let Some(next) = t.get(b) else { return Cue::None };
        if t[b - 1].is_possessive() || next.shape != Shape::Lower {
            return Cue::None;
        }
        let g = gap(self.text, &t[b - 1], next);
        let w = self.word(b);
        let c = self.classes(b);
        if g == " " && c.has(List::GroupNoun) {
            Cue::Group
        } else if g == " " && c.has(List::PlaceNoun) {
            Cue::Place
        } else if (g == " " || (g == ", " && w == "who")) && c.has(List::PersonVerb) {
            Cue::PersonVerb
        } else {
            Cue::None
        }
    }
}

#[cfg(test)]
mod tests;
