//! View state and how actions change it. The document is shared read-only; everything the
//! user can change (scroll, focus, selections, search, toggles) lives in [`State`].
//!
//! One reducer, [`update`], takes every [`Msg`] (an action from a key or the mouse, a resize,
//! a job's result) and is the only code that changes the state. What only the shell can do
//! (quit, suspend, capture the mouse, run slow work on a thread) it returns as [`Effect`]s.

mod action;
pub mod chord;
mod chosen;
pub mod curate;
mod filter;
pub mod follow;
pub mod geometry;
pub mod help;
pub mod keymap;
pub mod lists;
mod loading;
pub mod memory;
pub mod mentions;
pub mod outline;
pub mod panels;
mod prompt;
pub mod results;
pub use lector_core::search;
mod update;
pub mod whom;

pub use action::{Action, COMMANDS, Command};
pub use filter::describe as describe_filter;
pub use geometry::{Panes, Show, SidePanes};
pub use keymap::{Keymap, Layer};
pub use loading::Partial;
pub use outline::Outline;
pub use search::{MatchCounts, Search, floor_boundary};
pub use update::update;

use crate::layout::{Anchor, Layout};
use crate::model::{ActorKind, Document};
use ratatui::layout::Rect;
use std::sync::Arc;

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Sections,
    Reader,
    Actors,
}

/// What n / N move through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JumpTarget {
    Actor,
    Search,
}

/// Everything that can change the state: input (already mapped to an action; a resize is
/// one too) and the results of background jobs.
#[derive(Debug)]
pub enum Msg {
    Action(Action),
    Job(Background),
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Action(action)
    }
}

impl From<Background> for Msg {
    fn from(news: Background) -> Msg {
        Msg::Job(news)
    }
}

/// What `update` asks the shell to do: things only it can (the terminal, threads).
#[derive(Debug, Clone)]
pub enum Effect {
    /// Leave the reader.
    Quit,
    /// Hand the terminal back to the shell until it continues the process.
    Suspend,
    /// Turn mouse capture on or off.
    SetMouse(bool),
    /// Count every match of a search, then report `Background::SearchCounted`; a count
    /// still running for an older search stops.
    CountMatches(Search),
    /// Stop counting: the search was cleared.
    CancelCount,
    /// Read the end of the file being loaded, then report `Background::Tail`.
    ReadTail(std::path::PathBuf),
    /// Search the file being loaded from a byte offset, as a pager does, then report the
    /// text around the first match as `Background::Window`.
    SearchFile(std::path::PathBuf, Search, usize),
    /// Write a document's remembered state (position, marks) to the store.
    Save(crate::state::Store, crate::state::DocId, crate::state::DocState),
    /// Read the file again and detect its actors with `actors` (the user's corrections,
    /// edits made in the reader included), then report `Background::Reloaded`.
    Reload { path: std::path::PathBuf, actors: crate::actors::UserActors },
    /// Write the user's actor file (atomically); a failure comes back as
    /// `Background::ActorFileFailed`.
    WriteActors(std::path::PathBuf, crate::actors::UserActors),
    /// Build the paragraph index of a document, then report `Background::ParagraphsBuilt`.
    BuildParagraphs(Arc<Document>),
    /// Count the section statistics of a document over its paragraph index, then report
    /// `Background::ReadingBuilt`.
    BuildReading(Arc<Document>, Arc<lector_core::reading::ParagraphIndex>),
    /// Apply a curator's recorded edits to a copy of a document, then report
    /// `Background::Curated`; a rebuild still running for older edits stops.
    Curate { generation: u64, curator: crate::reading::Curator, doc: Arc<Document> },
    /// Write the actor brief of a document to a file (atomically), then report
    /// `Background::BriefWritten`.
    WriteBrief(Arc<Document>, std::path::PathBuf),
}

