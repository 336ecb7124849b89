//! Where a check's time goes, in one process: loading (read, parse, hold), the rules, and the
//! report (positions, identities, order), as `wtsa check` runs them; optionally each rule
//! alone. For the questions the whole-process scripts cannot answer (docs/PERFORMANCE.md):
//!
//!     cargo run --release -p wtsa-bench --example check_phases -- DIR
//!     cargo run --release -p wtsa-bench --example check_phases -- --by-directory DIR
//!     cargo run --release -p wtsa-bench --example check_phases -- --rules DIR
//!
//! `--by-directory` checks each directory under DIR on its own, one after the other, letting
//! each go before the next: in the corpus each is one study group, so this is what a check
//! study group by study group would cost at most (it leaves out the rules across study
//! groups) and how much memory it would hold. `--rules` times each rule alone on the loaded
//! dataset (best of three), slowest first: a rule alone also pays for what rules share (a
//! view's officers, its table outputs).

// A check allocates as `wtsa` does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::error::Error;
use std::path::PathBuf;
use std::time::Instant;

use wtsa_dataset::{Dataset, Limits, Texts};
use wtsa_rules::engine::{diagnose, report};
use wtsa_rules::{Selection, CATALOGUE};

fn load(path: PathBuf) -> Result<Dataset, Box<dyn Error>> {
    Dataset::load_with(&[path], &Limits::default(), Texts::ReadAgain).map_err(|errors| {
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        messages.join("\n").into()
    })
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut by_directory = false;
    let mut rules = false;
    let mut dir = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--by-directory" => by_directory = true,
            "--rules" => rules = true,
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let dir = dir.ok_or("usage: check_phases [--by-directory | --rules] DIR")?;
    let selection = Selection::default();
    if rules {
        let dataset = load(dir)?;
        let mut times = Vec::new();
        for rule in CATALOGUE {
            let code = rule.meta().code;
            let alone = Selection {
                select: vec![code.to_owned()],
                ..Selection::default()
            };
            let mut best = f64::MAX;
            let mut found = 0;
            for _ in 0..3 {
                let start = Instant::now();
                found = diagnose(&dataset, &alone).0.len();
                best = best.min(start.elapsed().as_secs_f64());
            }
            times.push((best, code, found));
        }
        times.sort_by(|a, b| b.0.total_cmp(&a.0));
        let all: f64 = times.iter().map(|t| t.0).sum();
        println!("every rule alone, added up: {all:.3} s");
        for (seconds, code, found) in times {
            println!("{code} {seconds:.3} s, {found} diagnostics");
        }
        return Ok(());
    }
    let parts = if by_directory {
        let mut parts: Vec<PathBuf> = std::fs::read_dir(&dir)?
            .map(|entry| entry.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        parts.sort();
        parts
    } else {
        vec![dir]
    };
    let (mut loading, mut checking, mut reporting, mut findings) = (0.0, 0.0, 0.0, 0);
    for part in parts {
        let start = Instant::now();
        let dataset = load(part)?;
        loading += start.elapsed().as_secs_f64();
        let start = Instant::now();
        let (diagnostics, rules_run) = diagnose(&dataset, &selection);
        checking += start.elapsed().as_secs_f64();
        let start = Instant::now();
        let made = report(&dataset, &selection, diagnostics, rules_run);
        serde_json::to_writer(std::io::sink(), &made)?;
        reporting += start.elapsed().as_secs_f64();
        findings += made.findings.len();
    }
    println!(
        "load {loading:.3} s, rules {checking:.3} s, report {reporting:.3} s, {findings} findings"
    );
    Ok(())
}
