//! Findings, load errors and configuration errors as LSP diagnostics.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Position as LspPosition, Range, TextEdit, Uri,
};
use serde::{Deserialize, Serialize};
use wtsa_dataset::outline::{NodeKind, Outline};
use wtsa_dataset::{LoadError, Position};
use wtsa_rules::config::ConfigError;
use wtsa_rules::{Edit, Finding, Severity};

use crate::text::LineIndex;
use crate::uri;

/// The `source` of every diagnostic the server publishes.
pub const SOURCE: &str = "wtsa";

/// The code of a diagnostic about a file that does not load (its syntax, or its shape).
pub const LOAD_ERROR_CODE: &str = "load";

/// The code of a diagnostic about `wtsa.toml`.
pub const CONFIG_ERROR_CODE: &str = "config";

/// What a diagnostic carries for the code actions that answer it (`Diagnostic::data`, which
/// the client sends back unchanged).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingData {
    /// The JSON pointer of the value the finding is about.
    pub pointer: String,
    /// The kind of the document it is in.
    pub document_kind: String,
    /// The rule's certain fix as an edit of the file, when the rule has one and the text it
    /// replaces is found in the file (see [`FileText::text_edit`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<FixEdit>,
}

/// A rule's certain fix, ready for the editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixEdit {
    /// What the action is called: "Replace “and and” with “and”".
    pub title: String,
    pub edit: TextEdit,
}

/// Where each rule's documentation is: a base (a page of the rule reference) to which the
/// rule's anchor is appended.
#[derive(Debug, Clone)]
pub struct RuleDocumentation {
    base: String,
}

impl RuleDocumentation {
    /// The rule reference to link to: `explicit` when the client set one, else
    /// `docs/rules.md` of the repository the data directory is in when there is one, else the
    /// published repository's copy.
    pub fn locate(explicit: Option<String>, data_directory: Option<&Path>) -> Self {
        if let Some(base) = explicit {
            return Self { base };
        }
        let local = data_directory.and_then(|directory| {
            directory
                .ancestors()
                .map(|a| a.join("docs").join("rules.md"))
                .find(|candidate| candidate.is_file())
        });
        let base = local
            .and_then(|path| uri::from_path(&path))
            .map(|uri| uri.as_str().to_owned())
            .unwrap_or_else(|| {
                format!(
                    "{}/blob/main/docs/rules.md",
                    env!("CARGO_PKG_REPOSITORY").trim_end_matches('/')
                )
            });
        Self { base }
    }

    /// The page of one rule.
    pub fn href(&self, code: &str) -> Option<Uri> {
        let anchor = wtsa_rules::catalogue::anchor(code);
        Uri::from_str(&format!("{}#{anchor}", self.base)).ok()
    }
}

/// A data file's text and, built when first asked, its outline: what a range is computed
/// from.
pub struct FileText<'t> {
    pub uri: Uri,
    pub lines: LineIndex<'t>,
    pub outline: &'t Outline,
}

impl FileText<'_> {
    /// The range of the value a report places at `start` and `pointer`: from its first
    /// character to its end when the outline knows the value there (a scalar whole, a
    /// collection to the end of its first line), else to the end of the line.
    pub fn range(&self, start: Position, pointer: &str) -> Range {
        let from = self.lines.lsp(start);
        match self.outline.get(pointer) {
            Some(node) if node.start == start => match node.kind {
                NodeKind::Scalar(_) => Range::new(from, self.lines.lsp(node.end)),
                _ => self.lines.rest_of_line(start),
            },
            _ => self.lines.rest_of_line(start),
        }
    }
}

impl FileText<'_> {
    /// `edit` (characters of the string value at `pointer`) as an edit of the file: the
    /// characters it replaces are looked for in the file's text of the value, and taken when
    /// the value and its text hold them the same number of times (the edit's occurrence is
    /// then the same one). A value written with escapes or folded across lines where the edit
    /// falls gets no edit, rather than a wrong one.
    pub fn text_edit(&self, pointer: &str, edit: &Edit) -> Option<TextEdit> {
        let node = self.outline.get(pointer)?;
        let NodeKind::Scalar(value) = &node.kind else {
            return None;
        };
        if edit.text.is_empty() || edit.apply(value).is_none() {
            return None;
        }
        let start_byte = value.char_indices().nth(edit.start).map(|(at, _)| at)?;
        let in_value = occurrences(value, &edit.text);
        let which = in_value.iter().position(|&at| at == start_byte)?;
        let from = self.lines.offset(self.lines.lsp(node.start));
        let to = self.lines.offset(self.lines.lsp(node.end));
        let source = self.lines.text().get(from..to)?;
        let in_source = occurrences(source, &edit.text);
        if in_source.len() != in_value.len() {
            return None;
        }
        let at = from + in_source.get(which)?;
        Some(TextEdit::new(
            Range::new(
                self.lines.position_of(at),
                self.lines.position_of(at + edit.text.len()),
            ),
            edit.replacement.clone(),
        ))
    }
}

