//! Phase two, once for the whole text: turns the per-block candidates into actors and
//! surface strings. Order matters and is fixed: acronyms, then alias phrases, then
//! multi-word names (titled people first), then short forms of people, then recurring
//! single words. Candidates are visited in text order, so the result does not depend on
//! how blocks were scheduled.

use super::discovery::{BlockFindings, Cue, Definition, MAX_NAME_BYTES};
use super::kinds::{self, Evidence, Tally};
use super::learned::{Collector, Model, RulesSay};
use super::lexicon::{self, lower};
use super::names::{ActorDraft, Names, Target};
use super::prior;
use super::prune::Cut;
use super::reject;
use crate::model::{ActorKind, Rule};
use foldhash::HashMap as FastMap;
use std::collections::{HashMap, HashSet};

/// What phase one found in the whole text, folded block by block in text order so the
/// per-block findings can be dropped as soon as they are counted: one tally per distinct
/// name, plus the acronym and alias definitions.
#[derive(Debug, Default)]
pub struct Candidates<'t> {
    /// Hashed with a fast hasher: on a register of names, counting and pruning the tally is
    /// most of detection's work. The order of first appearance is each tally's rank, so
    /// pruning needs no second structure kept in step.
    tally: FastMap<&'t str, Tally>,
    acronyms: Vec<Definition>,
    aliases: Vec<Definition>,
    /// The definitions kept so far, by their words: a text that repeats a definition (an
    /// anthology of articles, each defining "TTP") keeps it once.
    defined: foldhash::HashSet<(bool, &'t str, &'t str)>,
    /// Distinct definitions past [`MAX_NAMES`], left out.
    definitions_left_out: usize,
    slashes: Vec<Definition>,
    owned: Vec<Definition>,
    /// Capitals used for the city somewhere (their surfaces), in order of first use.
    scenes: Vec<usize>,
    /// Runs of capitalised words left out as too long to be names.
    pub overlong_runs: usize,
    /// Distinct names dropped from the tally to keep it bounded.
    pruned: usize,
    /// Distinct names tallied so far, pruned ones included: the next one's rank.
    ranked: usize,
}

/// The most distinct names tallied at once. Past it, the least frequent are dropped (a name
/// seen again later starts a new tally): only a register of names gets here, and it keeps
/// the tally's memory bounded whatever the text's length.
const MAX_TALLIED: usize = 4 * MAX_NAMES;

/// How many names a pruning keeps; the model's evidence is pruned to the same number, by the
/// same rule, so both keep the same names.
pub const KEPT_AFTER_PRUNING: usize = MAX_TALLIED / 2;

impl<'t> Candidates<'t> {
    /// Counts one block's findings; blocks must come in text order.
    pub fn add(&mut self, text: &'t str, f: BlockFindings) {
        for c in &f.names {
            let s = &text[c.range.clone()];
            let t = self.tally.entry(s).or_insert_with(|| {
                self.ranked += 1;
                Tally { first: self.ranked, words: c.words, ..Tally::default() }
            });
            t.count += 1;
            t.mid += u32::from(!c.sentence_initial);
            t.indefinite += u32::from(c.cue == Cue::Indefinite);
            t.placed += u32::from(matches!(c.cue, Cue::Place | Cue::AfterIn | Cue::Reached));
            t.personal +=
                u32::from(matches!(c.cue, Cue::PersonVerb | Cue::Title | Cue::Apposition));
            t.organised += u32::from(c.cue == Cue::Organisation);
            t.definite += u32::from(c.cue == Cue::Definite);
            t.region += u32::from(c.region);
            t.ev.add(c.cue);
            if t.ev.contains != Some(ActorKind::Place) && c.contains.is_some() {
                t.ev.contains = c.contains;
            }
        }
        for surface in f.city_uses {
            if !self.scenes.contains(&surface) {
                self.scenes.push(surface);
            }
        }
        for (acronym, d) in f
            .acronyms
            .into_iter()
            .map(|d| (true, d))
            .chain(f.aliases.into_iter().map(|d| (false, d)))
        {
            let key = (acronym, &text[d.long.clone()], &text[d.short.clone()]);
            let kept = if acronym { &mut self.acronyms } else { &mut self.aliases };
            if self.defined.contains(&key) {
                continue;
            }
            // Bounded like the names: past the limit a text is a register. A definition
            // left out is remembered too (as far as the limit again), so its repeats do not
            // count as more left out.
            if kept.len() >= MAX_NAMES {
                if self.defined.len() < 4 * MAX_NAMES {
                    self.defined.insert(key);
                }
                self.definitions_left_out += 1;
                continue;
            }
            self.defined.insert(key);
            kept.push(d);
        }
        // Bounded like the other definitions: past the limit a text is a register.
        let room = MAX_NAMES.saturating_sub(self.slashes.len());
        self.slashes.extend(f.slashes.into_iter().take(room));
        let room = MAX_NAMES.saturating_sub(self.owned.len());
        self.owned.extend(f.owned.into_iter().take(room));
        self.overlong_runs += f.overlong_runs;
        if self.tally.len() > MAX_TALLIED {
            self.prune();
        }
    }

