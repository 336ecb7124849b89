use crate::context::PeriodView;
use crate::diagnostic::Sink;
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::{compare_titles, describe_difference, title_pairs, TitleComparison};

declare_rule! {
    /// ## What it checks
    /// The title Table 8 gives an approved Recommendation, or Table 12 a Supplement, against
    /// the title of the edition the ITU-T publication catalogue holds for that approval, when
    /// they differ in wording: not only in the report's abbreviations (IoT, ICT, AI, SC&C …),
    /// case, hyphens or punctuation, which CT004 reports as information.
    ///
    /// ## Why it matters
    /// A publication has one title, the published one. A table that gives another (a singular
    /// for a plural, a reworded phrase: often the draft's title) makes the report cite a text
    /// that does not exist, and a search for it miss the publication.
    ///
    /// ## Provision
    /// The ITU-T publication catalogue: the title of the published edition.
    ///
    /// ## Example
    /// Fires: Table 8 titles `Y.4226` "… for disaster monitoring system"; ITU-T published
    /// "… for disaster monitoring systems".
    /// Quiet: `Y.4504` "Service framework of prediction for intelligent IoT", published as
    /// "… for intelligent Internet of things" (CT004's information).
    pub struct TitleDiffersFromPublished {
        code: "CT003",
        name: "title-differs-from-published",
        family: Family::PublicationCatalogue,
        severity: Severity::Warning,
        citation: citations::PUBLISHED_RECORD,
        periods: Periods::All,
    }
}

impl Rule for TitleDiffersFromPublished {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(catalogue) = view.catalogue else {
            return;
        };
        for pair in title_pairs(view, catalogue.value) {
            if compare_titles(pair.title, pair.published_title) != TitleComparison::Different {
                continue;
            }
            // The runs of words that differ, as one phrase (`“a” where the catalogue has “b”;
            // …`): a list argument joins with commas, the phrase with semicolons.
            let differences = describe_difference(pair.title, pair.published_title);
            let message = if differences.is_empty() {
                message!(
                    "{designation}'s title in {source} \u{201c}{title}\u{201d} differs from the published title of {publication} \u{201c}{published_title}\u{201d}",
                    designation = pair.designation,
                    source = pair.source,
                    title = pair.title,
                    publication = pair.published.id,
                    published_title = pair.published_title,
                )
            } else {
                message!(
                    "{designation}'s title in {source} \u{201c}{title}\u{201d} differs from the published title of {publication} \u{201c}{published_title}\u{201d} ({differences})",
                    designation = pair.designation,
                    source = pair.source,
                    title = pair.title,
                    publication = pair.published.id,
                    published_title = pair.published_title,
                    differences,
                )
            };
            let diagnostic = out.at(pair.spot, message).fix("give the published title");
            out.push(diagnostic);
        }
    }
}
