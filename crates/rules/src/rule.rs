//! What a rule is: its metadata (code, name, family, severity, citation, the periods it
//! applies to, its documentation) and its check.

use serde::Serialize;
use wtsa_model::StudyPeriod;

use crate::context::{Context, PeriodView};
use crate::diagnostic::Sink;
use crate::suppression::SuppressionOutcome;

/// How serious a finding is. Ordered: `Info` < `Warning` < `Error`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Severity {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "info" => Ok(Self::Info),
            "warning" => Ok(Self::Warning),
            "error" => Ok(Self::Error),
            other => Err(format!(
                "unknown severity `{other}` (expected error, warning or info)"
            )),
        }
    }
}

/// A family of rules, named by the prefix of its codes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, schemars::JsonSchema,
)]
pub enum Family {
    /// `AC`: Annex C, the Recommendations under a study group's responsibility.
    #[serde(rename = "AC")]
    AnnexC,
    /// `YS`: Y.4000-series membership and sub-series.
    #[serde(rename = "YS")]
    Y4000Series,
    /// `LR`: mandate and lead study-group roles.
    #[serde(rename = "LR")]
    LeadRoles,
    /// `OR`: organisation: Working Parties, Questions, groups, people.
    #[serde(rename = "OR")]
    Organisation,
    /// `PD`: procedure and dates.
    #[serde(rename = "PD")]
    ProcedureAndDates,
    /// `RC`: the report's own claims against its tables.
    #[serde(rename = "RC")]
    ReportClaims,
    /// `RP`: proposed changes to Resolution 2.
    #[serde(rename = "RP")]
    Proposal,
    /// `WT`: wtsa itself: suppressions.
    #[serde(rename = "WT")]
    Wtsa,
}

impl Family {
    pub const ALL: &'static [Family] = &[
        Family::AnnexC,
        Family::Y4000Series,
        Family::LeadRoles,
        Family::Organisation,
        Family::ProcedureAndDates,
        Family::ReportClaims,
        Family::Proposal,
        Family::Wtsa,
    ];

    pub fn prefix(self) -> &'static str {
        match self {
            Self::AnnexC => "AC",
            Self::Y4000Series => "YS",
            Self::LeadRoles => "LR",
            Self::Organisation => "OR",
            Self::ProcedureAndDates => "PD",
            Self::ReportClaims => "RC",
            Self::Proposal => "RP",
            Self::Wtsa => "WT",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Self::AnnexC => "Annex C",
            Self::Y4000Series => "Y.4000-series",
            Self::LeadRoles => "Mandate and lead roles",
            Self::Organisation => "Organisation",
            Self::ProcedureAndDates => "Procedure and dates",
            Self::ReportClaims => "Report claims",
            Self::Proposal => "Proposed Resolution 2 changes",
            Self::Wtsa => "wtsa",
        }
    }

    /// The folder under `src/rules/` that holds the family's rules: the variant in snake_case.
    pub fn folder(self) -> &'static str {
        match self {
            Self::AnnexC => "annex_c",
            Self::Y4000Series => "y4000_series",
            Self::LeadRoles => "lead_roles",
            Self::Organisation => "organisation",
            Self::ProcedureAndDates => "procedure_and_dates",
            Self::ReportClaims => "report_claims",
            Self::Proposal => "proposal",
            Self::Wtsa => "wtsa",
        }
    }
}

/// The provision a rule encodes, with the edition of the text that was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Citation {
    /// The instrument: "WTSA Resolution 2", "Recommendation ITU-T A.8", "SG20 report to WTSA-24".
    pub instrument: &'static str,
    /// The edition read: "Rev. Geneva, 2022", "10/2008".
    pub edition: &'static str,
    /// The provision within it: "Annex C", "§9", "Table 8".
    pub provision: &'static str,
    /// Where to read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<&'static str>,
}

impl std::fmt::Display for Citation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({}), {}",
            self.instrument, self.edition, self.provision
        )
    }
}

/// The study periods a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Periods {
    /// Every period: the rule is about the data's internal consistency.
    All,
    /// Only these periods (first year, last year): the provision was in force then.
    Only(&'static [(i32, i32)]),
}

impl Periods {
    pub fn includes(&self, period: StudyPeriod) -> bool {
        match self {
            Self::All => true,
            Self::Only(periods) => periods
                .iter()
                .any(|(first, last)| period.first_year() == *first && period.last_year() == *last),
        }
    }

    /// The periods as text (`all` or `2022-2024, 2017-2020`).
    pub fn describe(&self) -> Vec<String> {
        match self {
            Self::All => vec!["all".to_owned()],
            Self::Only(periods) => periods
                .iter()
                .map(|(first, last)| format!("{first}-{last}"))
                .collect(),
        }
    }
}

/// Everything known about a rule without running it.
#[derive(Debug, Clone, Copy)]
pub struct RuleMeta {
    /// Stable code: family prefix and number (`AC003`). Never reused.
    pub code: &'static str,
    /// kebab-case name (`recommendation-outside-annex-c`).
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub citation: Citation,
    pub periods: Periods,
    /// The rule's doc comment: what `wtsa explain` prints.
    pub docs: &'static str,
}

impl RuleMeta {
    /// The doc comment with the one leading space of each `///` line removed.
    pub fn documentation(&self) -> String {
        let mut text = String::new();
        for line in self.docs.lines() {
            text.push_str(line.strip_prefix(' ').unwrap_or(line));
            text.push('\n');
        }
        text.trim_end().to_owned()
    }

    /// The first paragraph under "What it checks", as a one-line summary.
    pub fn summary(&self) -> String {
        let documentation = self.documentation();
        let mut lines = documentation
            .lines()
            .skip_while(|l| !l.starts_with("## What it checks"));
        lines.next();
        lines
            .take_while(|l| !l.trim().is_empty() && !l.starts_with("##"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// What is known about a rule without running it. `declare_rule!` implements it from the
/// rule's declaration, so a rule's file writes only its checks.
pub trait Described {
    fn meta(&self) -> &'static RuleMeta;
}

/// A procedural check. Its metadata comes from [`Described`], which `declare_rule!` implements.
pub trait Rule: Described + Sync {
    /// Checks one study group's data for one study period.
    fn check(&self, _view: &PeriodView<'_>, _out: &mut Sink<'_>) {}

    /// Checks the corpus as a whole (for rules across study groups).
    fn check_corpus(&self, _context: &Context<'_>, _out: &mut Sink<'_>) {}

    /// Checks one suppression recorded in the data, once every other rule has run and the
    /// suppressions have been applied (the `WT` rules: they are about what the others found).
    fn check_suppression(&self, _outcome: &SuppressionOutcome<'_>, _out: &mut Sink<'_>) {}
}

/// Declares a rule type whose doc comment becomes its documentation: the unit struct, its
/// `META` and its [`Described`] implementation. The rule's file then writes `impl Rule`
/// with only the checks it needs.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            code: $code:literal,
            name: $rule_name:literal,
            family: $family:expr,
            severity: $severity:expr,
            citation: $citation:expr,
            periods: $periods:expr $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Default, Clone, Copy)]
        pub struct $name;

        impl $name {
            pub const META: $crate::rule::RuleMeta = $crate::rule::RuleMeta {
                code: $code,
                name: $rule_name,
                family: $family,
                severity: $severity,
                citation: $citation,
                periods: $periods,
                docs: concat!($($doc, "\n"),*),
            };
        }

        impl $crate::rule::Described for $name {
            fn meta(&self) -> &'static $crate::rule::RuleMeta {
                &Self::META
            }
        }
    };
}

pub(crate) use declare_rule;
