//! `wtsa.toml`: rule selection, severity overrides, the study period to check and the failure
//! threshold, found in the data directory or given with `--config`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use thiserror::Error;
use wtsa_model::StudyPeriod;

use crate::engine::{FailOn, Selection, UnknownSelector};
use crate::rule::Severity;

/// The configuration file's name, looked for in the (first) data directory.
pub const CONFIG_FILE: &str = "wtsa.toml";

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RulesConfig {
    #[serde(default)]
    pub select: Vec<String>,
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Severity per rule code or family prefix.
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CheckConfig {
    /// `error`, `warning`, `info` or `never`.
    pub fail_on: Option<String>,
    /// Study periods to check (`2022-2024`); default: every period in the data.
    #[serde(default)]
    pub study_periods: Vec<String>,
}

/// The whole file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub rules: RulesConfig,
    #[serde(default)]
    pub check: CheckConfig,
}

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
}

/// 1-based line and column of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

impl Config {
    pub fn read(path: &Path) -> Result<Self, ConfigError> {
        let display = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: display.clone(),
            source,
        })?;
        Self::parse(&display, &text)
    }

    pub fn parse(path: &str, text: &str) -> Result<Self, ConfigError> {
        let config: Self = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((1, 1), |span| position(text, span.start));
            ConfigError::Parse {
                path: path.to_owned(),
                line,
                column,
                message: e.message().to_owned(),
            }
        })?;
        config.validate(path, text)?;
        Ok(config)
    }

    /// Where a value that parses as TOML but means nothing is: the first quoted occurrence of
    /// it outside comments, on a line naming `key` when one is given.
    fn locate(text: &str, key: Option<&str>, value: &str) -> (usize, usize) {
        let quoted = format!("\"{value}\"");
        for (index, line) in text.lines().enumerate() {
            let code = line.split('#').next().unwrap_or_default();
            if key.is_some_and(|key| !code.contains(key)) {
                continue;
            }
            if let Some(column) = code.find(&quoted) {
                return (index + 1, code[..column].chars().count() + 2);
            }
        }
        (1, 1)
    }

    fn validate(&self, path: &str, text: &str) -> Result<(), ConfigError> {
        let error = |key: Option<&str>, needle: &str, message: String| {
            let (line, column) = Self::locate(text, key, needle);
            ConfigError::Parse {
                path: path.to_owned(),
                line,
                column,
                message,
            }
        };
        for (code, severity) in &self.rules.severity {
            severity.parse::<Severity>().map_err(|message| {
                error(
                    Some(code),
                    severity,
                    format!("rules.severity.{code}: {message}"),
                )
            })?;
        }
        if let Some(fail_on) = &self.check.fail_on {
            if fail_on.parse::<FailOn>().is_err() {
                return Err(error(
                    Some("fail-on"),
                    fail_on,
                    format!("check.fail-on: `{fail_on}` is not one of error, warning, info, never"),
                ));
            }
        }
        for period in &self.check.study_periods {
            period
                .parse::<StudyPeriod>()
                .map_err(|e| error(None, period, format!("check.study-periods: {e}")))?;
        }
        let selection = self.selection();
        selection
            .validate()
            .map_err(|e| error(None, &e.0, e.to_string()))?;
        Ok(())
    }

    /// The configuration of a run: `explicit` (`--config`) when given, else `wtsa.toml` in
    /// the first data directory, else the defaults.
    pub fn discover(
        explicit: Option<&Path>,
        paths: &[std::path::PathBuf],
    ) -> Result<Self, ConfigError> {
        if let Some(path) = explicit {
            return Self::read(path);
        }
        let found = paths
            .first()
            .filter(|p| p.is_dir())
            .map(|dir| dir.join(CONFIG_FILE))
            .filter(|p| p.is_file());
        match found {
            Some(path) => Self::read(&path),
            None => Ok(Self::default()),
        }
    }

    /// The failure threshold the file sets, if any (validated when the file was read).
    pub fn fail_on(&self) -> Option<FailOn> {
        self.check.fail_on.as_deref().and_then(|f| f.parse().ok())
    }

    /// The rule selection of a run given `select` and `ignore` on the command line: `select`,
    /// when not empty, replaces the file's `select`; `ignore` adds to the file's. Every
    /// selector is checked against the catalogue. `wtsa check` and `wtsa site` both take
    /// their selection from here, so the same options select the same findings.
    pub fn selection_with(
        &self,
        select: Vec<String>,
        ignore: Vec<String>,
    ) -> Result<Selection, UnknownSelector> {
        let mut selection = self.selection();
        if !select.is_empty() {
            selection.select = select;
        }
        selection.ignore.extend(ignore);
        selection.validate()?;
        Ok(selection)
    }

    /// The rule selection the file asks for.
    pub fn selection(&self) -> Selection {
        Selection {
            select: self.rules.select.clone(),
            ignore: self.rules.ignore.clone(),
            severity: self
                .rules
                .severity
                .iter()
                .filter_map(|(code, s)| s.parse().ok().map(|s| (code.clone(), s)))
                .collect(),
            periods: self
                .check
                .study_periods
                .iter()
                .filter_map(|p| p.parse().ok())
                .collect(),
        }
    }
}
