use super::*;
use crate::model::{Actor, Block, BlockKind, Mention, Rule, Section};
use std::collections::HashSet;

mod clicks;
mod layers;
mod reload;
mod window;

/// A document with `n` sections of a heading and `paras` paragraphs each; "Chad" is mentioned
/// once per paragraph as actor 0, "Mali" once per section as actor 1.
pub(crate) fn sample(n: usize, paras: usize) -> Document {
    let mut text = String::new();
    let mut blocks = Vec::new();
    let mut sections = Vec::new();
    let mut mentions = Vec::new();
    for s in 0..n {
        let start_block = blocks.len();
        let start = text.len();
        let title = format!("Section {s}");
        blocks.push(Block::new(
            BlockKind::Heading { level: 2 },
            start..start + title.len(),
            s as u32,
        ));
        text.push_str(&title);
        text.push_str("\n\n");
        for p in 0..paras {
            let at = text.len();
            let para = format!(
                "Chad met Mali in paragraph {p} of section {s}, and talked at length about many things."
            );
            mentions.push(Mention {
                actor: 0,
                range: at..at + 4,
                block: 0,
                section: 0,
                rule: Rule::Gazetteer,
            });
            if p == 0 {
                mentions.push(Mention {
                    actor: 1,
                    range: at + 9..at + 13,
                    block: 0,
                    section: 0,
                    rule: Rule::Gazetteer,
                });
            }
            blocks.push(Block::new(BlockKind::Paragraph, at..at + para.len(), s as u32));
            text.push_str(&para);
            text.push_str("\n\n");
        }
        sections.push(Section {
            level: 2,
            title_len: title.len() as u32,
            blocks: start_block..blocks.len(),
            range: start..text.len(),
        });
    }
    let mut doc = Document::new("Sample".into(), text, blocks, sections, vec![], vec![]);
    let actor = |name: &str| Actor {
        id: name.to_lowercase(),
        name: name.into(),
        kind: crate::model::ActorKind::State,
        aliases: vec![],
        parent: None,
    };
    doc.set_actors(vec![actor("Chad"), actor("Mali")], mentions);
    doc
}

fn state(w: u16, h: u16) -> State {
    State::new(sample(5, 6), Rect::new(0, 0, w, h))
}

fn run(state: &mut State, actions: &[Action]) {
    for &a in actions {
        update(state, a);
    }
}

fn top_text(state: &State) -> String {
    let row = state.layout.row(&state.doc, state.top).map(|r| r.range).unwrap_or_default();
    state.doc.slice(&row).to_string()
}

