//! First mention and definition: where an actor is introduced, and what the text says it
//! stands for. A definition is read off the text around two adjacent mentions of the same
//! actor: "Tehreek-e-Taliban Pakistan (TTP)", "TTP (Tehreek-e-Taliban Pakistan)" or
//! "the TTP, also known as the Pakistani Taliban". Detection already puts both names under
//! one actor, so the model needs no field of its own for this.

use crate::model::{Document, index};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    /// The short or other form ("TTP").
    pub term: String,
    /// What it stands for ("Tehreek-e-Taliban Pakistan").
    pub meaning: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstMention {
    /// Index into `Document::mentions`: the definition when the text gives one, else the
    /// actor's first mention.
    pub mention: usize,
    pub range: Range<usize>,
    pub section: usize,
    pub definition: Option<Definition>,
}

impl FirstMention {
    /// The status line: "TTP: Tehreek-e-Taliban Pakistan, defined in (opening)", or
    /// "Pakistan: first mentioned in (opening)".
    pub fn describe(&self, doc: &Document, actor: usize) -> String {
        let section = super::section_title(doc, self.section);
        match (&self.definition, doc.actors.get(actor)) {
            (Some(d), _) => format!("{}: {}, defined in {section}", d.term, d.meaning),
            (None, Some(a)) => format!("{}: first mentioned in {section}", a.name),
            (None, None) => String::new(),
        }
    }
}

/// Where an actor is introduced: the first place two of its mentions define one another,
/// else its first mention. Linear in the actor's mentions.
pub fn first_mention(doc: &Document, actor: usize) -> Option<FirstMention> {
    let mentions = doc.mentions_of(actor);
    let first = *mentions.first()?;
    let defined = mentions.windows(2).find_map(|w| {
        let (a, b) = (&doc.mentions[w[0]], &doc.mentions[w[1]]);
        let between = doc.text.get(a.range.end..b.range.start)?;
        let (x, y) = (doc.slice(&a.range), doc.slice(&b.range));
        if x == y {
            return None;
        }
        let parens = matches!(between, "(" | " (") && doc.text[b.range.end..].starts_with(')');
        let known_as = is_known_as(between);
        if !parens && !known_as {
            return None;
        }
        // The shorter form is the term ("TTP"); the longer one says what it means.
        let (term, meaning) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        let definition = Definition { term: term.to_string(), meaning: meaning.to_string() };
        Some((w[0], definition))
    });
    let (mention, definition) = match defined {
        Some((m, d)) => (m, Some(d)),
        None => (first, None),
    };
    let m = &doc.mentions[mention];
    Some(FirstMention { mention, range: m.range.clone(), section: index(m.section), definition })
}

/// ", also known as the ", " known as ", ", or ": the words that make a name an alias.
fn is_known_as(between: &str) -> bool {
    let words: Vec<&str> =
        between.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    matches!(
        words.as_slice(),
        ["also", "known", "as"]
            | ["also", "known", "as", "the"]
            | ["known", "as"]
            | ["known", "as", "the"]
    )
}
