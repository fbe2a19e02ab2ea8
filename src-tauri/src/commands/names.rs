// The names of every IPC command, shared by build.rs (access control) and the shell (tests
// that pin the capability file). Plain data, included in both places.

pub const ALL: [&str; 17] = [
    "list_locales",
    "negotiate_locale",
    "format_dates",
    "list_conditions",
    "condition_overview",
    "list_options",
    "start_consultation",
    "current_consultation",
    "choose_condition",
    "update_consultation",
    "compare_options",
    "end_consultation",
    "storage_notices",
    "save_summary",
    "get_settings",
    "check_settings",
    "save_settings",
];
