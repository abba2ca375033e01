//! Markdown → rendered text, blocks and inline styles, from pulldown-cmark's event stream.
//!
//! The document text is the rendered text (blocks separated by a blank line, list bullets and
//! numbers written into it), built in one pass over the events so every range is exact.
//! Nesting is tracked with an explicit stack, never recursion, so any depth is safe.

use super::normalize::is_unsafe_char;
use crate::model::{Block, BlockKind, Emphasis, InlineStyle, Table};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

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
    let mut r = Renderer::default();
    for event in Parser::new_ext(source, Options::ENABLE_TABLES) {
        r.event(event);
    }
    r.close_block();
    let Renderer { out, blocks, mut styles, tables, .. } = r;
    styles.sort_by_key(|s| s.range.start);
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
            self.blocks.push(Block {
                kind: open.kind,
                range: open.start..self.out.len(),
                section: 0,
            });
        } else {
            self.out.truncate(open.separator);
        }
        self.flush_notes();
    }

    fn begin_inline(&mut self, emphasis: Option<Emphasis>) {
        self.ensure_block();
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

#[cfg(test)]
mod tests;
