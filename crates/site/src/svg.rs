//! Pictures drawn as SVG when the site is built, through the same templates as the pages (no
//! script draws anything in the browser). Each picture is a [`Chart`]: the drawing, a text
//! alternative, and its numbers as a table shown beside it.
//!
//! Coordinates are computed in floating point and written with one decimal, so the same data
//! draws the same bytes.

use chrono::{Datelike, NaiveDate};
use maud::{html, Markup};

use crate::layout::Text;

/// A picture with its text alternative and the table of its numbers.
pub struct Chart {
    /// Unique within the page: the figure's anchor and the prefix of its inner ids.
    pub id: String,
    pub caption: String,
    pub svg: Markup,
    pub table: Markup,
    /// Picture above its table rather than beside it.
    pub wide: bool,
}

/// The figure: caption, the SVG as an image with its title and description, the table.
pub fn figure(chart: &Chart) -> Markup {
    let class = if chart.wide { "chart wide" } else { "chart" };
    html! {
        figure #(chart.id) class=(class) {
            figcaption { (Text(&chart.caption)) }
            div.picture { (chart.svg) }
            div.data role="region" aria-label=(format!("{} (numbers)", chart.caption)) tabindex="0" {
                (chart.table)
            }
        }
    }
}

/// One decimal, without a trailing `.0`.
pub fn num(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

/// The `<svg>` element with its accessible name and description.
fn svg_root(
    id: &str,
    title: &str,
    description: &str,
    width: f64,
    height: f64,
    body: Markup,
) -> Markup {
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    html! {
        svg xmlns="http://www.w3.org/2000/svg" role="img"
            aria-labelledby=(format!("{title_id} {desc_id}"))
            viewBox=(format!("0 0 {} {}", num(width), num(height)))
            width=(num(width)) height=(num(height))
            font-family="system-ui, sans-serif" font-size="12" {
            title #(title_id) { (Text(title)) }
            desc #(desc_id) { (Text(description)) }
            (body)
        }
    }
}

/// Shortens a label to `max` characters, with an ellipsis.
fn clip_label(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_owned()
    } else {
        let mut short: String = label.chars().take(max.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}

/// The colours of the series, each with at least 4.5:1 contrast against white (they carry
/// meaning beside their labels and the table, never alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Plenary,
    Rapporteur,
    Group,
    Tap,
    Aap,
    Owned,
    Elsewhere,
    Unlisted,
    Other,
}

impl Ink {
    pub fn colour(self) -> &'static str {
        match self {
            Self::Plenary => "#12365f",
            Self::Rapporteur => "#00695c",
            Self::Group => "#6a3d9a",
            Self::Tap => "#9c3d00",
            Self::Aap => "#1d6b32",
            Self::Owned => "#12365f",
            Self::Elsewhere => "#b35900",
            Self::Unlisted => "#a3001b",
            Self::Other => "#d9dde3",
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Timeline

/// Something that happened over one or more days.
pub struct Span {
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Shown when the pointer rests on it.
    pub label: String,
}

/// One row of a timeline.
pub struct Lane {
    pub label: String,
    pub ink: Ink,
    pub spans: Vec<Span>,
    /// Single days drawn as diamonds (approvals) rather than bars.
    pub marks: bool,
}

/// A timeline of `lanes` from `from` to `to` (inclusive).
pub fn timeline(
    id: &str,
    title: &str,
    description: &str,
    from: NaiveDate,
    to: NaiveDate,
    lanes: &[Lane],
) -> Markup {
    const WIDTH: f64 = 960.0;
    const LEFT: f64 = 170.0;
    const RIGHT: f64 = 12.0;
    const TOP: f64 = 34.0;
    const ROW: f64 = 24.0;
    let total_days = ((to - from).num_days() + 1).max(1) as f64;
    let plot = WIDTH - LEFT - RIGHT;
    let x = |date: NaiveDate| LEFT + (date - from).num_days() as f64 / total_days * plot;
    let height = TOP + ROW * lanes.len() as f64 + 10.0;
    let years: Vec<i32> = (from.year()..=to.year()).collect();
    let quarters: Vec<NaiveDate> = years
        .iter()
        .flat_map(|year| [1, 4, 7, 10].map(|month| NaiveDate::from_ymd_opt(*year, month, 1)))
        .flatten()
        .filter(|d| *d > from && *d <= to)
        .collect();
    let body = html! {
        // Alternate lane bands, then the grid, then the events.
        @for (i, _) in lanes.iter().enumerate() {
            @if i % 2 == 0 {
                rect x="0" y=(num(TOP + ROW * i as f64)) width=(num(WIDTH)) height=(num(ROW)) fill="#f3f5f8" {}
            }
        }
        @for quarter in &quarters {
            @let qx = x(*quarter);
            @if quarter.month() == 1 {
                line x1=(num(qx)) x2=(num(qx)) y1="18" y2=(num(height - 10.0)) stroke="#6b6b6b" stroke-width="1" {}
            } @else {
                line x1=(num(qx)) x2=(num(qx)) y1="26" y2=(num(height - 10.0)) stroke="#c8c8c8" stroke-width="1" stroke-dasharray="2 3" {}
            }
        }
        @for year in &years {
            @let start = NaiveDate::from_ymd_opt(*year, 1, 1).unwrap_or(from).max(from);
            @let end = NaiveDate::from_ymd_opt(*year, 12, 31).unwrap_or(to).min(to);
            text x=(num((x(start) + x(end)) / 2.0)) y="16" text-anchor="middle" font-weight="600" fill="#1a1a1a" { (year) }
        }
        @for (i, lane) in lanes.iter().enumerate() {
            @let y = TOP + ROW * i as f64;
            text x=(num(LEFT - 8.0)) y=(num(y + ROW / 2.0 + 4.0)) text-anchor="end" fill="#1a1a1a" {
                (Text(&clip_label(&lane.label, 24)))
            }
            @for span in &lane.spans {
                @if span.end >= from && span.start <= to {
                    @let x0 = x(span.start.max(from));
                    @let x1 = x(span.end.min(to) + chrono::Days::new(1));
                    @if lane.marks {
                        @let cx = (x0 + x1) / 2.0;
                        @let cy = y + ROW / 2.0;
                        path d=(format!("M{} {}L{} {}L{} {}L{} {}Z", num(cx), num(cy - 6.0), num(cx + 5.0), num(cy), num(cx), num(cy + 6.0), num(cx - 5.0), num(cy)))
                            fill=(lane.ink.colour()) fill-opacity="0.85" {
                            title { (Text(&span.label)) }
                        }
                    } @else {
                        rect x=(num(x0)) y=(num(y + 5.0)) width=(num((x1 - x0).max(3.0))) height=(num(ROW - 10.0)) rx="2"
                            fill=(lane.ink.colour()) fill-opacity="0.85" {
                            title { (Text(&span.label)) }
                        }
                    }
                }
            }
        }
    };
    svg_root(id, title, description, WIDTH, height, body)
}

// ---------------------------------------------------------------------------------------------
// Stacked bars: TAP and AAP

/// One bar: a label and its TAP and AAP counts.
pub struct Bar {
    pub label: String,
    pub tap: usize,
    pub aap: usize,
}

fn legend(items: &[(Ink, &str)], x: f64, y: f64) -> Markup {
    html! {
        @for (i, (ink, label)) in items.iter().enumerate() {
            @let lx = x + 130.0 * i as f64;
            rect x=(num(lx)) y=(num(y - 10.0)) width="12" height="12" fill=(ink.colour()) {}
            text x=(num(lx + 17.0)) y=(num(y)) fill="#1a1a1a" { (*label) }
        }
    }
}

/// Horizontal bars, one per label (Questions), TAP then AAP stacked.
pub fn horizontal_bars(id: &str, title: &str, description: &str, bars: &[Bar]) -> Markup {
    const WIDTH: f64 = 640.0;
    const LEFT: f64 = 150.0;
    const TOP: f64 = 30.0;
    const ROW: f64 = 26.0;
    let max = bars.iter().map(|b| b.tap + b.aap).max().unwrap_or(0).max(1) as f64;
    let plot = WIDTH - LEFT - 40.0;
    let unit = plot / max;
    let height = TOP + ROW * bars.len() as f64 + 24.0;
    let ticks = ticks(max as usize);
    let body = html! {
        (legend(&[(Ink::Tap, "TAP"), (Ink::Aap, "AAP")], LEFT, 16.0))
        @for tick in &ticks {
            @let tx = LEFT + *tick as f64 * unit;
            line x1=(num(tx)) x2=(num(tx)) y1=(num(TOP - 4.0)) y2=(num(height - 20.0)) stroke="#d0d0d0" {}
            text x=(num(tx)) y=(num(height - 6.0)) text-anchor="middle" fill="#4a4a4a" { (tick) }
        }
        @for (i, bar) in bars.iter().enumerate() {
            @let y = TOP + ROW * i as f64;
            text x=(num(LEFT - 8.0)) y=(num(y + ROW / 2.0 + 4.0)) text-anchor="end" fill="#1a1a1a" { (Text(&clip_label(&bar.label, 20))) }
            @let tap_width = bar.tap as f64 * unit;
            @let aap_width = bar.aap as f64 * unit;
            @if bar.tap > 0 {
                rect x=(num(LEFT)) y=(num(y + 4.0)) width=(num(tap_width)) height=(num(ROW - 8.0)) fill=(Ink::Tap.colour()) {
                    title { (Text(&format!("{}: {} TAP", bar.label, bar.tap))) }
                }
            }
            @if bar.aap > 0 {
                rect x=(num(LEFT + tap_width)) y=(num(y + 4.0)) width=(num(aap_width)) height=(num(ROW - 8.0)) fill=(Ink::Aap.colour()) {
                    title { (Text(&format!("{}: {} AAP", bar.label, bar.aap))) }
                }
            }
            text x=(num(LEFT + tap_width + aap_width + 5.0)) y=(num(y + ROW / 2.0 + 4.0)) fill="#1a1a1a" { (bar.tap + bar.aap) }
        }
    };
    svg_root(id, title, description, WIDTH, height, body)
}

/// Vertical columns, one per label (months), TAP at the foot, AAP on top; a label under every
/// `label_every`-th column.
pub fn columns(
    id: &str,
    title: &str,
    description: &str,
    bars: &[Bar],
    label_every: usize,
) -> Markup {
    const LEFT: f64 = 36.0;
    const TOP: f64 = 30.0;
    const PLOT_HEIGHT: f64 = 180.0;
    let column = if bars.len() > 40 { 14.0 } else { 22.0 };
    let width = LEFT + column * bars.len() as f64 + 12.0;
    let width = width.max(320.0);
    let height = TOP + PLOT_HEIGHT + 40.0;
    let max = bars.iter().map(|b| b.tap + b.aap).max().unwrap_or(0).max(1) as f64;
    let unit = PLOT_HEIGHT / max;
    let base = TOP + PLOT_HEIGHT;
    let ticks = ticks(max as usize);
    let body = html! {
        (legend(&[(Ink::Tap, "TAP"), (Ink::Aap, "AAP")], LEFT, 16.0))
        @for tick in &ticks {
            @let ty = base - *tick as f64 * unit;
            line x1=(num(LEFT)) x2=(num(width - 6.0)) y1=(num(ty)) y2=(num(ty)) stroke="#d0d0d0" {}
            text x=(num(LEFT - 6.0)) y=(num(ty + 4.0)) text-anchor="end" fill="#4a4a4a" { (tick) }
        }
        @for (i, bar) in bars.iter().enumerate() {
            @let x = LEFT + column * i as f64 + 2.0;
            @let tap_height = bar.tap as f64 * unit;
            @let aap_height = bar.aap as f64 * unit;
            @if bar.tap > 0 {
                rect x=(num(x)) y=(num(base - tap_height)) width=(num(column - 4.0)) height=(num(tap_height)) fill=(Ink::Tap.colour()) {
                    title { (Text(&format!("{}: {} TAP", bar.label, bar.tap))) }
                }
            }
            @if bar.aap > 0 {
                rect x=(num(x)) y=(num(base - tap_height - aap_height)) width=(num(column - 4.0)) height=(num(aap_height)) fill=(Ink::Aap.colour()) {
                    title { (Text(&format!("{}: {} AAP", bar.label, bar.aap))) }
                }
            }
            @if label_every > 0 && i % label_every == 0 {
                line x1=(num(x - 2.0)) x2=(num(x - 2.0)) y1=(num(base)) y2=(num(base + 6.0)) stroke="#6b6b6b" {}
                text x=(num(x - 2.0)) y=(num(base + 20.0)) fill="#1a1a1a" { (Text(&bar.label)) }
            }
        }
        line x1=(num(LEFT)) x2=(num(width - 6.0)) y1=(num(base)) y2=(num(base)) stroke="#6b6b6b" {}
    };
    svg_root(id, title, description, width, height, body)
}

/// Up to six round tick values from 0 to `max`.
fn ticks(max: usize) -> Vec<usize> {
    let step = [
        1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000,
    ]
    .into_iter()
    .find(|step| max / step <= 5)
    .unwrap_or(max.max(1));
    (0..=max).step_by(step).collect()
}

// ---------------------------------------------------------------------------------------------
// Dot histogram: lead times

/// One panel of a dot histogram: a process and the lead time of each approval, in days.
pub struct DotPanel {
    pub label: String,
    pub ink: Ink,
    pub days: Vec<i64>,
}

/// The bin width in days for lead times up to `max` days: a week, or more weeks when the
/// longest would need more than forty bins.
pub fn bin_width(max: i64) -> i64 {
    let weeks = (max / 7 / 40) + 1;
    weeks * 7
}

/// Each approval a dot in the bin of its lead time, dots of a bin stacked; one panel per
/// process, on one axis of days.
pub fn dot_histogram(id: &str, title: &str, description: &str, panels: &[DotPanel]) -> Markup {
    const WIDTH: f64 = 720.0;
    const LEFT: f64 = 60.0;
    const DOT: f64 = 10.0;
    let max_days = panels
        .iter()
        .flat_map(|p| p.days.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1);
    let bin = bin_width(max_days);
    let bins = (max_days / bin + 1) as f64;
    let plot = WIDTH - LEFT - 16.0;
    let column = plot / bins;
    let stack = |days: &[i64]| -> Vec<usize> {
        let mut counts = vec![0usize; bins as usize];
        for day in days {
            if let Some(c) = usize::try_from(day / bin)
                .ok()
                .and_then(|i| counts.get_mut(i))
            {
                *c += 1;
            }
        }
        counts
    };
    let heights: Vec<usize> = panels
        .iter()
        .map(|p| stack(&p.days).into_iter().max().unwrap_or(0).max(1))
        .collect();
    let mut tops = Vec::new();
    let mut y = 12.0;
    for h in &heights {
        tops.push(y);
        y += 26.0 + DOT * *h as f64 + 8.0;
    }
    let axis = y + 4.0;
    let height = axis + 36.0;
    let tick_days: Vec<i64> = {
        let step = [7, 14, 28, 56, 91, 182, 364]
            .into_iter()
            .find(|s| max_days / s <= 8)
            .unwrap_or(364);
        (0..=max_days + bin).step_by(step as usize).collect()
    };
    let x_of = |days: i64| LEFT + days as f64 / (bins * bin as f64) * plot;
    let body = html! {
        @for ((panel, top), tallest) in panels.iter().zip(&tops).zip(&heights) {
            @let counts = stack(&panel.days);
            @let base = top + 26.0 + DOT * *tallest as f64;
            text x=(num(LEFT)) y=(num(top + 12.0)) font-weight="600" fill="#1a1a1a" { (Text(&panel.label)) " (" (panel.days.len()) ")" }
            line x1=(num(LEFT)) x2=(num(WIDTH - 16.0)) y1=(num(base + 1.0)) y2=(num(base + 1.0)) stroke="#8a8a8a" {}
            @for (i, count) in counts.iter().enumerate() {
                @for level in 0..*count {
                    circle cx=(num(LEFT + column * (i as f64 + 0.5))) cy=(num(base - DOT * (level as f64 + 0.5))) r=(num((DOT / 2.0 - 0.5).min(column / 2.0 - 0.5).max(1.5)))
                        fill=(panel.ink.colour()) {
                        title { (Text(&format!("{}: {}–{} days", panel.label, i as i64 * bin, (i as i64 + 1) * bin - 1))) }
                    }
                }
            }
        }
        line x1=(num(LEFT)) x2=(num(WIDTH - 16.0)) y1=(num(axis)) y2=(num(axis)) stroke="#6b6b6b" {}
        @for tick in &tick_days {
            @let tx = x_of(*tick);
            @if tx <= WIDTH - 16.0 {
                line x1=(num(tx)) x2=(num(tx)) y1=(num(axis)) y2=(num(axis + 5.0)) stroke="#6b6b6b" {}
                text x=(num(tx)) y=(num(axis + 18.0)) text-anchor="middle" fill="#1a1a1a" { (tick) }
            }
        }
        text x=(num(LEFT + plot / 2.0)) y=(num(axis + 33.0)) text-anchor="middle" fill="#4a4a4a" { "days" }
    };
    svg_root(id, title, description, WIDTH, height, body)
}

// ---------------------------------------------------------------------------------------------
// Annex C map: a cell per Recommendation in force

/// One row group of the map: a series letter and its Recommendations, in number order.
pub struct SeriesCells {
    pub series: char,
    pub cells: Vec<(String, Ink)>,
}

/// A cell per Recommendation in force, fifty to a row, coloured by who holds it.
pub fn annex_c_map(
    id: &str,
    title: &str,
    description: &str,
    series: &[SeriesCells],
    legend_items: &[(Ink, &str)],
) -> Markup {
    const PER_ROW: usize = 50;
    const CELL: f64 = 13.0;
    const LEFT: f64 = 44.0;
    const WIDTH: f64 = LEFT + CELL * PER_ROW as f64 + 8.0;
    let mut tops = Vec::new();
    let mut y = 16.0 + 18.0 * legend_items.len().div_ceil(2) as f64 + 8.0;
    for s in series {
        tops.push(y);
        let rows = s.cells.len().div_ceil(PER_ROW).max(1);
        y += CELL * rows as f64 + 16.0;
    }
    let height = y;
    let body = html! {
        @for (i, (ink, label)) in legend_items.iter().enumerate() {
            @let lx = LEFT + 330.0 * (i % 2) as f64;
            @let ly = 16.0 + 18.0 * (i / 2) as f64;
            rect x=(num(lx)) y=(num(ly - 10.0)) width="12" height="12" fill=(ink.colour()) stroke="#6b6b6b" stroke-width="0.5" {}
            text x=(num(lx + 17.0)) y=(num(ly)) fill="#1a1a1a" { (*label) }
        }
        @for (s, top) in series.iter().zip(&tops) {
            text x=(num(LEFT - 10.0)) y=(num(top + CELL - 2.0)) text-anchor="end" font-weight="700" fill="#1a1a1a" { (s.series) }
            @for (i, (number, ink)) in s.cells.iter().enumerate() {
                rect x=(num(LEFT + CELL * (i % PER_ROW) as f64)) y=(num(top + CELL * (i / PER_ROW) as f64))
                    width=(num(CELL - 2.0)) height=(num(CELL - 2.0)) fill=(ink.colour()) {
                    @if !number.is_empty() {
                        title { (Text(number)) }
                    }
                }
            }
        }
    };
    svg_root(id, title, description, WIDTH, height, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_alike_every_time() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(0.1 + 0.2), "0.3");
        assert_eq!(num(-3.25), "-3.3");
        assert_eq!(num(170.04), "170");
    }

    #[test]
    fn ticks_are_round() {
        assert_eq!(ticks(4), [0, 1, 2, 3, 4]);
        assert_eq!(ticks(12), [0, 5, 10]);
        assert_eq!(ticks(0), [0]);
    }

    #[test]
    fn bins_are_weeks() {
        assert_eq!(bin_width(30), 7);
        assert_eq!(bin_width(279), 7);
        assert_eq!(bin_width(280), 14);
    }
}
