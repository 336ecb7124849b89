//! How closely the flattened redline of SG20's proposal against its entry in force reproduces
//! Annex 2 of the SG20 report to WTSA-24, which is Word's own flattened export of the
//! proposal's revision marks.
//!
//! Annex 2 is read from the report, part by part, and stripped of the export's artefacts that
//! are not text of the Resolution (bookmarks, bullets, the "SG 20" table cell, footnote
//! references, marks and inline bodies, the "…" elision lines). Both sides then have their
//! white space collapsed and no-break spaces made ordinary, and the report's "ITU T " (the
//! export turned the no-break hyphen of "ITU‑T" before each Annex C number into a space) is
//! read as "ITU-T ". Nothing else is normalised: run-together words must run together alike
//! to count as the same word.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use wtsa_redline::flatten::flatten_parts;
use wtsa_redline::{diff, similarity, PartKind};

/// Removes every `[open…]` span, brackets included.
fn without_spans(line: &str, open: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        match after.find(']') {
            Some(end) => rest = &after[end + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A line of Annex 2 without the export's artefacts.
fn clean(line: &str) -> String {
    let mut text = without_spans(line, "[bookmark:");
    // Footnote: "privacy[footnoteRef:4]4 and trustworthiness4 … [4: 4 \tSome relevant …]".
    if let Some(start) = text.find("[footnoteRef:") {
        let number: String = text[start + "[footnoteRef:".len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        text = without_spans(&text, "[footnoteRef:");
        text = without_spans(&text, &format!("[{number}: "));
        // The footnote marks left glued to the words they follow.
        for word in ["privacy", "trustworthiness"] {
            text = text.replace(&format!("{word}{number}"), word);
        }
    }
    let text = text
        .trim_start_matches('\u{2022}')
        .trim_start_matches("SG 20");
    text.trim().to_owned()
}

fn normalise(text: &str) -> String {
    text.replace('\u{a0}', " ")
        .replace("ITU T ", "ITU-T ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Annex 2's text, part by part, in the order of `flatten_parts`.
fn annex_2_parts(report: &str) -> Vec<(PartKind, Vec<String>)> {
    let lines: Vec<&str> = report.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.ends_with("ANNEX 2"))
        .expect("the report has an Annex 2");
    let annex: Vec<String> = lines[start..]
        .iter()
        .map(|l| clean(l))
        .filter(|l| !l.is_empty() && l != "\u{2026}")
        .collect();
    let at = |from: usize, pred: &dyn Fn(&str) -> bool| -> usize {
        from + annex[from..].iter().position(|l| pred(l)).unwrap()
    };
    let general = at(0, &|l| l.starts_with("[No changes"));
    let heading = at(general, &|l| l == "Study Group 20");
    let part_2 = at(heading, &|l| l.starts_with("PART 2"));
    let annex_b = at(part_2, &|l| l == "Annex B");
    let intro = at(annex_b, &|l| l.ends_with("following items:"));
    let annex_c = at(intro, &|l| l == "Annex C");
    let annex_c_heading = at(annex_c, &|l| l == "Study Group 20");
    let note = at(annex_c_heading, &|l| l.starts_with("NOTE"));
    let slice = |from: usize, to: usize| annex[from..to].to_vec();
    vec![
        (PartKind::Title, slice(heading + 1, heading + 2)),
        (PartKind::GeneralAreas, slice(general, general + 1)),
        (PartKind::Mandate, slice(heading + 2, part_2)),
        (PartKind::LeadRoles, slice(part_2 + 1, annex_b)),
        (PartKind::GuidanceIntro, slice(intro, intro + 1)),
        (PartKind::Guidance, slice(intro + 1, annex_c)),
        (PartKind::AnnexC, slice(annex_c_heading + 1, note)),
        (PartKind::AnnexCNotes, slice(note, note + 1)),
    ]
}

#[test]
fn flattened_redline_reproduces_annex_2() {
    let redline = diff(&support::in_force(), &support::proposal());
    let ours = flatten_parts(&redline);
    let theirs = annex_2_parts(&support::report_text());
    let mut all_ours = String::new();
    let mut all_theirs = String::new();
    let mut table = String::from("part | words | characters\n");
    for (kind, lines) in &theirs {
        let mine = ours
            .iter()
            .find(|p| p.kind == *kind)
            .map(|p| p.lines.join("\n"))
            .unwrap_or_default();
        let (a, b) = (normalise(&mine), normalise(&lines.join("\n")));
        let s = similarity(&a, &b);
        table.push_str(&format!(
            "{} | {:.3} | {:.3}\n",
            kind.name(),
            s.words,
            s.characters
        ));
        all_ours.push_str(&a);
        all_ours.push('\n');
        all_theirs.push_str(&b);
        all_theirs.push('\n');
    }
    let overall = similarity(&all_ours, &all_theirs);
    table.push_str(&format!(
        "overall | {:.3} | {:.3}\n",
        overall.words, overall.characters
    ));
    println!("{table}");
    // Figures recorded in the README ("Redline"); a drop means the diff or flatten regressed.
    assert!(overall.words >= 0.90, "{table}");
    assert!(overall.characters >= 0.95, "{table}");
}
