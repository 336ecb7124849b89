//! Embeds every data file under the repository's `data/` folder (except the copied sources)
//! in the library, so `wtsa check` with no path runs on the shipped dataset and a new data
//! file can never be left out of the embedded copy.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "sources") {
                continue;
            }
            collect(&path, root, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "json")
        ) {
            let relative = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            out.push((relative, path));
        }
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?);
    let data = manifest.join("../../data");
    println!("cargo:rerun-if-changed={}", data.display());
    let mut files = Vec::new();
    if data.is_dir() {
        collect(&data, &data, &mut files)?;
    }
    let mut code = String::from("&[\n");
    for (name, path) in files {
        let absolute = fs::canonicalize(&path)?;
        writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            absolute.display().to_string()
        )?;
    }
    code.push_str("]\n");
    let out = PathBuf::from(env::var("OUT_DIR")?).join("embedded_files.rs");
    fs::write(out, code)?;
    Ok(())
}
