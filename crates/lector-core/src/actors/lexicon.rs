//! The word lists the rules consult (common capitalised words, titles, honorifics, given
//! names, the cue nouns that decide kinds) are data, all in `assets/words.txt`, embedded and
//! read once; each list is turned into a set on first use. Lists are general English, never
//! picked for one article.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Every word list, as data: `assets/words.txt`.
const WORDS: &str = include_str!("../../../../assets/words.txt");

/// The sections of `assets/words.txt`: "[name]" lines, then words; "#" lines are comments.
fn sections(file: &str) -> HashMap<String, String> {
    let mut out: HashMap<String, String> = HashMap::new();
    let mut current: Option<String> = None;
    for line in file.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(name.to_string());
            out.entry(name.to_string()).or_default();
        } else if let Some(name) = current.as_ref().filter(|_| !line.starts_with('#')) {
            let body = out.entry(name.clone()).or_default();
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

/// The words of one list of `assets/words.txt`, separated by whitespace, parsed once for the
/// life of the program; a list the file lacks is empty (a test checks every list is there).
pub fn word_list(name: &str) -> &'static str {
    static LISTS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        sections(WORDS).into_iter().map(|(k, v)| (k, leak(v))).collect()
    });
    lists.get(name).copied().unwrap_or("")
}

/// FNV-1a: the sets hold short words and are probed for nearly every capitalised word, so
/// a simple hash beats the default one here.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Keyed by bytes, so a lowercased stack buffer is looked up without a UTF-8 re-check.
pub type WordSet = HashSet<&'static [u8], BuildHasherDefault<Fnv>>;

pub fn set(words: &'static str) -> WordSet {
    words.split_whitespace().map(str::as_bytes).collect()
}

/// Whether the space-separated `list` holds `word` exactly. Lists are probed for every
/// distinct name of a text, so each is hashed once, on first use, instead of scanned on
/// every probe (a text of a hundred thousand names made the scans most of the work).
pub fn in_list(list: &'static str, word: &str) -> bool {
    type Sets = std::sync::RwLock<HashMap<(usize, usize), &'static WordSet>>;
    static SETS: OnceLock<Sets> = OnceLock::new();
    let sets = SETS.get_or_init(Sets::default);
    let key = (list.as_ptr() as usize, list.len());
    let found = sets.read().ok().and_then(|s| s.get(&key).copied());
    let set = match found {
        Some(set) => set,
        None => match sets.write() {
            // Each list is built once and kept for the life of the program.
            Ok(mut s) => *s.entry(key).or_insert_with(|| Box::leak(Box::new(set(list)))),
            Err(_) => return list.split_whitespace().any(|w| w == word),
        },
    };
    set.contains(word.as_bytes())
}

/// Whether `set` holds the lowercase form of `word`, without allocating for short ASCII.
pub fn holds(set: &WordSet, word: &str) -> bool {
    if word.len() <= 32 && word.is_ascii() {
        let mut buf = [0u8; 32];
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        set.contains(&*b)
    } else {
        set.contains(word.to_lowercase().as_bytes())
    }
}

/// Which of the word lists hold a word: one bit per [`List`]. Every list is probed with the
/// same few words of a name, so the lists share one table and one lookup answers them all;
/// discovery keeps each token's answer instead of asking again.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Classes(u64);

impl Classes {
    pub fn has(self, list: List) -> bool {
        self.0 >> list as u32 & 1 == 1
    }
}

/// The lists a word belongs to, case-insensitively ("There" and "there" are both common),
/// without allocating for short ASCII.
pub fn classes(word: &str) -> Classes {
    static TABLE: OnceLock<HashMap<&'static [u8], u64, foldhash::fast::FixedState>> =
        OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = HashMap::with_hasher(foldhash::fast::FixedState::default());
        for (list, words) in lists() {
            for w in words.split_whitespace() {
                *table.entry(w.as_bytes()).or_default() |= 1 << list as u32;
            }
        }
        table
    });
    let bits = if word.len() <= 32 && word.is_ascii() {
        let mut buf = [0u8; 32];
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        table.get(&*b)
    } else {
        table.get(word.to_lowercase().as_bytes())
    };
    Classes(bits.copied().unwrap_or(0))
}

/// Declares each list once: its bit in [`Classes`], where its words come from, and the
/// question that asks for it alone.
macro_rules! word_sets {
    ($($fn_name:ident: $variant:ident = $list:expr;)*) => {
        /// A word list of `assets/words.txt` that [`classes`] answers for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum List { $($variant,)* }

        fn lists() -> Vec<(List, &'static str)> {
            vec![$((List::$variant, $list),)*]
        }

        // Discovery asks some lists only through a token's [`Classes`]; their questions
        // stay for the other stages and the tests.
        $(#[allow(dead_code)]
        pub fn $fn_name(word: &str) -> bool {
            classes(word).has(List::$variant)
        })*
    };
}

