//! A pseudo-terminal harness: runs the real `lector` binary, types keys, reads the screen
//! through a VT100 parser, and checks how the program left the terminal.
#![allow(dead_code)]

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const WAIT: Duration = Duration::from_secs(20);

pub struct Tty {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    raw: Arc<Mutex<Vec<u8>>>,
    rows: u16,
    cols: u16,
    /// A state folder of its own, so no test resumes where another (or the user) left off.
    _state: tempfile::TempDir,
}

/// The binary under test.
pub fn lector_bin() -> &'static str {
    env!("CARGO_BIN_EXE_lector")
}

impl Tty {
    /// Starts lector with `args` in a terminal of `cols` x `rows`.
    pub fn spawn(args: &[&str], cols: u16, rows: u16) -> Tty {
        Tty::spawn_with(args, cols, rows, &[])
    }

    pub fn spawn_with(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Tty {
        Tty::spawn_program(lector_bin(), args, cols, rows, env)
    }

    /// Runs a shell command line (for redirections) in the terminal.
    pub fn spawn_shell(cmd: &str, cols: u16, rows: u16) -> Tty {
        Tty::spawn_program("sh", &["-c", cmd], cols, rows, &[])
    }

    fn spawn_program(
        program: &str,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Tty {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        // Keep the user's actor file out of tests.
        cmd.env("XDG_CONFIG_HOME", std::env::temp_dir().join("lector-e2e-no-config"));
        let state = tempfile::tempdir().expect("a state folder");
        cmd.env("XDG_STATE_HOME", state.path());
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        let child = pair.slave.spawn_command(cmd).expect("spawn lector");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let raw = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&raw);
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut raw) = sink.lock() {
                    raw.extend_from_slice(&buf[..n]);
                }
            }
        });
        Tty { master: pair.master, writer, child, raw, rows, cols, _state: state }
    }

    /// Everything the program has written so far.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// The screen as a VT100 terminal of this size shows it now.
    pub fn parser(&self) -> vt100::Parser {
        let nz = |n: u16| std::num::NonZeroU16::new(n.max(1)).expect("non-zero");
        let mut p = vt100::Parser::new(nz(self.rows), nz(self.cols), 0);
        p.process(&self.raw());
        p
    }

    pub fn screen(&self) -> String {
        self.parser().screen().contents()
    }

    /// Types bytes as if from the keyboard.
    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Waits until the screen satisfies `pred`; panics with the screen if it never does.
    pub fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if pred(&screen) {
                return screen;
            }
            if start.elapsed() > WAIT {
                let proc = std::fs::read_to_string(format!("/proc/{}/stat", self.pid()))
                    .unwrap_or_else(|_| "exited".into());
                let raw = self.raw();
                let tail =
                    String::from_utf8_lossy(&raw[raw.len().saturating_sub(6000)..]).to_string();
                panic!(
                    "timed out waiting for {what}; process: {proc}\nlast output: {tail:?}\nscreen:\n{screen}"
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn wait_text(&self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.rows = rows;
        self.cols = cols;
        self.master
            .resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("resize pty");
    }

    pub fn pid(&self) -> i32 {
        self.child.process_id().map_or(0, |p| p as i32)
    }

    /// Waits for the program to exit; returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                // Let the reader thread collect the last bytes.
                std::thread::sleep(Duration::from_millis(100));
                return status.exit_code();
            }
            if start.elapsed() > WAIT {
                let _ = self.child.kill();
                panic!("lector did not exit; screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Checks the terminal was left as found: main screen, cursor shown, mouse off, and the
    /// line discipline back in canonical mode with echo.
    pub fn assert_restored(&self) {
        let parser = self.parser();
        assert!(!parser.screen().alternate_screen(), "still on the alternate screen");
        assert!(!parser.screen().hide_cursor(), "cursor left hidden");
        assert_eq!(
            parser.screen().mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse capture left on"
        );
        if let Some(t) = self.master.get_termios() {
            use nix::sys::termios::LocalFlags;
            assert!(t.local_flags.contains(LocalFlags::ICANON), "raw mode left on (no ICANON)");
            assert!(t.local_flags.contains(LocalFlags::ECHO), "raw mode left on (no ECHO)");
        }
    }
}

impl Drop for Tty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
