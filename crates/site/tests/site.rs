//! The SG20 site, built in memory: every page is well-formed HTML5 (html5ever's parse errors),
//! every internal link and anchor resolves, markup planted in the data stays text, two builds
//! give the same bytes, and a few pages are kept as snapshots.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};

use scraper::{Html, Selector};
use wtsa_dataset::write::DirectoryFile;
use wtsa_dataset::{Dataset, Format, Limits, EMBEDDED_FILES};
use wtsa_rules::Selection;

/// Markup that would run if it reached a page unescaped: a script, an event handler, a
/// `javascript:` link.
const PLANT: &str =
    "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>";

/// The embedded dataset with textual edits: (file name suffix, text to find, replacement),
/// each applying exactly once.
fn sg20_with(edits: &[(&str, &str, &str)]) -> Dataset {
    let mut used = vec![false; edits.len()];
    let mut dataset = Dataset::default();
    for (name, text) in EMBEDDED_FILES {
        let mut text = (*text).to_owned();
        for (i, (suffix, from, to)) in edits.iter().enumerate() {
            if name.ends_with(suffix) {
                assert_eq!(text.matches(from).count(), 1, "{from:?} in {name}");
                text = text.replacen(from, to, 1);
                used[i] = true;
            }
        }
        let format = if name.ends_with(".json") {
            Format::Json
        } else {
            Format::Yaml
        };
        dataset
            .add_text(name, text, format, &Limits::default())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    assert!(used.iter().all(|u| *u), "an edit named no file: {edits:?}");
    dataset
}

fn build(dataset: &Dataset) -> Vec<DirectoryFile> {
    wtsa_site::build(dataset, &Selection::default())
}

fn pages(files: &[DirectoryFile]) -> BTreeMap<&str, &str> {
    files
        .iter()
        .map(|f| (f.name.as_str(), f.contents.as_str()))
        .collect()
}

/// Resolves `href` (relative to the page at `from`) to a path from the site's root and an
/// optional fragment; `None` for a link that leaves the site.
fn resolve<'h>(from: &str, href: &'h str) -> Option<(String, Option<&'h str>)> {
    if href.contains("://") || href.starts_with("mailto:") {
        return None;
    }
    let (path, fragment) = match href.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (href, None),
    };
    if path.is_empty() {
        return Some((from.to_owned(), fragment));
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in path.split('/') {
        match part {
            ".." => {
                assert!(parts.pop().is_some(), "{from}: {href} leaves the site");
            }
            "." => {}
            part => parts.push(part),
        }
    }
    Some((parts.join("/"), fragment))
}

/// The embedded dataset with a second proposal for WTSA-24 beside SG20's (another title), so
/// that the period's redline page shows two.
fn sg20_with_two_proposals() -> Dataset {
    let mut dataset = Dataset::embedded().unwrap();
    let (_, proposed) = EMBEDDED_FILES
        .iter()
        .find(|(name, _)| name.ends_with("resolution2-wtsa-24-proposed.yaml"))
        .unwrap();
    let from = "title: Internet of things (IoT), digital twins and smart";
    assert_eq!(proposed.matches(from).count(), 1);
    let other = proposed.replacen(
        from,
        "title: Internet of things (IoT), metaverse, digital twins and smart",
        1,
    );
    dataset
        .add_text(
            "sg20/2022-2024/resolution2-wtsa-24-alternative.yaml",
            other,
            Format::Yaml,
            &Limits::default(),
        )
        .unwrap();
    dataset
}

