//! The only code that touches the real terminal: setup and restore, the event loop, signals,
//! and the threads that finish slow work while the reader is already on screen.
//!
//! Restoring is idempotent and runs from every exit path: normal quit, an error, a panic (the
//! hook restores first, then chains to the previous hook so the report prints on a clean
//! screen), and SIGTERM / SIGHUP / SIGINT (flags polled by the loop).

use crate::app::{self, Action, Background, Effect, State};
use crate::ui::{self, Theme};
use crossterm::event::{self, Event, KeyEventKind, MouseButton, MouseEventKind};
use crossterm::{cursor, execute, terminal};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use std::io::{self, Stdout};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Once};
use std::time::Duration;

/// How much of a file's end is read when the reader asks for the end while the file loads.
const TAIL_BYTES: usize = 64 << 10;
/// How much text around a match a search of a loading file shows.
const WINDOW_BYTES: usize = 64 << 10;
/// How long the loop waits for input before looking at signals and background news.
const TICK: Duration = Duration::from_millis(40);
const LOADING_TICK: Duration = Duration::from_millis(5);

static RAW: AtomicBool = AtomicBool::new(false);
static MOUSE: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();

/// Puts the terminal back as it was. Safe to call any number of times, from any path.
pub fn restore() {
    if RAW.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        if MOUSE.swap(false, Ordering::SeqCst) {
            let _ = execute!(out, event::DisableMouseCapture);
        }
        let _ = execute!(out, terminal::LeaveAlternateScreen, cursor::Show);
        let _ = terminal::disable_raw_mode();
    }
}

/// Installs a panic hook that restores the terminal, then runs the previous hook. A panic on
/// a background thread leaves the screen alone: that thread reports it as a message instead
/// (see [`catch_background_panic`]), and the reader goes on with what it has.
fn install_panic_hook() {
    let ui = std::thread::current().id();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().id() == ui || !RAW.load(Ordering::SeqCst) {
                restore();
                previous(info);
            }
        }));
    });
}

/// Runs background work, turning a panic into an error message for the status bar.
pub fn catch_background_panic<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|e| {
        let what = e
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| e.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown error".into());
        format!("analysis failed: {what}")
    })
}

fn set_mouse(out: &mut Stdout, on: bool) -> io::Result<()> {
    if MOUSE.swap(on, Ordering::SeqCst) != on {
        if on {
            execute!(out, event::EnableMouseCapture)?;
        } else {
            execute!(out, event::DisableMouseCapture)?;
        }
    }
    Ok(())
}

/// A channel for background news, and the sender workers use.
pub fn channel() -> (Sender<Background>, Receiver<Background>) {
    mpsc::channel()
}

/// Signals that end or suspend the reader, registered as flags the loop polls.
struct Signals {
    caught: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl Signals {
    fn register() -> io::Result<Signals> {
        let caught = Arc::new(AtomicUsize::new(0));
        for sig in
            [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT]
        {
            signal_hook::flag::register_usize(sig, Arc::clone(&caught), sig as usize)?;
        }
        let stop = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(signal_hook::consts::SIGTSTP, Arc::clone(&stop))?;
        Ok(Signals { caught, stop })
    }

    /// A stop request from outside (SIGTSTP), taken once.
    fn stop_requested(&self) -> bool {
        self.stop.swap(false, Ordering::SeqCst)
    }

    fn caught(&self) -> Option<i32> {
        match self.caught.load(Ordering::SeqCst) {
            0 => None,
            sig => Some(sig as i32),
        }
    }
}

/// How the reader ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Quit,
    /// Ended by a signal; the process should exit with 128 + the signal number.
    Signal(i32),
}

/// Takes the terminal: raw mode, the alternate screen, no cursor, mouse capture if asked.
fn enter(mouse: bool) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    RAW.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    execute!(out, terminal::EnterAlternateScreen, cursor::Hide)?;
    set_mouse(&mut out, mouse)
}

