//! The real app, built on Tauri's mock runtime and called through IPC exactly as the webview
//! calls it: commands answer, errors cross as `{code, message}`, and the browser tests' fixture is
//! kept equal to what the commands really return.

use hipaid_app::{AppState, commands, configure};
use serde_json::{Value, json};
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

/// Calls a command exactly as the webview would and returns its JSON answer or error.
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

#[test]
fn the_app_builds_on_the_mock_runtime_and_a_command_answers() {
    let (_app, w) = app();
    let conditions = invoke(&w, "list_conditions", json!({})).unwrap();
    assert_eq!(conditions[0]["id"], "hip-oa");
    assert_eq!(
        conditions[0]["stages"][1]["nameId"],
        "stage-hip-oa-kl-2-name"
    );
}

#[test]
fn every_declared_command_is_registered() {
    let (_app, w) = app();
    for cmd in commands::ALL {
        if let Err(e) = invoke(&w, cmd, json!({})) {
            let text = e.to_string();
            assert!(
                !text.contains("not found"),
                "`{cmd}` is declared but not registered: {text}"
            );
        }
    }
}

#[test]
fn errors_cross_ipc_as_code_and_message() {
    let (_app, w) = app();
    let long = "x".repeat(61);
    let input = json!({"input": {"uiLocale": "en-US", "patientLocale": "es", "patientLabel": long, "clinicianName": null}});
    let err = invoke(&w, "start_consultation", input).unwrap_err();
    assert_eq!(
        err,
        json!({"code": "text-too-long", "message": "patient label is 61 characters long; at most 60 are allowed"})
    );

    let input = json!({"input": {"uiLocale": "tlh", "patientLocale": "es", "patientLabel": null, "clinicianName": null}});
    assert_eq!(
        invoke(&w, "start_consultation", input).unwrap_err()["code"],
        "unknown-locale"
    );

    let err = invoke(
        &w,
        "choose_condition",
        json!({"conditionId": "hip-oa", "stageId": null}),
    )
    .unwrap_err();
    assert_eq!(
        err["code"], "no-consultation",
        "choosing before starting is refused, not a panic"
    );
}

#[test]
fn dates_are_formatted_by_icu4x_and_bad_dates_are_refused() {
    let (_app, w) = app();
    let ask = |locale: &str, dates: Value| {
        invoke(
            &w,
            "format_dates",
            json!({"locale": locale, "dates": dates}),
        )
    };
    // Vietnamese is the case the webview's older CLDR wrote differently ("22 tháng 11, 2026").
    assert_eq!(
        ask("vi", json!(["2026-11-22", "2027-01-10"])).unwrap(),
        json!(["22 tháng 11 2026", "10 tháng 1 2027"])
    );
    assert_eq!(ask("vi", json!([])).unwrap(), json!([]));
    assert_eq!(
        ask("tlh", json!(["2026-11-22"])).unwrap_err()["code"],
        "unknown-locale"
    );
    for bad in ["2026-02-30", "22/11/2026", "", "2026-11-22T10:00"] {
        assert_eq!(
            ask("en-US", json!([bad])).unwrap_err()["code"],
            "invalid-date",
            "{bad:?}"
        );
    }
    let many: Vec<&str> = vec!["2026-11-22"; 33];
    assert_eq!(
        ask("en-US", json!(many)).unwrap_err()["code"],
        "invalid-date"
    );
}

#[test]
fn a_consultation_starts_records_a_condition_and_ends() {
    let (_app, w) = app();
    let input = json!({"input": {"uiLocale": "es", "patientLocale": "en-US", "patientLabel": " Room 2 ", "clinicianName": "Dr. Ana"}});
    let c = invoke(&w, "start_consultation", input).unwrap();
    assert_eq!(
        (c["patientLabel"].as_str(), c["uiLocale"].as_str()),
        (Some("Room 2"), Some("es"))
    );
    let c = invoke(
        &w,
        "choose_condition",
        json!({"conditionId": "hip-oa", "stageId": "kl-3"}),
    )
    .unwrap();
    assert_eq!(c["stageId"], "kl-3");
    assert_eq!(
        invoke(&w, "current_consultation", json!({})).unwrap()["conditionId"],
        "hip-oa"
    );
    assert_eq!(
        invoke(&w, "negotiate_locale", json!({"requested": ["de"]})).unwrap(),
        "en-US",
        "a visit's language is not kept: the next start follows the clinic settings or the OS"
    );
    invoke(&w, "end_consultation", json!({})).unwrap();
    assert_eq!(
        invoke(&w, "current_consultation", json!({})).unwrap(),
        Value::Null,
        "ending wipes the consultation"
    );
}

