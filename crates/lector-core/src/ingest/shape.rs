//! What a plain-text paragraph is, judged by its shape alone: heading, caption, metadata, or
//! ordinary paragraph.
//!
//! Each rule is a small pure function over one block's text, so each is testable alone. They
//! run only on short blocks, so their cost never matters for large files.

/// Blocks longer than this (bytes) are always paragraphs.
pub const MAX_SHORT_BLOCK: usize = 600;
const MAX_HEADING_CHARS: usize = 90;
const MAX_HEADING_WORDS: usize = 14;

/// The shape of one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A heading; `top` for ALL-CAPS and "Chapter/Part/Book N" headings (level 1).
    Heading {
        top: bool,
    },
    /// A photo caption ending with a credit in parentheses.
    Credit,
    /// A date line, a "Label: value" line or a run-together tag line.
    Meta,
    Paragraph,
}

/// Classifies one block. `single_line` says the block is a standalone line; `after_meta`
/// says the block before it was metadata (which makes a single run-together join enough
/// for a tag line).
pub fn classify(block: &str, single_line: bool, after_meta: bool) -> Shape {
    if block.len() > MAX_SHORT_BLOCK {
        Shape::Paragraph
    } else if ends_with_credit(block) {
        Shape::Credit
    } else if !single_line {
        Shape::Paragraph
    } else if is_date(block) || is_label_line(block) || is_tag_line(block, after_meta) {
        Shape::Meta
    } else if is_heading(block) {
        Shape::Heading { top: is_top_level(block) }
    } else if is_chapter_line(block) {
        Shape::Heading { top: true }
    } else {
        Shape::Paragraph
    }
}

/// A chapter-style or ALL-CAPS heading, allowing the full stop old books put after it:
/// "CHAPTER I.", "Chapter 1. Loomings.".
pub fn is_chapter_line(line: &str) -> bool {
    let bare = line.strip_suffix('.').unwrap_or(line);
    is_top_level(bare) && is_heading(bare) && bare.split_whitespace().count() <= 6
}

/// A short line, starting with a capital or digit, without closing punctuation (`.,;:`) and
/// without a sentence boundary inside it. `?` and `!` may close a heading.
pub fn is_heading(line: &str) -> bool {
    let Some(first) = line.chars().next() else { return false };
    let Some(last) = line.chars().next_back() else { return false };
    (first.is_uppercase() || first.is_ascii_digit())
        && !matches!(last, '.' | ',' | ';' | ':' | '…')
        && line.chars().any(char::is_alphabetic)
        && line.chars().count() <= MAX_HEADING_CHARS
        && line.split_whitespace().count() <= MAX_HEADING_WORDS
        && !has_sentence_break(line)
        && !is_dialogue(line)
}

/// A line of dialogue: it ends with a closing quote after the speaker's punctuation
/// ("“Never!” she cried, “never!”"), or a said-clause follows a quote ("“Yes,” said he").
/// A title that quotes a phrase ("Biden: “No Retreat”") has no punctuation inside its quote.
pub fn is_dialogue(line: &str) -> bool {
    let closing = |c: char| matches!(c, '”' | '"' | '’' | '»');
    let mut tail = line.chars().rev();
    let ends_quoted = tail.next().is_some_and(closing)
        && tail.next().is_some_and(|c| matches!(c, '.' | '!' | '?' | ',' | '…'));
    ends_quoted || [",” ", ",\" ", ", “", "!” ", "?” "].iter().any(|p| line.contains(p))
}

/// Whether a sentence ends inside the line: `.`, `?` or `!`, a space, then a capital. A dot
/// after an initial, an abbreviation or a dotted acronym ("U.S. Policy") does not count.
fn has_sentence_break(line: &str) -> bool {
    let b = line.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if !matches!(c, b'.' | b'?' | b'!') || b.get(i + 1) != Some(&b' ') {
            continue;
        }
        let next_is_capital = line[i + 2..].chars().next().is_some_and(char::is_uppercase);
        if !next_is_capital {
            continue;
        }
        if c != b'.' {
            return true;
        }
        let word = line[..i].rsplit(' ').next().unwrap_or("");
        let abbreviation = word.chars().count() <= 1
            || word.contains('.')
            || crate::abbreviations::is_abbreviation_any_case(word);
        if !abbreviation {
            return true;
        }
    }
    false
}

const TOP_WORDS: &[&str] =
    &["book", "part", "chapter", "volume", "prologue", "epilogue", "appendix", "act", "canto"];
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "the", "last",
];

