//! Whole-screen snapshots of curation in the reader, on the bundled article: the edit menu
//! over the actor list, the merge chooser narrowed by typing, and the screen after an edit.

mod screen;
use screen::screen;

use lector::app::{Action, Background, Effect, State, update};
use lector::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

/// The bundled article at 120x40 with the actor list focused and its cursor on the second
/// actor; no actor file is written (the state has none).
fn curating() -> State {
    let mut state = screen::opened(lector::ingest::bundled(), 120, 40);
    for a in [Action::FocusNext, Action::Down] {
        update(&mut state, a);
    }
    state
}

fn press(state: &mut State, actions: &[Action]) {
    for &a in actions {
        update(state, a);
    }
}

fn typed(state: &mut State, text: &str) {
    text.chars().for_each(|c| {
        update(state, Action::SearchInput(c));
    });
}

#[test]
fn the_edit_menu_lists_its_letters_over_the_actor_list() {
    let mut state = curating();
    update(&mut state, Action::CurateOpen);
    let shown = screen(&state);
    for line in ["m     merge into another actor", "d     detach one of its names"] {
        assert!(shown.contains(line), "{line} missing:\n{shown}");
    }
    insta::assert_snapshot!(screen::styled(&state));
}

#[test]
fn the_merge_chooser_narrows_as_you_type_and_marks_its_choice_without_colour() {
    let mut state = curating();
    press(&mut state, &[Action::CurateOpen, Action::CurateMerge]);
    typed(&mut state, "tal");
    let shown = screen(&state);
    assert!(shown.contains("edit: tal█"), "{shown}");
    insta::assert_snapshot!(screen::styled(&state));
    // Under NO_COLOR the highlighted candidate is still told apart (reversed).
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
    terminal.draw(|f| ui::render(f, &state, Theme::MONO)).expect("draw");
    let buf = terminal.backend().buffer();
    let row = (0..40u16)
        .find(|&y| (0..120u16).map(|x| buf[(x, y)].symbol()).collect::<String>().contains(" > tal"))
        .expect("the chooser's prompt line");
    let first = (0..120u16).find(|&x| buf[(x, row + 1)].symbol() != " " && x > 80);
    let cell = &buf[(first.expect("a candidate"), row + 1)];
    assert!(cell.modifier.contains(Modifier::REVERSED), "the chosen candidate is marked");
}

#[test]
fn after_a_merge_the_sidebar_counts_the_merged_actor() {
    let mut state = curating();
    let second = state.actor_order[1];
    let from = state.doc.actors[second].name.clone();
    let into = state.actor_order[0];
    let into_name = state.doc.actors[into].name.clone();
    let total = state.doc.mention_count(into) + state.doc.mention_count(second);
    press(&mut state, &[Action::CurateOpen, Action::CurateMerge]);
    typed(&mut state, &into_name);
    let asked = update(&mut state, Action::SearchSubmit);
    land(&mut state, asked);
    assert!(state.doc.actors.iter().all(|a| a.name != from));
    let merged = state.doc.actors.iter().position(|a| a.name == into_name).expect("kept");
    assert_eq!(state.doc.mention_count(merged), total);
    insta::assert_snapshot!(screen::styled(&state));
}

/// Does the rebuilds an edit asks for, as the shell's job would, and feeds their results back.
fn land(state: &mut State, effects: Vec<Effect>) {
    for effect in effects {
        if let Effect::Curate { generation, curator, doc } = effect {
            let rebuilt = Box::new(curator.rebuild(&doc));
            update(state, Background::Curated { generation, rebuilt, ack: Default::default() });
        }
    }
}
