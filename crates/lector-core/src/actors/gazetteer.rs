//! Built-in knowledge: the embedded `assets/actors.toml` (states with demonyms and capitals,
//! international bodies, agencies, media, armed groups, peoples, regions) loaded into a
//! [`Names`] table. Every spelling is listed explicitly and matched case-sensitively.

use super::names::{Names, Target};
use crate::model::{ActorKind, Rule};
use serde::Deserialize;

const BUILT_IN: &str = include_str!("../../../../assets/actors.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: String,
    #[serde(default)]
    aka: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    /// A capital stands for the government ("Islamabad’s envoy"), so it maps to the state.
    #[serde(default)]
    capitals: Vec<String>,
    /// The body this one is an organ of, by its name in this file.
    #[serde(default)]
    part_of: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    state: Vec<Entry>,
    #[serde(default)]
    international_organisation: Vec<Entry>,
    #[serde(default)]
    organisation: Vec<Entry>,
    #[serde(default)]
    armed_group: Vec<Entry>,
    #[serde(default)]
    person: Vec<Entry>,
    #[serde(default)]
    group: Vec<Entry>,
    #[serde(default)]
    place: Vec<Entry>,
}

/// Loads the built-in list. The asset is part of the binary and checked by tests, so a
/// parse failure is a build defect; it yields an empty table rather than a panic.
pub fn built_in() -> Names {
    parse(BUILT_IN).unwrap_or_default()
}

fn parse(src: &str) -> Result<Names, toml::de::Error> {
    let file: File = toml::from_str(src)?;
    let mut names = Names::default();
    let groups = [
        (file.state, ActorKind::State),
        (file.international_organisation, ActorKind::InternationalOrganisation),
        (file.organisation, ActorKind::Organisation),
        (file.armed_group, ActorKind::ArmedGroup),
        (file.person, ActorKind::Person),
        (file.group, ActorKind::Group),
        (file.place, ActorKind::Place),
    ];
    let mut organs = Vec::new();
    for (entries, kind) in groups {
        for e in entries {
            let id = names.add_actor(&e.name, kind, Rule::Gazetteer);
            if let Some(body) = e.part_of {
                organs.push((id, body));
            }
            for s in e.aka.iter().chain(&e.demonyms) {
                names.add_surface(s, Target::Actor(id), Rule::Gazetteer);
            }
            for s in &e.capitals {
                if names.add_surface(s, Target::Actor(id), Rule::Gazetteer) {
                    names.capitals.insert(names.surfaces.len() - 1);
                }
            }
        }
    }
    // Linked once every entry is in, so an organ may be listed before its body.
    for (organ, body) in organs {
        names.actors[organ].parent = names.find(&body);
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_list_parses_and_covers_the_basics() {
        let parsed = parse(BUILT_IN);
        assert!(parsed.is_ok(), "{parsed:?}");
        let n = built_in();
        assert!(n.actors.iter().filter(|a| a.kind == ActorKind::State).count() >= 197);
        let pk = n.find("Pakistan");
        assert!(pk.is_some());
        for s in ["Pakistani", "Pakistanis", "Islamabad"] {
            assert_eq!(n.actor_of(s), pk, "{s}");
        }
        assert_eq!(n.actor_of("U.S."), n.find("United States"));
        assert_eq!(n.actor_of("Washington"), n.find("United States"));
        assert_eq!(n.actor_of("TTP"), n.find("Tehreek-e-Taliban Pakistan"));
        assert_eq!(n.actor_of("Pakistani Taliban"), n.find("Tehreek-e-Taliban Pakistan"));
        assert_ne!(n.actor_of("ISIS-K"), n.actor_of("ISIS"));
        assert!(n.actor_of("us").is_none(), "case-sensitive");
    }

    #[test]
    fn organs_are_linked_to_their_bodies() {
        let n = built_in();
        let un = n.find("United Nations");
        assert!(un.is_some());
        let council = n.find("UN Security Council").expect("listed");
        assert_eq!(n.actors[council].parent, un);
        assert_eq!(n.actors[un.expect("listed")].parent, None);
        let p = parse(
            "international_organisation = [{ name = \"C\", part_of = \"B\" }, { name = \"B\" }]",
        );
        let p = p.expect("parses");
        assert_eq!(p.actors[p.find("C").expect("C")].parent, p.find("B"));
    }

    #[test]
    fn unknown_fields_are_rejected() {
        assert!(parse("state = [{ name = \"X\", colour = \"red\" }]").is_err());
    }
}
