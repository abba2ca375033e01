//! Titles from front matter, pandoc blocks, headings and title lines, and the file name.

use super::*;
use crate::ingest::{Format, Source, parse};

fn title_of(name: &str, src: &str) -> String {
    let format = Format::from_name(name);
    let source = Source { name: name.into(), bytes: src.as_bytes().to_vec(), format };
    parse(source).expect("parses").title
}

#[test]
fn yaml_front_matter_gives_the_title_and_is_not_shown() {
    let src = "---\nlayout: post\ntitle: \"Rivers: A Field Guide\"\ntags: [a, b]\n---\n\n## Sources\n\nText.\n";
    assert_eq!(title_of("notes.md", src), "Rivers: A Field Guide");
    let doc = parse(Source { name: "n.md".into(), bytes: src.into(), format: Format::Markdown })
        .expect("parses");
    assert!(doc.text.starts_with("Sources"), "{:?}", doc.text);
    let folded = "---\ntitle: >\n  A Long Title\n  on Two Lines\ndate: 2024\n---\nBody.\n";
    assert_eq!(title_of("n.md", folded), "A Long Title on Two Lines");
}

#[test]
fn toml_front_matter_gives_the_title() {
    let src = "+++\ntitle = \"Release Notes\"\ndraft = false\n+++\n\n# Version 2\n\nText.\n";
    assert_eq!(title_of("CHANGES.md", src), "Release Notes");
}

#[test]
fn a_pandoc_title_block_gives_the_title_and_is_not_shown() {
    let src = "% The Lighthouse\n  Keeper's Year\n% A. Writer\n% 2024\n\nFirst paragraph.\n";
    assert_eq!(title_of("book.md", src), "The Lighthouse Keeper's Year");
    let front = markdown_front(src);
    assert_eq!(front.body, "\nFirst paragraph.\n");
}

#[test]
fn markdown_uses_its_first_level_one_heading_not_its_first_heading() {
    let src = "## Contents\n\nText.\n\n# The Real Title\n\nMore.\n";
    assert_eq!(title_of("doc.md", src), "The Real Title");
    assert_eq!(title_of("doc.md", "## Only Sections\n\nText.\n"), "doc.md");
    assert_eq!(title_of("doc.md", "Line one\nline  two\n===\n"), "Line one line two");
}

#[test]
fn plain_text_uses_a_title_line_then_its_first_heading() {
    let src = "Title: The Frozen River\n\nAuthor: A. N. Author\n\nCHAPTER I\n\nText here.\n";
    assert_eq!(title_of("river.txt", src), "The Frozen River");
    assert_eq!(title_of("a.txt", "A Study of Rivers\n\nRivers flow.\n"), "A Study of Rivers");
    assert_eq!(title_of("a.txt", "just a sentence.\n"), "a.txt");
}

#[test]
fn a_file_name_title_is_cleaned() {
    let t = title_of("\x1b]0;pwned\x07\u{202e}evil\u{9b}2J\nname.txt", "");
    assert!(t.chars().all(|c| !c.is_control() && !('\u{202a}'..='\u{202e}').contains(&c)), "{t:?}");
    assert!(t.contains("evil") && t.contains("name.txt"));
}

#[test]
fn unclosed_front_matter_is_text() {
    let src = "---\ntitle: Never Closed\n\nBody.\n";
    assert_eq!(markdown_front(src), FrontMatter { title: None, body: src });
}