    /// How many distinct names have been dropped from the tally so far.
    pub fn pruned(&self) -> usize {
        self.pruned
    }

    /// Drops the least frequent names, so that at most [`KEPT_AFTER_PRUNING`] remain: each
    /// pruning, linear in the tally, pays for itself with room for as many new names.
    fn prune(&mut self) {
        let names: Vec<(u32, usize)> = self.tally.values().map(|t| (t.count, t.first)).collect();
        let cut = Cut::keeping(KEPT_AFTER_PRUNING, &names);
        let before = self.tally.len();
        self.tally.retain(|_, t| cut.keeps(t.count, t.first));
        self.pruned += before - self.tally.len();
    }

    /// Distinct names in order of first appearance.
    pub fn order(&self) -> Vec<&'t str> {
        let mut ranked: Vec<(usize, &'t str)> =
            self.tally.iter().map(|(s, t)| (t.first, *s)).collect();
        ranked.sort_unstable();
        ranked.into_iter().map(|(_, s)| s).collect()
    }
}

/// The most distinct names, and the most definitions of each sort, a text's actors are
/// drawn from. Far more than any article or book names (a long novel has a few thousand);
/// past it, a text is an index or a register, and the most frequent names are kept so
/// memory stays bounded and the sidebar stays usable.
pub const MAX_NAMES: usize = 20_000;

/// How many names and definitions the limit leaves out.
pub fn over_limit(found: &Candidates<'_>) -> usize {
    (found.tally.len() + found.pruned).saturating_sub(MAX_NAMES) + found.definitions_left_out
}

/// The `max` most frequent of `order`, in their order (ties by first appearance).
fn most_frequent<'t>(
    order: Vec<&'t str>,
    tally: &FastMap<&'t str, Tally>,
    max: usize,
) -> Vec<&'t str> {
    if order.len() <= max || max == 0 {
        return order;
    }
    let mut counts: Vec<u32> = order.iter().map(|s| tally[s].count).collect();
    let (_, &mut nth, _) = counts.select_nth_unstable_by(max - 1, |a, b| b.cmp(a));
    let mut room = order.iter().filter(|s| tally[*s].count > nth).count();
    room = max - room;
    order
        .into_iter()
        .filter(|s| {
            let c = tally[s].count;
            let tie = c == nth && room > 0;
            room -= usize::from(tie);
            c > nth || tie
        })
        .collect()
}

