//! Embeds every `locales/<lang>/<domain>.ftl` file and every `locales/<lang>/locale.toml`
//! (the locale's metadata) at compile time, so the app, the PDF renderer and the tests read
//! the very same files the UI bundles, with no file I/O at run time and no chance of shipping
//! a binary without its translations.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let locales = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut entries = Vec::new();
    let mut metas = Vec::new();
    collect(&locales, &mut entries, &mut metas);
    entries.sort();
    metas.sort();
    let mut out = String::from(
        "/// (locale, domain, FTL source), sorted.\npub static EMBEDDED: &[(&str, &str, &str)] = &[\n",
    );
    for (lang, domain, path) in &entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({lang:?}, {domain:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    out.push_str("/// (locale, locale.toml source), sorted.\npub static EMBEDDED_META: &[(&str, &str)] = &[\n");
    for (lang, path) in &metas {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({lang:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("embedded_locales.rs");
    if let Err(e) = fs::write(&dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
        std::process::exit(1);
    }
}

type Ftl = (String, String, PathBuf);

fn collect(root: &Path, entries: &mut Vec<Ftl>, metas: &mut Vec<(String, PathBuf)>) {
    let Ok(dirs) = fs::read_dir(root) else {
        println!("cargo:warning=no locales directory at {}", root.display());
        return;
    };
    for dir in dirs.flatten() {
        let lang = dir.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", dir.path().display());
        let Ok(files) = fs::read_dir(dir.path()) else {
            continue;
        };
        for file in files.flatten() {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let domain = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let abs = fs::canonicalize(&path).unwrap_or(path);
                entries.push((lang.clone(), domain, abs));
            } else if path.file_name().is_some_and(|n| n == "locale.toml") {
                let abs = fs::canonicalize(&path).unwrap_or(path);
                metas.push((lang.clone(), abs));
            }
        }
    }
}
