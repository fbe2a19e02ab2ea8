//! Locale commands: which languages this build ships, and which one fits the OS best.

use hipaid_l10n::LocaleInfo;
use tauri::{AppHandle, Runtime, State};

use crate::prefs;
use crate::state::AppState;

#[tauri::command]
pub fn list_locales(state: State<'_, AppState>) -> Vec<LocaleInfo> {
    state.list_locales()
}

/// The saved UI language if there is one, else the best match for `requested` (the OS list).
#[tauri::command]
pub fn negotiate_locale<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    requested: Vec<String>,
) -> String {
    state.negotiate_locale(prefs::saved_ui_locale(&app), &requested)
}
