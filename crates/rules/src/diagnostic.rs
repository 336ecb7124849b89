//! What a rule emits: a message at a place in a document, before it is resolved to a file,
//! line and column.

use crate::rule::RuleMeta;

/// A place in a loaded document: its index and a JSON pointer into it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Spot {
    pub document: usize,
    pub pointer: String,
}

impl Spot {
    pub fn new(document: usize, pointer: impl Into<String>) -> Self {
        Self {
            document,
            pointer: pointer.into(),
        }
    }
}

/// Another place that explains a finding ("the plenary this date should fall in").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub message: String,
    pub spot: Spot,
}

/// A finding as a rule emits it.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub rule: &'static RuleMeta,
    pub message: String,
    pub spot: Spot,
    pub related: Vec<Related>,
    /// A suggested fix, in words.
    pub fix: Option<String>,
}

impl Diagnostic {
    pub fn related(mut self, message: impl Into<String>, spot: Spot) -> Self {
        self.related.push(Related {
            message: message.into(),
            spot,
        });
        self
    }

    pub fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }
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
    pub fn at(&self, spot: Spot, message: impl Into<String>) -> Diagnostic {
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
    pub fn emit(&mut self, spot: Spot, message: impl Into<String>) {
        let diagnostic = self.at(spot, message);
        self.push(diagnostic);
    }
}
