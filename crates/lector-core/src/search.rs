//! Text search over the logical text: a match may span wrapped lines, and a space in the query
//! matches any run of whitespace, so a phrase broken by a hard line end is still found.
//! Smart case: a query with an uppercase letter is case-sensitive, otherwise case is ignored.
//! Folding: a query without accents matches accented letters ("natasha" finds "Natásha"), and
//! one without curly quotes matches them ("Don't" finds "Don’t"). The query becomes a pattern
//! run on the text itself, so every match is a byte range of the original text.

use regex::{Regex, RegexBuilder};
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

/// Matches are counted per chunk of this many bytes of text.
const CHUNK: usize = 64 << 10;

/// How many matches start in each fixed chunk of the text: a number per 64 KiB instead of an
/// offset per match (a common word in 100 MB of text has millions of matches). "Match k of N"
/// is then a prefix sum plus a scan of one chunk, and the k-th match a search and a scan.
/// Each chunk is counted with the same scan that later looks into it, so the two agree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchCounts {
    /// `before[c]`: matches starting before chunk `c`; the last entry is the total.
    before: Vec<usize>,
}

impl MatchCounts {
    pub fn total(&self) -> usize {
        self.before.last().copied().unwrap_or(0)
    }

    fn chunks(&self) -> usize {
        self.before.len() - 1
    }

    /// How many matches start before `offset`: the index of the first match at or after it.
    pub fn index_of(&self, search: &Search, text: &str, offset: usize) -> usize {
        let c = offset / CHUNK;
        if c >= self.chunks() {
            return self.total();
        }
        self.before[c] + search.starts_in(text, c * CHUNK, offset).count()
    }

    /// The starts of matches `first..first + n` (fewer at the end).
    pub fn starts(&self, search: &Search, text: &str, first: usize, n: usize) -> Vec<usize> {
        let mut c = self.before.partition_point(|&b| b <= first).saturating_sub(1);
        let mut out = Vec::with_capacity(n.min(1024));
        while out.len() < n && c < self.chunks() {
            let hi = ((c + 1) * CHUNK).min(text.len());
            let skip = first.saturating_sub(self.before[c]);
            out.extend(search.starts_in(text, c * CHUNK, hi).skip(skip).take(n - out.len()));
            c += 1;
        }
        out
    }

    /// The start of match `k`.
    pub fn nth(&self, search: &Search, text: &str, k: usize) -> Option<usize> {
        self.starts(search, text, k, 1).first().copied()
    }
}

/// A compiled query and what is known of its matches.
#[derive(Debug, Clone)]
pub struct Search {
    pub query: String,
    matcher: Regex,
    /// The same query without accent folding, when folding is on: it finds every match made
    /// of plain letters at the speed of a literal search, so the folded pattern only runs
    /// near accented letters (see `first_in`).
    plain: Option<Regex>,
    /// The match the reader is on (byte range).
    pub current: Option<Range<usize>>,
    /// How many matches there are, per chunk of text, once counted (in the background).
    pub counts: Option<std::sync::Arc<MatchCounts>>,
    /// Counting failed: the status bar says so instead of "counting…" for ever.
    pub count_failed: bool,
    /// Identifies this search, so a late count of an older query is ignored.
    pub generation: u64,
}

impl Search {
    /// Compiles a query; `None` for an empty one.
    pub fn new(query: &str, generation: u64) -> Option<Search> {
        if query.is_empty() {
            return None;
        }
        let ignore_case = !query.chars().any(char::is_uppercase);
        let fold_accents = !query.chars().any(|c| c.is_alphabetic() && !c.is_ascii());
        let fold_quotes = !query.chars().any(|c| CURLY_QUOTES.contains(c));
        let compile = |fold_accents: bool| {
            let word = |w: &str| {
                w.chars().map(|c| pattern_for(c, fold_accents, fold_quotes)).collect::<String>()
            };
            let pattern = query.split_whitespace().map(word).collect::<Vec<_>>().join(r"\s+");
            if pattern.is_empty() {
                return None;
            }
            RegexBuilder::new(&pattern)
                .case_insensitive(ignore_case)
                .size_limit(1 << 22)
                // Folded letters make a larger automaton: room for it keeps the search at the
                // automaton's speed instead of falling back to a slower engine.
                .dfa_size_limit(1 << 25)
                .build()
                .ok()
        };
        let matcher = compile(fold_accents)?;
        let plain = if fold_accents { compile(false) } else { None };
        let query = query.to_string();
        let (current, counts, count_failed) = (None, None, false);
        Some(Search { query, matcher, plain, current, counts, count_failed, generation })
    }