/// Each default binding's action, exercised with an observable effect. A binding added to the
/// keymap without a case here fails `every_binding_is_tested`.
fn exercise(action: Action) -> bool {
    let mut s = state(120, 30);
    match action {
        Action::Down => {
            update(&mut s, action);
            s.top.row == 1 || s.top.block == 1
        }
        Action::Up => {
            run(&mut s, &[Action::PageDown, Action::Up]);
            let after_page = {
                let mut t = state(120, 30);
                update(&mut t, Action::PageDown);
                t.top
            };
            s.top < after_page
        }
        Action::PageDown | Action::HalfPageDown => {
            update(&mut s, action);
            s.top > crate::layout::Anchor::default()
        }
        Action::PageUp | Action::HalfPageUp => {
            run(&mut s, &[Action::Bottom, action]);
            s.top < s.layout.max_top(&s.doc, s.page_height())
        }
        Action::Top => {
            run(&mut s, &[Action::Bottom, Action::Top]);
            s.top == crate::layout::Anchor::default()
        }
        Action::Bottom => {
            update(&mut s, action);
            s.percent() == 100 && s.top == s.layout.max_top(&s.doc, s.page_height())
        }
        Action::NextSection => {
            run(&mut s, &[action, action]);
            s.current_section() == 2 && top_text(&s) == "Section 2"
        }
        Action::PrevSection => {
            run(&mut s, &[Action::NextSection, Action::NextSection, Action::Down, action]);
            let back_to_start = top_text(&s) == "Section 2";
            update(&mut s, action);
            back_to_start && top_text(&s) == "Section 1"
        }
        Action::FocusNext => {
            update(&mut s, action);
            s.focus == Focus::Actors
        }
        Action::FocusPrev => {
            update(&mut s, action);
            s.focus == Focus::Sections
        }
        Action::Activate => {
            run(&mut s, &[Action::FocusPrev, Action::Down, Action::Down, Action::Down, action]);
            s.current_section() == 3
        }
        Action::Clear => {
            run(&mut s, &[Action::FocusNext, Action::Activate]);
            let selected = s.selected_actor.is_some();
            update(&mut s, action);
            selected && s.selected_actor.is_none()
        }
        Action::NextMatch => {
            run(&mut s, &[Action::FocusNext, Action::Down, Action::Activate, action, action]);
            // Mali is mentioned once per section: the second jump lands in section 1.
            let mali = s.jumped.clone().map(|r| s.doc.slice(&r).to_string());
            let section = s
                .jumped
                .clone()
                .and_then(|r| s.doc.block_at(r.start))
                .map(|b| s.doc.blocks[b].section);
            mali.as_deref() == Some("Mali") && section == Some(1)
        }
        Action::PrevMatch => {
            run(&mut s, &[Action::FocusNext, Action::Down, Action::Activate]);
            run(&mut s, &[Action::NextMatch, Action::NextMatch, Action::NextMatch, action]);
            let second = s.doc.mentions_of(1)[1];
            s.jumped == Some(s.doc.mentions[second].range.clone())
        }
        Action::StartSearch => {
            update(&mut s, action);
            "para".chars().for_each(|c| {
                update(&mut s, Action::SearchInput(c));
            });
            let effects = update(&mut s, Action::SearchSubmit);
            !effects.is_empty() && s.search.as_ref().is_some_and(|x| x.current.is_some())
        }
        Action::ShowMatches => {
            update(&mut s, Action::StartSearch);
            "mali".chars().for_each(|c| {
                update(&mut s, Action::SearchInput(c));
            });
            update(&mut s, Action::SearchSubmit);
            update(&mut s, action);
            let open = s.layer() == Layer::Results;
            run(&mut s, &[Action::ResultsStep(2), Action::ResultsChoose]);
            let third = s.search.as_ref().map(|x| x.count_all(&s.doc.text)[2]);
            open && s.results.is_none() && s.jumped.as_ref().map(|r| r.start) == third
        }
        Action::ToggleHelp => {
            update(&mut s, action);
            s.show_help && s.layer() == Layer::Help
        }
        Action::ToggleSidePanes => {
            update(&mut s, action);
            let hidden = s.panes().sections.is_none() && s.panes().actors.is_none();
            update(&mut s, action);
            hidden && s.panes().sections.is_some()
        }
        Action::ToggleSectionPane | Action::ToggleActorPane => {
            let sections = action == Action::ToggleSectionPane;
            let shown = |s: &State| {
                let p = s.panes();
                (p.sections.is_some(), p.actors.is_some())
            };
            update(&mut s, action);
            let hidden = shown(&s) == (!sections, sections);
            update(&mut s, action);
            hidden && shown(&s) == (true, true)
        }
        Action::NarrowerPane | Action::WiderPane => {
            let before = s.panes().sections.map(|r| r.width);
            update(&mut s, action);
            let after = s.panes().sections.map(|r| r.width);
            let wider = action == Action::WiderPane;
            before.zip(after).is_some_and(|(b, a)| if wider { a > b } else { a < b })
        }
        Action::ToggleFold | Action::FoldLevel => {
            // Two books of two chapters each: folding hides chapters.
            let mut doc = sample(6, 1);
            let levels = doc.sections.iter().enumerate();
            doc.sections = levels
                .map(|(i, s)| Section { level: if i == 0 || i == 3 { 1 } else { s.level }, ..s })
                .collect();
            let mut s = State::new(doc, Rect::new(0, 0, 120, 30));
            update(&mut s, action);
            let folded = s.outline.shown().len() < 6;
            update(&mut s, action);
            folded && s.outline.shown().len() == 6
        }
        Action::TogglePlaces => {
            update(&mut s, action);
            s.show_places
        }
        Action::ToggleMouse => {
            let effects = update(&mut s, action);
            s.mouse && matches!(effects[..], [Effect::SetMouse(true)])
        }
        // remember: marks and the jump list.
        Action::SetMark | Action::GoToMark => {
            run(&mut s, &[Action::PageDown, Action::SetMark, Action::MarkLetter('a')]);
            let marked = s.top;
            run(&mut s, &[Action::Bottom, Action::GoToMark, Action::MarkLetter('a')]);
            s.top == marked && s.memory.marks.contains_key(&'a')
        }
        Action::JumpBack | Action::JumpForward => {
            run(&mut s, &[Action::PageDown, Action::NextSection]);
            let (from, to) = (s.memory.back.clone(), s.top);
            update(&mut s, Action::JumpBack);
            let back = from.last() == Some(&s.layout.offset_of(&s.doc, s.top));
            update(&mut s, Action::JumpForward);
            back && s.top == to
        }
        Action::Reload => {
            s.follow.path = Some("report.md".into());
            let asked = matches!(&update(&mut s, action)[..], [Effect::Reload { path: p, .. }] if p.ends_with("report.md"));
            // A second reload waits for the first.
            asked && update(&mut s, action).is_empty() && s.follow.again
        }
        Action::Follow => {
            s.follow.path = Some("report.md".into());
            update(&mut s, action);
            let following = s.follow.on && s.at_end();
            update(&mut s, Action::Up);
            following && !s.follow.on
        }
        Action::FilterActor => {
            run(&mut s, &[Action::FocusNext, Action::Down, action]);
            let filtered = s.filter == [1] && s.layout.view().len(&s.doc) == 5;
            update(&mut s, action);
            filtered && s.filter.is_empty() && *s.layout.view() == crate::layout::View::Whole
        }
        Action::FilterAddActor => {
            run(&mut s, &[Action::FocusNext, Action::Activate, Action::Down, action]);
            s.filter == [0, 1] && s.layout.view().len(&s.doc) == 5
        }
        Action::FirstMention => {
            run(&mut s, &[Action::PageDown, Action::PageDown, Action::FocusNext, Action::Down]);
            update(&mut s, action);
            let first = s.doc.mentions[s.doc.mentions_of(1)[0]].range.clone();
            s.jumped == Some(first)
                && s.message.as_deref() == Some("Mali: first mentioned in Section 0")
        }
        Action::ToggleSoFar => {
            update(&mut s, action);
            s.so_far()
        }
        Action::WithWhom => {
            // Mali, under the cursor, shares its five paragraphs with Chad; Enter filters to both.
            run(&mut s, &[Action::FocusNext, Action::Down, action]);
            let listed = s.whom.as_ref().map(|l| l.rows.clone()) == Some(vec![(0, 5)]);
            update(&mut s, Action::ResultsChoose);
            listed && s.whom.is_none() && s.filter == [1, 0] && s.layout.view().len(&s.doc) == 5
        }
        Action::ToggleTopActors
        | Action::SectionInfo
        | Action::TogglePresence
        | Action::NextDense
        | Action::PrevDense
        | Action::ListMentions
        | Action::CycleSort
        | Action::CycleKind
        | Action::WriteBrief => super::panels::tests::exercise(action),
        Action::Quit => matches!(update(&mut s, action)[..], [Effect::Quit]),
        Action::Suspend => matches!(update(&mut s, action)[..], [Effect::Suspend]),
        // Curation: `e` opens the edit menu on the actor list's cursor, `u` takes an edit back.
        Action::CurateOpen => {
            run(&mut s, &[Action::FocusNext, action]);
            s.layer() == Layer::Curate
        }
        Action::CurateUndo => {
            // Each edit's rebuild is done at once, as its job would.
            use super::curate::tests::settle;
            run(&mut s, &[Action::FocusNext, Action::CurateOpen]);
            let hide = update(&mut s, Action::CurateHide);
            settle(&mut s, hide);
            let hidden = s.doc.actors.len() == 1;
            let undo = update(&mut s, action);
            settle(&mut s, undo);
            hidden && s.doc.actors.len() == 2
        }
        _ => false,
    }
}

