use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A Supplement that a group's section of §3.3 says the group's work became ("The
    /// JCA-IoT and SC&C Roadmap was converted into ITU-T Y-series Supplement 58"): it must
    /// exist, either agreed in the period (Table 12) or published (the ITU-T publication
    /// catalogue has an edition of it). Without a catalogue in the dataset only Table 12 can
    /// be asked, and a Supplement of an earlier period is not reported.
    ///
    /// ## Why it matters
    /// The report sends the reader to the Supplement for the group's work. A Supplement that
    /// neither the report's tables nor ITU-T's catalogue know is a wrong number — a reader
    /// who looks it up finds another publication or none.
    ///
    /// ## Provision
    /// Study group report to WTSA, §3.3 and Table 12, against the ITU-T publication catalogue;
    /// plain logic: a publication named exists.
    ///
    /// ## Example
    /// Fires: §3.3.2 saying the Roadmap became `Y Suppl. 580`, which ITU-T never published.
    /// Quiet: SG20 2022–2024: `Y Suppl. 58`, agreed in the previous period (not in Table 12)
    /// and published in 12/2019, 05/2021 and 09/2025.
    pub struct ConversionNotPublished {
        code: "CT010",
        name: "conversion-not-published",
        family: Family::PublicationCatalogue,
        severity: Severity::Warning,
        citation: citations::PUBLISHED_RECORD,
        periods: Periods::All,
    }
}

impl Rule for ConversionNotPublished {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(claims), Some(catalogue)) = (view.claims, view.catalogue) else {
            return;
        };
        for (s, section) in claims.value.group_sections.iter().enumerate() {
            for (c, conversion) in section.conversions.iter().enumerate() {
                let in_table_12 = view.outputs.is_some_and(|outputs| {
                    outputs
                        .value
                        .supplements
                        .iter()
                        .any(|supplement| supplement.number == conversion.into)
                });
                if in_table_12
                    || catalogue
                        .value
                        .supplement_editions(&conversion.into)
                        .next()
                        .is_some()
                {
                    continue;
                }
                out.emit(
                    Spot::new(
                        claims.id,
                        crate::pointer!("group_sections", s, "conversions", c, "into"),
                    ),
                    message!(
                        "{source} says {what} became `{into}`, but neither Table 12 lists it nor has the ITU-T catalogue published it: a Supplement named is one that exists",
                        source = section.source,
                        what = conversion.what,
                        into = conversion.into,
                    ),
                );
            }
        }
    }
}
