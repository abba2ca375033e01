//! The outline of a book in plain text: publisher's frame, contents page, and division levels.
//!
//! Runs after the shape rules on the classified blocks, because a book is recognised by what
//! its headings have in common, not by one line: a run of division lines ("BOOK ONE",
//! "CHAPTER I") with two of the same kind and nothing between them is a contents page; a
//! document whose headings are mostly numbered divisions is a book, and in a book only the
//! divisions (and the chapter titles that follow them, when the book titles its chapters)
//! make the outline, so dialogue, letter signatures and proclamations stay in the text.
//! Division kinds nest in the order the book first uses them (BOOK before CHAPTER).

use crate::model::{Block, BlockKind};

/// Division words that take a number: "CHAPTER XII", "Book Two", "PART 3".
const NUMBERED: &[&str] = &["volume", "part", "book", "chapter", "act", "canto", "scene"];
/// Divisions that stand alone: "PROLOGUE", "SECOND EPILOGUE".
const UNNUMBERED: &[&str] = &[
    "prologue",
    "epilogue",
    "preface",
    "foreword",
    "introduction",
    "afterword",
    "appendix",
    "postscript",
];
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "last", "final",
];
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// How far from each end of the text the publisher's header and licence are looked for.
const FRAME_WINDOW: usize = 64 * 1024;

/// A book needs this many numbered divisions of one kind.
const MIN_DIVISIONS: usize = 3;

/// A division line: its kind ("chapter") and whether it carries a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Division {
    pub word: &'static str,
    pub numbered: bool,
}

fn word_of(list: &'static [&'static str], w: &str) -> Option<&'static str> {
    list.iter().copied().find(|x| *x == w)
}

fn is_number(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ':', ',', '—', '-']).to_lowercase();
    !w.is_empty()
        && (w.chars().all(|c| c.is_ascii_digit())
            || w.chars().all(|c| "ivxlcdm".contains(c))
            || NUMBER_WORDS.contains(&w.as_str())
            || ORDINALS.contains(&w.as_str()))
}

/// Reads a division line: a numbered division word followed by a number ("CHAPTER I.",
/// "BOOK ONE: 1805", "Chapter 2. The Pool of Tears", "BOOK FIRST"), an ordinal before one
/// ("FIRST EPILOGUE: 1813 - 20", "Second Part"), or a standalone division ("PROLOGUE").
pub fn division(line: &str) -> Option<Division> {
    if line.len() > 120 || line.contains('\n') {
        return None;
    }
    let mut words = line
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ':', ',', '—', '-']).to_lowercase());
    let first = words.next()?;
    let second = words.next();
    if let Some(word) = word_of(NUMBERED, &first) {
        return second.filter(|w| is_number(w)).map(|_| Division { word, numbered: true });
    }
    if let Some(word) = word_of(UNNUMBERED, &first) {
        return (second.is_none() || line.chars().filter(|c| c.is_lowercase()).count() == 0)
            .then_some(Division { word, numbered: false });
    }
    if ORDINALS.contains(&first.as_str()) {
        let second = second?;
        if let Some(word) = word_of(NUMBERED, &second) {
            return Some(Division { word, numbered: true });
        }
        return word_of(UNNUMBERED, &second).map(|word| Division { word, numbered: false });
    }
    None
}

/// Rewrites the blocks of a plain-text document: the publisher's frame, the contents page, and
/// book levels. Each step leaves a document that is not a book as it found it.
/// `short_lines` says which blocks are runs of three or more short lines (the only paragraphs
/// that can be a contents page).
pub fn outline(text: &str, blocks: &mut Vec<Block>, short_lines: &[bool]) {
    let body = frame(text, blocks);
    let short = short_lines.get(body.clone()).unwrap_or(&[]);
    for (b, short) in blocks[body.clone()].iter_mut().zip(short) {
        if *short && b.kind == BlockKind::Paragraph && is_contents_paragraph(slice(text, b)) {
            b.kind = BlockKind::Contents;
        }
    }
    let removed = merge_contents(text, blocks, body.clone());
    let body = body.start..body.end - removed;
    book_levels(text, &mut blocks[body]);
}

