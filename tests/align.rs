//! Alignment fixtures: each `tests/fixtures/align/<case>/docs/*.txt` cluster
//! (articles written for these tests) is analysed with default options and
//! its readable report compared with `expected.txt` (`BLESS=1` rewrites).
//! Plus a check on the seed articles in `../shared/data` when present.

#![cfg(not(target_arch = "wasm32"))] // native only: wasm-pack test runs tests/web.rs

mod common;

use std::collections::BTreeSet;

use corroborate::model::{ArticleInput, Format, Options, Report};
use corroborate::{analyze, render};

fn load_docs(dir: &std::path::Path) -> Vec<ArticleInput> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .map(|p| ArticleInput {
            name: p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
            text: std::fs::read_to_string(p).unwrap_or_default(),
            format: Format::Text,
            ..Default::default()
        })
        .collect()
}

#[test]
fn align_fixtures() {
    let mut failures = Vec::new();
    let cases = common::cases("align");
    assert!(!cases.is_empty(), "no align fixtures found");
    for case in cases {
        let docs = load_docs(&case.join("docs"));
        let report = analyze(&docs, &Options::default()).unwrap();
        if let Some(f) = common::golden(&case.join("expected.txt"), &render::report(&report)) {
            failures.push(f);
        }
    }
    common::assert_all(failures);
}

/// Gold pairs from `tests/fixtures/align/seeds-gold.txt` (see its header).
fn seed_gold(report: &Report) -> (BTreeSet<(String, String)>, Vec<String>) {
    let text = std::fs::read_to_string(common::fixtures("align").join("seeds-gold.txt")).unwrap();
    let mut gold = BTreeSet::new();
    let mut problems = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (name, rest) = line.split_once(':').unwrap();
        let mut ids = Vec::new();
        for frag in rest.split(" ; ") {
            let (art, words) = frag.trim().split_once(':').unwrap();
            let art: usize = art.trim().parse().unwrap();
            let hits: Vec<&str> = report.articles[art]
                .sentences
                .iter()
                .filter(|s| s.text.contains(words.trim()))
                .map(|s| &*s.id)
                .collect();
            if hits.len() != 1 {
                problems.push(format!("{name}: {frag:?} matches {} sentences", hits.len()));
            }
            ids.extend(hits.first().map(|s| (art, s.to_string())));
        }
        for (x, a) in &ids {
            for (y, b) in &ids {
                if x < y {
                    gold.insert((a.clone(), b.clone()));
                }
            }
        }
    }
    (gold, problems)
}

#[test]
fn seed_pairs() {
    let Some(data) = common::shared_data() else {
        eprintln!("SKIPPED seed_pairs: ../shared/data/seeds not present");
        return;
    };
    let dir = data.join("seeds");
    if !dir.is_dir() {
        eprintln!("SKIPPED seed_pairs: {} not present", dir.display());
        return;
    }
    let docs = load_docs(&dir);
    let report = analyze(&docs, &Options::default()).unwrap();
    let (gold, problems) = seed_gold(&report);
    for p in &problems {
        eprintln!("seed gold: {p}");
    }
    let pred: BTreeSet<(String, String)> = report.links.iter().map(|l| (l.a.to_string(), l.b.to_string())).collect();
    let tp = pred.intersection(&gold).count();
    let precision = tp as f64 / pred.len().max(1) as f64;
    let recall = tp as f64 / gold.len().max(1) as f64;
    eprintln!("seeds: {} links, {} gold pairs, precision {precision:.3}, recall {recall:.3}", pred.len(), gold.len());
    let derivations: Vec<(usize, usize)> = report.derivations.iter().map(|d| (d.from, d.to)).collect();
    eprintln!("seeds: derivations {derivations:?}");
    assert_eq!(derivations, vec![(2, 3)], "article 3 is rewritten from article 2 (the BBC piece), and nothing else");
    assert!(precision >= 0.6, "seed pair precision {precision:.3}");
    assert!(recall >= 0.3, "seed pair recall {recall:.3}");
}

