//! Copies and rewrites: which article is derived from which.
//!
//! Evidence for a pair of articles:
//! - the share of the shorter article's sentences linked to the other;
//! - how many of those links keep the same order (longest increasing run);
//! - shared word 5-grams (verbatim copying);
//! - attribution in the derived article ("BBC quotes", "the BBC says").
//!
//! An attribution that names the outlet of another article of the cluster
//! (the wire's dateline "(AP)", its byline "Associated Press") points at
//! that article: it is no evidence of a rewrite of any other, and raises
//! the copied words such a pair needs
//! ([`ATTRIBUTED_ELSEWHERE_MIN_SHINGLE_SHARE`]).
//!
//! Sentences aligned in order with few copied words and no attribution are
//! not read as a rewrite when the two articles disagree on a figure or a
//! name ([`DISPUTED_MIN_SHINGLE_SHARE`]), or on several facts
//! ([`MIN_CONTESTED_FACTS`]), nor at all with almost no words copied
//! ([`REWRITE_MIN_SHINGLE_SHARE`], and at least
//! [`REWRITE_MIN_SHARED_GRAMS`] 5-grams): independent reports of one event tell
//! it in the same order too. Word 5-grams mostly inside quotation marks or
//! mostly names are not counted as copied: independent reports quote one
//! statement and name one crew alike.
//!
//! Direction: of two articles with different dates, the later is `to` (a
//! text cannot copy a later one); else the article that attributes to
//! another outlet, else the one without a wire agency's dateline when the
//! other has one, else the one that says it is based on agency copy
//! ([`AGENCY_SOURCE_NOTES`]) when the other does not, else the one with
//! more sentences not found in the other (a rewrite adds its own framing),
//! else the later index.


use super::normalize::Day;
use super::{round3, Features, Unit};
use crate::model::Derivation;

