//! Tests of the reading indexes on documents built by hand, on generated ones (properties)
//! and on the bundled article.

use super::*;
use crate::model::{Actor, ActorKind, Block, BlockKind, Mention, Rule, Section};
use proptest::prelude::*;

/// A document of paragraphs, each a list of words, with `section_of` each paragraph's
/// section, and mentions as (paragraph, word, actor).
fn document(
    paragraphs: &[Vec<String>],
    section_of: &[usize],
    actors: usize,
    mentions: &[(usize, usize, usize)],
) -> Document {
    let mut text = String::new();
    let mut blocks = Vec::new();
    let mut words = Vec::new();
    for (p, para) in paragraphs.iter().enumerate() {
        let start = text.len();
        let mut ranges = Vec::new();
        for (i, w) in para.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            ranges.push(text.len()..text.len() + w.len());
            text.push_str(w);
        }
        let range = start..text.len();
        text.push_str("\n\n");
        blocks.push(Block::new(BlockKind::Paragraph, range, section_of[p] as u32));
        words.push(ranges);
    }
    let count = section_of.iter().max().map_or(0, |&s| s + 1);
    let sections: Vec<Section> = (0..count)
        .map(|s| {
            let first = section_of.iter().position(|&x| x == s).unwrap_or(0);
            let last = section_of.iter().rposition(|&x| x == s).map_or(first, |l| l + 1);
            Section {
                level: 1,
                title_len: 0,
                blocks: first..last,
                range: blocks[first].range().start..blocks[last - 1].range().end,
            }
        })
        .collect();
    let mut doc = Document::new("T".into(), text, blocks, sections, vec![], vec![]);
    let actors = (0..actors)
        .map(|a| Actor {
            id: format!("a{a}"),
            name: format!("Actor{a}"),
            kind: if a % 2 == 0 { ActorKind::State } else { ActorKind::Person },
            aliases: vec![],
            parent: None,
        })
        .collect();
    let mentions = mentions
        .iter()
        .filter_map(|&(p, w, a)| {
            let range = words.get(p)?.get(w)?.clone();
            Some(Mention { actor: a as u32, range, block: 0, section: 0, rule: Rule::Name })
        })
        .collect();
    doc.set_actors(actors, mentions);
    doc
}

/// Random documents: up to 12 paragraphs of up to 8 words in ascending sections, up to 5
/// actors, and mentions on random words.
fn documents() -> impl Strategy<Value = Document> {
    (1usize..12, 1usize..6)
        .prop_flat_map(|(paras, actors)| {
            (
                prop::collection::vec(prop::collection::vec("[a-z]{1,6}", 1..8), paras),
                prop::collection::vec(0usize..3, paras),
                Just(actors),
                prop::collection::vec((0..paras, 0usize..8, 0..actors), 0..40),
            )
        })
        .prop_map(|(paragraphs, steps, actors, mentions)| {
            // Sections ascend through the paragraphs and start at 0.
            let mut section_of = Vec::new();
            let mut s = 0;
            for (i, step) in steps.iter().enumerate() {
                if i > 0 && *step == 0 {
                    s += 1;
                }
                section_of.push(s);
            }
            document(&paragraphs, &section_of, actors, &mentions)
        })
}

fn mentions_in_block(doc: &Document, block: usize) -> Vec<usize> {
    let range = doc.blocks[block].range();
    doc.mentions_overlapping(range).iter().map(|m| m.actor as usize).collect()
}