/// Each page has one `h1`, first, and no heading goes more than one level below the one
/// before it (WCAG 1.3.1: headings in order, as a screen reader's outline reads them).
fn assert_headings_in_order(files: &[DirectoryFile]) {
    let headings = Selector::parse("h1, h2, h3, h4, h5, h6").unwrap();
    for file in files {
        let document = Html::parse_document(&file.contents);
        let levels: Vec<u8> = document
            .select(&headings)
            .map(|h| h.value().name()[1..].parse().unwrap())
            .collect();
        assert_eq!(
            levels.iter().filter(|l| **l == 1).count(),
            1,
            "{}: not one h1 ({levels:?})",
            file.name
        );
        assert_eq!(levels.first(), Some(&1), "{}: {levels:?}", file.name);
        for pair in levels.windows(2) {
            assert!(
                pair[1] <= pair[0] + 1,
                "{}: an h{} after an h{} skips a level ({levels:?})",
                file.name,
                pair[1],
                pair[0]
            );
        }
    }
}

#[test]
fn every_page_has_one_h1_and_its_headings_in_order() {
    let files = build(&Dataset::embedded().unwrap());
    assert_headings_in_order(&files);
    let two = build(&sg20_with_two_proposals());
    let redline = two
        .iter()
        .find(|f| f.name == "sg20/2022-2024/redline.html")
        .unwrap();
    assert_eq!(
        redline
            .contents
            .matches("'s proposal for WTSA-24</h2>")
            .count(),
        2,
        "the redline page shows both proposals"
    );
    // Each proposal's parts are headed one level below the proposal's own heading.
    let headings = Selector::parse("main h1, main h2, main h3, main h4").unwrap();
    let levels: Vec<String> = Html::parse_document(&redline.contents)
        .select(&headings)
        .map(|h| h.value().name().to_owned())
        .collect();
    assert_eq!(
        levels.iter().filter(|l| *l == "h2").count(),
        2,
        "{levels:?}"
    );
    assert!(
        levels.len() > 6 && levels.iter().skip(1).all(|l| l == "h2" || l == "h3"),
        "{levels:?}"
    );
    assert_headings_in_order(&two);
}

#[test]
fn every_page_is_well_formed_and_every_link_and_anchor_resolves() {
    links_and_anchors_resolve(&build(&Dataset::embedded().unwrap()));
    // Two redlines on one page keep their anchors apart.
    links_and_anchors_resolve(&build(&sg20_with_two_proposals()));
}

