//! Where each page of the site lives, and links between pages that work from `file://`: every
//! link is relative to the page that holds it, so the site can be opened from a folder or
//! served from any sub-path of a static host.

use std::collections::BTreeMap;

use wtsa_model::{QuestionId, StudyGroupId, StudyPeriod, WorkingPartyId};

/// A page's path from the site's root, such as `sg20/2022-2024/index.html`: folders joined by
/// `/`, never a leading `/`, never `..`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PagePath(String);

impl PagePath {
    pub fn new(path: impl Into<String>) -> Self {
        Self(path.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The link from this page to `target` (a path from the root, with an optional `#anchor`).
    pub fn href(&self, target: &str) -> String {
        let depth = self.0.matches('/').count();
        let mut href = "../".repeat(depth);
        href.push_str(target);
        href
    }
}

impl std::fmt::Display for PagePath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A fragment identifier made from any text: lower-case ASCII letters and digits, each run of
/// other characters one `-` (`Q1/20` → `q1-20`, `JCA-IoT and SC&C` → `jca-iot-and-sc-c`).
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        out.push('x');
    }
    out
}

/// The folder of a study group's period: `sg20/2022-2024/`.
pub fn period_dir(study_group: StudyGroupId, period: StudyPeriod) -> String {
    format!("{}/{}/", slug(&study_group.to_string()), period)
}

/// The pages of one study group's period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodPage {
    Overview,
    Organisation,
    Outputs,
    Meetings,
    Approvals,
    Claims,
    Findings,
    Redline,
    AnnexC,
}

impl PeriodPage {
    pub const ALL: [PeriodPage; 9] = [
        PeriodPage::Overview,
        PeriodPage::Organisation,
        PeriodPage::Outputs,
        PeriodPage::Meetings,
        PeriodPage::Approvals,
        PeriodPage::AnnexC,
        PeriodPage::Claims,
        PeriodPage::Findings,
        PeriodPage::Redline,
    ];

    pub fn file(self) -> &'static str {
        match self {
            Self::Overview => "index.html",
            Self::Organisation => "organisation.html",
            Self::Outputs => "outputs.html",
            Self::Meetings => "meetings.html",
            Self::Approvals => "approvals.html",
            Self::Claims => "claims.html",
            Self::Findings => "findings.html",
            Self::Redline => "redline.html",
            Self::AnnexC => "annex-c.html",
        }
    }

    /// The page's name in the period's navigation.
    pub fn label(self) -> &'static str {
        match self {
            Self::Overview => "Overview",
            Self::Organisation => "Organisation",
            Self::Outputs => "Outputs",
            Self::Meetings => "Meetings",
            Self::Approvals => "Approvals",
            Self::Claims => "Claims",
            Self::Findings => "Findings",
            Self::Redline => "Resolution 2",
            Self::AnnexC => "Annex C",
        }
    }

    pub fn path(self, study_group: StudyGroupId, period: StudyPeriod) -> String {
        format!("{}{}", period_dir(study_group, period), self.file())
    }
}

pub fn question(period: StudyPeriod, question: &QuestionId) -> String {
    format!(
        "{}questions/{}.html",
        period_dir(question.study_group(), period),
        slug(&question.to_string())
    )
}

/// The anchor of a Working Party on the organisation page.
pub fn working_party_anchor(working_party: &WorkingPartyId) -> String {
    slug(&working_party.to_string())
}

pub fn person(id: &wtsa_model::PersonId) -> String {
    format!("people/{id}.html")
}

pub fn rule(code: &str) -> String {
    format!("rules/{}.html", slug(code))
}

pub const RULES: &str = "rules/index.html";
pub const INDEX: &str = "index.html";
pub const PEOPLE: &str = "people/index.html";
pub const CORPUS_FINDINGS: &str = "findings.html";

/// The anchor of a Recommendation on the outputs page (`y-4101-y-2067`).
pub fn recommendation_anchor(designation: &wtsa_model::RecommendationDesignation) -> String {
    format!("rec-{}", slug(&designation.to_string()))
}

