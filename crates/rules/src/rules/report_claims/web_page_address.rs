use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// Every page address the report gives — a group's web page (§3.3) and the pages §3.4
    /// points to — as it is recorded: an absolute `https://` address with a host name that
    /// has a dot, and no space in it, nor a full stop, comma, semicolon or colon at its end
    /// (the sentence's punctuation taken into the address).
    ///
    /// ## Why it matters
    /// An address is for following. One without its scheme (`www.itu.int/…`) is not a link
    /// in any rendering of the data; an `http://` address is refused or redirected by ITU's
    /// servers, which serve pages over HTTPS only; a trailing full stop or a space makes a
    /// page that does not exist. The report's addresses are what the secretariat publishes
    /// on the study group's pages and what the site wtsa builds links to.
    ///
    /// ## Provision
    /// Study group report to WTSA, §3.3 and §3.4; plain logic: a page address is one a
    /// browser can open (RFC 3986, an absolute URI; HTTPS, as ITU serves its pages).
    ///
    /// ## Example
    /// Fires: `http://itu.int/en/ITU-T/jca/iot`; `https://u4ssc.itu.int/publications/.` with the
    /// sentence's full stop; `itu.int/cities/dt-digest/` without a scheme.
    /// Quiet: SG20 2022–2024, where every address is an `https://` address as the report
    /// prints it, the sentence's full stop left out.
    pub struct WebPageAddress {
        code: "RC010",
        name: "web-page-address",
        family: Family::ReportClaims,
        severity: Severity::Warning,
        citation: citations::report("§3.3, §3.4"),
        periods: Periods::All,
    }
}

/// What is wrong with an address, or `None` for a well-formed `https://` address.
pub(crate) fn address_defect(url: &str) -> Option<&'static str> {
    if url.chars().any(char::is_whitespace) {
        return Some("it has a space in it");
    }
    let rest = if let Some(rest) = url.strip_prefix("https://") {
        rest
    } else if url.starts_with("http://") {
        return Some("it is an `http://` address; ITU serves its pages over `https://`");
    } else if url.contains("://") {
        return Some("its scheme is not `https://`");
    } else {
        return Some("it has no scheme (`https://`): it is not a link");
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit_once('@').map_or(host, |(_, host)| host);
    let name = host.split(':').next().unwrap_or_default();
    if name.is_empty() || !name.contains('.') || name.starts_with('.') || name.ends_with('.') {
        return Some("it has no host name");
    }
    if url.ends_with(['.', ',', ';', ':']) {
        return Some("it ends with the sentence's punctuation");
    }
    None
}

/// What an address is the address of.
enum Page<'a> {
    /// A group's web page, in its section.
    Group(&'a wtsa_model::GroupAcronym, &'a wtsa_model::SourceRef),
    /// The page for a subject, in the list that gives it.
    About(&'a str, &'a wtsa_model::SourceRef),
}

impl Rule for WebPageAddress {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        // Each address, with its place and what it is the address of: a group's web page (the
        // group and the section) or the page for a subject (the subject and the section).
        let mut addresses: Vec<(Spot, &str, Page<'_>)> = Vec::new();
        if let Some(claims) = view.claims {
            for (i, section) in claims.value.group_sections.iter().enumerate() {
                if let Some(url) = &section.webpage {
                    addresses.push((
                        Spot::new(claims.id, crate::pointer!("group_sections", i, "webpage")),
                        url,
                        Page::Group(&section.group, &section.source),
                    ));
                }
            }
        }
        if let Some(activities) = view.activities {
            for (i, page) in activities.value.web_pages.iter().enumerate() {
                addresses.push((
                    Spot::new(activities.id, crate::pointer!("web_pages", i, "url")),
                    &page.url,
                    Page::About(&page.about, &page.source),
                ));
            }
        }
        for (spot, url, page) in addresses {
            if let Some(defect) = address_defect(url) {
                let message = match page {
                    Page::Group(group, source) => message!(
                        "the address of {group}'s web page ({source}), `{url}`, is not one a browser opens: {defect}",
                        group,
                        source,
                        url,
                        defect,
                    ),
                    Page::About(about, source) => message!(
                        "the address of the page for \u{201c}{about}\u{201d} ({source}), `{url}`, is not one a browser opens: {defect}",
                        about,
                        source,
                        url,
                        defect,
                    ),
                };
                out.emit(spot, message);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::address_defect;

    #[test]
    fn reads_each_kind_of_address() {
        assert_eq!(address_defect("https://itu.int/en/ITU-T/jca/iot"), None);
        assert_eq!(
            address_defect("https://u4ssc.itu.int/thematic-groups/"),
            None
        );
        assert!(address_defect("http://itu.int/en").is_some());
        assert!(address_defect("www.itu.int/en").is_some());
        assert!(address_defect("https://itu.int/en.").is_some());
        assert!(address_defect("https://itu.int/en ITU-T").is_some());
        assert!(address_defect("https:///en").is_some());
        assert!(address_defect("https://localhost/en").is_some());
        assert!(address_defect("ftp://itu.int/en").is_some());
    }
}
