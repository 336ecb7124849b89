use crate::context::{Context, Doc};
use crate::diagnostic::{Sink, Spot};
use crate::rule::{declare_rule, Family, Periods, Rule, RuleMeta, Severity};
use crate::rules::citations;
use wtsa_model::Resolution2Entry;

/// Entries of two study groups' Annex C lists that overlap: (pointer in `a`, pointer in `b`,
/// entry of `a`, entry of `b`).
pub(crate) fn overlaps_between(
    a: &Resolution2Entry,
    b: &Resolution2Entry,
) -> Vec<(String, String, String, String)> {
    let pointed = |entry: &Resolution2Entry| -> Vec<(String, wtsa_model::AnnexCEntry)> {
        entry
            .annex_c
            .lines
            .iter()
            .enumerate()
            .flat_map(|(l, line)| {
                line.iter().enumerate().filter_map(move |(k, item)| {
                    item.entry()
                        .map(|e| (format!("/annex_c/lines/{l}/{k}"), e.clone()))
                })
            })
            .collect()
    };
    let (left, right) = (pointed(a), pointed(b));
    let mut found = Vec::new();
    for (pa, ea) in &left {
        for (pb, eb) in &right {
            if ea.overlaps(eb) {
                found.push((pa.clone(), pb.clone(), ea.to_string(), eb.to_string()));
            }
        }
    }
    found
}

declare_rule! {
    /// ## What it checks
    /// An entry of one study group's Annex C that overlaps an entry of another study group's
    /// Annex C of the same WTSA edition and status (both in force, or both proposed).
    ///
    /// ## Why it matters
    /// A Recommendation under two study groups' responsibility has two owners: neither can
    /// revise it without the other, and the Annex C lists contradict each other.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex C.
    ///
    /// ## Example
    /// Fires: SG13's Annex C lists `Y.2060 – Y.2070` while SG20's does too.
    /// Quiet: SG13 lists `Y.2000 – Y.2059` and SG20 `Y.2060 – Y.2070`.
    pub struct AnnexCOverlapAcrossStudyGroups {
        code: "AC006",
        name: "annex-c-overlap-across-study-groups",
        family: Family::AnnexC,
        severity: Severity::Error,
        citation: citations::RES2_ANNEX_C,
        periods: Periods::All,
    }
}

impl Rule for AnnexCOverlapAcrossStudyGroups {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check_corpus(&self, context: &Context<'_>, out: &mut Sink<'_>) {
        let entries: &[Doc<'_, Resolution2Entry>] = &context.resolution2;
        for (j, later) in entries.iter().enumerate() {
            for earlier in entries.iter().take(j) {
                if earlier.study_group == later.study_group
                    || earlier.edition != later.edition
                    || earlier.status != later.status
                {
                    continue;
                }
                for (p_later, p_earlier, e_later, e_earlier) in overlaps_between(later, earlier) {
                    let diagnostic = out
                        .at(
                            Spot::new(later.id, p_later),
                            format!(
                                "{}'s Annex C entry `{e_later}` overlaps {}'s `{e_earlier}` ({})",
                                later.study_group, earlier.study_group, later.edition
                            ),
                        )
                        .related(
                            format!("{}'s entry", earlier.study_group),
                            Spot::new(earlier.id, p_earlier),
                        );
                    out.push(diagnostic);
                }
            }
        }
    }
}