fn links_and_anchors_resolve(files: &[DirectoryFile]) {
    let pages = pages(files);
    assert!(pages.contains_key("index.html"));
    let any = Selector::parse("[id]").unwrap();
    let links = Selector::parse("a[href]").unwrap();
    let mut ids: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut parsed = BTreeMap::new();
    for (name, text) in &pages {
        let document = Html::parse_document(text);
        assert!(
            document.errors.is_empty(),
            "{name} is not well-formed: {:?}",
            document.errors
        );
        let page_ids: Vec<String> = document
            .select(&any)
            .filter_map(|e| e.value().attr("id").map(str::to_owned))
            .collect();
        let unique: BTreeSet<String> = page_ids.iter().cloned().collect();
        assert_eq!(unique.len(), page_ids.len(), "{name} repeats an id");
        ids.insert(name, unique);
        parsed.insert(*name, document);
    }
    let mut checked = 0;
    for (name, document) in &parsed {
        for link in document.select(&links) {
            let href = link.value().attr("href").unwrap();
            let Some((target, fragment)) = resolve(name, href) else {
                assert!(
                    href.starts_with("https://") || href.starts_with("http://"),
                    "{name}: {href}"
                );
                continue;
            };
            let target_ids = ids
                .get(target.as_str())
                .unwrap_or_else(|| panic!("{name}: {href} names no page ({target})"));
            if let Some(fragment) = fragment {
                assert!(
                    target_ids.contains(fragment),
                    "{name}: {href}: {target} has no #{fragment}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked} links checked");
}

#[test]
fn markup_in_the_data_stays_text() {
    let dataset = sg20_with(&[
        (
            "organisation.yaml",
            "title: Interoperability and interworking of IoT and SC&C applications and services\n",
            &format!("title: 'Interoperability {PLANT}'\n"),
        ),
        (
            "people.yaml",
            "name: Hyoung Jun Kim\n",
            &format!("name: 'Hyoung Jun Kim {PLANT}'\n"),
        ),
        (
            "meetings.yaml",
            "    place: Arusha\n",
            &format!("    place: 'Arusha {PLANT}'\n"),
        ),
        (
            "outputs.yaml",
            "title: Requirements of sensing and data collection system for city infrastructures\n",
            &format!("title: 'Requirements {PLANT}'\n"),
        ),
    ]);
    let files = build(&dataset);
    let dangerous = Selector::parse("script, img, iframe, object, embed").unwrap();
    let everything = Selector::parse("*").unwrap();
    let mut shown = 0;
    for file in &files {
        let document = Html::parse_document(&file.contents);
        assert_eq!(
            document.select(&dangerous).count(),
            0,
            "{}: an element from the data",
            file.name
        );
        for element in document.select(&everything) {
            for (attribute, value) in element.value().attrs() {
                assert!(
                    !attribute.starts_with("on"),
                    "{}: an event handler {attribute}={value}",
                    file.name
                );
                assert!(
                    !value
                        .trim_start()
                        .to_ascii_lowercase()
                        .starts_with("javascript:"),
                    "{}: {attribute}={value}",
                    file.name
                );
            }
        }
        let text: String = document.root_element().text().collect();
        shown += text.matches("<script>alert(1)</script>").count();
    }
    // The question's title, the chair's name, the plenary's place and the output's title, on
    // the pages that show them.
    assert!(
        shown >= 8,
        "the planted markup is shown as text {shown} times"
    );
    let question = files
        .iter()
        .find(|f| f.name == "sg20/2022-2024/questions/q1-20.html")
        .unwrap();
    assert!(question.contents.contains(
        "Interoperability &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"
    ));
}

#[test]
fn the_same_data_gives_the_same_bytes() {
    let dataset = Dataset::embedded().unwrap();
    let first = build(&dataset);
    let again = build(&Dataset::embedded().unwrap());
    assert_eq!(first.len(), again.len());
    for (a, b) in first.iter().zip(&again) {
        assert_eq!(a.name, b.name);
        assert!(
            a.contents == b.contents,
            "{} differs between two builds",
            a.name
        );
    }
}

#[test]
fn pages_every_period_has_and_their_pictures() {
    let dataset = Dataset::embedded().unwrap();
    let files = build(&dataset);
    let pages = pages(&files);
    for page in [
        "index.html",
        "organisation.html",
        "outputs.html",
        "meetings.html",
        "approvals.html",
        "annex-c.html",
        "claims.html",
        "findings.html",
        "redline.html",
    ] {
        assert!(
            pages.contains_key(format!("sg20/2022-2024/{page}").as_str()),
            "{page}"
        );
    }
    // Each picture is an image with a title and a description, beside its table of numbers.
    let figure = Selector::parse("figure.chart").unwrap();
    let svg = Selector::parse("svg[role=img] > title + desc").unwrap();
    let table = Selector::parse(".data table").unwrap();
    let mut pictures = 0;
    for (name, text) in &pages {
        let document = Html::parse_document(text);
        for f in document.select(&figure) {
            assert_eq!(
                f.select(&svg).count(),
                1,
                "{name}: a picture without title and description"
            );
            assert_eq!(
                f.select(&table).count(),
                1,
                "{name}: a picture without its numbers"
            );
            pictures += 1;
        }
    }
    assert!(pictures >= 6, "{pictures} pictures");
}

#[test]
fn snapshots_of_a_question_and_the_approvals() {
    let dataset = Dataset::embedded().unwrap();
    let files = build(&dataset);
    let pages = pages(&files);
    insta::assert_snapshot!(
        "site_map",
        pages.keys().copied().collect::<Vec<_>>().join("\n")
    );
    insta::assert_snapshot!(
        "question_q5_20",
        pages["sg20/2022-2024/questions/q5-20.html"]
    );
    insta::assert_snapshot!("approvals", pages["sg20/2022-2024/approvals.html"]);
}
