//! "Print summary" in the app: the PDF is made from the consultation held in Rust, so it
//! says what the screen said. Checked here on the mock runtime (the save dialog itself is
//! exercised by the end-to-end test, which saves into a folder).

use std::process::Command;

use hipaid_app::{AppState, configure};
use serde_json::{Value, json};
use tauri::Manager;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets,
};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

fn app() -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = configure(mock_builder(), AppState::new().unwrap())
        .build(mock_context(noop_assets()))
        .unwrap();
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    (app, webview)
}

fn invoke(webview: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(webview, request).map(|body| body.deserialize::<Value>().unwrap())
}

/// A number as the screen's en-US formatter writes it: 84.8, 24, 1,000.
fn en(v: f64) -> String {
    let whole = v.trunc() as i64;
    let frac = ((v - v.trunc()) * 10.0).round() as i64;
    let mut digits = whole.to_string();
    if whole >= 1000 {
        digits.insert(digits.len() - 3, ',');
    }
    if frac == 0 {
        digits
    } else {
        format!("{digits}.{frac}")
    }
}

#[test]
fn printing_before_a_condition_is_refused_with_a_code() {
    let (_app, w) = app();
    assert_eq!(
        invoke(&w, "save_summary", json!({"bilingual": false})).unwrap_err()["code"],
        "no-consultation"
    );
    let start = json!({"input": {"uiLocale": "en-US", "patientLocale": "en-US", "patientLabel": null, "clinicianName": null}});
    invoke(&w, "start_consultation", start).unwrap();
    assert_eq!(
        invoke(&w, "save_summary", json!({"bilingual": true})).unwrap_err()["code"],
        "no-condition"
    );
}

#[test]
fn the_printed_summary_has_every_number_the_compare_screen_showed() {
    let (app, w) = app();
    let start = json!({"input": {"uiLocale": "en-US", "patientLocale": "en-US", "patientLabel": "Room 7", "clinicianName": "Dr. Lee"}});
    invoke(&w, "start_consultation", start).unwrap();
    let change = |c: Value| invoke(&w, "update_consultation", json!({ "change": c })).unwrap();
    change(json!({"change": "choose-condition", "conditionId": "hip-oa", "stageId": "kl-3"}));
    change(
        json!({"change": "set-compared", "optionIds": ["exercise", "steroid-injection", "hip-replacement"]}),
    );
    change(json!({"change": "set-priorities-note", "text": "Keep dancing with my wife"}));
    let comparison = invoke(&w, "compare_options", json!({})).unwrap();

    let summary = app.state::<AppState>().render_summary(false).unwrap();
    assert!(summary.pages >= 3, "{} pages", summary.pages);
    assert_eq!(
        summary.file_name,
        format!(
            "hip-summary-{}.pdf",
            &invoke(&w, "current_consultation", json!({})).unwrap()["startedAt"]
                .as_str()
                .unwrap()[..10]
        )
    );
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/summaries");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("app-print-en-US.pdf");
    std::fs::write(&path, &summary.bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");

    for name in [
        "Exercise and physiotherapy",
        "Steroid injection",
        "Hip replacement",
        "Keep dancing with my wife",
        "Room 7",
        "Dr. Lee",
    ] {
        assert!(text.contains(name), "`{name}` is printed");
    }
    let mut checked = 0;
    for group in ["common", "rare"] {
        let denominator = comparison[group]["denominator"].as_f64().unwrap();
        for o in comparison[group]["outcomes"].as_array().unwrap() {
            let (low, high) = (
                o["withOption"]["low"].as_f64().unwrap(),
                o["withOption"]["high"].as_f64().unwrap(),
            );
            let number = if low == high {
                format!("{} out of {} people", en(low), en(denominator))
            } else {
                format!(
                    "{} to {} out of {} people",
                    en(low),
                    en(high),
                    en(denominator)
                )
            };
            assert!(
                text.contains(&number),
                "the screen's `{number}` ({}) is printed",
                o["outcomeId"]
            );
            checked += 1;
        }
    }
    assert!(checked >= 8, "{checked} numbers compared");
}
