//! One place that gives every designation type the same string-shaped serde and schema.

/// Implements `Serialize` (as `Display`), `Deserialize` (through `FromStr`) and `JsonSchema`
/// (a string with a pattern) for a designation type, so that a designation in a data file is
/// parsed once, on load, and is valid from then on.
macro_rules! string_designation {
    ($ty:ty, $name:expr, $pattern:expr, $description:literal) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "pattern": $pattern,
                    "description": $description,
                })
            }
        }
    };
}

pub(crate) use string_designation;