#[test]
fn changes_are_applied_by_the_core_and_refused_changes_leave_the_record() {
    let (_app, w) = app();
    let start = json!({"input": {"uiLocale": "en-US", "patientLocale": "en-US", "patientLabel": null, "clinicianName": null}});
    invoke(&w, "start_consultation", start).unwrap();
    let change = |c: Value| invoke(&w, "update_consultation", json!({ "change": c }));
    let err = change(json!({"change": "set-compared", "optionIds": ["exercise"]})).unwrap_err();
    assert_eq!(err["code"], "no-condition");
    change(json!({"change": "choose-condition", "conditionId": "hip-oa", "stageId": "kl-2"}))
        .unwrap();
    let c =
        change(json!({"change": "set-compared", "optionIds": ["steroid-injection", "exercise"]}))
            .unwrap();
    assert_eq!(
        c["comparedOptions"],
        json!(["exercise", "steroid-injection"])
    );
    let err =
        change(json!({"change": "set-compared", "optionIds": ["core-decompression"]})).unwrap_err();
    assert_eq!(err["code"], "unknown-option");
    let c =
        change(json!({"change": "answer-sure", "item": "risk-benefit", "answer": false})).unwrap();
    assert_eq!(c["sure"]["riskBenefit"], false);
    assert_eq!(
        c["comparedOptions"],
        json!(["exercise", "steroid-injection"]),
        "kept"
    );
    let err = change(json!({"change": "set-follow-up", "date": "2026-02-30"})).unwrap_err();
    assert_eq!(err["code"], "invalid-date");
    let cmp = invoke(&w, "compare_options", json!({})).unwrap();
    assert_eq!(cmp["common"]["denominator"], 100);
    assert_eq!(cmp["rare"]["denominator"], 1000);
    assert!(
        cmp["common"]["outcomes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["outcomeId"] == "steroid-pain-relief-2m")
    );
}

/// The browser tests answer IPC from `tests/web/fixtures/ipc.json`; this keeps that file equal
/// to what the real commands return, so the UI is never tested against invented data.
/// `UPDATE_FIXTURES=1` rewrites it.
#[test]
fn web_fixture_is_what_the_real_commands_return() {
    let (_app, w) = app();
    let start = json!({"input": {"uiLocale": "en-US", "patientLocale": "en-US", "patientLabel": null, "clinicianName": null}});
    let mut started = invoke(&w, "start_consultation", start).unwrap();
    started["startedAt"] = json!("2026-11-22T09:30:00Z");
    let mut chosen = invoke(
        &w,
        "choose_condition",
        json!({"conditionId": "hip-oa", "stageId": "kl-2"}),
    )
    .unwrap();
    chosen["startedAt"] = json!("2026-11-22T09:30:00Z");
    let conditions = invoke(&w, "list_conditions", json!({})).unwrap();
    let mut overviews = serde_json::Map::new();
    for c in conditions.as_array().unwrap() {
        let id = c["id"].as_str().unwrap();
        let o = invoke(
            &w,
            "condition_overview",
            json!({"conditionId": id, "stageId": null}),
        );
        overviews.insert(id.to_owned(), o.unwrap());
    }
    // The comparisons the browser tests show: for each condition, the first two, three and
    // four options that apply, keyed "condition:option,option".
    let mut comparisons = serde_json::Map::new();
    for c in conditions.as_array().unwrap() {
        let id = c["id"].as_str().unwrap();
        invoke(
            &w,
            "choose_condition",
            json!({"conditionId": id, "stageId": null}),
        )
        .unwrap();
        let offered: Vec<String> = overviews[id]["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["id"].as_str().unwrap().to_owned())
            .collect();
        for n in 1..=offered.len().min(4) {
            let ids = &offered[..n];
            invoke(
                &w,
                "update_consultation",
                json!({"change": {"change": "set-compared", "optionIds": ids}}),
            )
            .unwrap();
            let key = format!("{id}:{}", ids.join(","));
            comparisons.insert(key, invoke(&w, "compare_options", json!({})).unwrap());
        }
    }
    // Every long date the browser tests show (the content's review dates and the follow-up
    // date the flow test types), in every locale, as the real command formats them.
    let facts = &overviews["hip-oa"]["document"];
    let dates: Vec<String> = [
        &facts["lastReviewed"],
        &facts["nextReview"],
        &json!("2027-01-10"),
    ]
    .iter()
    .map(|d| d.as_str().unwrap().to_owned())
    .collect();
    let mut formatted = serde_json::Map::new();
    for info in invoke(&w, "list_locales", json!({}))
        .unwrap()
        .as_array()
        .unwrap()
    {
        let id = info["id"].as_str().unwrap();
        let texts = invoke(&w, "format_dates", json!({"locale": id, "dates": dates})).unwrap();
        let by_date: serde_json::Map<String, Value> = dates
            .iter()
            .cloned()
            .zip(texts.as_array().unwrap().iter().cloned())
            .collect();
        formatted.insert(id.to_owned(), Value::Object(by_date));
    }
    let fresh = json!({
        "$comment": "Answers of the mocked Tauri commands for the browser tests, keyed by command name. GENERATED from the real commands by tests/acceptance/ipc.rs (UPDATE_FIXTURES=1 cargo test -p hipaid-tests --test acceptance fixture). Keys starting with $ are ignored.",
        "list_locales": invoke(&w, "list_locales", json!({})).unwrap(),
        "negotiate_locale": "en-US",
        "list_conditions": invoke(&w, "list_conditions", json!({})).unwrap(),
        "condition_overview": invoke(&w, "condition_overview", json!({"conditionId": "hip-oa", "stageId": "kl-2"})).unwrap(),
        "condition_overviews": overviews,
        "start_consultation": started,
        "current_consultation": Value::Null,
        "choose_condition": chosen,
        "update_consultation": Value::Null,
        "compare_options": Value::Null,
        "comparisons": comparisons,
        "end_consultation": Value::Null,
        "storage_notices": invoke(&w, "storage_notices", json!({})).unwrap(),
        "format_dates": formatted,
        "get_settings": invoke(&w, "get_settings", json!({})).unwrap(),
        "list_options": invoke(&w, "list_options", json!({})).unwrap(),
        "check_settings": json!([]),
        // The real answer for a draft with a long name, a bad phone and 0 hours (the
        // settings test shows it with an override).
        "settings_problems": invoke(&w, "check_settings", json!({"settings": {
            "version": 1, "clinicName": "x".repeat(101), "address": null, "phone": "call us",
            "logoPng": null, "uiLocale": null, "patientLocale": null, "paper": null,
            "notOffered": [], "optionNotes": {}, "startView": "clinician", "maxAgeHours": 0,
        }})).unwrap(),
    });
    let path = hipaid_tests::repo_root().join("tests/web/fixtures/ipc.json");
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, serde_json::to_string_pretty(&fresh).unwrap() + "\n").unwrap();
    }
    let committed: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(
        committed == fresh,
        "{} is stale: run with UPDATE_FIXTURES=1",
        path.display()
    );
}

