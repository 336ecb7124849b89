//! `RC`: the report's own claims (its §1.2, §3.1 and §3.2 prose) against its tables.
//!
//! The helpers here gather the outputs of Tables 8, 9 and 12–14 under one key per
//! publication, so that the rules can match what §3.2 lists against what the tables give.

pub mod counted_list_mismatch;
pub mod group_name_mismatch;
pub mod meeting_count_claims;
pub mod narrated_meeting_count;
pub mod output_attribution;
pub mod question_claim_counts;
pub mod question_title_mismatch;
pub mod title_mismatch;
pub mod totals_mismatch;
pub mod web_page_address;

use wtsa_model::{
    ListedOutput, OutputCounts, OutputDesignation, Outputs, QuestionClaim, QuestionId,
    RecommendationNumber, ReportClaims, SupplementNumber, TechnicalPublicationId,
    TechnicalPublicationKind,
};

use crate::context::Doc;
use crate::diagnostic::{RowPlace, Spot};

/// One figure of an [`OutputCounts`]: what §3.1 or a Question summary claims of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Figure {
    NewRecommendations,
    RevisedRecommendations,
    Supplements,
    TechnicalPapers,
    TechnicalReports,
}

impl Figure {
    pub(crate) const ALL: [Figure; 5] = [
        Figure::NewRecommendations,
        Figure::RevisedRecommendations,
        Figure::Supplements,
        Figure::TechnicalPapers,
        Figure::TechnicalReports,
    ];

    /// The field's name in the data (the last segment of its JSON pointer).
    pub(crate) fn field(self) -> &'static str {
        match self {
            Self::NewRecommendations => "new_recommendations",
            Self::RevisedRecommendations => "revised_recommendations",
            Self::Supplements => "supplements",
            Self::TechnicalPapers => "technical_papers",
            Self::TechnicalReports => "technical_reports",
        }
    }

    /// What the figure counts, as words after a number.
    pub(crate) fn noun(self, count: u32) -> &'static str {
        match (self, count == 1) {
            (Self::NewRecommendations, true) => "new Recommendation",
            (Self::NewRecommendations, false) => "new Recommendations",
            (Self::RevisedRecommendations, true) => "revised Recommendation",
            (Self::RevisedRecommendations, false) => "revised Recommendations",
            (Self::Supplements, true) => "Supplement",
            (Self::Supplements, false) => "Supplements",
            (Self::TechnicalPapers, true) => "Technical Paper",
            (Self::TechnicalPapers, false) => "Technical Papers",
            (Self::TechnicalReports, true) => "Technical Report",
            (Self::TechnicalReports, false) => "Technical Reports",
        }
    }

    pub(crate) fn of(self, counts: &OutputCounts) -> u32 {
        match self {
            Self::NewRecommendations => counts.new_recommendations,
            Self::RevisedRecommendations => counts.revised_recommendations,
            Self::Supplements => counts.supplements,
            Self::TechnicalPapers => counts.technical_papers,
            Self::TechnicalReports => counts.technical_reports,
        }
    }
}

/// The kinds of output §3.2 lists and the tables give, one table (or pair) per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OutputKind {
    Recommendation,
    Supplement,
    TechnicalPaper,
    TechnicalReport,
}

impl OutputKind {
    pub(crate) const ALL: [OutputKind; 4] = [
        OutputKind::Recommendation,
        OutputKind::Supplement,
        OutputKind::TechnicalPaper,
        OutputKind::TechnicalReport,
    ];

    pub(crate) fn of(designation: &OutputDesignation) -> Self {
        match designation {
            OutputDesignation::Recommendation(_) => Self::Recommendation,
            OutputDesignation::Supplement(_) => Self::Supplement,
            OutputDesignation::Technical(id) => match id.kind() {
                TechnicalPublicationKind::TechnicalPaper => Self::TechnicalPaper,
                TechnicalPublicationKind::TechnicalReport => Self::TechnicalReport,
            },
        }
    }

