//! HipAid's desktop shell: the only crate that knows Tauri, IPC and the webview.
//!
//! It wires the plain libraries (`hipaid-core`, `hipaid-l10n`, `hipaid-pdf`) to the UI: shared
//! state, one line per command, errors as `{code, message}`, and the store, dialog and opener
//! plugins (all used from Rust only).
//! The entry point is generic over the runtime so tests build the very same app on
//! `tauri::test::mock_builder()` without a display.

pub mod commands;
pub mod error;
pub mod prefs;
pub mod saved;
pub mod state;
pub mod summary;

#[cfg(test)]
mod bindings;

use tauri::{Builder, Runtime};

pub use error::IpcError;
pub use state::AppState;

/// The app, minus the context: plugins, state and commands added to `base`, which is
/// `Builder::new()` for the desktop and `tauri::test::mock_builder()` in tests.
pub fn configure<R: Runtime>(base: Builder<R>, state: AppState) -> Builder<R> {
    base.plugin(tauri_plugin_store::Builder::new().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .invoke_handler(commands::handler())
}

/// Starts the desktop app. Returns a failure exit code instead of panicking when the app
/// cannot start, and says why on stderr.
pub fn run() -> std::process::ExitCode {
    let state = match AppState::new() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("HipAid cannot start: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let app = configure(Builder::<tauri::Wry>::new(), state).setup(|app| {
        use tauri::Manager;
        // The consultation is saved in the app's data directory after every change; the one
        // the last run left (a crash, a kill) is opened again.
        let dir = app.path().app_data_dir()?;
        if let Err(e) = app
            .state::<AppState>()
            .attach_storage(dir, saved::DEFAULT_MAX_AGE)
        {
            eprintln!("consultations will not be saved: {}", e.message);
        }
        Ok(())
    });
    match app.run(tauri::generate_context!()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("HipAid stopped with an error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
