//! The Annex C map: of the series a study group's Annex C reaches, every Recommendation the
//! ITU-T catalogue has in force, marked by whether the Annex C lists it and whether the
//! catalogue names the study group as responsible.

use maud::{html, Markup};
use wtsa_model::{AnnexCEntry, CatalogueNumber, ResponsibleGroup, StudyGroupId};
use wtsa_rules::context::PeriodView;

use crate::layout::{page, scroll_table, Shown, Text};
use crate::pages::{period_label, period_page};
use crate::paths::{PagePath, PeriodPage};
use crate::site::Site;
use crate::svg::{self, Chart, Ink, SeriesCells};

/// Where a Recommendation in force stands for one study group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Standing {
    /// Annex C lists it and the catalogue names the study group.
    Owned,
    /// Annex C lists it; the catalogue names another group.
    Elsewhere,
    /// The catalogue names the study group; Annex C does not list it.
    Unlisted,
    /// Neither.
    Other,
}

impl Standing {
    fn of(
        entries: &[&AnnexCEntry],
        number: &CatalogueNumber,
        group: &ResponsibleGroup,
        study_group: StudyGroupId,
    ) -> Self {
        let listed = entries.iter().any(|e| e.contains(number.number()));
        let named = group.study_group() == Some(study_group);
        match (listed, named) {
            (true, true) => Self::Owned,
            (true, false) => Self::Elsewhere,
            (false, true) => Self::Unlisted,
            (false, false) => Self::Other,
        }
    }

    fn ink(self) -> Ink {
        match self {
            Self::Owned => Ink::Owned,
            Self::Elsewhere => Ink::Elsewhere,
            Self::Unlisted => Ink::Unlisted,
            Self::Other => Ink::Other,
        }
    }
}

/// One series of the map: its letter, the counts [owned, elsewhere, unlisted, other] and the
/// cells.
type SeriesRow = (char, [usize; 4], Vec<(String, Ink)>);

/// Per series: (letter, [owned, elsewhere, unlisted, other]) and the cells.
fn map_data(site: &Site<'_>, view: &PeriodView<'_>, entries: &[&AnnexCEntry]) -> Vec<SeriesRow> {
    let study_group = view.study_group;
    let mut letters: std::collections::BTreeSet<char> =
        entries.iter().map(|e| e.series()).collect();
    for (letter, numbers) in &site.in_force {
        if numbers
            .iter()
            .any(|(_, g)| g.study_group() == Some(study_group))
        {
            letters.insert(*letter);
        }
    }
    letters
        .into_iter()
        .map(|letter| {
            let mut counts = [0usize; 4];
            let cells = site
                .in_force
                .get(&letter)
                .map(|numbers| {
                    numbers
                        .iter()
                        .map(|(number, group)| {
                            let standing = Standing::of(entries, number, group, study_group);
                            if let Some(c) = counts.get_mut(standing as usize) {
                                *c += 1;
                            }
                            let label = match standing {
                                Standing::Other => String::new(),
                                _ => format!("{number} ({group})"),
                            };
                            (label, standing.ink())
                        })
                        .collect()
                })
                .unwrap_or_default();
            (letter, counts, cells)
        })
        .collect()
}

fn map_chart(site: &Site<'_>, view: &PeriodView<'_>, entries: &[&AnnexCEntry]) -> Chart {
    let data = map_data(site, view, entries);
    let study_group = view.study_group;
    let title = format!(
        "Annex C map of {}: the Recommendations in force in the series its Annex C reaches",
        study_group
    );
    let mut description = format!(
        "One square per Recommendation in force in the ITU-T catalogue, fifty to a row, in number order, for each series letter that {study_group}'s Annex C in force names or in which the catalogue names {study_group}."
    );
    for (letter, counts, cells) in &data {
        description.push_str(&format!(
            " {letter}: {} in force; {} listed and named {study_group}, {} listed but named another group, {} named {study_group} but not listed.",
            cells.len(),
            counts[0],
            counts[1],
            counts[2]
        ));
    }
    let owned = format!("in Annex C, catalogue: {study_group}");
    let elsewhere = "in Annex C, catalogue: another group".to_owned();
    let unlisted = format!("not in Annex C, catalogue: {study_group}");
    let legend = [
        (Ink::Owned, owned.as_str()),
        (Ink::Elsewhere, elsewhere.as_str()),
        (Ink::Unlisted, unlisted.as_str()),
        (Ink::Other, "another group's"),
    ];
    let series: Vec<SeriesCells> = data
        .iter()
        .map(|(letter, _, cells)| SeriesCells {
            series: *letter,
            cells: cells.clone(),
        })
        .collect();
    let table = html! {
        table {
            thead {
                tr {
                    th scope="col" { "Series" }
                    th.num scope="col" { "In force" }
                    th.num scope="col" { "Listed, named " (Shown(study_group)) }
                    th.num scope="col" { "Listed, named elsewhere" }
                    th.num scope="col" { "Named " (Shown(study_group)) ", not listed" }
                }
            }
            tbody {
                @for (letter, counts, cells) in &data {
                    tr {
                        th scope="row" { (letter) }
                        td.num { (cells.len()) }
                        td.num { (counts[0]) }
                        td.num { (counts[1]) }
                        td.num { (counts[2]) }
                    }
                }
            }
        }
    };
    Chart {
        id: "annex-c-map".to_owned(),
        svg: svg::annex_c_map("annex-c-map", &title, &description, &series, &legend),
        table,
        caption: title,
        wide: false,
    }
}

