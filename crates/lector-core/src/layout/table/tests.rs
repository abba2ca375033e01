//! Column widths and wrapped cells.

use super::*;
use crate::model::TableRow;

/// A table of rows of cells, its text one row a line with cells joined by " | ".
fn table(rows: &[&[&str]], align: Vec<Align>) -> (String, Table) {
    let mut text = String::new();
    let mut out = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        if r > 0 {
            text.push('\n');
        }
        let mut cells = Vec::new();
        for (c, cell) in row.iter().enumerate() {
            if c > 0 {
                text.push_str(" | ");
            }
            cells.push(text.len()..text.len() + cell.len());
            text.push_str(cell);
        }
        out.push(TableRow { cells, header: r == 0 });
    }
    (text, Table { block: 0, align, rows: out })
}

/// Draws the laid-out lines as the reading pane would.
fn draw(text: &str, lines: &[TableLine]) -> Vec<String> {
    lines
        .iter()
        .map(|(_, cells)| {
            let mut s = String::new();
            for c in cells {
                while display_width(&s) < usize::from(c.column) {
                    s.push(' ');
                }
                s.push_str(&text[c.range.clone()]);
            }
            s
        })
        .collect()
}

#[test]
fn columns_line_up_at_their_natural_widths() {
    let (text, t) = table(
        &[&["Crate", "Downloads", "Use"], &["serde", "300M", "data"], &["rayon", "90M", "threads"]],
        vec![Align::Left, Align::Right, Align::Left],
    );
    let lines = layout_table(&text, &t, 80);
    assert_eq!(
        draw(&text, &lines),
        vec!["Crate  Downloads  Use", "serde       300M  data", "rayon        90M  threads"]
    );
    assert!(lines[0].1.iter().all(|c| c.header) && lines[1].1.iter().all(|c| !c.header));
}

#[test]
fn a_wide_column_wraps_inside_its_cell_and_narrow_ones_keep_their_width() {
    let (text, t) = table(
        &[&["Key", "What it does"], &["j", "moves down one line in the reading pane"]],
        vec![],
    );
    let lines = layout_table(&text, &t, 20);
    assert_eq!(
        draw(&text, &lines),
        vec!["Key  What it does", "j    moves down one", "     line in the", "     reading pane"]
    );
    for (range, cells) in &lines {
        for c in cells {
            assert!(range.start <= c.range.start && c.range.end <= range.end);
        }
    }
    let starts: Vec<usize> = lines.iter().map(|(r, _)| r.start).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "rows in text order: {starts:?}");
}

#[test]
fn fitting_shares_what_is_left_among_the_wide_columns() {
    assert_eq!(fit_columns(&[3, 40, 50], &[3, 5, 5], 100), vec![3, 40, 50]);
    assert_eq!(fit_columns(&[3, 40, 50], &[3, 5, 5], 43), vec![3, 20, 20]);
    assert_eq!(fit_columns(&[5, 5, 5], &[5, 5, 5], 2), vec![1, 1, 1]);
}

#[test]
fn no_word_is_cut_when_every_column_can_hold_its_longest_word() {
    // An identifier of 16 columns in a narrow column keeps its width; the prose column gives.
    assert_eq!(fit_columns(&[16, 60], &[16, 9], 40), vec![16, 24]);
    // Without room for every longest word, the equal shares decide.
    assert_eq!(fit_columns(&[30, 30], &[25, 25], 40), vec![20, 20]);
}

#[test]
fn no_row_is_wider_than_the_measure() {
    let (text, t) = table(
        &[&["a long header cell", "b", "another long header"], &["x y z w v u t s", "", "q"]],
        vec![Align::Center; 3],
    );
    for width in 8..60 {
        for line in draw(&text, &layout_table(&text, &t, width)) {
            assert!(display_width(&line) <= width, "{line:?} at {width}");
        }
    }
}
