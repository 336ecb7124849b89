//! What every part of the import shares: the report's lines and outline, the diagnostics so
//! far, and which table rows have been read (so rows nothing read are reported).

use std::ops::Range;
use std::str::FromStr;

use wtsa_model::DesignationError;

use crate::diagnostic::{Diagnostic, Problem, Severity};
use crate::source::{self, Line, Outline};
use crate::table::{self, normalise_header, Cell, Row, Table};

/// A table found under its `TABLE n` caption.
#[derive(Debug, Clone)]
pub(crate) struct Captioned {
    /// `Table 8`, as a source reference and in diagnostics.
    pub name: String,
    pub table: Table,
}

/// A column the importer reads: its name and the other names a report may give it.
pub(crate) type ColumnSpec = (&'static str, &'static [&'static str]);

pub(crate) struct Context {
    pub lines: Vec<Line>,
    pub outline: Outline,
    pub diagnostics: Vec<Diagnostic>,
    read: Vec<Range<usize>>,
}

impl Context {
    pub fn new(report: &str) -> Self {
        let lines = source::lines(report);
        let outline = Outline::of(&lines);
        Self {
            lines,
            outline,
            diagnostics: Vec::new(),
            read: Vec::new(),
        }
    }

    pub fn warn(&mut self, line: usize, problem: Problem) {
        self.diagnostics.push(Diagnostic {
            line,
            severity: Severity::Warning,
            problem,
        });
    }

    pub fn error(&mut self, line: usize, problem: Problem) {
        self.diagnostics.push(Diagnostic {
            line,
            severity: Severity::Error,
            problem,
        });
    }

    /// The 1-based line number of a line index (the last line for an index past the end).
    pub fn number(&self, index: usize) -> usize {
        self.lines
            .get(index)
            .or_else(|| self.lines.last())
            .map_or(1, |l| l.number)
    }

    /// The line after the last, for what is missing at the end of the report.
    pub fn end_line(&self) -> usize {
        self.lines.len().max(1)
    }

    /// The lines of a range, with their indexes.
    pub fn lines_in(&self, range: Range<usize>) -> impl Iterator<Item = (usize, &Line)> {
        let start = range.start;
        self.lines
            .get(range)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(move |(i, l)| (start + i, l))
    }

    /// Records that these lines were read, so they are not reported as stray rows.
    pub fn mark_read(&mut self, range: Range<usize>) {
        self.read.push(range);
    }

    /// A value parsed from text, or a warning at `line` and `None`.
    pub fn designation<T: FromStr<Err = DesignationError>>(
        &mut self,
        line: usize,
        what: &'static str,
        text: &str,
    ) -> Option<T> {
        match text.trim().parse() {
            Ok(value) => Some(value),
            Err(source) => {
                self.warn(
                    line,
                    Problem::Designation {
                        what,
                        text: text.trim().to_owned(),
                        source,
                    },
                );
                None
            }
        }
    }

    /// Warns that `text` at `line` is not the `what` expected.
    pub fn unreadable(
        &mut self,
        line: usize,
        what: &'static str,
        text: &str,
        expected: &'static str,
    ) {
        self.warn(
            line,
            Problem::Unreadable {
                what,
                text: text.trim().to_owned(),
                expected,
            },
        );
    }

    /// Reports a missing part: an error when the template requires it, a warning otherwise.
    pub fn missing(&mut self, line: usize, required: bool, what: String, expected: String) {
        let problem = Problem::Missing { what, expected };
        if required {
            self.error(line, problem);
        } else {
            self.warn(line, problem);
        }
    }

    /// The table under the caption `TABLE n`.
    pub fn captioned_table(&mut self, number: u32, required: bool) -> Option<Captioned> {
        let name = format!("Table {number}");
        let Some(caption) = self.outline.caption(number) else {
            // Where it should have been: before the next table that is there, else at the end.
            let line = self
                .outline
                .captions
                .iter()
                .filter(|(n, _)| *n > number)
                .map(|(_, i)| self.number(*i))
                .min()
                .unwrap_or_else(|| self.end_line());
            self.missing(
                line,
                required,
                name,
                format!("a `TABLE {number}` caption, its title and the table"),
            );
            return None;
        };
        // The table stops at the next caption or annex, whatever blank lines it has.
        let limit = self
            .outline
            .captions
            .iter()
            .map(|c| c.1)
            .chain(self.outline.annexes.iter().map(|a| a.1))
            .filter(|&i| i > caption)
            .min()
            .unwrap_or(self.lines.len());
        // The caption's title (a line or two without a tab) comes before the header row.
        let header = self
            .lines_in(caption + 1..limit)
            .find(|(_, l)| l.is_tab_led())
            .map_or(limit, |(i, _)| i);
        let Some(table) = table::read(&self.lines, header, limit) else {
            self.missing(
                self.number(caption + 1),
                required,
                format!("{name}'s rows"),
                "a title, then a header row of tab-led cells, before the next caption".to_owned(),
            );
            return None;
        };
        self.read.push(table.start..table.end);
        Some(Captioned { name, table })
    }

    /// The first table within a range of lines (a section's table without a caption).
    pub fn table_in(&mut self, range: Range<usize>) -> Option<Table> {
        let start = self
            .lines_in(range.clone())
            .find(|(_, l)| l.is_tab_led())
            .map(|(i, _)| i)?;
        let table = table::read(&self.lines, start, range.end)?;
        self.read.push(table.start..table.end);
        Some(table)
    }

    /// Finds each column the importer reads in a table's header, by name, so that a report
    /// whose columns come in another order still imports. An error when one is missing.
    pub fn columns<const N: usize>(
        &mut self,
        what: &str,
        table: &Table,
        spec: [ColumnSpec; N],
    ) -> Option<[usize; N]> {
        let names: Vec<String> = table
            .header
            .cells
            .iter()
            .map(|c| normalise_header(&c.text()))
            .collect();
        let mut found = [0; N];
        let mut complete = true;
        for (slot, (column, aliases)) in found.iter_mut().zip(spec) {
            let position = names.iter().position(|name| {
                *name == normalise_header(column)
                    || aliases.iter().any(|a| *name == normalise_header(a))
            });
            match position {
                Some(p) => *slot = p,
                None => {
                    complete = false;
                    self.error(
                        table.header.line,
                        Problem::MissingColumn {
                            table: what.to_owned(),
                            column,
                            found: table
                                .header
                                .cells
                                .iter()
                                .map(|c| format!("`{}`", c.text()))
                                .collect::<Vec<_>>()
                                .join(", "),
                        },
                    );
                }
            }
        }
        complete.then_some(found)
    }

    /// A data row's cells in the order of `columns`, or a warning when the row does not have
    /// as many cells as the header (a cell lost or added, or the report cut short).
    pub fn cells<'t, const N: usize>(
        &mut self,
        what: &str,
        table: &Table,
        row: &'t Row,
        columns: &[usize; N],
    ) -> Option<[&'t Cell; N]> {
        let expected = table.header.cells.len();
        if row.cells.len() != expected {
            self.warn(
                row.line,
                Problem::CellCount {
                    table: what.to_owned(),
                    found: row.cells.len(),
                    expected,
                    columns: table
                        .header
                        .cells
                        .iter()
                        .map(Cell::text)
                        .collect::<Vec<_>>()
                        .join(" | "),
                },
            );
            return None;
        }
        let mut cells = Vec::with_capacity(N);
        for &column in columns {
            cells.push(row.cells.get(column)?);
        }
        cells.try_into().ok()
    }

    /// Reports runs of tab-led lines no parser read: rows of a table the importer did not
    /// find (a misspelt caption, rows cut off from their table).
    pub fn report_stray_rows(&mut self) {
        let mut stray = Vec::new();
        let mut in_run = false;
        // Whether the previous line was a non-blank line of the run, so that a line without a
        // tab continues its cell rather than ending the run.
        let mut continues = false;
        for (index, line) in self.lines.iter().enumerate() {
            if line.is_blank() {
                continues = false;
                continue;
            }
            let read = self.read.iter().any(|r| r.contains(&index));
            if line.is_tab_led() && !read {
                if !in_run {
                    stray.push(line.number);
                }
                in_run = true;
                continues = true;
            } else if !(in_run && continues && !line.is_tab_led()) {
                in_run = false;
                continues = false;
            }
        }
        for line in stray {
            self.warn(line, Problem::StrayRows);
        }
    }
}

/// A source reference built by the importer (`§1.1`, `Table 8`, `Annex 2`); `None` only for
/// text that is not one, which the importer does not build.
pub(crate) fn source_ref(text: &str) -> Option<wtsa_model::SourceRef> {
    text.parse().ok()
}
