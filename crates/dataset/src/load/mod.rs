//! Loading a dataset from files (YAML or JSON) or from the copy embedded in the binary,
//! keeping every value's position so findings and errors point into the file a person edits.

mod embedded;
mod locate;
mod read;

mod heading;
pub use heading::Heading;

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use thiserror::Error;
use wtsa_model::text::escape::terminal::visible;
use wtsa_model::{Document, DocumentKind, KindProbe};

pub use embedded::EMBEDDED_FILES;
pub use locate::{push_index, push_segment, LocationIndex, Position, Span};

/// Bounds on what one load may read, against hostile or mistaken input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest data file read, in bytes.
    pub max_file_bytes: u64,
    /// The deepest nesting of collections in a file.
    pub max_depth: usize,
    /// The most YAML aliases (`*name`) a file may use; guards against "billion laughs".
    pub max_aliases: usize,
    /// The most data files one load reads.
    pub max_files: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: 16 * 1024 * 1024,
            max_depth: 64,
            max_aliases: 1_000,
            max_files: 100_000,
        }
    }
}

/// The syntax of a data file, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Yaml,
    Json,
}

impl Format {
    /// The format a file's extension names (`.yaml`, `.yml`, `.json`).
    pub fn of(path: &Path) -> Option<Self> {
        match path.extension().and_then(|e| e.to_str()) {
            Some("yaml" | "yml") => Some(Self::Yaml),
            Some("json") => Some(Self::Json),
            _ => None,
        }
    }
}

/// What a loaded dataset holds of each file's text once the file is parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Texts {
    /// Every text, as read: the language server and the site show them.
    #[default]
    Keep,
    /// None: a text is read again when a position in it is asked for (a file with a finding),
    /// and must be what was parsed. A check at scale then holds its documents and not their
    /// texts too, and each file is read into memory the last one freed: at 100x, a third of
    /// a gigabyte less, and no fresh memory for the system to clear.
    ReadAgain,
    /// Every text, until [`Dataset::let_go_texts`] lets it go; from then on as
    /// [`Texts::ReadAgain`]. A check holds one part's texts (a study group's period) while it
    /// locates that part's findings, then lets them go: its findings' positions come from the
    /// texts parsed, without reading any file twice.
    UntilLetGo,
    /// Every text, until [`Dataset::let_go_texts`] lets it go, and never read again: for a
    /// caller that asks a text let go for nothing (a check whose report reads only the
    /// positions located while the texts were held, as the JSON report does). No checksum is
    /// taken as a text is read; a text asked for once let go is empty, and
    /// [`Dataset::text_failures`] says it was let go ([`LoadError::LetGo`]).
    UntilLetGoForGood,
}

/// One data file as read.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user gave it (or `embedded:…` for the built-in dataset).
    pub path: String,
    pub format: Format,
    /// The text, as read; for a text let go ([`Texts::ReadAgain`], [`Texts::UntilLetGo`]),
    /// read again the first time it is asked for.
    text: OnceLock<String>,
    /// How to read a text let go again, and know it for the one parsed.
    again: Option<Box<ReadAgain>>,
    /// Whether the text may hold a `suppress` key ([`SourceFile::may_hold_suppressions`]).
    may_suppress: bool,
    /// Where each value of `text` is, built the first time a finding asks for a position: a
    /// file nothing is found in is never indexed (the index costs about a third of parsing,
    /// and a pointer string per value in memory).
    index: OnceLock<LocationIndex>,
    /// The positions of the values a report needs, when it said which ([`SourceFile::prepare`]).
    targeted: OnceLock<LocationIndex>,
}

/// A text let go after parsing: where it was read, within which limits, and what it was.
#[derive(Debug)]
struct ReadAgain {
    source: PathBuf,
    limits: Limits,
    /// The length and checksum of the text parsed; `None` when it is not to be read again
    /// ([`Texts::UntilLetGoForGood`]).
    parsed: Option<(usize, u64)>,
    /// Why it could not be read again as it was, once a reading failed.
    failure: OnceLock<LoadError>,
}

impl Clone for SourceFile {
    /// A copy holds what the original holds: the text if it is held (or read again already),
    /// else the means to read it again, with failures of its own to report.
    fn clone(&self) -> Self {
        Self {
            path: self.path.clone(),
            format: self.format,
            text: self.text.clone(),
            again: self.again.as_ref().map(|again| {
                Box::new(ReadAgain {
                    source: again.source.clone(),
                    limits: again.limits,
                    parsed: again.parsed,
                    failure: OnceLock::new(),
                })
            }),
            may_suppress: self.may_suppress,
            index: self.index.clone(),
            targeted: self.targeted.clone(),
        }
    }
}

