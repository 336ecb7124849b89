use wtsa_model::{OutputDesignation, SourceRef, TechnicalPublicationId};

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A Technical Paper or Technical Report designation of Tables 13 and 14 written with a
    /// hyphen where the series puts a dot (`YSTR-IADIoT` beside `YSTR.P2P-CC`). The data keeps
    /// the designation as written — it is the publication's name —, so the irregularity is
    /// reported, with every §3.2 listing of the same publication as a related location.
    ///
    /// ## Why it matters
    /// ITU's publication database and the study group's work programme look designations up
    /// as written: one spelt irregularly is missed by a search for the regular form, and a
    /// reader cannot tell whether `YSTR-IADIoT` and `YSTR.IADIoT` are one publication. It is
    /// information for the secretariat editor, not an error of the study group.
    ///
    /// ## Provision
    /// ITU-T's designation of Technical Papers and Technical Reports (series letter, `STP` or
    /// `STR`, a dot, a short name), as every other designation of Tables 13 and 14 writes it.
    ///
    /// ## Example
    /// Fires: SG20 2022–2024: `YSTR-IADIoT` (Table 14; also listed so in §3.2 f)).
    /// Quiet: `YSTR.P2P-CC` (the hyphen is inside the short name, after the dot).
    pub struct IrregularDesignation {
        code: "OR013",
        name: "irregular-designation",
        family: Family::Organisation,
        severity: Severity::Info,
        citation: citations::report("Tables 13 and 14"),
        periods: Periods::All,
    }
}

impl Rule for IrregularDesignation {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(outputs) = view.outputs else {
            return;
        };
        let tables = [
            ("technical_papers", &outputs.value.technical_papers),
            ("technical_reports", &outputs.value.technical_reports),
        ];
        for (field, publications) in tables {
            for (i, publication) in publications.iter().enumerate() {
                if !publication.id.has_irregular_separator() {
                    continue;
                }
                let mut diagnostic = out
                    .at(
                        Spot::new(outputs.id, format!("/{field}/{i}/id")),
                        message!(
                            "`{id}` ({source}) is written with a hyphen where its series puts a dot (`{regular}`); kept as written, as the publication's name",
                            id = publication.id,
                            source = publication.source,
                            regular = regular(&publication.id)
                        ),
                    )
                    .fix(format!(
                        "check the designation with the secretariat; the regular form is `{}`",
                        regular(&publication.id)
                    ));
                for (spot, source) in listings(view, &publication.id) {
                    diagnostic = diagnostic.related(
                        message!("`{id}` as {source} lists it", id = publication.id, source),
                        spot,
                    );
                }
                out.push(diagnostic);
            }
        }
    }
}

/// The designation with the regular dot.
fn regular(id: &TechnicalPublicationId) -> String {
    let kind = match id.kind() {
        wtsa_model::TechnicalPublicationKind::TechnicalPaper => "STP",
        wtsa_model::TechnicalPublicationKind::TechnicalReport => "STR",
    };
    format!("{}{kind}.{}", id.series(), id.name())
}

/// Where §3.2 lists the publication: (place, source).
fn listings<'a>(view: &PeriodView<'a>, id: &TechnicalPublicationId) -> Vec<(Spot, &'a SourceRef)> {
    let Some(claims) = view.claims else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for (q, claim) in claims.value.questions.iter().enumerate() {
        for (o, output) in claim.outputs.iter().enumerate() {
            if matches!(&output.designation, OutputDesignation::Technical(t) if t == id) {
                found.push((
                    Spot::new(claims.id, format!("/questions/{q}/outputs/{o}/designation")),
                    &claim.source,
                ));
            }
        }
    }
    found
}
