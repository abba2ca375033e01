//! Properties of a filtered view on ingested Markdown (paragraphs and lists, every width): no
//! row of a block outside the view ever appears, and scrolling from one end to the other, in
//! either direction, visits exactly the view's blocks in order.

use lector_core::ingest::{self, Format, Source};
use lector_core::layout::{Anchor, Layout, View};
use lector_core::model::Document;
use proptest::prelude::*;

const WORDS: &[&str] = &["the", "Kremlin", "a", "supercalifragilistic", "漢字", "😀", "e\u{301}"];

/// A Markdown piece: a paragraph of words, or a list of short items.
fn piece() -> impl Strategy<Value = String> {
    let words =
        || prop::collection::vec(prop::sample::select(WORDS), 1..12).prop_map(|w| w.join(" "));
    prop_oneof![
        words(),
        prop::collection::vec(words(), 1..4).prop_map(|items| items
            .iter()
            .map(|i| format!("- {i}"))
            .collect::<Vec<_>>()
            .join("\n")),
    ]
}

fn document() -> impl Strategy<Value = Document> {
    prop::collection::vec(piece(), 1..20).prop_map(|pieces| {
        let bytes = pieces.join("\n\n").into_bytes();
        let source = Source { name: "v.md".into(), bytes, format: Format::Markdown };
        ingest::parse(source).expect("text is never binary")
    })
}

/// Every row from the view's first to its last, stepping by `n` rows (±1), as anchors.
fn walk(layout: &Layout, doc: &Document, down: bool) -> Vec<Anchor> {
    let (from, to, n) = if down {
        (layout.clamp(doc, Anchor::default()), layout.end(doc), 1)
    } else {
        (layout.end(doc), layout.clamp(doc, Anchor::default()), -1)
    };
    let mut at = from;
    let mut seen = vec![at];
    while at != to {
        let next = layout.step(doc, at, n);
        assert_ne!(next, at, "stuck at {at:?}");
        at = next;
        seen.push(at);
        assert!(seen.len() < 100_000, "no end");
    }
    seen
}

fn blocks(anchors: impl Iterator<Item = Anchor>) -> Vec<usize> {
    let mut b: Vec<usize> = anchors.map(|a| a.block).collect();
    b.dedup();
    b
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn scrolling_a_view_visits_exactly_its_blocks(
        doc in document(),
        chosen in prop::collection::btree_set(0usize..40, 0..20),
        width in 1usize..30,
    ) {
        let expected: Vec<usize> =
            chosen.iter().copied().filter(|&b| b < doc.blocks.len()).collect();
        let layout = Layout::new(width).with_view(View::blocks(chosen));
        if expected.is_empty() {
            prop_assert!(layout.visible(&doc, Anchor::default(), 50).is_empty());
            return Ok(());
        }
        let down = walk(&layout, &doc, true);
        let up = walk(&layout, &doc, false);
        prop_assert_eq!(blocks(down.iter().copied()), expected.clone());
        prop_assert_eq!(blocks(up.iter().rev().copied()), expected.clone());
        prop_assert_eq!(down.len(), up.len());
        let total: usize = expected.iter().map(|&b| layout.rows(&doc, b)).sum();
        prop_assert_eq!(down.len(), total);
        for at in down {
            let row = layout.row(&doc, at);
            prop_assert!(row.is_some_and(|r| r.block == at.block), "no row at {:?}", at);
        }
    }

    #[test]
    fn no_row_of_a_block_outside_the_view_is_ever_shown(
        doc in document(),
        chosen in prop::collection::btree_set(0usize..40, 0..20),
        width in 1usize..30,
        tops in prop::collection::vec((0usize..45, 0usize..8, -30isize..30, 1usize..40), 1..20),
    ) {
        let view = View::blocks(chosen.iter().copied());
        let layout = Layout::new(width).with_view(view.clone());
        for (block, row, n, height) in tops {
            let at = Anchor { block, row };
            for shown in layout.visible(&doc, at, height) {
                prop_assert!(chosen.contains(&shown.block), "row of block {}", shown.block);
            }
            if !view.is_empty(&doc) {
                let moved = layout.step(&doc, at, n);
                prop_assert!(view.contains(&doc, moved.block), "stepped to {:?}", moved);
                prop_assert!(layout.row(&doc, moved).is_some());
                let clamped = layout.clamp(&doc, at);
                prop_assert!(layout.row(&doc, clamped).is_some(), "clamped to {:?}", clamped);
                let top = layout.max_top(&doc, height);
                prop_assert!(view.contains(&doc, top.block));
            }
        }
    }
}
