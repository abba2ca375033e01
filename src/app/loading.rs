//! A big file arriving in stages: a preview of its start (or, after `G`, of its end), then the
//! whole text with its blocks and sections, then its actors. Each stage keeps the reader where
//! it was, and a search made on an earlier stage is run again on the later one.

use super::{Background, Effect, JumpTarget, State, update};
use crate::model::Document;
use std::sync::Arc;

/// Which part of a file the document holds while the whole is still being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Partial {
    /// The first part of the file.
    Head,
    /// The last lines, read when the reader asked for the end.
    Tail,
    /// The lines around a search match, from this byte of the file on.
    Window(usize),
}

impl State {
    /// Applies the result of background work (through `update`, the one reducer).
    /// Returns work to start when the news makes earlier results stale (a search counted on
    /// the preview is counted again on the whole document).
    pub(super) fn apply(&mut self, news: Background) -> Vec<Effect> {
        match news {
            Background::Progress(p) => self.progress = Some(p),
            Background::Tick => return self.save_if_changed().into_iter().collect(),
            Background::Remembered(found) => self.remembered(*found),
            Background::FileChanged => {
                return super::follow::reload(self, false).into_iter().collect();
            }
            Background::Reloaded(doc, id) => return self.reloaded(*doc, id),
            Background::ReloadFailed(why) => {
                self.follow.reloading = false;
                self.follow.detecting_with = None;
                self.message = Some(why);
            }
            Background::Ingested(doc, ack) => {
                let effect = self.arrive(doc);
                drop(ack);
                return effect.into_iter().collect();
            }
            Background::Loaded(doc) => {
                self.progress = None;
                // Edits name actors by their place in the detection they were made on.
                self.curation.curator = None;
                self.curation.pending = None;
                return self.arrive(Arc::new(*doc)).into_iter().collect();
            }
            Background::Actors(found) => {
                self.progress = None;
                self.curation.curator = None;
                self.curation.pending = None;
                self.add_actors(found);
            }
            Background::Tail(doc) => self.show_tail(*doc),
            Background::Window { doc, start, generation } => {
                self.show_window(*doc, start, generation)
            }
            Background::ActorFileFailed(why) => self.message = Some(why),
            Background::Curated { generation, rebuilt, ack } => {
                let effect = super::curate::rebuilt(self, generation, *rebuilt);
                drop(ack);
                return effect.into_iter().collect();
            }
            Background::CurateFailed { generation, why } => {
                super::curate::rebuild_failed(self, generation, why)
            }
            Background::Failed(why) => {
                self.progress = None;
                self.message = Some(why);
            }
            Background::SearchCounted { generation, counts } => {
                if let Some(s) = self.search.as_mut().filter(|s| s.generation == generation) {
                    s.counts = Some(Arc::new(counts));
                }
            }
            Background::ParagraphsBuilt(doc, p) => {
                return self.paragraphs_built(&doc, p).into_iter().collect();
            }
            Background::ReadingBuilt(doc, reading) => self.reading_built(&doc, reading),
            Background::BriefWritten(Ok(path)) => {
                self.message = Some(format!("brief written to {}", path.display()))
            }
            Background::BriefWritten(Err(why)) => self.message = Some(why),
            Background::CountFailed { generation, why } => {
                // The search stays usable (n / N); only its count is missing.
                if let Some(s) = self.search.as_mut().filter(|s| s.generation == generation) {
                    s.count_failed = true;
                    self.message = Some(why);
                }
            }
        }
        Vec::new()
    }

    /// Asks for the end of the file when the reader goes to the end of a preview of its start.
    pub(crate) fn tail_wanted(&self) -> Option<Effect> {
        match (self.partial, &self.loading_path) {
            (Some(Partial::Head), Some(path)) => Some(Effect::ReadTail(path.clone())),
            _ => None,
        }
    }

