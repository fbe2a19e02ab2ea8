//! HipAid's desktop shell: the only crate that knows Tauri, IPC and the webview.
//!
//! It wires the plain libraries (`hipaid-core`, `hipaid-l10n`, `hipaid-pdf`) to the UI: shared
//! state, one line per command, errors as `{code, message}`, and the store, dialog and opener
//! plugins (all used from Rust only).
//! The entry point is generic over the runtime so tests build the very same app on
//! `tauri::test::mock_builder()` without a display.

pub mod commands;
pub mod error;
pub mod saved;
pub mod settings_file;
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
        let dir = app.path().app_data_dir()?;
        let state = app.state::<AppState>();
        // The clinic settings first (read and checked before the store may touch the file),
        // since they set how long an unfinished visit is kept.
        if let Some(migrated) = state.attach_settings(dir.clone())
            && let Err(e) = settings_file::write(app.handle(), &dir, &migrated)
        {
            eprintln!("could not save the migrated settings: {e}");
        }
        // The consultation is saved in the app's data directory after every change; the one
        // the last run left (a crash, a kill) is opened again.
        let max_age =
            std::time::Duration::from_secs(u64::from(state.settings().max_age_hours) * 3600);
        if let Err(e) = state.attach_storage(dir, max_age) {
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
