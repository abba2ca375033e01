//! Kinds for discovered names, from cues first and the name's own words second: a title
//! makes a person, "X family" a group, "X Valley" a place, "X Party" an organisation,
//! "X Army" an armed group; a given name or a surname that recurs alone makes a person.

use super::lexicon::{self, lower, word_list};
use crate::model::ActorKind;

/// A name that ends in the noun of a party or an organisation ("Liberal Citizens' Alliance").
pub fn is_body_name(name: &str) -> bool {
    last_in(word_list("party_last"), name) || last_in(word_list("org_last"), name)
}

fn last_in(list: &'static str, name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("");
    lexicon::in_list(list, &lower(last))
}

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
    /// An apposition naming a company or the like: "Norvane Systems, the Swedish maker".
    Organisation,
    /// After "in" or "near": a weak hint of a place ("a plant in Lulea").
    AfterIn,
    /// Reached by a verb of going ("rode to Ulm", "the fortress at Ulm") or the region after a
    /// place ("from Brunnwald, Swabia,"): a place for the rules. The name model was trained
    /// without it and reads it as no cue, so it sees these names as it learned to.
    Reached,
    /// After "a" or "an": a class of people or things, not one named actor ("a Cossack").
    Indefinite,
    /// One word after "the", then a pause or a verb: a body named once ("the Bundesbank said").
    Definite,
}

/// What the resolver knows about a discovered name besides its words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evidence {
    pub title: bool,
    pub apposition: bool,
    pub group: bool,
    pub place: bool,
    pub person_verb: bool,
    pub organisation: bool,
    pub after_in: bool,
    /// Its last word also stands alone in the text ("Sharif" after "Shehbaz Sharif").
    pub surname_recurs: bool,
    /// Its first word stands alone as a person ("Eleanor asked" beside "Eleanor Ashcombe").
    pub given_alone: bool,
    /// The kind of a known name inside it ("West Darfur" holds a place).
    pub contains: Option<ActorKind>,
}

impl Evidence {
    pub fn add(&mut self, cue: Cue) {
        match cue {
            Cue::Title => self.title = true,
            Cue::Apposition => self.apposition = true,
            Cue::Group => self.group = true,
            Cue::Place => self.place = true,
            Cue::PersonVerb => self.person_verb = true,
            Cue::Organisation => self.organisation = true,
            Cue::AfterIn | Cue::Reached => self.after_in = true,
            Cue::Indefinite | Cue::Definite | Cue::None => {}
        }
    }
}

/// Everything phase one counted about one distinct name, in the order the resolver folds
/// it: how often and where it stands, and which cues it met. The input of [`decide`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    /// Rank of the first appearance among distinct names.
    pub first: usize,
    pub count: u32,
    /// Uses not at a sentence start.
    pub mid: u32,
    /// Uses after "a" or "an".
    pub indefinite: u32,
    /// Uses that say place ("in X", "X province") and that say person ("X said", "Prince X").
    pub placed: u32,
    pub personal: u32,
    /// Uses that say body ("shares in X", "X said it") and one-word uses after "the".
    pub organised: u32,
    pub definite: u32,
    /// Uses after a word of direction ("northern X"), weighed after the name model.
    pub region: u32,
    pub words: usize,
    pub ev: Evidence,
    /// Relations the resolver fills in before deciding: the word opens a longer name ("the
    /// Poklónny" beside "the Poklónny Hill"), and it is the plural of a person ("the
    /// Rostóvs" beside "Rostóv").
    pub opener: bool,
    pub family_plural: bool,
}

/// Whether a single word met a cue that vouches for it on its own, so a lowercase use of
/// the same word elsewhere does not unmake it.
pub fn is_cued(t: &Tally) -> bool {
    let ev = weighed(t);
    ev.title || ev.apposition || ev.place || ev.after_in || ev.organisation
}

