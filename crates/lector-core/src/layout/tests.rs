use super::*;
use crate::model::{Block, Section};

/// A document of paragraphs separated by blank lines, one section.
pub(crate) fn paragraphs(paras: &[&str]) -> Document {
    let text = paras.join("\n\n");
    let mut blocks = Vec::new();
    let mut at = 0;
    for p in paras {
        blocks.push(Block::new(BlockKind::Paragraph, at..at + p.len(), 0));
        at += p.len() + 2;
    }
    let n = blocks.len();
    let sections = vec![Section { level: 0, title_len: 0, blocks: 0..n, range: 0..text.len() }];
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
        Block::new(BlockKind::ListItem { depth: 1 }, 0..text.find("\n\n").unwrap_or(0), 0),
        Block::new(BlockKind::ListItem { depth: 1 }, text.rfind('•').unwrap_or(0)..text.len(), 0),
    ];
    let sections = vec![Section { level: 0, title_len: 0, blocks: 0..2, range: 0..text.len() }];
    let doc = Document::new("t".into(), text.into(), blocks, sections, vec![], vec![]);
    let l = Layout::new(14);
    let rows = l.visible(&doc, Anchor::default(), 10);
    let shown: Vec<_> = rows.iter().map(|r| (r.indent, doc.slice(&r.range))).collect();
    assert_eq!(shown, vec![(2, "• alpha beta"), (4, "gamma"), (2, "• delta")]);
}

/// The blocks of rows, in order, each once.
fn blocks_of(rows: &[VisualRow]) -> Vec<usize> {
    let mut blocks: Vec<usize> = rows.iter().map(|r| r.block).collect();
    blocks.dedup();
    blocks
}

#[test]
fn a_filtered_view_shows_its_blocks_alone_with_spacers_between_them() {
    let doc = paragraphs(&["a b", "c", "d e", "f", "g"]);
    let l = Layout::new(1).with_view(View::blocks([3, 1]));
    // rows: c _ | f   (block 1 gets a spacer before block 3; block 3 is the view's last)
    let rows = l.visible(&doc, Anchor::default(), 10);
    let texts: Vec<_> = rows.iter().map(|r| doc.slice(&r.range)).collect();
    assert_eq!(texts, vec!["c", "", "f"]);
    assert_eq!(blocks_of(&rows), vec![1, 3]);
    assert_eq!(l.rows(&doc, 3), 1);
    assert_eq!(l.end(&doc), Anchor { block: 3, row: 0 });
    assert_eq!(l.max_top(&doc, 2), Anchor { block: 1, row: 1 });
}

#[test]
fn stepping_and_clamping_skip_the_blocks_a_view_leaves_out() {
    let doc = paragraphs(&["a b", "c", "d e", "f", "g"]);
    let l = Layout::new(1).with_view(View::blocks([1, 3]));
    assert_eq!(l.step(&doc, Anchor { block: 1, row: 0 }, 2), Anchor { block: 3, row: 0 });
    assert_eq!(l.step(&doc, Anchor { block: 3, row: 0 }, -1), Anchor { block: 1, row: 1 });
    assert_eq!(l.step(&doc, Anchor { block: 3, row: 0 }, 50), Anchor { block: 3, row: 0 });
    assert_eq!(l.step(&doc, Anchor { block: 3, row: 0 }, -50), Anchor { block: 1, row: 0 });
    // An anchor in a left-out block moves on to the next block shown, or back to the last.
    assert_eq!(l.clamp(&doc, Anchor { block: 0, row: 1 }), Anchor { block: 1, row: 0 });
    assert_eq!(l.clamp(&doc, Anchor { block: 2, row: 1 }), Anchor { block: 3, row: 0 });
    assert_eq!(l.clamp(&doc, Anchor { block: 4, row: 0 }), Anchor { block: 3, row: 0 });
    assert_eq!(l.row(&doc, Anchor { block: 2, row: 0 }), None);
    let e = doc.text.find('e').unwrap_or(0);
    assert_eq!(l.anchor_of(&doc, e), Anchor { block: 3, row: 0 });
}

#[test]
fn the_whole_view_is_the_default_and_a_new_view_keeps_the_wrapped_blocks() {
    let doc = paragraphs(&["x y z", "w"]);
    let mut l = Layout::new(1);
    assert_eq!(l.view(), &View::Whole);
    let before = l.lines(&doc, 0);
    l.set_view(View::blocks([0]));
    assert!(Rc::ptr_eq(&before, &l.lines(&doc, 0)));
    assert_eq!(l.rows(&doc, 0), 3, "the view's last block has no spacer");
    l.set_view(View::Whole);
    assert_eq!(l.rows(&doc, 0), 4);
}

#[test]
fn an_empty_view_or_one_past_the_document_shows_nothing() {
    let doc = paragraphs(&["a", "b"]);
    for view in [View::blocks([]), View::blocks([7, 9])] {
        let l = Layout::new(5).with_view(view);
        assert!(l.visible(&doc, Anchor::default(), 5).is_empty());
        assert_eq!(l.step(&doc, Anchor { block: 1, row: 0 }, 3), Anchor::default());
        assert_eq!(l.end(&doc), Anchor::default());
    }
}

#[test]
fn list_items_keep_no_blank_row_only_when_they_are_neighbours_in_the_document() {
    let source = crate::ingest::Source {
        name: "l.md".into(),
        bytes: b"- one\n- two\n- three\n".to_vec(),
        format: crate::ingest::Format::Markdown,
    };
    let doc = crate::ingest::parse(source).expect("markdown");
    assert_eq!(doc.blocks.len(), 3);
    let l = Layout::new(20).with_view(View::blocks([0, 1, 2]));
    assert_eq!((l.rows(&doc, 0), l.rows(&doc, 1)), (1, 1));
    let l = Layout::new(20).with_view(View::blocks([0, 2]));
    assert_eq!(l.rows(&doc, 0), 2, "items apart in the document are set apart");
}

#[test]
fn a_view_walks_its_listed_blocks_in_document_order() {
    let doc = paragraphs(&["a", "b", "c", "d", "e"]);
    let v = View::blocks([4, 1, 1, 3, 11]);
    assert_eq!(v, View::Blocks(vec![1, 3, 4, 11]));
    assert_eq!((v.len(&doc), v.first(&doc), v.last(&doc)), (3, Some(1), Some(4)));
    assert_eq!((v.next(&doc, 1), v.next(&doc, 2), v.next(&doc, 4)), (Some(3), Some(3), None));
    assert_eq!((v.prev(&doc, 3), v.prev(&doc, 1), v.prev(&doc, 20)), (Some(1), None, Some(4)));
    assert!(v.contains(&doc, 3) && !v.contains(&doc, 2) && !v.contains(&doc, 11));
    let w = View::Whole;
    assert_eq!((w.len(&doc), w.first(&doc), w.last(&doc)), (5, Some(0), Some(4)));
    assert_eq!((w.next(&doc, 3), w.next(&doc, 4), w.prev(&doc, 0)), (Some(4), None, None));
    assert_eq!((w.prev(&doc, 9), w.at_or_after(&doc, 5)), (Some(4), None));
}