    pub(crate) fn noun(self, count: u64) -> &'static str {
        match (self, count == 1) {
            (Self::Recommendation, true) => "Recommendation",
            (Self::Recommendation, false) => "Recommendations",
            (Self::Supplement, true) => "Supplement",
            (Self::Supplement, false) => "Supplements",
            (Self::TechnicalPaper, true) => "Technical Paper",
            (Self::TechnicalPaper, false) => "Technical Papers",
            (Self::TechnicalReport, true) => "Technical Report",
            (Self::TechnicalReport, false) => "Technical Reports",
        }
    }

    /// The figure a claim gives for this kind: new and revised together for Recommendations.
    pub(crate) fn claimed(self, counts: &OutputCounts) -> u64 {
        match self {
            Self::Recommendation => {
                u64::from(counts.new_recommendations) + u64::from(counts.revised_recommendations)
            }
            Self::Supplement => u64::from(counts.supplements),
            Self::TechnicalPaper => u64::from(counts.technical_papers),
            Self::TechnicalReport => u64::from(counts.technical_reports),
        }
    }

    /// The pointer, under a counts object, of the figure for this kind; the object itself for
    /// Recommendations, whose figure is the sum of two fields.
    pub(crate) fn counts_pointer(self, counts_pointer: &str) -> String {
        match self {
            Self::Recommendation => counts_pointer.to_owned(),
            Self::Supplement => format!("{counts_pointer}/supplements"),
            Self::TechnicalPaper => format!("{counts_pointer}/technical_papers"),
            Self::TechnicalReport => format!("{counts_pointer}/technical_reports"),
        }
    }

    /// The tables that give outputs of this kind.
    pub(crate) fn tables(self) -> &'static str {
        match self {
            Self::Recommendation => "Tables 8 and 9",
            Self::Supplement => "Table 12",
            Self::TechnicalPaper | Self::TechnicalReport => "Tables 13 and 14",
        }
    }
}

/// What identifies one publication across §3.2 and the tables: a Recommendation by its
/// primary number, a Supplement by its number, a technical publication by its id.
/// A number is copied into the key (it is a small value) and an id borrowed from the record
/// it names: building keys for every output costs no allocation, and hashing or comparing a
/// Recommendation's key reads no memory but the key's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum OutputKey<'a> {
    Recommendation(RecommendationNumber),
    Supplement(SupplementNumber),
    Technical(&'a TechnicalPublicationId),
}

impl<'a> OutputKey<'a> {
    pub(crate) fn of(designation: &'a OutputDesignation) -> Self {
        match designation {
            OutputDesignation::Recommendation(d) => Self::Recommendation(*d.primary()),
            OutputDesignation::Supplement(n) => Self::Supplement(*n),
            OutputDesignation::Technical(id) => Self::Technical(id),
        }
    }
}

/// An output's designation as its table writes it (`Y.4216`, `Y Suppl. 73`, `YSTR.BP-DTw`),
/// written out only when a message needs it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum OutputLabel<'a> {
    Recommendation(&'a wtsa_model::RecommendationDesignation),
    Supplement(SupplementNumber),
    Technical(&'a TechnicalPublicationId),
}

/// Quoted as the table writes it.
impl crate::message::ToArg for OutputLabel<'_> {
    fn to_arg(&self) -> crate::message::Arg {
        crate::message::Arg::Text(self.to_string())
    }
}

impl std::fmt::Display for OutputLabel<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Recommendation(d) => d.fmt(f),
            Self::Supplement(n) => n.fmt(f),
            Self::Technical(id) => id.fmt(f),
        }
    }
}

