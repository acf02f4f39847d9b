//! Print a synthetic cluster as JSON: `cargo run --release --example synth -- N [WORDS] [SEED]`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n = args.first().and_then(|s| s.parse().ok()).unwrap_or(5);
    let words = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(800);
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let cluster = corroborate::synth::cluster(n, words, seed);
    println!("{}", serde_json::to_string(&cluster).unwrap_or_default());
}
