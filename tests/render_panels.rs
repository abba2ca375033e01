//! Whole-screen snapshots of the panels (top actors per section, statistics, the presence
//! strip, mentions in context, the sidebar's order, the brief prompt) on the bundled article,
//! styles included: under each screen, every run of styled cells with its style, so a lost
//! highlight changes the snapshot.

mod screen;

use lector::app::{Action, State, update};
use lector::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Style;
use std::fmt::Write;

fn bundled(w: u16, h: u16) -> State {
    screen::opened(lector::ingest::bundled(), w, h)
}

fn run(state: &mut State, actions: &[Action]) {
    for &a in actions {
        update(state, a);
    }
}

/// Selects the most mentioned actor from the sidebar.
fn select_first_actor(state: &mut State) {
    run(state, &[Action::FocusNext, Action::Activate, Action::FocusPrev]);
    assert!(state.selected_actor.is_some());
}

/// The screen's symbols, then each row's runs of one non-default style: "row x..x style".
fn styled(state: &State, theme: Theme) -> String {
    let (w, h) = (state.size.width, state.size.height);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal.draw(|f| ui::render(f, state, theme)).expect("draw");
    let buf = terminal.backend().buffer();
    let mut out = screen::screen(state);
    out.push_str("\n--- styles ---\n");
    for y in 0..h {
        let mut x = 0;
        while x < w {
            let style = buf[(x, y)].style();
            let start = x;
            while x < w && buf[(x, y)].style() == style {
                x += 1;
            }
            if style != Style::default() {
                let _ = writeln!(out, "{y:>2} {start:>3}..{x:<3} {style:?}");
            }
        }
    }
    out
}

const COLOUR: Theme = Theme::DARK;

#[test]
fn top_actors_under_each_section_and_the_statistics_of_one() {
    let mut state = bundled(120, 30);
    run(&mut state, &[Action::ToggleTopActors, Action::NextSection, Action::SectionInfo]);
    insta::assert_snapshot!("panels_top_actors_and_info", styled(&state, COLOUR));
}

#[test]
fn the_presence_strip_shows_where_the_actor_is_and_where_the_reader_is() {
    let mut state = bundled(120, 30);
    select_first_actor(&mut state);
    run(&mut state, &[Action::TogglePresence, Action::NextDense]);
    insta::assert_snapshot!("panels_presence_strip", styled(&state, COLOUR));
}

#[test]
fn the_presence_strip_under_no_color_marks_by_shade_and_reverse() {
    let mut state = bundled(100, 24);
    select_first_actor(&mut state);
    update(&mut state, Action::TogglePresence);
    insta::assert_snapshot!("panels_presence_strip_no_color", styled(&state, Theme::MONO));
}

#[test]
fn the_mentions_of_an_actor_in_context() {
    let mut state = bundled(120, 30);
    select_first_actor(&mut state);
    run(&mut state, &[Action::ListMentions, Action::ResultsStep(3)]);
    insta::assert_snapshot!("panels_mentions_in_context", styled(&state, COLOUR));
}

#[test]
fn the_sidebar_by_name_narrowed_to_people() {
    let mut state = bundled(120, 30);
    run(&mut state, &[Action::CycleSort, Action::CycleSort]);
    for _ in 0..4 {
        update(&mut state, Action::CycleKind);
    }
    insta::assert_snapshot!("panels_sidebar_people_by_name", styled(&state, COLOUR));
}

#[test]
fn the_brief_prompt_offers_a_path_in_the_current_directory_for_the_bundled_article() {
    let mut state = bundled(100, 24);
    update(&mut state, Action::WriteBrief);
    insta::assert_snapshot!("panels_brief_prompt", styled(&state, COLOUR));
}
