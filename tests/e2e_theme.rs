//! Themes as the reader draws them in a terminal: the configuration's `theme`, a light
//! background the terminal reports, and `NO_COLOR`, read off the status bar's cells.

mod common;

use common::Tty;

/// Opens the bundled article with `config.toml` holding `config` and the environment `env`;
/// returns the status bar's first cell once the first frame is drawn.
fn status_cell(config: &str, env: &[(&str, &str)]) -> (vt100::Color, bool) {
    let home = tempfile::tempdir().expect("config dir");
    std::fs::create_dir_all(home.path().join("lector")).expect("config dir");
    std::fs::write(home.path().join("lector/config.toml"), config).expect("config");
    let dir = home.path().to_str().expect("utf-8 path");
    let mut all = vec![("XDG_CONFIG_HOME", dir)];
    all.extend_from_slice(env);
    let (cols, rows) = (100, 30);
    let mut tty = Tty::spawn_with(&[], cols, rows, &all);
    tty.wait_for("the first frame", |s| s.lines().last().is_some_and(|l| l.contains('%')));
    let parser = tty.parser();
    let cell = parser.screen().cell(rows - 1, 2).expect("a status bar cell").clone();
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    (cell.bgcolor(), cell.inverse())
}

#[test]
fn the_configured_theme_colours_the_screen() {
    let dark_background = [("COLORFGBG", "15;0")];
    assert_eq!(
        status_cell("theme = \"light\"\n", &dark_background),
        (vt100::Color::Idx(254), false)
    );
    assert_eq!(
        status_cell("theme = \"dark\"\n", &dark_background),
        (vt100::Color::Idx(236), false)
    );
    // Mono keeps the status bar apart by reversing it, without colour.
    assert_eq!(status_cell("theme = \"mono\"\n", &dark_background), (vt100::Color::Default, true));
}

#[test]
fn auto_follows_the_background_and_no_color_wins() {
    assert_eq!(status_cell("", &[("COLORFGBG", "0;15")]), (vt100::Color::Idx(254), false));
    assert_eq!(status_cell("", &[("COLORFGBG", "15;0")]), (vt100::Color::Idx(236), false));
    let no_color = [("COLORFGBG", "0;15"), ("NO_COLOR", "1")];
    assert_eq!(status_cell("theme = \"light\"\n", &no_color), (vt100::Color::Default, true));
}