/// Results of background work, applied to the state when they arrive.
#[derive(Debug)]
pub enum Background {
    /// Analysis progress, 0–100.
    Progress(u8),
    /// The whole text, its blocks and sections, before its actors: the reader moves, searches
    /// and jumps on it at once. The second field is dropped once the reader has taken it in.
    Ingested(Arc<Document>, Ack),
    /// The actors of the document that arrived with `Ingested`.
    /// Detection's limits, if any applied, join the document's warnings.
    Actors(crate::actors::Detection),
    /// The fully analysed document (text and actors at once) replaces the preview.
    Loaded(Box<Document>),
    /// The last lines of the file, for a reader who asked for the end while it loads.
    Tail(Box<Document>),
    /// The text around a search match found in the file while it loads; `start` is where the
    /// window starts in the file.
    Window { doc: Box<Document>, start: usize, generation: u64 },
    /// A search's matches, counted.
    SearchCounted { generation: u64, counts: MatchCounts },
    /// Counting a search's matches failed (a panic in the job): said in the status bar.
    CountFailed { generation: u64, why: String },
    /// The full analysis failed (the file changed or vanished); the preview stays.
    Failed(String),
    /// A few seconds have passed: time to save the reading position if it moved.
    Tick,
    /// What was saved for a large file, found once its whole text was read: the store, the
    /// file's identity, its saved state, the offset to open at and a warning, if any.
    Remembered(Box<memory::Remembered>),
    /// The file being read changed on disk (from the file watcher).
    FileChanged,
    /// The file read and analysed again, with the identity of its new bytes.
    Reloaded(Box<Document>, Option<crate::state::DocId>),
    /// Reloading failed: the old text stays.
    ReloadFailed(String),
    /// Writing the actor file failed: the edit stays in the reader, the status bar says why.
    ActorFileFailed(String),
    /// The paragraph index of a document (kept only if it is still the one shown).
    ParagraphsBuilt(Arc<Document>, Arc<lector_core::reading::ParagraphIndex>),
    /// The reading indexes of a document (kept only if it is still the one shown).
    ReadingBuilt(Arc<Document>, Arc<crate::reading::Reading>),
    /// The curated document, rebuilt from the edits recorded when `generation` was asked for.
    /// The third field is dropped once the reader has taken the document in (or dropped it):
    /// the job then lets go of the old document, freeing it off the input thread.
    Curated { generation: u64, rebuilt: Box<crate::reading::Rebuilt>, ack: Ack },
    /// Rebuilding the curated document failed (a panic in the job).
    CurateFailed { generation: u64, why: String },
    /// The brief was written (`Ok` with the path) or why not.
    BriefWritten(Result<std::path::PathBuf, String>),
}

/// Dropped when the reader has applied a piece of news: the thread that sent it waits for
/// that before starting more heavy work, so the reader's own work on the news (a search
/// typed during loading) does not share the processor with it.
#[derive(Debug, Default)]
pub struct Ack(pub Option<std::sync::mpsc::Sender<()>>);

/// Everything about the view that is not the document.
#[derive(Debug)]
pub struct State {
    pub doc: Arc<Document>,
    pub layout: Layout,
    pub size: Rect,
    pub sides: SidePanes,
    pub focus: Focus,
    /// The row at the top of the reading pane.
    pub top: Anchor,
    /// The section list's cursor (a section index; always one the outline shows).
    pub section_cursor: usize,
    /// Nesting and folding of the section list.
    pub outline: Outline,
    /// The first section the section list showed: the list keeps it until the cursor's
    /// section leaves the rows shown, as the actor list keeps `actor_top`.
    pub section_top: usize,
    /// A section the reader went to whose heading could not reach the top of the pane (the
    /// last sections of a document fit on its last screen): it is current while its heading
    /// stays on screen.
    pub section_pin: Option<usize>,
    /// The actor list's cursor (an index into `actor_order`).
    pub actor_cursor: usize,
    /// The first actor the actor list showed (an index into `actor_order`): the list keeps it
    /// until the cursor leaves the rows shown, so a click or a step back does not scroll it.
    pub actor_top: usize,
    /// Actors in sidebar order (by mention count), places only when `show_places`.
    pub actor_order: Vec<usize>,
    /// Each actor's rank by mention count among all actors: picks its colour.
    pub actor_rank: Vec<usize>,
    pub selected_actor: Option<usize>,
    /// Mentions of the selected actor per section: where it appears.
    pub selected_where: Vec<usize>,
    /// The mention or match the reader last jumped to (byte range).
    pub jumped: Option<std::ops::Range<usize>>,
    pub jump_target: JumpTarget,
    pub search: Option<Search>,
    /// The list of matches in context, while it is open.
    pub results: Option<results::Results>,
    /// The search prompt's text while it is open.
    pub prompt: Option<String>,
    /// The list the prompt filters (`/` typed in the section or actor list), if it does.
    pub filtering: Option<Focus>,
    /// What the section list and the actor list are filtered by (empty: everything).
    pub section_filter: String,
    pub actor_filter: String,
    /// Earlier searches, oldest first, and where Up / Down have got to in them.
    pub search_history: Vec<String>,
    pub history_at: Option<usize>,
    pub show_help: bool,
    /// Rows the help overlay is scrolled by (when it is taller than the screen).
    pub help_scroll: usize,
    pub show_places: bool,
    pub mouse: bool,
    /// A one-line message for the status bar (warnings, "no more mentions").
    pub message: Option<String>,
    /// Analysis progress while the full document is still being read.
    pub progress: Option<u8>,
    /// Where "go to the end" put the top while only a preview was loaded: if the reader is
    /// still there when the full document arrives, the end it asked for is the new end.
    pub end_pin: Option<Anchor>,
    /// Which part of the file the document holds while the whole is still being read.
    pub partial: Option<Partial>,
    /// The file being read in the background (for reading its end on demand).
    pub loading_path: Option<std::path::PathBuf>,
    /// The preview of the file's start, kept while its end or a search window is shown, so
    /// `g` can go back to it.
    pub head_preview: Option<Arc<Document>>,
    /// The key bindings in force (the defaults, or the user's over them).
    pub keymap: Arc<Keymap>,
    /// Settings read from the config file that later work gives a meaning to.
    pub prefs: crate::config::Prefs,
    /// Marks, the jump list and what is saved between runs.
    pub memory: memory::Memory,
    /// Reloading the file and following its end.
    pub follow: follow::Follow,
    /// The actors the reading pane is filtered to (their paragraphs only); empty: no filter.
    pub filter: Vec<usize>,
    /// The list of the actors that share the chosen actor's paragraphs (`w`), while open.
    pub whom: Option<whom::WithWhom>,
    /// Whether `t` turned "so far" counting the other way from the config's `so_far`.
    pub so_far_flipped: bool,
    /// Curation: the actor file edits go to, the edits made, the open edit menu.
    pub curation: curate::Curation,
    /// Who is where, presence, mentions in context, the sidebar's order and the brief.
    pub panels: panels::Panels,
    next_generation: u64,
}

