//! The command line: clap arguments, and the non-interactive subcommands that print the same
//! model the reader shows (`sections`, `actors`, `text`, `brief`).

use crate::actors::{self, Detector};
use crate::ingest::{self, IngestError, Source};
use crate::model::Document;
use crate::reading;
use clap::{Args, Parser, Subcommand};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A terminal reader for long-form analytical writing, with actor-aware reading.
#[derive(Debug, Parser)]
#[command(name = "lector", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The file to read (`-` for standard input); the bundled article when omitted.
    pub file: Option<PathBuf>,
    /// Capture the mouse from the start (wheel scrolls, click selects); `Ctrl-t` toggles it.
    #[arg(long)]
    pub mouse: bool,
    #[command(flatten)]
    pub actors: ActorOptions,
}

#[derive(Debug, Clone, Args)]
pub struct ActorOptions {
    /// An actor file (TOML) that adds, merges, renames or hides actors.
    #[arg(long = "actors", value_name = "FILE", global = true)]
    pub actor_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the outline: each section's title, level and byte range.
    Sections {
        /// The file to read (`-` for standard input); the bundled article when omitted.
        file: Option<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print the actors, merged under one name, with their mentions.
    Actors {
        /// The file to read (`-` for standard input); the bundled article when omitted.
        file: Option<PathBuf>,
        /// Print JSON: every mention with its byte range, section and the rule that found it.
        #[arg(long)]
        json: bool,
    },
    /// Print the normalized text that every byte offset indexes.
    Text {
        /// The file to read (`-` for standard input); the bundled article when omitted.
        file: Option<PathBuf>,
        /// Print only the paragraphs that mention this actor (a name or alias, any case);
        /// given twice or more, the paragraphs that mention all of them, under their sections.
        #[arg(long = "actor", value_name = "NAME")]
        actors: Vec<String>,
    },
    /// Print the actor brief: each actor's kind, aliases, counts per section, first mention
    /// and the actors it appears with.
    Brief {
        /// The file to read (`-` for standard input); the bundled article when omitted.
        file: Option<PathBuf>,
        /// Print JSON instead of Markdown.
        #[arg(long)]
        json: bool,
    },
    /// Print the key bindings in force: chord, action, description.
    Keys {
        /// Print the Markdown tables the README shows.
        #[arg(long)]
        markdown: bool,
    },
    /// Print the effective configuration and where each value came from.
    Config,
}

/// Why a subcommand failed: its input (exit status 2) or writing its output.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    Input(#[from] IngestError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// An actor name no actor of the document has (exit status 2).
    #[error("no actor named {0:?} in this document")]
    UnknownActor(String),
}

