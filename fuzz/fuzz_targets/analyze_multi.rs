//! The whole pipeline on several articles: never panics, returns a report
//! whose ids and references are consistent, and renders.
//!
//! Input: articles separated by the byte 0x1E (record separator), at most
//! eight; an article starting with `<` is read as HTML, any other as pasted
//! text; after a byte 0x1D, lines (split on 0x1D too) the user took out
//! (`drop`). A first byte 0x1F turns on `keep_furniture` and a low link
//! threshold (more links, claims and disagreements to build).
#![no_main]

use std::collections::BTreeSet;

use corroborate::{analyze, ArticleInput, Format, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (options, data) = match data.split_first() {
        Some((0x1f, rest)) => (Options { keep_furniture: true, min_link_score: Some(0.1), ..Options::default() }, rest),
        _ => (Options::default(), data),
    };
    let inputs: Vec<ArticleInput> = data
        .split(|&b| b == 0x1e)
        .take(8)
        .enumerate()
        .map(|(i, chunk)| {
            let mut parts = chunk.split(|&b| b == 0x1d);
            let text = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
            let drop = parts.map(|p| String::from_utf8_lossy(p).into_owned()).collect();
            let format = if text.starts_with('<') { Format::Html } else { Format::Text };
            ArticleInput { name: format!("a{i}"), text, format, url: None, keep: Vec::new(), drop }
        })
        .collect();
    let report = match analyze(&inputs, &options) {
        Ok(r) => r,
        Err(e) => panic!("analyze failed on acceptable input: {e}"),
    };
    assert_eq!(report.articles.len(), inputs.len(), "an article was dropped");
    let mut ids = BTreeSet::new();
    for (a, art) in report.articles.iter().enumerate() {
        for (s, se) in art.sentences.iter().enumerate() {
            assert_eq!(&*se.id, format!("a{a}s{s}"));
            assert!(se.support >= 1 && se.support <= inputs.len());
            assert!(se.independent_support >= 1 && se.independent_support <= se.support);
            assert_eq!(se.sources.len(), se.support, "{}: sources {:?}", se.id, se.sources);
            ids.insert(&*se.id);
        }
    }
    for art in &report.articles {
        for se in &art.sentences {
            for m in &se.matches {
                assert!(ids.contains(&**m), "{} matches unknown {m}", se.id);
            }
        }
    }
    for l in &report.links {
        assert!(ids.contains(&*l.a) && ids.contains(&*l.b));
        assert!((0.0..=1.0).contains(&l.score), "link score {}", l.score);
    }
    for c in &report.claims {
        assert!(ids.contains(&*c.representative));
        for s in &c.sentences {
            assert!(ids.contains(&**s));
        }
    }
    for d in &report.disagreements {
        assert!(ids.contains(&*d.a) && ids.contains(&*d.b));
    }
    let _ = corroborate::render::report(&report);
});
