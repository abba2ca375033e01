//! Reading with actors: the filter (only the paragraphs that mention every chosen actor),
//! the jump to an actor's first mention, and "so far" counts.
//!
//! The filter is a view of the layout, so scrolling, paging and the end of the text work
//! on the kept paragraphs with no code of their own. The paragraph index it reads is the
//! document's one (see `panels`), built once, the first time a key needs it (in a job on a
//! big document: the key then takes effect when it lands), never while drawing a frame.

use super::chosen::{select, take_actor};
use super::{Action, Effect, State};
use crate::layout::{Anchor, View};
use crate::model::Actor;
use lector_core::reading;
use std::sync::Arc;

/// `f`: filters to the chosen actor's paragraphs, or leaves the filter when one is on.
pub(crate) fn toggle(state: &mut State) -> Option<Effect> {
    if !state.filter.is_empty() {
        leave(state);
        return None;
    }
    let actor = take_actor(state)?;
    apply_when_indexed(state, Action::FilterActor, vec![actor])
}

/// `&`: narrows the filter to the paragraphs that also mention the chosen actor.
pub(crate) fn add(state: &mut State) -> Option<Effect> {
    let actor = take_actor(state)?;
    let mut actors = state.filter.clone();
    if state.filter.is_empty() {
        actors.extend(state.selected_actor.filter(|&a| a != actor));
    }
    if !actors.contains(&actor) {
        actors.push(actor);
    }
    apply_when_indexed(state, Action::FilterAddActor, actors)
}

/// [`apply`] now if the paragraph index is in, else once it lands (the key is kept).
fn apply_when_indexed(state: &mut State, key: Action, actors: Vec<usize>) -> Option<Effect> {
    let (index, job) = state.paragraphs_for(key);
    if index.is_some() {
        apply(state, actors);
    }
    job
}

/// Shows only the paragraphs that mention every one of `actors`, keeping the reader at the
/// paragraph they were on, or the next kept one. Needs the paragraph index (nothing happens
/// without it: the keys ask for it first).
pub(crate) fn apply(state: &mut State, actors: Vec<usize>) {
    let Some(index) = state.panels.paragraphs.clone() else { return };
    let blocks = index.blocks_with_all(&actors);
    if blocks.is_empty() {
        let names = names(state, &actors);
        state.message = Some(format!("no paragraph mentions {names}"));
        return;
    }
    let offset = state.layout.offset_of(&state.doc, state.top);
    state.layout.set_view(View::blocks(blocks.iter().map(|&b| b as usize)));
    state.filter = actors;
    if let Some(&last) = state.filter.last() {
        select(state, last);
    }
    place(state, offset);
}

/// Back to the whole text, at the paragraph the reader was on.
pub(crate) fn leave(state: &mut State) {
    let offset = state.layout.offset_of(&state.doc, state.top);
    state.layout.set_view(View::Whole);
    state.filter.clear();
    place(state, offset);
    state.message = Some("filter off".into());
}

/// Puts the row holding `offset` (or the next row the view shows) at the top of the pane.
fn place(state: &mut State, offset: usize) {
    let doc = &state.doc;
    let max = state.layout.max_top(doc, state.page_height());
    state.top = state.layout.anchor_of(doc, offset).min(max);
    state.section_pin = None;
    state.section_cursor = state.outline.shown_ancestor(state.current_section());
}

/// "TTP ∧ Pakistan".
fn names(state: &State, actors: &[usize]) -> String {
    let name = |&a: &usize| state.doc.actors.get(a).map_or("?", |x| x.name.as_str());
    actors.iter().map(name).collect::<Vec<_>>().join(" ∧ ")
}

/// The status bar's account of the filter: "TTP ∧ Pakistan: 23 of 180 paragraphs", each
/// actor called what `name` says (the status bar prefers a short form).
pub fn describe(state: &State, name: impl Fn(&Actor) -> &str) -> Option<String> {
    if state.filter.is_empty() {
        return None;
    }
    let kept = state.layout.view().len(&state.doc);
    let all = state.doc.blocks.len();
    let actors = &state.doc.actors;
    let names: Vec<&str> = state.filter.iter().filter_map(|&a| actors.get(a)).map(name).collect();
    Some(format!("{}: {kept} of {all} paragraphs (f leaves)", names.join(" ∧ ")))
}

/// Section jumps inside a filter: to the first kept paragraph of the next (or this, or the
/// previous) section that keeps one.
pub(crate) fn step_section(state: &mut State, forward: bool) {
    let doc = Arc::clone(&state.doc);
    let view = state.layout.view();
    let section_of = |b: usize| doc.blocks.get(b).map_or(0, |x| crate::model::index(x.section));
    let current = section_of(state.top.block);
    let first_kept_of =
        |s: usize| doc.sections.get(s).and_then(|sec| view.at_or_after(&doc, sec.blocks.start));
    let target = if forward {
        let end = doc.sections.get(current).map_or(usize::MAX, |s| s.blocks.end);
        view.at_or_after(&doc, end)
    } else {
        let here = first_kept_of(current).filter(|&b| Anchor { block: b, row: 0 } < state.top);
        here.or_else(|| {
            let before = view.prev(&doc, first_kept_of(current)?)?;
            first_kept_of(section_of(before))
        })
    };
    let Some(block) = target else {
        let which = if forward { "last" } else { "first" };
        state.message = Some(format!("{which} section in the filter"));
        return;
    };
    state.jumped = None;
    let max = state.layout.max_top(&doc, state.page_height());
    state.top = Anchor { block, row: 0 }.min(max);
    state.section_pin = None;
    state.section_cursor = state.outline.shown_ancestor(state.current_section());
}

/// `i`: goes to where the chosen actor is introduced, and says what it stands for.
pub(crate) fn first_mention(state: &mut State) {
    let Some(actor) = take_actor(state) else { return };
    let Some(first) = reading::first_mention(&state.doc, actor) else {
        state.message = Some(format!("{} is never mentioned", state.doc.actors[actor].name));
        return;
    };
    select(state, actor);
    super::update::show_offset(state, first.range.start);
    state.jumped = Some(first.range.clone());
    state.message = Some(first.describe(&state.doc, actor));
}

/// `t`: turns "so far" counting in the actor list on or off.
pub(crate) fn toggle_so_far(state: &mut State) {
    state.so_far_flipped = !state.so_far_flipped;
    state.message = Some(
        if state.so_far() {
            "so far: counting mentions up to the end of the screen"
        } else {
            "so far off: counting every mention"
        }
        .into(),
    );
}

impl State {
    /// Whether the actor list counts only the mentions read so far: the config's `so_far`,
    /// unless `t` turned it the other way.
    pub fn so_far(&self) -> bool {
        self.prefs.so_far != self.so_far_flipped
    }

    /// Where "so far" counts up to: the end of the last row on screen, as what the reader
    /// sees is read.
    pub fn read_up_to(&self) -> usize {
        let rows = self.layout.visible(&self.doc, self.top, self.page_height());
        rows.last().map_or(0, |r| r.range.end)
    }

    /// An actor's count for the actor list: every mention, or those read so far.
    pub fn shown_count(&self, actor: usize, read_up_to: usize) -> usize {
        if self.so_far() {
            reading::count_up_to(&self.doc, actor, read_up_to)
        } else {
            self.doc.mention_count(actor)
        }
    }
}

#[cfg(test)]
mod tests;
