//! Native benchmark: `cargo bench --bench analyze` (or `./build.sh bench`).
//! Prints one row per cluster size: articles, sentences, median ms over
//! several runs, and the peak heap during one run (a counting allocator).
//! Figures, not assertions: targets live in the README and the notes.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

use corroborate::{analyze, synth, ArticleInput, Options};

/// The system allocator, counting the bytes in use while [`TRACK`] is on:
/// only during the one run that measures the peak, so that the timed runs
/// pay nothing for it (atomic counters on every allocation and a realloc
/// that always moved had added about a quarter to the 25-article time).
struct Counting;
static TRACK: AtomicBool = AtomicBool::new(false);
static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = CURRENT.fetch_add(by, Ordering::Relaxed).wrapping_add(by);
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() && TRACK.load(Ordering::Relaxed) {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        if TRACK.load(Ordering::Relaxed) {
            CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() && TRACK.load(Ordering::Relaxed) {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                CURRENT.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn seeds() -> Option<Vec<ArticleInput>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).ok()?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    Some(
        files
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .enumerate()
            .map(|(i, text)| ArticleInput { name: format!("seed {i}"), text, ..Default::default() })
            .collect(),
    )
}

/// One measured row, also written to `target/bench/native.json` for the
/// browser benchmark's combined table.
struct Row {
    label: String,
    articles: usize,
    sentences: usize,
    median_ms: f64,
    peak_mib: f64,
}

fn run(label: &str, cluster: &[ArticleInput], runs: usize) -> Option<Row> {
    let opts = Options::default();
    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    TRACK.store(true, Ordering::Relaxed);
    let result = analyze(cluster, &opts);
    TRACK.store(false, Ordering::Relaxed);
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            println!("{label}: error {e}");
            return None;
        }
    };
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    let sentences: usize = report.articles.iter().map(|a| a.sentences.len()).sum();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let r = analyze(cluster, &opts);
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            drop(r);
            ms
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "| {label:<10} | {:>8} | {:>9} | {:>9.2} | {:>9.1} | {:>6} |",
        cluster.len(),
        sentences,
        median,
        peak as f64 / (1024.0 * 1024.0),
        report.links.len()
    );
    Some(Row {
        label: label.to_string(),
        articles: cluster.len(),
        sentences,
        median_ms: median,
        peak_mib: peak as f64 / (1024.0 * 1024.0),
    })
}

fn main() {
    // `cargo test` runs benches with --bench absent; only measure on `cargo bench`.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    println!("| cluster    | articles | sentences | native ms | peak MiB  | links  |");
    println!("|------------|----------|-----------|-----------|-----------|--------|");
    let mut rows = Vec::new();
    match seeds() {
        Some(s) if !s.is_empty() => rows.extend(run("seeds", &s, 21)),
        _ => println!("| seeds      | SKIPPED: ../shared/data/seeds not present |"),
    }
    for (n, runs) in SIZES {
        let c = synth::cluster(n, WORDS, SEED);
        rows.extend(run(&format!("synth-{n}"), &c, runs));
    }
    let json: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "{{\"label\":\"{}\",\"articles\":{},\"sentences\":{},\"native_ms\":{:.3},\"peak_mib\":{:.2}}}",
                r.label, r.articles, r.sentences, r.median_ms, r.peak_mib
            )
        })
        .collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("native.json"), format!("[{}]\n", json.join(",")));
}

/// Cluster sizes and the number of timed runs for each.
const SIZES: [(usize, usize); 4] = [(5, 21), (25, 11), (100, 5), (300, 3)];
/// Words per synthetic article.
const WORDS: usize = 800;
/// Generator seed (the browser benchmark uses the same).
const SEED: u64 = 42;