fn slice<'a>(text: &'a str, b: &Block) -> &'a str {
    text.get(b.range()).unwrap_or("")
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// The e-book publisher's header and licence (before its "*** START OF" line and from its
/// "End of the Project Gutenberg" line on) are shown dimmed, and hold no headings.
/// Returns the range of blocks between them.
fn frame(text: &str, blocks: &mut [Block]) -> std::ops::Range<usize> {
    const SHORT: usize = 300;
    // The length is checked before the text is touched: most blocks are long paragraphs,
    // and reading each one's first byte would cost a cache miss per block.
    let is_marker = |b: &Block, starts: &[&str]| {
        if b.range().len() > SHORT {
            return false;
        }
        let s = slice(text, b);
        s.len() <= SHORT
            && starts.iter().any(|p| starts_with_ignore_case(s, p))
            && s.to_ascii_lowercase().contains("project gutenberg")
    };
    // The header is at the start and the licence at the end: only those ends are searched.
    let head = blocks.partition_point(|b| b.range().start < FRAME_WINDOW);
    let start = blocks[..head]
        .iter()
        .position(|b| is_marker(b, &["*** START OF", "***START OF"]))
        .map_or(0, |i| i + 1);
    let text_end = blocks.last().map_or(0, |b| b.range().end);
    let tail = blocks.partition_point(|b| b.range().start + FRAME_WINDOW < text_end).max(start);
    let end = blocks[tail..]
        .iter()
        .position(|b| {
            is_marker(b, &["*** END OF", "***END OF", "End of the Project", "End of Project"])
        })
        .map_or(blocks.len(), |i| tail + i);
    let (header, rest) = blocks.split_at_mut(start);
    for b in header.iter_mut().chain(rest[end - start..].iter_mut()) {
        b.kind = BlockKind::Furniture;
    }
    start..end
}

fn is_contents_title(s: &str) -> bool {
    let bare = s.trim_end_matches(['.', ':']);
    bare.eq_ignore_ascii_case("contents") || bare.eq_ignore_ascii_case("table of contents")
}

/// Finds contents pages among the body's blocks and makes each one block; returns how many
/// blocks were removed.
///
/// A contents page is a run of heading lines with no text between them, holding two divisions
/// of the same kind (a chapter is never empty in the body itself). It starts at its
/// "CONTENTS" title if it has one, else at its first division, and ends where its first entry
/// comes round again: that is the body's own first heading, directly after the list.
fn merge_contents(text: &str, blocks: &mut Vec<Block>, body: std::ops::Range<usize>) -> usize {
    let before = blocks.len();
    let mut i = body.start;
    let mut end = body.end;
    while i < end {
        if !matches!(blocks[i].kind, BlockKind::Heading { .. }) {
            i += 1;
            continue;
        }
        let run_end =
            (i..end).find(|&j| !matches!(blocks[j].kind, BlockKind::Heading { .. })).unwrap_or(end);
        match contents_in_run(text, &blocks[i..run_end]) {
            Some(found) => {
                let (a, b) = (i + found.start, i + found.end);
                let merged = blocks[a].range().start..blocks[b - 1].range().end;
                blocks[a].set_range(merged);
                blocks[a].kind = BlockKind::Contents;
                blocks.drain(a + 1..b);
                end -= b - a - 1;
                i = a + 1;
            }
            None => i = run_end,
        }
    }
    before - blocks.len()
}

/// The contents page inside a run of consecutive headings, as a range of the run.
fn contents_in_run(text: &str, run: &[Block]) -> Option<std::ops::Range<usize>> {
    let divisions: Vec<Option<Division>> = run.iter().map(|b| division(slice(text, b))).collect();
    let repeated = divisions
        .iter()
        .enumerate()
        .any(|(i, d)| d.is_some_and(|d| d.numbered && divisions[i + 1..].contains(&Some(d))));
    if !repeated {
        return None;
    }
    let start = run
        .iter()
        .position(|b| is_contents_title(slice(text, b)))
        .or_else(|| divisions.iter().position(Option::is_some))?;
    let first_entry = start + usize::from(is_contents_title(slice(text, &run[start])));
    let first_text = slice(text, run.get(first_entry)?);
    let end = (first_entry + 1..run.len())
        .find(|&j| slice(text, &run[j]) == first_text)
        .unwrap_or(run.len());
    Some(start..end)
}

