//! Curation in the reader on a generated 100 MB document: one edit through the reducer
//! (the curator replays the edits on the detected mentions, the sidebar and counts are
//! rebuilt), measured as a hide and its undo. No actor file is written.

use criterion::{Criterion, criterion_group, criterion_main};
use lector::app::{Action, State, update};
use lector::ingest::{Format, Source};
use ratatui::layout::Rect;

mod generate;

fn curate_100mb(c: &mut Criterion) {
    let text = generate::article_of_size(100 << 20);
    let source =
        Source { name: "bench.txt".into(), bytes: text.into_bytes(), format: Format::Text };
    let doc = lector::analyse(source, &lector::actors::Pipeline::default()).expect("analyses");
    eprintln!("curating {} MB: {} mentions", doc.text.len() >> 20, doc.mentions.len());
    let mut state = State::new(doc, Rect::new(0, 0, 120, 40));
    update(&mut state, Action::FocusNext);
    update(&mut state, Action::Down);
    let edit = |state: &mut State| {
        update(state, Action::CurateOpen);
        update(state, Action::CurateHide);
        update(state, Action::CurateUndo);
    };
    // The first edit also copies the detected actors and mentions for the curator.
    let started = std::time::Instant::now();
    edit(&mut state);
    eprintln!("first hide and undo: {:?}", started.elapsed());
    let mut group = c.benchmark_group("curate_100MB");
    group.sample_size(10);
    group.bench_function("hide_and_undo", |b| b.iter(|| edit(&mut state)));
    group.finish();
}

criterion_group!(benches, curate_100mb);
criterion_main!(benches);