/// Extends a copy of `base` with everything discovered in the text.
pub fn resolve(text: &str, found: Candidates<'_>, base: &Names, evidence: &Collector) -> Names {
    let model = Model::built_in();
    let mut names = base.clone();
    let order = found.order();
    let Candidates { tally, mut acronyms, mut aliases, mut slashes, owned, scenes, .. } = found;
    let order = most_frequent(order, &tally, MAX_NAMES);
    acronyms.truncate(MAX_NAMES);
    aliases.truncate(MAX_NAMES);
    slashes.truncate(MAX_NAMES);
    super::work::add(order.len() + acronyms.len() + aliases.len());
    for surface in scenes {
        // A place of the same name as the capital; only its uses as the city point at it.
        let s = names.surfaces[surface].text.clone();
        let city = names.add_actor(&s, ActorKind::Place, Rule::Gazetteer);
        names.cities.insert(surface, city);
    }
    let mut blocked: HashSet<&str> = HashSet::new();

    // A definition whose name is longer than any name (inside a capitalised run) is noise.
    let fits = |d: &&Definition| d.long.len() <= MAX_NAME_BYTES && d.short.len() <= MAX_NAME_BYTES;
    for d in acronyms.iter().filter(fits) {
        let (long, short) = (&text[d.long.clone()], &text[d.short.clone()]);
        // "a memorandum of understanding (MoU)": the acronym of a common phrase is no actor.
        if reject::is_rejected_name(long) || long.starts_with(char::is_lowercase) {
            blocked.insert(long);
            blocked.insert(short);
            blocked.extend(long.split(' '));
            continue;
        }
        let ev = tally.get(long).map(|t| t.ev).unwrap_or_default();
        link(&mut names, long, short, Rule::Acronym, ev);
    }
    for d in aliases.iter().filter(fits) {
        let (name, alias) = (&text[d.long.clone()], &text[d.short.clone()]);
        if reject::is_rejected_name(name) || reject::is_rejected_name(alias) {
            continue;
        }
        let ev = tally.get(name).map(|t| t.ev).unwrap_or_default();
        link(&mut names, name, alias, Rule::Alias, ev);
    }
    super::slash::link_pairs(text, &slashes, &tally, &mut names);

    // Multi-word names; titled and appositive people first so their kinds stick.
    let multi: Vec<&str> = order.iter().copied().filter(|s| tally[s].words >= 2).collect();
    let people_first = multi.iter().filter(|s| tally[*s].ev.title || tally[*s].ev.apposition);
    let others = multi.iter().filter(|s| !(tally[*s].ev.title || tally[*s].ev.apposition));
    for &s in people_first.chain(others) {
        if names.is_known(s) || blocked.contains(s) {
            continue;
        }
        if reject::is_rejected_name(s) {
            // The words of "Belt and Road Initiative" are not actors by themselves either.
            blocked.extend(s.split(' '));
            continue;
        }
        if names_side_by_side(s, &tally, &names) {
            continue;
        }
        let mut t = tally[s];
        let last = s.rsplit(' ').next().unwrap_or(s);
        let plain = s.split(' ').count() <= 3 && !s.split(' ').any(lexicon::is_name_joint);
        // "Albuquerque told a rally" after "Rui Albuquerque"; "Eleanor asked" after
        // "Eleanor Ashcombe": a part standing alone as a person.
        let first = s.split(' ').next().unwrap_or(s);
        let alone = |w: &str, min_mid: u32| {
            tally.get(w).is_some_and(|t| t.words == 1 && (t.mid >= min_mid || t.personal > 0))
        };
        t.ev.surname_recurs = plain && alone(last, 1);
        t.ev.given_alone =
            plain && tally.get(first).is_some_and(|t| t.words == 1 && t.personal > 0);
        // "Shares in Kestrel" after "Kestrel Freight": its short form's body cues count.
        t.ev.organisation |=
            tally.get(first).is_some_and(|f| f.words == 1 && f.organised > f.personal);
        let Some(kind) = judged(s, &t, evidence, model) else { continue };
        let ev = t.ev;
        let rule = rule_for(ev, Rule::Name);
        if kind == ActorKind::Group && ev.group {
            let plural = plural_group_name(s);
            let a = names.add_actor(&plural, kind, rule);
            names.add_surface(s, Target::Actor(a), rule);
        } else {
            names.add_actor(s, kind, rule);
        }
    }

    super::word_order::merge_variants(text, &multi, &owned, &tally, &mut names, base.actors.len());
    add_short_forms(&mut names, &tally, base.actors.len());
    // "the Poklónny" beside "the Poklónny Hill": the first word of a longer name is a short
    // way of saying it, not a body of its own.
    let openers: HashSet<&str> = multi.iter().filter_map(|s| s.split(' ').next()).collect();

    let pairs = joined_pairs(&names, &tally, base.actors.len());
    for &s in &order {
        let t = tally[s];
        // A word of a rejected compound ("Order of St. Andrew") still names a person when a
        // title stands before it on its own ("Prince Andrew").
        let titled = t.ev.title || t.ev.apposition;
        if t.words != 1
            || names.is_known(s)
            || (blocked.contains(s) && !titled)
            || reject::is_rejected_name(s)
        {
            continue;
        }
        let mut t = t;
        t.opener = openers.contains(s);
        t.family_plural = !titled && is_family_plural(s, &tally, &names);
        let Some(kind) = judged(s, &t, evidence, model) else { continue };
        if !titled && let Some(plural) = class_noun_plural(s, t, &tally) {
            // "a Cossack" and "the Cossacks": one group, named in the plural.
            let rule = Rule::Recurring;
            let a = names
                .find(&plural)
                .unwrap_or_else(|| names.add_actor(&plural, ActorKind::Group, rule));
            names.add_surface(s, Target::Actor(a), rule);
            continue;
        }
        // "Napoleon" and "Bonaparte", each a person alone and joined as "Napoleon
        // Bonaparte": one person, under the full name.
        if kind == ActorKind::Person
            && let Some(&(full, other)) = pairs.get(s)
            && kinds::decide(other, &tally[other]) == Some(ActorKind::Person)
        {
            names.add_surface(s, Target::Actor(full), Rule::ShortForm);
            continue;
        }
        let cued = kinds::is_cued(&t);
        let a = names.add_actor(s, kind, rule_for(t.ev, Rule::Recurring));
        if !cued {
            names.actors[a].recurring_only = true;
            names.add_surface(&lower(s), Target::Witness(a), Rule::Recurring);
        }
    }
    names
}

/// The decision for one distinct name: the rules' where they are certain (a title, an
/// apposition, a group noun, "the X said"), otherwise the name model's, which overrules the
/// rules only when it leans clearly.
fn judged(s: &str, t: &Tally, evidence: &Collector, model: &Model) -> Option<ActorKind> {
    // A form of rule in the name says what it is, whatever else was weighed.
    let kind = weighed_kind(s, t, evidence, model);
    if kind.is_some() && kinds::is_polity_name(s) {
        return Some(ActorKind::State);
    }
    // "northern Rakhine" more often than "Rakhine said": a region, not a person.
    if kind == Some(ActorKind::Person) && t.region > t.personal {
        return Some(ActorKind::Place);
    }
    kind
}

