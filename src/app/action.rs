//! The one vocabulary of things a user can do. Each variant has a one-line description, which
//! the keymap and the help overlay both read, so they can never disagree.

/// A user command, produced by the keymap (or the mouse) and consumed by `update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Down,
    Up,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
    PrevSection,
    NextSection,
    FocusNext,
    FocusPrev,
    Activate,
    Clear,
    NextMatch,
    PrevMatch,
    StartSearch,
    ShowMatches,
    ToggleHelp,
    ToggleSidePanes,
    ToggleSectionPane,
    ToggleActorPane,
    NarrowerPane,
    WiderPane,
    ToggleFold,
    FoldLevel,
    TogglePlaces,
    ToggleMouse,
    Suspend,
    Quit,
    /// The terminal was resized to (columns, rows).
    Resize(u16, u16),
    /// The mouse wheel turned over a cell (column, row); `down` scrolls forward.
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
    /// A left click on a cell (column, row).
    Click {
        column: u16,
        row: u16,
    },
    /// A character typed into the search prompt.
    SearchInput(char),
    SearchBackspace,
    /// Ctrl-W: delete the word before the cursor.
    SearchDeleteWord,
    /// Ctrl-U: clear the prompt.
    SearchClearLine,
    /// Up / Down: earlier / later searches.
    SearchHistory(bool),
    SearchSubmit,
    SearchCancel,
    /// Scrolls the help overlay by rows (down when positive).
    HelpScroll(i16),
    /// Moves the cursor of the list of matches by rows.
    ResultsStep(i16),
    ResultsChoose,
    ResultsClose,
}

impl Action {
    /// What the action does, for the help overlay.
    pub fn description(self) -> &'static str {
        match self {
            Action::Down => "down a line / next item",
            Action::Up => "up a line / prev item",
            Action::PageDown => "down a page",
            Action::PageUp => "up a page",
            Action::HalfPageDown => "down half a page",
            Action::HalfPageUp => "up half a page",
            Action::Top => "go to the start",
            Action::Bottom => "go to the end",
            Action::PrevSection => "previous section",
            Action::NextSection => "next section",
            Action::FocusNext => "focus the next pane",
            Action::FocusPrev => "focus the previous pane",
            Action::Activate => "open section/pick actor",
            Action::Clear => "clear selection/search",
            Action::NextMatch => "next mention or match",
            Action::PrevMatch => "previous mention/match",
            Action::StartSearch => "search the text",
            Action::ShowMatches => "list the matches",
            Action::ToggleHelp => "show or hide this help",
            Action::ToggleSidePanes => "show or hide side panes",
            Action::ToggleSectionPane => "show or hide sections",
            Action::ToggleActorPane => "show or hide actors",
            Action::NarrowerPane => "narrower side pane",
            Action::WiderPane => "wider side pane",
            Action::ToggleFold => "fold/unfold a section",
            Action::FoldLevel => "outline: fold to a level",
            Action::TogglePlaces => "show or hide places",
            Action::ToggleMouse => "mouse capture on or off",
            Action::Suspend => "suspend (fg resumes)",
            Action::Quit => "quit",
            Action::Resize(..) => "the terminal was resized",
            Action::Wheel { .. } => "scroll the pane under the mouse",
            Action::Click { .. } => "select the section or actor under the mouse",
            Action::SearchInput(_) => "type into the search prompt",
            Action::SearchBackspace => "delete the last character of the search",
            Action::SearchDeleteWord => "delete the last word of the search",
            Action::SearchClearLine => "clear the search prompt",
            Action::SearchHistory(_) => "an earlier or later search",
            Action::SearchSubmit => "run the search",
            Action::SearchCancel => "leave the search prompt",
            Action::HelpScroll(_) => "scroll the help",
            Action::ResultsStep(_) => "move in the list of matches",
            Action::ResultsChoose => "go to the match",
            Action::ResultsClose => "close the list of matches",
        }
    }
}