/// Every byte offset at which `needle` starts in `haystack`, overlapping ones included.
fn occurrences(haystack: &str, needle: &str) -> Vec<usize> {
    haystack
        .char_indices()
        .filter(|(at, _)| {
            haystack
                .get(*at..)
                .is_some_and(|rest| rest.starts_with(needle))
        })
        .map(|(at, _)| at)
        .collect()
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// A finding as a diagnostic: its range in the file, its code linked to the rule's page, its
/// message with the suggested fix and the citation, and its related places.
pub fn of_finding<'t>(
    finding: &Finding,
    file: &FileText<'_>,
    related: impl Fn(&Path) -> Option<&'t FileText<'t>>,
    documentation: &RuleDocumentation,
) -> Diagnostic {
    let start = Position {
        line: finding.location.line,
        column: finding.location.column,
    };
    let mut message = finding.message.clone();
    if let Some(fix) = &finding.fix {
        message.push_str(&format!("\nhelp: {}", fix.advice));
    }
    message.push_str(&format!("\nnote: {}", finding.citation));
    let related_information: Vec<DiagnosticRelatedInformation> = finding
        .related
        .iter()
        .filter_map(|r| {
            let other = related(&PathBuf::from(&r.location.file))?;
            let start = Position {
                line: r.location.line,
                column: r.location.column,
            };
            Some(DiagnosticRelatedInformation {
                location: Location::new(other.uri.clone(), other.range(start, &r.location.pointer)),
                message: r.message.clone(),
            })
        })
        .collect();
    Diagnostic {
        range: file.range(start, &finding.location.pointer),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.code.clone())),
        code_description: documentation
            .href(&finding.code)
            .map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_owned()),
        message,
        related_information: (!related_information.is_empty()).then_some(related_information),
        tags: None,
        data: serde_json::to_value(FindingData {
            pointer: finding.location.pointer.clone(),
            document_kind: finding.location.document_kind.clone(),
            fix: finding
                .fix
                .as_ref()
                .and_then(|fix| fix.edit.as_ref())
                .and_then(|edit| {
                    let text_edit = file.text_edit(&finding.location.pointer, edit)?;
                    let described = edit.to_string();
                    let mut title = described.chars();
                    let title = title
                        .next()
                        .map(|first| first.to_uppercase().chain(title).collect())
                        .unwrap_or(described);
                    Some(FixEdit {
                        title,
                        edit: text_edit,
                    })
                }),
        })
        .ok(),
    }
}

fn error_at(
    lines: &LineIndex<'_>,
    line: u32,
    column: u32,
    code: &str,
    message: String,
) -> Diagnostic {
    let range = lines.rest_of_line(Position { line, column });
    // An error at the end of a line (a missing value) still gets a visible range.
    let range = if range.start == range.end && range.start.character > 0 {
        Range::new(
            LspPosition::new(range.start.line, range.start.character - 1),
            range.end,
        )
    } else {
        range
    };
    Diagnostic {
        range,
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String(code.to_owned())),
        source: Some(SOURCE.to_owned()),
        message,
        ..Diagnostic::default()
    }
}

/// A file that does not load: one diagnostic at the position the error names.
pub fn of_load_error(error: &LoadError, lines: &LineIndex<'_>) -> Diagnostic {
    match error {
        LoadError::Syntax {
            line,
            column,
            message,
            ..
        } => error_at(lines, *line, *column, LOAD_ERROR_CODE, message.clone()),
        LoadError::NotUtf8 { line, column, .. } => error_at(
            lines,
            *line,
            *column,
            LOAD_ERROR_CODE,
            "the file is not valid UTF-8".to_owned(),
        ),
        other => {
            let text = other.to_string();
            // The error names the file first; the editor shows which file it is about.
            let message = text
                .strip_prefix(other.path())
                .and_then(|rest| rest.strip_prefix(": "))
                .unwrap_or(&text)
                .to_owned();
            error_at(lines, 1, 1, LOAD_ERROR_CODE, message)
        }
    }
}

/// An unreadable or invalid `wtsa.toml`, at the place it names.
pub fn of_config_error(error: &ConfigError, lines: &LineIndex<'_>) -> Diagnostic {
    match error {
        ConfigError::Parse {
            line,
            column,
            message,
            ..
        } => error_at(
            lines,
            u32::try_from(*line).unwrap_or(1),
            u32::try_from(*column).unwrap_or(1),
            CONFIG_ERROR_CODE,
            message.clone(),
        ),
        ConfigError::Read { source, .. } => error_at(
            lines,
            1,
            1,
            CONFIG_ERROR_CODE,
            format!("cannot read: {source}"),
        ),
    }
}

/// A configuration that reads but would check nothing, at the top of `wtsa.toml`.
pub fn of_config_problem(message: String, lines: &LineIndex<'_>) -> Diagnostic {
    error_at(lines, 1, 1, CONFIG_ERROR_CODE, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A data directory inside a checkout links to that checkout's rule reference; one outside
    /// any links to the published reference; a client's choice wins over both.
    #[test]
    fn rule_pages_are_the_checkouts_then_the_published_ones() {
        let checkout = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let data = checkout.join("data/sg20/2022-2024");
        let local = RuleDocumentation::locate(None, Some(&data));
        assert!(
            local.base.starts_with("file://") && local.base.ends_with("/docs/rules.md"),
            "{}",
            local.base
        );
        let outside = RuleDocumentation::locate(None, Some(std::path::Path::new("/")));
        assert!(
            outside.base.starts_with("https://") && outside.base.ends_with("/docs/rules.md"),
            "{}",
            outside.base
        );
        let chosen = RuleDocumentation::locate(Some("https://rules.example/".to_owned()), None);
        assert_eq!(chosen.base, "https://rules.example/");
    }
}
