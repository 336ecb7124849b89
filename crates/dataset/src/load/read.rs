//! Reading a data file's text, and what a reading learns from every byte of it besides its
//! parse: a checksum for a text read again, and, for a text its caller parses on its own,
//! whether it may hold a `suppress` key (a loader learns that from the parse itself).
//!
//! A file is read straight into its text and checked as UTF-8: in one stretch when the reading
//! learns nothing else, or in stretches of [`READ_STRETCH`] bytes, each summed or searched
//! while it is in the processor's cache.
//! Read whole and then checked, searched and summed, a file of a few megabytes was read from
//! memory three or four times over (at 100x, 316 MB each time).

use std::fs::{self, File};
use std::hash::{BuildHasher, Hasher};
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use super::{byte_order_mark, utf8_error_position, Limits, LoadError};

/// What one reading of a text learns beyond its parse: whether it may hold a `suppress:` key
/// (false only when it surely holds none, so its document need not be walked for
/// suppressions), and the checksum a text read again is compared by (a fixed hash, the same
/// in every run, of the text alone: not of how it was read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Scan {
    pub(super) may_suppress: bool,
    /// Taken only when asked for: a text held to the end is never read again.
    pub(super) checksum: Option<u64>,
}

/// What a reading learns of a text besides the text: a check's loading wants both; a text
/// read again, only the checksum to compare; a text read for itself, neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Learn {
    /// Whether the text may hold a `suppress` key (when not searched: it may).
    suppressions: bool,
    checksum: bool,
}

impl Learn {
    /// A text read for itself: kept whole (the language server's, a dataset's held texts),
    /// or let go for good once its findings are located ([`super::Texts::UntilLetGoForGood`]).
    pub(super) const NOTHING: Self = Self {
        suppressions: false,
        checksum: false,
    };
    /// A text read again, compared with its first reading.
    pub(super) const CHECKSUM: Self = Self {
        suppressions: false,
        checksum: true,
    };
    /// A text a caller parses on its own ([`super::SourceFile::new`]: the language server's):
    /// a loader learns whether a text holds a `suppress` key from its parse instead.
    pub(super) const SUPPRESSIONS: Self = Self {
        suppressions: true,
        checksum: false,
    };
    /// Both, as the tests ask.
    #[cfg(test)]
    pub(super) const BOTH: Self = Self {
        suppressions: true,
        checksum: true,
    };
}

/// The bytes read from a file at a time: small enough to stay in the second-level cache
/// while they are checked and searched; large enough that the system calls cost little (at
/// 100x, about 5,000 stretches for 316 MB).
const READ_STRETCH: usize = 64 << 10;

/// The bytes the checksum adds at a time, at fixed places in the text, so that it does not
/// depend on how the text was read; and those [`scan`] reads at a time.
const SCAN_STRETCH: usize = 16 << 10;

/// The word a `suppress` key is written with.
const SUPPRESS: &[u8] = b"suppress";

/// Reads a text as it grows, each byte once, for its [`Scan`]. A `suppress` key is written
/// out in full, or with an escape (`"suppr\u0065ss"`) that needs a backslash: a text with
/// neither has none.
struct Scanner {
    finder: memchr::memmem::Finder<'static>,
    hasher: Option<foldhash::fast::FoldHasher<'static>>,
    /// The bytes the checksum has added.
    hashed: usize,
    /// The bytes searched.
    searched: usize,
    /// Found, or not searched for: the search is over.
    may_suppress: bool,
}

impl Scanner {
    fn new(learn: Learn) -> Self {
        Self {
            finder: memchr::memmem::Finder::new(SUPPRESS),
            hasher: learn
                .checksum
                .then(|| foldhash::fast::FixedState::with_seed(0x7774_7361).build_hasher()),
            hashed: 0,
            searched: 0,
            may_suppress: !learn.suppressions,
        }
    }

    /// Reads what `text` gained since the last call.
    fn feed(&mut self, text: &[u8]) {
        if let Some(hasher) = self.hasher.as_mut() {
            while let Some(stretch) = text.get(self.hashed..self.hashed + SCAN_STRETCH) {
                hasher.write(stretch);
                self.hashed += SCAN_STRETCH;
            }
        }
        if !self.may_suppress {
            // A word that began before the bytes gained and ends in them is met here: the
            // search starts the word's length less one before them.
            let from = self.searched.saturating_sub(SUPPRESS.len() - 1);
            let gained = text.get(self.searched..).unwrap_or_default();
            self.may_suppress = memchr::memchr(b'\\', gained).is_some()
                || self
                    .finder
                    .find(text.get(from..).unwrap_or_default())
                    .is_some();
        }
        self.searched = text.len();
    }

