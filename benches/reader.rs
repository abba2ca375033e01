//! Reader costs that must not grow with the document: ingest (linear, once), wrapping one
//! section, and drawing one frame at 200x60 — at the start and at the end of a 100 MB text.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use lector::app::{Action, State, update};
use lector::ingest::{Format, Source};
use lector::layout::Layout;
use lector::ui::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::hint::black_box;

mod generate;

fn source(text: &str) -> Source {
    Source { name: "bench.txt".into(), bytes: text.as_bytes().to_vec(), format: Format::Text }
}

fn inputs() -> Vec<(&'static str, String)> {
    vec![
        ("bundled", lector::BUNDLED_ARTICLE.to_string()),
        ("10MB", generate::article_of_size(10 << 20)),
        ("100MB", generate::article_of_size(100 << 20)),
    ]
}

fn ingest(c: &mut Criterion) {
    let mut group = c.benchmark_group("ingest");
    group.sample_size(10);
    for (name, text) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter_batched(|| source(text), lector::ingest::parse, criterion::BatchSize::LargeInput)
        });
    }
    group.finish();
}

fn wrap_section(c: &mut Criterion) {
    let doc = lector::ingest::parse(source(lector::BUNDLED_ARTICLE)).expect("bundled article");
    let section = doc.sections.iter().max_by_key(|s| s.range.len()).cloned().expect("a section");
    c.bench_function("wrap_longest_section_at_96", |b| {
        b.iter(|| {
            let layout = Layout::new(96);
            black_box(section.blocks.clone().map(|i| layout.rows(&doc, i)).sum::<usize>())
        })
    });
}

fn render_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_200x60");
    for (name, text) in inputs() {
        let doc =
            lector::analyse(source(&text), &lector::actors::Pipeline::default()).expect("doc");
        let mut state = State::new(doc, Rect::new(0, 0, 200, 60));
        update(&mut state, Action::Resize(200, 60));
        let area = Rect::new(0, 0, 200, 60);
        group.bench_function(BenchmarkId::new("start", name), |b| {
            let mut buf = Buffer::empty(area);
            b.iter(|| ui::draw(&state, Theme { colour: true }, area, &mut buf))
        });
        group.bench_function(BenchmarkId::new("resize_and_draw", name), |b| {
            let mut buf = Buffer::empty(area);
            let mut wide = false;
            b.iter(|| {
                wide = !wide;
                let (w, h) = if wide { (200, 60) } else { (160, 48) };
                update(&mut state, Action::Resize(w, h));
                ui::draw(&state, Theme { colour: true }, Rect::new(0, 0, w, h), &mut buf)
            })
        });
        update(&mut state, Action::Resize(200, 60));
        update(&mut state, Action::Bottom);
        group.bench_function(BenchmarkId::new("end_after_G", name), |b| {
            let mut buf = Buffer::empty(area);
            b.iter(|| {
                update(&mut state, Action::Top);
                update(&mut state, Action::Bottom);
                ui::draw(&state, Theme { colour: true }, area, &mut buf)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, ingest, wrap_section, render_frame);
criterion_main!(benches);
