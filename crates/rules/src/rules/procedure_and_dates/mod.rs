//! `PD`: procedure and dates.

pub mod aap_approval_too_soon;
pub mod activity_outside_study_period;
pub mod agreed_outside_meeting;
pub mod date_range_reversed;
pub mod group_met_after_concluding;
pub mod group_met_before_established;
pub mod meeting_listed_twice;
pub mod outside_study_period;
pub mod plenary_report_numbers;
pub mod tap_outside_plenary;
pub mod technical_paper_outside_meeting;
pub mod unreadable_month;

use chrono::NaiveDate;
use wtsa_model::{DateRange, Meetings, Plenary};

use crate::message;
use crate::message::Message;

/// Days from a range to a date: 0 inside it, otherwise the distance to the nearer end.
fn days_away(range: &DateRange, date: NaiveDate) -> i64 {
    if date < range.start {
        (range.start - date).num_days()
    } else if date > range.end() {
        (date - range.end()).num_days()
    } else {
        0
    }
}

/// Whether a date falls on a day of some plenary.
pub(crate) fn in_a_plenary(meetings: &Meetings, date: NaiveDate) -> bool {
    meetings.plenaries.iter().any(|p| p.dates.contains(date))
}

/// The plenary nearest to a date (the earlier one on a tie), with its index.
pub(crate) fn nearest_plenary(meetings: &Meetings, date: NaiveDate) -> Option<(usize, &Plenary)> {
    meetings
        .plenaries
        .iter()
        .enumerate()
        .min_by_key(|(_, p)| (days_away(&p.dates, date), p.dates.start))
}

/// The related location that names the plenary nearest to a date: `the nearest plenary:
/// Geneva, 2024-07-01 to 2024-07-12`.
pub(crate) fn nearest_plenary_message(plenary: &Plenary) -> Message {
    message!(
        "the nearest plenary: {place}, {dates}",
        place = plenary.place,
        dates = plenary.dates
    )
}
