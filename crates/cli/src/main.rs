//! `wtsa`: the command line. It parses arguments, calls the libraries, prints, and maps errors
//! to exit codes; everything else — loading, checking, rendering, writing — lives in the
//! library crates (see ARCHITECTURE.md).

// A check allocates many small strings and frees them soon after; mimalloc does that in
// about a third of the instructions the system allocator takes (docs/PERFORMANCE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use wtsa_dataset::write::{write_atomic, Inputs, WriteError};
use wtsa_dataset::{Dataset, Limits, LoadError, Texts};
use wtsa_model::text::escape::terminal::visible;
use wtsa_report::{OutputFormat, RenderOptions};
use wtsa_rules::baseline::{Baseline, BaselineError};
use wtsa_rules::config::{Config, ConfigError};
use wtsa_rules::{AfterCheck, EmptySelection, FailOn, UnknownSelector};

impl From<wtsa_rules::CheckFilesError> for CliError {
    fn from(error: wtsa_rules::CheckFilesError) -> Self {
        match error {
            wtsa_rules::CheckFilesError::Load(errors) => Self::Load(errors),
            wtsa_rules::CheckFilesError::Selection(error) => Self::EmptySelection(error),
        }
    }
}

/// Exit codes, documented in the README.
const EXIT_OK: u8 = 0;
const EXIT_FINDINGS: u8 = 1;
const EXIT_ERROR: u8 = 2;

