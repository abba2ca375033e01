//! The name model's training: the same data always gives the same weights, byte for byte,
//! and the shipped weights are what the training command makes of CoNLL-2003's training
//! split (that check runs only where the data is, as it may not be redistributed).

use lector::actors::Pipeline;
use lector::actors::learned::{Model, Verdict};
use lector::learn::{conll, train};

const TINY: &str = include_str!("fixtures/conll/tiny.conll");

#[test]
fn training_is_deterministic() {
    let docs = conll::parse(TINY);
    assert_eq!(docs.len(), 2);
    let pipeline = Pipeline::default();
    let examples = train::examples(&docs, &pipeline);
    let labels: Vec<(&str, Verdict)> =
        examples.iter().map(|e| (e.name.as_str(), e.label)).collect();
    assert!(labels.contains(&("Mirela Voss", Verdict::Person)), "{labels:?}");
    assert!(labels.contains(&("Vellmar Mining", Verdict::Organisation)), "{labels:?}");
    let settings = train::Settings { min_count: 1, ..train::Settings::default() };
    let a = train::train(&examples, settings).to_text();
    let b = train::train(&train::examples(&docs, &pipeline), settings).to_text();
    assert_eq!(a, b);
    let model = Model::parse(&a).expect("the written weights read back");
    assert!(!model.is_empty());
    let (accuracy, _) = train::accuracy(&model, &examples);
    assert!(accuracy > 0.8, "the model fits its own training data: {accuracy}");
}

/// Run with `LECTOR_CONLL_TRAIN=path/to/eng.train cargo test --release --test model_training
/// -- --ignored` (the training command's defaults).
#[test]
#[ignore = "needs CoNLL-2003's training split, which may not be redistributed"]
fn shipped_weights_are_what_training_produces() {
    let path = std::env::var("LECTOR_CONLL_TRAIN").expect("LECTOR_CONLL_TRAIN names eng.train");
    let text = std::fs::read_to_string(&path).expect("the training split reads");
    let examples = train::examples(&conll::parse(&text), &Pipeline::default());
    let trained = train::train(&examples, train::Settings::default()).to_text();
    let shipped = include_str!("../assets/model/names.weights");
    assert!(trained == shipped, "retrain: see the README's \"Retraining the name model\"");
}
