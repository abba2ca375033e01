//! Mentions in context: every mention of an actor with one line of its paragraph around it,
//! cut at word boundaries, and its section. Lines are made on demand, so a list of a
//! hundred thousand mentions costs only the rows on screen.

use crate::model::{Document, index};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionInContext {
    /// Index into `Document::mentions`.
    pub mention: usize,
    pub range: Range<usize>,
    pub section: usize,
    /// One line: the mention with the words around it, "…" where the paragraph goes on.
    pub line: String,
    /// Where the mention sits in `line` (byte range), for highlighting.
    pub highlight: Range<usize>,
}

/// Every mention of `actor`, in reading order, each with a line of at most `width` chars.
pub fn mentions_in_context(
    doc: &Document,
    actor: usize,
    width: usize,
) -> impl Iterator<Item = MentionInContext> + '_ {
    doc.mentions_of(actor).iter().map(move |&m| {
        let mention = &doc.mentions[m];
        let (line, highlight) = context_line(doc, mention.range.clone(), width);
        MentionInContext {
            mention: m,
            range: mention.range.clone(),
            section: index(mention.section),
            line,
            highlight,
        }
    })
}

/// A line of at most `width` chars (more only when the range alone is wider) around a byte
/// range, taken from its block and cut at word boundaries; line breaks become spaces and control characters
/// (already cleaned from the model's text) are dropped again, defensively.
pub fn context_line(doc: &Document, range: Range<usize>, width: usize) -> (String, Range<usize>) {
    let block = doc.block_at(range.start).and_then(|b| doc.blocks.get(b));
    let bounds = block.map_or(range.clone(), |b| b.range());
    let text = &doc.text;
    let inner = doc.slice(&range);
    let budget = width.saturating_sub(inner.chars().count() + 2);
    let before = text.get(bounds.start..range.start).unwrap_or("");
    let after = text.get(range.end..bounds.end.max(range.end)).unwrap_or("");
    // Take up to half the room before the mention, the rest after it; then step inwards to
    // the nearest word boundary so no word is shown in part.
    let mut left =
        before.char_indices().rev().take(budget / 2).last().map_or(before.len(), |(i, _)| i);
    let right_budget = budget - before[left..].chars().count();
    let mut right = after.char_indices().nth(right_budget).map_or(after.len(), |(i, _)| i);
    if left > 0 && !before[..left].ends_with(char::is_whitespace) {
        left = before[left..].find(char::is_whitespace).map_or(before.len(), |i| left + i);
    }
    if right < after.len() && !after[right..].starts_with(char::is_whitespace) {
        right = after[..right].rfind(char::is_whitespace).unwrap_or(0);
    }
    let (head, tail) = (before[left..].trim_start(), after[..right].trim_end());
    let mut line = String::with_capacity(width * 4);
    if left > 0 {
        line.push('…');
    }
    push_clean(&mut line, head);
    let start = line.len();
    push_clean(&mut line, inner);
    let end = line.len();
    push_clean(&mut line, tail);
    if right < after.len() {
        line.push('…');
    }
    (line, start..end)
}

fn push_clean(line: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\n' | '\t' => line.push(' '),
            c if c.is_control() => {}
            c => line.push(c),
        }
    }
}
