//! Content commands: the conditions and the options that apply to them, as data with
//! message ids (the UI turns ids into words).

use hipaid_core::{ConditionOverview, ConditionSummary, OptionName};
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command]
pub fn list_conditions(state: State<'_, AppState>) -> Vec<ConditionSummary> {
    state.list_conditions()
}

#[tauri::command]
pub fn condition_overview(
    state: State<'_, AppState>,
    condition_id: String,
    stage_id: Option<String>,
) -> IpcResult<ConditionOverview> {
    state.condition_overview(&condition_id, stage_id.as_deref())
}

/// Every option by name (the clinic settings list them all).
#[tauri::command]
pub fn list_options(state: State<'_, AppState>) -> Vec<OptionName> {
    state.list_options()
}
