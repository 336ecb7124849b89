//! What each group's section of §3.3 says of the group besides its meetings: the name its
//! heading gives, its web page, whether it met with the study group, the Supplement its work
//! became and when it concluded its work.

use std::ops::Range;

use wtsa_model::{
    Conversion, GroupAcronym, GroupSection, SourceRef, StatedMonth, SupplementNumber,
};

use crate::context::{source_ref, Context};
use crate::dates::year_month;
use crate::source::without_footnotes;
use crate::text::{name_and_acronym, quoted};

/// "The SG20RG-LATAM webpage can be found at https://…/sg20-latam." → the address, without
/// the sentence's full stop.
fn webpage(line: &str) -> Option<String> {
    let (_, rest) = line.split_once("webpage can be found at ")?;
    let address = rest.split_whitespace().next()?;
    let address = address.trim_end_matches(['.', ',', ';']);
    (!address.is_empty()).then(|| address.to_owned())
}

/// "The JCA-IoT and SC&C Roadmap was converted into ITU-T Y-series Supplement 58 "Internet of
/// things … roadmap" and is being kept updated."
fn conversion(line: &str) -> Option<Conversion> {
    let (what, rest) = line.split_once(" was converted into ")?;
    let rest = rest.trim_start().strip_prefix("ITU-T ").unwrap_or(rest);
    let (series, rest) = rest.split_once("-series Supplement ")?;
    let series = series.trim().chars().next()?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let into = SupplementNumber::new(series, digits.parse().ok()?)?;
    let title = quoted(rest.get(digits.len()..)?)?.trim().to_owned();
    Some(Conversion {
        what: what.trim().to_owned(),
        into,
        title,
        kept_updated: rest.contains("kept updated"),
    })
}

/// "FG-AI4A concluded its work in June 2024 and …" → the month, with the report's words.
fn concluded(line: &str) -> Option<StatedMonth> {
    const MARKER: &str = "concluded its work in ";
    let at = line.find(MARKER)?;
    let rest = line.get(at + MARKER.len()..)?;
    let month_words: Vec<&str> = rest.split_whitespace().take(2).collect();
    let written = month_words.join(" ");
    let written = written.trim_end_matches(['.', ',', ';']);
    Some(StatedMonth {
        month: year_month(written)?,
        as_written: format!("{MARKER}{written}"),
    })
}

/// A §3.3 subsection about one group: its heading ends with the group's acronym
/// (`3.3.4 Regional Group for the Africa Region (SG20RG-AFR)`).
pub(crate) struct GroupSubsection {
    pub number: String,
    /// The group's name as the heading writes it, before the acronym.
    pub name: String,
    pub group: GroupAcronym,
    /// The subsection's lines, heading included.
    pub range: Range<usize>,
    pub source: SourceRef,
}

/// Every §3.3 subsection whose heading ends with a group's acronym, in order.
pub(crate) fn group_subsections(ctx: &mut Context) -> Vec<GroupSubsection> {
    let subsections: Vec<(String, String)> = ctx
        .outline
        .subsections("3.3")
        .into_iter()
        .map(|h| (h.number.clone(), h.title.clone()))
        .collect();
    let mut found = Vec::new();
    for (number, title) in subsections {
        let Some((name, acronym)) = name_and_acronym(&title) else {
            continue;
        };
        let (Some(range), Some(source)) = (
            ctx.outline.section(&number),
            source_ref(&format!("\u{a7}{number}")),
        ) else {
            continue;
        };
        let heading_line = ctx.number(range.start);
        let Some(group) = ctx.designation::<GroupAcronym>(heading_line, "group acronym", acronym)
        else {
            continue;
        };
        found.push(GroupSubsection {
            number,
            name: name.to_owned(),
            group,
            range,
            source,
        });
    }
    found
}

/// Reads every §3.3 subsection whose heading ends with a group's acronym.
pub(crate) fn group_sections(ctx: &mut Context) -> Vec<GroupSection> {
    let mut sections = Vec::new();
    for GroupSubsection {
        number,
        name,
        group,
        range,
        source,
    } in group_subsections(ctx)
    {
        // The prose lines: a table's cells are tab-led.
        let prose: Vec<String> = ctx
            .lines_in(range.start + 1..range.end)
            .filter(|(_, l)| !l.is_blank() && !l.is_tab_led())
            .map(|(_, l)| without_footnotes(&l.text))
            .collect();
        sections.push(GroupSection {
            group,
            section: number,
            name,
            webpage: prose.iter().find_map(|l| webpage(l)),
            meets_with_study_group: prose
                .iter()
                .any(|l| l.contains("held in conjunction with the SG")),
            conversions: prose.iter().filter_map(|l| conversion(l)).collect(),
            concluded: prose.iter().find_map(|l| concluded(l)),
            source,
            suppress: Vec::new(),
        });
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_sentences_of_a_group_section() {
        assert_eq!(
            webpage("The SG20RG-AP webpage can be found at https://itu.int/en/ITU-T/regionalgroups/sg20-ap.")
                .as_deref(),
            Some("https://itu.int/en/ITU-T/regionalgroups/sg20-ap")
        );
        let converted = conversion(
            "The JCA-IoT and SC&C Roadmap was converted into ITU-T Y-series Supplement 58 \"Internet of things and smart cities and communities standards roadmap\" and is being kept updated.",
        )
        .unwrap();
        assert_eq!(converted.what, "The JCA-IoT and SC&C Roadmap");
        assert_eq!(converted.into.to_string(), "Y Suppl. 58");
        assert_eq!(
            converted.title,
            "Internet of things and smart cities and communities standards roadmap"
        );
        assert!(converted.kept_updated);
        let month = concluded(
            "FG-AI4A concluded its work in June 2024 and completed the following work items:",
        )
        .unwrap();
        assert_eq!(month.month.to_string(), "2024-06");
        assert_eq!(month.as_written, "concluded its work in June 2024");
        assert!(concluded("FG-AI4A met in June 2024").is_none());
    }
}
