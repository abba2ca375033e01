//! The config file and the keymap as a user meets them: `lector keys` and `lector config` in a
//! terminal, a rebinding and a pane width taking effect in the reader, a broken config refused
//! in one line before the terminal is touched, and the README's key table matching the keymap.

mod common;

use common::Tty;

/// A configuration directory holding `lector/config.toml` with `text`.
fn config_home(text: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(home.path().join("lector")).expect("config dir");
    std::fs::write(home.path().join("lector/config.toml"), text).expect("write config");
    home
}

fn spawn(args: &[&str], home: &tempfile::TempDir) -> Tty {
    let dir = home.path().to_str().expect("utf-8 temp path");
    Tty::spawn_with(args, 110, 40, &[("XDG_CONFIG_HOME", dir)])
}

#[test]
fn keys_prints_the_bindings_in_force() {
    let home = config_home("[keys]\n\"x\" = \"quit\"\n");
    let mut tty = spawn(&["keys"], &home);
    assert_eq!(tty.wait_exit(), 0);
    let out = String::from_utf8_lossy(&tty.raw()).to_string();
    assert!(out.contains("[normal]"), "{out}");
    let line = |start: &str| out.lines().find(|l| l.trim_start().starts_with(start)).map(str::trim);
    assert_eq!(line("x "), Some("x           quit                  quit  (config)"), "{out}");
    assert!(out.contains("Ctrl-f      page_down             down a page"), "{out}");
    assert!(out.contains("[results]"), "{out}");
}

#[test]
fn a_rebinding_and_a_pane_width_take_effect_in_the_reader() {
    let home = config_home(
        "sections_width = 40\nplaces = true\n[keys]\n\"x\" = \"quit\"\n\"q\" = \"toggle_help\"\n",
    );
    let mut tty = spawn(&[], &home);
    let screen = tty.wait_text("Pakistan and the Afghan");
    let first = screen.lines().next().unwrap_or_default();
    let corner = first.chars().position(|c| c == '┐');
    assert_eq!(corner, Some(39), "the section list is 40 columns wide:\n{screen}");
    // q now opens the help, whose quit line shows the new key first.
    tty.send("q");
    let help = tty.wait_text("Keys —");
    assert!(!help.contains("q  Ctrl-c"), "{help}");
    tty.wait_text("x  Ctrl-c");
    tty.send("\x1b");
    tty.wait_for("the help to close", |s| !s.contains("Keys —"));
    tty.send("x");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
}

#[test]
fn config_prints_each_value_with_where_it_came_from() {
    let home = config_home("mouse = true\ntheme = \"mono\"\n");
    let mut tty = spawn(&["config"], &home);
    assert_eq!(tty.wait_exit(), 0);
    let out = String::from_utf8_lossy(&tty.raw()).to_string();
    assert!(out.contains("lector/config.toml"), "{out}");
    assert!(out.contains("mouse          = true       # file"), "{out}");
    assert!(out.contains("theme          = \"mono\"     # file"), "{out}");
    assert!(out.contains("places         = false      # default"), "{out}");
}

#[test]
fn a_broken_config_is_one_line_and_exit_2_before_the_terminal_is_touched() {
    for (text, want) in [
        ("[keys]\n\"x\" = \"explode\"\n", "config.toml:2: unknown action \"explode\""),
        ("mouse = true\nzoom = 2\n", "config.toml:2: unknown setting \"zoom\""),
        ("[keys]\n\"ctrl-\" = \"quit\"\n", "config.toml:2: \"ctrl-\" is not a key chord"),
    ] {
        let home = config_home(text);
        let mut tty = spawn(&[], &home);
        assert_eq!(tty.wait_exit(), 2, "{text}");
        let raw = String::from_utf8_lossy(&tty.raw()).to_string();
        assert!(!raw.contains("\x1b[?1049h"), "the alternate screen was entered: {raw:?}");
        assert_eq!(raw.trim().lines().count(), 1, "one line: {raw:?}");
        assert!(raw.contains(want), "{raw:?}");
        tty.assert_restored();
    }
}

#[test]
fn the_readme_key_tables_are_the_keymap() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let start = readme.find("<!-- keys:start -->\n").expect("start marker") + 20;
    let end = readme.find("<!-- keys:end -->").expect("end marker");
    let generated = lector::app::keymap::markdown(&lector::app::Keymap::builtin());
    assert_eq!(
        readme[start..end],
        generated,
        "the README's key tables differ from `lector keys --markdown`: paste its output"
    );
}
