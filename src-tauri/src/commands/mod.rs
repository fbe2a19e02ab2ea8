//! Every IPC command, grouped by domain, one line each: state in, a call, an error out.
//! `names.rs` lists them for access control; `handler()` registers them.

pub mod consultation;
pub mod content;
pub mod locale;
mod names;
pub mod settings;
pub mod summary;

pub use names::ALL;

use tauri::Runtime;
use tauri::ipc::Invoke;

/// The invoke handler with every command; `names::ALL` must list the same names.
pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        locale::list_locales,
        locale::negotiate_locale,
        locale::format_dates,
        content::list_conditions,
        content::condition_overview,
        content::list_options,
        consultation::start_consultation,
        consultation::current_consultation,
        consultation::choose_condition,
        consultation::update_consultation,
        consultation::compare_options,
        consultation::end_consultation,
        consultation::storage_notices,
        summary::save_summary,
        settings::get_settings,
        settings::check_settings,
        settings::save_settings,
    ]
}