    /// The whole text replaces a preview: the reader stays at the same place (the end when it
    /// asked for the end; the same distance from the end on a preview of the end), and a
    /// search moves to its first match after the reading position.
    fn arrive(&mut self, doc: Arc<Document>) -> Option<Effect> {
        let old_len = self.doc.text.len();
        let partial = self.partial;
        let from_tail = matches!(partial, Some(Partial::Tail | Partial::Window(_)));
        let to_end = self.end_pin.take() == Some(self.top);
        let top = self.layout.offset_of(&self.doc, self.top);
        let search_from = match (&self.search, self.jump_target) {
            (Some(s), JumpTarget::Search) => Some(s.current.as_ref().map_or(top, |r| r.start)),
            _ => None,
        };
        self.set_shared_document(doc);
        self.partial = None;
        self.head_preview = None;
        let new_len = self.doc.text.len();
        // Offsets on a preview of the end count from the end of the file.
        let map = |at: usize| match partial {
            Some(Partial::Tail) => new_len.saturating_sub(old_len - at),
            Some(Partial::Window(start)) => start + at,
            _ => at,
        };
        if to_end {
            self.top = self.layout.max_top(&self.doc, self.page_height());
        } else if from_tail {
            self.top = self.layout.anchor_of(&self.doc, map(top));
        }
        if let Some(w) = self.doc.warnings.first() {
            self.message = Some(w.clone());
        }
        let generation = self.generation();
        let search = self.search.as_mut()?;
        search.counts = None;
        search.generation = generation;
        let search = search.clone();
        if let Some(from) = search_from {
            let found = search.next_from(&self.doc.text, map(from));
            update::land_on_match(self, found);
        }
        Some(Effect::CountMatches(search))
    }

    /// The actors of the document on screen arrive.
    fn add_actors(&mut self, found: crate::actors::Detection) {
        if let Some(limit) = found.limits.first() {
            self.message = Some(limit.clone());
        }
        // The thread that found them has let go of the document, so this does not copy it.
        crate::actors::store(Arc::make_mut(&mut self.doc), found);
        self.count_where_selected_appears();
        self.rank_actors();
    }

    /// `g` while the end of the file (or a search window) is shown: back to the preview of
    /// its start.
    pub(crate) fn back_to_head(&mut self) {
        if let Some(head) = self.head_preview.take() {
            self.jumped = None;
            self.end_pin = None;
            self.set_shared_document(head);
            self.partial = Some(Partial::Head);
            self.top = crate::layout::Anchor::default();
            self.section_cursor = self.outline.shown_ancestor(self.current_section());
        }
    }

    /// A search while loading goes to the file itself when the preview has no match after
    /// the reading position (see [`Partial::Window`]).
    pub(crate) fn file_search(&self, search: &super::Search, from: usize) -> Option<Effect> {
        match (self.partial, &self.loading_path) {
            (Some(Partial::Head), Some(path)) => {
                Some(Effect::SearchFile(path.clone(), search.clone(), from))
            }
            _ => None,
        }
    }

    /// The lines around a match the file search found replace the preview, the match on them.
    fn show_window(&mut self, mut doc: Document, start: usize, generation: u64) {
        let current = self.search.as_ref().filter(|s| s.generation == generation);
        if self.partial != Some(Partial::Head) || current.is_none() {
            return; // the whole text came first, or the search changed
        }
        doc.title = self.doc.title.clone();
        self.head_preview = Some(Arc::clone(&self.doc));
        self.set_document(doc);
        self.partial = Some(Partial::Window(start));
        self.end_pin = None;
        let found = self.search.as_ref().and_then(|s| s.next_from(&self.doc.text, 0));
        self.jumped = None;
        update::land_on_match(self, found);
    }

    /// The end of the file, read while the whole is loading, replaces the preview of its start.
    fn show_tail(&mut self, mut doc: Document) {
        if self.partial != Some(Partial::Head) {
            return; // the whole text came first
        }
        doc.title = self.doc.title.clone();
        self.head_preview = Some(Arc::clone(&self.doc));
        self.set_document(doc);
        self.partial = Some(Partial::Tail);
        if let Some(search) = self.search.as_mut() {
            search.current = None;
        }
        self.jumped = None;
        self.section_pin = None;
        self.top = self.layout.max_top(&self.doc, self.page_height());
        self.end_pin = Some(self.top);
    }
}
