//! The reading indexes on a generated 100 MB document: building them once (in the
//! background) and the queries a frame or a key makes of them. Prints the index's memory.

use criterion::{Criterion, criterion_group, criterion_main};
use lector::ingest::{Format, Source};
use lector::reading::{self, Presence, Reading};
use std::hint::black_box;

mod generate;

fn reading_100mb(c: &mut Criterion) {
    let text = generate::article_of_size(100 << 20);
    let source =
        Source { name: "bench.txt".into(), bytes: text.into_bytes(), format: Format::Text };
    let doc = lector::analyse(source, &lector::actors::Pipeline::default()).expect("analyses");
    let find = |n: &str| reading::find_actor(&doc, n).expect("an actor of the article");
    let (pakistan, ttp) = (find("Pakistan"), find("TTP"));
    let built = Reading::build(&doc);
    eprintln!(
        "reading index on {} MB: {} mentions, {} blocks, {} actors; paragraph index {:.1} MB",
        doc.text.len() >> 20,
        doc.mentions.len(),
        doc.blocks.len(),
        doc.actors.len(),
        built.paragraphs.heap_bytes() as f64 / (1 << 20) as f64,
    );

    let mut group = c.benchmark_group("reading_100MB");
    group.sample_size(10);
    group.bench_function("build_all", |b| b.iter(|| black_box(Reading::build(&doc))));
    group.bench_function("paragraph_index", |b| {
        b.iter(|| black_box(reading::ParagraphIndex::build(&doc)))
    });
    group.bench_function("section_stats", |b| {
        b.iter(|| black_box(reading::section_stats(&doc, &built.paragraphs)))
    });
    group.bench_function("count_words_whole_text", |b| {
        b.iter(|| black_box(reading::count_words(&doc.text)))
    });
    group.bench_function("filter_two_actors", |b| {
        b.iter(|| black_box(built.paragraphs.blocks_with_all(&[pakistan, ttp])))
    });
    group.bench_function("presence_200_slices", |b| {
        b.iter(|| black_box(Presence::of(&doc, pakistan, 200)))
    });
    group.bench_function("so_far_all_actors", |b| {
        b.iter(|| black_box(reading::counts_up_to(&doc, doc.text.len() / 2)))
    });
    group
        .bench_function("cooccurring", |b| b.iter(|| black_box(built.paragraphs.cooccurring(ttp))));
    group.bench_function("first_mention", |b| {
        b.iter(|| black_box(reading::first_mention(&doc, ttp)))
    });
    group.finish();
}

criterion_group!(benches, reading_100mb);
criterion_main!(benches);
