//! The reader's loop as a user (and the machine) meets it: idle, it sleeps instead of waking
//! to poll; a background job that panics is reported in the status bar, never left counting.

mod common;

use common::Tty;
use std::time::Duration;

/// Context switches of every thread of a process so far: each is a time a thread woke (or
/// was made to give way).
#[cfg(target_os = "linux")]
fn wakeups(pid: i32) -> u64 {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).expect("the process's threads");
    let mut total = 0;
    for task in tasks.flatten() {
        let status = std::fs::read_to_string(task.path().join("status")).unwrap_or_default();
        for line in status.lines() {
            let counted = line.starts_with("voluntary_ctxt_switches:")
                || line.starts_with("nonvoluntary_ctxt_switches:");
            if counted {
                total +=
                    line.split_whitespace().last().and_then(|n| n.parse::<u64>().ok()).unwrap_or(0);
            }
        }
    }
    total
}

#[cfg(target_os = "linux")]
#[test]
fn the_idle_reader_sleeps() {
    let mut tty = Tty::spawn(&[], 120, 40);
    tty.wait_text("Pakistan and the Afghan");
    // Let the first frame's work settle.
    std::thread::sleep(Duration::from_millis(500));
    let before = wakeups(tty.pid());
    std::thread::sleep(Duration::from_secs(3));
    let woke = wakeups(tty.pid()) - before;
    // Polling every 40 ms would be 75 wakes; a reader that sleeps on its channel wakes for
    // nothing at all.
    assert!(woke <= 5, "the idle reader woke {woke} times in 3 s");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}

#[test]
fn a_panicking_count_shows_in_the_status_bar() {
    let mut tty = Tty::spawn_with(&[], 120, 40, &[("LECTOR_COUNT_PANIC_FOR_TEST", "1")]);
    tty.wait_text("Pakistan and the Afghan");
    tty.send("/taliban\r");
    let screen = tty.wait_text("counting the matches failed");
    assert!(screen.contains("not counted"), "{screen}");
    assert!(!screen.contains("counting…"), "{screen}");
    // The search still works without its count.
    tty.send("n");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}
