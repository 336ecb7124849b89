//! A finding's message as typed arguments and the template that renders them.
//!
//! A rule does not write its message as a string: it names a template, in `format!` syntax
//! (`"Annex C entry `{later}` is redundant: `{earlier}` already covers it"`), and the typed
//! values it fills in ([`Arg`]: a text, a whole number, a date, a list). The message is
//! rendered from them only when a report is made, and the report carries the arguments beside
//! the rendered text (`arguments` in `schemas/report.schema.json`), so a program reads the
//! Recommendation number or the count a finding is about without parsing English.
//!
//! [`message!`](crate::message!) builds one and checks, when the crate compiles, that the
//! template's placeholders and the arguments given are the same names.

use std::fmt::{self, Write as _};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::diagnostic::{bounded, MAX_MESSAGE_CHARS};

/// One typed value a message quotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Arg {
    /// A text: a designation, a name or words quoted from the data. In a report it is cut to
    /// the length of a message, as the message is.
    Text(String),
    /// A whole number: a count, a year, a position in a printed table.
    Integer(i64),
    /// A calendar date, written `YYYY-MM-DD`.
    #[schemars(with = "String")]
    Date(NaiveDate),
    /// Several values, written one after another with `, ` between them.
    List(Vec<Arg>),
}

impl Arg {
    /// The argument as the report carries it: a text cut to a message's length.
    fn bounded(&self) -> Self {
        match self {
            Self::Text(text) if text.chars().count() > MAX_MESSAGE_CHARS => {
                Self::Text(bounded(text.clone()))
            }
            Self::List(items) => Self::List(items.iter().map(Self::bounded).collect()),
            other => other.clone(),
        }
    }
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Text(text) => f.write_str(text),
            Self::Integer(number) => write!(f, "{number}"),
            Self::Date(date) => write!(f, "{date}"),
            Self::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                Ok(())
            }
        }
    }
}

/// What can be a message's argument. Implemented for texts, whole numbers, dates, lists of
/// these, and the model's designations, which are quoted as they are written.
pub trait ToArg {
    fn to_arg(&self) -> Arg;
}

impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> Arg {
        (**self).to_arg()
    }
}

impl ToArg for Arg {
    fn to_arg(&self) -> Arg {
        self.clone()
    }
}

impl ToArg for str {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.to_owned())
    }
}

impl ToArg for String {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.clone())
    }
}

impl ToArg for std::borrow::Cow<'_, str> {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.to_string())
    }
}

impl ToArg for char {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.to_string())
    }
}

impl ToArg for NaiveDate {
    fn to_arg(&self) -> Arg {
        Arg::Date(*self)
    }
}

