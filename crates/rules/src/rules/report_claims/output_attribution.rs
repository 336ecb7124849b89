use crate::hash::HashMap;

use wtsa_model::QuestionId;

use crate::context::PeriodView;
use crate::diagnostic::{Diagnostic, Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::{output_tables, OutputKind, OutputLabel};

declare_rule! {
    /// ## What it checks
    /// That §3.2 and the tables of Annex 1 account for the same outputs:
    /// every approved Recommendation (Table 8), Supplement (Table 12), Technical Paper
    /// (Table 13) and Technical Report (Table 14) is listed under exactly one Question's
    /// summary; every output a summary lists is in Tables 8, 9, 12, 13 or 14 (Recommendations
    /// compared by primary number, Supplements by number, technical publications by id); and
    /// the Question an outputs record gives (`question:`, taken from the §3.2 lists, since
    /// Table 8 has no Question column), when it gives one, is the one
    /// whose summary lists it.
    ///
    /// ## Why it matters
    /// Each output is the work of one Question. An output no summary lists is missing from
    /// the Question's record of results; one listed under two Questions is counted twice in
    /// the summaries' totals; a listed output the tables do not have was either not agreed in
    /// the period or is missing from the tables, which are the formal record.
    ///
    /// ## Provision
    /// The study group's report to WTSA, §3.2 (Highlights of achievements) against Annex 1,
    /// Tables 8, 9 and 12–14.
    ///
    /// ## Example
    /// Fires: Table 8 lists `Y.4216` but no Question summary does; Q1/20 and Q4/20 both list
    /// `Y.4224`; Q2/20 lists `Y.4299`, which no table gives.
    /// Quiet: SG20's 51 approved Recommendations, six Supplements, one Technical Paper and
    /// five Technical Reports, each listed by one of Q1/20–Q7/20.
    pub struct OutputAttribution {
        code: "RC003",
        name: "output-attribution",
        family: Family::ReportClaims,
        severity: Severity::Error,
        citation: citations::report("§3.2"),
        periods: Periods::All,
    }
}

/// Where §3.2 lists an output: which Question, and the designation's place (its pointer is
/// written only for a finding).
struct Listing<'a> {
    question: &'a QuestionId,
    document: usize,
    question_row: usize,
    output_row: usize,
}

impl Listing<'_> {
    fn spot(&self) -> Spot {
        Spot::new(
            self.document,
            format!(
                "/questions/{}/outputs/{}/designation",
                self.question_row, self.output_row
            ),
        )
    }
}

/// `diagnostic` with each place §3.2 lists the output `label` names, as a related place.
fn with_listings<'l, 'q: 'l>(
    mut diagnostic: Diagnostic,
    listings: impl Iterator<Item = &'l Listing<'q>>,
    label: OutputLabel<'_>,
) -> Diagnostic {
    for listing in listings {
        diagnostic = diagnostic.related(
            message!(
                "{question} lists {output}",
                question = listing.question,
                output = label
            ),
            listing.spot(),
        );
    }
    diagnostic
}

