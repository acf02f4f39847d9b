//! Saved pages and bookmarklet HTML: parsed by the project's own parser
//! ([`super::dom`]), main content found in the manner of Mozilla
//! Readability ([`super::extract`]), then the text pass.
//!
//! Steps:
//! 1. **Guard**: a page nested deeper than [`MAX_NESTING`] elements (no
//!    real page is; an attack or a broken generator is) skips the DOM
//!    entirely: its visible text is taken by a flat, iterative tag scan
//!    ([`flat_text`]) and goes through the pasted-text pass. This keeps
//!    deep trees away from the extractor's depth-squared cleaning.
//! 2. **Metadata** from the whole page, before extraction changes it
//!    ([`meta::page_meta`]): JSON-LD, `<meta>` tags, `<time>`, then the first
//!    date in the visible text.
//! 3. **Pre-cleaning** ([`preclean`]): page furniture marked by structure
//!    (tag, ARIA role, class or id words: comment threads, related lists,
//!    newsletter and share boxes, author bios, sidebars) leaves the DOM,
//!    except around the headline and the paragraph core of the article.
//! 4. **Extraction** ([`super::extract`]) picks the article's container;
//!    when it picks a fragment, the pre-cleaned page's text goes to the
//!    text pass.
//! 5. **Structure**: the article's subtree is walked (iteratively,
//!    [`content_lines`]) into lines: paragraphs, list items and table cells as
//!    paragraphs, `h1`–`h6` as headings; captions (`figcaption`) and code
//!    listings ([`CODE_TAGS`]) are taken out.
//! 6. **Outside lines**: the page's lines (before pre-cleaning) that are not in the article
//!    (`with_outside`) are listed as removed (reason `outside`, at most
//!    [`MAX_OUTSIDE_LISTED`]), so that nothing the extractor leaves out is
//!    lost from sight; one the user put back returns in its place, and so
//!    does the article's lead when the extractor left it above the body
//!    (`lead_lines`: three or more prose paragraphs between the headline
//!    and the article's first line).
//! 7. **Furniture pass** over those lines ([`text::clean_lines`]).
//!
//! Scripts, styles, frames, forms and event handlers never reach the
//! output: only text nodes outside [`SKIP_TAGS`] are read, attributes never
//! are, and the page renders the text with `textContent`.

use rustc_hash::{FxHashMap, FxHashSet};

use super::dom::{Dom, NodeId};
use super::extract;
use super::text::{self, RawLine};
use super::{meta, CleanDoc};
use crate::error::Result;
use crate::model::{Options, Removed};
/// Pages nested deeper than this (open elements, counted by a flat scan)
/// are read as flat text instead of being parsed into a tree.
pub const MAX_NESTING: usize = 400;

/// When the text pass over the whole page finds this many times more words
/// than the extractor's pick, the pick was a fragment and the text pass wins.
pub const FALLBACK_RATIO: usize = 3;

/// At most this many lines of the page outside the article are listed as
/// removed (reason "outside"); the rest are counted in one last entry
/// (reason "not-listed"), so that a huge page does not make a huge report.
pub const MAX_OUTSIDE_LISTED: usize = 300;

/// The lead (a standfirst, a summary, an intro above the body) is often
/// outside the container the extractor picks: in the story's header, or in
/// a block of its own before the body. Between the headline and the
/// article's first line, when the headline is at most this many page lines
/// before it, every prose paragraph (see [`LEAD_MIN_CHARS`]) joins the
/// article in its place. On wcxb-dev (2026-12-04) the first paragraph of
/// the ground truth was missing from 24 of 250 pages.
pub const LEAD_MAX_LINES: usize = 40;

/// A line between the headline and the body joins the article as its lead
/// when it is an HTML paragraph of at least this many characters that ends
/// like a sentence (bylines, dates, captions, buttons and product boxes do
/// not).
pub const LEAD_MIN_CHARS: usize = 60;

/// The lead joins the article only when it holds at least this many
/// paragraphs (of distinct text): one or two paragraphs there are most
/// often a standfirst, an author's bio, a photo credit or a disclosure,
/// which the ground truth of wcxb-dev leaves out (measured 2026-12-04:
/// with 1, 41 pages lost precision and 11 gained recall, F1 0.960 ->
/// 0.959; with 2, 9 lost and 4 gained).
pub const LEAD_MIN_PARAGRAPHS: usize = 3;

