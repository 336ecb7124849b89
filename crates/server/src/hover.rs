//! Hover: what wtsa knows of the designation, person key or rule code under the cursor.

use std::fmt::Write as _;

use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind, Position as LspPosition};
use wtsa_model::{
    CatalogueIndex, Document, Publication, RecommendationDesignation, SupplementNumber,
};
use wtsa_rules::RuleMeta;

use crate::cursor::{subject_at, Subject};
use crate::lookup;
use crate::server::View;

pub fn hover(view: &View<'_>, position: LspPosition) -> Option<Hover> {
    let at = subject_at(view, position)?;
    let value = match &at.subject {
        Subject::Rule(meta) => rule(meta),
        Subject::Person(id) => {
            let record = lookup::person(view, id)?;
            let person = record.value;
            let mut out = format!("**{}** · `{}`\n\n", person.name, person.id);
            let facts: Vec<String> = [
                person.honorific.and_then(|h| {
                    serde_json::to_value(h)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                }),
                person.affiliation.clone(),
                person.country.clone(),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !facts.is_empty() {
                let _ = writeln!(out, "{}\n", facts.join(" · "));
            }
            let offices = lookup::offices(view, id);
            if !offices.is_empty() {
                let _ = writeln!(out, "Offices: {}\n", offices.join("; "));
            }
            let _ = write!(out, "Source: {}", person.source);
            defined_in(view, record.document, &record.pointer, &mut out);
            out
        }
        Subject::Question(id) => {
            let record = lookup::question(view, id)?;
            let question = record.value;
            let mut out = format!("**{}** — {}\n\n", question.id, question.title);
            let _ = writeln!(out, "Working Party: {}\n", question.working_party);
            let rapporteurs: Vec<String> = question
                .rapporteurs
                .iter()
                .map(|officer| person_name(view, &officer.person))
                .collect();
            if !rapporteurs.is_empty() {
                let _ = writeln!(out, "Rapporteurs: {}\n", rapporteurs.join(", "));
            }
            let _ = write!(out, "Source: {}", question.source);
            defined_in(view, record.document, &record.pointer, &mut out);
            out
        }
        Subject::WorkingParty(id) => {
            let record = lookup::working_party(view, id)?;
            let party = record.value;
            let mut out = format!("**{}** — {}\n\n", party.id, party.title);
            let questions: Vec<String> = party.questions.iter().map(ToString::to_string).collect();
            let _ = writeln!(out, "Questions: {}\n", questions.join(", "));
            let officers: Vec<String> = party
                .officers
                .iter()
                .map(|officer| person_name(view, &officer.person))
                .collect();
            if !officers.is_empty() {
                let _ = writeln!(out, "Officers: {}\n", officers.join(", "));
            }
            let _ = write!(out, "Source: {}", party.source);
            defined_in(view, record.document, &record.pointer, &mut out);
            out
        }
        Subject::Supplement(number) => supplement(view, number),
        Subject::Recommendation(designation) => recommendation(view, designation),
    };
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(at.range),
    })
}

fn person_name(view: &View<'_>, id: &wtsa_model::PersonId) -> String {
    match lookup::person(view, id) {
        Some(record) => format!("{} (`{id}`)", record.value.name),
        None => format!("`{id}` (not in the people file)"),
    }
}

fn defined_in(view: &View<'_>, document: usize, pointer: &str, out: &mut String) {
    if let Some((file, line)) = lookup::line_of(view.set, document, pointer) {
        let _ = write!(out, " · defined in {file}:{line}");
    }
}

