//! Properties of the layout on arbitrary text (wide characters, combining marks, emoji, RTL,
//! tabs and stray whitespace), ingested the way the reader ingests a file: wrapping never
//! loses, repeats or overflows text, scrolling is reversible and anchors round-trip.

use lector::app::{Action, State, update};
use lector::ingest::{self, Format, Source};
use lector::layout::{Anchor, Layout, block_indent, display_width};
use lector::model::{BlockKind, Document};
use lector::ui::{self, Theme};
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Pieces arbitrary text is built from: words in several scripts, whitespace of every kind
/// the reader meets, and the characters that trip width measuring.
const ATOMS: &[&str] = &[
    "the",
    "Kremlin",
    "a",
    "supercalifragilistic",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\n \n",
    " \n",
    "漢字",
    "の文章",
    "😀",
    "👨‍👩‍👧",
    "🇵🇰",
    "e\u{301}",
    "a\u{300}\u{316}",
    "\u{200b}",
    "\u{200d}",
    "اردو",
    "پښتو",
    "العربية",
    "עברית",
    "# ",
    "- ",
    "> ",
    "1. ",
    "—",
    "…",
    "\u{a0}",
    "\u{3000}",
    "ﷺ",
    "x\u{20e3}",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ATOMS), 0..120).prop_map(|v| v.concat())
}

fn parse(text: &str, markdown: bool) -> Document {
    let (name, format) =
        if markdown { ("p.md", Format::Markdown) } else { ("p.txt", Format::Text) };
    let source = Source { name: name.into(), bytes: text.as_bytes().to_vec(), format };
    ingest::parse(source).expect("text is never binary")
}

fn non_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Checks every wrapped line of every block; returns a description of the first failure.
fn check_lines(doc: &Document, width: usize) -> Result<(), String> {
    let layout = Layout::new(width);
    for (i, block) in doc.blocks.iter().enumerate() {
        if block.kind == BlockKind::Table {
            check_table(doc, &layout, i)?;
            continue;
        }
        let room = width.saturating_sub(usize::from(block_indent(block.kind))).max(1);
        let lines = layout.lines(doc, i);
        if lines.is_empty() {
            return Err(format!("block {i} has no line"));
        }
        let mut prev_end = block.range().start;
        let mut joined = String::new();
        for r in lines.iter() {
            if r.start < prev_end || r.end < r.start || r.end > block.range().end {
                return Err(format!(
                    "line {r:?} out of order or outside block {:?}",
                    block.range()
                ));
            }
            let Some(line) = doc.text.get(r.clone()) else {
                return Err(format!("line {r:?} is not on char boundaries"));
            };
            let w = display_width(line);
            // A lone zero-width grapheme (a joiner at a line start) takes no cell.
            let visible = line.graphemes(true).filter(|g| g.width() > 0).count();
            if w > room && visible != 1 {
                return Err(format!("line {line:?} is {w} columns wide in {room}"));
            }
            joined.push_str(line);
            prev_end = r.end;
        }
        let whole = doc.slice(&block.range());
        if non_space(&joined) != non_space(whole) {
            return Err(format!("block {whole:?} wrapped to {joined:?}"));
        }
    }
    Ok(())
}

/// A table row's range runs from its first cell to its last, so its width is not what is
/// drawn: each cell lies in the block on char boundaries, and the cells of a row, placed at
/// their columns, never overlap (a cell wider than its column is one grapheme).
fn check_table(doc: &Document, layout: &Layout, block: usize) -> Result<(), String> {
    let range = &doc.blocks[block].range();
    for row in 0..layout.lines(doc, block).len() {
        let cells = layout.row(doc, Anchor { block, row }).map(|r| r.cells).unwrap_or_default();
        let mut free = 0;
        for cell in &cells {
            let r = &cell.range;
            if r.start < range.start || r.end > range.end || r.start > r.end {
                return Err(format!("cell {r:?} outside table {range:?}"));
            }
            let Some(text) = doc.text.get(r.clone()) else {
                return Err(format!("cell {r:?} is not on char boundaries"));
            };
            let column = usize::from(cell.column);
            if column < free {
                return Err(format!("cell {text:?} at column {column} overlaps its neighbour"));
            }
            let lone = text.graphemes(true).filter(|g| g.width() > 0).count() <= 1;
            free = column + if lone { 1 } else { display_width(text) };
        }
    }
    Ok(())
}

