//! Device preferences kept with tauri-plugin-store, from Rust only (the webview has no store
//! permission). Only the last UI language lives here: nothing about a patient is ever
//! stored by this module.

use tauri::{AppHandle, Runtime};
use tauri_plugin_store::StoreExt;

const FILE: &str = "preferences.json";
const UI_LOCALE: &str = "uiLocale";

/// The UI language chosen last time, if any was saved and the store is readable.
pub fn saved_ui_locale<R: Runtime>(app: &AppHandle<R>) -> Option<String> {
    let store = app.store(FILE).ok()?;
    store.get(UI_LOCALE)?.as_str().map(str::to_owned)
}

/// Remembers the UI language for the next start. A failure to save is not worth an error in
/// the consultation: the app simply starts in the negotiated language next time.
pub fn save_ui_locale<R: Runtime>(app: &AppHandle<R>, locale: &str) {
    if let Ok(store) = app.store(FILE) {
        store.set(UI_LOCALE, locale);
        if let Err(e) = store.save() {
            eprintln!("could not save preferences: {e}");
        }
    }
}
