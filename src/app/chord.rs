//! Key chords as the keymap and config files write them (`j`, `G`, `ctrl-f`, `shift-tab`,
//! `pagedown`) and as the help shows them (`Ctrl-f`, `PgDn`, `↓`). A key event from the
//! terminal is normalised the same way, so a lookup is one comparison.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fmt;

/// A key with its modifiers. Shift is part of the character (`G`), never a modifier of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Chord {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

/// Named keys, as files write them and as the help shows them.
const NAMED: &[(&str, KeyCode, &str)] = &[
    ("space", KeyCode::Char(' '), "Space"),
    ("enter", KeyCode::Enter, "Enter"),
    ("esc", KeyCode::Esc, "Esc"),
    ("tab", KeyCode::Tab, "Tab"),
    ("shift-tab", KeyCode::BackTab, "Shift-Tab"),
    ("backspace", KeyCode::Backspace, "Backspace"),
    ("delete", KeyCode::Delete, "Delete"),
    ("insert", KeyCode::Insert, "Insert"),
    ("up", KeyCode::Up, "↑"),
    ("down", KeyCode::Down, "↓"),
    ("left", KeyCode::Left, "←"),
    ("right", KeyCode::Right, "→"),
    ("home", KeyCode::Home, "Home"),
    ("end", KeyCode::End, "End"),
    ("pageup", KeyCode::PageUp, "PgUp"),
    ("pagedown", KeyCode::PageDown, "PgDn"),
];

impl Chord {
    /// The chord of a key event from the terminal.
    pub fn of(key: KeyEvent) -> Chord {
        let code = match key.code {
            KeyCode::Tab if key.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            code => code,
        };
        Chord::new(code, key.modifiers)
    }

    fn new(code: KeyCode, modifiers: KeyModifiers) -> Chord {
        // Shift is dropped: it is in the character, and Shift with a named key (Shift-↓)
        // does what the key does.
        let modifiers = modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        // Terminals report Ctrl with a letter in either case; bind the lower one.
        let code = match code {
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            code => code,
        };
        Chord { code, modifiers }
    }

    /// The same chord without Alt: a terminal that sends Alt with a key the reader does not
    /// bind with Alt still gets the plain key's action.
    pub fn without_alt(self) -> Chord {
        Chord { code: self.code, modifiers: self.modifiers - KeyModifiers::ALT }
    }

    /// Reads a chord as files write it; the error says what is wrong with it.
    pub fn parse(text: &str) -> Result<Chord, String> {
        let mut rest = text;
        let mut modifiers = KeyModifiers::NONE;
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.chars().count() > 1 && lower.starts_with("ctrl-") {
                modifiers |= KeyModifiers::CONTROL;
                rest = &rest[5..];
            } else if rest.chars().count() > 1 && lower.starts_with("alt-") {
                modifiers |= KeyModifiers::ALT;
                rest = &rest[4..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() && c != ' ' => KeyCode::Char(c),
            _ => named(rest).ok_or_else(|| format!("\"{text}\" is not a key chord"))?,
        };
        Ok(Chord::new(code, modifiers))
    }
}

fn named(name: &str) -> Option<KeyCode> {
    let lower = name.to_ascii_lowercase();
    if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
        return (1..=12).contains(&n).then_some(KeyCode::F(n));
    }
    NAMED.iter().find(|(n, ..)| *n == lower).map(|&(_, code, _)| code)
}

/// As the help shows it: `Ctrl-f`, `Space`, `↓`, `G`.
impl fmt::Display for Chord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        match NAMED.iter().find(|(_, code, _)| *code == self.code) {
            Some((_, _, shown)) => f.write_str(shown),
            None => match self.code {
                KeyCode::Char(c) => write!(f, "{c}"),
                KeyCode::F(n) => write!(f, "F{n}"),
                other => write!(f, "{other:?}"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chords_read_as_files_write_them() {
        let c = |code, m| Chord { code, modifiers: m };
        assert_eq!(Chord::parse("j"), Ok(c(KeyCode::Char('j'), KeyModifiers::NONE)));
        assert_eq!(Chord::parse("G"), Ok(c(KeyCode::Char('G'), KeyModifiers::NONE)));
        assert_eq!(Chord::parse("ctrl-f"), Ok(c(KeyCode::Char('f'), KeyModifiers::CONTROL)));
        assert_eq!(Chord::parse("Ctrl-F"), Ok(c(KeyCode::Char('f'), KeyModifiers::CONTROL)));
        assert_eq!(Chord::parse("-"), Ok(c(KeyCode::Char('-'), KeyModifiers::NONE)));
        assert_eq!(Chord::parse("ctrl--"), Ok(c(KeyCode::Char('-'), KeyModifiers::CONTROL)));
        assert_eq!(Chord::parse("shift-tab"), Ok(c(KeyCode::BackTab, KeyModifiers::NONE)));
        assert_eq!(Chord::parse("PageDown"), Ok(c(KeyCode::PageDown, KeyModifiers::NONE)));
        assert_eq!(Chord::parse("f5"), Ok(c(KeyCode::F(5), KeyModifiers::NONE)));
        for bad in ["", "ctrl-", "pgdown", "f13", "ctrl-nothing", "\u{1b}", " "] {
            assert!(Chord::parse(bad).is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn terminal_events_meet_the_chords_files_write() {
        let shift_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Chord::parse("G"), Ok(Chord::of(shift_g)));
        let back = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(Chord::parse("shift-tab"), Ok(Chord::of(back)));
        let shift_tab = KeyEvent::new(KeyCode::Tab, KeyModifiers::SHIFT);
        assert_eq!(Chord::parse("shift-tab"), Ok(Chord::of(shift_tab)));
        let ctrl_shift_c = KeyEvent::new(KeyCode::Char('C'), KeyModifiers::CONTROL);
        assert_eq!(Chord::parse("ctrl-c"), Ok(Chord::of(ctrl_shift_c)));
    }

    #[test]
    fn chords_show_as_the_help_writes_them() {
        let shown = |s: &str| Chord::parse(s).map(|c| c.to_string());
        assert_eq!(shown("ctrl-f"), Ok("Ctrl-f".into()));
        assert_eq!(shown("down"), Ok("↓".into()));
        assert_eq!(shown("space"), Ok("Space".into()));
        assert_eq!(shown("shift-tab"), Ok("Shift-Tab".into()));
        assert_eq!(shown("pagedown"), Ok("PgDn".into()));
        assert_eq!(shown("alt-x"), Ok("Alt-x".into()));
    }
}
