//! Bytes → UTF-8 text: BOM handling, UTF-16, legacy 8-bit encodings (detected by chardetng,
//! decoded by encoding_rs) and lossy fallbacks, binary sniffing.
//!
//! Valid UTF-8 (the common case) becomes a `String` by taking ownership of the buffer, so a
//! clean file is validated once and never copied. Every other path is a single decoding pass.

/// Text decoded from bytes, not yet cleaned of control characters.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Only this much of the start is examined for "mostly control bytes"; NUL is searched for
/// everywhere (memchr makes that nearly free).
const SNIFF_LEN: usize = 64 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Utf16 {
    Le,
    Be,
}

fn utf16_bom(bytes: &[u8]) -> Option<Utf16> {
    match bytes {
        [0xFF, 0xFE, ..] => Some(Utf16::Le),
        [0xFE, 0xFF, ..] => Some(Utf16::Be),
        _ => None,
    }
}

/// Whether the bytes are a binary file rather than text: they contain NUL without being
/// UTF-16 with a BOM, or more than one byte in ten near the start is a control character that
/// text does not use (tab, newlines, form feed and escape are allowed).
pub fn looks_binary(bytes: &[u8]) -> bool {
    if utf16_bom(bytes).is_some() {
        return false;
    }
    if memchr::memchr(0, bytes).is_some() {
        return true;
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let odd = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)) || b == 0x7F)
        .count();
    odd * 10 > head.len()
}

/// Decodes bytes into text, or `None` if they look binary.
pub fn decode(mut bytes: Vec<u8>) -> Option<Decoded> {
    if looks_binary(&bytes) {
        return None;
    }
    let mut warnings = Vec::new();
    if let Some(order) = utf16_bom(&bytes) {
        let text = decode_utf16(&bytes[2..], order, &mut warnings);
        return Some(Decoded { text, warnings });
    }
    if bytes.starts_with(UTF8_BOM) {
        // Shifting the buffer left by three bytes is one memmove, cheaper than a new buffer.
        bytes.drain(..UTF8_BOM.len());
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => decode_invalid_utf8(err.into_bytes(), &mut warnings),
    };
    Some(Decoded { text, warnings })
}

fn decode_utf16(body: &[u8], order: Utf16, warnings: &mut Vec<String>) -> String {
    let units = body.chunks_exact(2).map(|pair| match order {
        Utf16::Le => u16::from_le_bytes([pair[0], pair[1]]),
        Utf16::Be => u16::from_be_bytes([pair[0], pair[1]]),
    });
    let mut text = String::with_capacity(body.len());
    let mut bad = false;
    for unit in char::decode_utf16(units) {
        text.push(unit.unwrap_or_else(|_| {
            bad = true;
            char::REPLACEMENT_CHARACTER
        }));
    }
    let name = if order == Utf16::Le { "UTF-16 LE" } else { "UTF-16 BE" };
    warnings.push(format!("decoded from {name}"));
    if bad || body.len() % 2 == 1 {
        warnings.push("invalid UTF-16 replaced".to_string());
    }
    text
}

/// Invalid UTF-8 is either a file in a legacy 8-bit encoding (high bytes that never form UTF-8
/// sequences) or a UTF-8 file with a few damaged bytes. The second keeps its valid characters
/// and replaces the damage; the first is decoded in the encoding chardetng guesses from its
/// bytes (Windows-1252 for most Western text, so its curly quotes and dashes survive).
fn decode_invalid_utf8(bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
    let (valid_sequences, invalid_bytes) = count_utf8_sequences(&bytes);
    // Well-formed multi-byte sequences almost never occur by chance in 8-bit text, so as many
    // of them as damaged bytes means UTF-8.
    if valid_sequences >= invalid_bytes.max(1) {
        warnings.push("invalid UTF-8 replaced (file may be in a legacy encoding)".to_string());
        return String::from_utf8_lossy(&bytes).into_owned();
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(&bytes, true);
    // UTF-8 is already ruled out: the bytes did not validate.
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, had_errors) = encoding.decode_without_bom_handling(&bytes);
    warnings.push(format!("decoded as {}", encoding.name()));
    if had_errors {
        warnings.push(format!("bytes invalid in {} replaced", encoding.name()));
    }
    text.into_owned()
}

