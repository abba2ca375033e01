//! Cues of place that need more than the word before a name: a verb of going before "to",
//! "from", "at" or "via" ("marched to Ulm", "came up from Brunnwald", "moved on to Olmutz"),
//! a place's noun before "at" ("the fortress at Ulm"), and a region after a place and a
//! comma ("from Brunnwald, Swabia, and"). A name met so, and never as a person, is a place
//! even when the text names it only once. "Came up to" (someone), "according to X" and
//! "said X" are not cues of place, and a name opening with a given name or an honorific is
//! left to the person rules.

use super::context;
use super::lexicon;
use super::prior;
use super::tokens::{Shape, Token, joined};

/// A first word at least this common in lowercase English (Zipf, in tenths) is a word of
/// the sentence, not a place's name: "went to Mass", "ran to Mamma", "drove to Bald Hills".
const WORD_OF_ENGLISH_ZIPF: u8 = 30;

/// Whether the name at tokens `a..b` stands where a place does. The word patterns come
/// first: they read tokens only, and most names fail them, so the lookups that may lowercase
/// a word run for the few that pass.
pub fn says_place(text: &str, t: &[Token], a: usize, b: usize) -> bool {
    a < b
        && (after_motion(text, t, a) || region_after_place(text, t, a, b))
        && !looks_personal(&text[t[a].range()])
        && prior::zipf_tenths(&text[t[a].range()]) < WORD_OF_ENGLISH_ZIPF
}

/// "Marched to X", "fell back to X", "the fortress at X", "the road from X".
fn after_motion(text: &str, t: &[Token], a: usize) -> bool {
    if a < 2 || !joined(text, &t[a - 1], &t[a]) || !joined(text, &t[a - 2], &t[a - 1]) {
        return false;
    }
    let word = |i: usize| &text[t[i].range()];
    let prep = word(a - 1);
    if t[a - 1].shape != Shape::Lower || !matches!(prep, "to" | "from" | "at" | "via") {
        return false;
    }
    let before = word(a - 2);
    if t[a - 2].shape != Shape::Lower {
        return false;
    }
    if lexicon::is_motion_verb(before) {
        return true;
    }
    if prep == "at" && lexicon::is_place_anchor(before) {
        return true;
    }
    // "moved on to X", "came up from X": a particle between the verb and the preposition;
    // not "came up to X", which is how one approaches a person.
    let particle = lexicon::is_motion_particle(before) || (before == "up" && prep != "to");
    a >= 3
        && particle
        && joined(text, &t[a - 3], &t[a - 2])
        && t[a - 3].shape == Shape::Lower
        && lexicon::is_motion_verb(word(a - 3))
}

/// "From Brunnwald, Swabia, and": a name after a place-cued name and a comma, followed by a
/// pause, names the region the place lies in.
fn region_after_place(text: &str, t: &[Token], a: usize, b: usize) -> bool {
    if a < 1 || !t[a - 1].is_cap() || t[a - 1].is_possessive() {
        return false;
    }
    if &text[t[a - 1].end..t[a].start] != ", " {
        return false;
    }
    let pause = text[t[b - 1].poss_end..].trim_start().starts_with([',', '.', ';', ')']);
    let at_end = b == t.len() && text[t[b - 1].poss_end..].trim().is_empty();
    if !(pause || at_end) {
        return false;
    }
    // Back over the place's own words, at most a few.
    let mut s = a - 1;
    while s > 0 && a - 1 - s < 4 && joined(text, &t[s - 1], &t[s]) && t[s - 1].is_cap() {
        s -= 1;
    }
    let in_near = s > 0
        && joined(text, &t[s - 1], &t[s])
        && matches!(&text[t[s - 1].range()], "in" | "near" | "at");
    in_near || context::place_before(text, t, s) || after_motion(text, t, s)
}

/// A given name or an honorific opening the name says person, whatever precedes it.
fn looks_personal(w: &str) -> bool {
    // The lists answer case-insensitively, without lowercasing into a new string.
    lexicon::is_given_name(w) || lexicon::is_honorific(w) || lexicon::is_title_head(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::tokens::tokenize;

    /// Whether the name starting at the first occurrence of `name` in `text` is cued a place.
    fn placed(text: &str, name: &str) -> bool {
        let mut t = Vec::new();
        tokenize(text, 0..text.len(), &mut t);
        let at = text.find(name).expect("name in text");
        let a = t.iter().position(|x| x.start == at).expect("a token starts the name");
        let end = at + name.len();
        let b = t.iter().position(|x| x.end == end).expect("a token ends the name") + 1;
        says_place(text, &t, a, b)
    }

    #[test]
    fn going_somewhere_says_place() {
        assert!(placed("The columns marched to Wertach at dawn.", "Wertach"));
        assert!(placed("The staff moved on to Olmutz.", "Olmutz"));
        assert!(placed("They closed on the fortress at Ulm.", "Ulm"));
        assert!(placed("Reinforcements came up from Brunnwald in May.", "Brunnwald"));
        assert!(placed("Officers met at Elchingen.", "Elchingen"));
    }

    #[test]
    fn a_region_after_a_place_says_place() {
        assert!(placed("They came up from Brunnwald, Swabia, and rested.", "Swabia"));
        assert!(placed("The plant in Lulea, Norrbotten.", "Norrbotten"));
        // A list of people after a place is not a region: no pause follows the name.
        assert!(!placed("In Ulm, Ney rode on.", "Ney"));
    }

    #[test]
    fn discovery_gives_a_reached_name_its_own_cue() {
        use crate::actors::discovery::{Cue, discover};
        use crate::model::{Block, BlockKind};
        let text = "The cavalry rode to Haslach before nightfall, and Verrier waited.";
        let names = crate::actors::gazetteer::built_in();
        let block = Block::new(BlockKind::Paragraph, 0..text.len(), 0);
        let found = discover(text, &block, &names, &[]);
        let cue = |s: &str| found.names.iter().find(|c| &text[c.range.clone()] == s).map(|c| c.cue);
        assert_eq!(cue("Haslach"), Some(Cue::Reached));
        assert_eq!(cue("Verrier"), Some(Cue::None));
    }

    #[test]
    fn people_are_not_places() {
        assert!(!placed("According to Mack, the garrison starved.", "Mack"));
        assert!(!placed("He came up to Pierre and bowed.", "Pierre"));
        assert!(!placed("They wrote to Keller in March.", "Keller"));
        assert!(!placed("She looked at Dolokhov.", "Dolokhov"));
        assert!(!placed("The envoy went to Prince Vasili.", "Prince Vasili"));
        assert!(!placed("He rode to Rebecca Conway at once.", "Rebecca Conway"));
        assert!(!placed("The family went to Mass on Sunday.", "Mass"));
    }
}
