use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::rules::y4000_series::{and_list, describe, quoted};
use crate::tables::tables;

declare_rule! {
    /// ## What it checks
    /// A Recommendation of Tables 8 and 9 with a number in Y.4000–Y.4999 whose title speaks of
    /// the subject of one or more other sub-series of the Y-series table, and not of the
    /// sub-series its number falls in.
    ///
    /// ## Why it matters
    /// The Y-series table groups the Y.4000-series by subject (requirements and use cases,
    /// frameworks and architectures, services and data processing, …), so that a reader finds
    /// a Recommendation by what it is about. A number chosen in another sub-series than the
    /// title suggests is allowed but worth a look when numbers are assigned: once approved, a
    /// number does not change. The subject is guessed from the title with keywords that are
    /// wtsa's own curation (see `tables/y4000-subseries.yaml`), not ITU's, so the finding is
    /// informational. A sub-series without keywords (General) is never held against a title,
    /// and a title that matches no keyword says nothing.
    ///
    /// ## Provision
    /// The ITU-T Y-series table of sub-series, as printed in ITU-T Y.4500.15 (03/2018):
    /// Y.4000–Y.4999, Internet of things and smart cities and communities.
    ///
    /// ## Example
    /// Fires: `Y.4601` "Requirements and capability framework of a digital twin for smart
    /// firefighting", in Services, applications, computation and data processing
    /// (Y.4550–Y.4699), while its title speaks of requirements and a framework.
    /// Quiet: `Y.4602` "Data processing and management framework for IoT and smart cities and
    /// communities" (its title speaks of data processing, among others).
    pub struct SubSeriesTitle {
        code: "YS001",
        name: "sub-series-title",
        family: Family::Y4000Series,
        severity: Severity::Info,
        citation: citations::Y_SERIES_TABLE,
        periods: Periods::All,
    }
}

impl Rule for SubSeriesTitle {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Ok(tables) = tables() else {
            return;
        };
        let table = &tables.y4000;
        for record in view.recommendations() {
            let Some((number, own)) = table.sub_series_of_designation(record.designation) else {
                continue;
            };
            if own.keywords.is_empty() {
                continue;
            }
            let subjects = table.subjects_of(record.title);
            if subjects.is_empty() || subjects.iter().any(|(s, _)| *s == own) {
                continue;
            }
            let spoken: Vec<String> = subjects
                .iter()
                .map(|(s, words)| format!("{} ({})", describe(table, s), quoted(words)))
                .collect();
            // The sub-series a title speaks of, each with the words that say so, joined with
            // "and": one phrase, as a list argument joins with commas only.
            let subjects = and_list(&spoken);
            let (sub_series, range) = (&own.heading, table.range_of(own));
            let message = if record.designation.is_double() {
                message!(
                    "{number} (of {designation}) is in '{sub_series}' ({range}) but its title speaks of {subjects}, not of its own sub-series; the Y-series table groups the Y.4000-series by subject",
                    number,
                    designation = record.designation,
                    sub_series,
                    range,
                    subjects,
                )
            } else {
                message!(
                    "{number} is in '{sub_series}' ({range}) but its title speaks of {subjects}, not of its own sub-series; the Y-series table groups the Y.4000-series by subject",
                    number,
                    sub_series,
                    range,
                    subjects,
                )
            };
            let spot = record.spot();
            let title_pointer = spot.pointer.sibling("title");
            let diagnostic = out
                .at(spot.clone(), message)
                .related(
                    message!(
                        "the title of {designation}: \"{title}\"",
                        designation = record.designation,
                        title = record.title,
                    ),
                    Spot::new(spot.document, title_pointer),
                )
                .fix("when numbering similar drafts, choose the sub-series the subject belongs to; an approved number stays");
            out.push(diagnostic);
        }
    }
}
