//! Definitions the text makes itself: acronyms in either order ("International Criminal
//! Court (ICC)", "ICC (International Criminal Court)") and alias phrases ("…, also known as
//! the Pakistani Taliban"). The long form of an acronym is found by matching its letters
//! backwards against word initials, skipping lowercase joints such as "and", "of" or "e".

use super::lexicon::{self, lower};
use super::runs::{Definition, run_end};
use super::tokens::{Shape, Token, gap};

/// An acronym-shaped word: 2 to 10 characters, at least two letters, all letters uppercase.
fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=10).contains(&word.len())
        && letters >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '&'))
}

fn acronym_letters(word: &str) -> Vec<char> {
    word.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_uppercase).collect()
}

/// Finds acronym definitions in a block's tokens. A long form in lowercase ("memorandum of
/// understanding (MoU)") is kept too, so the resolver can tell its acronym is no actor.
pub fn definitions(text: &str, tokens: &[Token], out: &mut Vec<Definition>) {
    if !has_parenthesis(text, tokens) {
        return; // every definition has one; most blocks have none
    }
    for k in 1..tokens.len() {
        let t = &tokens[k];
        if !t.is_cap() {
            continue; // most words: checked before anything else is sliced
        }
        let word = &text[t.range()];
        let before = gap(text, &tokens[k - 1], t);
        let rest = &text[t.end..];
        let in_parens = before.trim() == "(" && before.ends_with('(') && rest.starts_with(')');
        if in_parens && t.shape != Shape::Upper && is_mixed_acronym(word) {
            if let Some(start) = lowercase_long_form(text, tokens, k - 1, &acronym_letters(word)) {
                out.push(Definition {
                    long: tokens[start].start..tokens[k - 1].end,
                    short: t.range(),
                });
            }
            continue;
        }
        if t.shape != Shape::Upper || !is_acronym(word) {
            continue;
        }
        // "Long Form (ACR)"
        if in_parens {
            let letters = acronym_letters(word);
            let start = long_form_before(text, tokens, k - 1, &letters)
                .or_else(|| own_name_before(text, tokens, k - 1, word))
                .or_else(|| lowercase_long_form(text, tokens, k - 1, &letters));
            if let Some(start) = start {
                out.push(Definition {
                    long: tokens[start].start..tokens[k - 1].end,
                    short: t.range(),
                });
            }
            continue;
        }
        // "ACR (Long Form)"
        if k + 1 < tokens.len() && gap(text, t, &tokens[k + 1]) == " (" && tokens[k + 1].is_cap() {
            let end = run_end(text, tokens, k + 1);
            let after = tokens.get(end).map_or(")", |n| gap(text, &tokens[end - 1], n));
            if after.starts_with(')')
                && long_form_before(text, &tokens[..end], end - 1, &acronym_letters(word))
                    == Some(k + 1)
            {
                out.push(Definition {
                    long: tokens[k + 1].start..tokens[end - 1].end,
                    short: t.range(),
                });
            }
        }
    }
}

/// Whether an opening parenthesis lies between the first and the last token.
fn has_parenthesis(text: &str, tokens: &[Token]) -> bool {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return false };
    memchr::memchr(b'(', &text.as_bytes()[first.start..last.start]).is_some()
}

