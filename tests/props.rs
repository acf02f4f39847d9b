//! Property tests of the whole report: determinism, article order,
//! link symmetry and support bounds, on small generated clusters whose
//! sentences share words (so that links, claims and derivations occur).

#![cfg(not(target_arch = "wasm32"))] // native only: wasm-pack test runs tests/web.rs

mod common;

use std::collections::{BTreeMap, BTreeSet};

use corroborate::analyze;
use corroborate::model::{ArticleInput, Format, Options, Report};
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "Putin", "Trump", "thanked", "prevented", "attack", "Petersburg", "two", "arrested", "on", "Sunday",
    "the", "council", "bridge", "closed", "12", "people", "killed", "earthquake", "Velora", "US",
    "intelligence", "helped", "foil", "plot", "Kremlin", "said", "in", "December", "29", "1,200",
];

/// Two reports of a robbery that share one link, and a third article
/// whose sentence both of their mayor sentences match (see
/// `a_near_miss_links_through_a_sentence_both_match` in tests/align.rs).
/// The articles in an order drawn from `order` (Fisher-Yates with a small
/// LCG).
fn shuffled(inp: &[ArticleInput], order: u64) -> Vec<ArticleInput> {
    let mut perm: Vec<usize> = (0..inp.len()).collect();
    let mut x = order;
    for k in (1..perm.len()).rev() {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        perm.swap(k, (x >> 33) as usize % (k + 1));
    }
    perm.iter().map(|&k| inp[k].clone()).collect()
}

const TRIANGLE: [&str; 3] = [
    "Police detained two men in Harrowgate on Friday after a jewellery shop was robbed.\n\nThe town's mayor called the robbery shocking.\n\nThe council will discuss street lighting next month.",
    "Two men were arrested by officers in Harrowgate following the robbery of a jewellery store.\n\nMayor Tom Reed described the raid as shocking for the town.\n\nTrains to Leeds were delayed by snow.",
    "A farmers' market opens in the square on Saturday.\n\nMayor Tom Reed called the robbery shocking.",
];

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 3..9).prop_map(|ws| {
        let mut s = ws.join(" ");
        if let Some(first) = s.get(..1) {
            s = first.to_uppercase() + &s[1..];
        }
        s + "."
    })
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..6).prop_map(|ss| ss.join("\n\n"))
}

/// Clusters whose articles copy sentences from a small shared pool (wire
/// copies: the same sentence in several articles, or twice in one).
fn pooled(min: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(sentence(), 2..5).prop_flat_map(move |pool| {
        prop::collection::vec(prop::collection::vec(prop::sample::select(pool), 1..5).prop_map(|ss| ss.join("\n\n")), min..6)
    })
}

fn inputs(texts: &[String]) -> Vec<ArticleInput> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleInput { name: format!("art{i}"), text: t.clone(), format: Format::Text, ..Default::default() })
        .collect()
}

fn opts() -> Options {
    Options { keep_furniture: true, ..Options::default() }
}

/// Sentences by (article name, position): text, support, independent support.
type SentenceView = BTreeMap<(String, usize), (String, usize, usize)>;
/// Links as unordered pairs of sentences (see [`view`]).
type LinkView = BTreeSet<(String, String, String)>;

