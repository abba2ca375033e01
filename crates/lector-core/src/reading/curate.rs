//! Curation: merge two actors, rename one, hide one, change its kind, detach a wrong alias,
//! with undo. Edits are kept as a list over the detected actors and replayed on them, so
//! undo is dropping the last edit, and the result is always what detection would give with
//! the same corrections in the user's actor file ([`Curator::user_actors`]), which
//! [`write_actor_file`] writes atomically.

use crate::actors::{UserActor, UserActors, UserMerge, UserRename, slug};
use crate::model::{Actor, ActorKind, Document, Mention, index};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

/// One correction, naming actors by their index among the detected ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// `from`'s mentions become `into`'s.
    Merge {
        into: usize,
        from: usize,
    },
    Rename {
        actor: usize,
        to: String,
    },
    Hide {
        actor: usize,
    },
    SetKind {
        actor: usize,
        kind: ActorKind,
    },
    /// The string names no actor: its mentions are dropped, whatever they pointed at.
    Detach {
        alias: String,
    },
}

/// An edit as the reader asks for it: actors named by their index in the document shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change<'a> {
    /// `from`'s mentions become `into`'s.
    Merge {
        into: usize,
        from: usize,
    },
    Rename {
        actor: usize,
        to: &'a str,
    },
    Hide {
        actor: usize,
    },
    SetKind {
        actor: usize,
        kind: ActorKind,
    },
    /// One of `actor`'s names stops naming any actor.
    Detach {
        actor: usize,
        alias: &'a str,
    },
}

/// The detected actors and mentions, the edits made to them, and which detected actor each
/// current actor stands for. Cloning it is cheap (the detected actors and mentions are
/// shared), so a reader can hand a copy to a thread that replays the edits.
#[derive(Debug, Clone)]
pub struct Curator {
    base: Arc<Base>,
    /// The user's corrections detection ran with: how earlier entries named the actors.
    prior: UserActors,
    /// What the file being written already holds: new entries are added after it.
    file: UserActors,
    edits: Vec<Edit>,
    /// Per current actor, the detected actor it is rooted at.
    origin: Vec<usize>,
}

/// The actors and mentions as detected, which every replay starts from.
struct Base {
    actors: Vec<Actor>,
    mentions: Vec<Mention>,
}

/// Counts only: a curator travels in the reader's effects, and a debug print of one must not
/// list a big document's millions of mentions.
impl std::fmt::Debug for Base {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Base")
            .field("actors", &self.actors.len())
            .field("mentions", &self.mentions.len())
            .finish()
    }
}

/// The document with every recorded edit applied, made by [`Curator::rebuild`].
#[derive(Debug)]
pub struct Rebuilt {
    pub doc: Document,
    /// Per actor of `doc`, the detected actor it is rooted at (for [`Curator::adopt`]).
    pub origin: Vec<usize>,
    /// Per detected actor, the actor of `doc` it ended up in (none when hidden or detached).
    pub placed: Vec<Option<usize>>,
}

impl Curator {
    /// Starts from a detected document; `prior` is the actor file detection ran with, and
    /// the file the edits are written to.
    pub fn new(doc: &Document, prior: UserActors) -> Curator {
        Curator::writing_to(doc, prior.clone(), prior)
    }

    /// Starts from a detected document when detection ran with more than the file being
    /// written (the config directory's file plus an `--actors` file): `prior` is everything
    /// detection ran with, `file` what the written file already holds, so the other file's
    /// entries are not copied into it.
    pub fn writing_to(doc: &Document, prior: UserActors, file: UserActors) -> Curator {
        let base = Base { actors: doc.actors.clone(), mentions: doc.mentions.clone() };
        Curator {
            base: Arc::new(base),
            prior,
            file,
            edits: Vec::new(),
            origin: (0..doc.actors.len()).collect(),
        }
    }

    /// Records an edit, naming actors of the document shown, without applying it: the
    /// caller applies the edits with [`Curator::rebuild`] (off its own thread) and installs
    /// the result with [`Curator::adopt`]; until then later edits still name the actors of
    /// the document shown. False when the edit names no actor (or no alias).
    pub fn record(&mut self, shown: &Document, change: Change<'_>) -> bool {
        match self.edit_for(shown, change) {
            Some(edit) => {
                self.edits.push(edit);
                true
            }
            None => false,
        }
    }