/// [`judged`] before a polity's name is made a state.
fn weighed_kind(s: &str, t: &Tally, evidence: &Collector, model: &Model) -> Option<ActorKind> {
    let rules = kinds::decide(s, t);
    let definite = t.words == 1 && t.definite > 0 && !t.opener;
    // A body's name says so in its own words ("Law Society of Kenya", "Vellmar Mining
    // Group"): the rules are sure of it, seen once or not.
    let named_body = t.words >= 2 && (kinds::heads_body(s) || kinds::is_body_name(s));
    let certain = t.ev.title || t.ev.apposition || t.ev.group || definite || named_body;
    let Some(e) = evidence.get(s).filter(|_| !certain) else { return rules };
    let kind = rules.unwrap_or_else(|| kinds::classify(s, t.ev));
    let sure =
        t.family_plural || (t.words == 1 && t.placed > 2 * t.personal) || sure_of_kind(s, t.ev);
    let said =
        model.judge(s, e, evidence, RulesSay { accept: rules.is_some(), kind, sure_of_kind: sure });
    // A name used more than once and never with a body's cue is not an organisation on the
    // model's word alone (a novel's villages, rivers and saints are not bodies); a name
    // seen once has had no chance to show a cue, so the model's word stands there.
    // Likewise a name the rules take for a person that speaks or acts like one ("said X",
    // "X named") more often than it is reached as a place is not a place on the model's
    // word alone.
    match said {
        Some(ActorKind::Organisation) if !has_body_evidence(s, t) && t.count >= 2 => Some(kind),
        Some(ActorKind::Place) if kind == ActorKind::Person && t.personal > t.placed => Some(kind),
        other => other,
    }
}

/// Whether anything in the text or the name's own shape says it is a body: a body word
/// ("Ministry", "Logistics"), a body's cue ("shares in X", "the X said"), or an acronym.
fn has_body_evidence(s: &str, t: &Tally) -> bool {
    let acronym =
        s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase);
    t.organised > 0
        || t.definite > 0
        || t.ev.organisation
        || acronym
        || kinds::is_body_name(s)
        || kinds::heads_body(s)
}

/// The rules know a name's kind from its own words or a cue ("X Logistics", "X province",
/// "shares in X"), not only by default; the model then decides only whether it is an actor.
fn sure_of_kind(s: &str, ev: Evidence) -> bool {
    ev.group
        || ev.place
        || ev.organisation
        || kinds::is_body_name(s)
        || kinds::heads_body(s)
        || matches!(
            kinds::classify(s, Evidence::default()),
            ActorKind::Place | ActorKind::ArmedGroup
        )
}

/// The two words of each two-word person found in the text, when each word is a name
/// standing alone and belongs to no other person's full name (a shared surname is a
/// family's, a shared given name is several people's): word → (the person, the other word).
fn joined_pairs<'t>(
    names: &Names,
    tally: &FastMap<&'t str, Tally>,
    discovered_from: usize,
) -> HashMap<&'t str, (usize, &'t str)> {
    let mut uses: HashMap<&str, u32> = HashMap::new();
    let people = || {
        names
            .actors
            .iter()
            .enumerate()
            .skip(discovered_from)
            .filter(|(_, a)| a.kind == ActorKind::Person)
    };
    // "Napoleon III" is named with his number each time, so he does not share "Napoleon".
    let numbered = |a: &ActorDraft| a.name.split(' ').skip(1).any(is_roman_numeral);
    for (_, a) in people().filter(|(_, a)| !numbered(a)) {
        for w in a.name.split(' ') {
            *uses.entry(w).or_default() += 1;
        }
    }
    let mut pairs = HashMap::new();
    for (i, a) in people() {
        let Some((x, y)) = a.name.split_once(' ') else { continue };
        let word = |w: &str| tally.get_key_value(w).filter(|(_, t)| t.words == 1).map(|(k, _)| *k);
        let (Some(x), Some(y)) = (word(x), word(y)) else { continue };
        if uses.get(x) == Some(&1) && uses.get(y) == Some(&1) && !y.contains(' ') {
            pairs.insert(x, (i, y));
            pairs.insert(y, (i, x));
        }
    }
    pairs
}

/// A word used after "a"/"an" (at least one use in ten, twice) whose plural is also a name
/// in the text is a class of people ("a Cossack", "the Cossacks"), not one actor. Returns
/// the plural.
fn class_noun_plural(s: &str, t: Tally, tally: &FastMap<&str, Tally>) -> Option<String> {
    if t.indefinite < 2 || t.indefinite * 10 < t.count {
        return None;
    }
    let plural = format!("{s}s");
    tally.get(plural.as_str()).is_some_and(|p| p.words == 1).then_some(plural)
}

