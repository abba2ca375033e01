//! Whole screens drawn from a state built here, for what the snapshot files leave open: which
//! actors the actor list shows once its cursor is below the fold (and which one a click then
//! picks), and how far each of the help's scrolling keys moves it. Keys go through the real
//! keymap, as a reader's do.

use super::*;
use crate::app::{Action, Focus, State, update};
use crate::model::{Actor, ActorKind, Block, BlockKind, Document, Mention, Rule, Section};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A one-section document in which each of `n` envoys speaks in a paragraph of their own;
/// envoy `i` speaks `n - i` times, so the actor list ranks them in order, "Envoy 00" first.
fn envoys(n: usize) -> Document {
    let heading = "Roll call";
    let mut text = format!("{heading}\n\n");
    let mut blocks = vec![Block::new(BlockKind::Heading { level: 1 }, 0..heading.len(), 0)];
    let mut mentions = Vec::new();
    for i in 0..n {
        for _ in i..n {
            let at = text.len();
            let para = format!("Envoy {i:02} spoke at the meeting.");
            mentions.push(Mention {
                actor: i as u32,
                range: at..at + 8,
                block: 0,
                section: 0,
                rule: Rule::Gazetteer,
            });
            blocks.push(Block::new(BlockKind::Paragraph, at..at + para.len(), 0));
            text.push_str(&para);
            text.push_str("\n\n");
        }
    }
    let sections = vec![Section {
        level: 1,
        title_len: heading.len() as u32,
        blocks: 0..blocks.len(),
        range: 0..text.len(),
    }];
    let mut doc = Document::new("Envoys".into(), text, blocks, sections, vec![], vec![]);
    let actors = (0..n)
        .map(|i| Actor {
            id: format!("envoy-{i:02}"),
            name: format!("Envoy {i:02}"),
            kind: ActorKind::Person,
            aliases: vec![],
            parent: None,
        })
        .collect();
    doc.set_actors(actors, mentions);
    doc
}

