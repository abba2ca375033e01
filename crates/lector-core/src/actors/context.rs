//! Cues that news prose gives about companies, places and people, read from the words around
//! a name: "shares in X", "analysts at X", "the carmaker X", "X said it", "X's profit", "X
//! chief executive Y" say body; "the mayor of X", "around X", "in X and Y" say place; "said X"
//! says person. Each cue is a few fixed word patterns, so few names fit the wrong one, and the
//! resolver still weighs body cues against the person cues a name collects elsewhere.
//! A capital is read per mention the same way: "Moscow said" is the government, "in
//! Moscow" the city.

use super::lexicon;
use super::tokens::{Shape, Token, gap, joined};
use std::ops::Range;

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
/// second of two names after such words ("in Poznan and Brno", "the province of Eastern
/// Bengal and Assam").
pub fn place_before(text: &str, t: &[Token], a: usize) -> bool {
    if said_place(text, t, a) {
        return true;
    }
    if a < 2 || !joined(text, &t[a - 1], &t[a]) || !joined(text, &t[a - 2], &t[a - 1]) {
        return false;
    }
    if !matches!(&text[t[a - 1].range()], "and" | "or") || !t[a - 2].is_cap() {
        return false;
    }
    // The first name of the pair: back over its capitalised words (a few at most).
    let capital_place_word = |i: usize| matches!(&text[t[i].range()], "In" | "Near");
    let first = (0..a - 1)
        .rev()
        .take(4)
        .find(|&i| !t[i].is_cap() || capital_place_word(i))
        .map_or(0, |i| i + 1);
    // "in Poznan and Brno", and at a sentence's start "In Mombasa and Kisumu".
    let opens = first >= 1
        && joined(text, &t[first - 1], &t[first])
        && matches!(&text[t[first - 1].range()], "in" | "near" | "In" | "Near");
    opens || said_place(text, t, first)
}

