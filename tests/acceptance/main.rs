//! Workspace acceptance tests: one binary, one module per theme (each says why at its top).

// Tests may unwrap and panic: a failure is a failing test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod content;
mod ipc;
mod locales;
mod print;
mod properties;
mod rules;
