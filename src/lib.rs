//! lector: a terminal reader for long-form analytical writing, with actor-aware reading.
//!
//! Module map (data flows one way: terminal event → `app::Action` → `app::update` → `ui` render):
//! - [`model`]: the one shared `Document` (text, blocks, sections, actors, mentions), plain data.
//! - [`ingest`]: bytes → normalized text → `Document` (plain text and Markdown), typed errors.
//! - [`actors`]: actor detection as a function of the text, behind one seam.
//! - [`learn`]: measuring detection on annotated text and training its name model.
//! - [`layout`]: document + width → visual lines; scrolling and jumps, without a terminal.
//! - [`state`]: what is remembered per document between runs (position, marks), on disk.
//! - [`app`]: view state, the `Action` vocabulary, the keymap and `update`.
//! - [`ui`]: rendering only, one widget per pane.
//! - [`term`]: the only code that touches the real terminal.
//! - [`cli`]: the command line and the non-interactive subcommands.

pub mod actors;
pub mod app;
pub mod cli;
pub mod ingest;
pub mod layout;
pub mod learn;
pub mod model;
#[doc(hidden)]
pub mod shapes;
pub mod state;
pub mod term;
pub mod ui;

/// The article `lector` opens when given no file.
pub const BUNDLED_ARTICLE: &str = include_str!("../assets/seed-article.txt");
/// The name shown for the bundled article.
pub const BUNDLED_NAME: &str = "seed-article.txt";

/// Ingests a source and finds its actors: the whole model, as every pane and subcommand sees it.
pub fn analyse(
    source: ingest::Source,
    detector: &dyn actors::Detector,
) -> Result<model::Document, ingest::IngestError> {
    let mut doc = ingest::parse(source)?;
    actors::annotate(&mut doc, detector);
    Ok(doc)
}
