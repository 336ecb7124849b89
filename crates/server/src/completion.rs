//! Completion of the value being typed, by what the schema says it is: person keys,
//! Question and Working Party identifiers, the designations of the data directory's outputs,
//! and rule codes in a `suppress:` entry.

use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionResponse, CompletionTextEdit,
    Position as LspPosition, Range, TextEdit,
};
use wtsa_dataset::outline::{Node, Outline};
use wtsa_dataset::Position;
use wtsa_model::{Document, DocumentKind};

use crate::lookup;
use crate::schema;
use crate::server::View;
use crate::text::LineIndex;

/// The scalar being typed at `at`: one holding the cursor, or the (empty) value of a key
/// written before the cursor on its line.
fn value_being_typed(outline: &Outline, at: Position) -> Option<&Node> {
    outline.nodes().iter().rfind(|node| {
        if node.scalar().is_none() {
            return false;
        }
        let holds = node.start.line == at.line && node.start <= at && at <= node.end;
        let after_key = node
            .key
            .is_some_and(|(_, end)| end.line == at.line && end < at)
            && node.scalar() == Some("")
            && node.start.line >= at.line;
        let on_key = node
            .key
            .is_some_and(|(start, end)| start <= at && at <= end);
        (holds || after_key) && !on_key
    })
}

/// The kind a text names on its `kind:` line, for a file that has not parsed yet.
fn kind_named(outline: &Outline) -> Option<DocumentKind> {
    let name = outline.get("/kind")?.scalar()?;
    DocumentKind::ALL.iter().copied().find(|k| k.name() == name)
}

fn item(
    label: String,
    detail: Option<String>,
    kind: CompletionItemKind,
    range: Range,
) -> CompletionItem {
    CompletionItem {
        label: label.clone(),
        kind: Some(kind),
        detail,
        text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, label))),
        ..CompletionItem::default()
    }
}

pub fn complete(view: &View<'_>, position: LspPosition) -> Option<CompletionResponse> {
    let lines = LineIndex::new(view.text);
    let outline = Outline::build(view.text);
    let at = lines.wtsa(position);
    let node = value_being_typed(&outline, at)?;
    let kind = view.kind().or_else(|| kind_named(&outline))?;
    let typed = node.scalar().unwrap_or_default();
    let range = if node.start.line == at.line && node.start <= at {
        Range::new(lines.lsp(node.start), lines.lsp(node.end.max(at)))
    } else {
        Range::new(position, position)
    };
    let types = schema::types_at(kind, &node.pointer);
    let has = |name: &str| types.contains(&name);
    let mut items = Vec::new();
    let in_suppression = {
        let mut segments = node.pointer.rsplit('/');
        segments.next() == Some("rule")
            && segments.next().is_some_and(|i| i.parse::<usize>().is_ok())
            && segments.next() == Some("suppress")
    };
    if in_suppression {
        for rule in wtsa_rules::CATALOGUE {
            let meta = rule.meta();
            items.push(item(
                meta.code.to_owned(),
                Some(meta.name.to_owned()),
                CompletionItemKind::ENUM_MEMBER,
                range,
            ));
        }
    }
    if has("PersonId") {
        for record in lookup::people(view) {
            let person = record.value;
            let mut entry = item(
                person.id.to_string(),
                Some(person.name.clone()),
                CompletionItemKind::REFERENCE,
                range,
            );
            entry.filter_text = Some(format!("{} {}", person.id, person.name));
            items.push(entry);
        }
    }
    if has("QuestionId") {
        for record in lookup::questions(view) {
            items.push(item(
                record.value.id.to_string(),
                Some(record.value.title.clone()),
                CompletionItemKind::REFERENCE,
                range,
            ));
        }
    }
    if has("WorkingPartyId") {
        for record in lookup::working_parties(view) {
            items.push(item(
                record.value.id.to_string(),
                Some(record.value.title.clone()),
                CompletionItemKind::REFERENCE,
                range,
            ));
        }
    }
    let recommendations = has("RecommendationDesignation") || has("OutputDesignation");
    let supplements = has("SupplementNumber") || has("OutputDesignation");
    let technical = has("TechnicalPublicationId") || has("OutputDesignation");
    if recommendations || supplements || technical {
        // The report writes the prefix in some tables and not in others; keep what is typed.
        let prefix = if typed.starts_with("ITU") {
            "ITU-T "
        } else {
            ""
        };
        let mut seen = std::collections::BTreeSet::new();
        for (_, document) in lookup::scoped(view) {
            let Document::Outputs(outputs) = document else {
                continue;
            };
            let mut designations: Vec<(String, &str)> = Vec::new();
            if recommendations {
                designations.extend(
                    outputs
                        .approved
                        .iter()
                        .map(|r| (r.number.to_string(), r.title.as_str())),
                );
                designations.extend(
                    outputs
                        .under_approval
                        .iter()
                        .map(|r| (r.number.to_string(), r.title.as_str())),
                );
            }
            if supplements {
                designations.extend(
                    outputs
                        .supplements
                        .iter()
                        .map(|s| (s.number.to_string(), s.title.as_str())),
                );
            }
            if technical {
                designations.extend(
                    outputs
                        .technical_papers
                        .iter()
                        .chain(&outputs.technical_reports)
                        .map(|t| (t.id.to_string(), t.title.as_str())),
                );
            }
            for (designation, title) in designations {
                if seen.insert(designation.clone()) {
                    items.push(item(
                        format!("{prefix}{designation}"),
                        Some(title.to_owned()),
                        CompletionItemKind::VALUE,
                        range,
                    ));
                }
            }
        }
    }
    (!items.is_empty()).then_some(CompletionResponse::Array(items))
}
