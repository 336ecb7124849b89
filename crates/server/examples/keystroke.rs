//! What the language server does after a keystroke, timed: the changed file re-parsed, its
//! data directory checked, the diagnostics of every file whose diagnostics changed built and
//! sent — the checker's whole work for one edit, as `wtsa server` runs it.
//!
//! ```sh
//! cargo run --release -p wtsa-server --example keystroke [DATA_DIR] [KEYSTROKES]
//! ```
//!
//! Without a directory it uses the repository's SG20 data. In each of its YAML files in turn,
//! a character is typed at the end of the first `title:`, `name:` (or `source:`) value then
//! deleted again,
//! KEYSTROKES times (default 200); the figures are the median, 95th percentile and maximum
//! per file, and the first check of the directory (reading every file from disk).
//!
//! Then the whole server, in process (`lsp_server::Connection::memory`): after each edit of
//! people.yaml, a hover request is sent at once, while the checker works; its figure is the
//! time to the hover's answer (the main thread answers from its copy, never after a check).

use std::error::Error;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use wtsa_server::checker::{Checker, Task};
use wtsa_server::diagnostics::RuleDocumentation;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(at).copied().unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// The process's CPU time so far (user + system), from /proc (Linux), in clock ticks of 10 ms.
fn cpu_ticks() -> u64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|stat| {
            let after = stat.rsplit_once(") ")?.1;
            let fields: Vec<&str> = after.split(' ').collect();
            // Fields 14 and 15 of stat(5), counted from the state (field 3).
            let user: u64 = fields.get(11)?.parse().ok()?;
            let system: u64 = fields.get(12)?.parse().ok()?;
            Some(user + system)
        })
        .unwrap_or_default()
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let directory = match args.next() {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/sg20/2022-2024"),
    };
    let directory = directory.canonicalize()?;
    let keystrokes: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(200);

    let (client, published) = crossbeam_channel::unbounded();
    let (updates, updated) = crossbeam_channel::unbounded();
    let mut checker = Checker::new(client, updates, RuleDocumentation::locate(None, None));

    let mut files: Vec<PathBuf> = std::fs::read_dir(&directory)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();

    let mut first = None;
    for path in &files {
        let text = std::fs::read_to_string(path)?;
        let uri = wtsa_server::uri::from_path(path).ok_or("a path without a file: URI")?;
        let start = Instant::now();
        checker.apply(vec![Task::Open {
            path: path.clone(),
            uri,
            version: 1,
            text,
        }]);
        first.get_or_insert(start.elapsed());
    }
    let opened: usize = published.try_iter().count();
    updated.try_iter().for_each(drop);
    println!(
        "{}: {} files, first check (every file read from disk) {}, {opened} publications",
        directory.display(),
        files.len(),
        ms(first.unwrap_or_default())
    );
    // The floor: the rule catalogue alone on the directory as `wtsa check` loads it.
    let dataset = wtsa_dataset::Dataset::load(
        std::slice::from_ref(&directory),
        &wtsa_dataset::Limits::default(),
    )
    .map_err(|errors| format!("{errors:?}"))?;
    let selection = wtsa_rules::Selection::default();
    let (ticks, start) = (cpu_ticks(), Instant::now());
    for _ in 0..keystrokes {
        std::hint::black_box(wtsa_rules::check(&dataset, &selection));
    }
    println!(
        "wtsa_rules::check alone: {} wall, {} CPU per check (mean of {keystrokes})",
        ms(start.elapsed() / u32::try_from(keystrokes)?),
        ms(Duration::from_millis((cpu_ticks() - ticks) * 10) / u32::try_from(keystrokes)?)
    );
    println!(
        "{:<40} {:>10} {:>10} {:>10} {:>10}",
        "file (one keystroke)", "median", "p95", "max", "CPU mean"
    );

    for path in &files {
        let text = std::fs::read_to_string(path)?;
        // The end of the first line holding a title or name (else a source) value.
        let Some(at) = ["title: ", "name: ", "source: "].iter().find_map(|key| {
            let start = text.find(key)?;
            text[start..].find('\n').map(|end| start + end)
        }) else {
            continue;
        };
        let typed = format!("{}x{}", &text[..at], &text[at..]);
        let mut times = Vec::with_capacity(keystrokes);
        let ticks = cpu_ticks();
        for i in 0..keystrokes {
            let text = if i % 2 == 0 { &typed } else { &text };
            let start = Instant::now();
            checker.apply(vec![Task::Change {
                path: path.clone(),
                version: i32::try_from(i + 2)?,
                text: text.clone(),
            }]);
            times.push(start.elapsed());
            published.try_iter().for_each(drop);
            updated.try_iter().for_each(drop);
        }
        let cpu = Duration::from_millis((cpu_ticks() - ticks) * 10) / u32::try_from(keystrokes)?;
        times.sort();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        println!(
            "{:<40} {:>10} {:>10} {:>10} {:>10}",
            name.unwrap_or_default(),
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.95)),
            ms(times.last().copied().unwrap_or_default()),
            ms(cpu)
        );
    }
    requests_during_checks(&directory, keystrokes)
}

fn requests_during_checks(
    directory: &std::path::Path,
    keystrokes: usize,
) -> Result<(), Box<dyn Error>> {
    use lsp_server::{Connection, Message, Notification, Request, RequestId};
    use serde_json::json;

    let (server, client) = Connection::memory();
    let running = std::thread::spawn(move || wtsa_server::run(server));
    let request = |id: i32, method: &str, params: serde_json::Value| {
        Message::Request(Request::new(RequestId::from(id), method.to_owned(), params))
    };
    let notification = |method: &str, params: serde_json::Value| {
        Message::Notification(Notification::new(method.to_owned(), params))
    };
    let people = directory.join("people.yaml");
    let uri = wtsa_server::uri::from_path(&people).ok_or("a path without a file: URI")?;
    let text = std::fs::read_to_string(&people)?;
    client
        .sender
        .send(request(0, "initialize", json!({ "capabilities": {} })))?;
    client.receiver.recv()?;
    client.sender.send(notification("initialized", json!({})))?;
    client.sender.send(notification(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "yaml", "version": 1, "text": text } }),
    ))?;
    // The first publication: the directory is read and checked.
    while !matches!(client.receiver.recv()?, Message::Notification(ref n) if n.method == "textDocument/publishDiagnostics")
    {
    }
    let at = text.find("- id: ").ok_or("no person")? + "- id: ".len();
    let line = text[..at].matches('\n').count();
    let typed = text.replacen("\n", "x\n", 1);
    let mut times = Vec::with_capacity(keystrokes);
    for i in 0..keystrokes {
        let version = i32::try_from(i + 2)?;
        let new = if i % 2 == 0 { &typed } else { &text };
        client.sender.send(notification(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version },
                    "contentChanges": [{ "text": new }] }),
        ))?;
        let start = Instant::now();
        client.sender.send(request(
            version,
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": 8 } }),
        ))?;
        loop {
            if let Message::Response(response) = client.receiver.recv()? {
                if response.id == RequestId::from(version) {
                    break;
                }
            }
        }
        times.push(start.elapsed());
    }
    client
        .sender
        .send(request(-1, "shutdown", serde_json::Value::Null))?;
    client
        .sender
        .send(notification("exit", serde_json::Value::Null))?;
    drop(client);
    let _ = running.join();
    times.sort();
    println!(
        "{:<40} {:>10} {:>10} {:>10}",
        "hover right after an edit (whole server)",
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(times.last().copied().unwrap_or_default())
    );
    Ok(())
}
