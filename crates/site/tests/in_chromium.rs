//! The SG20 site opened from `file://` in headless Chromium (Debian's `chromium`) through the
//! DevTools protocol, by `tests/browser/site.mjs` (puppeteer-core and axe-core from npm, both
//! installed by `.ci/run`): no console error or warning (a Content-Security-Policy violation
//! is one), no script, no page wider than a phone, no serious or critical axe-core violation;
//! screenshots of the overview, a Question, the timeline and the redline.
//!
//! Where Chromium, node or the npm packages are missing the test is reported as skipped (the
//! runner's summary says "1 skipped"), not passed with a message nobody sees; under `CI=true`
//! or `WTSA_REQUIRE_CHROMIUM` (set by `.ci/run`) it fails instead. A run-time choice needs its
//! own harness (libtest-mimic): libtest can only ignore a test at compile time.
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

fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/browser")
}

fn main() {
    let arguments = libtest_mimic::Arguments::from_args();
    let chromium = on_path(&["chromium", "chromium-browser", "google-chrome"]);
    let node = on_path(&["node"]);
    let packages = browser_dir().join("node_modules/puppeteer-core").is_dir()
        && browser_dir().join("node_modules/axe-core").is_dir();
    let ready = match (chromium.clone(), node.clone(), packages) {
        (Some(chromium), Some(node), true) => Some((chromium, node)),
        _ => None,
    };
    let skip = ready.is_none() && !required();
    let trial = libtest_mimic::Trial::test(
        "the_site_renders_in_chromium_without_errors_and_passes_axe",
        move || match ready {
            Some((chromium, node)) => {
                the_site_renders_in_chromium_without_errors_and_passes_axe(&chromium, &node);
                Ok(())
            }
            None => Err(format!(
                "CI=true or WTSA_REQUIRE_CHROMIUM is set but the browser test cannot run \
                 (chromium: {}, node: {}, npm packages in tests/browser: {packages}); .ci/run \
                 installs Debian's chromium and runs `npm ci --prefix tests/browser`",
                chromium.is_some(),
                node.is_some(),
            )
            .into()),
        },
    )
    .with_ignored_flag(skip);
    libtest_mimic::run(&arguments, vec![trial]).exit();
}

fn the_site_renders_in_chromium_without_errors_and_passes_axe(chromium: &Path, node: &Path) {
    let browser_dir = browser_dir();
    let dataset = Dataset::embedded().unwrap();
    // Under the build's target directory: tests leave nothing in the system's temp directory.
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("wtsa-site-chromium-{}", std::process::id()));
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
        .env("CHROMIUM", chromium)
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