/// Hands the terminal back to the shell and stops the process (as Ctrl-Z does for a program
/// in cooked mode); when the shell continues it, takes the terminal again for a full redraw.
fn suspend(terminal: &mut Terminal<CrosstermBackend<Stdout>>, state: &mut State) -> io::Result<()> {
    restore();
    signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
    enter(state.mouse)?;
    redraw_everything(terminal, state)
}

/// Makes the next frame a full one at the size the terminal has now: what is on the terminal
/// may have changed behind our back (a resize storm, a shell while suspended). `resize` clears
/// without asking the terminal where its cursor is.
fn redraw_everything(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    state: &mut State,
) -> io::Result<()> {
    let size = terminal.size()?;
    app::update(state, Action::Resize(size.width, size.height));
    terminal.resize(Rect::new(0, 0, size.width, size.height))
}

/// Runs the reader until the user quits or a signal arrives; always restores the terminal.
/// `after_first_frame` runs once the first screen is on the terminal: slow work started there
/// does not compete with the first frame for the processor.
pub fn run(
    mut state: State,
    news: Receiver<Background>,
    sender: Sender<Background>,
    mouse: bool,
    after_first_frame: impl FnOnce(),
) -> io::Result<Exit> {
    install_panic_hook();
    let signals = Signals::register()?;
    let result = (|| {
        enter(mouse)?;
        let out = io::stdout();
        // Open the event source before the first frame: it installs the resize handler, and a
        // resize that lands before it would otherwise go unnoticed.
        event::poll(Duration::ZERO)?;
        let mut terminal = Terminal::new(CrosstermBackend::new(out))?;
        let size = terminal.size()?;
        app::update(&mut state, Action::Resize(size.width, size.height));
        event_loop(&mut terminal, &mut state, &news, &sender, &signals, after_first_frame)
    })();
    restore();
    result
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    state: &mut State,
    news: &Receiver<Background>,
    sender: &Sender<Background>,
    signals: &Signals,
    after_first_frame: impl FnOnce(),
) -> io::Result<Exit> {
    let theme = match state.prefs.theme {
        crate::config::ThemeChoice::Mono => Theme { colour: false },
        _ => Theme::from_env(),
    };
    let mut after_first_frame = Some(after_first_frame);
    // Test hook: lets the end-to-end tests prove a panic restores the terminal.
    let panic_for_test = std::env::var_os("LECTOR_PANIC_FOR_TEST").is_some();
    let mut dirty = true;
    loop {
        if let Some(sig) = signals.caught() {
            return Ok(Exit::Signal(sig));
        }
        if signals.stop_requested() {
            suspend(terminal, state)?;
            dirty = true;
        }
        while let Ok(item) = news.try_recv() {
            for effect in app::update(state, item) {
                if let Some(exit) = perform(effect, terminal, state, sender)? {
                    return Ok(exit);
                }
            }
            dirty = true;
        }
        if dirty {
            terminal.draw(|frame| {
                // The frame has the size the terminal has now; a resize event may still be on
                // its way. The layout must fit this frame, so it follows the frame's size.
                let area = frame.area();
                if area != state.size {
                    app::update(state, Action::Resize(area.width, area.height));
                }
                ui::draw(state, theme, area, frame.buffer_mut());
            })?;
            dirty = false;
            if let Some(start) = after_first_frame.take() {
                start();
            }
            if panic_for_test {
                panic!("panic requested by LECTOR_PANIC_FOR_TEST");
            }
        }
        // While a file loads, its news is looked at more often.
        let tick = if state.progress.is_some() { LOADING_TICK } else { TICK };
        if !event::poll(tick)? {
            continue;
        }
        // Take everything already queued before drawing again: a resize storm or a held key
        // costs one frame, not one per event.
        let mut resized = false;
        loop {
            let ev = event::read()?;
            resized |= matches!(ev, Event::Resize(..));
            if let Some(action) = action_for_event(ev, state) {
                for effect in app::update(state, action) {
                    if let Some(exit) = perform(effect, terminal, state, sender)? {
                        return Ok(exit);
                    }
                }
                dirty = true;
            }
            if let Some(sig) = signals.caught() {
                return Ok(Exit::Signal(sig));
            }
            if !event::poll(Duration::ZERO)? {
                break;
            }
        }
        if resized {
            // During a storm the terminal may have passed through other sizes and back since
            // the last frame, reflowing what is on it.
            redraw_everything(terminal, state)?;
        }
    }
}