/// The screen, one string a row.
fn screen(state: &State) -> Vec<String> {
    let mut buf = Buffer::empty(state.size);
    draw(state, Theme::DARK, state.size, &mut buf);
    let area = buf.area;
    (0..area.height)
        .map(|y| (0..area.width).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect()
}

fn press(state: &mut State, code: KeyCode, modifiers: KeyModifiers) {
    let key = KeyEvent::new(code, modifiers);
    if let Some(action) = state.keymap.action_for(key, state.layer()) {
        update(state, action);
    }
}

fn key(state: &mut State, c: char) {
    let code = if c == '\t' { KeyCode::Tab } else { KeyCode::Char(c) };
    press(state, code, KeyModifiers::NONE);
}

/// The names the actor pane shows, top to bottom.
fn actor_rows(state: &State) -> Vec<String> {
    let pane = state.panes().actors.expect("the actor pane is shown");
    let rows = screen(state);
    (pane.y + 1..pane.y + pane.height - 1)
        .map(|y| {
            let line: String = rows[usize::from(y)]
                .chars()
                .skip(usize::from(pane.x) + 1)
                .take(usize::from(pane.width) - 2)
                .collect();
            line.split_once("Envoy ")
                .map(|(_, rest)| format!("Envoy {}", &rest[..2]))
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn the_actor_list_scrolls_only_as_far_as_keeps_its_cursor_on_the_last_row() {
    let mut state = State::new(envoys(30), Rect::new(0, 0, 120, 16));
    let pane = state.panes().actors.expect("the actor pane is shown");
    let shown = usize::from(pane.height - 2);
    key(&mut state, '\t');
    assert_eq!(state.focus, Focus::Actors);
    // Within the first screenful the list does not move.
    for _ in 0..shown - 1 {
        key(&mut state, 'j');
    }
    let rows = actor_rows(&state);
    assert_eq!(rows.len(), shown);
    assert_eq!(rows[0], "Envoy 00");
    assert_eq!(rows[shown - 1], format!("Envoy {:02}", shown - 1));
    // One more and it moves by one: the cursor's actor is on the last row, the rest in order.
    for step in 1..=30 - shown {
        key(&mut state, 'j');
        let cursor = shown - 1 + step;
        let rows = actor_rows(&state);
        assert_eq!(rows[shown - 1], format!("Envoy {cursor:02}"), "after {step} more");
        assert_eq!(rows[0], format!("Envoy {:02}", cursor + 1 - shown), "after {step} more");
    }
}

#[test]
fn a_click_in_a_scrolled_actor_list_picks_the_actor_drawn_on_that_row() {
    for row in [0, 3, 12] {
        let mut state = State::new(envoys(30), Rect::new(0, 0, 120, 16));
        key(&mut state, '\t');
        for _ in 0..25 {
            key(&mut state, 'j');
        }
        let pane = state.panes().actors.expect("the actor pane is shown");
        let rows = actor_rows(&state);
        assert_eq!(rows.len(), 13);
        assert_eq!(rows[0], "Envoy 13", "the list is scrolled to keep Envoy 25 on its last row");
        let y = pane.y + 1 + row as u16;
        update(&mut state, Action::Click { column: pane.x + 2, row: y });
        let picked = state.selected_actor.map(|a| state.doc.actors[a].name.clone());
        assert_eq!(picked.as_deref(), Some(rows[row].as_str()), "a click on row {row}");
        // The list stays where it was: the actor clicked is still on the row clicked.
        assert_eq!(actor_rows(&state), rows, "the list moved after a click on row {row}");
        let cursor = &state.doc.actors[state.actor_order[state.actor_cursor]].name;
        assert_eq!(cursor, &rows[row], "the cursor is on the row clicked");
        // A step up from there moves the cursor, and the list only to keep it in view.
        key(&mut state, 'k');
        let after = actor_rows(&state);
        if row > 0 {
            assert_eq!(after, rows, "the list moved on k from row {row}");
        } else {
            assert_eq!(after[1..], rows[..rows.len() - 1], "k from the top row scrolls one");
        }
    }
}

#[test]
fn a_click_on_the_actor_lists_borders_picks_nothing() {
    let mut state = State::new(envoys(30), Rect::new(0, 0, 120, 16));
    let pane = state.panes().actors.expect("the actor pane is shown");
    let rows = actor_rows(&state);
    for y in [pane.y, pane.bottom() - 1] {
        update(&mut state, Action::Click { column: pane.x + 2, row: y });
        assert_eq!(state.selected_actor, None, "a click on the border at row {y}");
        assert_eq!(actor_rows(&state), rows, "the list moved after a click on row {y}");
    }
}

/// The help's title, "Keys 20/31 — …": the last row shown, of how many.
fn help_position(state: &State) -> (usize, usize) {
    let rows = screen(state);
    let title = rows.iter().find_map(|r| r.split_once(" Keys ").map(|(_, t)| t.to_string()));
    let title = title.expect("the help is open");
    let (shown, rest) = title.split_once('/').expect("the help scrolls at this size");
    let total: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (shown.parse().expect("a number"), total.parse().expect("a number"))
}

#[test]
fn each_help_scrolling_key_moves_the_help_by_its_amount() {
    let mut state = State::new(envoys(3), Rect::new(0, 0, 70, 24));
    key(&mut state, '?');
    let (first, total) = help_position(&state);
    assert!(total > first + 20, "the help is taller than the screen: {first}/{total}");
    let none = KeyModifiers::NONE;
    let steps: [(KeyCode, isize); 8] = [
        (KeyCode::Char(' '), 8),
        (KeyCode::PageDown, 8),
        (KeyCode::Char('j'), 1),
        (KeyCode::Down, 1),
        (KeyCode::Char('k'), -1),
        (KeyCode::Up, -1),
        (KeyCode::Char('b'), -8),
        (KeyCode::PageUp, -8),
    ];
    let mut at = first;
    for (code, rows) in steps {
        press(&mut state, code, none);
        at = at.saturating_add_signed(rows);
        assert_eq!(help_position(&state), (at, total), "after {code:?}");
    }
    // Up from the top stays at the top; down past the end stops at the last row.
    press(&mut state, KeyCode::Char('k'), none);
    assert_eq!(help_position(&state).0, first);
    for _ in 0..total {
        press(&mut state, KeyCode::Char(' '), none);
    }
    assert_eq!(help_position(&state).0, total);
}

#[test]
fn a_search_with_no_match_says_so_once_and_the_corner_keeps_only_the_percentage() {
    let mut state = State::new(envoys(3), Rect::new(0, 0, 100, 20));
    key(&mut state, '/');
    "zanzibarine".chars().for_each(|c| key(&mut state, c));
    press(&mut state, KeyCode::Enter, KeyModifiers::NONE);
    let status = screen(&state).pop().unwrap_or_default();
    assert!(status.contains("not found: zanzibarine"), "{status}");
    assert!(status.trim_end().ends_with("Envoys ·  100%"), "{status}");
    assert!(!status.contains("no match"), "{status}");
}

#[test]
fn a_long_merge_chooser_in_a_short_terminal_stops_above_the_status_bar() {
    let mut state = State::new(envoys(30), Rect::new(0, 0, 120, 12));
    let before = screen(&state).pop().unwrap_or_default();
    assert!(before.contains("Roll call"), "{before}");
    key(&mut state, '\t');
    key(&mut state, 'e');
    key(&mut state, 'm');
    let rows = screen(&state);
    let chooser = rows.iter().position(|r| r.contains("Merge Envoy 00 into"));
    assert_eq!(chooser, Some(0), "{rows:#?}");
    // Its bottom border is the row above the status bar, which shows what is typed, whole.
    assert!(rows[10].trim_end().ends_with('┘'), "{rows:#?}");
    assert!(rows[11].starts_with("edit: █"), "{rows:#?}");
    assert!(!rows[11].contains(['─', '┘', '│']), "{rows:#?}");
}

#[test]
fn section_statistics_name_four_new_actors_and_count_the_rest() {
    let mut state = State::new(envoys(30), Rect::new(0, 0, 160, 20));
    press(&mut state, KeyCode::Char('I'), KeyModifiers::SHIFT);
    let status = screen(&state).pop().unwrap_or_default();
    assert!(
        status.contains(" 30 actors, 30 new: Envoy 00, Envoy 01, Envoy 02, Envoy 03 +26"),
        "{status}"
    );
}

/// A document of `n` one-paragraph chapters, "Chapter 00" to "Chapter {n-1}".
fn chapters(n: usize) -> Document {
    let mut text = String::new();
    let (mut blocks, mut sections) = (Vec::new(), Vec::new());
    for i in 0..n {
        let start = text.len();
        let title = format!("Chapter {i:02}");
        let para = format!("The events of chapter {i}.");
        let at = start + title.len() + 2;
        blocks.push(Block::new(
            BlockKind::Heading { level: 1 },
            start..start + title.len(),
            i as u32,
        ));
        blocks.push(Block::new(BlockKind::Paragraph, at..at + para.len(), i as u32));
        text.push_str(&format!("{title}\n\n{para}\n\n"));
        sections.push(Section {
            level: 1,
            title_len: title.len() as u32,
            blocks: 2 * i..2 * i + 2,
            range: start..text.len(),
        });
    }
    Document::new("Chapters".into(), text, blocks, sections, vec![], vec![])
}

#[test]
fn the_section_list_scrolls_only_as_far_as_keeps_its_cursor_on_the_last_row() {
    let mut state = State::new(chapters(40), Rect::new(0, 0, 120, 16));
    let pane = state.panes().sections.expect("the section pane is shown");
    let shown = usize::from(pane.height - 2);
    press(&mut state, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(state.focus, Focus::Sections);
    for step in 1..30_usize {
        key(&mut state, 'j');
        let rows = screen(&state);
        let row = |k: usize| rows[usize::from(pane.y) + 1 + k].clone();
        let first = (step + 1).saturating_sub(shown);
        assert!(row(0).contains(&format!("Chapter {first:02}")), "after {step}: {rows:#?}");
        let last = first + shown - 1;
        assert!(row(shown - 1).contains(&format!("Chapter {last:02}")), "after {step}: {rows:#?}");
    }
}

/// "Part One" (level 1) holding "Chapter 1" and "Chapter 2" (level 2), then "Part Two".
fn parts() -> Document {
    let mut text = String::new();
    let (mut blocks, mut sections) = (Vec::new(), Vec::new());
    let heads = [(1, "Part One"), (2, "Chapter 1"), (2, "Chapter 2"), (1, "Part Two")];
    for (i, (level, title)) in heads.into_iter().enumerate() {
        let start = text.len();
        let para = format!("What happens in {title}.");
        let at = start + title.len() + 2;
        blocks.push(Block::new(BlockKind::Heading { level }, start..start + title.len(), i as u32));
        blocks.push(Block::new(BlockKind::Paragraph, at..at + para.len(), i as u32));
        text.push_str(&format!("{title}\n\n{para}\n\n"));
        sections.push(Section {
            level,
            title_len: title.len() as u32,
            blocks: 2 * i..2 * i + 2,
            range: start..text.len(),
        });
    }
    Document::new("Parts".into(), text, blocks, sections, vec![], vec![])
}

#[test]
fn a_folded_section_is_marked_plus_and_its_children_leave_the_list() {
    let mut state = State::new(parts(), Rect::new(0, 0, 120, 16));
    let pane = state.panes().sections.expect("the section pane is shown");
    let list = |state: &State| -> Vec<String> {
        let rows = screen(state);
        (1..5)
            .map(|k| {
                let row = &rows[usize::from(pane.y) + k];
                row.chars().skip(usize::from(pane.x)).take(usize::from(pane.width)).collect()
            })
            .collect()
    };
    press(&mut state, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(state.focus, Focus::Sections);
    let open = list(&state);
    assert!(open[0].contains("−") && open[0].contains("Part One"), "{open:#?}");
    assert!(open[1].contains("Chapter 1") && open[2].contains("Chapter 2"), "{open:#?}");
    key(&mut state, 'z');
    let folded = list(&state);
    assert!(folded[0].contains("+") && folded[0].contains("Part One"), "{folded:#?}");
    assert!(folded[1].contains("Part Two"), "{folded:#?}");
    assert!(!folded.iter().any(|r| r.contains("Chapter")), "{folded:#?}");
    key(&mut state, 'z');
    assert_eq!(list(&state), open, "a second z unfolds");
}

#[test]
fn s_with_one_side_pane_hidden_shows_both_and_then_hides_both() {
    let mut state = State::new(chapters(3), Rect::new(0, 0, 120, 16));
    let shown = |state: &State| {
        let panes = state.panes();
        (panes.sections.is_some(), panes.actors.is_some())
    };
    assert_eq!(shown(&state), (true, true));
    update(&mut state, Action::ToggleSectionPane);
    assert_eq!(shown(&state), (false, true));
    update(&mut state, Action::ToggleSidePanes);
    assert_eq!(shown(&state), (true, true), "s shows both while one is hidden");
    update(&mut state, Action::ToggleSidePanes);
    assert_eq!(shown(&state), (false, false), "s hides both once both show");
}
