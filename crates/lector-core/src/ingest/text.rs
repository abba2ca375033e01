//! Plain text → blocks: paragraphs by blank lines and long lines, then shapes and levels.
//!
//! Blocks are byte ranges found in one memchr pass over the lines, with no per-line
//! allocation. A run of lines that are all short is one hard-wrapped paragraph; a run holding
//! a long line is one paragraph per line (scraped pages). Shape rules (see `shape`) only look
//! at short blocks, so the cost stays linear in the text.

use super::shape::{self, Shape};
use crate::model::{Block, BlockKind};
use std::ops::Range;

/// A line longer than this many chars is a paragraph of its own: hard-wrapped text never has
/// one, scraped pages have nothing else.
pub const LONG_LINE_CHARS: usize = 100;

/// Paragraphs larger than this many bytes are split, so no block is too large to lay out.
pub const MAX_BLOCK_BYTES: usize = 64 * 1024;

/// One paragraph before classification.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Span {
    range: Range<usize>,
    single_line: bool,
    /// A piece of a split paragraph: never a duplicate, never a heading.
    piece: bool,
    /// Three or more lines, all short: what a contents page written without blank lines looks
    /// like. Known from the line ranges alone, so later passes need not read the text.
    short_lines: bool,
}

/// Splits normalized plain text into classified blocks (all in section 0 for now).
pub fn blocks(text: &str) -> Vec<Block> {
    let spans = dedup(text, paragraphs(text));
    let shapes = classify(text, &spans);
    let mut blocks = assign_kinds(&spans, &shapes);
    let short_lines: Vec<bool> = spans.iter().map(|s| s.short_lines).collect();
    super::book::outline(text, &mut blocks, &short_lines);
    blocks
}

/// Paragraph spans, trimmed of surrounding whitespace, in order.
fn paragraphs(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut run: Vec<Range<usize>> = Vec::new();
    let mut run_has_long = false;
    let mut pos = 0;
    loop {
        let end = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
        let line = &text[pos..end];
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            flush_run(text, &mut run, run_has_long, &mut spans);
            run_has_long = false;
        } else {
            let start = end - trimmed.len();
            run.push(start..start + trimmed.trim_end().len());
            run_has_long |= is_long(trimmed);
        }
        if end == bytes.len() {
            break;
        }
        pos = end + 1;
    }
    flush_run(text, &mut run, run_has_long, &mut spans);
    spans
}

fn is_long(line: &str) -> bool {
    line.len() > LONG_LINE_CHARS
        && (line.len() > 4 * LONG_LINE_CHARS || line.chars().count() > LONG_LINE_CHARS)
}

fn flush_run(text: &str, run: &mut Vec<Range<usize>>, has_long: bool, out: &mut Vec<Span>) {
    match (run.first(), run.last()) {
        (Some(first), Some(last)) if !has_long && !is_stacked_headings(text, run) => {
            let single_line = run.len() == 1;
            let before = out.len();
            push_split(text, first.start..last.end, single_line, out);
            if run.len() >= 3 && run.iter().all(|r| r.len() <= 130) && out.len() == before + 1 {
                out[before].short_lines = true;
            }
        }
        _ => {
            for line in run.iter() {
                push_split(text, line.clone(), true, out);
            }
        }
    }
    run.clear();
}

/// "CHAPTER I.\nDown the Rabbit-Hole": a chapter line with its title on the next line (up to
/// three lines), read as separate headings rather than one wrapped paragraph.
fn is_stacked_headings(text: &str, run: &[Range<usize>]) -> bool {
    let line = |r: &Range<usize>| &text[r.clone()];
    match run {
        [first, rest @ ..] if (1..=2).contains(&rest.len()) => {
            shape::is_chapter_line(line(first))
                && rest
                    .iter()
                    .all(|r| shape::is_heading(line(r)) || shape::is_chapter_line(line(r)))
        }
        _ => false,
    }
}

