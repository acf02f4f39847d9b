//! Pair scoring: IDF-weighted cosine over sets of terms. Free functions
//! returning values in 0..=1.

use super::Features;

/// Inverse sentence frequency of a term found in `df` of `n` sentences.
pub fn idf(n: f64, df: f64) -> f64 {
    ((n + 1.0) / (df + 0.5)).ln().max(0.05)
}

/// Euclidean norm of a binary term vector under `weights`.
pub fn norm(terms: &[u32], weights: &[f64]) -> f64 {
    terms.iter().map(|&t| weights[t as usize].powi(2)).sum::<f64>().sqrt()
}

/// A pair's score and the terms it shares, most informative first.
#[derive(Debug, Clone)]
pub struct PairScore {
    /// 0..=1.
    pub score: f64,
    /// Shared term ids, by weight then id.
    pub shared: Vec<u32>,
}

/// Score two sentences: weighted cosine of their term sets.
pub fn pair(a: &Features, b: &Features, weights: &[f64], norm_a: f64, norm_b: f64) -> PairScore {
    let mut shared = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut dot = 0.0;
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].cmp(&b.terms[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let t = a.terms[i];
                dot += weights[t as usize].powi(2);
                shared.push(t);
                i += 1;
                j += 1;
            }
        }
    }
    let denom = norm_a * norm_b;
    let score = if denom > 0.0 { (dot / denom).clamp(0.0, 1.0) } else { 0.0 };
    shared.sort_by(|&x, &y| weights[y as usize].total_cmp(&weights[x as usize]).then(x.cmp(&y)));
    PairScore { score, shared }
}
