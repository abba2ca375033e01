//! Link targets as numbered notes: "[1]" after the link's text, and after the block a notes
//! block listing "[1] https://…", so a reader in a terminal sees where every link goes.
//!
//! Notes are numbered through the whole document; a list's or a quote's notes follow the whole
//! list or quote. A link whose text already is its target
//! (an autolink) and a link to a place in the same page (`#usage`) get no note.

use super::Renderer;
use crate::model::{Block, BlockKind};

impl Renderer {
    pub(super) fn link_start(&mut self, target: &str) {
        self.links.push(target.to_string());
    }

    /// Writes the link's note number after its text and keeps its target for the notes block.
    pub(super) fn link_end(&mut self, text_start: usize) {
        let Some(target) = self.links.pop() else { return };
        let text = self.out.get(text_start..).unwrap_or("");
        let same = text == target || target.strip_prefix("mailto:") == Some(text);
        if target.is_empty() || target.starts_with('#') || same || self.open.is_none() {
            return;
        }
        self.notes_written += 1;
        let n = self.notes_written;
        self.out.push_str(&format!("[{n}]"));
        self.pending_notes.push((n, target));
    }

    /// After a block closes: its notes, one per line, as a block of their own. Inside a list
    /// or a quote they wait for its end, so the notes never split a list.
    pub(super) fn flush_notes(&mut self) {
        if self.pending_notes.is_empty()
            || self.open.is_some()
            || self.list_depth > 0
            || self.quote_depth > 0
        {
            return;
        }
        self.out.push_str("\n\n");
        let start = self.out.len();
        for (i, (n, target)) in std::mem::take(&mut self.pending_notes).into_iter().enumerate() {
            if i > 0 {
                self.out.push('\n');
            }
            self.out.push_str(&format!("[{n}] "));
            self.push_clean(&target, false);
        }
        self.blocks.push(Block::new(BlockKind::Notes, start..self.out.len(), 0));
    }
}

#[cfg(test)]
mod tests;