/// The one decision per distinct name: whether it names an actor, and of which kind, from
/// its evidence alone. Multi-word names reach it after the rejection lists and are always
/// taken; a single word needs two uses mid-sentence, or one with a cue.
pub fn decide(name: &str, t: &Tally) -> Option<ActorKind> {
    let ev = weighed(t);
    if t.words == 1 {
        let definite = t.definite > 0 && !t.opener;
        // "said Orlenko" once mid-sentence and "Orlenko laughed" at sentence starts.
        let spoken = t.personal > 0 && t.count >= 2;
        if !((is_cued(t) || definite || spoken) && t.mid >= 1) && t.mid < 2 {
            return None;
        }
    }
    let mut kind = classify(name, ev);
    if t.words == 1 && t.definite > 0 && !t.opener && kind == ActorKind::Person {
        // "the Bundesbank said": people do not take "the", bodies do.
        if t.personal == 0 && !lexicon::is_given_name(&lower(name)) {
            kind = ActorKind::Organisation;
        }
    }
    if t.words == 1 && t.placed > 2 * t.personal {
        kind = ActorKind::Place; // "in Petersburg" ninety times outweighs one stray title
    }
    if t.words == 1 && kind == ActorKind::Place && t.personal >= 3 && t.personal > 2 * t.placed {
        kind = ActorKind::Person; // and "said Dron" eight times outweighs one "village"
    }
    if t.family_plural {
        kind = ActorKind::Group; // "the Rostóvs" beside "Rostóv"
    }
    Some(kind)
}

/// The evidence of a name with its body cues dropped when person cues outnumber them:
/// "Pierre said it" once does not outweigh a novel of "Pierre said".
fn weighed(t: &Tally) -> Evidence {
    let mut ev = t.ev;
    if t.personal > t.organised {
        ev.organisation = false;
    }
    ev
}

/// The kind a name's own words and cues say. A name with no cue for a body or a place is
/// taken for a person: people are what texts name most, and a body shows itself by its
/// words ("Bank", "Party", "Inc"), its cues ("shares in X", "X said it") or its acronym.
pub fn classify(name: &str, ev: Evidence) -> ActorKind {
    if ev.title || ev.apposition {
        return ActorKind::Person;
    }
    if is_saint_name(name) {
        return ActorKind::Place; // "St. Petersburg", "San Diego", a church or a feast day
    }
    if ev.group {
        return ActorKind::Group;
    }
    if last_in(word_list("geo_last"), name) || ev.place || ev.contains == Some(ActorKind::Place) {
        return ActorKind::Place;
    }
    if last_in(word_list("party_last"), name)
        || last_in(word_list("org_last"), name)
        || heads_body(name)
        || ev.organisation
    {
        return ActorKind::Organisation;
    }
    if last_in(word_list("armed_last"), name) {
        return ActorKind::ArmedGroup;
    }
    if ev.person_verb
        || ev.surname_recurs
        || ev.given_alone
        || (ev.contains.is_none() && looks_like_person(name))
    {
        return ActorKind::Person;
    }
    if ev.after_in {
        return ActorKind::Place;
    }
    if is_all_caps(name) {
        return ActorKind::Organisation; // "NORDCO": an acronym's shape
    }
    ActorKind::Person
}

fn is_all_caps(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase)
}

/// The kind of a name the text defines by an acronym or an alias: an acronym is a body's
/// mark ("AES Confederation (AES)"), so without a person's cue the name is an organisation.
pub fn classify_defined(name: &str, ev: Evidence, acronym: bool) -> ActorKind {
    if is_polity_name(name) {
        return ActorKind::State; // "the Kingdom of Aksum (also spelled Axum)"
    }
    let kind = classify(name, ev);
    let personal = ev.title || ev.apposition || ev.person_verb;
    if acronym && kind == ActorKind::Person && !personal { ActorKind::Organisation } else { kind }
}

/// "Bank of Portugal", "Ministry of Defence", "Law Society of Kenya": a body's noun, then
/// "of" (the first "of", within the first three words).
pub fn heads_body(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').take(4).collect();
    let Some(of) = words.iter().position(|w| *w == "of").filter(|&i| i > 0) else { return false };
    let head = lower(words[of - 1]);
    lexicon::in_list(word_list("org_last"), &head)
        || lexicon::in_list(word_list("party_last"), &head)
}

