//! `lector -` reads standard input; with a terminal there instead of a pipe it refuses in one
//! line and exit status 2, before the terminal is touched.

mod common;

use common::Tty;

fn refuses_a_terminal(args: &[&str]) {
    let mut tty = Tty::spawn(args, 100, 30);
    assert_eq!(tty.wait_exit(), 2, "{args:?}");
    let raw = String::from_utf8_lossy(&tty.raw()).to_string();
    assert!(!raw.contains("\x1b[?1049h"), "the alternate screen was entered: {raw:?}");
    assert!(!raw.contains("\x1b[?25l"), "the cursor was hidden: {raw:?}");
    assert_eq!(raw.trim().lines().count(), 1, "one line: {raw:?}");
    assert!(raw.contains("standard input is a terminal"), "{raw:?}");
    tty.assert_restored();
}

#[test]
fn a_terminal_on_standard_input_is_refused_in_one_line() {
    refuses_a_terminal(&["-"]);
    refuses_a_terminal(&["text", "-"]);
}

#[test]
fn a_pipe_on_standard_input_still_opens() {
    let mut tty = Tty::spawn_shell(
        &format!("printf 'Piped words arrive here.\\n' | '{}' -", common::lector_bin()),
        100,
        30,
    );
    tty.wait_text("Piped words arrive here.");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}
