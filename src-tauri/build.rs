//! Puts the app's own commands under Tauri's access control: a command not listed here and
//! granted in `capabilities/default.json` cannot be called from the webview.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&hipaid_commands::ALL);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        println!("cargo:warning=tauri-build failed: {e:#}");
        std::process::exit(1);
    }
}

/// The same list as `src/commands/mod.rs::ALL` (a test checks they agree).
mod hipaid_commands {
    include!("src/commands/names.rs");
}
