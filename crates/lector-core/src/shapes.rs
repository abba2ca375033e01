//! Documents of awkward shapes, generated to any size: the worst cases detection, ingest and
//! layout must stay linear on (an index of names, a table of members, one endless capitalised
//! run...). Shared by the complexity benchmark, the work-counting test and the measuring tool;
//! not part of the reader.

use std::fmt::Write;

/// One awkward shape of document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Prose full of distinct people introduced by a common given name ("met John Vokade").
    People,
    /// The same with titles ("Minister Vokade Rilu said").
    TitledPeople,
    /// Prose whose distinct actors (bodies and people) grow with its length.
    GrowingActors,
    /// One endless run of capitalised words on one line.
    CapitalisedRun,
    /// Long "Council of X of Y of Z …" chains.
    OfChains,
    /// A Markdown table of many rows of names.
    MarkdownTable,
    /// Distinct organisation names ("the Vokade Rilu Institute").
    Organisations,
    /// Acronym definitions ("the Vokade Rilu Tesamo (VRT)").
    Acronyms,
    /// Markdown lists nested 10,000 deep, each on one line.
    NestedList,
    /// Markdown headings, each with a short paragraph.
    Headings,
    /// Many people sharing a few surnames.
    SharedSurnames,
    /// Long possessive chains ("Vokade's Rilu's Tesamo's …").
    Possessives,
    /// A discovered name, then one long word made of that name repeated.
    RepeatedWord,
    /// A 60,000-letter capitalised word used as a name.
    HugeWord,
    /// One actor with a distinct "also known as" alias in every sentence.
    Aliases,
}

impl Shape {
    pub const ALL: [Shape; 15] = [
        Shape::People,
        Shape::TitledPeople,
        Shape::GrowingActors,
        Shape::CapitalisedRun,
        Shape::OfChains,
        Shape::MarkdownTable,
        Shape::Organisations,
        Shape::Acronyms,
        Shape::NestedList,
        Shape::Headings,
        Shape::SharedSurnames,
        Shape::Possessives,
        Shape::RepeatedWord,
        Shape::HugeWord,
        Shape::Aliases,
    ];

