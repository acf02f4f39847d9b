//! Claim alignment: which sentences in different articles state the same
//! claim, how many independent sources carry it, where they differ.
//!
//! 1. **Normalise** every sentence once ([`normalize`]).
//! 2. **Weigh** terms by inverse sentence frequency in the cluster.
//! 3. **Candidates** from an inverted index over terms: only sentence pairs
//!    that share a term are ever scored, so cost follows the number of
//!    shared postings, not all pairs of sentences.
//! 4. **Score** each candidate pair ([`score`]); pairs at or above the
//!    threshold become [`Link`]s with the shared terms that made them.
//! 5. **Claims**: links grouped by average linkage, so that a chain of
//!    weak links does not join unrelated sentences ([`claims`]).
//! 6. **Derivations**: article pairs whose sentences align in the same
//!    order, or that share long word runs, are copies or rewrites
//!    ([`derive`]); support counts each such family once.
//! 7. **Disagreements**: linked sentences with different numbers, dates or
//!    names ([`disagree`]).

pub mod claims;
pub mod derive;
pub mod disagree;
pub mod lexicon;
pub mod normalize;
pub mod score;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::model::{Claim, Derivation, Disagreement, Link};
use normalize::{Normalizer, Value};

/// The engine's default link threshold (see [`crate::model::Options::min_link_score`]).
pub const DEFAULT_MIN_LINK_SCORE: f64 = 0.30;

/// Terms shared by more than this share of all sentences are not used to
/// find candidates (they still count in the score).
pub const MAX_POSTING_SHARE: f64 = 0.5;

/// At most this many shared terms are reported per link.
pub const MAX_SHARED_TERMS: usize = 6;

/// One sentence as the aligner sees it.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Article index.
    pub article: usize,
    /// Sentence index within the article.
    pub index: usize,
    /// Sentence id (`a0s3`).
    pub id: String,
    /// Text.
    pub text: String,
    /// Whether it is a heading.
    pub heading: bool,
}

/// A sentence after normalisation.
#[derive(Debug, Clone)]
pub struct Features {
    /// Interned term ids, deduplicated, sorted.
    pub terms: Vec<u32>,
    /// Values for the disagreement check.
    pub values: Vec<Value>,
    /// Lower-cased words as written (for n-gram copy detection).
    pub words: Vec<String>,
}

/// Everything the aligner computes for a cluster.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    /// Links, sorted by (a, b).
    pub links: Vec<Link>,
    /// Claims.
    pub claims: Vec<Claim>,
    /// Derivations.
    pub derivations: Vec<Derivation>,
    /// Disagreements.
    pub disagreements: Vec<Disagreement>,
    /// For each unit (same order as the input), the unit indexes it links to.
    pub matches: Vec<Vec<usize>>,
    /// For each article, the family id (the smallest article index it is
    /// derived from, directly or not).
    pub family: Vec<usize>,
}

/// The interned vocabulary of one cluster.
#[derive(Debug, Default)]
pub struct Vocab {
    ids: HashMap<String, u32>,
    /// Term key by id.
    pub keys: Vec<String>,
    /// First surface form seen, by id.
    pub surface: Vec<String>,
}

impl Vocab {
    fn intern(&mut self, key: &str, surface: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.keys.len() as u32;
        self.ids.insert(key.to_string(), id);
        self.keys.push(key.to_string());
        self.surface.push(surface.to_string());
        id
    }
}

/// Align the sentences of `n_articles` articles.
pub fn align(units: &[Unit], n_articles: usize, min_score: f64) -> Alignment {
    let norm = Normalizer::new();
    let mut vocab = Vocab::default();
    let feats: Vec<Features> = units
        .iter()
        .map(|u| {
            let mut terms: Vec<u32> =
                norm.terms(&u.text).iter().map(|t| vocab.intern(&t.key, &t.surface)).collect();
            terms.sort_unstable();
            terms.dedup();
            let words = normalize::words(&norm.fold(&u.text)).into_iter().map(str::to_string).collect();
            Features { terms, values: norm.values(&u.text), words }
        })
        .collect();

    // document frequency over sentences
    let mut df = vec![0u32; vocab.keys.len()];
    for f in &feats {
        for &t in &f.terms {
            df[t as usize] += 1;
        }
    }
    let n = units.len().max(1) as f64;
    let weights: Vec<f64> = df.iter().map(|&d| score::idf(n, d as f64)).collect();

    // inverted index: term -> units (in unit order)
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); vocab.keys.len()];
    for (i, f) in feats.iter().enumerate() {
        for &t in &f.terms {
            postings[t as usize].push(i as u32);
        }
    }
    let max_posting = ((n * MAX_POSTING_SHARE).ceil() as usize).max(2);

    let norms: Vec<f64> = feats.iter().map(|f| score::norm(&f.terms, &weights)).collect();
    let mut links = Vec::new();
    let mut matches: Vec<Vec<usize>> = vec![Vec::new(); units.len()];
    let mut candidates: BTreeSet<u32> = BTreeSet::new();
    for (i, fi) in feats.iter().enumerate() {
        candidates.clear();
        for &t in &fi.terms {
            let p = &postings[t as usize];
            if p.len() > max_posting {
                continue;
            }
            for &j in p {
                let j = j as usize;
                if j > i && units[j].article != units[i].article {
                    candidates.insert(j as u32);
                }
            }
        }
        for &j in &candidates {
            let j = j as usize;
            let s = score::pair(&feats[i], &feats[j], &weights, norms[i], norms[j]);
            if s.score >= min_score {
                let (a, b) = if units[i].article < units[j].article { (i, j) } else { (j, i) };
                let shared = s.shared.iter().take(MAX_SHARED_TERMS).map(|&t| vocab.surface[t as usize].clone()).collect();
                links.push((a, b, s.score, shared));
                matches[i].push(j);
                matches[j].push(i);
            }
        }
    }
    links.sort_by(|x, y| (units[x.0].article, units[x.0].index, units[x.1].article, units[x.1].index)
        .cmp(&(units[y.0].article, units[y.0].index, units[y.1].article, units[y.1].index)));
    for m in &mut matches {
        m.sort_by_key(|&j| (units[j].article, units[j].index));
    }

    let link_list: Vec<(usize, usize, f64)> = links.iter().map(|l| (l.0, l.1, l.2)).collect();
    let derivations = derive::detect(units, &feats, &link_list, n_articles);
    let family = derive::families(&derivations, n_articles);
    let claims = claims::group(units, &link_list, &family);
    let disagreements = disagree::find(units, &feats, &link_list);

    Alignment {
        links: links
            .into_iter()
            .map(|(a, b, s, shared)| Link { a: units[a].id.clone(), b: units[b].id.clone(), score: round3(s), shared })
            .collect(),
        claims,
        derivations,
        disagreements,
        matches,
        family,
    }
}

/// Round to 3 decimals, so reports are stable across platforms.
pub fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Count distinct articles and distinct families among `articles`.
pub fn support_of(articles: &BTreeSet<usize>, family: &[usize]) -> (usize, usize) {
    let fams: BTreeSet<usize> = articles.iter().filter_map(|&a| family.get(a).copied()).collect();
    (articles.len(), fams.len())
}

/// Articles by family, for explanations.
pub fn family_members(family: &[usize]) -> BTreeMap<usize, Vec<usize>> {
    let mut m: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (a, &f) in family.iter().enumerate() {
        m.entry(f).or_default().push(a);
    }
    m
}
