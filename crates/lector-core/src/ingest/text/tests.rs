//! Paragraph splitting, duplicates, splitting of huge paragraphs, and heading levels.

use super::*;

fn kinds(text: &str) -> Vec<(BlockKind, &str)> {
    blocks(text).into_iter().map(|b| (b.kind, &text[b.range()])).collect()
}

const P: BlockKind = BlockKind::Paragraph;
const CAPTION: BlockKind = BlockKind::Caption;
const H1: BlockKind = BlockKind::Heading { level: 1 };
const H2: BlockKind = BlockKind::Heading { level: 2 };
const H3: BlockKind = BlockKind::Heading { level: 3 };

#[test]
fn blank_lines_separate_paragraphs_and_ranges_are_trimmed() {
    let text = "  first para.\n\n \nsecond para.  \n";
    assert_eq!(kinds(text), vec![(P, "first para."), (P, "second para.")]);
}

#[test]
fn each_long_line_is_its_own_paragraph() {
    let a = format!("{} end.", "word ".repeat(30));
    let b = format!("{} stop.", "more ".repeat(30));
    let text = format!("{a}\n{b}\nshort tail.\n");
    let got: Vec<_> = kinds(&text).into_iter().map(|(_, s)| s.to_string()).collect();
    assert_eq!(got, vec![a, b, "short tail.".to_string()]);
}

#[test]
fn hard_wrapped_short_lines_make_one_paragraph() {
    let text = "It was the best of times, it was the worst of times, it was the age\n\
                of wisdom, it was the age of foolishness, it was the epoch of belief,\n\
                It was the season of Light\n\nNext paragraph.";
    let b = blocks(text);
    assert_eq!(b.len(), 2);
    assert_eq!(b[0].kind, P, "a wrapped line that looks like a heading stays inside");
    assert!(text[b[0].range()].ends_with("season of Light"));
    assert_eq!(b[0].range().start, 0);
}

#[test]
fn headings_and_levels() {
    let text = "CHAPTER I\n\nLoomings\n\nCall me Ishmael.\n\nThe Whale\n\nIt was big.\n";
    assert_eq!(
        kinds(text),
        vec![
            (H1, "CHAPTER I"),
            (H2, "Loomings"),
            (P, "Call me Ishmael."),
            (H2, "The Whale"),
            (P, "It was big.")
        ]
    );
}

#[test]
fn a_title_line_opening_the_document_is_level_one() {
    let text = "A Study of Rivers\n\nRivers flow.\n\nSources\n\nMountains.";
    assert_eq!(kinds(text)[0], (H1, "A Study of Rivers"));
    assert_eq!(kinds(text)[2], (H2, "Sources"));
}

#[test]
fn a_heading_shaped_last_line_is_not_a_heading() {
    let text = "Body text here.\n\nView All Publications";
    assert_eq!(kinds(text)[1], (P, "View All Publications"));
}

#[test]
fn one_line_sentences_are_paragraphs() {
    let text = "Intro.\n\nWhatever the motive, the Taliban are unwilling to act.\n\nMore.";
    assert!(kinds(text).iter().all(|(k, _)| *k == P));
}

#[test]
fn consecutive_duplicates_are_dropped_but_stay_in_the_text() {
    let text = "Same line here.\nSame line here.\n\nSame line here.\n\nOther.\n\nSame line here.";
    // The first two lines are one short hard-wrapped paragraph, so only the third duplicates
    // nothing; use blank-separated copies to test dropping.
    let spaced = "Caption text. (A B/Agency)\n\nCaption text. (A B/Agency)\n\nBody.";
    let b = blocks(spaced);
    assert_eq!(b.len(), 2);
    assert_eq!(b[0].kind, CAPTION);
    assert_eq!(b[1].range().start, spaced.find("Body").unwrap_or(0));
    assert_eq!(blocks(text).len(), 4, "non-consecutive repeats are kept");
}

#[test]
fn duplicated_long_lines_are_dropped() {
    let line = format!("{} (Rebecca Conway/The New York Times)", "A caption sentence. ".repeat(8));
    let text = format!("{line}\n{line}\n\nBody.");
    let got = kinds(&text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0], (CAPTION, line.as_str()));
}

