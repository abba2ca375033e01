use super::*;
use crate::actors::gazetteer;
use crate::actors::tokens::tokenize;

fn names() -> Names {
    gazetteer::built_in()
}

#[test]
fn variants_share_a_key_and_distinct_bodies_do_not() {
    let n = names();
    let from = n.actors.len();
    let k = |s: &str| key(s, &n, from);
    assert_eq!(k("Ministry of Defence"), k("Defence Ministry"));
    assert_eq!(k("Army of Pakistan"), k("Pakistan Army"));
    assert_eq!(k("Foreign Ministry of Iran"), k("Iranian Foreign Ministry"));
    assert_eq!(k("Sharif Shehbaz"), k("Shehbaz Sharif"));
    assert_ne!(k("Ministry of Defence"), k("Indian Ministry of Defence"));
    assert_ne!(k("Iranian Foreign Ministry"), k("Iraqi Foreign Ministry"));
    assert_eq!(k("Defence"), None, "one word has no order");
}

#[test]
fn possessive_owners_are_found() {
    let text = "Iran's Foreign Ministry protested; Iran's leaders and Anna's Sister did not.";
    let mut t = Vec::new();
    tokenize(text, 0..text.len(), &mut t);
    let mut out = Vec::new();
    owned(text, &t, &mut out);
    let got: Vec<(&str, &str)> =
        out.iter().map(|d| (&text[d.long.clone()], &text[d.short.clone()])).collect();
    assert_eq!(got, [("Iran", "Foreign Ministry")]);
}

fn tallied<'a>(counts: &[(&'a str, u32)]) -> FastMap<&'a str, Tally> {
    counts
        .iter()
        .map(|&(s, count)| (s, Tally { count, words: s.split(' ').count(), ..Tally::default() }))
        .collect()
}

#[test]
fn the_most_used_form_names_the_actor() {
    let mut n = names();
    let from = n.actors.len();
    let org = |n: &mut Names, s: &str| n.add_actor(s, ActorKind::Organisation, Rule::Name);
    let mod_ = org(&mut n, "Ministry of Defence");
    let dm = org(&mut n, "Defence Ministry");
    let indian = org(&mut n, "Indian Ministry of Defence");
    let sharif = n.add_actor("Sharif Shehbaz", ActorKind::Person, Rule::Name);
    let shehbaz = n.add_actor("Shehbaz Sharif", ActorKind::Person, Rule::Title);
    // A person and a body with the same words stay apart.
    let firm = org(&mut n, "Shehbaz Sharif Holdings");
    let tally = tallied(&[
        ("Ministry of Defence", 3),
        ("Defence Ministry", 1),
        ("Indian Ministry of Defence", 1),
        ("Sharif Shehbaz", 1),
        ("Shehbaz Sharif", 2),
    ]);
    let merged = merge_variants("", &[], &[], &tally, &mut n, from);
    assert_eq!(merged, 2);
    assert_eq!(n.actors[dm].merged_into, Some(mod_));
    assert_eq!(n.actors[sharif].merged_into, Some(shehbaz));
    for a in [mod_, indian, shehbaz, firm] {
        assert_eq!(n.actors[a].merged_into, None, "{}", n.actors[a].name);
    }
}

#[test]
fn a_body_owned_only_by_one_state_joins_its_variant() {
    let text = "Iran's Foreign Ministry. Iranian Foreign Ministry. Iraq's Trade Ministry.";
    let mut t = Vec::new();
    tokenize(text, 0..text.len(), &mut t);
    let mut defs = Vec::new();
    owned(text, &t, &mut defs);
    let mut n = names();
    let from = n.actors.len();
    let ifm = n.add_actor("Iranian Foreign Ministry", ActorKind::Organisation, Rule::Name);
    let fm = n.add_actor("Foreign Ministry", ActorKind::Organisation, Rule::Name);
    let tally =
        tallied(&[("Iranian Foreign Ministry", 1), ("Foreign Ministry", 1), ("Trade Ministry", 1)]);
    merge_variants(text, &[], &defs, &tally, &mut n, from);
    assert_eq!(n.actors[fm].merged_into, Some(ifm));
    assert!(!n.is_known("Trade Ministry"), "no variant names Iraq's");
    // Used bare as well, the body may be anyone's.
    let mut n = names();
    let ifm = n.add_actor("Iranian Foreign Ministry", ActorKind::Organisation, Rule::Name);
    let fm = n.add_actor("Foreign Ministry", ActorKind::Organisation, Rule::Name);
    let tally = tallied(&[("Iranian Foreign Ministry", 1), ("Foreign Ministry", 2)]);
    merge_variants(text, &[], &defs, &tally, &mut n, from);
    assert_eq!(n.actors[fm].merged_into, None);
    assert_eq!(n.actors[ifm].merged_into, None);
}

#[test]
fn a_variant_not_taken_alone_still_joins_its_actor() {
    let mut n = names();
    let from = n.actors.len();
    let ifm = n.add_actor("Iranian Foreign Ministry", ActorKind::Organisation, Rule::Name);
    let tally = tallied(&[("Iranian Foreign Ministry", 2), ("Foreign Ministry of Iran", 1)]);
    let multi = ["Iranian Foreign Ministry", "Foreign Ministry of Iran", "Foreign Office of Iran"];
    assert_eq!(merge_variants("", &multi, &[], &tally, &mut n, from), 1);
    assert_eq!(n.actor_of("Foreign Ministry of Iran"), Some(ifm));
    assert!(!n.is_known("Foreign Office of Iran"));
}

#[test]
fn another_states_body_is_an_actor_of_its_own() {
    let mut n = names();
    let from = n.actors.len();
    let mod_ = n.add_actor("Ministry of Defence", ActorKind::Organisation, Rule::Name);
    let tally = tallied(&[("Ministry of Defence", 3), ("Indian Ministry of Defence", 1)]);
    let multi =
        ["Ministry of Defence", "Indian Ministry of Defence", "Ministry of Defence of Peru"];
    merge_variants("", &multi, &[], &tally, &mut n, from);
    for s in ["Indian Ministry of Defence", "Ministry of Defence of Peru"] {
        let a = n.actor_of(s).expect("an actor");
        assert_ne!(a, mod_);
        assert_eq!(n.actors[a].kind, ActorKind::Organisation);
    }
    // A person's name with a state's word is not a body.
    assert_eq!(another_states_body("Indian Odera Kamau", &n), None);
}