impl SourceFile {
    pub fn new(path: String, text: String, format: Format) -> Self {
        let scanned = read::scan(&text, read::Learn::SUPPRESSIONS);
        Self::read(path, text, format, scanned)
    }

    /// A file read and kept, with what its reading learnt.
    fn read(path: String, text: String, format: Format, scanned: read::Scan) -> Self {
        Self {
            path,
            format,
            may_suppress: scanned.may_suppress,
            text: OnceLock::from(text),
            again: None,
            index: OnceLock::new(),
            targeted: OnceLock::new(),
        }
    }

    /// A file whose text is held until [`SourceFile::let_go`]; then it is read again from
    /// `source` when asked for, and must be this text.
    fn held(
        path: String,
        source: PathBuf,
        text: String,
        scanned: read::Scan,
        format: Format,
        limits: Limits,
    ) -> Self {
        Self {
            path,
            format,
            may_suppress: scanned.may_suppress,
            again: Some(Box::new(ReadAgain {
                source,
                limits,
                parsed: scanned.checksum.map(|checksum| (text.len(), checksum)),
                failure: OnceLock::new(),
            })),
            text: OnceLock::from(text),
            index: OnceLock::new(),
            targeted: OnceLock::new(),
        }
    }

    /// Lets the text go, when it can be read again (it was read from a file): later asks read
    /// it again, and it must then be the text parsed. The positions found so far are kept.
    pub fn let_go(&mut self) {
        // Its length and checksum were taken when it was read (unless let go for good).
        if self.again.is_some() {
            self.text.take();
        }
    }

    /// Forgets the positions found so far, for a caller done with them that may ask for
    /// others: a file prepared once is not prepared again ([`SourceFile::prepare`]).
    pub fn forget_positions(&mut self) {
        self.index.take();
        self.targeted.take();
    }

    /// Whether the file has been indexed whole, every value of it: as it is when a position
    /// is asked that the prepared ones do not answer ([`SourceFile::prepare`]). A report that
    /// prepared every position it asks for never needs it.
    pub fn is_indexed_whole(&self) -> bool {
        self.index.get().is_some()
    }

    /// The file's text. A text let go after parsing is read again, and kept; when it can no
    /// longer be read, or is no longer the text parsed, or was let go for good
    /// ([`Texts::UntilLetGoForGood`]), this is empty (every position is then the start of the
    /// file) and [`Dataset::text_failures`] says why.
    pub fn text(&self) -> &str {
        self.text
            .get_or_init(|| self.read_again().unwrap_or_default())
    }

    /// Calls `f` with the text, reading a text let go again only for the call, not to keep.
    fn with_text<R>(&self, f: impl FnOnce(&str) -> R) -> R {
        match self.text.get() {
            Some(text) => f(text),
            None => f(&self.read_again().unwrap_or_default()),
        }
    }

    /// A text let go, read again; `None`, with the failure recorded, when it cannot be read or
    /// is no longer the text parsed.
    fn read_again(&self) -> Option<String> {
        let again = self.again.as_ref()?;
        let changed = || LoadError::Changed {
            path: self.path.clone(),
        };
        let Some(parsed) = again.parsed else {
            let _ = again.failure.set(LoadError::LetGo {
                path: self.path.clone(),
            });
            return None;
        };
        let read = match read::read_text(&again.source, &again.limits, read::Learn::CHECKSUM) {
            Ok((text, scanned)) if Some(parsed) == scanned.checksum.map(|c| (text.len(), c)) => {
                Ok(text)
            }
            Ok(_) => Err(changed()),
            // It was read within the limits and as UTF-8 when it was parsed: now it is not,
            // so it changed; a file that can no longer be read at all says why.
            Err(
                LoadError::TooLarge { .. }
                | LoadError::NotUtf8 { .. }
                | LoadError::NotUtf8ButUtf16or32 { .. },
            ) => Err(changed()),
            Err(error) => Err(error),
        };
        read.map_err(|failure| {
            let _ = again.failure.set(failure);
        })
        .ok()
    }

    /// Whether the text may hold a `suppress` key: false only when it surely holds none, so
    /// the suppression pass need not walk its document.
    pub fn may_hold_suppressions(&self) -> bool {
        self.may_suppress
    }

