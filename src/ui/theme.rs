//! Colours and emphasis. Without colour (NO_COLOR) every distinction is kept with emphasis
//! alone: bold, underline, reverse, dim. The colours are the dark palette's
//! (`ui::palette`); choosing the light one is for the configuration to wire.

use super::palette::DARK;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub colour: bool,
}

impl Theme {
    /// Colour unless the NO_COLOR convention asks otherwise.
    pub fn from_env() -> Theme {
        Theme { colour: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) }
    }

    fn fg(self, c: Color) -> Style {
        if self.colour { Style::new().fg(c) } else { Style::new() }
    }

    /// The colour of an actor by its rank (most mentioned first); stable for a document.
    pub fn actor_colour(self, rank: usize) -> Color {
        DARK.actors[rank % DARK.actors.len()]
    }

    /// A mention in the text.
    pub fn mention(self, rank: usize) -> Style {
        if self.colour {
            Style::new().fg(self.actor_colour(rank))
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        }
    }

    /// A mention of the selected actor: stands out from everything else.
    pub fn selected_mention(self, rank: usize) -> Style {
        let s = Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED);
        if self.colour { s.fg(self.actor_colour(rank)) } else { s }
    }

    pub fn search_match(self) -> Style {
        if self.colour {
            Style::new().bg(DARK.search_bg).fg(DARK.search_fg)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn heading(self, level: u8) -> Style {
        let s = self.fg(DARK.heading).add_modifier(Modifier::BOLD);
        if level <= 1 { s.add_modifier(Modifier::UNDERLINED) } else { s }
    }

    pub fn caption(self) -> Style {
        Style::new().add_modifier(Modifier::DIM | Modifier::ITALIC)
    }

    pub fn code(self) -> Style {
        self.fg(DARK.code)
    }

    pub fn quote_bar(self) -> Style {
        self.fg(DARK.quote_bar)
    }

    pub fn border(self, focused: bool) -> Style {
        if focused {
            self.fg(DARK.border_focused).add_modifier(Modifier::BOLD)
        } else {
            self.fg(DARK.border)
        }
    }

    pub fn cursor(self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        }
    }

    pub fn current(self) -> Style {
        self.fg(DARK.current).add_modifier(Modifier::BOLD)
    }

    pub fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn status(self) -> Style {
        if self.colour {
            Style::new().bg(DARK.status_bg).fg(DARK.status_fg)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn message(self) -> Style {
        self.status().add_modifier(Modifier::BOLD)
    }
}
