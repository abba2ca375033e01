//! One hand-written pass that splits a block into word tokens with the facts the discovery
//! rules need: shape (capitalised, all caps, lowercase), possessive ending, sentence start.
//! Dots stay inside abbreviations ("U.S.", "Gen."), hyphens inside names ("Tehreek-e-Taliban",
//! "al-Qaida") but not before a lowercase tail ("Shariah-compliant" gives "Shariah").

use super::lexicon;
use crate::abbreviations::is_abbreviation as is_abbreviation_word;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Starts with an uppercase letter, or a name particle then one ("al-Qaida").
    Capitalised,
    /// Two or more letters, all uppercase ("TTP", "U.S.").
    Upper,
    Lower,
    /// Numbers and the like.
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    /// End of the word itself, without a possessive ending.
    pub end: usize,
    /// End including a possessive ending ("’s", "'s", or the "’" of "allies’").
    pub poss_end: usize,
    pub shape: Shape,
    pub sentence_start: bool,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
    pub fn is_possessive(&self) -> bool {
        self.poss_end > self.end
    }
    pub fn is_cap(&self) -> bool {
        matches!(self.shape, Shape::Capitalised | Shape::Upper)
    }
}

/// Tokenizes `text[range]` into `out` (cleared first); offsets are into `text`.
pub fn tokenize(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    out.clear();
    let s = &text[range.clone()];
    let base = range.start;
    let bytes = s.as_bytes();
    let mut pos = 0;
    let mut boundary = true; // the next token starts a sentence
    let mut after_dot = false; // the last token ends in a dot ("U.S.")
    while pos < bytes.len() {
        let b = bytes[pos];
        let class = BYTE_CLASS[usize::from(b)];
        if class & (ALNUM | NON_ASCII) == 0 {
            boundary |= class & ENDS_SENTENCE != 0;
            pos += 1;
            continue;
        }
        if class & NON_ASCII != 0 {
            let Some(c) = s[pos..].chars().next() else { break };
            if !c.is_alphanumeric() {
                pos += c.len_utf8();
                continue;
            }
        }
        let (end, poss_end, shape) = match plain_ascii_word(bytes, pos) {
            Some(plain) => plain,
            None => {
                let (end, poss_end) = scan_word(s, pos);
                (end, poss_end, shape_of(&s[pos..end]))
            }
        };
        let word = &s[pos..end];
        let mut sentence_start = boundary;
        if !sentence_start
            && after_dot
            && let Some(prev) = out.last()
        {
            // "…toward the U.S. The talks": a dotted abbreviation can end a sentence when a
            // common capitalised word follows it.
            // Cheapest test first; the word lists answer in any case.
            let prev_word = &text[prev.start..prev.end];
            sentence_start = shape == Shape::Capitalised
                && prev_word.len() > 2
                && lexicon::is_common(word)
                && !is_abbreviation(prev_word);
        }
        out.push(Token {
            start: base + pos,
            end: base + end,
            poss_end: base + poss_end,
            shape,
            sentence_start,
        });
        boundary = false;
        after_dot = bytes[end - 1] == b'.';
        pos = poss_end;
    }
}

/// Most words are ASCII letters and digits ended by a space or plain punctuation: their end
/// and shape come from one pass over their bytes. `None` when the word goes on past a
/// hyphen, an apostrophe, a dot or a non-ASCII character, which [`scan_word`] decides.
///
/// Eight bytes are read at a time, and the letters, digits and lowercase letters among them
/// found by arithmetic on the whole machine word: most words end inside their first eight
/// bytes, so the end of a word costs no unpredictable branch per byte.
fn plain_ascii_word(bytes: &[u8], start: usize) -> Option<(usize, usize, Shape)> {
    // Letters are only counted up to two: "two or more" is all the shape asks.
    let (mut i, mut letters, mut lower) = (start, 0u8, false);
    loop {
        let chunk = Chunk::load(bytes, i);
        let stop = !chunk.alnum & HIGH;
        let n = if stop == 0 { 8 } else { stop.trailing_zeros() as usize / 8 };
        let kept = if n == 8 { u64::MAX } else { (1 << (n * 8)) - 1 };
        let found = chunk.letter & kept;
        letters =
            (letters + u8::from(found != 0) + u8::from(found & found.wrapping_sub(1) != 0)).min(2);
        lower |= chunk.lower & kept != 0;
        i += n;
        if n < 8 {
            break;
        }
    }
    if let Some(&b) = bytes.get(i)
        && BYTE_CLASS[usize::from(b)] & (NON_ASCII | JOINS_WORDS) != 0
    {
        return None;
    }
    if i == start {
        return None;
    }
    let first = bytes[start];
    let shape = if letters >= 2 && !lower {
        Shape::Upper
    } else if first.is_ascii_uppercase() {
        Shape::Capitalised
    } else if first.is_ascii_lowercase() {
        Shape::Lower
    } else {
        Shape::Other
    };
    Some((i, i, shape))
}

