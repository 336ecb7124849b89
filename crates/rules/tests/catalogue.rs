//! The catalogue: codes, documentation, citations, and the generated rule reference.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashSet;
use std::path::Path;

use wtsa_rules::{Family, CATALOGUE, RETIRED_CODES};

#[test]
fn codes_are_unique_prefixed_by_family_and_in_order() {
    let mut seen = HashSet::new();
    let mut previous = String::new();
    for rule in CATALOGUE {
        let meta = rule.meta();
        assert!(seen.insert(meta.code), "duplicate code {}", meta.code);
        assert!(
            meta.code.starts_with(meta.family.prefix()),
            "{} is not in {:?}",
            meta.code,
            meta.family
        );
        assert_eq!(meta.code.len(), 5, "{}", meta.code);
        assert!(
            meta.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()),
            "{}",
            meta.name
        );
        if meta.code[..2] == previous[..previous.len().min(2)] {
            assert!(
                meta.code > previous.as_str(),
                "{} after {previous}",
                meta.code
            );
        }
        previous = meta.code.to_owned();
    }
}

#[test]
fn every_rule_documents_what_why_provision_and_example() {
    for rule in CATALOGUE {
        let meta = rule.meta();
        let docs = meta.documentation();
        for section in [
            "## What it checks",
            "## Why it matters",
            "## Provision",
            "## Example",
        ] {
            assert!(docs.contains(section), "{} lacks {section}", meta.code);
        }
        assert!(
            docs.contains("Fires:") && docs.contains("Quiet:"),
            "{} example lacks a firing and a quiet case",
            meta.code
        );
        assert!(!meta.summary().is_empty(), "{}", meta.code);
        assert!(!meta.citation.instrument.is_empty() && !meta.citation.edition.is_empty());
    }
}

#[test]
fn every_family_but_the_proposal_has_rules() {
    for family in Family::ALL {
        if *family == Family::Proposal {
            continue;
        }
        assert!(
            CATALOGUE
                .iter()
                .filter(|r| r.meta().family == *family)
                .count()
                >= 3,
            "{family:?} has fewer than three rules"
        );
    }
}

/// Whether `word` is written as a rule code: a family's prefix and three digits.
fn is_code(word: &str) -> bool {
    word.len() == 5
        && Family::ALL.iter().any(|f| word.starts_with(f.prefix()))
        && word[2..].bytes().all(|b| b.is_ascii_digit())
}

/// A removed rule's code stays retired: no rule of the catalogue has one, and a rule is not
/// removed without its code being retired (each family's codes, in use or retired, run from
/// 001 without a gap).
#[test]
fn no_rule_has_a_retired_code_and_no_code_goes_missing() {
    for code in RETIRED_CODES {
        assert!(is_code(code), "{code} is not a rule code");
    }
    let in_use: Vec<&str> = CATALOGUE.iter().map(|r| r.meta().code).collect();
    for code in &in_use {
        assert!(
            !RETIRED_CODES.contains(code),
            "{code} was retired and cannot be given to another rule"
        );
    }
    for family in Family::ALL {
        let mut numbers: Vec<u32> = in_use
            .iter()
            .chain(RETIRED_CODES)
            .filter(|code| code.starts_with(family.prefix()))
            .map(|code| code[2..].parse().unwrap())
            .collect();
        numbers.sort_unstable();
        let expected: Vec<u32> = (1..=u32::try_from(numbers.len()).unwrap()).collect();
        assert_eq!(
            numbers,
            expected,
            "the codes of {family:?}, in use or retired, must run from {}001 without a gap: a removed rule's code goes to RETIRED_CODES",
            family.prefix()
        );
    }
}

/// Every rule is on the map of invariants (`docs/INVARIANTS.md`: what must hold, what says
/// so, the rule that checks it), in the rule column of a row, and every code the map names
/// is a rule's: a rule that checks nothing listed there is a rule to question, and a stale
/// code misleads.
#[test]
fn every_rule_is_on_the_map_of_invariants_and_the_map_names_only_rules() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/INVARIANTS.md");
    let map = std::fs::read_to_string(&path).unwrap();
    let words = |text: &'_ str| -> Vec<String> {
        text.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| is_code(w))
            .map(str::to_owned)
            .collect()
    };
    // The last cell of each table row: the rule that checks the row's invariant.
    let in_rule_column: HashSet<String> = map
        .lines()
        .filter(|line| line.starts_with('|'))
        .filter_map(|line| line.trim_end().trim_end_matches('|').rsplit('|').next())
        .flat_map(words)
        .collect();
    let codes: HashSet<&str> = CATALOGUE.iter().map(|r| r.meta().code).collect();
    for code in &codes {
        assert!(
            in_rule_column.contains(*code),
            "{code} is in no row's rule column of docs/INVARIANTS.md: add it to the row of the invariant it checks"
        );
    }
    for word in words(&map) {
        assert!(
            codes.contains(word.as_str()),
            "docs/INVARIANTS.md names {word}, which no rule has"
        );
    }
}

