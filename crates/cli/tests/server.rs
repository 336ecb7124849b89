//! `wtsa server` driven as an editor drives it: JSON-RPC with `Content-Length` framing over the
//! process's standard input and output — initialize, didOpen, didChange (a planted defect, an
//! invalid intermediate text, the fix; versions typed in a row), hover, definition,
//! completion, codeAction (a rule's certain fix, a suppression), documentSymbol, didSave and
//! didChangeWatchedFiles (a file changed on disk), shutdown and exit — on a copy of the SG20
//! data.
//!
//! Diagnostics are published when the server's checker is done, so the client waits for the
//! publication it expects (with a generous deadline so a broken server fails the test instead
//! of hanging it; no assertion is about time).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How long the client waits for a message before the test fails (not a measurement).
const DEADLINE: Duration = Duration::from_secs(120);

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .parent()
        .unwrap()
}

/// A fresh copy of the SG20 data directory, with `wtsa.toml` if given.
fn sg20_copy(name: &str, config: Option<&str>) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("server-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let source = repo_root().join("data/sg20/2022-2024");
    for entry in std::fs::read_dir(&source).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    if let Some(config) = config {
        std::fs::write(dir.join("wtsa.toml"), config).unwrap();
    }
    dir
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// An LSP client over a `wtsa server` process.
struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: i64,
    /// The last diagnostics published for each URI.
    diagnostics: BTreeMap<String, Vec<Value>>,
    /// Every message the server sent, for a failure's explanation.
    log: Vec<String>,
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    fn start(root: &Path) -> Self {
        Self::start_with(
            root,
            json!({ "textDocument": { "publishDiagnostics": { "relatedInformation": true } } }),
        )
    }

    /// A client announcing `capabilities`.
    fn start_with(root: &Path, capabilities: Value) -> Self {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("wtsa"))
            .arg("server")
            .current_dir(root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, messages) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        let mut client = Self {
            child,
            stdin,
            messages,
            next_id: 0,
            diagnostics: BTreeMap::new(),
            log: Vec::new(),
        };
        let folder = json!([{ "uri": uri(root), "name": "sg20" }]);
        // The data copies live under the build's temp directory, which is inside the checkout
        // only when the target directory is: name the checkout's rule reference, as an editor
        // may, so the links are the same wherever the build goes (the default is tested in
        // wtsa-server's diagnostics.rs).
        let rules = uri(&repo_root().join("docs/rules.md"));
        let result = client.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": uri(root),
                "workspaceFolders": folder,
                "capabilities": capabilities,
                "initializationOptions": { "rulesDocumentation": rules
                }
            }),
        );
        assert_eq!(result["serverInfo"]["name"], "wtsa");
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, message: &Value) {
        let body = serde_json::to_string(message).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// The next message from the server; diagnostics are recorded as they pass.
    fn receive(&mut self) -> Value {
        let message = match self.messages.recv_timeout(DEADLINE) {
            Ok(message) => message,
            Err(RecvTimeoutError::Timeout) => {
                panic!(
                    "no message from the server; so far:\n{}",
                    self.log.join("\n")
                )
            }
            Err(RecvTimeoutError::Disconnected) => {
                panic!("the server hung up; so far:\n{}", self.log.join("\n"))
            }
        };
        self.log.push(message.to_string());
        if message.get("id").is_some() && message.get("method").is_some() {
            // A request of the server's (registering file watchers): accepted, as an editor
            // does.
            let id = message["id"].clone();
            self.send(&json!({ "jsonrpc": "2.0", "id": id, "result": null }));
        }
        if message["method"] == "textDocument/publishDiagnostics" {
            let params = &message["params"];
            self.diagnostics.insert(
                params["uri"].as_str().unwrap().to_owned(),
                params["diagnostics"].as_array().unwrap().clone(),
            );
        }
        message
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        loop {
            let message = self.receive();
            if message["id"] == id && message.get("method").is_none() {
                assert!(message.get("error").is_none(), "{method}: {message}");
                return message["result"].clone();
            }
        }
    }

    /// Waits until the diagnostics last published for `uri` satisfy `done`.
    fn wait_for(&mut self, uri: &str, done: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        let start = Instant::now();
        loop {
            if let Some(diagnostics) = self.diagnostics.get(uri) {
                if done(diagnostics) {
                    return diagnostics.clone();
                }
            }
            assert!(
                start.elapsed() < DEADLINE,
                "the diagnostics of {uri} never came; so far:\n{}",
                self.log.join("\n")
            );
            self.receive();
        }
    }

    fn open(&mut self, path: &Path, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": {
                "uri": uri(path), "languageId": "yaml", "version": 1, "text": text
            }}),
        );
    }

    fn change(&mut self, path: &Path, version: i32, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri(path), "version": version },
                "contentChanges": [{ "text": text }]
            }),
        );
    }

    fn shutdown(mut self) -> i32 {
        let result = self.request("shutdown", Value::Null);
        assert_eq!(result, Value::Null);
        self.notify("exit", Value::Null);
        drop(self.stdin);
        self.child.wait().unwrap().code().unwrap_or(-1)
    }
}

fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect()
}

/// One line per diagnostic: range, code, severity, the message's first line.
fn summary(diagnostics: &[Value]) -> String {
    diagnostics
        .iter()
        .map(|d| {
            let r = &d["range"];
            format!(
                "{}:{}-{}:{} {} sev{} {}",
                r["start"]["line"],
                r["start"]["character"],
                r["end"]["line"],
                r["end"]["character"],
                d["code"].as_str().unwrap_or("-"),
                d["severity"],
                d["message"]
                    .as_str()
                    .unwrap_or("")
                    .lines()
                    .next()
                    .unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A JSON value with the copy's directory written as `$DATA`, for snapshots.
fn redact(value: &Value, root: &Path) -> Value {
    // The rule pages are the checkout's docs/rules.md: the checkout's place is redacted too, so
    // the snapshots hold wherever the repository is cloned.
    let repository = Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .unwrap()
        .display()
        .to_string();
    let text = serde_json::to_string(value)
        .unwrap()
        .replace(&root.display().to_string(), "$DATA")
        .replace(&repository, "$REPOSITORY");
    serde_json::from_str(&text).unwrap()
}

/// The 0-based line and UTF-16 column of `needle`'s first occurrence after `after` in `text`.
fn position_of(text: &str, after: &str, needle: &str) -> Value {
    let from = text.find(after).unwrap();
    let at = from + text[from..].find(needle).unwrap();
    let line = text[..at].matches('\n').count();
    let column = text[..at]
        .rsplit('\n')
        .next()
        .unwrap()
        .encode_utf16()
        .count();
    json!({ "line": line, "character": column + 1 })
}

/// `text` with an LSP text edit applied (positions in UTF-16 code units).
fn apply_edit(text: &str, edit: &Value) -> String {
    let offset = |position: &Value| {
        let line = position["line"].as_u64().unwrap() as usize;
        let character = position["character"].as_u64().unwrap() as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut units = 0;
        for (at, c) in text[start..].char_indices() {
            if units >= character || c == '\n' {
                return start + at;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let start = offset(&edit["range"]["start"]);
    let end = offset(&edit["range"]["end"]);
    format!(
        "{}{}{}",
        &text[..start],
        edit["newText"].as_str().unwrap(),
        &text[end..]
    )
}

#[test]
fn diagnostics_follow_edits_across_files_and_survive_invalid_text() {
    // The configuration is honoured: OR008 is off, RC004 raised to an error.
    let root = sg20_copy(
        "edits",
        Some("[rules]\nignore = [\"OR008\"]\n[rules.severity]\nRC004 = \"error\"\n"),
    );
    let people = root.join("people.yaml");
    let organisation = root.join("organisation.yaml");
    let study_group = root.join("study-group.yaml");
    let claims = root.join("report-claims.yaml");
    let good = std::fs::read_to_string(&people).unwrap();
    // The planted defect: a person's key misspelled in people.yaml leaves the references to
    // it in organisation.yaml and study-group.yaml dangling (OR003, located there).
    let misspelt = good.replace("- id: shane-he\n", "- id: shane-hee\n");
    assert_ne!(misspelt, good);

    let mut client = Client::start(&root);
    client.open(&people, &misspelt);
    let in_organisation = client.wait_for(&uri(&organisation), |d| codes(d).contains(&"OR003"));
    let in_study_group = client.wait_for(&uri(&study_group), |d| codes(d).contains(&"OR003"));
    let dangling: Vec<Value> = in_organisation
        .iter()
        .filter(|d| d["code"] == "OR003")
        .cloned()
        .collect();
    insta::assert_json_snapshot!(
        "server_dangling_reference",
        redact(&Value::Array(dangling), &root)
    );
    insta::assert_snapshot!("server_study_group_after_open", summary(&in_study_group));
    let in_claims = client.wait_for(&uri(&claims), |d| !d.is_empty());
    assert!(in_claims
        .iter()
        .all(|d| d["code"] != "RC004" || d["severity"] == 1));
    assert!(codes(&in_claims).contains(&"RC004"), "{in_claims:?}");
    assert!(client
        .diagnostics
        .values()
        .flatten()
        .all(|d| d["code"] != "OR008"));

    // Half-typed: people.yaml does not parse. One diagnostic at the error, and the other
    // files keep the findings of the last text that parsed.
    let broken = misspelt.replace("    name: Shane He\n", "    name: [Shane He\n");
    client.change(&people, 2, &broken);
    let in_people = client.wait_for(&uri(&people), |d| codes(d).contains(&"load"));
    assert_eq!(in_people.len(), 1, "{in_people:?}");
    insta::assert_json_snapshot!("server_parse_error", redact(&in_people[0], &root));
    assert!(codes(&client.diagnostics[&uri(&organisation)]).contains(&"OR003"));

    // Fixed: the parse error and the findings in the other two files clear.
    client.change(&people, 3, &good);
    client.wait_for(&uri(&people), |d| !codes(d).contains(&"load"));
    client.wait_for(&uri(&organisation), |d| !codes(d).contains(&"OR003"));
    client.wait_for(&uri(&study_group), |d| !codes(d).contains(&"OR003"));

    assert_eq!(client.shutdown(), 0);
    // Nothing was written: the file on disk is as it was copied.
    assert_eq!(std::fs::read_to_string(&people).unwrap(), good);
}

#[test]
fn hover_definition_completion_actions_and_symbols() {
    let root = sg20_copy("requests", None);
    let organisation = root.join("organisation.yaml");
    let people = root.join("people.yaml");
    let text = std::fs::read_to_string(&organisation).unwrap();
    let mut client = Client::start(&root);
    client.open(&organisation, &text);
    // Wait until the directory has been read (the first publication).
    let diagnostics = client.wait_for(&uri(&organisation), |d| !d.is_empty());
    let document = json!({ "uri": uri(&organisation) });

    let person = position_of(&text, "officers:", "shane-he");
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": document, "position": person }),
    );
    insta::assert_snapshot!(
        "server_hover_person",
        hover["contents"]["value"].as_str().unwrap()
    );

    let question = position_of(&text, "questions:", "Q1/20");
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": document, "position": question }),
    );
    insta::assert_snapshot!(
        "server_hover_question",
        hover["contents"]["value"].as_str().unwrap()
    );

    let definition = client.request(
        "textDocument/definition",
        json!({ "textDocument": document, "position": person }),
    );
    assert_eq!(definition["uri"], uri(&people));
    let people_text = std::fs::read_to_string(&people).unwrap();
    let defined = position_of(&people_text, "people:", "- id: shane-he");
    assert_eq!(definition["range"]["start"]["line"], defined["line"]);

    let definition = client.request(
        "textDocument/definition",
        json!({ "textDocument": document, "position": question }),
    );
    assert_eq!(definition["uri"], uri(&organisation));
    let defined = position_of(&text, "- id: Q1/20", "Q1/20");
    assert_eq!(definition["range"]["start"]["line"], defined["line"]);

    let completion = client.request(
        "textDocument/completion",
        json!({ "textDocument": document, "position": person }),
    );
    let labels: Vec<&str> = completion
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|item| item["label"].as_str())
        .collect();
    assert!(labels.contains(&"shane-he"), "{labels:?}");
    assert!(labels.contains(&"hyoung-jun-kim"), "{labels:?}");
    let completion = client.request(
        "textDocument/completion",
        json!({ "textDocument": document, "position": question }),
    );
    let labels: Vec<&str> = completion
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|item| item["label"].as_str())
        .collect();
    assert!(
        labels.contains(&"Q1/20") && labels.contains(&"Q7/20"),
        "{labels:?}"
    );

    // A suppression with a reason to write, for a finding in this file.
    let finding = diagnostics
        .iter()
        .find(|d| d["code"] != "load" && !d["code"].as_str().unwrap().starts_with("WT"))
        .unwrap()
        .clone();
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": document,
            "range": finding["range"],
            "context": { "diagnostics": [finding] }
        }),
    );
    insta::assert_json_snapshot!("server_code_action", redact(&actions, &root));

    // The editor applies the action: the suppression has no reason yet, so it suppresses
    // nothing and is reported (WT001); with a reason written, the finding goes.
    let code = finding["code"].as_str().unwrap().to_owned();
    let edit = &actions[0]["edit"]["changes"][uri(&organisation)][0];
    let suppressed = apply_edit(&text, edit);
    client.change(&organisation, 2, &suppressed);
    client.wait_for(&uri(&organisation), |d| codes(d).contains(&"WT001"));
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": document,
                "position": position_of(&suppressed, "- rule: ", &code) }),
    );
    let documentation = hover["contents"]["value"].as_str().unwrap();
    assert!(
        documentation.starts_with(&format!("**{code}**")),
        "{documentation}"
    );
    assert!(
        documentation.contains("#### What it checks"),
        "{documentation}"
    );
    let reasoned = suppressed.replace("reason: \"\"", "reason: \"accepted in review\"");
    client.change(&organisation, 3, &reasoned);
    // Other records may have findings of the same rule: the one suppressed goes, they stay.
    let message = finding["message"].clone();
    client.wait_for(&uri(&organisation), |d| {
        !codes(d).contains(&"WT001") && !d.iter().any(|other| other["message"] == message)
    });

    // A Recommendation: what `wtsa resolve` knows and the catalogue's editions.
    let outputs = root.join("outputs.yaml");
    let outputs_text = std::fs::read_to_string(&outputs).unwrap();
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri(&outputs) },
                "position": position_of(&outputs_text, "approved:", "Y.4052") }),
    );
    insta::assert_snapshot!(
        "server_hover_recommendation",
        hover["contents"]["value"].as_str().unwrap()
    );

    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": document }),
    );
    let names: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["children"].as_array().into_iter().flatten())
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert!(
        names.contains(&"WP1/20") && names.contains(&"Q1/20"),
        "{names:?}"
    );

    assert_eq!(client.shutdown(), 0);
}

