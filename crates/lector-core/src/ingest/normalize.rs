//! Cleans decoded text so a terminal can print it safely: line endings, tabs, control
//! characters, terminal escape sequences and bidi overrides.
//!
//! One scan decides whether anything needs changing; clean text (the usual case) is returned
//! as the same `String`, without a copy. Only dirty text is rebuilt, copying clean runs whole.

use memchr::memrchr;

/// Tabs expand to the next multiple of this many columns (a column is a char).
pub const TAB_STOP: usize = 4;

/// Length of the chunks the clean-text scan checks at once.
const CHUNK: usize = 16;

/// Returns the text with CRLF and lone CR turned into LF, tabs expanded, and every control
/// character except LF, every escape sequence, every bidi override or isolate and every
/// U+FEFF removed. Idempotent: cleaning clean text returns it unchanged.
pub fn clean(text: String) -> String {
    match first_dirty(text.as_bytes(), 0) {
        None => text,
        Some(at) => rebuild(&text, at),
    }
}

/// Whether a char must go: the one definition of what lector keeps off the screen. The byte
/// rules below (`dirty_len`) are its fast form, and a test checks them against it for every char.
pub fn is_unsafe_char(c: char) -> bool {
    matches!(c, '\0'..='\x09' | '\x0B'..='\x1F' | '\x7F' | '\u{FEFF}')
        || is_c1_control(c)
        || is_bidi_control(c)
}

/// The C1 controls (U+0080–U+009F): some terminals obey them as escape sequences.
pub fn is_c1_control(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{9F}')
}

/// The bidi embeddings, overrides and isolates: they reorder the text after them on screen,
/// so a line could show something other than what it holds. Marks and joiners stay.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A chunk needs a closer look unless every byte is printable ASCII or LF. Written as a fold
/// without early exit so the compiler can vectorise it.
#[inline]
fn chunk_is_plain(chunk: &[u8]) -> bool {
    chunk.iter().fold(true, |acc, &b| acc & ((b.wrapping_sub(0x20) < 0x5F) | (b == b'\n')))
}

/// Length of the dirty sequence starting at `i`, or 0 if the byte there is fine.
/// Continuation bytes (0x80–0xBF) never match a lead byte tested here, so scanning may start
/// anywhere without mistaking the middle of a character for a control.
#[inline]
fn dirty_len(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'\n' => 0,
        0x00..=0x1F | 0x7F => 1,
        0xC2 if matches!(b.get(i + 1), Some(0x80..=0x9F)) => 2,
        0xE2 => match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(0xAA..=0xAE)) | (Some(0x81), Some(0xA6..=0xA9)) => 3,
            _ => 0,
        },
        0xEF if b.get(i + 1) == Some(&0xBB) && b.get(i + 2) == Some(&0xBF) => 3,
        _ => 0,
    }
}

/// Position of the first byte that needs changing, from `from` on.
fn first_dirty(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i < b.len() {
        let end = (i + CHUNK).min(b.len());
        if end - i == CHUNK && chunk_is_plain(&b[i..end]) {
            i = end;
            continue;
        }
        for j in i..end {
            if dirty_len(b, j) > 0 {
                return Some(j);
            }
        }
        i = end;
    }
    None
}

/// Rebuilds dirty text, starting with the clean prefix before `first`.
fn rebuild(text: &str, first: usize) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut column = ColumnCache::default();
    let mut run_start = 0;
    let mut at = Some(first);
    while let Some(i) = at {
        out.push_str(&text[run_start..i]);
        let next = match b[i] {
            b'\r' => {
                if b.get(i + 1) != Some(&b'\n') {
                    out.push('\n');
                }
                i + 1
            }
            b'\t' => {
                let col = column.at(&out);
                let spaces = TAB_STOP - col % TAB_STOP;
                out.extend(std::iter::repeat_n(' ', spaces));
                i + 1
            }
            0x1B => skip_escape(b, i),
            0xC2 => match b[i + 1] {
                0x9B => skip_csi(b, i + 2),
                0x9D | 0x90 | 0x98 | 0x9E | 0x9F => skip_string(b, i + 2),
                _ => i + 2,
            },
            _ => i + dirty_len(b, i),
        };
        run_start = next;
        at = first_dirty(b, next);
    }
    out.push_str(&text[run_start..]);
    out
}

/// The column (in chars) where the next char would go, computed incrementally so a line
/// with many tabs costs linear time.
#[derive(Default)]
struct ColumnCache {
    pos: usize,
    col: usize,
}

impl ColumnCache {
    fn at(&mut self, out: &str) -> usize {
        let tail = &out[self.pos..];
        self.col = match memrchr(b'\n', tail.as_bytes()) {
            Some(nl) => tail[nl + 1..].chars().count(),
            None => self.col + tail.chars().count(),
        };
        self.pos = out.len();
        self.col
    }
}

/// Skips an escape sequence starting at the ESC byte `i`; returns where the text resumes.
/// An ESC that starts no valid sequence is dropped alone.
fn skip_escape(b: &[u8], i: usize) -> usize {
    let j = i + 1;
    match b.get(j) {
        Some(b'[') => skip_csi(b, j + 1),
        Some(b']' | b'P' | b'X' | b'^' | b'_') => skip_string(b, j + 1),
        Some(0x20..=0x2F) => {
            // nF sequences: intermediates, then one final byte (e.g. ESC ( B).
            let mut k = j;
            while matches!(b.get(k), Some(0x20..=0x2F)) {
                k += 1;
            }
            if matches!(b.get(k), Some(0x30..=0x7E)) { k + 1 } else { k }
        }
        Some(0x30..=0x7E) => j + 1,
        _ => j,
    }
}

