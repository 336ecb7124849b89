use crate::hash::HashMap;

use wtsa_model::QuestionId;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::rules::y4000_series::{and_list, describe, quoted};
use crate::tables::tables;

declare_rule! {
    /// ## What it checks
    /// An approved Recommendation (Table 8) whose responsible Question has a title that speaks
    /// of a subject with its own sub-series — terminology and definitions (Y.4050–Y.4099),
    /// identification and security (Y.4800–Y.4899), evaluation and assessment (Y.4900–Y.4999)
    /// — while the Recommendation's Y.4000-series number is in none of those sub-series.
    ///
    /// ## Why it matters
    /// Questions on terminology, on security and identification, and on evaluation and
    /// assessment are specialised by subject, and the Y-series table has a sub-series for each
    /// of those subjects. A Recommendation of such a Question numbered elsewhere is found by
    /// readers looking in the wrong place. Which sub-series are "signalled" by a Question's
    /// title, and by which keywords, is wtsa's own curation (see `tables/y4000-subseries.yaml`),
    /// not ITU's, so the finding is informational.
    ///
    /// ## Provision
    /// The ITU-T Y-series table of sub-series, as printed in ITU-T Y.4500.15 (03/2018):
    /// Y.4000–Y.4999, Internet of things and smart cities and communities.
    ///
    /// ## Example
    /// Fires: `Y.4500.3` "oneM2M – Security solutions", of Q6/20 (Security, privacy, trust and
    /// identification for IoT and SC&C), numbered in Frameworks, architectures and protocols.
    /// Quiet: `Y.4909`, of Q7/20 (Evaluation and assessment …), in Evaluation and assessment.
    pub struct SubSeriesQuestion {
        code: "YS002",
        name: "sub-series-question",
        family: Family::Y4000Series,
        severity: Severity::Info,
        citation: citations::Y_SERIES_TABLE,
        periods: Periods::All,
    }
}

impl Rule for SubSeriesQuestion {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Ok(tables), Some(outputs), Some(organisation)) =
            (tables(), view.outputs, view.organisation)
        else {
            return;
        };
        let table = &tables.y4000;
        // Each Question's title and place, the first row of Tables 5 and 6 winning, then
        // Table 7's.
        // Each Question's title, where it is, and (once a Recommendation asks) the subjects
        // its title signals: a Question has many Recommendations, and its title is read once.
        type Signalled<'t> = Vec<(&'t crate::tables::SubSeries, Vec<String>)>;
        let mut titles: HashMap<QuestionId, (&str, &'static str, usize, Option<Signalled>)> =
            HashMap::default();
        let current = organisation
            .questions
            .iter()
            .enumerate()
            .map(|(k, q)| (q.id, q.title.as_str(), "questions", k));
        let deleted = organisation
            .questions_deleted
            .iter()
            .enumerate()
            .map(|(k, q)| (q.id, q.title.as_str(), "questions_deleted", k));
        for (id, title, list, k) in current.chain(deleted) {
            titles.entry(id).or_insert((title, list, k, None));
        }
        for (i, recommendation) in outputs.approved.iter().enumerate() {
            let Some(question) = recommendation.question else {
                continue;
            };
            let Some((number, own)) = table.sub_series_of_designation(&recommendation.number)
            else {
                continue;
            };
            let Some((question_title, list, k, signalled)) = titles.get_mut(&question) else {
                continue;
            };
            let (question_title, list, k) = (*question_title, *list, *k);
            let signalled = signalled.get_or_insert_with(|| {
                table
                    .subjects_of(question_title)
                    .into_iter()
                    .filter(|(s, _)| s.question_signal)
                    .collect()
            });
            if signalled.is_empty() || signalled.iter().any(|(s, _)| *s == own) {
                continue;
            }
            let question_pointer = crate::pointer!(list, k, "title");
            let subjects: Vec<String> = signalled
                .iter()
                .map(|(s, words)| format!("{} ({})", describe(table, s), quoted(words)))
                .collect();
            let diagnostic = out
                .at(
                    Spot::new(outputs.id, format!("/approved/{i}/question")),
                    message!(
                        "{number} is in '{sub_series}' ({range}) but its Question, {question} \"{question_title}\", studies {subjects}, which has its own sub-series",
                        number,
                        sub_series = own.heading,
                        range = table.range_of(own),
                        question,
                        question_title,
                        // One phrase: the sub-series and their words, joined with "and".
                        subjects = and_list(&subjects),
                    ),
                )
                .related(
                    message!("the title of {question}", question),
                    Spot::new(organisation.id, question_pointer),
                )
                .related(
                    message!(
                        "the number of {designation}",
                        designation = recommendation.number
                    ),
                    Spot::new(outputs.id, format!("/approved/{i}/number")),
                );
            out.push(diagnostic);
        }
    }
}
