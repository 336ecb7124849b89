//! One Relaton YAML record of relaton-data-itu, read into a [`Publication`].
//!
//! The structs below hold only the fields the catalogue keeps; everything else in a record
//! (abstracts, relations, copyright …) is skipped unread. Every field is optional at this
//! level, so that a record missing one is reported by name rather than as a shape error.

use chrono::NaiveDate;
use serde::Deserialize;
use wtsa_model::{
    Doctype, EditionNumber, Publication, PublicationId, PublicationStage, ResponsibleGroup,
};

use crate::diagnostic::Diagnostic;

/// A `{content: …}` wrapper, Relaton's shape for most scalar values.
#[derive(Debug, Deserialize)]
struct Content {
    content: Option<String>,
}

#[derive(Debug, Deserialize)]
struct DocIdentifier {
    content: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    primary: bool,
}

/// Relaton writes a language as one code or a list of codes.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Languages {
    One(String),
    Many(Vec<String>),
}

impl Languages {
    fn has(&self, code: &str) -> bool {
        match self {
            Self::One(one) => one == code,
            Self::Many(many) => many.iter().any(|one| one == code),
        }
    }
}

#[derive(Debug, Deserialize)]
struct Title {
    content: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    language: Option<Languages>,
}

#[derive(Debug, Deserialize)]
struct DateEntry {
    #[serde(rename = "type")]
    kind: Option<String>,
    at: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Role {
    #[serde(rename = "type")]
    kind: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Subdivision {
    #[serde(default)]
    name: Vec<Content>,
}

#[derive(Debug, Deserialize)]
struct Organization {
    #[serde(default)]
    subdivision: Vec<Subdivision>,
}

#[derive(Debug, Deserialize)]
struct Contributor {
    #[serde(default)]
    role: Vec<Role>,
    organization: Option<Organization>,
}

#[derive(Debug, Deserialize)]
struct Status {
    stage: Option<Content>,
}

#[derive(Debug, Deserialize)]
struct Link {
    #[serde(rename = "type")]
    kind: Option<String>,
    content: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Ext {
    doctype: Option<Content>,
}

/// The fields of a Relaton bibliographic item the catalogue keeps.
#[derive(Debug, Deserialize)]
struct Record {
    #[serde(default)]
    docidentifier: Vec<DocIdentifier>,
    #[serde(default)]
    title: Vec<Title>,
    #[serde(default)]
    date: Vec<DateEntry>,
    #[serde(default)]
    contributor: Vec<Contributor>,
    edition: Option<Content>,
    status: Option<Status>,
    /// Relaton model v1.5 calls the links `source`; older records call them `link`.
    #[serde(default, alias = "link")]
    source: Vec<Link>,
    ext: Option<Ext>,
}

/// Collapses every run of whitespace (line folds of long YAML strings included) into one
/// space; `None` when nothing is left.
fn collapse_whitespace(text: &str) -> Option<String> {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!collapsed.is_empty()).then_some(collapsed)
}

fn yaml_options() -> serde_saphyr::Options {
    let mut options = serde_saphyr::Options::default();
    // Default budgets bound depth, aliases and scalar sizes against a crafted file.
    options.budget = Some(serde_saphyr::Budget::default());
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::Error;
    options.with_snippet = false;
    options
}

/// Reads one record. `file` is the upstream file name, used in diagnostics and kept in the
/// publication when it is not the name derived from the identifier.
pub fn read_record(file: &str, text: &str) -> Result<Publication, Diagnostic> {
    let record: Record =
        serde_saphyr::from_str_with_options(text, yaml_options()).map_err(|error| {
            let (line, column) = error
                .location()
                .map_or((0, 0), |location| (location.line(), location.column()));
            Diagnostic::Yaml {
                file: file.to_owned(),
                line: usize::try_from(line).unwrap_or(usize::MAX),
                column: usize::try_from(column).unwrap_or(usize::MAX),
                message: error.without_snippet().to_string(),
            }
        })?;
    let file_owned = || file.to_owned();

    // Records of texts common with ISO/IEC carry a second primary identifier of type ISO.
    let id_text = record
        .docidentifier
        .iter()
        .find(|id| id.primary && id.kind.as_deref() == Some("ITU"))
        .and_then(|id| id.content.as_deref())
        .ok_or_else(|| Diagnostic::NoIdentifier { file: file_owned() })?;
    let id: PublicationId = id_text.parse().map_err(|source| Diagnostic::Identifier {
        file: file_owned(),
        id: id_text.to_owned(),
        source,
    })?;

    let date_text = record
        .date
        .iter()
        .find(|date| date.kind.as_deref() == Some("published"))
        .and_then(|date| date.at.as_deref())
        .ok_or_else(|| Diagnostic::NoPublishedDate { file: file_owned() })?;
    let published = NaiveDate::parse_from_str(date_text, "%Y-%m-%d").map_err(|_| {
        Diagnostic::PublishedDate {
            file: file_owned(),
            text: date_text.to_owned(),
        }
    })?;

    let doctype_text = record
        .ext
        .as_ref()
        .and_then(|ext| ext.doctype.as_ref())
        .and_then(|doctype| doctype.content.as_deref())
        .ok_or_else(|| Diagnostic::NoDoctype { file: file_owned() })?;
    let doctype: Doctype = doctype_text.parse().map_err(|_| Diagnostic::Doctype {
        file: file_owned(),
        text: doctype_text.to_owned(),
    })?;

    let edition = record
        .edition
        .as_ref()
        .and_then(|edition| edition.content.as_deref())
        .map(|text| {
            text.parse::<EditionNumber>()
                .map_err(|source| Diagnostic::Edition {
                    file: file_owned(),
                    text: text.to_owned(),
                    source,
                })
        })
        .transpose()?;

    let title = record
        .title
        .iter()
        .find(|title| {
            title.kind.as_deref() == Some("main")
                && title
                    .language
                    .as_ref()
                    .is_some_and(|language| language.has("en"))
        })
        .and_then(|title| title.content.as_deref())
        .and_then(collapse_whitespace);

    let group_text = record
        .contributor
        .iter()
        .filter(|contributor| {
            contributor
                .role
                .iter()
                .any(|role| role.kind.as_deref() == Some("author"))
        })
        .filter_map(|contributor| contributor.organization.as_ref())
        .flat_map(|organization| &organization.subdivision)
        .flat_map(|subdivision| &subdivision.name)
        .find_map(|name| name.content.as_deref())
        .and_then(collapse_whitespace);
    let group = match group_text {
        None => ResponsibleGroup::Unknown,
        Some(text) => text.parse().map_err(|source| Diagnostic::Group {
            file: file_owned(),
            text,
            source,
        })?,
    };

    let stage = match record
        .status
        .as_ref()
        .and_then(|status| status.stage.as_ref())
        .and_then(|stage| stage.content.as_deref())
    {
        None => PublicationStage::Unknown,
        Some("Published") => PublicationStage::InForce,
        Some("Withdrawal") => PublicationStage::SupersededOrWithdrawn,
        Some(other) => {
            return Err(Diagnostic::Stage {
                file: file_owned(),
                text: other.to_owned(),
            })
        }
    };

    let url = record
        .source
        .iter()
        .find(|link| link.kind.as_deref() == Some("src"))
        .and_then(|link| link.content.as_deref())
        .map(str::trim)
        .filter(|url| !url.is_empty())
        .map(str::to_owned);

    let file = (Publication::derived_file_name(&id) != file).then(file_owned);
    Ok(Publication {
        id,
        doctype,
        edition,
        published,
        title,
        group,
        stage,
        url,
        file,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_folded_titles() {
        assert_eq!(
            collapse_whitespace("  Reference floating-point\n    implementation \t of G.729 "),
            Some("Reference floating-point implementation of G.729".to_owned())
        );
        assert_eq!(collapse_whitespace(" \n "), None);
    }

    #[test]
    fn a_minimal_record_reads() {
        let text = "docidentifier:\n- content: ITU-T A.10 (10/1976)\n  type: ITU\n  primary: true\ndate:\n- type: published\n  at: '1976-10-08'\next:\n  doctype:\n    content: recommendation\n";
        let publication = read_record("itu-t-a-10-10-1976.yaml", text).unwrap();
        assert_eq!(publication.id.to_string(), "ITU-T A.10 (10/1976)");
        assert_eq!(publication.group, ResponsibleGroup::Unknown);
        assert_eq!(publication.stage, PublicationStage::Unknown);
        assert_eq!(publication.file, None);
        let renamed = read_record("elsewhere.yaml", text).unwrap();
        assert_eq!(renamed.file.as_deref(), Some("elsewhere.yaml"));
    }
}