    /// The scan of the whole `text`, the last of which may not have been fed yet.
    fn finish(mut self, text: &[u8]) -> Scan {
        self.feed(text);
        let hashed = self.hashed;
        Scan {
            may_suppress: self.may_suppress,
            checksum: self.hasher.map(|mut hasher| {
                hasher.write(text.get(hashed..).unwrap_or_default());
                hasher.write_usize(text.len());
                hasher.finish()
            }),
        }
    }
}

/// The [`Scan`] of a text already in memory, read stretch by stretch as a file's reading does.
pub(super) fn scan(text: &str, learn: Learn) -> Scan {
    let bytes = text.as_bytes();
    let mut scanner = Scanner::new(learn);
    let mut end = 0;
    while end < bytes.len() {
        end = bytes.len().min(end + SCAN_STRETCH);
        scanner.feed(bytes.get(..end).unwrap_or_default());
    }
    scanner.finish(bytes)
}

/// Reads `path` within `limits` as a UTF-8 text, with its [`Scan`] (of what `learn` asks). A
/// UTF-16 or UTF-32 byte-order mark, or bytes that are not UTF-8, are refused with where the
/// first such byte is.
pub(super) fn read_text(
    path: &Path,
    limits: &Limits,
    learn: Learn,
) -> Result<(String, Scan), LoadError> {
    let display = || path.display().to_string();
    let read_error = |source| LoadError::Read {
        path: display(),
        source,
    };
    let metadata = fs::metadata(path).map_err(read_error)?;
    if metadata.len() > limits.max_file_bytes {
        return Err(LoadError::TooLarge {
            path: display(),
            size: metadata.len(),
            limit: limits.max_file_bytes,
        });
    }
    let mut file = File::open(path).map_err(read_error)?;
    let mut text = String::with_capacity(usize::try_from(metadata.len()).unwrap_or_default());
    let mut scanner = Scanner::new(learn);
    let stretch = u64::try_from(READ_STRETCH).unwrap_or(u64::MAX);
    loop {
        // A file that grew past the limit since its size was read is refused all the same
        // (and one that keeps growing is not read forever).
        let size = u64::try_from(text.len()).unwrap_or(u64::MAX);
        if size > limits.max_file_bytes {
            return Err(LoadError::TooLarge {
                path: display(),
                size,
                limit: limits.max_file_bytes,
            });
        }
        // Read straight into the text's spare room: the standard library checks only the
        // bytes a reading adds, and leaves the text as it was when they are not UTF-8.
        // A reading that learns nothing but the text reads, in one stretch, what the limit
        // leaves and one character more (four bytes: so that a file grown past the limit is
        // still told, and a character cut by the stretch's end still has a whole one before
        // it): nothing is read while the bytes are in the cache, and the system calls are a
        // file's, not one per stretch. Never more, so a text stays within a character of the
        // limit.
        let stretch = if learn == Learn::NOTHING {
            limits.max_file_bytes.saturating_add(4).saturating_sub(size)
        } else {
            stretch
        };
        let mut taking = (&file).take(stretch);
        match taking.read_to_string(&mut text) {
            Ok(_) => {
                scanner.feed(text.as_bytes());
                // Fewer bytes than a stretch: the file has ended.
                if taking.limit() > 0 {
                    break;
                }
            }
            Err(error) if error.kind() == std::io::ErrorKind::InvalidData => {
                // A character cut by the stretch's end, or bytes that are not UTF-8: the
                // stretch is read again as bytes (rarely: a data file is mostly ASCII).
                let consumed = stretch - taking.limit();
                let added = again_as_bytes(&mut file, consumed, &mut text).map_err(read_error)?;
                if let Err(bytes) = added {
                    if text.is_empty() {
                        if let Some(encoding) = byte_order_mark(&bytes) {
                            return Err(LoadError::NotUtf8ButUtf16or32 {
                                path: display(),
                                encoding,
                            });
                        }
                    }
                    let before = text.len();
                    let mut read = text.into_bytes();
                    read.extend_from_slice(&bytes);
                    let valid_up_to = std::str::from_utf8(&bytes)
                        .err()
                        .map_or(bytes.len(), |e| e.valid_up_to());
                    let (line, column) = utf8_error_position(&read, before + valid_up_to);
                    return Err(LoadError::NotUtf8 {
                        path: display(),
                        line,
                        column,
                    });
                }
                // The next reading takes the rest: a cut character, or the end of the file.
                scanner.feed(text.as_bytes());
            }
            Err(error) => return Err(read_error(error)),
        }
    }
    let scan = scanner.finish(text.as_bytes());
    Ok((text, scan))
}

