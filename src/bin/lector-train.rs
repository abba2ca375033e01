//! `lector-train --train FILE --dev FILE --out WEIGHTS`: trains the name model on a CoNLL-2003
//! training file, reports its accuracy on the development file, and writes the weights.
//! The same files always give the same weights, byte for byte.

use anyhow::{Context, Result, bail};
use lector::actors::Pipeline;
use lector::learn::{conll, train};

const USAGE: &str = "usage: lector-train --train FILE --dev FILE --out WEIGHTS [--epochs N]";

fn main() -> Result<()> {
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
                settings.epochs = n.with_context(|| format!("--epochs takes a number; {USAGE}"))?;
            }
            _ => bail!("unknown argument {a}; {USAGE}"),
        }
    }
    let (Some(train_path), Some(out)) = (train_path, out) else { bail!(USAGE) };
    let pipeline = Pipeline::default();
    let read = |p: &str| std::fs::read_to_string(p).with_context(|| format!("reading {p}"));
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
    std::fs::write(&out, model.to_text()).with_context(|| format!("writing {out}"))?;
    println!("wrote {out}: {} features", model.len());
    Ok(())
}