/// Level-1 headings: ALL CAPS (at least two letters), or "Chapter/Part/Book …" followed by
/// nothing or a number, a roman numeral or a number word.
pub fn is_top_level(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 2 && !line.chars().any(char::is_lowercase) {
        return true;
    }
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or("").to_lowercase();
    if !TOP_WORDS.contains(&first.as_str()) {
        return false;
    }
    match words.next() {
        None => true,
        Some(w) => {
            let w = w.trim_end_matches(['.', ':', '—', '-']).to_lowercase();
            w.chars().all(|c| c.is_ascii_digit())
                || w.chars().all(|c| "ivxlcdm".contains(c))
                || NUMBER_WORDS.contains(&w.as_str())
        }
    }
}

const CREDIT_STARTS: &[&str] =
    &["photo", "credit", "image", "courtesy", "source", "illustration", "picture", "getty"];
const CREDIT_ENDS: &[&str] = &["photo", "photos", "images", "photograph", "reuters", "afp"];

/// A block ending with a photo credit in parentheses: "(Rebecca Conway/The New York Times)",
/// "(Photo: AP)", "(Getty Images)".
pub fn ends_with_credit(block: &str) -> bool {
    let Some(body) = block.strip_suffix(')') else { return false };
    let Some(open) = body.rfind('(') else { return false };
    let inner = body[open + 1..].trim();
    if inner.len() < 3 || inner.len() > 80 || !inner.starts_with(char::is_uppercase) {
        return false;
    }
    let lower = inner.to_lowercase();
    let slash = inner.split_once('/').is_some_and(|(a, b)| {
        a.ends_with(char::is_alphanumeric) && b.starts_with(char::is_uppercase)
    });
    slash
        || CREDIT_STARTS.iter().any(|w| lower.starts_with(w))
        || CREDIT_ENDS.iter().any(|w| lower.ends_with(w))
}

const WEEKDAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A line that is only a date: "Thursday, September 19, 2024", "7 Aug 2024", "2024-08-07".
pub fn is_date(line: &str) -> bool {
    if line.len() > 60 {
        return false;
    }
    let tokens: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|t| t.trim_end_matches('.'))
        .filter(|t| !t.is_empty())
        .collect();
    if let [one] = tokens.as_slice()
        && is_numeric_date(one)
    {
        return true;
    }
    let (mut named, mut numbers) = (0, 0);
    for t in &tokens {
        let lower = t.to_lowercase();
        let named_token = |list: &[&str]| {
            list.iter().any(|full| *full == lower || (lower.len() >= 3 && full.starts_with(&lower)))
        };
        let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &lower[digits.len()..];
        if named_token(WEEKDAYS) || named_token(MONTHS) {
            named += 1;
        } else if !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(suffix, "" | "st" | "nd" | "rd" | "th")
            && (digits.len() <= 2 || (digits.len() == 4 && suffix.is_empty()))
        {
            numbers += 1;
        } else if !matches!(lower.as_str(), "of" | "the") {
            return false;
        }
    }
    named > 0 && numbers > 0
}

/// 2024-08-07, 07/08/2024, 7.8.2024.
fn is_numeric_date(token: &str) -> bool {
    let parts: Vec<&str> = token.split(['-', '/', '.']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        && parts.iter().any(|p| p.len() == 4)
}

const META_LABELS: &[&str] = &[
    "type",
    "tags",
    "tag",
    "topics",
    "topic",
    "category",
    "categories",
    "by",
    "author",
    "authors",
    "date",
    "published",
    "updated",
    "posted",
    "source",
    "keywords",
    "subject",
    "filed under",
    "region",
    "regions",
    "series",
    "format",
    // Project Gutenberg's header.
    "title",
    "release date",
    "language",
    "credits",
    "translator",
    "illustrator",
    "editor",
    "character set encoding",
    "most recently updated",
    "original publication",
];

/// "Type: Analysis", "Topics: Gender, Human Rights": a known label, a colon, a short value.
pub fn is_label_line(line: &str) -> bool {
    let Some((label, value)) = line.split_once(':') else { return false };
    line.len() <= 150
        && !value.trim().is_empty()
        && META_LABELS.contains(&label.trim().to_lowercase().as_str())
}

/// Tag lists scraped without separators: "EconomicsGenderGlobal PolicyHuman Rights". Counts
/// words glued together (a lowercase run of at least two letters, then a capitalised word);
/// two joins make a tag line, one is enough right after other metadata.
pub fn is_tag_line(line: &str, after_meta: bool) -> bool {
    if line.len() > 200 || line.ends_with('.') {
        return false;
    }
    let chars: Vec<char> = line.chars().collect();
    let mut joins = 0;
    let mut lower_run = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_lowercase() {
            lower_run += 1;
            continue;
        }
        let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
        if c.is_uppercase() && lower_run >= 2 && next_lower {
            joins += 1;
        }
        lower_run = 0;
    }
    joins >= 2 || (joins == 1 && after_meta)
}

#[cfg(test)]
mod tests;