/// Every row anchor of a document, in order.
fn all_anchors(layout: &Layout, doc: &Document) -> Vec<Anchor> {
    (0..doc.blocks.len())
        .flat_map(|block| (0..layout.rows(doc, block)).map(move |row| Anchor { block, row }))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn wrapped_lines_stay_in_their_block_and_lose_nothing(
        text in text(), width in 1usize..200, markdown: bool,
    ) {
        let doc = parse(&text, markdown);
        if let Err(why) = check_lines(&doc, width) {
            prop_assert!(false, "{why}\ntext: {text:?}\nwidth: {width}");
        }
    }

    #[test]
    fn stepping_forward_then_back_returns_unless_clamped(
        text in text(), width in 1usize..60, start in 0usize..400, n in 0isize..50,
    ) {
        let doc = parse(&text, false);
        let layout = Layout::new(width);
        let anchors = all_anchors(&layout, &doc);
        prop_assume!(!anchors.is_empty());
        let from = anchors[start % anchors.len()];
        let to = layout.step(&doc, from, n);
        let index = |a: Anchor| anchors.iter().position(|&x| x == a);
        let (Some(i), Some(j)) = (index(from), index(to)) else {
            return Err(TestCaseError::fail(format!("{to:?} is not a row")));
        };
        // Not clamped: moved exactly n rows, and back again.
        if i + n.unsigned_abs() < anchors.len() {
            prop_assert_eq!(j, i + n.unsigned_abs());
            prop_assert_eq!(layout.step(&doc, to, -n), from);
        } else {
            prop_assert_eq!(to, layout.end(&doc));
        }
    }

    #[test]
    fn anchor_of_offset_of_round_trips_for_text_rows(text in text(), width in 1usize..80) {
        let doc = parse(&text, false);
        let layout = Layout::new(width);
        for a in all_anchors(&layout, &doc) {
            let Some(row) = layout.row(&doc, a) else { continue };
            if row.spacer {
                continue;
            }
            let offset = layout.offset_of(&doc, a);
            prop_assert_eq!(layout.anchor_of(&doc, offset), a, "offset {}, row {:?}", offset, row);
        }
    }
}

/// The line `check_lines` first broke on, found by fuzzing: spaces and a tab before a hard
/// newline were measured as one column instead of three.
#[test]
fn fuzz_regression_spaces_before_a_newline() {
    let bytes =
        b"Ti\x8c\x93\x9a\xf5\xf5\xb7\x9a\x93l text w\x04ca\xe9 an\xefovith \x1b]5;pwned\x07 and \
        \xc2\x9b2J and\x1c \xff\xee\t\n\x04ca\xe9 an\xefov\x1c \xff \xe2\x80\xee\t\n\xae bidi.\n\n";
    let source = Source { name: "f.txt".into(), bytes: bytes.to_vec(), format: Format::Text };
    let doc = ingest::parse(source).expect("text");
    for width in 1..100 {
        if let Err(why) = check_lines(&doc, width) {
            panic!("{why} at width {width}");
        }
    }
}

/// Found by fuzzing with tables as seeds: at a width narrower than its columns, a table
/// row's range (first cell to last) was held to the width of a line, and the rows of a
/// wrapped row to the order of lines. Its cells, at every width, still lie in the table and
/// never overlap.
#[test]
fn fuzz_regression_tables_wider_than_the_pane() {
    for text in [
        include_str!("fixtures/fuzz/table-wider-than-the-pane.md"),
        include_str!("fixtures/fuzz/table-of-many-rows.md"),
    ] {
        let doc = parse(text, true);
        assert!(doc.blocks.iter().any(|b| b.kind == BlockKind::Table));
        for width in 1..100 {
            if let Err(why) = check_lines(&doc, width) {
                panic!("{why} at width {width}");
            }
        }
    }
}

const MIXED: &str = include_str!("fixtures/hostile/mixed-scripts.txt");

/// Mixed scripts: no row is wider than the pane, and each row on screen is exactly the
/// logical text of its range (newlines drawn as spaces): right-to-left runs are left in
/// logical order for the terminal to shape, never reordered or dropped by the reader.
#[test]
fn mixed_scripts_fit_the_pane_and_stay_in_logical_order() {
    let doc = parse(MIXED, false);
    for width in 1..120 {
        if let Err(why) = check_lines(&doc, width) {
            panic!("{why} at width {width}");
        }
    }
    for (cols, rows) in [(20u16, 30u16), (33, 40), (61, 50), (80, 60), (140, 60)] {
        let area = Rect::new(0, 0, cols, rows);
        let mut state = State::new(doc.clone(), area);
        update(&mut state, Action::Resize(cols, rows));
        let text_area = state.panes().text_area();
        let mut pages = 0;
        loop {
            let mut buf = Buffer::empty(area);
            ui::draw(&state, Theme::MONO, area, &mut buf);
            let visible =
                state.layout.visible(&state.doc, state.top, usize::from(text_area.height));
            for (i, row) in visible.iter().enumerate().filter(|(_, r)| !r.spacer) {
                let y = text_area.y + i as u16;
                let x0 = text_area.x + row.indent;
                let shown = row_text(&buf, x0, text_area.right(), y);
                let logical = state.doc.slice(&row.range).replace('\n', " ");
                // Zero-width graphemes (a lone joiner) take no cell: the buffer skips them.
                let expected: String = logical.graphemes(true).filter(|g| g.width() > 0).collect();
                assert_eq!(shown.trim_end(), expected.trim_end(), "row {row:?} at {cols}x{rows}");
            }
            let before = state.top;
            update(&mut state, Action::PageDown);
            pages += 1;
            if state.top == before || pages > 200 {
                break;
            }
        }
    }
}

/// The text of a buffer row from `x0` to `right`, one grapheme per cell, skipping the cells
/// a wide grapheme covers.
fn row_text(buf: &Buffer, x0: u16, right: u16, y: u16) -> String {
    let mut out = String::new();
    let mut x = x0;
    while x < right {
        let symbol = buf[(x, y)].symbol();
        out.push_str(symbol);
        x += u16::try_from(symbol.width().max(1)).unwrap_or(1);
    }
    out
}
