//! Whole-screen snapshots of the real app on a fixed-size TestBackend, on the bundled article.

mod screen;
use screen::{screen, styled};

use lector::app::{Action, State, update};
use lector::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn bundled_state(w: u16, h: u16) -> State {
    screen::opened(lector::ingest::bundled(), w, h)
}

#[test]
fn bundled_article_at_three_sizes() {
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let state = bundled_state(w, h);
        insta::assert_snapshot!(format!("bundled_{w}x{h}"), styled(&state));
    }
}

#[test]
fn actor_selected_and_jumped() {
    let mut state = bundled_state(120, 40);
    for a in [Action::FocusNext, Action::Activate, Action::NextMatch, Action::NextMatch] {
        update(&mut state, a);
    }
    insta::assert_snapshot!(styled(&state));
}

#[test]
fn help_overlay() {
    let mut state = bundled_state(120, 40);
    update(&mut state, Action::ToggleHelp);
    insta::assert_snapshot!(styled(&state));
}

#[test]
fn help_overlay_lists_every_key_at_80x24() {
    let mut state = bundled_state(80, 24);
    update(&mut state, Action::ToggleHelp);
    insta::assert_snapshot!(styled(&state));
    // Every key is on the first screen of the help or reached by scrolling it.
    let mut shown = screen(&state);
    for _ in 0..40 {
        update(&mut state, Action::HelpScroll(1));
        shown.push_str(&screen(&state));
    }
    for (keys, _) in state.keymap.help_rows() {
        assert!(shown.contains(&keys), "{keys} missing from the help at 80x24:\n{shown}");
    }
}

#[test]
fn every_size_from_1x1_renders_without_panic() {
    let mut state = bundled_state(120, 40);
    for w in (0..=130).step_by(7) {
        for h in (0..=45).step_by(4) {
            update(&mut state, Action::Resize(w, h));
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
            terminal.draw(|f| ui::render(f, &state, Theme::from_env())).expect("draw");
        }
    }
}