    /// Indexes only the values at `pointers` (and their ancestors), for a report that knows
    /// every position it will ask for; other positions still come from the full index. A file
    /// already indexed is left as it is: a caller that will ask for other positions forgets
    /// the ones it had first ([`SourceFile::forget_positions`]), or the full index is built.
    pub fn prepare<'p>(&self, pointers: impl IntoIterator<Item = &'p str>) {
        if self.index.get().is_none() && self.targeted.get().is_none() {
            let targeted = self.with_text(|text| {
                let text = text.strip_prefix('\u{feff}').unwrap_or(text);
                match self.format {
                    Format::Yaml => LocationIndex::build_for(text, pointers),
                    Format::Json => LocationIndex::build_json_for(text, pointers),
                }
            });
            let _ = self.targeted.set(targeted);
        }
    }

    /// The positions of the file's values.
    pub fn index(&self) -> &LocationIndex {
        self.index.get_or_init(|| {
            let text = self.text();
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            match self.format {
                Format::Yaml => LocationIndex::build(text),
                Format::Json => LocationIndex::build_json(text),
            }
        })
    }

    /// The line and column of the value at `pointer`, or of its nearest ancestor.
    pub fn position(&self, pointer: &str) -> Position {
        self.span(pointer).start
    }

    /// Where the value at `pointer` (or its nearest ancestor) starts and ends.
    pub fn span(&self, pointer: &str) -> Span {
        match self.targeted.get() {
            Some(targeted) if targeted.answers(pointer) => targeted.span(pointer),
            _ => self.index().span(pointer),
        }
    }

    /// The line `line` (1-based) of the file, without its line end.
    pub fn line(&self, line: u32) -> Option<&str> {
        let index = usize::try_from(line).ok()?.checked_sub(1)?;
        self.text().lines().nth(index)
    }
}

/// A document and the file it came from.
#[derive(Debug, Clone)]
pub struct LoadedDocument {
    pub document: Document,
    /// Index into [`Dataset::files`].
    pub file: usize,
}

/// Everything loaded for one run.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    pub files: Vec<SourceFile>,
    pub documents: Vec<LoadedDocument>,
}

/// Why a dataset could not be loaded. Every variant names the file; those about content name
/// the line and column too.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: no such file or directory")]
    NotFound { path: String },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: String,
        line: u32,
        column: u32,
        message: String,
    },
    #[error("{path}:{line}:{column}: the file is not valid UTF-8")]
    NotUtf8 {
        path: String,
        line: u32,
        column: u32,
    },
    #[error("{path}: the file is {encoding} (it starts with that byte-order mark); wtsa reads UTF-8: save it as UTF-8, or convert it with `iconv -f {} -t UTF-8`", encoding.get(..6).unwrap_or(encoding))]
    NotUtf8ButUtf16or32 {
        path: String,
        encoding: &'static str,
    },
    #[error("{path}: the file is {size} bytes, over the limit of {limit} bytes")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path}: a symbolic link loop leads back to {target}")]
    SymlinkLoop { path: String, target: String },
    #[error("{path}: more than {limit} data files")]
    TooManyFiles { path: String, limit: usize },
    #[error("{path}: not a data file (expected .yaml, .yml or .json)")]
    NotADataFile { path: String },
    #[error("{path}: the directory holds no data files")]
    Empty { path: String },
    #[error("{path}: the file changed while wtsa was checking it; check again")]
    Changed { path: String },
    /// A text asked for after it was let go for good ([`Texts::UntilLetGoForGood`]): a
    /// caller's mistake, said rather than answered with wrong positions.
    #[error("{path}: wtsa let this file's text go after checking it and cannot read it again; please report this")]
    LetGo { path: String },
}

impl LoadError {
    /// The file the error is about.
    pub fn path(&self) -> &str {
        match self {
            Self::Read { path, .. }
            | Self::NotFound { path }
            | Self::Syntax { path, .. }
            | Self::NotUtf8 { path, .. }
            | Self::NotUtf8ButUtf16or32 { path, .. }
            | Self::TooLarge { path, .. }
            | Self::SymlinkLoop { path, .. }
            | Self::TooManyFiles { path, .. }
            | Self::NotADataFile { path }
            | Self::Empty { path }
            | Self::Changed { path }
            | Self::LetGo { path } => path,
        }
    }
}

/// The position of the first invalid byte, for a helpful "not UTF-8" error.
fn utf8_error_position(bytes: &[u8], valid_up_to: usize) -> (u32, u32) {
    let valid = bytes.get(..valid_up_to).unwrap_or_default();
    let text = String::from_utf8_lossy(valid);
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

fn yaml_options(limits: &Limits) -> serde_saphyr::Options {
    let mut options = serde_saphyr::Options::default();
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = limits.max_depth;
    budget.max_aliases = limits.max_aliases;
    budget.max_total_scalar_bytes = usize::try_from(limits.max_file_bytes).unwrap_or(usize::MAX);
    options.budget = Some(budget);
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::Error;
    // A tag such as `!python/object` means nothing to wtsa; refusing it beats ignoring it.
    options.reject_unsupported_tags = true;
    options.with_snippet = false;
    options
}

/// The encoding a byte-order mark names, for a file that is not UTF-8 (UTF-32 first: its
/// little-endian mark starts with UTF-16's).
fn byte_order_mark(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, 0x00, 0x00, ..] => Some("UTF-32LE"),
        [0x00, 0x00, 0xFE, 0xFF, ..] => Some("UTF-32BE"),
        [0xFF, 0xFE, ..] => Some("UTF-16LE"),
        [0xFE, 0xFF, ..] => Some("UTF-16BE"),
        _ => None,
    }
}