/// Elements whose content is never text of the article.
pub const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "svg",
    "math", "canvas", "button", "select", "option", "textarea", "input", "form", "nav", "head", "title",
    "audio", "video", "picture", "source", "dialog", "menu",
];

/// Elements that start and end a line.
pub const BLOCK_TAGS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "ul", "ol",
    "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure",
    "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "details", "summary", "center", "body",
    "html",
];

/// Page furniture taken out of the DOM before extraction ([`preclean`]).
/// Structural signals only: an element goes when one of these marks it,
/// unless it holds the article's landmarks ([`is_article_landmark`]).
///
/// Elements that are furniture by their tag.
pub const FURNITURE_TAGS: &[&str] = &["nav", "aside", "footer", "form", "dialog", "menu"];

/// ARIA landmark roles of furniture.
pub const FURNITURE_ROLES: &[&str] =
    &["navigation", "complementary", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar"];

/// Words of a `class` or `id` (split at anything but letters and digits,
/// lower-cased) that mark furniture: comment threads, related-article
/// lists, newsletter boxes, share rows, tag rows, breadcrumbs, sidebars,
/// screen-reader-only labels.
pub const FURNITURE_WORDS: &[&str] = &[
    "comments", "comment", "commentlist", "respond", "disqus", "related", "newsletter", "subscribe",
    "share", "sharing", "sharedaddy", "social", "breadcrumb", "breadcrumbs", "sidebar", "tags",
    "signup", "recommended", "outbrain", "taboola",
];

/// Substrings of a `class` or `id` that mark furniture spelled as one
/// compound (author bios, screen-reader text, hidden helpers).
pub const FURNITURE_COMPOUNDS: &[&str] = &[
    "author-bio", "authorbio", "about-author", "about-the-author", "author-box", "authorbox",
    "author-description", "author-info", "author-details",
    "screen-reader", "sr-only", "visually-hidden", "visuallyhidden",
];

/// Nor is the element whose paragraphs (of at least this many characters)
/// hold the most text, or any element around it: the article body.
pub const CORE_MIN_PARAGRAPH: usize = 80;

/// Extract and clean the article of an HTML page.
pub fn clean_html(html: &str, url: Option<&str>, options: &Options, keep: &[String]) -> Result<CleanDoc> {
    // the URL is only a hint, and only an absolute web address is one
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    if max_nesting(html) > MAX_NESTING {
        let mut doc = text::clean_text(&flat_text(html), options, keep);
        doc.removed.insert(
            0,
            Removed { text: format!("(page nested deeper than {MAX_NESTING} elements: read as plain text)"), reason: "too-deep".into() },
        );
        return Ok(doc);
    }
    let mut dom = Dom::parse(html);
    let mut page = meta::page_meta(&dom);
    if page.date.is_none() {
        page.date = flat_text(html)
            .lines()
            .filter(|l| l.split_whitespace().count() <= meta::TEXT_DATE_MAX_WORDS)
            .find_map(meta::find_date);
    }

    // every line of the page, for the list of lines outside the article
    let all_lines = prose_or_code(content_lines(&dom, Dom::ROOT)).0;
    let all = PageIndex::new(&all_lines);
    preclean(&mut dom);
    // the whole page's text, furniture out, for when extraction fails
    let page_lines = prose_or_code(content_lines(&dom, Dom::ROOT)).0;
    let article_meta = extract::article_meta(&dom);
    // the page's text after pre-cleaning, with the pre-cleaned lines the
    // user put back, and the other pre-cleaned lines
    let (flat_lines, flat_outside) = with_outside(&all, page_lines, keep, page.title.as_deref(), false);
    let Some(article) = extract::extract(dom, &article_meta) else {
        let mut doc = text::clean_lines(&flat_lines, options, keep, page.title.as_deref());
        if doc.blocks.is_empty() {
            doc.removed.push(Removed { text: "(no article text found in this page)".into(), reason: "no-article".into() });
        }
        list_outside(&mut doc, &all_lines, &flat_outside);
        doc.title = page.title.or(doc.title);
        doc.date = page.date.or(doc.date);
        doc.outlet = page.outlet.or_else(|| url.and_then(meta::outlet_from_url)).or(doc.outlet);
        doc.byline = page.byline.or(doc.byline);
        return Ok(doc);
    };
    let title = text::collapse_ws(&article_meta.title);
    let title = (!title.is_empty()).then_some(title).or(page.title.clone());

    let extracted = content_lines(&article.dom, article.root);
    let captions = extracted.captions.clone();
    let (article_lines, code) = prose_or_code(extracted);
    // the page's lines the extractor left out: listed as removed, and put
    // back in their place when the user asked for them
    let (lines, outside) = with_outside(&all, article_lines, keep, title.as_deref(), true);
    let mut doc = text::clean_lines_in(&lines, options, keep, title.as_deref(), text::Scope::Extracted);
    // the extractor sometimes picks a fragment (a teaser, a widget): then
    // the pasted-text pass over the page's whole text does better.
    let words = |d: &CleanDoc| d.blocks.iter().map(|b| b.text.split_whitespace().count()).sum::<usize>();
    let flat = text::clean_lines(&flat_lines, options, keep, title.as_deref());
    let from_extractor = words(&doc) * FALLBACK_RATIO >= words(&flat);
    if !from_extractor {
        doc = flat;
    }
    let outside = if from_extractor { outside } else { flat_outside };
    for c in captions {
        doc.removed.push(Removed { text: c, reason: "caption".into() });
    }
    for c in code {
        doc.removed.push(Removed { text: c, reason: "code".into() });
    }
    list_outside(&mut doc, &all_lines, &outside);
    if let Some(t) = title {
        // the headline heads the article
        if doc.blocks.first().map(|b| b.text.as_str()) != Some(t.as_str()) {
            doc.blocks.insert(0, super::Block { text: t.clone(), heading: true });
        }
        doc.title = Some(t);
    }
    doc.date = page
        .date
        .or_else(|| article_meta.published.as_deref().and_then(meta::iso_prefix_loose))
        .or(doc.date);
    doc.outlet = page
        .outlet
        .or_else(|| article_meta.site_name.map(|s| text::collapse_ws(&s)).filter(|s| !s.is_empty()))
        .or_else(|| url.and_then(meta::outlet_from_url))
        .or(doc.outlet);
    doc.byline = page
        .byline
        .or_else(|| article_meta.byline.or(article.byline).as_deref().map(meta::clean_byline).filter(|s| !s.is_empty()))
        .or(doc.byline);
    Ok(doc)
}

/// The page lines (indexes) of the article's lead: the prose paragraphs
/// between the headline and `first`, the page line of the article's first
/// line, when the headline (a heading whose text is the title, or like it;
/// the first of them) is at most [`LEAD_MAX_LINES`] lines before it; none
/// otherwise.
fn lead_lines(page: &PageIndex, first: Option<usize>, taken: &[bool], title: Option<&str>) -> Vec<usize> {
    let (Some(first), Some(title)) = (first, title) else { return Vec::new() };
    let from = first.saturating_sub(LEAD_MAX_LINES);
    // the first such heading: a page may repeat the headline at the top
    // of the body, below the lead
    let headline = (from..first).find(|&i| {
        page.lines.get(i).is_some_and(|l| {
            l.heading == Some(true) && (l.text == title || extract::similarity(&l.text, title) >= extract::TITLE_SIMILARITY)
        })
    });
    let Some(headline) = headline else { return Vec::new() };
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let lead: Vec<usize> = (headline + 1..first)
        .filter(|&i| {
            !taken.get(i).copied().unwrap_or(true)
                && page.lines.get(i).is_some_and(|l| {
                    let t = l.text.trim_end_matches(['"', '\'', '”', '’', ')']);
                    l.heading == Some(false)
                        && l.text.chars().count() >= LEAD_MIN_CHARS
                        && t.ends_with(['.', '!', '?'])
                        && seen.insert(l.text.as_str())
                })
        })
        .collect();
    if lead.len() >= LEAD_MIN_PARAGRAPHS {
        lead
    } else {
        Vec::new()
    }
}

/// List the page's lines `outside` the article (indexes into `page`) as
/// removed: at most [`MAX_OUTSIDE_LISTED`], then one entry that counts the rest.
fn list_outside(doc: &mut CleanDoc, page: &[RawLine], outside: &[usize]) {
    let listed = outside.len().min(MAX_OUTSIDE_LISTED);
    for l in outside.iter().take(listed).filter_map(|&i| page.get(i)) {
        doc.removed.push(Removed { text: l.text.clone(), reason: "outside".into() });
    }
    if outside.len() > listed {
        doc.removed.push(Removed {
            text: format!("({} more lines of the page outside the article are not listed)", outside.len() - listed),
            reason: "not-listed".into(),
        });
    }
}

/// A page's lines and where each text occurs in them (built once, used for
/// both the extractor's pick and the text pass's lines).
struct PageIndex<'a> {
    lines: &'a [RawLine],
    at: FxHashMap<&'a str, Vec<usize>>,
}

