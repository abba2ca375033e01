//! One channel for everything the reader waits on: terminal input (from a thread that blocks
//! on the terminal), signals (from a thread that blocks on them) and the results of background
//! jobs. The loop sleeps on it and wakes only when something arrives. A job runs on its own
//! thread under `catch_unwind`, so a panic becomes a message in the status bar, and it checks a
//! cancel flag, so a newer job of the same kind (a new search's count) stops the older one.

use crate::app::{Background, Search};
use crate::model::Document;
use crate::reading::Curator;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};

/// Something the reader's loop wakes for.
#[derive(Debug)]
pub enum Event {
    /// A key, mouse or resize event from the terminal.
    Input(crossterm::event::Event),
    /// Reading the terminal failed: the reader cannot go on.
    InputFailed(std::io::Error),
    /// The result of a background job.
    Job(Background),
    /// SIGTERM, SIGHUP or SIGINT: end with 128 + the number.
    Ended(i32),
    /// SIGTSTP from outside: hand the terminal back and stop.
    Stop,
}

/// The sending half that jobs report on (cloned into each job's thread).
#[derive(Debug, Clone)]
pub struct JobSender(Sender<Event>);

impl JobSender {
    /// Reports a job's result; false when the reader has gone.
    pub fn send(&self, news: Background) -> bool {
        self.0.send(Event::Job(news)).is_ok()
    }
}

/// The reader's one channel: the sender for jobs, and the receiver the loop sleeps on.
pub fn channel() -> (JobSender, Receiver<Event>) {
    let (sender, receiver) = mpsc::channel();
    (JobSender(sender), receiver)
}

/// Starts the thread that blocks on the terminal and forwards every event. It ends with the
/// process, or when reading fails (reported once) or the loop has gone.
pub fn spawn_input(jobs: &JobSender) {
    let sender = jobs.0.clone();
    std::thread::spawn(move || {
        loop {
            let event = match crossterm::event::read() {
                Ok(ev) => Event::Input(ev),
                Err(e) => {
                    let _ = sender.send(Event::InputFailed(e));
                    return;
                }
            };
            if sender.send(event).is_err() {
                return;
            }
        }
    });
}

/// How long a change to a watched file settles before it is reported.
const SETTLE: std::time::Duration = std::time::Duration::from_millis(100);

/// Watches a file: each change to it (written, replaced, created again) is reported as
/// `Background::FileChanged`. The folder is watched, not the file, so an editor that saves by
/// renaming a new file over the old one is seen. `None` where the platform cannot watch it:
/// then `R` still reloads by hand. The watcher stops when dropped.
pub fn watch_file(path: &std::path::Path, jobs: &JobSender) -> Option<notify::RecommendedWatcher> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let target = std::path::absolute(path).ok()?;
    let dir = target.parent()?.to_path_buf();
    let name = target.file_name()?.to_os_string();
    let sender = jobs.clone();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        let changed = matches!(event.kind, EventKind::Modify(_) | EventKind::Create(_));
        if changed && event.paths.iter().any(|p| p.file_name() == Some(name.as_os_str())) {
            // A writer truncates a file before writing it again: a reload read at once would
            // mostly catch it empty and read it again right after. The change is reported
            // once the writer has had a moment to finish (`R` by hand reads at once); a
            // writer slower than that costs one more reload, not the reading position, which
            // the reducer keeps across a chain of reloads (`app::follow`).
            std::thread::sleep(SETTLE);
            sender.send(Background::FileChanged);
        }
    })
    .ok()?;
    watcher.watch(&dir, RecursiveMode::NonRecursive).ok()?;
    Some(watcher)
}

/// Starts the thread that reports a tick every `every` (for saving the reading position).
pub fn spawn_ticker(jobs: &JobSender, every: std::time::Duration) {
    let sender = jobs.clone();
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(every);
            if !sender.send(Background::Tick) {
                return;
            }
        }
    });
}

