//! The only code that touches the real terminal: setup and restore, and the loop that sleeps on
//! the one channel of input, signals and job results (see [`crate::jobs`]), hands every message
//! to `update` and performs the effects it returns.
//!
//! Restoring is idempotent and runs from every exit path: normal quit, an error, a panic (the
//! hook restores first, then chains to the previous hook so the report prints on a clean
//! screen), and SIGTERM / SIGHUP / SIGINT (events on the channel).

use crate::app::{self, Action, Background, Effect, State};
use crate::jobs::{self, Event, JobSender, Jobs};
use crate::ui::{self, Theme};
use crossterm::event::{self, KeyEventKind, MouseButton, MouseEventKind};
use crossterm::{cursor, execute, terminal};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use std::io::{self, Stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Once};
use std::time::Duration;

/// How much of a file's end is read when the reader asks for the end while the file loads.
const TAIL_BYTES: usize = 64 << 10;
/// How much text around a match a search of a loading file shows.
const WINDOW_BYTES: usize = 64 << 10;

static RAW: AtomicBool = AtomicBool::new(false);
static MOUSE: AtomicBool = AtomicBool::new(false);
static KEYS_ENHANCED: AtomicBool = AtomicBool::new(false);
/// How often the reading position is saved while reading (when it moved).
const SAVE_EVERY: Duration = Duration::from_secs(5);
static HOOK: Once = Once::new();