/// A rule's documentation, as `wtsa explain` gives it.
pub fn rule(meta: &RuleMeta) -> String {
    let mut out = format!(
        "**{}** `{}` · {} · default severity {}\n\n",
        meta.code,
        meta.name,
        meta.family.title(),
        meta.severity
    );
    // The doc comment's headings, one level down, so the rule's line stays the title.
    for line in meta.documentation().lines() {
        match line.strip_prefix("## ") {
            Some(heading) => {
                let _ = writeln!(out, "#### {heading}");
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    let _ = write!(out, "\n**Citation:** {}", meta.citation);
    if let Some(url) = meta.citation.url {
        let _ = write!(out, " <{url}>");
    }
    let _ = write!(
        out,
        "\n\n**Applies to study periods:** {}",
        meta.periods.describe().join(", ")
    );
    out
}

fn publication_line(publication: &Publication) -> String {
    let mut line = format!("{} — {}", publication.id, publication.published);
    if let Some(edition) = &publication.edition {
        let _ = write!(line, ", edition {edition}");
    }
    line.push_str(if publication.is_in_force() {
        ", in force"
    } else {
        ""
    });
    line
}

fn catalogue_section(
    catalogue: &CatalogueIndex,
    designation: &RecommendationDesignation,
) -> String {
    let mut out = String::new();
    for number in designation.numbers() {
        let editions: Vec<&Publication> = catalogue.editions_of(number).collect();
        let Some(latest) = editions.last() else {
            let _ = writeln!(out, "{number}: not in the ITU-T catalogue\n");
            continue;
        };
        if let Some(title) = &latest.title {
            let _ = writeln!(out, "*{title}*\n");
        }
        let _ = writeln!(out, "Group responsible today: {}\n", latest.group);
        let _ = writeln!(out, "Editions of {number} in the ITU-T catalogue:\n");
        for edition in &editions {
            let _ = writeln!(out, "- {}", publication_line(edition));
        }
        out.push('\n');
    }
    out
}

/// What `wtsa resolve` says, and what the catalogue holds.
fn recommendation(view: &View<'_>, designation: &RecommendationDesignation) -> String {
    let mut out = format!("**ITU-T {designation}**\n\n");
    if let Some(catalogue) = lookup::catalogue(view.set) {
        out.push_str(&catalogue_section(catalogue, designation));
    }
    let resolution = wtsa_rules::resolve::resolve(&view.set.dataset, designation);
    if resolution.is_double_number {
        let _ = writeln!(out, "Double number: {}\n", resolution.numbers.join(", "));
    }
    for s in &resolution.sub_series {
        let _ = writeln!(
            out,
            "{} is in the Y.4000 sub-series {}–{} \"{}\" ({})\n",
            s.number, s.first, s.last, s.heading, s.table
        );
    }
    if resolution.responsible.is_empty() {
        out.push_str("No Annex C entry in the data covers it.\n\n");
    }
    for r in &resolution.responsible {
        let _ = writeln!(
            out,
            "Annex C: {} is responsible under {} Resolution 2 ({}, {}) through entry `{}`\n",
            r.study_group, r.edition, r.status, r.study_period, r.entry
        );
    }
    for a in &resolution.appearances {
        let _ = writeln!(
            out,
            "{} {} on {} ({}) by {} in {}: \"{}\"\n",
            resolution.designation,
            a.stage,
            a.date,
            a.process,
            a.study_group,
            a.study_period,
            a.title
        );
    }
    out.trim_end().to_owned()
}

fn supplement(view: &View<'_>, number: &SupplementNumber) -> String {
    let mut out = format!("**ITU-T {number}**\n\n");
    for (_, document) in lookup::scoped(view) {
        if let Document::Outputs(outputs) = document {
            for supplement in outputs.supplements.iter().filter(|s| &s.number == number) {
                let _ = writeln!(
                    out,
                    "Agreed on {} by {} in {}: \"{}\"\n",
                    supplement.agreed, outputs.study_group, outputs.study_period, supplement.title
                );
            }
        }
    }
    if let Some(catalogue) = lookup::catalogue(view.set) {
        let published: Vec<&Publication> = catalogue
            .catalogue()
            .publications
            .iter()
            .filter(|p| p.id.series_supplement().as_ref() == Some(number))
            .collect();
        if published.is_empty() {
            out.push_str("Not in the ITU-T catalogue.\n");
        }
        for publication in published {
            if let Some(title) = &publication.title {
                let _ = writeln!(out, "*{title}*\n");
            }
            let _ = writeln!(
                out,
                "- {} (group responsible today: {})\n",
                publication_line(publication),
                publication.group
            );
        }
    }
    out.trim_end().to_owned()
}
