//! Document symbols: a file's lists of records, each record named by its key — the field that
//! identifies it as a finding's subject does (`wtsa_rules::identity::element_key`), so the
//! outline names `Y.4052` where a report says `/approved/[number=Y.4052]`.

use lsp_types::{DocumentSymbol, DocumentSymbolResponse, Range, SymbolKind};
use wtsa_dataset::outline::{NodeKind, Outline};

use crate::server::View;
use crate::text::LineIndex;

/// Fields shown beside a record's key, the first it has.
const DETAIL_FIELDS: &[&str] = &["title", "name", "claim", "text", "note"];

pub fn document_symbols(view: &View<'_>) -> Option<DocumentSymbolResponse> {
    let outline = Outline::build(view.text);
    let lines = LineIndex::new(view.text);
    let root = outline.index_of("")?;
    Some(DocumentSymbolResponse::Nested(members(
        &outline, &lines, root,
    )))
}

fn range(lines: &LineIndex<'_>, outline: &Outline, index: usize) -> Option<Range> {
    let node = outline.nodes().get(index)?;
    let start = node.key.map_or(node.start, |(start, _)| start);
    Some(Range::new(lines.lsp(start), lines.lsp(node.end.max(start))))
}

/// The lists and mappings among a mapping's members, as symbols.
fn members(outline: &Outline, lines: &LineIndex<'_>, mapping: usize) -> Vec<DocumentSymbol> {
    let mut out = Vec::new();
    for (index, node) in outline.children(mapping) {
        let children = match node.kind {
            NodeKind::Sequence => records(outline, lines, index),
            NodeKind::Mapping => members(outline, lines, index),
            NodeKind::Scalar(_) => continue,
        };
        if children.is_empty() {
            continue;
        }
        let Some(range) = range(lines, outline, index) else {
            continue;
        };
        let selection = node.key.map_or(range, |(start, end)| {
            Range::new(lines.lsp(start), lines.lsp(end))
        });
        out.push(symbol(
            node.name(),
            None,
            if node.kind == NodeKind::Sequence {
                SymbolKind::ARRAY
            } else {
                SymbolKind::OBJECT
            },
            range,
            selection,
            children,
        ));
    }
    out
}

/// The records (mappings) of a list, named by their keys.
fn records(outline: &Outline, lines: &LineIndex<'_>, sequence: usize) -> Vec<DocumentSymbol> {
    let mut out = Vec::new();
    for (index, node) in outline.children(sequence) {
        if node.kind != NodeKind::Mapping {
            continue;
        }
        let value = outline.value(index);
        let name = wtsa_rules::identity::element_key(&value)
            .map(|key| {
                key.split(',')
                    .map(|part| part.split_once('=').map_or(part, |(_, v)| v))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_else(|| format!("#{}", node.name()));
        let detail = DETAIL_FIELDS
            .iter()
            .find_map(|field| value.get(*field).and_then(|v| v.as_str()))
            .map(str::to_owned);
        let Some(range) = range(lines, outline, index) else {
            continue;
        };
        let selection = Range::new(range.start, lines.line_end(range.start.line).min(range.end));
        out.push(symbol(
            name,
            detail,
            SymbolKind::OBJECT,
            range,
            selection,
            members(outline, lines, index),
        ));
    }
    out
}

fn symbol(
    name: String,
    detail: Option<String>,
    kind: SymbolKind,
    range: Range,
    selection_range: Range,
    children: Vec<DocumentSymbol>,
) -> DocumentSymbol {
    #[allow(deprecated)]
    DocumentSymbol {
        name,
        detail,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range,
        children: (!children.is_empty()).then_some(children),
    }
}
