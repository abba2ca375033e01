//! Detection throughput on one core: the bundled article repeated to about 10 MB, with
//! section titles and a name varied per copy, split into blocks by ingest. Run with `cargo bench --bench detect`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use lector::actors::Pipeline;
use lector::ingest::{Format, Source};
use lector::model::Block;
use std::hint::black_box;

const NAMES: [&str; 4] =
    ["Hakimullah Mehsud", "Noor Wali Mehsud", "Baitullah Mehsud", "Fazal Hayat"];

fn corpus() -> (String, Vec<Block>) {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 10_000_000 {
        let copy = lector::BUNDLED_ARTICLE
            .replace("Pakistani Policy Response", &format!("Policy Response, Part {i}"))
            .replace("Implications for U.S. Policy", &format!("What Washington Can Do ({i})"))
            .replace("Hakimullah Mehsud", NAMES[i % NAMES.len()]);
        text.push_str(&copy);
        text.push_str("\n\n");
        i += 1;
    }
    // The blocks the reader gets: ingest's, as for a plain-text file.
    let source =
        Source { name: "bench.txt".into(), bytes: text.into_bytes(), format: Format::Text };
    let doc = lector::ingest::parse(source).expect("plain text ingests");
    (doc.text, doc.blocks)
}

fn bench(c: &mut Criterion) {
    let (text, blocks) = corpus();
    let pipeline = Pipeline::default();
    let mut group = c.benchmark_group("detect");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("sequential_10MB", |b| {
        b.iter(|| pipeline.detect_sequential(black_box(&text), black_box(&blocks)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
