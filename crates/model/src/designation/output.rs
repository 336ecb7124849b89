use std::fmt;
use std::str::FromStr;

use super::error::DesignationError;
use super::recommendation::RecommendationDesignation;
use super::supplement::SupplementNumber;
use super::technical::TechnicalPublicationId;

/// Any output a Question can list in the report's §3.2: a Recommendation, a Supplement, or a
/// Technical Paper or Report.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OutputDesignation {
    Recommendation(RecommendationDesignation),
    Supplement(SupplementNumber),
    Technical(TechnicalPublicationId),
}

impl FromStr for OutputDesignation {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if input.contains("Suppl") {
            return Ok(Self::Supplement(input.parse()?));
        }
        let bare = super::prefix::strip_itu_t_prefix(input.trim());
        if bare.get(1..3) == Some("ST") {
            return Ok(Self::Technical(input.parse()?));
        }
        Ok(Self::Recommendation(input.parse()?))
    }
}

impl fmt::Display for OutputDesignation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Recommendation(designation) => write!(f, "{designation}"),
            Self::Supplement(number) => write!(f, "{number}"),
            Self::Technical(id) => write!(f, "{id}"),
        }
    }
}

impl serde::Serialize for OutputDesignation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for OutputDesignation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for OutputDesignation {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "OutputDesignation".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A Recommendation, Supplement, Technical Paper or Technical Report designation.",
            "anyOf": [
                generator.subschema_for::<RecommendationDesignation>(),
                generator.subschema_for::<SupplementNumber>(),
                generator.subschema_for::<TechnicalPublicationId>(),
            ]
        })
    }
}
