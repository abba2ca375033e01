//! Markdown → rendered text, blocks and inline styles, from pulldown-cmark's event stream.
//!
//! The document text is the rendered text (blocks separated by a blank line, list bullets and
//! numbers written into it), built in one pass over the events so every range is exact.
//! Nesting is tracked with an explicit stack, never recursion, so any depth is safe; lines
//! nested deeper than [`MAX_NESTING`] lose their extra markers before parsing, so the
//! parser's own tree stays small. Blocks larger than plain text's largest are cut into
//! pieces the same way, so no block is too large to lay out or analyse.

use super::normalize::is_unsafe_char;
use super::text::MAX_BLOCK_BYTES;
use crate::model::{Block, BlockKind, Emphasis, InlineStyle, Table};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::ops::Range;

/// The deepest nesting of lists and quotes kept from one line's markers: deeper markers
/// are dropped. Far beyond any real document, small enough that a line of ten
/// thousand "- " costs no more than its bytes.
pub const MAX_NESTING: usize = 32;

/// Source parsed at once, at most (past it, only up to the next top-level paragraph): the
/// parser holds a tree of everything it is given, which for a huge file of short headings
/// outweighs the text.
const PARSE_BYTES: usize = 1 << 20;

mod details;
mod notes;
mod table;

/// Renders normalized Markdown source into (text, blocks, styles sorted by start): the shape
/// the rendering tests read.
#[cfg(test)]
pub fn render(source: &str) -> (String, Vec<Block>, Vec<InlineStyle>) {
    let r = render_document(source);
    (r.text, r.blocks, r.styles)
}

/// Everything rendered from Markdown source.
#[derive(Debug, PartialEq)]
pub struct Rendered {
    pub text: String,
    pub blocks: Vec<Block>,
    /// Sorted by start.
    pub styles: Vec<InlineStyle>,
    /// Sorted by block.
    pub tables: Vec<Table>,
}

/// Renders normalized Markdown source into text, blocks, styles and tables.
pub fn render_document(source: &str) -> Rendered {
    render_in_parts(source, PARSE_BYTES, HUGE_PART_BYTES)
}

fn render_in_parts(source: &str, part_bytes: usize, huge_bytes: usize) -> Rendered {
    let source = bound_nesting(source);
    let mut r = Renderer { out: String::with_capacity(source.len()), ..Renderer::default() };
    for part in top_level_parts(&source, part_bytes, huge_bytes) {
        for event in Parser::new_ext(part, Options::ENABLE_TABLES) {
            r.event(event);
        }
        r.close_block();
    }
    let Renderer { out, mut blocks, mut styles, tables, .. } = r;
    styles.sort_by_key(|s| s.range.start);
    // The model keeps these for the document's life: without the room doubling left them.
    blocks.shrink_to_fit();
    styles.shrink_to_fit();
    Rendered { text: out, blocks, styles, tables }
}

enum Container {
    /// The next item number of an ordered list.
    List(Option<u64>),
    /// The bullet or number not yet written (it goes before the item's first block).
    Item(Option<String>),
    Quote,
}

/// A block being written: where its separator and its text start.
struct Open {
    separator: usize,
    start: usize,
    kind: BlockKind,
}

#[derive(Default)]
struct Renderer {
    out: String,
    blocks: Vec<Block>,
    styles: Vec<InlineStyle>,
    containers: Vec<Container>,
    list_depth: usize,
    quote_depth: usize,
    open: Option<Open>,
    /// Inline styles started and not yet ended: (start, emphasis).
    inline: Vec<(usize, Option<Emphasis>)>,
    in_html_block: bool,
    tables: Vec<Table>,
    table: Option<table::TableBuild>,
    /// Targets of the links being written (an image may sit inside a link).
    links: Vec<String>,
    /// Link notes written since the last notes block: (number, target).
    pending_notes: Vec<(usize, String)>,
    notes_written: usize,
    /// The raw text of the HTML block being read.
    html: String,
}

fn depth(n: usize) -> u8 {
    u8::try_from(n).unwrap_or(u8::MAX)
}