/// Runs a printing subcommand. Only `actors`, `brief` and `text --actor` build a detector
/// and run detection: the outline and the text never wait on it. Detection limits that applied are reported on
/// `err`, one line each.
pub fn run_command<D: Detector>(
    command: Command,
    detector: impl FnOnce() -> D,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CommandError> {
    match command {
        Command::Sections { file, json } => {
            let doc = ingest::parse(read_source(file.as_deref())?)?;
            print_sections(&doc, json, out)?;
        }
        Command::Actors { file, json } => {
            let doc = detected(file.as_deref(), detector, err)?;
            print_actors(&doc, json, out)?;
        }
        Command::Text { file, actors } if actors.is_empty() => {
            let doc = ingest::parse(read_source(file.as_deref())?)?;
            print_text(&doc, out)?;
        }
        // These print the configuration, which the caller has loaded.
        Command::Keys { .. } | Command::Config => {}
        Command::Text { file, actors } => {
            let doc = detected(file.as_deref(), detector, err)?;
            let chosen = actors
                .iter()
                .map(|n| {
                    reading::find_actor(&doc, n)
                        .ok_or_else(|| CommandError::UnknownActor(n.clone()))
                })
                .collect::<Result<Vec<_>, _>>()?;
            print_paragraphs(&doc, &chosen, out)?;
        }
        Command::Brief { file, json } => {
            let doc = detected(file.as_deref(), detector, err)?;
            let brief = reading::brief(&doc, &reading::Reading::build(&doc));
            if json {
                serde_json::to_writer(&mut *out, &brief).map_err(std::io::Error::from)?;
                writeln!(out)?;
            } else {
                out.write_all(brief.to_markdown(&doc).as_bytes())?;
            }
        }
    }
    Ok(())
}

/// Prints the key bindings in force, per layer: chord, action name, description; or the
/// README's Markdown tables.
pub fn print_keys(
    keymap: &crate::app::Keymap,
    markdown: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if markdown {
        return write!(out, "{}", crate::app::keymap::markdown(keymap));
    }
    let mut layer = None;
    for b in keymap.bindings() {
        if layer != Some(b.layer) {
            writeln!(out, "[{}]", b.layer.name())?;
            layer = Some(b.layer);
        }
        let user = if b.origin == crate::app::keymap::Origin::User { "  (config)" } else { "" };
        let chord = b.chord.to_string();
        writeln!(out, "  {chord:<12}{:<22}{}{user}", b.command.name, b.command.description)?;
    }
    Ok(())
}

/// Reads a document and runs detection on it; the limits that applied go to `err`.
fn detected<D: Detector>(
    file: Option<&Path>,
    detector: impl FnOnce() -> D,
    err: &mut dyn Write,
) -> Result<Document, CommandError> {
    let mut doc = ingest::parse(read_source(file)?)?;
    let found = detector().detect(&doc.text, &doc.blocks);
    for note in &found.limits {
        writeln!(err, "lector: {note}")?;
    }
    actors::store(&mut doc, found);
    Ok(doc)
}

/// `lector text --actor`: the paragraphs that mention every chosen actor, each run of them
/// under its section's title, separated by blank lines.
pub fn print_paragraphs(
    doc: &Document,
    actors: &[usize],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let index = reading::ParagraphIndex::build(doc);
    let mut section = None;
    for b in index.blocks_with_all(actors) {
        let Some(block) = doc.blocks.get(crate::model::index(b)) else { continue };
        if section != Some(block.section) {
            section = Some(block.section);
            writeln!(
                out,
                "## {}\n",
                reading::section_title(doc, crate::model::index(block.section))
            )?;
        }
        writeln!(out, "{}\n", doc.slice(&block.range()).trim_end())?;
    }
    Ok(())
}

/// Reads the source a command names: a file, `-` for standard input, or the bundled article.
pub fn read_source(file: Option<&Path>) -> Result<Source, IngestError> {
    match file {
        None => Ok(ingest::bundled()),
        Some(p) if p.as_os_str() == "-" => ingest::read_stdin(),
        Some(p) => ingest::read_file(p),
    }
}

#[derive(Serialize)]
struct SectionsJson<'a> {
    title: &'a str,
    sections: Vec<SectionJson<'a>>,
}

#[derive(Serialize)]
struct SectionJson<'a> {
    title: &'a str,
    level: u8,
    start: usize,
    end: usize,
}

/// The actors' JSON, written as it is serialized: a huge text's mentions are never held
/// twice, once in the model and once as JSON structs.
struct ActorsJson<'a> {
    doc: &'a Document,
    order: Vec<usize>,
}

impl Serialize for ActorsJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let doc = self.doc;
        let actors =
            Seq(std::cell::Cell::new(Some(self.order.iter().map(|&i| {
                ActorJson {
                    id: &doc.actors[i].id,
                    name: &doc.actors[i].name,
                    kind: doc.actors[i].kind.as_str(),
                    aliases: &doc.actors[i].aliases,
                    parent: doc.actors[i]
                        .parent
                        .and_then(|p| doc.actors.get(p as usize))
                        .map(|p| p.id.as_str()),
                    count: doc.mention_count(i),
                    mentions: Seq(std::cell::Cell::new(Some(doc.mentions_of(i).iter().map(
                        |&m| {
                            let m = &doc.mentions[m];
                            MentionJson {
                                start: m.range.start,
                                end: m.range.end,
                                text: doc.slice(&m.range),
                                section: m.section,
                                rule: m.rule.as_str(),
                            }
                        },
                    )))),
                }
            }))));
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry("actors", &actors)?;
        map.end()
    }
}

/// A sequence serialized straight from an iterator, once.
struct Seq<I>(std::cell::Cell<Option<I>>);

impl<I> Serialize for Seq<I>
where
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.take().into_iter().flatten())
    }
}

