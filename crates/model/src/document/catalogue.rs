//! The ITU-T publication catalogue: one record per edition of every ITU-T publication, as the
//! public repository `relaton/relaton-data-itu` harvests it from ITU's Recommendation index.
//!
//! The catalogue is the one document that is not about a study group: rules consult it to
//! check the report's claims against what ITU has published (see [`CatalogueIndex`]).

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::CatalogueKind;
use crate::designation::{
    malformed, string_designation, DesignationError, EditionNumber, PublicationId, PublicationKind,
    ResponsibleGroup,
};

/// A git commit, by its full or abbreviated hash (7 to 40 lowercase hexadecimal digits).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CommitId(String);

impl CommitId {
    const KIND: &'static str = "commit id";

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for CommitId {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = input.trim();
        if text.is_empty() {
            return Err(DesignationError::Empty { kind: Self::KIND });
        }
        let hex = text
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c));
        if !hex || !(7..=40).contains(&text.len()) {
            return Err(malformed(
                Self::KIND,
                input,
                "expected 7 to 40 lowercase hexadecimal digits",
            ));
        }
        Ok(Self(text.to_owned()))
    }
}

impl fmt::Display for CommitId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

string_designation!(
    CommitId,
    "CommitId",
    "^[0-9a-f]{7,40}$",
    "A git commit hash, full or abbreviated."
);

/// Where a catalogue was taken from: the upstream repository and the commit read, so that a
/// refresh is a change of commit a reviewer can see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// The upstream repository, such as `https://github.com/relaton/relaton-data-itu`.
    pub repository: String,
    pub commit: CommitId,
}

/// The type Relaton gives a publication (`ext.doctype`), spelt as upstream spells it. It is
/// upstream's classification and does not always agree with the identifier's
/// [`PublicationKind`]: errata carry the doctype of what they correct, and appendices are
/// `recommendation`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum Doctype {
    #[serde(rename = "recommendation")]
    Recommendation,
    #[serde(rename = "recommendation-supplement")]
    Supplement,
    #[serde(rename = "recommendation-amendment")]
    Amendment,
    #[serde(rename = "recommendation-corrigendum")]
    Corrigendum,
    #[serde(rename = "recommendation-annex")]
    Annex,
}

impl Doctype {
    const ALL: [Doctype; 5] = [
        Self::Recommendation,
        Self::Supplement,
        Self::Amendment,
        Self::Corrigendum,
        Self::Annex,
    ];

    /// The doctype as upstream writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Recommendation => "recommendation",
            Self::Supplement => "recommendation-supplement",
            Self::Amendment => "recommendation-amendment",
            Self::Corrigendum => "recommendation-corrigendum",
            Self::Annex => "recommendation-annex",
        }
    }
}

impl FromStr for Doctype {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|doctype| doctype.as_str() == input.trim())
            .ok_or_else(|| malformed("doctype", input, "not a doctype of the ITU-T catalogue"))
    }
}

impl fmt::Display for Doctype {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a publication is in force, as the catalogue's `status.stage` says.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum PublicationStage {
    /// Upstream `Published`: in force.
    InForce,
    /// Upstream `Withdrawal`: superseded by a later edition or withdrawn; the catalogue does
    /// not say which.
    SupersededOrWithdrawn,
    /// No stage upstream (some old records, which have no edition either).
    #[default]
    Unknown,
}

impl PublicationStage {
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown)
    }
}

/// One publication of the catalogue: an edition of a Recommendation, or one of its
/// amendments, corrigenda, errata, addenda, annexes, appendices or Supplements, or a series
/// Supplement.
///
/// Absent facts are left out rather than written `null`, and the file name only when it is
/// not the derived one, because the catalogue holds some sixteen thousand records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// The identifier, exactly as upstream's primary `docidentifier`.
    pub id: PublicationId,
    /// Upstream's `ext.doctype`.
    pub doctype: Doctype,
    /// Upstream's `edition`, as written (`4.0` stays `4.0`); absent on some old records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<EditionNumber>,
    /// The `published` date: for a Recommendation, the date of its approval.
    pub published: NaiveDate,
    /// The English main title, whitespace collapsed; absent on some records (mostly errata).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The group responsible for the publication today (not necessarily the one that approved
    /// it); left out when upstream names none.
    #[serde(default, skip_serializing_if = "ResponsibleGroup::is_unknown")]
    pub group: ResponsibleGroup,
    /// In force or not; left out when upstream gives no stage.
    #[serde(default, skip_serializing_if = "PublicationStage::is_unknown")]
    pub stage: PublicationStage,
    /// The publication's page at ITU (upstream's `src` link).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The upstream file name, given only when it is not the one derived from the id: the id
    /// lower-cased, each run of characters other than letters, digits and `+` replaced by `-`,
    /// then `.yaml` ([`Publication::upstream_file`] gives the name either way).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

impl Publication {
    /// The file name relaton-data-itu gives a record with this id: the id in lower case, each
    /// run of characters other than letters, digits and `+` replaced by one `-`, then `.yaml`
    /// (`ITU-T G.729 Annex C+ (02/2000)` is `itu-t-g-729-annex-c+-02-2000.yaml`). Every
    /// record of commit `daa9deb2` follows it, so the catalogue stores a name only when it
    /// does not.
    pub fn derived_file_name(id: &PublicationId) -> String {
        let mut name = String::new();
        let mut pending_dash = false;
        for c in id.to_string().chars() {
            if c.is_ascii_alphanumeric() || c == '+' {
                if pending_dash && !name.is_empty() {
                    name.push('-');
                }
                pending_dash = false;
                name.push(c.to_ascii_lowercase());
            } else {
                pending_dash = true;
            }
        }
        name.push_str(".yaml");
        name
    }

    /// The upstream file the record comes from.
    pub fn upstream_file(&self) -> Cow<'_, str> {
        match &self.file {
            Some(file) => Cow::Borrowed(file),
            None => Cow::Owned(Self::derived_file_name(&self.id)),
        }
    }

    /// The kind of publication, from its identifier.
    pub fn kind(&self) -> PublicationKind {
        self.id.kind()
    }

    pub fn is_in_force(&self) -> bool {
        self.stage == PublicationStage::InForce
    }
}

/// The ITU-T publication catalogue (`kind: catalogue`): every edition of every ITU-T
/// publication, with where it was taken from. Publications are kept sorted by identifier
/// (see [`PublicationId`]'s order), so that a refresh reviews as a diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// The schema the file follows, for editors and validators: a JSON file may name it here
    /// (a YAML file names it in its first-line comment instead).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: CatalogueKind,
    pub source: Provenance,
    pub publications: Vec<Publication>,
}

impl Catalogue {
    /// A catalogue of `publications`, sorted in the catalogue's order.
    pub fn new(source: Provenance, mut publications: Vec<Publication>) -> Self {
        publications.sort_by(Self::order);
        Self {
            schema: None,
            kind: CatalogueKind,
            source,
            publications,
        }
    }

    /// The catalogue's order: by identifier, then (for the same identifier in two upstream
    /// files, which the catalogue should not have) by file.
    fn order(a: &Publication, b: &Publication) -> std::cmp::Ordering {
        a.id.cmp(&b.id)
            .then_with(|| a.upstream_file().cmp(&b.upstream_file()))
    }

    /// Whether the publications are in the catalogue's order (a hand-edited file may not be).
    pub fn is_sorted(&self) -> bool {
        self.publications.windows(2).all(|pair| match pair {
            [a, b] => Self::order(a, b).is_le(),
            _ => true,
        })
    }
}