impl State {
    /// A state for a document in a terminal of `size`.
    pub fn new(doc: Document, size: Rect) -> State {
        let mut state = State {
            layout: Layout::new(1),
            doc: Arc::new(Document::default()),
            size,
            sides: SidePanes::default(),
            focus: Focus::Reader,
            top: Anchor::default(),
            section_cursor: 0,
            outline: Outline::default(),
            section_top: 0,
            section_pin: None,
            actor_cursor: 0,
            actor_top: 0,
            actor_order: Vec::new(),
            actor_rank: Vec::new(),
            selected_actor: None,
            selected_where: Vec::new(),
            jumped: None,
            jump_target: JumpTarget::Actor,
            search: None,
            results: None,
            prompt: None,
            filtering: None,
            section_filter: String::new(),
            actor_filter: String::new(),
            search_history: Vec::new(),
            history_at: None,
            show_help: false,
            help_scroll: 0,
            show_places: false,
            mouse: false,
            message: None,
            progress: None,
            end_pin: None,
            partial: None,
            loading_path: None,
            head_preview: None,
            keymap: Keymap::builtin(),
            prefs: crate::config::Prefs::default(),
            memory: memory::Memory::default(),
            follow: follow::Follow::default(),
            filter: Vec::new(),
            whom: None,
            so_far_flipped: false,
            curation: curate::Curation::default(),
            panels: panels::Panels::default(),
            next_generation: 0,
        };
        state.set_document(doc);
        state.message = state.doc.warnings.first().cloned();
        if state.doc.is_empty() {
            state.message = Some("empty file: nothing to read".to_string());
        }
        state
    }

    /// Replaces the document (the full analysis arriving after a preview), keeping the
    /// reading position by byte offset and the selected actor by id.
    pub fn set_document(&mut self, doc: Document) {
        self.set_shared_document(Arc::new(doc));
    }

    /// [`State::set_document`] for a document shared with the thread that made it.
    pub fn set_shared_document(&mut self, doc: Arc<Document>) {
        let selected_id =
            self.selected_actor.and_then(|a| self.doc.actors.get(a)).map(|a| a.id.clone());
        // A filter names blocks and actors of the old document: the new one starts unfiltered.
        self.filter.clear();
        // A rebuild in flight was made from the old document: its result must not land.
        self.curation.pending = None;
        self.whom = None;
        self.layout.set_view(crate::layout::View::Whole);
        self.rewrap(|state| {
            state.outline = Outline::new(&doc.sections);
            // Borders and room for a mention count beside the longest title.
            let want = state.outline.width_wanted(&doc.sections, &doc.text) + 2 + 4;
            state.sides.sections_want = u16::try_from(want).unwrap_or(u16::MAX);
            state.doc = doc;
        });
        self.selected_actor =
            selected_id.and_then(|id| self.doc.actors.iter().position(|a| a.id == id));
        self.count_where_selected_appears();
        self.panels.forget_indexes();
        self.refresh_presence();
        self.rank_actors();
        self.section_cursor = self.outline.shown_ancestor(self.current_section());
    }

