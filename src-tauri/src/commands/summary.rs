//! The take-home summary command: render, save where the user chooses, open for printing.

use tauri::{AppHandle, Runtime};

use crate::error::IpcResult;
use crate::summary::{self, SavedSummary};

#[tauri::command]
pub async fn save_summary<R: Runtime>(
    app: AppHandle<R>,
    bilingual: bool,
) -> IpcResult<Option<SavedSummary>> {
    summary::save(app, bilingual).await
}
