//! Markdown rendering: block kinds, prefixes, styles, dropped HTML and deep nesting.

use super::*;

fn blocks_of(src: &str) -> (String, Vec<(BlockKind, String)>) {
    let (text, blocks, _) = render(src);
    let listed = blocks.iter().map(|b| (b.kind, text[b.range()].to_string())).collect();
    (text, listed)
}

fn kind_text(kind: BlockKind, s: &str) -> (BlockKind, String) {
    (kind, s.to_string())
}

#[test]
fn headings_and_paragraphs_are_separated_by_blank_lines() {
    let (text, blocks) = blocks_of("# Title\n\nSome *soft*\nwrapped text.\n\n### Deep\n\nEnd.\n");
    assert_eq!(text, "Title\n\nSome soft wrapped text.\n\nDeep\n\nEnd.");
    assert_eq!(
        blocks,
        vec![
            kind_text(BlockKind::Heading { level: 1 }, "Title"),
            kind_text(BlockKind::Paragraph, "Some soft wrapped text."),
            kind_text(BlockKind::Heading { level: 3 }, "Deep"),
            kind_text(BlockKind::Paragraph, "End."),
        ]
    );
}

#[test]
fn list_items_carry_bullets_numbers_and_depth() {
    let (_, blocks) = blocks_of("- one\n- two\n  - nested\n\n3. three\n4. four\n");
    assert_eq!(
        blocks,
        vec![
            kind_text(BlockKind::ListItem { depth: 1 }, "• one"),
            kind_text(BlockKind::ListItem { depth: 1 }, "• two"),
            kind_text(BlockKind::ListItem { depth: 2 }, "• nested"),
            kind_text(BlockKind::ListItem { depth: 1 }, "3. three"),
            kind_text(BlockKind::ListItem { depth: 1 }, "4. four"),
        ]
    );
}

#[test]
fn a_loose_item_with_two_paragraphs_has_one_bullet() {
    let (_, blocks) = blocks_of("- first para\n\n  second para\n- next\n");
    let texts: Vec<_> = blocks.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["• first para", "second para", "• next"]);
}

#[test]
fn block_quotes_carry_depth() {
    let (_, blocks) = blocks_of("> outer\n>\n> > inner\n\nafter\n");
    assert_eq!(
        blocks,
        vec![
            kind_text(BlockKind::Quote { depth: 1 }, "outer"),
            kind_text(BlockKind::Quote { depth: 2 }, "inner"),
            kind_text(BlockKind::Paragraph, "after"),
        ]
    );
}

#[test]
fn code_blocks_keep_their_lines() {
    let (text, blocks) = blocks_of("```rust\nfn main() {\n\n    go();\n}\n```\n\n    indented\n");
    assert_eq!(
        blocks,
        vec![
            kind_text(BlockKind::Code, "fn main() {\n\n    go();\n}"),
            kind_text(BlockKind::Code, "indented"),
        ]
    );
    assert!(text.ends_with("}\n\nindented"));
}

#[test]
fn emphasis_strong_code_and_links_become_styles() {
    let (text, _, styles) = render("A *b* **c** `d` [e](http://x \"t\") ![alt text](i.png)\n");
    assert_eq!(text, "A b c d e[1] alt text\n\n[1] http://x", "the link's target is a note");
    let got: Vec<_> = styles.iter().map(|s| (&text[s.range.clone()], s.emphasis)).collect();
    assert_eq!(
        got,
        vec![
            ("b", Emphasis::Italic),
            ("c", Emphasis::Bold),
            ("d", Emphasis::Code),
            ("e", Emphasis::Link)
        ]
    );
}

#[test]
fn nested_styles_are_sorted_by_start() {
    let (text, _, styles) = render("***both*** and *x **y***\n");
    assert!(styles.windows(2).all(|w| w[0].range.start <= w[1].range.start));
    assert!(
        styles.iter().any(|s| &text[s.range.clone()] == "x y" && s.emphasis == Emphasis::Italic)
    );
}

#[test]
fn html_is_dropped() {
    let (text, blocks) =
        blocks_of("<div>\n<b>hidden</b>\n</div>\n\nkept <span>inline</span> text\n");
    assert_eq!(text, "kept inline text");
    assert_eq!(blocks.len(), 1);
}

