//! Rules that must not drift silently: the capability grants only our commands, the CSP allows
//! no remote origin or inline code, and the core crates stay free of Tauri.

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
