//! Reader costs that must not grow with the document: ingest (linear, once), wrapping one
//! section, and drawing one frame at 200x60 — at the start and at the end of a 100 MB text;
//! the keys a reader presses while a 100 MB file is still loading (`G`, a search); and counting
//! a search's matches in 100 MB.

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
    let section = doc.sections.iter().max_by_key(|s| s.range.len()).expect("a section");
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
            b.iter(|| ui::draw(&state, Theme::DARK, area, &mut buf))
        });
        group.bench_function(BenchmarkId::new("resize_and_draw", name), |b| {
            let mut buf = Buffer::empty(area);
            let mut wide = false;
            b.iter(|| {
                wide = !wide;
                let (w, h) = if wide { (200, 60) } else { (160, 48) };
                update(&mut state, Action::Resize(w, h));
                ui::draw(&state, Theme::DARK, Rect::new(0, 0, w, h), &mut buf)
            })
        });
        update(&mut state, Action::Resize(200, 60));
        update(&mut state, Action::Bottom);
        group.bench_function(BenchmarkId::new("end_after_G", name), |b| {
            let mut buf = Buffer::empty(area);
            b.iter(|| {
                update(&mut state, Action::Top);
                update(&mut state, Action::Bottom);
                ui::draw(&state, Theme::DARK, area, &mut buf)
            })
        });
    }
    group.finish();
}

