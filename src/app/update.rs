//! `update`: the one reducer. Every message (an action from a key or the mouse, a resize, a
//! job's result) goes through it, and it is the only place the state changes.

use super::{Action, Effect, Focus, JumpTarget, Msg, Search, Show, State};
use crate::layout::Anchor;
use ratatui::layout::{Position, Rect};

/// Rows the mouse wheel scrolls.
const WHEEL_ROWS: isize = 3;
/// Columns a side pane grows or shrinks by per key press.
const PANE_STEP: i16 = 4;

/// Applies a message; returns what the shell must do about it, in order.
pub fn update(state: &mut State, msg: impl Into<Msg>) -> Vec<Effect> {
    let effects = match msg.into() {
        Msg::Action(action) => {
            super::follow::stop_on(state, action);
            let before = super::follow::Spot::of(state);
            let effect = super::memory::record_jumps(state, action, |s| act(s, action));
            super::follow::forget_intended_if_moved(state, before, action);
            effect.into_iter().collect()
        }
        Msg::Job(news) => state.apply(news),
    };
    super::lists::keep_list_tops(state);
    effects
}

/// Applies an action.
fn act(state: &mut State, action: Action) -> Option<Effect> {
    if !matches!(action, Action::Resize(..) | Action::Wheel { .. }) {
        state.message = None;
    }
    // While an edit chooses its target, the prompt's keys belong to it.
    let choosing = matches!(
        state.curation.stage,
        Some(super::curate::Stage::Choose { .. } | super::curate::Stage::Rename { .. })
    );
    if choosing && state.prompt.is_some() && is_prompt_key(action) {
        return super::curate::prompt(state, action);
    }
    match action {
        Action::Down => move_in_focus(state, 1),
        Action::Up => move_in_focus(state, -1),
        Action::PageDown => scroll(state, page(state)),
        Action::PageUp => scroll(state, -page(state)),
        Action::HalfPageDown => scroll(state, page(state) / 2),
        Action::HalfPageUp => scroll(state, -page(state) / 2),
        Action::Top => {
            if jump_list_or_reader(state, true) {
                state.back_to_head();
            }
        }
        Action::Bottom => {
            if jump_list_or_reader(state, false) {
                return state.tail_wanted();
            }
        }
        Action::PrevSection => step_section(state, -1),
        Action::NextSection => step_section(state, 1),
        Action::FocusNext => cycle_focus(state, 1),
        Action::FocusPrev => cycle_focus(state, -1),
        Action::Activate => activate(state),
        Action::Clear => {
            let searching = state.search.is_some();
            clear(state);
            if searching && state.search.is_none() {
                return Some(Effect::CancelCount);
            }
        }
        Action::NextMatch => next_match(state, true),
        Action::PrevMatch => next_match(state, false),
        Action::StartSearch => {
            state.prompt = Some(String::new());
            state.history_at = None;
            // In a list, `/` filters that list instead of searching the text.
            state.filtering = match state.focus {
                Focus::Sections | Focus::Actors => Some(state.focus),
                Focus::Reader => None,
            };
        }
        Action::ToggleHelp => {
            state.show_help = !state.show_help;
            state.help_scroll = 0;
        }
        Action::ShowMatches => super::results::open(state),
        Action::ResultsStep(rows) if state.whom.is_some() => super::whom::step(state, rows.into()),
        Action::ResultsChoose if state.whom.is_some() => super::whom::choose(state),
        Action::ResultsClose if state.whom.is_some() => super::whom::close(state),
        Action::ResultsStep(rows) if state.panels.mentions.is_some() => {
            super::mentions::step(state, rows.into())
        }
        Action::ResultsChoose if state.panels.mentions.is_some() => super::mentions::choose(state),
        Action::ResultsClose if state.panels.mentions.is_some() => super::mentions::close(state),
        Action::ResultsStep(rows) => super::results::step(state, rows.into()),
        Action::ResultsChoose => super::results::choose(state),
        Action::ResultsClose => super::results::close(state),
        Action::ToggleTopActors => return super::panels::toggle_top_actors(state),
        Action::SectionInfo => return super::panels::section_info(state),
        Action::TogglePresence => super::panels::toggle_presence(state),
        Action::NextDense => super::panels::step_dense(state, true),
        Action::PrevDense => super::panels::step_dense(state, false),
        Action::ListMentions => super::mentions::open(state),
        Action::CycleSort => super::panels::cycle_sort(state),
        Action::CycleKind => super::panels::cycle_kind(state),
        Action::WriteBrief => super::panels::ask_brief_path(state),
        Action::HelpScroll(rows) => {
            // Within what the overlay can show at this size: past its end, `k` moves at once.
            let most = state.help_max_scroll();
            state.help_scroll =
                state.help_scroll.min(most).saturating_add_signed(rows.into()).min(most);
        }
        Action::ToggleSidePanes => toggle_sides(state),
        Action::ToggleSectionPane => toggle_pane(state, Focus::Sections),
        Action::ToggleActorPane => toggle_pane(state, Focus::Actors),
        Action::NarrowerPane => widen_pane(state, -PANE_STEP),
        Action::WiderPane => widen_pane(state, PANE_STEP),
        Action::ToggleFold => toggle_fold(state),
        Action::FoldLevel => fold_level(state),
        Action::TogglePlaces => {
            state.show_places = !state.show_places;
            state.rank_actors();
            state.message =
                Some(if state.show_places { "places shown" } else { "places hidden" }.into());
        }
        Action::ToggleMouse => {
            state.mouse = !state.mouse;
            state.message = Some(
                if state.mouse { "mouse on (hold Shift to select text)" } else { "mouse off" }
                    .into(),
            );
            return Some(Effect::SetMouse(state.mouse));
        }
        Action::FilterActor => return super::filter::toggle(state),
        Action::FilterAddActor => return super::filter::add(state),
        Action::FirstMention => super::filter::first_mention(state),
        Action::WithWhom => return super::whom::open(state),
        Action::ToggleSoFar => super::filter::toggle_so_far(state),
        Action::Suspend => return Some(Effect::Suspend),
        Action::Quit => return Some(Effect::Quit),
        // remember
        Action::SetMark => state.memory.pending = Some(super::memory::Pending::SetMark),
        Action::GoToMark => state.memory.pending = Some(super::memory::Pending::GoToMark),
        Action::MarkLetter(c) => super::memory::mark_letter(state, c),
        Action::MarkCancel => state.memory.pending = None,
        Action::JumpBack => super::memory::jump_back(state, true),
        Action::JumpForward => super::memory::jump_back(state, false),
        Action::Reload => return super::follow::reload(state, true),
        Action::Follow => super::follow::start(state),
        Action::Resize(w, h) => resize(state, Rect::new(0, 0, w, h)),
        Action::Wheel { column, row, down } => wheel(state, Position::new(column, row), down),
        Action::Click { column, row } => click(state, Position::new(column, row)),
        Action::SearchInput(_)
        | Action::SearchBackspace
        | Action::SearchDeleteWord
        | Action::SearchClearLine
        | Action::SearchHistory(_)
        | Action::SearchCancel => {
            if action == Action::SearchCancel {
                state.panels.brief_prompt = false;
            }
            super::prompt::edit(state, action)
        }
        Action::SearchSubmit if state.panels.brief_prompt => {
            return super::panels::submit_brief(state);
        }
        Action::SearchSubmit if state.filtering.is_some() => super::prompt::keep_filter(state),
        Action::SearchSubmit => return submit_search(state),
        Action::CurateOpen => super::curate::open(state),
        Action::CurateUndo => return super::curate::undo(state),
        Action::CurateMerge
        | Action::CurateRename
        | Action::CurateHide
        | Action::CurateKind
        | Action::CurateDetach => return super::curate::menu(state, action),
        Action::CurateClose => state.curation.stage = None,
    }
    None
}

