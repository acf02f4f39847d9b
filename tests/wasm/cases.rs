// The wasm facade tests, shared by tests/web.rs (Node) and
// tests/web_browser.rs (headless Chromium).

use corroborate::wasm::{js_sys, JsValue};
use wasm_bindgen_test::*;

const ARTICLES: &str = include_str!("../fixtures/report/wire-rewrite/articles.json");
const EXPECTED: &str = include_str!("../fixtures/report/wire-rewrite/report.json");

fn canonical(v: &JsValue) -> String {
    js_sys::JSON::stringify(v).map(String::from).unwrap_or_default()
}

#[wasm_bindgen_test]
fn analyze_matches_native_report() {
    let articles = js_sys::JSON::parse(ARTICLES).expect("articles parse");
    let report = corroborate::wasm::analyze(articles, JsValue::UNDEFINED).expect("analyze");
    let expected = js_sys::JSON::parse(EXPECTED).expect("expected parse");
    assert_eq!(canonical(&report), canonical(&expected));
}

#[wasm_bindgen_test]
fn analyze_json_matches_native_report() {
    let out = corroborate::wasm::analyze_json(ARTICLES, "{}").expect("analyzeJson");
    let got = js_sys::JSON::parse(&out).expect("parse");
    let expected = js_sys::JSON::parse(EXPECTED).expect("expected parse");
    assert_eq!(canonical(&got), canonical(&expected));
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_not_a_trap() {
    assert!(corroborate::wasm::analyze(JsValue::from_str("nope"), JsValue::UNDEFINED).is_err());
    let bad_opts = js_sys::JSON::parse(r#"{"min_link_score": 5}"#).expect("parse");
    assert!(corroborate::wasm::analyze(js_sys::Array::new().into(), bad_opts).is_err());
    // still alive
    let articles = js_sys::JSON::parse(ARTICLES).expect("articles parse");
    assert!(corroborate::wasm::analyze(articles, JsValue::UNDEFINED).is_ok());
}
