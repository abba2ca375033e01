//! Every default binding, written out here by hand: pressing its key through the real keymap
//! must give its command, and a binding added to the keymap without a line here fails.

use super::*;
use crate::app::{State, update};
use ratatui::layout::Rect;

/// (layer, key as a terminal sends it, command).
fn expected() -> Vec<(Layer, KeyEvent, &'static str)> {
    use KeyCode::*;
    use Layer::*;
    let k = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let shift = |c| KeyEvent::new(Char(c), KeyModifiers::SHIFT);
    let ctrl = |c| KeyEvent::new(Char(c), KeyModifiers::CONTROL);
    vec![
        (Normal, k(Char('j')), "down"),
        (Normal, k(Down), "down"),
        (Normal, k(Char('k')), "up"),
        (Normal, k(Up), "up"),
        (Normal, k(Char(' ')), "page_down"),
        (Normal, ctrl('f'), "page_down"),
        (Normal, k(PageDown), "page_down"),
        (Normal, k(Char('b')), "page_up"),
        (Normal, ctrl('b'), "page_up"),
        (Normal, k(PageUp), "page_up"),
        (Normal, ctrl('d'), "half_page_down"),
        (Normal, ctrl('u'), "half_page_up"),
        (Normal, k(Char('g')), "top"),
        (Normal, k(Home), "top"),
        (Normal, shift('G'), "bottom"),
        (Normal, k(End), "bottom"),
        (Normal, k(Char('[')), "prev_section"),
        (Normal, k(Char(']')), "next_section"),
        (Normal, k(Tab), "focus_next"),
        (Normal, KeyEvent::new(BackTab, KeyModifiers::SHIFT), "focus_prev"),
        (Normal, k(Enter), "activate"),
        (Normal, k(Esc), "clear"),
        (Normal, k(Char('n')), "next_match"),
        (Normal, shift('N'), "prev_match"),
        (Normal, k(Char('/')), "search"),
        // Who is where, mentions in context, sidebar order and the brief.
        (Normal, shift('T'), "toggle_top_actors"),
        (Normal, shift('I'), "section_info"),
        (Normal, shift('P'), "toggle_presence"),
        (Normal, shift('}'), "next_dense"),
        (Normal, shift('{'), "prev_dense"),
        (Normal, shift('L'), "list_mentions"),
        (Normal, shift('O'), "cycle_sort"),
        (Normal, shift('K'), "cycle_kind"),
        (Normal, shift('B'), "write_brief"),
        (Normal, shift('M'), "show_matches"),
        (Normal, k(Char('s')), "toggle_side_panes"),
        (Normal, k(Char('o')), "toggle_section_pane"),
        (Normal, k(Char('a')), "toggle_actor_pane"),
        (Normal, shift('<'), "narrower_pane"),
        (Normal, shift('>'), "wider_pane"),
        (Normal, k(Char('z')), "toggle_fold"),
        (Normal, shift('Z'), "fold_level"),
        (Normal, k(Char('p')), "toggle_places"),
        (Normal, ctrl('t'), "toggle_mouse"),
        (Normal, k(Char('m')), "set_mark"),
        (Normal, k(Char('\'')), "go_to_mark"),
        (Normal, ctrl('o'), "jump_back"),
        (Normal, ctrl('i'), "jump_forward"),
        (Normal, KeyEvent::new(Char('i'), KeyModifiers::ALT), "jump_forward"),
        (Normal, shift('R'), "reload"),
        (Normal, shift('F'), "follow"),
        (Normal, shift('?'), "toggle_help"),
        (Normal, k(Char('f')), "filter_actor"),
        (Normal, shift('&'), "filter_add_actor"),
        (Normal, k(Char('i')), "first_mention"),
        (Normal, k(Char('t')), "toggle_so_far"),
        (Normal, k(Char('w')), "with_whom"),
        (Normal, ctrl('z'), "suspend"),
        (Normal, k(Char('q')), "quit"),
        (Normal, ctrl('c'), "quit"),
        (Help, k(Char('j')), "help_down"),
        (Help, k(Down), "help_down"),
        (Help, k(Char('k')), "help_up"),
        (Help, k(Up), "help_up"),
        (Help, k(Char(' ')), "help_page_down"),
        (Help, k(PageDown), "help_page_down"),
        (Help, k(Char('b')), "help_page_up"),
        (Help, k(PageUp), "help_page_up"),
        (Help, k(Char('q')), "quit"),
        (Help, ctrl('c'), "quit"),
        (SearchPrompt, k(Enter), "search_submit"),
        (SearchPrompt, k(Esc), "search_cancel"),
        (SearchPrompt, k(Backspace), "search_backspace"),
        (SearchPrompt, ctrl('w'), "search_delete_word"),
        (SearchPrompt, ctrl('u'), "search_clear_line"),
        (SearchPrompt, k(Up), "search_history_prev"),
        (SearchPrompt, k(Down), "search_history_next"),
        (SearchPrompt, ctrl('c'), "quit"),
        (Results, k(Char('j')), "results_down"),
        (Results, k(Down), "results_down"),
        (Results, k(Char('k')), "results_up"),
        (Results, k(Up), "results_up"),
        (Results, k(Char(' ')), "results_page_down"),
        (Results, k(PageDown), "results_page_down"),
        (Results, k(Char('b')), "results_page_up"),
        (Results, k(PageUp), "results_page_up"),
        (Results, k(Enter), "results_choose"),
        (Results, k(Esc), "results_close"),
        (Results, k(Char('q')), "results_close"),
        (Results, shift('M'), "results_close"),
        (Results, ctrl('c'), "quit"),
        // Curation.
        (Normal, k(Char('e')), "edit_actor"),
        (Normal, k(Char('u')), "undo_edit"),
        (Curate, k(Char('m')), "edit_merge"),
        (Curate, k(Char('r')), "edit_rename"),
        (Curate, k(Char('h')), "edit_hide"),
        (Curate, k(Char('k')), "edit_kind"),
        (Curate, k(Char('d')), "edit_detach"),
        (Curate, k(Esc), "edit_close"),
        (Curate, k(Char('q')), "edit_close"),
        (Curate, ctrl('c'), "quit"),
    ]
}

