//! GitHub Actions workflow commands (`::error file=…,title=…::message`), as the runner reads
//! them: one command per line, `%`-escapes decoded in the data and in property values.

/// `text` as a command's data (the message after `::`): `%`, CR and LF escaped, so the command
/// stays on its line and a `%0A` in the text stays literal.
pub fn data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// `text` as a property value (`file=`, `title=`): as [`data`], and `:` and `,`, which end a
/// property.
pub fn property(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in data(text).chars() {
        match c {
            ':' => out.push_str("%3A"),
            ',' => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_newline_cannot_start_a_command_of_its_own() {
        assert_eq!(
            data("done\n::error file=evil.yaml::pwned\r\n"),
            "done%0A::error file=evil.yaml::pwned%0D%0A"
        );
    }

    #[test]
    fn an_escape_in_the_text_stays_literal() {
        assert_eq!(data("50% done %0A"), "50%25 done %250A");
        assert_eq!(property("%0A%3A"), "%250A%253A");
    }

    #[test]
    fn a_property_cannot_end_early_or_add_a_property() {
        assert_eq!(property("a.yaml,line=1::x"), "a.yaml%2Cline=1%3A%3Ax");
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
