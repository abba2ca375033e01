//! Curation in the reader on a generated 100 MB document, measured as a hide and its undo.
//! The reducer records each edit and asks for a rebuild; the rebuild (the curator replays
//! the edits on the detected mentions into a copy of the document) runs in a job; the
//! result lands back on the input thread, which swaps the document in and refreshes the
//! sidebar; the job then frees the old document. The input thread's part and the job's part
//! are measured apart. No actor file is written.

use criterion::{Criterion, criterion_group, criterion_main};
use lector::app::{Action, Background, Effect, State, update};
use lector::ingest::{Format, Source};
use ratatui::layout::Rect;
use std::time::{Duration, Instant};

mod generate;

/// Presses `action`, does the rebuild it asks for as the job would, and feeds it back:
/// the input thread's time (the key and the landing) and the job's.
fn edit(state: &mut State, action: Action) -> (Duration, Duration) {
    let started = Instant::now();
    let effects = update(state, action);
    let mut input = started.elapsed();
    let mut job = Duration::ZERO;
    for effect in effects {
        if let Effect::Curate { generation, curator, doc } = effect {
            let started = Instant::now();
            let rebuilt = Box::new(curator.rebuild(&doc));
            job += started.elapsed();
            let started = Instant::now();
            update(state, Background::Curated { generation, rebuilt, ack: Default::default() });
            input += started.elapsed();
            // The job lets go of the old document once the reader has taken the new one in:
            // it is the last holder, so freeing it is the job's time.
            let started = Instant::now();
            drop(doc);
            job += started.elapsed();
        }
    }
    (input, job)
}

fn hide_and_undo(state: &mut State) -> (Duration, Duration) {
    update(state, Action::CurateOpen);
    let (a, b) = edit(state, Action::CurateHide);
    let (c, d) = edit(state, Action::CurateUndo);
    (a + c, b + d)
}

fn curate_100mb(c: &mut Criterion) {
    let text = generate::article_of_size(100 << 20);
    let source =
        Source { name: "bench.txt".into(), bytes: text.into_bytes(), format: Format::Text };
    let doc = lector::analyse(source, &lector::actors::Pipeline::default()).expect("analyses");
    eprintln!("curating {} MB: {} mentions", doc.text.len() >> 20, doc.mentions.len());
    let mut state = State::new(doc, Rect::new(0, 0, 120, 40));
    update(&mut state, Action::FocusNext);
    update(&mut state, Action::Down);
    // The first edit also copies the detected actors and mentions for the curator.
    let (input, job) = hide_and_undo(&mut state);
    eprintln!("first hide and undo: input thread {input:?}, job {job:?}");
    let mut group = c.benchmark_group("curate_100MB");
    group.sample_size(10);
    group.bench_function("hide_and_undo_input_thread", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| hide_and_undo(&mut state).0).sum())
    });
    group.bench_function("hide_and_undo_job", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| hide_and_undo(&mut state).1).sum())
    });
    group.finish();
}

criterion_group!(benches, curate_100mb);
criterion_main!(benches);