    /// Applies a change that invalidates the wrapping (a new document, a new width), then wraps
    /// afresh at the reading width and puts the same text back at the top of the pane.
    pub(crate) fn rewrap(&mut self, change: impl FnOnce(&mut State)) {
        let offset = self.layout.offset_of(&self.doc, self.top);
        let at_start = self.top == Anchor::default();
        change(self);
        // The view (a filter) does not depend on the width: it carries over.
        let view = self.layout.view().clone();
        self.layout = Layout::new(usize::from(self.panes().text_area().width)).with_view(view);
        self.top =
            if at_start { Anchor::default() } else { self.layout.anchor_of(&self.doc, offset) };
    }

    /// Tallies the selected actor's mentions per section (once per selection, not per frame).
    pub fn count_where_selected_appears(&mut self) {
        self.selected_where.clear();
        if let Some(actor) = self.selected_actor {
            self.selected_where = vec![0; self.doc.sections.len()];
            for &m in self.doc.mentions_of(actor) {
                let section = crate::model::index(self.doc.mentions[m].section);
                if let Some(n) = self.selected_where.get_mut(section) {
                    *n += 1;
                }
            }
        }
    }

    pub fn rank_actors(&mut self) {
        let doc = &self.doc;
        let mut rank = vec![0; doc.actors.len()];
        for (i, a) in doc.actors_by_count().into_iter().enumerate() {
            rank[a] = i;
        }
        let mut order = self.panels_order();
        // Places narrowed to on purpose (K) show whatever `p` says.
        let places_asked = panels::KINDS[self.panels.kind].1.contains(&ActorKind::Place);
        order.retain(|&a| {
            places_asked || self.show_places || doc.actors[a].kind != ActorKind::Place
        });
        if !self.actor_filter.is_empty() {
            let query = self.actor_filter.to_lowercase();
            let matches = |s: &String| s.to_lowercase().contains(&query);
            order.retain(|&a| {
                matches(&doc.actors[a].name) || doc.actors[a].aliases.iter().any(matches)
            });
        }
        self.actor_order = order;
        self.actor_rank = rank;
        self.actor_cursor = self.actor_cursor.min(self.actor_order.len().saturating_sub(1));
    }

    /// The panes for the current terminal size.
    pub fn panes(&self) -> Panes {
        geometry::panes(self.size, self.sides)
    }

    /// Rows of text the reading pane shows.
    pub fn page_height(&self) -> usize {
        usize::from(self.panes().text_area().height).max(1)
    }

    /// The section at the reading position: the one at the top of the pane, except where
    /// the reader went to a section whose heading is shown lower down (see `section_pin`), and
    /// at the end of the document, where the last section is current even when earlier ones
    /// share its screen.
    pub fn current_section(&self) -> usize {
        let at_top = self.doc.section_of_block(self.top.block).unwrap_or(0);
        if let Some(pin) = self.section_pin.filter(|&p| p >= at_top && self.heading_shown(p)) {
            return pin;
        }
        let last = self.doc.sections.len().saturating_sub(1);
        if last > at_top && self.top > Anchor::default() && self.at_end() {
            return last;
        }
        at_top
    }

    /// Whether the last row of the document is on screen.
    pub fn at_end(&self) -> bool {
        self.top >= self.layout.max_top(&self.doc, self.page_height())
    }

    /// Whether a section's heading is in the reading pane.
    fn heading_shown(&self, section: usize) -> bool {
        let Some(s) = self.doc.sections.get(section) else { return false };
        let heading = Anchor { block: s.blocks.start, row: 0 };
        let bottom = self.layout.step(&self.doc, self.top, self.page_height() as isize - 1);
        heading >= self.top && heading <= bottom
    }

    /// Reading position as a percentage of the text (100 when the end is on screen).
    pub fn percent(&self) -> u8 {
        let len = self.doc.text.len();
        if len == 0 || self.at_end() {
            return 100;
        }
        let at = self.layout.offset_of(&self.doc, self.top);
        (at.saturating_mul(100) / len).min(100) as u8
    }

    /// The layer of key bindings that is active.
    pub fn layer(&self) -> Layer {
        if self.prompt.is_some() {
            Layer::SearchPrompt
        } else if self.results.is_some() || self.panels.mentions.is_some() || self.whom.is_some() {
            Layer::Results
        } else if self.curation.stage.is_some() {
            Layer::Curate
        } else if self.show_help {
            Layer::Help
        } else {
            Layer::Normal
        }
    }

    pub(crate) fn generation(&mut self) -> u64 {
        self.next_generation += 1;
        self.next_generation
    }

    /// The furthest the help overlay scrolls at the terminal's size.
    pub fn help_max_scroll(&self) -> usize {
        help::layout(self.size, &self.keymap).max_scroll()
    }

    /// The display name of the section at an index ("Opening" for the untitled start).
    pub fn section_title(&self, index: usize) -> &str {
        match self.doc.sections.get(index) {
            Some(_) => crate::reading::section_title(&self.doc, index),
            None => "",
        }
    }
}

#[cfg(test)]
mod tests;