impl<'a> PageIndex<'a> {
    fn new(lines: &'a [RawLine]) -> PageIndex<'a> {
        let mut at: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (i, l) in lines.iter().enumerate() {
            at.entry(l.text.as_str()).or_default().push(i);
        }
        PageIndex { lines, at }
    }
}

/// The article's lines with the page's other lines that the user put back
/// (`keep`), each in its place, and the indexes of the page's other lines
/// (not the headline `title`, nor lines without a letter or digit), in page
/// order. The article's lines are found in the page's lines in order (each
/// at the first place after the previous one with the same text); one that
/// is not found stays where it is. With `lead`, the article's lead from the page ([`lead_lines`]) is put in
/// its place like a line the user put back.
fn with_outside(
    page: &PageIndex,
    article: Vec<RawLine>,
    keep: &[String],
    title: Option<&str>,
    lead: bool,
) -> (Vec<RawLine>, Vec<usize>) {
    // the page index of each article line that was found there
    let mut found: Vec<Option<usize>> = Vec::with_capacity(article.len());
    let mut taken = vec![false; page.lines.len()];
    let mut last: Option<usize> = None;
    for l in &article {
        let next = page.at.get(l.text.as_str()).and_then(|v| {
            let k = last.map_or(0, |p| v.partition_point(|&i| i <= p));
            v.get(k).copied()
        });
        if let Some(t) = next.and_then(|p| taken.get_mut(p)) {
            last = next;
            *t = true;
        }
        found.push(next);
    }
    let kept: FxHashSet<String> = keep.iter().map(|k| text::collapse_ws(k)).collect();
    let lead_at: FxHashSet<usize> = if lead {
        // the article's first line that is not a heading (the headline may
        // head the extracted part too)
        let first = found.iter().zip(&article).find_map(|(f, l)| f.filter(|_| l.heading != Some(true)));
        lead_lines(page, first, &taken, title).into_iter().collect()
    } else {
        FxHashSet::default()
    };
    let (mut outside, mut put_back) = (Vec::new(), Vec::new());
    for (i, l) in page.lines.iter().enumerate() {
        // a line with no letter or digit ("#", "|") says nothing to put back
        if taken.get(i).copied().unwrap_or(false) || Some(l.text.as_str()) == title || !l.text.chars().any(char::is_alphanumeric) {
            continue;
        }
        if kept.contains(&l.text) || lead_at.contains(&i) {
            put_back.push(i);
        } else {
            outside.push(i);
        }
    }
    if put_back.is_empty() {
        return (article, outside);
    }
    // merge by page position: an article line not found in the page goes
    // with the line before it
    let mut merged = Vec::with_capacity(article.len() + put_back.len());
    let mut pb = put_back.into_iter().filter_map(|i| page.lines.get(i).map(|l| (i, l))).peekable();
    for (l, pos) in article.into_iter().zip(found) {
        if let Some(p) = pos {
            while let Some((_, back)) = pb.next_if(|&(i, _)| i < p) {
                merged.push(back.clone());
            }
        }
        merged.push(l);
    }
    merged.extend(pb.map(|(_, back)| back.clone()));
    (merged, outside)
}

/// Take page furniture out of the DOM (see [`FURNITURE_TAGS`] and the
/// tables after it): furniture landmarks, and elements whose class or id
/// names furniture, unless they hold an article landmark
/// ([`is_article_landmark`]) or the paragraph core. Iterative.
pub fn preclean(dom: &mut Dom) {
    let mut protected: FxHashSet<NodeId> = FxHashSet::default();
    let mut keep: Vec<NodeId> = dom.descendants(Dom::ROOT).filter(|&n| is_article_landmark(dom, n)).collect();
    keep.extend(paragraph_core(dom));
    for n in keep {
        protected.insert(n);
        for a in dom.ancestors(n) {
            if !protected.insert(a) {
                break;
            }
        }
    }
    let doomed: Vec<NodeId> =
        dom.descendants(Dom::ROOT).filter(|&n| dom.is_element(n) && !protected.contains(&n) && is_furniture(dom, n)).collect();
    for n in doomed {
        dom.detach(n);
    }
}

/// The headline or the article's own container: `h1`, `main`,
/// `[role=main]`, `[itemprop=articleBody]`. An element holding one is never
/// removed as furniture (a theme may put a furniture class on a wrapper of
/// the whole page).
pub fn is_article_landmark(dom: &Dom, n: NodeId) -> bool {
    matches!(dom.name(n), "h1" | "main") || dom.attr(n, "role") == Some("main") || dom.attr(n, "itemprop") == Some("articleBody")
}

/// The element whose child paragraphs hold the most text: the body of
/// the article, on nearly every page (a comment or a teaser has few
/// paragraphs under one parent). Paragraphs shorter than
/// [`CORE_MIN_PARAGRAPH`] characters are not counted.
fn paragraph_core(dom: &Dom) -> Option<NodeId> {
    let mut sums: FxHashMap<NodeId, usize> = FxHashMap::default();
    let mut best: Option<(usize, NodeId)> = None;
    for p in dom.descendants(Dom::ROOT).filter(|&n| dom.is(n, "p")) {
        let len = dom.text(p).chars().count();
        if len < CORE_MIN_PARAGRAPH {
            continue;
        }
        if let Some(parent) = dom.parent(p) {
            let sum = sums.entry(parent).or_insert(0);
            *sum += len;
            if best.is_none_or(|(b, _)| *sum > b) {
                best = Some((*sum, parent));
            }
        }
    }
    best.map(|(_, n)| n)
}

/// Whether an element is furniture by its tag, role, class or id (see
/// [`preclean`]).
pub fn is_furniture(dom: &Dom, node: NodeId) -> bool {
    let name = dom.name(node);
    if matches!(name, "html" | "body" | "head") {
        return false;
    }
    if FURNITURE_TAGS.contains(&name) {
        return true;
    }
    if dom.attr(node, "role").is_some_and(|r| FURNITURE_ROLES.contains(&r.trim().to_ascii_lowercase().as_str())) {
        return true;
    }
    let names = format!("{} {}", dom.attr(node, "class").unwrap_or_default(), dom.attr(node, "id").unwrap_or_default())
        .to_ascii_lowercase();
    FURNITURE_COMPOUNDS.iter().any(|c| names.contains(c))
        || names.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| FURNITURE_WORDS.contains(&w))
}

