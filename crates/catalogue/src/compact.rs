//! The committed form of a catalogue: JSON with one publication a line.

use wtsa_model::Catalogue;

/// Renders the catalogue as JSON with each publication on a line of its own:
///
/// ```text
/// {"kind":"catalogue","source":{…},"publications":[
/// {"id":"ITU-T A.1 (10/1976)",…},
/// {"id":"ITU-T A.1 (03/1993)",…}
/// ]}
/// ```
///
/// so that a refresh of the committed catalogue reviews as a line diff (one changed line per
/// changed publication), while the file stays plain JSON that any JSON reader loads into the
/// same [`Catalogue`]. Keys come in the model's field order and publications in the
/// catalogue's order, so equal catalogues render to equal text.
pub fn to_compact_json(catalogue: &Catalogue) -> Result<String, serde_json::Error> {
    let mut out = String::from("{");
    if let Some(schema) = &catalogue.schema {
        out.push_str("\"$schema\":");
        out.push_str(&serde_json::to_string(schema)?);
        out.push(',');
    }
    out.push_str("\"kind\":");
    out.push_str(&serde_json::to_string(&catalogue.kind)?);
    out.push_str(",\"source\":");
    out.push_str(&serde_json::to_string(&catalogue.source)?);
    out.push_str(",\"publications\":[");
    for (i, publication) in catalogue.publications.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&serde_json::to_string(publication)?);
    }
    out.push_str("\n]}\n");
    Ok(out)
}
