use super::*;
use crate::model::{Section, Sections};
use std::path::Path;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::at(dir.path().join("state"));
    (dir, store)
}

/// Sections with these titles at these offsets, and a text of spaces holding the titles.
fn sections(titles: &[(&str, usize)]) -> (Sections, String) {
    let mut out = Vec::new();
    let mut text = String::new();
    for (i, (title, start)) in titles.iter().enumerate() {
        let end = titles.get(i + 1).map_or(start + 100, |n| n.1);
        text.extend(std::iter::repeat_n(' ', start - text.len()));
        text.push_str(title);
        let title_len = title.len() as u32;
        out.push(Section { level: 1, title_len, blocks: i..i + 1, range: *start..end });
        text.extend(std::iter::repeat_n(' ', end - text.len()));
    }
    (out.into(), text)
}

#[test]
fn a_document_is_known_by_its_bytes() {
    let a = DocId::of(b"The same words.");
    assert_eq!(a, DocId::of(b"The same words."));
    assert_ne!(a, DocId::of(b"The same words!"));
    assert_eq!(a.as_str().len(), 32);
    assert_eq!(DocId::parse(a.as_str()), Some(a));
    assert_eq!(DocId::parse("../../etc/passwd"), None);
}

#[test]
fn position_marks_and_the_place_before_a_jump_come_back() {
    let (_tmp, store) = store();
    let id = DocId::of(b"doc");
    let mut state = DocState {
        position: Some(Position { offset: 1234, section: 2, section_title: "Costs".into() }),
        previous: Some(99),
        ..DocState::default()
    };
    assert!(state.set_mark('a', 10));
    assert!(state.set_mark('Z', 20));
    assert!(!state.set_mark('1', 30), "only letters name marks");
    store.save(&id, &state).expect("save");
    let loaded = store.load(&id);
    assert_eq!(loaded, Loaded { state: state.clone(), warning: None });
    assert_eq!(loaded.state.mark('a'), Some(10));
    assert_eq!(loaded.state.mark('1'), None);
    // Saving again replaces the file whole, and leaves no temporary file behind.
    state.position = None;
    store.save(&id, &state).expect("save again");
    assert_eq!(store.load(&id).state, state);
    let files: Vec<_> = std::fs::read_dir(store.dir().join("docs")).expect("dir").collect();
    assert_eq!(files.len(), 1);
}

#[test]
fn a_document_never_opened_has_no_state_and_no_warning() {
    let (_tmp, store) = store();
    assert_eq!(store.load(&DocId::of(b"new")), Loaded::default());
}

#[test]
fn a_truncated_or_corrupt_file_is_a_warning_and_spares_other_documents() {
    let (_tmp, store) = store();
    let (good, bad) = (DocId::of(b"good"), DocId::of(b"bad"));
    let state = DocState { previous: Some(7), ..DocState::default() };
    let mut full = state.clone();
    full.position = Some(Position { offset: 5, section: 0, section_title: String::new() });
    store.save(&good, &full).expect("save");
    store.save(&bad, &full).expect("save");
    let text = std::fs::read(store.doc_file(&bad)).expect("read");
    for broken in [&text[..text.len() / 2], b"\xff\xfe\x00garbage", b"offset = \"many\""] {
        std::fs::write(store.doc_file(&bad), broken).expect("write");
        let loaded = store.load(&bad);
        assert_eq!(loaded.state, DocState::default());
        let warning = loaded.warning.expect("a warning");
        assert!(warning.contains(bad.as_str()) && !warning.contains('\n'), "{warning}");
        assert_eq!(store.load(&good).state, full, "the other document keeps its place");
    }
}

#[test]
fn an_unwritable_store_is_an_error_not_a_panic() {
    let (tmp, _) = store();
    let file = tmp.path().join("a-file");
    std::fs::write(&file, "x").expect("write");
    let store = Store::at(file.join("state"));
    assert!(store.save(&DocId::of(b"x"), &DocState::default()).is_err());
    assert_eq!(store.load(&DocId::of(b"x")).state, DocState::default());
}

#[test]
fn the_same_document_resumes_at_its_exact_offset() {
    let (_tmp, store) = store();
    let id = DocId::of(b"v1");
    let (secs, text) = sections(&[("", 0), ("Costs", 100), ("Risks", 200)]);
    let state = DocState { position: Some(Position::at(150, &secs, &text)), ..DocState::default() };
    assert_eq!(
        state.position.as_ref().map(|p| (p.section, p.section_title.as_str())),
        Some((1, "Costs"))
    );
    store.save(&id, &state).expect("save");
    let (at, got, warning) = resume(&store, None, &id, &text, &secs);
    assert_eq!((at, got, warning), (Resume::Exact(150), state, None));
    // A saved offset past the end of the text (it cannot be this document's) opens at the start.
    assert_eq!(resume(&store, None, &id, &text[..120], &secs).0, Resume::Start);
}

#[test]
fn a_changed_file_resumes_at_the_section_it_was_in() {
    let (tmp, store) = store();
    let path = tmp.path().join("report.md");
    let (old, new) = (DocId::of(b"v1"), DocId::of(b"v2"));
    let (old_secs, old_text) = sections(&[("", 0), ("Costs", 100), ("Risks", 200)]);
    let mut state =
        DocState { position: Some(Position::at(250, &old_secs, &old_text)), ..DocState::default() };
    state.set_mark('a', 120);
    store.save(&old, &state).expect("save");
    store.remember_path(&path, &old).expect("remember");
    assert_eq!(store.last_id(&path), Some(old.clone()));
    assert_eq!(store.last_id(Path::new("elsewhere.md")), None);
    // A section was added before "Risks": it moved to index 3.
    let (new_secs, text) = sections(&[("", 0), ("Summary", 50), ("Costs", 150), ("Risks", 300)]);
    let (at, got, _) = resume(&store, Some(&path), &new, &text, &new_secs);
    assert_eq!(at, Resume::Section { offset: 300, section: 3 });
    assert!(got.marks.is_empty(), "marks point into the old text");
    // With the title gone, the same index (or the last section) is the nearest.
    let (renamed, renamed_text) = sections(&[("", 0), ("Other", 100)]);
    assert_eq!(
        resume(&store, Some(&path), &new, &renamed_text, &renamed).0,
        Resume::Section { offset: 100, section: 1 }
    );
    // A path never recorded, or standard input, starts at the top.
    assert_eq!(resume(&store, None, &new, &text, &new_secs).0, Resume::Start);
}

#[test]
fn xdg_state_home_moves_the_store_when_it_is_absolute() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::platform_with(Some(dir.path().into())).expect("a store");
    assert_eq!(store.dir(), dir.path().join("lector"));
    // A relative or empty value is ignored, as the XDG rules say.
    for ignored in ["relative/state", ""] {
        let other = Store::platform_with(Some(ignored.into()));
        assert_ne!(other.map(|s| s.dir().to_path_buf()), Some(Path::new(ignored).join("lector")));
    }
}
