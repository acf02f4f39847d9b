//! The whole pipeline for one cluster: clean → segment → align → report.

use std::collections::{BTreeMap, BTreeSet};

use crate::align::{self, Unit, DEFAULT_MIN_LINK_SCORE};
use crate::clean::{self, CleanDoc};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{ArticleInput, ArticleReport, EffectiveOptions, Options, Report, Sentence};
use crate::segment;

/// At most this many articles in one cluster.
pub const MAX_ARTICLES: usize = 1000;
/// Articles longer than this (bytes) are truncated, with a warning.
pub const MAX_ARTICLE_BYTES: usize = 4 * 1024 * 1024;
/// Sentences longer than this (characters) are cut, with a warning.
pub const MAX_SENTENCE_CHARS: usize = 2000;

/// Analyse a cluster of articles.
pub fn analyze(inputs: &[ArticleInput], options: &Options) -> Result<Report> {
    if inputs.len() > MAX_ARTICLES {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!("{} articles is more than the {MAX_ARTICLES} one comparison can hold", inputs.len()),
        ));
    }
    let min_score = match options.min_link_score {
        Some(s) if !(0.0..=1.0).contains(&s) || s.is_nan() => {
            return Err(Error::bad_input(format!("min_link_score must be between 0 and 1, not {s}")));
        }
        Some(s) => s,
        None => DEFAULT_MIN_LINK_SCORE,
    };
    let mut warnings = Vec::new();
    let mut docs: Vec<(String, CleanDoc)> = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        let mut input = input.clone();
        if input.text.len() > MAX_ARTICLE_BYTES {
            let mut cut = MAX_ARTICLE_BYTES;
            while !input.text.is_char_boundary(cut) {
                cut -= 1;
            }
            input.text.truncate(cut);
            warnings.push(format!(
                "article {} ({}) was cut to its first {} MB",
                i + 1,
                display_name(&input, i),
                MAX_ARTICLE_BYTES / (1024 * 1024)
            ));
        }
        let doc = clean::clean(&input, options)?;
        if doc.blocks.is_empty() {
            warnings.push(format!("article {} ({}) has no article text after cleaning", i + 1, display_name(&input, i)));
        }
        docs.push((display_name(&input, i), doc));
    }

    // segment
    let mut units: Vec<Unit> = Vec::new();
    let mut paragraphs: Vec<usize> = Vec::new();
    let mut cut_sentences = 0usize;
    for (a, (_, doc)) in docs.iter().enumerate() {
        let mut index = 0usize;
        for (p, block) in doc.blocks.iter().enumerate() {
            let sentences = if block.heading { vec![block.text.clone()] } else { segment::split_sentences(&block.text) };
            for mut text in sentences {
                if text.chars().count() > MAX_SENTENCE_CHARS {
                    text = text.chars().take(MAX_SENTENCE_CHARS).collect::<String>() + "…";
                    cut_sentences += 1;
                }
                units.push(Unit { article: a, index, id: format!("a{a}s{index}"), text, heading: block.heading });
                paragraphs.push(p);
                index += 1;
            }
        }
    }
    if cut_sentences > 0 {
        warnings.push(format!(
            "{cut_sentences} sentence(s) longer than {MAX_SENTENCE_CHARS} characters were shortened for comparison"
        ));
    }

    let dates: Vec<Option<String>> = docs.iter().map(|(_, d)| d.date.clone()).collect();
    let al = align::align_dated(&units, docs.len(), min_score, &dates);

    let mut articles: Vec<ArticleReport> = docs
        .into_iter()
        .map(|(name, doc)| ArticleReport {
            name,
            title: doc.title,
            date: doc.date,
            outlet: doc.outlet,
            byline: doc.byline,
            removed: doc.removed,
            sentences: Vec::new(),
        })
        .collect();
    let disputed: BTreeSet<&str> =
        al.disagreements.iter().flat_map(|d| [d.a.as_str(), d.b.as_str()]).collect();
    let mut claims_of: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for c in &al.claims {
        for s in &c.sentences {
            claims_of.entry(s.as_str()).or_default().push(c.id.clone());
        }
    }
    for (u, unit) in units.iter().enumerate() {
        let mut arts: BTreeSet<usize> = al.matches[u].iter().map(|&m| units[m].article).collect();
        arts.insert(unit.article);
        let (support, independent_support) = align::support_of(&arts, &al.family);
        let claims = claims_of.get(unit.id.as_str()).cloned().unwrap_or_default();
        if let Some(art) = articles.get_mut(unit.article) {
            art.sentences.push(Sentence {
                id: unit.id.clone(),
                paragraph: paragraphs[u],
                text: unit.text.clone(),
                heading: unit.heading,
                support,
                independent_support,
                matches: al.matches[u].iter().map(|&m| units[m].id.clone()).collect(),
                claims,
                disputed: disputed.contains(unit.id.as_str()),
            });
        }
    }

    Ok(Report {
        articles,
        links: al.links,
        claims: al.claims,
        derivations: al.derivations,
        disagreements: al.disagreements,
        warnings,
        options: EffectiveOptions { min_link_score: min_score, keep_furniture: options.keep_furniture },
    })
}

fn display_name(input: &ArticleInput, i: usize) -> String {
    let n = input.name.trim();
    if n.is_empty() {
        format!("Article {}", i + 1)
    } else {
        n.to_string()
    }
}
