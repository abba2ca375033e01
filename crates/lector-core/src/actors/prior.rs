//! The lexical prior: how common a word is in lowercase English, as a Zipf value (log10 of
//! uses per billion words; "the" is 7.7, a rare word 3). A capitalised word that is also a
//! common lowercase word ("Western", "Still") is weak evidence of a name; a word English
//! never writes in lowercase is strong evidence. The table is embedded text (about 50,000
//! words, grouped by value) parsed once on first use.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../../assets/wordfreq/en-zipf.txt");

/// Words by Zipf value in tenths, hashed with a fast, fixed hash: asked for most
/// capitalised words of a text.
type ZipfMap = HashMap<&'static str, u8, foldhash::fast::FixedState>;

fn table() -> &'static ZipfMap {
    static TABLE_MAP: OnceLock<ZipfMap> = OnceLock::new();
    TABLE_MAP.get_or_init(|| parse(TABLE))
}

/// Parses lines of "value-in-tenths TAB word word ..."; malformed lines are skipped.
fn parse(table: &'static str) -> ZipfMap {
    let mut map = ZipfMap::with_capacity_and_hasher(60_000, Default::default());
    for line in table.lines() {
        let Some((value, words)) = line.split_once('\t') else { continue };
        let Ok(value) = value.parse::<u8>() else { continue };
        for w in words.split(' ') {
            map.entry(w).or_insert(value);
        }
    }
    map
}

/// The Zipf value of `word` in tenths, compared in lowercase with ’ read as '; 0 for a word
/// outside the table (rarer than about 1 use in a million words, or not English).
pub fn zipf_tenths(word: &str) -> u8 {
    let ascii_lower = word.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b'-');
    if ascii_lower {
        return table().get(word).copied().unwrap_or(0);
    }
    let lowered: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect();
    table().get(lowered.as_str()).copied().unwrap_or(0)
}

/// The number of words in the table.
pub fn len() -> usize {
    table().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_well_formed_and_ordered() {
        let mut last = u8::MAX;
        let mut words = 0;
        for line in TABLE.lines() {
            let (value, list) = line.split_once('\t').expect("a tab after the value");
            let value: u8 = value.parse().expect("a value in tenths");
            assert!(value < last, "values fall line by line");
            last = value;
            for w in list.split(' ') {
                assert!(!w.is_empty() && w == w.to_lowercase(), "{w:?} is a lowercase word");
                words += 1;
            }
        }
        assert!((40_000..60_000).contains(&words), "{words} words");
        assert_eq!(len(), words);
    }

    #[test]
    fn common_words_rank_above_rare_ones() {
        assert_eq!(zipf_tenths("the"), 77);
        assert!(zipf_tenths("Western") >= 45, "{}", zipf_tenths("Western"));
        assert!(zipf_tenths("said") > zipf_tenths("western"));
        assert_eq!(zipf_tenths("don’t"), zipf_tenths("don't"));
        assert_eq!(zipf_tenths("Xqzvw"), 0);
    }
}
