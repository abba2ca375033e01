//! Tables in the rendered text and the cells kept for the layout.

use super::super::render_document;
use crate::model::{Align, BlockKind};

const README_TABLE: &str = "Intro.\n\n\
| Crate | Version | Notes |\n\
|:------|--------:|:-----:|\n\
| serde | 1.0 | *data* formats |\n\
| rayon | 1.12 | |\n\nAfter.\n";

#[test]
fn a_table_is_one_block_of_rows_without_its_delimiter_row() {
    let r = render_document(README_TABLE);
    assert_eq!(
        r.text,
        "Intro.\n\nCrate | Version | Notes\nserde | 1.0 | data formats\nrayon | 1.12 | \n\nAfter."
    );
    let kinds: Vec<BlockKind> = r.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(kinds, [BlockKind::Paragraph, BlockKind::Table, BlockKind::Paragraph]);
    assert!(!r.text.contains("---"));
}

#[test]
fn cells_are_ranges_into_the_text_with_header_and_alignment() {
    let r = render_document(README_TABLE);
    assert_eq!(r.tables.len(), 1);
    let t = &r.tables[0];
    assert_eq!(t.block, 1);
    assert_eq!(t.align, [Align::Left, Align::Right, Align::Center]);
    let rows: Vec<(bool, Vec<&str>)> = t
        .rows
        .iter()
        .map(|row| (row.header, row.cells.iter().map(|c| &r.text[c.clone()]).collect()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (true, vec!["Crate", "Version", "Notes"]),
            (false, vec!["serde", "1.0", "data formats"]),
            (false, vec!["rayon", "1.12", ""]),
        ]
    );
    let italic = r.styles.iter().find(|s| &r.text[s.range.clone()] == "data");
    assert!(italic.is_some(), "emphasis inside a cell is kept");
}

#[test]
fn pipes_without_a_delimiter_row_are_text() {
    let r = render_document("a | b\nc | d\n");
    assert!(r.tables.is_empty());
    assert_eq!(r.text, "a | b c | d");
}
