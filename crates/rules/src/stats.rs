//! `wtsa stats`: the report's figures computed from the data — outputs per Question, TAP/AAP
//! shares, approval lead times. Shares and means are exact decimals, rounded once, for display.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use wtsa_model::{ApprovalProcess, OutputDesignation, TechnicalPublicationKind};

use crate::context::Context;
use crate::report::plural;
use wtsa_dataset::load::Dataset;

/// Outputs attributed to one Question by §3.2.
#[derive(Debug, Clone, Default, Serialize, schemars::JsonSchema)]
pub struct QuestionOutputs {
    pub recommendations: u32,
    pub supplements: u32,
    pub technical_papers: u32,
    pub technical_reports: u32,
}

/// Days from the end of the last plenary before an approval to the approval.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct LeadTimes {
    pub count: usize,
    pub min_days: i64,
    pub max_days: i64,
    /// The exact mean, rounded to one decimal place for display.
    pub mean_days: Decimal,
    pub median_days: Decimal,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ProcessShare {
    pub count: usize,
    /// Per cent of approved Recommendations, rounded to one decimal place.
    pub percent: Decimal,
}

/// The figures of one study group in one period.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct PeriodStats {
    pub study_group: String,
    pub study_period: String,
    pub approved: usize,
    pub under_approval: usize,
    pub supplements: usize,
    pub technical_papers: usize,
    pub technical_reports: usize,
    pub plenaries: usize,
    pub rapporteur_meetings: usize,
    /// New and revised Recommendations among those approved, from the ITU-T publication
    /// catalogue's editions (the report never says which ones are revisions); absent when the
    /// data holds no catalogue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_and_revised: Option<NewAndRevised>,
    pub tap: ProcessShare,
    pub aap: ProcessShare,
    pub outputs_per_question: BTreeMap<String, QuestionOutputs>,
    /// AAP approvals: days after the plenary that consented them.
    pub aap_lead_times: Option<LeadTimes>,
    /// TAP approvals: days after the start of the plenary that approved them.
    pub tap_lead_times: Option<LeadTimes>,
}

/// The approved Recommendations split by the catalogue: a revision has an edition approved
/// earlier.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct NewAndRevised {
    pub new: usize,
    /// The revised Recommendations, with the date of the edition each revises.
    pub revised: Vec<RevisedRecommendation>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RevisedRecommendation {
    pub number: String,
    /// The catalogue's identifier of the edition it revises (the latest before it).
    pub revises: String,
}

fn share(count: usize, total: usize) -> ProcessShare {
    let percent = if total == 0 {
        Decimal::ZERO
    } else {
        (Decimal::from(count) * Decimal::from(100) / Decimal::from(total)).round_dp(1)
    };
    ProcessShare { count, percent }
}

fn lead_times(mut days: Vec<i64>) -> Option<LeadTimes> {
    if days.is_empty() {
        return None;
    }
    days.sort_unstable();
    let count = days.len();
    let sum: i64 = days.iter().sum();
    let mean = (Decimal::from(sum) / Decimal::from(count)).round_dp(1);
    let middle = count / 2;
    let median = if count % 2 == 1 {
        Decimal::from(*days.get(middle)?)
    } else {
        (Decimal::from(*days.get(middle - 1)? + *days.get(middle)?) / Decimal::from(2)).round_dp(1)
    };
    Some(LeadTimes {
        count,
        min_days: *days.first()?,
        max_days: *days.last()?,
        mean_days: mean,
        median_days: median,
    })
}

/// The lead time of one approval, in days, from the plenaries (start, end) of its period: an
/// AAP approval counts from the end of the last plenary that ended on or before it (the one
/// that consented it), a TAP approval from the start of the last plenary that started on or
/// before it (the one that approved it). `None` when no plenary precedes the approval.
pub fn lead_time_days(
    process: ApprovalProcess,
    approved: NaiveDate,
    plenaries: &[(NaiveDate, NaiveDate)],
) -> Option<i64> {
    let from = match process {
        ApprovalProcess::Aap => plenaries
            .iter()
            .map(|p| p.1)
            .filter(|end| *end <= approved)
            .max(),
        ApprovalProcess::Tap => plenaries
            .iter()
            .map(|p| p.0)
            .filter(|start| *start <= approved)
            .max(),
    }?;
    Some((approved - from).num_days())
}