/// Minimum share of the shorter article's sentences linked to the other.
pub const MIN_ALIGNED_SHARE: f64 = 0.6;
/// Minimum share of those links that keep the same order.
pub const MIN_IN_ORDER_SHARE: f64 = 0.7;
/// Minimum number of aligned sentences in the same order.
pub const MIN_ALIGNED: usize = 5;
/// An article whose attribution names the other's outlet ("denied any
/// wrongdoing, according to Reuters" beside Reuters' wire, see
/// `attributed_articles`) is its rewrite with at least this many of its
/// sentences aligned, and [`MIN_ALIGNED_SHARE`] of the shorter article's,
/// in any order: a blog's six sentences told after the wire's, two of
/// them swapped, were read as an independent report ([`MIN_ALIGNED`] in
/// order asked for).
pub const NAMED_SOURCE_MIN_ALIGNED: usize = 3;
/// Share of shared word 5-grams (of the shorter article) that alone proves copying.
pub const MIN_SHINGLE_SHARE: f64 = 0.3;
/// Share of shared word 5-grams below which two articles that disagree on
/// a figure or a name, neither attributing its reporting, are not read as
/// a rewrite however their sentences align: independent reports of one
/// event tell it in the same order too. (The seeds' rewrite shares 5% and
/// attributes; invented clusters' rewrites with a planted error share
/// 7-20%, independent reports 3%.)
pub const DISPUTED_MIN_SHINGLE_SHARE: f64 = 0.05;
/// Two articles that disagree on at least this many facts (distinct pairs
/// of figures, names or dates) are read as a rewrite only with more copied
/// words ([`CONTESTED_MIN_SHINGLE_SHARE`]) or an attribution: a rewrite
/// mostly keeps its source's facts.
pub const MIN_CONTESTED_FACTS: usize = 2;
/// See [`MIN_CONTESTED_FACTS`]. Two obituaries of one actor that differ on
/// her age, the day she died and her grandchildren (84 / 85, Sunday /
/// Saturday, two / three) share 10% of word 5-grams: the quoted tribute,
/// the titles of her films, "is survived by her son", told in the order of
/// her life; a TV station's piece that differs from the wire on the year
/// of her Oscar and her Emmys shares 8%. A blog rewritten from a wire with
/// four figures changed (an invented cluster) shares 25%. (Measured with
/// quotations and names counted; see `gram_hashes`.)
pub const CONTESTED_MIN_SHINGLE_SHARE: f64 = 0.15;
/// Share of shared word 5-grams below which two articles, neither
/// attributing its reporting, are not read as a rewrite however their
/// sentences align: a tech site's story of a cloud outage and the wire's
/// (2% shared, no figure differing) tell it in the same order, lead, hours,
/// cause, services hit, the chief executive's apology, each in its own
/// words.
pub const REWRITE_MIN_SHINGLE_SHARE: f64 = 0.04;
/// Fewest word 5-grams two articles, neither attributing its reporting,
/// must share to read as a rewrite, unless they are a copy's share
/// ([`MIN_SHINGLE_SHARE`]: a one-sentence brief copied whole has few): in
/// short articles two or three phrases make 5-8% ("in a
/// match lasting two hours and 51 minutes" / "in a final that lasted two
/// hours and 51 minutes", "aiming for her fourth title of the year" /
/// "bidding for her fourth title of the season": a TV brief and the wire,
/// each in its own words, 3 shared of 39), which independent reports of
/// one event share by chance. Invented clusters' papers and TV briefs told
/// in the wire's order share 2 to 4; their rewrites 5 or more.
pub const REWRITE_MIN_SHARED_GRAMS: usize = 5;
/// Share of word 5-grams two articles must share to read as a rewrite
/// when one of them names a third article of the cluster as its source (its
/// attribution names that article's outlet, see `attributed_articles`): a
/// blog's story "according to the Associated Press" and a TV site's, both
/// told after the AP's wire, share 5% and align in order (an invented
/// museum theft); a rewrite of two sources that names one of them still
/// shares its copied sentences with the other.
pub const ATTRIBUTED_ELSEWHERE_MIN_SHINGLE_SHARE: f64 = CONTESTED_MIN_SHINGLE_SHARE;
/// Words that, after an outlet-like capitalised word, attribute the text.
pub const ATTRIBUTION_VERBS: &[&str] = &["quotes", "quoted", "says", "said", "reports", "reported", "cites"];
/// The words that make a capitalised name a news outlet's, for
/// attribution: agencies and broadcasters by name, and the words papers
/// and channels are named with ("The Herald", "the Elsam Courier", "the
/// Associated Press"). Without them a capitalised name that "said" is as
/// often a government or an institution ("the Kremlin said", "The WHO
/// said", "according to the Health Ministry"), which every report quotes
/// and no rewrite is told by. Compared as written.
pub const OUTLET_WORDS: &[&str] = &[
    // agencies and broadcasters
    "AP", "AFP", "Reuters", "BBC", "CNN", "Bloomberg", "Tass", "TASS", "RIA", "Interfax", "Xinhua", "Kyodo",
    "Yonhap", "dpa", "DPA", "EFE", "ANSA", "PTI", "ANI", "IANS", "UPI", "NBC", "CBS", "ABC", "NPR", "PBS",
    "ITV", "RT", "Sputnik", "Politico", "Axios", "Jazeera", "NHK", "CBC", "RTE", "DW", "Euronews", "Haaretz",
    "Izvestia", "Kommersant", "Vedomosti", "Spiegel", "Monde", "Figaro", "Bild",
    // the words papers, magazines and channels are named with
    "Times", "Post", "Herald", "Guardian", "Telegraph", "Journal", "Tribune", "Gazette", "Courier", "Chronicle",
    "Observer", "Independent", "Mirror", "Express", "Mail", "Standard", "Press", "News", "Record", "Examiner",
    "Inquirer", "Globe", "Register", "Bulletin", "Sentinel", "Dispatch", "Star", "Sun", "Today", "Daily",
    "Weekly", "Magazine", "Radio", "TV", "Television", "Broadcasting",
];
/// At most this many capitalised words make one outlet's name ("the
/// New York Times").
pub const MAX_OUTLET_NAME_WORDS: usize = 4;
/// Verbs that, before "by" and an outlet-like name, attribute the text
/// ("quoted by the Associated Press", "reported by AP"); "citing" + such
/// a name does too.
pub const ATTRIBUTION_BY_VERBS: &[&str] = &["quoted", "reported", "cited"];

/// Notes by which an article says it is based on agency copy, without
/// naming the agency ("This report is based on agency material", "With
/// inputs from agencies", "published from a wire agency feed"): of two
/// articles one derives from, the one that says so is derived. Matched in
/// the lower-cased text of any of its lines, kept or removed by the
/// cleaner (which removes most such notes as furniture). On the synthetic
/// clusters, whose copies end with the first note, 7 of 51 copies were
/// read the wrong way round at 300 articles (two exact copies left the
/// direction to a count of sentences of their own that the copies' edits
/// tip either way).
pub const AGENCY_SOURCE_NOTES: &[&str] = &[
    "based on agency material",
    "based on agency reports",
    "with agency reporting",
    "with inputs from agencies",
    "wire agency feed",
    "news agency feed",
    "agencies contributed to this report",
    "additional reporting by agencies",
    "with wire services",
];

/// What the cleaner read about where an article comes from.
#[derive(Debug, Clone, Default)]
pub struct Provenance {
    /// Its outlet (its page's, its byline's, its copyright line's).
    pub outlet: Option<String>,
    /// It says it is based on agency copy ([`AGENCY_SOURCE_NOTES`]).
    pub agency_copy: bool,
}

/// A line of more words than this is no note of [`AGENCY_SOURCE_NOTES`]
/// (an article's sentence that mentions "agency reports" in passing);
/// the Hindustan Times' "This story has been published from a wire agency
/// feed without modifications to the text. Only the headline has been
/// changed." has 21.
pub const AGENCY_NOTE_MAX_WORDS: usize = 25;

