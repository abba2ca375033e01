//! Setting a table out at a width: column widths from the cells' natural widths, each cell
//! wrapped in its column, rows as tall as their tallest cell.
//!
//! Columns that fit keep their natural width; when the table is too wide, the narrow columns
//! keep theirs and the wide ones share what is left equally (so a column of short numbers is
//! never squeezed to make room for a column of prose). Cells are byte ranges, so a table row
//! is drawn from the document text like any other row.

use super::wrap::{display_width, longest_word, wrap_ranges};
use crate::model::{Align, Table};
use std::ops::Range;

/// Columns between two table columns.
pub const GAP: usize = 2;

/// One cell's text on one visual row: where it starts on the row, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub column: u16,
    pub range: Range<usize>,
    pub header: bool,
}

/// One visual row of a table: the range from its first to its last cell, and the cells.
pub type TableLine = (Range<usize>, Vec<Cell>);

/// Lays a table out at `width` columns.
pub fn layout_table(text: &str, table: &Table, width: usize) -> Vec<TableLine> {
    let n = table.columns();
    let cell_text = |r: &Range<usize>| text.get(r.clone()).unwrap_or("");
    let mut natural = vec![1usize; n];
    let mut words = vec![1usize; n];
    for row in &table.rows {
        for (i, cell) in row.cells.iter().enumerate() {
            natural[i] = natural[i].max(display_width(cell_text(cell)));
            words[i] = words[i].max(longest_word(cell_text(cell)));
        }
    }
    let widths = fit_columns(&natural, &words, width.saturating_sub(GAP * n.saturating_sub(1)));
    let mut starts = Vec::with_capacity(n);
    let mut x = 0;
    for w in &widths {
        starts.push(x);
        x += w + GAP;
    }
    let mut lines = Vec::new();
    for row in &table.rows {
        let wrapped: Vec<Vec<Range<usize>>> = row
            .cells
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                let s = cell_text(cell);
                if s.is_empty() {
                    return Vec::new();
                }
                wrap_ranges(s, widths[i])
                    .into_iter()
                    .map(|r| cell.start + r.start..cell.start + r.end)
                    .collect()
            })
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let row_start = row.cells.first().map_or(0, |c| c.start);
        for k in 0..height {
            let mut cells = Vec::new();
            for (i, frags) in wrapped.iter().enumerate() {
                let Some(range) = frags.get(k) else { continue };
                let free = widths[i].saturating_sub(display_width(cell_text(range)));
                let offset = match table.align.get(i).copied().unwrap_or_default() {
                    Align::Left => 0,
                    Align::Center => free / 2,
                    Align::Right => free,
                };
                let column = u16::try_from(starts[i] + offset).unwrap_or(u16::MAX);
                cells.push(Cell { column, range: range.clone(), header: row.header });
            }
            let range = match (
                cells.iter().map(|c| c.range.start).min(),
                cells.iter().map(|c| c.range.end).max(),
            ) {
                (Some(a), Some(b)) => a..b,
                _ => row_start..row_start,
            };
            lines.push((range, cells));
        }
    }
    if lines.is_empty() {
        lines.push((0..0, Vec::new()));
    }
    lines
}

/// Column widths for a measure of `avail` columns: natural widths when they fit. Otherwise
/// every column first gets its longest word (when all of those fit, so no word is cut), then
/// the room left goes first to the columns that need least to reach their natural width, in
/// equal shares.
pub fn fit_columns(natural: &[usize], words: &[usize], avail: usize) -> Vec<usize> {
    if natural.iter().sum::<usize>() <= avail {
        return natural.to_vec();
    }
    let floor: Vec<usize> = natural.iter().zip(words).map(|(&n, &w)| w.min(n).max(1)).collect();
    let floor = if floor.iter().sum::<usize>() <= avail { floor } else { vec![1; natural.len()] };
    let mut order: Vec<usize> = (0..natural.len()).collect();
    order.sort_by_key(|&i| natural[i] - floor[i]);
    let mut widths = floor.clone();
    let mut left = avail.saturating_sub(floor.iter().sum::<usize>());
    for (done, &i) in order.iter().enumerate() {
        let share = left / (natural.len() - done);
        let extra = (natural[i] - floor[i]).min(share);
        widths[i] += extra;
        left -= extra;
    }
    widths
}

#[cfg(test)]
mod tests;