/// Puts the terminal back as it was. Safe to call any number of times, from any path.
pub fn restore() {
    if RAW.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        if MOUSE.swap(false, Ordering::SeqCst) {
            let _ = execute!(out, event::DisableMouseCapture);
        }
        if KEYS_ENHANCED.swap(false, Ordering::SeqCst) {
            let _ = execute!(out, event::PopKeyboardEnhancementFlags);
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
    jobs::catch_panic("analysis", work)
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

/// The reader's one channel: the sender jobs report on, and what the loop sleeps on.
pub fn channel() -> (JobSender, Receiver<Event>) {
    jobs::channel()
}

/// Reads and analyses a file again (for `R`, and when the file changes), detecting its actors
/// with the user's corrections as they stand: the document and the identity of its bytes, or
/// why not.
pub type Reloader = Arc<
    dyn Fn(
            &std::path::Path,
            &crate::actors::UserActors,
        ) -> Result<(crate::model::Document, crate::state::DocId), String>
        + Send
        + Sync,
>;

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
    // Keys told apart (ctrl-i from Tab) where the terminal speaks the keyboard enhancement
    // protocol; a terminal that does not ignores the request, so it is not asked first (the
    // question would wait for an answer such a terminal never gives).
    if execute!(
        out,
        event::PushKeyboardEnhancementFlags(
            event::KeyboardEnhancementFlags::DISAMBIGUATE_ESCAPE_CODES
        )
    )
    .is_ok()
    {
        KEYS_ENHANCED.store(true, Ordering::SeqCst);
    }
    set_mouse(&mut out, mouse)
}

/// Runs the reader until the user quits or a signal arrives; always restores the terminal.
/// `after_first_frame` runs once the first screen is on the terminal: slow work started there
/// does not compete with the first frame for the processor.
pub fn run(
    mut state: State,
    inbox: Receiver<Event>,
    sender: JobSender,
    mouse: bool,
    reloader: Option<Reloader>,
    after_first_frame: impl FnOnce(),
) -> io::Result<Exit> {
    install_panic_hook();
    jobs::spawn_signals(&sender)?;
    let result = (|| {
        enter(mouse)?;
        let out = io::stdout();
        // Open the event source before the first frame: it installs the resize handler, and a
        // resize that lands before it would otherwise go unnoticed.
        event::poll(Duration::ZERO)?;
        jobs::spawn_input(&sender);
        jobs::spawn_ticker(&sender, SAVE_EVERY);
        let terminal = Terminal::new(CrosstermBackend::new(out))?;
        let size = terminal.size()?;
        app::update(&mut state, Action::Resize(size.width, size.height));
        let mut shell = Shell { terminal, sender, jobs: Jobs::default(), reloader, saving: None };
        let exit = shell.event_loop(&mut state, &inbox, after_first_frame);
        // Whatever ended the reader (a key, a signal, a failure), the position is kept.
        shell.save_now(&mut state);
        exit
    })();
    restore();
    result
}

/// What the loop owns besides the state: the terminal, and the jobs it has started.
struct Shell {
    terminal: Terminal<CrosstermBackend<Stdout>>,
    sender: JobSender,
    jobs: Jobs,
    reloader: Option<Reloader>,
    /// The last save started on a thread: the final save waits for it, so an older position
    /// can never be written after the newer one.
    saving: Option<std::thread::JoinHandle<()>>,
}

impl Shell {
    fn event_loop(
        &mut self,
        state: &mut State,
        inbox: &Receiver<Event>,
        after_first_frame: impl FnOnce(),
    ) -> io::Result<Exit> {
        let theme = Theme::choose(state.prefs.theme.name_of_theme());
        let mut after_first_frame = Some(after_first_frame);
        // Test hook: lets the end-to-end tests prove a panic restores the terminal.
        let panic_for_test = std::env::var_os("LECTOR_PANIC_FOR_TEST").is_some();
        let mut dirty = true;
        loop {
            if dirty {
                self.draw(state, theme)?;
                dirty = false;
                if let Some(start) = after_first_frame.take() {
                    start();
                }
                if panic_for_test {
                    panic!("panic requested by LECTOR_PANIC_FOR_TEST");
                }
            }
            // Sleep until something arrives, then take everything already queued before
            // drawing again: a resize storm or a held key costs one frame, not one per event.
            let Ok(first) = inbox.recv() else { return Ok(Exit::Quit) };
            let mut resized = false;
            for event in std::iter::once(first).chain(inbox.try_iter()) {
                resized |= matches!(event, Event::Input(event::Event::Resize(..)));
                let msg: app::Msg = match event {
                    Event::Input(ev) => match action_for_event(ev, state) {
                        Some(action) => action.into(),
                        None => continue,
                    },
                    Event::Job(Background::Tick) => {
                        // A tick changes nothing on screen: save if the position moved, and
                        // do not draw.
                        for effect in app::update(state, Background::Tick) {
                            self.perform(effect, state)?;
                        }
                        continue;
                    }
                    Event::Job(news) => news.into(),
                    Event::InputFailed(e) => return Err(e),
                    Event::Ended(sig) => return Ok(Exit::Signal(sig)),
                    Event::Stop => {
                        self.save_now(state);
                        self.suspend(state)?;
                        dirty = true;
                        continue;
                    }
                };
                for effect in app::update(state, msg) {
                    if let Some(exit) = self.perform(effect, state)? {
                        return Ok(exit);
                    }
                }
                dirty = true;
            }
            if resized {
                // During a storm the terminal may have passed through other sizes and back
                // since the last frame, reflowing what is on it.
                self.redraw_everything(state)?;
                dirty = true;
            }
        }
    }

    fn draw(&mut self, state: &mut State, theme: Theme) -> io::Result<()> {
        self.terminal.draw(|frame| {
            // The frame has the size the terminal has now; a resize event may still be on its
            // way. The layout must fit this frame, so it follows the frame's size.
            let area = frame.area();
            if area != state.size {
                app::update(state, Action::Resize(area.width, area.height));
            }
            ui::draw(state, theme, area, frame.buffer_mut());
        })?;
        Ok(())
    }

    /// Hands the terminal back to the shell and stops the process (as Ctrl-Z does for a
    /// program in cooked mode); when the shell continues it, takes the terminal again for a
    /// full redraw.
    fn suspend(&mut self, state: &mut State) -> io::Result<()> {
        restore();
        signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
        enter(state.mouse)?;
        self.redraw_everything(state)
    }

    /// Makes the next frame a full one at the size the terminal has now: what is on the
    /// terminal may have changed behind our back (a resize storm, a shell while suspended).
    /// `resize` clears without asking the terminal where its cursor is.
    fn redraw_everything(&mut self, state: &mut State) -> io::Result<()> {
        let size = self.terminal.size()?;
        app::update(state, Action::Resize(size.width, size.height));
        self.terminal.resize(Rect::new(0, 0, size.width, size.height))
    }

    /// Saves the reading position and marks now, on this thread: the reader is about to end
    /// or stop.
    fn save_now(&mut self, state: &mut State) {
        if let Some(running) = self.saving.take() {
            let _ = running.join();
        }
        // Edits whose rebuild is still in flight are recorded: the file gets them now.
        if let Some((path, user)) = state.curation.unwritten() {
            let _ = crate::reading::write_actor_file(&path, &user);
        }
        for effect in app::update(state, Background::Tick) {
            if let Effect::Save(store, id, saved) = effect {
                let _ = store.save(&id, &saved);
            }
        }
    }

    /// Does what `update` asked; `Some` when the reader should end.
    fn perform(&mut self, effect: Effect, state: &mut State) -> io::Result<Option<Exit>> {
        match effect {
            Effect::Quit => return Ok(Some(Exit::Quit)),
            Effect::Suspend => {
                self.save_now(state);
                self.suspend(state)?
            }
            Effect::Reload { path, actors } => {
                let (sender, reloader) = (self.sender.clone(), self.reloader.clone());
                std::thread::spawn(move || {
                    let done = jobs::catch_panic("reloading", || match reloader {
                        Some(reload) => reload(&path, &actors),
                        None => Err("this document cannot be reloaded".into()),
                    });
                    sender.send(match done {
                        Ok(Ok((doc, id))) => Background::Reloaded(Box::new(doc), Some(id)),
                        Ok(Err(why)) | Err(why) => Background::ReloadFailed(why),
                    });
                });
            }
            Effect::Save(store, id, saved) => {
                // A small file, but written with a flush to disk: off the loop's thread. A
                // failure costs only this save; the next one tries again.
                if let Some(running) = self.saving.take() {
                    let _ = running.join();
                }
                self.saving = Some(std::thread::spawn(move || {
                    let _ = store.save(&id, &saved);
                }));
            }
            Effect::SetMouse(on) => set_mouse(&mut io::stdout(), on)?,
            Effect::CountMatches(search) => {
                self.jobs.count(search, Arc::clone(&state.doc), self.sender.clone())
            }
            Effect::CancelCount => self.jobs.cancel_count(),
            Effect::SearchFile(path, search, from) => {
                let sender = self.sender.clone();
                std::thread::spawn(move || {
                    let found = jobs::catch_panic("searching the file", || {
                        search_file(&path, &search, from)
                    });
                    let generation = search.generation;
                    match found {
                        Ok(Some((doc, start))) => {
                            let doc = Box::new(doc);
                            sender.send(Background::Window { doc, start, generation })
                        }
                        Ok(None) => true,
                        Err(why) => sender.send(Background::Failed(why)),
                    };
                });
            }
            Effect::WriteActors(path, user) => {
                // Written here: a small file, and the next frame should say if it failed.
                if let Err(e) = crate::reading::write_actor_file(&path, &user) {
                    let why = format!("could not write {}: {e}", path.display());
                    self.sender.send(Background::ActorFileFailed(why));
                }
            }
            Effect::Curate { generation, curator, doc } => {
                self.jobs.curate(generation, curator, doc, self.sender.clone())
            }
            Effect::BuildParagraphs(doc) => {
                let sender = self.sender.clone();
                std::thread::spawn(move || {
                    let built = jobs::catch_panic("indexing the paragraphs", || {
                        crate::reading::ParagraphIndex::build(&doc)
                    });
                    match built {
                        Ok(p) => sender.send(Background::ParagraphsBuilt(doc, Arc::new(p))),
                        Err(why) => sender.send(Background::Failed(why)),
                    };
                });
            }
            Effect::BuildReading(doc, paragraphs) => {
                let sender = self.sender.clone();
                std::thread::spawn(move || {
                    let built = jobs::catch_panic("counting the actors per section", || {
                        crate::reading::Reading::with_index(&doc, paragraphs)
                    });
                    match built {
                        Ok(r) => sender.send(Background::ReadingBuilt(doc, Arc::new(r))),
                        Err(why) => sender.send(Background::Failed(why)),
                    };
                });
            }
            Effect::WriteBrief(doc, path) => {
                let sender = self.sender.clone();
                std::thread::spawn(move || {
                    let written = jobs::catch_panic("writing the brief", || {
                        crate::briefing::write_brief(&doc, &path)
                    });
                    sender.send(Background::BriefWritten(written.and_then(|r| r)));
                });
            }
            Effect::ReadTail(path) => {
                // Read here, not on a thread: a few kilobytes take a millisecond, and the news
                // is then drawn with the key that asked for it. A failure costs nothing: the
                // whole document arrives a little later.
                let tail = crate::ingest::read_tail(&path, TAIL_BYTES)
                    .ok()
                    .flatten()
                    .and_then(|source| crate::ingest::parse(source).ok());
                if let Some(doc) = tail {
                    self.sender.send(Background::Tail(Box::new(doc)));
                }
            }
        }
        Ok(None)
    }
}

fn action_for_event(ev: event::Event, state: &State) -> Option<Action> {
    match ev {
        event::Event::Key(key) if key.kind != KeyEventKind::Release => {
            if state.memory.pending.is_some() {
                return Some(app::memory::pending_action(key));
            }
            state.keymap.action_for(key, state.layer())
        }
        event::Event::Resize(w, h) => Some(Action::Resize(w, h)),
        event::Event::Mouse(m) => match m.kind {
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
