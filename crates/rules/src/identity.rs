//! A finding's identity: which rule, about which record, of which document — never its
//! wording, its line, or the position of the record in its list.
//!
//! A rule points a finding at a value by a JSON pointer such as `/approved/3/number`. The
//! index `3` is where the record happens to sit: inserting a row above it would move it. The
//! subject replaces every index by the record's key, read from the record itself
//! (`/approved/[ITU-T Y.4505]/number`), so a baseline recorded today still matches after rows
//! are added, removed or reordered, after a message is reworded, and after an unrelated edit of
//! a text the message quotes.

use serde::Serialize;
use serde_json::Value;
use wtsa_dataset::Dataset;

/// Fields that name a record alone: a record with one of them is known by the first it has.
const IDENTIFIERS: &[&str] = &[
    "id",
    "number",
    "designation",
    "acronym",
    "document",
    "about",
    "attached_to",
    "rule",
];

/// Fields that name a record together, for records without an identifier: the first two it
/// has (`group` and `dates` for a meeting of a group that meets often; `person` and `role`
/// for an officer). Titles, names, texts and notes are left out on purpose: editing a quoted
/// text must not make a finding new.
const COMPOSITE_KEY: &[&str] = &[
    "question", "person", "role", "group", "dates", "date", "category",
];

/// A list element that is a plain string (an Annex C entry, a Question in a list) is its own
/// key when it is short; a longer text (a point of guidance) is identified by its position.
const MAX_SCALAR_KEY_CHARS: usize = 80;

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        // A date range `{start, end}` reads as `start..end`.
        Value::Object(map) => {
            let start = map.get("start").and_then(Value::as_str)?;
            Some(match map.get("end").and_then(Value::as_str) {
                Some(end) => format!("{start}..{end}"),
                None => start.to_owned(),
            })
        }
        _ => None,
    }
}

/// The key of a list element, if it has one (`number=Y.4052`, `person=…,role=chair`).
pub fn element_key(element: &Value) -> Option<String> {
    match element {
        Value::Object(map) => {
            let field = |field: &&str| {
                map.get(*field)
                    .and_then(scalar)
                    .map(|value| format!("{field}={value}"))
            };
            if let Some(identifier) = IDENTIFIERS.iter().find_map(field) {
                return Some(identifier);
            }
            let parts: Vec<String> = COMPOSITE_KEY.iter().filter_map(field).take(2).collect();
            (!parts.is_empty()).then(|| parts.join(","))
        }
        Value::String(s) if s.chars().count() <= MAX_SCALAR_KEY_CHARS => Some(s.clone()),
        Value::Number(_) | Value::Bool(_) => scalar(element),
        _ => None,
    }
}

/// The pointer with each list index replaced by the element's key (`[key]`); an element
/// without a key keeps its index. Unknown segments are kept as written.
pub fn subject_of(document: Option<&Value>, pointer: &str) -> String {
    let mut subject = String::with_capacity(pointer.len() + 16);
    let mut current = document;
    for segment in pointer.split('/').skip(1) {
        subject.push('/');
        let next = match current {
            Some(Value::Array(items)) => {
                let element = segment.parse::<usize>().ok().and_then(|i| items.get(i));
                match element.and_then(element_key) {
                    Some(key) => {
                        subject.push('[');
                        subject.push_str(&key);
                        subject.push(']');
                    }
                    None => subject.push_str(segment),
                }
                element
            }
            Some(Value::Object(map)) => {
                subject.push_str(segment);
                let key = segment.replace("~1", "/").replace("~0", "~");
                map.get(&key)
            }
            _ => {
                subject.push_str(segment);
                None
            }
        };
        current = next;
    }
    subject
}

/// The subject of the value at `pointer` in document `document` of `dataset`, read from the
/// typed document.
///
/// A document is not converted to JSON as a whole: [`subject_in`] serialises only the path
/// the pointer names, and of a list only the element on it, so the cost of a finding's
/// subject is the size of its record, not of its document.
pub fn subject(dataset: &Dataset, document: usize, pointer: &str) -> String {
    use wtsa_model::Document;
    let Some(document) = dataset.documents.get(document) else {
        return subject_of(None, pointer);
    };
    match &document.document {
        Document::Catalogue(d) => subject_in(d.catalogue(), pointer),
        Document::StudyGroup(d) => subject_in(d, pointer),
        Document::Resolution2Entry(d) => subject_in(d, pointer),
        Document::People(d) => subject_in(d, pointer),
        Document::Organisation(d) => subject_in(d, pointer),
        Document::Meetings(d) => subject_in(d, pointer),
        Document::Outputs(d) => subject_in(d, pointer),
        Document::ReportClaims(d) => subject_in(d, pointer),
        Document::Activities(d) => subject_in(d, pointer),
    }
}

