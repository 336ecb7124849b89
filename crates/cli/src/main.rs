//! `wtsa`: the command line. It parses arguments, calls the libraries and prints; everything
//! else lives in `wtsa-rules` and `wtsa-model`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use wtsa_rules::render::{self, OutputFormat, RenderOptions};
use wtsa_rules::{Dataset, Limits, Selection, Severity, CATALOGUE};

/// Exit codes, documented in the README.
const EXIT_OK: u8 = 0;
const EXIT_FINDINGS: u8 = 1;
const EXIT_ERROR: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "wtsa",
    version,
    about = "Check ITU-T study-group governance data against WTSA procedures."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CheckFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Json,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check data files or directories (no path: the embedded SG20 dataset).
    Check {
        /// Data directories or files (YAML or JSON).
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Write the report to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
        /// The lowest severity that makes the run fail (exit code 1).
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
        /// Run only these rule codes or families (comma-separated or repeated).
        #[arg(long, value_delimiter = ',')]
        select: Vec<String>,
        /// Do not run these rule codes or families.
        #[arg(long, value_delimiter = ',')]
        ignore: Vec<String>,
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
        /// The directory to write into (default: print the list of schemas).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Compare with the schemas in --out (default `schemas`) instead of writing; exit 1 when stale.
        #[arg(long)]
        check: bool,
    },
}

fn load(paths: &[PathBuf]) -> Result<Dataset, String> {
    let result = if paths.is_empty() {
        Dataset::embedded()
    } else {
        Dataset::load(paths, &Limits::default())
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
            // A closed pipe (`wtsa check | head`) is not an error worth reporting.
            let _ = stdout.write_all(text.as_bytes());
            Ok(())
        }
    }
}

fn run(cli: Cli) -> Result<u8, String> {
    match cli.command {
        Command::Check {
            paths,
            format,
            output,
            fail_on,
            select,
            ignore,
        } => {
            let selection = Selection {
                select,
                ignore,
                ..Selection::default()
            };
            selection.validate().map_err(|e| e.to_string())?;
            let dataset = load(&paths)?;
            let report = wtsa_rules::check(&dataset, &selection);
            let format = match format {
                CheckFormat::Human => OutputFormat::Human,
                CheckFormat::Json => OutputFormat::Json,
            };
            let color = output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let text = render::render(&report, &dataset, format, RenderOptions { color });
            emit(output.as_ref(), &text)?;
            let threshold = match fail_on {
                FailOn::Error => Some(Severity::Error),
                FailOn::Warning => Some(Severity::Warning),
                FailOn::Info => Some(Severity::Info),
                FailOn::Never => None,
            };
            Ok(match threshold {
                Some(threshold) if report.fails_at(threshold) => EXIT_FINDINGS,
                _ => EXIT_OK,
            })
        }
        Command::Rules { format } => {
            let text = match format {
                ListFormat::Table => wtsa_rules::catalogue::table(),
                ListFormat::Json => wtsa_rules::catalogue::json(),
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
                text.push_str("run `wtsa schema --out schemas` to regenerate\n");
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
    let _ = CATALOGUE.len();
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
