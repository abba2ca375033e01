//! What the reader remembers, as a user meets it in a terminal: reopening where reading
//! stopped (at another terminal size), marks that outlive the session, `''` and the jump list,
//! and a corrupt state file that costs one warning. State goes to a temporary
//! `XDG_STATE_HOME`, the configuration to a temporary `XDG_CONFIG_HOME`.

mod common;

use common::Tty;
use std::path::{Path, PathBuf};

fn status_line(screen: &str) -> String {
    screen.lines().last().unwrap_or_default().to_string()
}

/// A Markdown report of twelve titled parts, each of several paragraphs that say where they are.
fn report(dir: &Path) -> PathBuf {
    let mut text = String::from("# A Generated Report\n\n");
    for part in 1..=12 {
        text.push_str(&format!("## Part {part} of the report\n\n"));
        for p in 1..=6 {
            text.push_str(&format!(
                "Paragraph {p} of part {part} goes on about the matter at hand for a while, so \
                 that it wraps across several lines of the reading pane at any width.\n\n"
            ));
        }
    }
    let path = dir.join("report.md");
    std::fs::write(&path, text).expect("write the report");
    path
}

/// Temporary state and configuration folders, and the report.
struct Home {
    state: tempfile::TempDir,
    config: tempfile::TempDir,
    file: PathBuf,
}

impl Home {
    fn new() -> Home {
        let config = tempfile::tempdir().expect("config dir");
        let file = report(config.path());
        Home { state: tempfile::tempdir().expect("state dir"), config, file }
    }

    fn open(&self, cols: u16, rows: u16, extra: &[(&str, &str)]) -> Tty {
        let state = self.state.path().to_str().expect("utf-8 path");
        let config = self.config.path().to_str().expect("utf-8 path");
        let mut env = vec![("XDG_STATE_HOME", state), ("XDG_CONFIG_HOME", config)];
        env.extend_from_slice(extra);
        let file = self.file.to_str().expect("utf-8 path");
        let tty = Tty::spawn_with(&[file], cols, rows, &env);
        tty.wait_for("the first frame", |s| status_line(s).contains('%'));
        tty
    }

    fn quit(tty: &mut Tty) {
        tty.send("q");
        assert_eq!(tty.wait_exit(), 0);
        tty.assert_restored();
    }

    fn doc_file(&self) -> PathBuf {
        let bytes = std::fs::read(&self.file).expect("read the report");
        let id = lector::state::DocId::of(&bytes);
        self.state.path().join("lector/docs").join(format!("{}.toml", id.as_str()))
    }
}

fn at_part(n: usize) -> impl Fn(&str) -> bool {
    move |s: &str| status_line(s).contains(&format!("Part {n} of the report"))
}

#[test]
fn a_document_reopens_where_it_was_left_at_another_size() {
    let home = Home::new();
    let mut tty = home.open(110, 30, &[]);
    tty.send("]]]]]");
    tty.wait_for("part 5", at_part(5));
    tty.send("jjj");
    let before = tty.wait_for("three lines down", |s| {
        at_part(5)(s) && !s.lines().nth(1).is_some_and(|l| l.contains("│ Part 5 of the report"))
    });
    Home::quit(&mut tty);
    assert!(home.doc_file().exists(), "the state file was written");

    let mut tty = home.open(80, 24, &[]);
    let after = tty.wait_for("back in part 5", at_part(5));
    // The first paragraph shown is the one that was shown.
    let first =
        |s: &str| s.lines().find_map(|l| l.find("Paragraph ").map(|i| l[i..i + 11].to_string()));
    assert_eq!(first(&after), first(&before), "before:\n{before}\nafter:\n{after}");
    Home::quit(&mut tty);
}

#[test]
fn marks_return_and_outlive_the_session_and_quote_quote_goes_back() {
    let home = Home::new();
    let mut tty = home.open(110, 30, &[]);
    tty.send("]]]");
    tty.wait_for("part 3", at_part(3));
    tty.send("ma");
    tty.wait_for("the mark set", |s| status_line(s).contains("mark a set"));
    tty.send("G");
    tty.wait_for("the end", at_part(12));
    tty.send("'a");
    tty.wait_for("back at the mark", at_part(3));
    tty.send("''");
    tty.wait_for("'' back to the end", at_part(12));
    // The jump list: back twice, then forward.
    tty.send("\x0f");
    tty.wait_for("ctrl-o: part 3", at_part(3));
    tty.send("\x1bi");
    tty.wait_for("alt-i: forward to the end", at_part(12));
    Home::quit(&mut tty);

    let mut tty = home.open(100, 26, &[]);
    // The top row of the last screen is at the top again: the last part is on screen.
    tty.wait_for("reopened at the end", |s| s.contains("│ Part 12 of the report"));
    tty.send("g");
    tty.wait_for("the start", |s| status_line(s).contains(" 0%"));
    tty.send("'a");
    tty.wait_for("the saved mark", at_part(3));
    Home::quit(&mut tty);
}

