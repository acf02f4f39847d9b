//! Profiling driver: runs `analyze` on one cluster in a loop so `perf` can
//! sample it. Not a benchmark (see `benches/analyze.rs` for figures).
//!
//!   cargo build --release --example profile
//!   perf record -g target/release/examples/profile synth 25 200
//!   perf record -g target/release/examples/profile seeds 2000
//!   target/release/examples/profile synth 100 5 json   (also serialise, as the browser build does, links compact)
use corroborate::{analyze, synth, ArticleInput, Options};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (cluster, runs): (Vec<ArticleInput>, usize) = match args.get(1).map(String::as_str) {
        Some("synth") => {
            let n = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(25);
            (synth::cluster(n, 800, 42), args.get(3).and_then(|s| s.parse().ok()).unwrap_or(50))
        }
        _ => {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/seeds");
            let mut files: Vec<_> = match std::fs::read_dir(&dir) {
                Ok(d) => d.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
                Err(e) => {
                    eprintln!("{}: {e}", dir.display());
                    return;
                }
            };
            files.sort();
            let c = files
                .iter()
                .filter_map(|p| std::fs::read_to_string(p).ok())
                .map(|text| ArticleInput { text, ..Default::default() })
                .collect();
            (c, args.get(2).and_then(|s| s.parse().ok()).unwrap_or(500))
        }
    };
    // `json` as the last argument: also serialise the report, as the
    // browser build does (`analyzeJson`, with the page's compact links)
    let json = args.last().is_some_and(|a| a == "json");
    let options = Options { compact_links: json, ..Options::default() };
    let t = std::time::Instant::now();
    for _ in 0..runs {
        match analyze(&cluster, &options) {
            Err(e) => {
                eprintln!("{e}");
                return;
            }
            Ok(r) if json => match serde_json::to_string(&r) {
                Ok(s) => drop(std::hint::black_box(s)),
                Err(e) => eprintln!("{e}"),
            },
            Ok(_) => {}
        }
    }
    println!("{:.3} ms per run", t.elapsed().as_secs_f64() * 1000.0 / runs as f64);
}
