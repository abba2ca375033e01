//! Measures how well saved web pages are read: for each page folder in a corpus (holding
//! `source.html`, the article as `expected.html` and its `expected-metadata.json`), the
//! word-bag F1 of lector's text against the article's text, and whether the title matches:
//! exactly, or once the site's name the reference keeps after a separator is left out
//! ("Mozilla - Wikipedia" against lector's "Mozilla").
//!
//! `cargo run --release --example html_quality -- CORPUS_DIR [--worst N]`
//!
//! Link notes are left out of lector's text (they are the links' addresses, which the
//! article's text does not hold); words are lowercased runs of letters and digits.

use lector::ingest::{self, Format, Source, html};
use lector::model::BlockKind;
use std::collections::HashMap;
use std::path::Path;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: html_quality CORPUS_DIR [--worst N]");
        std::process::exit(2);
    };
    let worst: usize = match args.next().as_deref() {
        Some("--worst") => args.next().and_then(|n| n.parse().ok()).unwrap_or(10),
        _ => 0,
    };
    let mut pages: Vec<_> =
        std::fs::read_dir(&dir)?.filter_map(Result::ok).map(|e| e.path()).collect();
    pages.sort();
    let mut scores = Vec::new();
    let mut titles_right = 0;
    let mut headlines_right = 0;
    for page in pages.iter().filter(|p| p.join("source.html").is_file()) {
        let Some(score) = measure(page)? else { continue };
        titles_right += usize::from(score.title_right);
        headlines_right += usize::from(score.headline_right);
        scores.push(score);
    }
    scores.sort_by(|a, b| a.f1.total_cmp(&b.f1));
    for s in scores.iter().take(worst) {
        println!(
            "{:.3} {:5} {}  got {:?} want {:?}",
            s.f1, s.title_right, s.name, s.got_title, s.want_title
        );
    }
    let n = scores.len().max(1) as f64;
    let mean = scores.iter().map(|s| s.f1).sum::<f64>() / n;
    let median = scores.get(scores.len() / 2).map_or(0.0, |s| s.f1);
    println!(
        "{} pages: word-bag F1 mean {mean:.3}, median {median:.3}, {} at 0.95 or more; title the \
         same on {titles_right} ({:.1}%), the same but for the site's name on {headlines_right}",
        scores.len(),
        scores.iter().filter(|s| s.f1 >= 0.95).count(),
        100.0 * titles_right as f64 / n
    );
    Ok(())
}

struct Score {
    name: String,
    f1: f64,
    title_right: bool,
    headline_right: bool,
    got_title: String,
    want_title: String,
}

fn measure(page: &Path) -> std::io::Result<Option<Score>> {
    let source = std::fs::read(page.join("source.html"))?;
    let expected = std::fs::read_to_string(page.join("expected.html"))?;
    let meta = std::fs::read_to_string(page.join("expected-metadata.json")).unwrap_or_default();
    let meta: serde_json::Value = serde_json::from_str(&meta).unwrap_or_default();
    let want_title = meta.get("title").and_then(|t| t.as_str()).unwrap_or("").to_string();
    let name = page.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let src = Source { name: "source.html".into(), bytes: source, format: Format::Html };
    let Ok(doc) = ingest::parse(src) else { return Ok(None) };
    let got: String = doc
        .blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Notes)
        .map(|b| &doc.text[b.range()])
        .collect::<Vec<_>>()
        .join("\n");
    let want = dom_query::Document::from(expected.as_str()).root().text().to_string();
    Ok(Some(Score {
        name,
        f1: word_bag_f1(&got, &want),
        title_right: same_title(&doc.title, &want_title),
        headline_right: same_headline(&doc.title, &want_title),
        got_title: doc.title.clone(),
        want_title,
    }))
}

fn same_title(a: &str, b: &str) -> bool {
    html::collapse(a).to_lowercase() == html::collapse(b).to_lowercase()
}

/// The same title, or the reference's title is lector's followed by a separator and more
/// (the site's or the author's name).
fn same_headline(got: &str, want: &str) -> bool {
    let (got, want) = (html::collapse(got).to_lowercase(), html::collapse(want).to_lowercase());
    got == want
        || want.strip_prefix(&got).is_some_and(|rest| {
            [" - ", " | ", " – ", " — ", " :: ", " » "].iter().any(|sep| rest.starts_with(sep))
        })
}

fn words(text: &str) -> HashMap<String, usize> {
    let mut bag = HashMap::new();
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *bag.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    bag
}

/// F1 of the two texts' words as multisets: 1 when both are empty.
fn word_bag_f1(got: &str, want: &str) -> f64 {
    let (g, w) = (words(got), words(want));
    let total = |b: &HashMap<String, usize>| b.values().sum::<usize>() as f64;
    let common: usize = g.iter().map(|(k, n)| (*n).min(*w.get(k).unwrap_or(&0))).sum();
    let (gt, wt) = (total(&g), total(&w));
    if gt == 0.0 && wt == 0.0 {
        return 1.0;
    }
    let (p, r) = (common as f64 / gt.max(1.0), common as f64 / wt.max(1.0));
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}
