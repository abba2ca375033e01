//! The state directory: one TOML file per document under `docs/`, one per opened path under
//! `paths/` (the path and the hash it last had), each replaced whole by an atomic rename.

use super::{DocId, DocState};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where state files live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    dir: PathBuf,
}

/// A document's state as loaded: empty when there was none, or when its file could not be
/// read, and then with the one-line warning to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loaded {
    pub state: DocState,
    pub warning: Option<String>,
}

/// The record of the hash a path had when last opened.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PathRecord {
    path: String,
    id: String,
}

impl Store {
    /// The store in the given folder (created on the first save).
    pub fn at(dir: impl Into<PathBuf>) -> Store {
        Store { dir: dir.into() }
    }

    /// The platform's state folder: `$XDG_STATE_HOME/lector` when that is set (on any
    /// platform, so tests and users can move it), else the platform's state directory
    /// (`~/.local/state/lector` on Linux), else its local data directory (macOS, Windows).
    /// `None` where there is no home to put it in: then nothing is remembered.
    pub fn platform() -> Option<Store> {
        Store::platform_with(std::env::var_os("XDG_STATE_HOME"))
    }

    /// [`Store::platform`] with the value of `XDG_STATE_HOME` given, so it can be tested
    /// without changing the process's environment.
    pub fn platform_with(xdg_state_home: Option<std::ffi::OsString>) -> Option<Store> {
        if let Some(xdg) = xdg_state_home.filter(|v| !v.is_empty()) {
            let xdg = PathBuf::from(xdg);
            if xdg.is_absolute() {
                return Some(Store::at(xdg.join("lector")));
            }
        }
        let dirs = directories::ProjectDirs::from("", "", "lector")?;
        let dir = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
        Some(Store::at(dir))
    }

    /// The folder holding the state files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file that holds a document's state.
    pub fn doc_file(&self, id: &DocId) -> PathBuf {
        self.dir.join("docs").join(format!("{}.toml", id.as_str()))
    }

    /// A document's state. A missing file is a document never opened; an unreadable or
    /// corrupt one is ignored with a warning naming it.
    pub fn load(&self, id: &DocId) -> Loaded {
        let path = self.doc_file(id);
        let text = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Loaded::default(),
            Err(e) => return warn(&path, &e.to_string()),
        };
        let parsed = std::str::from_utf8(&text)
            .map_err(|e| e.to_string())
            .and_then(|t| toml::from_str::<DocState>(t).map_err(|e| e.message().to_string()));
        match parsed {
            Ok(state) => Loaded { state, warning: None },
            Err(e) => warn(&path, &e),
        }
    }

    /// Writes a document's state atomically.
    pub fn save(&self, id: &DocId, state: &DocState) -> std::io::Result<()> {
        let text = toml::to_string(state).map_err(std::io::Error::other)?;
        write_atomic(&self.doc_file(id), text.as_bytes())
    }

    /// Records the hash a path has now, so that when the file changes its old state is found.
    pub fn remember_path(&self, path: &Path, id: &DocId) -> std::io::Result<()> {
        let record = PathRecord { path: path_key(path), id: id.as_str().to_string() };
        let text = toml::to_string(&record).map_err(std::io::Error::other)?;
        write_atomic(&self.path_file(path), text.as_bytes())
    }

    /// The hash a path had when it was last opened, if it was, and the record is sound.
    pub fn last_id(&self, path: &Path) -> Option<DocId> {
        let text = std::fs::read_to_string(self.path_file(path)).ok()?;
        let record: PathRecord = toml::from_str(&text).ok()?;
        // Two paths could share a hash of their names: the record says whose it is.
        (record.path == path_key(path)).then(|| DocId::parse(&record.id)).flatten()
    }

    fn path_file(&self, path: &Path) -> PathBuf {
        let key = xxhash_rust::xxh3::xxh3_128(path_key(path).as_bytes());
        self.dir.join("paths").join(format!("{key:032x}.toml"))
    }
}

/// A path as recorded: absolute where it can be made so, so `cd` does not lose it.
fn path_key(path: &Path) -> String {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()).to_string_lossy().into_owned()
}

fn warn(path: &Path, why: &str) -> Loaded {
    let why = why.split_whitespace().collect::<Vec<_>>().join(" ");
    Loaded {
        state: DocState::default(),
        warning: Some(format!("ignored the saved state in {}: {why}", path.display())),
    }
}

/// Writes a file whole or not at all: into a temporary file beside it, flushed to disk, then
/// renamed over the old one.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    // Unique per write, not only per process: two saves of one document from two threads must
    // not write into the same temporary file.
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
