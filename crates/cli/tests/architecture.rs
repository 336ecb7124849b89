//! The map stays true: ARCHITECTURE.md's table of which wtsa crates each crate uses is what
//! the `Cargo.toml` files say, dependencies point one way (a crate uses only crates whose
//! section comes before its own), and README.md's table of crates names the same crates.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn workspace() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The wtsa crates a `Cargo.toml` lists under `[dependencies]` or a target's
/// `[target.….dependencies]` (not the dev- or build-dependencies, which the map leaves out).
/// The forms this reading would miss are refused: a dependency as a table of its own
/// (`[dependencies.wtsa-x]`) or renamed (`package = "wtsa-x"`).
fn wtsa_dependencies(manifest: &str) -> BTreeSet<String> {
    let mut in_dependencies = false;
    let mut found = BTreeSet::new();
    for line in manifest.lines() {
        let line = line.trim();
        assert!(
            !line.starts_with("[dependencies.wtsa-") && !line.contains("package = \"wtsa-"),
            "write wtsa dependencies as `wtsa-x.workspace = true` or `wtsa-x = {{ … }}`: {line}"
        );
        if line.starts_with('[') {
            in_dependencies = line == "[dependencies]"
                || (line.starts_with("[target.") && line.ends_with(".dependencies]"));
            continue;
        }
        if in_dependencies && line.starts_with("wtsa-") {
            let name: String = line
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            found.insert(name);
        }
    }
    found
}

/// The rows of the Markdown table whose header row is `header`, after its separator row.
fn table_rows<'t>(text: &'t str, header: &str) -> impl Iterator<Item = &'t str> {
    let start = text
        .find(header)
        .unwrap_or_else(|| panic!("no table headed {header}"));
    text[start..]
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
}

/// The crate a line names in parentheses and backticks: `wtsa-rules` of
/// ``### `crates/rules` (`wtsa-rules`)``.
fn crate_in_parentheses(line: &str) -> Option<String> {
    let name = line.split("(`").nth(1)?;
    Some(name.split('`').next()?.to_owned())
}

/// ARCHITECTURE.md's table: each crate, in the table's order, with the crates it uses.
fn map_table(map: &str) -> Vec<(String, BTreeSet<String>)> {
    table_rows(map, "| crate | uses |")
        .map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let name = cells[1].trim_matches('`').to_owned();
            let uses = cells[2]
                .split(',')
                .map(str::trim)
                .filter(|u| !u.is_empty() && *u != "—")
                .map(|u| format!("wtsa-{u}"))
                .collect();
            (name, uses)
        })
        .collect()
}

/// The crates whose sections ARCHITECTURE.md writes, in its order.
fn map_sections(map: &str) -> Vec<String> {
    map.lines()
        .filter(|line| line.starts_with("### `crates/"))
        .filter_map(crate_in_parentheses)
        .collect()
}

/// The crates README.md's workspace table names, in its order.
fn readme_crates(readme: &str) -> Vec<String> {
    table_rows(readme, "| crate | what it is |")
        .filter_map(crate_in_parentheses)
        .collect()
}

/// README.md's table of crates follows the layout: the crates ARCHITECTURE.md describes, in
/// its order.
#[test]
fn the_readme_names_the_crates_of_the_map_in_its_order() {
    let map = std::fs::read_to_string(workspace().join("ARCHITECTURE.md")).unwrap();
    let readme = std::fs::read_to_string(workspace().join("README.md")).unwrap();
    assert_eq!(readme_crates(&readme), map_sections(&map));
}

#[test]
fn the_map_of_crates_is_what_the_manifests_say_and_points_one_way() {
    let map = std::fs::read_to_string(workspace().join("ARCHITECTURE.md")).unwrap();
    let table = map_table(&map);
    let sections = map_sections(&map);
    let in_table: Vec<String> = table.iter().map(|(name, _)| name.clone()).collect();
    assert_eq!(
        in_table, sections,
        "the table and the sections of ARCHITECTURE.md name the crates in different orders"
    );

    let mut manifests = BTreeMap::new();
    for entry in std::fs::read_dir(workspace().join("crates")).unwrap() {
        let manifest = entry.unwrap().path().join("Cargo.toml");
        let Ok(text) = std::fs::read_to_string(&manifest) else {
            continue;
        };
        let name = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("name = "))
            .map(|n| n.trim_matches('"').to_owned())
            .unwrap();
        manifests.insert(name, wtsa_dependencies(&text));
    }
    let listed: BTreeSet<&String> = in_table.iter().collect();
    let crates: BTreeSet<&String> = manifests.keys().collect();
    assert_eq!(listed, crates, "ARCHITECTURE.md's table and crates/ differ");

    for (position, (name, uses)) in table.iter().enumerate() {
        assert_eq!(
            uses, &manifests[name],
            "ARCHITECTURE.md says {name} uses {uses:?}; its Cargo.toml says {:?}",
            manifests[name]
        );
        for dependency in uses {
            let at = in_table.iter().position(|n| n == dependency).unwrap();
            assert!(
                at < position,
                "{name} uses {dependency}, whose section comes after its own"
            );
        }
    }
}

/// The parsing the test relies on reads a manifest's dependencies and a table as written.
#[test]
fn the_map_test_reads_dependencies_and_tables() {
    let manifest = "[package]\nname = \"x\"\n[dependencies]\nwtsa-model.workspace = true\n\
                    wtsa-rules = { workspace = true }\nserde = \"1\"\n[dev-dependencies]\n\
                    wtsa-site.workspace = true\n[target.'cfg(unix)'.dependencies]\n\
                    wtsa-server.workspace = true\n[target.'cfg(unix)'.dev-dependencies]\n\
                    wtsa-report.workspace = true\n[build-dependencies]\nwtsa-import = \"1\"\n";
    let found: Vec<String> = wtsa_dependencies(manifest).into_iter().collect();
    assert_eq!(found, ["wtsa-model", "wtsa-rules", "wtsa-server"]);
    for refused in [
        "[dependencies.wtsa-model]\nworkspace = true\n",
        "[dependencies]\nmodel = { package = \"wtsa-model\", path = \"../model\" }\n",
    ] {
        assert!(std::panic::catch_unwind(|| wtsa_dependencies(refused)).is_err());
    }
    let map = "| crate | uses |\n|---|---|\n| `wtsa-model` | — |\n| `wtsa-rules` | model |\n\n\
               ### `crates/model` (`wtsa-model`)\n### `crates/rules` (`wtsa-rules`)\n";
    let table = map_table(map);
    assert_eq!(table[0], ("wtsa-model".to_owned(), BTreeSet::new()));
    assert_eq!(
        table[1],
        (
            "wtsa-rules".to_owned(),
            BTreeSet::from(["wtsa-model".to_owned()])
        )
    );
    assert_eq!(map_sections(map), ["wtsa-model", "wtsa-rules"]);
}