/// A view of a report that does not depend on article order: sentences
/// by (article name, text, position), links as unordered text pairs.
fn view(r: &Report) -> (SentenceView, LinkView) {
    let mut by_id: BTreeMap<&str, (String, usize)> = BTreeMap::new();
    let mut sents = BTreeMap::new();
    for a in &r.articles {
        for (k, s) in a.sentences.iter().enumerate() {
            by_id.insert(&*s.id, (a.name.clone(), k));
            sents.insert((a.name.clone(), k), (s.text.clone(), s.support, s.independent_support));
        }
    }
    let text_of: BTreeMap<&str, String> = r.articles.iter().flat_map(|a| a.sentences.iter()).map(|s| (&*s.id, s.text.clone())).collect();
    let mut links = BTreeSet::new();
    for l in &r.links {
        let (x, y) = (by_id[&*l.a].clone(), by_id[&*l.b].clone());
        let (x, y) = if x <= y { (x, y) } else { (y, x) };
        // a link's third sentence (`via`) by its text: where two articles
        // carry the same sentence, either may be named
        let via = l.via.as_deref().map_or(String::new(), |v| text_of[v].clone());
        links.insert((format!("{}#{}", x.0, x.1), format!("{}#{}", y.0, y.1), format!("{:.3} {via}", l.score)));
    }
    (sents, links)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn same_input_same_report(texts in prop::collection::vec(article(), 1..5)) {
        let a = analyze(&inputs(&texts), &opts()).unwrap();
        let b = analyze(&inputs(&texts), &opts()).unwrap();
        prop_assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
    }

    #[test]
    fn swapping_articles_permutes_only(texts in prop::collection::vec(article(), 2..5), i in 0usize..5, j in 0usize..5) {
        let n = texts.len();
        let (i, j) = (i % n, j % n);
        let inp = inputs(&texts);
        let mut swapped = inp.clone();
        swapped.swap(i, j);
        let a = analyze(&inp, &opts()).unwrap();
        let b = analyze(&swapped, &opts()).unwrap();
        prop_assert_eq!(view(&a), view(&b));
        let fams = |r: &Report| -> BTreeSet<(String, String)> {
            r.derivations.iter().map(|d| (r.articles[d.from].name.clone(), r.articles[d.to].name.clone())).collect()
        };
        prop_assert_eq!(fams(&a), fams(&b));
        let claims = |r: &Report| -> BTreeSet<(usize, usize, usize)> {
            r.claims.iter().map(|c| (c.sentences.len(), c.support, c.independent_support)).collect()
        };
        prop_assert_eq!(claims(&a), claims(&b));
    }

    #[test]
    fn links_symmetric_and_support_bounded(texts in prop::collection::vec(article(), 1..6)) {
        let r = analyze(&inputs(&texts), &opts()).unwrap();
        let n = r.articles.len();
        let sents: BTreeMap<&str, &corroborate::model::Sentence> =
            r.articles.iter().flat_map(|a| a.sentences.iter()).map(|s| (&*s.id, s)).collect();
        for l in &r.links {
            prop_assert!(l.score >= 0.0 && l.score <= 1.0);
            let (sa, sb) = (sents[&*l.a], sents[&*l.b]);
            prop_assert!(sa.matches.contains(&l.b) && sb.matches.contains(&l.a));
        }
        for s in sents.values() {
            for m in &s.matches {
                prop_assert!(sents[&**m].matches.contains(&s.id));
            }
            prop_assert!(s.support >= 1 && s.support <= n);
            prop_assert!(s.independent_support >= 1 && s.independent_support <= s.support);
            // the articles the page names for "k of n": k of them, this
            // one and every linked sentence's among them
            prop_assert_eq!(s.sources.len(), s.support);
            prop_assert!(s.sources.windows(2).all(|w| w[0] < w[1]) && s.sources.iter().all(|&a| a < n));
            let own: usize = s.id[1..s.id.find('s').unwrap()].parse().unwrap();
            prop_assert!(s.sources.contains(&own));
            for m in &s.matches {
                let art: usize = m[1..m.find('s').unwrap()].parse().unwrap();
                prop_assert!(s.sources.contains(&art), "{}: {} not among {:?}", s.id, m, s.sources);
            }
        }
        for c in &r.claims {
            prop_assert!(c.support <= n && c.independent_support <= c.support && c.support >= 2);
        }
    }
    /// Links made through a third article's sentence (`align::TRIANGLE_RELIEF`)
    /// do not depend on article order: three articles whose mayor sentences
    /// meet only through the third's, among up to two generated articles,
    /// in any order.
    #[test]
    fn links_through_a_third_sentence_do_not_depend_on_article_order(extra in prop::collection::vec(article(), 0..3), order in Just(()).prop_perturb(|_, mut rng| rng.random::<u64>())) {
        let mut texts: Vec<String> = TRIANGLE.iter().map(|t| t.to_string()).collect();
        texts.extend(extra);
        let inp = inputs(&texts);
        let (a, b) = (analyze(&inp, &opts()).unwrap(), analyze(&shuffled(&inp, order), &opts()).unwrap());
        prop_assert_eq!(view(&a), view(&b));
        // the mayor pair is linked through the third article's sentence
        let text_of = |r: &Report, id: &str| r.articles.iter().flat_map(|x| x.sentences.iter()).find(|s| &*s.id == id).map(|s| s.text.clone());
        let via: Vec<_> = a.links.iter().filter_map(|l| l.via.as_deref().and_then(|v| text_of(&a, v))).collect();
        prop_assert!(via.contains(&"Mayor Tom Reed called the robbery shocking.".to_string()), "{:?}", via);
    }

    /// Links in a rewrite's gap (`align::REWRITE_GAP_MIN_SCORE`) do not
    /// depend on article order: a source and its rewrite, among up to two
    /// generated articles, in any order.
    #[test]
    fn links_in_a_rewrite_do_not_depend_on_article_order(extra in prop::collection::vec(article(), 0..3), order in Just(()).prop_perturb(|_, mut rng| rng.random::<u64>())) {
        let mut texts: Vec<String> = common::REWRITE_PAIR.iter().map(|t| t.to_string()).collect();
        texts.extend(extra);
        let inp = inputs(&texts);
        let (a, b) = (analyze(&inp, &opts()).unwrap(), analyze(&shuffled(&inp, order), &opts()).unwrap());
        prop_assert_eq!(view(&a), view(&b));
        // the reworded pair is linked
        let text_of = |r: &Report, id: &str| r.articles.iter().flat_map(|x| x.sentences.iter()).find(|s| &*s.id == id).map(|s| s.text.clone()).unwrap_or_default();
        let pairs: Vec<(String, String)> = a.links.iter().map(|l| (text_of(&a, &l.a), text_of(&a, &l.b))).collect();
        prop_assert!(pairs.iter().any(|(p, q)| p.starts_with("Since the breakdown") || q.starts_with("Since the breakdown")), "{:?}", pairs);
    }

    #[test]
    fn copies_same_report_and_order_independent_support(texts in pooled(2), i in 0usize..6, j in 0usize..6) {
        let n = texts.len();
        let (i, j) = (i % n, j % n);
        let inp = inputs(&texts);
        let a = analyze(&inp, &opts()).unwrap();
        let again = analyze(&inp, &opts()).unwrap();
        prop_assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&again).unwrap());
        let mut swapped = inp.clone();
        swapped.swap(i, j);
        let b = analyze(&swapped, &opts()).unwrap();
        // which of several equally strong copies a sentence lists can depend
        // on article order (MAX_LINKS_PER_SENTENCE); its support and the
        // claims cannot
        prop_assert_eq!(view(&a).0, view(&b).0);
        let claims = |r: &Report| -> BTreeSet<(usize, usize, usize)> {
            r.claims.iter().map(|c| (c.sentences.len(), c.support, c.independent_support)).collect()
        };
        prop_assert_eq!(claims(&a), claims(&b));
        for s in a.articles.iter().flat_map(|x| x.sentences.iter()) {
            prop_assert!(s.support >= 1 && s.support <= n && s.independent_support <= s.support);
            // a sentence found word for word in k articles has support >= k
            // when its copies are linked
            if !s.matches.is_empty() {
                let copies = a.articles.iter().filter(|x| x.sentences.iter().any(|t| t.text == s.text)).count();
                let linked_copy = s.matches.iter().any(|m| a.articles.iter().flat_map(|x| x.sentences.iter()).any(|t| t.id == *m && t.text == s.text));
                if linked_copy {
                    prop_assert!(s.support >= copies, "{} support {} < {} copies", s.id, s.support, copies);
                }
            }
        }
    }

    #[test]
    fn compact_links_hold_the_same_links(texts in prop::collection::vec(article(), 1..6)) {
        let full = analyze(&inputs(&texts), &opts()).unwrap();
        let compact = analyze(&inputs(&texts), &Options { compact_links: true, ..opts() }).unwrap();
        prop_assert!(compact.links.is_empty() && full.link_table.is_none());
        let table = compact.link_table.clone().unwrap();
        let mut rows = table.rows.iter().map(|&x| x as usize);
        let mut expanded = Vec::new();
        while let Some(aa) = rows.next() {
            let (asx, ba, bs, milli, n) =
                (rows.next().unwrap(), rows.next().unwrap(), rows.next().unwrap(), rows.next().unwrap(), rows.next().unwrap());
            let shared: Vec<String> = (0..n).map(|_| table.terms[rows.next().unwrap()].to_string()).collect();
            expanded.push((format!("a{aa}s{asx}"), format!("a{ba}s{bs}"), milli as f64 / 1000.0, shared, None));
        }
        // the `via` triples: link number, article, sentence
        for v in table.via.chunks(3) {
            expanded[v[0] as usize].4 = Some(format!("a{}s{}", v[1], v[2]));
        }
        let links: Vec<_> = full
            .links
            .iter()
            .map(|l| (l.a.to_string(), l.b.to_string(), l.score, l.shared.iter().map(|t| t.to_string()).collect::<Vec<_>>(), l.via.as_deref().map(str::to_string)))
            .collect();
        prop_assert_eq!(expanded, links);
        // everything else is the same report
        let mut rest = compact.clone();
        rest.link_table = None;
        rest.options.compact_links = false;
        let mut full_rest = full.clone();
        full_rest.links.clear();
        prop_assert_eq!(rest, full_rest);
    }
}
