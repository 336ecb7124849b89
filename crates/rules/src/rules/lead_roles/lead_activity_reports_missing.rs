use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::tables::tables;

declare_rule! {
    /// ## What it checks
    /// A study group whose Resolution 2 entry in force assigns it lead roles (Annex A) but
    /// whose report lists no lead-study-group activity report to TSAG for the period
    /// (§3.3.1); and a listed activity report whose TSAG meeting falls, in whole or in part,
    /// outside the study period (from the end of the WTSA that opened it to the eve of the
    /// next).
    ///
    /// ## Why it matters
    /// A lead study group accounts for its lead roles to TSAG during the period; the report
    /// to WTSA is where that account is traced. No report at all leaves the roles without an
    /// account; a report to a TSAG meeting outside the period belongs to another period's
    /// account (or its dates are wrong).
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex A (lead study groups), as the study
    /// group's report to WTSA accounts for it in §3.3.1; the study period's bounds from WTSA
    /// Resolution 1.
    ///
    /// ## Example
    /// Fires: SG20 holds four lead roles but §3.3.1 lists no TSAG document; an activity
    /// report to a TSAG meeting of 9–13 January 2026 in the 2022–2024 report.
    /// Quiet: SG20's TSAG-TD39 (December 2022) to TSAG-TD542 (July–August 2024), all within
    /// 9 March 2022 – 14 October 2024.
    pub struct LeadActivityReportsMissing {
        code: "LR003",
        name: "lead-activity-reports-missing",
        family: Family::LeadRoles,
        severity: Severity::Warning,
        citation: citations::RES2_ANNEX_A,
        periods: Periods::All,
    }
}

impl Rule for LeadActivityReportsMissing {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(claims) = view.claims else {
            return;
        };
        if let Some(in_force) = view.in_force {
            if !in_force.lead_roles.is_empty() && claims.lead_activity_reports.is_empty() {
                let count = in_force.lead_roles.len();
                let diagnostic = out
                    .at(
                        Spot::new(claims.id, "/lead_activity_reports"),
                        if count == 1 {
                            message!(
                                "Annex A ({edition}) assigns {study_group} {count} lead role but the report lists no lead-study-group activity report to TSAG for {study_period}; a lead study group accounts for its roles to TSAG",
                                edition = in_force.edition,
                                study_group = view.study_group,
                                count,
                                study_period = view.study_period,
                            )
                        } else {
                            message!(
                                "Annex A ({edition}) assigns {study_group} {count} lead roles but the report lists no lead-study-group activity report to TSAG for {study_period}; a lead study group accounts for its roles to TSAG",
                                edition = in_force.edition,
                                study_group = view.study_group,
                                count,
                                study_period = view.study_period,
                            )
                        },
                    )
                    .related(
                        message!(
                            "the lead roles of Annex A ({edition})",
                            edition = in_force.edition
                        ),
                        Spot::new(in_force.id, "/lead_roles"),
                    )
                    .fix("list the TSAG documents that carried the lead-study-group activity reports");
                out.push(diagnostic);
            }
        }

        let Some((first, last)) = tables()
            .ok()
            .and_then(|t| t.period_bounds(view.study_period))
        else {
            return;
        };
        for (i, report) in claims.lead_activity_reports.iter().enumerate() {
            let (start, end) = (report.dates.start, report.dates.end());
            if start >= first && end <= last {
                continue;
            }
            out.emit(
                Spot::new(claims.id, format!("/lead_activity_reports/{i}/dates")),
                message!(
                    "{document} went to the TSAG meeting of {start} to {end} ({place}), outside the {study_period} study period ({first} to {last}); an activity report of this period goes to a TSAG meeting within it",
                    document = report.document,
                    start,
                    end,
                    place = report.place,
                    study_period = view.study_period,
                    first,
                    last,
                ),
            );
        }
    }
}
