//! Detection throughput on one core: the bundled article repeated to about 10 MB, with
//! section titles and a name varied per copy. Run with `cargo bench --bench detect`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use lector::actors::Pipeline;
use lector::model::{Block, BlockKind};
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
    let mut blocks = Vec::new();
    let mut pos = 0;
    for chunk in text.split("\n\n") {
        let end = pos + chunk.trim_end().len();
        if end > pos {
            let short = !chunk.contains('\n') && chunk.len() < 120 && !chunk.ends_with('.');
            let kind = if short { BlockKind::Heading { level: 2 } } else { BlockKind::Paragraph };
            blocks.push(Block { kind, range: pos..end, section: 0 });
        }
        pos += chunk.len() + 2;
    }
    (text, blocks)
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