/// The top bit of every byte of a machine word.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// `b` in every byte of a machine word.
const fn each(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// Eight bytes of text, with the top bit of each byte set in `alnum` when it is an ASCII
/// letter or digit, in `letter` when a letter, in `lower` when a lowercase letter.
struct Chunk {
    alnum: u64,
    letter: u64,
    lower: u64,
}

impl Chunk {
    /// The eight bytes from `at`, padded with zeros (neither letters nor digits) past the end.
    fn load(bytes: &[u8], at: usize) -> Chunk {
        let x = match bytes.get(at..at + 8) {
            Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
            None => {
                let mut buf = [0u8; 8];
                let rest = bytes.get(at..).unwrap_or_default();
                buf[..rest.len()].copy_from_slice(rest);
                u64::from_le_bytes(buf)
            }
        };
        // Each byte's low seven bits: adding at most 0x80 to them never carries into the
        // next byte, so a range test is two additions. Bytes with the top bit set are not
        // ASCII and are masked out at the end.
        let y = x & !HIGH;
        let in_range = |v: u64, lo: u8, hi: u8| {
            (v.wrapping_add(each(0x80 - lo)) & !v.wrapping_add(each(0x7f - hi))) & HIGH
        };
        let ascii = !x & HIGH;
        let digit = in_range(y, b'0', b'9');
        // Setting 0x20 folds uppercase onto lowercase and nothing else onto a letter.
        let letter = in_range(y | each(0x20), b'a', b'z') & ascii;
        // A letter is lowercase when its 0x20 bit is set: shifted up to the top bit.
        let lower = letter & (y << 2);
        Chunk { alnum: (digit | letter) & ascii, letter, lower }
    }
}

const ALNUM: u8 = 1;
const LETTER: u8 = 2;
const LOWER: u8 = 4;
/// The first byte of a character outside ASCII: the slow, general path decides.
const NON_ASCII: u8 = 8;
/// A hyphen, an apostrophe or a dot may join a word to what follows.
const JOINS_WORDS: u8 = 16;
/// Ends a sentence: the next word starts one.
const ENDS_SENTENCE: u8 = 32;

/// What the tokenizer needs to know of each byte, one table lookup instead of several
/// range tests per byte.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let mut class = 0;
        if c.is_ascii_alphanumeric() {
            class |= ALNUM;
        }
        if c.is_ascii_alphabetic() {
            class |= LETTER;
        }
        if c.is_ascii_lowercase() {
            class |= LOWER;
        }
        if c >= 0x80 {
            class |= NON_ASCII;
        }
        if matches!(c, b'-' | b'\'' | b'.') {
            class |= JOINS_WORDS;
        }
        if matches!(c, b'.' | b'!' | b'?' | b':' | b'\n') {
            class |= ENDS_SENTENCE;
        }
        table[b] = class;
        b += 1;
    }
    table
};

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    is_abbreviation_word(w) || w.chars().count() == 1
}

/// Returns the end of the word starting at `start` and the end including a possessive.
fn scan_word(s: &str, start: usize) -> (usize, usize) {
    let first_upper = s[start..].chars().next().is_some_and(char::is_uppercase);
    let bytes = s.as_bytes();
    let mut i = start;
    let mut segment_start = start;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let mut chars = s[i..].chars();
        let Some(c) = chars.next() else { return (i, i) };
        if c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let next = chars.next();
        match c {
            '-' if next.is_some_and(char::is_alphanumeric) => {
                let next_upper = next.is_some_and(char::is_uppercase);
                let keep = if first_upper {
                    next_upper || particle_then_capital(s, i + 1)
                } else {
                    // "al-Qaida" is one name; "anti-Pakistan" is a prefix and a name.
                    !next_upper || lexicon::is_particle(&s[start..i])
                };
                if !keep {
                    return (i, i);
                }
                i += 1;
                segment_start = i;
            }
            '\'' | '’' if next.is_some_and(char::is_alphabetic) => {
                let after = chars.next();
                if matches!(next, Some('s' | 'S')) && !after.is_some_and(char::is_alphanumeric) {
                    return (i, i + c.len_utf8() + 1);
                }
                i += c.len_utf8();
            }
            '\'' | '’' if s[start..i].ends_with(['s', 'S']) && first_upper => {
                return (i, i + c.len_utf8());
            }
            '.' => {
                let seg = &s[segment_start..i];
                let single_letter =
                    seg.chars().count() == 1 && seg.chars().all(char::is_alphabetic);
                if single_letter {
                    // "U.S.", "U.N.", "a.k.a." and initials like "W."
                    i += 1;
                    let mut rest = s[i..].chars();
                    if rest.next().is_some_and(char::is_alphabetic) && rest.next() == Some('.') {
                        segment_start = i;
                        continue;
                    }
                    return (i, i);
                }
                if segment_start == start && is_abbreviation_word(seg) {
                    return (i + 1, i + 1);
                }
                return (i, i);
            }
            _ => return (i, i),
        }
    }
}

