//! Go to definition: from a reference to the record that defines it — a person key to its
//! record in the people file, a Question or Working Party to its record in the organisation
//! file, a Recommendation or Supplement to its record in the outputs file.

use lsp_types::{GotoDefinitionResponse, Location, Position as LspPosition};
use wtsa_model::Document;
use wtsa_rules::context::Context;

use crate::cursor::{subject_at, Subject};
use crate::lookup;
use crate::server::View;

pub fn definition(view: &View<'_>, position: LspPosition) -> Option<GotoDefinitionResponse> {
    let at = subject_at(view, position)?;
    let set = view.set;
    let locations: Vec<Location> = match &at.subject {
        Subject::Person(id) => lookup::person(view, id)
            .and_then(|r| lookup::location(set, r.document, &format!("{}/id", r.pointer)))
            .into_iter()
            .collect(),
        Subject::Question(id) => lookup::question(view, id)
            .and_then(|r| lookup::location(set, r.document, &format!("{}/id", r.pointer)))
            .into_iter()
            .collect(),
        Subject::WorkingParty(id) => lookup::working_party(view, id)
            .and_then(|r| lookup::location(set, r.document, &format!("{}/id", r.pointer)))
            .into_iter()
            .collect(),
        Subject::Recommendation(designation) => {
            let context = Context::new(&set.dataset);
            context
                .views
                .iter()
                .flat_map(|period| period.recommendations())
                .filter(|record| {
                    record
                        .designation
                        .numbers()
                        .iter()
                        .any(|n| designation.numbers().contains(n))
                })
                .filter_map(|record| {
                    let spot = record.spot();
                    lookup::location(set, spot.document, &spot.pointer.text())
                })
                .collect()
        }
        Subject::Supplement(number) => lookup::scoped(view)
            .into_iter()
            .filter_map(|(at, document)| match document {
                Document::Outputs(outputs) => Some((at, outputs)),
                _ => None,
            })
            .flat_map(|(at, outputs)| {
                outputs
                    .supplements
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| &s.number == number)
                    .filter_map(move |(i, _)| {
                        lookup::location(set, at, &format!("/supplements/{i}/number"))
                    })
            })
            .collect(),
        // A rule is defined in wtsa, not in the data: hover shows its documentation.
        Subject::Rule(_) => Vec::new(),
    };
    match locations.len() {
        0 => None,
        1 => locations
            .into_iter()
            .next()
            .map(GotoDefinitionResponse::Scalar),
        _ => Some(GotoDefinitionResponse::Array(locations)),
    }
}