macro_rules! integer_args {
    ($($integer:ty),*) => {$(
        impl ToArg for $integer {
            fn to_arg(&self) -> Arg {
                Arg::Integer(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
integer_args!(u8, u16, u32, u64, usize, i32, i64);

impl<T: ToArg> ToArg for [T] {
    fn to_arg(&self) -> Arg {
        Arg::List(self.iter().map(ToArg::to_arg).collect())
    }
}

impl<T: ToArg> ToArg for Vec<T> {
    fn to_arg(&self) -> Arg {
        self.as_slice().to_arg()
    }
}

impl<T: ToArg> ToArg for std::collections::BTreeSet<T> {
    fn to_arg(&self) -> Arg {
        Arg::List(self.iter().map(ToArg::to_arg).collect())
    }
}

/// Types quoted by their `Display` form: the model's designations and entries.
macro_rules! display_args {
    ($($ty:ty),* $(,)?) => {$(
        impl ToArg for $ty {
            fn to_arg(&self) -> Arg {
                Arg::Text(self.to_string())
            }
        }
    )*};
}
display_args!(
    wtsa_model::AnnexCEntry,
    wtsa_model::RecommendationNumber,
    wtsa_model::RecommendationDesignation,
    wtsa_model::QuestionId,
    wtsa_model::OutputDesignation,
    wtsa_model::StudyPeriod,
    wtsa_model::SourceRef,
);
// Quoted by the rule families' messages.
display_args!(
    wtsa_model::CatalogueNumber,
    wtsa_model::DateRange,
    wtsa_model::DocumentKind,
    wtsa_model::DocumentNumber,
    wtsa_model::GroupAcronym,
    wtsa_model::LeadRole,
    wtsa_model::PersonId,
    wtsa_model::PublicationId,
    wtsa_model::ReportRange,
    wtsa_model::ResponsibleGroup,
    wtsa_model::StudyGroupId,
    wtsa_model::SupplementNumber,
    wtsa_model::TechnicalPublicationId,
    wtsa_model::WorkingPartyId,
    wtsa_model::WtsaEdition,
    wtsa_model::YearMonth,
    wtsa_model::text::artefact::ArtefactKind,
);

/// A message: a template and the arguments it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    template: &'static str,
    args: Vec<(&'static str, Arg)>,
    /// False for a text made elsewhere.
    typed: bool,
}

impl Message {
    /// Use [`message!`](crate::message!), which checks the names when the crate compiles.
    #[doc(hidden)]
    pub fn from_parts(template: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Self {
            template,
            args,
            typed: true,
        }
    }

    /// The argument named `name`.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// The message in words, cut to [`MAX_MESSAGE_CHARS`] characters.
    pub fn render(&self) -> String {
        bounded(self.to_string())
    }

    /// The arguments as a report carries them: texts cut to a message's length. A message
    /// made elsewhere ([`Message::text`]) has none: its words were never typed values.
    pub fn arguments(&self) -> Arguments {
        if !self.typed {
            return Arguments::default();
        }
        Arguments(
            self.args
                .iter()
                .map(|(name, arg)| ((*name).to_owned(), arg.bounded()))
                .collect(),
        )
    }
}

/// The template with each placeholder replaced by its argument; `{{` and `}}` are braces.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.template;
        while let Some(at) = rest.find(['{', '}']) {
            let (text, tail) = rest.split_at(at);
            f.write_str(text)?;
            if let Some(after) = tail.strip_prefix("{{") {
                f.write_char('{')?;
                rest = after;
            } else if let Some(after) = tail.strip_prefix("}}") {
                f.write_char('}')?;
                rest = after;
            } else if let (Some(inner), Some(close)) = (tail.strip_prefix('{'), tail.find('}')) {
                let name = inner.get(..close - 1).unwrap_or_default();
                match self.arg(name) {
                    Some(arg) => write!(f, "{arg}")?,
                    None => f.write_str(tail.get(..=close).unwrap_or_default())?,
                }
                rest = tail.get(close + 1..).unwrap_or_default();
            } else {
                f.write_str(tail.get(..1).unwrap_or_default())?;
                rest = tail.get(1..).unwrap_or_default();
            }
        }
        f.write_str(rest)
    }
}

impl Message {
    /// A message that is a text made elsewhere (another library's error, a person's words in
    /// the data): its one argument, `text`.
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            template: "{text}",
            args: vec![("text", Arg::Text(text.into()))],
            typed: false,
        }
    }
}

/// A fixed message, with no argument. A text with braces is quoted whole rather than read as
/// a template.
impl From<&'static str> for Message {
    fn from(fixed: &'static str) -> Self {
        if fixed.contains(['{', '}']) {
            Self::text(fixed)
        } else {
            Self::from_parts(fixed, Vec::new())
        }
    }
}

/// The arguments of a finding's message, by name, in the order the rule gave them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Arguments(pub Vec<(String, Arg)>);

impl Arguments {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }
}

impl Serialize for Arguments {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, arg) in &self.0 {
            map.serialize_entry(name, arg)?;
        }
        map.end()
    }
}

impl JsonSchema for Arguments {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Arguments".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let arg = generator.subschema_for::<Arg>();
        schemars::json_schema!({
            "description": "The typed values the message quotes, by the name its template gives them.",
            "type": "object",
            "additionalProperties": arg,
        })
    }
}

/// The most arguments one message takes: a message that quotes more should be split.
pub const MAX_ARGUMENTS: usize = 16;

/// Whether the placeholders of `template` are exactly `names` (each used at least once, none
/// unknown): evaluated when the crate compiles, by [`message!`](crate::message!).
pub const fn placeholders_are(template: &str, names: &[&str]) -> bool {
    let bytes = template.as_bytes();
    let mut used = [false; MAX_ARGUMENTS];
    if names.len() > MAX_ARGUMENTS {
        return false;
    }
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'{' {
            if i + 1 < bytes.len() && bytes[i + 1] == b'{' {
                i += 2;
                continue;
            }
            let start = i + 1;
            let mut end = start;
            while end < bytes.len() && bytes[end] != b'}' {
                end += 1;
            }
            if end == bytes.len() {
                return false;
            }
            let mut found = false;
            let mut n = 0;
            while n < names.len() {
                if same(bytes, start, end, names[n].as_bytes()) {
                    used[n] = true;
                    found = true;
                }
                n += 1;
            }
            if !found {
                return false;
            }
            i = end + 1;
        } else if bytes[i] == b'}' {
            if i + 1 < bytes.len() && bytes[i + 1] == b'}' {
                i += 2;
                continue;
            }
            return false;
        } else {
            i += 1;
        }
    }
    let mut n = 0;
    while n < names.len() {
        if !used[n] {
            return false;
        }
        n += 1;
    }
    true
}

