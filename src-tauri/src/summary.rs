//! "Print summary": render the current consultation's PDF off the UI thread, ask where to
//! save it (tauri-plugin-dialog), write it atomically, and open it in the system's PDF
//! viewer for printing (tauri-plugin-opener). The dialog and the opener are used from Rust
//! only, so the webview gets no dialog or file permissions.
//!
//! `HIPAID_SUMMARY_DIR`, when set, saves straight into that folder without a dialog and does
//! not open a viewer: for automated tests (a native dialog cannot be driven by WebDriver)
//! and for clinics that file every summary in one shared folder.

use std::path::PathBuf;

use hipaid_core::ErrorCode;
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use ts_rs::TS;

use crate::error::{IpcError, IpcResult};
use crate::state::AppState;

/// Where a summary was saved.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedSummary {
    pub path: String,
    pub pages: u32,
    pub bytes: u32,
    /// Whether the system's PDF viewer was asked to open it (not in tests, not when no viewer
    /// answers), so the UI never says "it opens" when it did not.
    pub opened: bool,
}

/// Renders, asks where to save, saves and opens; `None` when the user cancels the dialog.
pub async fn save<R: Runtime>(
    app: AppHandle<R>,
    bilingual: bool,
) -> IpcResult<Option<SavedSummary>> {
    tauri::async_runtime::spawn_blocking(move || save_blocking(&app, bilingual))
        .await
        .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))?
}

fn save_blocking<R: Runtime>(
    app: &AppHandle<R>,
    bilingual: bool,
) -> IpcResult<Option<SavedSummary>> {
    let state = app.state::<AppState>();
    let summary = state.render_summary(bilingual)?;
    let fixed_dir = std::env::var_os("HIPAID_SUMMARY_DIR").map(PathBuf::from);
    let target = match &fixed_dir {
        Some(dir) => Some(dir.join(&summary.file_name)),
        None => app
            .dialog()
            .file()
            .set_file_name(&summary.file_name)
            .add_filter("PDF", &["pdf"])
            .blocking_save_file()
            .and_then(|p| p.into_path().ok()),
    };
    let Some(mut path) = target else {
        return Ok(None);
    };
    if path
        .extension()
        .is_none_or(|e| !e.eq_ignore_ascii_case("pdf"))
    {
        path.set_extension("pdf");
    }
    hipaid_pdf::file::write_atomically(&path, &summary.bytes).map_err(|e| {
        IpcError::new(
            ErrorCode::SaveFailed,
            format!("cannot write {}: {e}", path.display()),
        )
    })?;
    // The file is saved; a missing PDF viewer is not an error worth losing that over, but the
    // message then says where to find it instead of promising a viewer.
    let opened = fixed_dir.is_none()
        && app
            .opener()
            .open_path(path.to_string_lossy(), None::<&str>)
            .is_ok();
    Ok(Some(SavedSummary {
        path: path.to_string_lossy().into_owned(),
        pages: u32::try_from(summary.pages).unwrap_or(u32::MAX),
        bytes: u32::try_from(summary.bytes.len()).unwrap_or(u32::MAX),
        opened,
    }))
}
