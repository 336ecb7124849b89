//! Code actions: a rule's certain fix, and a `suppress:` entry for a finding on the record the
//! finding points into.
//!
//! A fix is offered where the rule gives an edit (a doubled word, a misplaced space, an export
//! artefact: `Fix::edit`), made into an edit of the file when the diagnostic was published
//! (`FindingData::fix`); it is the preferred action. Other findings' `fix` is advice in words,
//! shown in the diagnostic's message.
//!
//! A suppression's reason is left empty with a comment asking for it: a suppression without
//! a reason suppresses nothing and is itself reported (WT001), so the finding is accepted only
//! once a person writes why. Only YAML files get one: JSON is written by programs, not edited
//! by hand.

use std::collections::HashMap;
use std::path::Path;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionResponse, Diagnostic,
    NumberOrString, Position as LspPosition, Range, TextEdit, WorkspaceEdit,
};
use wtsa_dataset::outline::{NodeKind, Outline};
use wtsa_dataset::Format;
use wtsa_model::DocumentKind;
use wtsa_rules::Family;

use crate::diagnostics::{FindingData, SOURCE};
use crate::schema;
use crate::server::View;
use crate::text::LineIndex;

/// The comment after the empty reason of a new suppression.
pub const REASON_PLACEHOLDER: &str =
    "why is this finding accepted? (an empty reason suppresses nothing)";

pub fn code_actions(view: &View<'_>, diagnostics: &[Diagnostic]) -> Option<CodeActionResponse> {
    let mut actions = fix_actions(view, diagnostics);
    if Format::of(Path::new(view.path)) == Some(Format::Yaml) {
        actions.extend(suppression_actions(view, diagnostics));
    }
    (!actions.is_empty()).then_some(actions)
}

/// The rules' certain fixes among `diagnostics`.
fn fix_actions(view: &View<'_>, diagnostics: &[Diagnostic]) -> Vec<CodeActionOrCommand> {
    diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.source.as_deref() == Some(SOURCE))
        .filter_map(|diagnostic| {
            let data = serde_json::from_value::<FindingData>(diagnostic.data.clone()?).ok()?;
            let fix = data.fix?;
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(view.uri.clone(), vec![fix.edit])])),
                    ..WorkspaceEdit::default()
                }),
                is_preferred: Some(true),
                ..CodeAction::default()
            }))
        })
        .collect()
}

/// A suppression for each finding among `diagnostics` whose record can carry one.
fn suppression_actions(view: &View<'_>, diagnostics: &[Diagnostic]) -> Vec<CodeActionOrCommand> {
    let outline = Outline::build(view.text);
    let lines = LineIndex::new(view.text);
    let mut actions = Vec::new();
    for diagnostic in diagnostics {
        if diagnostic.source.as_deref() != Some(SOURCE) {
            continue;
        }
        let Some(NumberOrString::String(code)) = &diagnostic.code else {
            continue;
        };
        // The WT rules are about suppressions themselves; load and config errors have no rule.
        let Some(meta) = wtsa_rules::find_rule(code).map(|rule| rule.meta()) else {
            continue;
        };
        if meta.family == Family::Wtsa {
            continue;
        }
        let Some(data) = diagnostic
            .data
            .clone()
            .and_then(|data| serde_json::from_value::<FindingData>(data).ok())
        else {
            continue;
        };
        let Some(kind) = DocumentKind::ALL
            .iter()
            .copied()
            .find(|kind| kind.name() == data.document_kind)
        else {
            continue;
        };
        let Some(record) = schema::suppressible_record(kind, &data.pointer) else {
            continue;
        };
        let Some(edit) = suppression_edit(&outline, &lines, &record, meta.code) else {
            continue;
        };
        actions.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: format!("Suppress {} on this record (write the reason)", meta.code),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(vec![diagnostic.clone()]),
            edit: Some(WorkspaceEdit {
                changes: Some(HashMap::from([(view.uri.clone(), vec![edit])])),
                ..WorkspaceEdit::default()
            }),
            ..CodeAction::default()
        }));
    }
    actions
}

/// The edit that adds `- rule: CODE` with an empty reason to the record at `record`: first
/// in its `suppress:` list when it has one, else in a new `suppress:` key after its last
/// line. Only block-style YAML is edited; a flow-style record gets no edit.
pub fn suppression_edit(
    outline: &Outline,
    lines: &LineIndex<'_>,
    record: &str,
    code: &str,
) -> Option<TextEdit> {
    let node = outline.get(record)?;
    if node.kind != NodeKind::Mapping {
        return None;
    }
    let reason = format!("reason: \"\" # {REASON_PLACEHOLDER}");
    if let Some(first) = outline.get(&format!("{record}/suppress/0")) {
        let line = lines.line(first.start.line.saturating_sub(1));
        let key_column = first.start.column.saturating_sub(1) as usize;
        let before: String = line.chars().take(key_column).collect();
        // `    - rule: …`: blanks, a dash, blanks, then the entry's first key.
        let dash = before.trim_end().strip_suffix('-')?;
        if !dash.chars().all(|c| c == ' ') || !before.trim_start().starts_with('-') {
            return None;
        }
        let indent = dash.chars().count();
        let text = format!(
            "{}- rule: {code}\n{}{reason}\n",
            " ".repeat(indent),
            " ".repeat(key_column)
        );
        let at = LspPosition::new(first.start.line.saturating_sub(1), 0);
        return Some(TextEdit::new(Range::new(at, at), text));
    }
    if outline.get(&format!("{record}/suppress")).is_some() {
        // `suppress: []` or a flow list: left for a person to write.
        return None;
    }
    let start_line = lines.line(node.start.line.saturating_sub(1));
    let key_column = node.start.column.saturating_sub(1) as usize;
    let before: String = start_line.chars().take(key_column).collect();
    if !before.chars().all(|c| c == ' ' || c == '-') {
        return None;
    }
    if start_line.chars().nth(key_column) == Some('{') {
        return None;
    }
    // The last line of the record; an end at the start of a line belongs to the line before.
    let last = if node.end.column <= 1 && node.end.line > node.start.line {
        node.end.line - 1
    } else {
        node.end.line
    };
    let indent = " ".repeat(key_column);
    let text = format!("\n{indent}suppress:\n{indent}  - rule: {code}\n{indent}    {reason}");
    let at = lines.line_end(last.saturating_sub(1));
    Some(TextEdit::new(Range::new(at, at), text))
}
