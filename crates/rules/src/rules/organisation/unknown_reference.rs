use crate::hash::HashSet;

use wtsa_model::{GroupAcronym, QuestionId};

use super::officers;
use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::message::Message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// Every reference in a period's data resolves:
    /// - every officer (the study group's chair and vice-chairs, Working Party officers,
    ///   Rapporteurs, the chairs and vice-chairs of other groups) names a person of the people
    ///   document, and every `same_as` link of a person record names another recorded person;
    /// - every Question named by Table 3, by a Rapporteur-group meeting of Table 2, by a §3.2
    ///   summary or by a Recommendation of Table 8 is one of the study group's Questions
    ///   (Tables 5–7);
    /// - every Question's Working Party is one of Table 3;
    /// - every group whose meetings §3.3 lists or counts is in Table 4 or among the groups
    ///   §2.1.3 enumerates.
    ///
    /// Checks on people are skipped when the period has no people document, checks on
    /// Questions, Working Parties and groups when it has no organisation document. A
    /// Rapporteur-group meeting may be joint with another study group's Questions: only the
    /// study group's own Questions are checked there. A Question deleted during the period
    /// (Table 7) still resolves.
    ///
    /// ## Why it matters
    /// A reference that resolves to nothing is a typing error in the data or a row the report
    /// forgot: either way every rule that follows the reference silently skips it, and the
    /// report's tables disagree with each other.
    ///
    /// ## Provision
    /// Study group report to WTSA, §§1.2, 2 and 3 and Tables 2–8 (one organisation, referred
    /// to throughout).
    ///
    /// ## Example
    /// Fires: WP1/20 listing Q9/20 when SG20 has Questions 1 to 7; a Rapporteur `jon-doe` with
    /// no such person; a meeting of `SG20RG-XX`.
    /// Quiet: SG20 2022–2024, where the JCA-IoT and SC&C meetings resolve to the group §2.1.3
    /// enumerates.
    pub struct UnknownReference {
        code: "OR003",
        name: "unknown-reference",
        family: Family::Organisation,
        severity: Severity::Error,
        citation: citations::report("§§1.2, 2 and 3, Tables 2–8"),
        periods: Periods::All,
    }
}

impl Rule for UnknownReference {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        check_people(view, out);
        check_questions(view, out);
        check_groups(view, out);
    }
}

fn check_people(view: &PeriodView<'_>, out: &mut Sink<'_>) {
    let Some(people) = view.people else {
        return;
    };
    let known: HashSet<_> = people.value.people.iter().map(|p| &p.id).collect();
    for record in officers(view) {
        let person = &record.officer.person;
        if known.contains(person) {
            continue;
        }
        let spot = record.spot.field("person");
        let diagnostic = out
            .at(
                spot,
                message!(
                    "`{person}`, {office}, is not a person of the people document; every officer must name a recorded person",
                    person,
                    office = record.office()
                ),
            )
            .related("the people the report names", Spot::new(people.id, "/people"))
            .fix(format!("add `{person}` to the people document, or correct the key"));
        out.push(diagnostic);
    }
    for (i, person) in people.value.people.iter().enumerate() {
        let Some(link) = &person.same_as else {
            continue;
        };
        if link.person != person.id && known.contains(&link.person) {
            continue;
        }
        let diagnostic = out
            .at(
                Spot::new(people.id, crate::pointer!("people", i, "same_as", "person")),
                if link.person == person.id {
                    message!(
                        "{name} (`{person}`) is linked as another spelling of `{linked}`, which is the record itself; a link must name another recorded person",
                        name = person.name,
                        person = person.id,
                        linked = link.person
                    )
                } else {
                    message!(
                        "{name} (`{person}`) is linked as another spelling of `{linked}`, which is not a person of the people document; a link must name another recorded person",
                        name = person.name,
                        person = person.id,
                        linked = link.person
                    )
                },
            )
            .fix("correct the key the link names, or remove the link");
        out.push(diagnostic);
    }
}

