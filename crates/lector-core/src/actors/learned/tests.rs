use super::*;
use crate::model::ActorKind;

#[test]
fn shipped_weights_are_well_formed() {
    let m = Model::parse(BUILT_IN).expect("the shipped weights parse");
    assert_eq!(Model::built_in(), &m);
    assert_eq!(Model::parse(&m.to_text()), Ok(m.clone()), "the text format round-trips");
}

#[test]
fn bad_weights_name_their_line() {
    let e = Model::parse("lector name model 1\n00ff 1 2 3\n").expect_err("three weights");
    assert_eq!(e.line, 2);
    assert!(Model::parse("something else\n").is_err());
}

/// Detects actors in `text`, one paragraph block per line, and returns (name, kind) pairs.
fn detect(text: &str) -> Vec<(String, ActorKind)> {
    use crate::actors::{Detector, Pipeline};
    use crate::model::{Block, BlockKind};
    let mut blocks = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        if !line.is_empty() {
            blocks.push(Block::new(BlockKind::Paragraph, pos..pos + line.len(), 0));
        }
        pos += line.len() + 1;
    }
    let found = Pipeline::default().detect(text, &blocks);
    found.actors.into_iter().map(|a| (a.name, a.kind)).collect()
}

fn kind_of(found: &[(String, ActorKind)], name: &str) -> Option<ActorKind> {
    found.iter().find(|(n, _)| n == name).map(|(_, k)| *k)
}

#[test]
fn a_surname_seen_once_after_said_is_a_person() {
    let found = detect(
        "The talks ended without an agreement on the border.\n\
         \"We will not sign this text,\" said Okonkwo, before leaving the hall.",
    );
    assert_eq!(kind_of(&found, "Okonkwo"), Some(ActorKind::Person), "{found:?}");
}

#[test]
fn a_plain_adjective_is_not_an_actor() {
    let found = detect(
        "Western governments said little about the vote.\n\
         Diplomats from Western capitals met again on Friday, and Western banks waited.",
    );
    assert_eq!(kind_of(&found, "Western"), None, "{found:?}");
}

#[test]
fn a_common_word_opening_a_sentence_is_not_an_actor() {
    let found = detect(
        "Relief workers described a convoy turned back at the checkpoint.\n\
         Haulage is a business of thin margins.",
    );
    assert_eq!(kind_of(&found, "Relief"), None, "{found:?}");
    assert_eq!(kind_of(&found, "Haulage"), None, "{found:?}");
}

#[test]
fn a_full_name_seen_once_is_a_person() {
    let found = detect("The ministry named Tomasz Wierzbicki as its new envoy on Monday.");
    assert_eq!(kind_of(&found, "Tomasz Wierzbicki"), Some(ActorKind::Person), "{found:?}");
}
