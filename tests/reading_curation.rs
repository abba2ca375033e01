//! Curation round-trips through the actor file: curate the detected actors, write the file,
//! read it back with the reader `--actors` uses, detect again, and get the curated actors.

use lector::actors::{Pipeline, UserActors};
use lector::model::{ActorKind, Document};
use lector::reading::{Curator, write_actor_file};

fn detect(user: UserActors) -> Document {
    let mut doc = lector::ingest::parse(lector::ingest::bundled()).expect("parses");
    lector::actors::annotate(&mut doc, &Pipeline::new(user));
    doc
}

fn actor(doc: &Document, name: &str) -> usize {
    doc.actors.iter().position(|a| a.name == name).unwrap_or_else(|| panic!("no actor {name}"))
}

/// What the reader shows of the actors: id, name, kind, count and aliases (sorted).
fn summary(doc: &Document) -> Vec<(String, String, ActorKind, usize, Vec<String>)> {
    let mut out: Vec<_> = doc
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut aliases = a.aliases.clone();
            aliases.sort();
            (a.id.clone(), a.name.clone(), a.kind, doc.mention_count(i), aliases)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn curation_round_trips_through_the_actor_file() {
    let detected = detect(UserActors::default());
    let mut doc = detected.clone();
    let mut curator = Curator::new(&doc, UserActors::default());
    let (pakistan, isi) = (actor(&doc, "Pakistan"), actor(&doc, "Inter-Services Intelligence"));
    let isi_count = doc.mention_count(isi);
    let pakistan_count = doc.mention_count(pakistan);
    assert!(curator.merge(&mut doc, pakistan, isi));
    let pakistan = actor(&doc, "Pakistan");
    assert_eq!(doc.mention_count(pakistan), pakistan_count + isi_count);
    let ttp = actor(&doc, "Tehreek-e-Taliban Pakistan");
    assert!(curator.rename(&mut doc, ttp, "Pakistani Taliban movement"));
    let punjab = actor(&doc, "Punjab");
    assert!(curator.hide(&mut doc, punjab));
    let haqqani = actor(&doc, "Haqqani family");
    assert!(curator.set_kind(&mut doc, haqqani, ActorKind::ArmedGroup));
    let sharif = actor(&doc, "Shehbaz Sharif");
    assert!(curator.detach(&mut doc, sharif, "Sharif"));
    assert!(!curator.detach(&mut doc, sharif, "Nobody"), "only an alias can be detached");
    assert!(
        doc.actors.iter().all(|a| a.name != "Punjab" && a.aliases.iter().all(|x| x != "Sharif"))
    );
    assert!(doc.actors.iter().any(|a| a.name == "Pakistani Taliban movement"
        && a.aliases.iter().any(|x| x == "Tehreek-e-Taliban Pakistan")));

    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("config").join("actors.toml");
    write_actor_file(&path, &curator.user_actors()).expect("writes");
    let names: Vec<_> = std::fs::read_dir(path.parent().expect("a folder"))
        .expect("lists")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["actors.toml"], "no temporary file is left behind");
    let user = UserActors::load(&path).expect("the reader reads what the writer wrote");
    assert_eq!(summary(&detect(user.clone())), summary(&doc));

    // Undo takes the edits back one at a time, down to the detected actors.
    for _ in 0..5 {
        assert!(curator.undo(&mut doc));
    }
    assert!(!curator.undo(&mut doc));
    assert_eq!(summary(&doc), summary(&detected));

    // New edits go after the file's earlier ones, and name actors as those knew them.
    let renamed = detect(user.clone());
    let mut doc = renamed.clone();
    let mut curator = Curator::new(&doc, user);
    let (movement, china) = (actor(&doc, "Pakistani Taliban movement"), actor(&doc, "China"));
    assert!(curator.merge(&mut doc, movement, china));
    write_actor_file(&path, &curator.user_actors()).expect("writes again");
    let again = UserActors::load(&path).expect("reads again");
    assert_eq!(summary(&detect(again.clone())), summary(&doc));

    // Detection ran with two files (the config directory's and `--actors`): only the
    // config file is written, and the other's entries stay out of it.
    let other = UserActors { hidden: vec!["Mali".into()], ..UserActors::default() };
    let both = again.clone().merge(other.clone());
    let mut doc = detect(both.clone());
    let mut curator = Curator::writing_to(&doc, both, again);
    let movement = actor(&doc, "Pakistani Taliban movement");
    assert!(curator.set_kind(&mut doc, movement, ActorKind::Group));
    let written = curator.user_actors();
    assert!(written.hidden.iter().all(|h| h != "Mali"), "{written:?}");
    assert_eq!(summary(&detect(written.merge(other))), summary(&doc));
    // What a reload detects with: both files' corrections and the edit, in one.
    let corrections = curator.corrections();
    assert!(corrections.hidden.iter().any(|h| h == "Mali"), "{corrections:?}");
    assert_eq!(summary(&detect(corrections)), summary(&doc));
}

