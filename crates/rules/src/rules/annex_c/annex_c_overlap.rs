use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// Two entries of one study group's Annex C (in force or proposed) that overlap, or one
    /// that another already covers.
    ///
    /// ## Why it matters
    /// A redundant entry hides the shape of the list: when the covering entry is later
    /// narrowed, the redundant one silently keeps the Recommendations, or a reviewer believes
    /// a range was added that changes nothing. Overlapping ranges usually mean a typing error
    /// in one end.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex C.
    ///
    /// ## Example
    /// Fires: `Y.4000-series` together with `Y.4100 – Y.4120` (covered); `Y.2060 – Y.2070`
    /// together with `Y.2068 – Y.2074` (overlap).
    /// Quiet: `Y.2060 – Y.2070` and `Y.2074 – Y.2078`.
    pub struct AnnexCOverlap {
        code: "AC002",
        name: "annex-c-overlap",
        family: Family::AnnexC,
        severity: Severity::Warning,
        citation: citations::RES2_ANNEX_C,
        periods: Periods::All,
    }
}

impl Rule for AnnexCOverlap {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        for entry in view.in_force.iter().chain(&view.proposals) {
            let items: Vec<(super::EntryPlace, &wtsa_model::AnnexCEntry)> =
                super::annex_c_entries(entry.value).collect();
            let entries: Vec<&wtsa_model::AnnexCEntry> = items.iter().map(|(_, e)| *e).collect();
            for (i, j) in super::overlapping_pairs(&entries) {
                let (Some(&(place, later)), Some(&(earlier_place, earlier))) =
                    (items.get(j), items.get(i))
                else {
                    continue;
                };
                let message = if earlier.covers(later) {
                    message!(
                        "Annex C entry `{later}` is redundant: `{earlier}` already covers it",
                        later,
                        earlier
                    )
                } else if later.covers(earlier) {
                    message!(
                        "Annex C entry `{later}` covers the earlier entry `{earlier}`, which is then redundant",
                        later,
                        earlier
                    )
                } else {
                    message!(
                        "Annex C entries `{earlier}` and `{later}` overlap",
                        earlier,
                        later
                    )
                };
                let diagnostic = out
                    .at(Spot::new(entry.id, place.pointer()), message)
                    .related(
                        message!("`{earlier}` is here", earlier),
                        Spot::new(entry.id, earlier_place.pointer()),
                    );
                out.push(diagnostic);
            }
        }
    }
}
