//! The serde types that cross every boundary: what the page, the CLI and
//! `corroborate batch` send in ([`ArticleInput`], [`Options`]) and get back
//! ([`Report`]). The field-by-field contract is documented in `docs/report.md`.
//!
//! Every list in a report is sorted deterministically, so two runs on the
//! same input serialise to the same bytes.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// How the text of an [`ArticleInput`] is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Text copied from a web page (select all, copy, paste).
    #[default]
    Text,
    /// A saved HTML page, or HTML sent by the bookmarklet.
    Html,
}

/// One article as the user brought it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ArticleInput {
    /// A name the user gave it (file name, outlet); may be empty.
    pub name: String,
    /// The raw text or HTML.
    pub text: String,
    /// How to read `text`. Default: `text`.
    pub format: Format,
    /// The page URL, when known (bookmarklet, saved page); used for the outlet.
    pub url: Option<String>,
    /// Lines of the raw text the user put back after the cleaner removed
    /// them (exact line text, whitespace-trimmed).
    pub keep: Vec<String>,
    /// Paragraphs the user took out of the cleaned article, which the
    /// cleaner kept (furniture it missed): each the paragraph's text, as the
    /// report's sentences of one paragraph joined by single spaces (white
    /// space is collapsed before comparing). Listed in the report's
    /// `removed` with reason `you`. Default: none.
    pub drop: Vec<String>,
}

/// Options of one analysis. Every field has a default, so a caller may pass
/// `{}` or any subset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Options {
    /// Minimum link score (0..=1) for two sentences to be reported as
    /// stating the same claim. `None` (the default) uses the engine's own
    /// threshold, [`crate::align::DEFAULT_MIN_LINK_SCORE`]. Lower it to see
    /// the scores of weaker pairs in an evaluation. Between two articles
    /// that already share links, pairs down to this minus
    /// [`crate::align::CONTEXT_RELIEF`] are linked too, and two sentences
    /// both linked to one sentence of a third article down to this minus
    /// [`crate::align::TRIANGLE_RELIEF`] ([`Link::via`]). Above 0, a link
    /// also needs [`crate::align::MIN_SHARED_TERMS`] shared terms.
    pub min_link_score: Option<f64>,
    /// Skip the furniture-removal pass and keep every line. Default `false`.
    pub keep_furniture: bool,
    /// Report the links as one compact [`LinkTable`] (`link_table`, with
    /// `links` left empty) instead of one object per link. Same content;
    /// at 100 articles the report is 2.5 times smaller and parses several
    /// times faster, which is why the browser page asks for it. Default `false`.
    pub compact_links: bool,
}

/// A furniture line the cleaner took out, with why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Removed {
    /// The line as it was in the input (trimmed).
    pub text: String,
    /// A short reason label, e.g. `teaser`, `share`, `copyright`, `short-edge`.
    pub reason: String,
}

/// One sentence of a cleaned article, with its agreement figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Stable id `a{article}s{sentence}`, both 0-based, e.g. `a2s7`.
    pub id: Arc<str>,
    /// Index of the paragraph (block) the sentence belongs to, 0-based.
    pub paragraph: usize,
    /// The sentence text.
    pub text: String,
    /// True for a headline or subheading.
    pub heading: bool,
    /// Number of articles, this one included, that carry this sentence's claim.
    pub support: usize,
    /// Like `support`, but articles derived from one another count once.
    pub independent_support: usize,
    /// The articles (indexes into `articles`, ascending), this one included,
    /// that carry this sentence's claim: the articles of its linked
    /// sentences, or those of the largest claim it belongs to when that
    /// claim has more (a claim may hold an article whose sentence is linked
    /// to the claim's other sentences but not to this one). `support` is
    /// their number; the page names them.
    #[serde(default)]
    pub sources: Vec<usize>,
    /// Ids of the linked sentences in other articles, sorted.
    pub matches: Vec<Arc<str>>,
    /// Ids of the claims this sentence belongs to.
    pub claims: Vec<Arc<str>>,
    /// True if a linked sentence disagrees on a number, date or name.
    pub disputed: bool,
}

/// One article of the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleReport {
    /// The name the user gave (or one derived from the outlet / title).
    pub name: String,
    /// The headline, if one was found.
    pub title: Option<String>,
    /// Publication date, ISO `YYYY-MM-DD`, if one was found.
    pub date: Option<String>,
    /// Outlet or site name, if one was found.
    pub outlet: Option<String>,
    /// Byline (authors), if one was found.
    pub byline: Option<String>,
    /// The furniture lines taken out, in input order.
    pub removed: Vec<Removed>,
    /// The article's sentences in reading order.
    pub sentences: Vec<Sentence>,
}