    /// The first match starting at or after `from`, wrapping to the start.
    pub fn next_from(&self, text: &str, from: usize) -> Option<Range<usize>> {
        let from = floor_boundary(text, from);
        self.first_in(text, from).or_else(|| self.first_in(text, 0))
    }

    /// The last match starting before `before`, wrapping to the end.
    pub fn prev_before(&self, text: &str, before: usize) -> Option<Range<usize>> {
        let before = floor_boundary(text, before);
        // Scan backwards in growing windows so a match near the reader is found fast.
        let mut window = 1 << 16;
        loop {
            let start = floor_boundary(text, before.saturating_sub(window));
            let end = (before + self.margin()).min(text.len());
            let end = floor_boundary(text, end);
            let found = self
                .matcher
                .find_iter(&text[start..end])
                .map(|m| start + m.start()..start + m.end())
                .filter(|m| m.start < before)
                .last();
            if found.is_some() {
                return found;
            }
            if start == 0 {
                return self.last_in(text);
            }
            window *= 4;
        }
    }

    /// How far around a window to look so a match crossing its edge is seen whole.
    fn margin(&self) -> usize {
        self.query.len() * 2 + 64
    }

    /// The first match at or after `from`. With folding, a match the plain pattern misses
    /// holds an accented letter or a combining mark, so the folded pattern only runs in small
    /// windows around those, before the first plain match.
    fn first_in(&self, text: &str, from: usize) -> Option<Range<usize>> {
        let find = |re: &Regex, start: usize, end: usize| {
            re.find(&text[start..end]).map(|m| start + m.start()..start + m.end())
        };
        let Some(plain) = &self.plain else { return find(&self.matcher, from, text.len()) };
        let mut best = find(plain, from, text.len());
        let bytes = text.as_bytes();
        let mut at = from;
        let margin = self.margin();
        while at < best.as_ref().map_or(text.len(), |b| b.end) {
            let Some(p) = next_accent(bytes, at) else { break };
            if best.as_ref().is_some_and(|b| p > b.end) {
                break;
            }
            let start = floor_boundary(text, p.saturating_sub(margin)).max(from);
            let end = floor_boundary(text, (p + margin).min(text.len()));
            let earlier = find(&self.matcher, start, end)
                .filter(|m| best.as_ref().is_none_or(|b| m.start < b.start));
            if earlier.is_some() {
                best = earlier;
            }
            at = p + 1;
        }
        best
    }

    fn last_in(&self, text: &str) -> Option<Range<usize>> {
        self.matcher.find_iter(text).last().map(|m| m.start()..m.end())
    }

    /// Matches overlapping a byte range of the text (for highlighting the visible rows).
    pub fn matches_in(&self, text: &str, range: Range<usize>) -> Vec<Range<usize>> {
        let start = floor_boundary(text, range.start.saturating_sub(self.margin()));
        let end = floor_boundary(text, (range.end + self.margin()).min(text.len()));
        if start >= end {
            return Vec::new();
        }
        self.matcher
            .find_iter(&text[start..end])
            .map(|m| start + m.start()..start + m.end())
            .filter(|m| m.end > range.start && m.start < range.end)
            .collect()
    }

    /// Every match start in the text (a reference for tests; the reader counts by chunk).
    pub fn count_all(&self, text: &str) -> Vec<usize> {
        self.matcher.find_iter(text).map(|m| m.start()).collect()
    }

