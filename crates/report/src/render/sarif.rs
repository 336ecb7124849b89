//! SARIF 2.1.0, as GitHub code scanning accepts it: the rules with help text and URIs, and the
//! results with physical locations (regions with their end, columns in Unicode code points)
//! and stable fingerprints.
//!
//! Artifact locations are URIs, not paths: a relative path is a percent-encoded relative
//! reference against the `%SRCROOT%` base (the directory wtsa ran in, given in
//! `originalUriBaseIds`), an absolute path a `file://` URI, so a space, a `#` or a non-ASCII
//! letter in a path cannot make the log invalid (SARIF §3.4.3, RFC 3986).

use std::path::{Component, Path, PathBuf};

use serde_json::{json, Map, Value};

use wtsa_dataset::{Dataset, Span};
use wtsa_rules::report::{Finding, Location, Report};
use wtsa_rules::rule::Severity;
use wtsa_rules::CATALOGUE;

/// The base that relative artifact URIs are resolved against: where wtsa ran.
pub const SOURCE_ROOT: &str = "%SRCROOT%";

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Percent-encodes a path's segments: every byte but RFC 3986's unreserved characters and the
/// `/` between segments.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(char::from(byte));
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// `file:///…` for an absolute path (which a directory URI ends with `/`).
pub fn file_uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let text = if text.starts_with('/') {
        text
    } else {
        // A Windows drive path, `C:/…`.
        format!("/{text}")
    };
    format!("file://{}", encode_path(&text))
}

/// The path without `.` segments, and with `..` applied where a segment precedes it.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The artifact location of a file as the run named it.
pub fn artifact_location(file: &str, root: Option<&Path>) -> Value {
    let path = normalise(Path::new(file));
    let escapes_root = path.components().any(|c| matches!(c, Component::ParentDir));
    if path.is_absolute() || path.has_root() {
        return json!({ "uri": file_uri(&path) });
    }
    if escapes_root {
        // `../x` is a valid reference, but outside the root a consumer would not find it.
        if let Some(root) = root {
            return json!({ "uri": file_uri(&normalise(&root.join(&path))) });
        }
    }
    let segments: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    json!({ "uri": encode_path(&segments.join("/")), "uriBaseId": SOURCE_ROOT })
}

/// The region of a location: from the value's span when the file was read, else its start.
fn region(location: &Location, dataset: &Dataset) -> Value {
    let span = dataset
        .files
        .iter()
        .find(|f| f.path == location.file)
        .map(|f| f.span(&location.pointer))
        .filter(|s| s.start.line == location.line && s.start.column == location.column);
    let mut region = Map::new();
    region.insert("startLine".into(), json!(location.line));
    region.insert("startColumn".into(), json!(location.column));
    if let Some(Span { end, .. }) = span {
        region.insert("endLine".into(), json!(end.line));
        region.insert("endColumn".into(), json!(end.column));
    }
    Value::Object(region)
}

fn physical(location: &Location, dataset: &Dataset, root: Option<&Path>) -> Value {
    json!({
        "physicalLocation": {
            "artifactLocation": artifact_location(&location.file, root),
            "region": region(location, dataset)
        }
    })
}

fn result(finding: &Finding, index: usize, dataset: &Dataset, root: Option<&Path>) -> Value {
    let mut value = json!({
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": level(finding.severity),
        "message": { "text": finding.message },
        "locations": [physical(&finding.location, dataset, root)],
        "partialFingerprints": { "wtsaFingerprint/v1": finding.fingerprint },
    });
    if !finding.related.is_empty() {
        value["relatedLocations"] = finding
            .related
            .iter()
            .enumerate()
            .map(|(id, related)| {
                let mut location = physical(&related.location, dataset, root);
                location["id"] = json!(id);
                location["message"] = json!({ "text": related.message });
                location
            })
            .collect();
    }
    if let Some(fix) = &finding.fix {
        value["properties"] = json!({ "suggestedFix": fix.advice });
        if let Some(edit) = &fix.edit {
            // The edit is in the value's characters, not the file's: SARIF's `fixes` need a
            // region of the file, which the report does not compute for an edit.
            value["properties"]["edit"] = json!(edit);
        }
    }
    value
}

/// The SARIF log. `root` is the directory relative paths are relative to (where wtsa ran);
/// without it, `%SRCROOT%` is left for the consumer to supply, as GitHub does.
pub fn render(
    report: &Report,
    dataset: &Dataset,
    rules_run: &[&str],
    root: Option<&Path>,
) -> String {
    let rules: Vec<_> = CATALOGUE
        .iter()
        .map(|r| r.meta())
        .filter(|m| rules_run.contains(&m.code))
        .collect();
    let descriptors: Vec<Value> = rules
        .iter()
        .map(|meta| {
            let mut descriptor = json!({
                "id": meta.code,
                "name": meta.name,
                "shortDescription": { "text": meta.summary() },
                "fullDescription": { "text": meta.citation.to_string() },
                "help": { "text": meta.documentation(), "markdown": meta.documentation() },
                "defaultConfiguration": { "level": level(meta.severity) },
                "properties": { "tags": [meta.family.title()] }
            });
            // The provision the rule encodes is the best help page there is.
            if let Some(url) = meta.citation.url {
                descriptor["helpUri"] = json!(url);
            }
            descriptor
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let index = rules.iter().position(|m| m.code == f.code).unwrap_or(0);
            result(f, index, dataset, root)
        })
        .collect();
    let mut base = json!({
        "description": { "text": "The directory wtsa ran in; relative paths given to it are relative to it." }
    });
    if let Some(root) = root {
        let mut uri = file_uri(root);
        if !uri.ends_with('/') {
            uri.push('/');
        }
        base["uri"] = json!(uri);
    }
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "wtsa",
                    "version": report.tool.version,
                    "rules": descriptors
                }
            },
            "originalUriBaseIds": { SOURCE_ROOT: base },
            "artifacts": report.files.iter().map(|f| json!({ "location": artifact_location(f, root) })).collect::<Vec<_>>(),
            "results": results,
            "columnKind": "unicodeCodePoints"
        }]
    });
    super::pretty_json(&sarif, super::expected_json_bytes(report))
        .unwrap_or_else(|_| "\n".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_are_encoded_references_against_the_source_root() {
        assert_eq!(
            artifact_location("my data/Genève #1/meetings.yaml", None),
            json!({ "uri": "my%20data/Gen%C3%A8ve%20%231/meetings.yaml", "uriBaseId": "%SRCROOT%" })
        );
        assert_eq!(
            artifact_location("./data/./x.yaml", None),
            json!({ "uri": "data/x.yaml", "uriBaseId": "%SRCROOT%" })
        );
        // A first segment with a colon would read as a scheme: it is encoded.
        assert_eq!(
            artifact_location("a:b.yaml", None)["uri"],
            json!("a%3Ab.yaml")
        );
    }

    #[test]
    fn absolute_paths_and_paths_outside_the_root_are_file_uris() {
        assert_eq!(
            artifact_location("/srv/my data/ü.yaml", None),
            json!({ "uri": "file:///srv/my%20data/%C3%BC.yaml" })
        );
        assert_eq!(
            artifact_location("../other/x.yaml", Some(Path::new("/work/repo"))),
            json!({ "uri": "file:///work/other/x.yaml" })
        );
        assert_eq!(file_uri(Path::new("/")), "file:///");
    }
}
