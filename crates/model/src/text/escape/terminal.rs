//! Text from the data where a terminal, or a reader that takes one line as one record, reads
//! it: the `human` and `concise` reports (`file:line:column: CODE message`, what an editor's
//! problem matcher and `grep` read) and the redline for a terminal.
//!
//! Three kinds of character are never passed on as they are:
//! - control characters (C0, DEL and C1: a line feed or carriage return, which would end the
//!   line and let the data write a line of its own — a forged finding; ESC and CSI, which
//!   start a terminal's escape sequences);
//! - the Unicode line and paragraph separators (U+2028, U+2029), which editors break lines at;
//! - the bidirectional embedding, override and isolate controls (U+202A–U+202E,
//!   U+2066–U+2069), which make a terminal show text in another order than it is written
//!   ("Trojan Source", CVE-2021-42574).
//!
//! A tab is kept: it ends nothing and starts nothing.

use std::borrow::Cow;

/// Whether `c` is one of the characters this module never passes on.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with each unsafe character written as a visible escape, `\u{1b}` (its code point in
/// hexadecimal, as Rust writes it): a reader sees that it was there and which it was. Text
/// with none (nearly all) is borrowed as it is.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` with each unsafe character, and each tab, replaced by one character (a tab by a
/// space, the others by U+FFFD), so that every character stays in its column: for a line of a
/// data file shown with a caret under a value.
pub fn in_place(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c == '\t' || is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\t' => ' ',
                c if is_unsafe(c) => super::REPLACEMENT,
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_break_cannot_start_a_line_of_its_own() {
        // What a problem matcher would read as a second finding stays on the first line.
        let forged = "x\nsrc/a.yaml:1:1: PD999 forged\r\n";
        assert_eq!(
            visible(forged),
            "x\\u{a}src/a.yaml:1:1: PD999 forged\\u{d}\\u{a}"
        );
        assert_eq!(visible("a\u{85}b\u{2028}c\u{2029}d").lines().count(), 1);
        assert_eq!(visible("a\u{85}b\u{2028}c"), "a\\u{85}b\\u{2028}c");
    }

    #[test]
    fn a_terminal_escape_sequence_is_shown_not_sent() {
        assert_eq!(visible("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        // CSI, the one-character form of `ESC [`, and DEL.
        assert_eq!(visible("\u{9b}31m\u{7f}"), "\\u{9b}31m\\u{7f}");
    }

    #[test]
    fn bidirectional_controls_cannot_reorder_what_is_shown() {
        assert_eq!(
            visible("access\u{202e}\u{2066}level\u{2069}\u{202c}"),
            "access\\u{202e}\\u{2066}level\\u{2069}\\u{202c}"
        );
        assert_eq!(
            visible("\u{202a}\u{202b}\u{202d}\u{2067}\u{2068}")
                .matches("\\u{")
                .count(),
            5
        );
    }

    #[test]
    fn ordinary_text_is_kept_as_it_is_and_borrowed() {
        let text = "Łukasz Şahin\t“Y.4216” – §3.2 (ITU-T) 日本 عربي";
        assert!(matches!(visible(text), Cow::Borrowed(t) if t == text));
        // Direction marks reorder nothing: kept.
        assert_eq!(visible("a\u{200e}b\u{200f}c"), "a\u{200e}b\u{200f}c");
    }

    #[test]
    fn in_place_keeps_every_character_in_its_column() {
        let line = "  - event: \"a\u{1b}[2J\tb\u{202e}c\"";
        let shown = in_place(line);
        assert_eq!(shown.chars().count(), line.chars().count());
        assert_eq!(shown, "  - event: \"a\u{fffd}[2J b\u{fffd}c\"");
        assert!(matches!(in_place("plain: line"), Cow::Borrowed(_)));
    }
}