/// The keys the one-line prompt takes.
fn is_prompt_key(action: Action) -> bool {
    matches!(
        action,
        Action::SearchInput(_)
            | Action::SearchBackspace
            | Action::SearchDeleteWord
            | Action::SearchClearLine
            | Action::SearchHistory(_)
            | Action::SearchSubmit
            | Action::SearchCancel
    )
}

fn page(state: &State) -> isize {
    (state.page_height().saturating_sub(2).max(1)) as isize
}

/// Scrolls the reading pane, never past the last full page. Moving by hand forgets the last
/// jump, so n / N count from what is on screen.
fn scroll(state: &mut State, rows: isize) {
    state.jumped = None;
    state.section_pin = None;
    let doc = &state.doc;
    let max = state.layout.max_top(doc, state.page_height());
    let to = state.layout.step(doc, state.top, rows);
    state.top = if rows > 0 { to.min(max) } else { to };
    follow_reading_position(state);
}

/// Brings the row holding `offset` into view: where it is already on screen the text stays
/// put (a jump never scrolls back to what the reader sees), else it goes a third of the way
/// down the pane.
pub(super) fn show_offset(state: &mut State, offset: usize) {
    let doc = &state.doc;
    let at = state.layout.anchor_of(doc, offset);
    let bottom = state.layout.step(doc, state.top, state.page_height() as isize - 1);
    if at >= state.top && at <= bottom {
        return;
    }
    let lead = (state.page_height() / 3) as isize;
    let max = state.layout.max_top(doc, state.page_height());
    state.top = state.layout.step(doc, at, -lead).min(max);
    state.section_pin = None;
    follow_reading_position(state);
}

