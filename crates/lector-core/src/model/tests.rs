use super::*;

fn doc(text: &str, paras: &[(usize, usize)]) -> Document {
    let blocks =
        paras.iter().map(|&(s, e)| Block::new(BlockKind::Paragraph, s..e, 0)).collect::<Vec<_>>();
    let n = blocks.len();
    let sections = vec![Section { level: 0, title_len: 0, blocks: 0..n, range: 0..text.len() }];
    Document::new("t".into(), text.into(), blocks, sections, vec![], vec![])
}

fn actor(name: &str) -> Actor {
    Actor {
        id: name.to_lowercase(),
        name: name.into(),
        kind: ActorKind::State,
        aliases: vec![],
        parent: None,
    }
}

fn mention(actor: u32, r: std::ops::Range<usize>) -> Mention {
    Mention { actor, range: r, block: 99, section: 99, rule: Rule::Gazetteer }
}

#[test]
fn set_actors_sorts_indexes_and_recomputes_blocks() {
    let text = "Chad and Mali.\n\nMali again.";
    let mut d = doc(text, &[(0, 14), (16, 27)]);
    d.set_actors(
        vec![actor("Chad"), actor("Mali")],
        vec![mention(1, 16..20), mention(0, 0..4), mention(1, 9..13)],
    );
    let starts: Vec<_> = d.mentions.iter().map(|m| m.range.start).collect();
    assert_eq!(starts, vec![0, 9, 16]);
    assert_eq!(d.mentions[2].block, 1);
    assert_eq!(d.mentions_of(1), &[1, 2]);
    assert_eq!(d.mention_count(0), 1);
    assert_eq!(d.mentions_in_section(0).len(), 3);
    assert!(d.mentions_in_section(1).is_empty());
}

#[test]
fn set_actors_drops_invalid_and_overlapping_mentions() {
    let text = "Ünited";
    let mut d = doc(text, &[(0, text.len())]);
    d.set_actors(
        vec![actor("A")],
        vec![
            mention(0, 1..3),
            mention(0, 0..7),
            mention(0, 0..2),
            mention(5, 0..2),
            mention(0, 3..7),
        ],
    );

    for m in &d.mentions {
        assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end));
    }
    for w in d.mentions.windows(2) {
        assert!(w[0].range.end <= w[1].range.start);
    }
    assert!(d.mentions.iter().all(|m| m.actor == 0));
}

#[test]
fn mentions_overlapping_finds_by_range() {
    let text = "aa bb cc dd";
    let mut d = doc(text, &[(0, 11)]);
    d.set_actors(vec![actor("x")], vec![mention(0, 0..2), mention(0, 3..5), mention(0, 9..11)]);
    let found: Vec<_> = d.mentions_overlapping(4..9).iter().map(|m| m.range.clone()).collect();
    assert_eq!(found, vec![3..5]);
    assert!(d.mentions_overlapping(5..9).is_empty());
}

#[test]
fn block_at_maps_offsets() {
    let d = doc("ab\n\ncd", &[(0, 2), (4, 6)]);
    assert_eq!(d.block_at(0), Some(0));
    assert_eq!(d.block_at(3), Some(0));
    assert_eq!(d.block_at(5), Some(1));
    assert_eq!(doc("", &[]).block_at(0), None);
}

#[test]
fn a_body_reads_with_its_organs() {
    let text = "UN met. Council met. UN again. Mali too.";
    let mut d = doc(text, &[(0, text.len())]);
    let mut council = actor("Council");
    council.parent = Some(0);
    let ms = vec![mention(0, 0..2), mention(1, 8..15), mention(0, 21..23), mention(2, 31..35)];
    d.set_actors(vec![actor("UN"), council, actor("Mali")], ms);
    let texts: Vec<&str> =
        d.mentions_with_organs(0).iter().map(|&m| d.slice(&d.mentions[m].range)).collect();
    assert_eq!(texts, ["UN", "Council", "UN"]);
    assert_eq!(d.mentions_with_organs(1).len(), 1, "an organ has no organs of its own");
}

#[test]
fn a_block_keeps_its_range_past_four_gigabytes_in_sixteen_bytes() {
    let far = (5usize << 32) + 7;
    let mut b = Block::new(BlockKind::Quote { depth: 3 }, far..far + 65_536, 9);
    assert_eq!(
        (b.range(), b.kind, b.section),
        (far..far + 65_536, BlockKind::Quote { depth: 3 }, 9)
    );
    b.set_range(12..40);
    assert_eq!(b.range(), 12..40);
    assert_eq!(format!("{b:?}"), "Block { kind: Quote { depth: 3 }, range: 12..40, section: 9 }");
    assert_eq!(std::mem::size_of::<Block>(), 16);
}

#[test]
fn every_kind_is_listed_once_in_the_order_declared() {
    // The match names every kind: a new one fails to compile here until it is listed.
    let place = |k: ActorKind| match k {
        ActorKind::State => 0,
        ActorKind::InternationalOrganisation => 1,
        ActorKind::Organisation => 2,
        ActorKind::ArmedGroup => 3,
        ActorKind::Person => 4,
        ActorKind::Group => 5,
        ActorKind::Place => 6,
    };
    for (i, &k) in ActorKind::ALL.iter().enumerate() {
        assert_eq!(place(k), i, "{k:?}");
    }
}