/// "The Rostóvs": a plural of a name that stands alone as a person is their family.
fn is_family_plural(s: &str, tally: &FastMap<&str, Tally>, names: &Names) -> bool {
    let Some(stem) = s.strip_suffix('s') else { return false };
    let stem_is_person =
        names.find(stem).is_some_and(|a| names.actors[a].kind == ActorKind::Person)
            || tally.get(stem).is_some_and(|t| t.words == 1 && (t.ev.title || t.ev.person_verb));
    stem.chars().count() >= 3 && stem_is_person
}

/// "At Borodinó Napoleon rode on", "Pierre of Illuminism": a run seen once whose name words
/// are each known or stand alone elsewhere is names side by side, not one name; so is any
/// run of a known name and a name standing alone elsewhere ("in Moscow Pierre"). So is a
/// run seen once, only at a sentence start, whose tail is a name of its own ("Hence
/// Bagratión").
fn names_side_by_side(s: &str, tally: &FastMap<&str, Tally>, names: &Names) -> bool {
    let Some(t) = tally.get(s) else { return false };
    let stands_alone =
        |w: &str| names.is_known(w) || tally.get(w).is_some_and(|t| t.words == 1 && t.count >= 2);
    let words: Vec<&str> = s.split(' ').filter(|w| !lexicon::is_name_joint(w)).collect();
    let all_alone = words.len() >= 2 && words.iter().all(|w| stands_alone(w));
    // "In Moscow Pierre…" may recur, but a known name beside another name is two names.
    if all_alone && words.iter().any(|w| names.is_known(w)) && !reject::has_institution_word(s) {
        return true;
    }
    if t.count != 1 {
        return false;
    }
    if all_alone {
        return true;
    }
    // "Suddenly Natásha" opening a sentence: a word that leads into a known name. Its first
    // word is a word of English or a name used alone; a rare word that is neither is a
    // given name ("Priya Raghunathan, who leads…"), and the run is one name.
    t.mid == 0
        && s.split_once(' ').is_some_and(|(first, rest)| {
            let leads_in =
                prior::zipf_tenths(first) >= RARE_FIRST_ZIPF || tally.contains_key(first);
            !lexicon::is_given_name(first)
                && leads_in
                && (names.is_known(rest) || tally.contains_key(rest))
        })
}

/// A first word rarer than this in lowercase English (Zipf, in tenths) reads as a given name.
const RARE_FIRST_ZIPF: u8 = 30;

fn rule_for(ev: Evidence, default: Rule) -> Rule {
    if ev.title {
        Rule::Title
    } else if ev.apposition {
        Rule::Apposition
    } else {
        default
    }
}

/// Makes `a` and `b` one actor: joins the unknown one to the known one, or creates an
/// actor named by `a` (the long form) when neither is known.
fn link(names: &mut Names, a: &str, b: &str, rule: Rule, ev: Evidence) {
    match (names.actor_of(a), names.actor_of(b)) {
        (Some(x), None) if !names.is_known(b) => {
            names.add_surface(b, Target::Actor(x), rule);
        }
        (None, Some(x)) if !names.is_known(a) => {
            names.add_surface(a, Target::Actor(x), rule);
        }
        (None, None) if !names.is_known(a) && !names.is_known(b) => {
            let kind = kinds::classify_defined(a, ev, rule == Rule::Acronym);
            let x = names.add_actor(a, kind, rule);
            names.add_surface(b, Target::Actor(x), rule);
        }
        _ => {}
    }
}

/// "Baluch separatist" names the group "Baluch separatists"; "Haqqani family" stays.
fn plural_group_name(s: &str) -> String {
    let noun = s.rsplit(' ').next().unwrap_or("");
    let singular_people =
        ["separatist", "rebel", "insurgent", "militant", "nationalist", "loyalist"];
    if singular_people.contains(&noun) { format!("{s}s") } else { s.to_string() }
}

/// A word already used alone, before `name` first appeared and more often than it, is a
/// name of its own: "Pierre" all through a novel is not claimed by a later one-off run
/// "Ponds Pierre", nor "Mary" by each "Mary Ivánovna" met on the way. News introduces the
/// full name first, so its surnames still attach, unless the word alone is so much more
/// frequent that the full form is a passing use of it ("Don" the river, "Don Juan" twice).
fn established_before(word: &str, name: &str, tally: &FastMap<&str, Tally>) -> bool {
    const OUTWEIGHS: u32 = 20;
    match (tally.get(word), tally.get(name)) {
        (Some(w), Some(n)) if w.words == 1 => {
            (w.first < n.first && w.count > n.count) || w.count > OUTWEIGHS * n.count
        }
        _ => false,
    }
}