/// "Kingdom of Aksum", "Rashidun Caliphate", "Dutch Republic": a state of history, named by
/// its form of rule before "of" or at its end.
pub fn is_polity_name(name: &str) -> bool {
    let mut words = name.split(' ');
    let opens = matches!((words.next(), words.next()), (Some(first), Some("of"))
        if lexicon::in_list(word_list("polity"), &lower(first)));
    opens || (name.contains(' ') && last_in(word_list("polity"), name))
}

fn is_saint_name(name: &str) -> bool {
    name.split_once(' ').is_some_and(|(first, _)| {
        matches!(first, "St." | "St" | "Saint" | "Ste." | "San" | "Santa" | "Sankt" | "São")
    })
}

/// A name whose own words say person: a known given name first ("Rebecca Conway",
/// "Jean-Pierre Ndongo") or a patronymic ("Márya Dmítrievna"). Two capitalised words alone
/// do not: "Goldman Sachs" and "Deutsche Bahn" have that shape too, so without a title, a
/// person's verb or a recurring surname the name is taken for a body.
fn looks_like_person(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() < 2 || super::reject::has_institution_word(name) {
        return false;
    }
    let first = lower(words[0]);
    let first_part = first.split('-').next().unwrap_or("");
    if lexicon::is_given_name(&first) || lexicon::is_given_name(first_part) {
        return true;
    }
    words.len() <= 3 && words[1..].iter().any(|w| is_patronymic(w))
}

/// "Dmítrievna", "Ivanovich", "Iványch", "Ilyníchna": Slavic patronymic endings, accents
/// ignored; long enough that "Munich" and "Zurich" are not taken for one.
fn is_patronymic(word: &str) -> bool {
    let plain: String = lower(word).chars().map(unaccented).collect();
    ["ovna", "evna", "ovich", "evich", "ich", "ych", "ichna"].iter().any(|e| plain.ends_with(e))
        && plain.chars().count() > 6
}

