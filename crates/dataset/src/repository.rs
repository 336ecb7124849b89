//! Finding the repository's own directories (`schemas/`) from wherever wtsa runs or writes,
//! as git finds `.git`: in the directory itself or the nearest ancestor.

use std::path::{Path, PathBuf};

/// The JSON Schemas directory: `schemas/` holding `study-group.schema.json`, in `start` or the
/// nearest of its ancestors. `start` is made absolute against the current directory first.
pub fn find_schemas_dir(start: &Path) -> Option<PathBuf> {
    let start = if start.is_absolute() {
        start.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(start)
    };
    start
        .ancestors()
        .map(|dir| dir.join("schemas"))
        .find(|candidate| candidate.join("study-group.schema.json").is_file())
}

/// `target` relative to `from` (both absolute, or both relative to the same directory), with
/// `/` separators: the path a file in `from` uses to name `target`.
pub fn relative_path(from: &Path, target: &Path) -> String {
    let from: Vec<_> = from.components().collect();
    let target: Vec<_> = target.components().collect();
    let common = from.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_owned(); from.len() - common];
    parts.extend(
        target[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    if parts.is_empty() {
        ".".to_owned()
    } else {
        parts.join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schemas_dir_is_found_from_any_directory_below_the_repository() {
        let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let expected = repository.join("schemas").canonicalize().unwrap();
        for start in [repository.clone(), repository.join("crates/dataset/src")] {
            let found = find_schemas_dir(&start).unwrap();
            assert_eq!(
                found.canonicalize().unwrap(),
                expected,
                "{}",
                start.display()
            );
        }
        assert_eq!(find_schemas_dir(Path::new("/")), None);
    }

    #[test]
    fn relative_paths_climb_to_the_common_ancestor() {
        let rel = |a: &str, b: &str| relative_path(Path::new(a), Path::new(b));
        assert_eq!(
            rel("/r/data/sg20/2022-2024", "/r/schemas"),
            "../../../schemas"
        );
        assert_eq!(rel("/r/out", "/r/schemas"), "../schemas");
        assert_eq!(rel("/r", "/r/schemas"), "schemas");
        assert_eq!(rel("/r/schemas", "/r/schemas"), ".");
    }
}
