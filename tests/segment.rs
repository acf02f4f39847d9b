//! Sentence-splitting fixtures: `tests/fixtures/segment/<case>.txt` holds
//! paragraphs separated by blank lines; `<case>.expected.txt` the expected
//! sentences, one per line (`BLESS=1` rewrites).

#![cfg(not(target_arch = "wasm32"))] // native only: wasm-pack test runs tests/web.rs

mod common;

use corroborate::segment::split_sentences;

#[test]
fn segment_fixtures() {
    let dir = common::fixtures("segment");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    inputs.retain(|p: &std::path::PathBuf| {
        p.extension().is_some_and(|e| e == "txt") && !p.to_string_lossy().ends_with(".expected.txt")
    });
    inputs.sort();
    assert!(!inputs.is_empty(), "no segment fixtures in {}", dir.display());
    let mut failures = Vec::new();
    for input in inputs {
        let text = std::fs::read_to_string(&input).unwrap();
        let mut out = String::new();
        for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            for s in split_sentences(para) {
                out.push_str(&s);
                out.push('\n');
            }
        }
        let expected = input.with_extension("expected.txt");
        if let Some(f) = common::golden(&expected, &out) {
            failures.push(f);
        }
    }
    common::assert_all(failures);
}

#[test]
fn words_are_kept() {
    let para = "Mr. A. B. Smith (Reuters) said \"yes. no.\" Then 3.5 p.m. came. U.S. troops left.";
    let joined = split_sentences(para).join(" ");
    assert_eq!(joined.split_whitespace().collect::<Vec<_>>(), para.split_whitespace().collect::<Vec<_>>());
}
