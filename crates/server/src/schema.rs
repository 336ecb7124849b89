//! What the published JSON Schema of a document kind says about a place in a document: which
//! designation type a value has (to complete it), and whether an object accepts `suppress:`.
//!
//! The schemas are the ones `wtsa schema` writes (`wtsa_model::schema_for`), so completion and
//! code actions follow the model: a new field typed `PersonId` completes person keys with no
//! change here.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value;
use wtsa_model::DocumentKind;

/// The schema of each document kind, as JSON, built once.
fn schema(kind: DocumentKind) -> Option<&'static Value> {
    static SCHEMAS: OnceLock<HashMap<DocumentKind, Value>> = OnceLock::new();
    SCHEMAS
        .get_or_init(|| {
            DocumentKind::ALL
                .iter()
                .map(|kind| (*kind, wtsa_model::schema_for(*kind).to_value()))
                .collect()
        })
        .get(&kind)
}

/// Following `$ref`, `anyOf`, `oneOf` and `allOf` no deeper than this.
const MAX_EXPANSION: usize = 8;

/// The concrete schemas `schema` stands for, with the names of the definitions its `$ref`s
/// named on the way.
fn expand<'a>(
    root: &'a Value,
    schema: &'a Value,
    depth: usize,
    out: &mut Vec<(&'a Value, Option<&'a str>)>,
    name: Option<&'a str>,
) {
    if depth > MAX_EXPANSION {
        return;
    }
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let definition = reference.strip_prefix("#/$defs/");
        if let Some(target) = definition.and_then(|d| root.get("$defs")?.get(d)) {
            expand(root, target, depth + 1, out, definition.or(name));
        }
    }
    for combinator in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(branches)) = schema.get(combinator) {
            for branch in branches {
                expand(root, branch, depth + 1, out, name);
            }
        }
    }
    out.push((schema, name));
}

/// The schemas of the value at the pointer's segments (an index, or `*`, for any element).
fn at<'a>(root: &'a Value, segments: &[&str]) -> Vec<(&'a Value, Option<&'a str>)> {
    let mut current = Vec::new();
    expand(root, root, 0, &mut current, None);
    for segment in segments {
        let mut next = Vec::new();
        for (schema, _) in &current {
            let child = schema
                .get("properties")
                .and_then(|p| p.get(*segment))
                .or_else(|| {
                    (segment.parse::<usize>().is_ok() || *segment == "*")
                        .then(|| schema.get("items"))
                        .flatten()
                });
            if let Some(child) = child {
                expand(root, child, 0, &mut next, None);
            }
        }
        current = next;
    }
    current
}

fn segments(pointer: &str) -> Vec<&str> {
    pointer.split('/').skip(1).collect()
}

/// The names of the definitions the value at `pointer` is typed with (`PersonId`,
/// `QuestionId`, `RecommendationDesignation` …), outermost first.
pub fn types_at(kind: DocumentKind, pointer: &str) -> Vec<&'static str> {
    let Some(root) = schema(kind) else {
        return Vec::new();
    };
    at(root, &segments(pointer))
        .into_iter()
        .filter_map(|(_, name)| name)
        .collect()
}

/// Whether the object at `pointer` may carry `suppress:` entries.
pub fn accepts_suppress(kind: DocumentKind, pointer: &str) -> bool {
    let Some(root) = schema(kind) else {
        return false;
    };
    at(root, &segments(pointer)).iter().any(|(schema, _)| {
        schema
            .get("properties")
            .is_some_and(|p| p.get("suppress").is_some())
    })
}

/// The pointer of the record a finding at `pointer` is about: the innermost object, at or
/// above it, that accepts `suppress:` (a suppression there covers the finding).
pub fn suppressible_record(kind: DocumentKind, pointer: &str) -> Option<String> {
    let mut current = pointer;
    loop {
        if accepts_suppress(kind, current) {
            return Some(current.to_owned());
        }
        let cut = current.rfind('/')?;
        current = current.get(..cut)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn designation_types_come_from_the_schema() {
        let person = types_at(
            DocumentKind::Organisation,
            "/working_parties/0/officers/1/person",
        );
        assert!(person.contains(&"PersonId"), "{person:?}");
        let question = types_at(DocumentKind::Organisation, "/working_parties/0/questions/*");
        assert!(question.contains(&"QuestionId"), "{question:?}");
        let number = types_at(DocumentKind::Outputs, "/approved/3/number");
        assert!(number.contains(&"RecommendationDesignation"), "{number:?}");
        assert!(types_at(DocumentKind::Outputs, "/approved/3/title").is_empty());
    }

    #[test]
    fn suppressions_go_on_the_innermost_record_that_takes_them() {
        assert_eq!(
            suppressible_record(DocumentKind::Outputs, "/approved/3/number").as_deref(),
            Some("/approved/3")
        );
        assert_eq!(
            suppressible_record(
                DocumentKind::Organisation,
                "/questions/0/rapporteurs/1/person"
            )
            .as_deref(),
            Some("/questions/0/rapporteurs/1")
        );
        assert_eq!(
            suppressible_record(DocumentKind::People, "/study_group").as_deref(),
            Some("")
        );
    }
}
