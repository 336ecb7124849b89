//! Whether the schemas changed compatibly since the last release.
//!
//! The policy (schemas/CHANGELOG.md): what a released schema accepted, the next minor version
//! accepts too, with the same fields. A field or a kind added, a field no longer required, an
//! enumeration, a type, a pattern or a bound widened is a minor change; a field or a kind
//! removed or renamed (a removal and an addition), a field newly required, a type, a value, a
//! pattern, a format or a bound narrowed or changed, a schema's `$id` changed (other than its
//! major version) is a major change. A changed pattern counts as narrowed: whether one regular
//! expression accepts all another does cannot be decided in general.
//!
//! The comparison is structural: the two schemas are walked side by side from their roots,
//! following `$ref`s into each one's own `$defs`, so a type renamed in `$defs` is no change at
//! all and a type changed is reported at every field that uses it. Descriptions, titles and
//! examples are documentation, not interface.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use wtsa_model::schema::{schema_id_in, SchemaVersion, SCHEMA_BASE_URI};

/// One difference between a released schema and the current one.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaChange {
    /// The schema's file name (`people.schema.json`).
    pub schema: String,
    /// Where in an instance: `people[].honorific`; empty for the document itself.
    pub at: String,
    pub kind: ChangeKind,
}

/// What changed.
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeKind {
    SchemaRemoved,
    SchemaAdded,
    IdChanged {
        from: String,
        to: String,
    },
    PropertyRemoved(String),
    PropertyAdded {
        name: String,
        required: bool,
    },
    NewlyRequired(String),
    NoLongerRequired(String),
    TypeNarrowed(Vec<String>),
    TypeWidened(Vec<String>),
    ValueRemoved(Value),
    ValueAdded(Value),
    /// A keyword that constrains (`pattern`, `format`, `minimum`, `enum` …) added, tightened or
    /// changed.
    Narrowed {
        keyword: String,
        from: Option<Value>,
        to: Option<Value>,
    },
    /// A constraining keyword removed or loosened.
    Widened {
        keyword: String,
        from: Option<Value>,
        to: Option<Value>,
    },
    ClosedToOtherProperties,
    OpenedToOtherProperties,
    /// An alternative of a union (`anyOf`/`oneOf`) that nothing in the new schema accepts.
    VariantRemoved(String),
    VariantAdded(String),
}

impl ChangeKind {
    /// Whether a value the released schema accepted, or a consumer relying on a field, may now
    /// fail: the policy's major changes.
    pub fn is_breaking(&self) -> bool {
        match self {
            Self::SchemaRemoved
            | Self::IdChanged { .. }
            | Self::PropertyRemoved(_)
            | Self::NewlyRequired(_)
            | Self::TypeNarrowed(_)
            | Self::ValueRemoved(_)
            | Self::Narrowed { .. }
            | Self::ClosedToOtherProperties
            | Self::VariantRemoved(_) => true,
            Self::PropertyAdded { required, .. } => *required,
            Self::SchemaAdded
            | Self::NoLongerRequired(_)
            | Self::TypeWidened(_)
            | Self::ValueAdded(_)
            | Self::Widened { .. }
            | Self::OpenedToOtherProperties
            | Self::VariantAdded(_) => false,
        }
    }
}

fn shown(value: &Option<Value>) -> String {
    value
        .as_ref()
        .map_or_else(|| "none".to_owned(), Value::to_string)
}