/// The column of the first match of `find` on line `line` of `text`, at or after `from` (or
/// before it, searching backwards, with `backwards`): where the parser's position is the
/// node's rather than the offending token's.
fn column_of(
    text: &str,
    line: u32,
    from: u32,
    backwards: bool,
    find: impl Fn(&str) -> Option<usize>,
) -> Option<u32> {
    let content = text
        .lines()
        .nth(usize::try_from(line).ok()?.checked_sub(1)?)?;
    let from = content
        .char_indices()
        .nth(usize::try_from(from.saturating_sub(1)).ok()?)
        .map_or(content.len(), |(at, _)| at);
    let at = if backwards {
        find(content.get(..from)?)?
    } else {
        from + find(content.get(from..)?)?
    };
    let column = content.get(..at)?.chars().count() + 1;
    u32::try_from(column).ok()
}

/// Where a `\uD800`–`\uDFFF` escape (half of a UTF-16 surrogate pair) starts in `text`.
fn surrogate_escape(text: &str) -> Option<usize> {
    text.match_indices("\\u").map(|(at, _)| at).find(|at| {
        text.get(at + 2..at + 6)
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .is_some_and(|code| (0xD800..0xE000).contains(&code))
    })
}

/// The position the parser gives, moved to the offending token where the parser names the
/// node instead: a refused tag, a lone surrogate escape.
fn token_column(text: &str, line: u32, column: u32, message: &str) -> u32 {
    let found = if let Some(tag) = message
        .strip_prefix("unsupported tag `")
        .and_then(|rest| rest.split('`').next())
    {
        column_of(text, line, column, true, |before| before.rfind(tag))
    } else if message.contains("surrogate") || message.contains("hex escape") {
        column_of(text, line, column, false, surrogate_escape).or_else(|| {
            column_of(text, line, column, true, |before| {
                before.match_indices("\\u").map(|(at, _)| at).last()
            })
        })
    } else {
        None
    };
    found.unwrap_or(column)
}

fn yaml_error(path: &str, text: &str, error: &serde_saphyr::Error) -> LoadError {
    let (line, column) = error.location().map_or((1, 1), |l| {
        (
            u32::try_from(l.line()).unwrap_or(1),
            u32::try_from(l.column()).unwrap_or(1),
        )
    });
    let rendered = error.without_snippet().to_string();
    // The crate's own message repeats the position ("error: line 3 column 5: …"); keep the cause.
    let message = rendered
        .split_once(": ")
        .filter(|(head, _)| head.starts_with("error"))
        .map_or(rendered.as_str(), |(_, rest)| rest);
    let message = message
        .split_once(": ")
        .filter(|(head, _)| head.starts_with("line "))
        .map_or(message, |(_, rest)| rest);
    let (line, column) = (line.max(1), column.max(1));
    LoadError::Syntax {
        path: path.to_owned(),
        line,
        column: token_column(text, line, column, message),
        message: plain_message(message),
    }
}

/// The cause alone, in words for the person editing the file, on one line: the position is
/// given separately, and advice meant for programmers using the YAML crate is dropped.
fn plain_message(message: &str) -> String {
    let message = message.trim();
    if let Some(rest) = message.strip_prefix("budget breached: ") {
        let what = rest.split(" at line ").next().unwrap_or(rest);
        return budget_message(what);
    }
    let message = match message.rfind(" at line ") {
        Some(cut) if message[cut..].contains(", column ") => &message[..cut],
        _ => message,
    };
    let message = message
        .split(", set DuplicateKeyPolicy")
        .next()
        .unwrap_or(message);
    match message {
        "recursive references require weak recursion types" => {
            "an alias (`*name`) refers to a node that contains it: a data file cannot be recursive".to_owned()
        }
        "recursion limit exceeded" => {
            "the document is nested deeper than wtsa reads (see --max-depth)".to_owned()
        }
        "while parsing a quoted scalar, found high surrogate without following low surrogate"
        | "unexpected end of hex escape"
        | "lone leading surrogate in hex escape" => {
            "a `\\u` escape of half a UTF-16 surrogate pair (D800–DFFF) without its other half is not a character".to_owned()
        }
        "input is out of range"
        | "input contains invalid characters"
        | "premature end of input" => {
            format!("not a valid date (YYYY-MM-DD, a day that exists): {message}")
        }
        // The parser's message quotes the data (an unknown field's name, a value): a line
        // break or an escape sequence in it is shown, never printed, as the reports do.
        other => visible(other).into_owned(),
    }
}