/// The pages that show the data files, one per file, named after the file's path with the
/// part every path shares removed (`data/sg20/2022-2024/outputs.yaml` →
/// `files/sg20/2022-2024/outputs.yaml.html`). Two paths that come out the same get `-2`, `-3` ….
#[derive(Debug, Clone, Default)]
pub struct FilePages {
    by_path: BTreeMap<String, String>,
}

impl FilePages {
    pub fn new<'a>(paths: impl IntoIterator<Item = &'a str>) -> Self {
        let paths: Vec<&str> = paths.into_iter().collect();
        let split = |path: &'a str| -> Vec<&'a str> {
            path.split(['/', '\\'])
                .filter(|part| !part.is_empty() && *part != ".")
                .collect()
        };
        let split_paths: Vec<Vec<&str>> = paths.iter().map(|p| split(p)).collect();
        // The folders every path shares (never the file name itself).
        let mut common = split_paths.first().map_or(0, |p| p.len().saturating_sub(1));
        for parts in &split_paths {
            let shared = split_paths
                .first()
                .map_or(0, |first| {
                    first
                        .iter()
                        .zip(parts.iter())
                        .take_while(|(a, b)| a == b)
                        .count()
                })
                .min(parts.len().saturating_sub(1));
            common = common.min(shared);
        }
        let mut by_path = BTreeMap::new();
        let mut taken = std::collections::BTreeSet::new();
        for (path, parts) in paths.iter().zip(&split_paths) {
            if by_path.contains_key(*path) {
                continue;
            }
            let folders: Vec<String> = parts
                .iter()
                .skip(common)
                .map(|part| file_slug(part))
                .collect();
            let stem = format!("files/{}", folders.join("/"));
            let mut page = format!("{stem}.html");
            let mut n = 2;
            while taken.contains(&page) {
                page = format!("{stem}-{n}.html");
                n += 1;
            }
            taken.insert(page.clone());
            by_path.insert((*path).to_owned(), page);
        }
        Self { by_path }
    }

    /// The page of the file at `path`, as the dataset names it.
    pub fn page(&self, path: &str) -> Option<&str> {
        self.by_path.get(path).map(String::as_str)
    }

    /// Every (file path, page), in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.by_path.iter().map(|(a, b)| (a.as_str(), b.as_str()))
    }
}

/// A path part kept readable: letters, digits, `.`, `_` and `-`; anything else `_`.
fn file_slug(part: &str) -> String {
    let cleaned: String = part
        .trim_start_matches('.')
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if cleaned.is_empty() {
        "_".to_owned()
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_relative_to_the_page() {
        let page = PagePath::new("sg20/2022-2024/questions/q1-20.html");
        assert_eq!(page.href("index.html"), "../../../index.html");
        assert_eq!(
            PagePath::new("index.html").href("rules/ac003.html"),
            "rules/ac003.html"
        );
    }

    #[test]
    fn slugs_keep_letters_and_digits() {
        assert_eq!(slug("Q1/20"), "q1-20");
        assert_eq!(slug("JCA-IoT and SC&C"), "jca-iot-and-sc-c");
        assert_eq!(slug("<script>"), "script");
        assert_eq!(slug("///"), "x");
    }

    #[test]
    fn file_pages_drop_the_shared_folders_and_stay_distinct() {
        let pages = FilePages::new([
            "data/sg20/2022-2024/outputs.yaml",
            "data/catalogue/itu-t.json",
            "data/sg20/2022-2024/a b.yaml",
            "data/sg20/2022-2024/a_b.yaml",
        ]);
        assert_eq!(
            pages.page("data/sg20/2022-2024/outputs.yaml"),
            Some("files/sg20/2022-2024/outputs.yaml.html")
        );
        assert_eq!(
            pages.page("data/catalogue/itu-t.json"),
            Some("files/catalogue/itu-t.json.html")
        );
        assert_eq!(
            pages.page("data/sg20/2022-2024/a b.yaml"),
            Some("files/sg20/2022-2024/a_b.yaml.html")
        );
        assert_eq!(
            pages.page("data/sg20/2022-2024/a_b.yaml"),
            Some("files/sg20/2022-2024/a_b.yaml-2.html")
        );
        let single = FilePages::new(["/tmp/x/../outputs.yaml"]);
        assert_eq!(
            single.page("/tmp/x/../outputs.yaml"),
            Some("files/outputs.yaml.html")
        );
    }
}
