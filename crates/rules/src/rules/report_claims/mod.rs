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

/// The five tables of outputs, in the order [`table_rows`] reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OutputTable {
    Table8,
    Table9,
    Table12,
    Table13,
    Table14,
}

impl OutputTable {
    /// `Table 8` … `Table 14`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Table8 => "Table 8",
            Self::Table9 => "Table 9",
            Self::Table12 => "Table 12",
            Self::Table13 => "Table 13",
            Self::Table14 => "Table 14",
        }
    }

    /// The table's list in the outputs document.
    fn list(self) -> &'static str {
        match self {
            Self::Table8 => "approved",
            Self::Table9 => "under_approval",
            Self::Table12 => "supplements",
            Self::Table13 => "technical_papers",
            Self::Table14 => "technical_reports",
        }
    }

    /// The field of a row that holds the designation.
    fn designation_field(self) -> &'static str {
        match self {
            Self::Table8 | Self::Table9 | Self::Table12 => "number",
            Self::Table13 | Self::Table14 => "id",
        }
    }

    /// Whether every output of the table must be attributed to a Question in §3.2: all but
    /// the Recommendations of Table 9, which are not yet approved.
    pub fn attributable(self) -> bool {
        self != Self::Table9
    }
}

/// A row of the tables as a check keeps it for every output: its key, its table and row,
/// the Question Table 8 records and the title, in eight words of memory (at 100x a period's
/// tables have 14,900 rows, and what is built for each is written and read again by two
/// rules). What two rules compare for every row is copied here while the records are read in
/// order, so that neither reads a record again, out of order, for a row it finds nothing
/// about (the title and Question took the row from six words to eight, 240 KB more at 100x);
/// the rest ([`TableOutput`]) is read from the record when a rule reports it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TableRow<'a> {
    pub key: OutputKey<'a>,
    pub table: OutputTable,
    /// The row in the table's list of the outputs document.
    row: usize,
    /// The Question Table 8 records, when it records one.
    pub recorded_question: Option<QuestionId>,
    /// The title the table gives.
    pub title: &'a str,
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
    pub title: &'a str,
    /// The Question Table 8 records, when it records one.
    recorded_question: Option<QuestionId>,
    /// The row in its list of the outputs document (`approved`, `supplements` …), and the
    /// field that holds the designation (`number` or `id`).
    place: RowPlace,
    designation_field: &'static str,
}

impl<'a> TableOutput<'a> {
    /// The output of a row: its title and recorded Question as the row keeps them, its label
    /// read from its record in `outputs`; `None` when the record is not there (the row was
    /// not read from these tables).
    fn of(entry: &TableRow<'a>, outputs: Doc<'a, Outputs>) -> Option<Self> {
        let doc: &'a Outputs = outputs.value;
        let row = entry.row;
        let label = match entry.table {
            OutputTable::Table8 => OutputLabel::Recommendation(&doc.approved.get(row)?.number),
            OutputTable::Table9 => {
                OutputLabel::Recommendation(&doc.under_approval.get(row)?.number)
            }
            OutputTable::Table12 => OutputLabel::Supplement(doc.supplements.get(row)?.number),
            OutputTable::Table13 => OutputLabel::Technical(&doc.technical_papers.get(row)?.id),
            OutputTable::Table14 => OutputLabel::Technical(&doc.technical_reports.get(row)?.id),
        };
        Some(Self {
            key: entry.key,
            label,
            table: entry.table.name(),
            title: entry.title,
            recorded_question: entry.recorded_question,
            place: RowPlace {
                document: outputs.id,
                list: entry.table.list(),
                row,
            },
            designation_field: entry.table.designation_field(),
        })
    }

    /// The designation's place in the outputs document.
    pub fn spot(&self) -> Spot {
        self.place.field(self.designation_field)
    }

    /// The title's place.
    pub fn title_spot(&self) -> Spot {
        self.place.field("title")
    }

    /// The Question Table 8 records, with its place, when it records one.
    pub fn question(&self) -> Option<(QuestionId, Spot)> {
        self.recorded_question
            .map(|q| (q, self.place.field("question")))
    }
}

/// Every row of Tables 8, 9, 12, 13 and 14, in that order.
fn table_rows(doc: &Outputs) -> Vec<TableRow<'_>> {
    let mut all = Vec::with_capacity(
        doc.approved.len()
            + doc.under_approval.len()
            + doc.supplements.len()
            + doc.technical_papers.len()
            + doc.technical_reports.len(),
    );
    let recommendations = doc
        .approved
        .iter()
        .map(|r| (&r.number, OutputTable::Table8, r.question, r.title.as_str()))
        .enumerate()
        .chain(
            doc.under_approval
                .iter()
                .map(|r| (&r.number, OutputTable::Table9, None, r.title.as_str()))
                .enumerate(),
        );
    for (row, (number, table, recorded_question, title)) in recommendations {
        all.push(TableRow {
            key: OutputKey::Recommendation(*number.primary()),
            table,
            row,
            recorded_question,
            title,
        });
    }
    for (row, s) in doc.supplements.iter().enumerate() {
        all.push(TableRow {
            key: OutputKey::Supplement(s.number),
            table: OutputTable::Table12,
            row,
            recorded_question: None,
            title: &s.title,
        });
    }
    let technical = [
        (OutputTable::Table13, &doc.technical_papers),
        (OutputTable::Table14, &doc.technical_reports),
    ];
    for (table, publications) in technical {
        for (row, t) in publications.iter().enumerate() {
            all.push(TableRow {
                key: OutputKey::Technical(&t.id),
                table,
                row,
                recorded_question: None,
                title: &t.title,
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
    outputs: Doc<'a, Outputs>,
    pub rows: Vec<TableRow<'a>>,
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
        let rows = table_rows(outputs.value);
        // The first row of each output, found by a table of row numbers whose keys are read
        // from the rows: eight bytes a slot where a map holding the keys takes 32. A table
        // built for each period is new memory, and at 100x (14,900 rows) the map's megabyte,
        // written in no order, was mostly cache misses (a third of this rule's time); the
        // row numbers' quarter of it stays in the processor's cache.
        let state = crate::hash::RandomState::default();
        let hash = |key: &OutputKey<'_>| std::hash::BuildHasher::hash_one(&state, key);
        let key_of = |row: usize| rows.get(row).map(|r| &r.key);
        // A slot's hash when the table grows: its row's key's (every slot's row is a row).
        let rehash = |&row: &usize| key_of(row).map_or(0, hash);
        let mut first_row: hashbrown::HashTable<usize> = hashbrown::HashTable::new();
        first_row.reserve(rows.len(), rehash);
        let first_of = rows
            .iter()
            .enumerate()
            .map(|(row, output)| {
                let found = first_row.entry(
                    hash(&output.key),
                    |&other| key_of(other) == Some(&output.key),
                    rehash,
                );
                *found.or_insert(row).get()
            })
            .collect();
        let listed = claims
            .into_iter()
            .flat_map(|claims| &claims.questions)
            .flat_map(|question| &question.outputs)
            .map(|listed| {
                let key = OutputKey::of(&listed.designation);
                first_row
                    .find(hash(&key), |&row| key_of(row) == Some(&key))
                    .copied()
            })
            .collect();
        Self {
            outputs,
            rows,
            first_of,
            listed,
        }
    }

    /// The output of row `row`, read from its record: always there for a row of these tables,
    /// whose rows were read from the outputs document held here, which nothing changes.
    pub(crate) fn output(&self, row: usize) -> Option<TableOutput<'a>> {
        TableOutput::of(self.rows.get(row)?, self.outputs)
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
