//! Who is where, and the sidebar's order: the section list's top actors (`T`), a section's
//! statistics (`I`), the presence strip (`P`, `{`, `}`), sorting and narrowing the actor list
//! (`O`, `K`) and the brief's prompt (`B`); and the one paragraph index of the document,
//! which the filter, the with-whom list and the statistics share. The indexes are built once
//! per document (on the spot for a small one, else in a job: the paragraph index first, then
//! the statistics over it); the presence is counted once per selection and pane height,
//! never per frame.

use super::{Action, Effect, State};
use crate::model::ActorKind;
use lector_core::reading::{ParagraphIndex, Presence, Reading, SortBy};
use std::path::PathBuf;
use std::sync::Arc;

/// Documents up to this size get their reading indexes on the spot, when first asked for.
pub const BUILD_NOW: usize = 16 << 20;

/// The narrowings `K` steps through, with the name the actor pane's title shows.
pub const KINDS: &[(&str, &[ActorKind])] = &[
    ("all", &[]),
    ("states", &[ActorKind::State]),
    ("organisations", &[ActorKind::InternationalOrganisation, ActorKind::Organisation]),
    ("armed groups", &[ActorKind::ArmedGroup]),
    ("people", &[ActorKind::Person]),
    ("places", &[ActorKind::Place]),
];

/// The panels' part of the state.
#[derive(Debug, Default)]
pub struct Panels {
    /// Which paragraphs mention whom in the document in `State::doc`, once built: the one
    /// index the filter, the with-whom list and `reading` share.
    pub paragraphs: Option<Arc<ParagraphIndex>>,
    /// Whether the paragraph index is being built in a job.
    pub indexing: bool,
    /// A filter or with-whom key pressed while the index was being built: done when it lands.
    pub waiting: Option<Action>,
    /// The section statistics over `paragraphs` (whose index they hold), once built.
    pub reading: Option<Arc<Reading>>,
    /// Whether the statistics are wanted and not in yet (being built, or waiting for the
    /// paragraph index).
    pub building: bool,
    /// The section list shows each section's top actors.
    pub top_actors: bool,
    /// The presence strip is on; `presence` holds the selected actor's, once counted.
    pub strip: bool,
    pub presence: Option<Presence>,
    /// The actor list's order and the kinds it keeps (an index into [`KINDS`]).
    pub sort: SortBy,
    pub kind: usize,
    /// The list of mentions in context, while it is open.
    pub mentions: Option<super::mentions::MentionList>,
    /// The prompt is asking where to write the brief.
    pub brief_prompt: bool,
    /// The file the document came from (none for the bundled article or standard input).
    pub source: Option<PathBuf>,
    /// Documents up to this size get their indexes on the spot ([`BUILD_NOW`] when unset;
    /// the tests lower it to reach the jobs' path on a small document).
    pub build_now: Option<usize>,
}

/// The column the presence strip takes: the reading pane's right margin, inside its border,
/// so the strip never narrows the text.
pub fn strip_column(panes: &super::Panes) -> u16 {
    let r = panes.reader;
    r.x + r.width.saturating_sub(2)
}

/// What the title of the actor pane says about its order: "" for the default.
pub fn order_label(panels: &Panels) -> String {
    let by = match panels.sort {
        SortBy::Count => None,
        SortBy::FirstAppearance => Some("by first"),
        SortBy::Name => Some("by name"),
    };
    let kind = (panels.kind > 0).then(|| KINDS[panels.kind].0);
    [by, kind].into_iter().flatten().collect::<Vec<_>>().join(", ")
}

impl Panels {
    /// Whether a document of `len` bytes gets its indexes on the spot.
    fn build_now(&self, len: usize) -> bool {
        len <= self.build_now.unwrap_or(BUILD_NOW)
    }

    /// A new document: its indexes are still to be built.
    pub(super) fn forget_indexes(&mut self) {
        self.paragraphs = None;
        self.indexing = false;
        self.waiting = None;
        self.reading = None;
        self.building = false;
    }
}

impl State {
    /// The paragraph index, built now on a small document; on a big one the job is asked
    /// for (once) and `None` comes back until it is in.
    pub(super) fn paragraphs_or_build(&mut self) -> (Option<Arc<ParagraphIndex>>, Option<Effect>) {
        if let Some(p) = &self.panels.paragraphs {
            return (Some(Arc::clone(p)), None);
        }
        if self.panels.build_now(self.doc.text.len()) {
            let p = Arc::new(ParagraphIndex::build(&self.doc));
            self.panels.paragraphs = Some(Arc::clone(&p));
            return (Some(p), None);
        }
        if self.panels.indexing {
            return (None, None);
        }
        self.panels.indexing = true;
        (None, Some(Effect::BuildParagraphs(Arc::clone(&self.doc))))
    }

    /// The paragraph index for a key that needs it (`f`, `&`, `w`): while a job builds it,
    /// the key is kept and done when the index lands (then `None`, and the job to start, if
    /// it was not asked for already).
    pub(super) fn paragraphs_for(
        &mut self,
        key: Action,
    ) -> (Option<Arc<ParagraphIndex>>, Option<Effect>) {
        let (paragraphs, effect) = self.paragraphs_or_build();
        if paragraphs.is_none() {
            self.panels.waiting = Some(key);
            self.message = Some("indexing the paragraphs… (the key takes effect when done)".into());
        }
        (paragraphs, effect)
    }