/// Lines of an extracted article, with heading hints, and what was set
/// apart: captions (`figcaption`) and code listings ([`CODE_TAGS`]).
#[derive(Debug, Default)]
pub struct ContentLines {
    /// Paragraphs, list items, cells and headings, in reading order.
    pub lines: Vec<RawLine>,
    /// Figure captions.
    pub captions: Vec<String>,
    /// Lines of code listings.
    pub code: Vec<String>,
}

/// Elements holding code listings: set apart from the prose (a listing
/// is no claim, and an article's text rarely quotes one word for word);
/// kept only when the article is nothing else (see [`clean_html`]).
pub const CODE_TAGS: &[&str] = &["pre"];

/// Where the text being read goes.
#[derive(Clone, Copy)]
struct Sink {
    heading: bool,
    caption: bool,
    code: bool,
}

/// The prose lines, and the code lines set apart; when there is no
/// prose, the code is the article.
fn prose_or_code(c: ContentLines) -> (Vec<RawLine>, Vec<String>) {
    if c.lines.is_empty() {
        (c.code.into_iter().map(|t| RawLine { text: t, heading: Some(false) }).collect(), Vec::new())
    } else {
        (c.lines, c.code)
    }
}

/// Lines of an extracted article (see [`ContentLines`]) under `root`.
/// Iterative: no recursion however deep the tree.
pub fn content_lines(dom: &Dom, root: NodeId) -> ContentLines {
    let mut out = ContentLines::default();
    let mut cur = String::new();
    let mut headings = 0usize; // open h1-h6
    let mut caption_depth = 0usize; // open figcaption
    let mut code_depth = 0usize; // open code listings
    let mut stack: Vec<(NodeId, bool)> = vec![(root, false)];
    let mut children: Vec<NodeId> = Vec::new();
    let mut separated = false; // `cur` ends with the space put after a text node
    while let Some((node, exiting)) = stack.pop() {
        let name = dom.name(node);
        let sink = Sink { heading: headings > 0, caption: caption_depth > 0, code: code_depth > 0 };
        if exiting {
            flush(&mut cur, sink, &mut out);
            if is_heading(name) {
                headings = headings.saturating_sub(1);
            }
            if name == "figcaption" {
                caption_depth = caption_depth.saturating_sub(1);
            }
            if CODE_TAGS.contains(&name) {
                code_depth = code_depth.saturating_sub(1);
            }
            continue;
        }
        if let Some(t) = dom.text_of(node) {
            // text nodes are joined with a space (inline elements styled
            // apart would otherwise run words together), except before
            // closing punctuation (`<a>here</a>.`) and between text nodes
            // left side by side by removals
            let glued = t.starts_with(CLOSING_PUNCTUATION) || dom.prev_sibling(node).is_some_and(|p| dom.text_of(p).is_some());
            if separated && glued {
                cur.pop();
            }
            cur.push_str(t);
            cur.push(' ');
            separated = true;
            continue;
        }
        separated = false;
        if dom.is_element(node) {
            if SKIP_TAGS.contains(&name) {
                continue;
            }
            if name == "br" || name == "hr" {
                flush(&mut cur, sink, &mut out);
                continue;
            }
            if BLOCK_TAGS.contains(&name) {
                flush(&mut cur, sink, &mut out);
                if is_heading(name) {
                    headings += 1;
                }
                if name == "figcaption" {
                    caption_depth += 1;
                }
                if CODE_TAGS.contains(&name) {
                    code_depth += 1;
                }
                stack.push((node, true));
            }
        } else if node != Dom::ROOT {
            continue;
        }
        children.clear();
        children.extend(dom.children(node));
        stack.extend(children.iter().rev().map(|&c| (c, false)));
    }
    flush(&mut cur, Sink { heading: false, caption: false, code: false }, &mut out);
    out
}

