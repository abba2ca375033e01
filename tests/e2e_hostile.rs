//! End-to-end on hostile input: the real binary in a pseudo-terminal, fed documents and file
//! names full of terminal escapes, controls and bidi overrides, shapes that break readers
//! (huge lines, huge words, huge counts, deep nesting, mixed scripts) and odd encodings.
//!
//! The escape checks read every byte the program wrote, not the parsed screen: a sequence a
//! VT100 parser ignores may still drive a real terminal.

mod common;

use common::Tty;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

fn status_line(screen: &str) -> String {
    screen.lines().last().unwrap_or_default().to_string()
}

fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    let mut f = std::fs::File::create(&path).expect("create fixture");
    f.write_all(bytes).expect("write fixture");
    path
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// Every escape sequence in `raw`, as the bytes from ESC up to and including its final byte.
fn escape_sequences(raw: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] != 0x1B {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if raw.get(i) == Some(&b'[') {
            i += 1;
            while i < raw.len() && !(0x40..=0x7E).contains(&raw[i]) {
                i += 1;
            }
        }
        i = (i + 1).min(raw.len());
        out.push(raw[start..i].to_vec());
    }
    out
}

/// Whether a sequence is one the program itself writes: SGR, cursor moves and erases,
/// the alternate screen, cursor visibility, synchronized output, mouse modes and the keyboard
/// enhancement protocol.
fn is_own_sequence(seq: &[u8]) -> bool {
    let Some(body) = seq.strip_prefix(b"\x1b[") else { return false };
    let Some((&last, params)) = body.split_last() else { return false };
    let digits = |p: &[u8]| p.iter().all(|b| b.is_ascii_digit() || *b == b';' || *b == b':');
    match last {
        b'm' | b'H' | b'J' | b'K' | b'A' | b'B' | b'C' | b'D' | b'G' => digits(params),
        b'h' | b'l' => {
            let Some(modes) = params.strip_prefix(b"?") else { return false };
            modes.split(|&b| b == b';').all(|m| {
                matches!(
                    m,
                    b"1049" | b"25" | b"2026" | b"1000" | b"1002" | b"1003" | b"1006" | b"1015"
                )
            })
        }
        // The keyboard enhancement protocol: push (`>flags u`) on entry, pop (`<n u`) on exit.
        b'u' => matches!(params, b">1" | b"<1"),
        _ => false,
    }
}