/// Whether a line says its article is based on agency copy
/// ([`AGENCY_SOURCE_NOTES`], [`AGENCY_NOTE_MAX_WORDS`]).
pub fn notes_agency_copy(text: &str) -> bool {
    if text.split_whitespace().count() > AGENCY_NOTE_MAX_WORDS {
        return false;
    }
    let lower = text.to_lowercase();
    AGENCY_SOURCE_NOTES.iter().any(|n| lower.contains(n))
}

/// A link between two units, with its score.
type WeightedPair = (usize, usize, f64);

/// What two articles (lower index first) disagree on: the number of
/// distinct facts (pairs of values), and whether one of them is a figure or
/// a name (not only a date).
pub type Disputes = ((usize, usize), usize, bool);

/// The share of word 5-grams two articles that do not attribute their
/// reporting must share to read as a rewrite, by what they disagree on
/// (`disputes`, sorted by pair): [`REWRITE_MIN_SHINGLE_SHARE`], or
/// [`DISPUTED_MIN_SHINGLE_SHARE`] with a figure or a name differing, or
/// [`CONTESTED_MIN_SHINGLE_SHARE`] with [`MIN_CONTESTED_FACTS`] facts or
/// more.
fn rewrite_floor(disputes: &[Disputes], p: usize, q: usize) -> f64 {
    match disputes.binary_search_by_key(&(p, q), |d| d.0).ok().map(|k| disputes[k]) {
        Some((_, facts, _)) if facts >= MIN_CONTESTED_FACTS => CONTESTED_MIN_SHINGLE_SHARE,
        Some((_, _, true)) => DISPUTED_MIN_SHINGLE_SHARE.max(REWRITE_MIN_SHINGLE_SHARE),
        _ => REWRITE_MIN_SHINGLE_SHARE,
    }
}

