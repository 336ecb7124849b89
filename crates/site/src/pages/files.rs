//! The data files as pages, one anchor per line (`#L42`), so that a finding links to the very
//! line a person would edit.

use maud::html;

use crate::layout::{page, Page, Text};
use crate::pages::here;
use crate::paths::PagePath;
use crate::site::Site;

pub fn render(site: &Site<'_>, out: &mut Vec<(PagePath, String)>) {
    for (file, target) in site.files.iter() {
        let Some(source) = site.dataset.files.iter().find(|f| f.path == file) else {
            continue;
        };
        let path = PagePath::new(target);
        let text = source.text();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let lines = text.lines().count();
        let content = html! {
            h1 { code { (Text(file)) } }
            p.lead { (lines) " lines, as read. A link to a line highlights it." }
            pre.source {
                code {
                    @for (i, line) in text.lines().enumerate() {
                        span.l id=(format!("L{}", i + 1)) { (Text(line)) "\n" }
                    }
                }
            }
        };
        let shell = Page {
            path: &path,
            title: file.to_owned(),
            crumbs: vec![here(file.to_owned())],
            period: None,
        };
        out.push((path.clone(), page(&shell, content)));
    }
}
