//! `wtsa`: the command line. It parses arguments, calls the libraries and prints; everything
//! else lives in `wtsa-rules` and `wtsa-model`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use wtsa_rules::baseline::Baseline;
use wtsa_rules::config::{Config, CONFIG_FILE};
use wtsa_rules::render::{self, OutputFormat, RenderOptions};
use wtsa_rules::{Dataset, Limits, Selection, Severity};

/// Exit codes, documented in the README.
const EXIT_OK: u8 = 0;
const EXIT_FINDINGS: u8 = 1;
const EXIT_ERROR: u8 = 2;

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
enum CheckFormat {
    Human,
    Json,
    Sarif,
    Junit,
    Github,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            Self::Error => Some(Severity::Error),
            Self::Warning => Some(Severity::Warning),
            Self::Info => Some(Severity::Info),
            Self::Never => None,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Json,
    /// The rule reference, as committed in docs/rules.md.
    Markdown,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum DiffFormat {
    Human,
    Json,
    Markdown,
    Html,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum TextFormat {
    Human,
    Json,
}

/// The options of `wtsa check`.
#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Data directories or files (YAML or JSON).
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,
    /// Write the report to this file (atomically) instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
    /// The lowest severity that makes the run fail with exit code 1 [default: error].
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// Run only these rule codes or families (comma-separated or repeated).
    #[arg(long, value_delimiter = ',')]
    select: Vec<String>,
    /// Do not run these rule codes or families.
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// Configuration file [default: wtsa.toml in the first data directory].
    #[arg(long)]
    config: Option<PathBuf>,
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
        #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
        format: DiffFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Print the redline as the plain text a Word export of revision marks produces.
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
        /// Compare with the schemas in --out (default `schemas`) instead of writing; exit 1 when stale.
        #[arg(long)]
        check: bool,
    },
    /// Which study group is responsible for a Recommendation, and through which Annex C entry.
    Resolve {
        /// A Recommendation number (`Y.4052`, `ITU-T Y.4500.3`) or double number (`Y.4101/Y.2067`).
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
    /// Print shell completions.
    Completions { shell: clap_complete::Shell },
    /// Print the man page (roff).
    Man,
}

fn load(paths: &[PathBuf], limits: &Limits) -> Result<Dataset, String> {
    let result = if paths.is_empty() {
        Dataset::embedded()
    } else {
        Dataset::load(paths, limits)
    };
    result.map_err(|errors| {
        errors
            .iter()
            .map(|e| format!("error: {e}"))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn emit(output: Option<&PathBuf>, text: &str) -> Result<(), String> {
    match output {
        Some(path) => {
            wtsa_rules::write::write_atomic(path, text.as_bytes()).map_err(|e| e.to_string())
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                // A closed pipe (`wtsa check | head`) is not an error worth reporting.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(format!("cannot write to standard output: {e}")),
                Ok(()) => Ok(()),
            }
        }
    }
}

fn json<T: serde::Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// The configuration: `--config`, else `wtsa.toml` in the first data directory, else none.
fn config(explicit: Option<&Path>, paths: &[PathBuf]) -> Result<Config, String> {
    if let Some(path) = explicit {
        return Config::read(path).map_err(|e| e.to_string());
    }
    let found = paths
        .first()
        .filter(|p| p.is_dir())
        .map(|dir| dir.join(CONFIG_FILE))
        .filter(|p| p.is_file());
    match found {
        Some(path) => Config::read(&path).map_err(|e| e.to_string()),
        None => Ok(Config::default()),
    }
}

/// wtsa never writes into its input: a file it is about to write (`--output`,
/// `--write-baseline`) may not be one of the files it read, nor a data file (`.yaml`, `.yml`,
/// `.json`, not hidden) inside a directory it reads, where the next run would load it as data.
fn refuse_to_overwrite_input(
    option: &str,
    target: &Path,
    inputs: &[PathBuf],
    read: &[String],
) -> Result<(), String> {
    let absolute = |p: &Path| std::fs::canonicalize(p).ok();
    // The target may not exist yet: resolve its directory instead.
    let target_dir = target
        .parent()
        .map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            }
        })
        .and_then(absolute);
    let target_file = absolute(target);
    for file in read {
        if target_file.is_some() && absolute(Path::new(file)) == target_file {
            return Err(format!(
                "{}: {option} names a file being read; wtsa never writes into its input",
                target.display()
            ));
        }
    }
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let is_data = !name.starts_with('.')
        && matches!(
            Path::new(name).extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "json")
        );
    if let (true, Some(target_dir)) = (is_data, target_dir) {
        for input in inputs.iter().filter(|p| p.is_dir()) {
            if absolute(input).is_some_and(|dir| target_dir.starts_with(&dir)) {
                return Err(format!(
                    "{}: {option} would write a data file inside the data directory {}, where the next run would read it as data; write it elsewhere, or give it a name starting with `.`",
                    target.display(),
                    input.display()
                ));
            }
        }
    }
    Ok(())
}