impl fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::SchemaRemoved => f.write_str("schema removed"),
            Self::SchemaAdded => f.write_str("schema added"),
            Self::IdChanged { from, to } => write!(f, "$id changed from {from} to {to}"),
            Self::PropertyRemoved(name) => write!(f, "field `{name}` removed"),
            Self::PropertyAdded { name, required } => write!(
                f,
                "field `{name}` added ({})",
                if *required { "required" } else { "optional" }
            ),
            Self::NewlyRequired(name) => write!(f, "field `{name}` is now required"),
            Self::NoLongerRequired(name) => write!(f, "field `{name}` is no longer required"),
            Self::TypeNarrowed(types) => write!(f, "type no longer accepts {}", types.join(", ")),
            Self::TypeWidened(types) => write!(f, "type now accepts {}", types.join(", ")),
            Self::ValueRemoved(value) => write!(f, "value {value} no longer accepted"),
            Self::ValueAdded(value) => write!(f, "value {value} now accepted"),
            Self::Narrowed { keyword, from, to } => write!(
                f,
                "`{keyword}` narrowed or changed from {} to {}",
                shown(from),
                shown(to)
            ),
            Self::Widened { keyword, from, to } => {
                write!(
                    f,
                    "`{keyword}` widened from {} to {}",
                    shown(from),
                    shown(to)
                )
            }
            Self::ClosedToOtherProperties => f.write_str("no longer accepts other fields"),
            Self::OpenedToOtherProperties => f.write_str("now accepts other fields"),
            Self::VariantRemoved(variant) => write!(f, "alternative {variant} removed"),
            Self::VariantAdded(variant) => write!(f, "alternative {variant} added"),
        }
    }
}

impl fmt::Display for SchemaChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.at.is_empty() {
            "(document)"
        } else {
            &self.at
        };
        let class = if self.kind.is_breaking() {
            "breaking"
        } else {
            "compatible"
        };
        write!(f, "{}: {at}: {} [{class}]", self.schema, self.kind)
    }
}

/// The schemas of a release (or of the working tree), by file name.
pub type SchemaSet = BTreeMap<String, Value>;

/// A release of the schemas: its version and its schemas.
#[derive(Debug, Clone)]
pub struct Release {
    pub version: SchemaVersion,
    pub schemas: SchemaSet,
}

/// Why a set of schemas could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not JSON: {source}")]
    Json {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("{path}: {source}")]
    Version {
        path: PathBuf,
        #[source]
        source: wtsa_model::schema::SchemaVersionError,
    },
}

/// Whether a file of `schemas/` is one the compatibility policy covers: every published schema
/// (`<name>.schema.json`) but the bundle, which only repeats them.
pub fn is_compared(file_name: &str) -> bool {
    file_name.ends_with(".schema.json") && file_name != super::bundle::FILE_NAME
}

/// Every compared schema of a directory (not of its subdirectories).
pub fn read_directory(dir: &Path) -> Result<SchemaSet, ReadError> {
    let read_error = |source| ReadError::Read {
        path: dir.to_owned(),
        source,
    };
    let mut schemas = SchemaSet::new();
    for entry in std::fs::read_dir(dir).map_err(read_error)? {
        let path = entry.map_err(read_error)?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        if !is_compared(&name) || !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|source| ReadError::Read {
            path: path.clone(),
            source,
        })?;
        let value =
            serde_json::from_str(&text).map_err(|source| ReadError::Json { path, source })?;
        schemas.insert(name, value);
    }
    Ok(schemas)
}

/// The file that names a snapshot's version, beside its schemas.
pub const VERSION_FILE: &str = "VERSION";

/// The latest release snapshot under `released` (`schemas/released/v<MAJOR>/`, the schemas of
/// the last release of that major version and a `VERSION` file), if there is one.
pub fn latest_snapshot(released: &Path) -> Result<Option<Release>, ReadError> {
    let Ok(entries) = std::fs::read_dir(released) else {
        return Ok(None);
    };
    let latest = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter_map(|path| {
            let major = path
                .file_name()?
                .to_str()?
                .strip_prefix('v')?
                .parse::<u32>()
                .ok()?;
            path.is_dir().then_some((major, path))
        })
        .max_by_key(|(major, _)| *major);
    let Some((_, dir)) = latest else {
        return Ok(None);
    };
    let version_path = dir.join(VERSION_FILE);
    let version = std::fs::read_to_string(&version_path)
        .map_err(|source| ReadError::Read {
            path: version_path.clone(),
            source,
        })?
        .parse()
        .map_err(|source| ReadError::Version {
            path: version_path,
            source,
        })?;
    Ok(Some(Release {
        version,
        schemas: read_directory(&dir)?,
    }))
}