#[test]
fn every_binding_is_tested() {
    let keymap = Keymap::builtin();
    let mut seen = HashSet::new();
    for c in COMMANDS.iter().filter(|c| !keymap.chords(Layer::Normal, c).is_empty()) {
        assert!(exercise(c.action), "command {} ({:?}) did not do what it says", c.name, c.action);
        seen.insert(c.action);
    }
    // 30, 4 for marks and the jump list, 2 for reload and follow, 4 for filters, 2 for curation, 9 for the panels.
    assert_eq!(seen.len(), 52, "every command of the reading layer is exercised");
}

#[test]
fn keys_map_to_actions_in_layers() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |c| KeyEvent::new(c, KeyModifiers::NONE);
    assert_eq!(
        Keymap::builtin().action_for(key(KeyCode::Char('j')), Layer::Normal),
        Some(Action::Down)
    );
    assert_eq!(Keymap::builtin().action_for(key(KeyCode::Down), Layer::Normal), Some(Action::Down));
    assert_eq!(
        Keymap::builtin().action_for(key(KeyCode::Char('j')), Layer::SearchPrompt),
        Some(Action::SearchInput('j'))
    );
    assert_eq!(
        Keymap::builtin().action_for(key(KeyCode::Char('x')), Layer::Help),
        Some(Action::ToggleHelp)
    );
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    for layer in [Layer::Normal, Layer::Help, Layer::SearchPrompt] {
        assert_eq!(Keymap::builtin().action_for(ctrl_c, layer), Some(Action::Quit));
    }
    let ctrl_d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(Keymap::builtin().action_for(ctrl_d, Layer::Normal), Some(Action::HalfPageDown));
}

