//! Workspace acceptance tests: one binary, one module per theme.

// Tests may unwrap and panic: a failure is a failing test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

/// The app built on Tauri's mock runtime, called through real IPC.
mod ipc;
/// Locale files: they parse, they are complete, and every id the code uses exists.
mod locales;
/// Security settings and dependency rules that must not drift.
mod rules;
