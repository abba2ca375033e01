//! Where in the document an actor appears: its mentions counted per slice of the text (by
//! byte offset), for a strip beside the reading pane, and the next dense slice to jump to.

use crate::model::Document;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presence {
    /// Mentions per slice.
    pub density: Vec<u32>,
    /// The start of the first mention in each slice, where a jump lands.
    pub first: Vec<Option<usize>>,
    text_len: usize,
}

impl Presence {
    /// Counts an actor's mentions in `slices` equal slices of the text: linear in its mentions.
    pub fn of(doc: &Document, actor: usize, slices: usize) -> Presence {
        let slices = slices.max(1);
        let text_len = doc.text.len();
        let mut p = Presence { density: vec![0; slices], first: vec![None; slices], text_len };
        for &m in doc.mentions_of(actor) {
            let start = doc.mentions[m].range.start;
            let s = p.slice_at(start);
            p.density[s] += 1;
            p.first[s].get_or_insert(start);
        }
        p
    }

    /// The slice holding a byte offset (the last slice for offsets past the end).
    pub fn slice_at(&self, offset: usize) -> usize {
        let n = self.density.len();
        if self.text_len == 0 {
            return 0;
        }
        let s = (offset as u128 * n as u128 / self.text_len as u128) as usize;
        s.min(n - 1)
    }

    /// The byte range a slice covers.
    pub fn range(&self, slice: usize) -> Range<usize> {
        let n = self.density.len() as u128;
        let at = |s: usize| (s as u128 * self.text_len as u128).div_ceil(n) as usize;
        at(slice).min(self.text_len)..at(slice + 1).min(self.text_len)
    }

    /// What counts as dense: at least half the busiest slice's mentions (and at least one).
    pub fn dense_threshold(&self) -> u32 {
        self.density.iter().max().copied().unwrap_or(0).div_ceil(2).max(1)
    }

    /// The first dense slice after the one holding `offset`, and where its first mention
    /// starts; `None` when no dense slice follows.
    pub fn next_dense_after(&self, offset: usize) -> Option<(usize, usize)> {
        let threshold = self.dense_threshold();
        let from = self.slice_at(offset) + 1;
        (from..self.density.len())
            .find(|&s| self.density[s] >= threshold)
            .and_then(|s| self.first[s].map(|at| (s, at)))
    }
}
