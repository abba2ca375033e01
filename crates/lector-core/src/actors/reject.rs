//! Rejection: what looks like a name but is not an actor. Title-case blocks (headings,
//! page furniture, tag lines) yield no discoveries; names of initiatives, laws and wars,
//! concepts, calendar words and common words are dropped by rule, never by an
//! article-specific list.

use super::lexicon::{self, lower, word_list};
use super::prior;
use super::tokens::{Shape, Token};

fn in_list(list: &'static str, word: &str) -> bool {
    lexicon::in_list(list, word)
}

/// Probed for the words of many candidates, so hashed once rather than scanned.
pub fn has_institution_word(name: &str) -> bool {
    static SET: std::sync::OnceLock<lexicon::WordSet> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| lexicon::set(word_list("institution")));
    name.split([' ', '-']).any(|w| lexicon::holds(set, w))
}

/// Names that are never actors, whatever their cues.
pub fn is_rejected_name(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return true };
    let first_l = lower(first);
    let last_l = lower(last);
    if words.len() > 1 && in_list(word_list("non_actor_last"), &last_l) {
        return true;
    }
    if words.len() > 1 && in_list(word_list("non_actor_first"), &first_l) {
        return true;
    }
    // A concept vetoes as the whole name or its head ("Sunni Islam", "Shariah"), not as a
    // modifier ("French Foreign Legion") nor after a title ("General French").
    let titled = words.len() > 1 && lexicon::is_title_head(&first_l);
    if (!titled && lexicon::is_concept(&last_l)) || lexicon::is_concept(&name.replace(' ', "-")) {
        return true;
    }
    // Only common words and no institution: "Human Rights", "Global Policy"; words of
    // computing too ("JWT", "REST API").
    if words.iter().all(|w| {
        let l = lower(w);
        lexicon::is_common(&l)
            || lexicon::is_technical(&l)
            || lexicon::is_particle(&l)
            || lexicon::is_title_head(&l)
            || lexicon::is_title_modifier(&l)
            || lexicon::is_plain_adjective(&l)
    }) {
        return true;
    }
    words.iter().any(|w| is_run_together(w) || lexicon::is_contraction(w))
}

/// A scraped tag line glues words together: "EconomicsGenderGlobal", "PolicyHuman". A word
/// that splits at its lowercase-to-capital steps into two or more common words, or into
/// common words only, is one; a company's camel case ("BlackRock", "GlaxoSmithKline") is not.
pub fn is_run_together(word: &str) -> bool {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && prev_lower {
            parts.push(&word[start..i]);
            start = i;
        }
        prev_lower = c.is_lowercase();
    }
    parts.push(&word[start..]);
    if parts.len() < 2 {
        return false;
    }
    let common = parts.iter().filter(|p| lexicon::is_common(p)).count();
    common >= 2 || common == parts.len()
}

/// A block set in title case or made of page furniture: short, not ending in a full stop,
/// and most of its longer words capitalised, or very short: "Where is Afghanistan Three
/// Years into Taliban Rule?", "Type: Analysis", "Thursday, September 19, 2024".
/// Names are not discovered in such blocks.
pub fn is_title_like(text: &str, tokens: &[Token]) -> bool {
    if tokens.len() > 25 {
        return false;
    }
    let mut long = 0;
    let mut cap = 0;
    for t in tokens {
        let w = &text[t.range()];
        if t.shape == Shape::Other || w.chars().count() < 4 {
            continue;
        }
        long += 1;
        if t.is_cap() {
            cap += 1;
        }
    }
    let tail = tokens.last().map_or("", |t| &text[t.end..]);
    let ends_with_period = tail.chars().take(3).any(|c| c == '.')
        || tokens.last().is_some_and(|t| text[t.range()].ends_with('.'));
    !ends_with_period && ((long > 0 && cap * 10 >= long * 6) || tokens.len() <= 6)
}

/// Words rarer than this in lowercase English (Zipf, in tenths) read as parts of names.
const RARE_ZIPF: u8 = 30;

/// `name` reads as a name on its own: no word of it is a common word of page furniture, and
/// one word (every word, when it is a single one) is a given name or a word English seldom
/// writes in lowercase ("Doug Flach", "Ivanisevic", "Llanelli"). In a short or title-case
/// line, where furniture is made of common words ("Related Publications", "Research
/// Fellow"), such a run is a name without a cue.
pub fn made_of_names(name: &str) -> bool {
    let words = || name.split([' ', '-']).filter(|w| !w.is_empty());
    let name_like = |w: &str| {
        let lower = lexicon::lower(w);
        lexicon::is_given_name(&lower) || prior::zipf_tenths(w) < RARE_ZIPF
    };
    words().next().is_some()
        && words().all(|w| !lexicon::is_common(w))
        && words().filter(|w| !lexicon::is_particle(&lexicon::lower(w))).any(name_like)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::tokens::tokenize;

    fn title_like(s: &str) -> bool {
        let mut t = Vec::new();
        tokenize(s, 0..s.len(), &mut t);
        is_title_like(s, &t)
    }

    #[test]
    fn names_made_of_names() {
        for n in ["Doug Flach", "Ivanisevic", "Llanelli", "Kwabena Osei-Bonsu", "Mark Cairns"] {
            assert!(made_of_names(n), "{n}");
        }
        for n in ["Related Publications", "Research Fellow", "Member Login", "Western", ""] {
            assert!(!made_of_names(n), "{n}");
        }
    }

    #[test]
    fn non_actor_names() {
        for n in [
            "Global Security Initiative",
            "Belt and Road Initiative",
            "Patriot Act",
            "Cold War",
            "Human Rights",
            "Global Policy",
            "Shariah",
            "Operation Zarb-e-Azb",
            "September",
            "EconomicsGenderGlobal PolicyHuman Rights",
            "Question and Answer",
            "Sunni Islam",
            "Research Fellow",
            "Senior Fellow",
            "Western",
            "Thanksgiving",
            "New Year",
            "Newsletter",
        ] {
            assert!(is_rejected_name(n), "{n}");
        }
        for n in [
            "Rebecca Conway",
            "Haqqani family",
            "Bumboret Kalash Valley",
            "Xi Jinping",
            "Supreme Court",
            "French Foreign Legion",
            "Islam Karimov",
            "General French",
        ] {
            assert!(!is_rejected_name(n), "{n}");
        }
    }

    #[test]
    fn run_together_words() {
        assert!(is_run_together("EconomicsGenderGlobal"));
        assert!(is_run_together("PolicyHuman"));
        assert!(
            !is_run_together("McDonald")
                && !is_run_together("YouTube")
                && !is_run_together("ISIS-K")
                && !is_run_together("BlackRock")
                && !is_run_together("ExxonMobil")
                && !is_run_together("GlaxoSmithKline")
        );
    }

    #[test]
    fn title_like_blocks() {
        assert!(title_like("Where is Afghanistan Three Years into Taliban Rule?"));
        assert!(title_like("Type: Question and Answer"));
        assert!(title_like("Thursday, September 19, 2024"));
        assert!(title_like("GenderHuman RightsJustice, Security & Rule of Law"));
        assert!(!title_like(
            "Pakistan and the Afghan Taliban are teetering on the brink of a major crisis."
        ));
        assert!(!title_like(
            "Whatever the motive, the Taliban are unwilling to act against the TTP."
        ));
    }

    #[test]
    fn institutions() {
        assert!(has_institution_word("Assembly") && has_institution_word("Pakistan Army"));
        assert!(!has_institution_word("Shehbaz Sharif"));
    }
}
