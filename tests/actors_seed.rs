//! The bundled article: every actor it discusses, merged under one name, with the right
//! kinds and counts, and none of its headings, tags, dates, concepts or sentence openers.

#[path = "actors_blocks.rs"]
mod actors_blocks;

use lector::actors::{Detection, Detector, Pipeline};
use lector::model::{ActorKind, Block, index};
use regex::Regex;

fn detect() -> (Detection, Vec<Block>) {
    let doc = actors_blocks::ingested(lector::BUNDLED_ARTICLE);
    (Pipeline::default().detect(&doc.text, &doc.blocks), doc.blocks)
}

fn count(d: &Detection, name: &str) -> usize {
    let i = d.actors.iter().position(|a| a.name == name).unwrap_or(usize::MAX);
    d.mentions.iter().filter(|m| index(m.actor) == i).count()
}

/// Occurrences of a pattern in the blocks ingest gives the reader (a caption printed twice
/// keeps one block), counted independently of the pipeline.
fn occurrences(pattern: &str) -> usize {
    let doc = actors_blocks::ingested(lector::BUNDLED_ARTICLE);
    let re = Regex::new(pattern).expect("valid pattern");
    doc.blocks.iter().map(|b| re.find_iter(&doc.text[b.range()]).count()).sum()
}

fn report(d: &Detection) -> String {
    let mut out = String::new();
    for (i, a) in d.actors.iter().enumerate() {
        let n = d.mentions.iter().filter(|m| index(m.actor) == i).count();
        out +=
            &format!("{n:4}  {:<28} {:<26} {}\n", a.name, a.kind.as_str(), a.aliases.join(" | "));
    }
    out
}

#[test]
fn includes_every_actor_with_its_kind() {
    let (d, _) = detect();
    eprintln!("{}", report(&d));
    let expected = [
        ("Pakistan", ActorKind::State),
        ("Afghanistan", ActorKind::State),
        ("Taliban", ActorKind::ArmedGroup),
        ("Tehreek-e-Taliban Pakistan", ActorKind::ArmedGroup),
        ("United States", ActorKind::State),
        ("Shehbaz Sharif", ActorKind::Person),
        ("Imran Khan", ActorKind::Person),
        ("Hakimullah Mehsud", ActorKind::Person),
        ("Mullah Yaqub", ActorKind::Person),
        ("Xi Jinping", ActorKind::Person),
        ("Rebecca Conway", ActorKind::Person),
        ("al-Qaida", ActorKind::ArmedGroup),
        ("ISIS-K", ActorKind::ArmedGroup),
        ("Inter-Services Intelligence", ActorKind::Organisation),
        ("Haqqani family", ActorKind::Group),
        ("India", ActorKind::State),
        ("China", ActorKind::State),
        ("Mali", ActorKind::State),
        ("United Nations", ActorKind::InternationalOrganisation),
        ("UN General Assembly", ActorKind::InternationalOrganisation),
        ("UN Security Council", ActorKind::InternationalOrganisation),
        ("International Criminal Court", ActorKind::InternationalOrganisation),
        ("The New York Times", ActorKind::Organisation),
        ("Baluch separatists", ActorKind::Group),
        ("Punjab", ActorKind::Place),
        ("Central Asia", ActorKind::Place),
        ("Bumboret Kalash Valley", ActorKind::Place),
    ];
    let mut missing = Vec::new();
    for (name, kind) in expected {
        match d.actors.iter().find(|a| a.name == name) {
            Some(a) if a.kind == kind => {}
            other => missing.push(format!("{name} ({kind:?}): got {other:?}")),
        }
    }
    assert!(missing.is_empty(), "missing or wrong kind:\n{}", missing.join("\n"));
}