#[test]
fn every_default_binding_gives_its_command() {
    let keymap = Keymap::builtin();
    let expected = expected();
    for &(layer, key, name) in &expected {
        let want = command(name).map(|c| c.action);
        assert_eq!(keymap.action_for(key, layer), want, "{key:?} in {layer:?} should be {name}");
    }
    let written: Vec<_> =
        keymap.bindings().iter().map(|b| (b.layer, b.chord, b.command.name)).collect();
    for &(layer, chord, name) in &written {
        let tested =
            expected.iter().any(|&(l, k, n)| l == layer && Chord::of(k) == chord && n == name);
        assert!(tested, "the binding {chord} = {name} in {layer:?} has no line in this test");
    }
    assert_eq!(written.len(), expected.len());
}

#[test]
fn a_pressed_key_changes_the_state_through_the_keymap() {
    let mut state = State::new(crate::app::tests::sample(4, 30), Rect::new(0, 0, 100, 20));
    let keymap = Keymap::builtin();
    let press = |state: &mut State, key: KeyEvent| {
        if let Some(action) = keymap.action_for(key, state.layer()) {
            update(state, action);
        }
    };
    press(&mut state, KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT));
    assert!(state.at_end());
    press(&mut state, KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT));
    assert_eq!(state.layer(), Layer::Help);
    // Any key the help does not bind closes it.
    press(&mut state, KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE));
    assert_eq!(state.layer(), Layer::Normal);
    press(&mut state, KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE));
    for c in "mali".chars() {
        press(&mut state, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    assert_eq!(state.prompt.as_deref(), Some("mali"));
    // Ctrl with a letter the prompt does not bind types nothing.
    press(&mut state, KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL));
    assert_eq!(state.prompt.as_deref(), Some("mali"));
}

#[test]
fn the_help_shows_the_first_two_keys_of_each_reading_command() {
    let rows = Keymap::builtin().help_rows();
    // 30, 4 for marks and the jump list, 2 for reload and follow, 5 for filters and with whom,
    // 2 for curation, 9 for the panels.
    assert_eq!(rows.len(), 52);
    assert!(rows.contains(&("Ctrl-i  Alt-i".to_string(), "forward again in the jump list")));
    assert_eq!(rows[0], ("j  ↓".to_string(), "down a line / next item"));
    assert!(rows.contains(&("Space  Ctrl-f".to_string(), "down a page")));
    assert!(rows.contains(&("q  Ctrl-c".to_string(), "quit")));
    assert!(rows.contains(&("e".to_string(), "edit the actor (menu)")));
}

#[test]
fn the_markdown_table_lists_every_chord() {
    let md = markdown(&Keymap::builtin());
    assert!(md.contains("| `Space` `Ctrl-f` `PgDn` | `page_down` | down a page |"), "{md}");
    assert!(md.contains("| keys (in the list of matches) | action | does |"));
    assert_eq!(md.matches("`quit`").count(), 5, "quit is bound in every layer");
}