/// Goes to a mention (or any range): in view, and where n / N count from.
pub(super) fn go_to(state: &mut State, range: std::ops::Range<usize>) {
    show_offset(state, range.start);
    state.jumped = Some(range);
}

fn show_section(state: &mut State, section: usize) {
    let Some(s) = state.doc.sections.get(section) else { return };
    state.jumped = None;
    // Inside a filter, a section whose heading is left out opens at its first kept paragraph.
    let at = state.layout.clamp(&state.doc, Anchor { block: s.blocks.start, row: 0 });
    let max = state.layout.max_top(&state.doc, state.page_height());
    state.top = at.min(max);
    state.section_pin = Some(section);
    follow_reading_position(state);
}

fn follow_reading_position(state: &mut State) {
    state.section_cursor = state.outline.shown_ancestor(state.current_section());
}

fn move_in_focus(state: &mut State, delta: isize) {
    match state.focus {
        Focus::Reader => scroll(state, delta),
        Focus::Sections => {
            let shown = state.outline.shown();
            let at = shown.partition_point(|&s| s < state.section_cursor);
            if let Some(&s) = shown.get(step_index(at, delta, shown.len())) {
                state.section_cursor = s;
            }
        }
        Focus::Actors => {
            state.actor_cursor = step_index(state.actor_cursor, delta, state.actor_order.len())
        }
    }
}

fn step_index(i: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    i.saturating_add_signed(delta).min(len - 1)
}

/// Goes to the start or end of the focused list, else of the text; true for the text.
fn jump_list_or_reader(state: &mut State, start: bool) -> bool {
    match state.focus {
        Focus::Sections if !state.outline.shown().is_empty() => {
            let shown = state.outline.shown();
            state.section_cursor = if start { shown[0] } else { shown[shown.len() - 1] };
            false
        }
        Focus::Actors if !state.actor_order.is_empty() => {
            state.actor_cursor = if start { 0 } else { state.actor_order.len() - 1 };
            false
        }
        _ => {
            state.jumped = None;
            state.top = if start {
                state.layout.clamp(&state.doc, Anchor::default())
            } else {
                state.layout.max_top(&state.doc, state.page_height())
            };
            state.end_pin = (!start && state.progress.is_some()).then_some(state.top);
            state.section_pin = (!start).then(|| state.doc.sections.len().checked_sub(1)).flatten();
            follow_reading_position(state);
            true
        }
    }
}

fn step_section(state: &mut State, delta: isize) {
    if !state.filter.is_empty() {
        return super::filter::step_section(state, delta > 0);
    }
    let n = state.doc.sections.len();
    if n == 0 {
        return;
    }
    let current = state.current_section();
    let block = state.doc.sections.get(current).map_or(0, |s| s.blocks.start);
    let heading = Anchor { block, row: 0 };
    let target = if delta < 0 && state.top > heading {
        current // back to the start of this section first
    } else {
        step_index(current, delta, n)
    };
    if target == current && delta > 0 {
        state.message = Some("last section".into());
        return;
    }
    show_section(state, target);
}

fn cycle_focus(state: &mut State, delta: isize) {
    let panes = state.panes();
    let mut order = Vec::with_capacity(3);
    if panes.sections.is_some() {
        order.push(Focus::Sections);
    }
    order.push(Focus::Reader);
    if panes.actors.is_some() {
        order.push(Focus::Actors);
    }
    let i = order.iter().position(|&f| f == state.focus).unwrap_or(0);
    let next = (i as isize + delta).rem_euclid(order.len() as isize) as usize;
    state.focus = order[next];
}

fn activate(state: &mut State) {
    match state.focus {
        Focus::Sections => show_section(state, state.section_cursor),
        Focus::Actors => {
            if let Some(&actor) = state.actor_order.get(state.actor_cursor) {
                select_actor(state, actor);
            }
        }
        Focus::Reader => {}
    }
}

