//! Frame times while reading with actors on a generated 100 MB document at 200x60: a filter
//! to two actors (drawing at its start, paging, going to its end, the next mention), "so
//! far" counts in the sidebar, and the keys that turn the filter on and off.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use lector::app::{Action, Background, Effect, State, update};
use lector::ingest::{Format, Source};
use lector::ui::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

mod generate;

/// The actor list's cursor on the actor of this name or alias.
fn cursor_to(state: &mut State, name: &str) {
    let actor = lector::reading::find_actor(&state.doc, name).expect("an actor of the article");
    state.focus = lector::app::Focus::Actors;
    state.actor_cursor = state.actor_order.iter().position(|&a| a == actor).expect("listed");
}

fn filter_100mb(c: &mut Criterion) {
    let text = generate::article_of_size(100 << 20);
    let source =
        Source { name: "bench.txt".into(), bytes: text.into_bytes(), format: Format::Text };
    let doc = lector::analyse(source, &lector::actors::Pipeline::default()).expect("analyses");
    let area = Rect::new(0, 0, 200, 60);
    let mut state = State::new(doc, area);
    update(&mut state, Action::Resize(200, 60));
    cursor_to(&mut state, "TTP");
    // The first filter asks for the paragraph index (a job, on a document this big), and
    // takes effect when it lands: both timed here, the job done on the spot.
    let started = std::time::Instant::now();
    for effect in update(&mut state, Action::FilterActor) {
        if let Effect::BuildParagraphs(doc) = effect {
            let built = std::sync::Arc::new(lector::reading::ParagraphIndex::build(&doc));
            update(&mut state, Background::ParagraphsBuilt(doc, built));
        }
    }
    eprintln!("first filter on 100 MB (builds the paragraph index): {:?}", started.elapsed());
    cursor_to(&mut state, "Pakistan");
    update(&mut state, Action::FilterAddActor);
    update(&mut state, Action::FocusPrev);
    let what = lector::app::describe_filter(&state, |a| a.name.as_str()).expect("filtered");
    eprintln!("{what}");
    let draw = |state: &State, buf: &mut Buffer| ui::draw(state, Theme::DARK, area, buf);

    let mut group = c.benchmark_group("filter_100MB_200x60");
    group.bench_function(BenchmarkId::new("frame", "start"), |b| {
        let mut buf = Buffer::empty(area);
        b.iter(|| draw(&state, &mut buf))
    });
    group.bench_function(BenchmarkId::new("page_down_and_frame", "filtered"), |b| {
        let mut buf = Buffer::empty(area);
        b.iter(|| {
            update(&mut state, Action::PageDown);
            draw(&state, &mut buf)
        })
    });
    group.bench_function(BenchmarkId::new("g_G_and_frame", "filtered"), |b| {
        let mut buf = Buffer::empty(area);
        b.iter(|| {
            update(&mut state, Action::Top);
            update(&mut state, Action::Bottom);
            draw(&state, &mut buf)
        })
    });
    group.bench_function(BenchmarkId::new("next_mention_and_frame", "filtered"), |b| {
        let mut buf = Buffer::empty(area);
        update(&mut state, Action::Top);
        b.iter(|| {
            update(&mut state, Action::NextMatch);
            draw(&state, &mut buf)
        })
    });
    group.bench_function(BenchmarkId::new("next_section_and_frame", "filtered"), |b| {
        let mut buf = Buffer::empty(area);
        update(&mut state, Action::Top);
        b.iter(|| {
            update(&mut state, Action::NextSection);
            draw(&state, &mut buf)
        })
    });
    update(&mut state, Action::ToggleSoFar);
    group.bench_function(BenchmarkId::new("frame", "filtered_so_far"), |b| {
        let mut buf = Buffer::empty(area);
        b.iter(|| draw(&state, &mut buf))
    });
    group.bench_function(BenchmarkId::new("leave_and_filter_again", "one_actor"), |b| {
        b.iter(|| {
            update(&mut state, Action::FilterActor);
            update(&mut state, Action::FilterActor);
        })
    });
    group.finish();
}

criterion_group!(benches, filter_100mb);
criterion_main!(benches);
