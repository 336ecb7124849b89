//! The SG20 site opened from `file://` in headless Chromium (Debian's `chromium`) through the
//! DevTools protocol, by `tests/browser/site.mjs` (puppeteer-core and axe-core from npm, both
//! installed by `.ci/run`): no console error or warning (a Content-Security-Policy violation
//! is one), no script, no page wider than a phone, no serious or critical axe-core violation;
//! screenshots of the overview, a Question, the timeline and the redline.
//!
//! Skipped, with a message saying so, where Chromium, node or the npm packages are missing;
//! failing instead under `CI=true` or `WTSA_REQUIRE_CHROMIUM` (set by `.ci/run`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

use wtsa_dataset::write::Inputs;
use wtsa_dataset::Dataset;
use wtsa_rules::Selection;

fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

fn required() -> bool {
    std::env::var_os("WTSA_REQUIRE_CHROMIUM").is_some()
        || std::env::var("CI").is_ok_and(|v| v == "true")
}

/// The pages the browser opens, `=name` for those photographed.
const PAGES: &[&str] = &[
    "index.html",
    "sg20/2022-2024/index.html=site-overview",
    "sg20/2022-2024/organisation.html",
    "sg20/2022-2024/outputs.html",
    "sg20/2022-2024/meetings.html=site-timeline",
    "sg20/2022-2024/approvals.html=site-approvals",
    "sg20/2022-2024/annex-c.html=site-annex-c",
    "sg20/2022-2024/claims.html",
    "sg20/2022-2024/findings.html",
    "sg20/2022-2024/redline.html=site-redline",
    "sg20/2022-2024/questions/q1-20.html=site-question",
    "people/index.html",
    "people/hyoung-jun-kim.html",
    "rules/index.html",
    "rules/ac003.html",
    "files/people.yaml.html",
    "findings.html",
];

#[test]
fn the_site_renders_in_chromium_without_errors_and_passes_axe() {
    let browser_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/browser");
    let chromium = on_path(&["chromium", "chromium-browser", "google-chrome"]);
    let node = on_path(&["node"]);
    let packages = browser_dir.join("node_modules/puppeteer-core").is_dir()
        && browser_dir.join("node_modules/axe-core").is_dir();
    let (Some(chromium), Some(node), true) = (chromium.clone(), node.clone(), packages) else {
        let missing = format!(
            "chromium: {}, node: {}, npm packages in tests/browser: {}",
            chromium.is_some(),
            node.is_some(),
            packages
        );
        assert!(
            !required(),
            "CI=true or WTSA_REQUIRE_CHROMIUM is set but the browser test cannot run ({missing}); \
             .ci/run installs Debian's chromium and runs `npm ci --prefix tests/browser`"
        );
        println!("SKIPPED site in_chromium: {missing}");
        eprintln!("SKIPPED site in_chromium: {missing}");
        return;
    };

    let dataset = Dataset::embedded().unwrap();
    let scratch = std::env::temp_dir().join(format!("wtsa-site-chromium-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    let site = scratch.join("site");
    wtsa_site::write(
        &dataset,
        &Selection::default(),
        &Inputs::default(),
        &site,
        false,
    )
    .unwrap();
    // Screenshots go under the target directory; `WTSA_SCREENSHOTS=docs` writes the committed ones.
    let shots = std::env::var_os("WTSA_SCREENSHOTS")
        .map_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")), PathBuf::from);
    std::fs::create_dir_all(&shots).unwrap();

    let output = Command::new(node)
        .arg(browser_dir.join("site.mjs"))
        .arg(&site)
        .arg("--screenshots")
        .arg(&shots)
        .args(PAGES)
        .env("CHROMIUM", &chromium)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("ok ")).count(),
        PAGES.len(),
        "{stdout}"
    );
    for name in [
        "site-overview",
        "site-question",
        "site-timeline",
        "site-redline",
    ] {
        let png = std::fs::read(shots.join(format!("{name}.png"))).unwrap();
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 10_000,
            "{name}.png"
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
}
