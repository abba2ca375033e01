//! Training the name model: every distinct candidate name of each document becomes one
//! example, labelled by the gold names its uses match exactly; an averaged perceptron then
//! learns the weights. Everything is in a fixed order with a fixed seed, so the same data
//! always gives the same weights, byte for byte.

use super::conll::{ConllDoc, Gold};
use crate::actors::Pipeline;
use crate::actors::learned::features::name_features;
use crate::actors::learned::{Model, NameEvidence, Verdict};
use std::collections::HashMap;

/// One distinct name of one document: its features and its gold class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    pub name: String,
    pub features: Vec<u64>,
    pub label: Verdict,
}

/// The examples of a set of documents, in document and first-appearance order.
pub fn examples(docs: &[ConllDoc], pipeline: &Pipeline) -> Vec<Example> {
    let mut out = Vec::new();
    for d in docs {
        let gold: HashMap<(usize, usize), Gold> =
            d.gold.iter().map(|g| ((g.range.start, g.range.end), g.kind)).collect();
        let evidence = pipeline.name_evidence(&d.text, &d.blocks);
        for (name, ev) in evidence.iter() {
            let mut features = Vec::new();
            name_features(name, ev, &evidence, &mut features);
            out.push(Example { name: name.to_string(), features, label: label(ev, &gold) });
        }
    }
    out
}

/// The gold class most of a name's exact matches have, if at least half its uses match a
/// gold name exactly; MISC names (events, nationalities, works) are not actors.
fn label(ev: &NameEvidence, gold: &HashMap<(usize, usize), Gold>) -> Verdict {
    let mut votes = [0u32; 4];
    for r in &ev.ranges {
        let v = match gold.get(&(r.start, r.end)) {
            Some(Gold::Person) => Verdict::Person,
            Some(Gold::Organisation) => Verdict::Organisation,
            Some(Gold::Location) => Verdict::Location,
            Some(Gold::Misc) | None => continue,
        };
        votes[v.index()] += 1;
    }
    let matched: u32 = votes.iter().sum();
    if matched == 0 || 2 * matched < ev.ranges.len() as u32 {
        return Verdict::NotActor;
    }
    let best = (1..4).max_by_key(|&i| (votes[i], std::cmp::Reverse(i))).unwrap_or(0);
    Verdict::ALL[best]
}

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub epochs: usize,
    /// Features seen in fewer training examples are dropped: they would only remember.
    pub min_count: u32,
    pub seed: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { epochs: 10, min_count: 3, seed: 0x5eed_1ec7_0a00_0001 }
    }
}

/// Trains an averaged perceptron over `examples` and returns its weights in thousandths.
pub fn train(examples: &[Example], settings: Settings) -> Model {
    let mut seen: HashMap<u64, u32> = HashMap::new();
    for e in examples {
        for f in &e.features {
            *seen.entry(*f).or_default() += 1;
        }
    }
    let kept = |f: &u64| seen.get(f).is_some_and(|&n| n >= settings.min_count);
    let data: Vec<(Vec<u64>, usize)> = examples
        .iter()
        .map(|e| (e.features.iter().copied().filter(kept).collect(), e.label.index()))
        .collect();
    // w: current weights; u: the same updates weighted by the step they happened at, so
    // the average over all steps is w - u / steps.
    let mut w: HashMap<u64, [i64; 4]> = HashMap::new();
    let mut u: HashMap<u64, [i64; 4]> = HashMap::new();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = settings.seed;
    let mut step: i64 = 1;
    for _ in 0..settings.epochs {
        shuffle(&mut order, &mut rng);
        for &i in &order {
            let (features, gold) = &data[i];
            let mut s = [0i64; 4];
            for f in features {
                if let Some(fw) = w.get(f) {
                    for (a, b) in s.iter_mut().zip(fw) {
                        *a += b;
                    }
                }
            }
            let mut guess = 0;
            for c in 1..4 {
                if s[c] > s[guess] {
                    guess = c;
                }
            }
            if guess != *gold {
                for f in features {
                    let fw = w.entry(*f).or_default();
                    fw[*gold] += 1;
                    fw[guess] -= 1;
                    let fu = u.entry(*f).or_default();
                    fu[*gold] += step;
                    fu[guess] -= step;
                }
            }
            step += 1;
        }
    }
    let mut averaged = HashMap::new();
    for (f, fw) in &w {
        let fu = u[f];
        let mut out = [0i32; 4];
        for c in 0..4 {
            // (w - u/step) in thousandths, rounded half away from zero in integers.
            let num = 1000 * (fw[c] * step - fu[c]);
            let v = (2 * num + num.signum() * step) / (2 * step);
            out[c] = v as i32;
        }
        if out != [0; 4] {
            averaged.insert(*f, out);
        }
    }
    Model::from_weights(averaged)
}

/// Fisher-Yates with a xorshift generator: the same seed, the same order everywhere.
fn shuffle(v: &mut [usize], state: &mut u64) {
    for i in (1..v.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        let j = (*state % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
}

/// Share of examples the model classifies as labelled, and a confusion table
/// (`[gold][predicted]`).
pub fn accuracy(model: &Model, examples: &[Example]) -> (f64, [[u32; 4]; 4]) {
    let mut table = [[0u32; 4]; 4];
    for e in examples {
        table[e.label.index()][model.classify(&e.features).index()] += 1;
    }
    let right: u32 = (0..4).map(|i| table[i][i]).sum();
    (f64::from(right) / examples.len().max(1) as f64, table)
}