#[test]
fn resize_keeps_the_paragraph_at_the_top() {
    let mut s = state(120, 30);
    run(
        &mut s,
        &[
            Action::NextSection,
            Action::NextSection,
            Action::NextSection,
            Action::Down,
            Action::Down,
        ],
    );
    let block = s.top.block;
    let offset = s.layout.offset_of(&s.doc, s.top);
    for (w, h) in [(60, 20), (200, 60), (33, 9), (1, 1), (0, 0), (400, 150), (120, 30)] {
        update(&mut s, Action::Resize(w, h));
    }
    assert_eq!(s.top.block, block);
    assert_eq!(s.layout.offset_of(&s.doc, s.top), offset);
}

#[test]
fn no_more_mentions_says_so() {
    let mut s = state(120, 30);
    run(&mut s, &[Action::FocusNext, Action::Down, Action::Activate]);
    for _ in 0..5 {
        update(&mut s, Action::NextMatch);
    }
    let last = s.jumped.clone().and_then(|r| s.doc.block_at(r.start));
    assert_eq!(last.and_then(|b| s.doc.section_of_block(b)), Some(4));
    update(&mut s, Action::NextMatch);
    assert!(s.message.as_deref().is_some_and(|m| m.starts_with("no more mentions")));
}

#[test]
fn search_counts_in_background_and_labels_position() {
    let mut s = state(120, 30);
    update(&mut s, Action::StartSearch);
    "section 3".chars().for_each(|c| {
        update(&mut s, Action::SearchInput(c));
    });
    let Some(Effect::CountMatches(search)) = update(&mut s, Action::SearchSubmit).pop() else {
        panic!("search asks for a count");
    };
    let counts = search.count_now(&s.doc.text);
    update(&mut s, Background::SearchCounted { generation: search.generation, counts });
    let label = |s: &State| s.search.as_ref().map(|x| x.position_label(&s.doc.text));
    assert_eq!(label(&s).unwrap_or_default(), "1/7"); // the heading and six paragraphs
    update(&mut s, Action::NextMatch);
    assert_eq!(label(&s).unwrap_or_default(), "2/7");
}

#[test]
fn a_late_document_keeps_the_reading_position_and_selection() {
    let mut s = state(120, 30);
    run(
        &mut s,
        &[
            Action::NextSection,
            Action::NextSection,
            Action::FocusNext,
            Action::Down,
            Action::Activate,
        ],
    );
    let offset = s.layout.offset_of(&s.doc, s.top);
    update(&mut s, Background::Loaded(Box::new(sample(5, 6))));
    assert_eq!(s.layout.offset_of(&s.doc, s.top), offset);
    assert_eq!(s.selected_actor, Some(1));
}

#[test]
fn mouse_wheel_and_click() {
    let mut s = state(120, 30);
    let reader = s.panes().reader;
    update(&mut s, Action::Wheel { column: reader.x + 2, row: reader.y + 2, down: true });
    assert!(s.top > crate::layout::Anchor::default());
    let actors = s.panes().actors.unwrap_or_default();
    update(&mut s, Action::Click { column: actors.x + 2, row: actors.y + 2 });
    assert_eq!(s.selected_actor, Some(s.actor_order[1]));
    let sections = s.panes().sections.unwrap_or_default();
    update(&mut s, Action::Click { column: sections.x + 2, row: sections.y + 4 });
    assert_eq!(s.current_section(), 3);
}

