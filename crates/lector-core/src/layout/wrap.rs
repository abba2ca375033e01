//! Wrapping one block of text to a width, as byte ranges into the document text.
//!
//! textwrap finds the break opportunities (Unicode line-break rules, so CJK and emoji break
//! between characters) and fits them first-fit; widths are measured per grapheme with
//! unicode-width, the same way the terminal buffer measures them, so a wrapped line never
//! overflows its pane. Lines are ranges, not strings: wrapping copies no text.

use std::ops::Range;
use textwrap::WordSeparator;
use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The display width of a text as the reading pane draws it: newlines count as one space,
/// zero-width graphemes as nothing.
pub fn display_width(text: &str) -> usize {
    text.graphemes(true).map(grapheme_width).sum()
}

fn grapheme_width(g: &str) -> usize {
    if g == "\n" { 1 } else { g.width() }
}

/// The display width of the widest unbreakable piece of a text: the narrowest a column can be
/// without cutting a word.
pub fn longest_word(text: &str) -> usize {
    WordSeparator::UnicodeBreakProperties
        .find_words(text)
        .map(|w| display_width(w.word))
        .max()
        .unwrap_or(0)
}

/// A wrappable piece: a word and the whitespace after it, as offsets into the wrapped text.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    word_end: usize,
    end: usize,
    width: usize,
    space: usize,
}

impl Fragment for Piece {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Wraps `text` (one block) to `width` columns and returns each line's byte range relative to
/// `text`, without trailing whitespace. Hard newlines inside a block are re-flowed as spaces.
/// An empty text gives one empty line, so every block occupies at least one row.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    wrap_hanging(text, width, width)
}

/// Like [`wrap_ranges`], with a narrower width after the first line (a hanging indent, as under
/// a list bullet).
pub fn wrap_hanging(text: &str, first: usize, rest: usize) -> Vec<Range<usize>> {
    let (first, rest) = (first.max(1), rest.max(1));
    let mut pieces = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        collect_pieces(line, line_start, first.max(rest), &mut pieces);
        line_start += line.len() + 1;
    }
    fit(text, pieces, &[first as f64, rest as f64])
}

/// Wraps each hard line of `text` on its own, keeping line breaks (code blocks): a line too
/// wide is cut at the width itself, not at a space, so no whitespace is lost and every
/// character stays where the author put it.
pub fn wrap_preserving_lines(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let mut from = 0;
        let mut w = 0;
        for (i, g) in line.grapheme_indices(true) {
            let gw = grapheme_width(g);
            if w > 0 && w + gw > width {
                out.push(start + from..start + i);
                from = i;
                w = 0;
            }
            w += gw;
        }
        out.push(start + from..start + line.len());
        start += line.len() + 1;
    }
    out
}

/// Wraps each non-blank line of `text` on its own, without its indentation, and leaves blank
/// lines out (a table of contents, whose entries a book spaces with blank lines).
pub fn wrap_nonblank_lines(text: &str, width: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let trimmed = line.trim_start();
        if !trimmed.trim_end().is_empty() {
            let base = start + line.len() - trimmed.len();
            let mut pieces = Vec::new();
            collect_pieces(trimmed.trim_end(), base, width.max(1), &mut pieces);
            out.extend(fit(text, pieces, &[width.max(1) as f64]));
        }
        start += line.len() + 1;
    }
    if out.is_empty() {
        out.push(0..0);
    }
    out
}

fn fit(text: &str, mut pieces: Vec<Piece>, widths: &[f64]) -> Vec<Range<usize>> {
    if pieces.is_empty() {
        return std::iter::once(0..0).collect();
    }
    // The whitespace between two pieces is measured on the text itself: it may span a hard
    // newline (one column when drawn) plus trailing spaces before it and indentation after it.
    for i in 1..pieces.len() {
        let gap = &text[pieces[i - 1].word_end..pieces[i].start];
        pieces[i - 1].space = display_width(gap);
    }
    wrap_first_fit(&pieces, widths)
        .iter()
        .filter_map(|line| Some(line.first()?.start..line.last()?.word_end))
        .collect()
}

/// Splits one hard line into pieces at its break opportunities, breaking any piece wider than
/// the line at grapheme boundaries.
fn collect_pieces(line: &str, base: usize, width: usize, out: &mut Vec<Piece>) {
    let origin = line.as_ptr() as usize;
    for word in WordSeparator::UnicodeBreakProperties.find_words(line) {
        let start = word.word.as_ptr() as usize - origin;
        let word_end = start + word.word.len();
        let end = word_end + word.whitespace.len();
        let w = display_width(word.word);
        if w <= width {
            out.push(Piece {
                start: base + start,
                word_end: base + word_end,
                end: base + end,
                width: w,
                space: word.whitespace.len(),
            });
        } else {
            split_wide(&line[start..word_end], base + start, width, out);
            if let Some(last) = out.last_mut() {
                last.end = base + end;
                last.space = word.whitespace.len();
            }
        }
    }
}

