//! End-to-end: the real binary in a pseudo-terminal, driven by keys, read through a VT100
//! parser, as a user meets it.

mod common;

use common::Tty;
use std::io::Write;

fn status_line(screen: &str) -> String {
    screen.lines().last().unwrap_or_default().to_string()
}

#[test]
fn opens_the_bundled_article_in_three_panes_and_quits_cleanly() {
    for (cols, rows) in [(120u16, 40u16), (200, 60)] {
        let mut tty = Tty::spawn(&[], cols, rows);
        // The screen arrives in pieces; wait for the whole first frame.
        let expected = [
            "Pakistan and the Afghan",
            "Sections",
            "Actors (",
            "Why Did Pakistan Opt",
            "Tehreek-e-Taliban",
            "0%",
        ];
        tty.wait_for("the three panes", |s| expected.iter().all(|e| s.contains(e)));
        tty.send("q");
        assert_eq!(tty.wait_exit(), 0);
        tty.assert_restored();
    }
}

#[test]
fn narrow_terminal_keeps_the_actor_sidebar_and_s_shows_sections() {
    let mut tty = Tty::spawn(&[], 70, 24);
    let screen = tty.wait_text("Actors (");
    assert!(!screen.contains("Sections"), "{screen}");
    tty.send("s");
    tty.wait_text("Sections");
    tty.send("s");
    tty.wait_for("side panes hidden", |s| !s.contains("Sections") && !s.contains("Actors ("));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}

#[test]
fn scrolling_keys_move_through_the_article() {
    let mut tty = Tty::spawn(&[], 120, 40);
    tty.wait_text("Pakistan and the Afghan");
    tty.send("G");
    // The frame arrives in pieces: wait for the status line too.
    tty.wait_for("the end", |s| {
        s.contains("View All Publications") && status_line(s).contains("100%")
    });
    tty.send("g");
    tty.wait_text("Pakistan and the Afghan");
    tty.send("]");
    let s = tty.wait_for("next section", |s| status_line(s).contains("§ Why Did Pakistan"));
    let marked = s.lines().find(|l| l.contains('▸')).unwrap_or_default();
    assert!(
        marked.contains("Why Did Pakistan"),
        "the section list marks the reading position:\n{s}"
    );
    tty.send("]");
    tty.wait_for("second section", |s| status_line(s).contains("§ The Taliban Calculus"));
    tty.send("[");
    tty.wait_for("back a section", |s| status_line(s).contains("§ Why Did Pakistan"));
    let percent =
        |s: &str| status_line(s).split_whitespace().last().unwrap_or_default().to_string();
    let before = percent(&tty.screen());
    tty.send(" ");
    tty.send("\x1b[B"); // ↓
    tty.send("\x04"); // Ctrl-d
    tty.wait_for("scrolled", |s| percent(s) != before);
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}

#[test]
fn selecting_an_actor_highlights_and_jumps_between_its_mentions() {
    let mut tty = Tty::spawn(&[], 120, 40);
    tty.wait_text("Actors (");
    tty.send("\t"); // reader → actors
    tty.send("\r");
    let s = tty.wait_for("actor selected", |s| status_line(s).contains("mentions"));
    assert!(s.contains("▶ "), "the selected actor is marked:\n{s}");
    tty.send("n");
    let s = tty.wait_for("first mention", |s| status_line(s).contains("mention 1/"));
    tty.send("n");
    tty.wait_for("second mention", |s| status_line(s).contains("mention 2/"));
    tty.send("N");
    tty.wait_for("back to the first", |s| status_line(s).contains("mention 1/"));
    // The selected actor's mentions are drawn reversed.
    let parser = tty.parser();
    let screen = parser.screen();
    let reversed =
        (0..40).any(|r| (20..100).any(|c| screen.cell(r, c).is_some_and(|x| x.inverse())));
    assert!(reversed, "no highlighted mention on screen:\n{s}");
    tty.send("\x1b");
    tty.wait_for("selection cleared", |s| !s.contains("▶ "));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}

#[test]
fn help_overlay_lists_keys_and_closes() {
    let mut tty = Tty::spawn(&[], 120, 40);
    tty.wait_text("Pakistan and the Afghan");
    tty.send("?");
    // Wait for the whole overlay: the title may be on screen before the rest of the frame.
    let descs = ["any key closes", "next section", "search the text", "q  Ctrl-c     quit"];
    tty.wait_for("the help", |s| descs.iter().all(|d| s.contains(d)));
    tty.send("x");
    tty.wait_for("help closed", |s| !s.contains("any key closes"));
    tty.send("\x03"); // Ctrl-C quits too
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}

#[test]
fn search_finds_counts_and_moves() {
    let mut tty = Tty::spawn(&[], 120, 40);
    tty.wait_text("Pakistan and the Afghan");
    tty.send("/haqqani\r");
    tty.wait_for("search result", |s| status_line(s).contains("1/1"));
    tty.send("g/airstrikes\r");
    tty.wait_for("counted", |s| status_line(s).contains(" 1/"));
    tty.send("n");
    tty.wait_for("second match", |s| status_line(s).contains(" 2/"));
    tty.send("N");
    tty.wait_for("back to the first", |s| status_line(s).contains(" 1/"));
    tty.send("/no such phrase anywhere\r");
    tty.wait_for("not found", |s| status_line(s).contains("not found"));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}