/// Two sentences in different articles that state the same claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Sentence id in the lower-numbered article.
    pub a: Arc<str>,
    /// Sentence id in the higher-numbered article.
    pub b: Arc<str>,
    /// Similarity, 0..=1, rounded to 3 decimals.
    pub score: f64,
    /// The normalised terms both sentences share that made the link, most
    /// informative first. Shared strings: one allocation per distinct term,
    /// not one per link (serialised as plain strings).
    pub shared: Vec<Arc<str>>,
    /// For a link under the threshold made because both sentences are
    /// linked at the threshold to one sentence of a third article
    /// (`TRIANGLE_RELIEF` in `align`): that sentence's id. Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<Arc<str>>,
}

/// The links of a report in compact form: what [`Link`] says, as numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct LinkTable {
    /// The distinct shared terms, in order of first use.
    pub terms: Vec<Arc<str>>,
    /// One row per link, rows one after another, in the order of `links`:
    /// `a`'s article and sentence index, `b`'s article and sentence index,
    /// the score in thousandths, the number `n` of shared terms, then `n`
    /// indexes into `terms` (most informative first).
    pub rows: Vec<u32>,
    /// [`Link::via`] of the links that have one, as triples: the link's
    /// number (0 for the first row), then the third sentence's article and
    /// sentence index.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub via: Vec<u32>,
}

/// A group of sentences in different articles stating one claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id `c{n}`, numbered in report order.
    pub id: Arc<str>,
    /// The representative sentence (best-connected member).
    pub representative: Arc<str>,
    /// Member sentence ids, sorted by article then position.
    pub sentences: Vec<Arc<str>>,
    /// Article indexes carrying the claim, sorted.
    pub articles: Vec<usize>,
    /// Number of articles carrying the claim.
    pub support: usize,
    /// Number of independent article families carrying the claim.
    pub independent_support: usize,
}

/// Article `to` copies or is rewritten from article `from`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Derivation {
    /// Index of the source article.
    pub from: usize,
    /// Index of the derived article.
    pub to: usize,
    /// Strength of the evidence, 0..=1.
    pub score: f64,
    /// Human-readable reasons, e.g. `7 of 15 sentences aligned in order`.
    pub evidence: Vec<String>,
}

/// One value that differs between two linked sentences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Difference {
    /// `number`, `date` or `name`.
    pub kind: String,
    /// The value as written in sentence `a`.
    pub a: String,
    /// The value as written in sentence `b`.
    pub b: String,
    /// The canonical form of `a`'s value (a number in digits, "fourteen"
    /// and "14" both `14`; a date as `d:MM-DD`, a weekday as `w:N`, a year;
    /// a name's words lower-cased): values with equal keys state the same
    /// thing, whatever their wording. Several values: joined by ", ".
    #[serde(default)]
    pub a_key: String,
    /// The canonical form of `b`'s value, as `a_key`.
    #[serde(default)]
    pub b_key: String,
}

/// Two linked sentences that agree on the rest but differ on a value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Disagreement {
    /// Sentence id in the lower-numbered article.
    pub a: Arc<str>,
    /// Sentence id in the higher-numbered article.
    pub b: Arc<str>,
    /// What differs.
    pub differences: Vec<Difference>,
}

/// The whole analysis of one cluster of articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The articles, in input order.
    pub articles: Vec<ArticleReport>,
    /// Sentence links, sorted by (a, b); empty when `link_table` holds them.
    pub links: Vec<Link>,
    /// The same links in compact form, present only when the options asked
    /// for it ([`Options::compact_links`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_table: Option<LinkTable>,
    /// Claims carried by two or more articles, by independent support, support, first sentence.
    pub claims: Vec<Claim>,
    /// Detected copies and rewrites.
    pub derivations: Vec<Derivation>,
    /// Linked sentences that differ on a number, date or name.
    pub disagreements: Vec<Disagreement>,
    /// Messages for the user (truncation, empty articles, ...).
    pub warnings: Vec<String>,
    /// The options in force, defaults filled in.
    pub options: EffectiveOptions,
}

/// The options a report was made with, every default resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EffectiveOptions {
    /// The link threshold used.
    pub min_link_score: f64,
    /// Whether furniture removal was skipped.
    pub keep_furniture: bool,
    /// Whether the links are in `link_table` rather than `links`.
    #[serde(default)]
    pub compact_links: bool,
}
