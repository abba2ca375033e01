//! lector: a terminal reader for long-form analytical writing, with actor-aware reading.
//!
//! This crate is the reader's shell: the app state, the screen and the commands. Everything
//! computed from text alone lives in `lector-core` and is re-exported here under the same
//! names, so `lector::model`, `lector::layout` and the rest read as one library.
//!
//! Module map (data flows one way: terminal event → `app::Action` → `app::update` → `ui` render):
//! - [`model`], [`ingest`], [`actors`], [`learn`], [`layout`], [`search`], [`reading`]: from
//!   `lector-core`.
//! - [`state`]: what is remembered per document between runs (position, marks), on disk.
//! - [`app`]: view state, the `Action` vocabulary, the keymap and `update`.
//! - [`ui`]: rendering only, one widget per pane.
//! - [`briefing`]: the reader's brief key, writing the actor brief to a file.
//! - [`jobs`]: the reader's one channel: input, signals and background jobs (cancellable).
//! - [`term`]: the only code that touches the real terminal.
//! - [`cli`]: the command line and the non-interactive subcommands.
//! - [`config`]: the user's `config.toml` (settings and key bindings), read once at start.

pub mod app;
pub mod briefing;
pub mod cli;
pub mod config;
pub mod jobs;
pub mod state;
pub mod term;
pub mod ui;

#[doc(hidden)]
pub use lector_core::shapes;
pub use lector_core::{BUNDLED_ARTICLE, BUNDLED_NAME, analyse};
pub use lector_core::{actors, ingest, layout, learn, model, reading, search};