/// Pushes a paragraph, split into pieces of at most `MAX_BLOCK_BYTES` at a line end, else a
/// space, else any char boundary.
fn push_split(text: &str, mut range: Range<usize>, single_line: bool, out: &mut Vec<Span>) {
    if range.len() <= MAX_BLOCK_BYTES {
        out.push(Span { range, single_line, piece: false, short_lines: false });
        return;
    }
    while range.len() > MAX_BLOCK_BYTES {
        let (end, next) = cut_point(text, range.start);
        let piece = trim_range(text, range.start..end);
        if !piece.is_empty() {
            out.push(Span { range: piece, single_line: false, piece: true, short_lines: false });
        }
        range = trim_range(text, next..range.end);
    }
    if !range.is_empty() {
        out.push(Span { range, single_line: false, piece: true, short_lines: false });
    }
}

/// Where a piece of at most [`MAX_BLOCK_BYTES`] from `start` ends, and where the next one
/// starts: at the last line end, else the last space (which then belongs to neither), else
/// the last char boundary. The text past `start` must be longer than the limit.
pub(super) fn cut_point(text: &str, start: usize) -> (usize, usize) {
    let mut limit = start + MAX_BLOCK_BYTES;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &text.as_bytes()[start..limit];
    memchr::memrchr(b'\n', window)
        .or_else(|| memchr::memrchr(b' ', window))
        .filter(|&i| i > 0)
        .map_or((limit, limit), |i| (start + i, start + i + 1))
}

fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    start..start + s.trim().len()
}

/// Drops a paragraph identical to the one kept before it (a caption or headline printed
/// twice). Its text stays in the document; only its block goes.
fn dedup(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut kept: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        let duplicate = kept.last().is_some_and(|prev| {
            !prev.piece
                && !span.piece
                && prev.range.len() == span.range.len()
                && text[prev.range.clone()] == text[span.range.clone()]
        });
        if !duplicate {
            kept.push(span);
        }
    }
    kept
}

fn classify(text: &str, spans: &[Span]) -> Vec<Shape> {
    let mut shapes: Vec<Shape> = Vec::with_capacity(spans.len());
    for (i, span) in spans.iter().enumerate() {
        let shape = if span.piece {
            Shape::Paragraph
        } else {
            let after_meta = shapes.last() == Some(&Shape::Meta);
            shape::classify(&text[span.range.clone()], span.single_line, after_meta)
        };
        // Only a heading looks at the block before it (reading every block's end would cost
        // a cache miss each on a large file).
        let shape = match shape {
            Shape::Heading { top: false } if i > 0 && is_unfinished(text, &spans[i - 1]) => {
                Shape::Paragraph
            }
            other => other,
        };
        shapes.push(shape);
    }
    shapes
}

/// A paragraph that stops mid-sentence (on a comma, or a wrapped one on a lowercase word): the
/// short line after it finishes it, as a letter's signature does ("...no one loves you more
/// than does" / "Your Sophie", "Yours ever," / "John Smith"), so that line is not a heading.
fn is_unfinished(text: &str, span: &Span) -> bool {
    text[span.range.clone()]
        .chars()
        .next_back()
        .is_some_and(|c| c == ',' || (c.is_lowercase() && !span.single_line))
}

/// Turns shapes into block kinds and heading levels:
/// - a heading needs something after it: a heading-shaped last block is a paragraph
///   ("View All Publications" at the foot of a scraped page);
/// - level 1 for ALL-CAPS and chapter-style headings, and for a heading that opens the
///   document (the title);
/// - level 3 for a listing entry: a heading directly followed by metadata (a date or
///   "Type:" line) under an earlier level-1 or level-2 heading, like the headlines under
///   "Related Publications";
/// - level 2 otherwise.
fn assign_kinds(spans: &[Span], shapes: &[Shape]) -> Vec<Block> {
    let mut blocks = Vec::with_capacity(spans.len());
    let mut seen_heading = false;
    for (i, (span, shape)) in spans.iter().zip(shapes).enumerate() {
        let kind = match *shape {
            Shape::Heading { top } if i + 1 < spans.len() => {
                let level = if top || i == 0 {
                    1
                } else if seen_heading && shapes[i + 1] == Shape::Meta {
                    3
                } else {
                    2
                };
                seen_heading = true;
                BlockKind::Heading { level }
            }
            Shape::Credit | Shape::Meta => BlockKind::Caption,
            Shape::Heading { .. } | Shape::Paragraph => BlockKind::Paragraph,
        };
        blocks.push(Block::new(kind, span.range.clone(), 0));
    }
    blocks
}

#[cfg(test)]
mod tests;