/// Counts well-formed multi-byte UTF-8 sequences and the bytes that are not part of one.
fn count_utf8_sequences(bytes: &[u8]) -> (usize, usize) {
    let (mut valid, mut invalid) = (0, 0);
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid += s.bytes().filter(|&b| b >= 0xC0).count();
                break;
            }
            Err(err) => {
                let (good, bad) = rest.split_at(err.valid_up_to());
                valid += good.iter().filter(|&&b| b >= 0xC0).count();
                let skip = err.error_len().unwrap_or(bad.len());
                invalid += skip;
                rest = &bad[skip..];
            }
        }
    }
    (valid, invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(bytes: &[u8]) -> Decoded {
        decode(bytes.to_vec()).expect("text")
    }

    #[test]
    fn utf8_bom_is_removed_without_warning() {
        let d = ok(b"\xEF\xBB\xBFhello");
        assert_eq!(d.text, "hello");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn utf16_le_and_be_with_bom_are_decoded() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in "Kābul ✓\n".encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        let (l, b) = (ok(&le), ok(&be));
        assert_eq!(l.text, "Kābul ✓\n");
        assert_eq!(b.text, "Kābul ✓\n");
        assert_eq!(l.warnings, ["decoded from UTF-16 LE"]);
        assert_eq!(b.warnings, ["decoded from UTF-16 BE"]);
    }

    #[test]
    fn unpaired_surrogate_in_utf16_is_replaced() {
        let d = ok(&[0xFF, 0xFE, 0x00, 0xD8, b'a', 0]);
        assert_eq!(d.text, "\u{FFFD}a");
        assert!(d.warnings.iter().any(|w| w.contains("invalid UTF-16")));
    }

    #[test]
    fn latin1_text_is_decoded_as_western() {
        let d = ok(b"The caf\xE9 on the corner served a na\xEFve cr\xE8me br\xFBl\xE9e for \xA33.");
        assert_eq!(d.text, "The café on the corner served a naïve crème brûlée for £3.");
        assert_eq!(d.warnings, ["decoded as windows-1252"]);
    }

    #[test]
    fn windows_1252_keeps_its_quotes_and_dashes() {
        let bytes = b"\x93Don\x92t,\x94 she said \x96 twice \x85 and paid \x8050.\n";
        let d = ok(&bytes.repeat(3));
        assert_eq!(
            d.text,
            "\u{201c}Don\u{2019}t,\u{201d} she said \u{2013} twice \u{2026} and paid \u{20ac}50.\n"
                .repeat(3)
        );
        assert_eq!(d.warnings, ["decoded as windows-1252"]);
    }

    #[test]
    fn other_legacy_encodings_are_detected() {
        let cyrillic: &[u8] = b"\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0! \xdd\xf2\xee \xf0\xf3\xf1\xf1\xea\xe8\xe9 \xf2\xe5\xea\xf1\xf2 \xe2 \xea\xee\xe4\xe8\xf0\xee\xe2\xea\xe5 windows-1251.";
        let d = ok(cyrillic);
        assert!(d.text.starts_with("Привет, мир! Это русский текст"), "{}", d.text);
        assert_eq!(d.warnings, ["decoded as windows-1251"]);
    }

    #[test]
    fn mostly_utf8_with_a_bad_byte_is_replaced_lossily() {
        let d = ok("café naïve — "
            .as_bytes()
            .iter()
            .chain(b"\xFFend")
            .copied()
            .collect::<Vec<_>>()
            .as_slice());
        assert_eq!(d.text, "café naïve — \u{FFFD}end");
        assert_eq!(d.warnings, ["invalid UTF-8 replaced (file may be in a legacy encoding)"]);
    }

    #[test]
    fn nul_without_utf16_bom_is_binary() {
        assert!(decode(b"abc\0def".to_vec()).is_none());
        assert!(decode(b"a\0b\0".to_vec()).is_none(), "UTF-16 without BOM is not accepted");
        assert!(decode(vec![0xFF, 0xFE, b'a', 0]).is_some());
    }

    #[test]
    fn mostly_control_bytes_is_binary_but_escapes_are_text() {
        let junk: Vec<u8> = (0..400).map(|i| [0x01, 0x02, b'x', 0x7F][i % 4]).collect();
        assert!(looks_binary(&junk));
        let colored = b"\x1b[31mred\x1b[0m\r\n\tnext\x0c".repeat(20);
        assert!(!looks_binary(&colored));
    }

    #[test]
    fn valid_utf8_is_taken_without_copying() {
        let bytes = "plain text\n".repeat(10).into_bytes();
        let ptr = bytes.as_ptr();
        let d = decode(bytes).expect("text");
        assert_eq!(d.text.as_ptr(), ptr);
    }
}
