//! §2 and Tables 3–7: Working Parties, other groups, Questions and their officers; with when
//! each other group was established, from the §3.3 subsection about it.

use wtsa_model::{
    DeletedQuestion, Establishment, EstablishmentBasis, GroupAcronym, GroupKind, GroupMention,
    OfficeRole, Officer, Organisation, OrganisationKind, OtherGroup, Question, QuestionId,
    QuestionOrigin, SourceRef, StatedCount, StudyGroupId, StudyPeriod, WorkingParty,
    WorkingPartyId, WtsaResolution,
};

use crate::context::{source_ref, Context};
use crate::dates;
use crate::diagnostic::Problem;
use crate::numbers::leading_count;
use crate::people::{self, Register};
use crate::source::bullet;
use crate::table::Cell;
use crate::text::{name_and_acronym, split_top_level};

/// An office by the label the tables give it (`Co-chair:`, `Associate rapporteurs:`).
fn role(label: &str) -> Option<OfficeRole> {
    let label = label.trim().to_lowercase().replace(' ', "-");
    let label = label.trim_end_matches('s');
    Some(match label {
        "chair" | "chairman" | "chairperson" => OfficeRole::Chair,
        "co-chair" => OfficeRole::CoChair,
        "vice-chair" | "vice-chairman" => OfficeRole::ViceChair,
        "rapporteur" => OfficeRole::Rapporteur,
        "co-rapporteur" => OfficeRole::CoRapporteur,
        "associate-rapporteur" => OfficeRole::AssociateRapporteur,
        _ => return None,
    })
}

/// The officers of one cell. Each line is `Role: person` or `Role: person; person;`, or a
/// person continuing the role of the line above (Table 5 lists two associate rapporteurs
/// under one `Associate rapporteurs:` label); `default` is the role of a column that holds
/// only one kind of officer (Table 4's Chair and Vice-chairs columns).
pub(crate) fn officers(
    ctx: &mut Context,
    register: &mut Register,
    cell: &Cell,
    default: Option<OfficeRole>,
    source: &SourceRef,
) -> Vec<Officer> {
    let mut officers = Vec::new();
    let mut current = default;
    for (line, text) in &cell.lines {
        let text = text.trim();
        if text.is_empty() || matches!(text, "–" | "-" | "None" | "None.") {
            continue;
        }
        let labelled = text.split_once(':').and_then(|(label, rest)| {
            (!label.contains('(')).then(|| role(label).map(|r| (r, rest)))?
        });
        let rest = match labelled {
            Some((r, rest)) => {
                current = Some(r);
                rest
            }
            None => text,
        };
        let Some(office) = current else {
            ctx.unreadable(
                *line,
                "officer",
                text,
                "`Role: person`, the role one of Chair, Co-chair, Vice-chair, Rapporteur, Co-rapporteur, Associate rapporteur",
            );
            continue;
        };
        for item in split_top_level(rest, &[";"]) {
            match people::mention(item) {
                Ok(mention) => {
                    if let Some(officer) = register.officer(&mention, office, *line, source) {
                        officers.push(officer);
                    }
                }
                Err(problem) => ctx.warn(*line, problem),
            }
        }
    }
    officers
}

/// Finds a stated count in the title of a numbered paragraph of §2 (`2.1.1 … decided to
/// establish two Working Parties.`).
fn stated_count(
    ctx: &mut Context,
    section: &str,
    marker: &str,
    count_at: fn(&str) -> Option<&str>,
    expected: &'static str,
) -> Option<StatedCount> {
    let heading = ctx
        .outline
        .headings
        .iter()
        .find(|h| h.number.starts_with(section) && h.title.contains(marker))
        .map(|h| (h.number.clone(), h.title.clone(), ctx.number(h.index)));
    let Some((number, title, line)) = heading else {
        let line = ctx
            .outline
            .heading(section)
            .map_or(ctx.end_line(), |h| ctx.number(h.index));
        ctx.missing(
            line,
            true,
            format!("the sentence `{marker} …` in \u{a7}{section}"),
            expected.to_owned(),
        );
        return None;
    };
    let count = title
        .split_once(marker)
        .and_then(|(_, rest)| count_at(rest))
        .and_then(leading_count);
    let Some(count) = count else {
        ctx.error(
            line,
            Problem::Unreadable {
                what: "count",
                text: title,
                expected,
            },
        );
        return None;
    };
    Some(StatedCount {
        count: count.value,
        as_written: count.as_written(),
        source: source_ref(&format!("\u{a7}{number}"))?,
        suppress: Vec::new(),
    })
}