/// A fresh empty directory for one test's consultation file.
fn data_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("hipaid-ipc-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The app as a new run finds it: storage attached to `dir`, as `run()` does at start.
fn app_with_storage(dir: &std::path::Path) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    use tauri::Manager;
    let (app, w) = app();
    app.state::<AppState>()
        .attach_storage(dir.to_path_buf(), hipaid_app::saved::DEFAULT_MAX_AGE)
        .unwrap();
    (app, w)
}

/// Every file under `dir` whose bytes contain `needle`.
fn files_containing(dir: &std::path::Path, needle: &str) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if String::from_utf8_lossy(&std::fs::read(&path).unwrap()).contains(needle) {
            found.push(path);
        }
    }
    found
}

#[test]
fn every_answer_survives_a_restart_and_ending_the_visit_leaves_no_patient_data() {
    let dir = data_dir("restart");
    let label = "Bà Nguyễn Thị Hoa 🌸";
    let before = {
        let (_app, w) = app_with_storage(&dir);
        assert_eq!(invoke(&w, "storage_notices", json!({})).unwrap(), json!([]));
        let start = json!({"input": {"uiLocale": "en-US", "patientLocale": "vi", "patientLabel": label, "clinicianName": "Dr. A. Rivera"}});
        invoke(&w, "start_consultation", start).unwrap();
        invoke(
            &w,
            "choose_condition",
            json!({"conditionId": "hip-oa", "stageId": "kl-2"}),
        )
        .unwrap();
        for change in [
            json!({"change": "set-compared", "optionIds": ["exercise", "steroid-injection"]}),
            json!({"change": "rate-priority", "priority": "avoid-surgery", "importance": "very"}),
            json!({"change": "set-priorities-note", "text": "Tôi muốn đi bộ với cháu"}),
            json!({"change": "answer-sure", "item": "risk-benefit", "answer": true}),
            json!({"change": "set-decision", "decision": {"kind": "leaning", "optionId": "exercise"}}),
            json!({"change": "set-clinician-notes", "text": "Review in 6 weeks"}),
        ] {
            invoke(&w, "update_consultation", json!({"change": change})).unwrap();
        }
        // The app is killed here: no end, no clean shut-down.
        invoke(&w, "current_consultation", json!({})).unwrap()
    };
    let (_app, w) = app_with_storage(&dir);
    let restored = invoke(&w, "current_consultation", json!({})).unwrap();
    assert_eq!(restored, before);
    assert_eq!(restored["patientLabel"], label);
    assert_eq!(
        restored["comparedOptions"],
        json!(["exercise", "steroid-injection"])
    );
    assert_eq!(restored["prioritiesNote"], "Tôi muốn đi bộ với cháu");
    assert_eq!(restored["decision"]["optionId"], "exercise");
    assert_eq!(restored["clinicianNotes"], "Review in 6 weeks");
    assert_eq!(
        invoke(&w, "storage_notices", json!({})).unwrap(),
        json!(["unfinished"])
    );
    assert_eq!(
        invoke(&w, "storage_notices", json!({})).unwrap(),
        json!([]),
        "said once"
    );
    assert!(
        !files_containing(&dir, label).is_empty(),
        "saved while the visit is open"
    );

    invoke(&w, "end_consultation", json!({})).unwrap();
    assert_eq!(
        files_containing(&dir, label),
        Vec::<std::path::PathBuf>::new()
    );
    assert_eq!(
        files_containing(&dir, "Rivera"),
        Vec::<std::path::PathBuf>::new()
    );
    let (_again, w) = app_with_storage(&dir);
    assert_eq!(
        invoke(&w, "current_consultation", json!({})).unwrap(),
        Value::Null
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_damaged_consultation_file_is_set_aside_and_the_app_starts_without_it() {
    for (name, bytes) in [
        (
            "truncated",
            r#"{"formatVersion": 1, "startedAt": "20"#.to_owned(),
        ),
        ("wrong-version", {
            let (_app, w) = app();
            let start = json!({"input": {"uiLocale": "en-US", "patientLocale": "en-US", "patientLabel": null, "clinicianName": null}});
            let mut c = invoke(&w, "start_consultation", start).unwrap();
            c["formatVersion"] = json!(99);
            c.to_string()
        }),
        ("unknown-option", {
            let (_app, w) = app();
            let start = json!({"input": {"uiLocale": "en-US", "patientLocale": "en-US", "patientLabel": null, "clinicianName": null}});
            let mut c = invoke(&w, "start_consultation", start).unwrap();
            c["conditionId"] = json!("hip-oa");
            c["comparedOptions"] = json!(["moon-water"]);
            c.to_string()
        }),
    ] {
        let dir = data_dir(name);
        std::fs::write(dir.join(hipaid_app::saved::FILE), &bytes).unwrap();
        let (_app, w) = app_with_storage(&dir);
        assert_eq!(
            invoke(&w, "storage_notices", json!({})).unwrap(),
            json!(["damaged"]),
            "{name}"
        );
        assert_eq!(
            invoke(&w, "current_consultation", json!({})).unwrap(),
            Value::Null,
            "{name}"
        );
        // Usable: a new visit starts and is saved.
        let start = json!({"input": {"uiLocale": "en-US", "patientLocale": "en-US", "patientLabel": "Room 9", "clinicianName": null}});
        invoke(&w, "start_consultation", start).unwrap();
        assert!(dir.join(hipaid_app::saved::FILE).exists(), "{name}");
        let aside: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("consultation.damaged-"))
            .collect();
        assert_eq!(aside.len(), 1, "{name}: kept aside for support: {aside:?}");
        assert_eq!(
            std::fs::read_to_string(dir.join(&aside[0])).unwrap(),
            bytes,
            "{name}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// The app as a new run finds it with clinic settings kept in `dir` (settings first, then the
/// consultation with the settings' age limit), as `run()` does at start.
fn app_with_settings(dir: &std::path::Path) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    use tauri::Manager;
    let (app, w) = app();
    let state = app.state::<AppState>();
    state.attach_settings(dir.to_path_buf());
    let hours = state.settings().max_age_hours;
    state
        .attach_storage(
            dir.to_path_buf(),
            std::time::Duration::from_secs(u64::from(hours) * 3600),
        )
        .unwrap();
    (app, w)
}

fn fixture_settings() -> Value {
    let text = std::fs::read_to_string(
        hipaid_tests::repo_root().join("tests/fixtures/clinic-settings.json"),
    )
    .unwrap();
    serde_json::from_str::<Value>(&text).unwrap()["settings"].clone()
}

#[test]
fn clinic_settings_are_checked_saved_and_apply_after_a_restart() {
    let dir = data_dir("settings-saved");
    let (_app, w) = app_with_settings(&dir);
    let defaults = invoke(&w, "get_settings", json!({})).unwrap();
    assert_eq!(defaults["maxAgeHours"], 12);
    assert_eq!(defaults["version"], 1);

    // A draft with problems: every field is named, nothing is written.
    let mut bad = fixture_settings();
    bad["phone"] = json!("call us");
    bad["clinicName"] = json!("x".repeat(101));
    bad["maxAgeHours"] = json!(0);
    bad["uiLocale"] = json!("tlh");
    let problems = invoke(&w, "check_settings", json!({ "settings": bad })).unwrap();
    let named: Vec<(String, String)> = problems
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["field"]["kind"].as_str().unwrap().to_owned(),
                p["problem"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    for expected in [
        ("clinic-name", "too-long"),
        ("phone", "invalid-phone"),
        ("max-age-hours", "out-of-range"),
        ("ui-locale", "unknown-locale"),
    ] {
        assert!(
            named.contains(&(expected.0.to_owned(), expected.1.to_owned())),
            "{expected:?} in {named:?}"
        );
    }
    let refused = invoke(&w, "save_settings", json!({ "settings": bad })).unwrap_err();
    assert_eq!(refused["code"], "invalid-settings");
    assert!(!dir.join("settings.json").exists(), "nothing saved");

    // The fixture saves; it is in force at once and after a restart.
    let mut good = fixture_settings();
    good["uiLocale"] = json!("es");
    good["maxAgeHours"] = json!(24);
    let saved = invoke(&w, "save_settings", json!({ "settings": good })).unwrap();
    assert_eq!(saved["clinicName"], "Riverside Hip Clinic");
    assert!(dir.join("settings.json").exists());
    let (app2, w2) = app_with_settings(&dir);
    assert_eq!(invoke(&w2, "get_settings", json!({})).unwrap(), saved);
    assert_eq!(
        invoke(&w2, "negotiate_locale", json!({"requested": ["vi-VN"]})).unwrap(),
        "es",
        "the clinic's start language wins over the computer's"
    );
    // A new visit starts with the options the clinic does not offer hidden.
    let start = json!({"input": {"uiLocale": "es", "patientLocale": "en-US", "patientLabel": null, "clinicianName": null}});
    let c = invoke(&w2, "start_consultation", start).unwrap();
    assert_eq!(c["hiddenOptions"], json!(["stem-cell-injection"]));
    assert!(
        invoke(&w2, "storage_notices", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .is_empty()
    );
    drop(app2);
}

#[test]
fn a_damaged_settings_file_is_set_aside_and_the_app_starts_with_defaults_and_a_notice() {
    for (name, bytes) in [
        ("garbage", b"\xff\xfe not json at all".as_slice()),
        (
            "truncated",
            br#"{"settings": {"version": 1, "clinicName": "Riv"#.as_slice(),
        ),
        (
            "newer",
            br#"{"settings": {"version": 7, "clinicName": "Future"}}"#.as_slice(),
        ),
        (
            "invalid",
            br#"{"settings": {"version": 1, "maxAgeHours": 9000}}"#.as_slice(),
        ),
    ] {
        let dir = data_dir(&format!("settings-{name}"));
        std::fs::write(dir.join("settings.json"), bytes).unwrap();
        let (_app, w) = app_with_settings(&dir);
        assert_eq!(
            invoke(&w, "storage_notices", json!({})).unwrap(),
            json!(["settings-damaged"]),
            "{name}"
        );
        assert_eq!(
            invoke(&w, "get_settings", json!({})).unwrap()["maxAgeHours"],
            12,
            "{name}"
        );
        // The app is usable: a visit starts, and new settings can be saved over the defaults.
        let start = json!({"input": {"uiLocale": "en-US", "patientLocale": "en-US", "patientLabel": null, "clinicianName": null}});
        invoke(&w, "start_consultation", start).unwrap();
        invoke(
            &w,
            "save_settings",
            json!({ "settings": fixture_settings() }),
        )
        .unwrap();
        let aside: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("settings.damaged-"))
            .collect();
        assert_eq!(
            aside.len(),
            1,
            "{name}: the damaged file is kept for support"
        );
        assert_eq!(
            std::fs::read(dir.join(&aside[0])).unwrap(),
            bytes,
            "{name}: kept whole"
        );
    }
}

#[test]
fn an_unfinished_visit_is_kept_for_the_clinics_age_limit() {
    // Settings allow one hour; a visit saved two hours ago is wiped at start.
    let dir = data_dir("settings-age");
    let mut s = fixture_settings();
    s["maxAgeHours"] = json!(1);
    std::fs::write(
        dir.join("settings.json"),
        json!({ "settings": s }).to_string(),
    )
    .unwrap();
    let mut c = serde_json::from_str::<Value>(
        &std::fs::read_to_string(
            hipaid_tests::repo_root().join("tests/fixtures/consultation.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let two_hours_ago = time::OffsetDateTime::now_utc() - time::Duration::hours(2);
    c["startedAt"] = json!(
        two_hours_ago
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    );
    std::fs::write(dir.join("consultation.json"), c.to_string()).unwrap();
    let (_app, w) = app_with_settings(&dir);
    assert_eq!(
        invoke(&w, "current_consultation", json!({})).unwrap(),
        Value::Null
    );
    assert!(!dir.join("consultation.json").exists(), "wiped");

    // With the default 12 hours, the same visit is offered again.
    let dir = data_dir("settings-age-default");
    std::fs::write(dir.join("consultation.json"), c.to_string()).unwrap();
    let (_app, w) = app_with_settings(&dir);
    assert!(
        invoke(&w, "current_consultation", json!({}))
            .unwrap()
            .is_object()
    );
    assert_eq!(
        invoke(&w, "storage_notices", json!({})).unwrap(),
        json!(["unfinished"])
    );
}
