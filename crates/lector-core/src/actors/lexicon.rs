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
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut bits: HashMap<&'static [u8], u64> = HashMap::new();
        for (list, words) in lists() {
            for w in words.split_whitespace() {
                *bits.entry(w.as_bytes()).or_default() |= 1 << list as u32;
            }
        }
        WordTable::new(bits)
    });
    Classes(table.get(word))
}

/// Every listed word with its lists' bits. Nearly every capitalised word of a text is looked
/// up, most of them short ASCII: those live in an open-addressed table whose keys are the
/// lowercase word in two machine words, so a probe compares two integers instead of hashing
/// and comparing bytes. Longer and non-ASCII words go to a plain map.
struct WordTable {
    keys: Box<[[u64; 2]]>,
    /// The lists' bits, with the word's length in the top byte; 0 for an empty slot.
    meta: Box<[u64]>,
    shift: u32,
    other: HashMap<Box<[u8]>, u64, foldhash::fast::FixedState>,
}

/// The longest word kept in [`WordTable`]'s fast part.
const SHORT: usize = 16;
const LEN_SHIFT: u32 = 56;

impl WordTable {
    fn new(bits: HashMap<&'static [u8], u64>) -> WordTable {
        let short = bits.keys().filter(|w| short_key(w).is_some()).count();
        let slots = (2 * short).next_power_of_two().max(2);
        let mut table = WordTable {
            keys: vec![[0; 2]; slots].into_boxed_slice(),
            meta: vec![0; slots].into_boxed_slice(),
            shift: 64 - slots.trailing_zeros(),
            other: HashMap::default(),
        };
        for (word, b) in bits {
            debug_assert!(b >> LEN_SHIFT == 0 && b != 0);
            let lower = word.to_ascii_lowercase();
            match short_key(&lower) {
                Some(key) => {
                    let mut i = table.slot(key, lower.len());
                    while table.meta[i] != 0 {
                        i = (i + 1) & (slots - 1);
                    }
                    table.keys[i] = key;
                    table.meta[i] = b | (lower.len() as u64) << LEN_SHIFT;
                }
                None => {
                    let lower = String::from_utf8_lossy(word).to_lowercase();
                    *table.other.entry(lower.into_bytes().into_boxed_slice()).or_default() |= b;
                }
            }
        }
        table
    }

    fn slot(&self, key: [u64; 2], len: usize) -> usize {
        let h = (key[0] ^ key[1].rotate_left(23) ^ len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> self.shift) as usize
    }

    fn get(&self, word: &str) -> u64 {
        if let Some(key) = short_key(word.as_bytes()) {
            let mask = self.meta.len() - 1;
            let mut i = self.slot(key, word.len());
            loop {
                let meta = self.meta[i];
                if meta == 0 {
                    return 0;
                }
                if self.keys[i] == key && (meta >> LEN_SHIFT) as usize == word.len() {
                    return meta & ((1 << LEN_SHIFT) - 1);
                }
                i = (i + 1) & mask;
            }
        }
        if word.is_ascii() {
            return self.other.get(word.to_ascii_lowercase().as_bytes()).copied().unwrap_or(0);
        }
        // A word whose lowercase is short ASCII ("KING" with a Kelvin sign) is in the table.
        let lower = word.to_lowercase();
        if lower.is_ascii() && short_key(lower.as_bytes()).is_some() {
            return self.get(&lower);
        }
        self.other.get(lower.as_bytes()).copied().unwrap_or(0)
    }
}

/// A short ASCII word, lowercased, as two little-endian machine words padded with zeros.
/// Read with overlapping loads rather than copied byte by byte: this runs for nearly every
/// capitalised word of a text.
fn short_key(word: &[u8]) -> Option<[u64; 2]> {
    let len = word.len();
    let load = |at: usize, n: usize| {
        let mut x = 0u64;
        for (k, &b) in word[at..at + n].iter().enumerate() {
            x |= u64::from(b) << (8 * k);
        }
        x
    };
    let eight = |at: usize| u64::from_le_bytes(word[at..at + 8].try_into().unwrap_or_default());
    let four =
        |at: usize| u64::from(u32::from_le_bytes(word[at..at + 4].try_into().unwrap_or_default()));
    let (lo, hi) = match len {
        0..4 => (load(0, len), 0),
        // Two loads that may overlap: the bytes they share are the same bytes.
        4..8 => (four(0) | four(len - 4) << (8 * (len - 4)), 0),
        8 => (eight(0), 0),
        9..=SHORT => (eight(0), eight(len - 8) >> (8 * (16 - len))),
        _ => return None,
    };
    if (lo | hi) & HIGH != 0 {
        return None; // not ASCII
    }
    Some([lowercase(lo), lowercase(hi)])
}

/// The top bit of every byte of a machine word.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Eight ASCII bytes with their uppercase letters lowercased.
fn lowercase(x: u64) -> u64 {
    let each = |b: u8| u64::from_le_bytes([b; 8]);
    // With every byte below 0x80, adding at most 0x80 never carries into the next byte.
    let upper = x.wrapping_add(each(0x80 - b'A')) & !x.wrapping_add(each(0x7f - b'Z')) & HIGH;
    x | upper >> 2
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
    is_compass: Compass = word_list("compass");
}

/// "Don’t", "I’ll", "It's": a contraction, never a name.
pub fn is_contraction(word: &str) -> bool {
    // Most words hold no apostrophe: one pass over bytes ('’' starts with 0xE2) says so.
    if !word.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return false;
    }
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

    /// The lists' bits for a word as a plain map gives them: what the table must answer.
    fn reference(word: &str) -> u64 {
        static MAP: OnceLock<HashMap<String, u64>> = OnceLock::new();
        let map = MAP.get_or_init(|| {
            let mut map = HashMap::new();
            for (list, words) in lists() {
                for w in words.split_whitespace() {
                    *map.entry(w.to_string()).or_default() |= 1 << list as u32;
                }
            }
            map
        });
        map.get(&word.to_lowercase()).copied().unwrap_or(0)
    }

    #[test]
    fn the_table_answers_as_a_plain_map_would() {
        let mut probes = vec![String::new(), "a\0".into(), "the\0".into(), "Ünited".into()];
        // A non-ASCII word whose lowercase is ASCII: a Kelvin sign lowercases to "k".
        probes.extend(["\u{212A}ing".into(), "\u{212A}ingdom".into()]);
        for (_, words) in lists() {
            for w in words.split_whitespace().take(40) {
                let mut chars = w.chars();
                let first = chars.next().map(|c| c.to_uppercase().to_string()).unwrap_or_default();
                let title = format!("{first}{}", chars.as_str());
                chars.next_back();
                // The word in every case, and near misses: a letter more or less.
                probes.extend([w.to_string(), w.to_uppercase(), title, format!("{w}s")]);
                probes.extend([format!("x{w}"), format!("{first}{}", chars.as_str())]);
            }
        }
        // Every length the table reads differently, up to past its short words.
        for len in 0..20 {
            probes.push("Internationalisations"[..len].to_string());
            probes.push("government".repeat(2)[..len].to_string());
        }
        for p in &probes {
            assert_eq!(classes(p).0, reference(p), "{p:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_word_gets_the_plain_maps_answer(word in "[a-zA-Z.'’é-]{0,20}") {
            proptest::prop_assert_eq!(classes(&word).0, reference(&word));
        }
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
