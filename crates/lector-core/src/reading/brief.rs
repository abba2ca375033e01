//! The actor brief as data: for each actor its kind, aliases, count, counts per section,
//! first mention with a line of context, and the actors it appears with. Serialized as
//! the `lector brief --json` contract; byte offsets index the normalized text.

use super::{Reading, context_line, first_mention};
use crate::model::{Document, index};
use serde::Serialize;

/// How wide the first mention's line of context is, in chars.
const CONTEXT_WIDTH: usize = 160;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Brief {
    pub title: String,
    pub actors: Vec<ActorBrief>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorBrief {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub aliases: Vec<String>,
    pub count: usize,
    pub sections: Vec<SectionCount>,
    pub first_mention: Option<FirstMentionBrief>,
    pub cooccurs: Vec<Together>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionCount {
    /// Index into the sections (as `lector sections` lists them).
    pub section: usize,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FirstMentionBrief {
    pub start: usize,
    pub end: usize,
    pub section: usize,
    pub context: String,
}

/// An actor sharing paragraphs with another, and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Together {
    pub id: String,
    pub count: usize,
}

/// The brief of every actor, most mentioned first.
pub fn brief(doc: &Document, reading: &Reading) -> Brief {
    let actors = doc
        .actors_by_count()
        .into_iter()
        .map(|a| {
            let actor = &doc.actors[a];
            let first_mention = first_mention(doc, a).map(|f| FirstMentionBrief {
                start: f.range.start,
                end: f.range.end,
                section: f.section,
                context: context_line(doc, f.range.clone(), CONTEXT_WIDTH).0,
            });
            let sections = reading
                .paragraphs
                .section_counts(a)
                .iter()
                .map(|&(s, c)| SectionCount { section: index(s), count: index(c) })
                .collect();
            let cooccurs = reading
                .paragraphs
                .cooccurring(a)
                .into_iter()
                .map(|(b, count)| Together { id: doc.actors[b].id.clone(), count })
                .collect();
            ActorBrief {
                id: actor.id.clone(),
                name: actor.name.clone(),
                kind: actor.kind.as_str(),
                aliases: actor.aliases.clone(),
                count: doc.mention_count(a),
                sections,
                first_mention,
                cooccurs,
            }
        })
        .collect();
    Brief { title: doc.title.clone(), actors }
}

impl Brief {
    /// The brief as Markdown: the title, then a short entry per actor.
    pub fn to_markdown(&self, doc: &Document) -> String {
        use std::fmt::Write;
        let mut md = format!("# {}\n", self.title);
        let names: std::collections::HashMap<&str, &str> =
            self.actors.iter().map(|a| (a.id.as_str(), a.name.as_str())).collect();
        let name_of = |id: &str| names.get(id).map_or(id.to_string(), |n| n.to_string());
        for a in &self.actors {
            let _ =
                write!(md, "\n## {}\n\n{}, {} mentions", a.name, a.kind.replace('_', " "), a.count);
            if !a.aliases.is_empty() {
                let _ = write!(md, "; also {}", a.aliases.join(", "));
            }
            md.push_str(".\n");
            let per_section: Vec<String> = a
                .sections
                .iter()
                .map(|s| format!("{} {}", super::section_title(doc, s.section), s.count))
                .collect();
            let _ = writeln!(md, "\n- Sections: {}", per_section.join("; "));
            if let Some(f) = &a.first_mention {
                let section = super::section_title(doc, f.section);
                let _ = writeln!(md, "- First mention ({section}): {}", f.context);
            }
            if !a.cooccurs.is_empty() {
                let with: Vec<String> =
                    a.cooccurs.iter().map(|t| format!("{} {}", name_of(&t.id), t.count)).collect();
                let _ = writeln!(md, "- Appears with: {}", with.join(", "));
            }
        }
        md
    }
}
