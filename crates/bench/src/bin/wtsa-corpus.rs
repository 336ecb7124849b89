//! `wtsa-corpus`: writes the synthetic corpus, and runs the pieces the performance comparison
//! measures (schema validation, the parse-only floor) and checks a report against a manifest.

// The same allocator as `wtsa`, so the parse floor and the check are measured alike.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use wtsa_bench::tools::{self, Schemas};
use wtsa_bench::{FileFormat, Manifest, Options};

#[derive(Debug, Parser)]
#[command(
    name = "wtsa-corpus",
    about = "Write a synthetic wtsa corpus at ITU-T scale, and the tools the benchmarks compare.",
    after_help = "Without a subcommand: write a corpus (data under OUT/data, OUT/manifest.json beside it).\nExit codes: 0 done; 1 invalid files or findings that differ from the manifest; 2 usage or input error."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// 1 is ITU-T today (12 study groups, ~5,000 Recommendations); 10 and 100 multiply the
    /// records of every document. Fractions give small corpora.
    #[arg(long, default_value_t = 1.0)]
    scale: f64,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many study groups (1 to 12).
    #[arg(long, default_value_t = wtsa_bench::generate::MAX_GROUPS)]
    groups: usize,
    #[arg(long, default_value = "yaml")]
    format: FileFormat,
    /// Where to write the corpus.
    #[arg(long)]
    out: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate data files against JSON Schemas with the jsonschema crate (formats checked).
    Validate {
        /// A directory of `<kind>.schema.json` files; each file is validated against its kind's.
        #[arg(long, conflicts_with = "schema")]
        schemas: Option<PathBuf>,
        /// One schema for every file (as check-jsonschema and ajv take it).
        #[arg(long)]
        schema: Option<PathBuf>,
        paths: Vec<PathBuf>,
    },
    /// Read and deserialise the files into typed documents, checking nothing: the floor.
    Parse {
        /// Hold every parsed document until the end, as a check of the whole dataset at once
        /// would, rather than dropping each one once parsed.
        #[arg(long, conflicts_with = "keep_directory")]
        keep: bool,
        /// Hold each directory's texts and documents until the next directory is read, as a
        /// check by study group holds one study group's period (the corpus writes one
        /// directory for each; the Resolution 2 entries, which a check holds throughout, go
        /// with their directory here): what parsing costs in the memory a check must hold.
        /// Not the floor, which holds nothing.
        #[arg(long)]
        keep_directory: bool,
        paths: Vec<PathBuf>,
    },
    /// Compare the findings of a `wtsa check --format json` report with a manifest.
    Verify {
        #[arg(long)]
        manifest: PathBuf,
        report: PathBuf,
    },
}

fn run(cli: Cli) -> Result<u8, String> {
    match cli.command {
        None => {
            let out = cli.out.ok_or("--out DIR is required to write a corpus")?;
            let options = Options {
                scale: cli.scale,
                seed: cli.seed,
                groups: cli.groups,
                format: cli.format,
            };
            let manifest = wtsa_bench::generate(&options, &out).map_err(|e| e.to_string())?;
            let planted: usize = manifest.expected.values().sum();
            println!(
                "{}: {} files, {} bytes, {} planted findings",
                out.display(),
                manifest.files,
                manifest.bytes,
                planted
            );
            Ok(0)
        }
        Some(Command::Validate {
            schemas,
            schema,
            paths,
        }) => {
            let schemas = match (schemas, schema) {
                (_, Some(file)) => Schemas::file(&file),
                (Some(dir), None) => Schemas::directory(&dir),
                (None, None) => Schemas::directory(std::path::Path::new("schemas")),
            }
            .map_err(|e| e.to_string())?;
            let files = tools::data_files(&paths).map_err(|e| e.to_string())?;
            let invalid = tools::validate(&files, &schemas).map_err(|e| e.to_string())?;
            for (path, errors) in &invalid {
                println!("{}: invalid", path.display());
                for error in errors {
                    println!("  {error}");
                }
            }
            println!("{} files, {} invalid", files.len(), invalid.len());
            Ok(u8::from(!invalid.is_empty()))
        }
        Some(Command::Parse {
            keep,
            keep_directory,
            paths,
        }) => {
            let hold = match (keep, keep_directory) {
                (true, _) => tools::Hold::All,
                (false, true) => tools::Hold::Directory,
                (false, false) => tools::Hold::Nothing,
            };
            let files = tools::data_files(&paths).map_err(|e| e.to_string())?;
            let documents = tools::parse_only(&files, hold).map_err(|e| e.to_string())?;
            println!("{documents} documents");
            Ok(0)
        }
        Some(Command::Verify { manifest, report }) => {
            let manifest = Manifest::read(&manifest).map_err(|e| e.to_string())?;
            let text = std::fs::read_to_string(&report)
                .map_err(|e| format!("{}: {e}", report.display()))?;
            let value: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", report.display()))?;
            let found = wtsa_bench::count_findings_json(&value);
            let mismatches = manifest.compare(&found);
            for mismatch in &mismatches {
                println!("{mismatch}");
            }
            let total: usize = found.values().sum();
            if mismatches.is_empty() {
                println!("{total} findings, as the manifest expects");
            }
            Ok(u8::from(!mismatches.is_empty()))
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
