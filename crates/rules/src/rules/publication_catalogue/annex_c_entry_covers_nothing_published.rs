use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use crate::rules::annex_c::annex_c_entries;

declare_rule! {
    /// ## What it checks
    /// An entry of the study group's Annex C in force — a Recommendation, a range or a series
    /// block — that covers no Recommendation the ITU-T publication catalogue has published,
    /// in force or not. A range covers the sub-numbers of its numbers (`F.747.1 – F.747.8`
    /// covers `F.747.8.1`, not `F.747`); a single entry only itself.
    ///
    /// ## Why it matters
    /// Annex C lists the Recommendations a study group is responsible for. An entry that
    /// names nothing ITU-T has published is a mistyped number, a range written the wrong way,
    /// or a Recommendation that was never approved: the responsibility it assigns is empty.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex C, against the ITU-T publication catalogue.
    ///
    /// ## Example
    /// Fires: SG20's Annex C lists `H.642.7`, which ITU-T never published.
    /// Quiet: `L.1603`, published (and since withdrawn) as `Y.4903/L.1603`; `Y.2074 – Y.2078`.
    pub struct AnnexCEntryCoversNothingPublished {
        code: "CT007",
        name: "annex-c-entry-covers-nothing-published",
        family: Family::PublicationCatalogue,
        severity: Severity::Warning,
        citation: citations::RES2_ANNEX_C,
        periods: Periods::All,
    }
}

impl Rule for AnnexCEntryCoversNothingPublished {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(catalogue), Some(in_force)) = (view.catalogue, view.in_force) else {
            return;
        };
        for (place, entry) in annex_c_entries(in_force.value) {
            if catalogue.numbers_covered_by(entry).next().is_none() {
                out.emit(
                    Spot::new(in_force.id, place.pointer()),
                    message!(
                        "`{entry}` in {study_group}'s Annex C ({edition}) covers no Recommendation the ITU-T catalogue has published",
                        entry,
                        study_group = view.study_group,
                        edition = in_force.edition,
                    ),
                );
            }
        }
    }
}