/// [`subject_of`] the value's JSON form, without converting more of it than the path: the
/// same text, whatever the size of the value.
pub fn subject_in<T: Serialize + ?Sized>(value: &T, pointer: &str) -> String {
    let segments: Vec<&str> = pointer.split('/').skip(1).collect();
    let mut subject = String::with_capacity(pointer.len() + 16);
    let navigator = Navigator {
        rest: &segments,
        subject: &mut subject,
    };
    match value.serialize(navigator) {
        // Done: the path was followed to its end, and the rest of the value was not visited.
        Ok(()) | Err(NavigateError::Done) => subject,
        // A value that cannot be serialised has no keys to read: the pointer as written.
        Err(NavigateError::Failed(_)) => subject_of(None, pointer),
    }
}

fn unescape(segment: &str) -> std::borrow::Cow<'_, str> {
    if segment.contains('~') {
        std::borrow::Cow::Owned(segment.replace("~1", "/").replace("~0", "~"))
    } else {
        std::borrow::Cow::Borrowed(segment)
    }
}

/// Segments past the end of the value, kept as written (as [`subject_of`] does).
fn push_rest(subject: &mut String, rest: &[&str]) {
    for segment in rest {
        subject.push('/');
        subject.push_str(segment);
    }
}

/// The rest of the path, in a value converted to JSON (a list element, or a shape the
/// navigator does not walk).
fn push_in_json(subject: &mut String, value: &Value, rest: &[&str]) {
    if rest.is_empty() {
        return;
    }
    let mut pointer = String::new();
    push_rest(&mut pointer, rest);
    subject.push_str(&subject_of(Some(value), &pointer));
}

#[derive(Debug)]
enum NavigateError {
    /// The value could not be serialised.
    Failed(String),
    /// Not a failure: the subject is complete. Returned once the path has been followed to
    /// its end, so that serde stops showing the rest of the document (the later elements of
    /// a list of thousands, the later fields), which made a subject's cost grow with the size
    /// of its list.
    Done,
}

impl std::fmt::Display for NavigateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Failed(message) => f.write_str(message),
            Self::Done => f.write_str("the path was followed to its end"),
        }
    }
}

impl std::error::Error for NavigateError {}

impl From<serde_json::Error> for NavigateError {
    fn from(error: serde_json::Error) -> Self {
        Self::Failed(error.to_string())
    }
}

impl serde::ser::Error for NavigateError {
    fn custom<T: std::fmt::Display>(message: T) -> Self {
        Self::Failed(message.to_string())
    }
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<Value, NavigateError> {
    Ok(serde_json::to_value(value)?)
}

/// A serializer that follows a pointer: it descends into the one field, entry or element
/// the next segment names and ignores every other value it is shown.
struct Navigator<'p> {
    rest: &'p [&'p str],
    subject: &'p mut String,
}

impl<'p> Navigator<'p> {
    fn scalar(self) -> Result<(), NavigateError> {
        push_rest(self.subject, self.rest);
        Ok(())
    }

    fn list(self) -> List<'p> {
        List {
            wanted: self.rest.first().and_then(|s| s.parse::<usize>().ok()),
            index: 0,
            found: false,
            rest: self.rest,
            subject: self.subject,
        }
    }

    fn fields(self) -> Fields<'p> {
        Fields {
            wanted: self.rest.first().map(|s| unescape(s)),
            matched: false,
            found: false,
            rest: self.rest,
            subject: self.subject,
        }
    }
}

/// A list: the element the next segment indexes is converted to JSON for its key.
struct List<'p> {
    wanted: Option<usize>,
    index: usize,
    found: bool,
    rest: &'p [&'p str],
    subject: &'p mut String,
}

