//! Saving a summary so that the file is either the old one or the complete new one, never
//! half: write a temporary file beside it, flush it to the disk, then rename it over the
//! target. The app's Print button and `hipaid summary` both save through this (it lives here,
//! not in hipaid-core, which does no file I/O).

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically. On error the temporary file is removed and `path`
/// is left as it was.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".to_owned());
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replaces_and_leaves_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("hipaid-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_default();
        let path = dir.join("a.pdf");
        write_atomically(&path, b"one").unwrap_or_default();
        write_atomically(&path, b"two").unwrap_or_default();
        assert_eq!(std::fs::read(&path).unwrap_or_default(), b"two");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .map(|d| d.filter_map(Result::ok).map(|e| e.file_name()).collect())
            .unwrap_or_default();
        assert_eq!(names, vec![std::ffi::OsString::from("a.pdf")]);
        // A missing folder is an error, not a panic, and creates nothing.
        assert!(write_atomically(&dir.join("no/such/b.pdf"), b"x").is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