const BIDI: [char; 9] = [
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

/// Checks that nothing but the program's own sequences reached the terminal.
#[track_caller]
fn assert_inert(raw: &[u8]) {
    let text = std::str::from_utf8(raw).unwrap_or_else(|e| {
        panic!("output is not UTF-8 at {}: a stray 8-bit byte is a C1 control", e.valid_up_to())
    });
    for c in text.chars() {
        assert!(!('\u{80}'..='\u{9F}').contains(&c), "C1 control {c:?} written");
        assert!(!BIDI.contains(&c), "bidi control {c:?} written");
        assert!(
            !c.is_control() || matches!(c, '\x1b' | '\r' | '\n' | '\x08'),
            "control {c:?} written"
        );
    }
    for seq in escape_sequences(raw) {
        let shown = String::from_utf8_lossy(&seq);
        assert!(is_own_sequence(&seq), "foreign escape sequence {shown:?} written");
    }
    let leaves = raw.windows(8).filter(|w| w == b"\x1b[?1049l").count();
    assert!(leaves <= 1, "the alternate screen was left {leaves} times");
}

#[test]
fn the_inertness_check_catches_what_it_should() {
    let caught = |raw: &'static [u8]| std::panic::catch_unwind(|| assert_inert(raw)).is_err();
    assert!(!caught(b"\x1b[?1049h\x1b[1;1H\x1b[38;5;203mtext\x1b[0m\x1b[2J\x1b[?1049l"));
    for raw in [
        &b"\x1b]0;title\x07"[..],
        b"\x1bP+q\x1b\\",
        b"\x1bc",
        b"\x1b[6n",
        b"\x1b[?2004h",
        b"\xc2\x9b2J",
        b"\x9b2J",
        "\u{202e}".as_bytes(),
        b"\x07",
        b"\x1b[?1049l\x1b[?1049l",
    ] {
        assert!(caught(raw), "{:?} passed", String::from_utf8_lossy(raw));
    }
}

/// Prose with every kind of terminal control mixed in.
fn hostile_paragraph(n: usize) -> String {
    format!(
        "Paragraph {n} of ordinary prose \x1b]0;pwned-title\x07 mentions Islamabad \
         \x1b]2;pwned-two\x1b\\ and a clipboard write \x1b]52;c;cHduZWQ=\x07 and a link \
         \x1b]8;;http://example.invalid/\x1b\\click here\x1b]8;;\x1b\\ then a clear \x1b[2J \
         and leaving the screen \x1b[?1049l and a query \x1bP1$qm\x1b\\ and a reset \x1bc \
         and C1 forms \u{9b}2J \u{9d}0;c1-title\u{9c} \u{90}dcs\u{9c} \u{85}next line, \
         with DEL\x7f BEL\x07 BS\x08 VT\x0b FF\x0c CR\r alone, and bidi \u{202e}gnp.exe\u{202c} \
         \u{2066}isolated\u{2069} \u{202a}\u{202b}\u{202d}\u{2067}\u{2068} and zero width \
         a\u{200b}b\u{200c}c\u{200d}d\u{2060}e\u{feff}f in the middle of words.\n\n"
    )
}

fn hostile_document() -> String {
    let mut doc = String::from("A Hostile Document\n\n");
    for n in 0..60 {
        doc.push_str(&hostile_paragraph(n));
    }
    doc.push_str("The last paragraph holds the word omegamark.\n");
    doc
}

/// Opens a file, scrolls to the end and back, searches, and quits; returns every byte written.
fn read_and_quit(path: &Path, first_text: &str, search: &str) -> Vec<u8> {
    let mut tty = Tty::spawn(&[arg(path)], 100, 30);
    tty.wait_text(first_text);
    tty.send("G");
    tty.wait_for("the end", |s| status_line(s).contains("100%"));
    tty.send("g");
    tty.wait_text(first_text);
    tty.send(&format!("/{search}\r"));
    tty.wait_for("a search result", |s| {
        let status = status_line(s);
        // A match found in a file still loading is shown while its matches are counted.
        ["1/", "not found", "no match", "counting"].iter().any(|x| status.contains(x))
    });
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0, "exit status");
    tty.assert_restored();
    tty.raw()
}

#[test]
fn nothing_in_a_document_can_drive_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = hostile_document();
    // The same controls as UTF-8, and with C1 as raw 8-bit bytes (invalid UTF-8).
    let mut eight_bit = text.clone().into_bytes();
    eight_bit.extend_from_slice(b"\n\nRaw bytes \x9b2J and \x9d0;raw-title\x9c end.\n");
    for (name, bytes) in [("hostile.txt", text.into_bytes()), ("hostile-8bit.txt", eight_bit)] {
        let path = write_file(dir.path(), name, &bytes);
        let raw = read_and_quit(&path, "ordinary prose", "omegamark");
        assert_inert(&raw);
        // Typed (or pasted) into the search prompt, the same controls stay inert too.
        let mut tty = Tty::spawn(&[arg(&path)], 100, 30);
        tty.wait_text("ordinary prose");
        tty.send("/\u{202e}\u{9b}2J\u{9d}0;x\u{9c}omega\r");
        tty.wait_for("the search", |s| status_line(s).contains("not found"));
        tty.send("q");
        assert_eq!(tty.wait_exit(), 0);
        assert_inert(&tty.raw());
        let shown = String::from_utf8_lossy(&raw);
        assert!(!shown.contains("pwned"), "an escape's payload was shown as text ({name})");
    }
}

