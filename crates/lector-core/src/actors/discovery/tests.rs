use super::*;
use crate::actors::gazetteer;
use crate::actors::matcher::NameMatcher;

fn known(text: &str) -> Vec<RawMatch> {
    let names = gazetteer::built_in();
    let m = NameMatcher::new(&names.surfaces, 0).expect("builds");
    let mut known = Vec::new();
    m.find_in(text, 0..text.len(), &mut known);
    known
}

fn find(text: &str) -> BlockFindings {
    let names = gazetteer::built_in();
    let block = Block::new(BlockKind::Paragraph, 0..text.len(), 0);
    discover(text, &block, &names, &known(text))
}

fn candidates(text: &str) -> Vec<(String, Cue, bool)> {
    find(text)
        .names
        .into_iter()
        .map(|c| (text[c.range].to_string(), c.cue, c.sentence_initial))
        .collect()
}

fn names_of(text: &str) -> Vec<String> {
    candidates(text).into_iter().map(|c| c.0).collect()
}

#[test]
fn titles_are_kept_out_of_the_name() {
    let c = candidates(
        "Later, Prime Minister Shehbaz Sharif’s government met Chinese leader Xi Jinping.",
    );
    assert_eq!(c[0], ("Shehbaz Sharif".to_string(), Cue::Title, false));
    assert_eq!(c[1], ("Xi Jinping".to_string(), Cue::Title, false));
    assert_eq!(
        names_of("talks with then TTP chief Hakimullah Mehsud failed."),
        ["Hakimullah Mehsud"]
    );
    assert_eq!(
        names_of("pressure from recently ousted prime minister Imran Khan’s party."),
        ["Imran Khan"]
    );
    assert_eq!(
        names_of("a call from U.S. Secretary of State Antony Blinken today."),
        ["Antony Blinken"]
    );
    assert_eq!(candidates("Then Gen. Asim Munir spoke.")[0].1, Cue::Title);
}

#[test]
fn appositions_keep_honorifics() {
    let c = candidates("and the group’s defense minister, Mullah Yaqub, threatened retaliation.");
    assert_eq!(c, [("Mullah Yaqub".to_string(), Cue::Apposition, false)]);
    let c = candidates("He met Amina Dirar, the rebels’ chief negotiator, in May.");
    assert_eq!(c[0], ("Amina Dirar".to_string(), Cue::Apposition, false));
}

#[test]
fn known_names_and_their_compounds_are_not_rediscovered() {
    assert!(
        names_of("the Taliban-TTP relationship and the Afghanistan-Pakistan region.").is_empty()
    );
    assert!(
        names_of("at the U.N. General Assembly next week, Pakistani officials said").is_empty()
    );
    assert!(names_of("Pakistan and the Afghan Taliban are at odds.").is_empty());
}

#[test]
fn cues_after_the_name() {
    let c = candidates("ties between the influential Haqqani family and the TTP.");
    assert_eq!(c, [("Haqqani family".to_string(), Cue::Group, false)]);
    let c = candidates("the concurrently metastasizing Baluch separatist threat.");
    assert_eq!(c, [("Baluch separatist".to_string(), Cue::Group, false)]);
    let c = candidates("as chief minister of Punjab province, he left.");
    assert!(c.is_empty(), "Punjab is a known place: {c:?}");
    let c = candidates("as governor of Sindh province, he left.");
    assert_eq!(c, [("Sindh".to_string(), Cue::Place, false)]);
    assert!(candidates("Many Afghan families fled the war.").is_empty());
    let c = candidates("and Natasha said nothing.");
    assert_eq!(c[0].1, Cue::PersonVerb);
}

#[test]
fn sentence_initial_common_words_are_stripped() {
    assert!(
        names_of(
            "Analysts say so. Policymakers agree. There is more. Yet it is. Finally it ended."
        )
        .is_empty()
    );
    let c = candidates("The Bumboret Kalash Valley entrance in northern Pakistan.");
    assert_eq!(c, [("Bumboret Kalash Valley".to_string(), Cue::None, false)]);
    let c = candidates("Contrary to official claims, it is so.");
    assert_eq!(c, [("Contrary".to_string(), Cue::None, true)]);
}

#[test]
fn caption_credit_and_particles() {
    let text =
        "attacks that put Islamabad in a difficult position. (Rebecca Conway/The New York Times)";
    assert_eq!(names_of(text), ["Rebecca Conway"]);
    assert_eq!(
        names_of("the hunt for Osama bin Laden and the Bank of England."),
        ["Osama bin Laden", "Bank of England"]
    );
}