#[test]
fn resizing_rewraps_without_losing_the_place() {
    let mut tty = Tty::spawn(&[], 120, 40);
    tty.wait_text("Pakistan and the Afghan");
    tty.send("]]");
    tty.wait_for("second section", |s| status_line(s).contains("§ The Taliban Calculus"));
    for (c, r) in [(60, 20), (1, 1), (300, 100), (19, 4), (200, 60), (80, 24)] {
        tty.resize(c, r);
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
    let s = tty.wait_for("same section after resizes", |s| {
        status_line(s).contains("§ The Taliban Calculus") && s.contains("Actors (")
    });
    assert!(!s.contains("too small"), "{s}");
    tty.resize(10, 3);
    tty.wait_text("too small");
    tty.resize(100, 30);
    tty.wait_for("back", |s| status_line(s).contains("§ The Taliban Calculus"));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}

#[test]
fn missing_file_is_one_line_and_exit_2_before_the_terminal_is_touched() {
    let mut tty = Tty::spawn(&["no/such/file.txt"], 80, 24);
    assert_eq!(tty.wait_exit(), 2);
    let raw = String::from_utf8_lossy(&tty.raw()).to_string();
    assert!(raw.contains("no/such/file.txt"), "{raw}");
    assert!(!raw.contains("\x1b[?1049h"), "the alternate screen was entered: {raw:?}");
    assert_eq!(raw.trim().lines().count(), 1, "one line: {raw:?}");
}

#[test]
fn piped_stdout_prints_the_text_instead_of_opening_the_ui() {
    let out = std::process::Command::new(common::lector_bin())
        .arg("assets/seed-article.txt")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run lector");
    assert!(out.status.success());
    let file = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/seed-article.txt"))
        .expect("bundled article");
    assert_eq!(out.stdout, file);
}

#[test]
fn standard_input_is_read_with_dash_and_keys_still_come_from_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("piped.txt");
    let mut f = std::fs::File::create(&path).expect("create");
    writeln!(f, "A Heading From Stdin\n\nThe Kremlin spoke to NATO about Ukraine today.")
        .expect("write");
    let cmd = format!("{} - < {}", common::lector_bin(), path.display());
    let mut tty = Tty::spawn_shell(&cmd, 100, 30);
    tty.wait_text("The Kremlin spoke");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}

#[test]
fn with_the_mouse_on_the_wheel_scrolls_and_a_click_selects_an_actor() {
    let mut tty = Tty::spawn(&["--mouse"], 120, 40);
    tty.wait_for("the first frame", |s| s.contains("Actors (") && status_line(s).contains("0%"));
    // SGR mouse reports: wheel down over the reading pane (column 60, row 10), 1-based.
    for _ in 0..5 {
        tty.send("\x1b[<65;60;10M");
    }
    tty.wait_for("scrolled by the wheel", |s| !status_line(s).trim_end().ends_with(" 0%"));
    // A click on the second actor row of the sidebar (row 3 on screen, the pane's right part).
    tty.send("\x1b[<0;110;3M\x1b[<0;110;3m");
    let s = tty.wait_for("an actor selected", |s| status_line(s).contains("mentions"));
    assert!(s.contains("▶ "), "{s}");
    tty.send("\x14");
    tty.wait_for("mouse off", |s| status_line(s).contains("mouse off"));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}

/// A generated file of a few megabytes, opened as the reader opens a big file (a preview of
/// its start first; the threshold is lowered through the test hook).
fn big_file(dir: &std::path::Path) -> std::path::PathBuf {
    let mut text = String::from("A Long Generated Report\n\n");
    let mut i = 0;
    while text.len() < 3 << 20 {
        text.push_str(&format!(
            "Paragraph {i}: the delegation from Ruritania met officials in the capital again, \
             and the talks went on late into the night without an agreement.\n\n"
        ));
        i += 1;
    }
    text.push_str("Near the end the word xylophonist appears once.\n\nThe very last line.\n");
    let path = dir.join("big.txt");
    std::fs::write(&path, text).expect("write the big file");
    path
}

const SMALL_PREVIEW: [(&str, &str); 1] = [("LECTOR_PREVIEW_THRESHOLD", "65536")];

#[test]
fn a_search_typed_while_a_big_file_loads_finds_a_match_beyond_the_preview() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = big_file(dir.path());
    let path = path.to_str().expect("utf-8 path");
    let mut tty = Tty::spawn_with(&[path], 120, 40, &SMALL_PREVIEW);
    tty.wait_text("Paragraph 0:");
    tty.send("/xylophonist\r");
    let s = tty.wait_for("the match at the end", |s| {
        s.contains("word xylophonist appears") && status_line(s).contains("1/1")
    });
    assert!(!s.contains("not found"), "{s}");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}

#[test]
fn g_while_a_big_file_loads_shows_its_real_last_lines() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = big_file(dir.path());
    let path = path.to_str().expect("utf-8 path");
    let mut tty = Tty::spawn_with(&[path], 120, 40, &SMALL_PREVIEW);
    tty.wait_text("Paragraph 0:");
    tty.send("G");
    let s = tty.wait_for("the last line", |s| s.contains("The very last line."));
    // At once: read from the file's end, not after the whole file is analysed.
    assert!(status_line(&s).contains("analysing"), "{s}");
    assert!(status_line(&s).contains("100%"), "{s}");
    // When the whole document is in, the reader is still at its end.
    let s = tty.wait_for("analysis done", |s| !status_line(s).contains("analysing"));
    assert!(s.contains("The very last line.") && status_line(&s).contains("100%"), "{s}");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}
