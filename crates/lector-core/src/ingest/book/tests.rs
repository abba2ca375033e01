//! Book outlines: division lines, the publisher's frame, contents pages and nesting levels.

use super::*;
use crate::ingest::text::blocks;

/// The fixture as ingest sees it: decoding removes its byte-order mark.
const FILE: &str = include_str!("../../../../../tests/fixtures/books/frozen-river.txt");

fn novel() -> &'static str {
    FILE.trim_start_matches('\u{feff}')
}

fn headings(text: &str) -> Vec<(u8, &str)> {
    blocks(text)
        .into_iter()
        .filter_map(|b| match b.kind {
            BlockKind::Heading { level } => Some((level, &text[b.range()])),
            _ => None,
        })
        .collect()
}

#[test]
fn division_lines_are_read_with_their_kind() {
    let numbered = |word| Some(Division { word, numbered: true });
    assert_eq!(division("CHAPTER I"), numbered("chapter"));
    assert_eq!(division("CHAPTER XII."), numbered("chapter"));
    assert_eq!(division("BOOK ONE: 1805"), numbered("book"));
    assert_eq!(division("Chapter 2. The Pool of Tears."), numbered("chapter"));
    assert_eq!(division("BOOK FIRST"), numbered("book"));
    assert_eq!(division("Second Part"), numbered("part"));
    let alone = |word| Some(Division { word, numbered: false });
    assert_eq!(division("EPILOGUE"), alone("epilogue"));
    assert_eq!(division("FIRST EPILOGUE: 1813 - 20"), alone("epilogue"));
    assert_eq!(division("SECOND EPILOGUE"), alone("epilogue"));
    for line in ["Chapter and Verse", "Part of the Problem", "Introduction to Economics", "JULIE"] {
        assert_eq!(division(line), None, "{line}");
    }
}

#[test]
fn a_novel_nests_chapters_under_books_and_nothing_else_is_a_heading() {
    let got = headings(novel());
    let want = vec![
        (1, "THE FROZEN RIVER"),
        (1, "BOOK ONE: 1810"),
        (2, "CHAPTER I"),
        (2, "CHAPTER II"),
        (2, "CHAPTER III"),
        (1, "BOOK TWO: 1811"),
        (2, "CHAPTER I"),
        (2, "CHAPTER II"),
        (2, "CHAPTER III"),
        (1, "BOOK THREE: 1812"),
        (2, "CHAPTER I"),
        (2, "CHAPTER II"),
        (1, "EPILOGUE"),
    ];
    assert_eq!(got, want);
}

#[test]
fn the_contents_page_is_one_block_before_the_real_first_chapter() {
    let b = blocks(novel());
    let contents: Vec<&Block> = b.iter().filter(|b| b.kind == BlockKind::Contents).collect();
    assert_eq!(contents.len(), 1);
    let page = &novel()[contents[0].range()];
    assert!(page.starts_with("CONTENTS") && page.ends_with("EPILOGUE"), "{page}");
    assert_eq!(page.matches("CHAPTER I\n").count(), 3);
    let first_chapter =
        b.iter().find(|b| &novel()[b.range()] == "CHAPTER I").map(|b| b.range().start).unwrap_or(0);
    assert!(first_chapter > contents[0].range().end);
    assert!(novel()[first_chapter..].starts_with("CHAPTER I\n\nThe snow had come early"));
}

#[test]
fn the_publishers_header_and_licence_are_captions() {
    let b = blocks(novel());
    let kind_of =
        |needle: &str| b.iter().find(|b| novel()[b.range()].starts_with(needle)).map(|b| b.kind);
    for needle in [
        "The Project Gutenberg EBook of",
        "*** START OF",
        "End of the Project Gutenberg",
        "Section 1. General Terms",
    ] {
        assert_eq!(kind_of(needle), Some(BlockKind::Furniture), "{needle}");
    }
}

#[test]
fn dialogue_signatures_and_proclamations_inside_a_book_are_text() {
    let b = blocks(novel());
    for line in [
        "Peter, hanging on to his sleeve, kept shouting, “Take me too!”",
        "HELEN",
        "Your Sophie",
        "TO THE INHABITANTS OF THE CITY!",
        "PROCLAMATION!",
        "What do these reproaches mean?",
        "St. Petersburg, 3rd March",
        "NAPOLEON",
        "By A. N. Author",
    ] {
        let found = b.iter().find(|b| &novel()[b.range()] == line).map(|b| b.kind);
        assert_eq!(found, Some(BlockKind::Paragraph), "{line}");
    }
}

#[test]
fn a_book_that_titles_its_chapters_keeps_the_titles_under_them() {
    let text = "CHAPTER I.\nDown the Hole\n\nShe fell for a long time, past shelves.\n\n\
                CHAPTER II.\nThe Pool of Tears\n\nShe cried until the hall was a lake.\n\n\
                CHAPTER III.\nA Race\n\nEveryone ran in circles and everyone won.\n\n\
                A Strange Shout Outside\n\nThe end of the race.";
    assert_eq!(
        headings(text),
        vec![
            (1, "CHAPTER I."),
            (2, "Down the Hole"),
            (1, "CHAPTER II."),
            (2, "The Pool of Tears"),
            (1, "CHAPTER III."),
            (2, "A Race"),
        ]
    );
}

#[test]
fn contents_without_blank_lines_are_one_block() {
    let text = "Contents\n\nChapter 1. The Shore\nChapter 2. The Boat\nChapter 3. The Storm\n\n\
                Chapter 1. The Shore\n\nWaves came in all day long and nobody was there.\n\n\
                Chapter 2. The Boat\n\nIt leaked.\n\nChapter 3. The Storm\n\nIt sank.";
    let b = blocks(text);
    assert_eq!(
        (b[0].kind, &text[b[0].range()]),
        (BlockKind::Contents, &text[..text.find("Storm").unwrap_or(0) + 5])
    );
    assert_eq!(
        headings(text),
        vec![(1, "Chapter 1. The Shore"), (1, "Chapter 2. The Boat"), (1, "Chapter 3. The Storm")]
    );
    let four = "Opening words.\n\nChapter 1. A\nChapter 2. B\nChapter 3. C\nChapter 4. D\n\nChapter 1. A\n\nText.";
    assert_eq!(blocks(four)[1].kind, BlockKind::Contents);
}

#[test]
fn an_article_with_a_few_parts_keeps_its_own_headings() {
    let text = "Part 1\n\nOpening words of the essay.\n\nThe Early Years\n\nText.\n\n\
                A Second Theme\n\nText.\n\nPart 2\n\nMore.\n\nThe Middle Years\n\nText.\n\n\
                Part 3\n\nMore.\n\nLooking Ahead\n\nText.\n\nWhere Next\n\nEnd.";
    let got: Vec<&str> = headings(text).into_iter().map(|(_, t)| t).collect();
    assert!(got.contains(&"The Early Years") && got.contains(&"Looking Ahead"), "{got:?}");
}