impl Renderer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(s) | Event::InlineMath(s) | Event::DisplayMath(s) => {
                if !self.in_html_block {
                    self.ensure_block();
                    let keep_newlines = self.is_code();
                    self.push_clean(&s, keep_newlines);
                }
            }
            Event::Code(s) => {
                self.ensure_block();
                let start = self.out.len();
                self.push_clean(&s, false);
                self.push_style(start, Emphasis::Code);
            }
            Event::SoftBreak => self.push_in_block(" "),
            Event::HardBreak => self.push_in_block("\n"),
            Event::Rule => self.close_block(),
            Event::Html(s) if self.in_html_block => self.html.push_str(&s),
            Event::Html(_)
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                let kind = self.context_kind();
                self.begin_block(kind);
            }
            Tag::Heading { level, .. } => {
                self.begin_block(BlockKind::Heading { level: level as u8 })
            }
            Tag::CodeBlock(_) => self.begin_block(BlockKind::Code),
            Tag::HtmlBlock => {
                self.close_block();
                self.in_html_block = true;
            }
            Tag::List(first) => {
                self.close_block();
                self.containers.push(Container::List(first));
                self.list_depth += 1;
            }
            Tag::Item => {
                self.close_block();
                let prefix = match self.containers.last_mut() {
                    Some(Container::List(Some(n))) => {
                        let p = format!("{n}. ");
                        *n = n.saturating_add(1);
                        p
                    }
                    _ => "• ".to_string(),
                };
                self.containers.push(Container::Item(Some(prefix)));
            }
            Tag::BlockQuote(_) => {
                self.close_block();
                self.containers.push(Container::Quote);
                self.quote_depth += 1;
            }
            Tag::Emphasis => self.begin_inline(Some(Emphasis::Italic)),
            Tag::Strong => self.begin_inline(Some(Emphasis::Bold)),
            Tag::Link { dest_url, .. } => {
                self.begin_inline(Some(Emphasis::Link));
                self.link_start(&dest_url);
            }
            Tag::Table(alignments) => self.table_start(&alignments),
            Tag::TableHead => self.table_row_start(true),
            Tag::TableRow => self.table_row_start(false),
            Tag::TableCell => self.table_cell_start(),
            // Images show their alt text, which arrives as the Text events inside.
            _ => self.begin_inline(None),
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock => self.close_block(),
            TagEnd::HtmlBlock => {
                self.in_html_block = false;
                self.html_block_end();
            }
            TagEnd::Link => {
                let start = self.inline.last().map_or(self.out.len(), |(start, _)| *start);
                self.end_inline();
                self.link_end(start);
            }
            TagEnd::Table => self.table_end(),
            TagEnd::TableHead | TagEnd::TableRow => self.table_row_end(),
            TagEnd::TableCell => self.table_cell_end(),
            TagEnd::List(_) => {
                self.close_block();
                self.containers.pop();
                self.list_depth = self.list_depth.saturating_sub(1);
                self.flush_notes();
            }
            TagEnd::Item => {
                self.close_block();
                self.containers.pop();
            }
            TagEnd::BlockQuote(_) => {
                self.close_block();
                self.containers.pop();
                self.quote_depth = self.quote_depth.saturating_sub(1);
                self.flush_notes();
            }
            _ => self.end_inline(),
        }
    }

    fn end_inline(&mut self) {
        if let Some((start, Some(emphasis))) = self.inline.pop() {
            self.push_style(start, emphasis);
        }
    }

    /// What a paragraph is where it stands: a list item's text, a quote's, or plain.
    fn context_kind(&self) -> BlockKind {
        match self.containers.last() {
            Some(Container::Item(_)) => BlockKind::ListItem { depth: depth(self.list_depth) },
            _ if self.quote_depth > 0 => BlockKind::Quote { depth: depth(self.quote_depth) },
            _ => BlockKind::Paragraph,
        }
    }

    fn is_code(&self) -> bool {
        self.open.as_ref().is_some_and(|o| o.kind == BlockKind::Code)
    }

    /// Text outside any block (a tight list item's text) opens one from the context.
    fn ensure_block(&mut self) {
        if self.open.is_none() {
            let kind = self.context_kind();
            self.begin_block(kind);
        }
    }

    fn begin_block(&mut self, kind: BlockKind) {
        self.close_block();
        let separator = self.out.len();
        if !self.out.is_empty() {
            self.out.push_str("\n\n");
        }
        let start = self.out.len();
        if let Some(Container::Item(prefix)) = self.containers.last_mut() {
            // A heading inside an item keeps its own text as its title.
            if let (Some(p), false) = (prefix.take(), matches!(kind, BlockKind::Heading { .. })) {
                self.out.push_str(&p);
            }
        }
        self.open = Some(Open { separator, start, kind });
    }

    fn close_block(&mut self) {
        let Some(open) = self.open.take() else { return };
        if open.kind == BlockKind::Code {
            let kept = self.out.trim_end_matches('\n').len().max(open.start);
            self.out.truncate(kept);
        }
        if self.out.len() > open.start {
            let mut kind = open.kind;
            for range in pieces(&self.out, open.start..self.out.len()) {
                self.blocks.push(Block::new(kind, range, 0));
                // Only the first piece of a huge heading is a heading: one section, not many.
                if matches!(kind, BlockKind::Heading { .. }) {
                    kind = BlockKind::Paragraph;
                }
            }
        } else {
            self.out.truncate(open.separator);
        }
        self.flush_notes();
    }

    fn begin_inline(&mut self, emphasis: Option<Emphasis>) {
        self.ensure_block();
        // Emphasis nested past the bound adds nothing a reader can see, and would make
        // every row under it carry every enclosing style.
        let emphasis = emphasis.filter(|_| self.inline.len() < MAX_NESTING);
        self.inline.push((self.out.len(), emphasis));
    }

    fn push_style(&mut self, start: usize, emphasis: Emphasis) {
        if self.out.len() > start {
            self.styles.push(InlineStyle { range: start..self.out.len(), emphasis });
        }
    }

    fn push_in_block(&mut self, s: &str) {
        if self.open.is_some() {
            self.out.push_str(s);
        }
    }

    /// Appends event text, dropping what normalization would have dropped: entities such as
    /// `&#27;` can produce control characters the source never held.
    fn push_clean(&mut self, s: &str, keep_newlines: bool) {
        let dirty = |c: char| is_unsafe_char(c) || (c == '\n' && !keep_newlines);
        if !s.chars().any(dirty) {
            self.out.push_str(s);
            return;
        }
        for c in s.chars() {
            match c {
                '\n' if keep_newlines => self.out.push('\n'),
                '\n' | '\t' => self.out.push(' '),
                c if is_unsafe_char(c) => {}
                c => self.out.push(c),
            }
        }
    }
}

