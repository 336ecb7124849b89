//! Finding the `suppress` lists of a typed document without converting it to JSON: a serde
//! `Serializer` that follows the document as it would be written, keeps the path it is on,
//! and reads only the `suppress` fields. A document mentioning suppressions used to be
//! converted whole (a tenth of a check on the JSON corpus); this walk allocates nothing but
//! the suppressions it finds and the keys of maps on the way.

use serde::ser::{self, Serialize};
use wtsa_dataset::load::{push_index, push_segment};

/// One step of the path: a field, a list index or a map key.
#[derive(Debug, Clone)]
enum Segment {
    Field(&'static str),
    Index(usize),
    Key(String),
}

/// A `suppress` entry as the document holds it, and the pointer of its record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub record: String,
    pub rule: String,
    pub reason: String,
}

/// Every `suppress` entry of `value`, with the pointer of the record that holds it, in the
/// order the document writes them.
pub fn suppressions_in<T: Serialize + ?Sized>(value: &T) -> Result<Vec<(Found, usize)>, Error> {
    let mut path = Vec::new();
    let mut found = Vec::new();
    value.serialize(Finder {
        path: &mut path,
        found: &mut found,
    })?;
    Ok(found)
}

fn pointer(path: &[Segment]) -> String {
    let mut pointer = String::new();
    for segment in path {
        match segment {
            Segment::Field(name) => push_segment(&mut pointer, name),
            Segment::Index(index) => push_index(&mut pointer, *index),
            Segment::Key(key) => push_segment(&mut pointer, key),
        }
    }
    pointer
}

#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(message: T) -> Self {
        Self(message.to_string())
    }
}

struct Finder<'a> {
    path: &'a mut Vec<Segment>,
    /// Each entry and its index in its `suppress` list.
    found: &'a mut Vec<(Found, usize)>,
}

impl Finder<'_> {
    fn reborrow(&mut self) -> Finder<'_> {
        Finder {
            path: self.path,
            found: self.found,
        }
    }

    fn under<T: Serialize + ?Sized>(&mut self, segment: Segment, value: &T) -> Result<(), Error> {
        self.path.push(segment);
        let result = value.serialize(self.reborrow());
        self.path.pop();
        result
    }

    /// A `suppress` field: its entries, read through their JSON form (a few short strings).
    fn suppress<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let value = serde_json::to_value(value).map_err(|e| Error(e.to_string()))?;
        let record = pointer(self.path);
        for (index, entry) in value.as_array().into_iter().flatten().enumerate() {
            let text = |key: &str| {
                entry
                    .get(key)
                    .and_then(serde_json::Value::as_str)
                    .unwrap_or_default()
                    .to_owned()
            };
            self.found.push((
                Found {
                    record: record.clone(),
                    rule: text("rule"),
                    reason: text("reason"),
                },
                index,
            ));
        }
        Ok(())
    }
}

macro_rules! ignore_scalars {
    ($($method:ident($ty:ty)),* $(,)?) => {$(
        fn $method(self, _: $ty) -> Result<(), Error> {
            Ok(())
        }
    )*};
}

impl<'a> ser::Serializer for Finder<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = List<'a>;
    type SerializeTuple = List<'a>;
    type SerializeTupleStruct = List<'a>;
    type SerializeTupleVariant = Variant<List<'a>>;
    type SerializeMap = Map<'a>;
    type SerializeStruct = Fields<'a>;
    type SerializeStructVariant = Variant<Fields<'a>>;

    ignore_scalars!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_unit_struct(&'static str),
    );

    fn serialize_none(self) -> Result<(), Error> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        Ok(())
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Error> {
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    // Written `{variant: value}`, as serde_json writes an externally tagged variant.
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.under(Segment::Field(variant), value)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<List<'a>, Error> {
        Ok(List {
            finder: self,
            next: 0,
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<List<'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<List<'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Variant<List<'a>>, Error> {
        self.path.push(Segment::Field(variant));
        Ok(Variant(self.serialize_seq(Some(len))?))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Map<'a>, Error> {
        Ok(Map {
            finder: self,
            key: None,
        })
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields<'a>, Error> {
        Ok(Fields { finder: self })
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<Fields<'a>>, Error> {
        self.path.push(Segment::Field(variant));
        Ok(Variant(Fields { finder: self }))
    }
}

pub struct List<'a> {
    finder: Finder<'a>,
    next: usize,
}

impl List<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let index = self.next;
        self.next += 1;
        self.finder.under(Segment::Index(index), value)
    }
}

macro_rules! list_of {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for List<'_> {
            type Ok = ();
            type Error = Error;

            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }

            fn end(self) -> Result<(), Error> {
                Ok(())
            }
        }
    )*};
}
list_of!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

pub struct Fields<'a> {
    finder: Finder<'a>,
}

impl ser::SerializeStruct for Fields<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        if name == "suppress" {
            self.finder.suppress(value)
        } else {
            self.finder.under(Segment::Field(name), value)
        }
    }

    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}

pub struct Map<'a> {
    finder: Finder<'a>,
    key: Option<String>,
}

impl ser::SerializeMap for Map<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        // A key as serde_json writes it: a string as it is, anything else as its JSON text.
        let key = serde_json::to_value(key).map_err(|e| Error(e.to_string()))?;
        self.key = Some(match key {
            serde_json::Value::String(text) => text,
            other => other.to_string(),
        });
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self.key.take().unwrap_or_default();
        if key == "suppress" {
            self.finder.suppress(value)
        } else {
            self.finder.under(Segment::Key(key), value)
        }
    }

    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}

/// A variant written `{variant: …}`: its segment comes off the path at the end.
pub struct Variant<C>(C);

impl ser::SerializeTupleVariant for Variant<List<'_>> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.0.element(value)
    }

    fn end(self) -> Result<(), Error> {
        self.0.finder.path.pop();
        Ok(())
    }
}

impl ser::SerializeStructVariant for Variant<Fields<'_>> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(&mut self.0, name, value)
    }

    fn end(self) -> Result<(), Error> {
        self.0.finder.path.pop();
        Ok(())
    }
}