/// CSI: parameter and intermediate bytes, then a final byte 0x40–0x7E. A byte outside that
/// grammar ends the sequence early and is kept, so a broken sequence cannot swallow text.
fn skip_csi(b: &[u8], mut k: usize) -> usize {
    while let Some(&c) = b.get(k) {
        match c {
            0x20..=0x3F => k += 1,
            0x40..=0x7E => return k + 1,
            _ => return k,
        }
    }
    k
}

/// OSC, DCS, SOS, PM and APC: everything up to BEL, ST (ESC \ or U+009C) or another ESC.
/// A newline also ends it (and is kept): an unterminated title must not hide the rest of the
/// document.
fn skip_string(b: &[u8], mut k: usize) -> usize {
    while let Some(&c) = b.get(k) {
        match c {
            0x07 => return k + 1,
            0x1B if b.get(k + 1) == Some(&b'\\') => return k + 2,
            0x1B | b'\n' | b'\r' => return k,
            0xC2 if b.get(k + 1) == Some(&0x9C) => return k + 2,
            _ => k += 1,
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> String {
        clean(s.to_string())
    }

    #[test]
    fn clean_text_is_returned_without_copying() {
        let s = "Pakistan’s “strikes” — 100 km.\nSecond line ✓ 👩‍💻 ❤️\n".repeat(50);
        let (expected, ptr) = (s.clone(), s.as_ptr());
        let out = clean(s);
        assert_eq!(out, expected);
        assert_eq!(out.as_ptr(), ptr);
    }

    #[test]
    fn crlf_and_lone_cr_become_lf() {
        assert_eq!(c("a\r\nb\rc\r\r\nd\r"), "a\nb\nc\n\nd\n");
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        assert_eq!(c("\tx"), "    x");
        assert_eq!(c("ab\tc\td"), "ab  c   d");
        assert_eq!(c("é\tx\n1234\ty"), "é   x\n1234    y");
        assert_eq!(c("a\r\n\tb"), "a\n    b");
    }

    #[test]
    fn c0_c1_del_and_bom_are_removed() {
        assert_eq!(c("a\x00b\x07c\x08d\x7Fe\u{85}f\u{9A}g\u{FEFF}h\x0Ci"), "abcdefghi");
        assert_eq!(c("a\u{9F}8-bit APC to the line end\nb"), "a\nb");
    }

    #[test]
    fn csi_sequences_are_removed() {
        assert_eq!(c("\x1b[1;31mred\x1b[0m \x1b[2J\x1b[?25lx"), "red x");
        assert_eq!(c("a\u{9B}31mb"), "ab", "8-bit CSI");
    }

    #[test]
    fn osc_sequences_are_removed_with_either_terminator() {
        assert_eq!(c("\x1b]0;title\x07a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\"), "alink");
        assert_eq!(c("\u{9D}0;t\u{9C}b"), "b");
    }

    #[test]
    fn string_sequences_dcs_sos_pm_apc_are_removed() {
        for intro in ["P", "X", "^", "_"] {
            assert_eq!(c(&format!("a\x1b{intro}payload data\x1b\\b")), "ab", "{intro}");
        }
        assert_eq!(c("a\u{90}dcs\u{9C}b"), "ab");
    }

    #[test]
    fn two_byte_and_nf_escapes_are_removed() {
        assert_eq!(c("a\x1b7b\x1b8c\x1bMd\x1b(Be\x1b#8f"), "abcdef");
        assert_eq!(c("end\x1b"), "end");
        assert_eq!(c("x\x1b\u{e9}y"), "x\u{e9}y");
    }

    #[test]
    fn broken_sequences_do_not_swallow_the_text() {
        assert_eq!(c("\x1b[12\nnext"), "\nnext");
        assert_eq!(c("\x1b]title without end\nrest"), "\nrest");
    }

    #[test]
    fn bidi_overrides_and_isolates_are_removed_but_joiners_stay() {
        let s =
            "a\u{202A}b\u{202B}c\u{202C}d\u{202D}e\u{202E}f\u{2066}g\u{2067}h\u{2068}i\u{2069}j";
        assert_eq!(c(s), "abcdefghij");
        let emoji = "👨\u{200D}👩\u{200D}👧 ❤\u{FE0F} \u{200E}";
        assert_eq!(c(emoji), emoji);
    }

    #[test]
    fn cleaning_is_idempotent() {
        let s = "\u{FEFF}\u{FEFF}a\t\x1b[1mb\r\n\u{202E}c\x1b";
        let once = c(s);
        assert_eq!(c(&once), once);
    }

    #[test]
    fn unsafe_char_matches_the_byte_rules() {
        for c in ['\0', '\t', '\r', '\x1b', '\x7f', '\u{80}', '\u{202E}', '\u{2066}', '\u{FEFF}'] {
            assert!(is_unsafe_char(c), "{c:?}");
            assert!(clean(c.to_string()).is_empty() || c == '\t' || c == '\r');
        }
        for c in ['\n', 'a', '\u{200D}', '\u{FE0F}', '’'] {
            assert!(!is_unsafe_char(c));
        }
    }

    #[test]
    fn the_byte_rules_agree_with_the_char_rule_for_every_char() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| c != '\n') {
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let dirty = dirty_len(bytes, 0);
            assert_eq!(dirty != 0, is_unsafe_char(c), "{c:?}");
            if dirty != 0 && !c.is_ascii() {
                assert_eq!(dirty, bytes.len(), "{c:?}");
            }
        }
    }
}