#[test]
fn empty_document_never_panics() {
    let doc = Document::new(String::new(), String::new(), vec![], vec![], vec![], vec![]);
    let mut s = State::new(doc, Rect::new(0, 0, 80, 24));
    for c in COMMANDS {
        if c.action != Action::Quit {
            update(&mut s, c.action);
            update(&mut s, Action::Clear);
        }
    }
    assert!(s.message.is_none() || s.doc.is_empty());
}

#[test]
fn the_end_asked_for_during_a_preview_is_the_end_of_the_full_document() {
    let mut s = State::new(sample(3, 4), Rect::new(0, 0, 120, 12));
    s.progress = Some(0);
    update(&mut s, Action::Bottom);
    update(&mut s, Background::Loaded(Box::new(sample(8, 6))));
    assert_eq!(s.top, s.layout.max_top(&s.doc, s.page_height()));
    assert_eq!(s.percent(), 100);

    // Having scrolled away from the preview's end, the reader keeps its place instead.
    let mut s = State::new(sample(3, 4), Rect::new(0, 0, 120, 12));
    s.progress = Some(0);
    run(&mut s, &[Action::Bottom, Action::Up]);
    update(&mut s, Background::Loaded(Box::new(sample(8, 6))));
    assert!(s.top < s.layout.max_top(&s.doc, s.page_height()));
}

#[test]
fn after_moving_by_hand_n_and_n_count_from_the_screen() {
    let mut s = state(120, 30);
    run(
        &mut s,
        &[
            Action::FocusNext,
            Action::Activate,
            Action::NextMatch,
            Action::FocusPrev,
            Action::Bottom,
        ],
    );
    update(&mut s, Action::PrevMatch);
    let last = *s.doc.mentions_of(0).last().unwrap_or(&0);
    let before_top = s.jumped.clone().is_some_and(|r| r.start < s.doc.mentions[last].range.end);
    assert!(before_top, "N after G goes to a mention near the end, not before the old jump");
    let k = s.message.clone().unwrap_or_default();
    assert!(!k.contains("mention 1/"), "{k}");
}

#[test]
fn a_search_made_on_the_preview_is_counted_again_on_the_whole_document() {
    let mut s = state(120, 30);
    update(&mut s, Action::StartSearch);
    "chad".chars().for_each(|c| {
        update(&mut s, Action::SearchInput(c));
    });
    update(&mut s, Action::SearchSubmit);
    let generation = s.search.as_ref().map_or(0, |x| x.generation);
    let counts = Search::new("chad", 0).map(|x| x.count_now("chad")).expect("query");
    update(&mut s, Background::SearchCounted { generation, counts });
    let recount = update(&mut s, Background::Loaded(Box::new(sample(8, 6)))).pop();
    let Some(Effect::CountMatches(search)) = recount else { panic!("no recount") };
    assert!(s.search.as_ref().is_some_and(|x| x.counts.is_none()));
    let counts = search.count_now(&s.doc.text);
    update(&mut s, Background::SearchCounted { generation: search.generation, counts });
    let total = s.search.as_ref().and_then(|x| x.counts.as_ref()).map(|a| a.total());
    assert_eq!(total, Some(48));
}

#[test]
fn a_selected_actor_says_where_it_appears() {
    let mut s = state(120, 30);
    run(&mut s, &[Action::FocusNext, Action::Down, Action::Activate]);
    // Mali is mentioned once in each of the five sections.
    assert_eq!(s.selected_where, vec![1; 5]);
    update(&mut s, Action::Clear);
    assert!(s.selected_where.is_empty());
}

#[test]
fn at_the_end_the_last_sections_become_current_one_by_one() {
    // Short sections: the last five share the last screen.
    let mut s = State::new(sample(12, 1), Rect::new(0, 0, 120, 30));
    update(&mut s, Action::Bottom);
    assert_eq!(s.current_section(), 11, "the end of the document is in the last section");
    assert_eq!(s.section_cursor, 11);
    let end = s.top;
    for expected in (7..11).rev() {
        update(&mut s, Action::PrevSection);
        assert_eq!(s.current_section(), expected);
        assert_eq!(s.top, end, "a heading already on the last screen is not scrolled to");
    }
    for expected in 8..12 {
        update(&mut s, Action::NextSection);
        assert_eq!(s.current_section(), expected);
    }
    update(&mut s, Action::NextSection);
    assert_eq!(s.message.as_deref(), Some("last section"));
    // Scrolling up a line leaves the end: the section at the top is current again.
    update(&mut s, Action::Up);
    assert_eq!(s.current_section(), s.doc.section_of_block(s.top.block).unwrap_or(0));
}

