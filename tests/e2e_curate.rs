//! End-to-end curation: in the real binary in a pseudo-terminal, with the config directory
//! in a temporary folder, merge, rename, hide, change a kind and detach an alias with keys,
//! undo one edit, find the edits in the actor file on disk, then start lector again and find
//! the curated actors; an edit holds when the file changes and is read again.

mod common;

use common::Tty;
use std::path::Path;

fn status_line(screen: &str) -> String {
    screen.lines().last().unwrap_or_default().to_string()
}

/// Waits for a status-bar message, then clears the actor list's filter with Esc and waits
/// for the message to go, so the next key is not read as part of an escape sequence.
fn done(tty: &mut Tty, message: &str) {
    landed(tty, message);
    tty.send("\x1b");
    tty.wait_for("the message to clear", |s| !status_line(s).contains(message));
}

/// Waits for an edit's message once the edit has landed (while its rebuild runs, the message
/// says "(applying…)"), and returns the screen.
fn landed(tty: &mut Tty, message: &str) -> String {
    tty.wait_for(message, |s| {
        let line = status_line(s);
        line.contains(message) && !line.contains("applying")
    })
}

fn actor_file(config: &Path) -> String {
    std::fs::read_to_string(config.join("lector").join("actors.toml")).unwrap_or_default()
}

/// The sidebar's rows (the last column of the screen, after the reading pane).
fn sidebar(screen: &str) -> String {
    screen.lines().map(|l| l.chars().skip(92).collect::<String>()).collect::<Vec<_>>().join("\n")
}

#[test]
fn curating_with_keys_writes_the_actor_file_and_survives_a_restart() {
    let config = tempfile::tempdir().expect("a temporary config directory");
    let home = config.path().to_str().expect("a UTF-8 path");
    let env = [("XDG_CONFIG_HOME", home)];
    let mut tty = Tty::spawn_with(&[], 120, 40, &env);
    tty.wait_text("Actors (");
    tty.send("\t");
    tty.wait_for("the actor list focused", |s| s.contains("Actors ("));

    // Merge: the intelligence agency into its state, chosen by typing part of the name.
    tty.send("/Inter-Services\r");
    tty.wait_for("the filtered list", |s| status_line(s).contains("1 actors match"));
    tty.send("e");
    tty.wait_text("merge into another actor");
    tty.send("m");
    tty.wait_text("Merge Inter-Services Intelligence into");
    tty.send("Pakistan\r");
    done(&mut tty, "merged Inter-Services Intelligence into Pakistan");

    // Rename: the prompt starts with the current name; Ctrl-U clears it.
    tty.send("/Haqqani\r");
    tty.wait_for("the filtered list", |s| status_line(s).contains("1 actors match"));
    tty.send("er");
    tty.wait_for("the rename prompt", |s| status_line(s).contains("edit: Haqqani family"));
    tty.send("\x15Haqqani network\r");
    landed(&mut tty, "renamed Haqqani family");

    // Change kind: the list of kinds narrowed by typing.
    tty.send("ek");
    tty.wait_text("Kind of Haqqani network");
    tty.send("armed\r");
    done(&mut tty, "Haqqani network is now of kind armed group");

    // Hide: a photo credit is no actor.
    tty.send("/Rebecca\r");
    tty.wait_for("the filtered list", |s| status_line(s).contains("1 actors match"));
    tty.send("eh");
    done(&mut tty, "hid Rebecca Conway");

    // Detach: the bare surname stops counting for the prime minister.
    tty.send("/Shehbaz\r");
    tty.wait_for("the filtered list", |s| status_line(s).contains("1 actors match"));
    tty.send("ed");
    tty.wait_text("Detach from Shehbaz Sharif");
    tty.send("\r");
    done(&mut tty, "detached \"Sharif\" from Shehbaz Sharif");

    let file = actor_file(config.path());
    for entry in [
        "names = [\"Pakistan\", \"Inter-Services Intelligence\"]",
        "from = \"Haqqani family\"",
        "to = \"Haqqani network\"",
        "kind = \"armed_group\"",
        "names = [\"Rebecca Conway\"]",
        "aliases = [\"Sharif\"]",
    ] {
        assert!(file.contains(entry), "{entry} missing from the actor file:\n{file}");
    }

    // Undo: an edit made and taken back leaves no trace in the file or the list.
    tty.send("/Imran\r");
    tty.wait_for("the filtered list", |s| status_line(s).contains("1 actors match"));
    tty.send("eh");
    let hidden = landed(&mut tty, "hid Imran Khan");
    assert!(!sidebar(&hidden).contains("Imran Khan"), "{hidden}");
    assert!(actor_file(config.path()).contains("\"Imran Khan\""));
    tty.send("u");
    let back = landed(&mut tty, "undid the last edit");
    assert!(sidebar(&back).contains("Imran Khan"), "{back}");
    assert_eq!(actor_file(config.path()), file, "undo rewrites the file as it was");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();

    // A new start reads the file: the curated actors, in the reader and on the command line.
    let mut tty = Tty::spawn_with(&[], 120, 40, &env);
    let screen = tty.wait_for("the curated sidebar", |s| s.contains("Haqqani network"));
    let side = sidebar(&screen);
    assert!(!side.contains("Rebecca Conway") && !side.contains("● ISI "), "{screen}");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    let out = std::process::Command::new(common::lector_bin())
        .args(["actors", "--json"])
        .env("XDG_CONFIG_HOME", home)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let actors = json["actors"].as_array().expect("a list");
    let named = |name: &str| actors.iter().find(|a| a["name"] == name);
    let sharif = named("Shehbaz Sharif").expect("still there");
    assert!(sharif["aliases"].as_array().is_some_and(|a| a.iter().all(|x| x != "Sharif")));
    assert_eq!(named("Haqqani network").expect("renamed")["kind"], "armed_group");
    assert!(named("Rebecca Conway").is_none() && named("Inter-Services Intelligence").is_none());
    let pakistan = named("Pakistan").expect("Pakistan");
    assert!(pakistan["aliases"].as_array().is_some_and(|a| a.iter().any(|x| x == "ISI")));
    assert!(named("Imran Khan").is_some(), "the undone hide is not in the file");
}

