//! People: one page per person key across the corpus, with every office held under it, and
//! an index of everyone.

use maud::html;

use crate::layout::{page, scroll_table, Page, Shown, Text};
use crate::pages::{here, or_dash, period_label};
use crate::paths::{self, PagePath, PeriodPage};
use crate::site::{role_name, Site};

pub fn render(site: &Site<'_>, out: &mut Vec<(PagePath, String)>) {
    let index = PagePath::new(paths::PEOPLE);
    let content = html! {
        h1 { "People" }
        p.lead { "Everyone the reports name or list as an officer, by the key the data gives them (" (site.people.len()) " in all). The same key in two periods is taken to be the same person." }
        (scroll_table("People", html! {
            table {
                thead { tr { th scope="col" { "Name" } th scope="col" { "Country" } th.num scope="col" { "Offices" } th scope="col" { "Periods" } } }
                tbody {
                    @for (id, entry) in &site.people {
                        @let periods: std::collections::BTreeSet<String> = entry.records.iter().map(|(k, _)| period_label(*k)).chain(entry.offices.iter().map(|o| period_label(o.key))).collect();
                        tr {
                            th scope="row" { a href=(index.href(&paths::person(id))) { (Text(&entry.name(id))) } }
                            td { (or_dash(entry.records.iter().find_map(|(_, p)| p.country.as_deref()))) }
                            td.num { (entry.offices.len()) }
                            td { (Text(&periods.into_iter().collect::<Vec<_>>().join(", "))) }
                        }
                    }
                }
            }
        }))
    };
    let shell = Page {
        path: &index,
        title: "People".to_owned(),
        crumbs: vec![here("People")],
        period: None,
    };
    out.push((index.clone(), page(&shell, content)));

    for (id, entry) in &site.people {
        let path = PagePath::new(paths::person(id));
        let name = entry.name(id);
        let content = html! {
            h1 { (Text(&name)) }
            @if entry.records.is_empty() {
                p.muted { "Named as an officer under the key " code { (Shown(id)) } ", which no people list of the data has." }
            }
            @for (key, person) in &entry.records {
                dl.facts {
                    dt { "In" }
                    dd { a href=(path.href(&PeriodPage::Overview.path(key.0, key.1))) { (period_label(*key)) } " (" (Text(&person.source.to_string())) ")" }
                    @if person.name != name {
                        dt { "Written" }
                        dd { (Text(&person.name)) }
                    }
                    dt { "Affiliation" }
                    dd { (or_dash(person.affiliation.as_deref())) }
                    dt { "Country" }
                    dd { (or_dash(person.country.as_deref())) }
                }
            }
            h2 { "Offices" }
            @if entry.offices.is_empty() {
                p.muted { "No office in the data." }
            } @else {
                (scroll_table("Offices", html! {
                    table {
                        thead { tr { th scope="col" { "Period" } th scope="col" { "Group" } th scope="col" { "Role" } th scope="col" { "Affiliation, country" } th scope="col" { "Note" } } }
                        tbody {
                            @for office in &entry.offices {
                                tr {
                                    td { (period_label(office.key)) }
                                    td { a href=(path.href(&office.group.target)) { (Text(&office.group.label)) } }
                                    td { (role_name(office.officer.role)) }
                                    td {
                                        (or_dash(office.officer.affiliation.as_deref()))
                                        @if let Some(country) = &office.officer.country { ", " (Text(country)) }
                                    }
                                    td {
                                        @if let Some(inactive) = &office.officer.inactive {
                                            "Inactive from " (Shown(inactive.from)) " to " (Shown(inactive.to))
                                        }
                                        @if let Some(year) = office.officer.served_until_year {
                                            "Served until " (year)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }))
            }
        };
        let shell = Page {
            path: &path,
            title: name.clone(),
            crumbs: vec![
                crate::layout::Crumb {
                    label: "People".to_owned(),
                    target: Some(paths::PEOPLE.to_owned()),
                },
                here(name.clone()),
            ],
            period: None,
        };
        out.push((path.clone(), page(&shell, content)));
    }
}
