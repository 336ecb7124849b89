use crate::context::PeriodView;
use crate::diagnostic::Sink;
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::{compare_titles, title_pairs, TitleComparison};

declare_rule! {
    /// ## What it checks
    /// The title Table 8 gives an approved Recommendation, or Table 12 a Supplement, when it
    /// differs from the published title only in the report's own abbreviations (IoT, ICT, AI,
    /// SC&C …, and a catalogue's "Internet of things (IoT)" read as its words), case, hyphens
    /// or punctuation. Other differences are CT003's.
    ///
    /// ## Why it matters
    /// Nothing is wrong with the wording, but the table does not quote the published title:
    /// a reader copying it cites a title ITU-T never published. Information, for an editor who
    /// wants the tables to quote titles exactly.
    ///
    /// ## Provision
    /// The ITU-T publication catalogue: the title of the published edition.
    ///
    /// ## Example
    /// Fires: Table 8 titles `Y.4504` "… for intelligent IoT"; ITU-T published "… for
    /// intelligent Internet of things".
    /// Quiet: `Y.4052`, whose Table 8 title is the published one word for word.
    pub struct TitleAbbreviated {
        code: "CT004",
        name: "title-abbreviated",
        family: Family::PublicationCatalogue,
        severity: Severity::Info,
        citation: citations::PUBLISHED_RECORD,
        periods: Periods::All,
    }
}

impl Rule for TitleAbbreviated {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(catalogue) = view.catalogue else {
            return;
        };
        for pair in title_pairs(view, catalogue.value) {
            if compare_titles(pair.title, pair.published_title) != TitleComparison::Abbreviated {
                continue;
            }
            let diagnostic = out
                .at(
                    pair.spot,
                    message!(
                        "{designation}'s title in {source} \u{201c}{title}\u{201d} is the published title of {publication} \u{201c}{published_title}\u{201d} written with the report's abbreviations, case or punctuation",
                        designation = pair.designation,
                        source = pair.source,
                        title = pair.title,
                        publication = pair.published.id,
                        published_title = pair.published_title,
                    ),
                )
                .fix("quote the published title as ITU-T gives it");
            out.push(diagnostic);
        }
    }
}
