//! Names in capitals: a headline or wire slug set in capitals ("JAPAN BEAT CHINA IN ASIAN
//! CUP") and a dateline ("KABUL, May 3 –") name actors the case-sensitive matcher cannot see.
//! Such a span is matched again in title case, against the same names (the built-in list
//! and those the document defines); byte offsets carry over because title-casing ASCII
//! keeps every length, and a span whose length would change is left alone.

use super::matcher::{NameMatcher, RawMatch, merge_longest};
use std::ops::Range;

/// The part of `text[range]` set in capitals: the whole block when at most one letter in
/// ten is lowercase, or a leading dateline of capitals before a comma.
pub fn caps_span(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let block = text.get(range.clone())?;
    // Prose gives itself away within a few words, so most blocks are read only that far.
    let (mut upper, mut lower) = (0usize, 0usize);
    for b in block.bytes() {
        upper += usize::from(b.is_ascii_uppercase());
        lower += usize::from(b.is_ascii_lowercase());
        if lower > 8 && lower * 10 > upper {
            break;
        }
    }
    if upper >= 4 && lower * 10 <= upper {
        return Some(range);
    }
    // "KABUL, May 3 –", "NEW DELHI, Jan. 5 (Reuters) -"
    let head = block.get(..block.len().min(42)).unwrap_or(block);
    let comma = head.find(", ")?;
    let head = &block[..comma];
    let caps = head.bytes().filter(u8::is_ascii_uppercase).count();
    let plain = head.bytes().all(|b| b.is_ascii_uppercase() || matches!(b, b' ' | b'-' | b'.'));
    (caps >= 3 && plain && comma <= 40).then(|| range.start..range.start + comma)
}

/// Each word with its first letter kept and the rest in lowercase: "UNITED NATIONS" →
/// "United Nations", "AL-AIN" → "Al-Ain".
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_word = false;
    for c in s.chars() {
        if c.is_alphabetic() {
            if in_word {
                out.extend(c.to_lowercase());
            } else {
                out.push(c);
            }
            in_word = true;
        } else {
            out.push(c);
            in_word = c == '\'' || c == '’';
        }
    }
    out
}

/// Adds to `out` (one block's matches, in order) the names `matcher` finds in the block's
/// capitals read in title case; a match already found in the text as written wins.
pub fn find_in_caps(
    matcher: &NameMatcher,
    text: &str,
    range: Range<usize>,
    out: &mut Vec<RawMatch>,
) {
    let Some(span) = caps_span(text, range) else { return };
    let cased = title_case(&text[span.clone()]);
    if cased.len() != span.len() {
        return;
    }
    let mut extra = Vec::new();
    matcher.find_in(&cased, 0..cased.len(), &mut extra);
    if extra.is_empty() {
        return;
    }
    for m in &mut extra {
        m.range = m.range.start + span.start..m.range.end + span.start;
    }
    let written = std::mem::take(out);
    merge_longest(written, extra, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::gazetteer;

    fn found(text: &str) -> Vec<String> {
        let names = gazetteer::built_in();
        let m = NameMatcher::new(&names.surfaces, 0).expect("the built-in names build");
        let mut out = Vec::new();
        m.find_in(text, 0..text.len(), &mut out);
        find_in_caps(&m, text, 0..text.len(), &mut out);
        out.iter().map(|r| text[r.range.clone()].to_string()).collect()
    }

    #[test]
    fn capitals_are_read_in_title_case() {
        assert_eq!(title_case("UNITED NATIONS AL-AIN O'NEILL"), "United Nations Al-Ain O'neill");
        assert_eq!(
            found("SOCCER - JAPAN BEAT CHINA IN UNITED NATIONS CUP"),
            ["JAPAN", "CHINA", "UNITED NATIONS"]
        );
        assert_eq!(found("KABUL, May 3 – Pakistan said"), ["KABUL", "Pakistan"]);
        assert_eq!(found("the TTP and the UN met"), ["TTP", "UN"]);
        assert_eq!(found("THE TTP AND THE UN MET"), ["TTP", "UN"], "acronyms as written");
        assert!(caps_span("Pakistan said, then", 0..19).is_none());
    }
}
