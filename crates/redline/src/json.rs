//! The redline as JSON: the [`Redline`] value serialised, described by `redline.schema.json`
//! (see [`crate::schemas`]).

use crate::model::Redline;

/// Pretty-printed JSON with a final newline.
pub fn render(redline: &Redline) -> String {
    // Serialising plain structs of strings, numbers and enums cannot fail.
    let mut text = serde_json::to_string_pretty(redline).unwrap_or_default();
    text.push('\n');
    text
}
