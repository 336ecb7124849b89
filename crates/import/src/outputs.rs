//! Annex 1, Tables 8–15: Recommendations approved, under approval, deleted and submitted to
//! WTSA, Supplements, Technical Papers and Reports, other publications.

use chrono::NaiveDate;
use wtsa_model::{
    strip_itu_t_prefix, AnnexCEntry, ApprovalProcess, ApprovedRecommendation,
    DeletedRecommendation, OtherPublication, Outputs, OutputsKind, PublicationStatus,
    RecommendationDesignation, RecommendationUnderApproval, SourceRef, StudyGroupId, StudyPeriod,
    SubmittedRecommendation, Supplement, SupplementNumber, TechnicalPublication,
    TechnicalPublicationId,
};

use crate::context::{source_ref, Captioned, ColumnSpec, Context};
use crate::dates;
use crate::table::Cell;

fn date(ctx: &mut Context, cell: &Cell) -> Option<NaiveDate> {
    let parsed = dates::range(&cell.text()).filter(|r| r.end.is_none());
    if parsed.is_none() {
        ctx.unreadable(
            cell.line(),
            "date",
            &cell.text(),
            "a date such as `2022-08-29`",
        );
    }
    parsed.map(|r| r.start)
}

fn status(ctx: &mut Context, cell: &Cell) -> Option<PublicationStatus> {
    let text = cell.text();
    let status = match text.trim().to_lowercase().as_str() {
        "in force" => Some(PublicationStatus::InForce),
        "new" => Some(PublicationStatus::New),
        "superseded" => Some(PublicationStatus::Superseded),
        "withdrawn" | "deleted" => Some(PublicationStatus::Withdrawn),
        _ => None,
    };
    if status.is_none() {
        ctx.unreadable(
            cell.line(),
            "status",
            &text,
            "`In force`, `New`, `Superseded` or `Withdrawn`",
        );
    }
    status
}

fn process(ctx: &mut Context, cell: &Cell) -> Option<ApprovalProcess> {
    let text = cell.text();
    let process = match text.trim() {
        "TAP" => Some(ApprovalProcess::Tap),
        "AAP" => Some(ApprovalProcess::Aap),
        _ => None,
    };
    if process.is_none() {
        ctx.unreadable(cell.line(), "approval process", &text, "`TAP` or `AAP`");
    }
    process
}

/// The rows of a captioned table, each as its cells in the order of `spec`, with the
/// table's source reference. Placeholder "None." rows are skipped.
fn rows<const N: usize>(
    ctx: &mut Context,
    number: u32,
    required: bool,
    spec: [ColumnSpec; N],
) -> Option<(SourceRef, Vec<[Cell; N]>)> {
    let Captioned { name, table } = ctx.captioned_table(number, required)?;
    let columns = ctx.columns(&name, &table, spec)?;
    let source = source_ref(&name)?;
    let mut rows = Vec::new();
    for row in &table.rows {
        if row.is_none_row() {
            continue;
        }
        if let Some(cells) = ctx.cells(&name, &table, row, &columns) {
            rows.push(cells.map(Clone::clone));
        }
    }
    Some((source, rows))
}

pub(crate) fn outputs(
    ctx: &mut Context,
    study_group: StudyGroupId,
    study_period: StudyPeriod,
) -> Option<Outputs> {
    let approved = approved(ctx);
    let under_approval = under_approval(ctx);
    let deleted = deleted(ctx);
    let submitted = submitted(ctx);
    let supplements = supplements(ctx);
    let technical_papers = technical(ctx, 13, true);
    let technical_reports = technical(ctx, 14, true);
    let other_publications = other_publications(ctx);
    Some(Outputs {
        schema: None,
        kind: OutputsKind,
        suppress: Vec::new(),
        study_group,
        study_period,
        approved: approved?,
        under_approval: under_approval?,
        deleted,
        submitted_to_wtsa: submitted,
        supplements: supplements?,
        technical_papers: technical_papers?,
        technical_reports: technical_reports?,
        other_publications,
    })
}

