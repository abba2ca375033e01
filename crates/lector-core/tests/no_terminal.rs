//! The core's boundary, proved on its real dependency tree: no terminal crate may enter it, so
//! the model, ingest, detection, layout and search stay usable (and testable) without a screen.
//!
//! Asks cargo itself (`cargo tree`, offline and locked: it reads only the lock file and the
//! manifests already on disk, in well under a second).

use std::process::Command;

/// Crates that draw on or drive a terminal, by package name or name prefix.
const TERMINAL_CRATES: &[&str] =
    &["ratatui", "crossterm", "termion", "termwiz", "cursive", "ncurses", "pancurses"];

/// The package names in a `cargo tree --prefix none --format {p}` listing that are terminal crates.
fn terminal_crates(tree: &str) -> Vec<&str> {
    tree.lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| TERMINAL_CRATES.iter().any(|t| name.starts_with(t)))
        .collect()
}

#[test]
fn the_check_recognises_a_terminal_crate() {
    let tree = "lector-core v0.1.0\nregex v1.13.2\nratatui-core v0.1.0\ncrossterm v0.29.0 (*)\n";
    assert_eq!(terminal_crates(tree), ["ratatui-core", "crossterm"]);
    assert!(terminal_crates("lector-core v0.1.0\nregex v1.13.2\n").is_empty());
}

#[test]
fn the_core_depends_on_no_terminal_crate() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
    let out = Command::new(cargo)
        .args(["tree", "--manifest-path", manifest, "-p", "lector-core", "-e", "normal"])
        .args(["--locked", "--offline", "--prefix", "none", "--format", "{p}"])
        .output()
        .expect("cargo runs");
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&out.stderr));
    // The listing is the real tree: the crate itself and a dependency it certainly has.
    assert!(tree.lines().any(|l| l.starts_with("lector-core ")), "{tree}");
    assert!(tree.lines().any(|l| l.starts_with("unicode-width ")), "{tree}");
    assert_eq!(terminal_crates(&tree), Vec::<&str>::new(), "terminal crates in the core's tree");
}
