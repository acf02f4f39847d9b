//! The report contract, end to end on the native core: each case under
//! `tests/fixtures/report/<case>/` holds `articles.json` (the input, as the
//! page sends it) and the expected `report.json` (exact) and `report.txt`
//! (readable). The wasm tests (`tests/web.rs`) check the wasm build against
//! the same `report.json`. `BLESS=1 cargo test` rewrites the expectations.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use corroborate::{analyze, render, ArticleInput, Options};

#[test]
fn report_fixtures() {
    let mut failures = Vec::new();
    let cases = common::cases("report");
    assert!(!cases.is_empty(), "no report fixtures found");
    for case in cases {
        let input = std::fs::read_to_string(case.join("articles.json")).expect("articles.json");
        let articles: Vec<ArticleInput> = serde_json::from_str(&input).expect("valid articles.json");
        let report = analyze(&articles, &Options::default()).expect("analyze");
        let json = serde_json::to_string_pretty(&report).expect("json") + "\n";
        failures.extend(common::golden(&case.join("report.json"), &json));
        failures.extend(common::golden(&case.join("report.txt"), &render::report(&report)));
    }
    common::assert_all(failures);
}

#[test]
fn every_report_field_exists_even_when_empty() {
    let report = analyze(&[], &Options::default()).expect("empty cluster is fine");
    let v = serde_json::to_value(&report).expect("json");
    for key in ["articles", "links", "claims", "derivations", "disagreements", "warnings", "options"] {
        assert!(v.get(key).is_some(), "missing field {key}");
    }
}
