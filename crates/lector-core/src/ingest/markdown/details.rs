//! Raw HTML is dropped, except the one element whose text a reader needs: the `<summary>` of
//! a `<details>` block (the body of `<details>` is Markdown and renders as usual). Its text
//! becomes a bold paragraph of its own.

use super::Renderer;
use crate::model::{BlockKind, Emphasis};

impl Renderer {
    /// The text of an HTML block ended: write each summary in it.
    pub(super) fn html_block_end(&mut self) {
        let html = std::mem::take(&mut self.html);
        for summary in summaries(&html) {
            self.begin_block(BlockKind::Paragraph);
            let start = self.out.len();
            self.push_clean(&summary, false);
            self.push_style(start, Emphasis::Bold);
            self.close_block();
        }
    }
}

/// The text inside each `<summary>…</summary>`, tags removed, common entities decoded and
/// whitespace collapsed.
pub(super) fn summaries(html: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = lower[from..].find("<summary").map(|i| from + i) {
        let Some(body) = lower[open..].find('>').map(|i| open + i + 1) else { break };
        let end = lower[body..].find("</summary").map_or(html.len(), |i| body + i);
        let text = decode_entities(&strip_tags(&html[body..end]));
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            out.push(text);
        }
        from = end.max(body);
        if from >= html.len() {
            break;
        }
    }
    out
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn decode_entities(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::markdown::render_document;

    #[test]
    fn summary_text_is_kept_and_other_html_dropped() {
        let r = render_document(
            "<details>\n<summary>Why <b>not</b> a macro &amp; a derive?</summary>\n\n\
             The body is Markdown.\n\n</details>\n\n<div>\n<b>hidden</b>\n</div>\n",
        );
        assert_eq!(r.text, "Why not a macro & a derive?\n\nThe body is Markdown.");
        let bold = r.styles.iter().find(|s| s.emphasis == Emphasis::Bold).expect("bold");
        assert_eq!(&r.text[bold.range.clone()], "Why not a macro & a derive?");
    }

    #[test]
    fn summaries_are_found_in_any_case_and_unclosed() {
        assert_eq!(summaries("<SUMMARY class=x>One</SUMMARY><summary>Two"), ["One", "Two"]);
        assert!(summaries("<summary></summary><summary").is_empty());
    }
}