fn check(args: CheckArgs) -> Result<u8, String> {
    let limits = args.limits();
    let CheckArgs {
        paths,
        format,
        output,
        fail_on,
        select,
        ignore,
        config: config_path,
        write_baseline,
        baseline,
        proposal,
        ..
    } = args;
    let config = config(config_path.as_deref(), &paths)?;
    let mut selection: Selection = config.selection();
    if !select.is_empty() {
        selection.select = select;
    }
    selection.ignore.extend(ignore);
    selection.validate().map_err(|e| e.to_string())?;
    let fail_on = match fail_on {
        Some(f) => f,
        None => match config.check.fail_on.as_deref() {
            Some("warning") => FailOn::Warning,
            Some("info") => FailOn::Info,
            Some("never") => FailOn::Never,
            _ => FailOn::Error,
        },
    };
    let mut dataset = load(&paths, &limits)?;
    if let Some(path) = proposal {
        wtsa_rules::proposal::add_proposal(&mut dataset, &path, &limits)
            .map_err(|e| e.to_string())?;
    }
    selection.validate_against(&dataset)?;
    let read: Vec<String> = dataset.files.iter().map(|f| f.path.clone()).collect();
    if let Some(target) = &output {
        refuse_to_overwrite_input("--output", target, &paths, &read)?;
    }
    if let Some(target) = &write_baseline {
        refuse_to_overwrite_input("--write-baseline", target, &paths, &read)?;
    }
    let mut report = wtsa_rules::check(&dataset, &selection);
    if let Some(path) = write_baseline {
        Baseline::from_report(&report)
            .write(&path)
            .map_err(|e| e.to_string())?;
        eprintln!(
            "wrote a baseline of {} findings to {}",
            report.findings.len(),
            path.display()
        );
        return Ok(EXIT_OK);
    }
    if let Some(path) = baseline {
        Baseline::read(&path)
            .map_err(|e| e.to_string())?
            .apply(&mut report);
    }
    let format = match format {
        CheckFormat::Human => OutputFormat::Human,
        CheckFormat::Json => OutputFormat::Json,
        CheckFormat::Sarif => OutputFormat::Sarif,
        CheckFormat::Junit => OutputFormat::Junit,
        CheckFormat::Github => OutputFormat::Github,
        CheckFormat::Markdown => OutputFormat::Markdown,
    };
    let color = output.is_none()
        && matches!(format, OutputFormat::Human)
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let options = RenderOptions {
        color,
        rules_run: selection.rules().iter().map(|r| r.meta().code).collect(),
    };
    let text = render::render(&report, &dataset, format, options);
    emit(output.as_ref(), &text)?;
    Ok(match fail_on.threshold() {
        Some(threshold) if report.fails_at(threshold) => EXIT_FINDINGS,
        _ => EXIT_OK,
    })
}