#[test]
fn the_first_n_after_selecting_an_actor_never_scrolls_back() {
    let mut s = state(120, 30);
    // Scroll so the top row is mid-section, with mentions of Chad above and on screen.
    run(&mut s, &[Action::NextSection, Action::Down, Action::Down, Action::Down]);
    let top = s.top;
    let top_offset = s.layout.offset_of(&s.doc, top);
    run(&mut s, &[Action::FocusNext, Action::Activate, Action::NextMatch]);
    let jumped = s.jumped.clone().expect("a mention");
    assert!(jumped.start >= top_offset, "the first n goes to a mention at or after the top row");
    assert_eq!(s.top, top, "the mention was on screen: the text stays put");
}

fn plain(text: &str) -> Document {
    let source = crate::ingest::Source {
        name: "big.txt".into(),
        bytes: text.as_bytes().to_vec(),
        format: crate::ingest::Format::Text,
    };
    crate::ingest::parse(source).expect("plain text")
}

#[test]
fn a_search_typed_on_the_preview_runs_again_on_the_whole_text() {
    let mut s = State::new(sample(3, 4), Rect::new(0, 0, 120, 30));
    s.progress = Some(0);
    s.partial = Some(Partial::Head);
    run(&mut s, &[Action::StartSearch]);
    "section 7".chars().for_each(|c| {
        update(&mut s, Action::SearchInput(c));
    });
    update(&mut s, Action::SearchSubmit);
    assert_eq!(s.message.as_deref(), Some("not found: section 7"));
    let effect = update(&mut s, Background::Ingested(Arc::new(sample(8, 6)), Ack::default()));
    assert!(matches!(effect[..], [Effect::CountMatches(_)]), "counted again");
    let at = s.search.as_ref().and_then(|x| x.current.clone()).expect("found on the whole text");
    assert!(s.doc.slice(&at).eq_ignore_ascii_case("section 7"));
    assert_eq!(s.jumped, Some(at));
    assert_eq!(s.partial, None);
    // The actors follow, and the reader stays where it is.
    let top = s.top;
    let actors = sample(8, 6);
    update(
        &mut s,
        Background::Actors(crate::actors::Detection {
            actors: actors.actors.clone(),
            mentions: actors.mentions.clone(),
            ..Default::default()
        }),
    );
    assert_eq!((s.top, s.progress, s.actor_order.len()), (top, None, 2));
}

#[test]
fn the_end_during_loading_shows_the_files_last_lines_then_the_same_place_in_the_whole() {
    let text: String =
        (0..400).map(|i| format!("Paragraph {i} of the long file, with some words.\n\n")).collect();
    let tail = plain(&text[text.len() - 2000..]);
    let whole = plain(&text);
    let mut s = State::new(plain(&text[..3000]), Rect::new(0, 0, 120, 20));
    s.progress = Some(0);
    s.partial = Some(Partial::Head);
    s.loading_path = Some("big.txt".into());
    let effect = update(&mut s, Action::Bottom);
    assert!(matches!(effect[..], [Effect::ReadTail(_)]), "{effect:?}");
    update(&mut s, Background::Tail(Box::new(tail.clone())));
    assert!(top_text(&s).contains("Paragraph 39"), "{}", top_text(&s));
    assert_eq!(s.percent(), 100);
    // g goes back to the start of the file, G to its end again.
    update(&mut s, Action::Top);
    assert!(top_text(&s).starts_with("Paragraph 0 "), "{}", top_text(&s));
    let effect = update(&mut s, Action::Bottom);
    assert!(matches!(effect[..], [Effect::ReadTail(_)]), "{effect:?}");
    update(&mut s, Background::Tail(Box::new(tail.clone())));
    update(&mut s, Background::Ingested(Arc::new(whole.clone()), Ack::default()));
    assert_eq!(s.top, s.layout.max_top(&s.doc, s.page_height()), "still at the end");

    // Scrolled up on the tail: the same paragraph at the top of the whole.
    let mut s = State::new(plain(&text[..3000]), Rect::new(0, 0, 120, 20));
    s.progress = Some(0);
    s.partial = Some(Partial::Head);
    s.loading_path = Some("big.txt".into());
    update(&mut s, Action::Bottom);
    update(&mut s, Background::Tail(Box::new(tail)));
    run(&mut s, &[Action::Up, Action::Up, Action::Up]);
    while top_text(&s).is_empty() {
        update(&mut s, Action::Up);
    }
    let before = top_text(&s);
    update(&mut s, Background::Ingested(Arc::new(whole), Ack::default()));
    assert_eq!(top_text(&s), before);
}

