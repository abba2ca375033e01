//! Detection does work in proportion to the text on every awkward shape: the steps it
//! counts (tokens visited, bytes scanned, names resolved) grow about as fast as the text,
//! never with its square. Counts, not times, so the check is exact on any machine. Its own
//! test binary, because the step counter is shared by everything running in the process.

use lector::actors::{Pipeline, work};
use lector::ingest::{self, Format, Source};
use lector::shapes::Shape;

/// Steps per byte of detection on a document of the shape at about `bytes`.
fn steps_per_byte(pipeline: &Pipeline, shape: Shape, bytes: usize) -> f64 {
    let format = if shape.is_markdown() { Format::Markdown } else { Format::Text };
    let source = Source {
        name: format!("{}.{}", shape.name(), shape.extension()),
        bytes: shape.generate(bytes).into_bytes(),
        format,
    };
    let doc = ingest::parse(source).expect("parses");
    let before = work::steps();
    let found = pipeline.detect_sequential(&doc.text, &doc.blocks);
    let steps = work::steps() - before;
    assert!(steps > 0, "{}: no work counted", shape.name());
    drop(found);
    steps as f64 / doc.text.len().max(1) as f64
}

#[test]
fn work_grows_linearly_on_every_shape() {
    let pipeline = Pipeline::default();
    for shape in Shape::ALL {
        let small = steps_per_byte(&pipeline, shape, 30_000);
        let large = steps_per_byte(&pipeline, shape, 120_000);
        eprintln!("{}: {small:.2} → {large:.2} steps per byte", shape.name());
        // Four times the text may cost four times the steps, with some slack for the
        // fixed parts; a quadratic stage would cost sixteen.
        assert!(
            large <= small * 1.5,
            "{}: {small:.2} steps per byte at 30 kB, {large:.2} at 120 kB",
            shape.name()
        );
    }
}