/// Detect derivations among `n` articles. `disputes`: what pairs of
/// articles disagree on, sorted by pair; a pair is read as a rewrite only
/// with copied words ([`rewrite_floor`]) or an attribution.
pub fn detect(
    units: &[Unit],
    feats: &[&Features],
    links: &[(usize, usize, f64)],
    n: usize,
    days: &[Option<Day>],
    disputes: &[Disputes],
    provenance: &[Provenance],
) -> Vec<Derivation> {
    let mut by_article: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, u) in units.iter().enumerate() {
        if u.article < n {
            by_article[u.article].push(i);
        }
    }
    // the links of each pair of articles (p < q), as (unit in p, unit in q,
    // score), in the order given: a stable sort by article pair
    let mut keyed: Vec<((usize, usize, usize), WeightedPair)> = links
        .iter()
        .enumerate()
        .map(|(k, &(a, b, s))| {
            let (x, y) = if units[a].article < units[b].article { (a, b) } else { (b, a) };
            ((units[x].article, units[y].article, k), (x, y, s))
        })
        .collect();
    keyed.sort_unstable_by_key(|e| e.0);
    // word 5-gram hashes of each article, once (sorted, deduplicated)
    let grams: Vec<Vec<u64>> = by_article.iter().map(|us| gram_hashes(us, feats)).collect();
    // the shared grams of all pairs at once when merging pair by pair
    // would cost more (many linked pairs of articles; see shared_gram_counts)
    let linked_pairs = keyed.chunk_by(|x, y| (x.0 .0, x.0 .1) == (y.0 .0, y.0 .1)).count();
    let total: usize = grams.iter().map(Vec::len).sum();
    let sort_cost = (n as f64) * (total.max(2) as f64).log2() * GRAM_TABLE_COST;
    let shared = if linked_pairs as f64 > sort_cost { shared_gram_counts(&grams) } else { None };
    let named: Vec<Vec<String>> = by_article.iter().map(|us| attributed_outlets(us, units)).collect();
    let attrib: Vec<bool> = named.iter().map(|n| !n.is_empty()).collect();
    let datelines: Vec<Option<String>> = by_article.iter().map(|us| wire_dateline_outlet(us, units)).collect();
    let wire: Vec<bool> = datelines.iter().map(Option::is_some).collect();
    // each article's outlet: given (its page, its byline), and its wire
    // dateline's agency
    let idents: Vec<Vec<String>> =
        datelines.into_iter().enumerate().map(|(a, d)| provenance.get(a).and_then(|s| s.outlet.clone()).into_iter().chain(d).collect()).collect();
    // the articles of the cluster each one's attribution names
    let sources = attributed_articles(&named, &idents);
    // does article `a` attribute its reporting to `b`: it names `b`'s
    // outlet, or an outlet that is no other article's
    let toward = |a: usize, b: usize| attrib[a] && (sources[a].is_empty() || sources[a].iter().any(|s| s.0 == b));
    // does `a` name another article of the cluster than `b` as its source
    let elsewhere = |a: usize, b: usize| !sources[a].is_empty() && sources[a].iter().all(|s| s.0 != b);
    let mut out = Vec::new();
    let mut ls: Vec<WeightedPair> = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    let mut order: Vec<(usize, usize, usize, f64)> = Vec::new();
    for run in keyed.chunk_by(|x, y| (x.0 .0, x.0 .1) == (y.0 .0, y.0 .1)) {
        let (p, q, _) = run[0].0;
        ls.clear();
        ls.extend(run.iter().map(|e| e.1));
        let np = by_article[p].len();
        let nq = by_article[q].len();
        let shorter = np.min(nq).max(1);
        let aligned_p = distinct(ls.iter().map(|l| l.0), &mut ends);
        let aligned_q = distinct(ls.iter().map(|l| l.1), &mut ends);
        let aligned = aligned_p.min(aligned_q);
        let share = aligned as f64 / shorter as f64;
        let in_order = longest_in_order(&ls, units, &mut order);
        let order_share = if aligned > 0 { in_order as f64 / aligned as f64 } else { 0.0 };
        let common = match &shared {
            Some(counts) => counts[p * n + q] as usize,
            None => common_count(&grams[p], &grams[q]),
        };
        let shingles = share_of(common, grams[p].len().min(grams[q].len()));
        let copied = shingles >= MIN_SHINGLE_SHARE;
        // (an article that names the other's outlet as its source needs
        // its sentences aligned, in any order: NAMED_SOURCE_MIN_ALIGNED)
        let source_named = sources[p].iter().chain(&sources[q]).any(|s| s.0 == p || s.0 == q);
        let rewritten = reads_as_rewrite(in_order, aligned, shorter)
            || (source_named && aligned >= NAMED_SOURCE_MIN_ALIGNED && share >= MIN_ALIGNED_SHARE);
        if !(copied || rewritten) {
            continue;
        }
        let (attrib_p, attrib_q) = (toward(p, q), toward(q, p));
        // two reports of one event tell it in the same order: with no
        // attribution, a rewrite needs copied words, the more the more facts
        // the two disagree on (`rewrite_floor`: a wire's "14 people were
        // detained" / a paper's "Twelve people were arrested", with crowd
        // figures of their own, 3% of word 5-grams shared), and more when
        // one names a third article as its source (a blog "according to the
        // Associated Press" tells the story as a TV site does, 5% shared,
        // because it tells the AP's: ATTRIBUTED_ELSEWHERE_MIN_SHINGLE_SHARE)
        let mut floor = rewrite_floor(disputes, p, q);
        if elsewhere(p, q) || elsewhere(q, p) {
            floor = floor.max(ATTRIBUTED_ELSEWHERE_MIN_SHINGLE_SHARE);
        }
        if (shingles < floor || (common < REWRITE_MIN_SHARED_GRAMS && !copied)) && !attrib_p && !attrib_q {
            continue;
        }
        // the later of two dated articles is derived (a text cannot copy a
        // later one); else p is the source unless p attributes (and q does
        // not), or, with no attribution telling, p adds more sentences of
        // its own
        let (day_p, day_q) = (days.get(p).copied().flatten(), days.get(q).copied().flatten());
        let by_date = match (day_p, day_q) {
            (Some(a), Some(b)) if a != b => Some(a > b),
            _ => None,
        };
        let (wire_p, wire_q) = (wire[p], wire[q]);
        let noted = |a: usize| provenance.get(a).is_some_and(|s| s.agency_copy);
        let p_derived = by_date.unwrap_or(if attrib_p != attrib_q {
            attrib_p
        } else if wire_p != wire_q {
            // the agency's own story is the source
            wire_q
        } else if noted(p) != noted(q) {
            // the one that says it is based on agency copy is derived
            noted(p)
        } else {
            np - aligned_p.min(np) > nq - aligned_q.min(nq)
        });
        let (from, to) = if p_derived { (q, p) } else { (p, q) };
        let mut evidence = vec![format!(
            "{aligned} of {shorter} sentences of the shorter article aligned, {in_order} of them in the same order"
        )];
        if shingles > 0.0 {
            evidence.push(format!("{:.0}% of word 5-grams shared", shingles * 100.0));
        }
        if by_date.is_some() {
            evidence.push(format!("article {to} is dated later"));
        }
        if let Some((_, name)) = sources[to].iter().find(|s| s.0 == from) {
            evidence.push(format!("article {to} attributes its reporting to {name}, article {from}'s outlet"));
        } else if toward(to, from) {
            evidence.push(format!("article {to} attributes its reporting to another outlet"));
        }
        if wire[from] && !wire[to] {
            evidence.push(format!("article {from} opens with a wire agency's dateline"));
        }
        if noted(to) && !noted(from) {
            evidence.push(format!("article {to} says it is based on agency copy"));
        }
        let score = (0.5 * share.min(1.0) + 0.3 * order_share + 0.2 * (shingles / MIN_SHINGLE_SHARE).min(1.0)).min(1.0);
        out.push(Derivation { from, to, score: round3(score), evidence });
    }
    out.sort_by_key(|d| (d.to, d.from));
    out
}

