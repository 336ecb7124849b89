//! Markdown (CommonMark with GitHub's tables and strikethrough): inline text and table cells.
//!
//! What is escaped, and why:
//! - `\` `` ` `` `*` `_` `~` `[` `]` `{` `}` `#` `!` `|` get a backslash: they open code,
//!   emphasis, strikethrough, links and images, headings and attributes, or end a table cell
//!   (GitHub honours `\|` even inside code spans);
//! - `<` and `>` become `&lt;` and `&gt;`: no HTML tag, autolink or block quote can start;
//! - `&` gets a backslash where it would start an entity or character reference (`&amp;`,
//!   `&#60;`), and is left alone elsewhere, so that the report's `SC&C` reads as written;
//! - line breaks (CR, LF) become spaces: a break would end a table row, or start a block in the
//!   middle of inline text; other control characters become U+FFFD.
//!
//! `+`, `-`, `=`, `.` and `)` are not escaped: they have a meaning only at the start of a line
//! (list items, setext headings), and escaped text never starts a line — it has no line breaks,
//! and every caller writes it after a list marker, a heading marker or a cell's `| `.

use super::REPLACEMENT;

/// `text` as Markdown inline text or table-cell content.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '{' | '}' | '#' | '!' | '|' => {
                out.push('\\');
                out.push(*c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => {
                let rest = chars.get(i + 1..).unwrap_or_default();
                let name_len = rest
                    .iter()
                    .take_while(|d| d.is_ascii_alphanumeric() || **d == '#')
                    .count();
                let reference = name_len > 0 && rest.get(name_len) == Some(&';');
                out.push_str(if reference { "\\&" } else { "&" });
            }
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => out.push(REPLACEMENT),
            c => out.push(*c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_cannot_start() {
        assert_eq!(
            escape("<script>alert(1)</script><img src=x onerror=alert(1)>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(
            escape("<https://example.invalid>"),
            "&lt;https://example.invalid&gt;"
        );
    }

    #[test]
    fn a_table_cell_stays_one_cell_on_one_row() {
        let cell = escape("a | b\n| c |\r\nd");
        assert_eq!(cell, "a \\| b \\| c \\|  d");
        let unescaped_pipes = cell
            .char_indices()
            .filter(|&(i, c)| c == '|' && !cell[..i].ends_with('\\'))
            .count();
        assert_eq!(unescaped_pipes, 0);
    }

    #[test]
    fn emphasis_code_links_and_images_cannot_start() {
        assert_eq!(
            escape("*x* _y_ ~~z~~ `c` [a](b) ![i](j) {#id} # h \\"),
            "\\*x\\* \\_y\\_ \\~\\~z\\~\\~ \\`c\\` \\[a\\](b) \\!\\[i\\](j) \\{\\#id\\} \\# h \\\\"
        );
    }

    #[test]
    fn an_ampersand_is_escaped_only_where_it_starts_a_reference() {
        assert_eq!(
            escape("SC&C & SSC&C &amp; &#60; &x"),
            "SC&C & SSC&C \\&amp; \\&\\#60; &x"
        );
    }

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(escape("a\u{0}b\u{1b}(0m"), "a\u{fffd}b\u{fffd}(0m");
    }
}