    /// Drops the last recorded edit without applying the rest (see [`Curator::record`]).
    pub fn take_back(&mut self) -> bool {
        self.edits.pop().is_some()
    }

    /// Every recorded edit applied to a copy of `shown` (any version of the document: only
    /// its text and blocks are read): linear in the mentions.
    pub fn rebuild(&self, shown: &Document) -> Rebuilt {
        let (actors, mentions, origin, placed) = self.replay(shown);
        let mut doc = shown.clone();
        doc.set_actors(actors, mentions);
        Rebuilt { doc, origin, placed }
    }

    /// A rebuilt document is now the one shown: later edits name its actors.
    pub fn adopt(&mut self, origin: Vec<usize>) {
        self.origin = origin;
    }

    /// The detected actor behind an actor of the document shown.
    pub fn base_of(&self, current: usize) -> Option<usize> {
        self.base(current)
    }

    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }

    /// The detected actor behind a current one.
    fn base(&self, current: usize) -> Option<usize> {
        self.origin.get(current).copied()
    }

    /// Merges current actor `from` into current actor `into` and updates the document.
    pub fn merge(&mut self, doc: &mut Document, into: usize, from: usize) -> bool {
        self.change(doc, Change::Merge { into, from })
    }

    pub fn rename(&mut self, doc: &mut Document, actor: usize, to: &str) -> bool {
        self.change(doc, Change::Rename { actor, to })
    }

    pub fn hide(&mut self, doc: &mut Document, actor: usize) -> bool {
        self.change(doc, Change::Hide { actor })
    }

    pub fn set_kind(&mut self, doc: &mut Document, actor: usize, kind: ActorKind) -> bool {
        self.change(doc, Change::SetKind { actor, kind })
    }

    /// Detaches an alias (any string the text uses for an actor, not its name).
    pub fn detach(&mut self, doc: &mut Document, actor: usize, alias: &str) -> bool {
        self.change(doc, Change::Detach { actor, alias })
    }

    /// Records a change and applies every edit to `doc` at once.
    fn change(&mut self, doc: &mut Document, change: Change<'_>) -> bool {
        match self.edit_for(doc, change) {
            Some(edit) => self.push(doc, edit),
            None => false,
        }
    }

    /// Takes back the last edit; false when there is none.
    pub fn undo(&mut self, doc: &mut Document) -> bool {
        if self.edits.pop().is_none() {
            return false;
        }
        self.apply(doc);
        true
    }

    fn push(&mut self, doc: &mut Document, edit: Edit) -> bool {
        self.edits.push(edit);
        self.apply(doc);
        true
    }

    /// The edit a change stands for, in detected actors; none when it names no actor.
    fn edit_for(&self, doc: &Document, change: Change<'_>) -> Option<Edit> {
        let base = |a: usize| self.base(a);
        match change {
            Change::Merge { into, from } => match (base(into), base(from)) {
                (Some(into), Some(from)) if into != from => Some(Edit::Merge { into, from }),
                _ => None,
            },
            Change::Rename { actor, to } => {
                let to = to.trim();
                base(actor)
                    .filter(|_| !to.is_empty())
                    .map(|actor| Edit::Rename { actor, to: to.into() })
            }
            Change::Hide { actor } => base(actor).map(|actor| Edit::Hide { actor }),
            Change::SetKind { actor, kind } => {
                base(actor).map(|actor| Edit::SetKind { actor, kind })
            }
            Change::Detach { actor, alias } => {
                let is_alias =
                    doc.actors.get(actor).is_some_and(|a| a.aliases.iter().any(|x| x == alias));
                is_alias.then(|| Edit::Detach { alias: alias.to_string() })
            }
        }
    }

    /// Replays every edit on the detected actors and stores the result in `doc`.
    fn apply(&mut self, doc: &mut Document) {
        let (actors, mentions, origin, _) = self.replay(doc);
        self.origin = origin;
        doc.set_actors(actors, mentions);
    }

    /// Replays every edit on the detected actors: the actors and mentions that result, which
    /// detected actor each new actor is rooted at, and where each detected actor ended up.
    /// Linear in the mentions; `doc` gives only the text the mentions point into.
    #[allow(clippy::type_complexity)]
    fn replay(&self, doc: &Document) -> (Vec<Actor>, Vec<Mention>, Vec<usize>, Vec<Option<usize>>) {
        let plan = Plan::of(&self.base.actors, &self.edits);
        let mut out_index: Vec<Option<u32>> = vec![None; self.base.actors.len()];
        let mut actors: Vec<Actor> = Vec::new();
        let mut origin = Vec::new();
        let mut used: HashMap<String, usize> = HashMap::new();
        let mut listed: HashSet<(u32, &str)> = HashSet::new();
        let mut mentions = Vec::with_capacity(self.base.mentions.len());
        for m in &self.base.mentions {
            let surface = doc.slice(&m.range);
            if plan.detached.contains(surface) {
                continue;
            }
            let root = plan.root(index(m.actor));
            if plan.hidden[root] {
                continue;
            }
            let out = match out_index[root] {
                Some(out) => out,
                None => {
                    let Ok(out) = u32::try_from(actors.len()) else { continue };
                    out_index[root] = Some(out);
                    actors.push(Actor {
                        id: unique_id(&plan.name[root], &mut used),
                        name: plan.name[root].clone(),
                        kind: plan.kind[root],
                        aliases: Vec::new(),
                        parent: None,
                    });
                    origin.push(root);
                    out
                }
            };
            let a = &mut actors[index(out)];
            if surface != a.name && listed.insert((out, surface)) {
                a.aliases.push(surface.to_string());
            }
            mentions.push(Mention { actor: out, ..m.clone() });
        }
        // An organ keeps its link to its body through the edits, unless the two were merged.
        for (out, &root) in origin.iter().enumerate() {
            let body = self.base.actors[root].parent.map(|p| plan.root(index(p)));
            let body = body.and_then(|b| out_index[b]).filter(|&b| index(b) != out);
            actors[out].parent = body;
        }
        let placed =
            (0..self.base.actors.len()).map(|a| out_index[plan.root(a)].map(index)).collect();
        (actors, mentions, origin, placed)
    }

    /// The written file's corrections with the edits added: what the actor file must hold
    /// for detection to give the curated actors. Detected actors are named as the file's
    /// earlier entries knew them, since its merges and kinds apply before its renames.
    pub fn user_actors(&self) -> UserActors {
        self.with_edits(&self.file)
    }

    /// Everything detection ran with, the edits added: what a new detection (of the same
    /// file, changed on disk) must run with to give the curated actors again.
    pub fn corrections(&self) -> UserActors {
        self.with_edits(&self.prior)
    }

    /// `start` with an entry per edit added after its own.
    fn with_edits(&self, start: &UserActors) -> UserActors {
        let plan = Plan::of(&self.base.actors, &self.edits);
        let mut user = start.clone();
        let original = |name: &str| -> String {
            let mut n = name.to_string();
            for r in self.prior.renames.iter().rev() {
                if r.to == n {
                    n = r.from.clone();
                }
            }
            n
        };
        for (a, actor) in self.base.actors.iter().enumerate() {
            let root = plan.root(a);
            if root != a {
                let names = vec![original(&self.base.actors[root].name), original(&actor.name)];
                user.merges.push(UserMerge { names });
            }
        }
        for (a, actor) in self.base.actors.iter().enumerate() {
            if plan.root(a) != a {
                continue;
            }
            if plan.kind[a] != actor.kind {
                let kind = Some(plan.kind[a]);
                user.actors.push(UserActor { name: original(&actor.name), kind, aliases: vec![] });
            }
            if plan.name[a] != actor.name {
                user.renames
                    .push(UserRename { from: actor.name.clone(), to: plan.name[a].clone() });
            }
            if plan.hidden[a] {
                user.hidden.push(plan.name[a].clone());
            }
        }
        let mut detached: Vec<String> = plan.detached.into_iter().map(str::to_string).collect();
        detached.sort();
        user.detached.extend(detached);
        user
    }
}

