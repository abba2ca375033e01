//! lector's entry point: parse the command line, load, then print or open the reader.
//! Bad input is reported in one line, with exit status 2, before the terminal is touched.

use clap::Parser;
use lector::actors::{Pipeline, UserActors};
use lector::app::{Ack, Background, Partial, State};
use lector::cli::{self, Cli, Command};
use lector::config::{Config, ConfigError};
use lector::ingest::{self, IngestError};
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
    let (sender, news) = term::channel();
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
            let doc = analyse(cli::read_source(file)?, &Pipeline::new(user))?;
            (State::new(doc, Rect::default()), None)
        }
    };
    configure(&mut state, config);
    // The brief key writes beside the file; the bundled article and standard input have none.
    state.panels.source = file.filter(|p| p.as_os_str() != "-").map(Path::to_path_buf);
    let mouse = mouse || config.mouse.value;
    state.mouse = mouse;
    let start_analysis = move || {
        if let Some((path, user, sender)) = analysis {
            spawn_analysis(path, user, sender);
        }
    };
    match term::run(state, news, sender, mouse, start_analysis)? {
        term::Exit::Quit => Ok(ExitCode::SUCCESS),
        term::Exit::Signal(sig) => Ok(ExitCode::from((128 + sig).clamp(0, 255) as u8)),
    }
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
            let _ = sender.send(Background::Progress(20));
            let doc = std::sync::Arc::new(ingest::parse(source)?);
            let (ack, taken) = std::sync::mpsc::channel::<()>();
            let ack = Ack(Some(ack));
            let _ = sender.send(Background::Ingested(std::sync::Arc::clone(&doc), ack));
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
