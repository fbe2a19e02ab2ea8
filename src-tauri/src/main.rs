//! The HipAid desktop binary. Everything lives in the library so tests can build the same app
//! on Tauri's mock runtime.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// mimalloc instead of the system allocator: a summary makes many small allocations (shaping,
/// PDF objects), and the benchmark measured it 17% faster (docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    #[cfg(target_os = "linux")]
    use_webkit_shared_memory_renderer();
    hipaid_app::run()
}

/// WebKitGTK's DMA-BUF renderer leaves the window blank on some graphics stacks (NVIDIA's
/// driver, some Wayland compositors), and on machines without a GPU it loads Mesa's software
/// OpenGL into the web process: 84 MiB more memory under Xvfb for no visible gain in a page
/// of forms (docs/benchmarks.md). The shared-memory renderer works everywhere. A value the
/// user or the package already set (`=0` to opt back in) is kept.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn use_webkit_shared_memory_renderer() {
    const VAR: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";
    if std::env::var_os(VAR).is_none() {
        // SAFETY: the first statement of `main`: no other thread exists yet that could read
        // the environment while it changes (mimalloc starts none).
        unsafe { std::env::set_var(VAR, "1") };
    }
}