#[test]
fn a_file_name_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = "\x1b]0;pwned\x07\x1b[2J\u{202e}evil\u{9b}?1049l\x1bP+q\x1b\\name.txt";
    let path = write_file(dir.path(), name, b"lowercase prose without any heading, only words.\n");
    let mut tty = Tty::spawn(&[arg(&path)], 100, 30);
    tty.wait_text("lowercase prose");
    // The name is the title, on the reading pane's border.
    tty.wait_for("the title", |s| s.lines().next().is_some_and(|l| l.contains("evil")));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
    assert_inert(&tty.raw());
}

#[test]
fn a_file_name_in_an_error_message_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = "\x1b]0;pwned\x07\u{202e}evil\u{9b}2J.bin";
    let path = write_file(dir.path(), name, b"\x7fELF\0\0\0\0binary");
    let mut tty = Tty::spawn(&[arg(&path)], 100, 30);
    assert_eq!(tty.wait_exit(), 2);
    let raw = tty.raw();
    let shown = String::from_utf8_lossy(&raw);
    assert!(shown.contains("evil") && shown.contains("binary"), "{shown:?}");
    assert_inert(&raw);
}

#[test]
fn text_subcommand_prints_none_of_the_controls() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_file(dir.path(), "hostile.txt", hostile_document().as_bytes());
    let out = Command::new(common::lector_bin())
        .args(["text", arg(&path)])
        .output()
        .expect("run lector text");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8 output");
    assert!(text.contains("omegamark") && text.contains("ordinary prose"));
    for c in text.chars() {
        assert!(c == '\n' || !c.is_control(), "control {c:?} printed");
        assert!(!BIDI.contains(&c), "bidi control {c:?} printed");
    }
    assert!(!text.contains("pwned"), "an escape's payload was printed as text");
}

// ---- Shapes that break readers --------------------------------------------------------

/// Opens a generated document and checks it answers G, g, a search and q.
fn survives(name: &str, bytes: &[u8], first_text: &str, search: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_file(dir.path(), name, bytes);
    assert_inert(&read_and_quit(&path, first_text, search));
}

#[test]
fn a_single_ten_megabyte_line() {
    let sentence = "the quick brown fox jumps over the lazy dog ";
    let mut text = String::from("start ");
    while text.len() < 10 << 20 {
        text.push_str(sentence);
    }
    text.push_str("finalword");
    survives("one-line.txt", text.as_bytes(), "start the quick", "lazy");
}

#[test]
fn a_one_megabyte_word() {
    let text = format!("opening words\n\n{}\n\nclosing words\n", "x".repeat(1 << 20));
    survives("word.txt", text.as_bytes(), "opening words", "closing");
}

#[test]
fn a_hundred_thousand_tiny_paragraphs() {
    let mut text = String::from("first\n\n");
    for n in 0..100_000 {
        text.push_str(&format!("p{n}\n\n"));
    }
    survives("tiny.txt", text.as_bytes(), "first", "p99999");
}

#[test]
fn ten_thousand_headings() {
    let mut text = String::new();
    for n in 0..10_000 {
        text.push_str(&format!("# Heading number {n}\n\nA line under heading {n}.\n\n"));
    }
    survives("headings.md", text.as_bytes(), "Heading number 0", "9999");
}

#[test]
fn five_thousand_levels_of_nested_lists_and_quotes() {
    let mut text = String::from("Nesting starts here\n\n");
    for depth in 0..5_000 {
        text.push_str(&"  ".repeat(depth));
        text.push_str(&format!("- item {depth}\n"));
    }
    text.push('\n');
    for depth in 1..=5_000 {
        text.push_str(&">".repeat(depth));
        text.push_str(&format!(" quote {depth}\n"));
    }
    text.push_str("\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[");
    text.push_str(&"*_".repeat(5_000));
    text.push_str("\n\nNesting ends here\n");
    survives("nested.md", text.as_bytes(), "Nesting starts", "ends");
}

