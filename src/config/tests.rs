use super::*;
use crate::app::{Action, Layer};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn parse(text: &str) -> Result<Config, String> {
    Config::parse(text, Path::new("/home/r/.config/lector/config.toml")).map_err(|e| e.to_string())
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn an_empty_file_is_the_defaults() {
    let config = parse("").expect("empty is fine");
    assert_eq!(config.theme, Setting { value: ThemeChoice::Auto, from_file: false });
    assert_eq!(config.sections_width.value, None);
    assert!(!config.mouse.value && !config.places.value && !config.so_far.value);
    assert_eq!(config.keymap.action_for(key('q'), Layer::Normal), Some(Action::Quit));
}

#[test]
fn every_setting_is_read_and_marked_as_from_the_file() {
    let text = "theme = \"light\"\nsections_width = 30\nactors_width = 24\nmouse = true\n\
                places = true\nso_far = true\n";
    let config = parse(text).expect("valid");
    assert_eq!(config.theme, Setting { value: ThemeChoice::Light, from_file: true });
    assert_eq!(config.sections_width, Setting { value: Some(30), from_file: true });
    assert_eq!(config.actors_width.value, Some(24));
    assert!(config.mouse.value && config.places.value && config.so_far.value);
    assert_eq!(config.prefs(), Prefs { theme: ThemeChoice::Light, so_far: true });
    let described = config.describe();
    assert!(described.contains("theme          = \"light\"    # file"), "{described}");
    assert!(described.contains("sections_width = 30"), "{described}");
}

#[test]
fn keys_rebind_over_the_defaults() {
    let text =
        "[keys]\n\"x\" = \"quit\"\n\"q\" = \"top\"\n[keys.results]\n\"x\" = \"results_close\"\n";
    let config = parse(text).expect("valid");
    let keymap = &config.keymap;
    assert_eq!(keymap.action_for(key('x'), Layer::Normal), Some(Action::Quit));
    assert_eq!(keymap.action_for(key('q'), Layer::Normal), Some(Action::Top));
    assert_eq!(keymap.action_for(key('x'), Layer::Results), Some(Action::ResultsClose));
    // Untouched defaults stay.
    assert_eq!(keymap.action_for(key('j'), Layer::Normal), Some(Action::Down));
    // The help shows the user's chord first.
    let help = keymap.help_rows();
    assert!(help.iter().any(|(keys, d)| keys == "x  Ctrl-c" && *d == "quit"), "{help:?}");
    assert!(config.describe().contains("[keys]           # 3 from the file"));
}

#[test]
fn mistakes_name_the_file_and_line() {
    let cases = [
        ("mouse = true\ncolour = 3\n", ":2: unknown setting \"colour\""),
        ("theme = \"pink\"\n", ":1: theme must be"),
        ("\n\nmouse = \"yes\"\n", ":3: mouse must be true or false, not string"),
        ("sections_width = 3\n", ":1: sections_width must be between 12 and 500"),
        ("actors_width = \"wide\"\n", ":1: actors_width must be a number of columns"),
        ("[keys]\n\"j\" = \"down\"\n\"x\" = \"explode\"\n", ":3: unknown action \"explode\""),
        ("[keys]\n\"ctrl-\" = \"quit\"\n", ":2: \"ctrl-\" is not a key chord"),
        ("[keys]\n\"pgdwn\" = \"quit\"\n", ":2: \"pgdwn\" is not a key chord"),
        ("[keys.nowhere]\n\"x\" = \"quit\"\n", ":1: unknown key layer \"nowhere\""),
        ("[keys]\n\"x\" = 3\n", ":2: the command for \"x\" must be a string"),
        ("keys = 3\n", ":1: keys must be a table"),
        ("theme = \n", ":1:"),
    ];
    for (text, want) in cases {
        let err = parse(text).expect_err(text);
        assert!(err.starts_with("/home/r/.config/lector/config.toml:"), "{err}");
        assert!(err.contains(want), "{text:?}: {err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
    }
}

#[test]
fn the_config_file_sits_beside_the_actor_file() {
    let (config, actors) = (config_file(), crate::actors::config_actor_file());
    if let (Some(config), Some(actors)) = (config, actors) {
        assert_eq!(config.parent(), actors.parent());
        assert!(config.ends_with("config.toml"));
    }
}
