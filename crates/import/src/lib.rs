//! wtsa-import: reads a study group's report to WTSA in its plain-text export (tab-led table
//! cells, blank lines between rows, `[bookmark: …]` and `[footnoteRef: …]` artefacts, no-break
//! spaces, en dashes) and builds a wtsa dataset: the study group, people, organisation,
//! meetings, outputs, the report's claims, and the Resolution 2 entries in force (§1.1) and
//! proposed (Annex 2).
//!
//! What the template fixes is imported; prose no template fixes (§3.4 events, U4SSC, the
//! `activities` document) and the reconstruction of Annex 2's flattened redline stay with
//! curation. Whatever cannot be read is reported as a [`Diagnostic`] with its report line, and
//! the import goes on; a missing required part fails the import, and nothing is written.
//!
//! It is not a checker (that is `wtsa-rules`) and it prints nothing (that is `wtsa-cli`).

mod claims;
mod context;
mod dates;
pub mod diagnostic;
mod group_sections;
mod meetings;
mod numbers;
mod organisation;
mod outputs;
mod people;
mod proposal;
mod source;
mod study_group;
mod table;
mod text;

use std::path::{Path, PathBuf};

use serde::Serialize;
use thiserror::Error;
use wtsa_dataset::yaml11::{to_yaml, YamlWriteError};
use wtsa_model::{
    Document, DocumentKind, Meetings, Organisation, OutputDesignation, Outputs, People, PeopleKind,
    ReportClaims, Resolution2Entry, StudyGroup, StudyGroupId, StudyGroupKind, StudyPeriod,
};

pub use diagnostic::{Diagnostic, Problem, Severity};
use wtsa_dataset::write;
pub use wtsa_dataset::write::{DirectoryFile as DatasetFile, WriteError};

use claims::Listed;
use context::Context;
use people::Register;

/// What the caller knows better than the text, or what the text may not say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The study group; inferred from §1.1 ("Responsibilities of Study Group 20") otherwise.
    pub study_group: Option<StudyGroupId>,
    /// The study period; inferred from the first "2022-2024 study period" otherwise.
    pub study_period: Option<StudyPeriod>,
}

/// The documents an import builds from a report: every kind about a study group but `activities`,
/// which stays hand-curated (the catalogue, about no study group, comes from `wtsa-catalogue`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedDataset {
    pub study_group: StudyGroup,
    pub people: People,
    pub organisation: Organisation,
    pub meetings: Meetings,
    pub outputs: Outputs,
    pub report_claims: ReportClaims,
    pub in_force: Resolution2Entry,
    pub proposed: Resolution2Entry,
}

/// A successful import: the dataset and what was skipped on the way.
#[derive(Debug, Clone)]
pub struct Imported {
    pub dataset: ImportedDataset,
    pub warnings: Vec<Diagnostic>,
}

/// An import that could not build the dataset; every diagnostic, errors and warnings, by line.
#[derive(Debug, Clone, Error)]
#[error("the import failed: {} error(s)", self.errors())]
pub struct ImportFailed {
    pub diagnostics: Vec<Diagnostic>,
}

impl ImportFailed {
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
}

/// Why `import_file` did not write a dataset.
#[derive(Debug, Error)]
pub enum ImportError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {failed}; nothing was written")]
    Failed { path: String, failed: ImportFailed },
    #[error("cannot write the dataset as YAML: {0}")]
    Serialize(String),
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// What `import_file` wrote.
#[derive(Debug, Clone)]
pub struct Written {
    pub out: PathBuf,
    pub files: Vec<String>,
    /// The schemas directory the files' `$schema` lines name, relative to `out`; `None` when
    /// no `schemas/` directory is found in `out`'s parent or above, and the files have none.
    pub schemas: Option<String>,
    pub warnings: Vec<Diagnostic>,
}