    /// A short name, usable in a file name.
    pub fn name(self) -> &'static str {
        match self {
            Shape::People => "people",
            Shape::TitledPeople => "titled-people",
            Shape::GrowingActors => "growing-actors",
            Shape::CapitalisedRun => "capitalised-run",
            Shape::OfChains => "of-chains",
            Shape::MarkdownTable => "markdown-table",
            Shape::Organisations => "organisations",
            Shape::Acronyms => "acronyms",
            Shape::NestedList => "nested-list",
            Shape::Headings => "headings",
            Shape::SharedSurnames => "shared-surnames",
            Shape::Possessives => "possessives",
            Shape::RepeatedWord => "repeated-word",
            Shape::HugeWord => "huge-word",
            Shape::Aliases => "aliases",
        }
    }

    /// Whether the document is Markdown (else plain text).
    pub fn is_markdown(self) -> bool {
        matches!(self, Shape::MarkdownTable | Shape::NestedList | Shape::Headings)
    }

    /// The file extension the document is read with.
    pub fn extension(self) -> &'static str {
        if self.is_markdown() { "md" } else { "txt" }
    }

    /// About `bytes` of a document of this shape (at least one unit of it).
    pub fn generate(self, bytes: usize) -> String {
        let mut out = String::with_capacity(bytes + 70_000);
        let mut i = 0usize;
        if self == Shape::RepeatedWord {
            for _ in 0..20 {
                out.push_str("The envoy met Velkor Dranis at dawn, and later Velkor said so.\n\n");
            }
        }
        while out.len() < bytes {
            self.unit(i, &mut out);
            i += 1;
        }
        out
    }

    /// The `i`th repeating unit of the document.
    fn unit(self, i: usize, out: &mut String) {
        let w = |k: usize| word(k);
        // Writing to a String cannot fail.
        let _ = match self {
            Shape::People => {
                let g = GIVEN[i % GIVEN.len()];
                let h = GIVEN[(i + 3) % GIVEN.len()];
                writeln!(
                    out,
                    "Yesterday the council met {g} {} and {h} {}.",
                    w(2 * i),
                    w(2 * i + 1)
                )
            }
            Shape::TitledPeople => writeln!(
                out,
                "Later Minister {} {} said the plan would go ahead, and General {} {} agreed.",
                w(4 * i),
                w(4 * i + 1),
                w(4 * i + 2),
                w(4 * i + 3)
            ),
            Shape::GrowingActors => {
                let (a, b, p) = (w(3 * i), w(3 * i + 1), w(3 * i + 2));
                let old = w(3 * (i / 2));
                writeln!(
                    out,
                    "Officials of the {a} {b} Council met {p} {a} on Monday. Later the {a} {b} \
                     Council said {p} {a} would return, and the {old} Party agreed.\n"
                )
            }
            Shape::CapitalisedRun => write!(out, "{} ", w(i)),
            Shape::OfChains => {
                out.push_str("They wrote to the Council");
                for k in 0..200 {
                    let _ = write!(out, " of {}", w(200 * i + k));
                }
                writeln!(out, " yesterday.")
            }
            Shape::MarkdownTable => {
                if i == 0 {
                    out.push_str("| Name | Role | Body |\n|---|---|---|\n");
                }
                writeln!(
                    out,
                    "| {} {} | Minister of {} | {} Institute |",
                    w(3 * i),
                    w(3 * i + 1),
                    w(3 * i + 2),
                    w(3 * i)
                )
            }
            Shape::Organisations => writeln!(
                out,
                "The report cites the {} {} Institute and the {} {} Foundation.",
                w(4 * i),
                w(4 * i + 1),
                w(4 * i + 2),
                w(4 * i + 3)
            ),
            Shape::Acronyms => {
                let (a, b, c) = (w(3 * i), w(3 * i + 1), w(3 * i + 2));
                let initials: String =
                    [&a, &b, &c].iter().filter_map(|s| s.chars().next()).collect();
                writeln!(
                    out,
                    "Members of the {a} {b} {c} ({initials}) met, and the {initials} said no."
                )
            }
            Shape::NestedList => {
                out.push_str(&"- ".repeat(10_000));
                writeln!(out, "Item {} {}", w(2 * i), w(2 * i + 1))
            }
            Shape::Headings => {
                writeln!(
                    out,
                    "# {} {}\n\nThe {} {} Council met.\n",
                    w(2 * i),
                    w(2 * i + 1),
                    w(2 * i),
                    w(2 * i + 1)
                )
            }
            Shape::SharedSurnames => {
                let s = ["Sharif", "Mehsud", "Okafor"][i % 3];
                writeln!(out, "Yesterday {} {s} said the plan would go ahead.", w(i))
            }
            Shape::Possessives => {
                out.push_str("They read");
                for k in 0..500 {
                    let _ = write!(out, " {}'s", w(500 * i + k));
                }
                writeln!(out, " plan.")
            }
            Shape::RepeatedWord => write!(out, "Velkor"),
            Shape::HugeWord => {
                let huge = HUGE.get_or_init(|| format!("V{}", "elko".repeat(15_000)));
                writeln!(out, "The envoy met {huge} at dawn, and later {huge} said so.\n")
            }
            Shape::Aliases => writeln!(
                out,
                "Velkor Dranis, also known as {} {}, spoke again.",
                w(2 * i),
                w(2 * i + 1)
            ),
        };
    }
}

static HUGE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Common given names: discovery treats a capitalised word after one as a person's name.
const GIVEN: [&str; 8] = ["John", "Maria", "Ahmed", "Fatima", "Peter", "Anna", "David", "Elena"];

/// A distinct, pronounceable capitalised word for every `k`: its digits in base 70, each a
/// consonant-vowel syllable, after a fixed opening syllable.
pub fn word(k: usize) -> String {
    const C: &[u8] = b"bdfgklmnprstvz";
    const V: &[u8] = b"aeiou";
    let mut s = String::from("Vo");
    let mut n = k;
    loop {
        let d = n % (C.len() * V.len());
        s.push(char::from(C[d / V.len()]));
        s.push(char::from(V[d % V.len()]));
        n /= C.len() * V.len();
        if n == 0 {
            break;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_distinct_and_shapes_reach_their_size() {
        let words: std::collections::HashSet<String> = (0..10_000).map(word).collect();
        assert_eq!(words.len(), 10_000);
        for shape in Shape::ALL {
            let doc = shape.generate(100_000);
            assert!(doc.len() >= 100_000, "{}", shape.name());
            assert!(doc.len() < 200_000, "{}", shape.name());
        }
    }
}