    /// The reading indexes, counted now on a small document; on a big one the jobs are
    /// asked for (the paragraph index first, if it is not in yet) and `None` comes back
    /// until they are in.
    pub(super) fn reading_or_build(&mut self) -> (Option<Arc<Reading>>, Option<Effect>) {
        if let Some(r) = &self.panels.reading {
            return (Some(Arc::clone(r)), None);
        }
        let already_asked = self.panels.building;
        self.panels.building = true;
        let (paragraphs, effect) = self.paragraphs_or_build();
        let Some(paragraphs) = paragraphs else {
            // The statistics follow when the index lands.
            return (None, effect);
        };
        if self.panels.build_now(self.doc.text.len()) {
            let r = Arc::new(Reading::with_index(&self.doc, paragraphs));
            self.panels.reading = Some(Arc::clone(&r));
            self.panels.building = false;
            return (Some(r), None);
        }
        if already_asked {
            return (None, None);
        }
        (None, Some(Effect::BuildReading(Arc::clone(&self.doc), paragraphs)))
    }

    /// A job's paragraph index arrives: kept if it is for the document still shown; then the
    /// statistics, if they are wanted, and the key that waited for it.
    pub(super) fn paragraphs_built(
        &mut self,
        doc: &Arc<crate::model::Document>,
        p: Arc<ParagraphIndex>,
    ) -> Option<Effect> {
        if !Arc::ptr_eq(doc, &self.doc) {
            return None;
        }
        self.panels.indexing = false;
        self.panels.paragraphs = Some(Arc::clone(&p));
        // With the index in, the key asks for nothing more.
        let key = match self.panels.waiting.take() {
            Some(Action::FilterActor) => super::filter::toggle(self),
            Some(Action::FilterAddActor) => super::filter::add(self),
            Some(Action::WithWhom) => super::whom::open(self),
            _ => None,
        };
        let wanted = self.panels.building && self.panels.reading.is_none();
        key.or_else(|| wanted.then(|| Effect::BuildReading(Arc::clone(doc), p)))
    }

    /// A job's indexes arrive: kept if they are for the document still shown.
    pub(super) fn reading_built(&mut self, doc: &Arc<crate::model::Document>, r: Arc<Reading>) {
        if Arc::ptr_eq(doc, &self.doc) {
            self.panels.building = false;
            // One paragraph index: the statistics' own, if none was built before them.
            self.panels.paragraphs.get_or_insert_with(|| Arc::clone(&r.paragraphs));
            self.panels.reading = Some(r);
            self.message = Some("actor statistics ready".into());
        }
    }

    /// Counts the presence strip afresh (a new selection, document or pane height).
    pub(crate) fn refresh_presence(&mut self) {
        self.panels.presence = match (self.panels.strip, self.selected_actor) {
            (true, Some(actor)) => Some(Presence::of(&self.doc, actor, self.page_height())),
            _ => None,
        };
    }

    /// The actor list in the chosen order and kinds.
    pub(crate) fn panels_order(&self) -> Vec<usize> {
        let kinds = KINDS[self.panels.kind].1;
        lector_core::reading::order_actors(&self.doc, self.panels.sort, None, kinds)
    }
}

/// `T`: top actors in the section list.
pub(super) fn toggle_top_actors(state: &mut State) -> Option<Effect> {
    state.panels.top_actors = !state.panels.top_actors;
    let (reading, effect) = state.reading_or_build();
    state.message = Some(match (state.panels.top_actors, reading) {
        (false, _) => "sections: titles only".into(),
        (true, Some(_)) => "sections: top actors shown (T hides them)".into(),
        (true, None) => "sections: counting the actors…".into(),
    });
    effect
}

/// `I`: the current section's statistics in the status bar.
pub(super) fn section_info(state: &mut State) -> Option<Effect> {
    let (reading, effect) = state.reading_or_build();
    let Some(reading) = reading else {
        state.message = Some("counting the sections' words and actors…".into());
        return effect;
    };
    let section = state.current_section();
    let Some(stats) = reading.sections.get(section) else { return effect };
    let new: Vec<&str> =
        stats.new_actors.iter().take(4).map(|&a| state.doc.actors[a].name.as_str()).collect();
    let more = stats.new_actors.len().saturating_sub(new.len());
    let mut line = format!(
        "{}: {} words, {} min, {} actors, {} new",
        state.section_title(section),
        stats.words,
        stats.reading_minutes(),
        stats.distinct_actors,
        stats.new_actors.len()
    );
    if !new.is_empty() {
        line.push_str(&format!(": {}", new.join(", ")));
        if more > 0 {
            line.push_str(&format!(" +{more}"));
        }
    }
    state.message = Some(line);
    effect
}

