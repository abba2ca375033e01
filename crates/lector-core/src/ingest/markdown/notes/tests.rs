//! Link notes in the rendered text.

use super::super::render_document;
use crate::model::{BlockKind, Emphasis};

fn kinds_and_text(src: &str) -> (String, Vec<(BlockKind, String)>) {
    let r = render_document(src);
    let blocks = r.blocks.iter().map(|b| (b.kind, r.text[b.range()].to_string())).collect();
    (r.text, blocks)
}

#[test]
fn link_targets_are_numbered_notes_after_their_block() {
    let (_, blocks) = kinds_and_text(
        "See the [guide](https://example.org/guide) and [docs](https://docs.example.org).\n\n\
         Then [more](https://example.org/more).\n",
    );
    assert_eq!(
        blocks,
        vec![
            (BlockKind::Paragraph, "See the guide[1] and docs[2].".to_string()),
            (
                BlockKind::Notes,
                "[1] https://example.org/guide\n[2] https://docs.example.org".to_string()
            ),
            (BlockKind::Paragraph, "Then more[3].".to_string()),
            (BlockKind::Notes, "[3] https://example.org/more".to_string()),
        ]
    );
}

#[test]
fn the_link_text_keeps_its_style_and_the_number_stays_outside_it() {
    let r = render_document("A [link](https://x.example) here.\n");
    let link = r.styles.iter().find(|s| s.emphasis == Emphasis::Link).expect("link style");
    assert_eq!(&r.text[link.range.clone()], "link");
}

#[test]
fn autolinks_and_anchors_get_no_note() {
    let (text, blocks) = kinds_and_text(
        "Visit <https://example.org> or read [usage](#usage).\n\n- [x](http://a.example)\n- y\n",
    );
    assert_eq!(text.matches('[').count(), 2, "{text}");
    assert!(text.starts_with("Visit https://example.org or read usage."), "{text}");
    let kinds: Vec<BlockKind> = blocks.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        kinds,
        [
            BlockKind::Paragraph,
            BlockKind::ListItem { depth: 1 },
            BlockKind::ListItem { depth: 1 },
            BlockKind::Notes
        ]
    );
}

#[test]
fn links_in_table_cells_are_listed_after_the_table() {
    let (_, blocks) = kinds_and_text("| a | b |\n|---|---|\n| [x](https://x.example) | y |\n");
    assert_eq!(blocks[0].0, BlockKind::Table);
    assert_eq!(blocks[1], (BlockKind::Notes, "[1] https://x.example".to_string()));
}

#[test]
fn a_list_or_quote_keeps_its_notes_until_it_ends() {
    let (_, blocks) = kinds_and_text(
        "- [a](https://a.example)\n  - [b](https://b.example)\n- c\n\n> [d](https://d.example)\n>\n> e\n\nf\n",
    );
    let kinds: Vec<BlockKind> = blocks.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        kinds,
        [
            BlockKind::ListItem { depth: 1 },
            BlockKind::ListItem { depth: 2 },
            BlockKind::ListItem { depth: 1 },
            BlockKind::Notes,
            BlockKind::Quote { depth: 1 },
            BlockKind::Quote { depth: 1 },
            BlockKind::Notes,
            BlockKind::Paragraph,
        ]
    );
    assert_eq!(blocks[3].1, "[1] https://a.example\n[2] https://b.example");
}
