//! The real binary's `lector text --actor` and `lector brief --json`: the paragraphs that
//! mention all the named actors, under their sections; the brief as its JSON contract, with
//! byte offsets that index `lector text`.

use std::process::{Command, Output};

const ARTICLE: &str = "tests/fixtures/reading/horn.md";

fn lector(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lector"))
        .args(args)
        .env("XDG_CONFIG_HOME", env!("CARGO_TARGET_TMPDIR"))
        .output()
        .expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).expect("UTF-8")
}

#[test]
fn text_prints_the_paragraphs_that_mention_every_named_actor() {
    let both = stdout(&lector(&["text", ARTICLE, "--actor", "au", "--actor", "ETHIOPIA"]));
    let expected = "## Talks on the River Border\n\n\
        The African Union (AU) has asked Kenya and Ethiopia to return to talks on the river \
        border. Officials in Nairobi say the dispute is older than either government.\n\n\
        ## The Dispute\n\n\
        Kenya says the channel moved after the floods. Ethiopia says the treaty line still \
        holds. The AU has offered to send surveyors to both banks.\n\n\
        ## What Comes Next\n\n\
        Ethiopia and Kenya will meet again in the spring, with the AU as host and the United \
        Nations as observer.\n\n";
    assert_eq!(both, expected);
    // An alias names its actor: Nairobi is Kenya, which shares only the last paragraph with
    // the UN.
    let un = stdout(&lector(&["text", ARTICLE, "--actor", "Nairobi", "--actor", "united nations"]));
    assert!(un.starts_with("## What Comes Next\n\nEthiopia and Kenya"), "{un}");
    assert_eq!(un.matches("## ").count(), 1, "{un}");
}

#[test]
fn an_unknown_actor_is_one_error_line_and_exit_2() {
    let out = lector(&["text", ARTICLE, "--actor", "Kenya", "--actor", "Atlantis"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err, "lector: no actor named \"Atlantis\" in this document\n");
}

#[test]
fn brief_json_is_the_contract_and_its_offsets_index_the_text() {
    let text = stdout(&lector(&["text", ARTICLE]));
    let brief: serde_json::Value =
        serde_json::from_str(&stdout(&lector(&["brief", ARTICLE, "--json"]))).expect("JSON");
    assert_eq!(brief["title"], "Talks on the River Border");
    let actors = brief["actors"].as_array().expect("a list");
    let au = actors.iter().find(|a| a["id"] == "african-union").expect("the AU");
    assert_eq!(au["name"], "African Union");
    assert_eq!(au["kind"], "international_organisation");
    assert_eq!(au["aliases"], serde_json::json!(["AU"]));
    assert_eq!(au["count"], 4);
    assert_eq!(
        au["sections"],
        serde_json::json!([
            {"section": 0, "count": 2}, {"section": 1, "count": 1}, {"section": 2, "count": 1}
        ])
    );
    let first = &au["first_mention"];
    let (start, end) =
        (first["start"].as_u64().expect("start"), first["end"].as_u64().expect("end"));
    assert_eq!(&text[start as usize..end as usize], "African Union");
    assert_eq!(first["section"], 0);
    assert!(first["context"].as_str().expect("context").starts_with("The African Union (AU) has"));
    assert_eq!(
        au["cooccurs"],
        serde_json::json!([
            {"id": "kenya", "count": 3}, {"id": "ethiopia", "count": 3},
            {"id": "united-nations", "count": 1}
        ])
    );
    for a in actors {
        let fields: Vec<&str> = a.as_object().expect("object").keys().map(String::as_str).collect();
        let mut expected =
            ["aliases", "cooccurs", "count", "first_mention", "id", "kind", "name", "sections"];
        expected.sort();
        assert_eq!(fields, expected);
        let per_section: u64 = a["sections"]
            .as_array()
            .expect("sections")
            .iter()
            .map(|s| s["count"].as_u64().expect("count"))
            .sum();
        assert_eq!(Some(per_section), a["count"].as_u64(), "{}", a["id"]);
    }
}

#[test]
fn brief_without_json_is_markdown() {
    let md = stdout(&lector(&["brief", ARTICLE]));
    assert!(md.starts_with("# Talks on the River Border\n\n## African Union\n"), "{md}");
    assert!(md.contains("- Appears with: Kenya 3, Ethiopia 3, United Nations 1\n"), "{md}");
}