/// Figures for every study group and period in the dataset.
pub fn compute(dataset: &Dataset) -> Vec<PeriodStats> {
    let context = Context::new(dataset);
    let mut all = Vec::new();
    for view in &context.views {
        let Some(outputs) = view.outputs else {
            continue;
        };
        let plenaries: Vec<(NaiveDate, NaiveDate)> = view
            .meetings
            .map(|m| {
                m.plenaries
                    .iter()
                    .map(|p| (p.dates.start, p.dates.end()))
                    .collect()
            })
            .unwrap_or_default();
        let approved = outputs.approved.len();
        let tap = outputs
            .approved
            .iter()
            .filter(|r| r.process == ApprovalProcess::Tap)
            .count();
        let mut aap_days = Vec::new();
        let mut tap_days = Vec::new();
        for r in &outputs.approved {
            if let Some(days) = lead_time_days(r.process, r.approved, &plenaries) {
                match r.process {
                    ApprovalProcess::Aap => aap_days.push(days),
                    ApprovalProcess::Tap => tap_days.push(days),
                }
            }
        }
        let new_and_revised = view.catalogue.map(|catalogue| {
            let mut revised = Vec::new();
            for r in &outputs.approved {
                let editions =
                    crate::rules::publication_catalogue::editions(catalogue.value, &r.number);
                if let Some(earlier) = editions.iter().rev().find(|e| e.published < r.approved) {
                    revised.push(RevisedRecommendation {
                        number: r.number.to_string(),
                        revises: earlier.id.to_string(),
                    });
                }
            }
            NewAndRevised {
                new: approved - revised.len(),
                revised,
            }
        });
        let mut per_question: BTreeMap<String, QuestionOutputs> = BTreeMap::new();
        if let Some(claims) = view.claims {
            for claim in &claims.questions {
                let entry = per_question.entry(claim.question.to_string()).or_default();
                for listed in &claim.outputs {
                    match &listed.designation {
                        OutputDesignation::Recommendation(_) => entry.recommendations += 1,
                        OutputDesignation::Supplement(_) => entry.supplements += 1,
                        OutputDesignation::Technical(id) => match id.kind() {
                            TechnicalPublicationKind::TechnicalPaper => entry.technical_papers += 1,
                            TechnicalPublicationKind::TechnicalReport => {
                                entry.technical_reports += 1
                            }
                        },
                    }
                }
            }
        }
        all.push(PeriodStats {
            study_group: view.study_group.to_string(),
            study_period: view.study_period.to_string(),
            approved,
            new_and_revised,
            under_approval: outputs.under_approval.len(),
            supplements: outputs.supplements.len(),
            technical_papers: outputs.technical_papers.len(),
            technical_reports: outputs.technical_reports.len(),
            plenaries: plenaries.len(),
            rapporteur_meetings: view.meetings.map_or(0, |m| m.rapporteur_meetings.len()),
            tap: share(tap, approved),
            aap: share(approved - tap, approved),
            outputs_per_question: per_question,
            aap_lead_times: lead_times(aap_days),
            tap_lead_times: lead_times(tap_days),
        });
    }
    all
}

/// The figures in words.
pub fn human(stats: &[PeriodStats]) -> String {
    let mut out = String::new();
    for s in stats {
        out.push_str(&format!("{} {}\n", s.study_group, s.study_period));
        out.push_str(&format!(
            "  Recommendations approved: {} (TAP {} = {}%, AAP {} = {}%); under approval: {}\n",
            s.approved, s.tap.count, s.tap.percent, s.aap.count, s.aap.percent, s.under_approval
        ));
        if let Some(split) = &s.new_and_revised {
            let revised: Vec<String> = split
                .revised
                .iter()
                .map(|r| format!("{}, revising {}", r.number, r.revises))
                .collect();
            out.push_str(&format!(
                "  new: {}; revised: {}{} (by the ITU-T catalogue's editions)\n",
                split.new,
                split.revised.len(),
                if revised.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", revised.join("; "))
                }
            ));
        }
        out.push_str(&format!(
            "  Supplements: {}; Technical Papers: {}; Technical Reports: {}\n",
            s.supplements, s.technical_papers, s.technical_reports
        ));
        out.push_str(&format!(
            "  Plenary meetings: {}; Rapporteur meetings: {}\n",
            s.plenaries, s.rapporteur_meetings
        ));
        for (label, times) in [
            ("AAP approval after consenting plenary", &s.aap_lead_times),
            ("TAP approval after plenary start", &s.tap_lead_times),
        ] {
            if let Some(t) = times {
                out.push_str(&format!(
                    "  {label}: {}, days min {} / median {} / mean {} / max {}\n",
                    plural(t.count, "approval"),
                    t.min_days,
                    t.median_days,
                    t.mean_days,
                    t.max_days
                ));
            }
        }
        if !s.outputs_per_question.is_empty() {
            out.push_str("  Outputs per Question (§3.2):\n");
            for (question, o) in &s.outputs_per_question {
                out.push_str(&format!(
                    "    {question}: {}, {}, {}, {}\n",
                    plural(o.recommendations, "Recommendation"),
                    plural(o.supplements, "Supplement"),
                    plural(o.technical_papers, "Technical Paper"),
                    plural(o.technical_reports, "Technical Report"),
                ));
            }
        }
    }
    out
}
