//! The cost of knowing a document by its content: hashing its bytes when it is opened.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use lector::state::DocId;
use std::hint::black_box;

fn hash(c: &mut Criterion) {
    // 100 MB of varied bytes, generated: the size the speed targets are set at.
    let mut bytes = Vec::with_capacity(100_000_000);
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    while bytes.len() < 100_000_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes.extend_from_slice(&x.to_le_bytes());
    }
    let mut group = c.benchmark_group("state");
    group.sample_size(10).throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("doc_id_100MB", |b| b.iter(|| DocId::of(black_box(&bytes))));
    group.finish();
}

criterion_group!(benches, hash);
criterion_main!(benches);
