//! The HipAid desktop binary. Everything lives in the library so tests can build the same app
//! on Tauri's mock runtime.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    hipaid_app::run()
}
