use crate::context::{Context, Doc};
use crate::diagnostic::{Sink, Spot};
use crate::hash::HashMap;
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use wtsa_model::{AnnexCEntry, Resolution2Entry};

use super::{annex_c_entries, overlapping_pairs, EntryPlace};

/// Entries of two study groups' Annex C lists that overlap: (place in `a`, place in `b`,
/// entry of `a`, entry of `b`), in the order of `a`'s entries then `b`'s. The two lists are
/// swept together ([`overlapping_pairs`]), not compared entry by entry.
pub(crate) fn overlaps_between<'e>(
    a: &'e Resolution2Entry,
    b: &'e Resolution2Entry,
) -> Vec<(EntryPlace, EntryPlace, &'e AnnexCEntry, &'e AnnexCEntry)> {
    let left: Vec<(EntryPlace, &AnnexCEntry)> = annex_c_entries(a).collect();
    let right: Vec<(EntryPlace, &AnnexCEntry)> = annex_c_entries(b).collect();
    let all: Vec<&AnnexCEntry> = left.iter().chain(&right).map(|(_, e)| *e).collect();
    let mut found: Vec<(usize, usize)> = overlapping_pairs(&all)
        .into_iter()
        .filter(|(i, j)| *i < left.len() && *j >= left.len())
        .map(|(i, j)| (i, j - left.len()))
        .collect();
    found.sort_unstable();
    found
        .into_iter()
        .filter_map(|(i, j)| {
            let (&(pa, ea), &(pb, eb)) = (left.get(i)?, right.get(j)?);
            Some((pa, pb, ea, eb))
        })
        .collect()
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

/// An Annex C entry with the position of its document, its ordinal, and its place.
type Item<'e> = (usize, usize, EntryPlace, &'e AnnexCEntry);

impl Rule for AnnexCOverlapAcrossStudyGroups {
    fn check_corpus(&self, context: &Context<'_>, out: &mut Sink<'_>) {
        let entries: &[Doc<'_, Resolution2Entry>] = &context.resolution2;
        // Entries are compared within one edition and status: every entry of those documents,
        // with the document's position, the entry's ordinal and its line and place in the line
        // (its pointer, written only for a finding).
        let mut editions: HashMap<_, Vec<Item<'_>>> = HashMap::default();
        for (position, document) in entries.iter().enumerate() {
            let items = editions
                .entry((document.edition, document.status))
                .or_default();
            for (ordinal, (place, entry)) in annex_c_entries(document.value).enumerate() {
                items.push((position, ordinal, place, entry));
            }
        }
        let mut found = Vec::new();
        for items in editions.values() {
            let list: Vec<&AnnexCEntry> = items.iter().map(|(_, _, _, e)| *e).collect();
            for (a, b) in overlapping_pairs(&list) {
                let (Some(x), Some(y)) = (items.get(a), items.get(b)) else {
                    continue;
                };
                let (later, earlier) = if x.0 > y.0 { (x, y) } else { (y, x) };
                let (Some(later_doc), Some(earlier_doc)) =
                    (entries.get(later.0), entries.get(earlier.0))
                else {
                    continue;
                };
                if later.0 == earlier.0 || later_doc.study_group == earlier_doc.study_group {
                    continue;
                }
                found.push((later.0, earlier.0, later.1, earlier.1, later, earlier));
            }
        }
        // In the order of a comparison of every pair of documents, entry by entry.
        found.sort_by_key(|(j, i, p, q, _, _)| (*j, *i, *p, *q));
        for (_, _, _, _, later, earlier) in found {
            let (Some(later_doc), Some(earlier_doc)) =
                (entries.get(later.0), entries.get(earlier.0))
            else {
                continue;
            };
            let diagnostic = out
                .at(
                    Spot::new(later_doc.id, later.2.pointer()),
                    message!(
                        "{study_group}'s Annex C entry `{entry}` overlaps {other_study_group}'s `{other_entry}` ({edition})",
                        study_group = later_doc.study_group,
                        entry = later.3,
                        other_study_group = earlier_doc.study_group,
                        other_entry = earlier.3,
                        edition = later_doc.edition,
                    ),
                )
                .related(
                    message!(
                        "{other_study_group}'s entry",
                        other_study_group = earlier_doc.study_group
                    ),
                    Spot::new(earlier_doc.id, earlier.2.pointer()),
                );
            out.push(diagnostic);
        }
    }
}
