//! HTML and XML: element content and attribute values (double- or single-quoted).
//!
//! The five characters with a meaning (`&`, `<`, `>`, `"`, `'`) become the entities XML 1.0
//! predefines (`&apos;` is also HTML5's). Tab, line feed and carriage return are kept; every
//! other control character and the noncharacters U+FFFE and U+FFFF, which XML 1.0 forbids and
//! HTML reports as parse errors, become U+FFFD.

use super::REPLACEMENT;

/// `text` as HTML or XML character data or attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => out.push(REPLACEMENT),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_cannot_start_an_element_or_leave_an_attribute() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(
            escape("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(
            escape("' onerror='alert(1)"),
            "&apos; onerror=&apos;alert(1)"
        );
        assert_eq!(escape("]]><!--"), "]]&gt;&lt;!--");
    }

    #[test]
    fn an_entity_in_the_data_stays_text() {
        assert_eq!(escape("SC&C &amp; &#60;"), "SC&amp;C &amp;amp; &amp;#60;");
    }

    #[test]
    fn characters_xml_forbids_are_replaced() {
        assert_eq!(
            escape("a\u{0}b\u{1b}[31mc\u{7f}\u{85}\u{fffe}\u{ffff}"),
            "a\u{fffd}b\u{fffd}[31mc\u{fffd}\u{fffd}\u{fffd}\u{fffd}"
        );
        assert_eq!(escape("tab\tline\nreturn\r"), "tab\tline\nreturn\r");
    }
}