/// Registers the surname (and, when used alone, the given name) of every person with a
/// multi-word name. A short form shared by several people is ambiguous and is resolved
/// later to the most recently named of them.
fn add_short_forms(names: &mut Names, tally: &FastMap<&str, Tally>, discovered_from: usize) {
    // Forms in order of first use, found by a hash index: a text naming a hundred thousand
    // people must not compare every surname with every other. An actor's forms are all
    // pushed while it is visited, so a repeat of it can only be the last of a form's list.
    let mut forms: Vec<(String, Vec<usize>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    super::work::add(names.actors.len());
    let mut push = |form: &str, a: usize| match index.get(form) {
        Some(&i) if forms[i].1.last() != Some(&a) => forms[i].1.push(a),
        Some(_) => {}
        None => {
            index.insert(form.to_string(), forms.len());
            forms.push((form.to_string(), vec![a]));
        }
    };
    // First words that open more than one actor's name ("Caspian" of "Caspian Sea" and
    // "Caspian Policy Institute"): standing alone, such a word says neither.
    let mut openers: HashMap<&str, usize> = HashMap::new();
    for actor in names.actors.iter().filter(|a| a.merged_into.is_none()) {
        if let Some((first, _)) = actor.name.split_once(' ') {
            *openers.entry(first).or_default() += 1;
        }
    }
    for (a, actor) in names.actors.iter().enumerate() {
        let words: Vec<&str> = actor.name.split(' ').collect();
        // A word-order variant's words are its head's, registered with the head.
        if words.len() < 2 || actor.merged_into.is_some() {
            continue;
        }
        let alone = |w: &str, min: u32| {
            tally
                .get(w)
                .is_some_and(|t| t.words == 1 && (t.mid >= min || (t.mid >= 1 && t.organised > 0)))
        };
        let mut push = |w: &str, a: usize| {
            if !established_before(w, &actor.name, tally) {
                push(w, a);
            }
        };
        if actor.kind == ActorKind::Organisation {
            let shared = openers.get(words[0]).is_some_and(|&n| n > 1);
            if a < discovered_from || !alone(words[0], 2) || shared {
                continue;
            }
            // "Norvane" after "Norvane Systems", when it recurs alone.
            push(words[0], a);
            continue;
        }
        if actor.kind != ActorKind::Person {
            continue;
        }
        // "Kaleb of Aksum", "the Nawab of Dacca": the last word says where from, and
        // standing alone it is that place, not the person.
        let from_place = words.len() >= 3 && words[words.len() - 2] == "of";
        if let Some(last) = words.last().filter(|_| !from_place) {
            push(last, a);
            // "Burhan" after "Abdel Fattah al-Burhan".
            if let Some((p, rest)) = last.split_once('-')
                && lexicon::is_particle(p)
            {
                push(rest, a);
            }
        }
        let first = words[0];
        let used_alone = tally.get(first).is_some_and(|t| t.words == 1 && t.mid > 0);
        if !lexicon::is_honorific(&lower(first))
            && !lexicon::is_title_head(&lower(first))
            && used_alone
        {
            push(first, a);
        }
    }
    for (form, actors) in forms {
        if names.is_known(&form)
            || is_roman_numeral(&form)
            || lexicon::is_common(&form)
            || lexicon::is_particle(&form)
            || lexicon::is_title_head(&form)
            || lexicon::is_title_modifier(&form)
        {
            continue;
        }
        let target =
            if actors.len() == 1 { Target::Actor(actors[0]) } else { Target::Ambiguous(actors) };
        names.add_surface(&form, target, Rule::ShortForm);
    }
}

/// "III" in "Napoleon III": a regnal number, never a name by itself.
fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_names_are_plural() {
        assert_eq!(plural_group_name("Baluch separatist"), "Baluch separatists");
        assert_eq!(plural_group_name("Haqqani family"), "Haqqani family");
    }

    #[test]
    fn link_joins_to_the_known_side() {
        let mut n = Names::default();
        let icc = n.add_actor(
            "International Criminal Court",
            ActorKind::InternationalOrganisation,
            Rule::Gazetteer,
        );
        link(&mut n, "International Criminal Court", "ICC", Rule::Acronym, Evidence::default());
        assert_eq!(n.actor_of("ICC"), Some(icc));
        link(&mut n, "Sudanese Armed Forces", "SAF", Rule::Acronym, Evidence::default());
        let saf = n.find("Sudanese Armed Forces");
        assert!(saf.is_some());
        assert_eq!(n.actor_of("SAF"), saf);
        assert_eq!(n.surface("SAF").map(|s| s.rule), Some(Rule::Acronym));
    }

    #[test]
    fn only_the_most_frequent_names_are_kept_past_the_limit() {
        let words: Vec<String> = (0..MAX_NAMES + 10).map(crate::shapes::word).collect();
        let mut tally = FastMap::default();
        for (i, w) in words.iter().enumerate() {
            // The last ten are the most frequent, the first two next; of the rest, all seen once,
            // the earliest fill the room left.
            let count = if i >= MAX_NAMES {
                3
            } else if i < 2 {
                2
            } else {
                1
            };
            tally.insert(w.as_str(), Tally { count, ..Tally::default() });
        }
        let kept = most_frequent(words.iter().map(String::as_str).collect(), &tally, MAX_NAMES);
        assert_eq!(kept.len(), MAX_NAMES);
        assert_eq!(kept[..2], [words[0].as_str(), words[1].as_str()]);
        assert_eq!(kept.last(), words.last().map(String::as_str).as_ref());
        assert!(!kept.contains(&words[MAX_NAMES - 1].as_str()));
    }

    #[test]
    fn a_repeated_definition_is_kept_once_and_only_new_ones_count_past_the_limit() {
        // "Vellmar Mining Group (VMG)" again and again, as in an anthology of articles.
        let text = "Vellmar Mining Group (VMG)";
        let def = Definition { long: 0..19, short: 21..24 };
        let block = || BlockFindings { acronyms: vec![def.clone()], ..BlockFindings::default() };
        let mut found = Candidates::default();
        for _ in 0..MAX_NAMES + 5 {
            found.add(text, block());
        }
        assert_eq!(found.acronyms, std::slice::from_ref(&def));
        assert_eq!(over_limit(&found), 0);
        // A register of distinct definitions keeps the first ones and says how many it left.
        let words: Vec<String> = (0..MAX_NAMES + 3).map(crate::shapes::word).collect();
        let register: String = words.iter().map(|w| format!("{w} ")).collect();
        let mut found = Candidates::default();
        let mut at = 0;
        for w in &words {
            let d = Definition { long: at..at + w.len(), short: at..at + w.len() };
            found.add(&register, BlockFindings { aliases: vec![d], ..BlockFindings::default() });
            at += w.len() + 1;
        }
        assert_eq!(found.aliases.len(), MAX_NAMES);
        assert_eq!(over_limit(&found), 3);
        // The last one left out, said again, is not left out again.
        let (w, at) = (&words[MAX_NAMES + 2], register.len() - words[MAX_NAMES + 2].len() - 1);
        let d = Definition { long: at..at + w.len(), short: at..at + w.len() };
        found.add(&register, BlockFindings { aliases: vec![d], ..BlockFindings::default() });
        assert_eq!(over_limit(&found), 3);
    }

    #[test]
    fn a_first_word_two_names_share_is_no_short_form() {
        let alone = Tally { words: 1, count: 3, mid: 3, ..Tally::default() };
        let tally: FastMap<&str, Tally> =
            [("Caspian", alone), ("Norvane", alone)].into_iter().collect();
        let mut n = Names::default();
        n.add_actor("Caspian Policy Institute", ActorKind::Organisation, Rule::Name);
        n.add_actor("Caspian Sea", ActorKind::Place, Rule::Name);
        let norvane = n.add_actor("Norvane Systems", ActorKind::Organisation, Rule::Name);
        add_short_forms(&mut n, &tally, 0);
        assert_eq!(n.actor_of("Caspian"), None);
        assert_eq!(n.actor_of("Norvane"), Some(norvane));
    }

    #[test]
    fn a_person_of_a_place_is_not_called_by_the_place() {
        let mut n = Names::default();
        let kaleb = n.add_actor("Kaleb of Aksum", ActorKind::Person, Rule::Name);
        let iris = n.add_actor("Iris Mendel", ActorKind::Person, Rule::Name);
        add_short_forms(&mut n, &FastMap::default(), 0);
        assert_eq!(n.actor_of("Aksum"), None);
        assert_eq!(n.actor_of("Mendel"), Some(iris));
        assert_eq!(n.actor_of("Kaleb of Aksum"), Some(kaleb));
    }

    #[test]
    fn shared_surnames_are_ambiguous() {
        let mut n = Names::default();
        let a = n.add_actor("Nawaz Sharif", ActorKind::Person, Rule::Name);
        let b = n.add_actor("Shehbaz Sharif", ActorKind::Person, Rule::Title);
        add_short_forms(&mut n, &FastMap::default(), 0);
        assert_eq!(
            n.surface("Sharif").map(|s| s.target.clone()),
            Some(Target::Ambiguous(vec![a, b]))
        );
    }
}
#[cfg(test)]
mod side_by_side_tests {
    use super::*;
    use crate::actors::discovery::{Cue, NameCandidate};