const NUMBER: ColumnSpec = ("Recommendation", &["Recommendations", "Number"]);
const TITLE: ColumnSpec = ("Title", &[]);
const PROCESS: ColumnSpec = ("TAP/AAP", &["AAP/TAP", "Approval process"]);
const DATE: ColumnSpec = ("Date", &["Agreed", "Agreement date"]);
const STATUS: ColumnSpec = ("Status", &[]);

/// Table 8.
fn approved(ctx: &mut Context) -> Option<Vec<ApprovedRecommendation>> {
    let (source, rows) = rows(
        ctx,
        8,
        true,
        [
            NUMBER,
            ("Approval", &["Approval date", "Approved"]),
            STATUS,
            PROCESS,
            TITLE,
        ],
    )?;
    let mut approved = Vec::new();
    for [number, when, state, how, title] in rows {
        let number = ctx.designation::<RecommendationDesignation>(
            number.line(),
            "Recommendation",
            &number.text(),
        );
        let when = date(ctx, &when);
        let state = status(ctx, &state);
        let how = process(ctx, &how);
        let (Some(number), Some(approved_on), Some(status), Some(process)) =
            (number, when, state, how)
        else {
            continue;
        };
        approved.push(ApprovedRecommendation {
            number,
            approved: approved_on,
            status,
            process,
            title: title.text(),
            // Table 8 says neither; §3.2 may tell the Question (filled in later).
            revision: None,
            question: None,
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    Some(approved)
}

/// Table 9.
fn under_approval(ctx: &mut Context) -> Option<Vec<RecommendationUnderApproval>> {
    let (source, rows) = rows(
        ctx,
        9,
        true,
        [
            NUMBER,
            (
                "Consent/Determination",
                &["Consent/determination", "Consented/Determined", "Date"],
            ),
            PROCESS,
            TITLE,
        ],
    )?;
    let mut under = Vec::new();
    for [number, when, how, title] in rows {
        let number = ctx.designation::<RecommendationDesignation>(
            number.line(),
            "Recommendation",
            &number.text(),
        );
        let when = date(ctx, &when);
        let how = process(ctx, &how);
        let (Some(number), Some(when), Some(process)) = (number, when, how) else {
            continue;
        };
        under.push(RecommendationUnderApproval {
            number,
            consented_or_determined: when,
            process,
            title: title.text(),
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    Some(under)
}

/// Table 10.
fn deleted(ctx: &mut Context) -> Vec<DeletedRecommendation> {
    let Some((source, rows)) = rows(
        ctx,
        10,
        false,
        [
            NUMBER,
            ("Last version", &["Last edition"]),
            ("Withdrawal date", &["Deletion date", "Date"]),
            TITLE,
        ],
    ) else {
        return Vec::new();
    };
    let mut deleted = Vec::new();
    for [number, last, when, title] in rows {
        let number = ctx.designation::<RecommendationDesignation>(
            number.line(),
            "Recommendation",
            &number.text(),
        );
        let when = date(ctx, &when);
        let (Some(number), Some(withdrawn)) = (number, when) else {
            continue;
        };
        deleted.push(DeletedRecommendation {
            number,
            last_version: last.text(),
            withdrawn,
            title: title.text(),
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    deleted
}

/// Table 11.
fn submitted(ctx: &mut Context) -> Vec<SubmittedRecommendation> {
    let Some((source, rows)) = rows(
        ctx,
        11,
        false,
        [NUMBER, ("Proposal", &[]), TITLE, ("Reference", &[])],
    ) else {
        return Vec::new();
    };
    let mut submitted = Vec::new();
    for [number, proposal, title, reference] in rows {
        let Some(number) = ctx.designation::<RecommendationDesignation>(
            number.line(),
            "Recommendation",
            &number.text(),
        ) else {
            continue;
        };
        submitted.push(SubmittedRecommendation {
            number,
            proposal: proposal.text(),
            title: title.text(),
            reference: reference.text(),
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    submitted
}

/// The Recommendation or series a Supplement's title leads with: "ITU-T Y.4600 – Concept and
/// use cases …" → `Y.4600`; "ITU-T Y.4000-series – Use cases …" → `Y.4000-series`. Only a
/// lead-in with the "ITU-T" prefix and a dash counts; a number later in the title does not.
fn parent(title: &str) -> Option<AnnexCEntry> {
    let bare = strip_itu_t_prefix(title.trim());
    if bare.len() == title.trim().len() {
        return None;
    }
    let (lead, _) = bare.split_once([' ', '\u{a0}'])?;
    let rest = bare.get(lead.len()..)?.trim_start();
    if !rest.starts_with(['\u{2013}', '\u{2014}', '-']) {
        return None;
    }
    lead.parse().ok()
}

/// Table 12.
fn supplements(ctx: &mut Context) -> Option<Vec<Supplement>> {
    let (source, rows) = rows(
        ctx,
        12,
        true,
        [
            ("Recommendation", &["Supplement", "Number"]),
            DATE,
            STATUS,
            TITLE,
        ],
    )?;
    let mut supplements = Vec::new();
    for [number, when, state, title] in rows {
        let number =
            ctx.designation::<SupplementNumber>(number.line(), "Supplement", &number.text());
        let when = date(ctx, &when);
        let state = status(ctx, &state);
        let (Some(number), Some(agreed), Some(status)) = (number, when, state) else {
            continue;
        };
        let title = title.text();
        supplements.push(Supplement {
            number,
            agreed,
            status,
            parent: parent(&title),
            title,
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    Some(supplements)
}

/// Tables 13 (Technical Papers) and 14 (Technical Reports).
fn technical(ctx: &mut Context, table: u32, required: bool) -> Option<Vec<TechnicalPublication>> {
    let (source, rows) = rows(
        ctx,
        table,
        required,
        [
            (
                "Recommendation",
                &["Technical Paper", "Technical Report", "Designation"],
            ),
            DATE,
            STATUS,
            TITLE,
        ],
    )?;
    let mut publications = Vec::new();
    for [id, when, state, title] in rows {
        let id = ctx.designation::<TechnicalPublicationId>(
            id.line(),
            "Technical Paper or Report",
            &id.text(),
        );
        let when = date(ctx, &when);
        let state = status(ctx, &state);
        let (Some(id), Some(agreed), Some(status)) = (id, when, state) else {
            continue;
        };
        publications.push(TechnicalPublication {
            id,
            agreed,
            status,
            title: title.text(),
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    Some(publications)
}

/// Table 15.
fn other_publications(ctx: &mut Context) -> Vec<OtherPublication> {
    let Some((source, rows)) = rows(
        ctx,
        15,
        false,
        [
            ("Recommendation", &["Publication", "Designation"]),
            DATE,
            STATUS,
            TITLE,
        ],
    ) else {
        return Vec::new();
    };
    let mut publications = Vec::new();
    for [designation, when, state, title] in rows {
        let when = date(ctx, &when);
        let state = status(ctx, &state);
        let (Some(date), Some(status)) = (when, state) else {
            continue;
        };
        publications.push(OtherPublication {
            designation: designation.text(),
            date,
            status,
            title: title.text(),
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    publications
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_supplement_title_names_its_parent_only_in_its_lead_in() {
        let parent_of = |t: &str| parent(t).map(|p| p.to_string());
        assert_eq!(
            parent_of("ITU-T Y.4600 \u{2013} Concept and use cases of a digital twin"),
            Some("Y.4600".to_owned())
        );
        assert_eq!(
            parent_of("ITU-T Y.4000-series \u{2013} Use cases"),
            Some("Y.4000-series".to_owned())
        );
        assert_eq!(
            parent_of("Use cases based on ITU-T Y.4900 Recommendations series"),
            None
        );
    }
}