fn diff(
    base: Option<PathBuf>,
    proposed: Option<PathBuf>,
    format: DiffFormat,
    output: Option<PathBuf>,
    flatten: bool,
) -> Result<u8, String> {
    let limits = Limits::default();
    if let Some(target) = &output {
        let inputs: Vec<PathBuf> = base.iter().chain(&proposed).cloned().collect();
        let read: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
        refuse_to_overwrite_input("--output", target, &inputs, &read)?;
    }
    let (base, proposed) = match (base, proposed) {
        (Some(base), Some(proposed)) => (
            wtsa_rules::proposal::load_entry(&base, &limits).map_err(|e| e.to_string())?,
            wtsa_rules::proposal::load_entry(&proposed, &limits).map_err(|e| e.to_string())?,
        ),
        _ => wtsa_rules::proposal::default_pair(&load(&[], &limits)?).map_err(|e| e.to_string())?,
    };
    let redline = wtsa_redline::diff(&base, &proposed);
    let text = if flatten {
        wtsa_redline::flatten(&redline)
    } else {
        match format {
            DiffFormat::Human => {
                let color = output.is_none()
                    && std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
                wtsa_redline::human::render(&redline, wtsa_redline::human::HumanOptions { color })
            }
            DiffFormat::Json => wtsa_redline::json::render(&redline),
            DiffFormat::Markdown => wtsa_redline::markdown::render(&redline),
            DiffFormat::Html => wtsa_redline::html::render(&redline),
        }
    };
    emit(output.as_ref(), &text)?;
    Ok(EXIT_OK)
}

fn run(cli: Cli) -> Result<u8, String> {
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
            let rule = wtsa_rules::find_rule(&code)
                .ok_or_else(|| format!("unknown rule `{code}` (see `wtsa rules`)"))?;
            emit(None, &wtsa_rules::catalogue::explain(rule.meta()))?;
            Ok(EXIT_OK)
        }
        Command::Schema { out, check } => {
            if check {
                let dir = out.unwrap_or_else(|| PathBuf::from("schemas"));
                let stale = wtsa_rules::schema::check(&dir);
                if stale.is_empty() {
                    emit(
                        None,
                        &format!("{}: schemas are up to date\n", dir.display()),
                    )?;
                    return Ok(EXIT_OK);
                }
                let mut text = String::new();
                for s in &stale {
                    text.push_str(&format!("{}/{s}\n", dir.display()));
                }
                text.push_str(&format!(
                    "run `wtsa schema --out {}` to regenerate\n",
                    dir.display()
                ));
                emit(None, &text)?;
                return Ok(EXIT_FINDINGS);
            }
            match out {
                Some(dir) => {
                    let written = wtsa_rules::schema::write(&dir).map_err(|e| e.to_string())?;
                    emit(
                        None,
                        &format!("wrote {} schemas to {}\n", written.len(), dir.display()),
                    )?;
                }
                None => {
                    let names: Vec<String> = wtsa_rules::schema::generate()
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
            let designation = designation.parse().map_err(|e| format!("{e}"))?;
            let dataset = load(&paths, &Limits::default())?;
            let resolution = wtsa_rules::resolve::resolve(&dataset, &designation);
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
                        d.problem
                    );
                }
            };
            match wtsa_import::import_file(&report, &out, force, &options) {
                Ok(written) => {
                    print(&written.warnings);
                    let text =
                        format!("wrote {} files to {}\n", written.files.len(), out.display());
                    emit(None, &text)?;
                    Ok(EXIT_OK)
                }
                Err(wtsa_import::ImportError::Failed { path, failed }) => {
                    print(&failed.diagnostics);
                    Err(format!("{path}: {failed}; nothing was written"))
                }
                Err(error) => Err(error.to_string()),
            }
        }
        Command::Completions { shell } => {
            let mut command = Cli::command();
            let mut buffer = Vec::new();
            clap_complete::generate(shell, &mut command, "wtsa", &mut buffer);
            emit(None, &String::from_utf8_lossy(&buffer))?;
            Ok(EXIT_OK)
        }
        Command::Man => {
            let mut buffer = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut buffer)
                .map_err(|e| e.to_string())?;
            emit(None, &String::from_utf8_lossy(&buffer))?;
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
        Err(message) => {
            if message.starts_with("error: ") {
                eprintln!("{message}");
            } else {
                eprintln!("error: {message}");
            }
            ExitCode::from(EXIT_ERROR)
        }
    }
}
