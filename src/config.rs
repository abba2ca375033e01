//! The user's `config.toml` (beside `actors.toml` in lector's configuration directory), read
//! once at start: theme, side-pane widths, mouse and places defaults, the "so far" default and
//! a `[keys]` table over the embedded keymap. Every mistake (an unknown key, a wrong type, an
//! unknown action, a malformed chord) is one error naming the file and line. The TOML is read
//! as spanned values rather than through serde, so each of those errors can point at its line.

use crate::app::Keymap;
use crate::app::keymap::KeymapError;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The colour scheme asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    Dark,
    Light,
    Mono,
    /// Whatever the terminal and `NO_COLOR` say.
    #[default]
    Auto,
}

impl ThemeChoice {
    const NAMES: [(&'static str, ThemeChoice); 4] = [
        ("dark", ThemeChoice::Dark),
        ("light", ThemeChoice::Light),
        ("mono", ThemeChoice::Mono),
        ("auto", ThemeChoice::Auto),
    ];

    pub fn name(self) -> &'static str {
        Self::NAMES.iter().find(|(_, t)| *t == self).map_or("auto", |(n, _)| n)
    }

    /// The theme chosen by name; `None` for auto (the terminal decides).
    pub fn name_of_theme(self) -> Option<crate::ui::palette::ThemeName> {
        crate::ui::palette::ThemeName::parse(self.name())
    }
}

/// Settings the reader keeps in its state for work that gives them a meaning later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Prefs {
    pub theme: ThemeChoice,
    /// Whether counts start as "so far" (up to the reading position) rather than in all.
    pub so_far: bool,
}

/// One setting and whether the file set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Setting<T> {
    pub value: T,
    pub from_file: bool,
}

/// The effective configuration: the defaults with the user's file over them.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file that was looked for, and whether it was there.
    pub path: Option<PathBuf>,
    pub found: bool,
    pub theme: Setting<ThemeChoice>,
    pub sections_width: Setting<Option<u16>>,
    pub actors_width: Setting<Option<u16>>,
    pub mouse: Setting<bool>,
    pub places: Setting<bool>,
    pub so_far: Setting<bool>,
    pub keymap: Arc<Keymap>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            path: None,
            found: false,
            theme: Setting::default(),
            sections_width: Setting::default(),
            actors_width: Setting::default(),
            mouse: Setting::default(),
            places: Setting::default(),
            so_far: Setting::default(),
            keymap: Keymap::builtin(),
        }
    }
}

/// A config file that could not be used: "FILE:LINE: what is wrong".
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {}: {source}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}:{line}: {message}", path.display())]
    Invalid { path: PathBuf, line: usize, message: String },
}

/// Where the config file lives: `config.toml` in lector's configuration directory.
pub fn config_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "lector").map(|d| d.config_dir().join("config.toml"))
}

/// The narrowest side pane a config may ask for (the `<` key stops there too).
const MIN_WIDTH: i64 = crate::app::geometry::MIN_SIDE as i64;

impl Config {
    /// Reads the user's config file; no file means the defaults.
    pub fn load() -> Result<Config, ConfigError> {
        match config_file() {
            Some(path) if path.exists() => Config::load_from(&path),
            path => Ok(Config { path, ..Config::default() }),
        }
    }

