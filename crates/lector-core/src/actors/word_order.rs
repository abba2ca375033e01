//! Word-order variants: one actor written with its words in another order. "Ministry of
//! Defence" and "Defence Ministry", "Army of Pakistan" and "Pakistan Army", "Foreign
//! Ministry of Iran" and "Iranian Foreign Ministry", "Sharif Shehbaz" beside "Shehbaz
//! Sharif". Two names are variants when the same words remain once joints ("of", "the")
//! are dropped and a known name is read as its actor (a state's name and its demonym are
//! one word): so "Ministry of Defence" never meets "Indian Ministry of Defence". The form
//! the text uses most names the actor; people only join people, bodies only bodies.
//! "Iran's Foreign Ministry" is found per block ([`owned`]) and joins the variant that
//! names its owner when the text never uses the body's name otherwise.

use super::kinds::Tally;
use super::lexicon;
use super::names::{Names, Target};
use super::reject;
use super::runs::{Definition, run_end};
use super::tokens::{Token, gap};
use crate::model::{ActorKind, Rule};
use foldhash::HashMap as FastMap;

/// Finds "X's Capitalised Body" (a possessive name, then a name with an institution word):
/// the owner and the body, for the resolver.
pub fn owned(text: &str, tokens: &[Token], out: &mut Vec<Definition>) {
    for k in 0..tokens.len().saturating_sub(1) {
        let (t, next) = (&tokens[k], &tokens[k + 1]);
        if !t.is_possessive() || !t.is_cap() || !next.is_cap() || gap(text, t, next) != " " {
            continue;
        }
        let end = run_end(text, tokens, k + 1);
        let body = next.start..tokens[end - 1].end;
        if reject::has_institution_word(&text[body.clone()]) {
            out.push(Definition { long: t.range(), short: body });
        }
    }
}

/// The words of a name with the order dropped: joints left out, known names read as their
/// actor, sorted, and joined into one string (one allocation per name: on a register of
/// twenty thousand bodies the keys are alive at detection's peak). `None` for a name of
/// fewer than two such words.
fn key(name: &str, names: &Names, known_from: usize) -> Option<String> {
    let mut words: Vec<std::borrow::Cow<'_, str>> = Vec::new();
    for w in name.split(' ') {
        let w = w.trim_end_matches("’s").trim_end_matches("'s");
        if w.is_empty() || lexicon::is_name_joint(w) || w == "the" {
            continue;
        }
        match names.actor_of(w).filter(|&a| a < known_from) {
            Some(a) => words.push(format!("#{a}").into()),
            None => words.push(lexicon::lower(w)),
        }
    }
    (words.len() >= 2).then(|| joined_key(words))
}

/// Sorted words joined by a separator no word holds.
fn joined_key<S: AsRef<str> + Ord>(mut words: Vec<S>) -> String {
    words.sort_unstable();
    let mut out = String::new();
    for w in &words {
        if !out.is_empty() {
            out.push('\u{1}');
        }
        out.push_str(w.as_ref());
    }
    out
}

