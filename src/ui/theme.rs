//! Colours and emphasis. Without colour (mono, or NO_COLOR) every distinction is kept with
//! emphasis alone: bold, underline, reverse, dim. The colours come from the chosen palette
//! (`ui::palette`): dark or light, picked by the configuration or the terminal's background.

use super::palette::{self, DARK, LIGHT, Palette, ThemeName};
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub colour: bool,
    pub palette: &'static Palette,
}

impl Theme {
    pub const DARK: Theme = Theme { colour: true, palette: &DARK };
    pub const LIGHT: Theme = Theme { colour: true, palette: &LIGHT };
    pub const MONO: Theme = Theme { colour: false, palette: &DARK };

    /// A theme by name.
    pub fn named(name: ThemeName) -> Theme {
        match name {
            ThemeName::Dark => Theme::DARK,
            ThemeName::Light => Theme::LIGHT,
            ThemeName::Mono => Theme::MONO,
        }
    }

    /// The theme the configuration asks for (`None`: auto), with `NO_COLOR` and the
    /// background the terminal reports in `COLORFGBG` read from the environment.
    pub fn choose(configured: Option<ThemeName>) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let colorfgbg = std::env::var("COLORFGBG").ok();
        Theme::named(palette::choose(configured, no_color, colorfgbg.as_deref()))
    }

    /// Dark unless the NO_COLOR convention asks for mono; the background is not consulted,
    /// so what tests draw does not depend on the terminal they run in.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if no_color { Theme::MONO } else { Theme::DARK }
    }

    fn fg(self, c: Color) -> Style {
        if self.colour { Style::new().fg(c) } else { Style::new() }
    }

    /// The colour of an actor by its rank (most mentioned first); stable for a document.
    pub fn actor_colour(self, rank: usize) -> Color {
        self.palette.actors[rank % self.palette.actors.len()]
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
            Style::new().bg(self.palette.search_bg).fg(self.palette.search_fg)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn heading(self, level: u8) -> Style {
        let s = self.fg(self.palette.heading).add_modifier(Modifier::BOLD);
        if level <= 1 { s.add_modifier(Modifier::UNDERLINED) } else { s }
    }

    pub fn caption(self) -> Style {
        Style::new().add_modifier(Modifier::DIM | Modifier::ITALIC)
    }

    pub fn code(self) -> Style {
        self.fg(self.palette.code)
    }

    pub fn quote_bar(self) -> Style {
        self.fg(self.palette.quote_bar)
    }

    pub fn border(self, focused: bool) -> Style {
        if focused {
            self.fg(self.palette.border_focused).add_modifier(Modifier::BOLD)
        } else {
            self.fg(self.palette.border)
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
        self.fg(self.palette.current).add_modifier(Modifier::BOLD)
    }

    pub fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn status(self) -> Style {
        if self.colour {
            Style::new().bg(self.palette.status_bg).fg(self.palette.status_fg)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn message(self) -> Style {
        self.status().add_modifier(Modifier::BOLD)
    }
}
