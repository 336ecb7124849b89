//! What a rule emits: a message at a place in a document, before it is resolved to a file,
//! line and column.

use crate::message::Message;
use crate::pointer::Pointer;
use crate::report::{Edit, Fix};
use crate::rule::RuleMeta;

/// A place in a loaded document: its index and a JSON pointer into it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Spot {
    pub document: usize,
    pub pointer: Pointer,
}

impl Spot {
    pub fn new(document: usize, pointer: impl Into<Pointer>) -> Self {
        Self {
            document,
            pointer: pointer.into(),
        }
    }

    /// The place of `field` of the value here (the pointer one segment longer).
    #[must_use]
    pub fn field(&self, field: &'static str) -> Self {
        Self {
            document: self.document,
            pointer: self.pointer.clone().push(field),
        }
    }
}

/// A record's place: a document, a list in it and the record's row. The pointer to one of its
/// fields is written out only when asked for ([`RowPlace::field`]): a check looks at every
/// record of a list and reports few, and a [`Spot`] (its pointer's segments inline) is several
/// times the size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowPlace {
    pub document: usize,
    pub list: &'static str,
    pub row: usize,
}

impl RowPlace {
    /// The place of the record's `field` (`/list/row/field`).
    pub fn field(&self, field: &'static str) -> Spot {
        Spot::new(self.document, crate::pointer!(self.list, self.row, field))
    }
}

/// Another place that explains a finding ("the plenary this date should fall in").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub message: Message,
    pub spot: Spot,
}

/// A finding as a rule emits it.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub rule: &'static RuleMeta,
    /// The message's template and typed arguments; rendered when a report is made.
    pub message: Message,
    pub spot: Spot,
    pub related: Vec<Related>,
    /// A suggested fix, in words, and the edit that makes it when it is certain.
    pub fix: Option<Fix>,
}

impl Diagnostic {
    pub fn related(mut self, message: impl Into<Message>, spot: Spot) -> Self {
        self.related.push(Related {
            message: message.into(),
            spot,
        });
        self
    }

    /// A suggested fix, in words (a person decides how to make it).
    pub fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(Fix::advice(bounded(fix.into())));
        self
    }

    /// A suggested fix, in words, and the edit that makes it: only where the correction is
    /// certain (a doubled word, a space before a comma), never where a person must choose.
    /// The edit applies to the string value at the diagnostic's pointer.
    pub fn fix_with_edit(mut self, fix: impl Into<String>, edit: Option<Edit>) -> Self {
        self.fix = Some(Fix {
            advice: bounded(fix.into()),
            edit,
        });
        self
    }
}

/// The longest message a finding carries, in characters. Messages quote the data, and a
/// 50 MB field must not become a 50 MB message (nor a 50 MB line of SARIF or JUnit).
pub const MAX_MESSAGE_CHARS: usize = 1_000;

/// `text`, cut to [`MAX_MESSAGE_CHARS`] characters with an ellipsis in the middle, so both the
/// start and the end of what was said survive.
pub fn bounded(text: String) -> String {
    let count = text.chars().count();
    if count <= MAX_MESSAGE_CHARS {
        return text;
    }
    let head_chars = (MAX_MESSAGE_CHARS - 1) / 2;
    let tail_chars = MAX_MESSAGE_CHARS - 1 - head_chars;
    let head: String = text.chars().take(head_chars).collect();
    let tail: String = text.chars().skip(count - tail_chars).collect();
    format!("{head}…{tail}")
}

/// Where a rule's diagnostics go.
#[derive(Debug)]
pub struct Sink<'r> {
    rule: &'static RuleMeta,
    diagnostics: &'r mut Vec<Diagnostic>,
}

impl<'r> Sink<'r> {
    pub fn new(rule: &'static RuleMeta, diagnostics: &'r mut Vec<Diagnostic>) -> Self {
        Self { rule, diagnostics }
    }

    /// Starts a diagnostic; it is recorded by [`Sink::push`].
    pub fn at(&self, spot: Spot, message: impl Into<Message>) -> Diagnostic {
        Diagnostic {
            rule: self.rule,
            message: message.into(),
            spot,
            related: Vec::new(),
            fix: None,
        }
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Records a diagnostic with only a message and a place.
    pub fn emit(&mut self, spot: Spot, message: impl Into<Message>) {
        let diagnostic = self.at(spot, message);
        self.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_quoted_text_gives_a_bounded_message() {
        let message = format!("title `{}` differs", "x".repeat(50_000_000));
        let bounded = bounded(message);
        assert_eq!(bounded.chars().count(), MAX_MESSAGE_CHARS);
        assert!(bounded.starts_with("title `x"));
        assert!(bounded.ends_with("x` differs"));
    }

    #[test]
    fn a_short_message_is_kept_whole() {
        assert_eq!(bounded("short".to_owned()), "short");
    }

    /// A record's place writes the pointer to the field asked for, as the text a pointer
    /// written out in full would be.
    #[test]
    fn a_row_place_writes_the_fields_pointer() {
        let place = RowPlace {
            document: 3,
            list: "under_approval",
            row: 12,
        };
        let spot = place.field("consented_or_determined");
        assert_eq!(spot.document, 3);
        assert_eq!(
            spot.pointer.text(),
            "/under_approval/12/consented_or_determined"
        );
        assert_eq!(
            place.field("title").pointer.text(),
            "/under_approval/12/title"
        );
    }
}