fn split_wide(word: &str, base: usize, width: usize, out: &mut Vec<Piece>) {
    let mut start = 0;
    let mut w = 0;
    for (i, g) in word.grapheme_indices(true) {
        let gw = grapheme_width(g);
        if w > 0 && w + gw > width {
            out.push(Piece {
                start: base + start,
                word_end: base + i,
                end: base + i,
                width: w,
                space: 0,
            });
            start = i;
            w = 0;
        }
        w += gw;
    }
    out.push(Piece {
        start: base + start,
        word_end: base + word.len(),
        end: base + word.len(),
        width: w,
        space: 0,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap_ranges(text, width).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn wraps_words_first_fit() {
        assert_eq!(lines("the quick brown fox jumps", 10), vec!["the quick", "brown fox", "jumps"]);
    }

    #[test]
    fn hard_newlines_reflow_as_spaces() {
        assert_eq!(lines("one two\nthree four", 30), vec!["one two\nthree four"]);
        assert_eq!(display_width("one two\nthree four"), 18);
    }

    #[test]
    fn long_words_break_at_width() {
        assert_eq!(lines("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn wide_characters_never_overflow() {
        let text = "漢字の文章はスペースなしで折り返す 😀😀😀 e\u{301}e\u{301}";
        for width in 1..12 {
            for r in wrap_ranges(text, width) {
                let w = display_width(&text[r.clone()]);
                assert!(w <= width.max(2), "line {:?} is {w} wide at {width}", &text[r]);
            }
        }
    }

    #[test]
    fn no_byte_of_a_word_is_lost_or_repeated() {
        let text = "alpha beta\ngamma  delta epsilonzeta eta";
        let ranges = wrap_ranges(text, 6);
        let joined: String = ranges.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>().join(" ");
        let words = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(words(&joined), words(text));
        for w in ranges.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
    }

    #[test]
    fn hanging_indent_narrows_later_lines() {
        let text = "• aaa bbb ccc ddd";
        let lines: Vec<_> = wrap_hanging(text, 9, 7).into_iter().map(|r| &text[r]).collect();
        assert_eq!(lines, vec!["• aaa bbb", "ccc ddd"]);
    }

    #[test]
    fn code_is_cut_at_the_width_keeping_every_space() {
        let text = "let  x = call(a,   b);";
        let lines: Vec<_> = wrap_preserving_lines(text, 8).into_iter().map(|r| &text[r]).collect();
        assert_eq!(lines, vec!["let  x =", " call(a,", "   b);"]);
        assert_eq!(lines.concat(), text);
    }

    #[test]
    fn code_keeps_its_line_breaks() {
        let text = "fn main() {\n    x\n\n}";
        let lines: Vec<_> = wrap_preserving_lines(text, 40).into_iter().map(|r| &text[r]).collect();
        assert_eq!(lines, vec!["fn main() {", "    x", "", "}"]);
    }

    #[test]
    fn contents_keep_one_entry_per_line_without_blanks_or_indentation() {
        let text = "CONTENTS\n\n\n    BOOK ONE: 1805\n\n    CHAPTER I\n  \n    CHAPTER II";
        let lines: Vec<_> = wrap_nonblank_lines(text, 40).into_iter().map(|r| &text[r]).collect();
        assert_eq!(lines, vec!["CONTENTS", "BOOK ONE: 1805", "CHAPTER I", "CHAPTER II"]);
        let narrow: Vec<_> = wrap_nonblank_lines(text, 8).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            narrow,
            vec!["CONTENTS", "BOOK", "ONE:", "1805", "CHAPTER", "I", "CHAPTER", "II"]
        );
    }

    #[test]
    fn spaces_before_a_hard_newline_count_with_the_newline() {
        // Drawn as "aaa  bbb" (the newline becomes a space): 8 columns, too wide for 7.
        assert_eq!(lines("aaa \nbbb", 7), vec!["aaa", "bbb"]);
        assert_eq!(lines("aaa \nbbb", 8), vec!["aaa \nbbb"]);
        for width in 1..12 {
            for r in wrap_ranges("ab \t\ncd  \n  ef gh", width) {
                let text = &"ab \t\ncd  \n  ef gh"[r];
                assert!(display_width(text) <= width.max(2), "{text:?} at {width}");
            }
        }
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap_ranges("", 10), vec![0..0]);
        assert_eq!(wrap_ranges("   ", 10).len(), 1);
    }
}
