//! The keymap as data: the embedded `assets/keymap.toml` binds key chords to command names,
//! one table per layer (reading, help, search prompt, list of matches), and a user's `[keys]`
//! table rebinds over it. Dispatch, the help overlay, `lector keys` and the README table all
//! read this one map. The router picks the layer; what a layer does with a key it does not
//! bind (the help closes, the prompt types it) is behaviour, so it stays here in code.

use super::action::{Action, COMMANDS, Command, command};
use super::chord::Chord;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::ops::Range;
use std::sync::{Arc, OnceLock};
use toml::de::{DeTable, DeValue};

const BUILT_IN: &str = include_str!("../../assets/keymap.toml");

/// Which layer of bindings a key goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Normal,
    Help,
    SearchPrompt,
    /// The list of matches in context.
    Results,
    /// The actor edit menu.
    Curate,
}

impl Layer {
    pub const ALL: [Layer; 5] =
        [Layer::Normal, Layer::Help, Layer::SearchPrompt, Layer::Results, Layer::Curate];

    /// The layer's table name in the keymap and config files.
    pub fn name(self) -> &'static str {
        match self {
            Layer::Normal => "normal",
            Layer::Help => "help",
            Layer::SearchPrompt => "prompt",
            Layer::Results => "results",
            Layer::Curate => "curate",
        }
    }

    fn named(name: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.name() == name)
    }
}

/// Where a binding comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Default,
    User,
}

/// One chord bound to a command in a layer.
#[derive(Debug, Clone)]
pub struct Binding {
    pub layer: Layer,
    pub chord: Chord,
    pub command: &'static Command,
    pub origin: Origin,
}

/// A mistake in a keymap table: the message, and the byte range of the text it is about (the
/// caller turns it into a file and line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeymapError {
    pub span: Range<usize>,
    pub message: String,
}

/// Every binding, user bindings first within a layer (the help shows a command's first keys).
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Keymap {
    /// The default bindings from the embedded `assets/keymap.toml`, read once.
    pub fn builtin() -> Arc<Keymap> {
        static BUILT: OnceLock<Arc<Keymap>> = OnceLock::new();
        Arc::clone(BUILT.get_or_init(|| {
            let table = DeTable::parse(BUILT_IN).expect("the embedded keymap is TOML (tested)");
            let mut found = Vec::new();
            for (layer, value) in table.get_ref().iter() {
                let layer = Layer::named(layer.get_ref()).expect("the embedded layers are known");
                found.extend(read_layer(layer, value).expect("the embedded keymap is valid"));
            }
            // The parser sorts keys; the file's order is the order the help shows chords in.
            found.sort_by_key(|(_, at)| *at);
            Arc::new(Keymap { bindings: found.into_iter().map(|(b, _)| b).collect() })
        }))
    }

    /// The defaults with a user's `[keys]` table over them: bare entries bind in the reading
    /// layer, sub-tables (`[keys.results]`) in the layer they name. A user binding replaces
    /// the default binding of the same chord in the same layer.
    pub fn with_user(keys: &toml::Spanned<DeValue<'_>>) -> Result<Keymap, KeymapError> {
        let Some(table) = keys.get_ref().as_table() else {
            return Err(KeymapError { span: keys.span(), message: "keys must be a table".into() });
        };
        let mut user = Vec::new();
        let mut normal = DeTable::new();
        for (name, value) in table.iter() {
            match value.get_ref() {
                DeValue::Table(_) => {
                    let Some(layer) = Layer::named(name.get_ref()) else {
                        let layers = Layer::ALL.map(Layer::name).join(", ");
                        let message =
                            format!("unknown key layer \"{}\" (one of: {layers})", name.get_ref());
                        return Err(KeymapError { span: name.span(), message });
                    };
                    user.extend(read_layer(layer, value)?);
                }
                _ => {
                    normal.insert(name.clone(), value.clone());
                }
            }
        }
        let normal = toml::Spanned::new(keys.span(), DeValue::Table(normal));
        user.extend(read_layer(Layer::Normal, &normal)?);
        // In the order the file writes them, so the help shows the first one first.
        user.sort_by_key(|(_, at)| *at);
        let mut bindings: Vec<Binding> =
            user.into_iter().map(|(b, _)| Binding { origin: Origin::User, ..b }).collect();
        for b in Keymap::builtin().bindings.iter() {
            if !bindings.iter().any(|u| u.layer == b.layer && u.chord == b.chord) {
                bindings.push(b.clone());
            }
        }
        Ok(Keymap { bindings })
    }

    /// Every binding: per layer, in the order the help and `lector keys` list them.
    pub fn bindings(&self) -> Vec<&Binding> {
        let mut all: Vec<&Binding> = self.bindings.iter().collect();
        let rank = |b: &Binding| {
            let layer = Layer::ALL.iter().position(|&l| l == b.layer).unwrap_or(0);
            let command = COMMANDS.iter().position(|c| c.name == b.command.name);
            (layer, command.unwrap_or(usize::MAX))
        };
        all.sort_by_key(|b| rank(b));
        all
    }

    /// The chords bound to a command in a layer, user chords first.
    pub fn chords(&self, layer: Layer, command: &Command) -> Vec<Chord> {
        let of = |b: &&Binding| b.layer == layer && b.command.name == command.name;
        self.bindings.iter().filter(of).map(|b| b.chord).collect()
    }

    /// The help's rows: each command bound in the reading layer, with its first two chords
    /// (the column holds two; `lector keys` lists them all).
    pub fn help_rows(&self) -> Vec<(String, &'static str)> {
        COMMANDS
            .iter()
            .filter_map(|c| {
                let chords = self.chords(Layer::Normal, c);
                let shown: Vec<String> = chords.iter().take(2).map(Chord::to_string).collect();
                (!shown.is_empty()).then(|| (shown.join("  "), c.description))
            })
            .collect()
    }

    /// Maps a key press to an action in a layer; `None` for keys that do nothing there.
    pub fn action_for(&self, key: KeyEvent, layer: Layer) -> Option<Action> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let chord = Chord::of(key);
        let bound =
            |chord: Chord| self.bindings.iter().find(|b| b.layer == layer && b.chord == chord);
        if let Some(b) = bound(chord).or_else(|| bound(chord.without_alt())) {
            return Some(b.command.action);
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match (layer, key.code) {
            (Layer::Help, _) => Some(Action::ToggleHelp),
            (Layer::SearchPrompt, KeyCode::Char(c)) if !ctrl => Some(Action::SearchInput(c)),
            _ => None,
        }
    }
}