#[derive(Serialize)]
struct ActorJson<'a, M: Serialize> {
    id: &'a str,
    name: &'a str,
    kind: &'static str,
    aliases: &'a [String],
    /// The id of the body this actor is an organ of; absent when it is none's.
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<&'a str>,
    count: usize,
    mentions: M,
}

#[derive(Serialize)]
struct MentionJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    section: u32,
    rule: &'static str,
}

/// `lector sections`.
pub fn print_sections(doc: &Document, json: bool, out: &mut dyn Write) -> std::io::Result<()> {
    if json {
        let sections = doc
            .sections
            .iter()
            .map(|s| SectionJson {
                title: s.title(&doc.text),
                level: s.level,
                start: s.range.start,
                end: s.range.end,
            })
            .collect();
        serde_json::to_writer(&mut *out, &SectionsJson { title: &doc.title, sections })?;
        return writeln!(out);
    }
    for s in &doc.sections {
        let indent = "  ".repeat(usize::from(s.level.saturating_sub(1)));
        let title = match s.title(&doc.text) {
            "" => "(opening)",
            title => title,
        };
        writeln!(out, "{indent}{title}\t{}..{}", s.range.start, s.range.end)?;
    }
    Ok(())
}

/// `lector actors`.
pub fn print_actors(doc: &Document, json: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let order = doc.actors_by_count();
    if json {
        serde_json::to_writer(&mut *out, &ActorsJson { doc, order })?;
        return writeln!(out);
    }
    for i in order {
        let a = &doc.actors[i];
        let aliases = if a.aliases.is_empty() {
            String::new()
        } else {
            format!("  ({})", a.aliases.join(", "))
        };
        writeln!(out, "{:>5}  {:<26} {}{aliases}", doc.mention_count(i), a.kind.label(), a.name)?;
    }
    Ok(())
}

/// `lector text`.
pub fn print_text(doc: &Document, out: &mut dyn Write) -> std::io::Result<()> {
    out.write_all(doc.text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::{Detection, Pipeline};
    use crate::model::Block;

    /// A detector that must never be built.
    fn never() -> Pipeline {
        panic!("this subcommand must not run actor detection")
    }

    fn run(command: Command, detector: impl FnOnce() -> Pipeline) -> (String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        run_command(command, detector, &mut out, &mut err).expect("runs");
        (String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
    }

    #[test]
    fn sections_and_text_never_run_detection() {
        let (sections, _) = run(Command::Sections { file: None, json: true }, never);
        assert!(sections.contains("\"sections\":[{"), "{sections}");
        let (text, _) = run(Command::Text { file: None, actors: vec![] }, never);
        assert!(text.contains("Pakistan"));
        let (actors, _) = run(Command::Actors { file: None, json: false }, Pipeline::default);
        assert!(actors.contains("Pakistan"));
    }

    struct Limited;
    impl Detector for Limited {
        fn detect(&self, _: &str, _: &[Block]) -> Detection {
            Detection { limits: vec!["2 blocks skipped".into()], ..Detection::default() }
        }
    }

    #[test]
    fn detection_limits_join_the_warnings_the_reader_shows() {
        let mut doc = ingest::parse(ingest::bundled()).expect("parses");
        let found = Limited.detect(&doc.text, &doc.blocks);
        actors::store(&mut doc, found);
        assert_eq!(doc.warnings.last().map(String::as_str), Some("2 blocks skipped"));
    }

    #[test]
    fn a_capitalised_run_too_long_for_a_name_is_reported() {
        let text = crate::shapes::Shape::CapitalisedRun.generate(2_000);
        let source = Source {
            name: "run.txt".into(),
            bytes: text.into_bytes(),
            format: ingest::Format::Text,
        };
        let doc = ingest::parse(source).expect("parses");
        let found = Pipeline::default().detect(&doc.text, &doc.blocks);
        assert!(found.actors.is_empty());
        assert_eq!(found.limits.len(), 1, "{:?}", found.limits);
        assert!(found.limits[0].contains("too long to be names"));
    }

    #[test]
    fn detection_limits_are_reported_on_stderr() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let command = Command::Actors { file: None, json: true };
        run_command(command, || Limited, &mut out, &mut err).expect("runs");
        assert_eq!(String::from_utf8_lossy(&err), "lector: 2 blocks skipped\n");
    }
}
