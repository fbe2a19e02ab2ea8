//! Rules that must not drift silently: the capability grants only our commands, the CSP allows
//! no remote origin or inline code, the core crates stay free of Tauri, and nothing that
//! could send data off the machine (an HTTP client, TLS, telemetry) is built into the app.

use std::process::Command;

use hipaid_app::commands;
use hipaid_tests::repo_root;
use serde_json::Value;

fn json_file(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(repo_root().join(path)).unwrap()).unwrap()
}

#[test]
fn the_capability_grants_exactly_our_commands_to_the_main_window() {
    let cap = json_file("src-tauri/capabilities/default.json");
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    let granted: Vec<&str> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    let expected: Vec<String> = commands::ALL
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    assert_eq!(
        granted, expected,
        "no core:*, store:* or fs:* permission may appear: the webview needs none"
    );
    let others = std::fs::read_dir(repo_root().join("src-tauri/capabilities"))
        .unwrap()
        .count();
    assert_eq!(others, 1, "one capability file only");
}

#[test]
fn the_csp_allows_no_remote_origin_and_no_inline_code() {
    let conf = json_file("src-tauri/tauri.conf.json");
    let security = &conf["app"]["security"];
    assert_eq!(security["freezePrototype"], true);
    assert_eq!(conf["app"]["withGlobalTauri"], false);
    let csp = security["csp"].as_object().unwrap();
    for directive in [
        "default-src",
        "script-src",
        "style-src",
        "object-src",
        "base-uri",
        "form-action",
        "frame-ancestors",
    ] {
        assert!(csp.contains_key(directive), "CSP must set {directive}");
    }
    for (directive, value) in csp {
        let value = value.as_str().unwrap();
        assert!(
            !value.contains("unsafe"),
            "{directive} must not allow unsafe-*: {value}"
        );
        assert!(
            !value.contains('*'),
            "{directive} must not use wildcards: {value}"
        );
        for source in value.split_whitespace() {
            let remote = source.starts_with("http") || source.starts_with("ws");
            assert!(
                !remote || source == "http://ipc.localhost",
                "{directive} allows a remote origin: {source}"
            );
        }
    }
}

#[test]
fn the_plain_libraries_know_nothing_of_tauri() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    for krate in ["hipaid-core", "hipaid-l10n", "hipaid-pdf", "hipaid-cli"] {
        let out = Command::new(&cargo)
            .args([
                "tree",
                "--offline",
                "-p",
                krate,
                "-e",
                "normal,build",
                "--prefix",
                "none",
            ])
            .current_dir(repo_root())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "cargo tree failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let tree = String::from_utf8_lossy(&out.stdout);
        assert!(
            tree.lines().count() > 3,
            "cargo tree output looks empty: {tree}"
        );
        let tauri: Vec<_> = tree
            .lines()
            .filter(|l| l.contains("tauri") || l.contains("wry"))
            .collect();
        assert!(tauri.is_empty(), "{krate} depends on {tauri:?}");
    }
}

/// Crates that exist to talk to other machines, or to report usage: none may be in what the
/// app or the `hipaid` tool is built from. (`http` itself, the request/response types Tauri
/// uses for its in-process `tauri://` protocol, opens no connection and is allowed.)
const NETWORK_CRATES: [&str; 24] = [
    "reqwest",
    "hyper",
    "hyper-util",
    "ureq",
    "isahc",
    "curl",
    "curl-sys",
    "surf",
    "attohttpc",
    "minreq",
    "h2",
    "h3",
    "quinn",
    "rustls",
    "native-tls",
    "openssl",
    "openssl-sys",
    "tungstenite",
    "tokio-tungstenite",
    "sentry",
    "opentelemetry",
    "tracing-opentelemetry",
    "posthog-rs",
    "tauri-plugin-http",
];

#[test]
fn no_http_client_tls_or_telemetry_crate_is_built_into_the_app() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    for krate in ["hipaid-app", "hipaid-cli"] {
        let out = Command::new(&cargo)
            .args([
                "tree",
                "--offline",
                "-p",
                krate,
                "-e",
                "normal,build",
                "--prefix",
                "none",
                "--format",
                "{p}",
            ])
            .current_dir(repo_root())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "cargo tree failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let tree = String::from_utf8_lossy(&out.stdout);
        let names: std::collections::BTreeSet<&str> = tree
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        assert!(
            names.contains("tauri") || krate == "hipaid-cli",
            "{krate}: {names:?}"
        );
        assert!(
            names.len() > 50,
            "{krate}: cargo tree output looks short: {names:?}"
        );
        let found: Vec<_> = NETWORK_CRATES
            .iter()
            .filter(|c| names.contains(**c))
            .collect();
        assert!(found.is_empty(), "{krate} is built with {found:?}");
    }
}