impl List<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NavigateError> {
        if Some(self.index) == self.wanted && !self.found {
            self.found = true;
            self.subject.push('/');
            // A record (a struct): its key fields and the path on, without converting the
            // rest of it (a Question's summary with its hundreds of outputs).
            if let Ok((key, rest)) = value.serialize(RecordProbe {
                rest: &self.rest[1..],
            }) {
                match key {
                    Some(key) => {
                        self.subject.push('[');
                        self.subject.push_str(&key);
                        self.subject.push(']');
                    }
                    None => self.subject.push_str(self.rest[0]),
                }
                self.subject.push_str(&rest);
                return Err(NavigateError::Done);
            }
            let element = to_json(value)?;
            match element_key(&element) {
                Some(key) => {
                    self.subject.push('[');
                    self.subject.push_str(&key);
                    self.subject.push(']');
                }
                None => self.subject.push_str(self.rest[0]),
            }
            push_in_json(self.subject, &element, &self.rest[1..]);
            return Err(NavigateError::Done);
        }
        self.index += 1;
        Ok(())
    }

    fn finish(self) -> Result<(), NavigateError> {
        if !self.found {
            push_rest(self.subject, self.rest);
        }
        Ok(())
    }
}

/// An object: the field the next segment names is followed.
struct Fields<'p> {
    wanted: Option<std::borrow::Cow<'p, str>>,
    matched: bool,
    found: bool,
    rest: &'p [&'p str],
    subject: &'p mut String,
}

impl Fields<'_> {
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), NavigateError> {
        if !self.found && self.wanted.as_deref() == Some(key) {
            self.found = true;
            self.subject.push('/');
            self.subject.push_str(self.rest[0]);
            value.serialize(Navigator {
                rest: &self.rest[1..],
                subject: self.subject,
            })?;
            return Err(NavigateError::Done);
        }
        Ok(())
    }

    fn finish(self) -> Result<(), NavigateError> {
        if !self.found {
            push_rest(self.subject, self.rest);
        }
        Ok(())
    }
}

/// A list element on the path, when it is a record (a struct): what [`element_key`] reads of
/// its JSON form (the [`IDENTIFIERS`] and [`COMPOSITE_KEY`] fields, converted one by one) and
/// the subject of the path on from it, followed by the [`Navigator`]. Any other shape is
/// refused, and the element is converted to JSON whole instead.
///
/// It gives what the whole conversion gives for every value JSON can hold. A record with a
/// field JSON cannot (a map keyed by a tuple, bytes) would differ: the whole conversion fails
/// and leaves the pointer as written, where this still reads the key. No model type has such
/// a field; the test that follows every pointer of SG20's documents would show one.
struct RecordProbe<'p> {
    rest: &'p [&'p str],
}

/// The fields of a record on the path, as [`RecordProbe`] reads them.
struct RecordFields<'p> {
    keys: serde_json::Map<String, Value>,
    wanted: Option<std::borrow::Cow<'p, str>>,
    found: bool,
    rest: &'p [&'p str],
    subject: String,
}

/// The key of a record, if it has one, and the subject of the path on from it.
type Probed = (Option<String>, String);

/// Not a record: [`RecordProbe`] leaves the element to the JSON conversion.
fn not_a_record<T>() -> Result<T, NavigateError> {
    Err(NavigateError::Failed("not a record".to_owned()))
}

