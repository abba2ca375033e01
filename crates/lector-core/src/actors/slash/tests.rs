use super::*;
use crate::actors::gazetteer;
use crate::actors::tokens::tokenize;

use crate::actors::runs::{found_pairs, pair};

fn found(text: &str) -> Vec<(String, String)> {
    found_pairs(text, &[pairs])
}

#[test]
fn pairs_are_found_with_their_whole_names() {
    assert_eq!(
        found("The Jamaat Nasr al-Sahil/JNS claims the attacks."),
        [pair("Jamaat Nasr al-Sahil", "JNS")]
    );
    assert_eq!(found("the Kel Adrar / Adrar Front broke away"), [pair("Kel Adrar", "Adrar Front")]);
    assert_eq!(found("the town of Tessalit/Tesalit fell"), [pair("Tessalit", "Tesalit")]);
}

#[test]
fn paths_and_lowercase_are_not_pairs() {
    assert!(found("saved in /Users/Anna/Documents today").is_empty());
    assert!(found("Copy C:/Program/Files now").is_empty());
    assert!(found("read and/or write, 24/7").is_empty());
}

#[test]
fn acronyms_and_spellings() {
    assert!(is_acronym_of("JNS", "Jamaat Nasr al-Sahil"));
    assert!(is_acronym_of("TTP", "Tehreek-e-Taliban Pakistan"));
    assert!(!is_acronym_of("UK", "United States"));
    assert!(!is_acronym_of("Jns", "Jamaat Nasr Sahil"));
    assert!(same_spelling("Tessalit", "Tesalit"));
    assert!(same_spelling("Kyiv", "Kiev"));
    assert!(same_spelling("Odesa", "Odessa"));
    assert!(!same_spelling("Iran", "Iraq"));
    assert!(!same_spelling("Ravensworth", "Kellerby"));
    assert!(!same_spelling("Austria", "Australia"));
    assert_eq!(edit_distance("kitten", "sitting"), 3);
}

fn names() -> Names {
    gazetteer::built_in()
}

#[test]
fn the_evidence_decides_whether_a_pair_is_one_actor() {
    let n = names();
    // Both known: the built-in list has decided ("US/UK", "Russia/Ukraine").
    assert_eq!(judge("US", "UK", (3, 2), false, &n), None);
    assert_eq!(judge("Russia", "Ukraine", (0, 0), false, &n), None);
    assert_eq!(judge("Israel", "Palestine", (0, 0), false, &n), None);
    // One side an acronym of the other.
    assert_eq!(
        judge("Jamaat Nasr al-Sahil", "JNS", (0, 4), false, &n),
        Some(Link::Acronym { long: "Jamaat Nasr al-Sahil", short: "JNS" })
    );
    assert_eq!(judge("Tessalit", "Tesalit", (3, 0), false, &n), Some(Link::Spelling));
    // One side never alone, the other alone: a second name.
    assert_eq!(judge("Kel Adrar", "Adrar Front", (0, 1), false, &n), Some(Link::Aside));
    // Both used alone, or neither: two names side by side, or no way to tell.
    assert_eq!(judge("Ravensworth", "Kellerby", (2, 1), false, &n), None);
    assert_eq!(judge("Hutu", "Tutsi", (0, 0), false, &n), None);
    // People: a slash sets two side by side.
    assert_eq!(judge("Hollis", "Brandt", (3, 0), true, &n), None);
    // A state beside a name never used alone may hold it, not be it.
    assert_eq!(judge("Russia", "Chechnya", (4, 0), false, &n), None);
}

#[test]
fn linked_pairs_share_one_actor_named_by_the_more_used_form() {
    let text = "Tessalit/Tesalit fell. Tessalit burned. Kel Adrar/Adrar Front. Adrar Front. \
                US/UK. Ravensworth/Kellerby. Ravensworth. Kellerby.";
    let mut f = Vec::new();
    let mut t = Vec::new();
    tokenize(text, 0..text.len(), &mut t);
    pairs(text, &t, &mut f);
    let mut tally: FastMap<&str, Tally> = FastMap::default();
    for (s, count, placed) in [
        ("Tessalit", 2, 1),
        ("Tesalit", 1, 0),
        ("Kel Adrar", 1, 0),
        ("Adrar Front", 2, 0),
        ("Ravensworth", 2, 0),
        ("Kellerby", 2, 0),
    ] {
        let words = s.split(' ').count();
        tally.insert(s, Tally { count, placed, words, ..Tally::default() });
    }
    let mut n = names();
    link_pairs(text, &f, &tally, &mut n);
    let actor = |s: &str| n.actor_of(s).map(|a| (n.actors[a].name.as_str(), n.actors[a].kind));
    assert_eq!(actor("Tesalit"), Some(("Tessalit", ActorKind::Place)));
    assert_eq!(actor("Kel Adrar"), Some(("Adrar Front", ActorKind::Organisation)));
    assert_eq!(actor("US"), Some(("United States", ActorKind::State)));
    assert_eq!(actor("UK"), Some(("United Kingdom", ActorKind::State)));
    assert!(!n.is_known("Ravensworth") && !n.is_known("Kellerby"));
}