/// Every change from the `released` schemas to the `current` ones, schema by schema.
pub fn compare(released: &Release, current: &SchemaSet, current_major: u32) -> Vec<SchemaChange> {
    let mut changes = Vec::new();
    for (file, old) in &released.schemas {
        let Some(new) = current.get(file) else {
            changes.push(SchemaChange {
                schema: file.clone(),
                at: String::new(),
                kind: ChangeKind::SchemaRemoved,
            });
            continue;
        };
        let mut walk = Walk {
            old_root: old,
            new_root: new,
            stack: Vec::new(),
            changes: Vec::new(),
        };
        if let Some(change) = id_change(old, new, released.version.major, current_major) {
            walk.changes.push(change);
        }
        walk.compare(old, new, "");
        changes.extend(walk.changes.into_iter().map(|kind| SchemaChange {
            schema: file.clone(),
            at: kind.0,
            kind: kind.1,
        }));
    }
    for file in current.keys() {
        if !released.schemas.contains_key(file) {
            changes.push(SchemaChange {
                schema: file.clone(),
                at: String::new(),
                kind: ChangeKind::SchemaAdded,
            });
        }
    }
    changes
}

/// A changed `$id`, unless only its major version changed with the schemas' major version.
fn id_change(
    old: &Value,
    new: &Value,
    old_major: u32,
    new_major: u32,
) -> Option<(String, ChangeKind)> {
    let old_id = old.get("$id")?.as_str()?;
    let new_id = new.get("$id").and_then(Value::as_str).unwrap_or_default();
    let expected = old_id.replacen(
        &schema_id_in("", old_major).replace(".schema.json", ""),
        &schema_id_in("", new_major).replace(".schema.json", ""),
        1,
    );
    // Identifiers outside the published scheme are compared as they are.
    let same = if old_id.starts_with(SCHEMA_BASE_URI) {
        new_id == expected
    } else {
        new_id == old_id
    };
    (!same).then(|| {
        (
            String::new(),
            ChangeKind::IdChanged {
                from: old_id.to_owned(),
                to: new_id.to_owned(),
            },
        )
    })
}

/// The verdict of the policy on `changes` from the `released` version to the `current` one:
/// the problems, none when the change is allowed.
pub fn verdict(
    released: SchemaVersion,
    current: SchemaVersion,
    changes: &[SchemaChange],
    changelog: &str,
) -> Vec<String> {
    let mut problems = Vec::new();
    if current < released {
        problems.push(format!(
            "the schema version {current} is older than the last release, {released}"
        ));
    }
    let breaking: Vec<&SchemaChange> = changes.iter().filter(|c| c.kind.is_breaking()).collect();
    if !breaking.is_empty() && current.major <= released.major {
        let mut problem = format!(
            "{} breaking change(s) since release {released}, but the schema version {current} \
             keeps major version {}: raise SCHEMA_VERSION's major version (wtsa-model's \
             schema.rs) and say why in schemas/CHANGELOG.md, or make the change compatible:",
            breaking.len(),
            current.major
        );
        for change in breaking {
            problem.push_str(&format!("\n  {change}"));
        }
        problems.push(problem);
    }
    if current != released && !changelog_mentions(changelog, current) {
        problems.push(format!(
            "schemas/CHANGELOG.md has no heading for version {current}"
        ));
    }
    problems
}

/// Whether a Markdown heading of `changelog` names `version` (`## 2.0.0`, `## [2.0.0] — …`).
pub fn changelog_mentions(changelog: &str, version: SchemaVersion) -> bool {
    let version = version.to_string();
    changelog
        .lines()
        .filter(|line| line.trim_start().starts_with('#'))
        .any(|line| {
            line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
                .any(|word| word == version || word.strip_prefix('v') == Some(&version))
        })
}

/// The side-by-side walk of one schema's two versions.
struct Walk<'a> {
    old_root: &'a Value,
    new_root: &'a Value,
    /// The pairs being compared, against recursive types.
    stack: Vec<(*const Value, *const Value)>,
    changes: Vec<(String, ChangeKind)>,
}