/// Selects an actor: its mentions stand out, and n / N move through them.
fn select_actor(state: &mut State, actor: usize) {
    state.selected_actor = Some(actor);
    state.count_where_selected_appears();
    state.refresh_presence();
    state.jump_target = JumpTarget::Actor;
    state.jumped = None;
    let name = &state.doc.actors[actor].name;
    let count = state.doc.mention_count(actor);
    let mentions = if count == 1 { "mention" } else { "mentions" };
    state.message = Some(format!("{name}: {count} {mentions} — n / N to jump, Esc to clear"));
}

fn clear(state: &mut State) {
    if state.show_help {
        state.show_help = false;
    } else if super::prompt::clear_filter(state, state.focus) {
        // The focused list's filter goes first.
    } else if !state.filter.is_empty() {
        super::filter::leave(state);
    } else if state.search.is_some() && state.jump_target == JumpTarget::Search {
        state.search = None;
        state.jumped = None;
        state.jump_target = JumpTarget::Actor;
    } else if state.selected_actor.is_some() {
        state.selected_actor = None;
        state.selected_where.clear();
        state.refresh_presence();
        state.jumped = None;
    } else if state.search.is_some() {
        state.search = None;
    }
}

/// Where "next" counts from: the last jump, else the top of the pane.
fn reference_offset(state: &State) -> Option<usize> {
    state.jumped.as_ref().map(|r| r.start)
}

fn next_match(state: &mut State, forward: bool) {
    match state.jump_target {
        JumpTarget::Search if state.search.is_some() => next_search_match(state, forward),
        _ => next_mention(state, forward),
    }
}

fn next_mention(state: &mut State, forward: bool) {
    let Some(actor) = super::chosen::take_and_select(state) else { return };
    let doc = &state.doc;
    let list = doc.mentions_of(actor);
    let top = state.layout.offset_of(doc, state.top);
    // The list is in reading order, so the neighbour of any offset is a binary search away.
    let after = |at: usize| list.partition_point(|&m| doc.mentions[m].range.start <= at);
    let before = |at: usize| list.partition_point(|&m| doc.mentions[m].range.start < at);
    let index = match (reference_offset(state), forward) {
        (Some(at), true) => Some(after(at)),
        (None, true) => Some(before(top)),
        (Some(at), false) => before(at).checked_sub(1),
        (None, false) => before(top).checked_sub(1),
    };
    // Inside a filter, the mentions in paragraphs it leaves out are passed over.
    let view = state.layout.view();
    let shown = |&&m: &&usize| view.contains(doc, crate::model::index(doc.mentions[m].block));
    let found = match (index, forward) {
        (Some(i), true) => list[i.min(list.len())..].iter().find(shown),
        (Some(i), false) => list[..=i].iter().rev().find(shown),
        (None, _) => None,
    };
    match found {
        Some(&m) => {
            let range = doc.mentions[m].range.clone();
            let k = list.partition_point(|&i| i < m) + 1;
            state.message =
                Some(format!("{} — mention {k}/{}", doc.actors[actor].name, list.len()));
            show_offset(state, range.start);
            state.jumped = Some(range);
        }
        None => {
            let which = if forward { "more" } else { "earlier" };
            state.message = Some(format!("no {which} mentions of {}", doc.actors[actor].name));
        }
    }
}

fn next_search_match(state: &mut State, forward: bool) {
    let Some(search) = state.search.as_ref() else { return };
    let doc = &state.doc;
    let from = reference_offset(state).unwrap_or_else(|| state.layout.offset_of(doc, state.top));
    let from = if forward { from + usize::from(state.jumped.is_some()) } else { from };
    let found = shown_match(state, search, from, forward);
    land_on_match(state, found.clone());
    say_if_wrapped(state, found, from, forward);
}

/// Matches a filter leaves out that are passed over before the search settles for the next
/// kept paragraph (the layout puts a match outside the view there).
const HIDDEN_MATCHES_SKIPPED: usize = 10_000;

/// The next (or previous) match from `from`, inside the filter when one is on.
fn shown_match(
    state: &State,
    search: &Search,
    from: usize,
    forward: bool,
) -> Option<std::ops::Range<usize>> {
    let doc = &state.doc;
    let find = |at: usize| {
        if forward { search.next_from(&doc.text, at) } else { search.prev_before(&doc.text, at) }
    };
    let first = find(from);
    if state.filter.is_empty() {
        return first;
    }
    let view = state.layout.view();
    let shown =
        |r: &std::ops::Range<usize>| doc.block_at(r.start).is_some_and(|b| view.contains(doc, b));
    let mut found = first.clone();
    for _ in 0..HIDDEN_MATCHES_SKIPPED {
        match found {
            Some(ref r) if !shown(r) => {
                let next = find(if forward { r.end.max(r.start + 1) } else { r.start });
                // Around the whole text and back: no match is shown.
                if next == first {
                    return first;
                }
                found = next;
            }
            _ => break,
        }
    }
    found
}