/// The edits folded into one state per detected actor.
struct Plan<'e> {
    parent: Vec<usize>,
    name: Vec<String>,
    kind: Vec<ActorKind>,
    hidden: Vec<bool>,
    detached: HashSet<&'e str>,
}

impl<'e> Plan<'e> {
    fn of(actors: &[Actor], edits: &'e [Edit]) -> Plan<'e> {
        let mut p = Plan {
            parent: (0..actors.len()).collect(),
            name: actors.iter().map(|a| a.name.clone()).collect(),
            kind: actors.iter().map(|a| a.kind).collect(),
            hidden: vec![false; actors.len()],
            detached: HashSet::new(),
        };
        for e in edits {
            match e {
                Edit::Merge { into, from } => {
                    let (into, from) = (p.root(*into), p.root(*from));
                    if into != from {
                        p.parent[from] = into;
                    }
                }
                Edit::Rename { actor, to } => {
                    let a = p.root(*actor);
                    p.name[a] = to.clone();
                }
                Edit::Hide { actor } => {
                    let a = p.root(*actor);
                    p.hidden[a] = true;
                }
                Edit::SetKind { actor, kind } => {
                    let a = p.root(*actor);
                    p.kind[a] = *kind;
                }
                Edit::Detach { alias } => {
                    p.detached.insert(alias);
                }
            }
        }
        p
    }

    fn root(&self, mut a: usize) -> usize {
        while self.parent[a] != a {
            a = self.parent[a];
        }
        a
    }
}

/// The same id detection gives: a slug of the name, numbered when taken.
fn unique_id(name: &str, used: &mut HashMap<String, usize>) -> String {
    let base = slug(name);
    let n = used.entry(base.clone()).or_insert(0);
    *n += 1;
    if *n == 1 { base } else { format!("{base}-{n}") }
}

/// Writes the corrections as an actor file (the format `--actors` reads), atomically: a
/// temporary file in the same directory, flushed to disk, then renamed over the old one,
/// so a crash mid-write leaves the old file whole.
pub fn write_actor_file(path: &Path, user: &UserActors) -> std::io::Result<()> {
    let text = to_toml(user).map_err(std::io::Error::other)?;
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map_or("actors.toml".into(), |n| n.to_string_lossy());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = (|| {
        use std::io::Write;
        let mut f = std::fs::File::create(&temp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()
    })();
    match written.and_then(|()| std::fs::rename(&temp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            Err(e)
        }
    }
}

/// The actor file's TOML, section by section in the order the reader applies them.
fn to_toml(user: &UserActors) -> Result<String, toml::ser::Error> {
    use serde::Serialize;
    #[derive(Serialize)]
    struct ActorEntry<'a> {
        name: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        kind: Option<&'static str>,
        #[serde(skip_serializing_if = "<[String]>::is_empty")]
        aliases: &'a [String],
    }
    #[derive(Serialize)]
    struct Names<'a> {
        names: &'a [String],
    }
    #[derive(Serialize)]
    struct Rename<'a> {
        from: &'a str,
        to: &'a str,
    }
    #[derive(Serialize)]
    struct Aliases<'a> {
        aliases: &'a [String],
    }
    #[derive(Serialize)]
    struct File<'a> {
        #[serde(skip_serializing_if = "Vec::is_empty")]
        actor: Vec<ActorEntry<'a>>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        merge: Vec<Names<'a>>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        rename: Vec<Rename<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        hide: Option<Names<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        detach: Option<Aliases<'a>>,
    }
    let file = File {
        actor: user
            .actors
            .iter()
            .map(|a| ActorEntry {
                name: &a.name,
                kind: a.kind.map(ActorKind::as_str),
                aliases: &a.aliases,
            })
            .collect(),
        merge: user.merges.iter().map(|m| Names { names: &m.names }).collect(),
        rename: user.renames.iter().map(|r| Rename { from: &r.from, to: &r.to }).collect(),
        hide: (!user.hidden.is_empty()).then_some(Names { names: &user.hidden }),
        detach: (!user.detached.is_empty()).then_some(Aliases { aliases: &user.detached }),
    };
    toml::to_string(&file)
}