/// "MoU", "MoUs": an acronym with lowercase joints, 2 to 6 letters, starting and mostly
/// set in capitals.
fn is_mixed_acronym(word: &str) -> bool {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let len = word.chars().count();
    (2..=6).contains(&len)
        && upper >= 2
        && word.starts_with(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
}

/// "the AES Confederation (AES)": the acronym is itself the first word of the capitalised
/// run before it; returns where the run starts.
fn own_name_before(text: &str, tokens: &[Token], last: usize, word: &str) -> Option<usize> {
    let mut i = last;
    while i > 0 && tokens[i - 1].is_cap() && gap(text, &tokens[i - 1], &tokens[i]) == " " {
        i -= 1;
    }
    (i < last && &text[tokens[i].range()] == word).then_some(i)
}

/// "a memorandum of understanding (MoU)": the letters are the initials of lowercase words
/// only; returns where the phrase starts.
fn lowercase_long_form(
    text: &str,
    tokens: &[Token],
    last: usize,
    letters: &[char],
) -> Option<usize> {
    let mut need = letters.len();
    let mut j = last;
    loop {
        let t = &tokens[j];
        if t.shape != Shape::Lower || (j < last && gap(text, t, &tokens[j + 1]) != " ") {
            return None;
        }
        let first = text[t.range()].chars().next()?;
        if first.to_uppercase().eq(std::iter::once(letters[need - 1])) {
            need -= 1;
            if need == 0 {
                return Some(j);
            }
        } else if !lexicon::is_name_joint(&text[t.range()]) {
            return None;
        }
        j = j.checked_sub(1)?;
    }
}

/// Walks back from token `last` matching `letters` from the end against the initials of
/// word parts; returns the token where the long form starts. Lowercase joints are first
/// only skipped ("Front for Change and Concord (FCC)"), then also matched ("Médecins sans
/// Frontières (MSF)").
fn long_form_before(text: &str, tokens: &[Token], last: usize, letters: &[char]) -> Option<usize> {
    walk_back(text, tokens, last, letters, false)
        .or_else(|| walk_back(text, tokens, last, letters, true))
}

fn walk_back(
    text: &str,
    tokens: &[Token],
    last: usize,
    letters: &[char],
    match_lowercase: bool,
) -> Option<usize> {
    let mut need = letters.len();
    let mut j = last;
    let budget = letters.len() * 2 + 2;
    for _ in 0..budget {
        let t = &tokens[j];
        if j < last && gap(text, t, &tokens[j + 1]) != " " {
            return None;
        }
        let word = &text[t.range()];
        for part in word.rsplit('-') {
            let Some(first) = part.chars().next() else { continue };
            if first.is_lowercase() && !match_lowercase {
                continue;
            }
            if need > 0 && first.to_uppercase().eq(std::iter::once(letters[need - 1])) {
                need -= 1;
                if need == 0 {
                    return (t.is_cap() && part.starts_with(char::is_uppercase)).then_some(j);
                }
            } else if !first.is_lowercase() {
                return None;
            }
        }
        if j == 0 {
            return None;
        }
        j -= 1;
    }
    None
}

/// Finds "X, also known as Y", "X (also known as Y)", "X, known as Y", "X, a.k.a. Y", a
/// nickname in parentheses after a full name ("Mohamed Hamdan Dagalo (Hemedti)") and a
/// gloss in another language ("the Foreign Legion (French: Légion étrangère)").
pub fn aliases(text: &str, tokens: &[Token], out: &mut Vec<Definition>) {
    // A nickname or a gloss is in parentheses; most blocks have none.
    let parenthesised = if has_parenthesis(text, tokens) { tokens.len() } else { 0 };
    for k in 1..parenthesised {
        let t = &tokens[k];
        if !text[..t.start].ends_with(" (") || t.start - tokens[k - 1].poss_end != 2 {
            continue;
        }
        // Another spelling: "the Kingdom of Aksum (also spelled Axum)".
        if let Some(respelled) = another_spelling(text, tokens, k) {
            if let Some(long) = name_before(text, tokens, k) {
                out.push(Definition { long, short: respelled });
            }
            continue;
        }
        if !t.is_cap() {
            continue;
        }
        // A gloss: "(French: Légion étrangère)", the name after the language's colon.
        let gloss = t.shape == Shape::Capitalised
            && lexicon::is_concept(&text[t.range()])
            && text[t.end..].starts_with(": ");
        let (short, close) = if gloss {
            let Some(n) = tokens.get(k + 1).filter(|n| n.is_cap()) else { continue };
            let mut end = k + 2;
            while end < tokens.len() && gap(text, &tokens[end - 1], &tokens[end]) == " " {
                end += 1;
            }
            (n.start..tokens[end - 1].end, &text[tokens[end - 1].end..])
        } else if t.shape == Shape::Capitalised {
            (t.range(), &text[t.end..]) // a one-word nickname
        } else {
            continue;
        };
        if !close.starts_with(')') {
            continue;
        }
        let Some(long) = name_before(text, tokens, k) else { continue };
        if gloss || text[long.clone()].contains(' ') {
            out.push(Definition { long, short });
        }
    }
    // "known as", "a.k.a." and "aka" are rare: a block without them is passed over.
    let phrased = tokens.first().zip(tokens.last()).is_some_and(|(first, last)| {
        let span = &text.as_bytes()[first.start..last.end];
        // Each phrase has a "k" at a fixed place: one pass finds the few "k"s of a block.
        memchr::memchr_iter(b'k', span).any(|k| {
            let at = |back: usize, phrase: &[u8]| {
                k.checked_sub(back).is_some_and(|s| span[s..].starts_with(phrase))
            };
            at(0, b"known") || at(1, b"aka") || at(2, b"a.k.a.")
        })
    });
    for k in 0..if phrased { tokens.len() } else { 0 } {
        if tokens[k].shape != Shape::Lower {
            continue;
        }
        let after = match &text[tokens[k].range()] {
            "known" if tokens.get(k + 1).is_some_and(|t| &text[t.range()] == "as") => k + 2,
            "a.k.a." | "aka" => k + 1,
            _ => continue,
        };
        let mut first = k;
        if k > 0
            && matches!(
                lower(&text[tokens[k - 1].range()]).as_ref(),
                "also" | "better" | "formerly"
            )
        {
            first = k - 1;
        }
        let Some(y) = name_after(text, tokens, after) else { continue };
        let Some(x) = name_before(text, tokens, first) else { continue };
        out.push(Definition { long: x, short: y });
    }
}

/// "(also spelled Axum)", "(also written Tchad)": the name the parenthesis opening at token
/// `k` gives as another spelling, up to the closing parenthesis.
fn another_spelling(text: &str, tokens: &[Token], k: usize) -> Option<std::ops::Range<usize>> {
    let word = |i: usize| tokens.get(i).map(|t| &text[t.range()]);
    let spelled = matches!(
        word(k + 1)?,
        "spelled" | "spelt" | "written" | "transliterated" | "romanized" | "romanised"
    );
    if word(k)? != "also" || !spelled {
        return None;
    }
    let name = name_after(text, tokens, k + 2)?;
    text[name.end..].starts_with(')').then_some(name)
}

fn name_after(text: &str, tokens: &[Token], mut i: usize) -> Option<std::ops::Range<usize>> {
    if tokens.get(i).is_some_and(|t| matches!(lower(&text[t.range()]).as_ref(), "the")) {
        i += 1;
    }
    let t = tokens.get(i)?;
    if !t.is_cap() {
        return None;
    }
    let end = run_end(text, tokens, i);
    Some(t.start..tokens[end - 1].end)
}

/// The capitalised name that ends just before the phrase at `first`, allowing a
/// parenthesised acronym and a comma in between.
fn name_before(text: &str, tokens: &[Token], first: usize) -> Option<std::ops::Range<usize>> {
    let mut j = first.checked_sub(1)?;
    let g = gap(text, &tokens[j], &tokens[first]);
    if !matches!(g.trim(), "" | "," | "(" | "),") {
        return None;
    }
    if g.trim() == ")," && j > 0 && gap(text, &tokens[j - 1], &tokens[j]).trim() == "(" {
        j -= 1;
    }
    if !tokens[j].is_cap() {
        return None;
    }
    // Walk back over the capitalised run that ends at j.
    let mut i = j;
    while i > 0 {
        let prev = &tokens[i - 1];
        if gap(text, prev, &tokens[i]) != " " || prev.is_possessive() {
            break;
        }
        let pw = &text[prev.range()];
        let name_word =
            prev.is_cap() && !(prev.shape == Shape::Capitalised && lexicon::is_common(pw));
        // "Bank of England", and "of the" or "for the" inside a name.
        let joint = prev.shape == Shape::Lower
            && lexicon::is_particle(pw)
            && i >= 2
            && if pw == "the" {
                lexicon::is_name_joint(&text[tokens[i - 2].range()])
            } else {
                tokens[i - 2].is_cap()
            };
        if !(name_word || joint) {
            break;
        }
        i -= 1;
    }
    while i < j && tokens[i].shape == Shape::Lower {
        i += 1; // "of the Border Guard": the joint before the name is not part of it
    }
    // "Lieutenant Colonel Denísov, better known as Váska": the title is not the name.
    while i < j && {
        let w = lower(&text[tokens[i].range()]);
        lexicon::is_title_head(&w) || lexicon::is_title_modifier(&w)
    } {
        i += 1;
    }
    Some(tokens[i].start..tokens[j].end)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::actors::runs::{found_pairs, pair};

    fn defs(text: &str) -> Vec<(String, String)> {
        found_pairs(text, &[definitions, aliases])
    }

    #[test]
    fn acronyms_in_both_orders() {
        assert_eq!(
            defs("the group the Tehreek-e-Taliban Pakistan (TTP), which"),
            [pair("Tehreek-e-Taliban Pakistan", "TTP")]
        );
        assert_eq!(
            defs("a case at the International Criminal Court (ICC) may"),
            [pair("International Criminal Court", "ICC")]
        );
        assert_eq!(
            defs("the ICC (International Criminal Court) ruled"),
            [pair("International Criminal Court", "ICC")]
        );
        assert_eq!(
            defs("the Belt and Road Initiative (BRI) and"),
            [pair("Belt and Road Initiative", "BRI")]
        );
        assert_eq!(
            defs("the Sudanese Armed Forces (SAF)."),
            [pair("Sudanese Armed Forces", "SAF")]
        );
        assert_eq!(
            defs("the Front for Change and Concord in the Sahel (FCCS), which"),
            [pair("Front for Change and Concord in the Sahel", "FCCS")]
        );
        assert_eq!(
            defs("aid from Médecins sans Frontières (MSF) arrived"),
            [pair("Médecins sans Frontières", "MSF")]
        );
    }

    #[test]
    fn acronyms_inside_their_long_form_and_of_lowercase_phrases() {
        assert_eq!(
            defs("the AES Confederation (AES) was formed"),
            [pair("AES Confederation", "AES")]
        );
        assert_eq!(
            defs("signed a memorandum of understanding (MoU) in May"),
            [pair("memorandum of understanding", "MoU")]
        );
        assert_eq!(
            defs("signed a memorandum of understanding (MOU) in May"),
            [pair("memorandum of understanding", "MOU")]
        );
    }

    #[test]
    fn nicknames_and_glosses() {
        assert_eq!(
            defs("led by Mohamed Hamdan Dagalo (Hemedti), the commander"),
            [pair("Mohamed Hamdan Dagalo", "Hemedti")]
        );
        assert_eq!(
            defs("patrols of the Border Guard (Russian: Pogranichnaya Sluzhba) at night"),
            [pair("Border Guard", "Pogranichnaya Sluzhba")]
        );
        assert!(defs("the talks in Doha (Qatar) went").is_empty(), "one word before");
    }

    #[test]
    fn mismatched_letters_are_not_definitions() {
        assert!(defs("the talks in Doha (USA) went").is_empty());
        assert!(defs("the fighting (RSF) went").is_empty());
        assert!(defs("in 2021 (ICC)").is_empty());
    }

    #[test]
    fn alias_phrases() {
        assert_eq!(
            defs(
                "the Tehreek-e-Taliban Pakistan (TTP), also known as the Pakistani Taliban, which"
            ),
            [
                pair("Tehreek-e-Taliban Pakistan", "TTP"),
                pair("Tehreek-e-Taliban Pakistan", "Pakistani Taliban")
            ]
        );
        assert_eq!(defs("Ansar Allah, known as the Houthis"), [pair("Ansar Allah", "Houthis")]);
        assert!(defs("a region known as the Golden Triangle").is_empty());
        assert_eq!(
            defs("Lieutenant Colonel Denísov, better known as Váska, said"),
            [pair("Denísov", "Váska")]
        );
        // Each phrase found wherever its "k" falls, at a block's very start too.
        for text in
            ["Ahmad Karimi, a.k.a. Sharpshooter, fled", "Ahmad Karimi, aka Sharpshooter, fled"]
        {
            assert_eq!(defs(text), [pair("Ahmad Karimi", "Sharpshooter")], "{text}");
        }
        assert!(defs("aka Sharpshooter").is_empty());
        assert_eq!(
            defs("The Kingdom of Aksum (also spelled Axum) was"),
            [pair("Kingdom of Aksum", "Axum")]
        );
        assert!(defs("The Kingdom of Aksum (also spelled in the Axum way) was").is_empty());
    }
}
