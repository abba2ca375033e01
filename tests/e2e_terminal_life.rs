//! End-to-end: what happens to a terminal program over its life beyond keys: resize storms,
//! signals, a closed or redirected standard input, standard output that is not a terminal,
//! and a panic. Each ends with the terminal restored.

mod common;

use common::Tty;
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use std::io::Write;
use std::path::{Path, PathBuf};

const ARTICLE: &str = "assets/seed-article.txt";

fn status_line(screen: &str) -> String {
    screen.lines().last().unwrap_or_default().to_string()
}

fn sample_file(dir: &Path) -> PathBuf {
    let path = dir.join("sample.txt");
    let mut f = std::fs::File::create(&path).expect("create");
    write!(f, "A Sample Heading\n\n").expect("write");
    for n in 0..200 {
        writeln!(f, "Paragraph {n} about the Kremlin and NATO and Ukraine today.\n")
            .expect("write");
    }
    writeln!(f, "The closing paragraph says farewell.").expect("write");
    path
}

/// A reproducible stream of sizes from 1x1 to 400x150.
fn sizes(n: usize) -> Vec<(u16, u16)> {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let cols = 1 + (x % 400) as u16;
            let rows = 1 + ((x >> 20) % 150) as u16;
            (cols, rows)
        })
        .collect()
}

#[test]
fn a_resize_storm_leaves_it_responsive() {
    let mut tty = Tty::spawn(&[ARTICLE], 120, 40);
    tty.wait_text("Pakistan and the Afghan");
    let storm = sizes(400);
    for &(c, r) in &storm {
        tty.resize(c, r);
    }
    // The extremes too, back to back.
    for (c, r) in [(1, 1), (400, 150), (1, 150), (400, 1), (20, 5), (19, 4)] {
        tty.resize(c, r);
    }
    tty.resize(100, 30);
    tty.wait_for("a whole frame at the final size", |s| {
        s.contains("Actors (") && status_line(s).contains('%')
    });
    tty.send("G");
    tty.wait_for("the end after the storm", |s| status_line(s).contains("100%"));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}

#[test]
fn sigterm_sighup_and_sigint_each_end_it_with_the_terminal_restored() {
    for sig in [Signal::SIGTERM, Signal::SIGHUP, Signal::SIGINT] {
        let mut tty = Tty::spawn(&[ARTICLE], 100, 30);
        tty.wait_for("the first frame", |s| {
            s.contains("Pakistan and the Afghan") && status_line(s).contains('%')
        });
        kill(Pid::from_raw(tty.pid()), sig).expect("send signal");
        let code = tty.wait_exit();
        assert_eq!(code, 128 + sig as u32, "exit status after {sig}");
        tty.assert_restored();
    }
}

#[test]
fn with_standard_input_redirected_or_closed_keys_still_come_from_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = sample_file(dir.path());
    let bin = common::lector_bin();
    for redirect in ["< /dev/null", "<&-"] {
        let cmd = format!("exec {bin} '{}' {redirect}", file.display());
        let mut tty = Tty::spawn_shell(&cmd, 100, 30);
        tty.wait_text("A Sample Heading");
        tty.send("G");
        tty.wait_for("the end", |s| s.contains("says farewell") && status_line(s).contains("100%"));
        tty.send("q");
        assert_eq!(tty.wait_exit(), 0, "exit status with stdin {redirect}");
        tty.assert_restored();
    }
}

#[test]
fn a_document_on_standard_input_can_be_scrolled_and_searched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = sample_file(dir.path());
    let cmd = format!("exec {} - < '{}'", common::lector_bin(), file.display());
    let mut tty = Tty::spawn_shell(&cmd, 100, 30);
    tty.wait_text("A Sample Heading");
    tty.send("G");
    tty.wait_for("the end", |s| s.contains("says farewell"));
    tty.send("g/Paragraph 150\r");
    tty.wait_for("the match", |s| status_line(s).contains("1/1"));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}

#[test]
fn stdout_to_a_pipe_prints_the_text_instead_of_the_ui() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = sample_file(dir.path());
    let cmd = format!("{} '{}' | cat", common::lector_bin(), file.display());
    let mut tty = Tty::spawn_shell(&cmd, 100, 30);
    assert_eq!(tty.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&tty.raw()).to_string();
    assert!(raw.contains("A Sample Heading") && raw.contains("says farewell"), "{raw:?}");
    assert!(!raw.contains('\x1b'), "the pipe got terminal sequences: {raw:?}");
    tty.assert_restored();
}

#[test]
fn a_panic_restores_the_terminal_and_shows_its_message() {
    let mut tty = Tty::spawn_with(&[ARTICLE], 100, 30, &[("LECTOR_PANIC_FOR_TEST", "1")]);
    let code = tty.wait_exit();
    assert_ne!(code, 0, "a panic must not exit 0");
    tty.assert_restored();
    let raw = tty.raw();
    assert!(
        raw.windows(8).any(|w| w == b"\x1b[?1049h"),
        "the reader never started, so this proves nothing"
    );
    let screen = tty.screen();
    assert!(
        screen.contains("panic requested by LECTOR_PANIC_FOR_TEST"),
        "the panic message is not on the main screen:\n{screen}"
    );
}

fn process_state(pid: i32) -> char {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| s.rsplit_once(')').and_then(|(_, rest)| rest.trim_start().chars().next()))
        .unwrap_or('?')
}

#[test]
fn ctrl_z_hands_the_terminal_back_and_fg_resumes_in_place() {
    let mut tty = Tty::spawn(&[ARTICLE], 100, 30);
    tty.wait_for("the first frame", |s| s.contains("Actors (") && status_line(s).contains('%'));
    tty.send("]]");
    tty.wait_for("second section", |s| status_line(s).contains("§ The Taliban Calculus"));
    tty.send("\x1a"); // Ctrl-Z
    let start = std::time::Instant::now();
    while process_state(tty.pid()) != 'T' {
        assert!(start.elapsed() < common::WAIT, "lector did not stop on Ctrl-Z");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(100));
    tty.assert_restored();
    kill(Pid::from_raw(tty.pid()), Signal::SIGCONT).expect("continue");
    tty.wait_for("the reader back where it was", |s| {
        tty.parser().screen().alternate_screen()
            && status_line(s).contains("§ The Taliban Calculus")
    });
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}
