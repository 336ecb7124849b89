//! The document kinds and the `kind:` field that names each one.

use serde::{Deserialize, Serialize};

/// Declares, for each document kind, a marker type that (de)serialises as exactly the kind's
/// name and whose schema is that constant, so that each kind's schema requires its own name.
macro_rules! document_kinds {
    ($( $variant:ident => $marker:ident, $name:literal, $title:literal; )*) => {
        /// The kinds of document a wtsa dataset is made of; one kind per file.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
        #[serde(rename_all = "kebab-case")]
        pub enum DocumentKind {
            $( $variant, )*
        }

        impl DocumentKind {
            /// Every kind, in a stable order.
            pub const ALL: &'static [DocumentKind] = &[$( DocumentKind::$variant, )*];

            /// The kind's name as written in a `kind:` field and in schema file names.
            pub fn name(self) -> &'static str {
                match self { $( DocumentKind::$variant => $name, )* }
            }

            /// A short human title for the kind.
            pub fn title(self) -> &'static str {
                match self { $( DocumentKind::$variant => $title, )* }
            }
        }

        impl std::fmt::Display for DocumentKind {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }

        $(
            #[doc = concat!("The `kind: ", $name, "` marker.")]
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
            pub struct $marker;

            impl Serialize for $marker {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    serializer.serialize_str($name)
                }
            }

            impl<'de> Deserialize<'de> for $marker {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let text = String::deserialize(deserializer)?;
                    if text == $name {
                        Ok($marker)
                    } else {
                        Err(serde::de::Error::custom(format!(
                            "expected kind `{}`, found `{}`", $name, text
                        )))
                    }
                }
            }

            impl schemars::JsonSchema for $marker {
                fn schema_name() -> std::borrow::Cow<'static, str> {
                    stringify!($marker).into()
                }

                fn inline_schema() -> bool {
                    true
                }

                fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                    schemars::json_schema!({
                        "const": $name,
                        "description": concat!("The document kind: always `", $name, "`."),
                    })
                }
            }
        )*
    };
}

document_kinds! {
    StudyGroup => StudyGroupKind, "study-group", "Study group";
    Resolution2Entry => Resolution2EntryKind, "resolution2-entry", "Resolution 2 entry";
    People => PeopleKind, "people", "People";
    Organisation => OrganisationKind, "organisation", "Organisation";
    Meetings => MeetingsKind, "meetings", "Meetings";
    Outputs => OutputsKind, "outputs", "Outputs";
    ReportClaims => ReportClaimsKind, "report-claims", "Report claims";
    Activities => ActivitiesKind, "activities", "Activities";
    Catalogue => CatalogueKind, "catalogue", "ITU-T publication catalogue";
}

/// Just enough of any document to know its kind before reading the rest.
#[derive(Debug, Clone, Deserialize)]
pub struct KindProbe {
    pub kind: DocumentKind,
}
