use wtsa_model::RecommendationNumber;

use crate::context::PeriodView;
use crate::diagnostic::Sink;
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

/// Whether a number lies in the Y.4000–Y.4999 block.
pub(crate) fn in_y4000(number: &RecommendationNumber) -> bool {
    number.series() == 'Y' && (4000..=4999).contains(&number.base())
}

declare_rule! {
    /// ## What it checks
    /// A Recommendation with a double number (`Y.4101/Y.2067`) that does not carry exactly
    /// one number in the Y.4000-series.
    ///
    /// ## Why it matters
    /// SG20's Annex C says that Recommendations transferred from other study groups carry
    /// double numbers in the Y.4000-series: the Y.4000 number is what places them under SG20.
    /// A double number with none, or with two, in that series contradicts the note.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex C, Study Group 20, NOTE.
    ///
    /// ## Example
    /// Fires: `Y.2067/Y.2074` (no Y.4000 number); `Y.4101/Y.4102` (two).
    /// Quiet: `Y.4101/Y.2067`; any single number.
    pub struct DoubleNumberWithoutY4000 {
        code: "AC005",
        name: "double-number-y4000",
        family: Family::AnnexC,
        severity: Severity::Error,
        citation: citations::RES2_ANNEX_C_NOTE,
        periods: Periods::All,
    }
}

impl Rule for DoubleNumberWithoutY4000 {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        for record in view.recommendations() {
            if !record.designation.is_double() {
                continue;
            }
            let in_block = record
                .designation
                .numbers()
                .iter()
                .filter(|n| in_y4000(n))
                .count();
            if in_block != 1 {
                out.emit(
                    record.spot(),
                    message!(
                        "double-numbered {designation} has {count} numbers in the Y.4000-series; transferred Recommendations carry exactly one",
                        designation = record.designation,
                        count = in_block,
                    ),
                );
            }
        }
    }
}