/// Imports the report at `report` and writes the dataset as the directory `out` (replacing an
/// existing one only with `force`, and only once the new one is complete).
pub fn import_file(
    report: &Path,
    out: &Path,
    force: bool,
    options: &ImportOptions,
) -> Result<Written, ImportError> {
    write::check_target(out, force)?;
    let text = std::fs::read_to_string(report).map_err(|source| ImportError::Read {
        path: report.display().to_string(),
        source,
    })?;
    let imported = import(&text, options).map_err(|failed| ImportError::Failed {
        path: report.display().to_string(),
        failed,
    })?;
    let schemas = schemas_relative_to(out);
    let files = imported
        .dataset
        .files(schemas.as_deref())
        .map_err(|e| ImportError::Serialize(e.to_string()))?;
    write::write_directory(&files, out, force)?;
    Ok(Written {
        out: out.to_path_buf(),
        files: files.into_iter().map(|f| f.name).collect(),
        schemas,
        warnings: imported.warnings,
    })
}

/// The repository's `schemas/` directory as the files of the dataset directory `out` name it:
/// found from `out`'s parent (which exists once the import can write) or its nearest ancestor,
/// both made absolute with symbolic links and `..` resolved, so that the path an editor
/// follows from a written file reaches the schemas whatever `out` was given as.
pub fn schemas_relative_to(out: &Path) -> Option<String> {
    let name = out.file_name()?;
    let parent = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let out = parent.canonicalize().ok()?.join(name);
    let schemas = wtsa_dataset::repository::find_schemas_dir(&out)?;
    let schemas = schemas.canonicalize().ok()?;
    Some(wtsa_dataset::repository::relative_path(&out, &schemas))
}

/// Imports a report's text.
pub fn import(report: &str, options: &ImportOptions) -> Result<Imported, ImportFailed> {
    let mut ctx = Context::new(report);
    let Some((study_group, study_period)) = frame(&mut ctx, options) else {
        return Err(ImportFailed {
            diagnostics: ctx.diagnostics,
        });
    };
    let mut register = Register::default();
    // The register keys people in the order they are first named, so the parts that name
    // people are read in the report's order: §1.2, then Tables 3, 4, 5 and 6.
    let one_one = study_group::section_one_one(&mut ctx, study_group, study_period);
    let one_two = study_group::section_one_two(&mut ctx, &mut register);
    let organisation =
        organisation::organisation(&mut ctx, &mut register, study_group, study_period);
    let meetings = meetings::meetings(&mut ctx, study_group, study_period);
    let mut outputs = outputs::outputs(&mut ctx, study_group, study_period);
    let three = claims::section_three(&mut ctx);
    if let Some(outputs) = outputs.as_mut() {
        attribute(&mut ctx, outputs, &three.listed);
    }
    let in_force_edition = one_one.in_force.as_ref().map(|e| e.edition);
    let proposed = proposal::proposal(&mut ctx, study_group, in_force_edition);
    ctx.report_stray_rows();

    let claims = three.into_claims(study_group, study_period, one_two.plenary_meetings);
    let study_group_document = match (one_one.title, one_one.responsibilities, one_two.management) {
        (Some(title), Some(responsibilities), Some(management)) => Some(StudyGroup {
            schema: None,
            kind: StudyGroupKind,
            suppress: Vec::new(),
            study_group,
            study_period,
            title,
            responsibilities,
            management,
        }),
        _ => None,
    };
    let people = People {
        schema: None,
        kind: PeopleKind,
        suppress: Vec::new(),
        study_group,
        study_period,
        people: register.into_people(),
    };
    let mut diagnostics = std::mem::take(&mut ctx.diagnostics);
    diagnostics.sort_by_key(|d| (d.line, std::cmp::Reverse(d.severity)));
    let dataset = match (
        study_group_document,
        organisation,
        meetings,
        outputs,
        claims,
        one_one.in_force,
        proposed,
    ) {
        (
            Some(study_group),
            Some(organisation),
            Some(meetings),
            Some(outputs),
            Some(report_claims),
            Some(in_force),
            Some(proposed),
        ) if !diagnostics.iter().any(|d| d.severity == Severity::Error) => ImportedDataset {
            study_group,
            people,
            organisation,
            meetings,
            outputs,
            report_claims,
            in_force,
            proposed,
        },
        _ => {
            if !diagnostics.iter().any(|d| d.severity == Severity::Error) {
                // Every part that returns nothing reports why; this is a safety net.
                diagnostics.push(Diagnostic {
                    line: ctx.end_line(),
                    severity: Severity::Error,
                    problem: Problem::Missing {
                        what: "a required part of the report".to_owned(),
                        expected: "the template's sections and tables".to_owned(),
                    },
                });
            }
            return Err(ImportFailed { diagnostics });
        }
    };
    Ok(Imported {
        dataset,
        warnings: diagnostics,
    })
}

