//! What a YAML 1.1 reader makes of a file: PyYAML and js-yaml (through which ajv-cli and
//! check-jsonschema read YAML) resolve some plain scalars that YAML 1.2, and wtsa, read as
//! strings into other types: `2022-07-18` becomes a date, `yes`/`no`/`on`/`off` booleans,
//! `1:30` a sexagesimal number. Against the schemas, where each of these is a string, such a
//! reader then rejects a valid file. wtsa's files quote them (`"2022-07-18"`):
//! [`to_yaml`] is the one YAML writer of wtsa (the importer's, the corpus generator's), and
//! [`yaml11_surprises`] finds the scalars a file fails to quote.

use serde::Serialize;
use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};
use thiserror::Error;

use crate::Position;

/// Why a value could not be written as YAML every reader reads alike.
#[derive(Debug, Error)]
pub enum YamlWriteError {
    #[error("cannot serialise as YAML: {0}")]
    Serialise(String),
    #[error("line {line}, column {column}: `{text}` would be written unquoted, and a YAML 1.1 reader reads it as a {reads_as}")]
    Yaml11 {
        line: u32,
        column: u32,
        text: String,
        reads_as: &'static str,
    },
}

/// A value as the YAML wtsa writes: long strings on one line (as in the curated files, so a
/// diff shows a changed title as one line), and every string a YAML 1.1 reader would take for
/// a date, a boolean or a number quoted. The serialiser's YAML 1.1 quoting does the latter;
/// the text is checked again here so that no later change of the serialiser's defaults can
/// bring unquoted dates back.
pub fn to_yaml<T: Serialize>(value: &T) -> Result<String, YamlWriteError> {
    let mut options = serde_saphyr::SerializerOptions::default();
    options.prefer_block_scalars = false;
    // YAML 1.1 quoting: `yes`, `2022-07-18`, `1:30` are written quoted.
    options.yaml_12 = false;
    let text = serde_saphyr::to_string_with_options(value, options)
        .map_err(|e| YamlWriteError::Serialise(e.to_string()))?;
    if let Some(surprise) = yaml11_surprises(&text).into_iter().next() {
        return Err(YamlWriteError::Yaml11 {
            line: surprise.position.line,
            column: surprise.position.column,
            text: surprise.text,
            reads_as: surprise.reads_as,
        });
    }
    Ok(text)
}

/// A plain scalar that a YAML 1.1 reader reads as something other than a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Yaml11Surprise {
    pub position: Position,
    pub text: String,
    /// What YAML 1.1 makes of it: `timestamp`, `bool` or `sexagesimal number`.
    pub reads_as: &'static str,
}

fn digits(text: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// YAML 1.1's timestamp: `YYYY-MM-DD`, or `YYYY-M-D` followed by a time.
fn is_timestamp(text: &str) -> bool {
    let (date, time) = match text.find(['T', 't', ' ', '\t']) {
        Some(at) => (&text[..at], Some(&text[at..])),
        None => (text, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let date_only = digits(year, 4, 4) && digits(month, 2, 2) && digits(day, 2, 2);
    let date_with_time = digits(year, 4, 4) && digits(month, 1, 2) && digits(day, 1, 2);
    match time {
        None => date_only,
        Some(time) => {
            date_with_time
                && {
                    let time = time.trim_start_matches(['T', 't', ' ', '\t']);
                    let hms = time
                        .split(['Z', '+', '-', ' ', '.'])
                        .next()
                        .unwrap_or_default();
                    let parts: Vec<&str> = hms.split(':').collect();
                    matches!(parts.as_slice(), [h, m, s] if digits(h, 1, 2) && digits(m, 2, 2) && digits(s, 2, 2))
                }
        }
    }
}

/// YAML 1.1's booleans beyond `true` and `false`.
fn is_bool(text: &str) -> bool {
    matches!(
        text,
        "yes"
            | "Yes"
            | "YES"
            | "no"
            | "No"
            | "NO"
            | "on"
            | "On"
            | "ON"
            | "off"
            | "Off"
            | "OFF"
            | "y"
            | "Y"
            | "n"
            | "N"
    )
}

/// YAML 1.1's base-60 numbers: `1:30`, `-190:20:30.15`.
fn is_sexagesimal(text: &str) -> bool {
    let text = text.trim_start_matches(['-', '+']);
    let mut parts = text.split(':');
    let Some(first) = parts.next() else {
        return false;
    };
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && first.starts_with(|c: char| c.is_ascii_digit() && c != '0')
        && first.bytes().all(|b| b.is_ascii_digit() || b == b'_')
        && rest.iter().enumerate().all(|(i, part)| {
            let part = if i + 1 == rest.len() {
                part.split('.').next().unwrap_or_default()
            } else {
                part
            };
            digits(part, 1, 2) && part.as_bytes()[0] <= b'5'
        })
}

/// Every plain scalar of `text` that a YAML 1.1 reader reads as something other than a string.
pub fn yaml11_surprises(text: &str) -> Vec<Yaml11Surprise> {
    let mut found = Vec::new();
    for item in Parser::new_from_str(text) {
        let Ok((event, span)) = item else {
            break;
        };
        let Event::Scalar(value, ScalarStyle::Plain, _, None) = event else {
            continue;
        };
        let reads_as = if is_timestamp(&value) {
            "timestamp"
        } else if is_bool(&value) {
            "bool"
        } else if is_sexagesimal(&value) {
            "sexagesimal number"
        } else {
            continue;
        };
        found.push(Yaml11Surprise {
            position: Position {
                line: u32::try_from(span.start.line()).unwrap_or(u32::MAX),
                column: u32::try_from(span.start.col() + 1).unwrap_or(u32::MAX),
            },
            text: value.into_owned(),
            reads_as,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_booleans_and_base_60_numbers_are_found_and_quoted_values_are_not() {
        let text = "a: 2022-07-18\nb: \"2022-07-18\"\nc: {start: 2022-7-1 10:00:00}\nd: yes\ne: 1:30\nf: 2022-2024\ng: 2017-03\nh: Y.4052\n";
        let found: Vec<(u32, &str)> = yaml11_surprises(text)
            .iter()
            .map(|s| (s.position.line, s.reads_as))
            .collect();
        assert_eq!(
            found,
            [
                (1, "timestamp"),
                (3, "timestamp"),
                (4, "bool"),
                (5, "sexagesimal number")
            ]
        );
    }

    #[test]
    fn the_writer_quotes_what_yaml_1_1_would_read_as_something_else() {
        #[derive(Serialize)]
        struct Record {
            start: &'static str,
            answer: &'static str,
            duration: &'static str,
            period: &'static str,
        }
        let text = to_yaml(&Record {
            start: "2022-07-18",
            answer: "yes",
            duration: "1:30",
            period: "2022-2024",
        })
        .unwrap();
        assert_eq!(
            text,
            "start: \"2022-07-18\"\nanswer: \"yes\"\nduration: \"1:30\"\nperiod: 2022-2024\n"
        );
        assert!(yaml11_surprises(&text).is_empty());
    }
}