/// Starts the thread that turns the signals the reader answers into events.
pub fn spawn_signals(jobs: &JobSender) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGTSTP};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGTSTP])?;
    let sender = jobs.0.clone();
    std::thread::spawn(move || {
        for sig in signals.forever() {
            let event = if sig == SIGTSTP { Event::Stop } else { Event::Ended(sig) };
            if sender.send(event).is_err() {
                return;
            }
        }
    });
    Ok(())
}

/// Runs work, turning a panic into a line for the status bar: "{what} failed: {why}".
pub fn catch_panic<T>(what: &str, work: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|e| {
        let why = e
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| e.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown error".into());
        format!("{what} failed: {why}")
    })
}

/// The jobs the reader has running that a newer one replaces.
#[derive(Debug, Default)]
pub struct Jobs {
    count: Option<Arc<AtomicBool>>,
    curate: Option<Arc<AtomicBool>>,
}

impl Jobs {
    /// Counts a search's matches on a thread, stopping the count of an older search first.
    pub fn count(&mut self, search: Search, doc: Arc<Document>, sender: JobSender) {
        self.cancel_count();
        let cancel = Arc::new(AtomicBool::new(false));
        self.count = Some(Arc::clone(&cancel));
        std::thread::spawn(move || {
            let generation = search.generation;
            let counted = catch_panic("counting the matches", || {
                // Test hook: lets the end-to-end tests prove a panicking job is reported.
                if std::env::var_os("LECTOR_COUNT_PANIC_FOR_TEST").is_some() {
                    panic!("panic requested by LECTOR_COUNT_PANIC_FOR_TEST");
                }
                search.count_chunks(&doc.text, &cancel)
            });
            match counted {
                Ok(Some(counts)) => sender.send(Background::SearchCounted { generation, counts }),
                // Cancelled: a newer search has its own count.
                Ok(None) => true,
                Err(why) => sender.send(Background::CountFailed { generation, why }),
            };
        });
    }

    /// Applies a curator's recorded edits to a copy of the document on a thread, telling an
    /// older rebuild to stop first: it checks before and after its replay, so a run of quick
    /// edits costs one copy of the document at a time, not one per edit.
    pub fn curate(
        &mut self,
        generation: u64,
        curator: Curator,
        doc: Arc<Document>,
        sender: JobSender,
    ) {
        if let Some(older) = self.curate.replace(Arc::new(AtomicBool::new(false))) {
            older.store(true, Ordering::Relaxed);
        }
        let cancel = self.curate.clone().unwrap_or_default();
        std::thread::spawn(move || {
            // Test hook: holds the rebuild back, as a big document's would take a while, so
            // the end-to-end tests can press keys while it runs.
            let delay = std::env::var("LECTOR_CURATE_DELAY_FOR_TEST").ok();
            if let Some(ms) = delay.and_then(|d| d.parse().ok()) {
                std::thread::sleep(std::time::Duration::from_millis(ms));
            }
            if cancel.load(Ordering::Relaxed) {
                return;
            }
            let rebuilt = catch_panic("applying the edit", || curator.rebuild(&doc));
            if cancel.load(Ordering::Relaxed) {
                return;
            }
            let rebuilt = match rebuilt {
                Ok(rebuilt) => Box::new(rebuilt),
                Err(why) => {
                    sender.send(Background::CurateFailed { generation, why });
                    return;
                }
            };
            // The old document is let go of here, once the reader has taken the new one in:
            // the last holder frees it, and freeing a big text costs milliseconds the input
            // thread need not spend.
            let (applied, taken_in) = mpsc::channel();
            let ack = crate::app::Ack(Some(applied));
            if sender.send(Background::Curated { generation, rebuilt, ack }) {
                let _ = taken_in.recv();
            }
            drop(doc);
        });
    }

