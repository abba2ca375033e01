//! The name model: a linear scorer (an averaged perceptron) that decides, for each distinct
//! candidate name, whether it is an actor and of which broad kind (person, organisation,
//! location), from the evidence the pipeline counts. Its weights are data in `assets/model`,
//! trained by `lector-train` on public annotated news; rules stay in charge where they are
//! certain (titles, definitions, the built-in list).

pub mod evidence;
pub mod features;

pub use evidence::{Collector, NameEvidence};

use crate::model::ActorKind;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The model's answer for one name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    NotActor,
    Person,
    Organisation,
    Location,
}

impl Verdict {
    /// The classes in the order of the weights' columns.
    pub const ALL: [Verdict; 4] =
        [Verdict::NotActor, Verdict::Person, Verdict::Organisation, Verdict::Location];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::NotActor => "not",
            Verdict::Person => "person",
            Verdict::Organisation => "organisation",
            Verdict::Location => "location",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// The first line of a weights file; the version changes when features change.
pub const HEADER: &str = "lector name model 1";

/// Feature weights per class, in thousandths, so that sums are exact and files are stable.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Model {
    weights: HashMap<u64, [i32; 4]>,
}

/// Why a weights file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("name model weights, line {line}: {message}")]
pub struct WeightsError {
    pub line: usize,
    pub message: &'static str,
}

const BUILT_IN: &str = include_str!("../../../../../assets/model/names.weights");

impl Model {
    /// The shipped model, parsed once on first use.
    pub fn built_in() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        // The shipped file is checked by a test; an unreadable one would disable the model.
        MODEL.get_or_init(|| Model::parse(BUILT_IN).unwrap_or_default())
    }

    pub fn from_weights(weights: HashMap<u64, [i32; 4]>) -> Model {
        Model { weights }
    }

    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Reads the text format written by [`Model::to_text`].
    pub fn parse(text: &str) -> Result<Model, WeightsError> {
        let mut lines = text.lines();
        let err = |line, message| WeightsError { line, message };
        if lines.next() != Some(HEADER) {
            return Err(err(1, "not a name model of this version"));
        }
        let mut weights = HashMap::new();
        for (i, line) in lines.enumerate() {
            let mut cols = line.split(' ');
            let key = cols.next().and_then(|k| u64::from_str_radix(k, 16).ok());
            let key = key.ok_or(err(i + 2, "a feature key in hexadecimal"))?;
            let mut w = [0i32; 4];
            for slot in &mut w {
                let v = cols.next().and_then(|v| v.parse().ok());
                *slot = v.ok_or(err(i + 2, "four integer weights"))?;
            }
            if cols.next().is_some() {
                return Err(err(i + 2, "four integer weights"));
            }
            weights.insert(key, w);
        }
        Ok(Model { weights })
    }

    /// One line per feature, sorted by key: the same weights always give the same bytes.
    pub fn to_text(&self) -> String {
        let mut keys: Vec<&u64> = self.weights.keys().collect();
        keys.sort_unstable();
        let mut out = String::with_capacity(keys.len() * 40);
        out.push_str(HEADER);
        out.push('\n');
        for k in keys {
            let w = self.weights[k];
            out.push_str(&format!("{k:016x} {} {} {} {}\n", w[0], w[1], w[2], w[3]));
        }
        out
    }

    /// Summed weights per class for a set of features.
    pub fn scores(&self, features: &[u64]) -> [i32; 4] {
        let mut s = [0i32; 4];
        for f in features {
            if let Some(w) = self.weights.get(f) {
                for (a, b) in s.iter_mut().zip(w) {
                    *a += b;
                }
            }
        }
        s
    }

    /// The best-scoring class; ties go to the earlier class (not an actor first).
    pub fn classify(&self, features: &[u64]) -> Verdict {
        let s = self.scores(features);
        let mut best = 0;
        for i in 1..4 {
            if s[i] > s[best] {
                best = i;
            }
        }
        Verdict::ALL[best]
    }

    /// The verdict for one name and its evidence.
    pub fn decide(&self, name: &str, ev: &NameEvidence, all: &Collector) -> Verdict {
        let mut f = Vec::with_capacity(64);
        features::name_features(name, ev, all, &mut f);
        self.classify(&f)
    }
}