fn resolve<'a>(root: &'a Value, mut schema: &'a Value) -> &'a Value {
    // A chain of references ends; a cycle of bare references is not a schema, stop anyway.
    for _ in 0..32 {
        let Some(target) = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|reference| reference.strip_prefix('#'))
            .and_then(|pointer| root.pointer(pointer))
        else {
            break;
        };
        schema = target;
    }
    schema
}

fn join(at: &str, name: &str) -> String {
    if at.is_empty() {
        name.to_owned()
    } else {
        format!("{at}.{name}")
    }
}

/// The instance types a schema names (`integer` counted as a `number`), if it names any.
fn types(schema: &Value) -> Option<BTreeSet<String>> {
    let names: Vec<&str> = match schema.get("type")? {
        Value::String(name) => vec![name.as_str()],
        Value::Array(names) => names.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    Some(names.into_iter().map(str::to_owned).collect())
}

/// The values a schema allows, when it lists them (`const` or `enum`).
fn values(schema: &Value) -> Option<Vec<Value>> {
    if let Some(value) = schema.get("const") {
        return Some(vec![value.clone()]);
    }
    schema.get("enum").and_then(Value::as_array).cloned()
}

/// A short description of a union alternative, for messages.
fn describe(original: &Value, resolved: &Value) -> String {
    if let Some(reference) = original.get("$ref").and_then(Value::as_str) {
        return reference.rsplit('/').next().unwrap_or(reference).to_owned();
    }
    if let Some(value) = resolved.get("const") {
        return value.to_string();
    }
    match types(resolved) {
        Some(types) => types.into_iter().collect::<Vec<_>>().join("|"),
        None => resolved.to_string(),
    }
}

/// Keywords whose larger value accepts fewer instances.
const LOWER_BOUNDS: &[&str] = &[
    "minimum",
    "exclusiveMinimum",
    "minLength",
    "minItems",
    "minProperties",
];
/// Keywords whose smaller value accepts fewer instances.
const UPPER_BOUNDS: &[&str] = &[
    "maximum",
    "exclusiveMaximum",
    "maxLength",
    "maxItems",
    "maxProperties",
];
/// Keywords any change of which may refuse an instance.
const EXACT: &[&str] = &["pattern", "format", "multipleOf", "uniqueItems"];

impl<'a> Walk<'a> {
    fn push(&mut self, at: &str, kind: ChangeKind) {
        self.changes.push((at.to_owned(), kind));
    }

    fn compare(&mut self, old: &'a Value, new: &'a Value, at: &str) {
        let old = resolve(self.old_root, old);
        let new = resolve(self.new_root, new);
        let pair = (old as *const Value, new as *const Value);
        if self.stack.contains(&pair) {
            return;
        }
        self.stack.push(pair);
        let old_variants = self.variants(old, true);
        let new_variants = self.variants(new, false);
        if old_variants.len() == 1 && new_variants.len() == 1 {
            self.compare_one(old_variants[0].1, new_variants[0].1, at);
        } else {
            self.compare_unions(&old_variants, &new_variants, at);
        }
        self.stack.pop();
    }

    /// The alternatives of a union, flattened and resolved (one for a schema that is none).
    fn variants(&self, schema: &'a Value, old: bool) -> Vec<(&'a Value, &'a Value)> {
        let root = if old { self.old_root } else { self.new_root };
        let branches = ["anyOf", "oneOf"]
            .iter()
            .find_map(|keyword| schema.get(*keyword).and_then(Value::as_array));
        match branches {
            Some(branches) if types(schema).is_none() => branches
                .iter()
                .flat_map(|branch| {
                    let resolved = resolve(root, branch);
                    let inner = self.variants(resolved, old);
                    if inner.len() == 1 {
                        vec![(branch, inner[0].1)]
                    } else {
                        inner
                    }
                })
                .collect(),
            _ => vec![(schema, schema)],
        }
    }

    /// Each old alternative must still be accepted by a new one: the new alternative that
    /// breaks least stands for it.
    fn compare_unions(
        &mut self,
        old: &[(&'a Value, &'a Value)],
        new: &[(&'a Value, &'a Value)],
        at: &str,
    ) {
        let mut used = vec![false; new.len()];
        for (old_original, old_variant) in old {
            let mut best: Option<(usize, Vec<(String, ChangeKind)>)> = None;
            for (index, (_, new_variant)) in new.iter().enumerate() {
                let mut trial = Walk {
                    old_root: self.old_root,
                    new_root: self.new_root,
                    stack: self.stack.clone(),
                    changes: Vec::new(),
                };
                trial.compare_one(old_variant, new_variant, at);
                let score = |changes: &[(String, ChangeKind)]| {
                    (
                        changes.iter().filter(|(_, c)| c.is_breaking()).count(),
                        changes.len(),
                    )
                };
                if best
                    .as_ref()
                    .is_none_or(|(_, changes)| score(&trial.changes) < score(changes))
                {
                    best = Some((index, trial.changes));
                }
            }
            match best {
                Some((index, changes))
                    if !changes.iter().any(|(_, c)| c.is_breaking())
                        || (values(old_variant).is_none()
                            && same_kind(old_variant, new[index].1)) =>
                {
                    if let Some(flag) = used.get_mut(index) {
                        *flag = true;
                    }
                    self.changes.extend(changes);
                }
                _ => match values(old_variant) {
                    Some(values) => {
                        for value in values {
                            self.push(at, ChangeKind::ValueRemoved(value));
                        }
                    }
                    None => self.push(
                        at,
                        ChangeKind::VariantRemoved(describe(old_original, old_variant)),
                    ),
                },
            }
        }
        for ((original, variant), used) in new.iter().zip(used) {
            if used {
                continue;
            }
            match values(variant) {
                Some(values) => {
                    for value in values {
                        self.push(at, ChangeKind::ValueAdded(value));
                    }
                }
                None => self.push(at, ChangeKind::VariantAdded(describe(original, variant))),
            }
        }
    }

    fn compare_one(&mut self, old: &'a Value, new: &'a Value, at: &str) {
        self.compare_types(old, new, at);
        self.compare_values(old, new, at);
        self.compare_keywords(old, new, at);
        self.compare_object(old, new, at);
        if let (Some(old_items), Some(new_items)) = (old.get("items"), new.get("items")) {
            self.compare(old_items, new_items, &format!("{at}[]"));
        } else if old.get("items").is_none() && new.get("items").is_some() {
            self.push(
                at,
                ChangeKind::Narrowed {
                    keyword: "items".into(),
                    from: None,
                    to: new.get("items").cloned(),
                },
            );
        }
    }

    fn compare_types(&mut self, old: &Value, new: &Value, at: &str) {
        match (types(old), types(new)) {
            (Some(old_types), Some(new_types)) => {
                let removed: Vec<String> = old_types
                    .iter()
                    .filter(|t| {
                        let accepted = new_types.contains(*t)
                            || (t.as_str() == "integer" && new_types.contains("number"));
                        !accepted
                    })
                    .cloned()
                    .collect();
                let added: Vec<String> = new_types.difference(&old_types).cloned().collect();
                if !removed.is_empty() {
                    self.push(at, ChangeKind::TypeNarrowed(removed));
                }
                if !added.is_empty() {
                    self.push(at, ChangeKind::TypeWidened(added));
                }
            }
            (None, Some(new_types)) if values(old).is_none() => self.push(
                at,
                ChangeKind::Narrowed {
                    keyword: "type".into(),
                    from: None,
                    to: Some(Value::from(new_types.into_iter().collect::<Vec<_>>())),
                },
            ),
            _ => {}
        }
    }

    fn compare_values(&mut self, old: &Value, new: &Value, at: &str) {
        match (values(old), values(new)) {
            (Some(old_values), Some(new_values)) => {
                for value in &old_values {
                    if !new_values.contains(value) {
                        self.push(at, ChangeKind::ValueRemoved(value.clone()));
                    }
                }
                for value in &new_values {
                    if !old_values.contains(value) {
                        self.push(at, ChangeKind::ValueAdded(value.clone()));
                    }
                }
            }
            (None, Some(new_values)) => self.push(
                at,
                ChangeKind::Narrowed {
                    keyword: "enum".into(),
                    from: None,
                    to: Some(Value::Array(new_values)),
                },
            ),
            (Some(old_values), None) => self.push(
                at,
                ChangeKind::Widened {
                    keyword: "enum".into(),
                    from: Some(Value::Array(old_values)),
                    to: None,
                },
            ),
            (None, None) => {}
        }
    }

    fn compare_keywords(&mut self, old: &Value, new: &Value, at: &str) {
        let number = |schema: &Value, keyword: &str| schema.get(keyword).and_then(Value::as_f64);
        for (keywords, narrower_is_larger) in [(LOWER_BOUNDS, true), (UPPER_BOUNDS, false)] {
            for keyword in keywords.iter().copied() {
                let (from, to) = (number(old, keyword), number(new, keyword));
                let narrowed = match (from, to) {
                    (None, Some(_)) => Some(true),
                    (Some(_), None) => Some(false),
                    (Some(from), Some(to)) if from != to => Some((to > from) == narrower_is_larger),
                    _ => None,
                };
                self.push_keyword(old, new, at, keyword, narrowed);
            }
        }
        for keyword in EXACT.iter().copied() {
            let narrowed = match (old.get(keyword), new.get(keyword)) {
                (None, Some(_)) => Some(true),
                (Some(_), None) => Some(false),
                (Some(from), Some(to)) if from != to => Some(true),
                _ => None,
            };
            self.push_keyword(old, new, at, keyword, narrowed);
        }
    }

    fn push_keyword(
        &mut self,
        old: &Value,
        new: &Value,
        at: &str,
        keyword: &str,
        narrowed: Option<bool>,
    ) {
        let (from, to) = (old.get(keyword).cloned(), new.get(keyword).cloned());
        let keyword = keyword.to_owned();
        match narrowed {
            Some(true) => self.push(at, ChangeKind::Narrowed { keyword, from, to }),
            Some(false) => self.push(at, ChangeKind::Widened { keyword, from, to }),
            None => {}
        }
    }

    fn compare_object(&mut self, old: &'a Value, new: &'a Value, at: &str) {
        let required = |schema: &Value| -> BTreeSet<String> {
            schema
                .get("required")
                .and_then(Value::as_array)
                .map(|names| {
                    names
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default()
        };
        let (old_required, new_required) = (required(old), required(new));
        let old_properties = old.get("properties").and_then(Value::as_object);
        let new_properties = new.get("properties").and_then(Value::as_object);
        let in_old = |name: &str| old_properties.is_some_and(|p| p.contains_key(name));
        let in_new = |name: &str| new_properties.is_some_and(|p| p.contains_key(name));
        for (name, old_property) in old_properties.into_iter().flatten() {
            match new_properties.and_then(|p| p.get(name)) {
                Some(new_property) => self.compare(old_property, new_property, &join(at, name)),
                None => self.push(at, ChangeKind::PropertyRemoved(name.clone())),
            }
        }
        for name in new_properties.into_iter().flat_map(Map::keys) {
            if !in_old(name) {
                let required = new_required.contains(name);
                self.push(
                    at,
                    ChangeKind::PropertyAdded {
                        name: name.clone(),
                        required,
                    },
                );
            }
        }
        for name in new_required.difference(&old_required) {
            // A new field that is required is reported as such where it is added.
            if in_old(name) || !in_new(name) {
                self.push(at, ChangeKind::NewlyRequired(name.clone()));
            }
        }
        for name in old_required.difference(&new_required) {
            if in_new(name) {
                self.push(at, ChangeKind::NoLongerRequired(name.clone()));
            }
        }
        let closed =
            |schema: &Value| schema.get("additionalProperties") == Some(&Value::Bool(false));
        match (closed(old), closed(new)) {
            (false, true) => self.push(at, ChangeKind::ClosedToOtherProperties),
            (true, false) => self.push(at, ChangeKind::OpenedToOtherProperties),
            _ => {}
        }
    }
}

/// Whether two union alternatives are the same sort of thing (so that what differs between
/// them is reported inside, rather than the alternative as removed).
fn same_kind(old: &Value, new: &Value) -> bool {
    match (types(old), types(new)) {
        (Some(old), Some(new)) => !old.is_disjoint(&new),
        (old, new) => old.is_none() && new.is_none(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use serde_json::json;

    fn v(text: &str) -> SchemaVersion {
        text.parse().unwrap()
    }

    fn changes(old: Value, new: Value) -> Vec<String> {
        let released = Release {
            version: v("1.0.0"),
            schemas: [("x.schema.json".to_owned(), old)].into(),
        };
        let current: SchemaSet = [("x.schema.json".to_owned(), new)].into();
        compare(&released, &current, 1)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn object(properties: Value, required: &[&str]) -> Value {
        json!({
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": false,
            "$defs": {
                "Code": {"type": "string", "pattern": "^[A-Z]{2}$"},
                "Colour": {"type": "string", "enum": ["red", "green"]}
            }
        })
    }

    #[test]
    fn the_same_schema_has_no_change_and_documentation_is_no_change() {
        let old = object(json!({"a": {"type": "string"}}), &["a"]);
        let mut new = old.clone();
        new["properties"]["a"]["description"] = json!("Now documented.");
        new["title"] = json!("Renamed title");
        assert_eq!(changes(old, new), Vec::<String>::new());
    }

    #[test]
    fn an_optional_field_added_is_compatible_and_a_required_one_breaking() {
        let old = object(json!({"a": {"type": "string"}}), &["a"]);
        let new = object(
            json!({"a": {"type": "string"}, "b": {"type": "string"}, "c": {"type": "string"}}),
            &["a", "c"],
        );
        assert_eq!(
            changes(old, new),
            [
                "x.schema.json: (document): field `b` added (optional) [compatible]",
                "x.schema.json: (document): field `c` added (required) [breaking]",
            ]
        );
    }

    #[test]
    fn a_field_removed_renamed_or_newly_required_is_breaking() {
        let old = object(
            json!({"a": {"type": "string"}, "b": {"type": "integer"}}),
            &["a"],
        );
        let new = object(
            json!({"a": {"type": "string"}, "bee": {"type": "integer"}}),
            &["a", "bee"],
        );
        let found = changes(old.clone(), new);
        assert!(
            found.contains(&"x.schema.json: (document): field `b` removed [breaking]".to_owned())
        );
        assert!(found.contains(
            &"x.schema.json: (document): field `bee` added (required) [breaking]".to_owned()
        ));
        let newly = object(
            json!({"a": {"type": "string"}, "b": {"type": "integer"}}),
            &["a", "b"],
        );
        assert_eq!(
            changes(old, newly),
            ["x.schema.json: (document): field `b` is now required [breaking]"]
        );
    }

    #[test]
    fn narrowed_types_values_patterns_and_bounds_are_breaking_and_widened_ones_not() {
        let old = object(
            json!({
                "n": {"type": ["integer", "null"], "minimum": 0},
                "code": {"$ref": "#/$defs/Code"},
                "colours": {"type": "array", "items": {"$ref": "#/$defs/Colour"}}
            }),
            &[],
        );
        let mut new = old.clone();
        new["properties"]["n"] = json!({"type": "integer", "minimum": 1});
        new["$defs"]["Code"]["pattern"] = json!("^[A-Z]{3}$");
        new["$defs"]["Colour"]["enum"] = json!(["red", "blue"]);
        assert_eq!(
            changes(old.clone(), new),
            [
                "x.schema.json: n: type no longer accepts null [breaking]",
                "x.schema.json: n: `minimum` narrowed or changed from 0 to 1 [breaking]",
                "x.schema.json: code: `pattern` narrowed or changed from \"^[A-Z]{2}$\" to \"^[A-Z]{3}$\" [breaking]",
                "x.schema.json: colours[]: value \"green\" no longer accepted [breaking]",
                "x.schema.json: colours[]: value \"blue\" now accepted [compatible]",
            ]
        );
        let mut wider = old.clone();
        wider["properties"]["n"] = json!({"type": ["number", "null"]});
        wider["$defs"]["Colour"]["enum"] = json!(["red", "green", "blue"]);
        assert!(changes(old, wider)
            .iter()
            .all(|c| c.ends_with("[compatible]")));
    }

    #[test]
    fn unions_match_alternatives_and_a_removed_alternative_is_breaking() {
        let nullable = object(
            json!({"q": {"anyOf": [{"$ref": "#/$defs/Code"}, {"type": "null"}]}}),
            &[],
        );
        let required = object(json!({"q": {"$ref": "#/$defs/Code"}}), &[]);
        assert_eq!(
            changes(nullable.clone(), required.clone()),
            ["x.schema.json: q: alternative null removed [breaking]"]
        );
        assert_eq!(
            changes(required, nullable),
            ["x.schema.json: q: alternative null added [compatible]"]
        );
        let kinds = |consts: &[&str]| {
            object(
                json!({"k": {"oneOf": consts.iter().map(|c| json!({"type": "string", "const": c})).collect::<Vec<_>>()}}),
                &[],
            )
        };
        assert_eq!(
            changes(kinds(&["a", "b"]), kinds(&["a", "c"])),
            [
                "x.schema.json: k: value \"b\" no longer accepted [breaking]",
                "x.schema.json: k: value \"c\" now accepted [compatible]",
            ]
        );
    }

    #[test]
    fn a_type_renamed_in_defs_is_no_change_and_recursive_types_end() {
        let old = json!({
            "type": "object",
            "properties": {"node": {"$ref": "#/$defs/Node"}},
            "$defs": {"Node": {"type": "object", "properties": {"child": {"$ref": "#/$defs/Node"}}}}
        });
        let new = json!({
            "type": "object",
            "properties": {"node": {"$ref": "#/$defs/TreeNode"}},
            "$defs": {"TreeNode": {"type": "object", "properties": {"child": {"$ref": "#/$defs/TreeNode"}}}}
        });
        assert_eq!(changes(old, new), Vec::<String>::new());
    }

    #[test]
    fn the_verdict_asks_for_a_major_version_and_a_changelog_entry() {
        let breaking = SchemaChange {
            schema: "x.schema.json".into(),
            at: String::new(),
            kind: ChangeKind::PropertyRemoved("b".into()),
        };
        let compatible = SchemaChange {
            schema: "x.schema.json".into(),
            at: String::new(),
            kind: ChangeKind::SchemaAdded,
        };
        let changelog = "# Changelog\n\n## 2.0.0 — 2025-01-01\n\n## [1.1.0]\n";
        let one = v("1.0.0");
        assert!(verdict(one, one, std::slice::from_ref(&compatible), "").is_empty());
        assert_eq!(
            verdict(one, one, std::slice::from_ref(&breaking), changelog).len(),
            1
        );
        assert_eq!(
            verdict(one, v("1.1.0"), std::slice::from_ref(&breaking), changelog).len(),
            1
        );
        assert!(verdict(one, v("2.0.0"), std::slice::from_ref(&breaking), changelog).is_empty());
        assert_eq!(verdict(one, v("2.0.0"), &[breaking], "## 1.1.0").len(), 1);
        assert!(verdict(one, v("1.1.0"), &[compatible], changelog).is_empty());
        assert_eq!(verdict(v("2.0.0"), one, &[], changelog).len(), 2);
        assert!(!changelog_mentions("2.0.0 in prose", v("2.0.0")));
        assert!(!changelog_mentions("## 12.0.0", v("2.0.0")));
        assert!(changelog_mentions("## v2.0.0", v("2.0.0")));
    }

    #[test]
    fn an_id_may_change_only_with_the_major_version() {
        let id = |major| json!({"$id": schema_id_in("people", major), "type": "object"});
        let released = Release {
            version: v("1.0.0"),
            schemas: [("people.schema.json".to_owned(), id(1))].into(),
        };
        let current: SchemaSet = [("people.schema.json".to_owned(), id(2))].into();
        assert!(compare(&released, &current, 2).is_empty());
        let moved: SchemaSet = [(
            "people.schema.json".to_owned(),
            json!({"$id": "urn:elsewhere", "type": "object"}),
        )]
        .into();
        assert!(matches!(
            compare(&released, &moved, 1)[0].kind,
            ChangeKind::IdChanged { .. }
        ));
    }
}
