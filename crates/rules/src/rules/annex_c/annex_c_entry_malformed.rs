use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// An Annex C entry, in force or proposed, that is not a Recommendation number, an
    /// inclusive range within one series, or a series block.
    ///
    /// ## Why it matters
    /// Annex C is the list that decides which study group owns a Recommendation. An entry
    /// that cannot be read (a range across two series, a range that ends before it starts, a
    /// mistyped number) assigns nothing, and every check that relies on Annex C silently
    /// loses it.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex C.
    ///
    /// ## Example
    /// Fires: `F.748.5 – F.748.0` (the range ends before it starts), `F.744 – Y.2070` (two
    /// series).
    /// Quiet: `F.748.0 – F.748.5`, `Y.4000-series`, `Q.3052`.
    pub struct AnnexCEntryMalformed {
        code: "AC001",
        name: "annex-c-entry-malformed",
        family: Family::AnnexC,
        severity: Severity::Error,
        citation: citations::RES2_ANNEX_C,
        periods: Periods::All,
    }
}

impl Rule for AnnexCEntryMalformed {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        for entry in view.in_force.iter().chain(&view.proposals) {
            for (l, line) in entry.annex_c.lines.iter().enumerate() {
                for (k, item) in line.iter().enumerate() {
                    if let Some(error) = item.error() {
                        out.emit(
                            Spot::new(entry.id, format!("/annex_c/lines/{l}/{k}")),
                            message!(
                                "Annex C entry `{text}` of {study_group} {edition} is not valid: {error}",
                                text = item.text(),
                                study_group = entry.study_group,
                                edition = entry.edition,
                                error = error.to_string(),
                            ),
                        );
                    }
                }
            }
        }
    }
}
