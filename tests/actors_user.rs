//! The user's actor file wins over detection: added actors and aliases, merges, renames
//! and hides, applied to the bundled article through the public API.

#[path = "actors_blocks.rs"]
mod actors_blocks;

use lector::actors::{Detection, Detector, Pipeline, UserActors};
use lector::model::{ActorKind, Rule, index};
use std::io::Write;

fn detect(user: UserActors) -> Detection {
    let doc = actors_blocks::ingested(lector::BUNDLED_ARTICLE);
    Pipeline::new(user).detect(&doc.text, &doc.blocks)
}

fn load(src: &str) -> UserActors {
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    f.write_all(src.as_bytes()).expect("write");
    UserActors::load(f.path()).expect("valid actor file")
}

#[test]
fn user_file_adds_merges_renames_and_hides() {
    let user = load(
        r#"
[[actor]]
name = "Al-Badr offensive"
kind = "organisation"
aliases = ["Al-Badr"]

[[merge]]
names = ["Taliban", "Haqqani family"]

[[rename]]
from = "Taliban"
to = "Afghan Taliban (Islamic Emirate)"

[hide]
names = ["Punjab", "Global South"]
"#,
    );
    let d = detect(user);
    let badr = d.actors.iter().position(|a| a.name == "Al-Badr offensive").expect("user actor");
    assert!(d.mentions.iter().any(|m| index(m.actor) == badr && m.rule == Rule::User));
    let t =
        d.actors.iter().find(|a| a.name == "Afghan Taliban (Islamic Emirate)").expect("renamed");
    assert!(t.aliases.iter().any(|s| s == "Haqqani family"), "{:?}", t.aliases);
    assert!(t.aliases.iter().any(|s| s == "Taliban"));
    assert_eq!(t.id, "afghan-taliban-islamic-emirate");
    assert!(d.actors.iter().all(|a| a.name != "Punjab" && a.name != "Global South"));
    assert!(d.actors.iter().all(|a| a.name != "Haqqani family"));
}

#[test]
fn later_file_wins_and_user_kind_overrides() {
    let a = load("[[rename]]\nfrom = \"Mali\"\nto = \"Republic of Mali\"\n");
    let b = load(
        "[[rename]]\nfrom = \"Mali\"\nto = \"Mali (state)\"\n[[actor]]\nname = \"Punjab\"\nkind = \"group\"\n",
    );
    let d = detect(a.merge(b));
    assert!(d.actors.iter().any(|a| a.name == "Mali (state)"));
    let punjab = d.actors.iter().find(|a| a.name == "Punjab").expect("Punjab");
    assert_eq!(punjab.kind, ActorKind::Group);
}

#[test]
fn default_pipeline_equals_empty_user_file() {
    assert_eq!(detect(UserActors::default()), detect(load("")));
}
