//! rustc-style diagnostics: the data file's line, a caret under the value, the rule code and
//! its citation.

use std::fmt::Write as _;

use super::RenderOptions;
use wtsa_dataset::{Dataset, Position, Span};
use wtsa_model::text::escape::terminal::{in_place, visible};
use wtsa_rules::report::{Finding, Location, Report};
use wtsa_rules::rule::Severity;

struct Palette {
    color: bool,
}

impl Palette {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_owned()
        }
    }

    fn severity(&self, severity: Severity) -> String {
        let code = match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.paint(code, severity.as_str())
    }

    fn accent(&self, text: &str) -> String {
        self.paint("1;34", text)
    }
}

/// The line without a trailing comment (a `#` after white space, outside quotes) or trailing
/// white space.
fn without_comment(line: &str) -> &str {
    let mut quote = None;
    let mut previous = ' ';
    for (at, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(open), c) if c == open => quote = None,
            (None, '#') if previous.is_whitespace() => return line[..at].trim_end(),
            _ => {}
        }
        previous = c;
    }
    line.trim_end()
}

/// How many characters to underline on the value's first line: the value itself when it ends
/// on that line, else the rest of the line up to a comment.
fn underline_width(line: &str, span: Span) -> usize {
    let width = if span.end.line == span.start.line {
        span.end.column.saturating_sub(span.start.column) as usize
    } else {
        let start = usize::try_from(span.start.column.saturating_sub(1)).unwrap_or(0);
        let rest: String = line.chars().skip(start).collect();
        without_comment(&rest).chars().count()
    };
    width.max(1)
}

/// The width of the line-number gutter for a location: rustc aligns the `-->` arrow, the bars
/// and the `=` notes on it.
fn gutter_width(location: &Location) -> usize {
    location.line.to_string().len()
}

/// The file's line at a location, with its line number and a caret line.
fn snippet(out: &mut String, dataset: &Dataset, location: &Location, palette: &Palette) {
    let Some(file) = dataset.files.iter().find(|f| f.path == location.file) else {
        return;
    };
    let Some(text) = file.line(location.line) else {
        return;
    };
    let span = file.span(&location.pointer);
    // The location is where the finding points; its span is used only when it starts there.
    let span = if span.start.line == location.line && span.start.column == location.column {
        span
    } else {
        Span::new(
            Position {
                line: location.line,
                column: location.column,
            },
            Position {
                line: location.line.saturating_add(1),
                column: 1,
            },
        )
    };
    let number = location.line.to_string();
    let gutter = " ".repeat(number.len());
    let bar = palette.accent("|");
    let _ = writeln!(out, "{gutter} {bar}");
    let _ = writeln!(out, "{} {bar} {}", palette.accent(&number), in_place(text));
    let pad = " ".repeat(usize::try_from(location.column.saturating_sub(1)).unwrap_or(0));
    let carets = "^".repeat(underline_width(text, span));
    let _ = writeln!(
        out,
        "{gutter} {bar} {pad}{}",
        palette.paint("1;31", &carets)
    );
}

fn finding(out: &mut String, dataset: &Dataset, finding: &Finding, palette: &Palette) {
    let location = &finding.location;
    let gutter = " ".repeat(gutter_width(location));
    let _ = writeln!(
        out,
        "{}[{}]: {}",
        palette.severity(finding.severity),
        finding.code,
        visible(&finding.message)
    );
    let _ = writeln!(
        out,
        "{gutter}{} {}:{}:{}",
        palette.accent("-->"),
        visible(&location.file),
        location.line,
        location.column
    );
    snippet(out, dataset, location, palette);
    for related in &finding.related {
        let _ = writeln!(
            out,
            "{gutter} = note: {} ({}:{}:{})",
            visible(&related.message),
            visible(&related.location.file),
            related.location.line,
            related.location.column
        );
    }
    if let Some(fix) = &finding.fix {
        let _ = writeln!(out, "{gutter} = help: {}", visible(&fix.advice));
        if let Some(edit) = &fix.edit {
            let _ = writeln!(out, "{gutter} = fix: {}", visible(&edit.to_string()));
        }
    }
    // A citation names documents of the data (the report's title, an edition).
    let _ = writeln!(
        out,
        "{gutter} = cite: {}",
        visible(&finding.citation.to_string())
    );
    let _ = writeln!(
        out,
        "{gutter} = rule: {} (wtsa explain {})",
        finding.rule, finding.code
    );
    out.push('\n');
}

pub fn render(report: &Report, dataset: &Dataset, options: &RenderOptions) -> String {
    let palette = Palette {
        color: options.color,
    };
    let mut out = String::new();
    for f in &report.findings {
        finding(&mut out, dataset, f, &palette);
    }
    let _ = writeln!(out, "{}", super::summary_line(report));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(line: u32, start: u32, end_line: u32, end: u32) -> Span {
        Span::new(
            Position {
                line,
                column: start,
            },
            Position {
                line: end_line,
                column: end,
            },
        )
    }

    #[test]
    fn a_value_on_one_line_is_underlined_exactly() {
        // The date inside a flow mapping: not the `}` after it.
        let line = "  - dates: {start: 2023-04-12, end: 2023-04-10}";
        assert_eq!(underline_width(line, span(1, 37, 1, 47)), 10);
        assert_eq!(underline_width("x: ''", span(1, 4, 1, 4)), 1);
    }

    #[test]
    fn a_value_over_several_lines_is_underlined_to_its_first_lines_comment() {
        let line = "  - number: Y.4052   # \"quoted # not a comment\"";
        assert_eq!(underline_width(line, span(1, 5, 3, 1)), 14);
        assert_eq!(without_comment("title: 'a # b' # c"), "title: 'a # b'");
        assert_eq!(without_comment("url: x#y"), "url: x#y");
    }
}
