//! Whole-screen snapshots of reading with actors on the bundled article: the filter by
//! actor (one actor, then two), the first mention, "so far" counts, and the
//! list of who shares an actor's paragraphs.

mod screen;
use screen::screen;

use lector::app::{Action, State, update};
use lector::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

fn bundled_state(w: u16, h: u16) -> State {
    screen::opened(lector::ingest::bundled(), w, h)
}

fn run(state: &mut State, actions: &[Action]) {
    for &a in actions {
        update(state, a);
    }
}

/// The actor list's cursor on the actor called `name` (its name or an alias).
fn cursor_to(state: &mut State, name: &str) {
    update(state, Action::Top);
    let is = |state: &State| {
        state.actor_order.get(state.actor_cursor).is_some_and(|&a| {
            let actor = &state.doc.actors[a];
            actor.name == name || actor.aliases.iter().any(|x| x == name)
        })
    };
    while !is(state) {
        let at = state.actor_cursor;
        update(state, Action::Down);
        assert_ne!(at, state.actor_cursor, "{name} is not in the actor list");
    }
}

/// Filters to TTP, then TTP and Pakistan, and goes to the next section in the filter.
fn filtered(w: u16, h: u16) -> State {
    let mut state = bundled_state(w, h);
    update(&mut state, Action::FocusNext);
    cursor_to(&mut state, "TTP");
    update(&mut state, Action::FilterActor);
    cursor_to(&mut state, "Pakistan");
    run(&mut state, &[Action::FilterAddActor, Action::FocusPrev, Action::NextSection]);
    state
}

#[test]
fn filter_by_two_actors() {
    let state = filtered(120, 40);
    let shown = screen(&state);
    assert!(shown.lines().last().is_some_and(|l| l.contains("TTP ∧ Pakistan: ")), "{shown}");
    insta::assert_snapshot!(screen::styled(&state));
}

/// Filters to the United States, whose paragraphs on the first screen span sections.
fn united_states() -> State {
    let mut state = bundled_state(120, 40);
    update(&mut state, Action::FocusNext);
    cursor_to(&mut state, "United States");
    run(&mut state, &[Action::FilterActor, Action::FocusPrev]);
    state
}

#[test]
fn filter_by_one_actor_labels_sections() {
    let state = united_states();
    let shown = screen(&state);
    assert!(shown.contains("│ § "), "a kept paragraph from another section is labelled:\n{shown}");
    insta::assert_snapshot!(screen::styled(&state));
}

#[test]
fn section_labels_are_dim_without_colour() {
    let state = united_states();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
    terminal.draw(|f| ui::render(f, &state, Theme::MONO)).expect("draw");
    let buf = terminal.backend().buffer();
    let label = (0..40u16).find_map(|y| {
        let line: String = (0..120u16).map(|x| buf[(x, y)].symbol()).collect();
        let x = line.find("│ § ").map(|i| line[..i].chars().count() as u16 + 2)?;
        Some((x, y))
    });
    let (x, y) = label.expect("a section label on screen");
    assert!(buf[(x, y)].modifier.contains(Modifier::DIM), "the label is dim");
}

#[test]
fn first_mention_defined() {
    let mut state = bundled_state(120, 40);
    run(&mut state, &[Action::Bottom, Action::FocusNext]);
    cursor_to(&mut state, "TTP");
    update(&mut state, Action::FirstMention);
    let shown = screen(&state);
    let status = shown.lines().last().unwrap_or_default().to_string();
    assert!(status.contains("TTP: Tehreek-e-Taliban Pakistan, defined in (opening)"), "{status}");
    insta::assert_snapshot!(screen::styled(&state));
}

#[test]
fn so_far_counts() {
    let mut state = bundled_state(120, 40);
    run(&mut state, &[Action::ToggleSoFar, Action::PageDown]);
    let shown = screen(&state);
    assert!(shown.contains("Actors (24) so far"), "{shown}");
    insta::assert_snapshot!(screen::styled(&state));
}

#[test]
fn with_whom_lists_the_company_of_an_actor() {
    let mut state = bundled_state(120, 40);
    update(&mut state, Action::FocusNext);
    cursor_to(&mut state, "TTP");
    run(&mut state, &[Action::WithWhom, Action::ResultsStep(1)]);
    let shown = screen(&state);
    assert!(
        shown.contains("2/")
            && shown
                .contains(" with Tehreek-e-Taliban Pakistan — Enter filters to both, Esc back "),
        "{shown}"
    );
    assert!(shown.contains("Pakistan"), "{shown}");
    insta::assert_snapshot!(screen::styled(&state));
}

#[test]
fn with_whom_shows_its_cursor_without_colour() {
    let mut state = bundled_state(120, 40);
    update(&mut state, Action::FocusNext);
    cursor_to(&mut state, "TTP");
    run(&mut state, &[Action::WithWhom, Action::ResultsStep(1)]);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
    terminal.draw(|f| ui::render(f, &state, Theme::MONO)).expect("draw");
    let buf = terminal.backend().buffer();
    let row = |name: &str| {
        (0..40u16).find(|&y| {
            let line: String = (0..120u16).map(|x| buf[(x, y)].symbol()).collect();
            line.contains(&format!("  {name} "))
        })
    };
    let reversed = |y: u16| {
        let x = (0..120u16).find(|&x| buf[(x, y)].symbol() == "1").expect("a count");
        buf[(x, y)].modifier.contains(Modifier::REVERSED)
    };
    let (taliban, pakistan) =
        (row("Taliban").expect("Taliban"), row("Pakistan").expect("Pakistan"));
    assert!(reversed(pakistan), "the cursor row is in reverse video");
    assert!(!reversed(taliban), "only the cursor row");
}
