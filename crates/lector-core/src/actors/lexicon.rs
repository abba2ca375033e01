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

/// Each list answers case-insensitively: "There" and "there" are both common.
macro_rules! word_set {
    ($fn_name:ident, $list:expr) => {
        pub fn $fn_name(word: &str) -> bool {
            static SET: OnceLock<WordSet> = OnceLock::new();
            let set = SET.get_or_init(|| set($list));
            holds(set, word)
        }
    };
}

word_set!(is_common, word_list("common"));
word_set!(is_concept, word_list("concepts"));
word_set!(is_function, word_list("function"));
word_set!(is_organisation_noun, word_list("organisation_nouns"));
word_set!(is_title_head, word_list("title_heads"));
word_set!(is_title_modifier, word_list("title_modifiers"));
word_set!(is_honorific, word_list("honorifics"));
word_set!(is_particle, word_list("particles"));
word_set!(is_name_joint, word_list("name_joints"));
word_set!(is_group_noun, word_list("group_nouns"));
word_set!(is_place_noun, word_list("place_nouns"));
word_set!(is_person_verb, word_list("person_verbs"));
word_set!(is_body_verb, word_list("body_verbs"));
word_set!(is_motion_preposition, word_list("motion_prepositions"));
word_set!(is_holding_noun, word_list("holding"));
word_set!(is_staff_noun, word_list("staff"));
word_set!(is_body_attribute, word_list("body_attributes"));
word_set!(is_corporate_role, word_list("corporate_roles"));
word_set!(is_place_of_noun, word_list("place_of"));
word_set!(is_place_preposition, word_list("place_before"));
word_set!(is_body_noun_after, word_list("body_after"));
word_set!(is_person_noun, word_list("person_nouns"));
word_set!(is_given_name, word_list("given_names"));
word_set!(is_policy_noun, word_list("policy_nouns"));
word_set!(is_government_verb, word_list("government_verbs"));
word_set!(is_modal, word_list("modals"));
word_set!(is_government_noun, word_list("government_nouns"));
word_set!(is_relation_noun, word_list("relation_nouns"));
word_set!(is_envoy_noun, word_list("envoy_nouns"));
word_set!(is_pressure_verb, word_list("pressure_verbs"));
word_set!(is_physical_gerund, word_list("physical_gerunds"));
word_set!(is_plain_adjective, word_list("plain_adjectives"));
word_set!(is_motion_verb, word_list("motion_verbs"));
word_set!(is_motion_particle, word_list("motion_particles"));
word_set!(is_place_anchor, word_list("place_anchors"));
word_set!(is_technical, word_list("technical"));

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
}
