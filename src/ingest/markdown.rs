//! Markdown → rendered text, blocks and inline styles (pulldown-cmark).
use crate::model::{Block, InlineStyle};

pub fn render(source: &str) -> (String, Vec<Block>, Vec<InlineStyle>) {
    (source.to_string(), super::text::blocks(source), Vec::new())
}
