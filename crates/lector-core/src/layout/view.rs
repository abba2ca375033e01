//! What the reading pane lays out: the whole document, or a chosen list of its blocks (a
//! filter, such as the paragraphs that mention one actor).
//!
//! Anchors keep naming document blocks, so a row still maps back to its text; the view only
//! decides which block follows which. Moving through a list costs a binary search per block.

use crate::model::Document;

/// The blocks the reading pane shows, in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum View {
    /// Every block of the document.
    #[default]
    Whole,
    /// These blocks only: sorted, without repeats (build it with [`View::blocks`]). Indices
    /// past the end of the document are ignored.
    Blocks(Vec<usize>),
}

impl View {
    /// A view of the given blocks, in document order whatever order they come in.
    pub fn blocks(blocks: impl IntoIterator<Item = usize>) -> View {
        let mut list: Vec<usize> = blocks.into_iter().collect();
        list.sort_unstable();
        list.dedup();
        View::Blocks(list)
    }

    /// The listed blocks that exist in `doc`, or `None` for the whole document.
    fn listed<'a>(&'a self, doc: &Document) -> Option<&'a [usize]> {
        match self {
            View::Whole => None,
            View::Blocks(list) => {
                let n = doc.blocks.len();
                Some(&list[..list.partition_point(|&b| b < n)])
            }
        }
    }

    /// How many blocks the view shows.
    pub fn len(&self, doc: &Document) -> usize {
        self.listed(doc).map_or(doc.blocks.len(), <[usize]>::len)
    }

    /// Whether the view shows no block at all.
    pub fn is_empty(&self, doc: &Document) -> bool {
        self.len(doc) == 0
    }

    /// Whether a block is in the view.
    pub fn contains(&self, doc: &Document, block: usize) -> bool {
        match self.listed(doc) {
            None => block < doc.blocks.len(),
            Some(list) => list.binary_search(&block).is_ok(),
        }
    }

    /// The first block of the view.
    pub fn first(&self, doc: &Document) -> Option<usize> {
        self.at_or_after(doc, 0)
    }

    /// The last block of the view.
    pub fn last(&self, doc: &Document) -> Option<usize> {
        match self.listed(doc) {
            None => doc.blocks.len().checked_sub(1),
            Some(list) => list.last().copied(),
        }
    }

    /// The first block of the view at or after `block`.
    pub fn at_or_after(&self, doc: &Document, block: usize) -> Option<usize> {
        match self.listed(doc) {
            None => (block < doc.blocks.len()).then_some(block),
            Some(list) => list.get(list.partition_point(|&b| b < block)).copied(),
        }
    }

    /// The block of the view after `block`.
    pub fn next(&self, doc: &Document, block: usize) -> Option<usize> {
        self.at_or_after(doc, block.checked_add(1)?)
    }

    /// The block of the view before `block`.
    pub fn prev(&self, doc: &Document, block: usize) -> Option<usize> {
        match self.listed(doc) {
            None => block.min(doc.blocks.len()).checked_sub(1),
            Some(list) => list.partition_point(|&b| b < block).checked_sub(1).map(|i| list[i]),
        }
    }
}