/// A breached YAML budget in words: which limit, and the option that raises it. The YAML
/// crate describes the breach as a value (`Nodes { nodes: 250001 }`: the count when reading
/// stopped, one over the limit).
fn budget_message(breach: &str) -> String {
    let name = breach.split([' ', '{']).next().unwrap_or_default();
    let count = breach
        .rsplit(": ")
        .next()
        .map(|n| n.trim_end_matches([' ', '}']))
        .and_then(|n| n.parse::<u64>().ok());
    let over = count.map_or_else(String::new, |n| {
        format!("more than {} ", n.saturating_sub(1))
    });
    let what = match name {
        "Nodes" | "Events" => format!("the document expands to {over}values, more than wtsa reads; YAML aliases (`*name`) that repeat large parts are the usual cause"),
        "Aliases" => format!("the document uses {over}aliases (`*name`), more than wtsa reads (see --max-aliases)"),
        "Anchors" => format!("the document defines {over}anchors (`&name`), more than wtsa reads"),
        "Depth" => format!("the document is nested {over}levels deep, more than wtsa reads (see --max-depth)"),
        "Documents" => "a data file holds one YAML document".to_owned(),
        _ => "the document is larger than wtsa reads (YAML aliases expand too far, or too many values or levels)".to_owned(),
    };
    what
}

fn json_error(path: &str, text: &str, error: &serde_json::Error) -> LoadError {
    let message = error.to_string();
    // serde_json appends " at line L column C"; the position is given separately.
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(head, _)| head);
    let line = u32::try_from(error.line()).unwrap_or(1).max(1);
    let column = u32::try_from(error.column()).unwrap_or(1).max(1);
    LoadError::Syntax {
        path: path.to_owned(),
        line,
        column: token_column(text, line, column, message),
        message: plain_message(message),
    }
}

fn deserialize<T: DeserializeOwned>(
    path: &str,
    text: &str,
    format: Format,
    limits: &Limits,
) -> Result<T, LoadError> {
    match format {
        Format::Yaml => serde_saphyr::from_str_with_options(text, yaml_options(limits))
            .map_err(|e| yaml_error(path, text, &e)),
        Format::Json => serde_json::from_str(text).map_err(|e| json_error(path, text, &e)),
    }
}

/// [`parse_document`], and whether the document may hold suppressions: false only when its
/// parse read no `suppress` list ([`wtsa_model::take_suppressions_read`]).
fn parse_noting_suppressions(
    path: &str,
    text: &str,
    format: Format,
    limits: &Limits,
) -> Result<(Document, bool), LoadError> {
    // Forgets what an earlier parse on this thread read (one that failed, or not asked).
    wtsa_model::take_suppressions_read();
    let document = parse_document(path, text, format, limits)?;
    Ok((document, wtsa_model::take_suppressions_read()))
}

/// Parses one data file's text into its document.
pub fn parse_document(
    path: &str,
    text: &str,
    format: Format,
    limits: &Limits,
) -> Result<Document, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Reading the kind with a probe parses the whole file a first time, as much as the typed
    // parse costs. The kind a text names where wtsa's files name it is tried first: a typed
    // document checks its own `kind` field, so a guess that parses is right, and one that does
    // not is retried the long way, for the error the probe gives.
    if let Some(kind) = named_kind(text, format) {
        if let Ok(document) = typed_document(kind, path, text, format, limits) {
            return Ok(document);
        }
    }
    let probe: KindProbe = deserialize(path, text, format, limits)?;
    typed_document(probe.kind, path, text, format, limits)
}

/// The kind a text seems to name: on a top-level `kind:` line in YAML, after the first
/// `"kind":` in JSON. Only a guess, that [`parse_document`] verifies (the language server uses
/// it to tell a wtsa data file from another YAML file in a directory without `wtsa.toml`).
pub fn named_kind(text: &str, format: Format) -> Option<DocumentKind> {
    let name = heading::named_value(text, format, "kind")?;
    DocumentKind::ALL
        .iter()
        .copied()
        .find(|kind| kind.name() == name)
}

