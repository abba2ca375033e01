//! Which row of each side list holds what, for a pane: one geometry that the renderer draws
//! and a click reads. Where each list starts is kept in the state between messages, so a
//! list moves only as far as keeps its cursor in view, never on a click.

use super::{State, geometry, outline::OutlineRow};
use ratatui::layout::Rect;

/// One row of the section list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SectionListRow {
    /// A line of a section's (wrapped) title.
    Title(OutlineRow),
    /// The section's top actors, under its title's last line (with `T`), at `indent` columns.
    TopActors { section: usize, indent: usize, line: String },
}

impl SectionListRow {
    /// The section the row belongs to: the one a click on it goes to.
    pub fn section(&self) -> usize {
        match self {
            SectionListRow::Title(row) => row.section,
            SectionListRow::TopActors { section, .. } => *section,
        }
    }
}

impl State {
    /// The first actor the actor list shows in a bordered pane of `pane`: where it was, moved
    /// only as far as brings the cursor into view.
    pub fn actor_list_top(&self, pane: Rect) -> usize {
        let height = usize::from(pane.height.saturating_sub(2)).max(1);
        let len = self.actor_order.len();
        let cursor = self.actor_cursor.min(len.saturating_sub(1));
        // No rows left empty below the last actor while earlier ones could fill them.
        let top = self.actor_top.min(len.saturating_sub(height));
        top.clamp(cursor.saturating_sub(height - 1), cursor)
    }

    /// The rows the section list shows in a bordered pane, top to bottom: each line of a
    /// wrapped title, and with `T` each section's top actors under it.
    pub fn section_list_rows(&self, pane: Rect) -> Vec<SectionListRow> {
        let inner = geometry::inset(pane);
        let height = usize::from(inner.height);
        let tops = self.panels.top_actors.then_some(self.panels.reading.as_ref()).flatten();
        // With top actors a section takes up to twice its rows: ask for half as many title
        // rows, so the cursor's section is still on screen.
        let asked = if tops.is_some() { height / 2 } else { height };
        let rows = self.outline.rows(
            self.section_cursor,
            self.section_top,
            usize::from(inner.width),
            asked,
            |s| self.section_title(s),
        );
        let mut out = Vec::with_capacity(height);
        for (k, row) in rows.iter().enumerate() {
            let (section, indent) = (row.section, row.indent);
            let last_row = rows.get(k + 1).is_none_or(|next| next.section != section);
            out.push(SectionListRow::Title(row.clone()));
            let top = tops.filter(|_| last_row).and_then(|r| r.sections.get(section));
            let line = top.map(|s| s.top_line(&self.doc, 3)).filter(|l| !l.is_empty());
            if let Some(line) = line {
                out.push(SectionListRow::TopActors { section, indent, line });
            }
        }
        out.truncate(height);
        out
    }
}

/// Remembers where each side list now starts, after whatever moved a cursor or changed a
/// list: the next frame draws from there, and the next message moves it only if it must.
pub(super) fn keep_list_tops(state: &mut State) {
    let panes = state.panes();
    if let Some(pane) = panes.actors {
        state.actor_top = state.actor_list_top(pane);
    }
    if let Some(first) =
        panes.sections.and_then(|pane| state.section_list_rows(pane).first().cloned())
    {
        state.section_top = first.section();
    }
}
