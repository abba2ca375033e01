//! The one paragraph index: built once per document, shared by the filter, the with-whom
//! list and the statistics, on the spot for a small document and in jobs for a big one
//! (where a key that needs it takes effect when it lands).

use super::super::tests::sample;
use super::*;
use crate::app::{Background, Focus, update};
use ratatui::layout::Rect;

/// The sample document with the actor list focused, its cursor on Mali (actor 1).
fn on_mali() -> State {
    let mut s = State::new(sample(5, 6), Rect::new(0, 0, 120, 30));
    update(&mut s, Action::FocusNext);
    update(&mut s, Action::Down);
    assert_eq!((s.focus, s.actor_order[s.actor_cursor]), (Focus::Actors, 1));
    s
}

fn index(s: &State) -> Arc<ParagraphIndex> {
    s.panels.paragraphs.clone().expect("the paragraph index")
}

#[test]
fn the_filter_and_the_statistics_share_one_index_whichever_comes_first() {
    let mut s = on_mali();
    update(&mut s, Action::FilterActor);
    let built = index(&s);
    update(&mut s, Action::ToggleTopActors);
    let reading = s.panels.reading.clone().expect("the statistics");
    assert!(Arc::ptr_eq(&reading.paragraphs, &built), "the statistics did not build another");
    update(&mut s, Action::FilterActor);
    update(&mut s, Action::WithWhom);
    assert!(Arc::ptr_eq(&index(&s), &built), "leaving and w did not build another");

    let mut s = on_mali();
    update(&mut s, Action::SectionInfo);
    let reading = s.panels.reading.clone().expect("the statistics");
    update(&mut s, Action::FilterActor);
    assert_eq!(s.filter, [1]);
    assert!(Arc::ptr_eq(&index(&s), &reading.paragraphs), "the filter used the statistics' index");
}

#[test]
fn on_a_big_document_the_index_is_built_once_in_a_job_and_the_key_waits_for_it() {
    let mut s = on_mali();
    s.panels.build_now = Some(0);
    let asked = update(&mut s, Action::FilterActor);
    let [Effect::BuildParagraphs(doc)] = asked.as_slice() else { panic!("{asked:?}") };
    assert!(Arc::ptr_eq(doc, &s.doc));
    assert!(s.filter.is_empty() && s.panels.paragraphs.is_none(), "nothing built on the spot");
    assert!(s.message.as_deref().is_some_and(|m| m.starts_with("indexing the paragraphs")));
    // More keys meanwhile ask for no second build; the statistics wait for the index.
    assert!(update(&mut s, Action::FilterActor).is_empty());
    assert!(update(&mut s, Action::ToggleTopActors).is_empty());

    // An index of another document is dropped.
    let other = Arc::new(sample(2, 2));
    let stale = Arc::new(ParagraphIndex::build(&other));
    assert!(update(&mut s, Background::ParagraphsBuilt(other, stale)).is_empty());
    assert!(s.panels.paragraphs.is_none() && s.filter.is_empty());

    let doc = Arc::clone(&s.doc);
    let built = Arc::new(ParagraphIndex::build(&doc));
    let next = update(&mut s, Background::ParagraphsBuilt(Arc::clone(&doc), Arc::clone(&built)));
    assert_eq!(s.filter, [1], "the waiting f took effect");
    let [Effect::BuildReading(for_doc, over)] = next.as_slice() else { panic!("{next:?}") };
    assert!(Arc::ptr_eq(for_doc, &doc) && Arc::ptr_eq(over, &built), "stats over the same index");
    let reading = Arc::new(Reading::with_index(&doc, Arc::clone(&built)));
    update(&mut s, Background::ReadingBuilt(doc, reading));
    let reading = s.panels.reading.clone().expect("the statistics");
    assert!(Arc::ptr_eq(&reading.paragraphs, &index(&s)));
    assert!(Arc::ptr_eq(&index(&s), &built));
}

#[test]
fn with_whom_waits_for_the_index_too() {
    let mut s = on_mali();
    s.panels.build_now = Some(0);
    let asked = update(&mut s, Action::WithWhom);
    assert!(matches!(asked.as_slice(), [Effect::BuildParagraphs(_)]), "{asked:?}");
    assert!(s.whom.is_none());
    let doc = Arc::clone(&s.doc);
    let built = Arc::new(ParagraphIndex::build(&doc));
    assert!(update(&mut s, Background::ParagraphsBuilt(doc, built)).is_empty());
    assert_eq!(s.whom.as_ref().map(|w| w.actor), Some(1), "the list opened for Mali");
}

#[test]
fn a_new_document_forgets_the_index_and_a_key_left_waiting() {
    let mut s = on_mali();
    s.panels.build_now = Some(0);
    update(&mut s, Action::FilterActor);
    s.set_document(sample(3, 2));
    assert!(s.panels.waiting.is_none() && !s.panels.indexing && s.panels.paragraphs.is_none());
}