/// Everything that ends a run with exit code 2. Errors keep their types up to here, the one
/// place that turns them into a message and the exit code.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("{}", .0.iter().map(|e| format!("error: {e}")).collect::<Vec<_>>().join("\n"))]
    Load(Vec<LoadError>),
    #[error("error: {0}")]
    Config(#[from] ConfigError),
    #[error("error: {0}")]
    Selection(#[from] UnknownSelector),
    #[error("error: {0}")]
    EmptySelection(#[from] EmptySelection),
    #[error("error: {0}")]
    Write(#[from] WriteError),
    #[error("error: {0}")]
    Baseline(#[from] BaselineError),
    #[error("error: {0}")]
    Entry(#[from] wtsa_dataset::proposal::EntryError),
    #[error("error: {0}")]
    Import(#[from] wtsa_import::ImportError),
    #[error("error: {0}")]
    Designation(#[from] wtsa_model::DesignationError),
    #[error("error: unknown rule `{0}` (see `wtsa rules`)")]
    UnknownRule(String),
    #[error("error: {0}")]
    Catalogue(#[from] wtsa_catalogue::Error),
    #[error("error: cannot tell which upstream commit {} is at (no git checkout around it): give it with --commit", .0.display())]
    UnknownCommit(PathBuf),
    #[error("error: cannot render the catalogue: {0}")]
    CatalogueRender(serde_json::Error),
    #[error("error: cannot write to standard output: {0}")]
    Stdout(std::io::Error),
    #[error("error: {0}")]
    Server(#[from] wtsa_server::ServerError),
    #[error("error: no `schemas` directory in {0} or any directory above it; pass --out DIR to name the one to compare")]
    NoSchemasDir(String),
    #[error("error: {0}: no such directory")]
    NotADirectory(String),
}

#[derive(Debug, Parser)]
#[command(
    name = "wtsa",
    version,
    about = "Check ITU-T study-group governance data against WTSA procedures.",
    after_help = "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage, configuration or input error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Json,
    /// The rule reference, as committed in docs/rules.md.
    Markdown,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum TextFormat {
    Human,
    Json,
}

/// Which rules run: the options `wtsa check` and `wtsa site` share, so that the site's findings
/// are those `wtsa check` reports with the same options.
#[derive(Debug, clap::Args)]
struct RuleArgs {
    /// Run only these rule codes or families (comma-separated or repeated).
    #[arg(long, value_delimiter = ',')]
    select: Vec<String>,
    /// Do not run these rule codes or families.
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// Configuration file [default: wtsa.toml in the first data directory].
    #[arg(long)]
    config: Option<PathBuf>,
}

impl RuleArgs {
    /// The configuration these options name and the selection they make of it.
    fn resolve(self, paths: &[PathBuf]) -> Result<(Config, wtsa_rules::Selection), CliError> {
        let config = Config::discover(self.config.as_deref(), paths)?;
        let selection = config.selection_with(self.select, self.ignore)?;
        Ok((config, selection))
    }
}

/// The options of `wtsa check`.
#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Data directories or files (YAML or JSON).
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    format: OutputFormat,
    /// Write the report to this file (atomically) instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
    /// The lowest severity that makes the run fail with exit code 1 [default: error].
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    #[command(flatten)]
    rules: RuleArgs,
    /// Record today's findings in FILE and exit 0.
    #[arg(long, conflicts_with = "baseline")]
    write_baseline: Option<PathBuf>,
    /// Report only findings that FILE does not record, and list those fixed since.
    #[arg(long)]
    baseline: Option<PathBuf>,
    /// The most bytes a data file may have.
    #[arg(long, default_value_t = Limits::default().max_file_bytes)]
    max_file_bytes: u64,
    /// The deepest nesting of YAML collections in a file.
    #[arg(long, default_value_t = Limits::default().max_depth)]
    max_depth: usize,
    /// The most YAML aliases (`*name`) a file may use.
    #[arg(long, default_value_t = Limits::default().max_aliases)]
    max_aliases: usize,
    /// Check this proposed Resolution 2 entry against the entry in force (it replaces the
    /// dataset's proposal of the same study group for the same WTSA).
    #[arg(long)]
    proposal: Option<PathBuf>,
    /// Print how many findings each rule gave instead of the findings (JSON with --format json).
    #[arg(long)]
    statistics: bool,
}

impl CheckArgs {
    fn limits(&self) -> Limits {
        Limits {
            max_file_bytes: self.max_file_bytes,
            max_depth: self.max_depth,
            max_aliases: self.max_aliases,
            ..Limits::default()
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check data files or directories (no path: the embedded SG20 dataset).
    Check(CheckArgs),
    /// Redline of two Resolution 2 entries (no file: SG20's entry in force against its proposal).
    Diff {
        /// The base entry (usually the one in force).
        #[arg(requires = "proposed")]
        base: Option<PathBuf>,
        /// The proposed entry.
        proposed: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = wtsa_redline::Format::Human)]
        format: wtsa_redline::Format,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Print the redline as the plain text a Word export of revision marks produces
        /// (the same as `--format flatten`).
        #[arg(long, conflicts_with = "format")]
        flatten: bool,
    },
    /// List the rule catalogue.
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Print a rule's documentation and citation.
    Explain {
        /// A rule code (AC003) or name (recommendation-outside-annex-c).
        code: String,
    },
    /// Write the JSON Schemas of every document kind and of the report.
    Schema {
        /// The directory to write into (without it: list the schemas).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Compare with the schemas in --out instead of writing; exit 1 when stale [default: the
        /// `schemas` directory of the repository wtsa runs in, found upwards].
        #[arg(long)]
        check: bool,
        /// Also write (or, with --check, compare) the schemas' reference pages in this directory
        /// (`docs/schemas`); alone, only the pages.
        #[arg(long)]
        docs: Option<PathBuf>,
    },
    /// Any ITU-T publication: its editions, dates, stages, the group responsible today, its
    /// double numbers, its page, and the Annex C entry that covers it.
    Resolve {
        /// A Recommendation number (`H.264`, `ITU-T Y.4500.3`), a double number
        /// (`Y.4101/Y.2067`), or another publication without its date (`G.101 App. I`,
        /// `E.164 (2010) Amd. 1`, `Y Suppl. 73`).
        designation: String,
        /// Data directories or files (no path: the embedded SG20 dataset).
        #[arg(long = "data")]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = TextFormat::Human)]
        format: TextFormat,
    },
    /// The report's figures computed from the data: outputs per Question, TAP/AAP shares, lead times.
    Stats {
        /// Data directories or files (no path: the embedded SG20 dataset).
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = TextFormat::Human)]
        format: TextFormat,
    },
    /// Import a study group's report to WTSA (its plain-text export) as a dataset directory.
    Import {
        /// The report as plain text (the form of data/sources/sg20-report-wtsa24.txt).
        report: PathBuf,
        /// The dataset directory to write.
        #[arg(long)]
        out: PathBuf,
        /// Replace --out if it exists (only once the new dataset is complete).
        #[arg(long)]
        force: bool,
        /// The study group, such as SG20 [default: read from the report].
        #[arg(long)]
        study_group: Option<wtsa_model::StudyGroupId>,
        /// The study period, such as 2022-2024 [default: read from the report].
        #[arg(long)]
        study_period: Option<wtsa_model::StudyPeriod>,
    },
    /// The ITU-T publication catalogue.
    Catalogue {
        #[command(subcommand)]
        command: CatalogueCommand,
    },
    /// Run the language server over standard input and output (for an editor; see the README).
    Server,
    /// Write a static site of the data (no path: the embedded SG20 dataset): study groups,
    /// officers, outputs, meetings, claims, findings, the Resolution 2 redline, SVG pictures.
    Site {
        /// Data directories or files (YAML or JSON).
        paths: Vec<PathBuf>,
        /// The directory to write (written beside it and renamed into place when complete).
        #[arg(long)]
        out: PathBuf,
        /// Replace --out if it exists (only once the new site is complete).
        #[arg(long)]
        force: bool,
        // The rules whose findings the site shows: the same options as `wtsa check`.
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// Print shell completions.
    Completions { shell: clap_complete::Shell },
    /// Print the man page (roff), or write one page per command into a directory.
    Man {
        /// Write wtsa.1 and a page per subcommand (wtsa-check.1 …), which wtsa.1 refers to,
        /// into this directory (such as /usr/local/share/man/man1).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum CatalogueCommand {
    /// Read the Relaton YAML records of relaton/relaton-data-itu (its `data/` directory) and
    /// write the compact catalogue (the form of data/catalogue/itu-t.json), atomically.
    Import {
        /// Upstream's `data/` directory (`itu-t-*.yaml` files; the others are not read).
        relaton_data_dir: PathBuf,
        /// The catalogue file to write.
        #[arg(long)]
        out: PathBuf,
        /// The upstream commit the records are from [default: the commit checked out in the
        /// git work tree that holds the directory].
        #[arg(long)]
        commit: Option<wtsa_catalogue::CommitId>,
    },
}

fn import_catalogue(
    directory: PathBuf,
    out: PathBuf,
    commit: Option<wtsa_catalogue::CommitId>,
) -> Result<u8, CliError> {
    let commit = match commit {
        Some(commit) => commit,
        None => wtsa_catalogue::checked_out_commit(&directory)
            .ok_or_else(|| CliError::UnknownCommit(directory.clone()))?,
    };
    let source = wtsa_catalogue::Provenance {
        repository: wtsa_catalogue::UPSTREAM_REPOSITORY.to_owned(),
        commit,
    };
    let (mut catalogue, diagnostics) = wtsa_catalogue::read_dir(&directory, source)?;
    // A refresh keeps the `$schema` reference of the file it replaces.
    catalogue.schema = wtsa_catalogue::schema_reference(&out);
    let read = diagnostics.iter().map(|d| directory.join(d.file())).chain(
        catalogue
            .publications
            .iter()
            .map(|p| directory.join(p.upstream_file().as_ref())),
    );
    Inputs::new(std::slice::from_ref(&directory), read).refuse("--out", &out)?;
    for diagnostic in &diagnostics {
        // A diagnostic quotes the upstream file's text: shown, never sent to the terminal.
        eprintln!(
            "warning: {}/{}",
            directory.display(),
            visible(&diagnostic.to_string())
        );
    }
    let text = wtsa_catalogue::to_compact_json(&catalogue).map_err(CliError::CatalogueRender)?;
    write_atomic(&out, text.as_bytes())?;
    emit(
        None,
        &format!(
            "wrote {} publications to {} ({} records left out)\n",
            catalogue.publications.len(),
            out.display(),
            diagnostics.len()
        ),
    )?;
    Ok(EXIT_OK)
}

fn load(paths: &[PathBuf], limits: &Limits) -> Result<Dataset, CliError> {
    if paths.is_empty() {
        Dataset::embedded()
    } else {
        Dataset::load(paths, limits)
    }
    .map_err(CliError::Load)
}

fn emit(output: Option<&PathBuf>, text: &str) -> Result<(), CliError> {
    match output {
        Some(path) => Ok(write_atomic(path, text.as_bytes())?),
        None => emit_with(|out| out.write_all(text.as_bytes())),
    }
}

/// What `write` writes, to standard output through a buffer: a writer of one type, so that
/// the many small writes of a streamed report are not each a call through a trait object.
fn emit_with(write: impl FnOnce(&mut Stdout) -> std::io::Result<()>) -> Result<(), CliError> {
    let mut stdout = std::io::BufWriter::with_capacity(64 << 10, std::io::stdout().lock());
    match write(&mut stdout).and_then(|()| stdout.flush()) {
        // A closed pipe (`wtsa check | head`) is not an error worth reporting.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::Stdout(e)),
        Ok(()) => Ok(()),
    }
}

/// Standard output, buffered ([`emit_with`]).
type Stdout = std::io::BufWriter<std::io::StdoutLock<'static>>;

fn json<T: serde::Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// Colour only on a terminal, and never with `NO_COLOR` (https://no-color.org).
fn colour(output: Option<&PathBuf>) -> bool {
    output.is_none()
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The files whose texts, read again, were no longer those parsed, as the error that says so.
fn unchanged(dataset: &mut Dataset) -> Result<(), CliError> {
    let changed = dataset.text_failures();
    if changed.is_empty() {
        Ok(())
    } else {
        Err(CliError::Load(changed))
    }
}

fn check(args: CheckArgs) -> Result<u8, CliError> {
    let limits = args.limits();
    let CheckArgs {
        paths,
        format,
        output,
        fail_on,
        rules,
        write_baseline,
        baseline,
        proposal,
        statistics,
        ..
    } = args;
    let (config, selection) = rules.resolve(&paths)?;
    let fail_on = fail_on.or(config.fail_on()).unwrap_or_default();
    // The JSON report is written from the findings alone, reading no file again.
    let streamed = output.is_none() && !statistics && wtsa_report::streams(format);
    let after = if streamed {
        AfterCheck::ReadsReportOnly
    } else {
        AfterCheck::ReadsTexts
    };
    let (mut report, mut dataset) = match proposal {
        // Data files alone: checked one study group's period at a time where their headings
        // allow, each part's texts let go once its findings are located (under 16 MiB, the
        // whole dataset at once, its texts held).
        None if !paths.is_empty() => {
            wtsa_rules::check_files_then(&paths, &limits, &selection, after)?
        }
        _ => {
            let mut dataset = if paths.is_empty() {
                Dataset::embedded()
            } else {
                Dataset::load_with(&paths, &limits, Texts::ReadAgain)
            }
            .map_err(CliError::Load)?;
            if let Some(path) = proposal {
                wtsa_dataset::proposal::add_proposal(&mut dataset, &path, &limits)?;
            }
            selection.validate_against(&dataset)?;
            (wtsa_rules::check(&dataset, &selection), dataset)
        }
    };
    let inputs = Inputs::new(&paths, dataset.files.iter().map(|f| PathBuf::from(&f.path)));
    if let Some(target) = &output {
        inputs.refuse("--output", target)?;
    }
    if let Some(target) = &write_baseline {
        inputs.refuse("--write-baseline", target)?;
    }
    // A file edited during the check: its positions would be wrong, so nothing is reported.
    unchanged(&mut dataset)?;
    if let Some(path) = write_baseline {
        Baseline::from_report(&report).write(&path)?;
        eprintln!(
            "wrote a baseline of {} findings to {}",
            report.findings.len(),
            path.display()
        );
        return Ok(EXIT_OK);
    }
    if let Some(path) = baseline {
        Baseline::read(&path)?.apply(&mut report);
    }
    let options = RenderOptions {
        color: format == OutputFormat::Human && colour(output.as_ref()),
        rules_run: selection.rules().iter().map(|r| r.meta().code).collect(),
        root: std::env::current_dir().ok(),
        fail_on,
    };
    if streamed {
        // Written to standard output as it is made: this rendering reads no file again.
        emit_with(|out| wtsa_report::write(&report, &dataset, format, options, out))?;
    } else {
        let text = if statistics {
            wtsa_report::render_statistics(&report, format)
        } else {
            wtsa_report::render(&report, &dataset, format, options)
        };
        // The human rendering quotes the lines of files with findings, read again now: one
        // edited since the check is said, not quoted from its new text.
        unchanged(&mut dataset)?;
        emit(output.as_ref(), &text)?;
    }
    let code = if report.findings.iter().any(|f| fail_on.fails(f.severity)) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    };
    // The process ends here: the system takes the dataset and the report back whole, where
    // dropping them would free their records and findings one by one (at 100x, about a
    // hundredth of a check for the dataset and a four-hundredth for the report's 11,364).
    std::mem::forget(dataset);
    std::mem::forget(report);
    Ok(code)
}

fn diff(
    base: Option<PathBuf>,
    proposed: Option<PathBuf>,
    format: wtsa_redline::Format,
    output: Option<PathBuf>,
    flatten: bool,
) -> Result<u8, CliError> {
    let limits = Limits::default();
    if let Some(target) = &output {
        let given: Vec<PathBuf> = base.iter().chain(&proposed).cloned().collect();
        Inputs::new(&given, given.clone()).refuse("--output", target)?;
    }
    let (base, proposed) = match (base, proposed) {
        (Some(base), Some(proposed)) => (
            wtsa_dataset::proposal::load_entry(&base, &limits)?,
            wtsa_dataset::proposal::load_entry(&proposed, &limits)?,
        ),
        _ => wtsa_dataset::proposal::default_pair(&load(&[], &limits)?)?,
    };
    let redline = wtsa_redline::diff(&base, &proposed);
    let format = if flatten {
        wtsa_redline::Format::Flatten
    } else {
        format
    };
    let text = wtsa_redline::render(&redline, format, colour(output.as_ref()));
    emit(output.as_ref(), &text)?;
    Ok(EXIT_OK)
}

/// Resolves a designation as typed, with a note when it was read in capitals.
fn resolve_designation(
    dataset: &Dataset,
    text: &str,
) -> Result<wtsa_rules::resolve::Resolution, CliError> {
    let (resolution, read_as) = wtsa_rules::resolve::resolve_typed(dataset, text)?;
    if let Some(capitals) = read_as {
        eprintln!("note: read `{text}` as `{capitals}`: series letters are capitals");
    }
    Ok(resolution)
}

/// `wtsa schema --docs DIR [--check]`: write the schemas' reference pages, or compare them.
fn schema_docs(dir: &Path, check: bool) -> Result<u8, CliError> {
    if !check {
        let written = wtsa_report::schema::write_docs(dir)?;
        emit(
            None,
            &format!("wrote {} pages to {}\n", written.len(), dir.display()),
        )?;
        return Ok(EXIT_OK);
    }
    let stale = wtsa_report::schema::check_docs(dir);
    report_stale(
        dir,
        &stale,
        "reference pages are up to date",
        &format!("run `wtsa schema --docs {}` to regenerate", dir.display()),
    )
}

/// Prints the result of comparing generated files with the committed ones in `dir`: `fresh`
/// when none is stale (exit 0), else each stale file and then `advice` (exit 1).
fn report_stale(
    dir: &Path,
    stale: &[impl std::fmt::Display],
    fresh: &str,
    advice: &str,
) -> Result<u8, CliError> {
    if stale.is_empty() {
        emit(None, &format!("{}: {fresh}\n", dir.display()))?;
        return Ok(EXIT_OK);
    }
    let mut text = String::new();
    for s in stale {
        text.push_str(&format!("{}/{s}\n", dir.display()));
    }
    text.push_str(advice);
    text.push('\n');
    emit(None, &text)?;
    Ok(EXIT_FINDINGS)
}

fn run(cli: Cli) -> Result<u8, CliError> {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Diff {
            base,
            proposed,
            format,
            output,
            flatten,
        } => diff(base, proposed, format, output, flatten),
        Command::Rules { format } => {
            let text = match format {
                ListFormat::Table => wtsa_rules::catalogue::table(),
                ListFormat::Json => wtsa_rules::catalogue::json(),
                ListFormat::Markdown => wtsa_rules::catalogue::reference(),
            };
            emit(None, &text)?;
            Ok(EXIT_OK)
        }
        Command::Explain { code } => {
            let rule = wtsa_rules::find_rule(&code).ok_or(CliError::UnknownRule(code))?;
            emit(None, &wtsa_rules::catalogue::explain(rule.meta()))?;
            Ok(EXIT_OK)
        }
        Command::Schema { out, check, docs } => {
            if let Some(docs) = &docs {
                let code = schema_docs(docs, check)?;
                if out.is_none() || code != EXIT_OK {
                    return Ok(code);
                }
            }
            if check {
                // Without --out, the repository's schemas/ wherever wtsa runs below it.
                let dir = match out {
                    Some(dir) => dir,
                    None => {
                        let here = std::env::current_dir().unwrap_or_default();
                        wtsa_dataset::repository::find_schemas_dir(&here)
                            .ok_or_else(|| CliError::NoSchemasDir(here.display().to_string()))?
                    }
                };
                if !dir.is_dir() {
                    return Err(CliError::NotADirectory(dir.display().to_string()));
                }
                let stale = wtsa_report::schema::check(&dir);
                let advice = format!(
                    "{} of the schemas in {} are stale; run `wtsa schema --out {}` to regenerate",
                    stale.len(),
                    dir.display(),
                    dir.display()
                );
                return report_stale(&dir, &stale, "schemas are up to date", &advice);
            }
            match out {
                Some(dir) => {
                    let written = wtsa_report::schema::write(&dir)?;
                    emit(
                        None,
                        &format!("wrote {} schemas to {}\n", written.len(), dir.display()),
                    )?;
                }
                None => {
                    let names: Vec<String> = wtsa_report::schema::generate()
                        .into_iter()
                        .map(|s| s.file_name + "\n")
                        .collect();
                    emit(None, &names.concat())?;
                }
            }
            Ok(EXIT_OK)
        }
        Command::Resolve {
            designation,
            paths,
            format,
        } => {
            let dataset = load(&paths, &Limits::default())?;
            let resolution = resolve_designation(&dataset, &designation)?;
            let text = match format {
                TextFormat::Human => wtsa_rules::resolve::human(&resolution),
                TextFormat::Json => json(&resolution),
            };
            emit(None, &text)?;
            Ok(EXIT_OK)
        }
        Command::Stats { paths, format } => {
            let dataset = load(&paths, &Limits::default())?;
            let stats = wtsa_rules::stats::compute(&dataset);
            let text = match format {
                TextFormat::Human => wtsa_rules::stats::human(&stats),
                TextFormat::Json => json(&stats),
            };
            emit(None, &text)?;
            Ok(EXIT_OK)
        }
        Command::Import {
            report,
            out,
            force,
            study_group,
            study_period,
        } => {
            let options = wtsa_import::ImportOptions {
                study_group,
                study_period,
            };
            let print = |diagnostics: &[wtsa_import::Diagnostic]| {
                for d in diagnostics {
                    eprintln!(
                        "{}:{}: {}: {}",
                        report.display(),
                        d.line,
                        d.severity,
                        // The problem quotes the report's text: shown, never sent.
                        visible(&d.problem.to_string())
                    );
                }
            };
            match wtsa_import::import_file(&report, &out, force, &options) {
                Ok(written) => {
                    print(&written.warnings);
                    if written.schemas.is_none() {
                        eprintln!(
                            "note: no schemas/ directory in {} or above it, so the files name no $schema; `wtsa schema --out DIR` writes one",
                            out.display()
                        );
                    }
                    let text =
                        format!("wrote {} files to {}\n", written.files.len(), out.display());
                    emit(None, &text)?;
                    Ok(EXIT_OK)
                }
                Err(error) => {
                    if let wtsa_import::ImportError::Failed { failed, .. } = &error {
                        print(&failed.diagnostics);
                    }
                    Err(error.into())
                }
            }
        }
        Command::Catalogue {
            command:
                CatalogueCommand::Import {
                    relaton_data_dir,
                    out,
                    commit,
                },
        } => import_catalogue(relaton_data_dir, out, commit),
        Command::Server => {
            wtsa_server::run_stdio()?;
            Ok(EXIT_OK)
        }
        Command::Site {
            paths,
            out,
            force,
            rules,
        } => {
            let (_, selection) = rules.resolve(&paths)?;
            let dataset = load(&paths, &Limits::default())?;
            selection.validate_against(&dataset)?;
            let inputs = Inputs::new(&paths, dataset.files.iter().map(|f| PathBuf::from(&f.path)));
            let written = wtsa_site::write(&dataset, &selection, &inputs, &out, force)?;
            emit(
                None,
                &format!("wrote {written} files to {}\n", out.display()),
            )?;
            Ok(EXIT_OK)
        }
        Command::Completions { shell } => {
            let mut command = Cli::command();
            let mut buffer = Vec::new();
            clap_complete::generate(shell, &mut command, "wtsa", &mut buffer);
            emit(None, &String::from_utf8_lossy(&buffer))?;
            Ok(EXIT_OK)
        }
        Command::Man { out } => {
            let mut command = Cli::command().disable_help_subcommand(true);
            command.build();
            let render = |command: clap::Command| -> Result<(String, Vec<u8>), CliError> {
                let man = clap_mangen::Man::new(command);
                let mut buffer = Vec::new();
                man.render(&mut buffer).map_err(CliError::Stdout)?;
                Ok((man.get_filename(), buffer))
            };
            match out {
                None => {
                    let (_, page) = render(command)?;
                    emit(None, &String::from_utf8_lossy(&page))?;
                }
                Some(dir) => {
                    wtsa_dataset::write::ensure_dir(&dir)?;
                    // wtsa.1 names a page per subcommand (`wtsa-check(1)`): each is written.
                    let mut pages = vec![render(command.clone())?];
                    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
                        pages.push(render(sub.clone())?);
                    }
                    for (name, page) in &pages {
                        write_atomic(&dir.join(name), page)?;
                    }
                    emit(
                        None,
                        &format!("wrote {} man pages to {}\n", pages.len(), dir.display()),
                    )?;
                }
            }
            Ok(EXIT_OK)
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() {
                EXIT_ERROR
            } else {
                EXIT_OK
            });
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
