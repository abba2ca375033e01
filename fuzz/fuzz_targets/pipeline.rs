//! The whole pipeline on arbitrary bytes: ingest (plain text or Markdown, picked by the first
//! byte), actor detection, layout at a few widths with its invariants checked, then whole
//! frames drawn into a small buffer while a fixed script of keys scrolls and searches.
//!
//! A panic anywhere, or a broken layout invariant, is a crash.

#![no_main]

use lector::actors::{self, Pipeline};
use lector::app::{self, Action, State};
use lector::ingest::{self, Format, Source};
use lector::layout::{Anchor, Layout, display_width};
use lector::model::{BlockKind, Document};
use lector::ui::{self, Theme};
use libfuzzer_sys::fuzz_target;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Terminal sizes the frames are drawn at, picked by the first byte.
const SIZES: [(u16, u16); 4] = [(20, 5), (37, 9), (80, 24), (1, 1)];

/// Built once: the built-in knowledge is the same for every input.
static PIPELINE: std::sync::LazyLock<Pipeline> = std::sync::LazyLock::new(Pipeline::default);

fuzz_target!(|data: &[u8]| {
    let Some((&head, body)) = data.split_first() else { return };
    let format = if head & 1 == 0 { Format::Text } else { Format::Markdown };
    let name = if format == Format::Text { "fuzz.txt" } else { "fuzz.md" };
    let source = Source { name: name.to_string(), bytes: body.to_vec(), format };
    let Ok(mut doc) = ingest::parse(source) else { return };
    actors::annotate(&mut doc, &*PIPELINE);
    for width in [1, 3, 17, 64] {
        check_layout(&doc, width);
    }
    let (cols, rows) = SIZES[usize::from(head >> 1) % SIZES.len()];
    draw_script(doc, cols, rows);
});

/// Every wrapped line lies in its block, on char boundaries, in order, and fits the width
/// unless it is one grapheme wider than the width; the visible rows match the anchors.
fn check_layout(doc: &Document, width: usize) {
    let layout = Layout::new(width);
    for (i, block) in doc.blocks.iter().enumerate() {
        let lines = layout.lines(doc, i);
        assert!(!lines.is_empty(), "block {i} has no line");
        // A table row's range runs from its first cell to its last, and the rows of a wrapped
        // row interleave: its cells are placed at their columns (and clipped by the pane), so
        // only its place in the block is checked.
        if block.kind == BlockKind::Table {
            assert!(lines.iter().all(|r| block.range().start <= r.start
                && r.start <= r.end
                && r.end <= block.range().end));
            continue;
        }
        let mut prev_end = block.range().start;
        for r in lines.iter() {
            assert!(prev_end <= r.start && r.start <= r.end && r.end <= block.range().end);
            let text = doc.text.get(r.clone()).expect("line on char boundaries");
            let w = display_width(text);
            // A zero-width grapheme (a joiner, a soft hyphen) takes no cell beside a wide one.
            let visible = text.graphemes(true).filter(|g| g.width() > 0).count();
            assert!(w <= width || visible == 1, "line {text:?} is {w} columns at width {width}");
            prev_end = r.end;
        }
    }
    let end = layout.end(doc);
    let rows = layout.visible(doc, Anchor::default(), 50);
    assert!(rows.len() <= 50);
    let back = layout.step(doc, layout.step(doc, Anchor::default(), 7), -7);
    assert_eq!(back, Anchor::default(), "seven down and seven up");
    let top = layout.max_top(doc, 10);
    assert!(top <= end);
}

fn draw_script(doc: Document, cols: u16, rows: u16) {
    let area = Rect::new(0, 0, cols, rows);
    let word: String = doc.text.split_whitespace().next().unwrap_or("a").chars().take(4).collect();
    let mut state = State::new(doc, area);
    app::update(&mut state, Action::Resize(cols, rows));
    let theme = Theme::DARK;
    let frame = |state: &State| {
        let mut buf = Buffer::empty(area);
        ui::draw(state, theme, area, &mut buf);
    };
    frame(&state);
    let mut script = vec![Action::Bottom, Action::PageUp, Action::NextSection, Action::StartSearch];
    script.extend(word.chars().map(Action::SearchInput));
    script.extend([
        Action::SearchSubmit,
        Action::NextMatch,
        Action::PrevMatch,
        Action::FocusNext,
        Action::Activate,
        Action::Down,
        Action::Top,
        Action::ToggleHelp,
    ]);
    for action in script {
        let _ = app::update(&mut state, action);
        frame(&state);
    }
    let _ = app::update(&mut state, Action::Resize(cols / 2 + 20, rows + 3));
    let mut buf = Buffer::empty(Rect::new(0, 0, cols / 2 + 20, rows + 3));
    ui::draw(&state, theme, buf.area, &mut buf);
}
