use wtsa_model::OfficeRole;

use super::{person_name, role_name};
use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A Question of Tables 5 and 6 with no Rapporteur and no co-Rapporteur: nobody at all,
    /// or only associate Rapporteurs.
    ///
    /// ## Why it matters
    /// The Rapporteur (or the co-Rapporteurs) leads the Question's work between meetings and
    /// answers for its texts; associate Rapporteurs assist. A Question without one was either
    /// left without leadership for the period or its leader was lost from the table.
    ///
    /// ## Provision
    /// Study group report to WTSA, §2.2 and Tables 5 and 6 (each Question with its
    /// Rapporteurs).
    ///
    /// ## Example
    /// Fires: Q1/20 with only associate Rapporteurs; a Question with an empty list.
    /// Quiet: Q1/20 with Rapporteur Jun Seob Lee; Q5/20 with two co-Rapporteurs.
    pub struct QuestionWithoutRapporteur {
        code: "OR002",
        name: "question-without-rapporteur",
        family: Family::Organisation,
        severity: Severity::Warning,
        citation: citations::report("§2.2, Tables 5 and 6"),
        periods: Periods::All,
    }
}

impl Rule for QuestionWithoutRapporteur {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(organisation) = view.organisation else {
            return;
        };
        for (q, question) in organisation.value.questions.iter().enumerate() {
            let led = question.rapporteurs.iter().any(|officer| {
                matches!(
                    officer.role,
                    OfficeRole::Rapporteur | OfficeRole::CoRapporteur
                )
            });
            if led {
                continue;
            }
            let message = if question.rapporteurs.is_empty() {
                message!(
                    "{source} names no Rapporteur for {question}: a Question needs a Rapporteur or co-Rapporteurs to lead its work",
                    source = question.source,
                    question = question.id
                )
            } else {
                let officers: Vec<String> = question
                    .rapporteurs
                    .iter()
                    .map(|officer| {
                        format!(
                            "{} ({})",
                            person_name(view, &officer.person),
                            role_name(officer.role)
                        )
                    })
                    .collect();
                message!(
                    "{source} names no Rapporteur or co-Rapporteur for {question}, only {officers}: associates assist, a Rapporteur or co-Rapporteurs lead the Question's work",
                    source = question.source,
                    question = question.id,
                    officers
                )
            };
            let diagnostic = out
                .at(
                    Spot::new(organisation.id, format!("/questions/{q}/rapporteurs")),
                    message,
                )
                .fix("record the Question's Rapporteur or co-Rapporteurs as the table gives them");
            out.push(diagnostic);
        }
    }
}