#[test]
fn metadata_lines_are_captions_and_listings_are_level_three() {
    let text = "Lead paragraph.\n\nRelated Publications\n\nWhere Next for Kabul?\n\n\
                Thursday, September 19, 2024\n\nSummary.\n\nType: Analysis\n\nEconomicsGlobal Policy\n\n\
                Another Headline Here\n\nWednesday, August 7, 2024\n\nMore.";
    assert_eq!(
        kinds(text),
        vec![
            (P, "Lead paragraph."),
            (H2, "Related Publications"),
            (H3, "Where Next for Kabul?"),
            (CAPTION, "Thursday, September 19, 2024"),
            (P, "Summary."),
            (CAPTION, "Type: Analysis"),
            (CAPTION, "EconomicsGlobal Policy"),
            (H3, "Another Headline Here"),
            (CAPTION, "Wednesday, August 7, 2024"),
            (P, "More."),
        ]
    );
}

#[test]
fn huge_paragraphs_are_split_at_whitespace() {
    let text = "lorem ipsum ".repeat(20_000);
    let b = blocks(&text);
    assert!(b.len() >= 3);
    for w in b.windows(2) {
        assert!(w[0].range().end < w[1].range().start);
    }
    for block in &b {
        assert!(block.range().len() <= MAX_BLOCK_BYTES && block.kind == P);
        let s = &text[block.range()];
        assert!(s.starts_with("lorem") && s.ends_with("ipsum"), "cut between words");
    }
    let covered: usize = b.iter().map(|x| x.range().len() + 1).sum();
    assert_eq!(covered, text.trim_end().len() + 1, "nothing but the cut spaces is lost");
}

#[test]
fn huge_unbroken_lines_are_split_on_char_boundaries() {
    let text = "é".repeat(100_000);
    let b = blocks(&text);
    assert_eq!(b.len(), 4);
    assert_eq!(b.last().map(|x| x.range().end), Some(text.len()));
    for w in b.windows(2) {
        assert_eq!(w[0].range().end, w[1].range().start);
    }
    assert!(b.iter().all(|x| x.range().len() <= MAX_BLOCK_BYTES));
}

#[test]
fn split_pieces_are_never_dropped_as_duplicates() {
    let text = "a".repeat(3 * MAX_BLOCK_BYTES);
    assert_eq!(blocks(&text).len(), 3);
}

#[test]
fn empty_and_blank_text_have_no_blocks() {
    assert!(blocks("").is_empty());
    assert!(blocks("\n \n\n").is_empty());
}

#[test]
fn gutenberg_chapter_lines_and_header_fields() {
    let text = "Title: Alice's Adventures in Wonderland\n\nAuthor: Lewis Carroll\n\n\
                CHAPTER I.\nDown the Rabbit-Hole\n\n\
                Alice was beginning to get very tired of sitting by her sister on the\n\
                bank, and of having nothing to do: once or twice she had peeped into\n\n\
                CHAPTER 2. The Pool of Tears.\n\nCuriouser and curiouser!\n";
    assert_eq!(
        kinds(text),
        vec![
            (CAPTION, "Title: Alice's Adventures in Wonderland"),
            (CAPTION, "Author: Lewis Carroll"),
            (H1, "CHAPTER I."),
            (H2, "Down the Rabbit-Hole"),
            (
                P,
                "Alice was beginning to get very tired of sitting by her sister on the\n\
                 bank, and of having nothing to do: once or twice she had peeped into"
            ),
            (H1, "CHAPTER 2. The Pool of Tears."),
            (P, "Curiouser and curiouser!"),
        ]
    );
}

#[test]
fn short_wrapped_lines_are_not_mistaken_for_stacked_headings() {
    let text = "The Old Man and the Sea\nwas written in Cuba\n\nMore text.";
    assert_eq!(kinds(text)[0].0, P);
    let verse = "CHAPTER I\nIt was a dark and stormy night;\n\nRain.";
    assert_eq!(kinds(verse)[0].0, P);
}

#[test]
fn a_signature_finishing_a_letter_is_not_a_heading() {
    let text = "Lead paragraph of the report.\n\n\
                I beg you to believe that nobody in the world can love you more\n\
                than does\n\nYour Sophie\n\nYours ever,\n\nJohn Smith\n\nThe Next Part\n\nBody text.";
    let got = kinds(text);
    assert_eq!(got[2], (P, "Your Sophie"));
    assert_eq!(got[4], (P, "John Smith"));
    assert_eq!(got[5], (H2, "The Next Part"), "a finished paragraph before it: a heading");
}