/// Calls `$apply!` with the methods of `serde::Serializer` that take one value and nothing
/// to descend into (and their argument types): the navigator and the record probe each
/// implement them alike.
macro_rules! with_scalar_methods {
    ($apply:ident) => {
        $apply!(
            serialize_bool(bool),
            serialize_i8(i8),
            serialize_i16(i16),
            serialize_i32(i32),
            serialize_i64(i64),
            serialize_u8(u8),
            serialize_u16(u16),
            serialize_u32(u32),
            serialize_u64(u64),
            serialize_f32(f32),
            serialize_f64(f64),
            serialize_char(char),
            serialize_str(&str),
            serialize_bytes(&[u8]),
            serialize_unit_struct(&'static str)
        );
    };
}

macro_rules! not_records {
    ($($method:ident($($ty:ty),*)),*) => {
        $(fn $method(self, $(_: $ty),*) -> Result<Probed, NavigateError> { not_a_record() })*
    };
}

impl<'p> serde::Serializer for RecordProbe<'p> {
    type Ok = Probed;
    type Error = NavigateError;
    type SerializeSeq = serde::ser::Impossible<Probed, NavigateError>;
    type SerializeTuple = serde::ser::Impossible<Probed, NavigateError>;
    type SerializeTupleStruct = serde::ser::Impossible<Probed, NavigateError>;
    type SerializeTupleVariant = serde::ser::Impossible<Probed, NavigateError>;
    type SerializeMap = serde::ser::Impossible<Probed, NavigateError>;
    type SerializeStruct = RecordFields<'p>;
    type SerializeStructVariant = serde::ser::Impossible<Probed, NavigateError>;

    with_scalar_methods!(not_records);
    not_records!(
        serialize_none(),
        serialize_unit(),
        serialize_unit_variant(&'static str, u32, &'static str)
    );

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Probed, NavigateError> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Probed, NavigateError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Probed, NavigateError> {
        not_a_record()
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NavigateError> {
        not_a_record()
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NavigateError> {
        not_a_record()
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, NavigateError> {
        not_a_record()
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NavigateError> {
        not_a_record()
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NavigateError> {
        not_a_record()
    }

    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<RecordFields<'p>, NavigateError> {
        Ok(RecordFields {
            keys: serde_json::Map::new(),
            wanted: self.rest.first().map(|s| unescape(s)),
            found: false,
            rest: self.rest,
            subject: String::new(),
        })
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NavigateError> {
        not_a_record()
    }
}

impl serde::ser::SerializeStruct for RecordFields<'_> {
    type Ok = Probed;
    type Error = NavigateError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NavigateError> {
        if IDENTIFIERS.contains(&key) || COMPOSITE_KEY.contains(&key) {
            self.keys.insert(key.to_owned(), to_json(value)?);
        }
        if !self.found && self.wanted.as_deref() == Some(key) {
            self.found = true;
            self.subject.push('/');
            self.subject.push_str(self.rest[0]);
            match value.serialize(Navigator {
                rest: &self.rest[1..],
                subject: &mut self.subject,
            }) {
                Ok(()) | Err(NavigateError::Done) => {}
                Err(error) => return Err(error),
            }
        }
        Ok(())
    }
    fn end(mut self) -> Result<Probed, NavigateError> {
        if !self.found {
            push_rest(&mut self.subject, self.rest);
        }
        Ok((element_key(&Value::Object(self.keys)), self.subject))
    }
}

/// A value of a shape the navigator does not walk (an enum variant with data), collected as
/// JSON and followed there.
struct Collected<'p, C> {
    inner: C,
    rest: &'p [&'p str],
    subject: &'p mut String,
}

impl<C> Collected<'_, C> {
    fn finish(self, value: Result<Value, serde_json::Error>) -> Result<(), NavigateError> {
        let value = value?;
        push_in_json(self.subject, &value, self.rest);
        Ok(())
    }
}

type JsonTupleVariant = <serde_json::value::Serializer as serde::Serializer>::SerializeTupleVariant;
type JsonStructVariant =
    <serde_json::value::Serializer as serde::Serializer>::SerializeStructVariant;

macro_rules! scalars {
    ($($method:ident($($ty:ty),*)),*) => {
        $(fn $method(self, $(_: $ty),*) -> Result<(), NavigateError> { self.scalar() })*
    };
}

impl<'p> serde::Serializer for Navigator<'p> {
    type Ok = ();
    type Error = NavigateError;
    type SerializeSeq = List<'p>;
    type SerializeTuple = List<'p>;
    type SerializeTupleStruct = List<'p>;
    type SerializeTupleVariant = Collected<'p, JsonTupleVariant>;
    type SerializeMap = Fields<'p>;
    type SerializeStruct = Fields<'p>;
    type SerializeStructVariant = Collected<'p, JsonStructVariant>;

    with_scalar_methods!(scalars);

    fn serialize_none(self) -> Result<(), NavigateError> {
        self.scalar()
    }

    fn serialize_unit(self) -> Result<(), NavigateError> {
        self.scalar()
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), NavigateError> {
        self.scalar()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), NavigateError> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), NavigateError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), NavigateError> {
        // `{variant: value}` in JSON.
        let mut fields = self.fields();
        serde::ser::SerializeMap::serialize_entry(&mut fields, variant, value)?;
        fields.finish()
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<List<'p>, NavigateError> {
        Ok(self.list())
    }

    /// A list that hands over its elements as an iterator (a `Vec`, a slice, a set) is asked
    /// for the wanted element only: a slice's iterator steps to it at once, where being shown
    /// every element before it made a subject's cost grow with its index in a list of
    /// thousands. The same element as [`List::element`] meets one by one, in the same order.
    fn collect_seq<I>(self, elements: I) -> Result<(), NavigateError>
    where
        I: IntoIterator,
        I::Item: Serialize,
    {
        let mut list = self.list();
        let wanted = list
            .wanted
            .and_then(|wanted| Some((wanted, elements.into_iter().nth(wanted)?)));
        match wanted {
            Some((index, element)) => {
                list.index = index;
                list.element(&element)?;
                list.finish()
            }
            None => list.finish(),
        }
    }

    fn serialize_tuple(self, _: usize) -> Result<List<'p>, NavigateError> {
        Ok(self.list())
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<List<'p>, NavigateError> {
        Ok(self.list())
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, NavigateError> {
        let inner = serde::Serializer::serialize_tuple_variant(
            serde_json::value::Serializer,
            name,
            index,
            variant,
            len,
        )?;
        Ok(Collected {
            inner,
            rest: self.rest,
            subject: self.subject,
        })
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Fields<'p>, NavigateError> {
        Ok(self.fields())
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields<'p>, NavigateError> {
        Ok(self.fields())
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, NavigateError> {
        let inner = serde::Serializer::serialize_struct_variant(
            serde_json::value::Serializer,
            name,
            index,
            variant,
            len,
        )?;
        Ok(Collected {
            inner,
            rest: self.rest,
            subject: self.subject,
        })
    }
}

/// A list, a tuple and a tuple struct are all JSON arrays: one element at a time.
macro_rules! list_of {
    ($($trait:ident :: $method:ident),*) => {$(
        impl serde::ser::$trait for List<'_> {
            type Ok = ();
            type Error = NavigateError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NavigateError> {
                self.element(value)
            }
            fn end(self) -> Result<(), NavigateError> {
                self.finish()
            }
        }
    )*};
}

