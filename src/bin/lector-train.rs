//! `lector-train --train FILE --dev FILE --out WEIGHTS`: trains the name model on a CoNLL-2003
//! training file, reports its accuracy on the development file, and writes the weights.
//! The same files always give the same weights, byte for byte.

use lector::actors::Pipeline;
use lector::learn::{conll, train};
use std::process::ExitCode;

const USAGE: &str = "usage: lector-train --train FILE --dev FILE --out WEIGHTS [--epochs N]";

/// A bad argument or an unreadable file is one line on stderr and exit 2, as in `lector`.
fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lector-train: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let (mut train_path, mut dev_path, mut out) = (None, None, None);
    let mut settings = train::Settings::default();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--train" => train_path = args.next(),
            "--dev" => dev_path = args.next(),
            "--out" => out = args.next(),
            "--epochs" => {
                let n = args.next().and_then(|n| n.parse().ok());
                settings.epochs = n.ok_or(format!("--epochs takes a number; {USAGE}"))?;
            }
            _ => return Err(format!("unknown argument {a}; {USAGE}")),
        }
    }
    let (Some(train_path), Some(out)) = (train_path, out) else { return Err(USAGE.to_string()) };
    let pipeline = Pipeline::default();
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("reading {p}: {e}"));
    let train_docs = conll::parse(&read(&train_path)?);
    let examples = train::examples(&train_docs, &pipeline);
    let model = train::train(&examples, settings);
    let (acc, _) = train::accuracy(&model, &examples);
    println!("train: {} documents, {} names, accuracy {acc:.3}", train_docs.len(), examples.len());
    if let Some(dev_path) = dev_path {
        let dev = train::examples(&conll::parse(&read(&dev_path)?), &pipeline);
        let (acc, table) = train::accuracy(&model, &dev);
        println!("dev: {} names, accuracy {acc:.3}", dev.len());
        println!("gold \\ predicted: not person organisation location");
        for (row, name) in table.iter().zip(["not", "person", "organisation", "location"]) {
            println!("{name:>12}: {row:?}");
        }
    }
    std::fs::write(&out, model.to_text()).map_err(|e| format!("writing {out}: {e}"))?;
    println!("wrote {out}: {} features", model.len());
    Ok(())
}
