//! Output safety: text from the data cannot break out of any output format, and wtsa never
//! writes into its input.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const HOSTILE: &str = "x%0A::error file=evil.yaml::pwned\\n<script>alert(1)</script> | `a` , : %";

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("safety-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Text that would, printed as it is, forge a finding line of its own (a line feed, then
/// `file:line:column: CODE message`), clear the screen and colour it (ESC and CSI
/// sequences), reorder what a terminal shows (a right-to-left override), and break a line
/// where editors do (NEL, U+2028). Written as YAML double-quoted escapes.
const TERMINAL_HOSTILE: &str =
    "x\\nsrc/a.yaml:1:1: PD999 forged\\r\\n\\u001b[2J\\u009b31m \\u202eevil\\u0085a\\u2028b";

/// A meetings document whose one Rapporteur meeting is named `event` (written in double
/// quotes) and has reversed dates, so that PD001's message carries the text.
fn dataset_with_event(name: &str, event: &str) -> PathBuf {
    let dir = scratch(name);
    std::fs::write(
        dir.join("meetings.yaml"),
        format!(
            "kind: meetings\nstudy_group: SG20\nstudy_period: 2022-2024\nplenaries: []\nrapporteur_meetings:\n  - dates: {{start: 2023-04-12, end: 2023-04-10}}\n    place: E-Meeting\n    questions: []\n    event: \"{event}\"\n    source: Table 2\ngroup_meetings: []\n"
        ),
    )
    .unwrap();
    dir
}

fn hostile_dataset(name: &str) -> PathBuf {
    dataset_with_event(name, HOSTILE)
}

fn terminal_hostile_dataset(name: &str) -> PathBuf {
    dataset_with_event(name, TERMINAL_HOSTILE)
}

/// The characters of `text` that end a line or drive a terminal, other than the line feeds
/// that end its own lines.
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

fn render(dir: &Path, format: &str) -> String {
    let output = Command::cargo_bin("wtsa")
        .unwrap()
        .arg("check")
        .arg(dir)
        .args(["--format", format, "--fail-on", "never"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_github_annotation_stays_one_command() {
    let out = render(&hostile_dataset("github"), "github");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "{out}");
    assert!(lines[0].starts_with("::error file="));
    // The runner reads one command per line: the hostile newline is encoded, so its text stays
    // inside this command's message and cannot start a command of its own.
    assert!(lines[0].contains("pwned%0A<script>"), "{out}");
    assert!(
        lines[0].contains("x%250A"),
        "a literal `%0A` in the data stays literal: {out}"
    );
    let properties = lines[0].split("::").nth(1).unwrap();
    assert!(
        properties.starts_with("error file=") && properties.contains(",title=PD001"),
        "{out}"
    );
}

#[test]
fn markdown_escapes_html_and_table_syntax() {
    let out = render(&hostile_dataset("markdown"), "markdown");
    assert!(!out.contains("<script>"), "{out}");
    assert!(out.contains("&lt;script&gt;"));
    let row = out.lines().find(|l| l.starts_with("| error")).unwrap();
    let unescaped_pipes = row
        .char_indices()
        .filter(|(i, c)| *c == '|' && (*i == 0 || row.as_bytes()[i - 1] != b'\\'))
        .count();
    assert_eq!(
        unescaped_pipes, 5,
        "four cells, whatever the data says: {row}"
    );
}

#[test]
fn a_concise_finding_stays_one_line() {
    let out = render(&terminal_hostile_dataset("concise"), "concise");
    let lines: Vec<&str> = out.lines().collect();
    // The finding and the summary: the data wrote no line of its own.
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0].contains(": PD001 "), "{out}");
    assert!(!lines.iter().any(|l| l.starts_with("src/a.yaml")), "{out}");
    assert!(
        lines[0].contains("x\\u{a}src/a.yaml:1:1: PD999 forged\\u{d}\\u{a}\\u{1b}[2J\\u{9b}31m \\u{202e}evil\\u{85}a\\u{2028}b"),
        "each character shown as its code point: {out}"
    );
    assert_eq!(raw_controls(&out), Vec::<char>::new(), "{out}");
}

#[test]
fn the_human_format_sends_no_control_character_from_the_data() {
    let out = render(&terminal_hostile_dataset("human"), "human");
    assert!(out.starts_with("error[PD001]: "), "{out}");
    assert!(out.contains("\\u{1b}[2J"), "{out}");
    assert!(!out.lines().any(|l| l.starts_with("src/a.yaml")), "{out}");
    assert_eq!(raw_controls(&out), Vec::<char>::new(), "{out}");
}

#[test]
fn junit_escapes_xml() {
    let out = render(&hostile_dataset("junit"), "junit");
    assert!(!out.contains("<script>"));
    assert!(out.contains("&lt;script&gt;"));
}

#[test]
fn json_and_sarif_stay_valid_json() {
    let dir = hostile_dataset("json");
    for format in ["json", "sarif"] {
        let value: serde_json::Value = serde_json::from_str(&render(&dir, format)).unwrap();
        assert!(
            value.to_string().contains("<script>"),
            "the text is kept, as JSON data"
        );
    }
}

#[test]
fn output_never_overwrites_an_input_file() {
    let dir = hostile_dataset("input");
    let input = dir.join("meetings.yaml");
    let before = std::fs::read_to_string(&input).unwrap();
    let output = Command::cargo_bin("wtsa")
        .unwrap()
        .arg("check")
        .arg(&dir)
        .arg("--output")
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("never writes into its input"));
    assert_eq!(std::fs::read_to_string(&input).unwrap(), before);
}