pub(super) fn land_on_match(state: &mut State, found: Option<std::ops::Range<usize>>) {
    let Some(search) = state.search.as_mut() else { return };
    search.current = found.clone();
    match found {
        Some(range) => {
            state.message = Some(format!("/{}", search.query));
            show_offset(state, range.start);
            state.jumped = Some(range);
        }
        None => state.message = Some(format!("not found: {}", search.query)),
    }
}

fn submit_search(state: &mut State) -> Option<Effect> {
    let mut query = state.prompt.take().unwrap_or_default();
    // An empty Enter repeats the last search, as in a pager.
    if query.trim().is_empty() {
        query = state.search_history.last().cloned().unwrap_or_default();
    }
    let generation = state.generation();
    let Some(search) = Search::new(&query, generation) else {
        state.search = None;
        return None;
    };
    state.search_history.retain(|q| *q != query);
    state.search_history.push(query);
    let from = state.layout.offset_of(&state.doc, state.top);
    let found = shown_match(state, &search, from, true);
    state.search = Some(search.clone());
    state.jump_target = JumpTarget::Search;
    state.jumped = None;
    let beyond_preview = found.as_ref().is_none_or(|m| m.start < from);
    if let Some(effect) = state.file_search(&search, from).filter(|_| beyond_preview) {
        // Loading: the match is further on in the file than the preview goes.
        state.message = Some(format!("/{} — searching the whole file…", search.query));
        return Some(effect);
    }
    land_on_match(state, found.clone());
    say_if_wrapped(state, found, from, true);
    Some(Effect::CountMatches(search))
}

/// Tells the reader when a search went past the end (or the start) and went on from the
/// other side.
fn say_if_wrapped(
    state: &mut State,
    found: Option<std::ops::Range<usize>>,
    from: usize,
    forward: bool,
) {
    let Some(found) = found else { return };
    let wrapped = if forward { found.start < from } else { found.start >= from };
    if wrapped {
        let what =
            if forward { "reached the end: from the top" } else { "reached the top: from the end" };
        let query = state.search.as_ref().map_or("", |s| s.query.as_str());
        state.message = Some(format!("/{query} — {what}"));
    }
}

fn toggle_sides(state: &mut State) {
    let panes = state.panes();
    let all_shown = panes.sections.is_some() && panes.actors.is_some();
    let show = if all_shown { Show::Hidden } else { Show::Shown };
    state.rewrap(|s| s.sides.set_both(show));
    keep_focus_visible(state);
}

/// Shows or hides one side pane.
fn toggle_pane(state: &mut State, pane: Focus) {
    let panes = state.panes();
    let shown = if pane == Focus::Sections { panes.sections } else { panes.actors }.is_some();
    let show = if shown { Show::Hidden } else { Show::Shown };
    state.rewrap(|s| match pane {
        Focus::Sections => s.sides.sections = show,
        _ => s.sides.actors = show,
    });
    let panes = state.panes();
    let now_shown = if pane == Focus::Sections { panes.sections } else { panes.actors }.is_some();
    if !shown && !now_shown {
        state.message = Some("no room for that pane at this width".into());
    }
    keep_focus_visible(state);
}

/// Makes the focused side pane (else the section list, else the actor list) wider or
/// narrower; the reading pane gives or takes the columns.
fn widen_pane(state: &mut State, by: i16) {
    let panes = state.panes();
    let sections = match state.focus {
        Focus::Actors if panes.actors.is_some() => false,
        _ if panes.sections.is_some() => true,
        _ if panes.actors.is_some() => false,
        _ => {
            state.message = Some("no side pane shown (s shows them)".into());
            return;
        }
    };
    let now = if sections { panes.sections } else { panes.actors }.map_or(0, |r| r.width);
    let wanted = now.saturating_add_signed(by).max(super::geometry::MIN_SIDE);
    state.rewrap(|s| {
        if sections {
            s.sides.sections_width = Some(wanted);
        } else {
            s.sides.actors_width = Some(wanted);
        }
    });
    keep_focus_visible(state);
}

