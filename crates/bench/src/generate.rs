//! The corpus generator: a seeded, multi-study-group dataset at a scale factor, with a known
//! set of planted inconsistencies.
//!
//! At scale 1 the corpus is about ITU-T today: twelve study groups over three study periods
//! (2013-2016, 2017-2020, 2022-2024), about 5,000 Recommendations in Tables 8 and 9, 2,000
//! meetings, 1,500 people, one Resolution 2 entry in force per group and period and one
//! proposal per group for 2025-2028. A larger scale multiplies the records *inside* each
//! document (Recommendations, people, Questions, Working Parties, groups, meetings, Annex C
//! entries) and keeps the number of documents: that is the worst case for any rule that
//! compares records pairwise within a document, which is what the benchmarks are there to
//! catch. (More documents of the same size would grow every per-period rule linearly by
//! construction.) Plenaries stay at four to six per period: the calendar bounds them.
//!
//! Each study group owns disjoint Recommendation numbers (its own series letter, or its own
//! block of the Y series), so cross-group Annex C overlaps (AC006) appear only where planted.
//! Titles avoid the keywords of the Y.4000 sub-series table so the informational YS rules stay
//! quiet. Every planted inconsistency yields exactly one finding of its rule; the manifest
//! counts them.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::{Days, NaiveDate};
use serde::Serialize;
use wtsa_model::text::fold::{fold, name_keys};
use wtsa_model::{
    Activities, ActivitiesKind, Activity, ActivityCategory, AnnexC, AnnexCEntry, AnnexCItem,
    ApprovalProcess, ApprovedRecommendation, DateRange, DesignationError, DocumentNumber,
    EntryStatus, GroupAcronym, GroupKind, GroupMeeting, GroupMeetingCount, Honorific,
    LeadActivityReport, LeadRole, LeadRolesPerformed, ListedOutput, Management, Meetings,
    MeetingsKind, OfficeRole, Officer, Organisation, OrganisationKind, OtherGroup, OutputCounts,
    OutputDesignation, Outputs, OutputsKind, People, PeopleKind, Person, PersonId, Plenary,
    PointOfGuidance, PublicationStatus, Question, QuestionClaim, QuestionId, QuestionOrigin,
    RapporteurMeeting, RecommendationDesignation, RecommendationNumber,
    RecommendationUnderApproval, ReportClaims, ReportClaimsKind, ReportRange, Resolution2Entry,
    Resolution2EntryKind, Responsibilities, Revision, StatedCount, StudyGroup, StudyGroupId,
    StudyGroupKind, StudyPeriod, Supplement, SupplementNumber, TechnicalPublication,
    TechnicalPublicationId, Totals, WorkingParty, WorkingPartyId, WtsaEdition,
};

use crate::manifest::Manifest;
use crate::rng::Rng;
use crate::vocabulary;

/// The syntax the corpus is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileFormat {
    Yaml,
    Json,
}

impl FileFormat {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Yaml => "yaml",
            Self::Json => "json",
        }
    }
}

impl FromStr for FileFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "yaml" | "yml" => Ok(Self::Yaml),
            "json" => Ok(Self::Json),
            other => Err(format!("unknown format `{other}` (expected yaml or json)")),
        }
    }
}

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// 1 is ITU-T today; 10 and 100 multiply the records of every document. Fractions give
    /// small corpora for tests.
    pub scale: f64,
    pub seed: u64,
    /// How many study groups, at most [`MAX_GROUPS`].
    pub groups: usize,
    pub format: FileFormat,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            scale: 1.0,
            seed: 1,
            groups: MAX_GROUPS,
            format: FileFormat::Yaml,
        }
    }
}

/// Why a corpus could not be generated or written.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("the scale must be a positive number, not {0}")]
    Scale(f64),
    #[error("between 1 and {max} study groups, not {given}")]
    Groups { given: usize, max: usize },
    #[error("a generated designation `{text}` does not parse: {source}")]
    Designation {
        text: String,
        #[source]
        source: DesignationError,
    },
    #[error("a generated value is out of range: {0}")]
    OutOfRange(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: cannot serialise: {message}")]
    Serialise { path: String, message: String },
    /// A file written through `wtsa-dataset`'s atomic writer, as every file wtsa writes.
    #[error(transparent)]
    Write(#[from] wtsa_dataset::write::WriteError),
}

fn parse<T: FromStr<Err = DesignationError>>(text: impl Into<String>) -> Result<T, CorpusError> {
    let text = text.into();
    text.parse()
        .map_err(|source| CorpusError::Designation { text, source })
}

fn number(series: char, parts: &[u32]) -> Result<RecommendationNumber, CorpusError> {
    RecommendationNumber::new(series, parts.to_vec())
        .ok_or_else(|| CorpusError::OutOfRange(format!("{series}.{parts:?}")))
}

fn date(year: i32, month: u32, day: u32) -> Result<NaiveDate, CorpusError> {
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| CorpusError::OutOfRange(format!("{year}-{month}-{day}")))
}

fn plus(day: NaiveDate, days: i64) -> Result<NaiveDate, CorpusError> {
    let moved = if days >= 0 {
        day.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        day.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    moved.ok_or_else(|| CorpusError::OutOfRange(format!("{day} + {days} days")))
}

/// The most study groups a corpus has.
pub const MAX_GROUPS: usize = 12;

/// One study group: its number, the series letter it owns, where its numbers start, its
/// subject, and its lead roles.
struct GroupSpec {
    number: u32,
    letter: char,
    first_base: u32,
    /// SG20: its Annex C holds the whole `Y.4000-series`, and its Recommendations all carry a
    /// Y.4000 number; its other entries are in the F series.
    y4000: bool,
    topic: &'static str,
    lead: &'static [&'static str],
}

const GROUPS: [GroupSpec; MAX_GROUPS] = [
    GroupSpec {
        number: 2,
        letter: 'E',
        first_base: 100,
        y4000: false,
        topic: "operational aspects of numbering and routing",
        lead: &["numbering and routing"],
    },
    GroupSpec {
        number: 3,
        letter: 'D',
        first_base: 100,
        y4000: false,
        topic: "economic and policy issues",
        lead: &["tariff and accounting principles"],
    },
    GroupSpec {
        number: 5,
        letter: 'K',
        first_base: 100,
        y4000: false,
        topic: "environment, electromagnetic fields and circular economy",
        lead: &["electromagnetic compatibility", "circular economy"],
    },
    GroupSpec {
        number: 9,
        letter: 'J',
        first_base: 100,
        y4000: false,
        topic: "broadband cable and television",
        lead: &["integrated broadband cable"],
    },
    GroupSpec {
        number: 11,
        letter: 'Q',
        first_base: 100,
        y4000: false,
        topic: "signalling and test specifications",
        lead: &["signalling", "conformance and interoperability testing"],
    },
    GroupSpec {
        number: 12,
        letter: 'P',
        first_base: 100,
        y4000: false,
        topic: "quality of experience",
        lead: &["quality of experience"],
    },
    GroupSpec {
        number: 13,
        letter: 'Y',
        first_base: 1000,
        y4000: false,
        topic: "future networks and cloud computing",
        lead: &["future networks", "cloud computing"],
    },
    GroupSpec {
        number: 15,
        letter: 'G',
        first_base: 100,
        y4000: false,
        topic: "optical transport and access",
        lead: &["optical transport"],
    },
    GroupSpec {
        number: 16,
        letter: 'H',
        first_base: 100,
        y4000: false,
        topic: "multimedia coding and systems",
        lead: &["multimedia coding", "accessibility"],
    },
    GroupSpec {
        number: 17,
        letter: 'X',
        first_base: 100,
        y4000: false,
        topic: "trust and privacy",
        lead: &["privacy", "trust"],
    },
    GroupSpec {
        number: 20,
        letter: 'F',
        first_base: 700,
        y4000: true,
        topic: "Internet of things and smart cities and communities",
        lead: &[
            "Internet of things and its applications",
            "smart cities and communities",
        ],
    },
    GroupSpec {
        number: 21,
        letter: 'T',
        first_base: 100,
        y4000: false,
        topic: "multimedia content delivery",
        lead: &[],
    },
];

