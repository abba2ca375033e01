//! CoNLL-2003 files (one token a line, its entity tag last, blank lines between sentences,
//! `-DOCSTART-` between documents) rebuilt into the text a reader would see: tokens joined by
//! spaces, one sentence a line, one paragraph block a sentence, with the gold names as byte
//! ranges into that text. Both tag schemes (IOB1 and IOB2) are read.

use crate::model::{Block, BlockKind};
use std::ops::Range;

/// The gold entity types of CoNLL-2003.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gold {
    Person,
    Organisation,
    Location,
    Misc,
}

impl Gold {
    fn from_tag(tag: &str) -> Option<Gold> {
        match tag {
            "PER" => Some(Gold::Person),
            "ORG" => Some(Gold::Organisation),
            "LOC" => Some(Gold::Location),
            "MISC" => Some(Gold::Misc),
            _ => None,
        }
    }
}

/// One gold name: where it is in the rebuilt text and its type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldSpan {
    pub range: Range<usize>,
    pub kind: Gold,
}

/// One rebuilt document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConllDoc {
    pub text: String,
    pub blocks: Vec<Block>,
    pub gold: Vec<GoldSpan>,
}

/// Reads every document of a CoNLL file's contents; empty documents are dropped.
pub fn parse(contents: &str) -> Vec<ConllDoc> {
    let mut docs = Vec::new();
    let mut doc = Builder::default();
    for line in contents.lines() {
        let line = line.trim_end();
        if line.starts_with("-DOCSTART-") {
            doc.end_sentence();
            docs.extend(std::mem::take(&mut doc).finish());
            continue;
        }
        if line.trim().is_empty() {
            doc.end_sentence();
            continue;
        }
        let mut cols = line.split_whitespace();
        let token = cols.next().unwrap_or("");
        let tag = cols.next_back().unwrap_or("O");
        doc.token(token, tag);
    }
    doc.end_sentence();
    docs.extend(doc.finish());
    docs
}

#[derive(Default)]
struct Builder {
    doc: ConllDoc,
    line_start: usize,
    /// The open entity: its start and type.
    open: Option<(usize, Gold)>,
    last_end: usize,
}

impl Builder {
    fn token(&mut self, token: &str, tag: &str) {
        let (prefix, kind) = match tag.split_once('-') {
            Some((p, k)) => (p, Gold::from_tag(k)),
            None => ("O", None),
        };
        // An entity continues only on I- of the same type; B- or a new type starts one.
        let continues = prefix == "I" && matches!(self.open, Some((_, k)) if Some(k) == kind);
        if !continues {
            self.close();
        }
        if self.doc.text.len() > self.line_start {
            self.doc.text.push(' ');
        }
        let start = self.doc.text.len();
        self.doc.text.push_str(token);
        if !continues && let Some(k) = kind {
            self.open = Some((start, k));
        }
        self.last_end = self.doc.text.len();
    }

    fn close(&mut self) {
        if let Some((start, kind)) = self.open.take() {
            self.doc.gold.push(GoldSpan { range: start..self.last_end, kind });
        }
    }

    fn end_sentence(&mut self) {
        self.close();
        if self.doc.text.len() > self.line_start {
            let range = self.line_start..self.doc.text.len();
            self.doc.blocks.push(Block::new(BlockKind::Paragraph, range, 0));
            self.doc.text.push('\n');
            self.line_start = self.doc.text.len();
        }
    }

    fn finish(self) -> Option<ConllDoc> {
        (!self.doc.blocks.is_empty()).then_some(self.doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\
        German JJ B-NP I-MISC\ncall NN I-NP O\n.  . O O\n\nPeter B-PER\nBlackburn I-PER\n\n\
        -DOCSTART- O\n\nIn O\nNew B-LOC\nYork I-LOC\nand O\nWashington B-LOC\n";

    #[test]
    fn rebuilds_text_blocks_and_gold() {
        let docs = parse(SAMPLE);
        assert_eq!(docs.len(), 2);
        let d = &docs[0];
        assert_eq!(d.text, "EU rejects German call .\nPeter Blackburn\n");
        assert_eq!(d.blocks.len(), 2);
        assert_eq!(&d.text[d.blocks[1].range()], "Peter Blackburn");
        let spans: Vec<(&str, Gold)> =
            d.gold.iter().map(|g| (&d.text[g.range.clone()], g.kind)).collect();
        assert_eq!(
            spans,
            [("EU", Gold::Organisation), ("German", Gold::Misc), ("Peter Blackburn", Gold::Person)]
        );
        let spans: Vec<&str> =
            docs[1].gold.iter().map(|g| &docs[1].text[g.range.clone()]).collect();
        assert_eq!(spans, ["New York", "Washington"]);
    }
}