fn typed_document(
    kind: DocumentKind,
    path: &str,
    text: &str,
    format: Format,
    limits: &Limits,
) -> Result<Document, LoadError> {
    let document = match kind {
        DocumentKind::StudyGroup => Document::StudyGroup(deserialize(path, text, format, limits)?),
        DocumentKind::Resolution2Entry => {
            Document::Resolution2Entry(deserialize(path, text, format, limits)?)
        }
        DocumentKind::People => Document::People(deserialize(path, text, format, limits)?),
        DocumentKind::Organisation => {
            Document::Organisation(deserialize(path, text, format, limits)?)
        }
        DocumentKind::Meetings => Document::Meetings(deserialize(path, text, format, limits)?),
        DocumentKind::Outputs => Document::Outputs(deserialize(path, text, format, limits)?),
        DocumentKind::ReportClaims => {
            Document::ReportClaims(deserialize(path, text, format, limits)?)
        }
        DocumentKind::Activities => Document::Activities(deserialize(path, text, format, limits)?),
        DocumentKind::Catalogue => Document::Catalogue(Box::new(wtsa_model::CatalogueIndex::new(
            deserialize(path, text, format, limits)?,
        ))),
    };
    Ok(document)
}

impl Dataset {
    /// Adds one file's text, parsed; the error names the file, line and column.
    pub fn add_text(
        &mut self,
        path: &str,
        text: String,
        format: Format,
        limits: &Limits,
    ) -> Result<(), LoadError> {
        // Whether it holds a `suppress` key is learnt as it is parsed.
        let mut file = SourceFile::read(
            path.to_owned(),
            text,
            format,
            read::scan("", read::Learn::NOTHING),
        );
        let (document, may_suppress) =
            parse_noting_suppressions(path, file.text(), format, limits)?;
        file.may_suppress = may_suppress;
        self.push(file, document);
        Ok(())
    }

    fn push(&mut self, file: SourceFile, document: Document) {
        self.files.push(file);
        self.documents.push(LoadedDocument {
            document,
            file: self.files.len() - 1,
        });
    }

    /// Lets go of the texts of the files at `files` that were read from a file
    /// ([`SourceFile::let_go`]); the others (embedded, given as text) are kept.
    pub fn let_go_texts(&mut self, files: std::ops::RangeFrom<usize>) {
        for file in self.files.get_mut(files).unwrap_or_default() {
            file.let_go();
        }
    }

    /// Forgets the positions found in the files at `files` ([`SourceFile::forget_positions`]).
    pub fn forget_positions(&mut self, files: std::ops::Range<usize>) {
        for file in self.files.get_mut(files).unwrap_or_default() {
            file.forget_positions();
        }
    }

    /// Why texts let go ([`Texts::ReadAgain`], [`Texts::UntilLetGo`]) could not be read again
    /// as they were, or why a text let go for good ([`Texts::UntilLetGoForGood`]) was asked
    /// for, each once: a report that asked for positions in them is not to be trusted, and the
    /// caller says so (the CLI exits 2).
    pub fn text_failures(&mut self) -> Vec<LoadError> {
        self.files
            .iter_mut()
            .filter_map(|file| file.again.as_mut()?.failure.take())
            .collect()
    }

    /// The dataset built into the binary: the SG20 report to WTSA-24.
    pub fn embedded() -> Result<Self, Vec<LoadError>> {
        let mut dataset = Self::default();
        let mut errors = Vec::new();
        let limits = Limits::default();
        for (name, text) in EMBEDDED_FILES {
            let format = Format::of(Path::new(name)).unwrap_or(Format::Yaml);
            // Named as in the repository, so diagnostics and SARIF point at the file to edit.
            let path = format!("data/{name}");
            if let Err(error) = dataset.add_text(&path, (*text).to_owned(), format, &limits) {
                errors.push(error);
            }
        }
        if errors.is_empty() {
            Ok(dataset)
        } else {
            Err(errors)
        }
    }

    /// Loads every data file under the given files and directories. All errors are collected,
    /// so one run reports every broken file.
    pub fn load(paths: &[PathBuf], limits: &Limits) -> Result<Self, Vec<LoadError>> {
        Self::load_with(paths, limits, Texts::Keep)
    }

    /// [`Dataset::load`], holding of each file's text what `texts` says.
    pub fn load_with(
        paths: &[PathBuf],
        limits: &Limits,
        texts: Texts,
    ) -> Result<Self, Vec<LoadError>> {
        let (files, mut errors) = find_data_files(paths, limits);
        if files.len() > limits.max_files {
            errors.push(LoadError::TooManyFiles {
                path: paths
                    .first()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                limit: limits.max_files,
            });
            return Err(errors);
        }
        let loaded = Self::load_files(files, limits, texts);
        match (loaded, errors.is_empty()) {
            (Ok(dataset), true) => Ok(dataset),
            (Ok(_), false) => Err(errors),
            (Err(more), _) => {
                errors.extend(more);
                Err(errors)
            }
        }
    }

    /// Loads the files [`Dataset::files_to_load`] found, as [`Dataset::load_with`] would.
    pub fn load_files(
        files: Vec<(PathBuf, Format)>,
        limits: &Limits,
        texts: Texts,
    ) -> Result<Self, Vec<LoadError>> {
        let mut dataset = Self::default();
        let mut errors = Vec::new();
        for (path, format) in files {
            if let Err(error) = dataset.add_file(path, format, limits, texts) {
                errors.push(error);
            }
        }
        if errors.is_empty() {
            Ok(dataset)
        } else {
            Err(errors)
        }
    }

