use super::*;
use crate::actors::gazetteer;

const SAMPLE: &str = r#"
[[actor]]
name = "Shehbaz Sharif"
kind = "person"
aliases = ["PM Sharif"]

[[merge]]
names = ["Imran Khan", "Khan"]

[[rename]]
from = "Taliban"
to = "Afghan Taliban"

[hide]
names = ["Punjab"]
"#;

#[test]
fn parses_the_documented_format() {
    let u = UserActors::parse(SAMPLE, Path::new("a.toml")).expect("valid file");
    assert_eq!(u.actors[0].name, "Shehbaz Sharif");
    assert_eq!(u.actors[0].kind, Some(ActorKind::Person));
    assert_eq!(u.merges[0].names, ["Imran Khan", "Khan"]);
    assert_eq!(u.renames[0].to, "Afghan Taliban");
    assert_eq!(u.hidden, ["Punjab"]);
}

#[test]
fn errors_name_the_file_and_line() {
    let src = "[[actor]]\nname = \"X\"\ncolour = \"red\"\n";
    let err = UserActors::parse(src, Path::new("config/mine.toml")).expect_err("unknown field");
    let msg = err.to_string();
    assert!(msg.starts_with("config/mine.toml:3:"), "{msg}");
    let err = UserActors::parse("[[actor]]\nname = \n", Path::new("b.toml")).expect_err("bad toml");
    assert!(err.to_string().starts_with("b.toml:2:"), "{err}");
    let err =
        UserActors::parse("[[actor]]\nname = \"X\"\nkind = \"planet\"\n", Path::new("c.toml"));
    assert!(err.is_err());
    let missing = UserActors::load(Path::new("/nonexistent/actors.toml")).expect_err("missing");
    assert!(missing.to_string().contains("/nonexistent/actors.toml"));
}

#[test]
fn later_files_apply_last() {
    let a = UserActors::parse("[[rename]]\nfrom = \"Taliban\"\nto = \"A\"\n", Path::new("a"))
        .expect("a");
    let b = UserActors::parse("[[rename]]\nfrom = \"Taliban\"\nto = \"B\"\n", Path::new("b"))
        .expect("b");
    let mut names = gazetteer::built_in();
    a.merge(b).apply_edits(&mut names);
    let t = names.find("Taliban").expect("still findable by old name");
    assert_eq!(names.actors[t].name, "B");
}

#[test]
fn definitions_add_and_override() {
    let u = UserActors::parse(SAMPLE, Path::new("a.toml")).expect("valid");
    let mut names = gazetteer::built_in();
    u.apply_definitions(&mut names);
    let s = names.find("Shehbaz Sharif").expect("added");
    assert_eq!(names.actor_of("PM Sharif"), Some(s));
    assert_eq!(names.surface("PM Sharif").map(|x| x.rule), Some(Rule::User));
    let add =
        UserActors::parse("[[actor]]\nname = \"Pakistan\"\naliases = [\"Pak\"]\n", Path::new("x"))
            .expect("ok");
    add.apply_definitions(&mut names);
    assert_eq!(names.actor_of("Pak"), names.find("Pakistan"));
}

#[test]
fn config_file_is_named_actors_toml() {
    if let Some(p) = config_actor_file() {
        assert!(p.ends_with("actors.toml"));
    }
}
