//! Cues that news prose gives about companies, places and people, read from the words around
//! a name: "shares in X", "analysts at X", "the carmaker X", "X said it", "X's profit", "X
//! chief executive Y" say body; "the mayor of X", "around X", "in X and Y" say place; "said X"
//! says person. Each cue is a few fixed word patterns, so few names fit the wrong one, and the
//! resolver still weighs body cues against the person cues a name collects elsewhere.

use super::lexicon;
use super::tokens::{Shape, Token, gap, joined};

/// Whether the words just before tokens `a..` name a body: "shares in X", "analysts at X",
/// "the carmaker X" (a body noun right before the name, itself after a word).
pub fn body_before(text: &str, t: &[Token], a: usize) -> bool {
    if a < 2 || !joined(text, &t[a - 1], &t[a]) || !joined(text, &t[a - 2], &t[a - 1]) {
        return false;
    }
    let prev = &text[t[a - 1].range()];
    let before = &text[t[a - 2].range()];
    match prev {
        "in" | "of" => lexicon::is_holding_noun(before),
        "at" => lexicon::is_staff_noun(before),
        _ => {
            t[a - 1].shape == Shape::Lower
                && lexicon::is_organisation_noun(prev)
                && !matches!(prev, "group" | "party" | "movement" | "network" | "agency")
                && t[a - 2].shape != Shape::Other
        }
    }
}

/// Whether the words just after tokens `..b` name a body: "X said it", "X's profit",
/// "X chief executive Y".
pub fn body_after(text: &str, t: &[Token], b: usize) -> bool {
    let Some(next) = t.get(b) else { return false };
    let last = &t[b - 1];
    if next.shape != Shape::Lower {
        return false;
    }
    let w = &text[next.range()];
    if last.is_possessive() {
        return gap(text, last, next) == " " && lexicon::is_body_attribute(w);
    }
    if gap(text, last, next) != " " {
        return false;
    }
    let after = t.get(b + 1).filter(|n| joined(text, next, n));
    let after_word = after.map(|n| &text[n.range()]);
    match w {
        "said" | "says" => matches!(after_word, Some("it" | "its")),
        "chief" => matches!(
            after_word,
            Some("executive" | "financial" | "operating" | "economist" | "investment")
        ),
        _ => lexicon::is_corporate_role(w) && after.is_some_and(Token::is_cap),
    }
}

/// Whether the words before tokens `a..` say place: "the mayor of X", "around X", and the
/// second of two names after "in" ("in Poznan and Brno").
pub fn place_before(text: &str, t: &[Token], a: usize) -> bool {
    if a == 0 || !joined(text, &t[a - 1], &t[a]) {
        return false;
    }
    let prev = &text[t[a - 1].range()];
    if lexicon::is_place_preposition(prev) && t[a - 1].shape == Shape::Lower {
        return true;
    }
    if a < 2 || !joined(text, &t[a - 2], &t[a - 1]) {
        return false;
    }
    let before = &text[t[a - 2].range()];
    match prev {
        "of" => lexicon::is_place_of_noun(before) && t[a - 2].shape == Shape::Lower,
        "and" | "or" => {
            t[a - 2].is_cap()
                && (0..a - 1).rev().take(4).find(|&i| !t[i].is_cap()).is_some_and(|i| {
                    matches!(&text[t[i].range()], "in" | "near") && joined(text, &t[i], &t[i + 1])
                })
        }
        _ => false,
    }
}

/// "the Verdi union": a body noun right after the name.
pub fn body_noun_after(text: &str, t: &[Token], b: usize) -> bool {
    t.get(b).is_some_and(|next| {
        next.shape == Shape::Lower
            && joined(text, &t[b - 1], next)
            && lexicon::is_body_noun_after(&text[next.range()])
    })
}

/// `"We need tents," said Grace Banda`: a quotation's speaker after "said".
pub fn said_before(text: &str, t: &[Token], a: usize) -> bool {
    a > 0
        && joined(text, &t[a - 1], &t[a])
        && matches!(&text[t[a - 1].range()], "said" | "says" | "added" | "asked")
}

/// "X, 54, said": an age in commas after a name says person.
pub fn age_after(text: &str, t: &[Token], b: usize) -> bool {
    let rest = &text[t[b - 1].poss_end..];
    let Some(rest) = rest.strip_prefix(", ") else { return false };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && rest[digits..].starts_with(',')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::tokens::tokenize;

    /// Where `name` starts and ends in the tokens of `text`.
    fn span(text: &str, name: &str) -> (Vec<Token>, usize, usize) {
        let mut t = Vec::new();
        tokenize(text, 0..text.len(), &mut t);
        let at = text.find(name).unwrap_or(0);
        let a = t.iter().position(|x| x.start == at).unwrap_or(0);
        let b = t.iter().position(|x| x.end == at + name.len()).map_or(0, |i| i + 1);
        (t, a, b)
    }

    fn before(text: &str, name: &str) -> bool {
        let (t, a, _) = span(text, name);
        body_before(text, &t, a)
    }

    fn after(text: &str, name: &str) -> bool {
        let (t, _, b) = span(text, name);
        body_after(text, &t, b)
    }

    #[test]
    fn bodies_from_the_words_before() {
        assert!(before("Shares in Siemens rose.", "Siemens"));
        assert!(before("Analysts at Goldman Sachs raised it.", "Goldman Sachs"));
        assert!(before("the German carmaker Volkswagen said", "Volkswagen"));
        assert!(!before("a plant in Lulea.", "Lulea"));
        assert!(!before("officers at Austerlitz.", "Austerlitz"));
        assert!(!before("the militant group Fano said", "Fano"));
    }

    #[test]
    fn bodies_from_the_words_after() {
        assert!(after("Siemens said it had won.", "Siemens"));
        assert!(after("Siemens chief executive Roland Busch said", "Siemens"));
        assert!(after("Alecta's board met.", "Alecta"));
        assert!(after("Halvorsen analyst Maja Ekberg wrote", "Halvorsen"));
        assert!(!after("Natasha said nothing.", "Natasha"));
        assert!(!after("Kutúzov's headquarters moved.", "Kutúzov"));
        assert!(!after("Busch chief of staff.", "Busch"));
    }

    #[test]
    fn places_from_the_words_before() {
        let p = |text: &str, name: &str| {
            let (t, a, _) = span(text, name);
            place_before(text, &t, a)
        };
        assert!(p("a former mayor of Castelmoro was", "Castelmoro"));
        assert!(p("near the town of Morrumbala.", "Morrumbala"));
        assert!(p("communities around Nsanje.", "Nsanje"));
        assert!(p("depots in Poznan and Brno for", "Brno"));
        assert!(!p("talks between Pakistan and Brno", "Brno"));
        assert!(!p("the Bank of England", "England"));
    }

    #[test]
    fn ages_say_person() {
        let (t, _, b) = span("Anna Berg, 54, said", "Anna Berg");
        assert!(age_after("Anna Berg, 54, said", &t, b));
        let (t, _, b) = span("Siemens, 3 percent up", "Siemens");
        assert!(!age_after("Siemens, 3 percent up", &t, b));
    }
}
