//! rustc-style diagnostics: the data file's line, a caret under the value, the rule code and
//! its citation.

use std::fmt::Write as _;

use super::RenderOptions;
use wtsa_dataset::Dataset;
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

/// How many characters to underline: the value that starts at `column` on `line`.
fn underline_width(line: &str, column: u32) -> usize {
    let start = usize::try_from(column.saturating_sub(1)).unwrap_or(0);
    let rest: String = line.chars().skip(start).collect();
    let rest = rest.trim_end();
    let value = match rest.chars().next() {
        Some('"') | Some('\'') => rest,
        // A flow collection (`{start: …, end: …}`) is underlined whole.
        Some(open @ ('{' | '[')) => {
            let close = if open == '{' { '}' } else { ']' };
            return rest
                .rfind(close)
                .map_or(1, |end| rest[..=end].chars().count())
                .clamp(1, 80);
        }
        _ => rest.split(" #").next().unwrap_or(rest),
    };
    let value = if value.starts_with("- ") || value.contains(": ") || value.ends_with(':') {
        value.split(':').next().unwrap_or(value)
    } else {
        value
    };
    value.chars().count().clamp(1, 80)
}

/// The file's line at a location, with its line number and a caret line.
fn snippet(out: &mut String, dataset: &Dataset, location: &Location, palette: &Palette) {
    let Some(file) = dataset.files.iter().find(|f| f.path == location.file) else {
        return;
    };
    let Some(text) = file.line(location.line) else {
        return;
    };
    let number = location.line.to_string();
    let gutter = " ".repeat(number.len());
    let bar = palette.accent("|");
    let _ = writeln!(out, "{gutter} {bar}");
    let _ = writeln!(
        out,
        "{} {bar} {}",
        palette.accent(&number),
        text.replace('\t', " ")
    );
    let pad = " ".repeat(usize::try_from(location.column.saturating_sub(1)).unwrap_or(0));
    let carets = "^".repeat(underline_width(text, location.column));
    let _ = writeln!(
        out,
        "{gutter} {bar} {pad}{}",
        palette.paint("1;31", &carets)
    );
}

fn finding(out: &mut String, dataset: &Dataset, finding: &Finding, palette: &Palette) {
    let location = &finding.location;
    let _ = writeln!(
        out,
        "{}[{}]: {}",
        palette.severity(finding.severity),
        finding.code,
        finding.message
    );
    let _ = writeln!(
        out,
        "  {} {}:{}:{}",
        palette.accent("-->"),
        location.file,
        location.line,
        location.column
    );
    snippet(out, dataset, location, palette);
    for related in &finding.related {
        let _ = writeln!(
            out,
            "  = note: {} ({}:{}:{})",
            related.message, related.location.file, related.location.line, related.location.column
        );
    }
    if let Some(fix) = &finding.fix {
        let _ = writeln!(out, "  = help: {fix}");
    }
    let _ = writeln!(out, "  = cite: {}", finding.citation);
    let _ = writeln!(
        out,
        "  = rule: {} (wtsa explain {})",
        finding.rule, finding.code
    );
    out.push('\n');
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("{count} {word}")
    } else {
        format!("{count} {word}s")
    }
}

pub fn render(report: &Report, dataset: &Dataset, options: &RenderOptions) -> String {
    let palette = Palette {
        color: options.color,
    };
    let mut out = String::new();
    for f in &report.findings {
        finding(&mut out, dataset, f, &palette);
    }
    let summary = &report.summary;
    let mut line = format!(
        "{}: {}, {}, {} ({} run on {} in {})",
        if report.findings.is_empty() {
            "No findings"
        } else {
            "Found"
        },
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning"),
        plural(summary.infos, "info"),
        plural(summary.rules_run, "rule"),
        plural(summary.documents, "document"),
        plural(summary.files, "file"),
    );
    if summary.suppressed > 0 {
        let _ = write!(line, "; {} suppressed", summary.suppressed);
    }
    if summary.baselined > 0 {
        let _ = write!(line, "; {} in the baseline", summary.baselined);
    }
    if !report.fixed_since_baseline.is_empty() {
        let _ = write!(
            line,
            "; {} fixed since the baseline",
            report.fixed_since_baseline.len()
        );
    }
    let _ = writeln!(out, "{line}.");
    out
}
