//! End-to-end: reading with actors in the real binary, in a pseudo-terminal: the filter by
//! actor (f, &, Esc), the first mention (i), "so far" counts (t)
//! and the list of who shares the actor's paragraphs (w).

mod common;

use common::Tty;

fn status_line(screen: &str) -> String {
    screen.lines().last().unwrap_or_default().to_string()
}

/// The bundled article at 120x40 with the actor list focused, its cursor on TTP (third).
fn on_ttp() -> Tty {
    let mut tty = Tty::spawn(&[], 120, 40);
    tty.wait_text("Actors (24)");
    tty.send("\tjj");
    tty.wait_for("the cursor on TTP", |s| s.contains("TTP"));
    tty
}

#[test]
fn f_filters_to_the_actor_and_f_again_leaves_at_the_same_paragraph() {
    let mut tty = on_ttp();
    tty.send("f");
    let s = tty.wait_for("the filter", |s| status_line(s).contains("TTP: "));
    assert!(status_line(&s).contains(" of 42 paragraphs"), "{s}");
    // Move on inside the filter, then leave: the paragraph at the top stays.
    tty.send("\t\t]]");
    let inside = tty.wait_for("a later section", |s| status_line(s).contains("§ The Taliban"));
    let first_row = |s: &str| s.lines().nth(1).map(|l| l[l.find("││").unwrap_or(0)..].to_string());
    let top = first_row(&inside);
    tty.send("f");
    let out = tty.wait_for("the filter off", |s| status_line(s).contains("filter off"));
    assert_eq!(first_row(&out), top, "leaving keeps the paragraph:\n{out}");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}

#[test]
fn ampersand_adds_an_actor_and_esc_leaves() {
    let mut tty = on_ttp();
    tty.send("f");
    tty.wait_for("the filter", |s| status_line(s).contains("TTP: "));
    tty.send("k&");
    let s = tty.wait_for("two actors", |s| status_line(s).contains("TTP ∧ Pakistan: "));
    assert!(status_line(&s).contains(" of 42 paragraphs"), "{s}");
    tty.send("\x1b");
    tty.wait_for("the filter off", |s| status_line(s).contains("filter off"));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}

#[test]
fn i_goes_to_the_first_mention_and_says_what_it_stands_for() {
    let mut tty = on_ttp();
    // Enter selects TTP; from the end of the text, i goes back to where it is defined.
    tty.send("\r\t\tGi");
    let s = tty.wait_for("the definition", |s| {
        status_line(s).contains("TTP: Tehreek-e-Taliban Pakistan, defined in (opening)")
    });
    assert!(s.contains("(TTP), also known as"), "the definition is on screen:\n{s}");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}

#[test]
fn t_counts_only_what_has_been_read() {
    let mut tty = Tty::spawn(&[], 120, 40);
    tty.wait_text("Actors (24)");
    tty.send("t");
    let s = tty.wait_text("Actors (24) so far");
    assert!(status_line(&s).contains("so far"), "{s}");
    assert!(!s.contains("Taliban           76"), "the full count is not shown:\n{s}");
    tty.send("t");
    tty.wait_text("Taliban           76");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}

#[test]
fn w_lists_who_shares_the_paragraphs_and_enter_filters_to_both() {
    let mut tty = on_ttp();
    tty.send("w");
    let s = tty.wait_text("with Tehreek-e-Taliban Pakistan");
    assert!(s.contains(" 13  Pakistan "), "Pakistan shares 13 paragraphs with TTP:\n{s}");
    // Taliban first, Pakistan second.
    tty.send("j\r");
    let s = tty.wait_for("two actors", |s| status_line(s).contains("TTP ∧ Pakistan: "));
    assert!(status_line(&s).contains("TTP ∧ Pakistan: 13 of 42 paragraphs"), "{s}");
    assert!(!s.contains("with Tehreek-e-Taliban Pakistan"), "the list is closed:\n{s}");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}

#[test]
fn esc_closes_the_with_whom_list() {
    let mut tty = on_ttp();
    tty.send("w");
    tty.wait_text("with Tehreek-e-Taliban Pakistan");
    tty.send("\x1b");
    let s = tty.wait_for("the list closed", |s| !s.contains("with Tehreek-e-Taliban"));
    assert!(!status_line(&s).contains(" ∧ "), "no filter:\n{s}");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}

/// One rule for every actor key: with the actor list focused, `L`, `P` and `}` act on the
/// actor under its cursor without Enter, as `f` and `w` do.
#[test]
fn every_actor_key_takes_the_actor_under_the_list_cursor() {
    let mut tty = on_ttp();
    tty.send("L");
    // Messages and list titles call TTP by its full name.
    let ttp = "Tehreek-e-Taliban Pakistan";
    tty.wait_for("the mentions of TTP", |s| s.contains(&format!("mentions of {ttp} — Enter")));
    // Esc alone: Esc and a letter together read as Alt and the letter.
    tty.send("\x1b");
    tty.wait_for("the list closed", |s| !s.contains("Enter goes there"));
    tty.send("P");
    tty.wait_for("the strip of TTP", |s| status_line(s).contains(&format!("presence of {ttp}")));
    tty.send("}");
    tty.wait_for("a dense part of TTP", |s| status_line(s).contains(&format!("{ttp}: a dense")));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
}
