//! The parallel pipeline must give exactly the single-threaded result, and a large document
//! must be analysed quickly (the timing check is ignored by default: run it in release).

#[path = "actors_blocks.rs"]
mod actors_blocks;

use lector::actors::{Detector, Pipeline};
use std::time::Instant;

fn repeated(times: usize) -> String {
    let mut text = String::new();
    for i in 0..times {
        // Vary titles and a name a little so copies are not identical.
        let copy = lector::BUNDLED_ARTICLE
            .replace("Pakistani Policy Response", &format!("Policy Response, Part {i}"))
            .replace(
                "Hakimullah Mehsud",
                if i % 2 == 0 { "Hakimullah Mehsud" } else { "Noor Wali Mehsud" },
            );
        text.push_str(&copy);
        text.push_str("\n\n");
    }
    text
}

fn fixtures() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "txt") {
                out.push(std::fs::read_to_string(p).expect("fixture readable"));
            }
        }
    }
    out
}

#[test]
fn parallel_equals_sequential() {
    let pipeline = Pipeline::default();
    let mut texts = vec![repeated(50)];
    texts.extend(fixtures());
    for text in &texts {
        let doc = actors_blocks::ingested(text);
        let par = pipeline.detect(&doc.text, &doc.blocks);
        let seq = pipeline.detect_sequential(&doc.text, &doc.blocks);
        assert!(!par.mentions.is_empty());
        assert_eq!(par, seq);
    }
}

#[test]
fn progress_rises_to_the_end_and_changes_nothing() {
    let pipeline = Pipeline::default();
    let doc = actors_blocks::ingested(&repeated(300)); // enough blocks for several rounds
    let (text, blocks) = (doc.text, doc.blocks);
    let seen = std::cell::RefCell::new(Vec::new());
    let with = pipeline.detect_with_progress(&text, &blocks, &|p| seen.borrow_mut().push(p));
    assert_eq!(with, pipeline.detect(&text, &blocks));
    let seen = seen.into_inner();
    assert!(seen.len() > 2, "several reports: {seen:?}");
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "never goes back: {seen:?}");
    assert!((seen.last().copied().unwrap_or(0.0) - 1.0).abs() < 1e-6);
}

#[test]
fn repetition_scales_counts() {
    let pipeline = Pipeline::default();
    let one = actors_blocks::ingested(lector::BUNDLED_ARTICLE);
    let d1 = pipeline.detect(&one.text, &one.blocks);
    let text = format!("{0}\n\n{0}\n\n{0}", lector::BUNDLED_ARTICLE);
    let three = actors_blocks::ingested(&text);
    let d3 = pipeline.detect(&three.text, &three.blocks);
    assert_eq!(d3.mentions.len(), 3 * d1.mentions.len());
    assert_eq!(d3.actors.len(), d1.actors.len());
}

/// `cargo test --release --test actors_parallel -- --ignored --nocapture`
#[test]
#[ignore]
fn hundred_megabytes_in_under_two_seconds() {
    let copies = 100_000_000 / lector::BUNDLED_ARTICLE.len() + 1;
    let doc = actors_blocks::ingested(&repeated(copies));
    let (text, blocks) = (doc.text, doc.blocks);
    let pipeline = Pipeline::default();
    let t = Instant::now();
    let d = pipeline.detect(&text, &blocks);
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "{:.1} MB, {} blocks: {} actors, {} mentions in {secs:.2} s ({:.0} MB/s)",
        text.len() as f64 / 1e6,
        blocks.len(),
        d.actors.len(),
        d.mentions.len(),
        text.len() as f64 / 1e6 / secs
    );
    assert!(secs < 2.0, "took {secs:.2} s");
}