/// The stretch of `consumed` bytes just read from `file` and refused as UTF-8, read again as
/// bytes. Its whole characters are added to `text`, and the file is left at the first byte of
/// a character its end cuts, to be read with the next stretch (`Ok(Ok(()))`). When they are
/// not UTF-8, or the stretch is nothing but a cut character (at the end of the file: the
/// reading before this one stopped just before it), the bytes are given back
/// (`Ok(Err(bytes))`) for the error to say where.
fn again_as_bytes(
    file: &mut File,
    consumed: u64,
    text: &mut String,
) -> std::io::Result<Result<(), Vec<u8>>> {
    let back = i64::try_from(consumed).unwrap_or(i64::MAX);
    file.seek(SeekFrom::Current(-back))?;
    let mut bytes = Vec::with_capacity(usize::try_from(consumed).unwrap_or_default());
    (&*file).take(consumed).read_to_end(&mut bytes)?;
    let complete = complete_characters(&bytes);
    let Some(whole) = bytes.get(..complete).filter(|whole| !whole.is_empty()) else {
        return Ok(Err(bytes));
    };
    match std::str::from_utf8(whole) {
        Ok(whole) => {
            text.push_str(whole);
            let cut = i64::try_from(bytes.len() - complete).unwrap_or_default();
            file.seek(SeekFrom::Current(-cut))?;
            Ok(Ok(()))
        }
        Err(_) => Ok(Err(bytes)),
    }
}

