//! Which upstream commit a checkout of `relaton-data-itu` is at, read from its `.git`
//! directory, so that a refresh records the commit it was built from without the person having
//! to copy it (and cannot record the wrong one).

use std::path::Path;

use wtsa_model::CommitId;

/// The commit checked out in the git work tree that holds `data_dir` (upstream's `data/`, or
/// the work tree itself): `HEAD`, followed through one symbolic reference to a loose or packed
/// reference. `None` when no `.git` directory is found in `data_dir` or its parent, or it does
/// not name a commit this way (a worktree's `.git` file, a reference missing): the caller
/// then asks for the commit.
pub fn checked_out_commit(data_dir: &Path) -> Option<CommitId> {
    let git = [Some(data_dir), data_dir.parent()]
        .into_iter()
        .flatten()
        .map(|dir| dir.join(".git"))
        .find(|git| git.is_dir())?;
    let head = std::fs::read_to_string(git.join("HEAD")).ok()?;
    let head = head.trim();
    let Some(reference) = head.strip_prefix("ref:").map(str::trim) else {
        // A detached HEAD holds the commit itself.
        return head.parse().ok();
    };
    if let Ok(loose) = std::fs::read_to_string(git.join(reference)) {
        return loose.trim().parse().ok();
    }
    let packed = std::fs::read_to_string(git.join("packed-refs")).ok()?;
    packed
        .lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with('^'))
        .find_map(|line| {
            let (commit, name) = line.split_once(' ')?;
            (name.trim() == reference).then(|| commit.parse().ok())?
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn reads_a_loose_a_packed_and_a_detached_head() {
        let root = std::env::temp_dir().join(format!("wtsa-git-{}", std::process::id()));
        let data = root.join("data");
        std::fs::create_dir_all(&data).unwrap();
        assert_eq!(checked_out_commit(&data), None);

        let commit = "daa9deb25193b9e16015befac0e1e68f9d8fcdf6";
        write(&root.join(".git/HEAD"), "ref: refs/heads/main\n");
        write(
            &root.join(".git/packed-refs"),
            &format!("# pack-refs with: peeled fully-peeled sorted\n{commit} refs/heads/main\n"),
        );
        assert_eq!(checked_out_commit(&data).unwrap().as_str(), commit);
        assert_eq!(checked_out_commit(&root).unwrap().as_str(), commit);

        let other = "6ff9e8fa0000000000000000000000000000000a";
        write(&root.join(".git/refs/heads/main"), &format!("{other}\n"));
        assert_eq!(checked_out_commit(&data).unwrap().as_str(), other);

        write(&root.join(".git/HEAD"), &format!("{commit}\n"));
        assert_eq!(checked_out_commit(&data).unwrap().as_str(), commit);

        write(&root.join(".git/HEAD"), "ref: refs/heads/gone\n");
        std::fs::remove_file(root.join(".git/refs/heads/main")).unwrap();
        assert_eq!(checked_out_commit(&data), None);
        std::fs::remove_dir_all(&root).unwrap();
    }
}
