//! Escaping text from the data for each language wtsa writes, one module per language, so
//! that every renderer (the report's formats, the redline's) escapes a language the same way.
//!
//! Each escaper is total: whatever the text, the output is that text as data of the language,
//! never markup, a command or a delimiter. JSON and SARIF need none (serde writes them).

pub mod html;
pub mod markdown;
pub mod terminal;
pub mod workflow;

/// What takes the place of a character a language cannot carry (control characters):
/// U+FFFD, so that a reader sees that something was there.
const REPLACEMENT: char = '\u{fffd}';