#[test]
fn merges_surface_forms_under_one_name() {
    let (d, _) = detect();
    let groups: [(&str, &[&str]); 9] = [
        ("Pakistan", &["Islamabad", "Pakistani", "Pakistanis"]),
        ("Afghanistan", &["Kabul", "Afghan", "Afghans"]),
        ("Taliban", &["Afghan Taliban"]),
        ("Tehreek-e-Taliban Pakistan", &["TTP", "Pakistani Taliban"]),
        ("United States", &["U.S.", "Washington"]),
        ("Shehbaz Sharif", &["Sharif"]),
        ("China", &["Beijing", "Chinese"]),
        ("India", &["Indian"]),
        ("International Criminal Court", &["ICC"]),
    ];
    for (name, aliases) in groups {
        let a = d.actors.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("{name}"));
        for alias in aliases {
            assert!(a.aliases.iter().any(|x| x == alias), "{name} lacks {alias}: {:?}", a.aliases);
        }
    }
    let un = d.actors.iter().find(|a| a.name == "United Nations").expect("UN");
    assert!(un.aliases.iter().any(|x| x == "U.N."));
}

#[test]
fn excludes_headings_tags_dates_concepts_and_openers() {
    let (d, _) = detect();
    let never = [
        "Global Security Initiative",
        "GSI",
        "Belt and Road Initiative",
        "BRI",
        "Shariah",
        "Al-Badr",
        "Type",
        "Thursday",
        "Wednesday",
        "September",
        "August",
        "April",
        "Related Publications",
        "Question and Answer",
        "Question",
        "Answer",
        "Economics",
        "Gender",
        "Human Rights",
        "Global Policy",
        "View All Publications",
        "Analysts",
        "Policymakers",
        "There",
        "Yet",
        "Instead",
        "Finally",
        "Still",
        "First",
        "Some",
        "Many",
        "Others",
        "Contrary",
        "Standing",
        "Tensions",
        "Why Did Pakistan Opt for Airstrikes",
        "Pakistani Policy Response",
        "Taliban Rule",
        "Taliban Gender Crimes",
        "Case",
        "Rule",
        "Policy",
        "Justice",
        "Security",
        "Law",
        "Three Years",
        "Implications",
    ];
    for a in &d.actors {
        assert!(!never.contains(&a.name.as_str()), "unexpected actor {}", a.name);
        for s in &a.aliases {
            assert!(!never.contains(&s.as_str()), "unexpected alias {s} of {}", a.name);
        }
    }
    let global_south = d.actors.iter().find(|a| a.name == "Global South");
    assert!(global_south.is_none_or(|a| a.kind == ActorKind::Place));
}

#[test]
fn counts_match_the_text() {
    let (d, _) = detect();
    let ttp = occurrences(r"\bTTP\b")
        + occurrences("Tehreek-e-Taliban Pakistan")
        + occurrences("Pakistani Taliban");
    assert_eq!(count(&d, "Tehreek-e-Taliban Pakistan"), ttp);
    assert_eq!(count(&d, "Shehbaz Sharif"), occurrences(r"\bSharif\b"));
    let us =
        occurrences(r"\bU\.S\.") + occurrences(r"\bWashington\b") + occurrences("United States");
    assert_eq!(count(&d, "United States"), us);
    assert_eq!(count(&d, "Rebecca Conway"), occurrences("Rebecca Conway"));
    // "Afghan Taliban" belongs to the Taliban, so Afghan counts exclude it.
    let afghan = occurrences(r"\bAfghan\b") - occurrences("Afghan Taliban");
    let afghanistan = afghan
        + occurrences(r"\bAfghans\b")
        + occurrences(r"\bAfghanistan\b")
        + occurrences(r"\bKabul\b");
    assert_eq!(count(&d, "Afghanistan"), afghanistan);
}

#[test]
fn mentions_are_well_formed() {
    let text = actors_blocks::ingested(lector::BUNDLED_ARTICLE).text;
    let (d, blocks) = detect();
    for w in d.mentions.windows(2) {
        assert!(w[0].range.end <= w[1].range.start, "overlap {:?} {:?}", w[0], w[1]);
    }
    for m in &d.mentions {
        assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end));
        let b = &blocks[index(m.block)];
        assert!(b.range().start <= m.range.start && m.range.end <= b.range().end);
        let s = &text[m.range.clone()];
        assert!(!s.ends_with("’s") && !s.ends_with("'s"), "possessive kept in {s}");
    }
    for (i, a) in d.actors.iter().enumerate() {
        assert!(d.mentions.iter().any(|m| index(m.actor) == i), "{} has no mention", a.name);
        assert_eq!(a.id, lector::actors::slug(&a.name));
    }
}