#[test]
fn headings_and_title_case_blocks_yield_nothing_new() {
    let text = "Where is Afghanistan Three Years into Taliban Rule?";
    assert!(find(text).names.is_empty());
    assert!(find("Related Publications").names.is_empty());
    // A short line still names a person a title vouches for.
    assert_eq!(names_of("Prime Minister Nadia Korsakova"), ["Nadia Korsakova"]);
    assert_eq!(names_of("Photo: Elin Marsk, the agency’s photographer"), ["Elin Marsk"]);
    assert_eq!(known(text).len(), 2, "known names still count in headings");
    let names = gazetteer::built_in();
    let block = Block::new(BlockKind::Heading { level: 2 }, 0..11, 0);
    assert!(discover("Nimrod Zeta", &block, &names, &[]).names.is_empty());
}

#[test]
fn quoted_labels_and_mid_sentence_common_words() {
    assert!(
        names_of("the TTP launched a spring offensive named “Al-Badr,” the most significant.")
            .is_empty()
    );
    assert_eq!(
        names_of("including the Global Security Initiative (GSI) as a way."),
        ["Global Security Initiative", "GSI"]
    );
}

#[test]
fn news_cues_for_bodies() {
    let c = candidates("Shares in Siemens rose after Siemens said it had won a contract.");
    let siemens: Vec<_> = c.iter().filter(|c| c.0 == "Siemens").map(|c| c.1).collect();
    assert_eq!(siemens, [Cue::Organisation, Cue::Organisation]);
    let c = candidates("Analysts at Goldman Sachs raised their target.");
    assert_eq!(c, [("Goldman Sachs".to_string(), Cue::Organisation, false)]);
    let c = candidates("He said the Bundesbank said inflation would ease.");
    assert_eq!(c, [("Bundesbank".to_string(), Cue::Definite, false)]);
    assert_eq!(candidates("He saw the Englishman said to be ill.")[0].1, Cue::PersonVerb);
    assert_eq!(candidates("They fled beyond the Dvína and on.")[0].1, Cue::AfterIn);
    // Adjectives side by side before their noun are no bodies named with "the".
    let c = candidates("the Orthodox church and the Azóv and Podólsk infantry");
    assert!(c.iter().all(|c| c.1 != Cue::Definite), "{c:?}");
    let c = candidates("Her main rival, Rui Albuquerque, spoke.");
    assert_eq!(c, [("Rui Albuquerque".to_string(), Cue::PersonVerb, false)]);
}

#[test]
fn capitals_used_for_the_city() {
    let text = "In Brussels, NATO met. Brussels said no. He left Brussels.";
    let f = find(text);
    let names = gazetteer::built_in();
    let uses: Vec<&str> = f.city_uses.iter().map(|&s| names.surfaces[s].text.as_str()).collect();
    assert_eq!(uses, ["Brussels", "Brussels"]);
}

#[test]
fn boundaries_of_names() {
    assert_eq!(
        names_of("the match ended when Peter Nicol of Scotland beat the champion."),
        ["Peter Nicol", "Scotland"]
    );
    assert_eq!(names_of("a goal from Argentine Abel Balbo in the second half."), ["Abel Balbo"]);
    assert!(names_of("and a Conservative MP said the vote would be close.").is_empty());
    let c = candidates("at the station, General French said the line would hold.");
    assert_eq!(c, [("General French".to_string(), Cue::Title, false)]);
    assert_eq!(
        names_of("officers of the French Foreign Legion saluted."),
        ["French Foreign Legion"]
    );
    assert_eq!(
        names_of("the Bank of England and the Duke of Wellington met."),
        ["Bank of England", "Wellington"]
    );
}

#[test]
fn result_rows_name_people_without_cues() {
    // A short line of results holds names no verb vouches for; its common words do not.
    let c = candidates("Doug Flach (Canada) beat Arvo Kallasmaa 6-3 6-4");
    let names: Vec<_> = c.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(names, ["Doug Flach", "Arvo Kallasmaa"]);
    assert!(candidates("Related Publications").is_empty());
    assert!(candidates("Research Fellow, Energy Program").is_empty());
    // A state in parentheses says where a player is from, not another name of theirs.
    assert!(find("In the final Tomasz Wierzbicki (Poland) won.").aliases.is_empty());
}

#[test]
fn a_word_of_direction_marks_a_region() {
    let regions = |text: &str| -> Vec<(String, bool)> {
        find(text).names.into_iter().map(|c| (text[c.range].to_string(), c.region)).collect()
    };
    assert_eq!(
        regions("Fighting spread across northern Rakhine while Thura Aung spoke.")[1..],
        [("Rakhine".to_string(), true), ("Thura Aung".to_string(), false)]
    );
    assert_eq!(regions("The Northern Alliance met."), [("Northern Alliance".to_string(), false)]);
}
