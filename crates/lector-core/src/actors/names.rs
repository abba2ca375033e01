//! The name table every stage reads and the resolver extends: actors in the making and the
//! surface strings that point at them. A surface maps to exactly one target, so "longest
//! match wins" in the matcher is all it takes to decide between overlapping names.

use crate::model::{ActorKind, Rule};
use std::collections::HashMap;

/// An actor before output: its canonical name and kind, and how it was first found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorDraft {
    pub name: String,
    pub kind: ActorKind,
    /// Found only as a recurring single word: dropped if the word also appears in lowercase.
    pub recurring_only: bool,
    /// Hidden by the user: its mentions still consume text but are not reported.
    pub hidden: bool,
    /// Merged into another actor (by the user); followed at output.
    pub merged_into: Option<usize>,
    /// The body this one is an organ of ("UN Security Council" → "United Nations").
    pub parent: Option<usize>,
}

/// What a surface string stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Actor(usize),
    /// A bare surname shared by several people: resolved to the most recent full name.
    Ambiguous(Vec<usize>),
    /// The lowercase form of a recurring single word: its presence rejects that actor.
    Witness(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Surface {
    pub text: String,
    pub target: Target,
    pub rule: Rule,
}

#[derive(Debug, Clone, Default)]
pub struct Names {
    pub actors: Vec<ActorDraft>,
    pub surfaces: Vec<Surface>,
    index: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    /// Surfaces that are capitals standing for a government ("Moscow said"): asked of
    /// every known match, so hashed with a fast hash.
    pub capitals: foldhash::HashSet<usize>,
    /// A capital's surface → the city as a place, for its uses outside a context of
    /// government ("in Moscow"); filled only for capitals the text uses so.
    pub cities: HashMap<usize, usize>,
}

impl Names {
    /// Adds an actor and its canonical name as a surface; returns the existing actor when
    /// one already has that canonical name.
    pub fn add_actor(&mut self, name: &str, kind: ActorKind, rule: Rule) -> usize {
        if let Some(&a) = self.by_name.get(name) {
            return a;
        }
        let id = self.actors.len();
        self.actors.push(ActorDraft {
            name: name.to_string(),
            kind,
            recurring_only: false,
            hidden: false,
            merged_into: None,
            parent: None,
        });
        self.by_name.insert(name.to_string(), id);
        self.add_surface(name, Target::Actor(id), rule);
        id
    }

    /// Adds a surface unless the string is already known; returns whether it was added.
    pub fn add_surface(&mut self, text: &str, target: Target, rule: Rule) -> bool {
        if text.is_empty() || self.index.contains_key(text) {
            return false;
        }
        self.index.insert(text.to_string(), self.surfaces.len());
        self.surfaces.push(Surface { text: text.to_string(), target, rule });
        true
    }

    /// Adds or re-points a surface: the user's word overrides what was there.
    pub fn set_surface(&mut self, text: &str, target: Target, rule: Rule) {
        match self.index.get(text) {
            Some(&i) => self.surfaces[i] = Surface { text: text.to_string(), target, rule },
            None => {
                self.add_surface(text, target, rule);
            }
        }
    }

    pub fn surface(&self, text: &str) -> Option<&Surface> {
        self.index.get(text).map(|&i| &self.surfaces[i])
    }

    /// The actor a surface string stands for, when it names exactly one.
    pub fn actor_of(&self, text: &str) -> Option<usize> {
        match self.surface(text)?.target {
            Target::Actor(a) => Some(a),
            _ => None,
        }
    }

    /// Finds an actor by canonical name first, then by any surface.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied().or_else(|| self.actor_of(name))
    }

    pub fn is_known(&self, text: &str) -> bool {
        self.index.contains_key(text)
    }

    /// Follows user merges to the actor that finally carries the mentions.
    pub fn root(&self, mut a: usize) -> usize {
        let mut hops = 0;
        while let Some(next) = self.actors[a].merged_into {
            a = next;
            hops += 1;
            if hops > self.actors.len() {
                break;
            }
        }
        a
    }

    /// Points a surface at a hidden actor of its own (the user's word: it names no actor),
    /// so its matches still consume text but are never reported.
    pub fn detach(&mut self, text: &str) {
        let Some(&i) = self.index.get(text) else { return };
        let id = self.actors.len();
        self.actors.push(ActorDraft {
            name: text.to_string(),
            kind: ActorKind::Organisation,
            recurring_only: false,
            hidden: true,
            merged_into: None,
            parent: None,
        });
        self.surfaces[i].target = Target::Actor(id);
        self.surfaces[i].rule = Rule::User;
    }

    /// Renames an actor (the user's word); the old canonical name stays a surface.
    pub fn rename(&mut self, actor: usize, to: &str) {
        let old = std::mem::replace(&mut self.actors[actor].name, to.to_string());
        self.by_name.remove(&old);
        self.by_name.insert(to.to_string(), actor);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surfaces_are_unique_and_user_can_override() {
        let mut n = Names::default();
        let a = n.add_actor("Pakistan", ActorKind::State, Rule::Gazetteer);
        assert!(n.add_surface("Islamabad", Target::Actor(a), Rule::Gazetteer));
        assert!(!n.add_surface("Islamabad", Target::Actor(7), Rule::Name));
        assert_eq!(n.actor_of("Islamabad"), Some(a));
        let b = n.add_actor("Islamabad city", ActorKind::Place, Rule::User);
        n.set_surface("Islamabad", Target::Actor(b), Rule::User);
        assert_eq!(n.actor_of("Islamabad"), Some(b));
        assert_eq!(n.add_actor("Pakistan", ActorKind::Place, Rule::Name), a);
    }

    #[test]
    fn rename_and_merge_follow_through() {
        let mut n = Names::default();
        let a = n.add_actor("Taliban", ActorKind::ArmedGroup, Rule::Gazetteer);
        let b = n.add_actor("Afghan government", ActorKind::Organisation, Rule::Name);
        n.actors[b].merged_into = Some(a);
        assert_eq!(n.root(b), a);
        n.rename(a, "Afghan Taliban");
        assert_eq!(n.find("Afghan Taliban"), Some(a));
        assert_eq!(n.find("Taliban"), Some(a), "the old name stays a surface");
    }
}