/// An output as one of the tables gives it. Its places are written only when asked for: a
/// check looks at every output and reports few.
#[derive(Debug, Clone)]
pub(crate) struct TableOutput<'a> {
    pub key: OutputKey<'a>,
    /// The designation as the table writes it (`Y.4216`, `Y Suppl. 73`, `YSTR.BP-DTw`).
    pub label: OutputLabel<'a>,
    /// `Table 8`, `Table 9`, `Table 12`, `Table 13` or `Table 14`.
    pub table: &'static str,
    /// Whether every such output must be attributed to a Question in §3.2: all but the
    /// Recommendations of Table 9, which are not yet approved.
    pub attributable: bool,
    pub title: &'a str,
    /// The Question Table 8 records, when it records one.
    recorded_question: Option<&'a QuestionId>,
    /// The row in its list of the outputs document (`approved`, `supplements` …), and the
    /// field that holds the designation (`number` or `id`).
    place: RowPlace,
    designation_field: &'static str,
}

impl<'a> TableOutput<'a> {
    /// The designation's place in the outputs document.
    pub fn spot(&self) -> Spot {
        self.place.field(self.designation_field)
    }

    /// The title's place.
    pub fn title_spot(&self) -> Spot {
        self.place.field("title")
    }

    /// The Question Table 8 records, with its place, when it records one.
    pub fn question(&self) -> Option<(&'a QuestionId, Spot)> {
        self.recorded_question
            .map(|q| (q, self.place.field("question")))
    }
}

/// Every output of Tables 8, 9, 12, 13 and 14, in that order.
pub(crate) fn table_outputs<'a>(outputs: Doc<'a, Outputs>) -> Vec<TableOutput<'a>> {
    let document = outputs.id;
    let doc: &'a Outputs = outputs.value;
    let mut all = Vec::with_capacity(
        doc.approved.len()
            + doc.under_approval.len()
            + doc.supplements.len()
            + doc.technical_papers.len()
            + doc.technical_reports.len(),
    );
    for (row, r) in doc.approved.iter().enumerate() {
        all.push(TableOutput {
            key: OutputKey::Recommendation(*r.number.primary()),
            label: OutputLabel::Recommendation(&r.number),
            table: "Table 8",
            attributable: true,
            title: &r.title,
            recorded_question: r.question.as_ref(),
            place: RowPlace {
                document,
                list: "approved",
                row,
            },
            designation_field: "number",
        });
    }
    for (row, r) in doc.under_approval.iter().enumerate() {
        all.push(TableOutput {
            key: OutputKey::Recommendation(*r.number.primary()),
            label: OutputLabel::Recommendation(&r.number),
            table: "Table 9",
            attributable: false,
            title: &r.title,
            recorded_question: None,
            place: RowPlace {
                document,
                list: "under_approval",
                row,
            },
            designation_field: "number",
        });
    }
    for (row, s) in doc.supplements.iter().enumerate() {
        all.push(TableOutput {
            key: OutputKey::Supplement(s.number),
            label: OutputLabel::Supplement(s.number),
            table: "Table 12",
            attributable: true,
            title: &s.title,
            recorded_question: None,
            place: RowPlace {
                document,
                list: "supplements",
                row,
            },
            designation_field: "number",
        });
    }
    let technical = [
        ("technical_papers", "Table 13", &doc.technical_papers),
        ("technical_reports", "Table 14", &doc.technical_reports),
    ];
    for (list, table, publications) in technical {
        for (row, t) in publications.iter().enumerate() {
            all.push(TableOutput {
                key: OutputKey::Technical(&t.id),
                label: OutputLabel::Technical(&t.id),
                table,
                attributable: true,
                title: &t.title,
                recorded_question: None,
                place: RowPlace {
                    document,
                    list,
                    row,
                },
                designation_field: "id",
            });
        }
    }
    all
}

/// A period's outputs as the tables give them, each output's first row, and where each output
/// §3.2 lists is in the tables: built once per view for the rules that compare §3.2 with the
/// tables (RC003, RC004), so that each listed output is looked up once, not once per rule.
#[derive(Debug, Clone)]
pub(crate) struct OutputTables<'a> {
    pub rows: Vec<TableOutput<'a>>,
    /// For each row, the first row that gives the same output: the row itself, unless the
    /// tables give the output more than once.
    pub first_of: Vec<usize>,
    /// For each output §3.2 lists, Question by Question in the summary's order, the first row
    /// that gives it; `None` when no table does.
    listed: Vec<Option<usize>>,
}

