//! Consultation commands: start, read, record the condition, apply one change, compare the
//! chosen options, end, and what to tell the user about the saved copy. The record lives in Rust so
//! the screen and the printed summary read one source of truth.

use hipaid_core::{Comparison, Consultation, ConsultationChange, StartConsultation};
use tauri::State;

use crate::error::IpcResult;
use crate::state::{AppState, StorageNotice};

#[tauri::command]
pub fn start_consultation(
    state: State<'_, AppState>,
    input: StartConsultation,
) -> IpcResult<Consultation> {
    state.start_consultation(input)
}

#[tauri::command]
pub fn current_consultation(state: State<'_, AppState>) -> IpcResult<Option<Consultation>> {
    state.current_consultation()
}

#[tauri::command]
pub fn choose_condition(
    state: State<'_, AppState>,
    condition_id: String,
    stage_id: Option<String>,
) -> IpcResult<Consultation> {
    state.choose_condition(&condition_id, stage_id.as_deref())
}

#[tauri::command]
pub fn update_consultation(
    state: State<'_, AppState>,
    change: ConsultationChange,
) -> IpcResult<Consultation> {
    state.update_consultation(change)
}

#[tauri::command]
pub fn compare_options(state: State<'_, AppState>) -> IpcResult<Comparison> {
    state.compare_options()
}

#[tauri::command]
pub fn end_consultation(state: State<'_, AppState>) -> IpcResult<()> {
    state.end_consultation()
}

/// What to tell the user about the saved consultation (restored, damaged, not saved); once.
#[tauri::command]
pub fn storage_notices(state: State<'_, AppState>) -> Vec<StorageNotice> {
    state.storage_notices()
}