/// The study group and period: from the options, else from the text (§1.1's heading; the
/// first "YYYY-YYYY study period"). A disagreement is a warning; the options win.
fn frame(ctx: &mut Context, options: &ImportOptions) -> Option<(StudyGroupId, StudyPeriod)> {
    let heading = ctx
        .outline
        .heading("1.1")
        .map(|h| (h.title.clone(), h.index));
    let from_heading = heading
        .as_ref()
        .and_then(|(title, index)| text::study_group(title).map(|g| (g, *index)));
    let found_group = from_heading.or_else(|| {
        ctx.lines
            .iter()
            .enumerate()
            .find_map(|(i, l)| text::study_group(&l.text).map(|g| (g, i)))
    });
    let annex_2 = ctx.outline.annex(2).map_or(ctx.lines.len(), |r| r.start);
    let found_period = ctx
        .lines
        .iter()
        .enumerate()
        .take(annex_2)
        .find_map(|(i, l)| text::period(&l.text).map(|p| (p, i)));

    let study_group = reconcile(
        ctx,
        options.study_group,
        found_group,
        "study group",
        "`Study Group NN` in §1.1's heading, or --study-group",
    )
    .unwrap_or(StudyGroupId::new(0));
    // A placeholder so that the rest of the report is still read and reported on; the error
    // `reconcile` recorded fails the import.
    let study_period = match reconcile(
        ctx,
        options.study_period,
        found_period,
        "study period",
        "`… in the YYYY-YYYY study period` before Annex 2, or --study-period",
    ) {
        Some(period) => period,
        None => StudyPeriod::new(0, 0)?,
    };
    Some((study_group, study_period))
}

/// What the caller gave (`--study-group`, `--study-period`) against what the report says: the
/// caller wins, with a warning where the two differ; neither is an error at line 1.
fn reconcile<T: PartialEq + std::fmt::Display + Copy>(
    ctx: &mut Context,
    given: Option<T>,
    found: Option<(T, usize)>,
    what: &str,
    expected: &str,
) -> Option<T> {
    match (given, found) {
        (Some(given), Some((found, index))) if given != found => {
            let line = ctx.number(index);
            let option = what.replace(' ', "-");
            ctx.warn(
                line,
                Problem::Inconsistent {
                    what: what.to_owned(),
                    detail: format!(
                        "--{option} {given} differs from {found} in the report; using {given}"
                    ),
                },
            );
            Some(given)
        }
        (Some(given), _) => Some(given),
        (None, Some((found, _))) => Some(found),
        (None, None) => {
            ctx.error(
                1,
                Problem::Missing {
                    what: format!("the {what}"),
                    expected: expected.to_owned(),
                },
            );
            None
        }
    }
}