#[test]
fn a_corrupt_state_file_is_one_warning_and_reading_goes_on() {
    let home = Home::new();
    let file = home.doc_file();
    std::fs::create_dir_all(file.parent().expect("a parent")).expect("state dir");
    std::fs::write(&file, "position = { offset = \"not a number\"\n\u{0}garbage").expect("write");
    let mut tty = home.open(110, 30, &[]);
    let s = tty.wait_for("the warning", |s| status_line(s).contains("ignored the saved state"));
    assert!(status_line(&s).contains(" 0%"), "opened at the start: {s}");
    tty.send("]]");
    tty.wait_for("part 2", at_part(2));
    Home::quit(&mut tty);
    // The bad file was replaced by a good one on the way out.
    let text = std::fs::read_to_string(&file).expect("the state file");
    assert!(text.contains("offset"), "{text}");
    let mut tty = home.open(110, 30, &[]);
    tty.wait_for("resumed", at_part(2));
    Home::quit(&mut tty);
}

#[test]
fn a_changed_file_reloads_in_place_and_f_follows_its_end() {
    let home = Home::new();
    let mut tty = home.open(110, 30, &[]);
    tty.send("]]]");
    tty.wait_for("part 3", at_part(3));
    let text = std::fs::read_to_string(&home.file).expect("read");
    let edited =
        text.replace("Paragraph 1 of part 3 goes on", "Paragraph 1 of part 3 now says more");
    std::fs::write(&home.file, edited).expect("edit the file");
    let s = tty.wait_for("the edit on screen", |s| s.contains("now says more"));
    assert!(at_part(3)(&s), "the position is kept: {s}");

    tty.send("F");
    tty.wait_for("following", |s| status_line(s).contains("following the end"));
    let mut file = std::fs::OpenOptions::new().append(true).open(&home.file).expect("open");
    std::io::Write::write_all(
        &mut file,
        b"## Part 13 of the report\n\nA dispatch that just came in.\n\n",
    )
    .expect("append");
    drop(file);
    let s = tty.wait_for("the new end", |s| s.contains("A dispatch that just came in."));
    assert!(at_part(13)(&s), "{s}");
    // A movement key stops following: the next dispatch does not move the view.
    tty.send("gR");
    tty.wait_for("the start after a reload", |s| {
        status_line(s).contains(" 0%") && status_line(s).contains("reloaded")
    });
    Home::quit(&mut tty);
}

/// Everything on screen but the status line (which says what just happened).
fn body(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    lines[..lines.len().saturating_sub(1)].join("\n")
}

/// A writer that truncates the file, pauses longer than the file watcher waits for a change
/// to settle, then writes it: one reload reads an empty file, and the next, of the whole
/// text, must come back to the same place.
#[test]
fn a_file_truncated_then_written_again_reloads_at_the_same_place() {
    let home = Home::new();
    let mut tty = home.open(110, 30, &[]);
    tty.send("]]]");
    let before = tty.wait_for("part 3", at_part(3));
    let text = std::fs::read_to_string(&home.file).expect("read");
    drop(std::fs::File::create(&home.file).expect("truncate the file"));
    // The reload of the empty file is on screen: the pause outlasted the watcher's wait.
    tty.wait_for("the empty file reloaded", |s| {
        status_line(s).contains("reloaded") && !s.contains("Paragraph")
    });
    std::thread::sleep(std::time::Duration::from_millis(300));
    std::fs::write(&home.file, text).expect("write the file again");
    let after = tty.wait_for("the same place", |s| body(s) == body(&before));
    assert!(at_part(3)(&after), "{after}");
    Home::quit(&mut tty);
}

#[test]
fn a_large_file_opened_on_a_preview_resumes_once_it_is_read() {
    let home = Home::new();
    // The report is a few kilobytes: as large files are, it opens on a preview of its start.
    let big = [("LECTOR_PREVIEW_THRESHOLD", "2000")];
    let loaded = |s: &str| !status_line(s).contains("analysing");
    let mut tty = home.open(110, 30, &big);
    tty.wait_for("the whole file", loaded);
    tty.send("]]]]");
    tty.wait_for("part 4", at_part(4));
    Home::quit(&mut tty);
    let mut tty = home.open(90, 28, &big);
    tty.wait_for("back at part 4", |s| loaded(s) && at_part(4)(s));
    Home::quit(&mut tty);
}

#[test]
fn a_file_changed_between_runs_resumes_at_the_same_section() {
    let home = Home::new();
    let mut tty = home.open(110, 30, &[]);
    tty.send("]]]]]j");
    tty.wait_for("part 5", at_part(5));
    Home::quit(&mut tty);
    // Two new parts at the start: the old offset now points into part 3.
    let text = std::fs::read_to_string(&home.file).expect("read");
    let added = "## A new preface\n\nSome words first.\n\n## Another new part\n\nMore words.\n\n";
    let text =
        text.replacen("## Part 1 of the report", &format!("{added}## Part 1 of the report"), 1);
    std::fs::write(&home.file, text).expect("change the file");
    let mut tty = home.open(110, 30, &[]);
    let s = tty.wait_for("back at part 5", at_part(5));
    assert!(status_line(&s).contains("the file changed since last time"), "{s}");
    Home::quit(&mut tty);
}
