//! lector's core: the document model and everything computed from text alone (ingest, actor
//! detection, layout, search), with no terminal crate in its dependency tree, so the boundary
//! between the reader's logic and its screen is kept by the compiler.
//!
//! Module map:
//! - [`model`]: the one shared `Document` (text, blocks, sections, actors, mentions), plain data.
//! - [`ingest`]: bytes → normalized text → `Document` (plain text and Markdown), typed errors.
//! - [`actors`]: actor detection as a function of the text, behind one seam.
//! - [`learn`]: measuring detection on annotated text and training its name model.
//! - [`layout`]: document + width → visual lines; scrolling and jumps.
//! - [`search`]: the search query, case folding and match finding.
//! - [`reading`]: actor-aware reading as data: paragraph index, statistics, curation, brief.

mod abbreviations;
pub mod actors;
pub mod ingest;
pub mod layout;
pub mod learn;
pub mod model;
pub mod reading;
pub mod search;
#[doc(hidden)]
pub mod shapes;

/// The article `lector` opens when given no file.
pub const BUNDLED_ARTICLE: &str = include_str!("../../../assets/seed-article.txt");
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
