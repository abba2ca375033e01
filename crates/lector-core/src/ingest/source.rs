//! Reading inputs (files, a file's head, standard input) into a `Source`, with typed errors.
//!
//! The checks a user meets (missing, directory, permissions, binary) happen here, before any
//! parsing, so each failure is one line naming the file. `read_head` never reads past `max`.

use super::{Format, IngestError, Source, decode::looks_binary};
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Reads a whole file.
pub fn read_file(path: &Path) -> Result<Source, IngestError> {
    let mut file = open(path)?;
    let mut bytes = Vec::new();
    if let Ok(meta) = file.metadata() {
        bytes.reserve_exact(usize::try_from(meta.len()).unwrap_or(0));
    }
    file.read_to_end(&mut bytes).map_err(|e| read_error(path, e))?;
    source_from(path, bytes)
}

/// Reads at most `max` bytes from the start of a file, cut back to the last line end when the
/// file goes on past them. An EPUB is read whole: a zip's directory is at its end, so its
/// head alone is no book.
pub fn read_head(path: &Path, max: usize) -> Result<Source, IngestError> {
    let file = open(path)?;
    if Format::from_name(&path.to_string_lossy()) == Format::Epub {
        return read_file(path);
    }
    let limit = u64::try_from(max).unwrap_or(u64::MAX);
    let mut bytes = Vec::with_capacity(max.min(1 << 24));
    // One byte past the limit tells whether the file continues, without a second stat.
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(|e| read_error(path, e))?;
    if bytes.len() > max && super::epub::looks_like_epub(&bytes) {
        return read_file(path);
    }
    if bytes.len() > max {
        bytes.truncate(max);
        let keep = head_cut(&bytes);
        bytes.truncate(keep);
    }
    source_from(path, bytes)
}

/// Reads at most `max` bytes from the end of a file, starting after a line end so the first
/// line is whole: what the reader shows at once when asked for the end of a file it is still
/// reading. `None` for UTF-16 files, whose byte order is only known from their start.
pub fn read_tail(path: &Path, max: usize) -> Result<Option<Source>, IngestError> {
    use std::io::{Seek, SeekFrom};
    let mut file = open(path)?;
    let len = file.metadata().map_err(|e| read_error(path, e))?.len();
    let mut bom = [0u8; 2];
    let got = file.read(&mut bom).map_err(|e| read_error(path, e))?;
    if got == 2 && matches!(bom, [0xFF, 0xFE] | [0xFE, 0xFF]) {
        return Ok(None);
    }
    let start = len.saturating_sub(u64::try_from(max).unwrap_or(u64::MAX));
    file.seek(SeekFrom::Start(start)).map_err(|e| read_error(path, e))?;
    let mut bytes = Vec::with_capacity(max.min(1 << 24));
    file.read_to_end(&mut bytes).map_err(|e| read_error(path, e))?;
    if start > 0 {
        let first_line = memchr::memchr(b'\n', &bytes).map_or(0, |nl| nl + 1);
        bytes.drain(..first_line);
    }
    source_from(path, bytes).map(Some)
}

/// Reads all of standard input; its name is "stdin" and its format found from its content
/// (an HTML page, an EPUB, else plain text).
/// A terminal on standard input is refused: reading it would wait for typing that nobody
/// means to do, behind a blank screen.
pub fn read_stdin() -> Result<Source, IngestError> {
    use std::io::IsTerminal;
    if io::stdin().is_terminal() {
        return Err(IngestError::StdinIsTerminal);
    }
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|source| IngestError::Unreadable { path: "stdin".into(), source })?;
    let name = "stdin".to_string();
    let format = Format::detect(&name, &bytes);
    if format != Format::Epub && looks_binary(&bytes) {
        return Err(IngestError::Binary { name });
    }
    Ok(Source { name, bytes, format })
}

fn open(path: &Path) -> Result<File, IngestError> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(IngestError::NotFound(path.to_path_buf()));
        }
        Err(e) => return Err(read_error(path, e)),
        Ok(meta) if meta.is_dir() => return Err(IngestError::IsDirectory(path.to_path_buf())),
        Ok(_) => {}
    }
    File::open(path).map_err(|e| read_error(path, e))
}

fn read_error(path: &Path, source: io::Error) -> IngestError {
    match source.kind() {
        io::ErrorKind::NotFound => IngestError::NotFound(path.to_path_buf()),
        io::ErrorKind::IsADirectory => IngestError::IsDirectory(path.to_path_buf()),
        _ => IngestError::Unreadable { path: path.to_path_buf(), source },
    }
}

fn source_from(path: &Path, bytes: Vec<u8>) -> Result<Source, IngestError> {
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let format = Format::detect(&name, &bytes);
    if format != Format::Epub && looks_binary(&bytes) {
        return Err(IngestError::Binary { name: path.display().to_string() });
    }
    Ok(Source { name, bytes, format })
}

