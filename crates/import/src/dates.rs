//! Dates as the report writes them: ISO days in Table 2 (`2022-03-23`, a range split over
//! three lines `2022-03-23` / `to` / `2022-03-24`), and day-month-year prose elsewhere
//! (`8 June 2023`, `13-22 September 2023`, `30 January - 10 February 2023`,
//! `30 January-10 February 2023`), with hyphens or en dashes.

use chrono::NaiveDate;
use wtsa_model::{DateRange, YearMonth};

/// What a date cell should look like, for diagnostics.
pub(crate) const EXPECTED_DATES: &str = "a date or range such as `2022-03-23`, `2022-03-23 to 2022-03-24`, `8 June 2023`, `13-22 September 2023` or `30 January - 10 February 2023`";

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month by name: full English name or its first three letters (`Sept` too).
pub(crate) fn month(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    if word.len() < 3 {
        return None;
    }
    let word = if word == "sept" {
        "sep".to_owned()
    } else {
        word
    };
    MONTHS
        .iter()
        .position(|m| *m == word || (word.len() == 3 && m.starts_with(&word)))
        .and_then(|p| u32::try_from(p + 1).ok())
}

fn iso(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

fn day(word: &str) -> Option<u32> {
    ((1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

/// One end of a prose range: a day, with the month and year when written.
#[derive(Debug, Clone, Copy)]
struct Partial {
    day: u32,
    month: Option<u32>,
    year: Option<i32>,
}

fn partial(tokens: &[&str]) -> Option<Partial> {
    match tokens {
        [d] => Some(Partial {
            day: day(d)?,
            month: None,
            year: None,
        }),
        [d, m] => Some(Partial {
            day: day(d)?,
            month: Some(month(m)?),
            year: None,
        }),
        [d, m, y] => Some(Partial {
            day: day(d)?,
            month: Some(month(m)?),
            year: Some(year(y)?),
        }),
        _ => None,
    }
}

fn is_separator(token: &str) -> bool {
    matches!(token, "-" | "\u{2013}" | "\u{2014}" | "to")
}

/// Reads a date or an inclusive range of dates.
pub(crate) fn range(text: &str) -> Option<DateRange> {
    let text = text.replace('\u{a0}', " ");
    let text = text.trim().trim_end_matches('.');
    let text = text
        .strip_prefix("from ")
        .or_else(|| text.strip_prefix("on "))
        .unwrap_or(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    // ISO days, as Table 2 writes them.
    match words.as_slice() {
        [one] if iso(one).is_some() => return iso(one).map(DateRange::day),
        [a, sep, b] if is_separator(sep) => {
            if let (Some(a), Some(b)) = (iso(a), iso(b)) {
                return Some(DateRange::new(a, b));
            }
        }
        _ => {}
    }
    // Prose: separate dashes from the words they touch ("30 January-10 February 2023").
    let spaced = text
        .replace(['\u{2013}', '\u{2014}'], " - ")
        .replace('-', " - ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let split = tokens.iter().position(|t| is_separator(t));
    let (first, second) = match split {
        Some(at) => (tokens.get(..at)?, Some(tokens.get(at + 1..)?)),
        None => (tokens.as_slice(), None),
    };
    let first = partial(first)?;
    let Some(second) = second else {
        let date = NaiveDate::from_ymd_opt(first.year?, first.month?, first.day)?;
        return Some(DateRange::day(date));
    };
    let last = partial(second)?;
    let (last_month, last_year) = (last.month?, last.year?);
    let start = NaiveDate::from_ymd_opt(
        first.year.unwrap_or(last_year),
        first.month.unwrap_or(last_month),
        first.day,
    )?;
    let end = NaiveDate::from_ymd_opt(last_year, last_month, last.day)?;
    Some(DateRange::new(start, end))
}

/// A month and year: `March 2017`.
pub(crate) fn year_month(text: &str) -> Option<YearMonth> {
    let mut words = text.split_whitespace();
    let (m, y) = (words.next()?, words.next()?);
    if words.next().is_some() {
        return None;
    }
    YearMonth::new(year(y)?, month(m)?)
}

/// Splits `Geneva, 18-28 July 2022` into the place and the dates (the dates never hold a
/// comma; a place may).
pub(crate) fn place_and_dates(text: &str) -> Option<(String, DateRange)> {
    let (place, dates) = text.rsplit_once(',')?;
    let place = place.trim();
    if place.is_empty() {
        return None;
    }
    Some((place.to_owned(), range(dates)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reads_iso_days_and_the_split_table_2_range() {
        assert_eq!(range("2022-03-28"), Some(DateRange::day(d(2022, 3, 28))));
        // Table 2 writes `2022-03-23` / `to` / `2022-03-24` on three lines; the cell joins them.
        assert_eq!(
            range("2022-03-23 to 2022-03-24"),
            Some(DateRange::new(d(2022, 3, 23), d(2022, 3, 24)))
        );
    }

    #[test]
    fn reads_the_prose_forms() {
        assert_eq!(
            range("13-22 September 2023"),
            Some(DateRange::new(d(2023, 9, 13), d(2023, 9, 22)))
        );
        assert_eq!(
            range("30 January - 10 February 2023"),
            Some(DateRange::new(d(2023, 1, 30), d(2023, 2, 10)))
        );
        assert_eq!(
            range("30 January-10 February 2023"),
            Some(DateRange::new(d(2023, 1, 30), d(2023, 2, 10)))
        );
        assert_eq!(range("8 June 2023"), Some(DateRange::day(d(2023, 6, 8))));
        assert_eq!(range("01 August 2023"), Some(DateRange::day(d(2023, 8, 1))));
        assert_eq!(
            range("18\u{2013}28 July 2022"),
            Some(DateRange::new(d(2022, 7, 18), d(2022, 7, 28)))
        );
        assert_eq!(
            range("from 11-21 October 2021."),
            Some(DateRange::new(d(2021, 10, 11), d(2021, 10, 21)))
        );
        assert_eq!(
            range("28 December 2022 - 3 January 2023"),
            Some(DateRange::new(d(2022, 12, 28), d(2023, 1, 3)))
        );
        assert_eq!(
            range("8\u{a0}June 2023"),
            Some(DateRange::day(d(2023, 6, 8)))
        );
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for text in [
            "In force",
            "30 February 2023",
            "2022-13-01",
            "June 2023",
            "",
            "13-22",
        ] {
            assert_eq!(range(text), None, "{text:?}");
        }
    }

    #[test]
    fn splits_place_and_dates() {
        let (place, dates) = place_and_dates("Geneva, 30 January - 10 February 2023").unwrap();
        assert_eq!(place, "Geneva");
        assert_eq!(dates, DateRange::new(d(2023, 1, 30), d(2023, 2, 10)));
        assert_eq!(year_month("March 2017"), YearMonth::new(2017, 3));
    }
}
