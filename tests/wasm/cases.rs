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
fn analyze_json_parts_hold_the_compact_report() {
    let opts = r#"{"compact_links": true}"#;
    let whole = js_sys::JSON::parse(&corroborate::wasm::analyze_json(ARTICLES, opts).expect("analyzeJson")).expect("parse");
    let parts = corroborate::wasm::analyze_json_parts(ARTICLES, opts).expect("analyzeJsonParts");
    assert_eq!(parts.length(), 2);
    let main = js_sys::JSON::parse(&parts.get(0).as_string().expect("report text")).expect("parse report");
    let table_text = parts.get(1).as_string().expect("table text");
    let table = js_sys::JSON::parse(&table_text).expect("parse table");
    // the report without its table, plus the table, is the compact report
    assert!(js_sys::Reflect::get(&main, &JsValue::from_str("link_table")).expect("get").is_undefined());
    js_sys::Reflect::set(&main, &JsValue::from_str("link_table"), &table).expect("set");
    let rows = js_sys::Reflect::get(&table, &JsValue::from_str("rows")).expect("rows");
    assert!(js_sys::Array::from(&rows).length() > 0, "the fixture has links");
    let sorted = |v: &JsValue| -> String {
        // key order: compare as objects through a sorted re-serialisation
        let keys = js_sys::Object::keys(&js_sys::Object::from(v.clone()));
        keys.sort();
        keys.iter()
            .map(|k| format!("{}={}", k.as_string().unwrap_or_default(), canonical(&js_sys::Reflect::get(v, &k).unwrap_or_default())))
            .collect::<Vec<_>>()
            .join(";")
    };
    assert_eq!(sorted(&main), sorted(&whole));
    // without compact links there is no table
    let plain = corroborate::wasm::analyze_json_parts(ARTICLES, "{}").expect("parts");
    assert_eq!(plain.get(1).as_string().as_deref(), Some(""));
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