/// Where to cut a truncated head: after its last line end, in the file's own encoding, or
/// else at the last whole character.
fn head_cut(bytes: &[u8]) -> usize {
    let newline_pair = match bytes {
        [0xFF, 0xFE, ..] => Some([b'\n', 0]),
        [0xFE, 0xFF, ..] => Some([0, b'\n']),
        _ => None,
    };
    if let Some(pair) = newline_pair {
        let even = bytes.len() & !1;
        let last = (2..even).step_by(2).rev().find(|&i| bytes[i..i + 2] == pair);
        return last.map_or(even, |i| i + 2);
    }
    if let Some(nl) = memchr::memrchr(b'\n', bytes) {
        return nl + 1;
    }
    // No line end: drop a trailing partial UTF-8 character so the head still decodes.
    match std::str::from_utf8(bytes) {
        Err(e) if e.error_len().is_none() => e.valid_up_to(),
        _ => bytes.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let path = dir.path().join(name);
        let mut f = File::create(&path).expect("create");
        f.write_all(bytes).expect("write");
        path
    }

    #[test]
    fn missing_file_is_not_found_and_names_it() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("nope.txt");
        let err = read_file(&path).expect_err("missing");
        assert!(matches!(err, IngestError::NotFound(_)));
        let msg = err.to_string();
        assert!(msg.contains("nope.txt") && !msg.contains('\n'), "{msg}");
        assert!(matches!(read_head(&path, 10), Err(IngestError::NotFound(_))));
    }

    #[test]
    fn a_book_is_read_whole_and_a_page_is_known_by_its_content() {
        let dir = tempfile::tempdir().expect("dir");
        let mut zip = b"PK\x03\x04\x14\x00\x00\x00mimetypeapplication/epub+zip".to_vec();
        zip.extend(std::iter::repeat_n(0u8, 5000));
        for name in ["book.epub", "book"] {
            let path = write(&dir, name, &zip);
            let head = read_head(&path, 100).expect("a book is not binary");
            assert_eq!((head.format, head.bytes.len()), (Format::Epub, zip.len()), "{name}");
        }
        let page = write(&dir, "saved", b"<!doctype html><p>x</p>");
        assert_eq!(read_file(&page).expect("page").format, Format::Html);
        let notes = write(&dir, "notes.txt", b"<!doctype html> is how a page starts");
        assert_eq!(read_file(&notes).expect("notes").format, Format::Text);
    }

    #[test]
    fn directory_is_reported_as_such() {
        let dir = tempfile::tempdir().expect("dir");
        let err = read_file(dir.path()).expect_err("dir");
        assert!(matches!(err, IngestError::IsDirectory(_)));
        assert!(err.to_string().contains("is a directory"));
        assert!(matches!(read_head(dir.path(), 10), Err(IngestError::IsDirectory(_))));
    }

    #[test]
    fn unreadable_paths_are_reported_in_one_line() {
        let dir = tempfile::tempdir().expect("dir");
        let path = write(&dir, "secret.txt", b"hidden");
        // A path through a file fails for every user, root included.
        let through = path.join("inner.txt");
        let err = read_file(&through).expect_err("unreadable");
        assert!(matches!(err, IngestError::Unreadable { .. }), "{err:?}");
        let msg = err.to_string();
        assert!(msg.contains("inner.txt") && msg.contains("cannot read") && !msg.contains('\n'));
        assert!(matches!(read_head(&through, 10), Err(IngestError::Unreadable { .. })));

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::Permissions::from_mode(0o000);
            std::fs::set_permissions(&path, mode).expect("chmod");
            // Root ignores permissions; everyone else must get Unreadable.
            if File::open(&path).is_err() {
                let err = read_file(&path).expect_err("no permission");
                assert!(matches!(err, IngestError::Unreadable { .. }));
                assert!(err.to_string().contains("secret.txt"));
            }
        }
    }

    #[test]
    fn binary_file_is_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let path = write(&dir, "a.bin", b"\x7fELF\x02\x01\x01\0\0\0\0");
        let err = read_file(&path).expect_err("binary");
        assert!(matches!(err, IngestError::Binary { .. }));
        assert!(err.to_string().contains("a.bin"));
        assert!(matches!(read_head(&path, 4096), Err(IngestError::Binary { .. })));
    }

    #[test]
    fn format_and_name_come_from_the_file_name() {
        let dir = tempfile::tempdir().expect("dir");
        let md = read_file(&write(&dir, "notes.MD", b"# hi\n")).expect("md");
        assert_eq!((md.name.as_str(), md.format), ("notes.MD", Format::Markdown));
        let txt = read_file(&write(&dir, "a.txt", b"")).expect("empty file is fine");
        assert_eq!(txt.format, Format::Text);
        assert!(txt.bytes.is_empty());
    }

    #[test]
    fn head_is_cut_back_to_the_last_newline() {
        let dir = tempfile::tempdir().expect("dir");
        let path = write(&dir, "h.txt", b"one\ntwo\nthree\n");
        assert_eq!(read_head(&path, 10).expect("head").bytes, b"one\ntwo\n");
        assert_eq!(read_head(&path, 100).expect("whole").bytes, b"one\ntwo\nthree\n");
        assert_eq!(read_head(&path, 14).expect("exact").bytes, b"one\ntwo\nthree\n");
        let long = write(&dir, "l.txt", "ééééé".as_bytes());
        assert_eq!(read_head(&long, 5).expect("no newline").bytes, "éé".as_bytes());
    }

    #[test]
    fn utf16_head_is_cut_on_a_code_unit_line_end() {
        let mut le = vec![0xFF, 0xFE];
        for u in "ab\ncd\nef".encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        let dir = tempfile::tempdir().expect("dir");
        let path = write(&dir, "u.txt", &le);
        let head = read_head(&path, 13).expect("head").bytes;
        assert_eq!(head, le[..8], "the BOM and \"ab\\n\"");
    }
}