/// One study period of the corpus.
struct PeriodSpec {
    first_year: i32,
    last_year: i32,
    /// The WTSA edition whose Resolution 2 is in force in the period.
    edition: u8,
    /// The window meetings and outputs are dated in: inside the period's bounds in
    /// `tables/wtsa-editions.yaml` where it knows them.
    window: ((i32, u32, u32), (i32, u32, u32)),
    /// The day after the period's first bound, for planting a date before it (PD002); `None`
    /// where the editions table does not know the period (then PD002 is silent).
    known_start: Option<(i32, u32, u32)>,
    plenaries: usize,
    /// The share of the study group's Annex C catalogue that this edition lists.
    annex_share: f64,
}

const PERIODS: [PeriodSpec; 3] = [
    PeriodSpec {
        first_year: 2013,
        last_year: 2016,
        edition: 12,
        window: ((2013, 1, 14), (2016, 9, 30)),
        known_start: None,
        plenaries: 5,
        annex_share: 0.8,
    },
    PeriodSpec {
        first_year: 2017,
        last_year: 2020,
        edition: 16,
        window: ((2017, 1, 16), (2022, 1, 31)),
        known_start: Some((2016, 11, 3)),
        plenaries: 6,
        annex_share: 0.9,
    },
    PeriodSpec {
        first_year: 2022,
        last_year: 2024,
        edition: 20,
        window: ((2022, 4, 4), (2024, 9, 20)),
        known_start: Some((2022, 3, 9)),
        plenaries: 4,
        annex_share: 1.0,
    },
];

/// The edition a proposal is made for, and the period it would govern.
const PROPOSED_EDITION: u8 = 24;
const PROPOSED_PERIOD: (i32, i32) = (2025, 2028);

/// The rule codes the generator plants, each yielding exactly one finding per plant.
pub const PLANTED: &[(&str, f64, &str)] = &[
    (
        "AC001",
        3.0,
        "an Annex C item that does not parse (a range that ends before it starts)",
    ),
    (
        "AC002",
        3.0,
        "an Annex C entry repeated within one study group's list",
    ),
    (
        "AC003",
        24.0,
        "an approved Recommendation numbered outside the study group's Annex C",
    ),
    (
        "AC006",
        6.0,
        "an entry of one study group's Annex C copied into another's",
    ),
    (
        "OR005",
        12.0,
        "a person written a second time with an accent",
    ),
    ("OR007", 6.0, "a second person with an existing person key"),
    (
        "PD001",
        12.0,
        "a Rapporteur-group meeting whose end is before its start",
    ),
    (
        "PD002",
        6.0,
        "a Rapporteur-group meeting before the study period began",
    ),
    ("PD003", 6.0, "a TAP approval dated between plenaries"),
    (
        "RC003",
        12.0,
        "an approved Recommendation recorded under one Question and listed under another",
    ),
    ("RC004", 24.0, "a §3.2 title with its last word dropped"),
];

fn scaled(base: f64, scale: f64, minimum: usize) -> usize {
    let value = (base * scale).round();
    if value.is_finite() && value >= 0.0 {
        // Bounded by the scale's sanity check in `generate`.
        (value as usize).max(minimum)
    } else {
        minimum
    }
}

/// The shape of one Annex C entry of a study group's catalogue.
#[derive(Debug, Clone, Copy)]
enum Slot {
    /// `Y.4000-series`.
    Block,
    /// `L.b – L.b+3`.
    Range(u32),
    /// `L.b`.
    Single(u32),
    /// `L.b.1 – L.b.20`.
    SubRange(u32),
    /// `L.b.1`.
    SubSingle(u32),
}

const SUB_RANGE_END: u32 = 20;

struct Catalogue {
    letter: char,
    slots: Vec<Slot>,
}

impl Catalogue {
    /// The study group's Annex C catalogue: disjoint entries, each in bases of its own.
    fn of(spec: &GroupSpec, entries: usize) -> Self {
        let mut slots = Vec::with_capacity(entries + 1);
        if spec.y4000 {
            slots.push(Slot::Block);
        }
        let mut base = spec.first_base;
        let mut take = |width: u32| {
            // SG13 shares the Y series with SG20, whose block is Y.4000–Y.4999.
            if spec.letter == 'Y' && base + width > 4000 && base < 5000 {
                base = 5000;
            }
            let start = base;
            base += width;
            start
        };
        while slots.len() < entries {
            let slot = match slots.len() % 4 {
                0 => Slot::Range(take(4)),
                1 => Slot::Single(take(1)),
                2 => Slot::SubRange(take(1)),
                _ => Slot::SubSingle(take(1)),
            };
            slots.push(slot);
        }
        Self {
            letter: spec.letter,
            slots,
        }
    }

    fn entry(&self, slot: Slot) -> Result<AnnexCEntry, CorpusError> {
        let l = self.letter;
        Ok(match slot {
            Slot::Block => AnnexCEntry::Series {
                series: 'Y',
                block_start: 4000,
            },
            Slot::Range(b) => AnnexCEntry::Range {
                start: number(l, &[b])?,
                end: number(l, &[b + 3])?,
            },
            Slot::Single(b) => AnnexCEntry::Recommendation(number(l, &[b])?),
            Slot::SubRange(b) => AnnexCEntry::Range {
                start: number(l, &[b, 1])?,
                end: number(l, &[b, SUB_RANGE_END])?,
            },
            Slot::SubSingle(b) => AnnexCEntry::Recommendation(number(l, &[b, 1])?),
        })
    }

    /// The numbers an entry covers (none for the block: SG20 numbers its own in it).
    fn numbers(&self, slot: Slot, out: &mut Vec<RecommendationNumber>) -> Result<(), CorpusError> {
        let l = self.letter;
        match slot {
            Slot::Block => {}
            Slot::Range(b) => {
                for k in 0..4 {
                    out.push(number(l, &[b + k])?);
                }
            }
            Slot::Single(b) => out.push(number(l, &[b])?),
            Slot::SubRange(b) => {
                for k in 1..=SUB_RANGE_END {
                    out.push(number(l, &[b, k])?);
                }
            }
            Slot::SubSingle(b) => out.push(number(l, &[b, 1])?),
        }
        Ok(())
    }
}

/// What is planted in one (study group, period) view.
#[derive(Debug, Default, Clone)]
struct Plants {
    counts: BTreeMap<&'static str, usize>,
    /// AC006: (the study group whose entry is copied, the entry's index in its catalogue).
    copies: Vec<(usize, usize)>,
}

impl Plants {
    fn get(&self, code: &str) -> usize {
        self.counts.get(code).copied().unwrap_or(0)
    }
}

