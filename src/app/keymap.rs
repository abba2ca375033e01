//! Default key bindings, and the router that picks the layer (search prompt, help, normal).

use super::action::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// One default binding: the keys as the help shows them, and what they do.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static str,
    pub action: Action,
}

/// Every default binding, in the order the help overlay lists them.
pub const BINDINGS: &[Binding] = &[
    Binding { keys: "j  ↓", action: Action::Down },
    Binding { keys: "k  ↑", action: Action::Up },
    Binding { keys: "Space  Ctrl-f", action: Action::PageDown },
    Binding { keys: "b  Ctrl-b", action: Action::PageUp },
    Binding { keys: "Ctrl-d", action: Action::HalfPageDown },
    Binding { keys: "Ctrl-u", action: Action::HalfPageUp },
    Binding { keys: "g  Home", action: Action::Top },
    Binding { keys: "G  End", action: Action::Bottom },
    Binding { keys: "[", action: Action::PrevSection },
    Binding { keys: "]", action: Action::NextSection },
    Binding { keys: "Tab", action: Action::FocusNext },
    Binding { keys: "Shift-Tab", action: Action::FocusPrev },
    Binding { keys: "Enter", action: Action::Activate },
    Binding { keys: "Esc", action: Action::Clear },
    Binding { keys: "n", action: Action::NextMatch },
    Binding { keys: "N", action: Action::PrevMatch },
    Binding { keys: "/", action: Action::StartSearch },
    Binding { keys: "M", action: Action::ShowMatches },
    Binding { keys: "s", action: Action::ToggleSidePanes },
    Binding { keys: "o", action: Action::ToggleSectionPane },
    Binding { keys: "a", action: Action::ToggleActorPane },
    Binding { keys: "<", action: Action::NarrowerPane },
    Binding { keys: ">", action: Action::WiderPane },
    Binding { keys: "z", action: Action::ToggleFold },
    Binding { keys: "Z", action: Action::FoldLevel },
    Binding { keys: "p", action: Action::TogglePlaces },
    Binding { keys: "m", action: Action::ToggleMouse },
    Binding { keys: "?", action: Action::ToggleHelp },
    Binding { keys: "Ctrl-z", action: Action::Suspend },
    Binding { keys: "q  Ctrl-c", action: Action::Quit },
];

/// Which layer of bindings a key goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Normal,
    Help,
    SearchPrompt,
    /// The list of matches in context.
    Results,
}

/// Maps a key press to an action in a layer; `None` for keys that do nothing there.
pub fn action_for(key: KeyEvent, layer: Layer) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c')) {
        return Some(Action::Quit);
    }
    match layer {
        Layer::SearchPrompt => search_prompt(key, ctrl),
        Layer::Help => match key.code {
            KeyCode::Char('q') => Some(Action::Quit),
            KeyCode::Char('j') | KeyCode::Down => Some(Action::HelpScroll(1)),
            KeyCode::Char('k') | KeyCode::Up => Some(Action::HelpScroll(-1)),
            KeyCode::Char(' ') | KeyCode::PageDown => Some(Action::HelpScroll(8)),
            KeyCode::Char('b') | KeyCode::PageUp => Some(Action::HelpScroll(-8)),
            _ => Some(Action::ToggleHelp),
        },
        Layer::Results => results(key),
        Layer::Normal => normal(key, ctrl),
    }
}

fn search_prompt(key: KeyEvent, ctrl: bool) -> Option<Action> {
    match key.code {
        KeyCode::Enter => Some(Action::SearchSubmit),
        KeyCode::Esc => Some(Action::SearchCancel),
        KeyCode::Backspace => Some(Action::SearchBackspace),
        KeyCode::Char('w') if ctrl => Some(Action::SearchDeleteWord),
        KeyCode::Char('u') if ctrl => Some(Action::SearchClearLine),
        KeyCode::Up => Some(Action::SearchHistory(true)),
        KeyCode::Down => Some(Action::SearchHistory(false)),
        KeyCode::Char(c) if !ctrl => Some(Action::SearchInput(c)),
        _ => None,
    }
}

fn results(key: KeyEvent) -> Option<Action> {
    let action = match key.code {
        KeyCode::Char('j') | KeyCode::Down => Action::ResultsStep(1),
        KeyCode::Char('k') | KeyCode::Up => Action::ResultsStep(-1),
        KeyCode::Char(' ') | KeyCode::PageDown => Action::ResultsStep(10),
        KeyCode::Char('b') | KeyCode::PageUp => Action::ResultsStep(-10),
        KeyCode::Enter => Action::ResultsChoose,
        KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('M') => Action::ResultsClose,
        _ => return None,
    };
    Some(action)
}

fn normal(key: KeyEvent, ctrl: bool) -> Option<Action> {
    use KeyCode::*;
    let action = match key.code {
        Char('d') if ctrl => Action::HalfPageDown,
        Char('u') if ctrl => Action::HalfPageUp,
        Char('f') if ctrl => Action::PageDown,
        Char('z') if ctrl => Action::Suspend,
        Char('b') if ctrl => Action::PageUp,
        _ if ctrl => return None,
        Char('j') | Down => Action::Down,
        Char('k') | Up => Action::Up,
        Char(' ') | PageDown => Action::PageDown,
        Char('b') | PageUp => Action::PageUp,
        Char('g') | Home => Action::Top,
        Char('G') | End => Action::Bottom,
        Char('[') => Action::PrevSection,
        Char(']') => Action::NextSection,
        Tab => Action::FocusNext,
        BackTab => Action::FocusPrev,
        Enter => Action::Activate,
        Esc => Action::Clear,
        Char('n') => Action::NextMatch,
        Char('N') => Action::PrevMatch,
        Char('/') => Action::StartSearch,
        Char('M') => Action::ShowMatches,
        Char('s') => Action::ToggleSidePanes,
        Char('o') => Action::ToggleSectionPane,
        Char('a') => Action::ToggleActorPane,
        Char('<') => Action::NarrowerPane,
        Char('>') => Action::WiderPane,
        Char('z') => Action::ToggleFold,
        Char('Z') => Action::FoldLevel,
        Char('p') => Action::TogglePlaces,
        Char('m') => Action::ToggleMouse,
        Char('?') => Action::ToggleHelp,
        Char('q') => Action::Quit,
        _ => return None,
    };
    Some(action)
}