/// After a hyphen in a capitalised word: is this a short lowercase joint before another
/// capital, as in "Tehreek-e-Taliban" or "Lashkar-e-Taiba"?
fn particle_then_capital(s: &str, from: usize) -> bool {
    let rest = &s[from..];
    let joint_len = rest.find('-').unwrap_or(usize::MAX);
    joint_len <= 3
        && rest[..joint_len].chars().all(char::is_lowercase)
        && rest[joint_len + 1..].chars().next().is_some_and(char::is_uppercase)
}

fn shape_of(word: &str) -> Shape {
    let mut letters = 0;
    let mut upper = 0;
    if word.is_ascii() {
        for b in word.bytes() {
            letters += usize::from(b.is_ascii_alphabetic());
            upper += usize::from(b.is_ascii_uppercase());
        }
    } else {
        for c in word.chars() {
            if c.is_alphabetic() {
                letters += 1;
                if c.is_uppercase() {
                    upper += 1;
                }
            }
        }
    }
    let first = word.chars().next();
    if letters >= 2 && upper == letters {
        Shape::Upper
    } else if first.is_some_and(char::is_uppercase) {
        Shape::Capitalised
    } else if first.is_some_and(char::is_lowercase) {
        // "al-Qaida" and "bin" are particles: only the hyphenated one is a name by itself.
        match word.split_once('-') {
            Some((p, rest))
                if lexicon::is_particle(p)
                    && rest.chars().next().is_some_and(char::is_uppercase) =>
            {
                Shape::Capitalised
            }
            _ => Shape::Lower,
        }
    } else {
        Shape::Other
    }
}

/// Whether `text[start..end]` may be a whole word as [`tokenize`] splits words: no letter or
/// digit touches either end, and no apostrophe joins it to more letters ("Don" is not a
/// word of "Don’t", nor "Brien" of "O’Brien"), except a possessive "’s" after it. The
/// matcher asks the same question, so a name it finds is always a word the rules saw.
pub fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let word_char = |c: char| c.is_alphanumeric() || c == '_';
    let mut before = text[..start].chars().rev();
    let before_ok = match before.next() {
        Some('\'' | '’') => !before.next().is_some_and(char::is_alphanumeric),
        Some(c) => !word_char(c),
        None => true,
    };
    let mut after = text[end..].chars();
    let after_ok = match after.next() {
        Some('\'' | '’') => match after.next() {
            Some('s' | 'S') => !after.next().is_some_and(word_char),
            Some(c) => !c.is_alphabetic(),
            None => true,
        },
        Some(c) => !word_char(c),
        None => true,
    };
    before_ok && after_ok
}

/// The gap of text between two tokens (after the first's possessive).
pub fn gap<'a>(text: &'a str, before: &Token, after: &Token) -> &'a str {
    &text[before.poss_end..after.start]
}