/// Characters that attach to the text before them.
const CLOSING_PUNCTUATION: &[char] = &['.', ',', ';', ':', '!', '?', ')', ']', '}', '’', '”', '%'];

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

fn flush(cur: &mut String, sink: Sink, out: &mut ContentLines) {
    let t = text::collapse_ws(cur);
    cur.clear();
    if t.is_empty() {
        return;
    }
    if sink.caption {
        out.captions.push(t);
    } else if sink.code {
        out.code.push(t);
    } else {
        out.lines.push(RawLine { text: t, heading: Some(sink.heading) });
    }
}

/// The deepest element nesting of a page, by a flat scan of its tags
/// (elements that are usually left open, like `p` and `li`, and void
/// elements are not counted; comments and script/style bodies are skipped).
pub fn max_nesting(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut i, mut depth, mut max) = (0usize, 0usize, 0usize);
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        if b[i..].starts_with(b"<!--") {
            i = find(b, i + 4, b"-->").map_or(b.len(), |j| j + 3);
            continue;
        }
        let (closing, start, j) = tag_name_at(b, i);
        if j == start {
            i += 1;
            continue;
        }
        let name = html.get(start..j).unwrap_or("").to_ascii_lowercase();
        let end = find(b, j, b">").unwrap_or(b.len());
        let self_closing = end > 0 && b.get(end - 1) == Some(&b'/');
        i = end + 1;
        if UNCOUNTED_TAGS.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if !self_closing {
            if name == "script" || name == "style" {
                let close = format!("</{name}");
                i = find_ci(b, i, close.as_bytes()).unwrap_or(b.len());
                continue;
            }
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// Void elements and elements whose end tag is usually omitted.
const UNCOUNTED_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup",
    "!doctype",
];

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() || needle.is_empty() {
        return None;
    }
    hay[from..].windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() || needle.is_empty() {
        return None;
    }
    hay[from..].windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle)).map(|p| p + from)
}

