//! `file:` URIs, as LSP names documents, and the paths they stand for.
//!
//! Only `file:` URIs name data files; anything else (`untitled:`, `git:`) is not a file of a
//! data directory and is answered with nothing. Percent-encoding follows RFC 3986: a path's
//! bytes outside the unreserved set and `/` are encoded, so a URI made here for a file the
//! client never opened has the form the client would give it.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use lsp_types::Uri;

/// The path a `file:` URI names, if it names one.
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    let text = uri.as_str();
    let rest = text.strip_prefix("file://")?;
    // `file:///p` has an empty authority; `file://localhost/p` names this machine too.
    let path = match rest.strip_prefix("localhost") {
        Some(path) if path.starts_with('/') => path,
        _ if rest.starts_with('/') => rest,
        _ => return None,
    };
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let bytes = percent_decode(path)?;
    let decoded = String::from_utf8(bytes).ok()?;
    Some(PathBuf::from(decoded))
}

/// The `file:` URI of an absolute path.
pub fn from_path(path: &Path) -> Option<Uri> {
    let text = path.to_str()?;
    if !text.starts_with('/') {
        return None;
    }
    let mut uri = String::from("file://");
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(char::from(byte));
            }
            other => uri.push_str(&format!("%{other:02X}")),
        }
    }
    Uri::from_str(&uri).ok()
}

fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(byte);
            i += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_spaces_and_accents() {
        let path = PathBuf::from("/data/sg 20/Martín.yaml");
        let uri = from_path(&path).unwrap();
        assert_eq!(uri.as_str(), "file:///data/sg%2020/Mart%C3%ADn.yaml");
        assert_eq!(to_path(&uri), Some(path));
    }

    #[test]
    fn other_schemes_and_relative_paths_name_no_file() {
        assert_eq!(
            to_path(&Uri::from_str("untitled:Untitled-1").unwrap()),
            None
        );
        assert_eq!(from_path(Path::new("relative.yaml")), None);
        assert_eq!(
            to_path(&Uri::from_str("file://localhost/a/b.yaml").unwrap()),
            Some(PathBuf::from("/a/b.yaml"))
        );
    }
}