#[test]
fn the_committed_rule_reference_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == wtsa_rules::catalogue::reference(),
        "docs/rules.md is stale: run `cargo build -q -p wtsa-cli && cargo run -q -p wtsa-cli -- rules --format markdown > docs/rules.md`"
    );
}

/// A family's folder is its variant in snake_case (`Y4000Series` → `y4000_series`), and the
/// folder's `mod.rs` opens with the family's code prefix: folder, variant and prefix say the
/// same thing.
#[test]
fn family_folders_are_the_variants_in_snake_case() {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    for family in Family::ALL {
        let mut snake = String::new();
        for (i, c) in format!("{family:?}").chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                snake.push('_');
            }
            snake.push(c.to_ascii_lowercase());
        }
        assert_eq!(family.folder(), snake, "{family:?}");
        let module = std::fs::read_to_string(rules.join(family.folder()).join("mod.rs"))
            .unwrap_or_else(|e| panic!("{family:?} has no folder {}: {e}", family.folder()));
        assert!(
            module.starts_with(&format!("//! `{}`:", family.prefix())),
            "{}/mod.rs does not open with `{}`",
            family.folder(),
            family.prefix()
        );
    }
}

/// One rule declared in one file: `src/rules/<family folder>/<rule name, `-` as `_`>.rs`.
#[derive(Debug)]
struct RuleFile {
    path: String,
    name: String,
    family: String,
}

/// The text after `key` on the line of the declaration that starts with it.
fn field<'t>(declaration: &'t str, key: &str) -> Option<&'t str> {
    declaration
        .lines()
        .find_map(|line| line.trim_start().strip_prefix(key))
}

/// Every rule file under `src/rules/`: each file in a family folder but `mod.rs`.
fn rule_files() -> Vec<RuleFile> {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let mut files = Vec::new();
    for folder in std::fs::read_dir(&rules).unwrap() {
        let folder = folder.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        let folder_name = folder.file_name().unwrap().to_str().unwrap().to_owned();
        assert!(
            Family::ALL.iter().any(|f| f.folder() == folder_name),
            "src/rules/{folder_name} is no family's folder"
        );
        for file in std::fs::read_dir(&folder).unwrap() {
            let file = file.unwrap().path();
            let file_name = file.file_name().unwrap().to_str().unwrap().to_owned();
            if file_name == "mod.rs" {
                continue;
            }
            let path = format!("{folder_name}/{file_name}");
            let text = std::fs::read_to_string(&file).unwrap();
            let mut declarations = text.split("declare_rule! {").skip(1);
            let declaration = declarations
                .next()
                .unwrap_or_else(|| panic!("{path} declares no rule: helpers go in mod.rs"));
            assert!(declarations.next().is_none(), "{path} declares two rules");
            let name = field(declaration, "name: \"")
                .and_then(|rest| rest.split('"').next())
                .unwrap_or_else(|| panic!("{path}: no `name:`"));
            let family = field(declaration, "family: Family::")
                .map(|rest| rest.trim_end_matches(','))
                .unwrap_or_else(|| panic!("{path}: no `family: Family::…`"));
            files.push(RuleFile {
                path,
                name: name.to_owned(),
                family: family.to_owned(),
            });
        }
    }
    files
}

/// A rule is found from its name: its file is named after it, in its family's folder, and
/// every file there holds exactly one catalogued rule.
#[test]
fn every_rule_file_is_named_after_its_rule_in_its_family_folder() {
    let files = rule_files();
    for rule in CATALOGUE {
        let meta = rule.meta();
        let declared: Vec<&RuleFile> = files.iter().filter(|f| f.name == meta.name).collect();
        assert_eq!(
            declared.len(),
            1,
            "{} is declared in {declared:?}",
            meta.code
        );
        let file = declared[0];
        assert_eq!(
            file.path,
            format!(
                "{}/{}.rs",
                meta.family.folder(),
                meta.name.replace('-', "_")
            ),
            "{} ({}) is not in its family folder under its name",
            meta.code,
            meta.name
        );
        assert_eq!(file.family, format!("{:?}", meta.family), "{}", file.path);
    }
    let catalogued: HashSet<&str> = CATALOGUE.iter().map(|r| r.meta().name).collect();
    for file in &files {
        assert!(
            catalogued.contains(file.name.as_str()),
            "{} declares `{}`, which is not in the CATALOGUE",
            file.path,
            file.name
        );
    }
}
