//! lector's entry point: parse the command line, load, then print or open the reader.
//! Bad input is reported in one line, with exit status 2, before the terminal is touched.

use clap::Parser;
use lector::actors::{Pipeline, UserActors};
use lector::app::memory::Remembered;
use lector::app::{Ack, Background, Partial, State};
use lector::cli::{self, Cli, Command};
use lector::config::{Config, ConfigError};
use lector::ingest::{self, IngestError};
use lector::state::{DocId, Resume, Store};
use lector::{analyse, term};
use ratatui::layout::Rect;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Files larger than this open on a preview of their start while the rest is analysed.
const PREVIEW_THRESHOLD: u64 = 4 << 20;
/// How much of a large file the preview reads.
const PREVIEW_BYTES: usize = 256 << 10;

#[derive(Debug, thiserror::Error)]
enum Failure {
    #[error(transparent)]
    Input(#[from] IngestError),
    #[error("{0}")]
    Actors(String),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("{0}")]
    Io(#[from] io::Error),
}

impl From<cli::CommandError> for Failure {
    fn from(e: cli::CommandError) -> Failure {
        match e {
            cli::CommandError::Input(e) => Failure::Input(e),
            cli::CommandError::Io(e) => Failure::Io(e),
            e @ cli::CommandError::UnknownActor(_) => Failure::Actors(e.to_string()),
        }
    }
}

impl Failure {
    fn code(&self) -> u8 {
        match self {
            Failure::Input(_) | Failure::Actors(_) | Failure::Config(_) => 2,
            Failure::Io(_) => 1,
        }
    }
}

fn main() -> ExitCode {
    return_freed_memory();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lector: {}", printable(&e.to_string()));
            ExitCode::from(e.code())
        }
    }
}

/// Reading a document allocates and frees buffers as large as the file (the bytes read, the
/// rendered text, the blocks). After each such free the C library's allocator raises the size
/// it serves from fresh mappings to that buffer's size, and keeps up to twice that freed in
/// its heap instead of returning it: on 10 MB of short headings, 8 MB of the peak resident
/// memory was memory no longer in use. A fixed threshold stops the raising.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_freed_memory() {
    // SAFETY: `mallopt` only sets an allocator parameter, and runs before any other thread.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_freed_memory() {}

