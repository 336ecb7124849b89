//! SARIF 2.1.0, as GitHub code scanning accepts it: the rules with help text and URIs, and the
//! results with physical locations and stable fingerprints.

use serde_json::{json, Value};

use wtsa_rules::report::{Finding, Location, Report};
use wtsa_rules::rule::Severity;
use wtsa_rules::CATALOGUE;

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn physical(location: &Location) -> Value {
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": location.file },
            "region": { "startLine": location.line, "startColumn": location.column }
        }
    })
}

fn result(finding: &Finding, index: usize) -> Value {
    let mut value = json!({
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": level(finding.severity),
        "message": { "text": finding.message },
        "locations": [physical(&finding.location)],
        "partialFingerprints": { "wtsaFingerprint/v1": finding.fingerprint },
    });
    if !finding.related.is_empty() {
        value["relatedLocations"] = finding
            .related
            .iter()
            .enumerate()
            .map(|(id, related)| {
                let mut location = physical(&related.location);
                location["id"] = json!(id);
                location["message"] = json!({ "text": related.message });
                location
            })
            .collect();
    }
    if let Some(fix) = &finding.fix {
        value["properties"] = json!({ "suggestedFix": fix });
    }
    value
}

pub fn render(report: &Report, rules_run: &[&str]) -> String {
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
            result(f, index)
        })
        .collect();
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
            "artifacts": report.files.iter().map(|f| json!({ "location": { "uri": f } })).collect::<Vec<_>>(),
            "results": results
        }]
    });
    let mut text = serde_json::to_string_pretty(&sarif).unwrap_or_default();
    text.push('\n');
    text
}
