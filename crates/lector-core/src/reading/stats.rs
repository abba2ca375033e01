//! Per-section statistics: words, reading time, distinct actors, actors new in the section
//! and the top actors with their counts ("Pakistan 12, TTP 9, Taliban 7").

use super::ParagraphIndex;
use crate::model::{BlockKind, Document, index};
use rayon::prelude::*;

/// The reading speed behind reading times: a common figure for adults reading
/// non-fiction silently (studies put it between 200 and 260 words a minute).
pub const WORDS_PER_MINUTE: usize = 238;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectionStats {
    /// Words in the section's blocks (publisher furniture left out).
    pub words: usize,
    /// Distinct actors mentioned in the section.
    pub distinct_actors: usize,
    /// Actors whose first mention is in this section, in order of appearance.
    pub new_actors: Vec<usize>,
    /// Every actor the section mentions with its count, most first (ties: first appearance).
    pub actors: Vec<(usize, usize)>,
}

impl SectionStats {
    /// Reading time in whole minutes at [`WORDS_PER_MINUTE`], at least one for any text.
    pub fn reading_minutes(&self) -> usize {
        self.words.div_ceil(WORDS_PER_MINUTE)
    }

    /// The `n` most mentioned actors.
    pub fn top(&self, n: usize) -> &[(usize, usize)] {
        &self.actors[..n.min(self.actors.len())]
    }

    /// "Pakistan 12, TTP 9, Taliban 7": the top `n` actors by name with their counts.
    pub fn top_line(&self, doc: &Document, n: usize) -> String {
        let parts: Vec<String> = self
            .top(n)
            .iter()
            .filter_map(|&(a, c)| doc.actors.get(a).map(|actor| format!("{} {c}", actor.name)))
            .collect();
        parts.join(", ")
    }
}

/// Statistics for every section: one pass over the blocks' text and one over the actors'
/// per-section counts.
pub fn section_stats(doc: &Document, paragraphs: &ParagraphIndex) -> Vec<SectionStats> {
    let mut out = vec![SectionStats::default(); doc.sections.len()];
    // Counting words reads the whole text: the one part worth spreading over the cores.
    let words: Vec<usize> = doc
        .blocks
        .par_iter()
        .map(
            |b| if b.kind == BlockKind::Furniture { 0 } else { count_words(doc.slice(&b.range())) },
        )
        .collect();
    for (b, n) in doc.blocks.iter().zip(words) {
        if let Some(s) = out.get_mut(index(b.section)) {
            s.words += n;
        }
    }
    for a in 0..doc.actors.len() {
        for &(section, count) in paragraphs.section_counts(a) {
            if let Some(s) = out.get_mut(index(section)) {
                s.actors.push((a, index(count)));
            }
        }
        let first = doc.mentions_of(a).first().map(|&m| index(doc.mentions[m].section));
        if let Some(s) = first.and_then(|f| out.get_mut(f)) {
            s.new_actors.push(a);
        }
    }
    let first_start =
        |a: usize| doc.mentions_of(a).first().map_or(0, |&m| doc.mentions[m].range.start);
    for s in &mut out {
        s.distinct_actors = s.actors.len();
        s.actors
            .sort_by(|x, y| y.1.cmp(&x.1).then_with(|| first_start(x.0).cmp(&first_start(y.0))));
        s.new_actors.sort_by_key(|&a| first_start(a));
    }
    out
}

/// Words as a reader counts them: runs of non-space text holding a letter or a digit
/// (a dash standing alone is no word). Bytes are read directly and only the rare non-ASCII
/// character is decoded, since this runs over the whole text.
pub fn count_words(text: &str) -> usize {
    let (mut words, mut in_word, mut counted) = (0, false, false);
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let (space, alnum, len) = if bytes[i] < 0x80 {
            (bytes[i].is_ascii_whitespace(), bytes[i].is_ascii_alphanumeric(), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.is_alphanumeric(), c.len_utf8())
        };
        i += len;
        if space {
            in_word = false;
            continue;
        }
        if !in_word {
            (in_word, counted) = (true, false);
        }
        if alnum && !counted {
            words += 1;
            counted = true;
        }
    }
    words
}
