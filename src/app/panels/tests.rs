use super::super::tests::sample;
use super::*;
use crate::app::{Action, Focus, Layer, update};
use ratatui::layout::Rect;

fn state() -> State {
    State::new(sample(5, 6), Rect::new(0, 0, 120, 30))
}

/// Selects Mali, mentioned once per section (actor 1).
fn select_mali(s: &mut State) {
    for a in [Action::FocusNext, Action::Down, Action::Activate, Action::FocusPrev] {
        update(s, a);
    }
    assert_eq!(s.selected_actor, Some(1));
}

fn mali(s: &State, k: usize) -> std::ops::Range<usize> {
    s.doc.mentions[s.doc.mentions_of(1)[k]].range.clone()
}

/// Each of the panels' bindings, exercised with an observable effect (for
/// `every_binding_is_tested`).
pub(crate) fn exercise(action: Action) -> bool {
    let mut s = state();
    match action {
        Action::ToggleTopActors => {
            update(&mut s, action);
            let on = s.panels.top_actors && s.panels.reading.is_some();
            update(&mut s, action);
            on && !s.panels.top_actors
        }
        Action::SectionInfo => {
            run(&mut s, &[Action::NextSection, action]);
            let m = s.message.clone().unwrap_or_default();
            // Section 1: a heading of two words and six paragraphs of sixteen.
            m.starts_with("Section 1: 98 words, 1 min, 2 actors, 0 new")
        }
        Action::TogglePresence => {
            select_mali(&mut s);
            update(&mut s, action);
            let p = s.panels.presence.clone().unwrap_or_else(|| Presence::of(&s.doc, 0, 1));
            p.density.len() == s.page_height() && p.density.iter().sum::<u32>() == 5
        }
        Action::NextDense => {
            select_mali(&mut s);
            run(&mut s, &[Action::TogglePresence, action]);
            s.jumped == Some(mali(&s, 1))
        }
        Action::PrevDense => {
            select_mali(&mut s);
            run(&mut s, &[Action::TogglePresence, Action::Bottom, action]);
            let top = s.layout.offset_of(&s.doc, s.top);
            s.jumped.as_ref().is_some_and(|r| r.start <= top + 200 && *r != mali(&s, 4))
        }
        Action::ListMentions => {
            select_mali(&mut s);
            update(&mut s, action);
            let open = s.layer() == Layer::Results;
            run(&mut s, &[Action::ResultsStep(2), Action::ResultsChoose]);
            open && s.panels.mentions.is_none() && s.jumped == Some(mali(&s, 2))
        }
        Action::CycleSort => {
            update(&mut s, action);
            let first = s.panels.sort == SortBy::FirstAppearance;
            update(&mut s, action);
            first && s.panels.sort == SortBy::Name && s.actor_order == vec![0, 1]
        }
        Action::CycleKind => {
            update(&mut s, action);
            let states = s.actor_order.len() == 2;
            update(&mut s, action);
            states && s.actor_order.is_empty() && order_label(&s.panels) == "organisations"
        }
        Action::WriteBrief => {
            update(&mut s, action);
            let asked = s.prompt.clone().unwrap_or_default();
            let effects = update(&mut s, Action::SearchSubmit);
            let path = match &effects[..] {
                [Effect::WriteBrief(_, path)] => path.clone(),
                _ => PathBuf::new(),
            };
            asked.ends_with(".brief.md") && path.as_os_str() == asked.as_str() && s.prompt.is_none()
        }
        _ => false,
    }
}

fn run(s: &mut State, actions: &[Action]) {
    for &a in actions {
        update(s, a);
    }
}

#[test]
fn esc_in_the_mentions_list_returns_to_where_the_reader_was() {
    let mut s = state();
    select_mali(&mut s);
    run(&mut s, &[Action::NextSection, Action::NextSection, Action::Down]);
    let (top, focus) = (s.top, s.focus);
    run(&mut s, &[Action::ListMentions, Action::ResultsStep(-10)]);
    // The list opened at the first mention from the reading position.
    assert_eq!(s.panels.mentions.as_ref().map(|l| l.cursor), Some(0));
    update(&mut s, Action::ResultsClose);
    assert_eq!((s.top, s.focus, s.layer()), (top, focus, Layer::Normal));
}

#[test]
fn the_mentions_list_opens_at_the_reading_position_and_rows_carry_context() {
    let mut s = state();
    select_mali(&mut s);
    run(&mut s, &[Action::NextSection, Action::NextSection, Action::NextSection]);
    update(&mut s, Action::ListMentions);
    assert_eq!(s.panels.mentions.as_ref().map(|l| l.cursor), Some(3));
    let rows = s.mention_rows(0, 10, 40);
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[3].section, 3);
    assert_eq!(&rows[3].line[rows[3].highlight.clone()], "Mali");
    assert!(rows[3].line.starts_with("Chad met Mali in"), "{}", rows[3].line);
}