/// How far the model must lean to overrule the rules, in thousandths of a weight: a name
/// the rules would drop is taken only when the model prefers an actor class by `ACCEPT`; a
/// name the rules would take is dropped only when it prefers "not an actor" by `REJECT`;
/// the rules' kind gives way only when the model prefers its own class by `REKIND`.
/// Chosen on the development split.
pub const ACCEPT: i32 = 2000;
pub const REJECT: i32 = 10000;
pub const REKIND: i32 = 8000;
/// A word seen only at sentence starts with no cue is taken only when English writes it in
/// lowercase less often than this Zipf value (in tenths) would say.
pub const OPENER_ZIPF: u8 = 25;

/// What the rules alone would do with a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RulesSay {
    pub accept: bool,
    pub kind: ActorKind,
    /// The kind comes from the name's own words or a cue ("X Logistics", "X province"),
    /// not from a default.
    pub sure_of_kind: bool,
}

impl Model {
    /// The kind of an uncertain name, or none if it is not an actor: the model's answer
    /// where it is clear, the rules' where the model hesitates or the rules are sure of the
    /// kind.
    pub fn judge(
        &self,
        name: &str,
        ev: &NameEvidence,
        all: &Collector,
        rules: RulesSay,
    ) -> Option<ActorKind> {
        let mut f = Vec::with_capacity(64);
        features::name_features(name, ev, all, &mut f);
        let s = self.scores(&f);
        let best = (1..4).max_by_key(|&i| (s[i], std::cmp::Reverse(i))).unwrap_or(1);
        let lean = s[best] - s[0];
        let accept = if rules.accept {
            lean > -REJECT
        } else {
            lean >= ACCEPT && !only_a_common_opener(name, ev)
        };
        if !accept {
            return None;
        }
        let model_kind = refine(Verdict::ALL[best], rules.kind);
        let rules_class = broad_class(rules.kind).map_or(i32::MIN / 2, |c| s[c.index()]);
        if rules.sure_of_kind || model_kind == rules.kind || s[best] - rules_class < REKIND {
            return Some(rules.kind);
        }
        Some(model_kind)
    }
}

/// One word seen only at sentence starts, with no cue, that English also writes in
/// lowercase ("Relief workers said"): its capital says nothing, so no score may take it.
fn only_a_common_opener(name: &str, ev: &NameEvidence) -> bool {
    !name.contains(' ')
        && ev.initial == ev.count
        && ev.cues[0] == ev.count
        && crate::actors::prior::zipf_tenths(name) >= OPENER_ZIPF
}

/// The model's class holding a kind of the rules.
fn broad_class(kind: ActorKind) -> Option<Verdict> {
    use ActorKind::*;
    match kind {
        Person => Some(Verdict::Person),
        Organisation | ArmedGroup | InternationalOrganisation => Some(Verdict::Organisation),
        State | Place => Some(Verdict::Location),
        Group => None,
    }
}

/// The model's broad class, made finer by the rules' kind where it agrees ("Army" makes an
/// armed group, a known state stays a state).
fn refine(v: Verdict, rules: ActorKind) -> ActorKind {
    use ActorKind::*;
    match (v, rules) {
        (Verdict::Person, _) | (Verdict::NotActor, _) => Person,
        (Verdict::Organisation, ArmedGroup | InternationalOrganisation) => rules,
        (Verdict::Organisation, _) => Organisation,
        (Verdict::Location, State | Place) => rules,
        (Verdict::Location, _) => Place,
    }
}

#[cfg(test)]
mod tests;
