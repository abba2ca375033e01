//! The reducer as a function: a message in, the state and the effects out.

use super::*;
use crate::app::Background;
use crate::app::tests::sample;

fn state() -> State {
    State::new(sample(4, 20), Rect::new(0, 0, 100, 24))
}

#[test]
fn what_only_the_shell_can_do_comes_back_as_effects() {
    let mut s = state();
    assert!(matches!(update(&mut s, Action::Quit)[..], [Effect::Quit]));
    assert!(matches!(update(&mut s, Action::Suspend)[..], [Effect::Suspend]));
    assert!(matches!(update(&mut s, Action::ToggleMouse)[..], [Effect::SetMouse(true)]));
    assert!(matches!(update(&mut s, Action::ToggleMouse)[..], [Effect::SetMouse(false)]));
    // Moving is the state's business alone.
    assert!(update(&mut s, Action::PageDown).is_empty());
    assert!(s.top > Anchor::default());
}

#[test]
fn a_search_asks_for_its_matches_to_be_counted_and_takes_the_count_as_a_message() {
    let mut s = state();
    update(&mut s, Action::StartSearch);
    for c in "mali".chars() {
        assert!(update(&mut s, Action::SearchInput(c)).is_empty());
    }
    let effects = update(&mut s, Action::SearchSubmit);
    let [Effect::CountMatches(search)] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!(search.query, "mali");
    let counts = search.count_now(&s.doc.text);
    let generation = search.generation;
    assert!(update(&mut s, Background::SearchCounted { generation, counts }).is_empty());
    let all = s.search.as_ref().and_then(|x| x.counts.as_ref()).map(|a| a.total());
    assert_eq!(all, Some(4 * 20));
    let label = s.search.as_ref().map(|x| x.position_label(&s.doc.text));
    assert_eq!(label.as_deref(), Some("1/80"));
    // Clearing the search stops a count still running for it.
    assert!(matches!(update(&mut s, Action::Clear)[..], [Effect::CancelCount]));
}

#[test]
fn a_failed_count_says_why_instead_of_counting_for_ever() {
    let mut s = state();
    update(&mut s, Action::StartSearch);
    update(&mut s, Action::SearchInput('c'));
    let effects = update(&mut s, Action::SearchSubmit);
    let [Effect::CountMatches(search)] = &effects[..] else { panic!("{effects:?}") };
    let (generation, why) = (search.generation, "counting the matches failed: boom".to_string());
    update(&mut s, Background::CountFailed { generation, why });
    assert_eq!(s.message.as_deref(), Some("counting the matches failed: boom"));
    let label = s.search.as_ref().map(|x| x.position_label(&s.doc.text));
    assert_eq!(label.as_deref(), Some("not counted"));
}

#[test]
fn a_failed_job_is_shown_and_ends_the_progress() {
    let mut s = state();
    s.progress = Some(40);
    assert!(update(&mut s, Background::Failed("analysis failed: boom".into())).is_empty());
    assert_eq!(s.progress, None);
    assert_eq!(s.message.as_deref(), Some("analysis failed: boom"));
}

#[test]
fn the_help_scrolls_no_further_than_its_last_row_at_every_size() {
    for (w, h) in [(50, 12), (70, 24), (80, 24), (100, 30), (200, 80)] {
        let mut s = State::new(sample(4, 20), Rect::new(0, 0, w, h));
        update(&mut s, Action::ToggleHelp);
        let help = crate::app::help::layout(s.size, &s.keymap);
        for _ in 0..help.total() {
            update(&mut s, Action::HelpScroll(8));
        }
        // The last row of the help is on the box's last row, no further.
        assert_eq!(s.help_scroll + help.shown(), help.total(), "{w}x{h}");
        update(&mut s, Action::HelpScroll(1));
        assert_eq!(s.help_scroll + help.shown(), help.total(), "j at the end, {w}x{h}");
        // So one `k` moves the help one row, wherever it fits at all.
        update(&mut s, Action::HelpScroll(-1));
        assert_eq!(s.help_scroll, help.max_scroll().saturating_sub(1), "k, {w}x{h}");
    }
}

#[test]
fn a_taller_terminal_brings_a_help_scrolled_to_its_end_back_within_its_rows() {
    let mut s = State::new(sample(4, 20), Rect::new(0, 0, 70, 14));
    update(&mut s, Action::ToggleHelp);
    for _ in 0..20 {
        update(&mut s, Action::HelpScroll(8));
    }
    let short = s.help_scroll;
    update(&mut s, Action::Resize(70, 30));
    let most = crate::app::help::layout(s.size, &s.keymap).max_scroll();
    assert!(most < short, "the taller box shows more: {most} < {short}");
    assert_eq!(s.help_scroll, most);
    update(&mut s, Action::HelpScroll(-1));
    assert_eq!(s.help_scroll, most - 1);
}
