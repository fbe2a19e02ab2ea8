//! End-to-end test of the real desktop app: the debug binary, in a real WebKitGTK window under
//! Xvfb, driven through tauri-driver and WebKitWebDriver. Run by the README's test command
//! (`--features e2e`); it needs a display, `tauri-driver` and `WebKitWebDriver`, and fails
//! (never skips) when one is missing.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hipaid_l10n::Localizer;
use hipaid_tests::repo_root;
use serde_json::{Value, json};

/// Stops tauri-driver with SIGTERM (SIGKILL would orphan WebKitWebDriver on port 4445 and
/// hang the next run) when the test ends, however it ends.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let _ = self.0.wait();
    }
}

fn app_binary() -> PathBuf {
    let path = std::env::var_os("HIPAID_APP_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target/debug/hipaid-desktop"));
    assert!(
        path.exists(),
        "{} is missing: build it first (`cargo build --workspace`)",
        path.display()
    );
    path
}

fn summary_dir(data_home: &std::path::Path) -> PathBuf {
    data_home.join("summaries")
}

fn port_open(port: u16) -> bool {
    TcpStream::connect(("127.0.0.1", port)).is_ok()
}

fn start_driver(data_home: &std::path::Path) -> Driver {
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "no DISPLAY: run under xvfb-run (the README's test command does)"
    );
    assert!(
        !port_open(4444) && !port_open(4445),
        "ports 4444/4445 are busy: a stale tauri-driver is running"
    );
    let child = Command::new("tauri-driver")
        .args(["--port", "4444"])
        .env("XDG_DATA_HOME", data_home)
        // "Print summary" saves here instead of showing the native save dialog.
        .env("HIPAID_SUMMARY_DIR", summary_dir(data_home))
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("tauri-driver must be installed (`cargo install tauri-driver --locked`)");
    let driver = Driver(child);
    // tauri-driver listens at once but starts WebKitWebDriver (4445) in the background.
    let started = Instant::now();
    while !(port_open(4444) && port_open(4445)) {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "tauri-driver or WebKitWebDriver did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    driver
}

async fn connect(app: &std::path::Path) -> Client {
    let caps = json!({"browserName": "wry", "tauri:options": {"application": app}});
    let caps = caps.as_object().unwrap().clone();
    let mut builder = ClientBuilder::native();
    builder.capabilities(caps);
    let connecting = builder.connect("http://127.0.0.1:4444");
    // With no usable display the session never answers; fail instead of hanging.
    tokio::time::timeout(Duration::from_secs(60), connecting)
        .await
        .expect("no WebDriver session within 60 s")
        .unwrap()
}

