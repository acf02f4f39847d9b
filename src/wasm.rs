//! The browser facade: converts at the boundary and calls the core. One
//! export per user action; every export returns `Result<JsValue, JsError>`
//! so bad input becomes a JavaScript exception with a readable message,
//! never a trap.

use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Re-exported so that wasm tests build their values with the very same
/// crates the facade was compiled against.
pub use {js_sys, wasm_bindgen::JsValue};

use crate::model::{ArticleInput, Options};

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the result: {e}")))
}

fn options_from(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("bad options: {e}")))
}

/// Log panics to the browser console (a panic still ends the module).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Analyse a cluster: `articles` is an array of `{name, text, format, url?, keep?}`,
/// `options` an object (or undefined). Returns the report (see docs/report.md).
#[wasm_bindgen(js_name = analyze)]
pub fn analyze(articles: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let articles: Vec<ArticleInput> = serde_wasm_bindgen::from_value(articles)
        .map_err(|e| JsError::new(&format!("articles must be a list of {{name, text, format}}: {e}")))?;
    let options = options_from(options)?;
    let report = crate::analyze(&articles, &options).map_err(|e| JsError::new(e.message()))?;
    to_js(&report)
}

/// Analyse a cluster given as JSON text, returning the report as JSON text.
/// Used by tests to compare byte for byte with the native build.
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(articles_json: &str, options_json: &str) -> Result<String, JsError> {
    let report = report_from_json(articles_json, options_json)?;
    serde_json::to_string(&report).map_err(|e| JsError::new(&e.to_string()))
}

/// The report of a cluster given as JSON text (articles, options).
fn report_from_json(articles_json: &str, options_json: &str) -> Result<crate::model::Report, JsError> {
    let articles: Vec<ArticleInput> =
        serde_json::from_str(articles_json).map_err(|e| JsError::new(&format!("bad articles JSON: {e}")))?;
    let options: Options = if options_json.trim().is_empty() {
        Options::default()
    } else {
        serde_json::from_str(options_json).map_err(|e| JsError::new(&format!("bad options JSON: {e}")))?
    };
    crate::analyze(&articles, &options).map_err(|e| JsError::new(e.message()))
}

/// [`analyze_json`] in two parts: `[report, table]`, the report's JSON
/// without its `link_table` and that table's JSON apart (an empty string
/// when the options did not ask for compact links). The page parses the
/// report at once and the table only when a sentence is first opened: at
/// 100 articles the table is a third of the JSON, and parsing it with the
/// rest more than doubled the page's parse time.
#[wasm_bindgen(js_name = analyzeJsonParts)]
pub fn analyze_json_parts(articles_json: &str, options_json: &str) -> Result<js_sys::Array, JsError> {
    let mut report = report_from_json(articles_json, options_json)?;
    let table = match report.link_table.take() {
        Some(t) => serde_json::to_string(&t).map_err(|e| JsError::new(&e.to_string()))?,
        None => String::new(),
    };
    let main = serde_json::to_string(&report).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(js_sys::Array::of2(&JsValue::from_str(&main), &JsValue::from_str(&table)))
}

/// The engine's version, for the page's footer and exports.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
