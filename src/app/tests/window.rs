//! The search window (the lines around a match, read from the file while the whole is still
//! being analysed): a reader who moves on in it keeps their place when the whole arrives.

use super::*;

#[test]
fn a_place_read_in_the_search_window_is_the_same_place_in_the_whole() {
    let text: String =
        (0..400).map(|i| format!("Paragraph {i} of the long file, with some words.\n\n")).collect();
    let mut s = State::new(plain(&text[..3000]), Rect::new(0, 0, 120, 20));
    s.progress = Some(0);
    s.partial = Some(Partial::Head);
    s.loading_path = Some("big.txt".into());
    update(&mut s, Action::StartSearch);
    "Paragraph 250 ".chars().for_each(|c| {
        update(&mut s, Action::SearchInput(c));
    });
    let effect = update(&mut s, Action::SearchSubmit);
    let Some(Effect::SearchFile(_, search, _)) = effect.first().cloned() else {
        panic!("{effect:?}")
    };
    let at = text.find("Paragraph 250 ").expect("the paragraph");
    let start = at - 500;
    let window = Box::new(plain(&text[start..at + 2000]));
    update(&mut s, Background::Window { doc: window, start, generation: search.generation });
    let jumped = s.jumped.clone().expect("on the match");
    assert_eq!(s.doc.slice(&jumped), "Paragraph 250");
    // Esc ends the search; the reader reads on a little in the window.
    run(&mut s, &[Action::Clear, Action::Down, Action::Down, Action::Down, Action::Down]);
    while top_text(&s).is_empty() {
        update(&mut s, Action::Down);
    }
    let before = top_text(&s);
    assert!(before.starts_with("Paragraph 2"), "{before}");
    update(&mut s, Background::Ingested(Arc::new(plain(&text)), Ack::default()));
    assert_eq!(s.partial, None);
    assert_eq!(top_text(&s), before);
}

#[test]
fn a_search_while_loading_that_finds_only_earlier_in_the_preview_asks_the_file() {
    let body: String =
        (0..400).map(|i| format!("Paragraph {i} of the long file, with some words.\n\n")).collect();
    let text = format!("The zanzibarine opening.\n\n{body}");
    let mut s = State::new(plain(&text[..3000]), Rect::new(0, 0, 120, 20));
    s.progress = Some(0);
    s.partial = Some(Partial::Head);
    s.loading_path = Some("big.txt".into());
    update(&mut s, Action::PageDown);
    let from = s.layout.offset_of(&s.doc, s.top);
    assert!(from > 0);
    update(&mut s, Action::StartSearch);
    "zanzibarine".chars().for_each(|c| {
        update(&mut s, Action::SearchInput(c));
    });
    // The preview's only match is behind the reader: the rest of the file may hold one ahead.
    let effect = update(&mut s, Action::SearchSubmit);
    assert!(matches!(&effect[..], [Effect::SearchFile(_, _, at)] if *at == from), "{effect:?}");
    assert_eq!(s.layout.offset_of(&s.doc, s.top), from, "the reader stays until the file answers");
}
