//! The last, sequential step: raw matches in block order become the reported actors and
//! mentions. Ambiguous short forms go to the most recently named person, recurring words
//! also seen in lowercase are dropped, user merges and hides are followed, and actors are
//! numbered by first appearance with a slug of their name as a stable id.

use super::Detection;
use super::matcher::RawMatch;
use super::names::{Names, Target};
use crate::model::{Actor, Block, Mention};
use std::collections::HashMap;

/// Builds the detection from per-block matches (`per_block[i]` belongs to `blocks[i]`).
pub fn build(
    text: &str,
    blocks: &[Block],
    names: &Names,
    per_block: &[Vec<RawMatch>],
) -> Detection {
    let n = names.actors.len();
    let mut witnessed = vec![false; n];
    let mut last_seen = vec![0usize; n];
    let mut raw: Vec<(usize, &RawMatch, usize)> = Vec::new();
    let mut counter = 0usize;
    for (b, matches) in per_block.iter().enumerate() {
        for m in matches {
            let surface = &names.surfaces[m.surface];
            let actor = match &surface.target {
                Target::Actor(a) => *a,
                Target::Ambiguous(cands) => {
                    // The most recently mentioned of the candidates; the first if none yet.
                    let best =
                        cands.iter().copied().max_by_key(|&c| (last_seen[c], usize::MAX - c));
                    match best {
                        Some(c) => c,
                        None => continue,
                    }
                }
                Target::Witness(a) => {
                    witnessed[*a] = true;
                    continue;
                }
            };
            counter += 1;
            last_seen[actor] = counter;
            raw.push((actor, m, b));
        }
    }

    let mut out_index: HashMap<usize, usize> = HashMap::new();
    let mut actors: Vec<Actor> = Vec::new();
    let mut mentions = Vec::with_capacity(raw.len());
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    for (actor, m, b) in raw {
        if names.actors[actor].recurring_only && witnessed[actor] {
            continue;
        }
        let root = names.root(actor);
        let draft = &names.actors[root];
        if draft.hidden {
            continue;
        }
        let idx = *out_index.entry(root).or_insert_with(|| {
            actors.push(Actor {
                id: unique_id(&draft.name, &mut used_ids),
                name: draft.name.clone(),
                kind: draft.kind,
                aliases: Vec::new(),
            });
            actors.len() - 1
        });
        let surface = &text[m.range.clone()];
        let a = &mut actors[idx];
        if surface != a.name && !a.aliases.iter().any(|s| s == surface) {
            a.aliases.push(surface.to_string());
        }
        mentions.push(Mention {
            actor: idx,
            range: m.range.clone(),
            block: b,
            section: blocks.get(b).map_or(0, |bl| bl.section),
            rule: names.surfaces[m.surface].rule,
        });
    }
    Detection { actors, mentions }
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