#[test]
fn a_search_while_loading_looks_in_the_file_and_keeps_the_match_when_the_whole_arrives() {
    let text: String =
        (0..400).map(|i| format!("Paragraph {i} of the long file, with some words.\n\n")).collect();
    let text = format!("{text}The one zanzibarine line.\n\nAfter it.\n");
    let mut s = State::new(plain(&text[..3000]), Rect::new(0, 0, 120, 20));
    s.progress = Some(0);
    s.partial = Some(Partial::Head);
    s.loading_path = Some("big.txt".into());
    update(&mut s, Action::StartSearch);
    "zanzibarine".chars().for_each(|c| {
        update(&mut s, Action::SearchInput(c));
    });
    let effect = update(&mut s, Action::SearchSubmit);
    let Some(Effect::SearchFile(_, search, from)) = effect.first().cloned() else {
        panic!("{effect:?}")
    };
    assert_eq!(from, 0);
    // What the file search sends: the lines around the match.
    let at = text.find("The one").expect("the line");
    let generation = search.generation;
    update(
        &mut s,
        Background::Window { doc: Box::new(plain(&text[at - 100..])), start: at - 100, generation },
    );
    let jumped = s.jumped.clone().expect("on the match");
    assert_eq!(s.doc.slice(&jumped), "zanzibarine");
    update(&mut s, Background::Ingested(Arc::new(plain(&text)), Ack::default()));
    let jumped = s.jumped.clone().expect("still on the match");
    assert_eq!(jumped.start, at + 8, "the same match in the whole text");
}

#[test]
fn a_pinned_section_stays_current_exactly_while_its_heading_is_in_the_pane() {
    // `G` pins the last section while its heading shows low on the last page. A shorter
    // terminal at the same width keeps the top, so the heading sinks below the pane.
    let mut s = State::new(sample(12, 1), Rect::new(0, 0, 120, 40));
    update(&mut s, Action::Resize(120, 40));
    update(&mut s, Action::Bottom);
    let last = s.doc.sections.len() - 1;
    assert_eq!(s.current_section(), last);
    let block = s.doc.sections.last().map_or(0, |l| l.blocks.start);
    let heading = crate::layout::Anchor { block, row: 0 };
    let mut checked = 0;
    for h in (8..40).rev() {
        update(&mut s, Action::Resize(120, h));
        if s.at_end() {
            continue;
        }
        let rows = 0..s.page_height() as isize;
        let shown = rows.map(|i| s.layout.step(&s.doc, s.top, i)).any(|a| a == heading);
        let at_top = s.doc.section_of_block(s.top.block).expect("a section at the top");
        assert!(at_top < last);
        assert_eq!(s.current_section(), if shown { last } else { at_top }, "{h} rows");
        checked += usize::from(!shown);
    }
    assert!(checked > 0, "the heading never left the pane");
}

#[test]
fn half_a_page_up_takes_back_half_a_page_down() {
    let mut s = state(120, 12);
    run(&mut s, &[Action::PageDown, Action::PageDown]);
    let before = s.top;
    update(&mut s, Action::HalfPageDown);
    assert!(s.top > before, "the text is long enough to move");
    update(&mut s, Action::HalfPageUp);
    assert_eq!(s.top, before);
}

#[test]
fn a_mark_key_then_a_control_chord_cancels_instead_of_naming_a_mark() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let plain = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
    let ctrl = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::CONTROL);
    assert_eq!(super::memory::pending_action(plain), Action::MarkLetter('a'));
    assert_eq!(super::memory::pending_action(ctrl), Action::MarkCancel);
}