fn is_contents_paragraph(s: &str) -> bool {
    // A contents page opens with a short line: look no further into a paragraph of prose.
    let head = &s.as_bytes()[..s.len().min(130)];
    if memchr::memchr(b'\n', head).is_none() {
        return false;
    }
    let mut lines = s.lines().map(str::trim).filter(|l| !l.is_empty()).peekable();
    if lines.peek().is_some_and(|l| is_contents_title(l)) {
        lines.next();
    }
    // Stops at the first line that is not a division, so prose costs one line's look.
    let mut divisions = Vec::new();
    for line in lines {
        match division(line) {
            Some(d) => divisions.push(d),
            None => return false,
        }
    }
    divisions.len() >= MIN_DIVISIONS
        && divisions.iter().enumerate().any(|(i, d)| divisions[i + 1..].contains(d))
}

/// Gives a book its levels: numbered divisions nest in the order the book first uses their
/// kinds; standalone divisions (prologue, epilogue) sit at the top. Not a book (fewer than
/// three divisions of a kind, or divisions and their titles under half of the headings):
/// unchanged.
fn book_levels(text: &str, blocks: &mut [Block]) {
    let heading_divisions: Vec<(usize, Option<Division>)> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Heading { .. }))
        .map(|(i, b)| (i, division(slice(text, b))))
        .collect();
    let mut kinds: Vec<(&'static str, usize)> = Vec::new();
    for d in heading_divisions.iter().filter_map(|(_, d)| *d).filter(|d| d.numbered) {
        match kinds.iter_mut().find(|(w, _)| *w == d.word) {
            Some((_, n)) => *n += 1,
            None => kinds.push((d.word, 1)),
        }
    }
    let level_of = |d: Division| -> u8 {
        let rank = kinds.iter().position(|(w, _)| *w == d.word).filter(|_| d.numbered);
        rank.map_or(1, |r| u8::try_from(r + 1).unwrap_or(u8::MAX).min(6))
    };
    // Chapter titles are kept when the book titles most of its chapters.
    let numbered: Vec<usize> = heading_divisions
        .iter()
        .filter(|(_, d)| d.is_some_and(|d| d.numbered))
        .map(|(i, _)| *i)
        .collect();
    let titled = numbered
        .iter()
        .filter(|&&i| {
            blocks.get(i + 1).is_some_and(|b| {
                matches!(b.kind, BlockKind::Heading { .. }) && division(slice(text, b)).is_none()
            })
        })
        .count();
    let keep_titles = titled * 2 >= numbered.len();
    // Divisions and their titles must make at least half of the headings.
    let divisions = heading_divisions.iter().filter(|(_, d)| d.is_some()).count();
    let most = kinds.iter().map(|(_, n)| *n).max().unwrap_or(0);
    if most < MIN_DIVISIONS || (divisions + titled) * 2 < heading_divisions.len() {
        return;
    }
    let first_division = heading_divisions.iter().find(|(_, d)| d.is_some()).map_or(0, |(i, _)| *i);
    let mut previous: Option<u8> = None;
    for (i, d) in heading_divisions {
        let b = &mut blocks[i];
        let level = match d {
            Some(d) => Some(level_of(d)),
            None if i < first_division && is_caps(slice(text, b)) => Some(1),
            None if keep_titles && previous.is_some() => previous.map(|l| l.saturating_add(1)),
            None => None,
        };
        b.kind = level.map_or(BlockKind::Paragraph, |level| BlockKind::Heading { level });
        previous = d.map(level_of);
        if let Some(next) = blocks.get(i + 1)
            && !matches!(next.kind, BlockKind::Heading { .. })
        {
            previous = None;
        }
    }
}

fn is_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests;