#[test]
fn a_file_that_cannot_be_written_is_one_status_line_and_the_edit_holds() {
    // The config "directory" is a file: the actor file cannot be made under it.
    let blocked = tempfile::NamedTempFile::new().expect("a temporary file");
    let home = blocked.path().to_str().expect("a UTF-8 path");
    let mut tty = Tty::spawn_with(&[], 120, 40, &[("XDG_CONFIG_HOME", home)]);
    tty.wait_text("Actors (");
    tty.send("\t/Rebecca\r");
    tty.wait_for("the filtered list", |s| status_line(s).contains("1 actors match"));
    tty.send("eh");
    let screen = tty.wait_for("the failure", |s| status_line(s).contains("could not write"));
    assert!(!sidebar(&screen).contains("Rebecca Conway"), "the edit still holds:\n{screen}");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}

/// A rebuild held back (a test hook makes it take 1.5 s, as a 100 MB document's takes about
/// half a second): the status bar says the edit is being applied while keys still move the
/// text, then the edit lands; quitting with another rebuild in flight still writes its edit.
#[test]
fn keys_move_while_an_edit_rebuilds_and_quitting_keeps_the_edit() {
    let config = tempfile::tempdir().expect("a temporary config directory");
    let home = config.path().to_str().expect("a UTF-8 path");
    let env = [("XDG_CONFIG_HOME", home), ("LECTOR_CURATE_DELAY_FOR_TEST", "1500")];
    let mut tty = Tty::spawn_with(&[], 120, 40, &env);
    tty.wait_text("Actors (");
    tty.send("\t/Rebecca\r");
    tty.wait_for("the filtered list", |s| status_line(s).contains("1 actors match"));
    tty.send("eh");
    let pending =
        tty.wait_for("the edit pending", |s| status_line(s).contains("applying the edit"));
    assert!(sidebar(&pending).contains("Rebecca Conway"), "not applied yet:\n{pending}");
    // Shift-Tab to the text, then its end, while the edit is still being applied.
    tty.send("\x1b[Z");
    tty.wait_for("the text focused", |s| !status_line(s).contains("1 actors match"));
    tty.send("G");
    tty.wait_for("the end, the edit still pending", |s| {
        let line = status_line(s);
        line.contains("100%") && line.contains("applying the edit")
    });
    let done = tty.wait_for("the edit landed", |s| {
        !status_line(s).contains("applying") && !sidebar(s).contains("Rebecca Conway")
    });
    assert!(status_line(&done).contains("100%"), "the reader stayed at the end:\n{done}");
    assert!(actor_file(config.path()).contains("\"Rebecca Conway\""));

    // Another edit, and quit before its rebuild lands.
    tty.send("\t/Imran\r");
    tty.wait_for("the filtered list", |s| status_line(s).contains("1 actors match"));
    tty.send("eh");
    tty.wait_for("the edit pending", |s| status_line(s).contains("applying the edit"));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
    let file = actor_file(config.path());
    assert!(file.contains("\"Imran Khan\"") && file.contains("\"Rebecca Conway\""), "{file}");
}

/// An edit made before the file changes holds once it is read again: the new text's actors
/// are detected with it.
#[test]
fn an_edit_holds_when_the_file_changes_and_is_read_again() {
    let config = tempfile::tempdir().expect("a temporary config directory");
    let home = config.path().to_str().expect("a UTF-8 path");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("talks.md");
    let text = "# Talks at the border\n\nPakistan blamed Afghanistan for the attacks. India \
                watched the border closely, and China offered to host talks.\n\nLater, \
                Pakistan and China signed a trade deal while India said nothing.\n";
    std::fs::write(&file, text).expect("write the article");
    let path = file.to_str().expect("a UTF-8 path");
    let mut tty = Tty::spawn_with(&[path], 120, 40, &[("XDG_CONFIG_HOME", home)]);
    tty.wait_text("Actors (");
    tty.send("\t/India\r");
    tty.wait_for("the filtered list", |s| status_line(s).contains("1 actors match"));
    tty.send("eh");
    done(&mut tty, "hid India");
    let side = |s: &str| sidebar(&s.lines().take(39).collect::<Vec<_>>().join("\n"));
    assert!(side(&tty.screen()).contains("Pakistan"), "the sidebar lists the actors");
    let more = "\nIndia sent an envoy to Pakistan the next week.\n";
    std::fs::write(&file, format!("{text}{more}")).expect("change the article");
    let screen = tty.wait_for("the new paragraph", |s| s.contains("sent an envoy"));
    assert!(!side(&screen).contains("India"), "still hidden:\n{screen}");
    assert!(side(&screen).contains("Pakistan"), "{screen}");
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}