/// An output §3.2 lists, with the first row of the tables that gives it.
pub(crate) struct Listed<'c> {
    /// The Question summary's row in `questions`, and the summary.
    pub question_row: usize,
    pub question: &'c QuestionClaim,
    /// The output's row in the summary's `outputs`, and the output.
    pub output_row: usize,
    pub output: &'c ListedOutput,
    /// The first row of the tables that gives the output, when one does.
    pub first_row: Option<usize>,
}

impl<'a> OutputTables<'a> {
    fn of(outputs: Doc<'a, Outputs>, claims: Option<&ReportClaims>) -> Self {
        let rows = table_outputs(outputs);
        let mut first_row = crate::hash::HashMap::default();
        first_row.reserve(rows.len());
        let first_of = rows
            .iter()
            .enumerate()
            .map(|(row, output)| *first_row.entry(output.key).or_insert(row))
            .collect();
        let listed = claims
            .into_iter()
            .flat_map(|claims| &claims.questions)
            .flat_map(|question| &question.outputs)
            .map(|listed| first_row.get(&OutputKey::of(&listed.designation)).copied())
            .collect();
        Self {
            rows,
            first_of,
            listed,
        }
    }

    /// Each output `claims` (the view's §3.2, which these tables were built with) lists, in
    /// order, with the first row of the tables that gives it.
    pub(crate) fn listings<'c>(
        &'c self,
        claims: &'c ReportClaims,
    ) -> impl Iterator<Item = Listed<'c>> + 'c {
        claims
            .questions
            .iter()
            .enumerate()
            .flat_map(|(question_row, question)| {
                question
                    .outputs
                    .iter()
                    .enumerate()
                    .map(move |(output_row, output)| (question_row, question, output_row, output))
            })
            .zip(&self.listed)
            .map(
                |((question_row, question, output_row, output), &first_row)| Listed {
                    question_row,
                    question,
                    output_row,
                    output,
                    first_row,
                },
            )
    }
}

/// The period's [`OutputTables`], when it has an outputs document.
pub(crate) fn output_tables<'v, 'a>(
    view: &'v crate::context::PeriodView<'a>,
) -> Option<&'v OutputTables<'a>> {
    let outputs = view.outputs?;
    Some(
        view.output_tables
            .get_or_init(|| OutputTables::of(outputs, view.claims.map(|c| c.value))),
    )
}

/// What a claim counts of one kind, as a message quotes it: one figure and its noun
/// ("9 new Recommendations", "1 Supplement"), or new and revised Recommendations apart
/// ("10 new and 2 revised Recommendations (12 in all)").
#[derive(Debug, Clone, Copy)]
pub(crate) enum Claimed {
    One { count: u64, noun: &'static str },
    NewAndRevised { new: u32, revised: u32, all: u64 },
}

impl Claimed {
    pub(crate) fn of(kind: OutputKind, counts: &OutputCounts) -> Self {
        let (new, revised) = (counts.new_recommendations, counts.revised_recommendations);
        match (kind, new, revised) {
            (OutputKind::Recommendation, _, 0) => Self::One {
                count: u64::from(new),
                noun: Figure::NewRecommendations.noun(new),
            },
            (OutputKind::Recommendation, 0, _) => Self::One {
                count: u64::from(revised),
                noun: Figure::RevisedRecommendations.noun(revised),
            },
            (OutputKind::Recommendation, _, _) => Self::NewAndRevised {
                new,
                revised,
                all: kind.claimed(counts),
            },
            _ => {
                let count = kind.claimed(counts);
                Self::One {
                    count,
                    noun: kind.noun(count),
                }
            }
        }
    }
}

/// A length as a count to compare with a claimed figure.
pub(crate) fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}