fn check_questions(view: &PeriodView<'_>, out: &mut Sink<'_>) {
    let Some(organisation) = view.organisation else {
        return;
    };
    let known: HashSet<QuestionId> = organisation
        .value
        .questions
        .iter()
        .map(|q| q.id)
        .chain(organisation.value.questions_deleted.iter().map(|q| q.id))
        .collect();
    let questions_spot = Spot::new(organisation.id, "/questions");
    let study_group = view.study_group;
    // The message is made only for a finding: most references are known.
    let report = |out: &mut Sink<'_>, spot: Spot, id: QuestionId, message: &dyn Fn() -> Message| {
        if known.contains(&id) {
            return;
        }
        let diagnostic = out
            .at(spot, message())
            .related("the study group's Questions", questions_spot.clone())
            .fix(format!(
                "correct the Question number, or add {id} to the study group's Questions"
            ));
        out.push(diagnostic);
    };
    for (w, party) in organisation.value.working_parties.iter().enumerate() {
        for (k, id) in party.questions.iter().enumerate() {
            report(
                out,
                Spot::new(
                    organisation.id,
                    crate::pointer!("working_parties", w, "questions", k),
                ),
                *id,
                &|| {
                    message!(
                        "{source} lists {question} under {working_party}, which is not one of {study_group}'s Questions (Tables 5–7)",
                        source = party.source,
                        question = id,
                        working_party = party.id,
                        study_group,
                    )
                },
            );
        }
    }
    if let Some(meetings) = view.meetings {
        for (m, meeting) in meetings.value.rapporteur_meetings.iter().enumerate() {
            for (k, id) in meeting.questions.iter().enumerate() {
                // A joint meeting may also serve another study group's Questions.
                if id.study_group() != view.study_group {
                    continue;
                }
                report(
                    out,
                    Spot::new(
                        meetings.id,
                        crate::pointer!("rapporteur_meetings", m, "questions", k),
                    ),
                    *id,
                    &|| {
                        message!(
                            "the Rapporteur-group meeting of {dates} ({source}) is held under {question}, which is not one of {study_group}'s Questions (Tables 5–7)",
                            dates = meeting.dates,
                            source = meeting.source,
                            question = id,
                            study_group,
                        )
                    },
                );
            }
        }
    }
    if let Some(claims) = view.claims {
        for (c, claim) in claims.value.questions.iter().enumerate() {
            report(
                out,
                Spot::new(claims.id, crate::pointer!("questions", c, "question")),
                claim.question,
                &|| {
                    message!(
                        "{source} summarises the results of {question}, which is not one of {study_group}'s Questions (Tables 5–7)",
                        source = claim.source,
                        question = claim.question,
                        study_group,
                    )
                },
            );
        }
    }
    if let Some(outputs) = view.outputs {
        for (r, recommendation) in outputs.value.approved.iter().enumerate() {
            if let Some(id) = recommendation.question {
                report(
                    out,
                    Spot::new(outputs.id, crate::pointer!("approved", r, "question")),
                    id,
                    &|| {
                        message!(
                            "{number} ({source}) is attributed to {question}, which is not one of {study_group}'s Questions (Tables 5–7)",
                            number = recommendation.number,
                            source = recommendation.source,
                            question = id,
                            study_group,
                        )
                    },
                );
            }
        }
    }
    let parties: HashSet<_> = organisation
        .value
        .working_parties
        .iter()
        .map(|party| party.id)
        .collect();
    for (q, question) in organisation.value.questions.iter().enumerate() {
        if parties.contains(&question.working_party) {
            continue;
        }
        let diagnostic = out
            .at(
                Spot::new(
                    organisation.id,
                    crate::pointer!("questions", q, "working_party"),
                ),
                message!(
                    "{source} gives {question} to {working_party}, which is not one of the Working Parties of Table 3",
                    source = question.source,
                    question = question.id,
                    working_party = question.working_party
                ),
            )
            .related(
                "the Working Parties of Table 3",
                Spot::new(organisation.id, "/working_parties"),
            )
            .fix("correct the Working Party, or add it to Table 3");
        out.push(diagnostic);
    }
}

fn check_groups(view: &PeriodView<'_>, out: &mut Sink<'_>) {
    let Some(organisation) = view.organisation else {
        return;
    };
    let known: HashSet<&GroupAcronym> = organisation
        .value
        .other_groups
        .iter()
        .map(|g| &g.acronym)
        .chain(
            organisation
                .value
                .groups_in_prose
                .iter()
                .map(|g| &g.acronym),
        )
        .collect();
    // The message is made only for a finding.
    let report =
        |out: &mut Sink<'_>, spot: Spot, group: &GroupAcronym, message: &dyn Fn() -> Message| {
            if known.contains(group) {
                return;
            }
            let diagnostic = out
                .at(spot, message())
                .related(
                    "the groups of Table 4",
                    Spot::new(organisation.id, "/other_groups"),
                )
                .fix(format!(
                    "correct the acronym, or add `{group}` to Table 4 and to §2.1.3"
                ));
            out.push(diagnostic);
        };
    if let Some(meetings) = view.meetings {
        for (m, meeting) in meetings.value.group_meetings.iter().enumerate() {
            report(
                out,
                Spot::new(meetings.id, crate::pointer!("group_meetings", m, "group")),
                &meeting.group,
                &|| {
                    message!(
                        "{source} lists a meeting ({dates}, {place}) of `{group}`, a group neither in Table 4 nor among the groups §2.1.3 enumerates",
                        source = meeting.source,
                        dates = meeting.dates,
                        place = meeting.place,
                        group = meeting.group,
                    )
                },
            );
        }
    }
    if let Some(claims) = view.claims {
        for (c, count) in claims.value.group_meeting_counts.iter().enumerate() {
            report(
                out,
                Spot::new(
                    claims.id,
                    crate::pointer!("group_meeting_counts", c, "group"),
                ),
                &count.group,
                &|| {
                    message!(
                        "{source} counts the meetings of `{group}`, a group neither in Table 4 nor among the groups §2.1.3 enumerates",
                        source = count.source,
                        group = count.group,
                    )
                },
            );
        }
    }
}