list_of!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl serde::ser::SerializeStruct for Fields<'_> {
    type Ok = ();
    type Error = NavigateError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NavigateError> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), NavigateError> {
        self.finish()
    }
}

impl serde::ser::SerializeMap for Fields<'_> {
    type Ok = ();
    type Error = NavigateError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), NavigateError> {
        // A key is compared as JSON writes it: a string, or a number or boolean as text.
        self.matched = !self.found
            && match (to_json(key)?, self.wanted.as_deref()) {
                (Value::String(key), Some(wanted)) => key == wanted,
                (key @ (Value::Number(_) | Value::Bool(_)), Some(wanted)) => {
                    let text = key.to_string();
                    text == wanted
                }
                _ => false,
            };
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NavigateError> {
        if std::mem::take(&mut self.matched) {
            self.found = true;
            self.subject.push('/');
            self.subject.push_str(self.rest[0]);
            value.serialize(Navigator {
                rest: &self.rest[1..],
                subject: self.subject,
            })?;
            return Err(NavigateError::Done);
        }
        Ok(())
    }
    fn end(self) -> Result<(), NavigateError> {
        self.finish()
    }
}

impl serde::ser::SerializeTupleVariant for Collected<'_, JsonTupleVariant> {
    type Ok = ();
    type Error = NavigateError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NavigateError> {
        Ok(self.inner.serialize_field(value)?)
    }
    fn end(self) -> Result<(), NavigateError> {
        let value = serde::ser::SerializeTupleVariant::end(self.inner);
        Collected {
            inner: (),
            rest: self.rest,
            subject: self.subject,
        }
        .finish(value)
    }
}