/// `G` and a search while a 100 MB file loads: `G` reads and shows the file's end at once;
/// a search typed on the preview runs on the whole text the moment it arrives (the ingest
/// before it is measured by `ingest`).
fn while_loading(c: &mut Criterion) {
    use lector::app::{Ack, Background, Effect, Partial};
    let text = generate::article_of_size(100 << 20);
    let needle = "Only at the very end: a zanzibarine phrase.";
    let text = format!("{text}\n\n{needle}\n");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.txt");
    std::fs::write(&path, &text).expect("write the big file");
    let head = lector::ingest::read_head(&path, 256 << 10).expect("head");
    let preview = lector::ingest::parse(head).expect("preview");
    let whole = std::sync::Arc::new(lector::ingest::parse(source(&text)).expect("whole"));
    let area = Rect::new(0, 0, 160, 48);
    let loading = || {
        let mut state = State::new(preview.clone(), area);
        update(&mut state, Action::Resize(160, 48));
        state.progress = Some(0);
        state.partial = Some(Partial::Head);
        state.loading_path = Some(path.clone());
        state
    };
    let mut group = c.benchmark_group("while_loading_100MB");
    group.sample_size(10);
    group.bench_function("G_shows_the_end", |b| {
        let mut buf = Buffer::empty(area);
        b.iter_batched(
            loading,
            |mut state| {
                if let Some(Effect::ReadTail(p)) = update(&mut state, Action::Bottom).pop() {
                    let tail = lector::ingest::read_tail(&p, 64 << 10).expect("tail");
                    let doc = lector::ingest::parse(tail.expect("utf-8")).expect("tail doc");
                    update(&mut state, Background::Tail(Box::new(doc)));
                }
                ui::draw(&state, Theme::DARK, area, &mut buf);
                state
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.bench_function("search_found_at_the_end_on_arrival", |b| {
        let mut buf = Buffer::empty(area);
        b.iter_batched(
            || {
                let mut state = loading();
                update(&mut state, Action::StartSearch);
                "zanzibarine".chars().for_each(|ch| {
                    update(&mut state, Action::SearchInput(ch));
                });
                update(&mut state, Action::SearchSubmit);
                state
            },
            |mut state| {
                update(
                    &mut state,
                    Background::Ingested(std::sync::Arc::clone(&whole), Ack::default()),
                );
                ui::draw(&state, Theme::DARK, area, &mut buf);
                assert!(state.jumped.is_some(), "found");
                state
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.bench_function("search_alone", |b| {
        let search = lector::app::Search::new("zanzibarine", 0).expect("query");
        b.iter(|| assert!(search.next_from(&whole.text, 0).is_some()))
    });
    group.bench_function("arrival_without_search", |b| {
        b.iter_batched(
            loading,
            |mut state| {
                update(
                    &mut state,
                    Background::Ingested(std::sync::Arc::clone(&whole), Ack::default()),
                );
                state
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

/// Counting a common word's matches in 100 MB (a count per 64 KiB chunk, not an offset per
/// match), and what the counts then cost: the status bar's "k/N" and the rows of the M list.
fn count_matches(c: &mut Criterion) {
    let text = generate::article_of_size(100 << 20);
    let search = lector::app::Search::new("the", 1).expect("query");
    let never = std::sync::atomic::AtomicBool::new(false);
    let mut group = c.benchmark_group("count_100MB");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("count_the", |b| {
        b.iter(|| black_box(search.count_chunks(&text, &never)));
    });
    let counts = search.count_chunks(&text, &never).expect("counted");
    let middle = text.len() / 2;
    group.throughput(Throughput::Elements(1));
    group.bench_function("k_of_n_in_the_middle", |b| {
        b.iter(|| black_box(counts.index_of(&search, &text, black_box(middle))));
    });
    let k = counts.total() / 2;
    group.bench_function("forty_list_rows_in_the_middle", |b| {
        b.iter(|| black_box(counts.starts(&search, &text, black_box(k), 40)));
    });
    group.finish();
}

/// The panels on 100 MB at 200x60: a frame with the presence strip and the section list's top
/// actors on, a page down and a frame with the strip, `}` to the next dense part and a frame,
/// and a frame of the list of mentions in context in the middle of the most mentioned actor's.
fn panels_frame(c: &mut Criterion) {
    let text = generate::article_of_size(100 << 20);
    let doc = lector::analyse(source(&text), &lector::actors::Pipeline::default()).expect("doc");
    drop(text);
    let area = Rect::new(0, 0, 200, 60);
    let mut state = State::new(doc, area);
    update(&mut state, Action::Resize(200, 60));
    // The indexes a job builds for a document this big, handed over as the job does.
    let doc = std::sync::Arc::clone(&state.doc);
    let reading = std::sync::Arc::new(lector::reading::Reading::build(&doc));
    update(&mut state, lector::app::Background::ReadingBuilt(doc, reading));
    let actor = state.doc.actors_by_count().first().copied().expect("an actor");
    state.actor_cursor = state.actor_order.iter().position(|&a| a == actor).expect("listed");
    state.focus = lector::app::Focus::Actors;
    update(&mut state, Action::Activate);
    state.focus = lector::app::Focus::Reader;
    update(&mut state, Action::TogglePresence);
    update(&mut state, Action::ToggleTopActors);
    assert!(state.panels.presence.is_some() && state.panels.reading.is_some());
    let mut group = c.benchmark_group("panels_200x60_100MB");
    let theme = Theme::DARK;
    group.bench_function("frame_with_strip_and_top_actors", |b| {
        let mut buf = Buffer::empty(area);
        b.iter(|| ui::draw(&state, theme, area, &mut buf))
    });
    group.bench_function("page_down_and_draw_with_strip", |b| {
        let mut buf = Buffer::empty(area);
        b.iter(|| {
            update(&mut state, Action::PageDown);
            ui::draw(&state, theme, area, &mut buf)
        })
    });
    update(&mut state, Action::Top);
    group.bench_function("next_dense_and_draw", |b| {
        let mut buf = Buffer::empty(area);
        b.iter(|| {
            if state.at_end() {
                update(&mut state, Action::Top);
            }
            update(&mut state, Action::NextDense);
            ui::draw(&state, theme, area, &mut buf)
        })
    });
    update(&mut state, Action::ListMentions);
    let half = state.doc.mention_count(actor) / 2;
    update(&mut state, Action::ResultsStep(i16::try_from(half).unwrap_or(i16::MAX)));
    group.bench_function("mentions_list_in_the_middle", |b| {
        let mut buf = Buffer::empty(area);
        b.iter(|| ui::draw(&state, theme, area, &mut buf))
    });
    group.finish();
}

criterion_group!(
    benches,
    ingest,
    wrap_section,
    render_frame,
    while_loading,
    count_matches,
    panels_frame
);
criterion_main!(benches);
