//! `OR`: organisation: Working Parties, Questions, other groups and the people who hold their
//! offices (§§1.2 and 2 of the report, Tables 3–7).

pub mod affiliation_differs;
pub mod approved_and_under_approval;
pub mod duplicate_document;
pub mod duplicate_identifier;
pub mod irregular_designation;
pub mod linked_person_spelling;
pub mod officer_inactive_whole_period;
pub mod officer_listed_twice;
pub mod possible_duplicate_person;
pub mod prose_groups_mismatch;
pub mod question_without_rapporteur;
pub mod question_working_party;
pub mod stated_organisation_counts;
pub mod unknown_reference;

use wtsa_model::{OfficeRole, Officer, PersonId};

use crate::context::PeriodView;
use std::rc::Rc;

use crate::diagnostic::Spot;
use crate::pointer::Pointer;

/// An office as the report words it.
pub(crate) fn role_name(role: OfficeRole) -> &'static str {
    match role {
        OfficeRole::Chair => "chair",
        OfficeRole::CoChair => "co-chair",
        OfficeRole::ViceChair => "vice-chair",
        OfficeRole::Rapporteur => "Rapporteur",
        OfficeRole::CoRapporteur => "co-Rapporteur",
        OfficeRole::AssociateRapporteur => "associate Rapporteur",
    }
}

/// An officer with where the report records the office.
#[derive(Debug, Clone)]
pub(crate) struct OfficerRecord<'a> {
    /// The officer's object in its document (`/working_parties/0/officers/1`).
    pub spot: Spot,
    pub officer: &'a Officer,
    /// The group whose office it is (`WP1/20`), shared by the group's officers.
    pub group: Rc<str>,
    /// Where the report records it (`Table 3`).
    source: &'a str,
}

impl OfficerRecord<'_> {
    /// The office and the group, as words: "co-chair of WP1/20 (Table 3)". Written only for
    /// the officers a finding names.
    pub fn office(&self) -> String {
        format!(
            "{} of {} ({})",
            role_name(self.officer.role),
            self.group,
            self.source
        )
    }
}

/// Every officer the period's data names: the study group's chair and vice-chairs (§1.2), the
/// Working Parties' officers (Table 3), the Questions' Rapporteurs (Tables 5 and 6) and the
/// chairs and vice-chairs of the other groups (Table 4).
pub(crate) fn officers<'v, 'a>(view: &'v PeriodView<'a>) -> &'v [OfficerRecord<'a>] {
    // Four rules read them: gathered once per view.
    view.officers.get_or_init(|| gather_officers(view))
}

fn gather_officers<'a>(view: &PeriodView<'a>) -> Vec<OfficerRecord<'a>> {
    let mut records = Vec::new();
    let mut add =
        |id: usize, pointer: Pointer, officer: &'a Officer, group: &Rc<str>, source: &'a str| {
            records.push(OfficerRecord {
                spot: Spot::new(id, pointer),
                officer,
                group: Rc::clone(group),
                source,
            });
        };
    if let Some(doc) = view.study_group_doc {
        let group: Rc<str> = view.study_group.to_string().into();
        let source = doc.value.management.source.as_str();
        add(
            doc.id,
            crate::pointer!("management", "chair"),
            &doc.value.management.chair,
            &group,
            source,
        );
        for (i, officer) in doc.value.management.vice_chairs.iter().enumerate() {
            add(
                doc.id,
                crate::pointer!("management", "vice_chairs", i),
                officer,
                &group,
                source,
            );
        }
    }
    if let Some(doc) = view.organisation {
        for (w, party) in doc.value.working_parties.iter().enumerate() {
            let group: Rc<str> = party.id.to_string().into();
            for (i, officer) in party.officers.iter().enumerate() {
                add(
                    doc.id,
                    crate::pointer!("working_parties", w, "officers", i),
                    officer,
                    &group,
                    party.source.as_str(),
                );
            }
        }
        for (q, question) in doc.value.questions.iter().enumerate() {
            let group: Rc<str> = question.id.to_string().into();
            for (i, officer) in question.rapporteurs.iter().enumerate() {
                add(
                    doc.id,
                    crate::pointer!("questions", q, "rapporteurs", i),
                    officer,
                    &group,
                    question.source.as_str(),
                );
            }
        }
        for (g, other) in doc.value.other_groups.iter().enumerate() {
            let group: Rc<str> = other.acronym.to_string().into();
            for (i, officer) in other.chairs.iter().enumerate() {
                add(
                    doc.id,
                    crate::pointer!("other_groups", g, "chairs", i),
                    officer,
                    &group,
                    other.source.as_str(),
                );
            }
            for (i, officer) in other.vice_chairs.iter().enumerate() {
                add(
                    doc.id,
                    crate::pointer!("other_groups", g, "vice_chairs", i),
                    officer,
                    &group,
                    other.source.as_str(),
                );
            }
        }
    }
    records
}

/// Each person record linked as another spelling (`same_as`), with the key it links to.
pub(crate) fn same_as_links<'a>(
    view: &PeriodView<'a>,
) -> crate::hash::HashMap<&'a PersonId, &'a PersonId> {
    view.people
        .map(|people| {
            people
                .value
                .people
                .iter()
                .filter_map(|p| p.same_as.as_ref().map(|l| (&p.id, &l.person)))
                .collect()
        })
        .unwrap_or_default()
}

/// A person's name as the people document writes it, or their key when it has none.
pub(crate) fn person_name(view: &PeriodView<'_>, person: &PersonId) -> String {
    view.people
        .and_then(|people| {
            people
                .value
                .people
                .iter()
                .find(|p| &p.id == person)
                .map(|p| p.name.clone())
        })
        .unwrap_or_else(|| format!("`{person}`"))
}