    /// The starts of the matches starting in `lo..hi`. The scan begins a margin earlier, so a
    /// match crossing `lo` is seen whole (and left out) rather than cut into a false one.
    fn starts_in<'t>(
        &'t self,
        text: &'t str,
        lo: usize,
        hi: usize,
    ) -> impl Iterator<Item = usize> + 't {
        let from = floor_boundary(text, lo.saturating_sub(self.margin()));
        let to = floor_boundary(text, (hi + self.margin()).min(text.len()));
        let slice = text.get(from..to).unwrap_or_default();
        self.matcher
            .find_iter(slice)
            .map(move |m| from + m.start())
            .skip_while(move |&s| s < lo)
            .take_while(move |&s| s < hi)
    }

    /// Counts the matches of the whole text, chunk by chunk; `None` when `cancel` is set
    /// first (a newer search has replaced this one).
    pub fn count_chunks(&self, text: &str, cancel: &AtomicBool) -> Option<MatchCounts> {
        let chunks = text.len().div_ceil(CHUNK);
        let mut before = Vec::with_capacity(chunks + 1);
        before.push(0);
        let mut total = 0;
        for c in 0..chunks {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            total += self.starts_in(text, c * CHUNK, ((c + 1) * CHUNK).min(text.len())).count();
            before.push(total);
        }
        Some(MatchCounts { before })
    }

    /// Counts now, with no way to cancel (small documents).
    pub fn count_now(&self, text: &str) -> MatchCounts {
        let never = AtomicBool::new(false);
        self.count_chunks(text, &never).unwrap_or(MatchCounts { before: vec![0] })
    }

    /// "k/N" for the status bar, or "counting…" while counting.
    pub fn position_label(&self, text: &str) -> String {
        match (&self.current, &self.counts) {
            (Some(cur), Some(counts)) => {
                let k = counts.index_of(self, text, cur.start) + 1;
                format!("{k}/{}", counts.total())
            }
            (Some(_), None) if self.count_failed => "not counted".to_string(),
            (Some(_), None) => "counting…".to_string(),
            (None, _) => "no match".to_string(),
        }
    }
}

const CURLY_QUOTES: &str = "‘’‚‛“”„‟ʼ′″";

/// The pattern matching one query character: itself, or with folding every accented form of
/// a plain letter and every style of a quote.
fn pattern_for(c: char, fold_accents: bool, fold_quotes: bool) -> String {
    let mut buf = [0u8; 4];
    let plain = regex::escape(c.encode_utf8(&mut buf));
    match c {
        '\'' if fold_quotes => "['‘’‛ʼ′]".into(),
        '"' if fold_quotes => "[\"“”‟″]".into(),
        _ if fold_accents && c.is_ascii_alphabetic() => {
            // The letter or an accented form of it, composed or followed by combining marks.
            format!("[{plain}{}]\\p{{Mn}}*", accented()[usize::from(c as u8)])
        }
        _ => plain,
    }
}

/// Accented forms of each ASCII letter (indexed by the letter's byte): the Latin letters
/// whose canonical decomposition starts with it. Built once.
fn accented() -> &'static [String] {
    static TABLE: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = vec![String::new(); 128];
        let latin = ('\u{C0}'..='\u{24F}').chain('\u{1E00}'..='\u{1EFF}');
        for c in latin {
            let mut base = None;
            unicode_normalization::char::decompose_canonical(c, |d| {
                base.get_or_insert(d);
            });
            if let Some(b) = base.filter(|b| b.is_ascii_alphabetic() && *b != c) {
                table[usize::from(b as u8)].push(c);
            }
        }
        table
    })
}

/// The first byte at or after `at` that may start an accented letter. Runs of ASCII, most
/// of a text in a Latin script, are skipped eight bytes at a time.
fn next_accent(bytes: &[u8], mut at: usize) -> Option<usize> {
    while at + 8 <= bytes.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[at..at + 8]);
        if u64::from_ne_bytes(word) & 0x8080_8080_8080_8080 == 0 {
            at += 8;
            continue;
        }
        if let Some(p) = bytes[at..at + 8].iter().position(|&b| may_start_accent(b)) {
            return Some(at + p);
        }
        at += 8;
    }
    bytes.get(at..)?.iter().position(|&b| may_start_accent(b)).map(|p| at + p)
}

/// Whether a byte may start an accented Latin letter (U+00C0–U+024F, U+1E00–U+1EFF) or a
/// combining mark (U+0300–U+036F) in UTF-8.
fn may_start_accent(b: u8) -> bool {
    matches!(b, 0xC3..=0xC9 | 0xCC | 0xCD | 0xE1)
}

