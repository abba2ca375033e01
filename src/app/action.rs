//! The one vocabulary of things a user can do, and the commands keys are bound to: each
//! declared once with its name and description, which the keymap, the help overlay,
//! `lector keys` and the README table all read, so they can never disagree.

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
    // Reading with actors: filter, first mention, so far.
    FilterActor,
    FilterAddActor,
    FirstMention,
    ToggleSoFar,
    WithWhom,
    // Who is where, mentions in context, sidebar order, the brief (the panels).
    ToggleTopActors,
    SectionInfo,
    TogglePresence,
    NextDense,
    PrevDense,
    ListMentions,
    CycleSort,
    CycleKind,
    WriteBrief,
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
    // Marks, the jump list, reload and follow.
    /// `m`: the next letter names a mark set here.
    SetMark,
    /// `'`: the next letter names the mark to go to (`'` again: before the last jump).
    GoToMark,
    /// The letter typed after `m` or `'`.
    MarkLetter(char),
    /// A key other than a letter after `m` or `'`.
    MarkCancel,
    JumpBack,
    JumpForward,
    Reload,
    Follow,
    // Curation: the edit menu over the actor list, its operations, and undo.
    CurateOpen,
    CurateMerge,
    CurateRename,
    CurateHide,
    CurateKind,
    CurateDetach,
    CurateClose,
    CurateUndo,
}

/// A command a key can be bound to: its name in the keymap and config files, the action it
/// performs, and the line the help, `lector keys` and the README show for it.
#[derive(Debug)]
pub struct Command {
    pub name: &'static str,
    pub action: Action,
    pub description: &'static str,
}

const fn cmd(name: &'static str, action: Action, description: &'static str) -> Command {
    Command { name, action, description }
}