const fn same(bytes: &[u8], start: usize, end: usize, name: &[u8]) -> bool {
    if end - start != name.len() {
        return false;
    }
    let mut k = 0;
    while k < name.len() {
        if bytes[start + k] != name[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// A [`Message`]: a template in `format!` syntax with named placeholders, and a value for
/// each, given as `name = expression` or, for a variable of that name, `name`. A placeholder
/// without a value, or a value no placeholder names, fails the build.
///
/// ```
/// # use wtsa_rules::message;
/// let count = 3;
/// let later = "Y.4100 – Y.4120";
/// let m = message!("`{later}` is listed {count} times", later, count = count);
/// assert_eq!(m.to_string(), "`Y.4100 – Y.4120` is listed 3 times");
/// ```
#[macro_export]
macro_rules! message {
    ($template:literal $(,)?) => {{
        const _: () = assert!(
            $crate::message::placeholders_are($template, &[]),
            "a message template names an argument it is not given"
        );
        $crate::message::Message::from_parts($template, ::std::vec::Vec::new())
    }};
    ($template:literal, $($rest:tt)+) => {
        $crate::message!(@munch $template [] [] $($rest)+)
    };
    (@munch $template:literal [$($names:tt)*] [$($args:tt)*]) => {{
        const _: () = assert!(
            [$($names)*].len() <= $crate::message::MAX_ARGUMENTS,
            "a message takes at most MAX_ARGUMENTS (16) arguments"
        );
        const _: () = assert!(
            $crate::message::placeholders_are($template, &[$($names)*]),
            "a message template's placeholders differ from the arguments given"
        );
        $crate::message::Message::from_parts($template, ::std::vec![$($args)*])
    }};
    (@munch $template:literal [$($names:tt)*] [$($args:tt)*] $name:ident = $value:expr $(, $($rest:tt)*)?) => {
        $crate::message!(@munch $template
            [$($names)* stringify!($name),]
            [$($args)* (stringify!($name), $crate::message::ToArg::to_arg(&$value)),]
            $($($rest)*)?)
    };
    (@munch $template:literal [$($names:tt)*] [$($args:tt)*] $name:ident $(, $($rest:tt)*)?) => {
        $crate::message!(@munch $template
            [$($names)* stringify!($name),]
            [$($args)* (stringify!($name), $crate::message::ToArg::to_arg(&$name)),]
            $($($rest)*)?)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_renders_its_arguments_into_its_template() {
        let entry = "Y.4100 – Y.4120";
        let message = message!(
            "Annex C entry `{entry}` is listed {count} times since {date}",
            entry,
            count = 3usize,
            date = NaiveDate::from_ymd_opt(2022, 3, 1).unwrap_or_default(),
        );
        assert_eq!(
            message.to_string(),
            "Annex C entry `Y.4100 – Y.4120` is listed 3 times since 2022-03-01"
        );
        assert_eq!(message.arg("count"), Some(&Arg::Integer(3)));
    }

    #[test]
    fn braces_doubled_in_a_template_are_braces() {
        let rule = "RC004";
        let message = message!("write `{{rule: {rule}}}`", rule);
        assert_eq!(message.to_string(), "write `{rule: RC004}`");
    }

    #[test]
    fn a_list_is_written_with_commas() {
        let questions = vec!["Q1/20", "Q2/20"];
        assert_eq!(
            message!("in {questions}", questions).to_string(),
            "in Q1/20, Q2/20"
        );
    }

    #[test]
    fn a_fixed_text_with_braces_is_quoted_whole() {
        assert_eq!(
            Message::from("the {rule} key").to_string(),
            "the {rule} key"
        );
        assert_eq!(Message::from("the plenary").to_string(), "the plenary");
    }

    #[test]
    fn placeholders_are_compared_with_the_names_given() {
        assert!(placeholders_are("a {x} b {y} {x}", &["x", "y"]));
        assert!(!placeholders_are("a {x}", &["x", "y"]), "y is unused");
        assert!(!placeholders_are("a {x} {z}", &["x"]), "z is unknown");
        assert!(!placeholders_are("a {x", &["x"]), "unclosed");
        assert!(!placeholders_are("a } b", &[]), "a lone closing brace");
        assert!(placeholders_are("{{x}}", &[]), "escaped braces");
        let many: Vec<String> = (0..=MAX_ARGUMENTS).map(|i| format!("a{i}")).collect();
        let names: Vec<&str> = many.iter().map(String::as_str).collect();
        let template: String = many.iter().map(|n| format!("{{{n}}}")).collect();
        assert!(!placeholders_are(&template, &names), "too many arguments");
        assert!(placeholders_are(
            &template[..template.len() - 5],
            &names[..MAX_ARGUMENTS]
        ));
    }

    #[test]
    fn a_huge_text_argument_is_bounded_in_the_report_and_the_message() {
        let title = "x".repeat(50_000);
        let message = message!("title `{title}` differs", title);
        assert_eq!(message.render().chars().count(), MAX_MESSAGE_CHARS);
        let Some(Arg::Text(bounded)) = message.arguments().get("title").cloned() else {
            panic!("a text argument");
        };
        assert_eq!(bounded.chars().count(), MAX_MESSAGE_CHARS);
    }
}
