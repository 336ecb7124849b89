//! A JSON pointer as a rule builds it: a few segments held inline, written out as text only
//! for the findings that are reported.
//!
//! Rules describe every record they look at with a place (`/approved/12/number`), and most
//! records never become a finding. Formatting a pointer string per record was a large share of
//! a check on the JSON corpus (the floor there is a fast parser), so a [`Pointer`] built from
//! static keys and indexes costs no allocation; [`Pointer::to_string`] happens when the engine
//! locates a finding.

use std::fmt;

/// One step of a pointer: an object's key or an array's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment {
    Key(&'static str),
    Index(usize),
}

impl From<&'static str> for Segment {
    #[inline]
    fn from(key: &'static str) -> Self {
        Self::Key(key)
    }
}

impl From<usize> for Segment {
    #[inline]
    fn from(index: usize) -> Self {
        Self::Index(index)
    }
}

/// How many segments a pointer holds inline; deeper ones fall back to text.
const INLINE: usize = 6;

/// A JSON pointer into a document (RFC 6901), as segments or as text.
#[derive(Debug, Clone)]
pub enum Pointer {
    /// Up to [`INLINE`] segments; keys are static names of the model's fields, which never
    /// need escaping (they hold neither `~` nor `/`).
    Segments {
        segments: [Segment; INLINE],
        len: u8,
    },
    /// A pointer written out already.
    Text(String),
}

impl Pointer {
    /// The whole document: the empty pointer.
    pub const fn root() -> Self {
        Self::Segments {
            segments: [Segment::Index(0); INLINE],
            len: 0,
        }
    }

    /// This pointer with one more segment. Inlined: rules build a pointer per record with
    /// `pointer!`, and a chain of pushes then compiles to filling an array in place.
    #[must_use]
    #[inline]
    pub fn push(self, segment: impl Into<Segment>) -> Self {
        let segment = segment.into();
        match self {
            Self::Segments { mut segments, len } if usize::from(len) < INLINE => {
                if let Some(slot) = segments.get_mut(usize::from(len)) {
                    *slot = segment;
                }
                Self::Segments {
                    segments,
                    len: len + 1,
                }
            }
            other => other.push_onto_text(segment),
        }
    }

    /// [`Pointer::push`] past [`INLINE`] segments, or onto a pointer written out already.
    #[cold]
    #[inline(never)]
    fn push_onto_text(self, segment: Segment) -> Self {
        let mut text = self.to_string();
        match segment {
            Segment::Key(key) => {
                text.push('/');
                text.push_str(key);
            }
            Segment::Index(index) => {
                use fmt::Write as _;
                let _ = write!(text, "/{index}");
            }
        }
        Self::Text(text)
    }
}

impl Pointer {
    /// The pointer as text: borrowed when it is text already.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Self::Text(text) => std::borrow::Cow::Borrowed(text),
            Self::Segments { .. } => std::borrow::Cow::Owned(self.to_string()),
        }
    }

    /// The pointer to a sibling of this one: its last segment replaced by `key`
    /// (`/approved/3/number` → `/approved/3/title`).
    #[must_use]
    pub fn sibling(&self, key: &'static str) -> Self {
        match self {
            Self::Segments { segments, len } if *len > 0 => {
                let mut segments = *segments;
                segments[usize::from(*len) - 1] = Segment::Key(key);
                Self::Segments {
                    segments,
                    len: *len,
                }
            }
            other => {
                let text = other.to_string();
                let base = text.rfind('/').map_or("", |cut| &text[..cut]);
                Self::Text(format!("{base}/{key}"))
            }
        }
    }

    /// Writes the pointer out as text, once, so that later [`Pointer::text`] calls borrow it.
    pub fn write_out(&mut self) {
        if let Self::Segments { .. } = self {
            *self = Self::Text(self.to_string());
        }
    }
}

/// `pointer!("approved", i, "number")` is the pointer `/approved/{i}/number`, built without
/// formatting: each argument is a static key or an index.
#[macro_export]
macro_rules! pointer {
    ($($segment:expr),* $(,)?) => {
        $crate::pointer::Pointer::root()$(.push($segment))*
    };
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Segments { segments, len } => {
                for segment in &segments[..usize::from(*len)] {
                    match segment {
                        Segment::Key(key) => write!(f, "/{key}")?,
                        Segment::Index(index) => write!(f, "/{index}")?,
                    }
                }
                Ok(())
            }
            Self::Text(text) => f.write_str(text),
        }
    }
}

impl PartialEq for Pointer {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (
                Self::Segments { segments, len },
                Self::Segments {
                    segments: other_segments,
                    len: other_len,
                },
            ) => segments[..usize::from(*len)] == other_segments[..usize::from(*other_len)],
            (Self::Text(a), Self::Text(b)) => a == b,
            _ => self.to_string() == other.to_string(),
        }
    }
}

impl Eq for Pointer {}

impl std::hash::Hash for Pointer {
    // Hashes the text, so that equal pointers of either form hash alike.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.to_string().hash(state);
    }
}

impl From<String> for Pointer {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&str> for Pointer {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<&String> for Pointer {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

impl PartialEq<str> for Pointer {
    fn eq(&self, other: &str) -> bool {
        match self {
            Self::Text(text) => text == other,
            Self::Segments { .. } => self.text() == other,
        }
    }
}

impl PartialEq<&str> for Pointer {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_write_the_same_pointer_as_text() {
        let built = crate::pointer!("approved", 12, "number");
        assert_eq!(built.to_string(), "/approved/12/number");
        assert_eq!(built, Pointer::from("/approved/12/number"));
        assert_eq!(Pointer::root().to_string(), "");
    }

    #[test]
    fn a_sibling_replaces_the_last_segment() {
        let number = crate::pointer!("approved", 3, "number");
        assert_eq!(number.sibling("title").to_string(), "/approved/3/title");
        let text = Pointer::from("/approved/3/number");
        assert_eq!(text.sibling("title").to_string(), "/approved/3/title");
    }

    #[test]
    fn a_pointer_deeper_than_the_inline_segments_is_still_whole() {
        let deep = crate::pointer!("a", 1, "b", 2, "c", 3, "d", 4);
        assert_eq!(deep.to_string(), "/a/1/b/2/c/3/d/4");
    }

    #[test]
    fn equal_pointers_of_either_form_hash_alike() {
        use crate::hash::HashSet;
        let set: HashSet<Pointer> = [crate::pointer!("people", 0), Pointer::from("/people/0")]
            .into_iter()
            .collect();
        assert_eq!(set.len(), 1);
    }
}