impl serde::ser::SerializeStructVariant for Collected<'_, JsonStructVariant> {
    type Ok = ();
    type Error = NavigateError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NavigateError> {
        Ok(self.inner.serialize_field(key, value)?)
    }
    fn end(self) -> Result<(), NavigateError> {
        let value = serde::ser::SerializeStructVariant::end(self.inner);
        Collected {
            inner: (),
            rest: self.rest,
            subject: self.subject,
        }
        .finish(value)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn an_index_becomes_the_records_key() {
        let document = serde_json::json!({
            "approved": [
                {"number": "ITU-T Y.4505", "title": "A title"},
                {"number": "ITU-T Y.4506", "title": "Another"},
            ]
        });
        assert_eq!(
            subject_of(Some(&document), "/approved/1/title"),
            "/approved/[number=ITU-T Y.4506]/title"
        );
    }

    #[test]
    fn a_meeting_is_named_by_its_group_and_dates() {
        let document = serde_json::json!({
            "group_meetings": [
                {"group": "JCA-IoT", "dates": {"start": "2022-07-19"}, "place": "Geneva"},
            ]
        });
        assert_eq!(
            subject_of(Some(&document), "/group_meetings/0/place"),
            "/group_meetings/[group=JCA-IoT,dates=2022-07-19]/place"
        );
    }

    #[test]
    fn a_long_text_keeps_its_position_and_a_short_string_is_its_own_key() {
        let long = "x".repeat(200);
        let document = serde_json::json!({"guidance": [long], "annex_c": ["ITU-T Y.4000-series"]});
        assert_eq!(subject_of(Some(&document), "/guidance/0"), "/guidance/0");
        assert_eq!(
            subject_of(Some(&document), "/annex_c/0"),
            "/annex_c/[ITU-T Y.4000-series]"
        );
    }

    #[test]
    fn the_subject_does_not_move_when_a_row_is_inserted_above() {
        let before = serde_json::json!({"people": [{"id": "a"}, {"id": "b"}]});
        let after = serde_json::json!({"people": [{"id": "new"}, {"id": "a"}, {"id": "b"}]});
        assert_eq!(
            subject_of(Some(&before), "/people/1"),
            subject_of(Some(&after), "/people/2")
        );
    }

    /// Every pointer into a JSON value, keys escaped as RFC 6901 says.
    fn pointers(value: &Value, at: &str, out: &mut Vec<String>) {
        out.push(at.to_owned());
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    pointers(item, &format!("{at}/{i}"), out);
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    let key = key.replace('~', "~0").replace('/', "~1");
                    pointers(item, &format!("{at}/{key}"), out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn following_the_typed_documents_gives_the_subjects_of_their_json() {
        let dataset = Dataset::embedded().unwrap();
        let mut compared = 0;
        for (index, document) in dataset.documents.iter().enumerate() {
            if matches!(document.document, wtsa_model::Document::Catalogue(_)) {
                continue;
            }
            let json = document.document.to_json().unwrap();
            let mut all = Vec::new();
            pointers(&json, "", &mut all);
            // Places a rule may name that the data lacks: past the end, unknown fields.
            all.extend(
                [
                    "/nope",
                    "/nope/3/x",
                    "/0",
                    "/approved/99999/number",
                    "/people/x/name",
                    "/",
                    // Within a record on the path: a field it lacks, and past a scalar.
                    "/approved/0/nope/x",
                    "/approved/0/number/x",
                    "/people/0/name/0",
                    "/questions/0/outputs/0/nope",
                ]
                .map(String::from),
            );
            for pointer in &all {
                assert_eq!(
                    subject(&dataset, index, pointer),
                    subject_of(Some(&json), pointer),
                    "document {index}, pointer {pointer}"
                );
                compared += 1;
            }
        }
        assert!(compared > 4_000, "only {compared} pointers compared");
    }

    #[test]
    fn the_catalogue_is_followed_without_converting_it() {
        let dataset = Dataset::embedded().unwrap();
        let (index, document) = dataset
            .documents
            .iter()
            .enumerate()
            .find(|(_, d)| matches!(d.document, wtsa_model::Document::Catalogue(_)))
            .unwrap();
        let json = document.document.to_json().unwrap();
        for pointer in [
            "/publications/100/title",
            "/publications/16171",
            "/source",
            "/x/1",
        ] {
            assert_eq!(
                subject(&dataset, index, pointer),
                subject_of(Some(&json), pointer),
                "{pointer}"
            );
        }
    }
}