word_sets! {
    is_common: Common = word_list("common");
    is_concept: Concept = word_list("concepts");
    is_function: Function = word_list("function");
    is_organisation_noun: OrganisationNoun = word_list("organisation_nouns");
    is_title_head: TitleHead = word_list("title_heads");
    is_title_modifier: TitleModifier = word_list("title_modifiers");
    is_honorific: Honorific = word_list("honorifics");
    is_particle: Particle = word_list("particles");
    is_name_joint: NameJoint = word_list("name_joints");
    is_group_noun: GroupNoun = word_list("group_nouns");
    is_place_noun: PlaceNoun = word_list("place_nouns");
    is_person_verb: PersonVerb = word_list("person_verbs");
    is_body_verb: BodyVerb = word_list("body_verbs");
    is_motion_preposition: MotionPreposition = word_list("motion_prepositions");
    is_holding_noun: HoldingNoun = word_list("holding");
    is_staff_noun: StaffNoun = word_list("staff");
    is_body_attribute: BodyAttribute = word_list("body_attributes");
    is_corporate_role: CorporateRole = word_list("corporate_roles");
    is_place_of_noun: PlaceOfNoun = word_list("place_of");
    is_place_preposition: PlacePreposition = word_list("place_before");
    is_body_noun_after: BodyNounAfter = word_list("body_after");
    is_person_noun: PersonNoun = word_list("person_nouns");
    is_given_name: GivenName = word_list("given_names");
    is_policy_noun: PolicyNoun = word_list("policy_nouns");
    is_government_verb: GovernmentVerb = word_list("government_verbs");
    is_modal: Modal = word_list("modals");
    is_government_noun: GovernmentNoun = word_list("government_nouns");
    is_relation_noun: RelationNoun = word_list("relation_nouns");
    is_envoy_noun: EnvoyNoun = word_list("envoy_nouns");
    is_pressure_verb: PressureVerb = word_list("pressure_verbs");
    is_physical_gerund: PhysicalGerund = word_list("physical_gerunds");
    is_plain_adjective: PlainAdjective = word_list("plain_adjectives");
    is_motion_verb: MotionVerb = word_list("motion_verbs");
    is_motion_particle: MotionParticle = word_list("motion_particles");
    is_place_anchor: PlaceAnchor = word_list("place_anchors");
    is_technical: Technical = word_list("technical");
}

/// "Don’t", "I’ll", "It's": a contraction, never a name.
pub fn is_contraction(word: &str) -> bool {
    word.rsplit_once(['\'', '’'])
        .is_some_and(|(_, tail)| matches!(tail, "t" | "ll" | "m" | "re" | "ve" | "d"))
}

/// Lowercases a word only when needed, so hot paths avoid allocating for plain lowercase.
pub fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

#[cfg(test)]
mod list_file_tests {
    use super::*;

    #[test]
    fn every_list_the_rules_name_is_in_the_file() {
        let sources =
            [include_str!("lexicon.rs"), include_str!("reject.rs"), include_str!("kinds.rs")];
        let file = sections(WORDS);
        let mut named = 0;
        for src in sources {
            for part in src.split("word_list(\"").skip(1) {
                let name = &part[..part.find('"').unwrap_or(0)];
                if name.is_empty() || name.contains(' ') {
                    continue;
                }
                named += 1;
                assert!(file.get(name).is_some_and(|w| !w.trim().is_empty()), "{name}");
            }
        }
        assert!(named >= 39, "{named} lists named");
        assert!(
            sections("[a]\n# not a word\nx y\n[b]\nz\n")["a"].split_whitespace().eq(["x", "y"])
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_answer_in_lowercase() {
        assert!(is_common("there") && is_common("september") && is_common("thursday"));
        assert!(is_concept("shariah") && !is_concept("taliban"));
        assert!(is_title_head("minister") && is_title_head("gen.") && is_title_head("chief"));
        assert!(is_honorific("mullah") && !is_honorific("president"));
        assert!(is_group_noun("family") && is_place_noun("valley"));
        assert!(is_given_name("rebecca") && !is_given_name("jordan"));
        assert_eq!(lower("Taliban"), "taliban");
        assert!(is_common("There") && is_title_head("Minister") && is_given_name("Rebecca"));
        assert!(is_common("THURSDAY") && !is_common("Islamabad"));
    }

    #[test]
    fn one_lookup_answers_every_list() {
        let minister = classes("Minister");
        assert!(minister.has(List::TitleHead) && !minister.has(List::Common));
        let valley = classes("VALLEY");
        assert!(valley.has(List::PlaceNoun) && !valley.has(List::GroupNoun));
        assert_eq!(classes("Islamabad"), Classes::default());
        // Every list's own question agrees with its bit.
        for (list, words) in lists() {
            for w in words.split_whitespace() {
                assert!(classes(w).has(list), "{w} in {list:?}");
            }
        }
    }
}