/// `P`: the presence strip on or off; turned on, it shows the chosen actor's (see `chosen`),
/// which becomes the selected one.
pub(super) fn toggle_presence(state: &mut State) {
    state.panels.strip = !state.panels.strip;
    if state.panels.strip
        && let Some(actor) = super::chosen::chosen_actor(state)
    {
        super::chosen::select(state, actor);
    }
    state.refresh_presence();
    state.message = Some(match (state.panels.strip, state.selected_actor) {
        (false, _) => "presence strip off".into(),
        (true, Some(a)) => {
            format!("presence of {}: {{ }} jump to dense parts", state.doc.actors[a].name)
        }
        (true, None) => "presence strip on: select an actor to see where it appears".into(),
    });
}

/// `}` / `{`: to the next / previous dense slice of the chosen actor (see `chosen`), which
/// becomes the selected one.
pub(super) fn step_dense(state: &mut State, forward: bool) {
    let Some(actor) = super::chosen::take_and_select(state) else { return };
    let presence = match &state.panels.presence {
        Some(p) => p.clone(),
        None => Presence::of(&state.doc, actor, state.page_height()),
    };
    let here = state.layout.offset_of(&state.doc, state.top);
    let found = if forward {
        presence.next_dense_after(here)
    } else {
        let threshold = presence.dense_threshold();
        let this = presence.slice_at(here);
        (0..this)
            .rev()
            .find(|&s| presence.density[s] >= threshold)
            .and_then(|s| presence.first[s].map(|at| (s, at)))
    };
    land_on_slice(state, actor, found, forward);
}

/// A click on the strip's row `row`: to the first mention in that slice, if any.
pub(super) fn click_strip(state: &mut State, row: usize) {
    let (Some(actor), Some(p)) = (state.selected_actor, state.panels.presence.as_ref()) else {
        return;
    };
    let found = p.first.get(row).copied().flatten().map(|at| (row, at));
    if found.is_none() {
        state.message = Some(format!("{} is not mentioned there", state.doc.actors[actor].name));
        return;
    }
    land_on_slice(state, actor, found, true);
}

fn land_on_slice(state: &mut State, actor: usize, found: Option<(usize, usize)>, forward: bool) {
    let name = state.doc.actors[actor].name.clone();
    let Some((_, at)) = found else {
        let which = if forward { "after" } else { "before" };
        state.message = Some(format!("no dense part of {name} {which} this point"));
        return;
    };
    let range = state
        .doc
        .mentions_of(actor)
        .iter()
        .map(|&m| state.doc.mentions[m].range.clone())
        .find(|r| r.start == at)
        .unwrap_or(at..at);
    state.jump_target = super::JumpTarget::Actor;
    super::update::go_to(state, range);
    state.message = Some(format!("{name}: a dense part ({}%)", state.percent()));
}

/// `O`: the next order of the actor list.
pub(super) fn cycle_sort(state: &mut State) {
    state.panels.sort = match state.panels.sort {
        SortBy::Count => SortBy::FirstAppearance,
        SortBy::FirstAppearance => SortBy::Name,
        SortBy::Name => SortBy::Count,
    };
    state.rank_actors();
    let what = match state.panels.sort {
        SortBy::Count => "by count",
        SortBy::FirstAppearance => "by first appearance",
        SortBy::Name => "by name",
    };
    state.message = Some(format!("actors {what}"));
}

/// `K`: the next kind the actor list keeps.
pub(super) fn cycle_kind(state: &mut State) {
    state.panels.kind = (state.panels.kind + 1) % KINDS.len();
    state.actor_cursor = 0;
    state.rank_actors();
    let (name, _) = KINDS[state.panels.kind];
    state.message = Some(format!("actors: {name} ({})", state.actor_order.len()));
}

/// `B`: asks where to write the brief, the default typed in already.
pub(super) fn ask_brief_path(state: &mut State) {
    if state.doc.actors.is_empty() {
        state.message = Some("no actors to brief".into());
        return;
    }
    state.prompt = Some(default_brief_path(state).display().to_string());
    state.filtering = None;
    state.panels.brief_prompt = true;
}

/// Beside the document as `NAME.brief.md`; in the current directory for the bundled article
/// or standard input.
pub fn default_brief_path(state: &State) -> PathBuf {
    match &state.panels.source {
        Some(p) => {
            let name = p.file_stem().map_or("document".into(), |s| s.to_string_lossy());
            p.with_file_name(format!("{name}.brief.md"))
        }
        None => {
            let stem: String = state
                .doc
                .title
                .chars()
                .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
                .take(40)
                .collect();
            let stem = stem.trim_matches('-');
            PathBuf::from(format!("{}.brief.md", if stem.is_empty() { "lector" } else { stem }))
        }
    }
}

/// Enter in the brief's prompt: the shell writes it.
pub(super) fn submit_brief(state: &mut State) -> Option<Effect> {
    state.panels.brief_prompt = false;
    let typed = state.prompt.take().unwrap_or_default();
    let path = if typed.trim().is_empty() { default_brief_path(state) } else { typed.into() };
    state.message = Some(format!("writing the brief to {}…", path.display()));
    Some(Effect::WriteBrief(Arc::clone(&state.doc), path))
}

#[cfg(test)]
mod index_tests;
#[cfg(test)]
pub(super) mod tests;
