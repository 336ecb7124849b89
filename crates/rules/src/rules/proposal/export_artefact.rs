use wtsa_model::text::artefact;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::report::Edit;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};

use super::{excerpt, paragraphs, with_judgement, RES2_PROPOSAL};

declare_rule! {
    /// ## What it checks
    /// What exporting the Word report to plain text does to characters, left in a Resolution
    /// 2 entry's text — the entry in force and the proposals (title, mandate, lead roles,
    /// points of guidance, footnotes, Annex C notes): a sector name that lost its
    /// non-breaking hyphen (`ITUT`, `ITU T`, `ITUR`, `ITUD`), a no-break space, a
    /// non-breaking hyphen, an invisible character (zero-width space, soft hyphen).
    ///
    /// ## Why it matters
    /// The Word document shows "ITU-T" and an ordinary space. Kept in one entry and not in the
    /// other, an artefact makes the redline of the proposal against the entry in force show a
    /// change no author made — visible ("ITUR" → "ITU-R") or invisible (a no-break space) —,
    /// and a reviewer cannot trust the redline. The data keeps the text as the Word document
    /// shows it, and says so in an encoding note.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022): the text as adopted (ITU's sector names are
    /// "ITU-T", "ITU-R", "ITU-D"); plain logic: the data says what the document says.
    ///
    /// ## Example
    /// Fires: "in ITUT and in close cooperation with the ITU Radiocommunication Sector (ITUR)".
    /// Quiet: "in ITU-T and in close cooperation with the ITU Radiocommunication Sector
    /// (ITU-R)".
    pub struct ExportArtefact {
        code: "RP008",
        name: "export-artefact",
        family: Family::Proposal,
        severity: Severity::Warning,
        citation: RES2_PROPOSAL,
        periods: Periods::All,
    }
}

impl Rule for ExportArtefact {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let entries = view.in_force.iter().chain(&view.proposals);
        for entry in entries {
            let status = match entry.status {
                wtsa_model::EntryStatus::InForce => "in force",
                wtsa_model::EntryStatus::Proposed => "proposed",
            };
            let (study_group, edition) = (entry.study_group, entry.edition);
            for paragraph in paragraphs(entry.value) {
                for found in artefact::find(paragraph.text) {
                    let (kind, paragraph_label, normal) =
                        (found.kind, &paragraph.label, found.normal);
                    let excerpt = excerpt(paragraph.text, found.start, found.end);
                    let message = if visible(&found.found) {
                        message!(
                            "{kind} (\u{201c}{found}\u{201d}) in {paragraph_label} of {study_group}'s {edition} entry ({status}), where the Word document shows \u{201c}{normal}\u{201d}: \u{201c}{excerpt}\u{201d}",
                            kind,
                            found = found.found,
                            paragraph_label,
                            study_group,
                            edition,
                            status,
                            normal,
                            excerpt,
                        )
                    } else {
                        message!(
                            "{kind} ({code_points}) in {paragraph_label} of {study_group}'s {edition} entry ({status}), where the Word document shows \u{201c}{normal}\u{201d}: \u{201c}{excerpt}\u{201d}",
                            kind,
                            code_points = code_points(&found.found),
                            paragraph_label,
                            study_group,
                            edition,
                            status,
                            normal,
                            excerpt,
                        )
                    };
                    let diagnostic = out
                        .at(Spot::new(entry.id, paragraph.pointer.clone()), message)
                        .fix_with_edit(
                            format!(
                                "write \u{201c}{}\u{201d} and say so in an encoding note",
                                found.normal
                            ),
                            // What the Word document shows is known: the edit is certain
                            // (the encoding note is for a person to write).
                            paragraph
                                .whole
                                .then(|| {
                                    Edit::replacing(
                                        paragraph.text,
                                        found.start,
                                        found.end,
                                        found.normal,
                                    )
                                })
                                .flatten(),
                        );
                    let diagnostic = with_judgement(diagnostic, *entry, &paragraph.pointer);
                    out.push(diagnostic);
                }
            }
        }
    }
}

/// Whether an artefact is quoted in a message as found (a sector name); other characters are
/// quoted by their code points ([`code_points`]): they cannot be seen.
fn visible(found: &str) -> bool {
    found.chars().all(|c| c.is_ascii_graphic() || c == ' ')
}

/// The code points of a text, `U+00A0 U+200B`.
fn code_points(found: &str) -> String {
    found
        .chars()
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect::<Vec<_>>()
        .join(" ")
}