/// What a group is, from its name.
fn group_kind(name: &str) -> Option<GroupKind> {
    let lower = name.to_lowercase();
    Some(if lower.contains("regional group") {
        GroupKind::RegionalGroup
    } else if lower.contains("focus group") {
        GroupKind::FocusGroup
    } else if lower.contains("ad hoc group") || lower.contains("ad-hoc group") {
        GroupKind::AdHocGroup
    } else if lower.contains("joint coordination activity") || lower.starts_with("jca") {
        GroupKind::JointCoordinationActivity
    } else if lower.contains("correspondence group") {
        GroupKind::CorrespondenceGroup
    } else {
        return None;
    })
}

/// Reads §2 and Tables 3–7.
pub(crate) fn organisation(
    ctx: &mut Context,
    register: &mut Register,
    study_group: StudyGroupId,
    study_period: StudyPeriod,
) -> Option<Organisation> {
    let established = stated_count(
        ctx,
        "2.1",
        "decided to establish ",
        |rest| Some(rest),
        "`At its first meeting …, Study Group N decided to establish <number> Working Parties.`",
    );
    let groups_in_prose = groups_in_prose(ctx);
    let working_parties = working_parties(ctx, register);
    let other_groups = other_groups(ctx, register, study_group);
    let assigned = stated_count(
        ctx,
        "2.2",
        "assigned to ",
        // "assigned to Study Group 20 the seven Questions"
        |rest| rest.split_once(" the ").map(|(_, count)| count),
        "`WTSA-NN assigned to Study Group N the <number> Questions listed in Table 5.`",
    );
    let mut all_questions = questions(ctx, register, 5, QuestionOrigin::AssignedByWtsa, true);
    all_questions.extend(questions(
        ctx,
        register,
        6,
        QuestionOrigin::AdoptedInPeriod,
        false,
    ));
    let deleted = deleted_questions(ctx);
    Some(Organisation {
        schema: None,
        kind: OrganisationKind,
        suppress: Vec::new(),
        study_group,
        study_period,
        working_parties_established: established?,
        working_parties: working_parties?,
        questions_assigned: assigned?,
        questions: all_questions,
        questions_deleted: deleted,
        other_groups: other_groups?,
        groups_in_prose,
    })
}

