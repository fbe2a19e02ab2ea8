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
