//! Every YAML file committed to the repository — data, fixtures, the bad-input corpus, rule
//! tables, CI files — reads the same to a YAML 1.1 reader (PyYAML, js-yaml as ajv-cli uses it)
//! as to wtsa's YAML 1.2 reader: no plain scalar that YAML 1.1 takes for a date, a boolean or a
//! base-60 number (`wtsa_dataset::yaml11::yaml11_surprises`). The files that must keep one are
//! listed in [`ALLOWED`], each with its reason; an entry that no longer needs to be there fails
//! the test too, so the list stays exact.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use wtsa_dataset::yaml11::yaml11_surprises;

/// Files allowed to keep plain scalars a YAML 1.1 reader reads otherwise, by path from the
/// repository's root: (path, the scalars allowed, why).
const ALLOWED: &[(&str, &[&str], &str)] = &[
    (
        ".github/workflows/wtsa.yml",
        &["on"],
        "GitHub's workflow syntax names the trigger key `on`; GitHub reads it as a string",
    ),
    (
        "tests/bad-input/cases/21-impossible-date.yaml",
        &["2022-07-18", "2023-02-30"],
        "wtsa refuses an impossible date written unquoted, as people write dates",
    ),
    (
        "tests/bad-input/cases/22-date-wrong-format.yaml",
        &["2022-07-28"],
        "wtsa refuses a date in another format beside one written unquoted",
    ),
    (
        "tests/bad-input/cases/23-date-month-13.yaml",
        &["2022-13-01", "2022-07-28"],
        "wtsa refuses a month 13 written unquoted",
    ),
    (
        "tests/bad-input/cases/42-crlf-with-error.yaml",
        &["2022-07-18", "2022-07-32"],
        "the position of an error in a CRLF file, on unquoted dates as 21 has them",
    ),
    (
        "tests/bad-input/cases/44-date-range-reversed.yaml",
        &["2022-07-18", "2022-07-08"],
        "wtsa reads unquoted dates as text (YAML 1.2) and checks them: PD001 fires",
    ),
    (
        "tests/bad-input/cases/58-bom-with-finding.yaml",
        &["2022-07-18", "2022-07-01"],
        "a finding's position after a byte-order mark, on unquoted dates as 44 has them",
    ),
    (
        "tests/bad-input/cases/61-crlf-with-finding.yaml",
        &["2022-07-18", "2022-07-01"],
        "a finding's position in a CRLF file, on unquoted dates as 44 has them",
    ),
];

fn committed_yaml_files(root: &Path) -> Vec<String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["ls-files", "-z", "--", "*.yaml", "*.yml"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run git to list the committed YAML files: {e}"));
    assert!(
        output.status.success(),
        "git ls-files failed in {}: {}",
        root.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .split('\0')
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_committed_yaml_file_reads_the_same_in_yaml_1_1() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let files = committed_yaml_files(&root);
    assert!(files.len() > 90, "{} YAML files", files.len());
    let mut unexpected = Vec::new();
    let mut found: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for name in &files {
        // Some bad-input cases are not UTF-8 on purpose; their ASCII parts still read.
        let bytes = std::fs::read(root.join(name)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let allowed = ALLOWED.iter().find(|(path, _, _)| path == name);
        for s in yaml11_surprises(&text) {
            match allowed {
                Some((path, scalars, _)) if scalars.contains(&s.text.as_str()) => {
                    found.entry(path).or_default().push(s.text);
                }
                _ => unexpected.push(format!(
                    "{name}:{}:{}: `{}` reads as a {} in YAML 1.1: quote it",
                    s.position.line, s.position.column, s.text, s.reads_as
                )),
            }
        }
    }
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n"));
    for (path, scalars, why) in ALLOWED {
        let seen = found.get(path).cloned().unwrap_or_default();
        for scalar in *scalars {
            assert!(
                seen.iter().any(|s| s == scalar),
                "{path} is allowed `{scalar}` ({why}) but no longer has it: drop it from ALLOWED"
            );
        }
    }
}