/// Every command, declared once, in the order the help and `lector keys` list them.
pub const COMMANDS: &[Command] = &[
    cmd("down", Action::Down, "down a line / next item"),
    cmd("up", Action::Up, "up a line / prev item"),
    cmd("page_down", Action::PageDown, "down a page"),
    cmd("page_up", Action::PageUp, "up a page"),
    cmd("half_page_down", Action::HalfPageDown, "down half a page"),
    cmd("half_page_up", Action::HalfPageUp, "up half a page"),
    cmd("top", Action::Top, "go to the start"),
    cmd("bottom", Action::Bottom, "go to the end"),
    cmd("prev_section", Action::PrevSection, "previous section"),
    cmd("next_section", Action::NextSection, "next section"),
    cmd("focus_next", Action::FocusNext, "focus the next pane"),
    cmd("focus_prev", Action::FocusPrev, "focus the previous pane"),
    cmd("activate", Action::Activate, "open section/pick actor"),
    cmd("clear", Action::Clear, "clear selection/search"),
    cmd("next_match", Action::NextMatch, "next mention or match"),
    cmd("prev_match", Action::PrevMatch, "previous mention/match"),
    cmd("search", Action::StartSearch, "search the text"),
    cmd("show_matches", Action::ShowMatches, "list the matches"),
    cmd("toggle_side_panes", Action::ToggleSidePanes, "show or hide side panes"),
    cmd("toggle_section_pane", Action::ToggleSectionPane, "show or hide sections"),
    cmd("toggle_actor_pane", Action::ToggleActorPane, "show or hide actors"),
    cmd("narrower_pane", Action::NarrowerPane, "narrower side pane"),
    cmd("wider_pane", Action::WiderPane, "wider side pane"),
    cmd("toggle_fold", Action::ToggleFold, "fold/unfold a section"),
    cmd("fold_level", Action::FoldLevel, "outline: fold to a level"),
    cmd("toggle_places", Action::TogglePlaces, "show or hide places"),
    cmd("toggle_mouse", Action::ToggleMouse, "mouse capture on or off"),
    // Marks, the jump list, reload and follow.
    cmd("set_mark", Action::SetMark, "set a mark: then a letter"),
    cmd("go_to_mark", Action::GoToMark, "go to a mark: then a letter ('' back)"),
    cmd("jump_back", Action::JumpBack, "back to the place before a jump"),
    cmd("jump_forward", Action::JumpForward, "forward again in the jump list"),
    cmd("reload", Action::Reload, "read the file again"),
    cmd("follow", Action::Follow, "follow the end as the file grows"),
    cmd("filter_actor", Action::FilterActor, "filter to the actor"),
    cmd("filter_add_actor", Action::FilterAddActor, "add actor to filter"),
    cmd("first_mention", Action::FirstMention, "actor's first mention"),
    cmd("toggle_so_far", Action::ToggleSoFar, "counts so far on/off"),
    cmd("toggle_top_actors", Action::ToggleTopActors, "sections: top actors"),
    cmd("section_info", Action::SectionInfo, "this section's statistics"),
    cmd("toggle_presence", Action::TogglePresence, "presence strip of actor"),
    cmd("next_dense", Action::NextDense, "next dense part for actor"),
    cmd("prev_dense", Action::PrevDense, "prev dense part for actor"),
    cmd("list_mentions", Action::ListMentions, "list the actor's mentions"),
    cmd("cycle_sort", Action::CycleSort, "actors: count/first/name"),
    cmd("cycle_kind", Action::CycleKind, "actors: narrow by kind"),
    cmd("write_brief", Action::WriteBrief, "write the actor brief"),
    // Curation (the edit menu over the actor list).
    cmd("edit_actor", Action::CurateOpen, "edit the actor (menu)"),
    cmd("undo_edit", Action::CurateUndo, "undo the last actor edit"),
    cmd("with_whom", Action::WithWhom, "actors sharing its paragraphs"),
    cmd("toggle_help", Action::ToggleHelp, "show or hide this help"),
    cmd("suspend", Action::Suspend, "suspend (fg resumes)"),
    cmd("quit", Action::Quit, "quit"),
    cmd("help_down", Action::HelpScroll(1), "scroll the help down a line"),
    cmd("help_up", Action::HelpScroll(-1), "scroll the help up a line"),
    cmd("help_page_down", Action::HelpScroll(8), "scroll the help down a page"),
    cmd("help_page_up", Action::HelpScroll(-8), "scroll the help up a page"),
    cmd("search_submit", Action::SearchSubmit, "run the search"),
    cmd("search_cancel", Action::SearchCancel, "leave the search prompt"),
    cmd("search_backspace", Action::SearchBackspace, "delete the last character"),
    cmd("search_delete_word", Action::SearchDeleteWord, "delete the last word"),
    cmd("search_clear_line", Action::SearchClearLine, "clear the search prompt"),
    cmd("search_history_prev", Action::SearchHistory(true), "an earlier search"),
    cmd("search_history_next", Action::SearchHistory(false), "a later search"),
    cmd("results_down", Action::ResultsStep(1), "next match in the list"),
    cmd("results_up", Action::ResultsStep(-1), "previous match in the list"),
    cmd("results_page_down", Action::ResultsStep(10), "ten matches down the list"),
    cmd("results_page_up", Action::ResultsStep(-10), "ten matches up the list"),
    cmd("results_choose", Action::ResultsChoose, "go to the match"),
    cmd("results_close", Action::ResultsClose, "close the list of matches"),
    // Curation (the edit menu over the actor list).
    cmd("edit_merge", Action::CurateMerge, "merge into another actor"),
    cmd("edit_rename", Action::CurateRename, "rename the actor"),
    cmd("edit_hide", Action::CurateHide, "hide the actor"),
    cmd("edit_kind", Action::CurateKind, "change the actor's kind"),
    cmd("edit_detach", Action::CurateDetach, "detach one of its names"),
    cmd("edit_close", Action::CurateClose, "close the edit menu"),
];

/// The command of a name, as the keymap and config files spell it.
pub fn command(name: &str) -> Option<&'static Command> {
    COMMANDS.iter().find(|c| c.name == name)
}