/// Where each planted inconsistency goes: round robin over the views it can go in.
fn distribute(options: &Options, sizes: &Sizes) -> Vec<Plants> {
    let groups = options.groups;
    let views = groups * PERIODS.len();
    let mut plants = vec![Plants::default(); views];
    let view = |g: usize, p: usize| g * PERIODS.len() + p;
    for (code, base, _) in PLANTED {
        let total = scaled(*base, options.scale, 1);
        let eligible: Vec<usize> = (0..groups)
            .flat_map(|g| (0..PERIODS.len()).map(move |p| (g, p)))
            .filter(|(g, p)| match *code {
                // SG20's Recommendations outside its Annex C would also be YS003's findings.
                "AC003" => !GROUPS.get(*g).is_some_and(|s| s.y4000),
                "PD002" | "PD003" => PERIODS.get(*p).is_some_and(|s| s.known_start.is_some()),
                "AC006" => groups > 1,
                _ => true,
            })
            .map(|(g, p)| view(g, p))
            .collect();
        if eligible.is_empty() {
            continue;
        }
        if *code == "AC006" {
            // Each copy takes a distinct entry of the next study group, at catalogue indices
            // 2, 10, 18 … that the edition lists.
            let mut next_index: BTreeMap<(usize, usize), usize> = BTreeMap::new();
            for j in 0..total {
                let Some(&v) = eligible.get(j % eligible.len()) else {
                    continue;
                };
                let (g, p) = (v / PERIODS.len(), v % PERIODS.len());
                let source = (g + 1 + j / eligible.len()) % groups;
                if source == g {
                    continue;
                }
                let k = next_index.entry((source, p)).or_insert(0);
                let index = 2 + 8 * *k;
                *k += 1;
                let listed = PERIODS
                    .get(p)
                    .map_or(0, |s| scaled(sizes.annex as f64, s.annex_share, 1));
                if let Some(target) = plants.get_mut(v) {
                    if index < listed {
                        target.copies.push((source, index));
                    }
                }
            }
            continue;
        }
        for j in 0..total {
            if let Some(target) = eligible
                .get(j % eligible.len())
                .and_then(|v| plants.get_mut(*v))
            {
                *target.counts.entry(code).or_insert(0) += 1;
            }
        }
    }
    plants
}

/// How many records of each kind one (study group, period) view has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Sizes {
    pub people: usize,
    pub working_parties: usize,
    pub questions: usize,
    pub other_groups: usize,
    pub rapporteur_meetings: usize,
    pub group_meetings: usize,
    pub approved: usize,
    pub under_approval: usize,
    pub supplements: usize,
    pub technical_papers: usize,
    pub technical_reports: usize,
    pub activities: usize,
    /// Annex C entries in the full catalogue (the latest edition lists them all).
    pub annex: usize,
}

impl Sizes {
    pub fn at(scale: f64) -> Self {
        Self {
            people: scaled(42.0, scale, 12),
            working_parties: scaled(3.0, scale, 1),
            questions: scaled(12.0, scale, 3),
            other_groups: scaled(4.0, scale, 1),
            rapporteur_meetings: scaled(40.0, scale, 4),
            group_meetings: scaled(10.0, scale, 2),
            approved: scaled(110.0, scale, 8),
            under_approval: scaled(30.0, scale, 2),
            supplements: scaled(4.0, scale, 1),
            technical_papers: scaled(2.0, scale, 1),
            technical_reports: scaled(3.0, scale, 1),
            activities: scaled(10.0, scale, 1),
            annex: scaled(40.0, scale, 24),
        }
    }
}

/// Writes a corpus under `out` (data files under `out/data`, `out/manifest.json` beside them)
/// and returns its manifest.
pub fn generate(options: &Options, out: &Path) -> Result<Manifest, CorpusError> {
    if !(options.scale.is_finite() && options.scale > 0.0 && options.scale <= 10_000.0) {
        return Err(CorpusError::Scale(options.scale));
    }
    if options.groups == 0 || options.groups > MAX_GROUPS {
        return Err(CorpusError::Groups {
            given: options.groups,
            max: MAX_GROUPS,
        });
    }
    let sizes = Sizes::at(options.scale);
    let plants = distribute(options, &sizes);
    let mut manifest = Manifest::new(options, sizes);
    let data = out.join("data");
    for (g, spec) in GROUPS.iter().enumerate().take(options.groups) {
        let catalogue = Catalogue::of(spec, sizes.annex + sizes.annex / 20 + 1);
        for (p, period) in PERIODS.iter().enumerate() {
            let view_plants = plants
                .get(g * PERIODS.len() + p)
                .cloned()
                .unwrap_or_default();
            let mut view = ViewGenerator {
                options,
                sizes,
                spec,
                period,
                catalogue: &catalogue,
                rng: Rng::derive(options.seed, &[g as u64, p as u64]),
                plants: &view_plants,
                dir: data
                    .join(format!("sg{}", spec.number))
                    .join(format!("{}-{}", period.first_year, period.last_year)),
                manifest: &mut manifest,
            };
            view.write_all()?;
        }
    }
    manifest.write(&out.join("manifest.json"))?;
    Ok(manifest)
}

struct ViewGenerator<'a> {
    options: &'a Options,
    sizes: Sizes,
    spec: &'a GroupSpec,
    period: &'a PeriodSpec,
    catalogue: &'a Catalogue,
    rng: Rng,
    plants: &'a Plants,
    dir: PathBuf,
    manifest: &'a mut Manifest,
}

/// The people of a view, and who holds which office.
struct Roster {
    people: Vec<Person>,
    first: PersonId,
    next: usize,
}

impl Roster {
    fn new(people: Vec<Person>) -> Result<Self, CorpusError> {
        let first = people
            .first()
            .map(|p| p.id.clone())
            .ok_or_else(|| CorpusError::OutOfRange("no people".to_owned()))?;
        Ok(Self {
            people,
            first,
            next: 0,
        })
    }

    /// The next person in turn for an office.
    fn officer(&mut self, role: OfficeRole) -> Officer {
        let person = self
            .people
            .get(self.next % self.people.len().max(1))
            .map_or_else(|| self.first.clone(), |p| p.id.clone());
        self.next += 1;
        Officer {
            person,
            role,
            affiliation: None,
            country: None,
            inactive: None,
            served_until_year: None,
            source: None,
            suppress: Vec::new(),
        }
    }
}