    /// Reads one data file, parses it and adds its document (last), holding of its text what
    /// `texts` says.
    pub fn add_file(
        &mut self,
        path: PathBuf,
        format: Format,
        limits: &Limits,
        texts: Texts,
    ) -> Result<(), LoadError> {
        let display = path.display().to_string();
        // The checksum of a text that may be read again is taken as it is read (`read`);
        // whether it holds a `suppress` key, as it is parsed.
        let learn = match texts {
            Texts::Keep | Texts::UntilLetGoForGood => read::Learn::NOTHING,
            Texts::ReadAgain | Texts::UntilLetGo => read::Learn::CHECKSUM,
        };
        let (text, scanned) = read::read_text(&path, limits, learn)?;
        let mut file = if texts == Texts::Keep {
            SourceFile::read(display, text, format, scanned)
        } else {
            SourceFile::held(display, path, text, scanned, format, *limits)
        };
        let (document, may_suppress) =
            parse_noting_suppressions(&file.path, file.text(), format, limits)?;
        file.may_suppress = may_suppress;
        if texts == Texts::ReadAgain {
            file.let_go();
        }
        self.push(file, document);
        Ok(())
    }

    /// The files [`Dataset::load_with`] would read under `paths`, in its order; `None` when
    /// finding them met an error or the files are too many (loading reports those).
    pub fn files_to_load(paths: &[PathBuf], limits: &Limits) -> Option<Vec<(PathBuf, Format)>> {
        let (files, errors) = find_data_files(paths, limits);
        (errors.is_empty() && files.len() <= limits.max_files).then_some(files)
    }

    /// The file a document came from.
    pub fn file_of(&self, document: usize) -> Option<&SourceFile> {
        self.documents
            .get(document)
            .and_then(|d| self.files.get(d.file))
    }
}

/// The data files [`Dataset::load`] reads under `paths`, sorted as it reads them, with the
/// errors met finding them: for a reader that parses each file on its own (the language
/// server, which keeps a file that does not parse beside those that do).
pub fn data_files(paths: &[PathBuf], limits: &Limits) -> (Vec<(PathBuf, Format)>, Vec<LoadError>) {
    let (mut files, errors) = find_data_files(paths, limits);
    files.truncate(limits.max_files);
    (files, errors)
}

/// Every data file under `paths`, in the order they are read, with the errors met finding
/// them; no limit on their number applied yet (the callers differ on what a surplus means).
fn find_data_files(paths: &[PathBuf], limits: &Limits) -> (Vec<(PathBuf, Format)>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        collect_files(
            path,
            true,
            limits,
            &mut HashSet::new(),
            &mut files,
            &mut errors,
        );
    }
    (files, errors)
}

/// One data file's text, read within `limits` as [`Dataset::load`] reads it.
pub fn read_data_file(path: &Path, limits: &Limits) -> Result<String, LoadError> {
    read::read_text(path, limits, read::Learn::NOTHING).map(|(text, _)| text)
}