/// The visible text of a page without building a tree: tags dropped,
/// [`SKIP_TAGS`] bodies (scripts, styles, ...) skipped, block tags as line
/// breaks, common entities decoded. One pass, no recursion.
pub fn flat_text(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 4);
    let mut i = 0usize;
    let mut text_start = 0usize;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        out.push_str(&decode_entities(html.get(text_start..i).unwrap_or("")));
        if b[i..].starts_with(b"<!--") {
            i = find(b, i + 4, b"-->").map_or(b.len(), |j| j + 3);
            text_start = i;
            continue;
        }
        let (closing, start, j) = tag_name_at(b, i);
        if j == start && !closing && b.get(i + 1) != Some(&b'!') && b.get(i + 1) != Some(&b'?') {
            // a lone '<' in text
            out.push('<');
            i += 1;
            text_start = i;
            continue;
        }
        let name = html.get(start..j).unwrap_or("").to_ascii_lowercase();
        let end = find(b, j, b">").unwrap_or(b.len());
        i = (end + 1).min(b.len());
        if !closing && SKIP_TAGS.contains(&name.as_str()) && name != "input" {
            let close = format!("</{name}");
            i = find_ci(b, i, close.as_bytes())
                .map(|k| find(b, k, b">").map_or(b.len(), |e| e + 1))
                .unwrap_or(b.len());
        }
        if BLOCK_TAGS.contains(&name.as_str()) || name == "br" || SKIP_TAGS.contains(&name.as_str()) {
            out.push('\n');
        } else {
            out.push(' ');
        }
        text_start = i;
    }
    out.push_str(&decode_entities(html.get(text_start..).unwrap_or("")));
    out.lines().map(text::collapse_ws).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