/// A block's range cut into pieces of at most [`MAX_BLOCK_BYTES`], at a line end, else a
/// space (which then belongs to no piece), else a char boundary.
fn pieces(text: &str, mut range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    while range.len() > MAX_BLOCK_BYTES {
        let (end, next) = super::text::cut_point(text, range.start);
        out.push(range.start..end);
        range = next..range.end;
    }
    if !range.is_empty() {
        out.push(range);
    }
    out
}

/// How far a part may grow without a blank line before it is cut at a line end regardless.
const HUGE_PART_BYTES: usize = 4 << 20;

/// The source cut into parts of about `part_bytes`, each cut just before a line that can
/// only start a new top-level block: after a blank line, outside a code fence, not indented
/// and not a list item, a quote or a table row. (A link defined in a later part than its
/// use is then shown as written; only files over a megabyte can meet this.)
fn top_level_parts(source: &str, part_bytes: usize, huge_bytes: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut at) = (0, 0);
    let (mut fence, mut blank_before) = (false, false);
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let first = line.as_bytes().first().copied().unwrap_or(b'\n');
        // Not indented, not a list item or a quote: a line only a paragraph can hold.
        let lax = !matches!(first, b' ' | b'\t' | b'\n' | b'\r' | b'-' | b'*' | b'+' | b'>')
            && !first.is_ascii_digit();
        let plain = lax && first != b'|';
        // A paragraph of many megabytes with no blank line (a huge table written as text)
        // is cut at such a line regardless: it is cut into 64 KiB blocks anyway.
        let huge = at - start >= huge_bytes && !fence && lax;
        if (at - start >= part_bytes && blank_before && !fence && plain) || huge {
            parts.push(&source[start..at]);
            start = at;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = !fence;
        }
        blank_before = trimmed.is_empty();
        at += line.len();
    }
    if start < source.len() || parts.is_empty() {
        parts.push(&source[start..]);
    }
    parts
}

/// The source with every line's list and quote markers beyond [`MAX_NESTING`] removed;
/// borrowed unchanged when no line nests that deep (every real document).
fn bound_nesting(source: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut copied = 0;
    let mut line_start = 0;
    for line in source.split_inclusive('\n') {
        if let Some(excess) = excess_markers(line) {
            out.push_str(&source[copied..line_start + excess.start]);
            copied = line_start + excess.end;
        }
        line_start += line.len();
    }
    if copied == 0 {
        return Cow::Borrowed(source);
    }
    out.push_str(&source[copied..]);
    Cow::Owned(out)
}

/// The byte range of a line's container markers past the first [`MAX_NESTING`], if any.
fn excess_markers(line: &str) -> Option<Range<usize>> {
    let b = line.as_bytes();
    let (mut at, mut depth, mut cut) = (0, 0, 0);
    loop {
        let mut i = at;
        while i < b.len() && i - at < 4 && b[i] == b' ' {
            i += 1;
        }
        let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let marker = match b.get(i) {
            Some(b'>') => 1,
            Some(b'-' | b'*' | b'+') if b.get(i + 1) == Some(&b' ') => 1,
            _ if (1..=9).contains(&digits)
                && matches!(b.get(i + digits), Some(b'.' | b')'))
                && b.get(i + digits + 1) == Some(&b' ') =>
            {
                digits + 1
            }
            _ => break,
        };
        at = i + marker;
        depth += 1;
        if depth == MAX_NESTING {
            cut = at;
        }
    }
    (depth > MAX_NESTING).then_some(cut..at)
}

#[cfg(test)]
mod tests;