    pub fn load_from(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| ConfigError::Read { path: path.to_path_buf(), source })?;
        Config::parse(&text, path)
    }

    /// Reads a config file's text; `path` names it in errors and in `lector config`.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let invalid = |span: std::ops::Range<usize>, message: String| ConfigError::Invalid {
            path: path.to_path_buf(),
            line: line_of(text, span.start),
            message,
        };
        let table = DeTable::parse(text)
            .map_err(|e| invalid(e.span().unwrap_or(0..0), e.message().to_string()))?;
        let mut config =
            Config { path: Some(path.to_path_buf()), found: true, ..Config::default() };
        for (key, value) in table.get_ref().iter() {
            let span = value.span();
            let name = key.get_ref().as_ref();
            match name {
                "theme" => {
                    let word = string(value).map_err(|m| invalid(span.clone(), m))?;
                    let theme = ThemeChoice::NAMES.iter().find(|(n, _)| *n == word);
                    let Some(&(_, theme)) = theme else {
                        let message = format!(
                            "theme must be \"dark\", \"light\", \"mono\" or \"auto\", not \"{word}\""
                        );
                        return Err(invalid(span, message));
                    };
                    config.theme = set(theme);
                }
                "sections_width" | "actors_width" => {
                    let width = width(name, value).map_err(|m| invalid(span, m))?;
                    match name {
                        "sections_width" => config.sections_width = set(Some(width)),
                        _ => config.actors_width = set(Some(width)),
                    }
                }
                "mouse" => config.mouse = set(boolean(name, value).map_err(|m| invalid(span, m))?),
                "places" => {
                    config.places = set(boolean(name, value).map_err(|m| invalid(span, m))?)
                }
                "so_far" => {
                    config.so_far = set(boolean(name, value).map_err(|m| invalid(span, m))?)
                }
                "keys" => {
                    let keymap = Keymap::with_user(value)
                        .map_err(|KeymapError { span, message }| invalid(span, message))?;
                    config.keymap = Arc::new(keymap);
                }
                other => {
                    let message = format!(
                        "unknown setting \"{other}\" (known: theme, sections_width, \
                         actors_width, mouse, places, so_far, keys)"
                    );
                    return Err(invalid(key.span(), message));
                }
            }
        }
        Ok(config)
    }

    /// What the reader keeps for later work.
    pub fn prefs(&self) -> Prefs {
        Prefs { theme: self.theme.value, so_far: self.so_far.value }
    }

    /// The effective configuration, one setting a line with where its value came from.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        let file = self.path.as_ref().map_or("(no configuration directory)".into(), |p| {
            let there = if self.found { "" } else { " (not found: defaults)" };
            format!("{}{there}", p.display())
        });
        let _ = writeln!(out, "# config file: {file}");
        let from = |s: bool| if s { "file" } else { "default" };
        let width = |w: Option<u16>| w.map_or("auto".to_string(), |w| w.to_string());
        let rows = [
            ("theme", format!("\"{}\"", self.theme.value.name()), self.theme.from_file),
            ("sections_width", width(self.sections_width.value), self.sections_width.from_file),
            ("actors_width", width(self.actors_width.value), self.actors_width.from_file),
            ("mouse", self.mouse.value.to_string(), self.mouse.from_file),
            ("places", self.places.value.to_string(), self.places.from_file),
            ("so_far", self.so_far.value.to_string(), self.so_far.from_file),
        ];
        for (name, value, in_file) in rows {
            let _ = writeln!(out, "{name:<15}= {value:<10} # {}", from(in_file));
        }
        let user = self
            .keymap
            .bindings()
            .iter()
            .filter(|b| b.origin == crate::app::keymap::Origin::User)
            .count();
        let _ = writeln!(
            out,
            "[keys]           # {user} from the file, the rest default (lector keys)"
        );
        out
    }
}

fn set<T>(value: T) -> Setting<T> {
    Setting { value, from_file: true }
}

fn string<'a>(value: &'a Spanned<DeValue<'_>>) -> Result<&'a str, String> {
    value.get_ref().as_str().ok_or_else(|| format!("expected a string, found {}", kind(value)))
}

fn boolean(name: &str, value: &Spanned<DeValue<'_>>) -> Result<bool, String> {
    let found = kind(value);
    value.get_ref().as_bool().ok_or_else(|| format!("{name} must be true or false, not {found}"))
}

fn width(name: &str, value: &Spanned<DeValue<'_>>) -> Result<u16, String> {
    let integer = value.get_ref().as_integer();
    let n = integer.and_then(|i| i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok());
    match n {
        Some(n) if (MIN_WIDTH..=500).contains(&n) => Ok(n as u16),
        Some(n) => Err(format!("{name} must be between {MIN_WIDTH} and 500 columns, not {n}")),
        None => Err(format!("{name} must be a number of columns, not {}", kind(value))),
    }
}

fn kind(value: &Spanned<DeValue<'_>>) -> &'static str {
    value.get_ref().type_str()
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, at: usize) -> usize {
    let before = &text.as_bytes()[..at.min(text.len())];
    before.iter().filter(|&&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests;
