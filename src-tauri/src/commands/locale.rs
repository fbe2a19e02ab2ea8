//! Locale commands: which languages this build ships, which one fits the OS best, and dates
//! in a language's words (by ICU4X, as on paper).

use hipaid_l10n::LocaleInfo;
use tauri::{AppHandle, Runtime, State};

use crate::error::IpcResult;
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

/// Long dates (`YYYY-MM-DD`) in `locale`'s words, by ICU4X, so screen and paper agree.
#[tauri::command]
pub fn format_dates(
    state: State<'_, AppState>,
    locale: String,
    dates: Vec<String>,
) -> IpcResult<Vec<String>> {
    state.format_dates(&locale, &dates)
}