proptest! {
    #[test]
    fn a_filter_keeps_exactly_the_blocks_with_every_chosen_actor(
        doc in documents(),
        chosen in prop::collection::vec(0usize..5, 1..4),
    ) {
        let chosen: Vec<usize> = chosen.into_iter().filter(|&a| a < doc.actors.len()).collect();
        prop_assume!(!chosen.is_empty());
        let index = ParagraphIndex::build(&doc);
        let kept = index.blocks_with_all(&chosen);
        for b in 0..doc.blocks.len() {
            let here = mentions_in_block(&doc, b);
            let has_all = chosen.iter().all(|a| here.contains(a));
            prop_assert_eq!(kept.contains(&(b as u32)), has_all, "block {}", b);
        }
        prop_assert!(kept.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn section_counts_add_up_to_the_count(doc in documents()) {
        let reading = Reading::build(&doc);
        for a in 0..doc.actors.len() {
            let per_section: usize =
                reading.paragraphs.section_counts(a).iter().map(|&(_, c)| c as usize).sum();
            prop_assert_eq!(per_section, doc.mention_count(a));
            let in_stats: usize = reading
                .sections
                .iter()
                .flat_map(|s| s.actors.iter())
                .filter(|&&(x, _)| x == a)
                .map(|&(_, c)| c)
                .sum();
            prop_assert_eq!(in_stats, doc.mention_count(a));
        }
        let new: usize = reading.sections.iter().map(|s| s.new_actors.len()).sum();
        let present = (0..doc.actors.len()).filter(|&a| doc.mention_count(a) > 0).count();
        prop_assert_eq!(new, present, "each present actor is new in exactly one section");
    }

    #[test]
    fn cooccurrence_counts_shared_blocks(doc in documents()) {
        let index = ParagraphIndex::build(&doc);
        for a in 0..doc.actors.len() {
            let found = index.cooccurring(a);
            for b in 0..doc.actors.len() {
                let shared = (0..doc.blocks.len())
                    .filter(|&k| {
                        let here = mentions_in_block(&doc, k);
                        here.contains(&a) && here.contains(&b)
                    })
                    .count();
                let listed = found.iter().find(|&&(x, _)| x == b).map_or(0, |&(_, c)| c);
                prop_assert_eq!(listed, if a == b { 0 } else { shared }, "{} with {}", a, b);
            }
            prop_assert!(found.windows(2).all(|w| w[0].1 >= w[1].1));
        }
    }

    #[test]
    fn so_far_counts_what_starts_before_the_offset(doc in documents(), at in 0usize..400) {
        let counts = counts_up_to(&doc, at);
        for (a, &c) in counts.iter().enumerate() {
            let naive = doc
                .mentions
                .iter()
                .filter(|m| m.actor as usize == a && m.range.start < at)
                .count();
            prop_assert_eq!(c, naive);
        }
    }

    #[test]
    fn a_line_of_context_holds_the_mention_and_whole_words(doc in documents(), width in 8usize..60) {
        for (m, mention) in doc.mentions.iter().enumerate() {
            let (line, highlight) = context_line(&doc, mention.range.clone(), width);
            prop_assert_eq!(&line[highlight], doc.slice(&mention.range));
            prop_assert!(line.chars().count() <= width.max(mention.range.len() + 2), "{:?}", line);
            let block = doc.slice(&doc.blocks[mention.block as usize].range());
            let words: Vec<&str> = block.split(' ').collect();
            for w in line.split(' ') {
                let w = w.trim_matches('…');
                prop_assert!(w.is_empty() || words.contains(&w), "{:?} cut in {:?} ({})", w, line, m);
            }
        }
    }

    #[test]
    fn presence_counts_every_mention_once(doc in documents(), slices in 1usize..20) {
        for a in 0..doc.actors.len() {
            let p = Presence::of(&doc, a, slices);
            let total: u32 = p.density.iter().sum();
            prop_assert_eq!(total as usize, doc.mention_count(a));
            for &m in doc.mentions_of(a) {
                let start = doc.mentions[m].range.start;
                prop_assert!(p.range(p.slice_at(start)).contains(&start));
            }
            if let Some((s, at)) = p.next_dense_after(0) {
                prop_assert!(s > p.slice_at(0));
                prop_assert!(p.density[s] >= p.dense_threshold());
                prop_assert_eq!(p.slice_at(at), s);
            }
        }
    }
}

fn words(s: &str) -> Vec<String> {
    s.split(' ').map(String::from).collect()
}

#[test]
fn section_statistics_count_words_and_name_the_top_actors() {
    let paragraphs = [words("Alpha met Beta and Alpha"), words("Beta — left"), words("Gamma")];
    let doc = document(
        &paragraphs,
        &[0, 0, 1],
        3,
        &[(0, 0, 0), (0, 2, 1), (0, 4, 0), (1, 0, 1), (2, 0, 2)],
    );
    let reading = Reading::build(&doc);
    let first = &reading.sections[0];
    assert_eq!(first.words, 7, "the dash alone is no word");
    assert_eq!(first.reading_minutes(), 1);
    assert_eq!(first.distinct_actors, 2);
    assert_eq!(first.new_actors, [0, 1]);
    assert_eq!(first.top_line(&doc, 3), "Actor0 2, Actor1 2");
    assert_eq!(reading.sections[1].new_actors, [2]);
    assert_eq!(reading.sections[1].top_line(&doc, 1), "Actor2 1");
}

#[test]
fn sort_and_narrow() {
    let paragraphs = [words("zed apple mango apple mango apple")];
    let mut doc = document(
        &paragraphs,
        &[0],
        3,
        &[(0, 0, 0), (0, 1, 1), (0, 2, 2), (0, 3, 1), (0, 4, 2), (0, 5, 1)],
    );
    doc.actors[0].name = "Zed".into();
    doc.actors[1].name = "apple".into();
    doc.actors[2].name = "Mango".into();
    assert_eq!(order_actors(&doc, SortBy::Count, None, &[]), [1, 2, 0]);
    assert_eq!(order_actors(&doc, SortBy::FirstAppearance, None, &[]), [0, 1, 2]);
    assert_eq!(order_actors(&doc, SortBy::Name, None, &[]), [1, 2, 0]);
    assert_eq!(order_actors(&doc, SortBy::Name, None, &[ActorKind::State]), [2, 0]);
    assert_eq!(order_actors(&doc, SortBy::Count, Some(&[5, 0, 1]), &[]), [0, 2, 1]);
}

fn bundled() -> Document {
    let mut doc = crate::ingest::parse(crate::ingest::bundled()).expect("parses");
    crate::actors::annotate(&mut doc, &crate::actors::Pipeline::default());
    doc
}

#[test]
fn the_first_mention_of_an_acronym_carries_its_definition() {
    let doc = bundled();
    let ttp = find_actor(&doc, "ttp").expect("TTP is found");
    let first = first_mention(&doc, ttp).expect("mentioned");
    let d = first.definition.clone().expect("defined in the text");
    assert_eq!((d.term.as_str(), d.meaning.as_str()), ("TTP", "Tehreek-e-Taliban Pakistan"));
    assert_eq!(doc.slice(&first.range), "Tehreek-e-Taliban Pakistan");
    assert_eq!(first.describe(&doc, ttp), "TTP: Tehreek-e-Taliban Pakistan, defined in (opening)");
    let pakistan = find_actor(&doc, "Pakistan").expect("found");
    assert_eq!(find_actor(&doc, " islamabad "), Some(pakistan), "an alias, in any case");
    assert_eq!(find_actor(&doc, "Atlantis"), None);
    let first = first_mention(&doc, pakistan).expect("mentioned");
    assert_eq!(first.definition, None);
    assert_eq!(first.mention, doc.mentions_of(pakistan)[0]);
}

#[test]
fn a_line_of_context_is_cut_at_word_boundaries() {
    let paragraphs = [words("one two three four five six seven eight nine ten eleven twelve")];
    let doc = document(&paragraphs, &[0], 1, &[(0, 6, 0)]);
    let all: Vec<_> = mentions_in_context(&doc, 0, 24).collect();
    assert_eq!(all.len(), 1);
    let c = &all[0];
    // Eight chars of room on each side, less the parts of "five" and "nine" that would show.
    assert_eq!(c.line, "…six seven eight…");
    assert_eq!(&c.line[c.highlight.clone()], "seven");
    assert!(c.line.chars().count() <= 24 + 10, "{}", c.line);
    let (whole, _) = context_line(&doc, c.range.clone(), 200);
    assert_eq!(whole, "one two three four five six seven eight nine ten eleven twelve");
}

#[test]
fn words_are_runs_with_a_letter_or_a_digit() {
    assert_eq!(count_words("Kenya — and  Ethiopia,\n2024 … ok"), 5);
    assert_eq!(count_words("  Côte d'Ivoire’s ——  "), 2);
    assert_eq!(count_words(""), 0);
    let sample = "Alpha, beta — gamma\u{a0}delta 42 … «épsilon» -- ;";
    let naive = sample.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    assert_eq!(count_words(sample), naive);
}