/// Merges the word-order variants among the actors found in the text (from
/// `discovered_from` on) into the most used of each, points the names of `multi` that were
/// not taken on their own (a variant seen once at a sentence start) at the actor they vary,
/// then points bodies named only after their owner's possessive at the variant that names
/// the owner. Returns how many names were joined.
pub fn merge_variants(
    text: &str,
    multi: &[&str],
    owned: &[Definition],
    tally: &FastMap<&str, Tally>,
    names: &mut Names,
    discovered_from: usize,
) -> usize {
    let count = |s: &str| tally.get(s).map_or(0, |t| t.count);
    // Sorted by class and key, so each group is one run, and the heads come out sorted for
    // lookup: no map per group (a register of twenty thousand bodies holds these keys at
    // detection's peak).
    let mut keyed: Vec<(bool, String, usize)> = Vec::new();
    for a in discovered_from..names.actors.len() {
        let actor = &names.actors[a];
        if actor.merged_into.is_some() || actor.hidden {
            continue;
        }
        let Some(k) = key(&actor.name, names, discovered_from) else { continue };
        keyed.push((actor.kind == ActorKind::Person, k, a));
    }
    keyed.sort_unstable();
    let mut merged = 0;
    // Per key, the head of its bodies; people are keyed apart (see below).
    let mut heads: Vec<(String, usize)> = Vec::new();
    let mut people: Vec<(String, usize)> = Vec::new();
    let mut members = Vec::new();
    let mut runs = keyed.into_iter().peekable();
    while let Some((person, k, first)) = runs.next() {
        members.clear();
        members.push(first);
        while let Some((_, _, a)) = runs.next_if(|n| n.0 == person && n.1 == k) {
            members.push(a);
        }
        // Most used first; ties go to the first found.
        let head = members
            .iter()
            .copied()
            .max_by_key(|&a| (count(&names.actors[a].name), std::cmp::Reverse(a)))
            .unwrap_or(first);
        for &a in members.iter().filter(|&&a| a != head) {
            names.actors[a].merged_into = Some(head);
            merged += 1;
        }
        if person {
            people.push((k, head));
        } else {
            heads.push((k, head));
        }
    }
    for &s in multi {
        if names.is_known(s) {
            continue;
        }
        let Some(k) = key(s, names, discovered_from) else { continue };
        let body = reject::has_institution_word(s);
        let head = if body {
            head_of(&heads, &k)
        } else {
            head_of(&people, &k).or_else(|| head_of(&heads, &k))
        };
        if let Some(head) = head {
            names.add_surface(s, Target::Actor(head), Rule::Alias);
            merged += 1;
        } else if let Some(b) = body.then(|| another_states_body(s, names)).flatten() {
            // "Indian Ministry of Defence" beside "Ministry of Defence": another state's
            // body, an actor of its own, so its mentions are not the bare body's.
            let kind = names.actors[b].kind;
            names.add_actor(s, kind, Rule::Name);
        }
    }
    merged + link_owned(text, owned, tally, names, &heads, discovered_from)
}

/// The head of the group keyed `k`, in a list sorted by key.
fn head_of(sorted: &[(String, usize)], k: &str) -> Option<usize> {
    sorted.binary_search_by(|(x, _)| x.as_str().cmp(k)).ok().map(|i| sorted[i].1)
}

/// The body actor that `name` is with a state's word added: "Indian Ministry of Defence" or
/// "Ministry of Defence of India" for "Ministry of Defence".
fn another_states_body(name: &str, names: &Names) -> Option<usize> {
    let is_state =
        |w: &str| names.actor_of(w).is_some_and(|a| names.actors[a].kind == ActorKind::State);
    let rest = match name.split_once(' ') {
        Some((first, rest)) if is_state(first) => rest,
        _ => match name.rsplit_once(" of ") {
            Some((rest, state)) if is_state(state) => rest,
            _ => return None,
        },
    };
    let b = names.find(rest)?;
    let kind = names.actors[b].kind;
    (reject::has_institution_word(rest) && !matches!(kind, ActorKind::Person | ActorKind::State))
        .then_some(b)
}

/// "Iran's Foreign Ministry": when every use of "Foreign Ministry" follows "Iran's", and a
/// variant naming Iran exists ("Iranian Foreign Ministry"), the body is that variant.
fn link_owned(
    text: &str,
    owned: &[Definition],
    tally: &FastMap<&str, Tally>,
    names: &mut Names,
    heads: &[(String, usize)],
    discovered_from: usize,
) -> usize {
    // Per body: its owner, or None once two owners are seen; and how often it was owned.
    let mut owners: FastMap<&str, (Option<usize>, u32)> = FastMap::default();
    for d in owned {
        let (owner, body) = (&text[d.long.clone()], &text[d.short.clone()]);
        let o = names.actor_of(owner).filter(|&a| a < discovered_from);
        let e = owners.entry(body).or_insert((o, 0));
        if e.0 != o {
            e.0 = None;
        }
        e.1 += 1;
    }
    let mut linked = 0;
    for (body, (owner, uses)) in owners {
        let Some(owner) = owner else { continue };
        if tally.get(body).is_none_or(|t| t.count != uses) {
            continue; // also used bare: it may be another state's body
        }
        let Some(k) = key(body, names, discovered_from) else { continue };
        let owner = format!("#{owner}");
        let k = joined_key(k.split('\u{1}').chain([owner.as_str()]).collect());
        let Some(head) = head_of(heads, &k) else { continue };
        match names.actor_of(body) {
            Some(b) if b != head && b >= discovered_from => {
                names.actors[b].merged_into = Some(head);
                linked += 1;
            }
            None if !names.is_known(body) => {
                names.add_surface(body, Target::Actor(head), Rule::Alias);
                linked += 1;
            }
            _ => {}
        }
    }
    linked
}

#[cfg(test)]
mod tests;
