//! Pair scoring: a weighted cosine over the two sentences' term sets, with
//! partial credit for spelling variants (character trigrams) and a penalty
//! when both sentences state numbers or dates and share none of them.
//! Free functions returning values in 0..=1.

use super::normalize::Kind;
use super::{Features, Params, Vocab};

/// A term's weight from its background Zipf frequency, its share of the
/// cluster's sentences and its kind.
///
/// `background = max(min, zipf_top − zipf)`: a word used once per billion
/// words weighs about three times a word used once per 100,000.
/// `cluster = exp(−spread · (df − 1) / (n − 1 + smoothing))`: a term in many
/// sentences of a large cluster (the story's protagonist) counts less; in a
/// two-sentence cluster the factor stays near 1.
pub fn weight(zipf: f64, kind: Kind, df: u32, n: usize, p: &Params) -> f64 {
    let bg = (p.zipf_top - zipf).max(p.min_background);
    let share = f64::from(df.saturating_sub(1)) / ((n.max(1) - 1) as f64 + p.cluster_smoothing);
    let cl = (-p.cluster_spread * share).exp();
    let bonus = match kind {
        Kind::Word => 1.0,
        Kind::Name => p.name_bonus,
        Kind::Number => p.number_bonus,
        Kind::Date => p.date_bonus,
    };
    bg * cl * bonus
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
    /// Shared term ids, by weight then id (spelling variants: the first
    /// sentence's term).
    pub shared: Vec<u32>,
}

/// Score two sentences.
pub fn pair(a: &Features, b: &Features, weights: &[f64], vocab: &Vocab, norm_a: f64, norm_b: f64, p: &Params) -> PairScore {
    let mut shared = Vec::new();
    let mut only_a = Vec::new();
    let mut only_b = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut dot = 0.0;
    while i < a.terms.len() || j < b.terms.len() {
        let (x, y) = (a.terms.get(i), b.terms.get(j));
        match (x, y) {
            (Some(&x), Some(&y)) if x == y => {
                dot += weights[x as usize].powi(2);
                shared.push(x);
                i += 1;
                j += 1;
            }
            (Some(&x), Some(&y)) if x < y => {
                only_a.push(x);
                i += 1;
            }
            (Some(_), Some(&y)) => {
                only_b.push(y);
                j += 1;
            }
            (Some(&x), None) => {
                only_a.push(x);
                i += 1;
            }
            (None, Some(&y)) => {
                only_b.push(y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    // spelling variants: best trigram match for each unmatched word
    let mut used_b: Vec<bool> = vec![false; only_b.len()];
    let mut names_a = 0usize;
    for &x in &only_a {
        let gx = &vocab.grams[x as usize];
        if gx.is_empty() {
            continue;
        }
        let mut best: Option<(usize, f64)> = None;
        for (k, &y) in only_b.iter().enumerate() {
            if used_b[k] || vocab.kind[y as usize] != vocab.kind[x as usize] {
                continue;
            }
            let s = dice(gx, &vocab.grams[y as usize]);
            if s >= p.variant_min && best.is_none_or(|(_, bs)| s > bs) {
                best = Some((k, s));
            }
        }
        if let Some((k, s)) = best {
            used_b[k] = true;
            dot += weights[x as usize] * weights[only_b[k] as usize] * s;
            shared.push(x);
        } else if vocab.kind[x as usize] == Kind::Name {
            names_a += 1;
        }
    }
    let names_b = only_b.iter().zip(&used_b).filter(|&(&y, &u)| !u && vocab.kind[y as usize] == Kind::Name).count();
    let denom = norm_a * norm_b;
    let cosine = if denom > 0.0 { (dot / denom).clamp(0.0, 1.0) } else { 0.0 };
    // containment: how much of the shorter sentence the other one covers
    let smaller = norm_a.min(norm_b).powi(2);
    let contained = if smaller > 0.0 { (dot / smaller).clamp(0.0, 1.0) } else { 0.0 };
    let mut score = (1.0 - p.containment_mix) * cosine + p.containment_mix * contained;
    for kind in [Kind::Number, Kind::Date] {
        if conflict(a, b, vocab, kind) {
            score *= 1.0 - p.value_conflict_penalty;
        }
    }
    // each side names someone or something the other does not
    if names_a > 0 && names_b > 0 {
        score *= 1.0 - p.name_conflict_penalty;
    }
    shared.sort_by(|&x, &y| weights[y as usize].total_cmp(&weights[x as usize]).then(x.cmp(&y)));
    PairScore { score, shared }
}

/// Both sentences state values of `kind` and share none of them.
fn conflict(a: &Features, b: &Features, vocab: &Vocab, kind: Kind) -> bool {
    let va: Vec<u32> = a.terms.iter().copied().filter(|&t| vocab.kind[t as usize] == kind).collect();
    let vb: Vec<u32> = b.terms.iter().copied().filter(|&t| vocab.kind[t as usize] == kind).collect();
    !va.is_empty() && !vb.is_empty() && !va.iter().any(|t| vb.contains(t))
}

/// Character trigrams of a word (with boundary marks), sorted, deduplicated;
/// empty for words too short to have spelling variants.
pub fn trigrams(word: &str, min_chars: usize) -> Vec<u32> {
    let chars: Vec<char> = std::iter::once('^').chain(word.chars()).chain(std::iter::once('$')).collect();
    if chars.len() < min_chars + 2 {
        return Vec::new();
    }
    let mut g: Vec<u32> = chars
        .windows(3)
        .map(|w| w.iter().fold(0u32, |h, &c| h.wrapping_mul(0x0100_0193).wrapping_add(c as u32)))
        .collect();
    g.sort_unstable();
    g.dedup();
    g
}

/// Dice coefficient of two sorted sets.
pub fn dice(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut n) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * n as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_are_close() {
        let a = trigrams("aleksandr", 5);
        let b = trigrams("alexander", 5);
        assert!(dice(&a, &b) > 0.3);
        assert!(dice(&trigrams("bortnikov", 5), &trigrams("bortnikov", 5)) > 0.99);
        assert!(trigrams("cat", 5).is_empty());
    }
}
