use crate::hash::HashMap;

use wtsa_model::QuestionId;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::message::{Arg, ToArg};
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// Each Question of Tables 5 and 6 is listed under exactly one Working Party in Table 3,
    /// once, and that Working Party is the one the Question's own row names.
    ///
    /// ## Why it matters
    /// Table 3 ("Questions to be studied" by each Working Party) and Tables 5 and 6 (each
    /// Question with its Working Party) record one allocation of work twice. A Question that no
    /// Working Party lists, that two list, or that Table 3 places under another Working Party
    /// than its own row leaves the reader unable to tell which Working Party's meetings
    /// handle its texts.
    ///
    /// ## Provision
    /// Study group report to WTSA, §2.1.2 and Tables 3, 5 and 6 (each Question is assigned to
    /// one Working Party).
    ///
    /// ## Example
    /// Fires: Table 5 gives Q4/20 to WP1/20 while Table 3 lists it under WP2/20; Q7/20 listed
    /// under both WP1/20 and WP2/20; Q3/20 listed under none.
    /// Quiet: SG20 2022–2024, where WP1/20 lists Q1/20–Q4/20 and WP2/20 lists Q5/20–Q7/20, as
    /// Table 5 does.
    pub struct QuestionWorkingParty {
        code: "OR001",
        name: "question-working-party",
        family: Family::Organisation,
        severity: Severity::Error,
        citation: citations::report("§2.1.2, Tables 3, 5 and 6"),
        periods: Periods::All,
    }
}

impl Rule for QuestionWorkingParty {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(organisation) = view.organisation else {
            return;
        };
        let parties = &organisation.value.working_parties;
        // Every place Table 3 lists each Question: (Working Party index, entry index).
        let mut listed: HashMap<QuestionId, Vec<(usize, usize)>> = HashMap::default();
        for (w, party) in parties.iter().enumerate() {
            for (k, id) in party.questions.iter().enumerate() {
                listed.entry(*id).or_default().push((w, k));
            }
        }
        for (q, question) in organisation.value.questions.iter().enumerate() {
            let own_spot = Spot::new(organisation.id, format!("/questions/{q}/working_party"));
            let listings: Vec<(usize, usize)> =
                listed.get(&question.id).cloned().unwrap_or_default();
            let mut listing_parties: Vec<usize> = listings.iter().map(|(w, _)| *w).collect();
            listing_parties.dedup();
            let entry_spot = |w: usize, k: usize| {
                Spot::new(
                    organisation.id,
                    format!("/working_parties/{w}/questions/{k}"),
                )
            };
            // The listing Working Party's designation and the table that lists it.
            let party_name = |w: usize| {
                parties
                    .get(w)
                    .map_or_else(|| "".to_arg(), |party| party.id.to_arg())
            };
            let party_source = |w: usize| {
                parties
                    .get(w)
                    .map_or_else(|| "Table 3".to_arg(), |party| party.source.to_arg())
            };
            match listing_parties.as_slice() {
                [] => {
                    let mut diagnostic = out
                        .at(
                            own_spot,
                            message!(
                                "{question} is given to {working_party} in {source}, but no Working Party in Table 3 lists it among its Questions; each Question is studied by exactly one Working Party",
                                question = question.id,
                                working_party = question.working_party,
                                source = question.source
                            ),
                        )
                        .fix(format!(
                            "add {} to {}'s Questions in Table 3, or correct the Question's Working Party",
                            question.id, question.working_party
                        ));
                    if let Some(w) = parties
                        .iter()
                        .position(|party| party.id == question.working_party)
                    {
                        diagnostic = diagnostic.related(
                            message!(
                                "{working_party}'s Questions in {listing_source}",
                                working_party = party_name(w),
                                listing_source = party_source(w)
                            ),
                            Spot::new(organisation.id, format!("/working_parties/{w}/questions")),
                        );
                    }
                    out.push(diagnostic);
                }
                [w] => {
                    let w = *w;
                    let name = party_name(w);
                    if parties.get(w).map(|party| party.id) != Some(question.working_party) {
                        let mut diagnostic = out.at(
                            own_spot,
                            message!(
                                "{listing_source} lists {question} under {listed_under}, but {source} gives it to {working_party}; the two tables must assign the Question to the same Working Party",
                                listing_source = party_source(w),
                                question = question.id,
                                listed_under = name,
                                source = question.source,
                                working_party = question.working_party
                            ),
                        );
                        for (lw, k) in &listings {
                            diagnostic = diagnostic.related(
                                message!(
                                    "{listing_source} lists {question} under {listed_under}",
                                    listing_source = party_source(*lw),
                                    question = question.id,
                                    listed_under = name
                                ),
                                entry_spot(*lw, *k),
                            );
                        }
                        out.push(diagnostic.fix(format!(
                            "make Table 3 and {} name the same Working Party for {}",
                            question.source, question.id
                        )));
                    }
                    // The same Question twice in one Working Party's list.
                    if let [(first_w, first_k), rest @ ..] = listings.as_slice() {
                        for (lw, k) in rest {
                            let diagnostic = out
                                .at(
                                    entry_spot(*lw, *k),
                                    message!(
                                        "{listing_source} lists {question} twice among {working_party}'s Questions",
                                        listing_source = party_source(*lw),
                                        question = question.id,
                                        working_party = name
                                    ),
                                )
                                .related("first listed here", entry_spot(*first_w, *first_k))
                                .fix(format!("remove the repeated {}", question.id));
                            out.push(diagnostic);
                        }
                    }
                }
                several => {
                    let names: Vec<Arg> = several.iter().map(|w| party_name(*w)).collect();
                    let mut diagnostic = out.at(
                        own_spot,
                        message!(
                            "Table 3 lists {question} under {count} Working Parties ({listed_under}), but a Question is studied by exactly one; {source} gives it to {working_party}",
                            question = question.id,
                            count = several.len(),
                            listed_under = names,
                            source = question.source,
                            working_party = question.working_party
                        ),
                    );
                    for (w, k) in &listings {
                        diagnostic = diagnostic.related(
                            message!(
                                "{listing_source} lists {question} under {listed_under}",
                                listing_source = party_source(*w),
                                question = question.id,
                                listed_under = party_name(*w)
                            ),
                            entry_spot(*w, *k),
                        );
                    }
                    out.push(diagnostic.fix(format!(
                        "keep {} only under {} in Table 3",
                        question.id, question.working_party
                    )));
                }
            }
        }
    }
}
