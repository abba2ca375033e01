//! The abbreviations whose dot does not end a sentence ("Gen. Smith", "Acme Corp. Ltd"), one
//! list for both readers of sentences: block shaping in ingest and the actor tokenizer.
//!
//! Each entry is written as it usually appears. The tokenizer matches that exact form, since
//! its capitals carry meaning; block shaping ignores case, since a heading may be in capitals.
//! "etc." is left out on purpose: it usually closes its sentence.

const ABBREVIATIONS: [&str; 31] = [
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov",
    "Sen", "Rep", "St", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "No", "Mt", "Ft", "vs", "vol",
    "ch", "fig", "pp",
];

/// Whether `word` (without its dot) is an abbreviation, in the form it is listed.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word)
}

/// Whether `word` (without its dot) is an abbreviation in any case ("GEN", "gen", "Gen").
pub(crate) fn is_abbreviation_any_case(word: &str) -> bool {
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listed_form_matches_exactly_and_any_case_ignores_case() {
        assert!(is_abbreviation("Gen") && is_abbreviation("vs"));
        assert!(!is_abbreviation("gen") && !is_abbreviation("VS") && !is_abbreviation("General"));
        assert!(is_abbreviation_any_case("GEN") && is_abbreviation_any_case("Vs"));
        assert!(!is_abbreviation_any_case("etc") && !is_abbreviation_any_case("Gene"));
    }
}