#[test]
fn entities_cannot_smuggle_controls() {
    let (text, _) = blocks_of("a&#27;[31mb &#x202E;c&#9;d &#x85;e\n");
    assert_eq!(text, "a[31mb c d e");
}

#[test]
fn thousands_of_nested_lists_and_quotes_do_not_overflow() {
    for src in [">".repeat(20_000) + " deep\n", "- ".repeat(5_000) + "deep\n"] {
        let (text, blocks, _) = render(&src);
        assert!(text.contains("deep"));
        assert!(!blocks.is_empty());
    }
    let nested: String = (0..3_000).map(|i| format!("{}- item\n", "  ".repeat(i))).collect();
    let (_, blocks, _) = render(&nested);
    assert!(!blocks.is_empty());
    assert!(blocks.iter().all(|b| matches!(b.kind, BlockKind::ListItem { .. })));
}

#[test]
fn empty_and_rule_only_documents_have_no_blocks() {
    assert_eq!(render("").1, vec![]);
    assert_eq!(blocks_of("---\n\n<!-- c -->\n").1, vec![]);
    assert_eq!(blocks_of("#\n\ntext\n").0, "text");
}

#[test]
fn nesting_past_the_bound_is_dropped() {
    let deep = format!("{}item\n\nafter\n", "- ".repeat(10_000));
    let (text, blocks) = blocks_of(&deep);
    assert_eq!(blocks.len(), 2, "{blocks:?}");
    assert_eq!(blocks[0].0, BlockKind::ListItem { depth: MAX_NESTING as u8 });
    assert!(text.ends_with("after"));
    assert!(text.len() < 100, "{text}");
    let shallow = "- a\n  - b\n";
    assert!(matches!(bound_nesting(shallow), Cow::Borrowed(_)));
}

#[test]
fn a_huge_paragraph_is_cut_into_pieces_like_plain_text() {
    let words = "Word ".repeat(40_000);
    let src = format!("# {words}\n\n{words}\n");
    let (text, blocks, _) = render(&src);
    assert!(blocks.iter().all(|b| b.range().len() <= MAX_BLOCK_BYTES));
    let headings = blocks.iter().filter(|b| matches!(b.kind, BlockKind::Heading { .. })).count();
    assert_eq!(headings, 1);
    let covered: usize = blocks.iter().map(|b| b.range().len()).sum();
    assert!(covered + blocks.len() >= text.len() - 2, "only the cut spaces are left out");
}

#[test]
fn rendering_in_parts_renders_the_same() {
    let src = "# Title\n\nSome *text*\nhere.\n\n- a\n\n  more of a\n- b\n\n```\ncode\n\nunindented in code\n```\n\n> quote\n\nSetext\n===\n\n1. one\n\n   two\n\nEnd.\n";
    let whole = render_in_parts(src, usize::MAX, usize::MAX);
    for part_bytes in [1, 8, 30] {
        assert_eq!(
            render_in_parts(src, part_bytes, usize::MAX),
            whole,
            "parts of {part_bytes} bytes"
        );
    }
    assert!(top_level_parts(src, 1, usize::MAX).len() > 3, "the test cuts the source somewhere");
}

#[test]
fn emphasis_nested_past_the_bound_adds_no_styles() {
    let depth = 5_000;
    let src = format!("{}deep{}\n", "*a ".repeat(depth), " b*".repeat(depth));
    let (_, _, styles) = render(&src);
    assert!(!styles.is_empty());
    assert!(styles.len() <= MAX_NESTING, "{} styles", styles.len());
}

#[test]
fn a_paragraph_of_many_parts_is_still_cut() {
    let src = "| a | b |\n".repeat(1000);
    let parts = top_level_parts(&src, 100, 400);
    assert!(parts.len() > 10, "{} parts", parts.len());
    assert_eq!(parts.concat(), src);
    assert!(parts.iter().all(|p| p.len() <= 410));
    let indented = "  - item\n".repeat(1000);
    assert_eq!(top_level_parts(&indented, 100, 400).len(), 1, "list lines are never cut");
}
