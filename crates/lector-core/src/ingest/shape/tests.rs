//! One test per shape rule, on lines taken from real scraped articles and books.

use super::*;

#[test]
fn short_titled_lines_are_headings() {
    for line in [
        "Why Did Pakistan Opt for Airstrikes?",
        "Pakistani Policy Response",
        "Implications for U.S. Policy",
        "Related Publications",
        "CHAPTER I",
        "China’s Global Security Initiative: Tilting the Balance in Central Asia",
        "1984 Revisited",
    ] {
        assert!(is_heading(line), "{line}");
        assert_eq!(classify(line, true, false), Shape::Heading { top: is_top_level(line) });
    }
}

#[test]
fn sentences_are_not_headings() {
    for line in [
        "Whatever the motive, the bottom line is that the Taliban are unwilling to act.",
        "He left. She stayed",
        "Why now? Nobody knows",
        "Notes:",
        "the lowercase start of a line",
        "— John Smith",
        "2024",
        "This line is short in characters but has far too many words for any heading at all here",
        &"A".repeat(91),
    ] {
        assert!(!is_heading(line), "{line}");
    }
    assert_eq!(classify("Pakistani Policy Response", false, false), Shape::Paragraph);
}

#[test]
fn abbreviations_do_not_break_a_heading() {
    assert!(is_heading("Dr. Strangelove and Mr. Smith Go to Washington"));
    assert!(is_heading("A Note on J. R. R. Tolkien"));
    assert!(!is_heading("The war ended. Peace Came Later"));
}

#[test]
fn top_level_headings_are_caps_or_book_parts() {
    for line in ["CHAPTER I", "THE END", "Chapter 12", "Part Two", "Book IV", "Prologue"] {
        assert!(is_top_level(line), "{line}");
    }
    for line in ["Part of the Problem", "Pakistani Policy Response", "A", "Chapter and Verse"] {
        assert!(!is_top_level(line), "{line}");
    }
}

#[test]
fn credits_in_parentheses_make_captions() {
    let caption = "The Bumboret Kalash Valley entrance in northern Pakistan. Analysts say so. \
                   (Rebecca Conway/The New York Times)";
    assert_eq!(classify(caption, true, false), Shape::Credit);
    assert_eq!(classify("A market in Kabul (Photo: AP)", true, false), Shape::Credit);
    assert_eq!(classify("Troops at the border (Getty Images)", false, false), Shape::Credit);
    assert!(!ends_with_credit("The Taliban (the group) rules."));
    assert!(!ends_with_credit("The ratio was high (3/4 of cases)"));
    assert!(!ends_with_credit("Pakistan (2024)"));
    let long = format!("{} (Rebecca Conway/The New York Times)", "word ".repeat(200));
    assert_eq!(classify(&long, true, false), Shape::Paragraph);
}

#[test]
fn dates_are_metadata() {
    for line in [
        "Thursday, September 19, 2024",
        "Wednesday, August 7, 2024",
        "7 Aug. 2024",
        "the 3rd of March 2021",
        "2024-08-07",
        "07/08/2024",
    ] {
        assert!(is_date(line), "{line}");
        assert_eq!(classify(line, true, false), Shape::Meta, "{line}");
    }
    for line in ["May Day", "March of the Penguins", "August 2024 Was Hot", "2024", "1-2"] {
        assert!(!is_date(line), "{line}");
    }
}

#[test]
fn label_lines_are_metadata() {
    assert_eq!(classify("Type: Analysis", true, false), Shape::Meta);
    assert_eq!(classify("Type: Question and Answer", true, false), Shape::Meta);
    assert!(is_label_line("Topics: Gender, Human Rights"));
    assert!(!is_label_line("Afghanistan: A Primer"));
    assert!(!is_label_line("Type:"));
}

#[test]
fn run_together_tags_are_metadata() {
    assert!(is_tag_line("EconomicsGenderGlobal PolicyHuman Rights", false));
    assert!(is_tag_line("GenderHuman RightsJustice, Security & Rule of Law", false));
    assert!(!is_tag_line("EconomicsGlobal Policy", false));
    assert!(is_tag_line("EconomicsGlobal Policy", true));
    assert_eq!(classify("EconomicsGlobal Policy", true, true), Shape::Meta);
    for name in ["McDonald and the iPhone", "YouTube Policy", "Pakistani Policy Response"] {
        assert!(!is_tag_line(name, false), "{name}");
    }
}

#[test]
fn one_line_dialogue_is_not_a_heading() {
    for line in [
        "Pétya, clinging to his legs, kept shouting, “And me too!”",
        "“Never!” she cried, “never, never!”",
        "“Is it you?” he asked",
        "\"Come here,\" said the captain",
        "“Yes,” said he",
    ] {
        assert!(is_dialogue(line), "{line}");
        assert!(!is_heading(line), "{line}");
    }
    for title in ["Biden: “No Retreat”", "Why “Strategic Patience” Failed", "The ‘New Normal’"]
    {
        assert!(!is_dialogue(title), "{title}");
        assert!(is_heading(title), "{title}");
    }
}