impl Rule for OutputAttribution {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(claims), Some(outputs)) = (view.claims, view.outputs) else {
            return;
        };
        let Some(tables) = output_tables(view) else {
            return;
        };

        // Each output's listings by its first row in the tables, the first apart (most outputs
        // are listed once, so the others are kept in a map that is seldom used).
        let mut first_listing: Vec<Option<Listing<'_>>> = Vec::new();
        first_listing.resize_with(tables.rows.len(), || None);
        let mut more_listings: HashMap<usize, Vec<Listing<'_>>> = HashMap::default();
        for found in tables.listings(claims.value) {
            let (question, listed) = (found.question, found.output);
            let listing = Listing {
                question: &question.question,
                document: claims.id,
                question_row: found.question_row,
                output_row: found.output_row,
            };
            let Some(row) = found.first_row else {
                let kind = OutputKind::of(&listed.designation);
                let (section, of_the_tables) = match kind {
                    OutputKind::Recommendation => {
                        ("/approved", "the Recommendations of the tables")
                    }
                    OutputKind::Supplement => ("/supplements", "the Supplements of the tables"),
                    OutputKind::TechnicalPaper => {
                        ("/technical_papers", "the Technical Papers of the tables")
                    }
                    OutputKind::TechnicalReport => {
                        ("/technical_reports", "the Technical Reports of the tables")
                    }
                };
                let diagnostic = out
                    .at(
                        listing.spot(),
                        message!(
                            "{question} ({source}) lists {output}, which {tables} of Annex 1 do not give; every output a Question summary lists must be in the tables of what the study group agreed",
                            question = question.question,
                            source = question.source,
                            output = listed.designation,
                            tables = kind.tables(),
                        ),
                    )
                    .related(of_the_tables, Spot::new(outputs.id, section))
                    .fix("add the output to its table, or correct or remove it in the summary");
                out.push(diagnostic);
                continue;
            };
            match first_listing.get_mut(row) {
                Some(slot @ None) => *slot = Some(listing),
                Some(Some(_)) => more_listings.entry(row).or_default().push(listing),
                None => {}
            }
        }

        if claims.questions.is_empty() {
            // No Question summary is encoded: nothing to attribute outputs to.
            return;
        }
        for (row, entry) in tables.rows.iter().enumerate() {
            if !entry.table.attributable() {
                continue;
            }
            let first_row = tables.first_of.get(row).copied().unwrap_or(row);
            let first = first_listing.get(first_row).and_then(Option::as_ref);
            let rest = more_listings.get(&first_row).map_or(&[][..], Vec::as_slice);
            let found = || first.into_iter().chain(rest);
            // One Question, the usual case, needs no list of the Questions.
            let one = first.filter(|first| rest.iter().all(|l| l.question == first.question));
            let single: [&QuestionId; 1];
            let several: Vec<&QuestionId>;
            let questions: &[&QuestionId] = match (one, first) {
                (Some(first), _) => {
                    single = [first.question];
                    &single
                }
                (None, None) => &[],
                (None, Some(_)) => {
                    let mut all: Vec<&QuestionId> = found().map(|l| l.question).collect();
                    all.sort();
                    all.dedup();
                    several = all;
                    &several
                }
            };
            // A row's label, title and places are read from its record only for a finding.
            let table = || tables.output(row);
            match questions {
                [] => {
                    let Some(table) = table() else {
                        continue;
                    };
                    let (output, table_name) = (&table.label, table.table);
                    let message = match table.question() {
                        None => message!(
                            "{output} ({table}) is not attributed to any Question: no summary of §3.2 lists it; every output the study group agreed must be listed under the Question that developed it",
                            output,
                            table = table_name,
                        ),
                        Some((recorded, _)) => message!(
                            "{output} ({table}) is not attributed to any Question: no summary of §3.2 lists it (the outputs record from {table} gives `question: {recorded}`); every output the study group agreed must be listed under the Question that developed it",
                            output,
                            table = table_name,
                            recorded,
                        ),
                    };
                    let mut diagnostic = out.at(table.spot(), message).related(
                        "the Question summaries of §3.2",
                        Spot::new(claims.id, "/questions"),
                    );
                    if let Some((q, spot)) = table.question() {
                        diagnostic = diagnostic.related(
                            message!(
                                "{table} records {question}",
                                table = table.table,
                                question = q
                            ),
                            spot.clone(),
                        );
                    }
                    out.push(diagnostic.fix(format!(
                        "list {} in the summary of the Question that developed it",
                        table.label
                    )));
                }
                [only] => {
                    if entry
                        .recorded_question
                        .is_none_or(|recorded| recorded == **only)
                    {
                        continue;
                    }
                    let Some(table) = table() else {
                        continue;
                    };
                    let Some((recorded, spot)) = table.question() else {
                        continue;
                    };
                    let diagnostic = out.at(
                        spot.clone(),
                        message!(
                            "{table} records {output} under {recorded} but §3.2 lists it under {listed}; the Question responsible for an output is one fact, stated once",
                            table = table.table,
                            output = table.label,
                            recorded,
                            listed = only,
                        ),
                    );
                    out.push(with_listings(diagnostic, found(), table.label));
                }
                several => {
                    // Two Questions or more: all but the last, then the last, as prose joins them.
                    let (Some((last, questions)), Some(table)) = (several.split_last(), table())
                    else {
                        continue;
                    };
                    let diagnostic = out.at(
                        table.spot(),
                        message!(
                            "{output} ({table}) is attributed to {questions} and {last} in §3.2; each output must be listed under exactly one Question",
                            output = table.label,
                            table = table.table,
                            questions,
                            last,
                        ),
                    );
                    let mut diagnostic = with_listings(diagnostic, found(), table.label);
                    if let Some((recorded, spot)) = table.question() {
                        diagnostic = diagnostic.related(
                            message!(
                                "{table} records {question}",
                                table = table.table,
                                question = recorded
                            ),
                            spot.clone(),
                        );
                    }
                    out.push(diagnostic);
                }
            }
        }
    }
}