/// An error line safe to print on a terminal: a file name may hold escape sequences, C1
/// controls or bidi overrides, which are shown escaped (`\u{1b}`) instead of obeyed.
fn printable(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if c.is_control() || lector::ingest::is_bidi_control(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    let config = Config::load()?;
    let user = lector::actors::user_actors_for(cli.actors.actor_file.as_deref())
        .map_err(Failure::Actors)?;
    let pipeline = || Pipeline::new(user.clone());
    let mut out = io::stdout().lock();
    match cli.command {
        Some(Command::Keys { markdown }) => cli::print_keys(&config.keymap, markdown, &mut out)?,
        Some(Command::Config) => write!(out, "{}", config.describe())?,
        Some(command) => cli::run_command(command, pipeline, &mut out, &mut io::stderr())?,
        None if !io::stdout().is_terminal() => {
            // `lector FILE | cat`: a pipe gets the text, not a user interface.
            let doc = ingest::parse(cli::read_source(cli.file.as_deref())?)?;
            cli::print_text(&doc, &mut out)?;
        }
        None => {
            drop(out);
            return read(cli.file.as_deref(), user, cli.mouse, &config);
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Opens the reader. A large file shows its first screen from a preview at once and is
/// analysed on a thread; everything else is loaded before the terminal is touched, so its
/// errors print as one line.
fn read(
    file: Option<&Path>,
    user: UserActors,
    mouse: bool,
    config: &Config,
) -> Result<ExitCode, Failure> {
    let curation = curation_for(&user);
    let (sender, news) = term::channel();
    let reloader = reloader();
    // Test hook: the end-to-end tests lower the threshold to exercise loading on a file of a
    // few megabytes (read once, here).
    let threshold = std::env::var("LECTOR_PREVIEW_THRESHOLD")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(PREVIEW_THRESHOLD);
    let preview_bytes = PREVIEW_BYTES.min(usize::try_from(threshold / 4).unwrap_or(usize::MAX));
    let big = file.filter(|p| p.as_os_str() != "-").and_then(|p| {
        let len = std::fs::metadata(p).ok().filter(|m| m.is_file())?.len();
        (len > threshold).then(|| p.to_path_buf())
    });
    let (mut state, analysis) = match big {
        Some(path) => {
            let preview = ingest::parse(ingest::read_head(&path, preview_bytes)?)?;
            let mut state = State::new(preview, Rect::default());
            state.progress = Some(0);
            state.partial = Some(Partial::Head);
            state.loading_path = Some(path.clone());
            (state, Some((path, user, sender.clone())))
        }
        None => {
            let source = cli::read_source(file)?;
            let id = DocId::of(&source.bytes);
            let doc = analyse(source, &Pipeline::new(user))?;
            let mut state = State::new(doc, Rect::default());
            configure(&mut state, config);
            resume(&mut state, file, id);
            (state, None)
        }
    };
    if state.memory.store.is_none() {
        configure(&mut state, config);
    }
    let path = file.filter(|p| p.as_os_str() != "-");
    state.follow.path = path.map(Path::to_path_buf);
    // Kept for as long as the reader runs: dropping it stops the watching.
    let _watcher = path.and_then(|p| lector::jobs::watch_file(p, &sender));
    state.curation = curation;
    // The brief key writes beside the file; the bundled article and standard input have none.
    state.panels.source = path.map(Path::to_path_buf);
    let mouse = mouse || config.mouse.value;
    state.mouse = mouse;
    let start_analysis = move || {
        if let Some((path, user, sender)) = analysis {
            spawn_analysis(path, user, sender);
        }
    };
    match term::run(state, news, sender, mouse, Some(reloader), start_analysis)? {
        term::Exit::Quit => Ok(ExitCode::SUCCESS),
        term::Exit::Signal(sig) => Ok(ExitCode::from((128 + sig).clamp(0, 255) as u8)),
    }
}

/// How the reader reads its file again: the whole file, analysed as at the start with the
/// corrections the reader asks for (the edits made in it included), and the path's new hash
/// recorded so the next start finds this state.
fn reloader() -> term::Reloader {
    std::sync::Arc::new(move |path: &Path, user: &UserActors| {
        let source = ingest::read_file(path).map_err(|e| e.to_string())?;
        let id = DocId::of(&source.bytes);
        let doc = analyse(source, &Pipeline::new(user.clone())).map_err(|e| e.to_string())?;
        if let Some(store) = Store::platform() {
            let _ = store.remember_path(path, &id);
        }
        Ok((doc, id))
    })
}

/// Opens a document where it was left (see `lector::state`), with its marks; a saved state
/// that cannot be read is one warning in the status bar.
fn resume(state: &mut State, file: Option<&Path>, id: DocId) {
    if let Some(found) = remembered(file, id, &state.doc) {
        if found.message.is_some() {
            state.message = found.message.clone();
        }
        state.restore(found.store, found.id, found.saved, found.at);
    }
}

/// What was saved for a document read from `file` (none: standard input or the bundled
/// article) with identity `id`; `None` where there is no state folder.
fn remembered(file: Option<&Path>, id: DocId, doc: &lector::model::Document) -> Option<Remembered> {
    let store = Store::platform()?;
    let path = file.filter(|p| p.as_os_str() != "-");
    let (at, saved, warning) = lector::state::resume(&store, path, &id, &doc.text, &doc.sections);
    if let Some(p) = path {
        // Best effort: without it, only a changed file loses its place.
        let _ = store.remember_path(p, &id);
    }
    let changed = match at {
        Resume::Section { section, .. } => {
            let title = doc.sections.get(section).map_or("", |s| s.title(&doc.text));
            let title = if title.is_empty() { "(opening)" } else { title };
            Some(format!("the file changed since last time: back at {title}"))
        }
        _ => None,
    };
    let message = warning.or(changed);
    Some(Remembered { store, id, saved, at: at.offset(), message })
}

/// Curation in the reader writes to the actor file in the config directory; detection ran
/// with `user` (that file and any `--actors` file), already read without error.
fn curation_for(user: &UserActors) -> lector::app::curate::Curation {
    let path = lector::actors::config_actor_file();
    let file = path
        .as_deref()
        .filter(|p| p.is_file())
        .and_then(|p| UserActors::load(p).ok())
        .unwrap_or_default();
    lector::app::curate::Curation::new(user.clone(), path, file)
}

/// Starts the reader as the config file asks: its keys, pane widths, places and preferences.
fn configure(state: &mut State, config: &Config) {
    state.keymap = std::sync::Arc::clone(&config.keymap);
    state.prefs = config.prefs();
    state.sides.sections_width = config.sections_width.value;
    state.sides.actors_width = config.actors_width.value;
    if config.places.value {
        state.show_places = true;
        state.rank_actors();
    }
}

/// Reads and analyses the whole file on a thread: the text, blocks and sections go to the
/// reader as soon as they are ready (searching and jumping need nothing more), the actors
/// follow when detection is done.
fn spawn_analysis(path: PathBuf, user: UserActors, sender: lector::jobs::JobSender) {
    std::thread::spawn(move || {
        let result = term::catch_background_panic(|| {
            let pipeline = Pipeline::new(user);
            let source = ingest::read_file(&path)?;
            let id = DocId::of(&source.bytes);
            let _ = sender.send(Background::Progress(20));
            let doc = std::sync::Arc::new(ingest::parse(source)?);
            let (ack, taken) = std::sync::mpsc::channel::<()>();
            let ack = Ack(Some(ack));
            let _ = sender.send(Background::Ingested(std::sync::Arc::clone(&doc), ack));
            if let Some(found) = remembered(Some(&path), id, &doc) {
                let _ = sender.send(Background::Remembered(Box::new(found)));
            }
            // Detection takes both cores: let the reader first finish what it does with the
            // text (a search typed while loading), then start.
            let _ = taken.recv_timeout(std::time::Duration::from_secs(3));
            let _ = sender.send(Background::Progress(40));
            // Detection is the long part: report it from 40% to 100%, once per whole percent.
            let shown = std::cell::Cell::new(40u8);
            let report = |done: f32| {
                let percent = 40 + (done.clamp(0.0, 1.0) * 60.0) as u8;
                if percent > shown.get() {
                    shown.set(percent);
                    let _ = sender.send(Background::Progress(percent));
                }
            };
            let found = pipeline.detect_with_progress(&doc.text, &doc.blocks, &report);
            // Let go of the document before the reader adds the actors to it, so it is not
            // copied.
            drop(doc);
            Ok::<_, IngestError>(found)
        });
        let _ = match result {
            Ok(Ok(found)) => sender.send(Background::Actors(found)),
            Ok(Err(e)) => sender.send(Background::Failed(e.to_string())),
            Err(panicked) => sender.send(Background::Failed(panicked)),
        };
    });
}