/// §2.1.3's bullets: "Joint Coordination Activity on … (JCA-IoT and SC&C); see section 3.3.2."
fn groups_in_prose(ctx: &mut Context) -> Vec<GroupMention> {
    let heading = ctx
        .outline
        .headings
        .iter()
        .find(|h| h.number.starts_with("2.1") && h.title.contains("other groups"))
        .map(|h| h.number.clone());
    let Some(number) = heading else {
        return Vec::new();
    };
    let Some(range) = ctx.outline.section(&number) else {
        return Vec::new();
    };
    let Some(source) = source_ref(&format!("\u{a7}{number}")) else {
        return Vec::new();
    };
    let items: Vec<(usize, String)> = ctx
        .lines_in(range)
        .filter_map(|(_, l)| bullet(&l.text).map(|b| (l.number, b.to_owned())))
        .collect();
    let mut mentions = Vec::new();
    for (line, item) in items {
        let item = item.trim().trim_end_matches('.');
        let (group, see) = match item.split_once("; see section ") {
            Some((group, see)) => (group, Some(see.trim().to_owned())),
            None => (item.trim_end_matches(';'), None),
        };
        let Some((name, acronym)) = name_and_acronym(group) else {
            ctx.unreadable(
                line,
                "group",
                item,
                "`<name> (<acronym>); see section <n>.`",
            );
            continue;
        };
        let Some(acronym) = ctx.designation::<GroupAcronym>(line, "group acronym", acronym) else {
            continue;
        };
        mentions.push(GroupMention {
            acronym,
            name: name.to_owned(),
            see_section: see,
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    mentions
}

/// Table 3: Working Parties.
fn working_parties(ctx: &mut Context, register: &mut Register) -> Option<Vec<WorkingParty>> {
    let captioned = ctx.captioned_table(3, true)?;
    let table = &captioned.table;
    let columns = ctx.columns(
        &captioned.name,
        table,
        [
            ("Designation", &["Working Party", "WP"]),
            ("Questions to be studied", &["Questions"]),
            ("Title of the Working Party", &["Title"]),
            (
                "Chair and Vice-chairs",
                &["Chair", "Chairs and Vice-chairs"],
            ),
        ],
    )?;
    let source = source_ref(&captioned.name)?;
    let mut parties = Vec::new();
    for row in &table.rows {
        if row.is_none_row() {
            continue;
        }
        let Some([id, questions, title, chairs]) = ctx.cells(&captioned.name, table, row, &columns)
        else {
            continue;
        };
        let Some(id) = ctx.designation::<WorkingPartyId>(id.line(), "Working Party", &id.text())
        else {
            continue;
        };
        let questions = question_list(ctx, questions);
        let officers = officers(ctx, register, chairs, None, &source);
        parties.push(WorkingParty {
            id,
            title: title.text(),
            questions,
            officers,
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    Some(parties)
}

/// "Q1/20; Q2/20; Q3/20" (or with commas).
fn question_list(ctx: &mut Context, cell: &Cell) -> Vec<QuestionId> {
    let text = cell.text();
    split_top_level(&text, &[";", ","])
        .into_iter()
        .filter_map(|q| ctx.designation(cell.line(), "Question", q))
        .collect()
}

/// Table 4: other groups, and when each was established (§3.3).
fn other_groups(
    ctx: &mut Context,
    register: &mut Register,
    study_group: StudyGroupId,
) -> Option<Vec<OtherGroup>> {
    let captioned = ctx.captioned_table(4, true)?;
    let table = &captioned.table;
    let columns = ctx.columns(
        &captioned.name,
        table,
        [
            ("Title of the Group", &["Group", "Title"]),
            ("Chair", &["Chairs", "Chairman"]),
            ("Vice-chairs", &["Vice-chair", "Vice-chairmen"]),
        ],
    )?;
    let source = source_ref(&captioned.name)?;
    let mut groups = Vec::new();
    for row in &table.rows {
        if row.is_none_row() {
            continue;
        }
        let Some([name_cell, chairs, vice_chairs]) =
            ctx.cells(&captioned.name, table, row, &columns)
        else {
            continue;
        };
        let full = name_cell.text();
        let Some((name, acronym)) = name_and_acronym(&full) else {
            ctx.unreadable(name_cell.line(), "group", &full, "`<name> (<acronym>)`");
            continue;
        };
        let Some(group_kind) = group_kind(name) else {
            ctx.unreadable(
                name_cell.line(),
                "group kind",
                name,
                "a name that says Regional Group, Focus Group, Ad hoc Group, Joint Coordination Activity or Correspondence Group",
            );
            continue;
        };
        let Some(acronym) =
            ctx.designation::<GroupAcronym>(name_cell.line(), "group acronym", acronym)
        else {
            continue;
        };
        let chairs = officers(ctx, register, chairs, Some(OfficeRole::Chair), &source);
        let vice_chairs = officers(
            ctx,
            register,
            vice_chairs,
            Some(OfficeRole::ViceChair),
            &source,
        );
        let established = establishment(ctx, &acronym, study_group);
        groups.push(OtherGroup {
            acronym,
            name: name.to_owned(),
            group_kind,
            chairs,
            vice_chairs,
            established,
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    Some(groups)
}

/// When a group was established, from the first paragraph of the §3.3 subsection whose
/// heading ends with its acronym: "During the SG20 meeting that took place on 13-23 March
/// 2017 in Dubai, … was created." or "… was established by ITU-T Study Group 20 at its virtual
/// meeting that took place from 11-21 October 2021."
fn establishment(
    ctx: &mut Context,
    acronym: &GroupAcronym,
    study_group: StudyGroupId,
) -> Option<Establishment> {
    let suffix = format!("({acronym})");
    let (heading, heading_name) = ctx
        .outline
        .subsections("3.3")
        .into_iter()
        .find(|h| h.title.trim_end().ends_with(&suffix))
        .map(|h| {
            let name = name_and_acronym(&h.title).map_or("", |(name, _)| name);
            (h.number.clone(), name.to_owned())
        })?;
    let range = ctx.outline.section(&heading)?;
    let paragraph = ctx
        .lines_in(range.start + 1..range.end)
        .find(|(_, l)| !l.is_blank())
        .map(|(_, l)| l.text.clone())?;
    const MARKER: &str = "meeting that took place ";
    let at = paragraph.find(MARKER)?;
    let before = paragraph.get(..at)?;
    let rest = paragraph.get(at + MARKER.len()..)?;
    // The dates run to " in <place>" or to the end of the clause.
    let (dates_text, place) = match rest.split_once(" in ") {
        Some((dates, after)) if dates::range(dates).is_some() => {
            let place = after
                .split([',', '.'])
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned();
            (dates, place)
        }
        _ => {
            let dates = rest.split([',']).next().unwrap_or_default();
            let virtual_meeting = before.trim_end().ends_with("virtual");
            if !virtual_meeting {
                return None;
            }
            (dates, "virtual".to_owned())
        }
    };
    let dates = dates::range(dates_text)?;
    Some(Establishment {
        meeting: format!("{study_group} meeting, {place}"),
        dates,
        source: source_ref(&format!("\u{a7}{heading}"))?,
        basis: establishment_basis(ctx, &heading_name),
        suppress: Vec::new(),
    })
}

/// A group's name as the comparison of §2.1's prose with a §3.3 heading needs it: lower case,
/// without a leading "the" or "ITU-T SG20", nor a trailing "region" ("the Regional Group for
/// Asia and the Pacific region" and "Regional Group for Asia and the Pacific" meet).
fn group_name_key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    let lower = lower.strip_suffix(" region").unwrap_or(lower);
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The provision a group was created under, from a sentence of §2.1 such as §2.1.4's "In line
/// with WTSA-20 Resolution 54, the Regional Group for Asia and the Pacific region was created
/// by Study Group 20 during the study period.", for the group whose §3.3 heading gives
/// `heading_name`.
fn establishment_basis(ctx: &Context, heading_name: &str) -> Option<EstablishmentBasis> {
    if heading_name.is_empty() {
        return None;
    }
    let wanted = group_name_key(heading_name);
    let numbers: Vec<String> = ctx
        .outline
        .headings
        .iter()
        .filter(|h| h.number.starts_with("2.1."))
        .map(|h| h.number.clone())
        .collect();
    for number in numbers {
        let Some(heading) = ctx.outline.heading(&number) else {
            continue;
        };
        let Some(rest) = heading.title.trim().strip_prefix("In line with ") else {
            continue;
        };
        let Some((resolution, rest)) = rest.split_once(", ") else {
            continue;
        };
        let Some((name, after)) = rest.split_once(" was created") else {
            continue;
        };
        if group_name_key(name) != wanted {
            continue;
        }
        let Ok(resolution) = resolution.trim().parse::<WtsaResolution>() else {
            continue;
        };
        return Some(EstablishmentBasis {
            resolution,
            during_period: after.contains("during the study period"),
            source: source_ref(&format!("\u{a7}{number}"))?,
        });
    }
    None
}

/// Tables 5 and 6: Questions and Rapporteurs.
fn questions(
    ctx: &mut Context,
    register: &mut Register,
    number: u32,
    origin: QuestionOrigin,
    required: bool,
) -> Vec<Question> {
    let Some(captioned) = ctx.captioned_table(number, required) else {
        return Vec::new();
    };
    let table = &captioned.table;
    let Some(columns) = ctx.columns(
        &captioned.name,
        table,
        [
            ("Questions", &["Question"]),
            (
                "Title of the Questions",
                &["Title of the Question", "Title"],
            ),
            ("WP", &["Working Party"]),
            ("Rapporteur", &["Rapporteurs"]),
        ],
    ) else {
        return Vec::new();
    };
    let Some(source) = source_ref(&captioned.name) else {
        return Vec::new();
    };
    let mut questions = Vec::new();
    for row in &table.rows {
        if row.is_none_row() {
            continue;
        }
        let Some([id, title, wp, rapporteurs]) = ctx.cells(&captioned.name, table, row, &columns)
        else {
            continue;
        };
        let Some(id) = ctx.designation::<QuestionId>(id.line(), "Question", &id.text()) else {
            continue;
        };
        let Some(working_party) =
            ctx.designation::<WorkingPartyId>(wp.line(), "Working Party", &wp.text())
        else {
            continue;
        };
        let rapporteurs = officers(ctx, register, rapporteurs, None, &source);
        questions.push(Question {
            id,
            title: title.text(),
            working_party,
            origin,
            rapporteurs,
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    questions
}

/// Table 7: Questions deleted.
fn deleted_questions(ctx: &mut Context) -> Vec<DeletedQuestion> {
    let Some(captioned) = ctx.captioned_table(7, false) else {
        return Vec::new();
    };
    let table = &captioned.table;
    let Some(columns) = ctx.columns(
        &captioned.name,
        table,
        [
            ("Questions", &["Question"]),
            ("Title of Questions", &["Title of the Questions", "Title"]),
            ("Results", &["Result"]),
        ],
    ) else {
        return Vec::new();
    };
    let Some(source) = source_ref(&captioned.name) else {
        return Vec::new();
    };
    let mut deleted = Vec::new();
    for row in &table.rows {
        if row.is_none_row() {
            continue;
        }
        let Some([id, title, results]) = ctx.cells(&captioned.name, table, row, &columns) else {
            continue;
        };
        let Some(id) = ctx.designation::<QuestionId>(id.line(), "Question", &id.text()) else {
            continue;
        };
        deleted.push(DeletedQuestion {
            id,
            title: title.text(),
            results: Some(results.text()).filter(|r| !r.is_empty()),
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    deleted
}