    #[test]
    fn place_beside_a_name_is_two_names() {
        let text = "in Moscow Pierre had. Pierre said. Then Pierre went.";
        let cand = |r: std::ops::Range<usize>, words| NameCandidate {
            range: r,
            words,
            sentence_initial: false,
            cue: Cue::None,
            contains: None,
            region: false,
        };
        let f = BlockFindings {
            names: vec![cand(3..16, 2), cand(22..28, 1), cand(40..46, 1)],
            ..BlockFindings::default()
        };
        let base = crate::actors::gazetteer::built_in();
        let mut found = Candidates::default();
        found.add(text, f);
        let n = resolve(text, found, &base, &Collector::default());
        assert!(n.find("Moscow Pierre").is_none());
    }
}

#[cfg(test)]
mod frequency_tests {
    use super::*;
    use crate::actors::discovery::NameCandidate;

    /// Resolves the given candidates (string, cue), each at its first place in `text`.
    fn resolve_all(text: &str, cands: &[(&str, Cue)]) -> Names {
        let mut f = BlockFindings::default();
        let mut from = 0;
        for &(s, cue) in cands {
            let at = text[from..].find(s).map(|i| i + from).unwrap_or(0);
            from = at + s.len();
            f.names.push(NameCandidate {
                range: at..at + s.len(),
                words: s.split(' ').count(),
                sentence_initial: false,
                cue,
                contains: None,
                region: false,
            });
        }
        let mut found = Candidates::default();
        found.add(text, f);
        resolve(text, found, &crate::actors::gazetteer::built_in(), &Collector::default())
    }