impl ViewGenerator<'_> {
    fn study_group(&self) -> StudyGroupId {
        StudyGroupId::new(self.spec.number)
    }

    fn study_period(&self) -> Result<StudyPeriod, CorpusError> {
        StudyPeriod::new(self.period.first_year, self.period.last_year)
            .ok_or_else(|| CorpusError::OutOfRange("study period".to_owned()))
    }

    fn write<T: Serialize>(
        &mut self,
        name: &str,
        kind: &str,
        value: &T,
    ) -> Result<(), CorpusError> {
        let path = self
            .dir
            .join(format!("{name}.{}", self.options.format.extension()));
        let display = path.display().to_string();
        let text = match self.options.format {
            FileFormat::Yaml => {
                let body =
                    wtsa_dataset::yaml11::to_yaml(value).map_err(|e| CorpusError::Serialise {
                        path: display.clone(),
                        message: e.to_string(),
                    })?;
                format!(
                    "# yaml-language-server: $schema=../../../schemas/{kind}.schema.json\n{body}"
                )
            }
            FileFormat::Json => {
                let mut body =
                    serde_json::to_string_pretty(value).map_err(|e| CorpusError::Serialise {
                        path: display.clone(),
                        message: e.to_string(),
                    })?;
                body.push('\n');
                body
            }
        };
        fs::create_dir_all(&self.dir).map_err(|source| CorpusError::Io {
            path: self.dir.display().to_string(),
            source,
        })?;
        wtsa_dataset::write::write_atomic(&path, text.as_bytes())?;
        self.manifest.add_file(text.len());
        Ok(())
    }

    fn window(&self) -> Result<(NaiveDate, NaiveDate), CorpusError> {
        let ((y0, m0, d0), (y1, m1, d1)) = self.period.window;
        Ok((date(y0, m0, d0)?, date(y1, m1, d1)?))
    }

    fn title(&mut self) -> String {
        let adjective = self
            .rng
            .pick(vocabulary::ADJECTIVES)
            .copied()
            .unwrap_or("Common");
        let noun = self
            .rng
            .pick(vocabulary::NOUNS)
            .copied()
            .unwrap_or("methods");
        let field = self
            .rng
            .pick(vocabulary::FIELDS)
            .copied()
            .unwrap_or("digital");
        let thing = self
            .rng
            .pick(vocabulary::THINGS)
            .copied()
            .unwrap_or("systems");
        if self.rng.percent(40) {
            let setting = self
                .rng
                .pick(vocabulary::SETTINGS)
                .copied()
                .unwrap_or("in ports");
            format!("{adjective} {noun} for {field} {thing} {setting}")
        } else {
            format!("{adjective} {noun} for {field} {thing}")
        }
    }

    fn place(&mut self) -> String {
        self.rng
            .pick(vocabulary::PLACES)
            .copied()
            .unwrap_or("Geneva")
            .to_owned()
    }

    /// A range of `shortest` to `longest` days starting somewhere in the window.
    fn dates_in_window(&mut self, shortest: i64, longest: i64) -> Result<DateRange, CorpusError> {
        let days = self.rng.between(shortest, longest);
        let (from, to) = self.window()?;
        let span = (to - from).num_days() - days;
        let start = plus(from, self.rng.between(0, span.max(0)))?;
        Ok(DateRange::new(start, plus(start, days - 1)?))
    }

    fn write_all(&mut self) -> Result<(), CorpusError> {
        let group = self.study_group();
        let period = self.study_period()?;
        let edition: WtsaEdition = parse(format!("WTSA-{:02}", self.period.edition))?;

        let mut roster = Roster::new(self.people()?)?;
        let plenaries = self.plenaries()?;
        let organisation = self.organisation(&mut roster)?;
        let entry = self.resolution2(edition, EntryStatus::InForce, period)?;
        let outputs = self.outputs(&plenaries, &organisation)?;
        let meetings = self.meetings(plenaries, &organisation)?;
        let claims = self.claims(&entry, &outputs, &meetings, &organisation)?;
        let study_group = self.study_group_doc(edition, &organisation, &mut roster)?;
        let activities = self.activities()?;
        let mut people = self.planted_people(roster.people)?;
        people.shrink_to_fit();

        let people = People {
            schema: None,
            kind: PeopleKind,
            suppress: Vec::new(),
            study_group: group,
            study_period: period,
            people,
        };
        self.manifest.count("people", people.people.len());
        self.manifest.count("approved", outputs.approved.len());
        self.manifest
            .count("under_approval", outputs.under_approval.len());
        self.manifest.count(
            "meetings",
            meetings.plenaries.len()
                + meetings.rapporteur_meetings.len()
                + meetings.group_meetings.len(),
        );
        self.manifest.count(
            "annex_c_entries",
            entry.annex_c.lines.iter().map(Vec::len).sum(),
        );
        self.write("study-group", "study-group", &study_group)?;
        self.write("people", "people", &people)?;
        self.write("organisation", "organisation", &organisation)?;
        self.write("meetings", "meetings", &meetings)?;
        self.write("outputs", "outputs", &outputs)?;
        self.write("report-claims", "report-claims", &claims)?;
        self.write("activities", "activities", &activities)?;
        self.write(
            &format!("resolution2-wtsa-{:02}", self.period.edition),
            "resolution2-entry",
            &entry,
        )?;
        if self.period.edition == PERIODS.last().map_or(0, |p| p.edition) {
            let proposed_edition: WtsaEdition = parse(format!("WTSA-{PROPOSED_EDITION}"))?;
            let proposed_period = StudyPeriod::new(PROPOSED_PERIOD.0, PROPOSED_PERIOD.1)
                .ok_or_else(|| CorpusError::OutOfRange("proposed period".to_owned()))?;
            let proposal =
                self.resolution2(proposed_edition, EntryStatus::Proposed, proposed_period)?;
            self.manifest.count(
                "annex_c_entries",
                proposal.annex_c.lines.iter().map(Vec::len).sum(),
            );
            self.write(
                &format!("resolution2-wtsa-{PROPOSED_EDITION}-proposed"),
                "resolution2-entry",
                &proposal,
            )?;
        }
        Ok(())
    }

    fn people(&mut self) -> Result<Vec<Person>, CorpusError> {
        let mut seen: HashSet<String> = HashSet::new();
        let mut people = Vec::with_capacity(self.sizes.people);
        let mut attempts = 0usize;
        while people.len() < self.sizes.people {
            attempts += 1;
            if attempts > self.sizes.people * 50 + 1000 {
                return Err(CorpusError::OutOfRange(
                    "not enough distinct names".to_owned(),
                ));
            }
            let Some(name) = self.fresh_name(&mut seen) else {
                continue;
            };
            let k = people.len();
            people.push(self.person(&name, k, None)?);
        }
        Ok(people)
    }

    /// A name that meets no other under `name_keys` (so OR005 stays quiet on clean records).
    fn fresh_name(&mut self, seen: &mut HashSet<String>) -> Option<String> {
        let given = self.rng.pick(vocabulary::GIVEN_NAMES).copied()?;
        let family = self.rng.pick(vocabulary::FAMILY_NAMES).copied()?;
        let name = if self.rng.percent(30) {
            let middle = self.rng.pick(vocabulary::GIVEN_NAMES).copied()?;
            if middle == given {
                return None;
            }
            format!("{given} {middle} {family}")
        } else {
            format!("{given} {family}")
        };
        let (whole, sorted) = name_keys(&name);
        if seen.contains(&format!("w:{whole}")) || seen.contains(&format!("s:{sorted}")) {
            return None;
        }
        seen.insert(format!("w:{whole}"));
        seen.insert(format!("s:{sorted}"));
        Some(name)
    }

    fn person(
        &mut self,
        name: &str,
        k: usize,
        country: Option<String>,
    ) -> Result<Person, CorpusError> {
        let slug: String = fold(name)
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(24)
            .collect();
        let honorific = if self.rng.percent(50) {
            Honorific::Ms
        } else {
            Honorific::Mr
        };
        let country = match country {
            Some(country) => country,
            None => self
                .rng
                .pick(vocabulary::COUNTRIES)
                .copied()
                .unwrap_or("France")
                .to_owned(),
        };
        let affiliation = self
            .rng
            .pick(vocabulary::AFFILIATIONS)
            .copied()
            .unwrap_or("University");
        Ok(Person {
            id: parse(format!("{slug}-{k}"))?,
            name: name.to_owned(),
            honorific: Some(honorific),
            affiliation: Some(format!("{affiliation}, {country}")),
            country: Some(country),
            source: parse("§1.2")?,
            same_as: None,
            suppress: Vec::new(),
        })
    }

    /// OR005: a later record spelling an earlier name with an accent; OR007: a later record
    /// reusing an earlier key under a new name.
    fn planted_people(&mut self, mut people: Vec<Person>) -> Result<Vec<Person>, CorpusError> {
        let base = people.len();
        let mut seen: HashSet<String> = HashSet::new();
        for person in &people {
            let (whole, sorted) = name_keys(&person.name);
            seen.insert(format!("w:{whole}"));
            seen.insert(format!("s:{sorted}"));
        }
        for j in 0..self.plants.get("OR005") {
            let Some(original) = people.get(j % base).cloned() else {
                continue;
            };
            let accented = accent(&original.name);
            let mut twin = self.person(&accented, base + j, original.country.clone())?;
            twin.id = parse(format!("{}-twin", original.id))?;
            twin.source = parse("Table 5")?;
            people.push(twin);
            self.manifest.planted("OR005", 1);
        }
        for j in 0..self.plants.get("OR007") {
            let Some(original) = people.get((base / 2 + j) % base).cloned() else {
                continue;
            };
            let mut attempts = 0;
            let name = loop {
                attempts += 1;
                if let Some(name) = self.fresh_name(&mut seen) {
                    break name;
                }
                if attempts > 10_000 {
                    return Err(CorpusError::OutOfRange(
                        "not enough distinct names".to_owned(),
                    ));
                }
            };
            let mut copy = self.person(&name, base + j, None)?;
            copy.id = original.id.clone();
            people.push(copy);
            self.manifest.planted("OR007", 1);
        }
        Ok(people)
    }

    fn plenaries(&mut self) -> Result<Vec<Plenary>, CorpusError> {
        let (from, to) = self.window()?;
        let n = self.period.plenaries;
        let step = (to - from).num_days() / i64::try_from(n).unwrap_or(1);
        let group = self.spec.number;
        let mut plenaries = Vec::with_capacity(n);
        let mut report = 1u32;
        for i in 0..n {
            let start = plus(
                from,
                step * i64::try_from(i).unwrap_or(0) + self.rng.between(0, 20),
            )?;
            let end = plus(start, self.rng.between(6, 9))?;
            let count = u32::try_from(self.rng.between(1, 3)).unwrap_or(1);
            let reports = if count == 1 {
                format!("SG{group}-R{report}")
            } else {
                format!("SG{group}-R{report} to R{}", report + count - 1)
            };
            report += count;
            let place = self.place();
            plenaries.push(Plenary {
                place,
                dates: DateRange::new(start, end),
                reports: parse::<ReportRange>(reports)?,
                source: parse("Table 1")?,
                suppress: Vec::new(),
            });
        }
        Ok(plenaries)
    }

    fn organisation(&mut self, roster: &mut Roster) -> Result<Organisation, CorpusError> {
        let group = self.study_group();
        let n = self.spec.number;
        let parties = self.sizes.working_parties;
        let question_count = self.sizes.questions;
        let adopted = if question_count > 4 { 2 } else { 0 };
        let mut questions = Vec::with_capacity(question_count);
        let mut party_questions: Vec<Vec<QuestionId>> = vec![Vec::new(); parties];
        for q in 0..question_count {
            let id = QuestionId::new(u32::try_from(q + 1).unwrap_or(u32::MAX), group);
            let party = q % parties;
            if let Some(list) = party_questions.get_mut(party) {
                list.push(id);
            }
            let mut rapporteurs = vec![roster.officer(OfficeRole::Rapporteur)];
            if self.rng.percent(30) {
                rapporteurs.push(roster.officer(OfficeRole::AssociateRapporteur));
            }
            let title = {
                let t = self.title();
                format!("{t} (Question {}/{n})", q + 1)
            };
            questions.push(Question {
                id,
                title,
                working_party: WorkingPartyId::new(u32::try_from(party + 1).unwrap_or(1), group),
                origin: if q + adopted >= question_count {
                    QuestionOrigin::AdoptedInPeriod
                } else {
                    QuestionOrigin::AssignedByWtsa
                },
                rapporteurs,
                source: parse(if q + adopted >= question_count {
                    "Table 6"
                } else {
                    "Table 5"
                })?,
                suppress: Vec::new(),
            });
        }
        let mut working_parties = Vec::with_capacity(parties);
        for (w, listed) in party_questions.into_iter().enumerate() {
            let title = self.title();
            working_parties.push(WorkingParty {
                id: WorkingPartyId::new(u32::try_from(w + 1).unwrap_or(1), group),
                title,
                questions: listed,
                officers: vec![
                    roster.officer(OfficeRole::Chair),
                    roster.officer(OfficeRole::ViceChair),
                ],
                source: parse("Table 3")?,
                suppress: Vec::new(),
            });
        }
        let mut other_groups = Vec::with_capacity(self.sizes.other_groups);
        let mut groups_in_prose = Vec::with_capacity(self.sizes.other_groups);
        for k in 0..self.sizes.other_groups {
            let (acronym, kind, name) = if k % 3 == 2 {
                (
                    format!("FG-X{n}-{k}"),
                    GroupKind::FocusGroup,
                    format!("Focus Group on {}", self.title().to_lowercase()),
                )
            } else {
                let region = vocabulary::REGIONS
                    .get(k % vocabulary::REGIONS.len())
                    .copied()
                    .unwrap_or("AFR");
                (
                    format!("SG{n}RG-{region}{k}"),
                    GroupKind::RegionalGroup,
                    format!("SG{n} Regional Group {region} {k}"),
                )
            };
            let acronym: GroupAcronym = parse(acronym)?;
            let mut vice_chairs = Vec::new();
            if self.rng.percent(50) {
                vice_chairs.push(roster.officer(OfficeRole::ViceChair));
            }
            other_groups.push(OtherGroup {
                acronym: acronym.clone(),
                name: name.clone(),
                group_kind: kind,
                chairs: vec![roster.officer(OfficeRole::Chair)],
                vice_chairs,
                established: None,
                source: parse("Table 4")?,
                suppress: Vec::new(),
            });
            groups_in_prose.push(wtsa_model::GroupMention {
                acronym,
                name,
                see_section: Some("3.3.3".to_owned()),
                source: parse("§2.1.3")?,
                suppress: Vec::new(),
            });
        }
        let assigned = questions
            .iter()
            .filter(|q| q.origin == QuestionOrigin::AssignedByWtsa)
            .count();
        Ok(Organisation {
            schema: None,
            kind: OrganisationKind,
            suppress: Vec::new(),
            study_group: group,
            study_period: self.study_period()?,
            working_parties_established: stated(parties, "§2.1.1")?,
            working_parties,
            questions_assigned: stated(assigned, "§2.2.1")?,
            questions,
            questions_deleted: Vec::new(),
            other_groups,
            groups_in_prose,
        })
    }

    fn study_group_doc(
        &mut self,
        edition: WtsaEdition,
        organisation: &Organisation,
        roster: &mut Roster,
    ) -> Result<StudyGroup, CorpusError> {
        let assigned: Vec<&Question> = organisation
            .questions
            .iter()
            .filter(|q| q.origin == QuestionOrigin::AssignedByWtsa)
            .collect();
        let chair = roster.officer(OfficeRole::Chair);
        let vice_chairs = (0..4)
            .map(|_| roster.officer(OfficeRole::ViceChair))
            .collect();
        Ok(StudyGroup {
            schema: None,
            kind: StudyGroupKind,
            suppress: Vec::new(),
            study_group: self.study_group(),
            study_period: self.study_period()?,
            title: capitalised(self.spec.topic),
            responsibilities: Responsibilities {
                entrusted_by: edition,
                questions: stated(assigned.len(), "§1.1")?,
                areas: assigned.iter().map(|q| q.title.clone()).collect(),
                source: parse("§1.1")?,
                suppress: Vec::new(),
            },
            management: Management {
                chair,
                vice_chairs,
                source: parse("§1.2")?,
                suppress: Vec::new(),
            },
        })
    }

    fn lead_roles(&self) -> Result<Vec<LeadRole>, CorpusError> {
        self.spec
            .lead
            .iter()
            .map(|subject| parse(format!("Lead study group on {subject}")))
            .collect()
    }

    /// The Annex C entries an edition lists: a share of the catalogue in force, all of it and
    /// a few more proposed.
    fn listed_slots(&self, status: EntryStatus) -> &[Slot] {
        let listed = match status {
            EntryStatus::InForce => scaled(self.sizes.annex as f64, self.period.annex_share, 1),
            EntryStatus::Proposed => self.catalogue.slots.len(),
        };
        self.catalogue
            .slots
            .get(..listed.min(self.catalogue.slots.len()))
            .unwrap_or(&[])
    }

    fn resolution2(
        &mut self,
        edition: WtsaEdition,
        status: EntryStatus,
        period: StudyPeriod,
    ) -> Result<Resolution2Entry, CorpusError> {
        let mut items: Vec<AnnexCItem> = Vec::new();
        for slot in self.listed_slots(status) {
            items.push(AnnexCItem::from(self.catalogue.entry(*slot)?));
        }
        let mut lines: Vec<Vec<AnnexCItem>> = items.chunks(6).map(<[AnnexCItem]>::to_vec).collect();
        if status == EntryStatus::InForce {
            let letter = self.catalogue.letter;
            for j in 0..self.plants.get("AC001") {
                let b = 80_000 + u32::try_from(j).unwrap_or(0) * 2;
                lines.push(vec![AnnexCItem::from(
                    format!("{letter}.{} \u{2013} {letter}.{b}", b + 1).as_str(),
                )]);
                self.manifest.planted("AC001", 1);
            }
            for j in 0..self.plants.get("AC002") {
                let slot = self.catalogue.slots.get(5 + 8 * j).copied();
                if let Some(slot) = slot {
                    lines.push(vec![AnnexCItem::from(self.catalogue.entry(slot)?)]);
                    self.manifest.planted("AC002", 1);
                }
            }
            for (source, index) in &self.plants.copies {
                let spec = GROUPS.get(*source).unwrap_or(self.spec);
                let other = Catalogue::of(spec, self.sizes.annex + self.sizes.annex / 20 + 1);
                if let Some(slot) = other.slots.get(*index) {
                    lines.push(vec![AnnexCItem::from(other.entry(*slot)?)]);
                    self.manifest.planted("AC006", 1);
                }
            }
        }
        let lead_roles = self.lead_roles()?;
        let mut mandate = vec![format!(
            "Study Group {} is responsible for studies relating to {}.",
            self.spec.number, self.spec.topic
        )];
        if !self.spec.lead.is_empty() {
            mandate.push(format!(
                "This includes studies on {}.",
                self.spec.lead.join(", and on ")
            ));
        }
        let guidance = (0..5)
            .map(|_| PointOfGuidance {
                text: format!("{};", self.title().to_lowercase()),
                footnotes: Vec::new(),
                unchanged: false,
                reconstruction: None,
                suppress: Vec::new(),
            })
            .collect();
        let notes = if self.spec.y4000 {
            vec!["Recommendations transferred from other study groups have double numbers in the Y.4000-series.".to_owned()]
        } else {
            Vec::new()
        };
        Ok(Resolution2Entry {
            schema: None,
            kind: Resolution2EntryKind,
            suppress: Vec::new(),
            study_group: self.study_group(),
            edition,
            status,
            study_period: period,
            source: parse("§1.1")?,
            revision: None,
            title: capitalised(self.spec.topic),
            general_areas_note: None,
            mandate,
            mandate_as_flattened: None,
            lead_roles,
            guidance_intro: format!(
                "ITU-T Study Group {} works on the following items:",
                self.spec.number
            ),
            guidance,
            annex_c: AnnexC { lines, notes },
            see_also: Vec::new(),
            encoding_notes: Vec::new(),
        })
    }

    /// Recommendation designations for Tables 8 and 9: distinct, covered by the Annex C in
    /// force (SG20: a Y.4000 number, sometimes doubled with one of its F numbers).
    fn designations(
        &mut self,
        count: usize,
    ) -> Result<Vec<RecommendationDesignation>, CorpusError> {
        let mut pool = Vec::new();
        for slot in self.listed_slots(EntryStatus::InForce).to_vec() {
            self.catalogue.numbers(slot, &mut pool)?;
        }
        self.rng.shuffle(&mut pool);
        if !self.spec.y4000 {
            if pool.len() < count {
                return Err(CorpusError::OutOfRange(format!(
                    "{count} Recommendations from an Annex C of {} numbers",
                    pool.len()
                )));
            }
            pool.truncate(count);
            return Ok(pool
                .into_iter()
                .map(RecommendationDesignation::from)
                .collect());
        }
        let mut seen = HashSet::new();
        let mut out = Vec::with_capacity(count);
        let mut doubles = pool.into_iter();
        while out.len() < count {
            let base = 4000 + u32::try_from(self.rng.below(1000)).unwrap_or(0);
            let part = 1 + u32::try_from(self.rng.below(60)).unwrap_or(0);
            if !seen.insert((base, part)) {
                continue;
            }
            let primary = number('Y', &[base, part])?;
            let designation = match (self.rng.percent(20), doubles.next()) {
                (true, Some(second)) => parse(format!("{primary}/{second}"))?,
                _ => RecommendationDesignation::from(primary),
            };
            out.push(designation);
        }
        Ok(out)
    }

    fn plenary_day(&mut self, plenaries: &[Plenary]) -> Result<(usize, NaiveDate), CorpusError> {
        let i = self.rng.below(plenaries.len());
        let plenary = plenaries
            .get(i)
            .ok_or_else(|| CorpusError::OutOfRange("no plenary".to_owned()))?;
        let days = (plenary.dates.end() - plenary.dates.start).num_days();
        Ok((i, plus(plenary.dates.start, self.rng.between(0, days))?))
    }

    /// An AAP approval date: at least four weeks after a plenary, before the next one.
    fn aap_day(&mut self, plenaries: &[Plenary]) -> Result<NaiveDate, CorpusError> {
        let i = self.rng.below(plenaries.len().saturating_sub(1));
        let (Some(plenary), Some(next)) = (plenaries.get(i), plenaries.get(i + 1)) else {
            return Err(CorpusError::OutOfRange(
                "fewer than two plenaries".to_owned(),
            ));
        };
        let earliest = plus(plenary.dates.end(), 28)?;
        let room = (next.dates.start - earliest).num_days() - 1;
        plus(earliest, self.rng.between(0, room.max(0)))
    }

    fn outputs(
        &mut self,
        plenaries: &[Plenary],
        organisation: &Organisation,
    ) -> Result<Outputs, CorpusError> {
        let letter = if self.spec.y4000 {
            'Y'
        } else {
            self.spec.letter
        };
        let approved_count = self.sizes.approved;
        let mut designations = self.designations(approved_count + self.sizes.under_approval)?;
        let pending = designations.split_off(approved_count.min(designations.len()));
        // AC003: numbers no Annex C entry covers (the catalogues stop far below 90000).
        for (j, designation) in designations
            .iter_mut()
            .take(self.plants.get("AC003"))
            .enumerate()
        {
            let base = 90_000 + u32::try_from(j).unwrap_or(0);
            *designation = RecommendationDesignation::from(number(letter, &[base])?);
            self.manifest.planted("AC003", 1);
        }
        let pd003 = if plenaries.len() > 1 {
            self.plants.get("PD003").min(designations.len())
        } else {
            0
        };
        self.manifest.planted("PD003", pd003);
        let questions: Vec<QuestionId> = organisation.questions.iter().map(|q| q.id).collect();
        let mut approved = Vec::with_capacity(designations.len());
        for (j, number) in designations.into_iter().enumerate() {
            let (process, day) = if j < pd003 {
                // PD003: a TAP approval a few days after a plenary that is not the last.
                let i = j % plenaries.len().saturating_sub(1).max(1);
                let after = plenaries
                    .get(i)
                    .map(|p| p.dates.end())
                    .ok_or_else(|| CorpusError::OutOfRange("no plenary".to_owned()))?;
                (ApprovalProcess::Tap, plus(after, 5)?)
            } else if self.rng.percent(30) {
                (ApprovalProcess::Tap, self.plenary_day(plenaries)?.1)
            } else {
                (ApprovalProcess::Aap, self.aap_day(plenaries)?)
            };
            let title = self.title();
            let question = if self.rng.percent(85) {
                self.rng.pick(&questions).copied()
            } else {
                None
            };
            approved.push(ApprovedRecommendation {
                number,
                approved: day,
                status: PublicationStatus::InForce,
                process,
                title,
                revision: Some(if self.rng.percent(25) {
                    Revision::Revised
                } else {
                    Revision::New
                }),
                question,
                source: parse("Table 8")?,
                suppress: Vec::new(),
            });
        }
        let mut under_approval = Vec::with_capacity(pending.len());
        for number in pending {
            let process = if self.rng.percent(30) {
                ApprovalProcess::Tap
            } else {
                ApprovalProcess::Aap
            };
            let day = self.plenary_day(plenaries)?.1;
            let title = self.title();
            under_approval.push(RecommendationUnderApproval {
                number,
                consented_or_determined: day,
                process,
                title,
                source: parse("Table 9")?,
                suppress: Vec::new(),
            });
        }
        let mut supplements = Vec::with_capacity(self.sizes.supplements);
        for k in 0..self.sizes.supplements {
            let day = self.plenary_day(plenaries)?.1;
            // A parent among the last approved: the first ones may be AC003's plants.
            let from_end = approved
                .len()
                .checked_sub(1 + k)
                .filter(|i| *i >= self.plants.get("AC003"));
            let parent = if self.rng.percent(30) {
                from_end
                    .and_then(|i| approved.get(i))
                    .map(|r| AnnexCEntry::Recommendation(*r.number.primary()))
            } else {
                None
            };
            let title = self.title();
            supplements.push(Supplement {
                number: parse::<SupplementNumber>(format!("{letter} Suppl. {}", k + 1))?,
                agreed: day,
                status: PublicationStatus::InForce,
                title,
                parent,
                source: parse("Table 12")?,
                suppress: Vec::new(),
            });
        }
        let (papers, reports) = (self.sizes.technical_papers, self.sizes.technical_reports);
        let mut technical = |kind: &str,
                             count: usize,
                             source: &str|
         -> Result<Vec<TechnicalPublication>, CorpusError> {
            let mut list = Vec::with_capacity(count);
            for k in 0..count {
                let day = self.plenary_day(plenaries)?.1;
                let title = self.title();
                list.push(TechnicalPublication {
                    id: parse::<TechnicalPublicationId>(format!(
                        "{letter}ST{kind}.{kind}{}x{}",
                        self.spec.number,
                        k + 1
                    ))?,
                    agreed: day,
                    status: PublicationStatus::InForce,
                    title,
                    source: parse(source)?,
                    suppress: Vec::new(),
                });
            }
            Ok(list)
        };
        let technical_papers = technical("P", papers, "Table 13")?;
        let technical_reports = technical("R", reports, "Table 14")?;
        Ok(Outputs {
            schema: None,
            kind: OutputsKind,
            suppress: Vec::new(),
            study_group: self.study_group(),
            study_period: self.study_period()?,
            approved,
            under_approval,
            deleted: Vec::new(),
            submitted_to_wtsa: Vec::new(),
            supplements,
            technical_papers,
            technical_reports,
            other_publications: Vec::new(),
        })
    }

    fn meetings(
        &mut self,
        plenaries: Vec<Plenary>,
        organisation: &Organisation,
    ) -> Result<Meetings, CorpusError> {
        let n = self.spec.number;
        let questions: Vec<QuestionId> = organisation.questions.iter().map(|q| q.id).collect();
        let pd001 = self.plants.get("PD001");
        let pd002 = if self.period.known_start.is_some() {
            self.plants.get("PD002")
        } else {
            0
        };
        self.manifest.planted("PD001", pd001);
        self.manifest.planted("PD002", pd002);
        let mut rapporteur_meetings =
            Vec::with_capacity(self.sizes.rapporteur_meetings + pd001 + pd002);
        let mut listed: std::collections::HashSet<(Vec<QuestionId>, DateRange)> =
            std::collections::HashSet::new();
        for k in 0..self.sizes.rapporteur_meetings + pd001 + pd002 {
            let mut dates = self.dates_in_window(1, 3)?;
            if k < pd001 {
                // PD001: the end three days before the start, both inside the period.
                dates = DateRange {
                    start: plus(dates.start, 3)?,
                    end: Some(dates.start),
                };
            } else if k < pd001 + pd002 {
                // PD002: a meeting six weeks before the period began.
                if let Some((y, m, d)) = self.period.known_start {
                    let start = plus(date(y, m, d)?, -42)?;
                    dates = DateRange::new(start, plus(start, 1)?);
                }
            }
            let first = self.rng.below(questions.len());
            let mut held: Vec<QuestionId> = questions
                .iter()
                .skip(first)
                .take(1 + self.rng.below(3))
                .copied()
                .collect();
            if held.is_empty() {
                held.extend(questions.first().copied());
            }
            // The corpus holds only the defects it plants: a second meeting of the same
            // Questions on the same days would be PD010's, so its days are drawn again.
            // A planted meeting keeps its defect and moves a day earlier instead.
            let mut draws = 0;
            while listed.contains(&(held.clone(), dates)) && draws < 64 {
                if k >= pd001 + pd002 {
                    dates = self.dates_in_window(1, 3)?;
                } else {
                    dates = DateRange {
                        start: plus(dates.start, -1)?,
                        end: dates.end.map(|end| plus(end, -1)).transpose()?,
                    };
                }
                draws += 1;
            }
            listed.insert((held.clone(), dates));
            let event = format!(
                "{} Rapporteur group meeting",
                held.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let place = self.place();
            rapporteur_meetings.push(RapporteurMeeting {
                dates,
                place,
                questions: held,
                event,
                source: parse("Table 2")?,
                suppress: Vec::new(),
            });
        }
        let mut group_meetings = Vec::with_capacity(self.sizes.group_meetings);
        let mut met = std::collections::HashSet::new();
        for k in 0..self.sizes.group_meetings {
            let Some(group) = organisation
                .other_groups
                .get(k % organisation.other_groups.len().max(1))
            else {
                break;
            };
            // As for Table 2: one group's meetings on the same days would be PD010's defect.
            let mut dates = self.dates_in_window(1, 4)?;
            let mut draws = 0;
            while !met.insert((group.acronym.clone(), dates)) && draws < 64 {
                dates = self.dates_in_window(1, 4)?;
                draws += 1;
            }
            let place = self.place();
            group_meetings.push(GroupMeeting {
                group: group.acronym.clone(),
                place,
                dates,
                report: parse::<DocumentNumber>(format!("SG{n}GM-R{}", k + 1))?,
                source: parse("§3.3.3")?,
                suppress: Vec::new(),
            });
        }
        Ok(Meetings {
            schema: None,
            kind: MeetingsKind,
            suppress: Vec::new(),
            study_group: self.study_group(),
            study_period: self.study_period()?,
            plenaries,
            rapporteur_meetings,
            group_meetings,
        })
    }

    fn claims(
        &mut self,
        entry: &Resolution2Entry,
        outputs: &Outputs,
        meetings: &Meetings,
        organisation: &Organisation,
    ) -> Result<ReportClaims, CorpusError> {
        let question_ids: Vec<QuestionId> = organisation.questions.iter().map(|q| q.id).collect();
        let mut claims: Vec<QuestionClaim> = Vec::with_capacity(question_ids.len());
        for id in &question_ids {
            claims.push(QuestionClaim {
                question: *id,
                title: None,
                claim: String::new(),
                counts: OutputCounts::default(),
                outputs: Vec::new(),
                source: parse("§3.2")?,
                suppress: Vec::new(),
            });
        }
        let index_of = |id: &QuestionId| question_ids.iter().position(|q| q == id);
        let mut rc003 = self.plants.get("RC003");
        let mut rc004 = self.plants.get("RC004");
        let mut listed = |claims: &mut Vec<QuestionClaim>,
                          q: usize,
                          designation: OutputDesignation,
                          title: &str,
                          figure: fn(&mut OutputCounts)| {
            let title = if rc004 > 0 {
                rc004 -= 1;
                // RC004: the summary drops the title's last word.
                title
                    .rsplit_once(' ')
                    .map_or(title, |(head, _)| head)
                    .to_owned()
            } else {
                title.to_owned()
            };
            if let Some(claim) = claims.get_mut(q) {
                figure(&mut claim.counts);
                claim.outputs.push(ListedOutput {
                    designation,
                    title,
                    suppress: Vec::new(),
                });
            }
        };
        let mut totals = OutputCounts::default();
        for r in &outputs.approved {
            let recorded = r.question.as_ref().and_then(index_of);
            let q = match recorded {
                // RC003: listed under the next Question than the one Table 8 records.
                Some(q) if rc003 > 0 && question_ids.len() > 1 => {
                    rc003 -= 1;
                    (q + 1) % question_ids.len()
                }
                Some(q) => q,
                None => self.rng.below(question_ids.len()),
            };
            let revised = r.revision == Some(Revision::Revised);
            let figure: fn(&mut OutputCounts) = if revised {
                |c| c.revised_recommendations += 1
            } else {
                |c| c.new_recommendations += 1
            };
            figure(&mut totals);
            listed(
                &mut claims,
                q,
                OutputDesignation::Recommendation(r.number.clone()),
                &r.title,
                figure,
            );
        }
        for s in &outputs.supplements {
            let q = self.rng.below(question_ids.len());
            totals.supplements += 1;
            listed(
                &mut claims,
                q,
                OutputDesignation::Supplement(s.number),
                &s.title,
                |c| c.supplements += 1,
            );
        }
        for t in &outputs.technical_papers {
            let q = self.rng.below(question_ids.len());
            totals.technical_papers += 1;
            listed(
                &mut claims,
                q,
                OutputDesignation::Technical(t.id.clone()),
                &t.title,
                |c| c.technical_papers += 1,
            );
        }
        for t in &outputs.technical_reports {
            let q = self.rng.below(question_ids.len());
            totals.technical_reports += 1;
            listed(
                &mut claims,
                q,
                OutputDesignation::Technical(t.id.clone()),
                &t.title,
                |c| c.technical_reports += 1,
            );
        }
        for claim in &mut claims {
            claim.claim = describe_counts(&claim.counts);
        }
        let planted_rc003 = self.plants.get("RC003") - rc003;
        let planted_rc004 = self.plants.get("RC004") - rc004;
        self.manifest.planted("RC003", planted_rc003);
        self.manifest.planted("RC004", planted_rc004);

        let mut lead_activity_reports = Vec::new();
        if !entry.lead_roles.is_empty() {
            for k in 0..1 + self.rng.below(3) {
                let dates = self.dates_in_window(3, 5)?;
                let place = self.place();
                lead_activity_reports.push(LeadActivityReport {
                    document: parse::<DocumentNumber>(format!(
                        "TSAG-TD{}",
                        100 * (k + 1) + self.rng.below(99)
                    ))?,
                    place,
                    dates,
                    source: parse("§3.3.1")?,
                    suppress: Vec::new(),
                });
            }
        }
        let mut per_group: BTreeMap<&GroupAcronym, u32> = BTreeMap::new();
        for m in &meetings.group_meetings {
            *per_group.entry(&m.group).or_insert(0) += 1;
        }
        let mut group_meeting_counts = Vec::with_capacity(per_group.len());
        for (group, count) in per_group {
            group_meeting_counts.push(GroupMeetingCount {
                group: group.clone(),
                count,
                basis: wtsa_model::CountBasis::Stated,
                as_written: None,
                source: parse("§3.3.3")?,
                suppress: Vec::new(),
            });
        }
        Ok(ReportClaims {
            schema: None,
            kind: ReportClaimsKind,
            suppress: Vec::new(),
            study_group: self.study_group(),
            study_period: self.study_period()?,
            contributions_examined: stated(200 + self.rng.below(600), "§3.1")?,
            plenary_meetings: stated(meetings.plenaries.len(), "§1.2")?,
            totals: Totals {
                counts: totals,
                source: parse("§3.1")?,
                suppress: Vec::new(),
            },
            questions: claims,
            lead_roles_performed: LeadRolesPerformed {
                assigned_by: entry.edition,
                roles: entry.lead_roles.clone(),
                source: parse("§3.3.1")?,
                suppress: Vec::new(),
            },
            lead_activity_reports,
            group_meeting_counts,
            group_sections: Vec::new(),
        })
    }

    fn activities(&mut self) -> Result<Activities, CorpusError> {
        let mut activities = Vec::with_capacity(self.sizes.activities);
        for k in 0..self.sizes.activities {
            let dates = self.dates_in_window(1, 3)?;
            let place = self.place();
            let title = self.title();
            activities.push(Activity {
                category: ActivityCategory::Event,
                name: format!("Workshop {} on {}", k + 1, title.to_lowercase()),
                place: Some(place),
                dates: Some(dates),
                year: None,
                part_of: None,
                source: parse("§3.4.5")?,
                suppress: Vec::new(),
            });
        }
        Ok(Activities {
            schema: None,
            kind: ActivitiesKind,
            suppress: Vec::new(),
            study_group: self.study_group(),
            study_period: self.study_period()?,
            activities,
            counted_lists: Vec::new(),
            web_pages: Vec::new(),
        })
    }
}