/// The words right before token `a` say place: "around X", "eastern X", "the mayor of X".
fn said_place(text: &str, t: &[Token], a: usize) -> bool {
    if a == 0 || !joined(text, &t[a - 1], &t[a]) || t[a - 1].shape != Shape::Lower {
        return false;
    }
    let prev = &text[t[a - 1].range()];
    if lexicon::is_place_preposition(prev) {
        return true;
    }
    a >= 2
        && prev == "of"
        && joined(text, &t[a - 2], &t[a - 1])
        && t[a - 2].shape == Shape::Lower
        && lexicon::is_place_of_noun(&text[t[a - 2].range()])
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

/// Whether a capital at `range` stands for its state's government: the subject of a verb
/// of speech, decision or stance ("Moscow said", "Washington should pay"), a possessive
/// before a word of policy ("Moscow's decision"), after a word of government and "in"
/// ("power in Islamabad", "the envoy in Kabul"), after a word of relations and "with",
/// "on" or "against" ("talks with Beijing"), or the object of a verb of pressure or
/// feeling ("stunned Islamabad"). Every other use is the city ("in Moscow", "left Moscow").
/// Discovery and output both ask this, so a capital's uses split the same way everywhere.
pub fn governs(text: &str, range: Range<usize>) -> bool {
    let after = &text[range.end..];
    if let Some(rest) = after.strip_prefix("’s ").or_else(|| after.strip_prefix("'s ")) {
        return lexicon::is_policy_noun(first_word(rest));
    }
    acts_after(after) || addressed_before(&text[..range.start])
}

/// "Moscow said", "Washington should pay", "Moscow has warned", and after an apposition
/// a verb of having or of government: "Khartoum, absorbed by its own war, has little".
fn acts_after(after: &str) -> bool {
    // "put Islamabad in a difficult position": a plight only a government is put in.
    if let Some(rest) = after.strip_prefix(" in a ") {
        let mut end = rest.len().min(40);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let plight = rest[..end].split(' ').take(3).any(|w| {
            matches!(w.trim_end_matches(['.', ',']), "position" | "bind" | "spot" | "dilemma")
        });
        if plight {
            return true;
        }
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return after.strip_prefix(", ").and_then(skip_apposition).is_some_and(|rest| {
            let verb = first_word(rest);
            matches!(verb, "has" | "have" | "had") || lexicon::is_government_verb(verb)
        });
    };
    // "Beijing instead launched": adverbs before the verb too.
    let (verb, rest) = split_word(skip_adverbs(rest));
    let rest = skip_adverbs(rest);
    if lexicon::is_government_verb(verb) {
        return true;
    }
    if lexicon::is_modal(verb) {
        return lexicon::is_government_verb(first_word(rest));
    }
    let (next, rest) = split_word(rest);
    if !matches!(verb, "has" | "had" | "have" | "did" | "does" | "also" | "then") {
        return false;
    }
    // "Beijing has been reevaluating its policy": a deliberate course over time, which a
    // city as a place does not follow, unless it burns or sleeps.
    let ongoing = next == "been" && {
        let doing = first_word(skip_adverbs(rest));
        doing.len() > 5 && doing.ends_with("ing") && !lexicon::is_physical_gerund(doing)
    };
    ongoing || lexicon::is_government_verb(next)
}

/// `s` after its leading spaces and adverbs ("not", "soon", "quickly").
fn skip_adverbs(mut s: &str) -> &str {
    loop {
        s = s.trim_start();
        let (w, rest) = split_word(s);
        let adverb = matches!(
            w,
            "not"
                | "soon"
                | "never"
                | "still"
                | "also"
                | "then"
                | "now"
                | "instead"
                | "again"
                | "already"
        ) || (w.len() > 4 && w.ends_with("ly"));
        if !adverb {
            return s;
        }
        s = rest;
    }
}

/// The text after an apposition that closes with a comma within a short clause, if any.
fn skip_apposition(s: &str) -> Option<&str> {
    let mut end = s.len().min(100);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let close = s[..end].find(", ")?;
    let clause = &s[..close];
    // An apposition opens with an article, a participle or "already": "the old capital",
    // "absorbed by its own war".
    let first = first_word(clause);
    let opens = matches!(first, "the" | "a" | "an" | "its" | "already" | "still")
        || (first.len() > 3 && first.ends_with("ed"));
    (opens && !clause.contains(['.', ';', '!', '?', '\n'])).then(|| &s[close + 2..])
}

/// "power in Islamabad", "the envoy in Kabul", "talks with Beijing", "the ambassador to
/// Moscow", "stunned Islamabad", "asking Vienna".
fn addressed_before(before: &str) -> bool {
    let Some(before) = before.strip_suffix(' ') else { return false };
    let (w1, before) = last_word(before);
    if lexicon::is_pressure_verb(w1) {
        return true;
    }
    let (w2, _) = last_word(before.trim_end_matches(' '));
    match w1 {
        "in" => lexicon::is_government_noun(w2),
        "with" | "on" | "against" => lexicon::is_relation_noun(w2),
        "to" => lexicon::is_envoy_noun(w2),
        _ => false,
    }
}

/// The word at the start of `s` (letters, digits and hyphens) and what follows it.
fn split_word(s: &str) -> (&str, &str) {
    let end = s.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(s.len());
    s.split_at(end)
}

fn first_word(s: &str) -> &str {
    split_word(s).0
}

/// The word at the end of `s` and what precedes it.
fn last_word(s: &str) -> (&str, &str) {
    let start = s
        .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    (&s[start..], &s[..start])
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
        assert!(p("In Mombasa and Kisumu, crowds", "Kisumu"));
        assert!(p("the province of Eastern Bengal and Assam had", "Assam"));
        assert!(!p("the Eastern Bengal and Assam Railway", "Assam"));
        assert!(!p("Tessa Mombasa and Kisumu left", "Kisumu"));
        assert!(!p("the Bank of England", "England"));
    }

    #[test]
    fn ages_say_person() {
        let (t, _, b) = span("Anna Berg, 54, said", "Anna Berg");
        assert!(age_after("Anna Berg, 54, said", &t, b));
        let (t, _, b) = span("Siemens, 3 percent up", "Siemens");
        assert!(!age_after("Siemens, 3 percent up", &t, b));
    }

    #[test]
    fn a_capital_governs_only_in_a_context_of_government() {
        let gov = |text: &str, name: &str| {
            let s = text.find(name).unwrap_or(0);
            governs(text, s..s + name.len())
        };
        assert!(gov("Moscow said it would retaliate.", "Moscow"));
        assert!(gov("Moscow’s decision surprised few.", "Moscow"));
        assert!(gov("Washington should pay attention.", "Washington"));
        assert!(gov("Moscow has warned Kyiv.", "Moscow"));
        // An adverb before the verb, or between "has" and the verb.
        assert!(gov("Beijing instead launched its own forum.", "Beijing"));
        assert!(gov("Hanoi has already pressed for data.", "Hanoi"));
        assert!(!gov("Hanoi instead stayed quiet under the rain.", "Hanoi"));
        assert!(gov("This has stunned Islamabad, which was", "Islamabad"));
        assert!(gov("the rise to power in Islamabad.", "Islamabad"));
        assert!(gov("summoned the envoy in Kabul and", "Kabul"));
        assert!(gov("talks with Beijing stalled", "Beijing"));
        assert!(gov("the ambassador to Moscow left", "Moscow"));
        assert!(gov("the policy options available to Islamabad and", "Islamabad"));
        assert!(!gov("He lived in Moscow for years.", "Moscow"));
        assert!(!gov("In Brussels, ministers met.", "Brussels"));
        assert!(!gov("The French left Moscow burning.", "Moscow"));
        assert!(!gov("Moscow’s streets were empty.", "Moscow"));
        assert!(!gov("Moscow would be taken.", "Moscow"));
        assert!(!gov("Moscow was empty.", "Moscow"));
        assert!(gov("officials in Berlin have been asking", "Berlin"));
        assert!(gov("quietly asking Vienna how long", "Vienna"));
        assert!(gov("while Khartoum, absorbed by its own war, has little", "Khartoum"));
        assert!(!gov("Moscow, the old capital, was burning", "Moscow"));
        assert!(gov("Beijing has been reevaluating its policy", "Beijing"));
        assert!(!gov("Moscow had been burning for days", "Moscow"));
        assert!(!gov("more than in Moscow, he felt a sense of it, and", "Moscow"));
        assert!(!gov("knew that Moscow would soon be taken", "Moscow"));
        assert!(!gov("the whole of Moscow will burn", "Moscow"));
        assert!(gov("Moscow will not accept it", "Moscow"));
        assert!(gov("attacks that put Islamabad in a difficult position.", "Islamabad"));
        assert!(!gov("He lived in Moscow in a small flat.", "Moscow"));
        let long = format!("Moscow, {}, said", "á".repeat(60));
        assert!(!gov(&long, "Moscow"), "a clause too long for an apposition");
    }
}
