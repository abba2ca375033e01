//! Growth, not just speed: every awkward document shape (see `lector::shapes`) ingested and
//! analysed at 1 MB and at 4 MB. Linear stages take four times as long at 4 MB; a stage that
//! grows with the square of something shows as sixteen. Run with
//! `cargo bench --bench complexity` (or `-- capitalised-run` for one shape).

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use lector::actors::Pipeline;
use lector::ingest::{Format, Source};
use lector::shapes::Shape;
use std::hint::black_box;
use std::time::Duration;

fn source(shape: Shape, text: &str) -> Source {
    let format = if shape.is_markdown() { Format::Markdown } else { Format::Text };
    let name = format!("{}.{}", shape.name(), shape.extension());
    Source { name, bytes: text.as_bytes().to_vec(), format }
}

fn bench(c: &mut Criterion) {
    let pipeline = Pipeline::default();
    let mut group = c.benchmark_group("complexity");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(3));
    for shape in Shape::ALL {
        for mb in [1, 4] {
            let text = shape.generate(mb << 20);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(shape.name(), format!("{mb}MB")),
                &text,
                |b, t| {
                    b.iter(|| lector::analyse(black_box(source(shape, t)), &pipeline).expect("doc"))
                },
            );
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