#[test]
fn l_without_a_selected_actor_says_what_to_do() {
    let mut s = state();
    update(&mut s, Action::ListMentions);
    assert!(s.panels.mentions.is_none());
    assert!(s.message.as_deref().is_some_and(|m| m.starts_with("select an actor first")));
}

#[test]
fn sorting_by_name_and_first_appearance_and_narrowing_by_kind() {
    let mut doc = sample(3, 2);
    // Mali becomes a person and is named first: the orders now differ.
    let mut actors = doc.actors.clone();
    actors[1].kind = crate::model::ActorKind::Person;
    actors[1].name = "Amadou".into();
    let mentions = doc.mentions.clone();
    doc.set_actors(actors, mentions);
    let mut s = State::new(doc, Rect::new(0, 0, 120, 30));
    assert_eq!(s.actor_order, vec![0, 1], "by count: Chad first");
    update(&mut s, Action::CycleSort);
    assert_eq!(s.actor_order, vec![0, 1], "by first appearance: Chad opens each paragraph");
    update(&mut s, Action::CycleSort);
    assert_eq!(s.actor_order, vec![1, 0], "by name: Amadou before Chad");
    assert_eq!(order_label(&s.panels), "by name");
    for _ in 0..4 {
        update(&mut s, Action::CycleKind);
    }
    assert_eq!(order_label(&s.panels), "by name, people");
    assert_eq!(s.actor_order, vec![1]);
    update(&mut s, Action::CycleSort);
    assert_eq!(order_label(&s.panels), "people");
}

#[test]
fn the_presence_follows_the_selection_and_the_pane_height() {
    let mut s = state();
    update(&mut s, Action::TogglePresence);
    assert!(s.panels.strip && s.panels.presence.is_none(), "no actor: nothing to count");
    select_mali(&mut s);
    assert_eq!(s.panels.presence.as_ref().map(|p| p.density.len()), Some(s.page_height()));
    update(&mut s, Action::Resize(120, 20));
    assert_eq!(s.panels.presence.as_ref().map(|p| p.density.len()), Some(s.page_height()));
    update(&mut s, Action::Clear);
    assert!(s.panels.presence.is_none());
}

#[test]
fn a_click_on_the_strip_goes_to_that_slice() {
    let mut s = state();
    select_mali(&mut s);
    update(&mut s, Action::TogglePresence);
    let p = s.panels.presence.clone().expect("counted");
    let row = p.first.iter().rposition(Option::is_some).expect("a slice with Mali");
    let panes = s.panes();
    let (x, y) = (strip_column(&panes), panes.text_area().y + row as u16);
    update(&mut s, Action::Click { column: x, row: y });
    assert_eq!(s.jumped, Some(mali(&s, 4)));
}

#[test]
fn the_brief_goes_beside_the_file_or_into_the_current_directory() {
    let mut s = state();
    s.doc = std::sync::Arc::new({
        let mut d = sample(1, 1);
        d.title = "Pakistan's Afghan Policy: 2024".into();
        d
    });
    assert_eq!(default_brief_path(&s), PathBuf::from("pakistan-s-afghan-policy--2024.brief.md"));
    s.panels.source = Some(PathBuf::from("notes/article.md"));
    assert_eq!(default_brief_path(&s), PathBuf::from("notes/article.brief.md"));
    update(&mut s, Action::WriteBrief);
    update(&mut s, Action::SearchCancel);
    assert!(!s.panels.brief_prompt && s.prompt.is_none(), "Esc leaves the prompt");
}

#[test]
fn indexes_for_a_replaced_document_are_dropped() {
    let mut s = state();
    let old = std::sync::Arc::new(sample(2, 2));
    let built = std::sync::Arc::new(Reading::build(&old));
    update(&mut s, crate::app::Background::ReadingBuilt(old, built));
    assert!(s.panels.reading.is_none());
    let doc = std::sync::Arc::clone(&s.doc);
    let built = std::sync::Arc::new(Reading::build(&doc));
    update(&mut s, crate::app::Background::ReadingBuilt(doc, built));
    assert!(s.panels.reading.is_some());
    assert_eq!(s.focus, Focus::Reader);
}

#[test]
fn rows_from_the_middle_of_the_mentions_list_are_those_of_the_whole_list() {
    let mut s = state();
    select_mali(&mut s);
    update(&mut s, Action::ListMentions);
    let whole: Vec<_> = lector_core::reading::mentions_in_context(&s.doc, 1, 40).collect();
    assert_eq!(s.mention_rows(2, 2, 40), whole[2..4].to_vec());
    assert_eq!(s.mention_rows(4, 10, 40), whole[4..].to_vec());
    assert!(s.mention_rows(9, 3, 40).is_empty());
}
