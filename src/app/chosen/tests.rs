use super::super::tests::sample;
use super::*;
use crate::app::{Action, Focus, update};
use ratatui::layout::Rect;

const CHAD: usize = 0;
const MALI: usize = 1;

/// Every key that takes an actor.
const TAKERS: [Action; 10] = [
    Action::FilterActor,
    Action::FilterAddActor,
    Action::FirstMention,
    Action::WithWhom,
    Action::ListMentions,
    Action::TogglePresence,
    Action::NextDense,
    Action::PrevDense,
    Action::NextMatch,
    Action::CurateOpen,
];

fn state() -> State {
    State::new(sample(5, 6), Rect::new(0, 0, 120, 30))
}

/// Chad selected with Enter, then the actor list's cursor moved to Mali, the list keeping
/// the keyboard.
fn chad_selected_cursor_on_mali() -> State {
    let mut s = state();
    for a in [Action::FocusNext, Action::Activate, Action::Down] {
        update(&mut s, a);
    }
    assert_eq!((s.focus, s.selected_actor), (Focus::Actors, Some(CHAD)));
    assert_eq!(s.actor_order[s.actor_cursor], MALI);
    s
}

fn is_mention_of(s: &State, actor: usize, range: Option<&std::ops::Range<usize>>) -> bool {
    let ranges = s.doc.mentions_of(actor).iter().map(|&m| &s.doc.mentions[m].range);
    range.is_some_and(|r| ranges.clone().any(|x| x == r))
}

/// The actor `action` acted on, read from what it left in the state.
fn acted_on(s: &mut State, action: Action) -> Option<usize> {
    update(s, action);
    match action {
        Action::FilterActor => s.filter.last().copied(),
        // `&` with an actor selected and nothing filtered yet: both, the taken one last.
        Action::FilterAddActor => s.filter.last().copied(),
        Action::WithWhom => s.whom.as_ref().map(|w| w.actor),
        Action::ListMentions => {
            let listed = s.panels.mentions.as_ref().map(|l| l.actor);
            // Going to one of them selects the actor the list was for.
            if listed.is_some() {
                update(s, Action::ResultsChoose);
            }
            listed.filter(|&a| s.selected_actor == Some(a))
        }
        Action::CurateOpen => match s.curation.stage {
            Some(super::super::curate::Stage::Menu { actor }) => Some(actor),
            _ => None,
        },
        Action::TogglePresence => s.selected_actor.filter(|_| s.panels.presence.is_some()),
        // Going to the actor's text selects it, and lands on one of its mentions.
        Action::FirstMention | Action::NextDense | Action::NextMatch => {
            s.selected_actor.filter(|&a| is_mention_of(s, a, s.jumped.as_ref()))
        }
        Action::PrevDense => s.selected_actor,
        _ => None,
    }
}

#[test]
fn with_the_actor_list_focused_every_actor_key_takes_the_actor_under_its_cursor() {
    for action in TAKERS {
        let mut s = chad_selected_cursor_on_mali();
        if action == Action::PrevDense {
            // A dense part of Mali's before the reading position, from the end.
            update(&mut s, Action::Bottom);
        }
        assert_eq!(acted_on(&mut s, action), Some(MALI), "{action:?}");
    }
}

#[test]
fn elsewhere_every_actor_key_takes_the_selected_actor() {
    for action in TAKERS {
        let mut s = chad_selected_cursor_on_mali();
        update(&mut s, Action::FocusPrev);
        assert_eq!(s.focus, Focus::Reader);
        if action == Action::PrevDense {
            update(&mut s, Action::Bottom);
        }
        assert_eq!(acted_on(&mut s, action), Some(CHAD), "{action:?}");
    }
}

#[test]
fn with_no_actor_chosen_every_actor_key_says_how_to_choose_one() {
    for action in TAKERS {
        let mut s = state();
        let top = s.top;
        assert_eq!(acted_on(&mut s, action), None, "{action:?}");
        if action != Action::TogglePresence {
            // The strip itself still turns on; it waits for an actor.
            assert_eq!(s.message.as_deref(), Some(NONE), "{action:?}");
        }
        assert_eq!((s.top, s.selected_actor), (top, None), "{action:?} moved or selected");
    }
}

#[test]
fn an_empty_actor_list_falls_back_to_the_selected_actor() {
    let mut s = chad_selected_cursor_on_mali();
    s.actor_order.clear();
    assert_eq!(chosen_actor(&s), Some(CHAD));
}

#[test]
fn and_filters_to_the_selected_actor_and_the_one_under_the_cursor() {
    let mut s = chad_selected_cursor_on_mali();
    update(&mut s, Action::FilterAddActor);
    assert_eq!(s.filter, vec![CHAD, MALI]);
}
