use wtsa_model::AnnexCEntry;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::annex_c::double_number_y4000::in_y4000;
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// When the study group's Annex C in force holds the `Y.4000-series`, a Recommendation of
    /// Tables 8 and 9 none of whose numbers is in Y.4000–Y.4999.
    ///
    /// ## Why it matters
    /// The NOTE to SG20's Annex C says that Recommendations transferred from other study
    /// groups have double numbers in the Y.4000-series. A Recommendation approved or
    /// consented without a Y.4000 number by a study group whose Annex C holds that series is
    /// either one of the transferred Recommendations whose double number was never given, or
    /// a Recommendation of another series whose place in the study group's numbering deserves
    /// a word. The NOTE states a practice rather than an obligation on each text, so the
    /// finding is informational.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex C, Study Group 20, NOTE.
    ///
    /// ## Example
    /// Fires: SG20 approves `Y.2067` (transferred from SG13) without its double number
    /// `Y.4101/Y.2067`.
    /// Quiet: `Y.4101/Y.2067`; `Y.4505`.
    pub struct TransferredWithoutY4000Number {
        code: "YS003",
        name: "transferred-without-y4000-number",
        family: Family::Y4000Series,
        severity: Severity::Info,
        citation: citations::RES2_ANNEX_C_NOTE,
        periods: Periods::All,
    }
}

impl Rule for TransferredWithoutY4000Number {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(in_force) = view.in_force else {
            return;
        };
        let holds_block = in_force.annex_c.entries().any(|entry| {
            matches!(
                entry,
                AnnexCEntry::Series {
                    series: 'Y',
                    block_start: 4000
                }
            )
        });
        if !holds_block {
            return;
        }
        for record in view.recommendations() {
            if record.designation.numbers().iter().any(in_y4000) {
                continue;
            }
            let diagnostic = out
                .at(
                    record.spot(),
                    message!(
                        "{designation} was {stage} by {study_group} under no Y.4000-series number, while its Annex C ({edition}) holds the Y.4000-series and notes that Recommendations transferred from other study groups have double numbers in that series",
                        designation = record.designation,
                        stage = record.stage,
                        study_group = view.study_group,
                        edition = in_force.edition,
                    ),
                )
                .related(
                    "the Annex C NOTE on double numbers",
                    Spot::new(in_force.id, "/annex_c/notes"),
                )
                .fix("give the Recommendation its double number in the Y.4000-series, or record why it has none");
            out.push(diagnostic);
        }
    }
}
