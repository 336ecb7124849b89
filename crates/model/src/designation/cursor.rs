//! A left-to-right reader over a designation, for the catalogue's identifiers whose pieces
//! (numbers, marks, items, years) follow one another without a fixed separator.
//!
//! Every step either consumes a piece and returns it, or consumes nothing; it never indexes
//! the text, so no input can make it panic.

#[derive(Debug, Clone, Copy)]
pub(crate) struct Cursor<'a> {
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Self { rest: text }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    pub(crate) fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }

    /// The character after the next one.
    pub(crate) fn peek_second(&self) -> Option<char> {
        self.rest.chars().nth(1)
    }

    pub(crate) fn starts_with(&self, token: &str) -> bool {
        self.rest.starts_with(token)
    }

    /// Consumes `token` when the text starts with it.
    pub(crate) fn eat(&mut self, token: &str) -> bool {
        match self.rest.strip_prefix(token) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    /// Consumes one character when it satisfies `accept`.
    pub(crate) fn eat_char(&mut self, accept: impl Fn(char) -> bool) -> Option<char> {
        let next = self.peek().filter(|c| accept(*c))?;
        self.rest = self.rest.get(next.len_utf8()..).unwrap_or_default();
        Some(next)
    }

    /// Consumes the longest run of characters satisfying `accept` (possibly empty).
    pub(crate) fn take_while(&mut self, accept: impl Fn(char) -> bool) -> &'a str {
        let end = self
            .rest
            .char_indices()
            .find(|(_, c)| !accept(*c))
            .map_or(self.rest.len(), |(i, _)| i);
        let taken = self.rest.get(..end).unwrap_or_default();
        self.rest = self.rest.get(end..).unwrap_or_default();
        taken
    }

    /// Consumes a run of ASCII digits (possibly empty).
    pub(crate) fn digits(&mut self) -> &'a str {
        self.take_while(|c| c.is_ascii_digit())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_consume_only_what_they_return() {
        let mut cursor = Cursor::new("Y.4101é/x");
        assert_eq!(cursor.eat_char(|c| c.is_ascii_uppercase()), Some('Y'));
        assert!(cursor.eat("."));
        assert_eq!(cursor.digits(), "4101");
        assert_eq!(cursor.digits(), "");
        assert_eq!(cursor.take_while(|c| !c.is_ascii()), "é");
        assert_eq!(cursor.peek_second(), Some('x'));
        assert!(!cursor.eat("x"));
        assert!(cursor.starts_with("/x"));
    }
}
