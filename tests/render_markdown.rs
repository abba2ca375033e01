//! Whole screens of Markdown as a reader meets it: tables set out in columns.

mod screen;
use screen::{screen, styled};

use lector::app::{Action, State, update};
use lector::ingest::{Format, Source};

const README: &[u8] = include_bytes!("fixtures/markdown/crate-readme.md");

fn state_of(bytes: &[u8], w: u16, h: u16) -> State {
    let source =
        Source { name: "README.md".into(), bytes: bytes.to_vec(), format: Format::Markdown };
    screen::opened(source, w, h)
}

/// The column where `needle` starts on the first screen row holding it.
fn column_of(shown: &str, needle: &str) -> Option<usize> {
    shown.lines().find_map(|l| l.find(needle).map(|b| l[..b].chars().count()))
}

#[test]
fn tables_are_set_out_in_aligned_columns_with_wrapped_cells() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut state = state_of(README, w, h);
        let table = state.doc.blocks.iter().position(|b| b.kind == lector::model::BlockKind::Table);
        state.top = lector::layout::Anchor { block: table.expect("a table"), row: 0 };
        let shown = screen(&state);
        assert!(!shown.contains("---") && !shown.contains("| "), "no table syntax:\n{shown}");
        // The flags column: every flag starts where its header does.
        let flag = column_of(&shown, "Flag").expect("header");
        for name in ["std", "serde", "simd"] {
            assert_eq!(
                column_of(&shown, &format!(" {name} ")).map(|c| c + 1),
                Some(flag),
                "{name}"
            );
        }
        let what = column_of(&shown, "What it enables").expect("header");
        assert_eq!(column_of(&shown, "Deserialising"), Some(what), "{shown}");
        // The long cell wraps inside its column: its second line starts under its first.
        let first = shown.lines().position(|l| l.contains("The standard library")).expect("cell");
        let continued = shown.lines().nth(first + 1).unwrap_or("");
        assert_eq!(continued.chars().nth(what - 1), Some(' '), "{shown}");
        assert!(continued.chars().nth(what).is_some_and(char::is_alphabetic), "{shown}");
        insta::assert_snapshot!(format!("readme_table_{w}x{h}"), styled(&state));
    }
}

#[test]
fn links_show_their_targets_as_notes_and_details_and_code_are_kept() {
    let state = state_of(README, 80, 24);
    let shown = screen(&state);
    assert!(shown.contains("guide[1]") && shown.contains("docs[2]"), "{shown}");
    assert!(shown.contains("[1] https://example.org/guide"), "{shown}");
    assert!(shown.contains("[2] https://docs.example.org/quickparse"), "{shown}");
    assert!(!shown.contains("title:"), "front matter is not text:\n{shown}");
    insta::assert_snapshot!("readme_top_80x24", styled(&state));

    let mut state = state_of(README, 120, 40);
    update(&mut state, Action::Bottom);
    let shown = screen(&state);
    assert!(shown.contains("Why not use a derive macro?"), "the summary is kept:\n{shown}");
    let code: Vec<&str> = shown.lines().filter(|l| l.contains("quickparse::parse")).collect();
    assert_eq!(code.len(), 1, "{shown}");
    let at = |l: &str, s: &str| l.find(s).map(|b| l[..b].chars().count());
    let fn_line = shown.lines().find(|l| l.contains("fn main()")).unwrap_or("");
    assert_eq!(at(code[0], "let cfg"), at(fn_line, "fn main").map(|c| c + 4), "indent kept");
}
