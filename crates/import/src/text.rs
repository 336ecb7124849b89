//! Small readers of prose shared by the sections: lists, quotations, editions, periods.

use wtsa_model::{StudyGroupId, StudyPeriod, WtsaEdition};

/// Splits `text` at any of `separators` outside parentheses and brackets, trimming each part
/// and dropping empty ones: `A (B, C), D and E` → `A (B, C)`, `D`, `E`.
pub(crate) fn split_top_level<'a>(text: &'a str, separators: &[&str]) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let mut i = 0;
    while i < text.len() {
        let rest = text.get(i..).unwrap_or_default();
        let Some(c) = rest.chars().next() else { break };
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            if let Some(separator) = separators.iter().find(|s| rest.starts_with(**s)) {
                parts.push(text.get(start..i).unwrap_or_default());
                i += separator.len();
                start = i;
                continue;
            }
        }
        i += c.len_utf8();
    }
    parts.push(text.get(start..).unwrap_or_default());
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The text between the first opening quotation mark and the last closing one:
/// `… for Study Group 20 'Internet of things (IoT) and smart cities and communities':`.
pub(crate) fn quoted(text: &str) -> Option<&str> {
    let open = text.find(['\'', '\u{2018}', '"', '\u{201c}'])?;
    let first = text.get(open..)?.chars().next()?;
    let inner_start = open + first.len_utf8();
    let close = text.rfind(['\'', '\u{2019}', '"', '\u{201d}'])?;
    (close > inner_start)
        .then(|| text.get(inner_start..close))
        .flatten()
}

/// The first `WTSA-NN` in the text.
pub(crate) fn edition(text: &str) -> Option<WtsaEdition> {
    let at = text.find("WTSA-")?;
    text.get(at..at + 7)?.parse().ok()
}

/// The period in the first `YYYY-YYYY study period` of the text.
pub(crate) fn period(text: &str) -> Option<StudyPeriod> {
    let mut offset = 0;
    while let Some(found) = text.get(offset..)?.find(" study period") {
        let before = text.get(..offset + found)?;
        let word = before
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default();
        if let Ok(period) = word.parse() {
            return Some(period);
        }
        offset += found + 1;
    }
    None
}

/// The study group in the first `Study Group NN` of the text.
pub(crate) fn study_group(text: &str) -> Option<StudyGroupId> {
    let mut offset = 0;
    while let Some(found) = text.get(offset..)?.find("Study Group ") {
        let after = text.get(offset + found + "Study Group ".len()..)?;
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() {
            if let Ok(group) = format!("SG{digits}").parse() {
                return Some(group);
            }
        }
        offset += found + 1;
    }
    None
}

/// `Name (ACRONYM)` → (`Name`, `ACRONYM`): the last parenthesised group, at the end.
pub(crate) fn name_and_acronym(text: &str) -> Option<(&str, &str)> {
    let text = text.trim().trim_end_matches(['.', ';']);
    let inner_end = text.len().checked_sub(1)?;
    if !text.ends_with(')') {
        return None;
    }
    let mut depth = 0i32;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    let name = text.get(..i)?.trim();
                    let acronym = text.get(i + 1..inner_end)?.trim();
                    return (!name.is_empty() && !acronym.is_empty()).then_some((name, acronym));
                }
            }
            _ => {}
        }
    }
    None
}

/// The text of a sentence up to its full stop outside parentheses (`(Rep. of)`, `Mr.` and an
/// initial do not end it).
pub(crate) fn sentence(text: &str) -> &str {
    const ABBREVIATIONS: [&str; 8] = ["Mr", "Ms", "Mrs", "Dr", "Co", "Ltd", "Inc", "Rev"];
    let mut depth = 0i32;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '.' if depth == 0 => {
                let next = text.get(i + 1..).and_then(|r| r.chars().next());
                let before = text.get(..i).unwrap_or_default();
                let word = before
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or_default();
                let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                if next.is_none_or(char::is_whitespace)
                    && !initial
                    && !ABBREVIATIONS.contains(&word)
                {
                    return before;
                }
            }
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_lists_outside_parentheses() {
        assert_eq!(
            split_top_level(
                "Mr A (Korea (Rep. of)), Ms B (X, Y) and C (Z)",
                &[", ", " and "]
            ),
            ["Mr A (Korea (Rep. of))", "Ms B (X, Y)", "C (Z)"]
        );
    }

    #[test]
    fn reads_quotations_editions_periods_and_groups() {
        assert_eq!(
            quoted("mandate for Study Group 20 'Internet of things (IoT) and smart cities':"),
            Some("Internet of things (IoT) and smart cities")
        );
        assert_eq!(
            edition("WTSA-20 Resolution 2 (Rev. Geneva, 2022)").map(|e| e.to_string()),
            Some("WTSA-20".to_owned())
        );
        assert_eq!(
            period("under the responsibility of Study Group 20 in the 2022-2024 study period:")
                .map(|p| p.to_string()),
            Some("2022-2024".to_owned())
        );
        assert_eq!(
            study_group("Responsibilities of Study Group 20").map(|g| g.to_string()),
            Some("SG20".to_owned())
        );
        assert_eq!(
            name_and_acronym("Study Group 20 Regional Group for Africa (SG20RG-AFR)"),
            Some(("Study Group 20 Regional Group for Africa", "SG20RG-AFR"))
        );
        assert_eq!(
            sentence("A (Rep. of) and Mr. J. Smith. Next"),
            "A (Rep. of) and Mr. J. Smith"
        );
    }
}