async fn text_of(client: &Client, css: &str) -> String {
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn wait_for_text(client: &Client, css: &str, expected: &str) {
    let started = Instant::now();
    loop {
        let text = text_of(client, css).await;
        if text.trim() == expected {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{css} shows {text:?}, expected {expected:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Text without bidi isolation marks, every run of spaces (no-break ones too) as one space.
fn unisolated(s: String) -> String {
    s.replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Waits until the element's text, without bidi isolation marks, contains `part`.
async fn wait_for_part(client: &Client, css: &str, part: &str) {
    let started = Instant::now();
    loop {
        let text = unisolated(text_of(client, css).await);
        if text.contains(part) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{css} shows {text:?}, which lacks {part:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn document_lang_dir(client: &Client) -> (String, String) {
    let v = client
        .execute(
            "return [document.documentElement.lang, document.documentElement.dir];",
            vec![],
        )
        .await
        .unwrap();
    (
        v[0].as_str().unwrap_or_default().to_owned(),
        v[1].as_str().unwrap_or_default().to_owned(),
    )
}

/// Scrolls an element to the middle of the window (WebKitWebDriver does not scroll for a
/// click, and the sticky top bar may cover an element at the edge) and clicks it.
async fn click(client: &Client, css: &str) {
    let element = client.find(Locator::Css(css)).await.unwrap();
    client
        .execute(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
            vec![serde_json::to_value(&element).unwrap()],
        )
        .await
        .unwrap();
    if let Err(e) = element.click().await {
        screenshot(client, "click-failed").await;
        let rect = element.rectangle().await;
        panic!("clicking {css} failed: {e}; rect {rect:?}");
    }
}

async fn screenshot(client: &Client, name: &str) {
    // Let WebKit paint the current DOM first: two animation frames, then a short pause.
    client
        .execute_async("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));", vec![])
        .await
        .unwrap();
    let dir = repo_root().join("target/screenshots/e2e");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join(format!("{name}.png")),
        client.screenshot().await.unwrap(),
    )
    .unwrap();
}

async fn choose_ui_locale(client: &Client, locale: &str) {
    let select = client.find(Locator::Css("#ui-locale")).await.unwrap();
    select.select_by_value(locale).await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_real_app_starts_and_switches_language_and_direction_live() {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let l10n = Localizer::embedded().unwrap();
    let message = |locale: &str, id: &str| l10n.format(locale, id, None).unwrap().text;
    let data_home = std::env::temp_dir().join(format!("hipaid-e2e-{}", std::process::id()));
    std::fs::create_dir_all(summary_dir(&data_home)).unwrap();
    // The app runs under strace for this whole test (six consultations, printed): every
    // socket it or its web processes open is logged, and none may reach a network.
    let trace = data_home.join("sockets.trace");
    let app = traced(&app_binary(), &trace, &data_home);
    let _driver = start_driver(&data_home);
    let client = connect(&app).await;

    // The start screen, in en-US (the Xvfb session has no saved preference and LANG=C).
    wait_for_text(
        &client,
        "#start-consultation",
        &message("en-US", "start-submit"),
    )
    .await;
    assert_eq!(
        document_lang_dir(&client).await,
        ("en-US".to_owned(), "ltr".to_owned())
    );
    screenshot(&client, "start-en-US").await;

    // Spanish, live: the same page (no reload) shows the es message text.
    client
        .execute("window.__e2eMarker = 42;", vec![])
        .await
        .unwrap();
    choose_ui_locale(&client, "es").await;
    wait_for_text(
        &client,
        "#start-consultation",
        &message("es", "start-submit"),
    )
    .await;
    assert_eq!(
        document_lang_dir(&client).await,
        ("es".to_owned(), "ltr".to_owned())
    );
    screenshot(&client, "start-es").await;

    // The right-to-left pseudo-locale mirrors the page.
    choose_ui_locale(&client, "ar-XB").await;
    let started = Instant::now();
    while document_lang_dir(&client).await.1 != "rtl" {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "dir never became rtl"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let rtl_text = text_of(&client, "#start-consultation").await;
    assert_ne!(
        rtl_text.trim(),
        message("es", "start-submit"),
        "ar-XB text differs from Spanish"
    );
    assert_ne!(
        rtl_text.trim(),
        message("en-US", "start-submit"),
        "ar-XB text differs from English"
    );
    screenshot(&client, "start-ar-XB").await;

    // And back, still without a reload.
    choose_ui_locale(&client, "en-US").await;
    wait_for_text(
        &client,
        "#start-consultation",
        &message("en-US", "start-submit"),
    )
    .await;
    assert_eq!(document_lang_dir(&client).await.1, "ltr");
    let marker = client
        .execute("return window.__e2eMarker;", vec![])
        .await
        .unwrap();
    assert_eq!(
        marker,
        Value::from(42),
        "switching languages must not reload the page"
    );

    // Security, as enforced by the real app: the CSP blocks eval, the ACL blocks core APIs.
    let eval = client
        .execute(
            "try { eval('1'); return 'allowed'; } catch (e) { return 'blocked'; }",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(eval, Value::from("blocked"), "the CSP must forbid eval");
    let denied = client
        .execute_async(
            "const done = arguments[0]; window.__TAURI_INTERNALS__.invoke('plugin:window|title')\
             .then(() => done('allowed'), (e) => done(String(e)));",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        denied.as_str().is_some_and(|s| s.contains("not allowed")),
        "core window APIs must be denied: {denied}"
    );

    // A whole first step through the real commands: start a visit, choose hip OA at grade 2,
    // and see both options with their numbers from the core, formatted for the locale.
    client
        .find(Locator::Css("#patient-label"))
        .await
        .unwrap()
        .send_keys("Room 4")
        .await
        .unwrap();
    client
        .find(Locator::Css("#start-consultation"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let waiting = || client.wait().at_most(Duration::from_secs(20));
    waiting()
        .for_element(Locator::Css("#condition-hip-oa"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .find(Locator::Css("#stage-kl-2"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // Every option that applies at grade 2 has a card on the options step, in content order.
    let catalog = hipaid_core::Catalog::embedded().unwrap();
    let overview = catalog.overview("hip-oa", Some("kl-2")).unwrap();
    waiting()
        .for_element(Locator::Css("#condition-stage"))
        .await
        .unwrap();
    click(&client, "#step-options").await;
    waiting()
        .for_element(Locator::Css("article[data-option='steroid-injection']"))
        .await
        .unwrap();
    let cards = client
        .find_all(Locator::Css("article[data-option]"))
        .await
        .unwrap();
    let mut shown = Vec::new();
    for card in cards {
        shown.push(card.attr("data-option").await.unwrap().unwrap_or_default());
    }
    let expected: Vec<String> = overview.options.iter().map(|o| o.id.clone()).collect();
    assert_eq!(
        shown, expected,
        "one card per applicable option, in content order"
    );
    let steroid = text_of(&client, "article[data-option='steroid-injection']").await;
    let name = l10n
        .format("en-US", "option-steroid-injection-name", None)
        .unwrap()
        .text;
    assert!(
        steroid.contains(&name),
        "the steroid card shows its name: {steroid}"
    );
    screenshot(&client, "condition-en-US").await;

    // The option screen: benefits with numbers from the core, and each number's source one
    // click away, with the DOI a reviewer can open.
    click(&client, "#details-steroid-injection").await;
    waiting()
        .for_element(Locator::Css("#option-benefits"))
        .await
        .unwrap();
    // Fluent wraps placeables in bidi isolates (U+2068 … U+2069); compare without them.
    let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    let benefits = plain(text_of(&client, "#option-benefits").await);
    assert!(
        benefits.contains("68 out of 100 people"),
        "the steroid benefit shows 68 out of 100 from the content: {benefits}"
    );
    let harms = plain(text_of(&client, "#option-harms").await);
    assert!(
        harms.contains("out of 1,000 people"),
        "harms are shown with numbers: {harms}"
    );
    click(&client, "#option-benefits .sources-toggle").await;
    let sources = plain(text_of(&client, "#option-benefits .sources-panel").await);
    assert!(
        sources.contains("10.1002/art.22739"),
        "the first benefit's source shows its DOI: {sources}"
    );
    screenshot(&client, "option-steroid-en-US").await;
    click(&client, "#option-back").await;
    waiting()
        .for_element(Locator::Css("#details-steroid-injection"))
        .await
        .unwrap();
    assert!(
        text_of(&client, "#current-consultation")
            .await
            .contains("Room 4")
    );
    client
        .execute(
            "document.getElementById('options-heading').scrollIntoView();",
            vec![],
        )
        .await
        .unwrap();
    screenshot(&client, "condition-options-en-US").await;

    // A whole consultation for each of the six conditions, start to decision, through the
    // real commands; the record the Rust side holds is read back with current_consultation.
    for (i, condition) in catalog.conditions().iter().enumerate() {
        if i > 0 {
            click(&client, "#end-visit").await;
            click(&client, "#end-visit-yes").await;
            let label = waiting()
                .for_element(Locator::Css("#patient-label"))
                .await
                .unwrap();
            assert_eq!(
                label.prop("value").await.unwrap().unwrap_or_default(),
                "",
                "ending a visit wipes the patient label from the screen"
            );
            assert_eq!(
                rust_record(&client).await,
                Value::Null,
                "and from the Rust side"
            );
            label.send_keys(&format!("Visit {i}")).await.unwrap();
            click(&client, "#start-consultation").await;
        } else {
            click(&client, "#step-condition").await;
        }
        complete_consultation(&client, &catalog, &condition.id, &summary_dir(&data_home)).await;
    }

    client.close().await.unwrap();
    let log = std::fs::read_to_string(&trace).unwrap();
    let calls: Vec<&str> = log.lines().filter(|l| l.contains("socket(")).collect();
    assert!(
        !calls.is_empty(),
        "strace saw no socket call at all: {log:.2000}"
    );
    // Allowed: Unix and netlink sockets (X11, D-Bus, WebKit's own processes), and TCP on
    // 127.0.0.1, which is the WebDriver automation channel between WebKitWebDriver and the
    // app (it exists only under test). Anything else, a UDP socket (DNS) or a connection to
    // any other address, is a network access.
    let network: Vec<&str> = log
        .lines()
        .filter(|l| {
            let udp = l.contains("socket(AF_INET") && l.contains("SOCK_DGRAM");
            let raw = l.contains("AF_PACKET") || (l.contains("AF_INET") && l.contains("SOCK_RAW"));
            let remote = l.contains("connect(")
                && (l.contains("AF_INET6") || l.contains("AF_INET,"))
                && !l.contains("inet_addr(\"127.0.0.1\")");
            udp || raw || remote
        })
        .collect();
    assert!(
        network.is_empty(),
        "the app reached for the network during the consultations: {network:#?}"
    );
    let loopback = log.lines().filter(|l| l.contains("127.0.0.1")).count();
    println!(
        "strace: {} socket calls, {loopback} to the WebDriver channel on 127.0.0.1",
        calls.len()
    );
    let _ = std::fs::remove_dir_all(&data_home);
}

/// A launcher that runs `app` under strace, logging every `socket` and `connect` call of it
/// and of every process it starts (WebKit's web and network processes) to `trace`.
fn traced(app: &std::path::Path, trace: &std::path::Path, dir: &std::path::Path) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let launcher = dir.join("hipaid-traced");
    let script = format!(
        "#!/bin/sh\nexec strace -f -qq -e trace=socket,connect -o '{}' '{}' \"$@\"\n",
        trace.display(),
        app.display()
    );
    std::fs::write(&launcher, script).unwrap();
    std::fs::set_permissions(&launcher, std::fs::Permissions::from_mode(0o755)).unwrap();
    launcher
}

/// The consultation record as the Rust side holds it, through the app's own command.
async fn rust_record(client: &Client) -> Value {
    client
        .execute_async(
            "const done = arguments[0]; window.__TAURI_INTERNALS__.invoke('current_consultation')\
             .then(done, (e) => done({ error: String(e) }));",
            vec![],
        )
        .await
        .unwrap()
}

/// Waits until the Rust record satisfies `check` (changes are sent asynchronously).
async fn wait_record(client: &Client, what: &str, check: impl Fn(&Value) -> bool) -> Value {
    for _ in 0..100 {
        let record = rust_record(client).await;
        if check(&record) {
            return record;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "the Rust record never showed {what}: {}",
        rust_record(client).await
    );
}

/// Walks one consultation from the condition step to the decision with the first two options
/// that apply, and checks each answer arrived in the Rust record.
async fn complete_consultation(
    client: &Client,
    catalog: &hipaid_core::Catalog,
    condition: &str,
    summaries: &std::path::Path,
) {
    let waiting = || client.wait().at_most(Duration::from_secs(20));
    waiting()
        .for_element(Locator::Css(&format!("#condition-{condition}")))
        .await
        .unwrap();
    click(client, &format!("#condition-{condition}")).await;
    wait_record(client, "the condition", |r| r["conditionId"] == condition).await;
    let offered: Vec<String> = catalog
        .overview(condition, None)
        .unwrap()
        .options
        .iter()
        .map(|o| o.id.clone())
        .take(2)
        .collect();
    click(client, "#step-next").await;
    waiting()
        .for_element(Locator::Css("#figures-natural-course"))
        .await
        .unwrap();
    click(client, "#step-next").await;
    for id in &offered {
        let css = format!("#compare-{id}");
        waiting().for_element(Locator::Css(&css)).await.unwrap();
        click(client, &css).await;
        wait_record(client, "a compared option", |r| {
            r["comparedOptions"]
                .as_array()
                .is_some_and(|a| a.iter().any(|x| x == id.as_str()))
        })
        .await;
    }
    click(client, "#step-next").await;
    waiting()
        .for_element(Locator::Css("#compare-table"))
        .await
        .unwrap();
    if condition == "hip-oa" {
        screenshot(client, "step-compare-en-US").await;
    }
    // Every "N out of 100 people" the compare screen shows, to find on paper later.
    let people =
        regex::Regex::new(r"\d[\d.,]*(?: to \d[\d.,]*)? out of (?:100|1,000) people").unwrap();
    let on_screen: Vec<String> = people
        .find_iter(
            // Fluent isolates each number with U+2068…U+2069; the paper has no such marks.
            &text_of(client, "#compare-table")
                .await
                .replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        )
        .map(|m| m.as_str().to_owned())
        .collect();
    click(client, "#step-next").await;
    waiting()
        .for_element(Locator::Css("#timeline-section"))
        .await
        .unwrap();
    if condition == "hip-oa" {
        screenshot(client, "step-visuals-en-US").await;
    }
    click(client, "#step-next").await;
    click(client, "#priority-avoid-surgery-very").await;
    wait_record(client, "a priority", |r| {
        r["priorities"][0]["priority"] == "avoid-surgery"
    })
    .await;
    waiting()
        .for_element(Locator::Css("#reflect-table"))
        .await
        .unwrap();
    click(client, "#step-next").await;
    click(client, "#question-chance-for-me").await;
    click(client, "#step-next").await;
    for item in ["sure", "understand", "risk-benefit"] {
        click(client, &format!("#sure-{item}-yes")).await;
    }
    click(client, "#sure-encouragement-no").await;
    wait_record(client, "the SURE answers", |r| {
        r["sure"]["encouragement"] == false
    })
    .await;
    let advice = text_of(client, "#sure-result").await;
    assert!(
        advice.contains("more time, information or support"),
        "three yes answers suggest more support: {advice}"
    );
    click(client, "#step-next").await;
    click(client, "#decision-leaning").await;
    let first = &offered[0];
    click(client, &format!("#decision-option-{first}")).await;
    click(client, "#next-time-to-think").await;
    let record = wait_record(client, "the decision and next step", |r| {
        r["decision"]["optionId"] == first.as_str()
            && r["nextSteps"]
                .as_array()
                .is_some_and(|a| a.iter().any(|x| x == "time-to-think"))
    })
    .await;
    assert_eq!(record["comparedOptions"], Value::from(offered.clone()));
    assert_eq!(record["questions"], serde_json::json!(["chance-for-me"]));
    assert_eq!(record["decision"]["kind"], "leaning");
    // The record the Rust side holds is a valid consultation for the core.
    let parsed: hipaid_core::Consultation = serde_json::from_value(record).unwrap();
    parsed.validate(catalog).unwrap();
    if condition == "hip-oa" {
        screenshot(client, "step-decision-en-US").await;
    }

    // Print: the real command renders the PDF in Rust and saves it (into the test's folder
    // instead of through the dialog); the paper has the screen's options and numbers.
    click(client, "#print-summary").await;
    let started = Instant::now();
    let status = loop {
        let status = text_of(client, "#print-status").await;
        if status.contains("saved as") {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no summary saved: `{status}`"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let day = &rust_record(client).await["startedAt"].as_str().unwrap()[..10].to_owned();
    let pdf = summaries.join(format!("hip-summary-{day}.pdf"));
    assert!(status.contains(&pdf.display().to_string()), "{status}");
    let out = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let paper = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for id in &offered {
        let name = hipaid_l10n::Localizer::embedded()
            .unwrap()
            .format("en-US", &catalog.option(id).unwrap().name_id, None)
            .unwrap()
            .text;
        assert!(
            paper.contains(&name),
            "{condition}: the printed summary names `{name}`"
        );
    }
    assert!(
        !on_screen.is_empty() || condition != "hip-oa",
        "hip-oa's compare screen shows numbers"
    );
    for number in &on_screen {
        assert!(
            paper.contains(number.as_str()),
            "{condition}: the screen's `{number}` is on paper"
        );
    }
    if condition == "hip-oa" {
        screenshot(client, "step-decision-printed-en-US").await;
    }
}

/// Both tests start their own tauri-driver on the same ports: one at a time.
static ONE_APP_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Runs of digits with their separators, in any script's digits (Arabic-Indic included).
fn number_runs(text: &str) -> Vec<String> {
    // Group separators that are spaces (1 000) split a run on both sides alike: pdftotext
    // turns no-break spaces into plain ones.
    let re = regex::Regex::new(r"\p{Nd}(?:[\p{Nd}.,٫٬]*\p{Nd})?").unwrap();
    re.find_iter(text).map(|m| m.as_str().to_owned()).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn every_locale_switches_live_and_screen_and_paper_show_the_same_numbers() {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let l10n = Localizer::embedded().unwrap();
    let catalog = hipaid_core::Catalog::embedded().unwrap();
    let message = |locale: &str, id: &str| l10n.format(locale, id, None).unwrap().text;
    let data_home = std::env::temp_dir().join(format!("hipaid-e2e-l10n-{}", std::process::id()));
    std::fs::create_dir_all(summary_dir(&data_home)).unwrap();
    let app = app_binary();
    let _driver = start_driver(&data_home);
    let client = connect(&app).await;
    let waiting = || client.wait().at_most(Duration::from_secs(20));
    let locales: Vec<_> = l10n.locales().into_iter().filter(|i| !i.pseudo).collect();
    assert!(locales.len() >= 3, "{locales:?}");
    let offered: Vec<String> = catalog
        .overview("hip-oa", None)
        .unwrap()
        .options
        .iter()
        .map(|o| o.id.clone())
        .take(2)
        .collect();
    wait_for_text(
        &client,
        "#start-consultation",
        &message("en-US", "start-submit"),
    )
    .await;
    for info in &locales {
        let id = info.id.as_str();
        let lang: unic_langid::LanguageIdentifier = id.parse().unwrap();
        // Switch live; the start screen speaks the locale and the page takes its direction.
        choose_ui_locale(&client, id).await;
        wait_for_text(&client, "#start-consultation", &message(id, "start-submit")).await;
        let dir = format!("{:?}", info.direction).to_lowercase();
        assert_eq!(document_lang_dir(&client).await, (id.to_owned(), dir));

        // Intl in this very webview formats numbers as ICU4X does on paper, with the locale's
        // digits. (Dates are not compared here: the screen shows Rust's, checked below.)
        let tag = info.intl_locale.clone();
        let samples = [0.08, 2.9, 12.0, 45.0, 100.0, 1000.0, 1234.5, 25.3];
        let screen = client
            .execute(
                "const [tag, xs] = arguments; \
                 const f = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }); \
                 return xs.map((x) => f.format(x));",
                vec![json!(tag), json!(samples)],
            )
            .await
            .unwrap();
        let paper: Vec<String> = samples
            .iter()
            .map(|x| hipaid_l10n::format::number(&lang, *x).unwrap())
            .collect();
        // The webview's ICU and ICU4X carry different CLDR versions, which differ in which
        // space they put before "г." or inside "1 000" (U+0020, U+00A0, U+202F): the same to a
        // reader, so spaces are compared as spaces. Any other difference fails.
        let spaces = |v: &Value| -> Vec<String> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().replace(['\u{a0}', '\u{202f}'], " "))
                .collect()
        };
        let (on_screen, on_paper) = (spaces(&screen), spaces(&json!(paper)));
        assert_eq!(on_screen, on_paper, "{id}: Intl (screen) vs ICU4X (paper)");

        // A visit in this language: hip OA, two options compared, then printed.
        client
            .find(Locator::Css("#patient-locale"))
            .await
            .unwrap()
            .select_by_value(id)
            .await
            .unwrap();
        screenshot(&client, &format!("l10n-start-{id}")).await;
        click(&client, "#start-consultation").await;
        waiting()
            .for_element(Locator::Css("#condition-hip-oa"))
            .await
            .unwrap();
        click(&client, "#condition-hip-oa").await;
        wait_record(&client, "the condition", |r| r["conditionId"] == "hip-oa").await;
        // The hip picture's numbers are in the locale's digits.
        let legend = unisolated(text_of(&client, "#hip-picture-legend").await);
        let one = hipaid_l10n::format::number(&lang, 1.0).unwrap();
        assert!(
            legend.contains(&one),
            "{id}: legend numbered with {one}: {legend}"
        );
        click(&client, "#step-next").await;
        waiting()
            .for_element(Locator::Css("#figures-natural-course"))
            .await
            .unwrap();
        click(&client, "#step-next").await;
        // The screen's dates come from ICU4X, as the paper's do: the About panel's
        // last-reviewed date is the one the summary prints (checked on paper below).
        waiting()
            .for_element(Locator::Css("#about-toggle"))
            .await
            .unwrap();
        click(&client, "#about-toggle").await;
        let reviewed = catalog.document().last_reviewed.clone();
        let reviewed_text = unisolated(hipaid_l10n::format::iso_date(&lang, &reviewed).unwrap());
        wait_for_part(&client, "#about-last-reviewed", &reviewed_text).await;
        click(&client, "#about-toggle").await;
        for option in &offered {
            let css = format!("#compare-{option}");
            waiting().for_element(Locator::Css(&css)).await.unwrap();
            click(&client, &css).await;
            wait_record(&client, "a compared option", |r| {
                r["comparedOptions"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|x| x == option.as_str()))
            })
            .await;
        }
        click(&client, "#step-next").await;
        waiting()
            .for_element(Locator::Css("#compare-table"))
            .await
            .unwrap();
        screenshot(&client, &format!("l10n-compare-{id}")).await;
        let table = unisolated(text_of(&client, "#compare-table").await);
        let on_screen = number_runs(&table);
        assert!(
            on_screen.len() >= 4,
            "{id}: the compare table shows numbers: {table}"
        );
        click(&client, "#step-next").await;
        waiting()
            .for_element(Locator::Css("#timeline-section"))
            .await
            .unwrap();
        screenshot(&client, &format!("l10n-visuals-{id}")).await;
        client
            .execute(
                "document.querySelector('.icon-array')?.scrollIntoView({block: 'center'});",
                vec![],
            )
            .await
            .unwrap();
        screenshot(&client, &format!("l10n-arrays-{id}")).await;
        for _ in 0..4 {
            click(&client, "#step-next").await;
        }
        click(&client, "#print-summary").await;
        let day = rust_record(&client).await["startedAt"].as_str().unwrap()[..10].to_owned();
        let pdf = summary_dir(&data_home).join(format!("hip-summary-{day}.pdf"));
        let started = Instant::now();
        while !text_of(&client, "#print-status")
            .await
            .contains(&pdf.display().to_string())
        {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "{id}: no summary saved"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let out = Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let raw_paper = String::from_utf8_lossy(&out.stdout).into_owned();
        let paper = unisolated(raw_paper.clone());
        let on_paper = number_runs(&paper);
        for n in &on_screen {
            assert!(
                on_paper.contains(n),
                "{id}: the screen's number `{n}` is not on paper (paper has {on_paper:?})"
            );
        }
        // Compared without spaces, with lam-alef as poppler writes it and without Arabic vowel
        // marks: pdftotext splits Nastaliq words where letters cascade, reverses a ligature
        // glyph's two letters, and moves or adds harakat (the page shows them right).
        let squeezed = |s: &str| -> String {
            s.chars()
                .filter(|c| {
                    !c.is_whitespace()
                        && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
                })
                .collect::<String>()
                .replace("لا", "ال")
                .replace("لأ", "أل")
                .replace("لإ", "إل")
                .replace("لآ", "آل")
        };
        assert!(
            squeezed(&paper).contains(&squeezed(&message(id, "summary-title"))),
            "{id}: the summary's title is in {id}"
        );
        // pdftotext writes a right-to-left line in visual order ("2026 ،نومبر 22"), so the
        // date's words and numbers are looked for on one line, in any order.
        let words: Vec<&str> = reviewed_text
            .split_whitespace()
            .map(|w| w.trim_matches([',', '،', '.']))
            .filter(|w| !w.is_empty())
            .collect();
        assert!(
            raw_paper.lines().any(|line| {
                let line = squeezed(line);
                words.iter().all(|w| line.contains(&squeezed(w)))
            }),
            "{id}: the date the screen showed, {reviewed_text}, is on paper"
        );
        std::fs::remove_file(&pdf).unwrap();
        click(&client, "#end-visit").await;
        click(&client, "#end-visit-yes").await;
        waiting()
            .for_element(Locator::Css("#patient-label"))
            .await
            .unwrap();
    }
    choose_ui_locale(&client, "en-US").await;
    client.close().await.unwrap();
    let _ = std::fs::remove_dir_all(&data_home);
}

/// Every file under `dir` whose bytes contain `needle`.
fn files_containing(dir: &std::path::Path, needle: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if std::fs::read(&path).is_ok_and(|b| String::from_utf8_lossy(&b).contains(needle)) {
            found.push(path);
        }
    }
    found
}

#[tokio::test(flavor = "multi_thread")]
async fn killing_the_app_mid_visit_loses_no_answer_and_ending_the_visit_leaves_no_patient_data() {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let data_home = std::env::temp_dir().join(format!("hipaid-e2e-kill-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_home);
    std::fs::create_dir_all(summary_dir(&data_home)).unwrap();
    let app = app_binary();
    let _driver = start_driver(&data_home);
    let client = connect(&app).await;
    let waiting = || client.wait().at_most(Duration::from_secs(20));

    // A visit with answers on several steps.
    let label = "Kill test Ωμέγα 7";
    let field = waiting()
        .for_element(Locator::Css("#patient-label"))
        .await
        .unwrap();
    field.send_keys(label).await.unwrap();
    click(&client, "#start-consultation").await;
    waiting()
        .for_element(Locator::Css("#condition-hip-oa"))
        .await
        .unwrap();
    click(&client, "#condition-hip-oa").await;
    wait_record(&client, "the condition", |r| r["conditionId"] == "hip-oa").await;
    click(&client, "#step-next").await;
    click(&client, "#step-next").await;
    for option in ["exercise", "steroid-injection"] {
        let css = format!("#compare-{option}");
        waiting().for_element(Locator::Css(&css)).await.unwrap();
        click(&client, &css).await;
    }
    let before = wait_record(&client, "two compared options", |r| {
        r["comparedOptions"]
            .as_array()
            .is_some_and(|a| a.len() == 2)
    })
    .await;
    assert_eq!(before["patientLabel"], label);

    // kill -9: no clean shut-down, no chance to save anything more.
    let pgrep = Command::new("pgrep")
        .args(["-f", &app.display().to_string()])
        .output()
        .unwrap();
    let pids: Vec<String> = String::from_utf8_lossy(&pgrep.stdout)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    assert!(!pids.is_empty(), "the app's process is running");
    for pid in &pids {
        let killed = Command::new("kill").args(["-9", pid]).status().unwrap();
        assert!(killed.success(), "kill -9 {pid}");
    }
    // The dead app's WebDriver session is closed (it may answer with an error) before the
    // next start.
    let _ = client.close().await;

    // The next start offers the visit; going on opens every answer.
    let client = connect(&app).await;
    let notice = text_of(&client, "#start-unfinished").await;
    assert!(!notice.trim().is_empty());
    screenshot(&client, "restored-after-kill").await;
    click(&client, "#continue-consultation").await;
    let after = rust_record(&client).await;
    assert_eq!(after, before, "every answer is back");
    assert!(
        !files_containing(&data_home, label).is_empty(),
        "the open visit is on disk"
    );

    // End consultation: nothing about the patient is left in the app's data.
    click(&client, "#end-visit").await;
    click(&client, "#end-visit-yes").await;
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("#patient-label"))
        .await
        .unwrap();
    wait_record(&client, "no open visit", Value::is_null).await;
    assert_eq!(files_containing(&data_home, label), Vec::<PathBuf>::new());
    client.close().await.unwrap();
    let _ = std::fs::remove_dir_all(&data_home);
}

#[tokio::test(flavor = "multi_thread")]
async fn damaged_settings_and_visit_files_leave_the_app_usable_and_settings_are_saved() {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let data_home =
        std::env::temp_dir().join(format!("hipaid-e2e-settings-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_home);
    std::fs::create_dir_all(summary_dir(&data_home)).unwrap();
    // Both files the app keeps, damaged: a settings file cut short and a visit that is not JSON.
    let app_dir = data_home.join("org.hipaid.desktop");
    std::fs::create_dir_all(&app_dir).unwrap();
    let cut = br#"{"settings": {"version": 1, "clinicName": "Riverside Hi"#;
    std::fs::write(app_dir.join("settings.json"), cut).unwrap();
    std::fs::write(app_dir.join("consultation.json"), b"\x00garbage").unwrap();
    let app = app_binary();
    let _driver = start_driver(&data_home);
    let client = connect(&app).await;

    // The start screen says what happened, in the UI language, and a visit can start.
    let l10n = hipaid_l10n::Localizer::embedded().unwrap();
    let words = |id: &str| l10n.format("en-US", id, None).unwrap().text;
    wait_for_text(
        &client,
        "#start-settings-damaged",
        &words("start-notice-settings-damaged"),
    )
    .await;
    wait_for_text(&client, "#start-damaged", &words("start-notice-damaged")).await;
    screenshot(&client, "start-damaged-files").await;
    let aside = |prefix: &str| {
        std::fs::read_dir(&app_dir)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with(prefix)
            })
            .count()
    };
    assert_eq!(
        aside("settings.damaged-"),
        1,
        "the damaged settings are kept for support"
    );
    assert_eq!(
        aside("consultation.damaged-"),
        1,
        "the damaged visit is kept for support"
    );

    // Clinic staff set the clinic's name and the paper; the settings file is written.
    click(&client, "#open-settings").await;
    let name = client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("#settings-clinic-name"))
        .await
        .unwrap();
    name.send_keys("Riverside Hip Clinic").await.unwrap();
    click(&client, "#settings-save").await;
    wait_for_text(&client, "#settings-saved", &words("settings-saved")).await;
    screenshot(&client, "settings-saved-en-US").await;
    let stored = std::fs::read_to_string(app_dir.join("settings.json")).unwrap();
    assert!(stored.contains("Riverside Hip Clinic"), "{stored}");
    client.close().await.unwrap();

    // The next start has no notice and the settings are in force.
    let client = connect(&app).await;
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("#patient-label"))
        .await
        .unwrap();
    assert!(
        client
            .find(Locator::Css("#start-settings-damaged"))
            .await
            .is_err(),
        "no notice after a good start"
    );
    click(&client, "#open-settings").await;
    let value = client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("#settings-clinic-name"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(value.as_deref(), Some("Riverside Hip Clinic"));
    client.close().await.unwrap();
    let _ = std::fs::remove_dir_all(&data_home);
}