/// Each Annex C entry with the Recommendations in force it covers.
fn entries_table(site: &Site<'_>, view: &PeriodView<'_>) -> Markup {
    let Some(entry) = view.in_force else {
        return html! { p.muted { "The data has no Resolution 2 entry in force for this period." } };
    };
    let has_catalogue = site.catalogue().is_some();
    scroll_table(
        "Annex C entries",
        html! {
            table {
                thead {
                    tr {
                        th scope="col" { "Entry" }
                        @if has_catalogue {
                            th.num scope="col" { "In force" }
                            th scope="col" { "Named another group in the catalogue" }
                        }
                    }
                }
                tbody {
                    @for item in entry.annex_c.items() {
                        tr {
                            th scope="row" { (Text(item.text())) }
                            @if has_catalogue {
                                @match item.entry() {
                                    None => { td.num { "–" } td { span.disagree { "not a valid entry" } } },
                                    Some(parsed) => {
                                        @let covered: Vec<_> = site.in_force.get(&parsed.series()).into_iter().flatten().filter(|(n, _)| parsed.contains(n.number())).collect();
                                        @let elsewhere: Vec<_> = covered.iter().filter(|(_, g)| g.study_group() != Some(view.study_group)).collect();
                                        td.num { (covered.len()) }
                                        td {
                                            @if elsewhere.is_empty() {
                                                span.muted { "none" }
                                            }
                                            @for (i, (number, group)) in elsewhere.iter().take(12).enumerate() {
                                                @if i > 0 { ", " }
                                                (Shown(number)) " (" (Shown(group)) ")"
                                            }
                                            @if elsewhere.len() > 12 { " and " (elsewhere.len() - 12) " more" }
                                        }
                                    },
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

pub fn render(site: &Site<'_>, view: &PeriodView<'_>, out: &mut Vec<(PagePath, String)>) {
    let key = (view.study_group, view.study_period);
    let path = PagePath::new(PeriodPage::AnnexC.path(key.0, key.1));
    let title = format!("Annex C, {}", period_label(key));
    let entries: Vec<&AnnexCEntry> = view
        .in_force
        .map(|e| e.value.annex_c.entries().collect())
        .unwrap_or_default();
    let content = html! {
        h1 { (Text(&title)) }
        p.lead {
            "The Recommendations under " (Shown(key.0)) "'s responsibility by Annex C of the Resolution 2 entry in force"
            @if let Some(entry) = view.in_force { " (" (Shown(entry.edition)) ")" }
            ", beside the group the ITU-T catalogue names for each Recommendation in force."
        }
        @if site.catalogue().is_some() && view.in_force.is_some() {
            (svg::figure(&map_chart(site, view, &entries)))
        } @else if site.catalogue().is_none() {
            p.muted { "The data has no ITU-T catalogue: the map needs one." }
        }
        h2 { "Entries" }
        (entries_table(site, view))
        @if let Some(entry) = view.in_force {
            @if !entry.annex_c.notes.is_empty() {
                h2 { "Notes" }
                @for note in &entry.annex_c.notes { p { (Text(note)) } }
            }
        }
    };
    let shell = period_page(&path, key, Some(PeriodPage::AnnexC), title, Vec::new());
    out.push((path.clone(), page(&shell, content)));
}
