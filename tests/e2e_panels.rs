//! End-to-end: the panels' keys on the real binary in a pseudo-terminal: top actors per
//! section (T), a section's statistics (I), the presence strip (P, }, {, a click on it),
//! mentions in context (L, Enter, Esc), the sidebar's order and kinds (O, K) and the brief
//! (B, written beside the file or where typed).

mod common;

use common::Tty;
use std::time::Duration;

fn status_line(screen: &str) -> String {
    screen.lines().last().unwrap_or_default().to_string()
}

/// The bundled article, with Taliban (the most mentioned actor) selected from the sidebar.
fn with_taliban_selected(args: &[&str]) -> Tty {
    let mut tty = Tty::spawn(args, 120, 40);
    tty.wait_text("Actors (");
    tty.send("\t");
    tty.wait_for("the actor list focused", |s| s.contains("▶") || s.contains("Actors ("));
    tty.send("\r");
    tty.wait_for("Taliban selected", |s| status_line(s).contains("Taliban: 76 mentions"));
    // Shift-Tab: the keyboard back to the text.
    tty.send("\x1b[Z");
    std::thread::sleep(Duration::from_millis(100));
    tty
}

fn quit(mut tty: Tty) {
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}

#[test]
fn t_shows_each_sections_top_actors_and_i_the_statistics() {
    let mut tty = Tty::spawn(&[], 120, 40);
    tty.wait_text("Sections");
    tty.send("T");
    tty.wait_text("Pakistan 20, Tehreek");
    tty.send("]");
    tty.wait_for("the next section", |s| status_line(s).contains("§ Why Did Pakistan"));
    tty.send("I");
    tty.wait_for("the statistics", |s| status_line(s).contains("498 words, 3 min, 4 actors"));
    tty.send("T");
    tty.wait_for("top actors hidden", |s| !s.contains("Pakistan 20, Tehreek"));
    quit(tty);
}

#[test]
fn p_shows_the_presence_strip_and_braces_jump_to_dense_parts() {
    let mut tty = with_taliban_selected(&[]);
    tty.send("P");
    tty.wait_for("the strip", |s| s.lines().any(|l| l.contains("▓││") || l.contains("█││")));
    tty.send("}");
    tty.wait_for("a dense part", |s| status_line(s).contains("Taliban: a dense part"));
    tty.send("G");
    tty.wait_for("the end", |s| status_line(s).contains("100%"));
    tty.send("{");
    tty.wait_for("back to a dense part", |s| status_line(s).contains("Taliban: a dense part"));
    tty.send("P");
    tty.wait_text("presence strip off");
    quit(tty);
}

#[test]
fn a_click_on_the_strip_goes_to_that_part_of_the_document() {
    let mut tty = with_taliban_selected(&["--mouse"]);
    tty.send("P");
    let screen =
        tty.wait_for("the strip", |s| s.lines().any(|l| l.contains("▓││") || l.contains("█││")));
    // The strip is the column before the reading pane's right border; click its last shaded
    // row, well into the document.
    let rows: Vec<&str> = screen.lines().collect();
    let shaded =
        |l: &&str| l.contains("░││") || l.contains("▒││") || l.contains("▓││") || l.contains("█││");
    let row = rows.iter().rposition(shaded).expect("a shaded row");
    let col = rows[row].chars().position(|c| "░▒▓█".contains(c)).expect("the strip's cell");
    tty.send(&format!("\x1b[<0;{};{}M\x1b[<0;{};{}m", col + 1, row + 1, col + 1, row + 1));
    let after = tty.wait_for("the jump", |s| status_line(s).contains("Taliban: a dense part"));
    let percent: u32 = status_line(&after)
        .split('(')
        .nth(1)
        .and_then(|p| p.split('%').next())
        .and_then(|p| p.parse().ok())
        .expect("a percentage");
    assert!(percent >= 50, "the last shaded slice is in the second half: {after}");
    quit(tty);
}

#[test]
fn l_lists_the_mentions_enter_goes_there_and_esc_comes_back() {
    let mut tty = with_taliban_selected(&[]);
    tty.send("L");
    tty.wait_text("1/76 mentions of Taliban");
    tty.send("jjj");
    tty.wait_text("4/76 mentions of Taliban");
    tty.send("\r");
    tty.wait_for("the fourth mention", |s| status_line(s).contains("Taliban — mention 4/76"));
    tty.send("G");
    tty.wait_for("the end", |s| status_line(s).contains("100%"));
    tty.send("L");
    tty.wait_text("mentions of Taliban — Enter");
    tty.send("\x1b");
    // Esc closes the list where the reader was: still at the end.
    tty.wait_for("back at the end", |s| {
        !s.contains("mentions of Taliban") && status_line(s).contains("100%")
    });
    quit(tty);
}

#[test]
fn o_and_k_sort_and_narrow_the_sidebar() {
    let mut tty = Tty::spawn(&[], 120, 40);
    tty.wait_text("Actors (24)");
    tty.send("O");
    tty.wait_text("Actors (24) by first");
    tty.send("O");
    tty.wait_text("Actors (24) by name");
    let screen = tty.screen();
    let first = screen.lines().nth(1).unwrap_or_default();
    assert!(first.contains("● Afghanistan"), "by name: {first}");
    let second = screen.lines().nth(2).unwrap_or_default();
    assert!(second.contains("● al-Qaida"), "by name, ignoring case: {second}");
    tty.send("KKKK");
    let people = tty.wait_for("people", |s| {
        status_line(s).contains("actors: people (6)") && s.contains("Actors (6) by name")
    });
    assert!(people.contains("Hakimullah Mehsud") && !people.contains("● Pakistan"), "{people}");
    tty.send("O");
    tty.wait_text("Actors (6) people");
    quit(tty);
}

#[test]
fn b_writes_the_brief_beside_the_file_or_where_typed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("airstrikes.md");
    std::fs::write(&article, lector::BUNDLED_ARTICLE).expect("write the article");
    let path = article.to_str().expect("UTF-8 path");
    let mut tty = Tty::spawn(&[path], 120, 40);
    tty.wait_text("Actors (");
    tty.send("B");
    let beside = dir.path().join("airstrikes.brief.md");
    tty.wait_text("airstrikes.brief.md█");
    tty.send("\r");
    tty.wait_text("brief written to");
    let brief = std::fs::read_to_string(&beside).expect("the brief beside the file");
    assert!(brief.starts_with("# ") && brief.contains("\n## Taliban\n"), "{brief:.300}");
    // A typed path: Ctrl-U clears the default.
    let typed = dir.path().join("elsewhere.md");
    tty.send("B");
    tty.wait_text("write the brief to:");
    tty.send("\x15");
    tty.send(typed.to_str().expect("UTF-8 path"));
    tty.send("\r");
    tty.wait_text("brief written to");
    assert_eq!(std::fs::read_to_string(&typed).expect("the typed path"), brief);
    // A path that cannot be written is said in the status bar; the reader goes on.
    tty.send("B");
    tty.wait_text("write the brief to:");
    tty.send("\x15/nonexistent-dir/brief.md\r");
    tty.wait_text("could not write the brief");
    std::thread::sleep(Duration::from_millis(100));
    quit(tty);
}
