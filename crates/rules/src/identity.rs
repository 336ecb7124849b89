//! A finding's identity: which rule, about which record, of which document — never its
//! wording, its line, or the position of the record in its list.
//!
//! A rule points a finding at a value by a JSON pointer such as `/approved/3/number`. The
//! index `3` is where the record happens to sit: inserting a row above it would move it. The
//! subject replaces every index by the record's key, read from the record itself
//! (`/approved/[ITU-T Y.4505]/number`), so a baseline recorded today still matches after rows
//! are added, removed or reordered, after a message is reworded, and after an unrelated edit of
//! a text the message quotes.

use std::collections::HashMap;

use serde_json::Value;
use wtsa_dataset::Dataset;

/// Fields that name a record alone: a record with one of them is known by the first it has.
const IDENTIFIERS: &[&str] = &[
    "id",
    "number",
    "designation",
    "acronym",
    "document",
    "about",
    "attached_to",
    "rule",
];

/// Fields that name a record together, for records without an identifier: the first two it
/// has (`group` and `dates` for a meeting of a group that meets often; `person` and `role`
/// for an officer). Titles, names, texts and notes are left out on purpose: editing a quoted
/// text must not make a finding new.
const COMPOSITE_KEY: &[&str] = &[
    "question", "person", "role", "group", "dates", "date", "category",
];

/// A list element that is a plain string (an Annex C entry, a Question in a list) is its own
/// key when it is short; a longer text (a point of guidance) is identified by its position.
const MAX_SCALAR_KEY_CHARS: usize = 80;

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        // A date range `{start, end}` reads as `start..end`.
        Value::Object(map) => {
            let start = map.get("start").and_then(Value::as_str)?;
            Some(match map.get("end").and_then(Value::as_str) {
                Some(end) => format!("{start}..{end}"),
                None => start.to_owned(),
            })
        }
        _ => None,
    }
}

/// The key of a list element, if it has one (`number=Y.4052`, `person=…,role=chair`).
pub fn element_key(element: &Value) -> Option<String> {
    match element {
        Value::Object(map) => {
            let field = |field: &&str| {
                map.get(*field)
                    .and_then(scalar)
                    .map(|value| format!("{field}={value}"))
            };
            if let Some(identifier) = IDENTIFIERS.iter().find_map(field) {
                return Some(identifier);
            }
            let parts: Vec<String> = COMPOSITE_KEY.iter().filter_map(field).take(2).collect();
            (!parts.is_empty()).then(|| parts.join(","))
        }
        Value::String(s) if s.chars().count() <= MAX_SCALAR_KEY_CHARS => Some(s.clone()),
        Value::Number(_) | Value::Bool(_) => scalar(element),
        _ => None,
    }
}

/// The pointer with each list index replaced by the element's key (`[key]`); an element
/// without a key keeps its index. Unknown segments are kept as written.
pub fn subject_of(document: Option<&Value>, pointer: &str) -> String {
    let mut subject = String::with_capacity(pointer.len() + 16);
    let mut current = document;
    for segment in pointer.split('/').skip(1) {
        subject.push('/');
        let next = match current {
            Some(Value::Array(items)) => {
                let element = segment.parse::<usize>().ok().and_then(|i| items.get(i));
                match element.and_then(element_key) {
                    Some(key) => {
                        subject.push('[');
                        subject.push_str(&key);
                        subject.push(']');
                    }
                    None => subject.push_str(segment),
                }
                element
            }
            Some(Value::Object(map)) => {
                subject.push_str(segment);
                let key = segment.replace("~1", "/").replace("~0", "~");
                map.get(&key)
            }
            _ => {
                subject.push_str(segment);
                None
            }
        };
        current = next;
    }
    subject
}

/// The documents' JSON values, converted on first use: only documents a finding points into
/// are converted.
#[derive(Debug, Default)]
pub struct Subjects {
    values: HashMap<usize, Option<Value>>,
}

impl Subjects {
    /// The subject of the value at `pointer` in document `document` of `dataset`.
    pub fn of(&mut self, dataset: &Dataset, document: usize, pointer: &str) -> String {
        let value = self.values.entry(document).or_insert_with(|| {
            dataset
                .documents
                .get(document)
                .and_then(|d| d.document.to_json().ok())
        });
        subject_of(value.as_ref(), pointer)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn an_index_becomes_the_records_key() {
        let document = serde_json::json!({
            "approved": [
                {"number": "ITU-T Y.4505", "title": "A title"},
                {"number": "ITU-T Y.4506", "title": "Another"},
            ]
        });
        assert_eq!(
            subject_of(Some(&document), "/approved/1/title"),
            "/approved/[number=ITU-T Y.4506]/title"
        );
    }

    #[test]
    fn a_meeting_is_named_by_its_group_and_dates() {
        let document = serde_json::json!({
            "group_meetings": [
                {"group": "JCA-IoT", "dates": {"start": "2022-07-19"}, "place": "Geneva"},
            ]
        });
        assert_eq!(
            subject_of(Some(&document), "/group_meetings/0/place"),
            "/group_meetings/[group=JCA-IoT,dates=2022-07-19]/place"
        );
    }

    #[test]
    fn a_long_text_keeps_its_position_and_a_short_string_is_its_own_key() {
        let long = "x".repeat(200);
        let document = serde_json::json!({"guidance": [long], "annex_c": ["ITU-T Y.4000-series"]});
        assert_eq!(subject_of(Some(&document), "/guidance/0"), "/guidance/0");
        assert_eq!(
            subject_of(Some(&document), "/annex_c/0"),
            "/annex_c/[ITU-T Y.4000-series]"
        );
    }

    #[test]
    fn the_subject_does_not_move_when_a_row_is_inserted_above() {
        let before = serde_json::json!({"people": [{"id": "a"}, {"id": "b"}]});
        let after = serde_json::json!({"people": [{"id": "new"}, {"id": "a"}, {"id": "b"}]});
        assert_eq!(
            subject_of(Some(&before), "/people/1"),
            subject_of(Some(&after), "/people/2")
        );
    }
}