fn stated(count: usize, source: &str) -> Result<StatedCount, CorpusError> {
    Ok(StatedCount {
        count: u32::try_from(count).map_err(|_| CorpusError::OutOfRange(count.to_string()))?,
        as_written: None,
        source: parse(source)?,
        suppress: Vec::new(),
    })
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The name with its first plain vowel accented (`Maria Lopez` → `María Lopez`).
fn accent(name: &str) -> String {
    let mut done = false;
    name.chars()
        .rev()
        .map(|c| {
            if done {
                return c;
            }
            let accented = match c {
                'a' => 'á',
                'e' => 'é',
                'i' => 'í',
                'o' => 'ó',
                'u' => 'ú',
                other => other,
            };
            done = accented != c;
            accented
        })
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect()
}

fn describe_counts(counts: &OutputCounts) -> String {
    let parts: Vec<String> = [
        (counts.new_recommendations, "new Recommendations"),
        (counts.revised_recommendations, "revised Recommendations"),
        (counts.supplements, "Supplements"),
        (counts.technical_papers, "Technical Papers"),
        (counts.technical_reports, "Technical Reports"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    if parts.is_empty() {
        "no output in the period".to_owned()
    } else {
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accent_keeps_the_name_keys() {
        let name = "Maria Lopez";
        let twin = accent(name);
        assert_ne!(twin, name);
        assert_eq!(name_keys(&twin).0, name_keys(name).0);
    }

    #[test]
    fn catalogues_of_two_groups_never_overlap() {
        let sizes = Sizes::at(1.0);
        let catalogues: Vec<(usize, Catalogue)> = GROUPS
            .iter()
            .enumerate()
            .map(|(g, spec)| (g, Catalogue::of(spec, sizes.annex * 3)))
            .collect();
        for (g, a) in &catalogues {
            for (h, b) in &catalogues {
                if g == h {
                    continue;
                }
                for x in &a.slots {
                    for y in &b.slots {
                        let (x, y) = (a.entry(*x).unwrap(), b.entry(*y).unwrap());
                        assert!(!x.overlaps(&y), "{x} and {y}");
                    }
                }
            }
        }
    }
}