/// Decode character references (see [`super::entities`]).
pub fn decode_entities(s: &str) -> String {
    super::entities::decode(s)
}

/// At a `<` at byte `i`: whether the tag is a closing one, and the byte
/// range `start..end` of its name (empty when no name follows).
fn tag_name_at(b: &[u8], i: usize) -> (bool, usize, usize) {
    let closing = b.get(i + 1) == Some(&b'/');
    let start = if closing { i + 2 } else { i + 1 };
    let mut end = start;
    while end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] == b'-') {
        end += 1;
    }
    (closing, start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_counts_open_elements() {
        assert_eq!(max_nesting("<div><div><p>x</div></div>"), 2);
        assert_eq!(max_nesting("<div><script>'<div><div><div>'</script></div>"), 1);
        assert_eq!(max_nesting(&"<div>".repeat(1000)), 1000);
    }

    fn line(text: &str, heading: bool) -> RawLine {
        RawLine { text: text.to_string(), heading: Some(heading) }
    }

    /// The page: a menu, the headline, a byline, `intro` paragraphs, a
    /// product box, `gap` short lines, then the body (its first line is
    /// returned as the last index).
    fn page(intro: usize, gap: usize) -> (Vec<RawLine>, usize) {
        let mut lines = vec![line("Home News Sport", false), line("The last crossing of the Alby ferry", true), line("By Ann Reed", false)];
        for i in 0..intro {
            lines.push(line(&format!("Intro paragraph {i}: the ferry carried its passengers across the river for a hundred years."), false));
        }
        lines.push(line("Best day trips", false));
        for i in 0..gap {
            lines.push(line(&format!("Box {i}"), false));
        }
        lines.push(line("The river ferry carried its last passengers on Friday evening, ending a crossing of a century.", false));
        let first = lines.len() - 1;
        (lines, first)
    }

    #[test]
    fn the_lead_is_the_prose_between_the_headline_and_the_body() {
        let title = Some("The last crossing of the Alby ferry");
        let (lines, first) = page(3, 0);
        let taken = vec![false; lines.len()];
        assert_eq!(lead_lines(&PageIndex::new(&lines), Some(first), &taken, title), vec![3, 4, 5]);
        // fewer than LEAD_MIN_PARAGRAPHS: none (a standfirst, a bio)
        let (lines, first) = page(LEAD_MIN_PARAGRAPHS - 1, 0);
        assert!(lead_lines(&PageIndex::new(&lines), Some(first), &vec![false; lines.len()], title).is_empty());
        // the headline too far above the body: none
        let (lines, first) = page(3, LEAD_MAX_LINES);
        assert!(lead_lines(&PageIndex::new(&lines), Some(first), &vec![false; lines.len()], title).is_empty());
        // no headline like the title: none
        let (lines, first) = page(3, 0);
        assert!(lead_lines(&PageIndex::new(&lines), Some(first), &vec![false; lines.len()], Some("Weather warning for the coast")).is_empty());
        // a paragraph already in the article is not taken twice
        let mut taken = vec![false; lines.len()];
        taken[4] = true;
        assert!(lead_lines(&PageIndex::new(&lines), Some(first), &taken, title).is_empty(), "two left: fewer than three");
    }

    #[test]
    fn flat_text_skips_scripts() {
        let t = flat_text("<p>One &amp; two</p><script>alert(1)</script><style>p{}</style><p>Three</p>");
        assert_eq!(t, "One & two\nThree");
    }
}

