//! Every article in `tests/fixtures/articles` against its expected-actors file:
//! `must_include` (name and kind), `must_merge` (names that must be one actor, the first
//! being its canonical name) and `must_exclude` (no actor may be named or aliased so).

#[path = "actors_blocks.rs"]
mod actors_blocks;

use lector::actors::{Detection, Detector, Pipeline};
use lector::model::{Actor, ActorKind};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Included {
    name: String,
    kind: ActorKind,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    must_include: Vec<Included>,
    #[serde(default)]
    must_merge: Vec<Vec<String>>,
    #[serde(default)]
    must_exclude: Vec<String>,
}

fn articles() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixture directory")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

fn find<'a>(d: &'a Detection, name: &str) -> Option<&'a Actor> {
    d.actors
        .iter()
        .find(|a| a.name == name)
        .or_else(|| d.actors.iter().find(|a| a.aliases.iter().any(|s| s == name)))
}

fn check(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("article");
    let expected: Expected = toml::from_str(
        &std::fs::read_to_string(path.with_extension("toml")).expect("expected-actors file"),
    )
    .expect("valid expected-actors file");
    let doc = actors_blocks::ingested(&text);
    let d = Pipeline::default().detect(&doc.text, &doc.blocks);
    let mut problems = Vec::new();
    for inc in &expected.must_include {
        match d.actors.iter().find(|a| a.name == inc.name) {
            Some(a) if a.kind == inc.kind => {}
            Some(a) => {
                problems.push(format!("{}: kind {:?}, expected {:?}", inc.name, a.kind, inc.kind))
            }
            None => problems.push(format!("{}: missing", inc.name)),
        }
    }
    for group in &expected.must_merge {
        let Some(first) = d.actors.iter().find(|a| a.name == group[0]) else {
            problems.push(format!("merge {group:?}: no actor named {}", group[0]));
            continue;
        };
        for other in &group[1..] {
            if !first.aliases.iter().any(|s| s == other) {
                let holder = find(&d, other).map(|a| a.name.clone());
                problems.push(format!(
                    "merge: {other} not under {} (found under {holder:?})",
                    group[0]
                ));
            }
        }
    }
    for name in &expected.must_exclude {
        if let Some(a) = find(&d, name) {
            problems.push(format!("excluded {name} found as {} ({:?})", a.name, a.kind));
        }
    }
    if !problems.is_empty() {
        let mut listing = String::new();
        for (i, a) in d.actors.iter().enumerate() {
            let n = d.mentions.iter().filter(|m| lector::model::index(m.actor) == i).count();
            listing += &format!("  {n:3} {} [{}] {:?}\n", a.name, a.kind.as_str(), a.aliases);
        }
        problems.push(format!("detected:\n{listing}"));
    }
    problems
}

#[test]
fn fixture_articles_meet_their_expectations() {
    let paths = articles();
    assert!(paths.len() >= 4, "expected at least four fixture articles");
    let mut report = String::new();
    for p in &paths {
        let problems = check(p);
        if !problems.is_empty() {
            report += &format!("== {}\n{}\n", p.display(), problems.join("\n"));
        }
    }
    assert!(report.is_empty(), "{report}");
}
