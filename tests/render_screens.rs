//! Whole-screen snapshots, styles included, of the screens the other render tests do not
//! reach: the search prompt and its highlights, the focused section list, places shown, the
//! side panes hidden, a terminal too small, an empty document, the preview shown while a big
//! file loads, rendered Markdown, and a warning in the status bar.

mod screen;
use screen::{screen, styled};

use lector::app::{Action, Focus, Partial, State, update};
use lector::ingest::{Format, Source};
use ratatui::layout::Rect;

fn bundled(w: u16, h: u16) -> State {
    screen::opened(lector::ingest::bundled(), w, h)
}

fn source(name: &str, bytes: &[u8], format: Format) -> Source {
    Source { name: name.into(), bytes: bytes.to_vec(), format }
}

fn status(state: &State) -> String {
    screen(state).lines().last().unwrap_or_default().to_string()
}

#[test]
fn the_search_prompt_then_its_highlights() {
    let mut state = bundled(120, 40);
    update(&mut state, Action::StartSearch);
    for c in "Islamabad".chars() {
        update(&mut state, Action::SearchInput(c));
    }
    assert!(status(&state).starts_with("/Islamabad█"), "{}", status(&state));
    insta::assert_snapshot!("search_prompt", styled(&state));
    update(&mut state, Action::SearchSubmit);
    assert!(state.search.as_ref().is_some_and(|s| s.current.is_some()), "a match");
    insta::assert_snapshot!("search_highlights", styled(&state));
}

#[test]
fn the_focused_section_list_shows_its_cursor() {
    let mut state = bundled(120, 40);
    update(&mut state, Action::FocusPrev);
    assert_eq!(state.focus, Focus::Sections);
    for _ in 0..3 {
        update(&mut state, Action::Down);
    }
    insta::assert_snapshot!("sections_focused", styled(&state));
}

#[test]
fn places_shown_join_the_actor_list() {
    let mut state = bundled(120, 40);
    let before = state.actor_order.len();
    update(&mut state, Action::TogglePlaces);
    assert!(state.show_places);
    assert!(status(&state).contains("places shown"), "{}", status(&state));
    assert!(state.actor_order.len() > before, "no place joined the list");
    insta::assert_snapshot!("places_shown", styled(&state));
}

#[test]
fn side_panes_hidden_leave_the_text_alone() {
    let mut state = bundled(120, 40);
    update(&mut state, Action::ToggleSidePanes);
    let panes = state.panes();
    assert!(panes.sections.is_none() && panes.actors.is_none());
    insta::assert_snapshot!("panes_hidden", styled(&state));
}

#[test]
fn a_terminal_too_small_says_so() {
    let state = bundled(18, 4);
    assert!(screen(&state).contains("Terminal too"), "{}", screen(&state));
    insta::assert_snapshot!("too_small", styled(&state));
}

#[test]
fn an_empty_document_opens_and_says_it_is_empty() {
    let state = screen::opened(source("empty.txt", b"", Format::Text), 80, 24);
    assert!(status(&state).contains("empty file"), "{}", status(&state));
    insta::assert_snapshot!("empty_document", styled(&state));
}

#[test]
fn the_preview_of_a_big_file_shows_while_it_loads() {
    let text: String = (1..=40)
        .map(|i| format!("Paragraph {i} of a long report on the river crossing.\n\n"))
        .collect();
    let head = &text.as_bytes()[..text.len() / 3];
    let preview = lector::ingest::parse(source("big.txt", head, Format::Text)).expect("text");
    let mut state = State::new(preview, Rect::new(0, 0, 100, 20));
    state.progress = Some(37);
    state.partial = Some(Partial::Head);
    state.loading_path = Some("big.txt".into());
    update(&mut state, Action::Resize(100, 20));
    assert!(status(&state).contains("analysing… 37%"), "{}", status(&state));
    insta::assert_snapshot!("loading_preview", styled(&state));
}

#[test]
fn markdown_is_rendered_with_headings_emphasis_lists_quotes_and_code() {
    let bytes = include_bytes!("fixtures/markdown/styles.md");
    let state = screen::opened(source("notes.md", bytes, Format::Markdown), 100, 30);
    let shown = screen(&state);
    assert!(!shown.contains("**") && !shown.contains("```") && !shown.contains("# "), "{shown}");
    assert!(shown.contains("06:10  depart south bank"), "{shown}");
    insta::assert_snapshot!("markdown_rendered", styled(&state));
}

#[test]
fn a_warning_from_reading_the_file_shows_in_the_status_bar() {
    let bytes = b"The crossing at \xff\xfe dawn was late.\n\nThe pilots said the water was high.\n";
    let state = screen::opened(source("legacy.txt", bytes, Format::Text), 100, 20);
    assert!(status(&state).contains("decoded as"), "{}", status(&state));
    insta::assert_snapshot!("status_warning", styled(&state));
}
