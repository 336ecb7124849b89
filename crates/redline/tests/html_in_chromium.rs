//! The HTML redline of the SG20 proposal opened in headless Chromium (Debian's `chromium`,
//! installed by `.ci/run`): a screenshot is taken, and a `<script>` placed in a proposal's text
//! is shown as text and does not run.
//!
//! Where no Chromium binary exists the test is reported as skipped (the runner's summary says
//! "1 skipped"), not passed with a message nobody sees; under CI (`CI=true`, or
//! `WTSA_REQUIRE_CHROMIUM`) a missing browser fails it. A run-time choice needs its own
//! harness: libtest can only ignore a test at compile time.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use wtsa_redline::{diff, html};

const SCRIPT: &str = "<script>document.title='PWNED';document.documentElement.setAttribute('data-pwned','yes')</script>";
const HANDLER: &str =
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">";

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

fn fresh_dir(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    // Under the build's target directory: tests leave nothing in the system's temp directory.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("wtsa-{name}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs Chromium headless on `page` with `extra` arguments; returns its standard output.
fn run_chromium(binary: &Path, page: &Path, extra: &[String]) -> String {
    let profile = fresh_dir("chromium-profile");
    let mut child = Command::new(binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = std::fs::remove_dir_all(&profile);
    reader.join().unwrap()
}

/// Whether a missing browser fails the run rather than skipping the test.
fn chromium_required() -> bool {
    std::env::var_os("WTSA_REQUIRE_CHROMIUM").is_some()
        || std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

fn main() {
    let arguments = libtest_mimic::Arguments::from_args();
    let browser = chromium();
    let skip = browser.is_none() && !chromium_required();
    let trial = libtest_mimic::Trial::test(
        "html_redline_renders_in_chromium_and_scripts_in_the_data_do_not_run",
        move || match browser {
            Some(binary) => {
                html_redline_renders_in_chromium(&binary);
                Ok(())
            }
            None => Err("no chromium binary on PATH, and CI requires one (install Debian's `chromium`; .ci/run does)".into()),
        },
    )
    .with_ignored_flag(skip);
    libtest_mimic::run(&arguments, vec![trial]).exit();
}

fn html_redline_renders_in_chromium(binary: &Path) {
    let base = support::in_force();
    let mut proposal = support::proposal();
    proposal.guidance[6].text = format!("decentralized/distributed IoT {SCRIPT}{HANDLER};");
    proposal.title = format!("{} {SCRIPT}", proposal.title);
    let page = html::render(&diff(&base, &proposal));
    assert!(
        !page.contains("<script"),
        "no script element may be written"
    );
    assert!(page.contains("&lt;script&gt;document.title="));

    let dir = fresh_dir("redline-html");
    let file = dir.join("redline.html");
    std::fs::write(&file, &page).unwrap();

    let dom = run_chromium(binary, &file, &["--dump-dom".to_owned()]);
    assert!(dom.contains("Points of guidance (Annex B)"), "{dom}");
    // The scripts would set an attribute on <html> and replace the title.
    let html_tag = &dom[dom.find("<html").unwrap()..];
    let html_tag = &html_tag[..html_tag.find('>').unwrap()];
    assert!(!html_tag.contains("data-pwned"), "a script ran: {html_tag}");
    assert!(
        dom.contains("<title>Redline: SG20 WTSA-24"),
        "a script ran: {dom}"
    );
    assert!(!dom.contains("<script"), "{dom}");
    assert!(!dom.contains("<img"), "{dom}");
    assert!(
        dom.contains("&lt;script&gt;document.title='PWNED'"),
        "the script is shown as text: {dom}"
    );
    assert!(dom.contains("<ins>") && dom.contains("<del>"));

    // The screenshot of the unmodified SG20 redline, kept under the target directory for review.
    let clean = dir.join("sg20.html");
    std::fs::write(&clean, html::render(&diff(&base, &support::proposal()))).unwrap();
    let screenshot = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("redline-sg20.png");
    let _ = std::fs::remove_file(&screenshot);
    run_chromium(
        binary,
        &clean,
        &[
            format!("--screenshot={}", screenshot.display()),
            "--window-size=1200,2000".to_owned(),
        ],
    );
    let png = std::fs::read(&screenshot).unwrap();
    assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
    assert!(png.len() > 10_000, "the screenshot shows a page");
    println!("screenshot: {}", screenshot.display());
    let _ = std::fs::remove_dir_all(&dir);
}
