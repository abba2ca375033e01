//! Themes as data: the colours of the dark and light palettes, and which theme to use
//! (a choice from the configuration, `NO_COLOR`, or the background the terminal reports).
//!
//! The dark palette is the reader's original colours. The light palette's actor colours are
//! the Okabe–Ito set, darkened for a light background: told apart by readers with any common
//! colour-vision deficiency. Colour is never the only cue: the actor list pairs every colour
//! with the actor's kind letter, and mono keeps every distinction with emphasis alone.

use ratatui::style::Color;

/// The three themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    Dark,
    Light,
    Mono,
}

impl ThemeName {
    /// A theme by its name in the configuration: `dark`, `light` or `mono`.
    pub fn parse(name: &str) -> Option<ThemeName> {
        match name {
            "dark" => Some(ThemeName::Dark),
            "light" => Some(ThemeName::Light),
            "mono" => Some(ThemeName::Mono),
            _ => None,
        }
    }

    /// The palette of a coloured theme; mono has none.
    pub fn palette(self) -> Option<&'static Palette> {
        match self {
            ThemeName::Dark => Some(&DARK),
            ThemeName::Light => Some(&LIGHT),
            ThemeName::Mono => None,
        }
    }
}

/// The colours of a coloured theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    /// Actor colours, in rank order (most mentioned first), repeating past the end.
    pub actors: &'static [Color],
    pub heading: Color,
    pub code: Color,
    pub quote_bar: Color,
    pub border_focused: Color,
    pub border: Color,
    pub current: Color,
    pub search_bg: Color,
    pub search_fg: Color,
    pub status_bg: Color,
    pub status_fg: Color,
}

const fn ix(i: u8) -> Color {
    Color::Indexed(i)
}

/// The original colours, for a dark background (256-colour palette).
pub const DARK: Palette = Palette {
    actors: &[
        ix(203),
        ix(75),
        ix(114),
        ix(221),
        ix(176),
        ix(80),
        ix(215),
        ix(147),
        ix(150),
        ix(210),
        ix(117),
        ix(186),
    ],
    heading: ix(117),
    code: ix(180),
    quote_bar: ix(244),
    border_focused: ix(117),
    border: ix(240),
    current: ix(221),
    search_bg: ix(226),
    search_fg: Color::Black,
    status_bg: ix(236),
    status_fg: ix(252),
};

/// For a light background: the Okabe–Ito hues (vermillion, blue, bluish green, orange,
/// reddish purple, sky blue) at a depth that reads on white, then the same set again.
pub const LIGHT: Palette = Palette {
    actors: &[
        Color::Rgb(0xB3, 0x4A, 0x00),
        Color::Rgb(0x00, 0x5A, 0x8F),
        Color::Rgb(0x00, 0x7A, 0x5A),
        Color::Rgb(0x9A, 0x62, 0x00),
        Color::Rgb(0x9E, 0x3F, 0x7D),
        Color::Rgb(0x1F, 0x78, 0xA8),
    ],
    heading: ix(25),
    code: ix(94),
    quote_bar: ix(245),
    border_focused: ix(25),
    border: ix(250),
    current: ix(130),
    search_bg: ix(229),
    search_fg: Color::Black,
    status_bg: ix(254),
    status_fg: ix(235),
};

/// Which theme to use: `NO_COLOR` (set and not empty) always means mono; else the
/// configured theme; else light when the terminal reports a light background in
/// `COLORFGBG`, and dark otherwise.
pub fn choose(configured: Option<ThemeName>, no_color: bool, colorfgbg: Option<&str>) -> ThemeName {
    if no_color {
        return ThemeName::Mono;
    }
    configured.unwrap_or(if colorfgbg.is_some_and(light_background) {
        ThemeName::Light
    } else {
        ThemeName::Dark
    })
}

/// Whether `COLORFGBG` ("foreground;background", sometimes with a middle field) names a light
/// background: white (7) or a bright colour other than bright black (9–15).
pub fn light_background(colorfgbg: &str) -> bool {
    let bg = colorfgbg.rsplit(';').next().and_then(|b| b.trim().parse::<u8>().ok());
    matches!(bg, Some(7 | 9..=15))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_wins_then_the_configuration_then_the_background() {
        assert_eq!(choose(Some(ThemeName::Light), true, Some("0;15")), ThemeName::Mono);
        assert_eq!(choose(Some(ThemeName::Dark), false, Some("0;15")), ThemeName::Dark);
        assert_eq!(choose(None, false, Some("0;15")), ThemeName::Light);
        assert_eq!(choose(None, false, Some("15;0")), ThemeName::Dark);
        assert_eq!(choose(None, false, None), ThemeName::Dark);
    }

    #[test]
    fn the_background_is_the_last_field_of_colorfgbg() {
        for light in ["0;15", "0;7", "0;default;15", "12;9"] {
            assert!(light_background(light), "{light}");
        }
        for dark in ["15;0", "7;8", "0;default", "", "garbage", "0;16", "0;300"] {
            assert!(!light_background(dark), "{dark}");
        }
    }

    #[test]
    fn themes_have_names_and_mono_has_no_palette() {
        assert_eq!(ThemeName::parse("light").and_then(ThemeName::palette), Some(&LIGHT));
        assert_eq!(ThemeName::parse("dark").and_then(ThemeName::palette), Some(&DARK));
        assert_eq!(ThemeName::parse("mono").map(ThemeName::palette), Some(None));
        assert_eq!(ThemeName::parse("solarized"), None);
    }

    #[test]
    fn every_palette_has_distinct_actor_colours() {
        for p in [&DARK, &LIGHT] {
            for (i, a) in p.actors.iter().enumerate() {
                assert!(!p.actors[i + 1..].contains(a), "{a:?} twice");
            }
        }
    }
}
