//! The last, sequential step: raw matches in block order become the reported actors and
//! mentions. Ambiguous short forms go to the most recently named person, recurring words
//! also seen in lowercase are dropped, user merges and hides are followed, and actors are
//! numbered by first appearance with a slug of their name as a stable id.
//!
//! Matches stream in block by block and go straight into the output vector, so a huge text
//! never holds its matches twice; the filters that need the whole text (a lowercase
//! witness may come after the mentions it rejects) run in place at the end.

use super::Detection;
use super::context::governs;
use super::matcher::RawMatch;
use super::names::{Names, Target};
use crate::model::{Actor, Block, Mention, index};
use std::collections::HashMap;

/// Collects mentions block by block, in text order.
pub struct Emitter<'a> {
    text: &'a str,
    names: &'a Names,
    blocks: &'a [Block],
    witnessed: Vec<bool>,
    /// The ambiguous surfaces each actor is a candidate of.
    candidate_of: Vec<Vec<usize>>,
    /// Per ambiguous surface, the candidate mentioned last: kept up to date as mentions
    /// come, so resolving a surname shared by thousands of people costs one lookup.
    recent: Vec<Option<usize>>,
    /// Mentions whose `actor` is still an index into `names.actors`, block and section
    /// already final.
    mentions: Vec<Mention>,
}

impl<'a> Emitter<'a> {
    pub fn new(text: &'a str, names: &'a Names, blocks: &'a [Block]) -> Emitter<'a> {
        let n = names.actors.len();
        let mut candidate_of = vec![Vec::new(); n];
        for (i, s) in names.surfaces.iter().enumerate() {
            if let Target::Ambiguous(cands) = &s.target {
                for &c in cands {
                    candidate_of[c].push(i);
                }
            }
        }
        Emitter {
            text,
            names,
            blocks,
            witnessed: vec![false; n],
            candidate_of,
            recent: vec![None; names.surfaces.len()],
            mentions: Vec::new(),
        }
    }

    /// Adds the matches of block `b`; blocks must come in order.
    pub fn block(&mut self, b: usize, matches: &[RawMatch]) {
        let section = self.blocks.get(b).map_or(0, |bl| bl.section);
        let Ok(block) = u32::try_from(b) else {
            return; // past four billion blocks: not representable in a mention
        };
        for m in matches {
            let surface = &self.names.surfaces[m.surface];
            let actor = match &surface.target {
                // Most texts name no capital as a city: skip the lookup then.
                Target::Actor(a) if self.names.cities.is_empty() => *a,
                Target::Actor(a) => match self.names.cities.get(&m.surface) {
                    Some(&city) if !governs(self.text, m.range.clone()) => city,
                    _ => *a,
                },
                Target::Ambiguous(cands) => {
                    // The most recently mentioned of the candidates; the first if none yet.
                    match self.recent[m.surface].or_else(|| cands.iter().copied().min()) {
                        Some(c) => c,
                        None => continue,
                    }
                }
                Target::Witness(a) => {
                    self.witnessed[*a] = true;
                    continue;
                }
            };
            let Ok(draft) = u32::try_from(actor) else { continue };
            for &s in &self.candidate_of[actor] {
                self.recent[s] = Some(actor);
            }
            self.mentions.push(Mention {
                actor: draft,
                range: m.range.clone(),
                block,
                section,
                rule: surface.rule,
            });
        }
    }

    /// Drops rejected and hidden mentions, follows merges and numbers the actors.
    pub fn finish(self, text: &str) -> Detection {
        let Emitter { names, witnessed, mut mentions, .. } = self;
        let mut out_index: Vec<Option<u32>> = vec![None; names.actors.len()];
        let mut actors: Vec<Actor> = Vec::new();
        let mut used_ids: HashMap<String, usize> = HashMap::new();
        // Aliases already listed, per output actor: one actor may have a hundred thousand.
        let mut listed: foldhash::HashSet<(u32, &str)> = Default::default();
        // The draft behind each output actor, to link organs to their bodies afterwards.
        let mut roots: Vec<usize> = Vec::new();
        mentions.retain_mut(|m| {
            let actor = index(m.actor);
            if names.actors[actor].recurring_only && witnessed[actor] {
                return false;
            }
            let root = names.root(actor);
            let draft = &names.actors[root];
            if draft.hidden {
                return false;
            }
            let out = match out_index[root] {
                Some(out) => out,
                None => {
                    let Ok(out) = u32::try_from(actors.len()) else { return false };
                    out_index[root] = Some(out);
                    actors.push(Actor {
                        id: unique_id(&draft.name, &mut used_ids),
                        name: draft.name.clone(),
                        kind: draft.kind,
                        aliases: Vec::new(),
                        parent: None,
                    });
                    roots.push(root);
                    out
                }
            };
            m.actor = out;
            let surface = &text[m.range.clone()];
            let a = &mut actors[index(out)];
            if surface != a.name && listed.insert((out, surface)) {
                a.aliases.push(surface.to_string());
            }
            true
        });
        mentions.shrink_to_fit();
        // An organ points at its body only when the text names the body too.
        for (a, &root) in actors.iter_mut().zip(&roots) {
            a.parent = names.actors[root].parent.and_then(|p| out_index[names.root(p)]);
        }
        Detection { actors, mentions, limits: Vec::new() }
    }
}

/// A lowercase slug of the name, made unique with a numeric suffix.
pub fn slug(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    while s.ends_with('-') {
        s.pop();
    }
    s
}

fn unique_id(name: &str, used: &mut HashMap<String, usize>) -> String {
    let base = slug(name);
    let n = used.entry(base.clone()).or_insert(0);
    *n += 1;
    if *n == 1 { base } else { format!("{base}-{n}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Tehreek-e-Taliban Pakistan"), "tehreek-e-taliban-pakistan");
        assert_eq!(slug("U.S. Department of State"), "u-s-department-of-state");
        assert_eq!(slug("Côte d'Ivoire"), "côte-d-ivoire");
        let mut used = HashMap::new();
        assert_eq!(unique_id("Khan", &mut used), "khan");
        assert_eq!(unique_id("Khan", &mut used), "khan-2");
    }
}