/// Family of each article: derivations joined (union-find), labelled by the
/// smallest article index in the family.
pub fn families(derivations: &[Derivation], n: usize) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while p[r] != r {
            r = p[r];
        }
        let mut c = x;
        while p[c] != r {
            let next = p[c];
            p[c] = r;
            c = next;
        }
        r
    }
    for d in derivations {
        if d.from < n && d.to < n {
            let (a, b) = (find(&mut parent, d.from), find(&mut parent, d.to));
            let (lo, hi) = (a.min(b), a.max(b));
            parent[hi] = lo;
        }
    }
    (0..n).map(|i| find(&mut parent, i)).collect()
}

/// Number of distinct values of `values` (`buf`: scratch space).
fn distinct(values: impl Iterator<Item = usize>, buf: &mut Vec<usize>) -> usize {
    buf.clear();
    buf.extend(values);
    buf.sort_unstable();
    buf.dedup();
    buf.len()
}

/// `order`: scratch space.
fn longest_in_order(ls: &[(usize, usize, f64)], units: &[Unit], order: &mut Vec<(usize, usize, usize, f64)>) -> usize {
    // the longest chain of links that go forward in both articles: the
    // links by p position, those of one p-sentence by q position falling
    // (so that a chain takes at most one of them), then the longest
    // increasing run of q positions
    order.clear();
    order.extend(ls.iter().enumerate().map(|(k, &(x, y, s))| (units[x].index, k, units[y].index, s)));
    order.sort_unstable_by_key(|e| (e.0, std::cmp::Reverse(e.2)));
    increasing_run(order.iter().map(|e| e.2))
}

/// The length of the longest strictly increasing subsequence of `seq`.
pub fn increasing_run(seq: impl IntoIterator<Item = usize>) -> usize {
    let mut tails: Vec<usize> = Vec::new();
    for v in seq {
        let pos = tails.partition_point(|&t| t < v);
        if pos == tails.len() {
            tails.push(v);
        } else {
            tails[pos] = v;
        }
    }
    tails.len()
}

/// The points of a longest chain increasing on both sides among `points`
/// (sorted by x, then y), at most one per x position: the links of a
/// rewrite that keep the source's order (its length is
/// [`increasing_run`]'s over the points' y, each x's points last to first).
pub fn increasing_chain(points: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // tails[k]: index of the point ending the best chain of length k + 1
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; points.len()];
    let mut start = 0;
    for run in points.chunk_by(|a, b| a.0 == b.0) {
        for i in (start..start + run.len()).rev() {
            let v = points[i].1;
            let pos = tails.partition_point(|&t| points[t].1 < v);
            before[i] = pos.checked_sub(1).and_then(|k| tails.get(k).copied());
            if pos == tails.len() {
                tails.push(i);
            } else {
                tails[pos] = i;
            }
        }
        start += run.len();
    }
    let mut chain = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(i) = at {
        chain.push(points[i]);
        at = before[i];
    }
    chain.reverse();
    chain
}

/// Do `aligned` sentences linked between two articles, `in_order` of them
/// in the same order, read as a rewrite of the article of `shorter`
/// sentences ([`MIN_ALIGNED`], [`MIN_ALIGNED_SHARE`], [`MIN_IN_ORDER_SHARE`])?
pub fn reads_as_rewrite(in_order: usize, aligned: usize, shorter: usize) -> bool {
    in_order >= MIN_ALIGNED
        && aligned as f64 / shorter.max(1) as f64 >= MIN_ALIGNED_SHARE
        && aligned > 0
        && in_order as f64 / aligned as f64 >= MIN_IN_ORDER_SHARE
}

