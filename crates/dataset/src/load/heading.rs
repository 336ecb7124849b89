//! What a data file says it is about, read from its first bytes, before it is parsed: a check
//! study group by study group sorts files by it. wtsa writes `kind`, `study_group` and
//! `study_period` first; a file that names them later, or not where this looks, has no
//! heading. A heading is a guess: whoever uses it compares it with the parsed document
//! ([`Heading::of`]) and does not rely on it when they differ.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use wtsa_model::{Document, DocumentKind, StudyGroupId, StudyPeriod};

use super::{named_kind, Format};

/// How much of a file is read for its heading: the three fields come first in wtsa's files.
const HEADING_BYTES: u64 = 4096;

/// A document's kind, study group and study period (the last two absent for the catalogue).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heading {
    pub kind: DocumentKind,
    pub study_group: Option<StudyGroupId>,
    pub study_period: Option<StudyPeriod>,
}

impl Heading {
    /// The heading a parsed document has.
    pub fn of(document: &Document) -> Self {
        Self {
            kind: document.kind(),
            study_group: document.study_group(),
            study_period: document.study_period(),
        }
    }

    /// The heading the first bytes of a text name; `None` when the kind, or the study group
    /// and period of a kind that has them, are not found there.
    pub fn named(text: &str, format: Format) -> Option<Self> {
        let kind = named_kind(text, format)?;
        if kind == DocumentKind::Catalogue {
            return Some(Self {
                kind,
                study_group: None,
                study_period: None,
            });
        }
        Some(Self {
            kind,
            study_group: Some(named_value(text, format, "study_group")?.parse().ok()?),
            study_period: Some(named_value(text, format, "study_period")?.parse().ok()?),
        })
    }

    /// The heading of the file at `path`, from its first few kilobytes.
    pub fn read(path: &Path, format: Format) -> Option<Self> {
        let mut start = Vec::new();
        File::open(path)
            .ok()?
            .take(HEADING_BYTES)
            .read_to_end(&mut start)
            .ok()?;
        // The cut may fall inside a character: the text up to it is enough.
        let text = match std::str::from_utf8(&start) {
            Ok(text) => text,
            Err(error) => std::str::from_utf8(start.get(..error.valid_up_to())?).ok()?,
        };
        Self::named(text.strip_prefix('\u{feff}').unwrap_or(text), format)
    }
}

/// The scalar value of a top-level `key:` line in YAML, or of the first `"key":` in JSON, its
/// quotes and a trailing comment removed: where wtsa's files write it.
pub(super) fn named_value<'t>(text: &'t str, format: Format, key: &str) -> Option<&'t str> {
    let value = match format {
        Format::Yaml => text
            .lines()
            .find_map(|line| line.strip_prefix(key)?.strip_prefix(':'))?
            .split(" #")
            .next()?,
        Format::Json => {
            let quoted = format!("\"{key}\"");
            let (_, after) = text.split_once(quoted.as_str())?;
            after
                .trim_start()
                .strip_prefix(':')?
                .trim_start()
                .split([',', '\n'])
                .next()?
        }
    };
    let value = value
        .trim()
        .trim_end_matches('}')
        .trim()
        .trim_matches(['"', '\'']);
    (!value.is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_is_read_where_wtsa_writes_it() {
        let yaml = "# yaml-language-server: $schema=x\nkind: outputs\nstudy_group: SG20 # the group\nstudy_period: \"2022-2024\"\napproved: []\n";
        let json = "{\n  \"kind\": \"people\",\n  \"study_group\": \"SG2\",\n  \"study_period\": \"2013-2016\",\n  \"people\": []\n}";
        let outputs = Heading::named(yaml, Format::Yaml);
        assert_eq!(
            outputs,
            Some(Heading {
                kind: DocumentKind::Outputs,
                study_group: "SG20".parse().ok(),
                study_period: "2022-2024".parse().ok(),
            })
        );
        let people = Heading::named(json, Format::Json);
        assert_eq!(people.map(|h| h.kind), Some(DocumentKind::People));
        assert_eq!(people.and_then(|h| h.study_group), "SG2".parse().ok());
    }

    #[test]
    fn no_heading_without_the_study_group_or_period() {
        assert_eq!(
            Heading::named("kind: outputs\napproved: []\n", Format::Yaml),
            None
        );
        assert_eq!(
            Heading::named("kind: outputs\nstudy_group: SG20\n", Format::Yaml),
            None
        );
        assert_eq!(
            Heading::named(
                "kind: outputs\nstudy_group: twenty\nstudy_period: 2022-2024\n",
                Format::Yaml
            ),
            None
        );
        assert_eq!(Heading::named("{\"approved\": []}", Format::Json), None);
    }
}