/// Records, on each approved Recommendation, the Question whose §3.2 summary lists it, and
/// warns about an output §3.2 lists that no table of Annex 1 has (its row may be missing).
fn attribute(ctx: &mut Context, outputs: &mut Outputs, listed: &[Listed]) {
    for item in listed {
        let in_tables = match &item.designation {
            OutputDesignation::Recommendation(number) => {
                // A double number (`Y.4101/Y.2067`) may be listed by either of its numbers.
                let same = |other: &wtsa_model::RecommendationDesignation| {
                    other.numbers().iter().any(|n| number.numbers().contains(n))
                };
                match outputs.approved.iter_mut().find(|a| same(&a.number)) {
                    Some(approved) => {
                        match approved.question {
                            None => approved.question = Some(item.question),
                            Some(other) if other != item.question => ctx.warn(
                                item.line,
                                Problem::Inconsistent {
                                    what: format!("{number}"),
                                    detail: format!(
                                        "listed under both {other} and {}; Table 8 records {other}",
                                        item.question
                                    ),
                                },
                            ),
                            Some(_) => {}
                        }
                        true
                    }
                    None => outputs.under_approval.iter().any(|u| same(&u.number)),
                }
            }
            OutputDesignation::Supplement(number) => {
                outputs.supplements.iter().any(|s| &s.number == number)
            }
            OutputDesignation::Technical(id) => outputs
                .technical_papers
                .iter()
                .chain(&outputs.technical_reports)
                .any(|t| &t.id == id),
        };
        if !in_tables {
            ctx.warn(
                item.line,
                Problem::Inconsistent {
                    what: format!("{} (listed under {})", item.designation, item.question),
                    detail:
                        "no table of Annex 1 has it, so nothing records which Question produced it"
                            .to_owned(),
                },
            );
        }
    }
}

/// A document written as YAML (the closure in [`ImportedDataset::files`] takes each kind).
trait ErasedYaml {
    fn yaml(&self) -> Result<String, YamlWriteError>;
}

impl<T: Serialize> ErasedYaml for T {
    fn yaml(&self) -> Result<String, YamlWriteError> {
        to_yaml(self)
    }
}

impl ImportedDataset {
    /// The documents, in a stable order.
    pub fn documents(&self) -> Vec<Document> {
        vec![
            Document::StudyGroup(self.study_group.clone()),
            Document::People(self.people.clone()),
            Document::Organisation(self.organisation.clone()),
            Document::Meetings(self.meetings.clone()),
            Document::Outputs(self.outputs.clone()),
            Document::ReportClaims(self.report_claims.clone()),
            Document::Resolution2Entry(self.in_force.clone()),
            Document::Resolution2Entry(self.proposed.clone()),
        ]
    }

    /// The dataset's files, named as in `data/sg20/2022-2024/`. With `schemas` (the schemas
    /// directory relative to the dataset directory, see [`schemas_relative_to`]), each opens
    /// with the `yaml-language-server` line that points an editor at its schema.
    pub fn files(&self, schemas: Option<&str>) -> Result<Vec<DatasetFile>, YamlWriteError> {
        let file = |name: String,
                    kind: DocumentKind,
                    value: &dyn ErasedYaml|
         -> Result<DatasetFile, YamlWriteError> {
            let body = value.yaml()?;
            let contents = match schemas {
                Some(dir) => format!(
                    "# yaml-language-server: $schema={dir}/{}.schema.json\n{body}",
                    kind.name()
                ),
                None => body,
            };
            Ok(DatasetFile { name, contents })
        };
        Ok(vec![
            file(
                "study-group.yaml".to_owned(),
                DocumentKind::StudyGroup,
                &self.study_group,
            )?,
            file("people.yaml".to_owned(), DocumentKind::People, &self.people)?,
            file(
                "organisation.yaml".to_owned(),
                DocumentKind::Organisation,
                &self.organisation,
            )?,
            file(
                "meetings.yaml".to_owned(),
                DocumentKind::Meetings,
                &self.meetings,
            )?,
            file(
                "outputs.yaml".to_owned(),
                DocumentKind::Outputs,
                &self.outputs,
            )?,
            file(
                "report-claims.yaml".to_owned(),
                DocumentKind::ReportClaims,
                &self.report_claims,
            )?,
            file(
                format!(
                    "resolution2-wtsa-{:02}.yaml",
                    self.in_force.edition.number()
                ),
                DocumentKind::Resolution2Entry,
                &self.in_force,
            )?,
            file(
                format!(
                    "resolution2-wtsa-{:02}-proposed.yaml",
                    self.proposed.edition.number()
                ),
                DocumentKind::Resolution2Entry,
                &self.proposed,
            )?,
        ])
    }
}
