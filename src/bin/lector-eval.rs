//! `lector-eval FILE`: runs lector's actor detection over a CoNLL-2003 file and prints
//! exact-span precision, recall and F1 (labels ignored, with and without MISC in the gold)
//! and the kind agreement on exact matches. `--errors OUT` writes the wrong and missed names.

use lector::actors::{Detector, Pipeline};
use lector::learn::{conll, score::Scores};
use std::fmt::Write as _;
use std::process::ExitCode;

const USAGE: &str = "usage: lector-eval FILE [--errors OUT]";

/// A bad argument or an unreadable file is one line on stderr and exit 2, as in `lector`.
fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lector-eval: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let (mut input, mut errors) = (None, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--errors" => errors = args.next(),
            _ if a.starts_with('-') => return Err(format!("unknown option {a}; {USAGE}")),
            _ => input = Some(a),
        }
    }
    let Some(input) = input else { return Err(USAGE.to_string()) };
    let contents = std::fs::read_to_string(&input).map_err(|e| format!("reading {input}: {e}"))?;
    let docs = conll::parse(&contents);
    let pipeline = Pipeline::default();
    let mut scores = Scores::default();
    for d in &docs {
        let found = pipeline.detect(&d.text, &d.blocks);
        let kinds: Vec<_> = found.actors.iter().map(|a| a.kind).collect();
        scores.add(&d.text, &d.gold, &found.mentions, &kinds);
    }
    println!("documents {}", docs.len());
    for (label, t) in [("with MISC", scores.with_misc), ("without MISC", scores.without_misc)] {
        println!(
            "exact spans, {label:<12}: P {:.3}  R {:.3}  F1 {:.3}  (predicted {}, gold {}, exact {})",
            t.precision(),
            t.recall(),
            t.f1(),
            t.predicted,
            t.gold,
            t.exact
        );
    }
    println!(
        "kinds agreeing with PER/ORG/LOC on exact matches: {:.3} ({} of {})",
        scores.kind_agreement(),
        scores.kind_agree,
        scores.kind_matches
    );
    if let Some(path) = errors {
        let mut out = String::new();
        for (name, gold, kind) in &scores.errors {
            let g = gold.map_or("-".to_string(), |g| format!("{g:?}"));
            let k = kind.map_or("-", |k| k.as_str());
            let _ = writeln!(out, "{g}\t{k}\t{name}");
        }
        std::fs::write(&path, out).map_err(|e| format!("writing {path}: {e}"))?;
    }
    Ok(())
}