/// Whether two tokens are joined by a single plain space, as the words of one name are.
pub fn joined(text: &str, before: &Token, after: &Token) -> bool {
    !before.is_possessive() && gap(text, before, after) == " "
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, Shape, bool, bool)> {
        let mut out = Vec::new();
        tokenize(text, 0..text.len(), &mut out);
        out.iter()
            .map(|t| (text[t.range()].to_string(), t.shape, t.sentence_start, t.is_possessive()))
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.0).collect()
    }

    #[test]
    fn keeps_dots_in_abbreviations_and_hyphens_in_names() {
        assert_eq!(
            texts("the U.S. and the Tehreek-e-Taliban Pakistan and al-Qaida."),
            ["the", "U.S.", "and", "the", "Tehreek-e-Taliban", "Pakistan", "and", "al-Qaida"]
        );
        assert_eq!(
            texts("Gen. Asim Munir met Mr. X"),
            ["Gen.", "Asim", "Munir", "met", "Mr.", "X"]
        );
        assert_eq!(texts("ISIS-K and Taliban-TTP"), ["ISIS-K", "and", "Taliban-TTP"]);
    }

    #[test]
    fn splits_lowercase_tails_and_prefixes() {
        assert_eq!(texts("a Shariah-compliant state"), ["a", "Shariah", "compliant", "state"]);
        assert_eq!(texts("anti-Pakistan sentiment"), ["anti", "Pakistan", "sentiment"]);
        assert_eq!(texts("a Taliban-style state"), ["a", "Taliban", "style", "state"]);
    }

    #[test]
    fn possessives_are_outside_the_word() {
        let w = words("the TTP’s attacks and Pakistan's and the allies’ ties");
        assert_eq!(w[1].0, "TTP");
        assert!(w[1].3);
        assert_eq!(w[4].0, "Pakistan");
        assert!(w[4].3);
        assert_eq!(w[7].0, "allies");
        assert!(!w[7].3, "lowercase plural possessive is not tracked");
        assert_eq!(texts("O'Brien said"), ["O'Brien", "said"]);
    }

    #[test]
    fn sentence_starts_and_shapes() {
        let w = words("Analysts say. Then the TTP: The end\nNew line");
        let starts: Vec<_> = w.iter().filter(|t| t.2).map(|t| t.0.as_str()).collect();
        assert_eq!(starts, ["Analysts", "Then", "The", "New"]);
        assert_eq!(w[4].1, Shape::Upper);
        assert_eq!(w[1].1, Shape::Lower);
        let w = words("policy toward the U.S. The talks and U.S. policy");
        assert!(w[4].2, "a common word after U.S. starts a sentence");
    }

    #[test]
    fn the_plain_ascii_path_agrees_with_the_general_one() {
        let text = "TTP and Taliban, x1 9am US. U.S. al-Qaida Don’t O'Brien Pakistan's Rostóv \
                    a-b NATO-led I A Bb bB 42 end";
        let bytes = text.as_bytes();
        let mut plain = 0;
        for start in 0..text.len() {
            if !text.is_char_boundary(start) {
                continue;
            }
            if let Some(fast) = plain_ascii_word(bytes, start) {
                let (end, poss_end) = scan_word(text, start);
                assert_eq!(fast, (end, poss_end, shape_of(&text[start..end])), "at {start}");
                plain += 1;
            }
        }
        assert!(plain > 20, "{plain} words took the plain path");
    }

    /// [`plain_ascii_word`] one byte at a time, as it was before it read eight at once.
    fn plain_word_bytewise(bytes: &[u8], start: usize) -> Option<(usize, usize, Shape)> {
        let (mut i, mut letters, mut lower) = (start, 0, false);
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            letters += usize::from(bytes[i].is_ascii_alphabetic());
            lower |= bytes[i].is_ascii_lowercase();
            i += 1;
        }
        if i == start || bytes.get(i).is_some_and(|&b| b >= 0x80 || b"-'.".contains(&b)) {
            return None;
        }
        let first = bytes[start];
        let shape = match () {
            _ if letters >= 2 && !lower => Shape::Upper,
            _ if first.is_ascii_uppercase() => Shape::Capitalised,
            _ if first.is_ascii_lowercase() => Shape::Lower,
            _ => Shape::Other,
        };
        Some((i, i, shape))
    }

    #[test]
    fn a_word_longer_than_any_count_keeps_its_shape() {
        let long = format!("{} {}", "A".repeat(700), "B".repeat(699) + "c");
        let w = words(&long);
        assert_eq!((w[0].0.len(), w[0].1), (700, Shape::Upper));
        assert_eq!((w[1].0.len(), w[1].1), (700, Shape::Capitalised));
    }

    proptest::proptest! {
        #[test]
        fn eight_bytes_at_a_time_read_words_as_one_at_a_time(
            text in "[a-zA-Z0-9 ,.'@\\[`{/:é’-]{0,40}"
        ) {
            let bytes = text.as_bytes();
            for start in 0..bytes.len() {
                proptest::prop_assert_eq!(
                    plain_ascii_word(bytes, start),
                    plain_word_bytewise(bytes, start),
                    "at {} of {:?}", start, text
                );
            }
        }
    }

    #[test]
    fn apostrophes_join_words_except_a_possessive() {
        let at = |text: &str, word: &str| {
            let s = text.find(word).unwrap_or(0);
            is_word_boundary(text, s, s + word.len())
        };
        assert!(!at("Don’t go", "Don"));
        assert!(!at("Don't go", "Don"));
        assert!(!at("said O’Brien", "Brien"));
        assert!(at("Pakistan’s envoy", "Pakistan"));
        assert!(at("Pakistan's envoy", "Pakistan"));
        assert!(!at("Pakistan’sx", "Pakistan"));
        assert!(at("the Rostóvs’ house", "Rostóvs"));
        assert!(at("‘Moscow’ said", "Moscow"));
        assert!(!at("Somalia", "Mali"));
        // The tokenizer keeps the same words whole.
        assert_eq!(texts("Don’t say"), ["Don’t", "say"]);
    }
}
