//! The actor edit menu (`e`): the operations with their letters, read from the keymap's
//! `curate` layer, then the chooser an operation opens (other actors, kinds or the actor's
//! names, narrowed by what is typed), drawn over the actor list.

use super::lists::fit;
use super::theme::Theme;
use crate::app::curate::{Curation, Op, Stage};
use crate::app::{Action, COMMANDS, Layer, State, geometry};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

const WIDTH: u16 = 40;

pub struct EditMenu<'a> {
    pub state: &'a State,
    pub theme: Theme,
}

impl EditMenu<'_> {
    /// The menu's lines: each operation's first key and description.
    fn menu_lines(&self) -> Vec<Line<'static>> {
        let keymap = &self.state.keymap;
        COMMANDS
            .iter()
            // Quitting is bound here too, but it is no edit.
            .filter(|c| c.action != Action::Quit)
            .filter_map(|c| {
                let key = keymap.chords(Layer::Curate, c).first()?.to_string();
                Some(Line::from(vec![
                    Span::styled(format!(" {key:<6}"), self.theme.current()),
                    Span::raw(c.description),
                ]))
            })
            .collect()
    }

    /// The chooser's lines: the typed text, then the candidates it lets through.
    fn choose_lines(&self, stage: &Stage, rows: usize, width: usize) -> Vec<Line<'static>> {
        let query = self.state.prompt.clone().unwrap_or_default();
        let mut lines = vec![Line::from(format!(" > {}█", fit(&query, width.saturating_sub(4))))];
        if let Stage::Choose { items, cursor, .. } = stage {
            let shown = Curation::shown(items, &query);
            let room = rows.saturating_sub(1).max(1);
            let first = cursor.saturating_sub(room - 1);
            for (i, item) in shown.iter().enumerate().skip(first).take(room) {
                let style = if i == *cursor { self.theme.cursor(true) } else { Style::new() };
                let label = fit(&item.label, width.saturating_sub(2));
                lines.push(Line::styled(format!(" {label:<w$}", w = width - 1), style));
            }
            if shown.is_empty() {
                lines.push(Line::styled(" (nothing matches)", self.theme.dim()));
            }
        } else {
            lines.push(Line::styled(" Enter renames, Esc leaves it", self.theme.dim()));
        }
        lines
    }
}

impl Widget for EditMenu<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let Some(stage) = &state.curation.stage else { return };
        let actor = match stage {
            Stage::Menu { actor } | Stage::Choose { actor, .. } | Stage::Rename { actor } => *actor,
        };
        let name = state.doc.actors.get(actor).map_or("", |a| a.name.as_str());
        let title = match stage {
            Stage::Menu { .. } => format!(" Edit {name} "),
            Stage::Rename { .. } => format!(" Rename {name} "),
            Stage::Choose { op: Op::Merge, .. } => format!(" Merge {name} into "),
            Stage::Choose { op: Op::Kind, .. } => format!(" Kind of {name} "),
            Stage::Choose { op: Op::Detach, .. } => format!(" Detach from {name} "),
        };
        // Over the actor list when it is shown, else at the right of the screen.
        let list = state.panes().actors.unwrap_or(area);
        // Wide enough for the title (a long name), never wider than the screen.
        let wanted = u16::try_from(crate::layout::display_width(&title) + 4).unwrap_or(u16::MAX);
        let width = wanted.max(WIDTH).min(area.width);
        let x = (list.x + list.width).saturating_sub(width).max(area.x);
        let y = list.y.min(area.height.saturating_sub(3));
        let most = area.height.saturating_sub(y + 1).max(3);
        let inner_width = usize::from(width.saturating_sub(2));
        let lines = match stage {
            Stage::Menu { .. } => self.menu_lines(),
            _ => self.choose_lines(stage, usize::from(most.saturating_sub(2)).min(12), inner_width),
        };
        let height = (lines.len() as u16 + 2).min(most);
        let popup = Rect { x, y, width, height };
        Clear.render(popup, buf);
        Block::new()
            .borders(Borders::ALL)
            .border_style(self.theme.border(true))
            .title(fit(&title, inner_width))
            .render(popup, buf);
        let inner = geometry::inset(popup);
        for (i, line) in lines.iter().take(usize::from(inner.height)).enumerate() {
            buf.set_line(inner.x, inner.y + i as u16, line, inner.width);
        }
    }
}
