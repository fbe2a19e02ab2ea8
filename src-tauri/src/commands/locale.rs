//! Locale commands: which languages this build ships, which one fits the OS best, and dates
//! in a language's words (by ICU4X, as on paper).

use hipaid_l10n::LocaleInfo;
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command]
pub fn list_locales(state: State<'_, AppState>) -> Vec<LocaleInfo> {
    state.list_locales()
}

/// The clinic's start language if it set one, else the best match for `requested` (the OS
/// list).
#[tauri::command]
pub fn negotiate_locale(state: State<'_, AppState>, requested: Vec<String>) -> String {
    state.negotiate_locale(&requested)
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