#[test]
fn mixed_scripts() {
    let text = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile/mixed-scripts.txt"
    ))
    .expect("fixture");
    survives("mixed.txt", &text, "Islamabad said", "Doha");
}

// ---- Encodings ------------------------------------------------------------------------

/// Opens a file and returns the first screen and the status line once `text` shows.
fn open_screen(path: &Path, text: &str) -> String {
    let mut tty = Tty::spawn(&[arg(path)], 100, 30);
    // The status bar is the last row a frame writes: once it shows, the frame is whole.
    let screen = tty.wait_for(text, |s| s.contains(text) && status_line(s).contains('%'));
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    tty.assert_restored();
    screen
}

#[test]
fn invalid_utf8_opens_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = "Valid words before the break, then ".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xff\xfe\xc3\x28 broken \xe2\x82 bytes, ");
    bytes.extend_from_slice("and more valid words after — ünïcödé.\n".as_bytes());
    let path = write_file(dir.path(), "broken.txt", &bytes);
    let screen = open_screen(&path, "Valid words before");
    assert!(screen.contains("valid words after"), "{screen}");
    let status = status_line(&screen).to_lowercase();
    assert!(status.contains("utf-8") || status.contains("latin-1"), "no warning: {status}");
}

#[test]
fn utf16_with_a_bom_is_decoded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "Sixteen-bit text: Ünïcödé, 漢字 and اردو.\n\nSecond paragraph here.\n";
    let le: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
    let be: Vec<u8> =
        [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(|u| u.to_be_bytes())).collect();
    for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
        let path = write_file(dir.path(), name, &bytes);
        let screen = open_screen(&path, "Sixteen-bit text");
        assert!(screen.contains("Ünïcödé") && screen.contains("Second paragraph"), "{screen}");
    }
}

#[test]
fn latin1_is_visible_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path =
        write_file(dir.path(), "latin1.txt", b"Caf\xe9 cr\xe8me br\xfbl\xe9e in Z\xfcrich.\n");
    let screen = open_screen(&path, "Café crème brûlée");
    assert!(!status_line(&screen).contains("? help"), "no warning shown: {screen}");
}

#[test]
fn nul_bytes_are_refused_before_the_terminal_is_touched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_file(dir.path(), "nul.txt", b"text with a\0NUL byte in it\n");
    let mut tty = Tty::spawn(&[arg(&path)], 100, 30);
    assert_eq!(tty.wait_exit(), 2);
    let raw = String::from_utf8_lossy(&tty.raw()).to_string();
    assert!(!raw.contains("\x1b[?1049h"), "the alternate screen was entered: {raw:?}");
    assert_eq!(raw.trim().lines().count(), 1, "one line: {raw:?}");
    assert!(raw.contains("nul.txt") && raw.contains("binary"), "{raw:?}");
}

#[test]
fn a_directory_is_refused_in_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut tty = Tty::spawn(&[arg(dir.path())], 100, 30);
    assert_eq!(tty.wait_exit(), 2);
    let raw = String::from_utf8_lossy(&tty.raw()).to_string();
    assert!(!raw.contains("\x1b[?1049h"), "{raw:?}");
    assert_eq!(raw.trim().lines().count(), 1, "one line: {raw:?}");
    assert!(raw.contains("directory"), "{raw:?}");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_refused_in_one_line() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_file(dir.path(), "secret.txt", b"hidden words\n");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root reads a file whatever its mode bits say (tests often run as root in containers),
    // so there is nothing to refuse: check that only where the mode is enforced.
    if std::fs::File::open(&path).is_ok() {
        return;
    }
    let mut tty = Tty::spawn(&[arg(&path)], 100, 30);
    assert_eq!(tty.wait_exit(), 2);
    let raw = String::from_utf8_lossy(&tty.raw()).to_string();
    assert!(!raw.contains("\x1b[?1049h"), "{raw:?}");
    assert_eq!(raw.trim().lines().count(), 1, "one line: {raw:?}");
    assert!(raw.contains("secret.txt"), "{raw:?}");
}
