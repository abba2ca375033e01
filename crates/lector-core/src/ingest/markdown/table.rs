//! Markdown tables: cells written into the text one row per line, separated by " | ", with
//! each cell's byte range kept so the layout can set the columns out at any width.
//!
//! The delimiter row (`| --- |`) is syntax, never text; column alignment comes from it.

use super::Renderer;
use crate::model::{Align, BlockKind, Table, TableRow};
use pulldown_cmark::Alignment;
use std::ops::Range;

/// A table being written.
pub(super) struct TableBuild {
    align: Vec<Align>,
    rows: Vec<TableRow>,
    row: Vec<Range<usize>>,
    cell_start: usize,
    header: bool,
}

impl Renderer {
    pub(super) fn table_start(&mut self, alignments: &[Alignment]) {
        self.begin_block(BlockKind::Table);
        let align = alignments
            .iter()
            .map(|a| match a {
                Alignment::Right => Align::Right,
                Alignment::Center => Align::Center,
                Alignment::Left | Alignment::None => Align::Left,
            })
            .collect();
        self.table = Some(TableBuild {
            align,
            rows: Vec::new(),
            row: Vec::new(),
            cell_start: 0,
            header: false,
        });
    }

    pub(super) fn table_row_start(&mut self, header: bool) {
        let Some(t) = self.table.as_mut() else { return };
        if !t.rows.is_empty() {
            self.out.push('\n');
        }
        t.row.clear();
        t.header = header;
    }

    pub(super) fn table_cell_start(&mut self) {
        let Some(t) = self.table.as_mut() else { return };
        if !t.row.is_empty() {
            self.out.push_str(" | ");
        }
        t.cell_start = self.out.len();
    }

    pub(super) fn table_cell_end(&mut self) {
        let end = self.out.len();
        if let Some(t) = self.table.as_mut() {
            t.row.push(t.cell_start..end);
        }
    }

    pub(super) fn table_row_end(&mut self) {
        if let Some(t) = self.table.as_mut() {
            let cells = std::mem::take(&mut t.row);
            t.rows.push(TableRow { cells, header: t.header });
        }
    }

    pub(super) fn table_end(&mut self) {
        let before = self.blocks.len();
        self.close_block();
        let Some(t) = self.table.take() else { return };
        if self.blocks.len() > before {
            self.tables.push(Table { block: before, align: t.align, rows: t.rows });
        }
    }
}

#[cfg(test)]
mod tests;
