//! Shared helpers for the workspace tests: where the repository is, and which message ids the
//! UI's source code asks for.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The repository root (this crate lives in `tests/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Every `.ts`, `.svelte` and `.js` file under `ui/src`, sorted.
pub fn ui_source_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(&repo_root().join("ui/src"), &mut out);
    out.sort();
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "ts" || e == "svelte" || e == "js")
        {
            out.push(path);
        }
    }
}

/// Literal message ids the UI looks up: the first argument of `t("...")` / `t('...')`.
/// (The UI's convention: literal ids only through `t`, dynamic ids only from IPC data.)
pub fn ui_message_ids() -> BTreeSet<String> {
    let Ok(pattern) = regex::Regex::new(r#"\bt\(\s*["']([a-z0-9][a-z0-9-]*)["']"#) else {
        return BTreeSet::new();
    };
    let mut ids = BTreeSet::new();
    for file in ui_source_files() {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        ids.extend(pattern.captures_iter(&text).map(|c| c[1].to_owned()));
    }
    ids
}

/// A scratch copy of the shipped content and locales that a test may break on purpose.
/// The directory is removed when the value is dropped.
pub struct ContentFixture {
    pub root: PathBuf,
}

impl ContentFixture {
    /// Copies `crates/hipaid-core/content` and `locales` into a fresh temporary directory.
    pub fn copy(name: &str) -> std::io::Result<ContentFixture> {
        let root =
            std::env::temp_dir().join(format!("hipaid-fixture-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        copy_dir(
            &repo_root().join("crates/hipaid-core/content"),
            &root.join("content"),
        )?;
        copy_dir(&repo_root().join("locales"), &root.join("locales"))?;
        Ok(ContentFixture { root })
    }

    pub fn content(&self) -> PathBuf {
        self.root.join("content")
    }

    pub fn locales(&self) -> PathBuf {
        self.root.join("locales")
    }

    /// Replaces the first `from` after the first occurrence of `anchor` in `file` (relative to
    /// the fixture root) with `to`; panics if either is absent, so a test cannot edit nothing.
    #[allow(clippy::panic, reason = "a test helper: failing loudly is its job")]
    pub fn edit(&self, file: &str, anchor: &str, from: &str, to: &str) {
        let path = self.root.join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let Some(a) = text.find(anchor) else {
            panic!("{file}: anchor `{anchor}` not found");
        };
        let Some(f) = text[a..].find(from).map(|f| a + f) else {
            panic!("{file}: `{from}` not found after `{anchor}`");
        };
        let edited = format!("{}{}{}", &text[..f], to, &text[f + from.len()..]);
        if let Err(e) = std::fs::write(&path, edited) {
            panic!("{file}: cannot write: {e}");
        }
    }
}

impl Drop for ContentFixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let path = entry?.path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            std::fs::copy(&path, &target)?;
        }
    }
    Ok(())
}