    #[test]
    fn a_late_one_off_run_does_not_claim_a_frequent_name() {
        let text = "Pierre ran. Pierre sat. Pierre said. Ponds Pierre found. Pierre went.";
        let n = resolve_all(
            text,
            &[
                ("Pierre", Cue::None),
                ("Pierre", Cue::None),
                ("Pierre", Cue::PersonVerb),
                ("Ponds Pierre", Cue::None),
                ("Pierre", Cue::None),
            ],
        );
        let pierre = n.actor_of("Pierre").map(|a| n.actors[a].name.as_str());
        assert_eq!(pierre, Some("Pierre"));
    }

    #[test]
    fn a_full_name_first_still_takes_its_surname() {
        let text = "Lena Hartmann spoke. Hartmann said. Hartmann left.";
        let n = resolve_all(
            text,
            &[("Lena Hartmann", Cue::None), ("Hartmann", Cue::PersonVerb), ("Hartmann", Cue::None)],
        );
        let hartmann = n.actor_of("Hartmann").map(|a| n.actors[a].name.as_str());
        assert_eq!(hartmann, Some("Lena Hartmann"));
    }

    /// Resolves candidates that each open a sentence.
    fn resolve_openers(text: &str, cands: &[(&str, Cue)]) -> Names {
        let mut f = BlockFindings::default();
        let mut from = 0;
        for &(s, cue) in cands {
            let at = text[from..].find(s).map(|i| i + from).unwrap_or(0);
            from = at + s.len();
            let (range, words) = (at..at + s.len(), s.split(' ').count());
            let c = NameCandidate {
                range,
                words,
                sentence_initial: true,
                cue,
                contains: None,
                region: false,
            };
            f.names.push(c);
        }
        let mut found = Candidates::default();
        found.add(text, f);
        resolve(text, found, &crate::actors::gazetteer::built_in(), &Collector::default())
    }

    #[test]
    fn a_rare_first_word_opening_a_sentence_is_a_given_name() {
        let text = "Priya Raghunathan spoke. Raghunathan said. Raghunathan left.";
        let cands = [
            ("Priya Raghunathan", Cue::None),
            ("Raghunathan", Cue::PersonVerb),
            ("Raghunathan", Cue::None),
        ];
        let n = resolve_openers(text, &cands);
        let full = n.actor_of("Raghunathan").map(|a| n.actors[a].name.as_str());
        assert_eq!(full, Some("Priya Raghunathan"));
        // A word of English leading into the name is no part of it.
        let text = "Suddenly Raghunathan spoke. Raghunathan said. Raghunathan left.";
        let cands = [
            ("Suddenly Raghunathan", Cue::None),
            ("Raghunathan", Cue::PersonVerb),
            ("Raghunathan", Cue::None),
        ];
        let n = resolve_openers(text, &cands);
        assert!(n.find("Suddenly Raghunathan").is_none());
    }

    #[test]
    fn classes_and_families_are_groups() {
        let text = "a Cossack rode; a Cossack sat; the Cossacks and the Cossacks; Rostóv said, \
                    Rostóv said; the Rostóvs, the Rostóvs";
        let n = resolve_all(
            text,
            &[
                ("Cossack", Cue::Indefinite),
                ("Cossack", Cue::Indefinite),
                ("Cossacks", Cue::None),
                ("Cossacks", Cue::None),
                ("Rostóv", Cue::PersonVerb),
                ("Rostóv", Cue::PersonVerb),
                ("Rostóvs", Cue::None),
                ("Rostóvs", Cue::None),
            ],
        );
        let kind = |s: &str| n.actor_of(s).map(|a| (n.actors[a].name.as_str(), n.actors[a].kind));
        assert_eq!(kind("Cossack"), Some(("Cossacks", ActorKind::Group)));
        assert_eq!(kind("Cossacks"), Some(("Cossacks", ActorKind::Group)));
        assert_eq!(kind("Rostóv"), Some(("Rostóv", ActorKind::Person)));
        assert_eq!(kind("Rostóvs"), Some(("Rostóvs", ActorKind::Group)));
    }
}
