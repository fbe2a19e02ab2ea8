//! The HipAid desktop binary. Everything lives in the library so tests can build the same app
//! on Tauri's mock runtime.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// mimalloc instead of the system allocator: a summary makes many small allocations (shaping,
/// PDF objects), and the benchmark measured it 17% faster (docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    hipaid_app::run()
}
