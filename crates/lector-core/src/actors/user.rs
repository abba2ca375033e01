//! The user's word wins: an actor file that adds actors and aliases, merges, renames and
//! hides. Definitions are applied to the known names before detection; merges, renames and
//! hides after discovery, so they can refer to names found in the text.
//!
//! The file is TOML; unknown fields are errors, reported with the file and line:
//!
//! ```toml
//! [[actor]]            # add an actor, or add aliases (and a kind) to an existing one
//! name = "Shehbaz Sharif"
//! kind = "person"      # state, international_organisation, organisation, armed_group,
//!                      # person, group, place; optional (default organisation)
//! aliases = ["PM Sharif"]
//!
//! [[merge]]            # merge actors under the first name
//! names = ["Imran Khan", "Khan"]
//!
//! [[rename]]
//! from = "Taliban"
//! to = "Afghan Taliban"
//!
//! [hide]               # detected, but not reported
//! names = ["Punjab"]
//!
//! [detach]             # strings that name no actor (a wrong alias: "Khan")
//! aliases = ["Khan"]
//! ```
//! Several files combine with [`UserActors::merge`]; the later file's entries apply last.

use super::names::{Names, Target};
use crate::model::{ActorKind, Rule};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserActor {
    pub name: String,
    #[serde(default)]
    pub kind: Option<ActorKind>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserMerge {
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserRename {
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserHide {
    #[serde(default)]
    names: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserDetach {
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserFile {
    #[serde(default)]
    actor: Vec<UserActor>,
    #[serde(default)]
    merge: Vec<UserMerge>,
    #[serde(default)]
    rename: Vec<UserRename>,
    #[serde(default)]
    hide: UserHide,
    #[serde(default)]
    detach: UserDetach,
}

/// The user's corrections, from one or more actor files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserActors {
    pub actors: Vec<UserActor>,
    pub merges: Vec<UserMerge>,
    pub renames: Vec<UserRename>,
    pub hidden: Vec<String>,
    /// Strings that name no actor: their mentions are dropped, whatever they pointed at.
    pub detached: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum UserActorsError {
    #[error("cannot read actor file {}: {source}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}:{line}: {message}", path.display())]
    Parse { path: PathBuf, line: usize, message: String },
}

/// Where the per-user actor file lives: `actors.toml` in lector's configuration directory.
pub fn config_actor_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "lector").map(|d| d.config_dir().join("actors.toml"))
}

impl UserActors {
    pub fn load(path: &Path) -> Result<UserActors, UserActorsError> {
        let src = std::fs::read_to_string(path)
            .map_err(|source| UserActorsError::Read { path: path.to_path_buf(), source })?;
        UserActors::parse(&src, path)
    }

    /// Parses an actor file's text; `path` only names it in errors.
    pub fn parse(src: &str, path: &Path) -> Result<UserActors, UserActorsError> {
        let file: UserFile = toml::from_str(src).map_err(|e| UserActorsError::Parse {
            path: path.to_path_buf(),
            line: e.span().map_or(1, |s| line_of(src, s.start)),
            message: e.message().to_string(),
        })?;
        Ok(UserActors {
            actors: file.actor,
            merges: file.merge,
            renames: file.rename,
            hidden: file.hide.names,
            detached: file.detach.aliases,
        })
    }

    /// Combines two sets of corrections; `other`'s apply after (and so over) `self`'s.
    pub fn merge(mut self, other: UserActors) -> UserActors {
        self.actors.extend(other.actors);
        self.merges.extend(other.merges);
        self.renames.extend(other.renames);
        self.hidden.extend(other.hidden);
        self.detached.extend(other.detached);
        self
    }

    /// Adds the user's actors and aliases to the known names (before detection).
    pub(crate) fn apply_definitions(&self, names: &mut Names) {
        for u in &self.actors {
            let a = match names.find(&u.name) {
                Some(a) => {
                    if let Some(k) = u.kind {
                        names.actors[a].kind = k;
                    }
                    a
                }
                None => {
                    let a = names.add_actor(
                        &u.name,
                        u.kind.unwrap_or(ActorKind::Organisation),
                        Rule::User,
                    );
                    names.set_surface(&u.name, Target::Actor(a), Rule::User);
                    a
                }
            };
            for alias in &u.aliases {
                names.set_surface(alias, Target::Actor(a), Rule::User);
            }
        }
    }

    /// Applies merges, renames and hides (after discovery).
    pub(crate) fn apply_edits(&self, names: &mut Names) {
        for m in &self.merges {
            let Some(first) = m.names.first().and_then(|n| names.find(n)) else { continue };
            let into = names.root(first);
            for other in &m.names[1..] {
                if let Some(o) = names.find(other) {
                    let o = names.root(o);
                    if o != into {
                        names.actors[o].merged_into = Some(into);
                    }
                }
            }
        }
        for r in &self.renames {
            if let Some(a) = names.find(&r.from) {
                let a = names.root(a);
                names.rename(a, &r.to);
            }
        }
        for h in &self.hidden {
            if let Some(a) = names.find(h) {
                let a = names.root(a);
                names.actors[a].hidden = true;
            }
        }
        for d in &self.detached {
            names.detach(d);
        }
    }
}

fn line_of(src: &str, offset: usize) -> usize {
    src.as_bytes()[..offset.min(src.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests;
