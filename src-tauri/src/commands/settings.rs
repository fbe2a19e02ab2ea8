//! Clinic settings commands: read them, check a draft field by field, save them. Saving goes
//! through tauri-plugin-store from Rust (`settings_file`); the webview has no store access.

use hipaid_core::settings::{ClinicSettings, SettingsProblem};
use tauri::{AppHandle, Runtime, State};

use crate::error::IpcResult;
use crate::settings_file;
use crate::state::AppState;

#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> ClinicSettings {
    state.settings()
}

#[tauri::command]
pub fn check_settings(
    state: State<'_, AppState>,
    settings: ClinicSettings,
) -> Vec<SettingsProblem> {
    state.check_settings(&settings)
}

#[tauri::command]
pub fn save_settings<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    settings: ClinicSettings,
) -> IpcResult<ClinicSettings> {
    state.save_settings(settings, |s| {
        settings_file::write(&app, state.settings_dir()?, s)
    })
}
