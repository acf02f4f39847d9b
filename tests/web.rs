//! The wasm build under `wasm-pack test --node`: the facade returns the same
//! report as the native core (the native test `tests/report.rs` checks the
//! same `report.json`), and bad input becomes a JavaScript error, not a trap.
//! `tests/web_browser.rs` runs the same cases in headless Chromium.
#![cfg(target_arch = "wasm32")]

include!("wasm/cases.rs");