#[test]
fn a_failed_write_leaves_the_old_file() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("actors.toml");
    std::fs::write(&path, "[hide]\nnames = [\"Punjab\"]\n").expect("writes");
    // A directory where the temporary file would go makes the write fail before the rename.
    let pid = std::process::id();
    std::fs::create_dir(dir.path().join(format!(".actors.toml.{pid}.tmp"))).expect("blocks");
    let mut user = UserActors::default();
    user.hidden.push("Mali".into());
    assert!(write_actor_file(&path, &user).is_err());
    let kept = std::fs::read_to_string(&path).expect("reads");
    assert_eq!(kept, "[hide]\nnames = [\"Punjab\"]\n");
}

/// The reader's path: edits recorded against the document shown while earlier ones are not
/// applied yet, then one rebuild, give the same document as applying each edit at once.
#[test]
fn recorded_edits_rebuilt_at_once_match_edits_applied_one_by_one() {
    use lector::reading::Change;
    let detected = detect(UserActors::default());
    let (pakistan, isi) =
        (actor(&detected, "Pakistan"), actor(&detected, "Inter-Services Intelligence"));
    let ttp_name = "Tehreek-e-Taliban Pakistan";
    let (ttp, punjab) = (actor(&detected, ttp_name), actor(&detected, "Punjab"));

    let mut applied = detected.clone();
    let mut one_by_one = Curator::new(&applied, UserActors::default());
    assert!(one_by_one.merge(&mut applied, pakistan, isi));
    // After the merge the indexes moved: name the actors again.
    let (ttp_now, punjab_now) = (actor(&applied, ttp_name), actor(&applied, "Punjab"));
    assert!(one_by_one.rename(&mut applied, ttp_now, "Pakistani Taliban movement"));
    assert!(one_by_one.hide(&mut applied, punjab_now));

    // Recorded against the detected document throughout, as the reader does while a rebuild
    // is in flight.
    let mut recorder = Curator::new(&detected, UserActors::default());
    assert!(recorder.record(&detected, Change::Merge { into: pakistan, from: isi }));
    assert!(
        recorder.record(&detected, Change::Rename { actor: ttp, to: "Pakistani Taliban movement" })
    );
    assert!(recorder.record(&detected, Change::Hide { actor: punjab }));
    assert!(!recorder.record(&detected, Change::Detach { actor: ttp, alias: "Nobody" }));
    let rebuilt = recorder.rebuild(&detected);
    assert_eq!(summary(&rebuilt.doc), summary(&applied));
    assert_eq!(recorder.user_actors(), one_by_one.user_actors());
    // Where each detected actor went: ISI into Pakistan, Punjab nowhere.
    let placed = |a: usize| rebuilt.placed[a].map(|x| rebuilt.doc.actors[x].name.clone());
    assert_eq!(placed(isi).as_deref(), Some("Pakistan"));
    assert_eq!(placed(ttp).as_deref(), Some("Pakistani Taliban movement"));
    assert_eq!(placed(punjab), None);

    // Once adopted, later edits name the rebuilt document's actors; taking one back and
    // rebuilding again is the document before it.
    recorder.adopt(rebuilt.origin);
    let shown = rebuilt.doc;
    let moved = actor(&shown, "Pakistani Taliban movement");
    assert!(recorder.record(&shown, Change::SetKind { actor: moved, kind: ActorKind::Group }));
    assert_eq!(recorder.base_of(moved), Some(ttp));
    assert!(recorder.take_back());
    assert_eq!(summary(&recorder.rebuild(&shown).doc), summary(&applied));
}