fn action_for_event(ev: Event, state: &State) -> Option<Action> {
    match ev {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            state.keymap.action_for(key, state.layer())
        }
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => {
                Some(Action::Wheel { column: m.column, row: m.row, down: true })
            }
            MouseEventKind::ScrollUp => {
                Some(Action::Wheel { column: m.column, row: m.row, down: false })
            }
            MouseEventKind::Down(MouseButton::Left) => {
                Some(Action::Click { column: m.column, row: m.row })
            }
            _ => None,
        },
        _ => None,
    }
}

/// Does what `update` asked; `Some` when the reader should end.
fn perform(
    effect: Effect,
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    state: &mut State,
    sender: &Sender<Background>,
) -> io::Result<Option<Exit>> {
    match effect {
        Effect::Quit => return Ok(Some(Exit::Quit)),
        Effect::Suspend => suspend(terminal, state)?,
        Effect::SetMouse(on) => set_mouse(&mut io::stdout(), on)?,
        work => spawn_effect(work, state, sender.clone()),
    }
    Ok(None)
}

fn spawn_effect(effect: Effect, state: &State, sender: Sender<Background>) {
    match effect {
        Effect::Quit | Effect::Suspend | Effect::SetMouse(_) => {}
        Effect::CountMatches(search) => {
            let doc = Arc::clone(&state.doc);
            std::thread::spawn(move || {
                let starts = search.count_all(&doc.text);
                let _ = sender
                    .send(Background::SearchCounted { generation: search.generation, starts });
            });
        }
        Effect::SearchFile(path, search, from) => {
            std::thread::spawn(move || {
                if let Some((doc, start)) = search_file(&path, &search, from) {
                    let generation = search.generation;
                    let _ =
                        sender.send(Background::Window { doc: Box::new(doc), start, generation });
                }
            });
        }
        Effect::ReadTail(path) => {
            // Read here, not on a thread: a few kilobytes take a millisecond, and the news is
            // then drawn with the key that asked for it. A failure costs nothing: the whole
            // document arrives a little later.
            let tail = crate::ingest::read_tail(&path, TAIL_BYTES)
                .ok()
                .flatten()
                .and_then(|source| crate::ingest::parse(source).ok());
            if let Some(doc) = tail {
                let _ = sender.send(Background::Tail(Box::new(doc)));
            }
        }
    }
}

/// Searches a file being loaded from a byte offset, as a pager does, without waiting for the
/// whole document: the lines around the first match become a document of their own. `None`
/// when there is no match, or the file is not plain UTF-8 (then the whole document, soon in,
/// is searched instead).
fn search_file(
    path: &std::path::Path,
    search: &app::Search,
    from: usize,
) -> Option<(crate::model::Document, usize)> {
    let bytes = std::fs::read(path).ok()?;
    let text = std::str::from_utf8(&bytes).ok()?;
    let found = search.next_from(text, from).filter(|m| m.start >= from)?;
    // Whole lines around the match.
    let around = WINDOW_BYTES / 2;
    let lo = app::floor_boundary(text, found.start.saturating_sub(around));
    let back = app::floor_boundary(text, lo.saturating_sub(4096));
    let start = text[back..lo].rfind('\n').map_or(lo, |nl| back + nl + 1);
    let hi = app::floor_boundary(text, (found.end + around).min(text.len()));
    let ahead = app::floor_boundary(text, (hi + 4096).min(text.len()));
    let end = text[hi..ahead].find('\n').map_or(ahead, |nl| hi + nl + 1);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let format = crate::ingest::Format::from_name(&name);
    let bytes = text.as_bytes()[start..end].to_vec();
    let doc = crate::ingest::parse(crate::ingest::Source { name, bytes, format }).ok()?;
    Some((doc, start))
}