#[test]
fn no_color_keeps_distinctions_with_emphasis_only() {
    use ratatui::style::{Color, Modifier};
    let mut state = bundled_state(120, 40);
    for a in [Action::FocusNext, Action::Activate] {
        update(&mut state, a);
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
    terminal.draw(|f| ui::render(f, &state, Theme::MONO)).expect("draw");
    let buf = terminal.backend().buffer();
    let cells: Vec<_> = buf.content().iter().collect();
    assert!(
        cells.iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
        "a colour was used"
    );
    // The selected actor's mentions are reversed, other actors' underlined.
    assert!(cells.iter().any(|c| c.modifier.contains(Modifier::REVERSED)));
    assert!(cells.iter().any(|c| c.modifier.contains(Modifier::UNDERLINED)));
}

#[test]
fn at_the_end_the_last_section_is_current_and_brackets_step_through_the_last_screen() {
    let mut state = bundled_state(120, 40);
    update(&mut state, Action::Bottom);
    insta::assert_snapshot!("end_last_section_current", styled(&state));
    update(&mut state, Action::PrevSection);
    insta::assert_snapshot!("end_previous_section_current", styled(&state));
}

#[test]
fn the_first_n_after_selecting_an_actor_keeps_the_screen_when_the_mention_is_on_it() {
    let mut state = bundled_state(120, 40);
    for _ in 0..12 {
        update(&mut state, Action::Down);
    }
    let before = screen(&state);
    for a in [Action::FocusNext, Action::Activate, Action::NextMatch] {
        update(&mut state, a);
    }
    let after = screen(&state);
    // The reading pane's columns, without the status bar.
    let r = state.panes().reader;
    let (x, w) = (usize::from(r.x), usize::from(r.width));
    let reading = |s: &str| {
        s.lines().take(39).map(|l| l.chars().skip(x).take(w).collect()).collect::<Vec<String>>()
    };
    assert_eq!(reading(&before), reading(&after), "n scrolled although the mention was on screen");
    insta::assert_snapshot!("first_n_keeps_the_screen", styled(&state));
}

fn search(state: &mut State, query: &str) {
    update(state, Action::StartSearch);
    for c in query.chars() {
        update(state, Action::SearchInput(c));
    }
    update(state, Action::SearchSubmit);
}

#[test]
fn resizing_keeps_the_search_match_in_view() {
    let mut state = bundled_state(200, 60);
    search(&mut state, "Mullah Yaqub");
    for (w, h) in [(80, 24), (60, 12)] {
        update(&mut state, Action::Resize(w, h));
        let shown = screen(&state);
        assert!(shown.contains("Yaqub"), "the match left the screen at {w}x{h}:\n{shown}");
    }
    insta::assert_snapshot!("resize_keeps_the_match", styled(&state));
}

#[test]
fn a_resize_that_hides_the_focused_pane_gives_focus_to_the_text() {
    let mut state = bundled_state(120, 40);
    update(&mut state, Action::FocusPrev);
    update(&mut state, Action::Resize(70, 24));
    for _ in 0..3 {
        update(&mut state, Action::Down);
    }
    assert_eq!(state.focus, lector::app::Focus::Reader);
    insta::assert_snapshot!("resize_hides_the_focused_pane", styled(&state));
}

#[test]
fn every_section_title_is_legible_in_full_at_120x40() {
    let state = bundled_state(120, 40);
    let shown = screen(&state);
    let pane = state.panes().sections.expect("the section list at 120x40");
    let (x, w) = (usize::from(pane.x) + 1, usize::from(pane.width) - 2);
    let list: String = shown
        .lines()
        .skip(1)
        .take(usize::from(pane.height) - 2)
        .map(|l| l.chars().skip(x).take(w).collect::<String>())
        .collect::<Vec<_>>()
        .join(" ");
    let list = list.split_whitespace().collect::<Vec<_>>().join(" ");
    for s in &state.doc.sections {
        let title = s.title(&state.doc.text);
        assert!(list.contains(title), "{title:?} is not legible in the list:\n{shown}");
        assert!(!title.is_empty() || list.contains("(opening)"));
    }
}

#[test]
fn status_bar_shows_the_path_and_side_panes_hide_and_resize_one_by_one() {
    let mut state = bundled_state(120, 40);
    update(&mut state, Action::Bottom);
    let status = screen(&state).lines().last().unwrap_or_default().to_string();
    assert!(status.contains("Related Publications › China’s Global"), "{status}");
    update(&mut state, Action::ToggleActorPane);
    update(&mut state, Action::WiderPane);
    update(&mut state, Action::WiderPane);
    insta::assert_snapshot!("actors_hidden_sections_wider", styled(&state));
    update(&mut state, Action::ToggleActorPane);
    update(&mut state, Action::ToggleSectionPane);
    insta::assert_snapshot!("sections_hidden", styled(&state));
}

fn status(state: &State) -> String {
    screen(state).lines().last().unwrap_or_default().to_string()
}

#[test]
fn search_folds_quote_styles_and_accents() {
    let mut state = bundled_state(120, 40);
    // The article writes "Taliban’s" with a curly apostrophe; the query types a straight one.
    search(&mut state, "taliban's calculus");
    let found = state.jumped.clone().map(|r| state.doc.slice(&r).to_string());
    assert_eq!(found.as_deref(), Some("Taliban’s calculus"));
    insta::assert_snapshot!("search_folds_quotes", styled(&state));
    // "Beijing" has no accent; "béijing" asks for one, so it is not folded.
    search(&mut state, "beijing");
    assert!(state.jumped.is_some());
    search(&mut state, "béijing");
    assert!(status(&state).contains("not found"), "{}", status(&state));
}

#[test]
fn the_search_prompt_edits_like_a_shell() {
    let mut state = bundled_state(120, 40);
    search(&mut state, "Kabul");
    search(&mut state, "Islamabad");
    update(&mut state, Action::StartSearch);
    for c in "old words".chars() {
        update(&mut state, Action::SearchInput(c));
    }
    update(&mut state, Action::SearchDeleteWord);
    assert!(status(&state).starts_with("/old █"), "{}", status(&state));
    update(&mut state, Action::SearchClearLine);
    update(&mut state, Action::SearchHistory(true));
    update(&mut state, Action::SearchHistory(true));
    assert!(status(&state).starts_with("/Kabul█"), "{}", status(&state));
    update(&mut state, Action::SearchHistory(false));
    assert!(status(&state).starts_with("/Islamabad█"), "{}", status(&state));
    update(&mut state, Action::SearchClearLine);
    // An empty Enter repeats the last search.
    update(&mut state, Action::SearchSubmit);
    assert_eq!(state.search.as_ref().map(|s| s.query.as_str()), Some("Islamabad"));
    // Past the last match, the search goes on from the top and says so.
    update(&mut state, Action::Bottom);
    update(&mut state, Action::NextMatch);
    assert!(status(&state).contains("from the top"), "{}", status(&state));
    insta::assert_snapshot!("search_wrapped", styled(&state));
}

#[test]
fn help_explains_the_kind_letters_and_scrolls_when_it_does_not_fit() {
    let mut state = bundled_state(120, 40);
    update(&mut state, Action::ToggleHelp);
    assert!(screen(&state).contains("S state · I international organisation"));
    let mut state = bundled_state(50, 12);
    update(&mut state, Action::ToggleHelp);
    insta::assert_snapshot!("help_50x12_top", styled(&state));
    for _ in 0..80 {
        update(&mut state, Action::HelpScroll(1));
    }
    let end = screen(&state);
    assert!(end.contains("P person") && end.contains("Mouse"), "{end}");
    insta::assert_snapshot!("help_50x12_end", styled(&state));
}

#[test]
fn one_mention_is_singular() {
    let mut state = bundled_state(120, 40);
    update(&mut state, Action::FocusNext);
    let one = state.actor_order.iter().position(|&a| state.doc.mention_count(a) == 1);
    for _ in 0..one.expect("an actor mentioned once") {
        update(&mut state, Action::Down);
    }
    update(&mut state, Action::Activate);
    assert!(status(&state).contains(": 1 mention —"), "{}", status(&state));
}

#[test]
fn slash_in_a_list_filters_that_list() {
    let mut state = bundled_state(120, 40);
    update(&mut state, Action::FocusPrev);
    update(&mut state, Action::StartSearch);
    for c in "tal".chars() {
        update(&mut state, Action::SearchInput(c));
    }
    assert!(status(&state).starts_with("filter sections: tal█"), "{}", status(&state));
    insta::assert_snapshot!("sections_filtered", styled(&state));
    update(&mut state, Action::SearchSubmit);
    update(&mut state, Action::Down);
    update(&mut state, Action::Activate);
    // The innermost title whole; the outer section gives way to it.
    let line = status(&state);
    assert!(line.contains("§ …› Where is Afghanistan Three Years into Taliban Rule?"), "{line}");
    update(&mut state, Action::Clear);
    assert_eq!(state.outline.shown().len(), state.doc.sections.len());

    update(&mut state, Action::FocusNext);
    update(&mut state, Action::FocusNext);
    update(&mut state, Action::StartSearch);
    for c in "pak".chars() {
        update(&mut state, Action::SearchInput(c));
    }
    update(&mut state, Action::SearchSubmit);
    let names: Vec<_> =
        state.actor_order.iter().map(|&a| state.doc.actors[a].name.as_str()).collect();
    assert!(
        !names.is_empty()
            && names.iter().all(|n| n.to_lowercase().contains("pak")
                || n.contains("TTP")
                || n.contains("Taliban")),
        "{names:?}"
    );
    let filtered = names.len();
    insta::assert_snapshot!("actors_filtered", styled(&state));
    update(&mut state, Action::Clear);
    assert!(state.actor_order.len() > filtered);
}

#[test]
fn the_list_of_matches_shows_each_in_context_and_goes_there() {
    let mut state = bundled_state(120, 40);
    search(&mut state, "airstrikes");
    let top = state.top;
    update(&mut state, Action::ShowMatches);
    update(&mut state, Action::ResultsStep(2));
    let shown = screen(&state);
    assert!(shown.contains("matches of /airstrikes"), "{shown}");
    insta::assert_snapshot!("matches_in_context", styled(&state));
    // Esc goes back; Enter goes to the match under the cursor.
    update(&mut state, Action::ResultsClose);
    assert_eq!(state.top, top);
    update(&mut state, Action::ShowMatches);
    update(&mut state, Action::ResultsStep(2));
    update(&mut state, Action::ResultsChoose);
    let all = state.search.as_ref().map(|s| s.count_all(&state.doc.text)).expect("searched");
    assert_eq!(state.jumped.as_ref().map(|r| r.start), all.get(2).copied(), "{all:?}");
}
