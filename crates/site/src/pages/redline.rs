//! The redline of the study group's proposed Resolution 2 entry against the entry in force
//! (`wtsa_redline`), in the site's page.

use maud::{html, PreEscaped};
use wtsa_rules::context::PeriodView;

use crate::layout::{page, Shown, Text};
use crate::pages::{period_label, period_page};
use crate::paths::{PagePath, PeriodPage};
use crate::site::Site;

pub fn render(site: &Site<'_>, view: &PeriodView<'_>, out: &mut Vec<(PagePath, String)>) {
    let key = (view.study_group, view.study_period);
    let path = PagePath::new(PeriodPage::Redline.path(key.0, key.1));
    let title = format!("Resolution 2, {}", period_label(key));
    let redlines: Vec<_> = view
        .proposals
        .iter()
        .map(|proposal| {
            let base = wtsa_dataset::proposal::entry_in_force_for(site.dataset, proposal.value);
            (
                proposal.value,
                base.map(|base| wtsa_redline::diff(base, proposal.value)),
            )
        })
        .collect();
    let single = redlines.len() == 1;
    let content = html! {
        @match (single, redlines.first()) {
            (true, Some((proposal, Ok(redline)))) => {
                h1 { "Resolution 2: " (Shown(proposal.study_group)) "'s proposal for " (Shown(proposal.edition)) " against " (Text(&redline.base.describe())) }
                p.lead { (Text(&proposal.source.to_string())) " of the report; the proposal governs " (Shown(proposal.study_period)) "." }
                // The redline's own renderer escapes every datum (wtsa_redline::html).
                (PreEscaped(wtsa_redline::html::body(redline)))
            },
            _ => {
                h1 { (Text(&title)) }
                @if redlines.is_empty() {
                    p { "The data has no proposed Resolution 2 entry made in this period." }
                    @if let Some(entry) = view.in_force {
                        p { "The entry in force is " (Shown(entry.edition)) "'s: “" (Text(&entry.title)) "”, with " (entry.mandate.len()) " mandate paragraphs, " (entry.lead_roles.len()) " lead roles, " (entry.guidance.len()) " points of guidance and " (entry.annex_c.items().count()) " Annex C entries." }
                    }
                }
                // Each proposal's redline under its own h2: its parts' headings one level down,
                // its anchors apart from the other proposals'.
                @for (n, (proposal, redline)) in redlines.iter().enumerate() {
                    section {
                        h2 { (Shown(proposal.study_group)) "'s proposal for " (Shown(proposal.edition)) }
                        @match redline {
                            Ok(redline) => { (PreEscaped(wtsa_redline::html::body_nested(redline, 3, &format!("proposal-{}-", n + 1)))) },
                            Err(error) => { p.muted { (Text(&error.to_string())) } },
                        }
                    }
                }
            },
        }
    };
    let shell = period_page(&path, key, Some(PeriodPage::Redline), title, Vec::new());
    out.push((path.clone(), page(&shell, content)));
}
