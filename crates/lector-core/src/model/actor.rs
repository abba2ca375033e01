//! Actors (who the text talks about) and their mentions.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What sort of actor; places are kept in the model but hidden from the sidebar by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    State,
    InternationalOrganisation,
    Organisation,
    ArmedGroup,
    Person,
    Group,
    Place,
}

impl ActorKind {
    /// Every kind, in the order the sidebar's legend and the kind chooser list them.
    pub const ALL: [ActorKind; 7] = [
        ActorKind::State,
        ActorKind::InternationalOrganisation,
        ActorKind::Organisation,
        ActorKind::ArmedGroup,
        ActorKind::Person,
        ActorKind::Group,
        ActorKind::Place,
    ];

    /// The name used in JSON and in actor files.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::InternationalOrganisation => "international_organisation",
            ActorKind::Organisation => "organisation",
            ActorKind::ArmedGroup => "armed_group",
            ActorKind::Person => "person",
            ActorKind::Group => "group",
            ActorKind::Place => "place",
        }
    }

    /// A one-character marker for the sidebar.
    pub fn marker(self) -> char {
        match self {
            ActorKind::State => 'S',
            ActorKind::InternationalOrganisation => 'I',
            ActorKind::Organisation => 'O',
            ActorKind::ArmedGroup => 'A',
            ActorKind::Person => 'P',
            ActorKind::Group => 'G',
            ActorKind::Place => 'L',
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::InternationalOrganisation => "international organisation",
            ActorKind::Organisation => "organisation",
            ActorKind::ArmedGroup => "armed group",
            ActorKind::Person => "person",
            ActorKind::Group => "group",
            ActorKind::Place => "place",
        }
    }
}

/// One actor, merged under a display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Stable identifier (a slug of the canonical name), the same across runs.
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    /// Other names the text uses for it (surface forms, without possessives).
    pub aliases: Vec<String>,
    /// The body this one is an organ of, as an index into the document's actors: the UN
    /// Security Council keeps its own name and is linked to the United Nations.
    pub parent: Option<u32>,
}

/// Which detection rule found a mention, so a user can see why it was detected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// The built-in list of states, bodies, groups and agencies.
    Gazetteer,
    /// An acronym defined in the text, or its long form.
    Acronym,
    /// "also known as", "known as".
    Alias,
    /// A title before a name: "Prime Minister X", "Mullah Y".
    Title,
    /// "the group's defense minister, Mullah Yaqub".
    Apposition,
    /// A capitalised multi-word name in mid-sentence.
    Name,
    /// A single capitalised word that recurs in mid-sentence.
    Recurring,
    /// A surname or short form after a full name.
    ShortForm,
    /// The user's actor file.
    User,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Gazetteer => "gazetteer",
            Rule::Acronym => "acronym",
            Rule::Alias => "alias",
            Rule::Title => "title",
            Rule::Apposition => "apposition",
            Rule::Name => "name",
            Rule::Recurring => "recurring",
            Rule::ShortForm => "short_form",
            Rule::User => "user",
        }
    }
}

/// One mention of an actor in the text.
///
/// A 100 MB text has millions of mentions, so the indexes are `u32`: a mention takes 32
/// bytes instead of 48. Byte offsets stay `usize`. Read an index with [`index`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index into `Document::actors`.
    pub actor: u32,
    /// Byte range of the name as written (without a possessive ending).
    pub range: Range<usize>,
    /// Index of the block holding it (recomputed by `Document::set_actors`).
    pub block: u32,
    /// Index of the section holding it (recomputed by `Document::set_actors`).
    pub section: u32,
    pub rule: Rule,
}

/// A mention's `u32` index as a `usize`, for indexing (lossless on every supported target).
pub fn index(i: u32) -> usize {
    i as usize
}