#[test]
fn a_rules_certain_fix_is_offered_as_a_quick_fix() {
    let root = sg20_copy("fix", None);
    let proposal = root.join("resolution2-wtsa-24-proposed.yaml");
    let good = std::fs::read_to_string(&proposal).unwrap();
    // A doubled word (RP006) and a sector name that lost its hyphen (RP008), as revision marks
    // and the plain-text export leave them.
    // Planted once each: the printed Annex 2 mandate (`mandate_as_flattened`) holds the same
    // words later in the file.
    let planted = good
        .replacen("metaverse, and smart", "metaverse, and and smart", 1)
        .replacen("(ITU-T Recommendations)", "(ITUT Recommendations)", 1);
    assert_ne!(planted, good);
    let mut client = Client::start(&root);
    client.open(&proposal, &planted);
    let diagnostics = client.wait_for(&uri(&proposal), |d| {
        codes(d).contains(&"RP006") && codes(d).contains(&"RP008")
    });
    let document = json!({ "uri": uri(&proposal) });
    let mut text = planted.clone();
    let mut version = 1;
    for code in ["RP006", "RP008"] {
        let finding = diagnostics.iter().find(|d| d["code"] == code).unwrap();
        let actions = client.request(
            "textDocument/codeAction",
            json!({
                "textDocument": document,
                "range": finding["range"],
                "context": { "diagnostics": [finding] }
            }),
        );
        // The fix comes first and is the preferred action; the suppression follows.
        let fix = &actions[0];
        assert_eq!(fix["kind"], "quickfix");
        assert_eq!(fix["isPreferred"], true);
        if code == "RP006" {
            insta::assert_json_snapshot!("server_fix_action", redact(fix, &root));
        } else {
            assert_eq!(
                fix["title"],
                "Replace \u{201c}ITUT\u{201d} with \u{201c}ITU-T\u{201d}"
            );
        }
        assert!(actions[1]["title"]
            .as_str()
            .unwrap()
            .starts_with("Suppress"));
        let edits = fix["edit"]["changes"][uri(&proposal)].as_array().unwrap();
        assert_eq!(edits.len(), 1);
        text = apply_edit(&text, &edits[0]);
        version += 1;
        client.change(&proposal, version, &text);
        client.wait_for(&uri(&proposal), |d| !codes(d).contains(&code));
    }
    // Both fixes applied give back the text as it was, and nothing else changed.
    assert_eq!(text, good);
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn stale_checks_are_dropped_saves_check_again_and_files_changed_on_disk_count() {
    let root = sg20_copy("disk", None);
    let organisation = root.join("organisation.yaml");
    let people = root.join("people.yaml");
    let text = std::fs::read_to_string(&organisation).unwrap();
    let people_text = std::fs::read_to_string(&people).unwrap();
    let mut client = Client::start_with(
        &root,
        json!({
            "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } },
            "textDocument": { "publishDiagnostics": { "relatedInformation": true } }
        }),
    );
    client.open(&organisation, &text);
    client.wait_for(&uri(&organisation), |d| !d.is_empty());
    // The client allows it: the server watches the data files.
    assert!(client
        .log
        .iter()
        .any(|m| m.contains("client/registerCapability") && m.contains("**/*.yaml")));

    // Typing: five versions in a row, each with a reference to a person nobody defines
    // (`ghost-2` … `ghost-6`). A hover sent at once is answered.
    let start = client.log.len();
    let typed = |version: i32| {
        text.replacen(
            "- person: shane-he\n",
            &format!("- person: ghost-{version}\n"),
            1,
        )
    };
    for version in 2..=6 {
        client.change(&organisation, version, &typed(version));
    }
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri(&organisation) },
                "position": position_of(&typed(6), "questions:", "Q1/20") }),
    );
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .starts_with("**Q1/20**"),
        "{hover}"
    );
    let organisation_uri = uri(&organisation);
    let last = client.wait_for(&organisation_uri, |d| {
        d.iter()
            .any(|d| d["code"] == "OR003" && d["message"].as_str().unwrap().contains("ghost-6"))
    });
    // A check is never published after a newer one, and what is shown is the last text's:
    // no finding of an older version is left. (A version checked before the next edit
    // arrived may be published: the server cannot know what is coming; a check made stale
    // while it ran is dropped.)
    let versions: Vec<i64> = client.log[start..]
        .iter()
        .filter_map(|message| {
            let message: Value = serde_json::from_str(message).ok()?;
            (message["method"] == "textDocument/publishDiagnostics"
                && message["params"]["uri"] == organisation_uri.as_str())
            .then(|| message["params"]["version"].as_i64())
            .flatten()
        })
        .collect();
    assert!(versions.windows(2).all(|w| w[0] <= w[1]), "{versions:?}");
    assert_eq!(versions.last(), Some(&6), "{versions:?}");
    assert!(
        !last
            .iter()
            .any(|d| d["message"].as_str().unwrap().contains("ghost-5")),
        "{last:?}"
    );
    client.change(&organisation, 7, &text);
    client.wait_for(&organisation_uri, |d| !codes(d).contains(&"OR003"));

    // people.yaml changed outside the editor, and no watcher said so: saving the open file
    // reads it again, and the dangling references show in organisation.yaml.
    let misspelt = people_text.replace("- id: shane-he\n", "- id: shane-hee\n");
    std::fs::write(&people, &misspelt).unwrap();
    client.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": organisation_uri } }),
    );
    client.wait_for(&organisation_uri, |d| codes(d).contains(&"OR003"));

    // Put back outside the editor, and the watcher says so: the finding clears.
    std::fs::write(&people, &people_text).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&people), "type": 2 }] }),
    );
    client.wait_for(&organisation_uri, |d| !codes(d).contains(&"OR003"));
    assert_eq!(client.shutdown(), 0);
}