/// Hashes of an article's word 5-grams (from the word hashes), sorted and
/// deduplicated; not those mostly inside quotation marks
/// ([`MIN_QUOTED_IN_GRAM`]) or mostly names ([`MIN_NAMES_IN_GRAM`]):
/// independent reports quote one statement word for word and name one
/// crew alike ("\"It was a beautiful ride,\" Delgado radioed" / "...
/// Delgado said shortly after reaching orbit"; "specialists Aiko Sato and
/// Ravi Menon").
fn gram_hashes(us: &[usize], feats: &[&Features]) -> Vec<u64> {
    let mut out = Vec::new();
    for &u in us {
        let f = feats[u];
        for (k, win) in f.words.windows(5).enumerate() {
            let marks = f.marks.get(k..k + 5).unwrap_or(&[]);
            let quoted = marks.iter().filter(|m| m.quoted).count();
            let names = marks.iter().filter(|m| m.name).count();
            if quoted >= MIN_QUOTED_IN_GRAM || names >= MIN_NAMES_IN_GRAM {
                continue;
            }
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for &w in win {
                h = (h ^ w).wrapping_mul(0x0100_0000_01b3).rotate_left(23);
            }
            out.push(h);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A word 5-gram with at least this many words inside quotation marks is
/// no sign of copying (`gram_hashes`).
pub const MIN_QUOTED_IN_GRAM: usize = 3;
/// A word 5-gram with at least this many capitalised words (not a
/// sentence's first) is a list of names, no sign of copying
/// (`gram_hashes`).
pub const MIN_NAMES_IN_GRAM: usize = 4;

/// Shared 5-grams over the smaller article's number of 5-grams.
fn share_of(common: usize, smaller: usize) -> f64 {
    if smaller == 0 {
        return 0.0;
    }
    common as f64 / smaller as f64
}

/// Up to this many articles, the 5-grams shared by every pair of articles
/// are counted at once ([`shared_gram_counts`], a dense `n × n` table);
/// above it, pair by pair ([`common_count`]).
const MAX_ARTICLES_FOR_GRAM_TABLE: usize = 1024;

/// The table is used when the linked pairs of articles outnumber
/// `GRAM_TABLE_COST · n · log2(grams)`: merging a pair walks about
/// `2 · grams / n` hashes, sorting all grams costs about `grams · log2(grams)`
/// comparisons, each dearer than a merge step (measured in wasm: the seeds'
/// 10 pairs are cheaper merged, a 100-article cluster's 4,950 with the table).
const GRAM_TABLE_COST: f64 = 1.5;

/// The number of 5-grams articles `p < q` share, at `p * n + q`, for all
/// pairs at once: all grams sorted with their article, so each gram's
/// articles form a run and every pair in the run shares it. The cost
/// follows the grams shared, not pairs times article length (a merge per
/// pair of articles was most of derivation detection in a large cluster).
/// `None` above [`MAX_ARTICLES_FOR_GRAM_TABLE`] articles.
fn shared_gram_counts(grams: &[Vec<u64>]) -> Option<Vec<u32>> {
    let n = grams.len();
    if n > MAX_ARTICLES_FOR_GRAM_TABLE {
        return None;
    }
    let mut all: Vec<(u64, u32)> = Vec::with_capacity(grams.iter().map(Vec::len).sum());
    for (a, g) in grams.iter().enumerate() {
        all.extend(g.iter().map(|&h| (h, a as u32)));
    }
    all.sort_unstable();
    let mut counts = vec![0u32; n * n];
    // (each article's grams are distinct: a run holds each article once,
    // in increasing order)
    for run in all.chunk_by(|x, y| x.0 == y.0) {
        for (k, &(_, p)) in run.iter().enumerate() {
            let row = p as usize * n;
            for &(_, q) in &run[k + 1..] {
                counts[row + q as usize] += 1;
            }
        }
    }
    Some(counts)
}

/// Number of common elements of two sorted, deduplicated lists of hashes:
/// a merge without data-dependent branches (the order of random hashes
/// defeats branch prediction).
fn common_count(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0usize);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

/// The agency whose wire dateline opens an article's first body sentence
/// ("STOCKHOLM, July 24 (Reuters) -", "ELSHAM, England (AP) —"; the
/// cleaner's reading, `clean::meta::dateline_outlet`), if one does.
fn wire_dateline_outlet(us: &[usize], units: &[Unit]) -> Option<String> {
    us.iter().find(|&&u| !units[u].heading).and_then(|&u| crate::clean::meta::dateline_outlet(&units[u].text))
}

/// The outlets an article attributes its reporting to: an outlet's name
/// ([`OUTLET_WORDS`]) before an attribution verb ("BBC quotes", "The
/// Herald reports"), "according to" + such a name, or a verb of
/// [`ATTRIBUTION_BY_VERBS`] + "by", or "citing", + such a name ("quoted by
/// the Associated Press", "citing Reuters"), each name as written (its
/// capitalised words); empty when it attributes to none. A person ("Putin
/// said") or a government ("the Kremlin said", "according to the WHO") is
/// not an outlet.
fn attributed_outlets(us: &[usize], units: &[Unit]) -> Vec<String> {
    // cheap filter first: an attribution needs one of its verbs or
    // "according" as a word (the test below reads whole words too); a
    // substring search per verb and sentence cost 2% of a 100-article run
    let has_cue = |text: &str| {
        text.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            ATTRIBUTION_VERBS.iter().chain(ATTRIBUTION_BY_VERBS).chain(&["according", "citing"]).any(|v| w.eq_ignore_ascii_case(v))
        })
    };
    let mut names: Vec<String> = Vec::new();
    for &u in us {
        if !has_cue(&units[u].text) {
            continue;
        }
        let words: Vec<&str> =
            units[u].text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
        let capitalised = |k: usize| words.get(k).and_then(|w| w.chars().next()).is_some_and(char::is_uppercase);
        // a capitalised name with an outlet's word (OUTLET_WORDS), ending
        // at word `k` ("The Herald reports") or starting there ("according
        // to the Herald", "quoted by the Associated Press"): its words
        let outlet = |k: usize, ending: bool| -> Option<String> {
            let run: Vec<usize> = (0..MAX_OUTLET_NAME_WORDS)
                .map_while(|d| if ending { k.checked_sub(d) } else { Some(k + d) })
                .take_while(|&j| capitalised(j))
                .collect();
            run.iter().any(|&j| OUTLET_WORDS.contains(&words[j])).then(|| {
                let (lo, hi) = (*run.iter().min()?, *run.iter().max()?);
                Some(words[lo..=hi].iter().copied().filter(|w| !w.eq_ignore_ascii_case("the")).collect::<Vec<_>>().join(" "))
            })?
        };
        for k in 0..words.len() {
            // (the verbs are ASCII without a "k": no other letter lower-cases
            // to one of their letters, so an ASCII comparison is exact)
            let is_verb = words.get(k + 1).is_some_and(|w| ATTRIBUTION_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)));
            // "quoted by the Associated Press", "reported by AP", "citing Reuters"
            let by_outlet = |k: usize| {
                outlet(k, false).or_else(|| words[k].eq_ignore_ascii_case("the").then(|| outlet(k + 1, false)).flatten())
            };
            let name = if is_verb { outlet(k, true) } else { None }
                .or_else(|| {
                    (k >= 2 && words[k - 2].eq_ignore_ascii_case("according") && words[k - 1].eq_ignore_ascii_case("to"))
                        .then(|| by_outlet(k))
                        .flatten()
                })
                .or_else(|| {
                    (k >= 2
                        && words[k - 1].eq_ignore_ascii_case("by")
                        && ATTRIBUTION_BY_VERBS.iter().any(|v| words[k - 2].eq_ignore_ascii_case(v)))
                    .then(|| by_outlet(k))
                    .flatten()
                })
                .or_else(|| (k >= 1 && words[k - 1].eq_ignore_ascii_case("citing")).then(|| by_outlet(k)).flatten());
            if let Some(name) = name.filter(|n| !n.is_empty()) {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    names
}

/// An outlet's name as compared: lower case, an agency by one name
/// ("Associated Press" = "AP", `clean::rules::AGENCY_BYLINES`), a web
/// address by its name ("www.elsamcourier.com" = "elsamcourier").
fn outlet_key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    let lower = lower.strip_prefix("www.").unwrap_or(lower);
    if let Some((_, agency)) = crate::clean::rules::AGENCY_BYLINES.iter().find(|(k, _)| *k == lower) {
        return agency.to_lowercase();
    }
    match lower.split_once('.') {
        Some((host, _)) if !lower.contains(' ') => host.to_string(),
        _ => lower.to_string(),
    }
}

/// For each article, the other articles its attribution names, each with
/// the name as the article wrote it: those whose outlet (`idents`: from the
/// article's page or byline, or its wire dateline) is an outlet it
/// attributes its reporting to (`named`). Empty when it names none of them
/// (or attributes to none).
fn attributed_articles(named: &[Vec<String>], idents: &[Vec<String>]) -> Vec<Vec<(usize, String)>> {
    let keys: Vec<Vec<String>> =
        idents.iter().map(|o| o.iter().map(|n| outlet_key(n)).filter(|k| !k.is_empty()).collect()).collect();
    named
        .iter()
        .enumerate()
        .map(|(a, names)| {
            // (each name's key once, not once per other article)
            let wanted: Vec<(String, &String)> = names.iter().map(|n| (outlet_key(n), n)).collect();
            (0..keys.len())
                .filter(|&b| b != a)
                .filter_map(|b| wanted.iter().find(|(k, _)| keys[b].contains(k)).map(|(_, n)| (b, (*n).clone())))
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    /// The chain is as long as the run, increasing, one point per x.
    #[test]
    fn increasing_chain_keeps_the_order() {
        use super::{increasing_chain, increasing_run};
        let pts = [(0, 0), (1, 5), (2, 1), (2, 2), (3, 3), (4, 4), (5, 9)];
        let chain = increasing_chain(&pts);
        assert_eq!(chain, vec![(0, 0), (2, 1), (3, 3), (4, 4), (5, 9)]);
        assert!(chain.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
        let run = increasing_run(pts.chunk_by(|a, b| a.0 == b.0).flat_map(|r| r.iter().rev().map(|p| p.1)));
        assert_eq!(chain.len(), run);
        assert!(increasing_chain(&[]).is_empty());
    }

    /// Attribution read by [`super::attributed_outlets`] in one sentence.
    fn attributes_text(text: &str) -> bool {
        !outlets_named(text).is_empty()
    }

    /// The outlets one sentence attributes to.
    fn outlets_named(text: &str) -> Vec<String> {
        let units = vec![super::Unit { article: 0, index: 0, id: "a0s0".into(), text: text.into(), heading: false }];
        super::attributed_outlets(&[0], &units)
    }

    #[test]
    fn a_wire_dateline_opens_the_first_body_sentence() {
        let unit = |index: usize, text: &str, heading: bool| super::Unit { article: 0, index, id: format!("a0s{index}").into(), text: text.into(), heading };
        let wire = vec![
            unit(0, "Norvik profit jumps (Reuters) poll", true),
            unit(1, "STOCKHOLM, July 24 (Reuters) - Swedish carmaker Norvik Motors reported an 18% rise in profit.", false),
        ];
        assert!(super::wire_dateline_outlet(&[0, 1], &wire).is_some());
        // the agency named later in the sentence, or only in the headline
        let later = vec![
            unit(0, "Norvik profit jumps (Reuters)", true),
            unit(1, "Swedish carmaker Norvik Motors reported an 18% rise in second-quarter operating profit, as first reported by Reuters (Reuters).", false),
        ];
        assert!(super::wire_dateline_outlet(&[0, 1], &later).is_none());
    }

    /// A short note says the article is based on agency copy; a sentence
    /// that mentions agency reports in passing does not.
    #[test]
    fn a_note_of_agency_copy() {
        use super::notes_agency_copy;
        assert!(notes_agency_copy("(With inputs from agencies)"));
        assert!(notes_agency_copy("This report is based on agency material."));
        assert!(notes_agency_copy(
            "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed."
        ));
        assert!(!notes_agency_copy("Tickets for the full route start at 49 euros."));
        assert!(!notes_agency_copy(
            "The ministry said the death toll, based on agency reports from the three provinces worst hit by the floods, was likely to rise further as rescuers reached villages cut off since Monday."
        ));
    }

    #[test]
    fn attribution_to_an_outlet_in_several_phrasings() {
        for text in [
            "BBC quotes the Kremlin on the subject.",
            "The Herald reports that the bridge will close.",
            "The bridge will close, according to the Herald.",
            "At least 14 people died, according to officials quoted by the Associated Press.",
            "The death toll was reported by AP on Tuesday.",
            "Two people were arrested, citing Reuters.",
            "The toll rose, citing the Elsam Courier.",
            "The New York Times said the deal was close.",
            "Tass reported that two men were detained.",
        ] {
            assert!(attributes_text(text), "{text}");
        }
        for text in [
            "Putin said the talks went well.",
            "The Kremlin said the information came via intelligence services.",
            "The WHO said 2 million vaccine doses would arrive on Friday.",
            "Most deaths were in Kedra, according to the Health Ministry.",
            "Two people were arrested, citing the FBI.",
            "The bill was passed by Congress on Monday.",
            "He was quoted by several papers.",
            "Officials were citing safety concerns.",
        ] {
            assert!(!attributes_text(text), "{text}");
        }
    }

    /// The outlet an attribution names, and which article of a cluster
    /// that is: an agency by either of its names, a paper by its name.
    #[test]
    fn an_attribution_names_the_article_whose_outlet_it_is() {
        assert_eq!(outlets_named("Four thieves stole eight pieces, the ministry said, according to the Associated Press."), ["Associated Press"]);
        assert_eq!(outlets_named("No one was injured, the AP reported."), ["AP"]);
        assert_eq!(outlets_named("The toll rose, citing the Elsam Courier."), ["Elsam Courier"]);
        assert_eq!(super::outlet_key("Associated Press"), super::outlet_key("AP"));
        assert_eq!(super::outlet_key("www.elsamcourier.com"), "elsamcourier");
        let named = vec![vec![], vec![], vec!["Associated Press".to_string()], vec![]];
        let idents = vec![vec!["AP".to_string()], vec![], vec![], vec!["Elsam Courier".to_string()]];
        let sources = super::attributed_articles(&named, &idents);
        assert_eq!(sources[2], [(0, "Associated Press".to_string())]);
        assert!(sources[0].is_empty() && sources[1].is_empty() && sources[3].is_empty());
    }

    use super::*;

    /// The all-pairs table and the pair-by-pair merge count the same
    /// shared grams (lists drawn from a small range, so they overlap).
    #[test]
    fn gram_table_counts_what_the_merge_counts() {
        let mut seed: u64 = 7;
        let mut next = move || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            seed >> 33
        };
        let grams: Vec<Vec<u64>> = (0..9)
            .map(|a| {
                let mut g: Vec<u64> = (0..(a * 37) % 200).map(|_| next() % 300).collect();
                g.sort_unstable();
                g.dedup();
                g
            })
            .collect();
        let n = grams.len();
        let table = shared_gram_counts(&grams).expect("few articles: a table");
        let mut shared_somewhere = false;
        for p in 0..n {
            for q in p + 1..n {
                let merged = common_count(&grams[p], &grams[q]);
                assert_eq!(table[p * n + q] as usize, merged, "articles {p} and {q}");
                shared_somewhere |= merged > 0;
            }
        }
        assert!(shared_somewhere);
    }
}
