//! The reader's brief key: the actor brief as Markdown, written whole or not at all (a
//! temporary file beside the target, renamed over it), so a crash mid-write never leaves
//! half a brief. Runs in a job; its error is a line for the status bar, never a panic.

use crate::model::Document;
use crate::reading::{Reading, brief};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes the brief of `doc` to `path`; the path written, or why not in one line.
pub fn write_brief(doc: &Document, path: &Path) -> Result<PathBuf, String> {
    let markdown = brief(doc, &Reading::build(doc)).to_markdown(doc);
    let failed =
        |e: std::io::Error| format!("could not write the brief to {}: {e}", path.display());
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(failed)?;
    file.write_all(markdown.as_bytes()).map_err(failed)?;
    file.as_file().sync_all().map_err(failed)?;
    file.persist(path).map_err(|e| failed(e.error))?;
    Ok(path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Document {
        crate::analyse(crate::ingest::bundled(), &crate::actors::Pipeline::default())
            .expect("the bundled article analyses")
    }

    #[test]
    fn writes_the_markdown_brief_whole() {
        let doc = bundled();
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("article.brief.md");
        assert_eq!(write_brief(&doc, &path), Ok(path.clone()));
        let text = std::fs::read_to_string(&path).expect("written");
        assert!(text.starts_with(&format!("# {}\n", doc.title)), "{text:.200}");
        assert!(text.contains("\n## Pakistan\n"), "each actor has an entry");
        let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn a_path_that_cannot_be_written_is_an_error_line() {
        let doc = bundled();
        let why = write_brief(&doc, Path::new("/nonexistent-dir/x/brief.md"))
            .expect_err("no such directory");
        assert!(
            why.starts_with("could not write the brief to /nonexistent-dir/x/brief.md"),
            "{why}"
        );
    }
}
