//! Snapshots of the SG20 redline (WTSA-20 in force against the WTSA-24 proposal) in the human
//! (no colour), Markdown and JSON renderings, and the JSON checked against its schema.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use wtsa_redline::{diff, human, json, markdown, Redline};

fn sg20() -> Redline {
    diff(&support::in_force(), &support::proposal())
}

#[test]
fn human_redline_of_sg20() {
    insta::assert_snapshot!(human::render(&sg20(), human::HumanOptions { color: false }));
}

#[test]
fn markdown_redline_of_sg20() {
    insta::assert_snapshot!(markdown::render(&sg20()));
}

#[test]
fn json_redline_of_sg20() {
    insta::assert_snapshot!(json::render(&sg20()));
}

#[test]
fn json_redline_validates_against_its_schema_and_round_trips() {
    let text = json::render(&sg20());
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let (_, schema) = wtsa_redline::schemas().into_iter().next().unwrap();
    let schema = serde_json::to_value(&schema).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let back: Redline = serde_json::from_str(&text).unwrap();
    assert_eq!(back, sg20());
}

#[test]
fn colours_are_used_only_when_asked() {
    let plain = human::render(&sg20(), human::HumanOptions { color: false });
    let coloured = human::render(&sg20(), human::HumanOptions { color: true });
    assert!(!plain.contains('\u{1b}'));
    assert!(plain.contains("[-for-]{+of+}"));
    assert!(coloured.contains("\u{1b}[31;9mfor\u{1b}[0m\u{1b}[32;4mof\u{1b}[0m"));
}

#[test]
fn each_item_gives_back_both_texts() {
    let (base, proposed) = (support::in_force(), support::proposal());
    let redline = diff(&base, &proposed);
    let guidance = redline
        .parts
        .iter()
        .find(|p| p.kind == wtsa_redline::PartKind::Guidance)
        .unwrap();
    for item in &guidance.items {
        if let Some(b) = item.base_index {
            assert_eq!(item.base_text(), base.guidance[b].text);
        }
        if let (Some(p), false) = (
            item.proposed_index,
            item.status == wtsa_redline::ItemStatus::MovedAway,
        ) {
            assert_eq!(item.proposed_text(), proposed.guidance[p].text);
        }
    }
}

#[test]
fn items_are_kept_changed_added_removed_and_moved() {
    let base = support::in_force();
    let mut proposed = base.clone();
    // Move the first point to the end, drop the second, change the third, add one.
    let first = proposed.guidance.remove(0);
    proposed.guidance.remove(0);
    proposed.guidance[0].text = proposed.guidance[0].text.replace("for IoT", "of IoT");
    proposed.guidance.push(first);
    let mut added = proposed.guidance[0].clone();
    added.text = "quantum key distribution networks;".to_owned();
    proposed.guidance.insert(1, added);
    let redline = diff(&base, &proposed);
    let guidance = redline
        .parts
        .iter()
        .find(|p| p.kind == wtsa_redline::PartKind::Guidance)
        .unwrap();
    use wtsa_redline::ItemStatus::*;
    let statuses: Vec<_> = guidance.items.iter().map(|i| i.status).take(4).collect();
    assert_eq!(statuses, [MovedAway, Removed, Changed, Added]);
    assert_eq!(guidance.items.last().unwrap().status, Moved);
    assert_eq!(guidance.summary.moved, 1);
    assert_eq!(guidance.summary.removed, 1);
    assert_eq!(guidance.summary.added, 1);
    assert_eq!(guidance.summary.changed, 1);
}

#[test]
fn the_sg20_redline_shows_no_change_that_is_only_an_export_artefact() {
    use wtsa_model::text::artefact;
    let redline = sg20();
    for part in &redline.parts {
        for item in &part.items {
            for segment in &item.segments {
                assert!(
                    artefact::find(&segment.text).is_empty(),
                    "{:?}: {:?}",
                    part.kind,
                    segment.text
                );
            }
            assert!(
                !artefact::differ_only_by_artefacts(&item.base_text(), &item.proposed_text()),
                "{:?}: {:?}",
                part.kind,
                item.base_text()
            );
        }
    }
}

#[test]
fn the_sg20_redline_shows_every_judgement_of_the_reconstruction() {
    let redline = sg20();
    let guidance = redline
        .parts
        .iter()
        .find(|p| p.kind == wtsa_redline::PartKind::Guidance)
        .unwrap();
    let proposed: Vec<_> = guidance
        .items
        .iter()
        .filter(|i| i.status != wtsa_redline::ItemStatus::MovedAway)
        .collect();
    assert_eq!(proposed.len(), 21);
    assert!(proposed.iter().all(|i| i.reconstruction.is_some()));
    let judged = proposed
        .iter()
        .filter(|i| i.judgement_note().is_some())
        .count();
    assert_eq!(judged, 9);
    let text = human::render(&redline, human::HumanOptions { color: false });
    assert_eq!(text.matches("? reconstructed by judgement").count(), 9);
    assert_eq!(
        markdown::render(&redline)
            .matches("reconstructed by judgement")
            .count(),
        9
    );
}
