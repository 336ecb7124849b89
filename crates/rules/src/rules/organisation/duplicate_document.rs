use crate::context::Context;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// Two documents of the same kind about the same study group and study period (two
    /// `outputs` documents for SG20 2022-2024, two Resolution 2 entries in force for one
    /// study group and period).
    ///
    /// ## Why it matters
    /// The rules read one document of each kind per study group and period; a second one —
    /// a file split in two, or a copy left beside the original — would be loaded but not
    /// checked against the others, and its records would be missing from every comparison.
    /// Rather than half-read the data, wtsa reports it.
    ///
    /// ## Provision
    /// wtsa's dataset layout: one document of each kind per study group and study period
    /// (the report's own structure: one Table 8, one Table 1 …).
    ///
    /// ## Example
    /// Fires: `outputs.yaml` and `outputs-2023.yaml`, both `kind: outputs`, SG20, 2022-2024.
    /// Quiet: one `outputs` document per study group and period.
    pub struct DuplicateDocument {
        code: "OR009",
        name: "duplicate-document",
        family: Family::Organisation,
        severity: Severity::Error,
        citation: citations::WTSA_LAYOUT,
        periods: Periods::All,
    }
}

impl Rule for DuplicateDocument {
    fn check_corpus(&self, context: &Context<'_>, out: &mut Sink<'_>) {
        for (kept, left_out) in &context.duplicates {
            let Some(document) = context.dataset.documents.get(*left_out) else {
                continue;
            };
            let kept_file = context
                .dataset
                .file_of(*kept)
                .map(|f| f.path.clone())
                .unwrap_or_default();
            let diagnostic = out
                .at(
                    Spot::new(*left_out, "/kind"),
                    match (document.document.study_group(), document.document.study_period()) {
                        (Some(study_group), Some(study_period)) => message!(
                            "a second `{kind}` document for {study_group} {study_period}: the rules read only {kept_file}, so this one is not checked",
                            kind = document.document.kind(),
                            study_group,
                            study_period,
                            kept_file,
                        ),
                        _ => message!(
                            "a second `{kind}` document: the rules read only {kept_file}, so this one is not checked",
                            kind = document.document.kind(),
                            kept_file,
                        ),
                    },
                )
                .related("the document the rules read", Spot::new(*kept, "/kind"))
                .fix("merge the two documents into one, or give each its own study group or period");
            out.push(diagnostic);
        }
    }
}