/// Finds the data files under `path`, sorted, following symbolic links but refusing loops.
fn collect_files(
    path: &Path,
    given: bool,
    limits: &Limits,
    visited: &mut HashSet<PathBuf>,
    files: &mut Vec<(PathBuf, Format)>,
    errors: &mut Vec<LoadError>,
) {
    let display = path.display().to_string();
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            if fs::symlink_metadata(path).is_ok() {
                errors.push(LoadError::Read {
                    path: display,
                    source: error,
                });
            } else {
                errors.push(LoadError::NotFound { path: display });
            }
            return;
        }
        Err(source) => {
            // A loop of symbolic links fails here with "too many levels of symbolic links".
            errors.push(LoadError::Read {
                path: display,
                source,
            });
            return;
        }
    };
    if metadata.is_file() {
        match Format::of(path) {
            Some(format) => files.push((path.to_path_buf(), format)),
            None if given => errors.push(LoadError::NotADataFile { path: display }),
            None => {}
        }
        return;
    }
    if !metadata.is_dir() {
        return;
    }
    let canonical = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if !visited.insert(canonical.clone()) {
        errors.push(LoadError::SymlinkLoop {
            path: display,
            target: canonical.display().to_string(),
        });
        return;
    }
    let entries = match fs::read_dir(path) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(LoadError::Read {
                path: display,
                source,
            });
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    let before = files.len();
    for child in children {
        if files.len() > limits.max_files {
            return;
        }
        // Hidden files and folders (`.wtsa-baseline.json`, `.git`) are not data.
        if child
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'))
        {
            continue;
        }
        collect_files(&child, false, limits, visited, files, errors);
    }
    visited.remove(&canonical);
    if given && files.len() == before && errors.is_empty() {
        errors.push(LoadError::Empty { path: display });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PEOPLE_YAML: &str = "# a comment\nkind: people # the kind\nstudy_group: SG20\nstudy_period: 2022-2024\npeople: []\n";

    #[test]
    fn the_kind_is_read_where_wtsa_files_name_it() {
        assert_eq!(
            named_kind(PEOPLE_YAML, Format::Yaml),
            Some(DocumentKind::People)
        );
        assert_eq!(
            named_kind(r#"{ "kind" : "outputs", "x": 1}"#, Format::Json),
            Some(DocumentKind::Outputs)
        );
        assert_eq!(named_kind("  kind: people\n", Format::Yaml), None);
        assert_eq!(named_kind(r#"{"kind": 3}"#, Format::Json), None);
    }

    /// Whether a document may hold suppressions is what its parse read: a `suppress` list at
    /// any depth, in either format, its key escaped or not; not the word in a value.
    #[test]
    fn a_parse_notes_the_suppress_lists_it_reads() {
        let limits = Limits::default();
        let head = r#""kind": "people", "study_group": "SG20", "study_period": "2022-2024""#;
        let person = |extra: &str| {
            format!(
                r#"{{"id": "a-b", "name": "A B", "honorific": "Mr", "source": "\u00a71.2"{extra}}}"#
            )
        };
        let noted = |text: &str, format: Format| {
            let (_, noted) = parse_noting_suppressions("p", text, format, &limits).unwrap();
            noted
        };
        let none = format!(r#"{{{head}, "people": [{}]}}"#, person(""));
        let own = format!(
            r#"{{{head}, "suppress": [{{"rule": "OR005", "reason": "r"}}], "people": []}}"#
        );
        let nested = format!(
            r#"{{{head}, "people": [{}]}}"#,
            person(r#", "suppress": [{"rule": "OR005", "reason": "r"}]"#)
        );
        let escaped = format!(
            r#"{{{head}, "people": [{}]}}"#,
            person(r#", "suppr\u0065ss": []"#)
        );
        let word = format!(
            r#"{{{head}, "people": [{}]}}"#,
            person(r#", "affiliation": "\"suppress\": no key, a\\b""#)
        );
        assert!(!noted(&none, Format::Json));
        assert!(noted(&own, Format::Json));
        assert!(noted(&nested, Format::Json));
        assert!(noted(&escaped, Format::Json));
        assert!(!noted(&word, Format::Json));
        // What an earlier parse read is not this one's.
        assert!(noted(&own, Format::Json));
        assert!(!noted(&none, Format::Json));
        let yaml = "kind: people\nstudy_group: SG20\nstudy_period: 2022-2024\npeople:\n  - id: a-b\n    name: A B\n    honorific: Mr\n    source: \u{a7}1.2\n    suppress:\n      - rule: OR005\n        reason: r\n";
        assert!(noted(yaml, Format::Yaml));
        assert!(!noted(PEOPLE_YAML, Format::Yaml));
        // A text that does not parse is an error, and leaves nothing noted for the next.
        let broken = format!(r#"{{{head}, "suppress": [], "people": 3}}"#);
        assert!(parse_noting_suppressions("p", &broken, Format::Json, &limits).is_err());
        assert!(!noted(&none, Format::Json));
    }

    /// A wrong guess costs a second parse, never a wrong document or a different error.
    #[test]
    fn a_wrong_guess_falls_back_to_the_probe() {
        let limits = Limits::default();
        let json = r#"{"suppress": [{"rule": "kind", "reason": "\"kind\": \"outputs\""}], "kind": "people", "study_group": "SG20", "study_period": "2022-2024", "people": []}"#;
        assert_eq!(
            named_kind(json, Format::Json),
            None,
            "the first \"kind\" is a value"
        );
        let document = parse_document("p.json", json, Format::Json, &limits).unwrap();
        assert_eq!(document.kind(), DocumentKind::People);

        let misleading = "title: |\n  x\nkind: outputs\n";
        assert_eq!(
            named_kind(misleading, Format::Yaml),
            Some(DocumentKind::Outputs)
        );
        let guessed = parse_document("o.yaml", misleading, Format::Yaml, &limits).unwrap_err();
        let probed = match deserialize::<KindProbe>("o.yaml", misleading, Format::Yaml, &limits) {
            Ok(probe) => {
                typed_document(probe.kind, "o.yaml", misleading, Format::Yaml, &limits).unwrap_err()
            }
            Err(error) => error,
        };
        assert_eq!(guessed.to_string(), probed.to_string());
    }
}
