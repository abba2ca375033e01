//! Bodies and their organs: an organ keeps its own name and is linked to its body when the
//! text names both, and the body's mentions can be read with its organs' ones.

#[path = "actors_blocks.rs"]
mod actors_blocks;

use lector::actors::{Detector, Pipeline, store};
use lector::model::Document;

const TEXT: &str = "The U.N. Security Council met on Friday. The UN said the General Assembly \
would vote next week.\n\nThe European Parliament asked for a delay. The UN Secretariat agreed.\n";

fn document() -> Document {
    let mut doc = actors_blocks::ingested(TEXT);
    let found = Pipeline::default().detect(&doc.text, &doc.blocks);
    store(&mut doc, found);
    doc
}

fn actor(doc: &Document, name: &str) -> usize {
    doc.actors.iter().position(|a| a.name == name).unwrap_or_else(|| panic!("{name} missing"))
}

#[test]
fn organs_keep_their_names_and_point_at_their_body() {
    let doc = document();
    let un = actor(&doc, "United Nations");
    for organ in ["UN Security Council", "UN General Assembly", "UN Secretariat"] {
        let a = &doc.actors[actor(&doc, organ)];
        assert_eq!(a.parent.map(|p| p as usize), Some(un), "{organ}");
    }
    assert_eq!(doc.actors[un].parent, None);
    // Its body is not named in the text, so the parliament stands alone.
    assert_eq!(doc.actors[actor(&doc, "European Parliament")].parent, None);
}

#[test]
fn a_body_reads_with_its_organs_mentions_in_order() {
    let doc = document();
    let un = actor(&doc, "United Nations");
    let with = doc.mentions_with_organs(un);
    let texts: Vec<&str> = with.iter().map(|&m| doc.slice(&doc.mentions[m].range)).collect();
    assert_eq!(texts, ["U.N. Security Council", "UN", "General Assembly", "UN Secretariat"]);
    assert_eq!(doc.mentions_of(un).len(), 1, "the body's own mentions stay its own");
}