/// The length of `bytes` less a UTF-8 character its end cuts (at most three bytes), so that
/// the stretch can be checked on its own; all of `bytes` when none is cut, or when the bytes
/// at the end are not UTF-8 anyway (the check then says where).
fn complete_characters(bytes: &[u8]) -> usize {
    let len = bytes.len();
    // The last byte that does not continue a character, among the last four.
    let Some(start) = (len.saturating_sub(4)..len)
        .rev()
        .find(|&i| bytes.get(i).is_some_and(|b| b & 0xC0 != 0x80))
    else {
        return len;
    };
    let needs = match bytes.get(start).copied().unwrap_or_default() {
        b if b & 0x80 == 0 => 1,
        b if b & 0xE0 == 0xC0 => 2,
        b if b & 0xF0 == 0xE0 => 3,
        b if b & 0xF8 == 0xF0 => 4,
        _ => 1,
    };
    if start + needs > len {
        start
    } else {
        len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checksum(text: &str) -> u64 {
        scan(text, Learn::BOTH).checksum.unwrap()
    }

    /// The word is found wherever it falls against the stretches the text is read in: within
    /// one, across the end of one, or cut at any byte between two.
    #[test]
    fn a_suppress_key_is_found_across_the_stretches_of_a_scan() {
        let filler = "x".repeat(READ_STRETCH * 2);
        for stretch in [SCAN_STRETCH, READ_STRETCH] {
            for at in stretch - SUPPRESS.len() - 1..=stretch + 1 {
                let text = format!("{}\"suppress\"{}", &filler[..at - 1], &filler[..100]);
                assert!(
                    scan(&text, Learn::SUPPRESSIONS).may_suppress,
                    "the word at byte {at}"
                );
            }
        }
        let end = format!("{}suppress", &filler[..SCAN_STRETCH - 3]);
        assert!(
            scan(&end, Learn::SUPPRESSIONS).may_suppress,
            "the word ends the text"
        );
        assert!(scan(r#"{"suppr\u0065ss": []}"#, Learn::SUPPRESSIONS).may_suppress);
        let escaped_late = format!("{filler}\\");
        assert!(
            scan(&escaped_late, Learn::SUPPRESSIONS).may_suppress,
            "a backslash late"
        );
        assert!(!scan(&filler, Learn::SUPPRESSIONS).may_suppress);
        assert!(!scan(&format!("{filler}suppres"), Learn::SUPPRESSIONS).may_suppress);
        assert!(!scan("", Learn::SUPPRESSIONS).may_suppress);
        assert!(
            scan(&filler, Learn::NOTHING).may_suppress,
            "not searched: it may"
        );
    }

    /// Two texts of one length that differ in one byte of any stretch differ in checksum; a
    /// text's checksum is the same each time, and taken only when asked for.
    #[test]
    fn a_scans_checksum_tells_texts_of_one_length_apart() {
        let text = "a".repeat(SCAN_STRETCH * 2 + 7);
        let same = checksum(&text);
        assert_eq!(same, checksum(&text.clone()));
        assert_eq!(scan(&text, Learn::SUPPRESSIONS).checksum, None);
        for at in [0, SCAN_STRETCH - 1, SCAN_STRETCH, SCAN_STRETCH * 2 + 6] {
            let mut changed = text.clone().into_bytes();
            changed[at] = b'b';
            let changed = String::from_utf8(changed).unwrap();
            assert_ne!(checksum(&changed), same, "a byte changed at {at}");
        }
        assert_ne!(checksum(""), checksum("a"));
    }

    /// A file read in stretches is the file, whatever characters its stretches cut; its scan
    /// is the scan of the text in memory; and bytes that are not UTF-8 are refused at the
    /// line and column a whole reading gives.
    #[test]
    fn a_file_read_in_stretches_is_the_text_and_its_scan() {
        /// A file in the system's temporary directory, removed when the test ends.
        struct Scratch(std::path::PathBuf);
        impl Drop for Scratch {
            fn drop(&mut self) {
                let _ = fs::remove_file(&self.0);
            }
        }
        let scratch =
            Scratch(std::env::temp_dir().join(format!("wtsa-read-{}.json", std::process::id())));
        let path = &scratch.0;
        let limits = Limits::default();
        // Characters of two, three and four bytes, set to be cut at every byte by the ends
        // of the stretches, and lines, so that a position after them counts characters.
        for shift in 0..=10 {
            let mut text = "a".repeat(READ_STRETCH - shift);
            for _ in 0..3 {
                text.push_str("é€😀\n");
                text.push_str(&"b".repeat(READ_STRETCH - 9));
            }
            text.push_str("suppress");
            std::fs::write(path, &text).unwrap();
            let (read, scanned) = read_text(path, &limits, Learn::BOTH).unwrap();
            assert!(
                read == text,
                "the text read with the stretches shifted by {shift}"
            );
            assert_eq!(scanned, scan(&text, Learn::BOTH));
            assert!(scanned.may_suppress);
            // Read in one stretch, the same text, at its limit too.
            let at_limit = Limits {
                max_file_bytes: u64::try_from(text.len()).unwrap(),
                ..limits
            };
            for limits in [limits, at_limit] {
                let (whole, _) = read_text(path, &limits, Learn::NOTHING).unwrap();
                assert!(whole == text, "read in one stretch, shifted by {shift}");
            }

            let mut bad = text.clone().into_bytes();
            let at = READ_STRETCH * 2 + 1 - shift;
            bad[at] = 0xFF;
            std::fs::write(path, &bad).unwrap();
            let whole = String::from_utf8(bad.clone()).unwrap_err();
            let expected = utf8_error_position(&bad, whole.utf8_error().valid_up_to());
            for learn in [Learn::SUPPRESSIONS, Learn::NOTHING] {
                match read_text(path, &limits, learn) {
                    Err(LoadError::NotUtf8 { line, column, .. }) => {
                        assert_eq!((line, column), expected, "a bad byte at {at}");
                    }
                    other => panic!("a bad byte at {at}: {other:?}"),
                }
            }
        }
        // A character cut by the end of the file is refused there.
        std::fs::write(path, [b'a', 0xE2, 0x82]).unwrap();
        assert!(matches!(
            read_text(path, &limits, Learn::SUPPRESSIONS),
            Err(LoadError::NotUtf8 {
                line: 1,
                column: 2,
                ..
            })
        ));
        std::fs::write(path, [0xFF, 0xFE, b'a', 0]).unwrap();
        assert!(matches!(
            read_text(path, &limits, Learn::SUPPRESSIONS),
            Err(LoadError::NotUtf8ButUtf16or32 {
                encoding: "UTF-16LE",
                ..
            })
        ));
        std::fs::write(path, "").unwrap();
        let (empty, scanned) = read_text(path, &limits, Learn::BOTH).unwrap();
        assert!(empty.is_empty());
        assert_eq!(scanned, scan("", Learn::BOTH));
    }
}
