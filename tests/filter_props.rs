//! Properties of the filter by actor on the bundled article, through the real reducer and
//! the real layout: whatever the actors, the pane size and the keys pressed, the reading
//! pane never shows a row of a paragraph that lacks one of the chosen actors.

mod screen;

use lector::app::{Action, State, update};
use lector::model::Document;
use proptest::prelude::*;
use std::sync::OnceLock;

fn bundled() -> &'static Document {
    static DOC: OnceLock<Document> = OnceLock::new();
    DOC.get_or_init(|| {
        let state = screen::opened(lector::ingest::bundled(), 120, 40);
        (*state.doc).clone()
    })
}

/// Keys that move the reader while a filter is on.
fn moves() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::Down),
        Just(Action::Up),
        Just(Action::PageDown),
        Just(Action::PageUp),
        Just(Action::HalfPageDown),
        Just(Action::Top),
        Just(Action::Bottom),
        Just(Action::NextSection),
        Just(Action::PrevSection),
        Just(Action::NextMatch),
        Just(Action::PrevMatch),
        Just(Action::FirstMention),
        (40u16..200, 6u16..60).prop_map(|(w, h)| Action::Resize(w, h)),
    ]
}

/// Every row the reading pane shows belongs to a paragraph mentioning each chosen actor.
fn shown_blocks_mention_all(state: &State) -> Result<(), TestCaseError> {
    let doc = &state.doc;
    let rows = state.layout.visible(doc, state.top, state.page_height());
    prop_assert!(!rows.is_empty(), "a filter that keeps paragraphs shows some");
    for row in rows {
        for &actor in &state.filter {
            let mentions = doc.mentions_of(actor);
            let here =
                mentions.iter().any(|&m| lector::model::index(doc.mentions[m].block) == row.block);
            prop_assert!(here, "block {} shown without {}", row.block, doc.actors[actor].name);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn a_filter_never_shows_a_paragraph_without_its_actors(
        picks in proptest::collection::vec(0usize..6, 1..3),
        keys in proptest::collection::vec(moves(), 0..25),
        (w, h) in (40u16..200, 6u16..60),
    ) {
        let doc = bundled().clone();
        let mut state = State::new(doc, ratatui::layout::Rect::new(0, 0, w, h));
        update(&mut state, Action::Resize(w, h));
        // Choose actors from the sidebar's top six, as a reader would with the cursor.
        update(&mut state, Action::FocusNext);
        for (i, &pick) in picks.iter().enumerate() {
            update(&mut state, Action::Top);
            for _ in 0..pick {
                update(&mut state, Action::Down);
            }
            update(&mut state, if i == 0 { Action::FilterActor } else { Action::FilterAddActor });
        }
        update(&mut state, Action::FocusPrev);
        prop_assume!(!state.filter.is_empty());
        shown_blocks_mention_all(&state)?;
        for key in keys {
            update(&mut state, key);
            shown_blocks_mention_all(&state)?;
        }
    }
}
