use super::*;
use crate::model::{Block, Section};

/// A document of paragraphs separated by blank lines, one section.
pub(crate) fn paragraphs(paras: &[&str]) -> Document {
    let text = paras.join("\n\n");
    let mut blocks = Vec::new();
    let mut at = 0;
    for p in paras {
        blocks.push(Block { kind: BlockKind::Paragraph, range: at..at + p.len(), section: 0 });
        at += p.len() + 2;
    }
    let n = blocks.len();
    let sections =
        vec![Section { title: String::new(), level: 0, blocks: 0..n, range: 0..text.len() }];
    Document::new("t".into(), text, blocks, sections, vec![], vec![])
}

#[test]
fn rows_count_lines_and_spacers() {
    let doc = paragraphs(&["aaa bbb ccc", "ddd"]);
    let l = Layout::new(7);
    assert_eq!(l.rows(&doc, 0), 3); // "aaa bbb", "ccc", spacer
    assert_eq!(l.rows(&doc, 1), 1); // last block: no spacer
    let rows = l.visible(&doc, Anchor::default(), 10);
    let texts: Vec<_> = rows.iter().map(|r| doc.slice(&r.range)).collect();
    assert_eq!(texts, vec!["aaa bbb", "ccc", "", "ddd"]);
    assert!(rows[2].spacer);
}

#[test]
fn step_moves_across_blocks_and_stops_at_ends() {
    let doc = paragraphs(&["a b c", "d", "e f"]);
    let l = Layout::new(1);
    // rows: a b c _ | d _ | e f
    assert_eq!(l.step(&doc, Anchor::default(), 4), Anchor { block: 1, row: 0 });
    assert_eq!(l.step(&doc, Anchor { block: 1, row: 0 }, -2), Anchor { block: 0, row: 2 });
    assert_eq!(l.step(&doc, Anchor::default(), 100), Anchor { block: 2, row: 1 });
    assert_eq!(l.step(&doc, Anchor { block: 2, row: 1 }, -100), Anchor::default());
    assert_eq!(l.end(&doc), Anchor { block: 2, row: 1 });
    assert_eq!(l.max_top(&doc, 3), Anchor { block: 1, row: 1 });
}

#[test]
fn anchor_of_offset_round_trips() {
    let doc = paragraphs(&["one two three four", "five six"]);
    let l = Layout::new(8);
    let six = doc.text.find("six").unwrap_or(0);
    let a = l.anchor_of(&doc, six);
    assert_eq!(a.block, 1);
    assert!(l.offset_of(&doc, a) <= six);
    let three = doc.text.find("three").unwrap_or(0);
    let a = l.anchor_of(&doc, three);
    assert_eq!(doc.slice(&l.row(&doc, a).map(|r| r.range).unwrap_or_default()), "three");
}

#[test]
fn anchor_of_a_row_start_is_that_row_even_when_the_previous_row_ends_there() {
    let doc = paragraphs(&["abcdefgh", "漢字の文章"]);
    let l = Layout::new(4);
    // "abcd" | "efgh" share the offset 4; so do "漢字" | "の文".
    assert_eq!(l.anchor_of(&doc, 4), Anchor { block: 0, row: 1 });
    let second = l.offset_of(&doc, Anchor { block: 1, row: 1 });
    assert_eq!(l.anchor_of(&doc, second), Anchor { block: 1, row: 1 });
}

#[test]
fn empty_document_has_no_rows() {
    let doc = Document::new(String::new(), String::new(), vec![], vec![], vec![], vec![]);
    let l = Layout::new(10);
    assert!(l.visible(&doc, Anchor::default(), 5).is_empty());
    assert_eq!(l.step(&doc, Anchor { block: 3, row: 3 }, 5), Anchor::default());
}

#[test]
fn wrapping_is_cached_per_block() {
    let doc = paragraphs(&["x y z"]);
    let l = Layout::new(1);
    let a = l.lines(&doc, 0);
    let b = l.lines(&doc, 0);
    assert!(Rc::ptr_eq(&a, &b));
}

#[test]
fn list_items_hang_under_their_bullet_without_blank_rows_between() {
    let text = "• alpha beta gamma\n\n• delta";
    let blocks = vec![
        Block {
            kind: BlockKind::ListItem { depth: 1 },
            range: 0..text.find("\n\n").unwrap_or(0),
            section: 0,
        },
        Block {
            kind: BlockKind::ListItem { depth: 1 },
            range: text.rfind('•').unwrap_or(0)..text.len(),
            section: 0,
        },
    ];
    let sections =
        vec![Section { title: String::new(), level: 0, blocks: 0..2, range: 0..text.len() }];
    let doc = Document::new("t".into(), text.into(), blocks, sections, vec![], vec![]);
    let l = Layout::new(14);
    let rows = l.visible(&doc, Anchor::default(), 10);
    let shown: Vec<_> = rows.iter().map(|r| (r.indent, doc.slice(&r.range))).collect();
    assert_eq!(shown, vec![(2, "• alpha beta"), (4, "gamma"), (2, "• delta")]);
}