/// The nearest char boundary at or before `i`.
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smart_case_and_wrapping() {
        let text = "Taliban taliban TALİBAN";
        let s = Search::new("taliban", 0).expect("query");
        assert_eq!(s.count_all(text), vec![0, 8]);
        assert_eq!(s.next_from(text, 1), Some(8..15));
        assert_eq!(s.next_from(text, 9), Some(0..7));
        assert_eq!(s.prev_before(text, 8), Some(0..7));
        assert_eq!(s.prev_before(text, 0), Some(8..15));
        assert_eq!(s.count_all(text).len(), 2);
        let s = Search::new("Taliban", 0).expect("query");
        assert_eq!(s.count_all(text), vec![0]);
        assert!(Search::new("", 0).is_none());
    }

    #[test]
    fn accents_and_quote_styles_fold_when_the_query_has_none() {
        let text = "Natásha said: Don’t go. NATASHA. Nata\u{301}sha. Natasha.";
        let s = Search::new("natasha", 0).expect("query");
        let found: Vec<&str> = s.count_all(text).iter().map(|&i| &text[i..]).collect();
        assert_eq!(found.len(), 4, "{found:?}");
        let m = s.next_from(text, 0).expect("a match");
        assert_eq!(&text[m], "Natásha", "the range covers the original bytes");
        let m = Search::new("Don't", 0).and_then(|s| s.next_from(text, 0)).expect("quote");
        assert_eq!(&text[m], "Don’t");
        // An accent in the query is meant: no folding; an uppercase letter keeps case.
        assert_eq!(Search::new("natásha", 0).map(|s| s.count_all(text).len()), Some(1));
        assert_eq!(Search::new("Natasha", 0).map(|s| s.count_all(text).len()), Some(3));
    }

    #[test]
    fn folded_matches_are_found_in_order_among_plain_ones() {
        let text = "x natasha y Natásha z natasha Natásha";
        let s = Search::new("natasha", 0).expect("query");
        let mut from = 0;
        let mut found = Vec::new();
        while let Some(m) = s.first_in(text, from) {
            found.push(m.start);
            from = m.start + 1;
        }
        assert_eq!(found, s.count_all(text));
        assert_eq!(found.len(), 4);
        // Only an accented match, far from the start.
        let long = format!("{}Natásha", "word ".repeat(10_000));
        assert_eq!(s.next_from(&long, 0), Some(50_000..50_008));
    }

    #[test]
    fn matches_in_a_window_across_lines() {
        let text = "abc def\nghi";
        let s = Search::new("def ghi", 0).expect("query");
        assert!(s.matches_in(text, 0..3).is_empty());
        assert_eq!(s.matches_in(text, 8..11), vec![4..11]);
    }

    #[test]
    fn offsets_inside_multibyte_text_do_not_panic() {
        let text = "ééé abc ééé";
        let s = Search::new("abc", 0).expect("query");
        for i in 0..=text.len() + 3 {
            let _ = s.next_from(text, i);
            let _ = s.prev_before(text, i);
            let _ = s.matches_in(text, i.min(text.len())..text.len());
        }
    }

    #[test]
    fn chunk_counts_agree_with_every_match_listed() {
        // Several chunks, with matches (some broken across lines) falling on chunk edges.
        let unit = ["the cat sat. ", "a dog. ", "then the\ncat ", "Thé cat! "];
        let text: String = (0..40_000).map(|i| unit[i % 7 % 4]).collect();
        assert!(text.len() > 5 * CHUNK);
        for query in ["the cat", "cat", "t"] {
            let s = Search::new(query, 0).expect("query");
            let all = s.count_all(&text);
            let counts = s.count_now(&text);
            assert_eq!(counts.total(), all.len(), "{query}");
            for offset in (0..text.len()).step_by(CHUNK / 3 + 17).chain([text.len()]) {
                let want = all.partition_point(|&m| m < offset);
                assert_eq!(counts.index_of(&s, &text, offset), want, "{query} at {offset}");
            }
            for first in [0, 1, all.len() / 2, all.len().saturating_sub(3), all.len()] {
                let want: Vec<usize> = all.iter().skip(first).take(25).copied().collect();
                assert_eq!(counts.starts(&s, &text, first, 25), want, "{query} from {first}");
            }
            assert_eq!(counts.nth(&s, &text, 5), all.get(5).copied());
        }
    }

    #[test]
    fn a_cancelled_count_stops_and_an_empty_text_counts_nothing() {
        let s = Search::new("a", 0).expect("query");
        let text = "a ".repeat(CHUNK);
        assert_eq!(s.count_chunks(&text, &AtomicBool::new(true)), None);
        assert_eq!(s.count_now("").total(), 0);
        assert_eq!(s.count_now("").index_of(&s, "", 0), 0);
        assert!(s.count_now("").starts(&s, "", 0, 3).is_empty());
    }
}