/// The base letter of the accented vowels that transliterations use to mark stress.
fn unaccented(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ý' => 'y',
        c => c,
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_body_noun_before_of_heads_a_body() {
        for name in ["Ministry of Defence", "Law Society of Kenya", "Communist Party of China"] {
            assert!(heads_body(name), "{name}");
        }
        for name in ["Peter Nicol of Scotland", "Bank", "of Bank", "Friends of the Earth Bank"] {
            assert!(!heads_body(name), "{name}");
        }
    }

    #[test]
    fn a_form_of_rule_names_a_state() {
        for name in ["Kingdom of Aksum", "Rashidun Caliphate", "Dutch Republic", "Empire of Japan"]
        {
            assert!(is_polity_name(name), "{name}");
        }
        for name in ["Kingdom", "Republic Street Market", "Bank of England", "Emperor of Russia"] {
            assert!(!is_polity_name(name), "{name}");
        }
    }
    use super::*;

    fn k(name: &str) -> ActorKind {
        classify(name, Evidence::default())
    }

    #[test]
    fn kinds_from_the_name() {
        assert_eq!(k("Bumboret Kalash Valley"), ActorKind::Place);
        assert_eq!(k("Social Democratic Party"), ActorKind::Organisation);
        assert_eq!(k("Sudanese Armed Forces"), ActorKind::ArmedGroup);
        assert_eq!(k("Rebecca Conway"), ActorKind::Person);
        assert_eq!(k("Jean-Pierre Ndongo"), ActorKind::Person);
        assert_eq!(k("Márya Dmítrievna"), ActorKind::Person);
        // With no cue for a body, a name is not taken for one.
        assert_eq!(k("Hakimullah Mehsud"), ActorKind::Person);
        assert_eq!(k("Austerlitz"), ActorKind::Person);
        let ev = Evidence { organisation: true, ..Evidence::default() };
        assert_eq!(classify("Goldman Sachs", ev), ActorKind::Organisation);
        let ev = Evidence { after_in: true, ..Evidence::default() };
        assert_eq!(classify("Austerlitz", ev), ActorKind::Place);
        assert_eq!(k("Siemens AG"), ActorKind::Organisation);
        assert_eq!(k("Poklónny Hill"), ActorKind::Place);
        assert!(!is_patronymic("Munich") && !is_patronymic("Zurich"));
        assert_eq!(k("Meridian Bank"), ActorKind::Organisation);
        assert_eq!(k("NORDCO"), ActorKind::Organisation);
    }

    #[test]
    fn cues_come_first() {
        let ev = Evidence { group: true, ..Evidence::default() };
        assert_eq!(classify("Haqqani family", ev), ActorKind::Group);
        let ev = Evidence { title: true, ..Evidence::default() };
        assert_eq!(classify("Yaqub", ev), ActorKind::Person);
        let ev = Evidence { place: true, ..Evidence::default() };
        assert_eq!(classify("Punjab", ev), ActorKind::Place);
        let ev = Evidence { contains: Some(ActorKind::Place), ..Evidence::default() };
        assert_eq!(classify("West Darfur", ev), ActorKind::Place);
        let ev = Evidence { organisation: true, ..Evidence::default() };
        assert_eq!(classify("Norvane Group", ev), ActorKind::Organisation);
        assert_eq!(classify("Alpine Greens", Evidence::default()), ActorKind::Organisation);
        assert_eq!(classify("St. Petersburg", Evidence::default()), ActorKind::Place);
        let ev = Evidence { person_verb: true, ..Evidence::default() };
        assert_eq!(classify("Bank of Portugal", ev), ActorKind::Organisation);
        let ev = Evidence::default();
        assert_eq!(classify_defined("Sahel Dawn", ev, true), ActorKind::Organisation);
        assert_eq!(classify_defined("Sahel Dawn", ev, false), ActorKind::Person);
        assert_eq!(classify_defined("Kingdom of Aksum", ev, false), ActorKind::State);
    }

    #[test]
    fn one_decision_per_name() {
        let word = |mid, count| Tally { words: 1, mid, count, ..Tally::default() };
        assert_eq!(decide("Rostov", &word(1, 1)), None, "once, uncued: not enough");
        assert_eq!(decide("Rostov", &word(2, 2)), Some(ActorKind::Person));
        let spoken = Tally { personal: 1, ..word(1, 3) };
        assert_eq!(decide("Orlenko", &spoken), Some(ActorKind::Person));
        assert_eq!(decide("Orlenko", &Tally { personal: 1, ..word(1, 1) }), None);
        let placed = Tally {
            placed: 3,
            ev: Evidence { after_in: true, ..Evidence::default() },
            ..word(3, 3)
        };
        assert_eq!(decide("Ulm", &placed), Some(ActorKind::Place));
        // A servant who speaks eight times is not a place for one "the village" beside him.
        let village = Evidence { place: true, person_verb: true, ..Evidence::default() };
        let elder = Tally { placed: 2, personal: 8, ev: village, ..word(37, 53) };
        assert_eq!(decide("Dron", &elder), Some(ActorKind::Person));
        let hamlet = Tally { placed: 2, personal: 4, ev: village, ..word(37, 53) };
        assert_eq!(decide("Dron", &hamlet), Some(ActorKind::Place));
        let the_body = Tally { definite: 1, ..word(1, 1) };
        assert_eq!(decide("Bundesbank", &the_body), Some(ActorKind::Organisation));
        let opener = Tally { opener: true, ..the_body };
        assert_eq!(decide("Poklonny", &opener), None);
        let family = Tally { family_plural: true, ..word(2, 2) };
        assert_eq!(decide("Rostovs", &family), Some(ActorKind::Group));
        let multi = Tally { words: 2, count: 1, ..Tally::default() };
        assert_eq!(decide("Abel Balbo", &multi), Some(ActorKind::Person));
        assert_eq!(decide("Meridian Bank", &multi), Some(ActorKind::Organisation));
    }
}
