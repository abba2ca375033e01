//! Rendering only: each frame is drawn from `&State` by short-lived widgets that borrow it.

mod curate;
mod help;
mod lists;
mod mentions;
pub mod palette;
mod reader;
mod results;
mod status;
mod strip;
pub mod theme;
mod whom;

pub use lists::fit;
pub use theme::Theme;

use crate::app::State;
use help::HelpOverlay;
use lists::{ActorSidebar, SectionList};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use reader::ReadingPane;
use status::StatusBar;

/// Draws one frame.
pub fn render(frame: &mut Frame, state: &State, theme: Theme) {
    draw(state, theme, frame.area(), frame.buffer_mut());
}

/// Draws the whole screen into a buffer (the terminal size is `state.size`).
pub fn draw(state: &State, theme: Theme, area: Rect, buf: &mut Buffer) {
    let panes = state.panes();
    if panes.too_small {
        let msg = "Terminal too small: make it at least 20×5.";
        Paragraph::new(Line::styled(msg, theme.message()))
            .wrap(Wrap { trim: true })
            .render(area, buf);
        return;
    }
    if let Some(r) = panes.sections {
        SectionList { state, theme }.render(r, buf);
    }
    ReadingPane { state, theme }.render(panes.reader, buf);
    strip::PresenceStrip { state, theme }.render(buf);
    if let Some(r) = panes.actors {
        ActorSidebar { state, theme }.render(r, buf);
    }
    StatusBar { state, theme }.render(panes.status, buf);
    if state.curation.stage.is_some() {
        curate::EditMenu { state, theme }.render(area, buf);
    }
    if state.results.is_some() {
        results::MatchList { state, theme }.render(area, buf);
    }
    if state.panels.mentions.is_some() {
        mentions::MentionsList { state, theme }.render(area, buf);
    }
    if state.whom.is_some() {
        whom::WhomList { state, theme }.render(area, buf);
    }
    if state.show_help {
        HelpOverlay { theme, keymap: &state.keymap, scroll: state.help_scroll }.render(area, buf);
    }
}

#[cfg(test)]
mod tests;