    /// Stops the running count, if any.
    pub fn cancel_count(&mut self) {
        if let Some(flag) = self.count.take() {
            flag.store(true, Ordering::Relaxed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn doc(text: String) -> Arc<Document> {
        Arc::new(Document::new(String::new(), text, vec![], vec![], vec![], vec![]))
    }

    /// Waits for the next job result.
    fn next(inbox: &Receiver<Event>) -> Background {
        match inbox.recv_timeout(Duration::from_secs(60)) {
            Ok(Event::Job(news)) => news,
            other => panic!("expected a job result, got {other:?}"),
        }
    }

    #[test]
    fn a_new_search_cancels_the_count_of_the_old_one() {
        // Big enough that the first count is still running when the second search starts.
        let text = "a few words and a few more ".repeat(400_000);
        let doc = doc(text);
        let (sender, inbox) = channel();
        let mut jobs = Jobs::default();
        let first = Search::new("a", 1).expect("query");
        jobs.count(first, Arc::clone(&doc), sender.clone());
        let old_flag = jobs.count.clone().expect("a running count");
        let second = Search::new("more", 2).expect("query");
        jobs.count(second, Arc::clone(&doc), sender);
        assert!(old_flag.load(Ordering::Relaxed), "the old count was told to stop");
        // The only result is the new search's: the cancelled count reports nothing.
        let Background::SearchCounted { generation, counts } = next(&inbox) else {
            panic!("expected a count")
        };
        assert_eq!((generation, counts.total()), (2, 400_000));
        assert!(inbox.recv_timeout(Duration::from_millis(300)).is_err(), "nothing else came");
    }

    #[test]
    fn a_new_rebuild_stops_the_older_one_and_the_newest_is_reported_last() {
        use crate::model::{Actor, ActorKind, Mention, Rule};
        use crate::reading::Change;
        let source = crate::ingest::Source {
            name: "t.txt".into(),
            bytes: b"Chad met Mali.".to_vec(),
            format: crate::ingest::Format::Text,
        };
        let mut doc = crate::ingest::parse(source).expect("parses");
        let actor = |name: &str| Actor {
            id: name.to_lowercase(),
            name: name.into(),
            kind: ActorKind::State,
            aliases: vec![],
            parent: None,
        };
        let mention =
            |actor, range| Mention { actor, range, block: 0, section: 0, rule: Rule::Gazetteer };
        doc.set_actors(
            vec![actor("Chad"), actor("Mali")],
            vec![mention(0, 0..4), mention(1, 9..13)],
        );
        let doc = Arc::new(doc);
        let (sender, inbox) = channel();
        let mut jobs = Jobs::default();
        let mut curator = Curator::new(&doc, Default::default());
        assert!(curator.record(&doc, Change::Hide { actor: 1 }));
        jobs.curate(1, curator.clone(), Arc::clone(&doc), sender.clone());
        let old_flag = jobs.curate.clone().expect("a running rebuild");
        assert!(curator.record(&doc, Change::Rename { actor: 0, to: "Tchad" }));
        jobs.curate(2, curator, Arc::clone(&doc), sender);
        assert!(old_flag.load(Ordering::Relaxed), "the old rebuild was told to stop");
        // The older one may have finished first; the newest always comes, and nothing after.
        let newest = loop {
            match next(&inbox) {
                Background::Curated { generation: 2, rebuilt, .. } => break rebuilt,
                Background::Curated { generation: 1, .. } => continue,
                other => panic!("unexpected {other:?}"),
            }
        };
        let names: Vec<&str> = newest.doc.actors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Tchad"], "both edits, in order");
        assert!(inbox.recv_timeout(Duration::from_millis(300)).is_err(), "nothing else came");
    }

    #[test]
    fn a_panic_in_a_job_is_reported_not_raised() {
        assert_eq!(catch_panic("counting", || 7), Ok(7));
        let failed = catch_panic("counting", || -> u8 { panic!("boom {}", 1) });
        assert_eq!(failed, Err("counting failed: boom 1".to_string()));
    }
}