/// Reads one layer's table of chord = "command"; each binding comes with where it was written.
fn read_layer(
    layer: Layer,
    value: &toml::Spanned<DeValue<'_>>,
) -> Result<Vec<(Binding, usize)>, KeymapError> {
    let Some(table) = value.get_ref().as_table() else {
        let message = format!("[{}] must be a table of key = \"command\"", layer.name());
        return Err(KeymapError { span: value.span(), message });
    };
    let mut found = Vec::new();
    for (chord, name) in table.iter() {
        let parsed = Chord::parse(chord.get_ref())
            .map_err(|message| KeymapError { span: chord.span(), message })?;
        let Some(text) = name.get_ref().as_str() else {
            let message = format!("the command for \"{}\" must be a string", chord.get_ref());
            return Err(KeymapError { span: name.span(), message });
        };
        let Some(command) = command(text) else {
            let message = format!("unknown action \"{text}\" (`lector keys` lists them)");
            return Err(KeymapError { span: name.span(), message });
        };
        let binding = Binding { layer, chord: parsed, command, origin: Origin::Default };
        found.push((binding, chord.span().start));
    }
    Ok(found)
}

/// The keymap as a Markdown table, one row per command bound in a layer.
pub fn markdown(keymap: &Keymap) -> String {
    let mut out = String::new();
    for layer in Layer::ALL {
        let heading = match layer {
            Layer::Normal => "reading",
            Layer::Help => "in the help",
            Layer::SearchPrompt => "in the search prompt",
            Layer::Results => "in the list of matches",
            Layer::Curate => "in the actor edit menu",
        };
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&format!("| keys ({heading}) | action | does |\n|---|---|---|\n"));
        for c in COMMANDS {
            let chords = keymap.chords(layer, c);
            if chords.is_empty() {
                continue;
            }
            let keys: Vec<String> = chords.iter().map(|k| format!("`{}`", cell(k))).collect();
            out.push_str(&format!("| {} | `{}` | {} |\n", keys.join(" "), c.name, c.description));
        }
    }
    out
}

/// A chord as a table cell: a `|` would end the cell.
fn cell(chord: &Chord) -> String {
    chord.to_string().replace('|', "\\|")
}

#[cfg(test)]
mod tests;