/// Folds or unfolds the children of the section under the list's cursor.
fn toggle_fold(state: &mut State) {
    let section = state.section_cursor;
    if !state.outline.has_children(section) {
        state.message = Some(format!("{} has no subsections", state.section_title(section)));
        return;
    }
    let doc = std::sync::Arc::clone(&state.doc);
    state.outline.toggle(section, &doc.sections);
}

/// Steps the whole outline through its levels: only the top level, then one more each
/// press, then everything unfolded again.
fn fold_level(state: &mut State) {
    let doc = std::sync::Arc::clone(&state.doc);
    let mut levels: Vec<u8> = doc.sections.iter().map(|s| s.level).filter(|&l| l > 0).collect();
    levels.sort_unstable();
    levels.dedup();
    let next = match state.outline.fold_level() {
        None => levels.first().copied(),
        Some(l) => levels.iter().copied().find(|&x| x > l),
    };
    // Folding at the deepest level hides nothing: skip it.
    let next = next.filter(|&l| levels.last().is_some_and(|&deepest| l < deepest));
    state.outline.fold_to(next, &doc.sections);
    state.message = Some(match next {
        Some(l) => format!("outline: down to level {l} (Z for more)"),
        None => "outline: every level".into(),
    });
    follow_reading_position(state);
}

/// A pane that is no longer shown gives the keyboard to the reading pane, so keys never move
/// an invisible cursor.
fn keep_focus_visible(state: &mut State) {
    let panes = state.panes();
    if (state.focus == Focus::Sections && panes.sections.is_none())
        || (state.focus == Focus::Actors && panes.actors.is_none())
    {
        state.focus = Focus::Reader;
    }
}

/// Follows a new terminal size: the text at the top stays at the top, the mention or match
/// the reader jumped to stays in view, and focus leaves a pane the new size hides.
fn resize(state: &mut State, size: Rect) {
    let width = usize::from(super::geometry::panes(size, state.sides).text_area().width);
    if width == state.layout.width() {
        state.size = size;
    } else {
        state.rewrap(|s| s.size = size);
    }
    if let Some(jumped) = state.jumped.clone() {
        show_offset(state, jumped.start);
    }
    if state.panels.presence.as_ref().is_some_and(|p| p.density.len() != state.page_height()) {
        state.refresh_presence();
    }
    keep_focus_visible(state);
    // A taller terminal shows more of the help: its last row stays on the box's last row.
    state.help_scroll = state.help_scroll.min(state.help_max_scroll());
}

fn wheel(state: &mut State, at: Position, down: bool) {
    let panes = state.panes();
    let delta = if down { WHEEL_ROWS } else { -WHEEL_ROWS };
    if panes.sections.is_some_and(|r| r.contains(at)) {
        let focus = std::mem::replace(&mut state.focus, Focus::Sections);
        move_in_focus(state, delta);
        state.focus = focus;
    } else if panes.actors.is_some_and(|r| r.contains(at)) {
        state.actor_cursor = step_index(state.actor_cursor, delta, state.actor_order.len());
    } else if panes.reader.contains(at) {
        scroll(state, delta);
    }
}

fn click(state: &mut State, at: Position) {
    let panes = state.panes();
    if let Some(r) = panes.sections.filter(|r| r.contains(at)) {
        state.focus = super::Focus::Sections;
        let row = usize::from(at.y.saturating_sub(r.y + 1));
        let rows = state.section_list_rows(r);
        if let Some(section) = rows.get(row).map(|x| x.section()).filter(|_| at.y > r.y) {
            show_section(state, section);
        }
    } else if let Some(r) = panes.actors.filter(|r| r.contains(at)) {
        state.focus = super::Focus::Actors;
        let row = usize::from(at.y.saturating_sub(r.y + 1));
        let index = state.actor_list_top(r) + row;
        // Only the rows inside the borders hold actors.
        let inside = at.y > r.y && at.y + 1 < r.bottom();
        if let Some(&actor) = state.actor_order.get(index).filter(|_| inside) {
            state.actor_cursor = index;
            select_actor(state, actor);
        }
    } else if panes.reader.contains(at) {
        state.focus = super::Focus::Reader;
        let strip = super::panels::strip_column(&panes);
        let text = panes.text_area();
        if state.panels.presence.is_some() && at.x == strip && at.y >= text.y {
            super::panels::click_strip(state, usize::from(at.y - text.y));
        }
    }
}

#[cfg(test)]
mod tests;
