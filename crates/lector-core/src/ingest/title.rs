//! The document's own title, as its author wrote it, for the title bar and the subcommands.
//!
//! Markdown says it in front matter (`title:` in YAML, `title =` in TOML), in a pandoc title
//! block (`% Title`) or as the first level-one heading; plain text in a "Title:" line (an
//! e-book header) or as its first heading. Failing all of those, the file name. Front matter
//! and the pandoc block are metadata: they are taken out of the Markdown before it is
//! rendered, so they never show as text.

use crate::model::{Block, BlockKind};

/// Markdown source split into its metadata title and the body to render.
#[derive(Debug, PartialEq, Eq)]
pub struct FrontMatter<'a> {
    pub title: Option<String>,
    pub body: &'a str,
}

/// Takes YAML (`---`) or TOML (`+++`) front matter, or a pandoc title block, off the start of
/// Markdown source.
pub fn markdown_front(source: &str) -> FrontMatter<'_> {
    if let Some(found) = fenced(source, "---", &["---", "..."]) {
        return FrontMatter { title: yaml_title(found.0), body: found.1 };
    }
    if let Some((meta, body)) = fenced(source, "+++", &["+++"]) {
        let title = toml::from_str::<toml::Table>(meta)
            .ok()
            .and_then(|t| t.get("title").and_then(|v| v.as_str()).map(str::to_string));
        return FrontMatter { title, body };
    }
    if source.starts_with("% ") || source.starts_with("%\n") {
        return pandoc(source);
    }
    FrontMatter { title: None, body: source }
}

/// `(metadata, body)` when the source opens with `open` on a line of its own and a later line
/// is one of `close`.
fn fenced<'a>(source: &'a str, open: &str, close: &[&str]) -> Option<(&'a str, &'a str)> {
    let rest = source.strip_prefix(open)?;
    let rest = rest.strip_prefix('\n')?;
    let mut at = 0;
    for line in rest.split_inclusive('\n') {
        if close.contains(&line.trim_end()) {
            return Some((&rest[..at], &rest[at + line.len()..]));
        }
        at += line.len();
    }
    None
}

/// The `title:` key of YAML front matter: a plain or quoted scalar, or a folded block
/// (`title: >` and indented lines).
fn yaml_title(meta: &str) -> Option<String> {
    let mut lines = meta.lines();
    while let Some(line) = lines.next() {
        let Some(value) = line.strip_prefix("title:") else { continue };
        let value = value.trim();
        let text = if matches!(value, "" | ">" | "|" | ">-" | "|-") {
            let folded: Vec<&str> =
                lines.by_ref().take_while(|l| l.starts_with([' ', '\t'])).map(str::trim).collect();
            folded.join(" ")
        } else {
            unquote(value).to_string()
        };
        return Some(text).filter(|t| !t.is_empty());
    }
    None
}

fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner;
        }
    }
    value
}

/// A pandoc title block: up to three `%` lines (title, authors, date), a title line possibly
/// continued on indented lines.
fn pandoc(source: &str) -> FrontMatter<'_> {
    let mut at = 0;
    let mut title = String::new();
    let mut fields = 0;
    for line in source.split_inclusive('\n') {
        let bare = line.trim_end();
        if let Some(value) = bare.strip_prefix('%') {
            fields += 1;
            if fields > 3 {
                break;
            }
            if fields == 1 {
                title.push_str(value.trim());
            }
        } else if fields == 1 && line.starts_with([' ', '\t']) && !bare.trim().is_empty() {
            title.push(' ');
            title.push_str(bare.trim());
        } else {
            break;
        }
        at += line.len();
    }
    FrontMatter { title: Some(title).filter(|t| !t.is_empty()), body: &source[at..] }
}

/// The title found in the blocks: for Markdown the first level-one heading; for plain text a
/// "Title:" line, else the first heading.
pub fn from_blocks(blocks: &[Block], text: &str, markdown: bool) -> Option<String> {
    let heading = |b: &&Block, top_only: bool| match b.kind {
        BlockKind::Heading { level } => !top_only || level == 1,
        _ => false,
    };
    let slice = |b: &Block| text.get(b.range()).unwrap_or("");
    if markdown {
        return blocks.iter().find(|b| heading(b, true)).map(|b| slice(b).to_string());
    }
    let labelled = blocks.iter().take(200).find_map(|b| {
        let s = slice(b);
        let value = s.get(..6).filter(|l| l.eq_ignore_ascii_case("title:")).map(|_| &s[6..])?;
        Some(value.trim()).filter(|v| !v.is_empty() && s.len() <= 300).map(str::to_string)
    });
    labelled.or_else(|| blocks.iter().find(|b| heading(b, false)).map(|b| slice(b).to_string()))
}

/// The title as the title bar shows it: cleaned like the text (a file name can carry escape
/// sequences too), one line, runs of whitespace as one space.
pub fn clean(title: String) -> String {
    let cleaned = super::normalize::clean(title);
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
