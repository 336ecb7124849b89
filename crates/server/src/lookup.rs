//! Finding records in a data directory: people, Questions, Working Parties, outputs, the
//! ITU-T catalogue — the documents of the viewed file's own study group and period first.

use std::path::Path;
use std::sync::OnceLock;

use lsp_types::{Location, Range};
use wtsa_dataset::outline::{NodeKind, Outline};
use wtsa_dataset::{parse_document, Format, Limits, Position, EMBEDDED_FILES};
use wtsa_model::{
    CatalogueIndex, Document, Officer, Person, PersonId, Question, QuestionId, WorkingParty,
    WorkingPartyId,
};

use crate::server::View;
use crate::text::LineIndex;
use crate::uri;
use crate::workspace::DocumentSet;

/// The ITU-T catalogue built into wtsa, parsed the first time it is asked for.
pub fn embedded_catalogue() -> Option<&'static CatalogueIndex> {
    static CATALOGUE: OnceLock<Option<Document>> = OnceLock::new();
    let document = CATALOGUE.get_or_init(|| {
        let (name, text) = EMBEDDED_FILES
            .iter()
            .find(|(name, _)| name.starts_with("catalogue/"))?;
        let path = format!("data/{name}");
        let format = Format::of(Path::new(name)).unwrap_or(Format::Json);
        parse_document(&path, text, format, &Limits::default()).ok()
    });
    match document {
        Some(Document::Catalogue(index)) => Some(index),
        _ => None,
    }
}

/// The catalogue to show: the data directory's own, else the one built into wtsa.
pub fn catalogue(set: &DocumentSet) -> Option<&CatalogueIndex> {
    set.dataset
        .documents
        .iter()
        .find_map(|loaded| match &loaded.document {
            Document::Catalogue(index) => Some(&**index),
            _ => None,
        })
        .or_else(|| embedded_catalogue())
}

/// A record found: the document it is in, its pointer, its value.
#[derive(Debug, Clone)]
pub struct Record<'a, T> {
    pub document: usize,
    pub pointer: String,
    pub value: &'a T,
}

/// The data directory's documents, those of the viewed document's study group and period
/// first, then the others in order.
pub fn scoped<'a>(view: &View<'a>) -> Vec<(usize, &'a Document)> {
    let scope = view.document().map(|d| (d.study_group(), d.study_period()));
    let mut documents: Vec<(usize, &'a Document)> = view
        .set
        .dataset
        .documents
        .iter()
        .enumerate()
        .map(|(at, loaded)| (at, &loaded.document))
        .collect();
    documents.sort_by_key(|(at, d)| (Some((d.study_group(), d.study_period())) != scope, *at));
    documents
}

/// Every person, the first record of each key only.
pub fn people<'a>(view: &View<'a>) -> Vec<Record<'a, Person>> {
    let mut found: Vec<Record<'a, Person>> = Vec::new();
    for (at, document) in scoped(view) {
        if let Document::People(people) = document {
            for (i, person) in people.people.iter().enumerate() {
                if !found.iter().any(|r| r.value.id == person.id) {
                    found.push(Record {
                        document: at,
                        pointer: format!("/people/{i}"),
                        value: person,
                    });
                }
            }
        }
    }
    found
}

pub fn person<'a>(view: &View<'a>, id: &PersonId) -> Option<Record<'a, Person>> {
    people(view).into_iter().find(|r| &r.value.id == id)
}

/// Every Question, the first record of each identifier only.
pub fn questions<'a>(view: &View<'a>) -> Vec<Record<'a, Question>> {
    let mut found: Vec<Record<'a, Question>> = Vec::new();
    for (at, document) in scoped(view) {
        if let Document::Organisation(organisation) = document {
            for (i, question) in organisation.questions.iter().enumerate() {
                if !found.iter().any(|r| r.value.id == question.id) {
                    found.push(Record {
                        document: at,
                        pointer: format!("/questions/{i}"),
                        value: question,
                    });
                }
            }
        }
    }
    found
}

pub fn question<'a>(view: &View<'a>, id: &QuestionId) -> Option<Record<'a, Question>> {
    questions(view).into_iter().find(|r| &r.value.id == id)
}

/// Every Working Party, the first record of each identifier only.
pub fn working_parties<'a>(view: &View<'a>) -> Vec<Record<'a, WorkingParty>> {
    let mut found: Vec<Record<'a, WorkingParty>> = Vec::new();
    for (at, document) in scoped(view) {
        if let Document::Organisation(organisation) = document {
            for (i, party) in organisation.working_parties.iter().enumerate() {
                if !found.iter().any(|r| r.value.id == party.id) {
                    found.push(Record {
                        document: at,
                        pointer: format!("/working_parties/{i}"),
                        value: party,
                    });
                }
            }
        }
    }
    found
}

pub fn working_party<'a>(view: &View<'a>, id: &WorkingPartyId) -> Option<Record<'a, WorkingParty>> {
    working_parties(view)
        .into_iter()
        .find(|r| &r.value.id == id)
}

/// The offices a person holds in the data directory's organisation and management, in words
/// (`co-chair of WP1/20`).
pub fn offices(view: &View<'_>, id: &PersonId) -> Vec<String> {
    let role = |officer: &Officer| {
        serde_json::to_value(officer.role)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    for (_, document) in scoped(view) {
        match document {
            Document::StudyGroup(group) => {
                let management = &group.management;
                for officer in std::iter::once(&management.chair).chain(&management.vice_chairs) {
                    if &officer.person == id {
                        out.push(format!("{} of {}", role(officer), group.study_group));
                    }
                }
            }
            Document::Organisation(organisation) => {
                for party in &organisation.working_parties {
                    for officer in party.officers.iter().filter(|o| &o.person == id) {
                        out.push(format!("{} of {}", role(officer), party.id));
                    }
                }
                for question in &organisation.questions {
                    for officer in question.rapporteurs.iter().filter(|o| &o.person == id) {
                        out.push(format!("{} of {}", role(officer), question.id));
                    }
                }
                for group in &organisation.other_groups {
                    for officer in group
                        .chairs
                        .iter()
                        .chain(&group.vice_chairs)
                        .filter(|o| &o.person == id)
                    {
                        out.push(format!("{} of {}", role(officer), group.acronym));
                    }
                }
            }
            _ => {}
        }
    }
    out.dedup();
    out
}

/// Where the value at `pointer` of a document is in its file, as last parsed: the whole value
/// when it is a scalar, else its first line.
pub fn location(set: &DocumentSet, document: usize, pointer: &str) -> Option<Location> {
    let file = set.dataset.files.get(document)?;
    let uri = uri::from_path(set.path(document)?)?;
    let start = file.position(pointer);
    let lines = LineIndex::new(file.text());
    let outline = Outline::build(file.text());
    let range = match outline.get(pointer) {
        Some(node) if node.start == start && matches!(node.kind, NodeKind::Scalar(_)) => {
            Range::new(lines.lsp(node.start), lines.lsp(node.end))
        }
        _ => lines.rest_of_line(start),
    };
    Some(Location::new(uri, range))
}

/// The line of a document's value, for "defined in people.yaml:12".
pub fn line_of(set: &DocumentSet, document: usize, pointer: &str) -> Option<(String, u32)> {
    let file = set.dataset.files.get(document)?;
    let name = set
        .path(document)?
        .file_name()?
        .to_string_lossy()
        .into_owned();
    let Position { line, .. } = file.position(pointer);
    Some((name, line))
}
