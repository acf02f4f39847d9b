//! Main-content extraction on a [`Dom`], in the manner of Mozilla's
//! Readability: paragraphs earn points (length, commas), pass them to
//! their parent (whole) and grandparent (half) and further ancestors
//! (less), class and id names weigh containers up or down, scores shrink
//! with link density; the best container and the siblings that look like
//! it make the article, which is then cleaned of lists, tables and
//! divisions that are mostly links or hold little text. When the result
//! is short, the page is tried again with the rules relaxed one by one,
//! and the longest result wins.
//!
//! Every word list, pattern and threshold is in the tables at the top.
//! The walk is iterative throughout.

use rustc_hash::FxHashSet;

use super::dom::{Dom, NodeId};

// ------------------------------------------------------------------ tables

/// Class/id substrings of elements that are unlikely to hold the article
/// (removed on the first attempt), unless one of [`MAYBE_CANDIDATE`] is
/// there too.
pub const UNLIKELY_CANDIDATE: &[&str] = &[
    "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
    "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
    "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
    "yom-remote",
];

/// Class/id substrings of lists of other posts (a blog's "more stories"
/// cards: a heading link and an excerpt each), removed on the first
/// attempt like [`UNLIKELY_CANDIDATE`], except on an `<article>` or
/// `<main>` element (a single post's own container may carry such a
/// name). On wcxb-dev (2026-12-04) only page 0331 changes: F1 0.70 -> 0.99.
pub const POST_LIST_NAMES: &[&str] = &["post-list", "post-item", "post-card", "post-grid", "more-posts"];

/// Class/id substrings that save an element from [`UNLIKELY_CANDIDATE`].
pub const MAYBE_CANDIDATE: &[&str] = &["and", "article", "body", "column", "content", "layout", "main", "mathjax", "shadow"];

/// ARIA roles of elements removed on the first attempt.
pub const UNLIKELY_ROLES: &[&str] = &["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"];

/// Class/id substrings that weigh a container down by [`CLASS_WEIGHT`].
pub const NEGATIVE_NAMES: &[&str] = &[
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
    "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
    "tags", "widget",
];

/// Whole class/id words that weigh a container down (too short to match
/// as substrings).
pub const NEGATIVE_WORDS: &[&str] = &["hid"];

/// Class/id substrings that weigh a container up by [`CLASS_WEIGHT`].
pub const POSITIVE_NAMES: &[&str] =
    &["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story"];

/// Points of a positive or negative class or id.
pub const CLASS_WEIGHT: f32 = 25.0;

/// Class/id substrings (and `rel=author`, `itemprop~=author`) of a byline.
pub const BYLINE_NAMES: &[&str] = &["byline", "author", "dateline", "writtenby", "p-author"];

/// A byline is shorter than this (characters).
pub const BYLINE_MAX_CHARS: usize = 100;

/// Class/id words (split at spaces and `_`) of share boxes, removed from
/// the article when shorter than [`CHAR_THRESHOLD`].
pub const SHARE_WORDS: &[&str] = &["share", "sharedaddy"];

/// The whole text of a block that is an advertisement label or a loading
/// placeholder (removed by the conditional cleaning).
pub const AD_WORDS: &[&str] = &["ad", "advertising", "advertisement", "pub", "publicité", "werb", "werbung", "广告", "реклама", "anuncio"];
pub const LOADING_WORDS: &[&str] = &["loading", "正在加载", "загрузка", "chargement", "cargando"];

/// Hosts of video players whose embeds are content.
pub const VIDEO_HOSTS: &[&str] = &[
    "dailymotion.com", "youtube.com", "youtube-nocookie.com", "player.vimeo.com", "v.qq.com", "archive.org",
    "upload.wikimedia.org", "player.twitch.tv", "bilibili.com",
];

/// Elements whose text is scored.
pub const TAGS_TO_SCORE: &[&str] = &["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"];

/// Elements removed when they hold no text.
pub const TAGS_WITH_CONTENT: &[&str] = &["div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"];

/// Block elements: a `div` without any of these inside is a paragraph.
pub const BLOCK_ELEMENTS: &[&str] = &["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"];

/// Phrasing (inline) elements; `a`, `del`, `ins` are phrasing when their
/// content is.
pub const PHRASING: &[&str] = &[
    "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i", "img",
    "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q", "ruby", "samp",
    "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr",
];

/// Elements counted as text holders by the "no useful content" test.
pub const TEXTISH: &[&str] = &["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "span", "li", "td"];

/// Elements removed from the article outright (embeds unless they play video).
pub const CLEAN_TAGS: &[&str] = &["object", "embed", "footer", "link", "aside", "iframe", "input", "textarea", "select", "button"];

/// Siblings kept under their own name when joined to the article; others become `div`.
pub const KEEP_NAME_IN_ARTICLE: &[&str] = &["article", "section", "p", "ol", "ul"];

/// Separators of a `<title>`'s parts ("Headline | Site").
pub const TITLE_SEPARATORS: &[char] = &['|', '-', '–', '—', '\\', '/', '>', '»'];
/// Separators that mark a hierarchy ("Site » Section » Headline").
pub const TITLE_HIERARCHY: &[char] = &['\\', '/', '>', '»'];

/// `<meta>` keys of the title, best first.
pub const META_TITLE_KEYS: &[&str] = &[
    "dc:title", "dcterms:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title",
    "parsely-title",
];
/// `<meta>` keys of the author.
pub const META_BYLINE_KEYS: &[&str] = &["dc:creator", "dcterms:creator", "author", "parsely-author"];
/// `<meta>` keys of the publication time (after those of [`super::meta`]).
pub const META_TIME_KEYS: &[&str] = &[
    "article:published_time", "dcterms:available", "dcterms:created", "dcterms:issued", "parsely-pub-date",
    "weibo:article:create_at",
];

/// JSON-LD `@type`s of an article.
pub const LD_ARTICLE_TYPES: &[&str] = &[
    "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
    "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
    "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
    "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference",
];

/// Comma characters (Latin, Arabic, small, vertical, full-width...).
pub const COMMAS: &[char] = &['\u{2C}', '\u{60C}', '\u{FE50}', '\u{FE10}', '\u{FE11}', '\u{2E41}', '\u{2E34}', '\u{2E32}', '\u{FF0C}'];

/// Scoring: elements shorter than this are not scored.
pub const MIN_SCORED_CHARS: usize = 25;
/// Scoring: one point per this many characters...
pub const CHARS_PER_POINT: usize = 100;
/// ...up to this many points.
pub const MAX_LENGTH_POINTS: usize = 3;
/// Scoring: ancestors that receive a paragraph's points.
pub const SCORED_ANCESTORS: usize = 5;
/// Candidates kept.
pub const TOP_CANDIDATES: usize = 5;
/// Scores at most this high are not scaled by link density.
pub const MIN_SCORE_TO_ADJUST: f32 = 5.0;
/// Other candidates this close to the best (ratio) vote for a common ancestor...
pub const CLOSE_CANDIDATE: f32 = 0.75;
/// ...which wins with this many votes.
pub const MIN_COMMON_ANCESTORS: usize = 3;
/// A sibling joins the article with a score of this share of the top's...
pub const SIBLING_SHARE: f32 = 0.2;
/// ...and at least this.
pub const SIBLING_MIN_SCORE: f32 = 10.0;
/// A sibling paragraph joins with at least this many characters and a
/// link density under [`SIBLING_MAX_LINK_DENSITY`], or fewer but a
/// sentence without links.
pub const SIBLING_LONG_CHARS: usize = 80;
pub const SIBLING_MAX_LINK_DENSITY: f32 = 0.25;
/// A `div` holding one `p` becomes that `p` when its link density is under this.
pub const DIV_P_MAX_LINK_DENSITY: f32 = 0.25;
/// Links to anchors on the page count this much of their text.
pub const ANCHOR_LINK_WEIGHT: f32 = 0.3;
/// An attempt whose article has this many characters is accepted.
pub const CHAR_THRESHOLD: usize = 500;
/// A heading this similar to the title is the title, removed from the body.
pub const TITLE_SIMILARITY: f64 = 0.75;
/// Conditional cleaning: blocks with this many commas are kept.
pub const KEEP_COMMAS: usize = 10;
/// Conditional cleaning: a block whose lists hold more than this share of
/// its text is a list.
pub const LIST_SHARE: f32 = 0.9;
/// Conditional cleaning: list items beyond this many more than paragraphs
/// make a non-list block furniture.
pub const LI_ALLOWANCE: f32 = 100.0;
/// Conditional cleaning: short blocks (characters) with links, and not
/// mostly headings (share), are furniture.
pub const SHORT_BLOCK: usize = 25;
pub const HEADING_SHARE: f32 = 0.9;
/// Conditional cleaning: link density limits for weak and strong blocks.
pub const WEAK_LINK_DENSITY: f32 = 0.2;
pub const STRONG_LINK_DENSITY: f32 = 0.5;
/// Conditional cleaning: a block with one embed and fewer characters than this goes.
pub const EMBED_MIN_CHARS: usize = 75;

// ------------------------------------------------------------------ metadata

/// What the page says about its article (JSON-LD, `<meta>`, `<title>`).
#[derive(Debug, Default, Clone)]
pub struct ArticleMeta {
    pub title: String,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published: Option<String>,
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `<meta>` key/content pairs: property words and normalised names
/// (`dc.title` → `dc:title`), lower-case, contents trimmed and non-empty.
fn meta_pairs(dom: &Dom) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for m in dom.find(Dom::ROOT, "meta") {
        let Some(content) = dom.attr(m, "content").map(str::trim).filter(|c| !c.is_empty()) else { continue };
        if let Some(p) = dom.attr(m, "property") {
            for part in p.split_whitespace() {
                out.push((part.to_ascii_lowercase(), content.to_string()));
            }
        } else if let Some(n) = dom.attr(m, "name") {
            let key: String = n.split_whitespace().collect::<String>().to_ascii_lowercase().replace('.', ":");
            out.push((key, content.to_string()));
        }
    }
    out
}

fn first_of(pairs: &[(String, String)], keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| pairs.iter().find(|(key, _)| key == k).map(|(_, c)| c.clone()))
}

/// The article's metadata, as Readability reads it.
pub fn article_meta(dom: &Dom) -> ArticleMeta {
    let mut m = json_ld_article(dom).unwrap_or_default();
    let pairs = meta_pairs(dom);
    if m.title.is_empty() {
        m.title = first_of(&pairs, META_TITLE_KEYS).unwrap_or_default();
    }
    if m.title.is_empty() {
        m.title = title_from_page(dom);
    }
    if m.byline.is_none() {
        m.byline = first_of(&pairs, META_BYLINE_KEYS)
            .or_else(|| first_of(&pairs, &["article:author"]).filter(|a| !a.contains("://")));
    }
    if m.site_name.is_none() {
        m.site_name = first_of(&pairs, &["og:site_name"]);
    }
    if m.published.is_none() {
        m.published = first_of(&pairs, META_TIME_KEYS);
    }
    // JSON-LD and attribute values sometimes carry references twice encoded
    // (`&amp;#038;`, `"headline": "A &#038; B"`)
    m.title = super::entities::decode(&m.title);
    m.byline = m.byline.map(|b| super::entities::decode(&b));
    m.site_name = m.site_name.map(|b| super::entities::decode(&b));
    m
}

/// The first JSON-LD block describing an article (schema.org context, an
/// article `@type`): title, author, publisher, date.
fn json_ld_article(dom: &Dom) -> Option<ArticleMeta> {
    use serde_json::Value;
    for s in dom.find(Dom::ROOT, "script") {
        if !dom.attr(s, "type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) {
            continue;
        }
        let text = dom.text(s);
        let mut body = text.trim();
        if let Some(r) = body.strip_prefix("<![CDATA[") {
            body = r.strip_suffix("]]>").unwrap_or(r).trim();
        }
        let Ok(mut v) = serde_json::from_str::<Value>(body) else { continue };
        let type_str = |v: &Value| match v.get("@type") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(other @ Value::Array(_)) => Some(other.to_string()),
            _ => None,
        };
        let is_article_type = |t: &str| LD_ARTICLE_TYPES.iter().any(|a| t.contains(a));
        if let Value::Array(items) = &v {
            if let Some(it) = items.iter().find(|it| type_str(it).is_some_and(|t| is_article_type(&t))) {
                v = it.clone();
            }
        }
        let schema = |c: &Value| c.as_str().is_some_and(|s| s.trim_end_matches('/').ends_with("://schema.org"));
        let context = v.get("@context");
        let context_ok = context.is_some_and(|c| schema(c) || c.get("@vocab").is_some_and(schema));
        if !context_ok {
            continue;
        }
        let Some(t) = type_str(&v) else { continue };
        if !is_article_type(&t) {
            continue;
        }
        let string = |v: Option<&Value>| v.and_then(Value::as_str).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let name = v.get("name").and_then(Value::as_str).map(|s| s.trim().to_string());
        let headline = v.get("headline").and_then(Value::as_str).map(|s| s.trim().to_string());
        let title = match (name, headline) {
            (Some(n), Some(h)) if n != h => {
                let page = title_from_page(dom);
                if similarity(&h, &page) > TITLE_SIMILARITY && similarity(&n, &page) <= TITLE_SIMILARITY {
                    h
                } else {
                    n
                }
            }
            (Some(n), _) => n,
            (None, Some(h)) => h,
            (None, None) => String::new(),
        };
        let byline = match v.get("author") {
            Some(Value::Object(o)) => o.get("name").and_then(Value::as_str).map(|s| s.trim().to_string()),
            Some(Value::Array(a)) => Some(
                a.iter().filter_map(|x| x.get("name").and_then(Value::as_str)).map(str::trim).collect::<Vec<_>>().join(", "),
            ),
            _ => None,
        }
        .filter(|s| !s.is_empty());
        let m = ArticleMeta {
            title,
            byline,
            site_name: string(v.get("publisher").and_then(|p| p.get("name"))),
            published: string(v.get("datePublished")),
        };
        if !m.title.is_empty() || m.byline.is_some() || m.site_name.is_some() || m.published.is_some() {
            return Some(m);
        }
    }
    None
}

/// The headline from `<title>`: the site's name cut off ("Headline | Site"),
/// unless that leaves too little; the `h1` when the title is implausibly
/// short or long.
pub fn title_from_page(dom: &Dom) -> String {
    let raw = dom.find_first(Dom::ROOT, "title").map(|t| dom.text(t)).unwrap_or_default();
    let orig = raw.trim();
    let words = |s: &str| s.split_whitespace().count();
    let mut cur: String = orig.to_string();
    let mut hierarchy = false;
    if orig.contains(TITLE_SEPARATORS) {
        hierarchy = orig.contains(TITLE_HIERARCHY);
        if let Some(t) = before_last_separator(orig) {
            cur = t.to_string();
        }
        if words(&cur) < 3 {
            if let Some(t) = after_first_separator(orig) {
                cur = t.to_string();
            }
        }
    } else if orig.contains(": ") {
        let is_heading = dom
            .descendants(Dom::ROOT)
            .any(|d| (dom.is(d, "h1") || dom.is(d, "h2")) && dom.text(d).trim() == orig);
        if !is_heading {
            if let Some(k) = orig.rfind(':') {
                cur = orig.get(k + 1..).unwrap_or("").trim().to_string();
                if words(&cur) < 3 {
                    if let Some(f) = orig.find(':') {
                        cur = orig.get(f + 1..).unwrap_or("").trim().to_string();
                    }
                } else if orig.find(':').map_or(0, |f| words(orig.get(..=f).unwrap_or(""))) > 5 {
                    cur = orig.to_string();
                }
            }
        }
    } else if !(15..=150).contains(&orig.chars().count()) {
        if let Some(h1) = dom.find_first(Dom::ROOT, "h1") {
            cur = dom.text(h1);
        }
    }
    let cur = collapse(&cur);
    let orig_words: usize = orig.split(TITLE_SEPARATORS).map(words).sum();
    let n = words(&cur);
    if n <= 4 && (!hierarchy || n + 1 != orig_words) {
        return orig.to_string();
    }
    cur
}

fn before_last_separator(t: &str) -> Option<&str> {
    let (k, c) = t.char_indices().rev().find(|(_, c)| TITLE_SEPARATORS.contains(c))?;
    let after = t.get(k + c.len_utf8()..)?;
    after.starts_with(' ').then(|| t.get(..k).unwrap_or("").trim())
}

fn after_first_separator(t: &str) -> Option<&str> {
    let (k, c) = t.char_indices().find(|(_, c)| TITLE_SEPARATORS.contains(c))?;
    let after = t.get(k + c.len_utf8()..)?;
    after.starts_with(' ').then(|| after.trim())
}

/// How much of `b`'s text (by characters of its words) is in `a`; 1 when
/// `a` contains `b`.
pub fn similarity(a: &str, b: &str) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a.contains(&b) {
        return 1.0;
    }
    let split = |s: &str| s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect::<Vec<_>>();
    let ta: FxHashSet<String> = split(&a).into_iter().collect();
    let tb = split(&b);
    let total: usize = tb.iter().map(|w| w.chars().count()).sum();
    if total == 0 {
        return 0.0;
    }
    let unique: usize = tb.iter().filter(|w| !ta.contains(*w)).map(|w| w.chars().count()).sum();
    1.0 - unique as f64 / total as f64
}

// ------------------------------------------------------------------ helpers

/// Class and id, lower-case, space-separated.
fn names(dom: &Dom, id: NodeId) -> String {
    let mut s = String::new();
    for k in ["class", "id"] {
        if let Some(v) = dom.attr(id, k) {
            s.push_str(v);
            s.push(' ');
        }
    }
    s.make_ascii_lowercase();
    s
}

fn class_weight(dom: &Dom, id: NodeId, weigh: bool) -> f32 {
    if !weigh {
        return 0.0;
    }
    let mut w = 0.0;
    for k in ["class", "id"] {
        let Some(v) = dom.attr(id, k) else { continue };
        let v = v.to_ascii_lowercase();
        if NEGATIVE_NAMES.iter().any(|n| v.contains(n))
            || v.split(|c: char| !c.is_ascii_alphanumeric()).any(|word| NEGATIVE_WORDS.contains(&word))
        {
            w -= CLASS_WEIGHT;
        }
        if POSITIVE_NAMES.iter().any(|n| v.contains(n)) {
            w += CLASS_WEIGHT;
        }
    }
    w
}

fn tag_score(dom: &Dom, id: NodeId, weigh: bool) -> f32 {
    let base = match dom.name(id) {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    base + class_weight(dom, id, weigh)
}

/// Characters of a text with white-space runs counted once, edges not at all.
fn text_chars(t: &str) -> usize {
    let mut n = 0;
    let mut pending_space = false;
    for c in t.chars() {
        if c.is_whitespace() {
            pending_space = n > 0;
        } else {
            if pending_space {
                n += 1;
                pending_space = false;
            }
            n += 1;
        }
    }
    n
}

/// The normalised character count of a subtree (walks it).
fn chars_of(dom: &Dom, id: NodeId) -> usize {
    let mut n = dom.text_of(id).map_or(0, text_chars);
    for d in dom.descendants(id) {
        if let Some(t) = dom.text_of(d) {
            n += text_chars(t);
        }
    }
    n
}

fn is_anchor_link(dom: &Dom, a: NodeId) -> bool {
    dom.attr(a, "href").is_some_and(|h| h.len() > 1 && h.starts_with('#'))
}

/// Link density by walking the subtree.
fn link_density_of(dom: &Dom, id: NodeId) -> f32 {
    let total = chars_of(dom, id);
    if total == 0 {
        return 0.0;
    }
    let mut links = 0.0;
    let mut it = dom.descendants(id);
    while let Some(d) = it.next() {
        if dom.is(d, "a") {
            let w = if is_anchor_link(dom, d) { ANCHOR_LINK_WEIGHT } else { 1.0 };
            links += chars_of(dom, d) as f32 * w;
            it.skip_children(d);
        }
    }
    links / total as f32
}

fn has_text(dom: &Dom, id: NodeId) -> bool {
    dom.descendants(id).any(|d| dom.text_of(d).is_some_and(|t| !t.trim().is_empty()))
}

fn is_whitespace_node(dom: &Dom, id: NodeId) -> bool {
    dom.text_of(id).is_some_and(|t| t.trim().is_empty()) || dom.is(id, "br")
}

/// Phrasing content, iteratively (`a`, `del`, `ins` are phrasing when all
/// their descendants are).
fn is_phrasing(dom: &Dom, id: NodeId) -> bool {
    let one = |n: NodeId| dom.text_of(n).is_some() || PHRASING.contains(&dom.name(n));
    if one(id) {
        return true;
    }
    if !matches!(dom.name(id), "a" | "del" | "ins") || dom.first_child(id).is_none() {
        return false;
    }
    dom.descendants(id).all(|d| one(d) || (matches!(dom.name(d), "a" | "del" | "ins") && dom.first_child(d).is_some()))
}

fn has_ancestor(dom: &Dom, id: NodeId, max: usize, pred: impl Fn(NodeId) -> bool) -> bool {
    dom.ancestors(id).take(max).any(pred)
}

/// Whether an element is hidden by `hidden`, its style or `aria-hidden`.
fn is_visible(dom: &Dom, id: NodeId) -> bool {
    if dom.attr(id, "hidden").is_some() {
        return false;
    }
    if let Some(style) = dom.attr(id, "style") {
        let style = style.to_ascii_lowercase();
        if style_is(&style, "display", "none") || style_is(&style, "visibility", "hidden") {
            return false;
        }
    }
    dom.attr(id, "aria-hidden") != Some("true") || dom.attr(id, "class").is_some_and(|c| c.contains("fallback-image"))
}

/// Whether a style declares `key: value` (first declaration of `key`).
fn style_is(style: &str, key: &str, value: &str) -> bool {
    let Some(p) = style.find(key) else { return false };
    let rest = style.get(p..).unwrap_or("");
    let Some(c) = rest.find(':') else { return false };
    let rest = rest.get(c + 1..).unwrap_or("");
    let rest = rest.split(';').next().unwrap_or("").trim_start();
    rest.split(char::is_whitespace).next().unwrap_or("").trim_end() == value
}

/// The next element in document order from `id`, skipping its subtree
/// when `skip_children`; stays under `root`.
fn next_element(dom: &Dom, id: NodeId, skip_children: bool, root: NodeId) -> Option<NodeId> {
    if !skip_children {
        if let Some(c) = dom.element_children(id).next() {
            return Some(c);
        }
    }
    let mut n = id;
    loop {
        if n == root {
            return None;
        }
        let mut s = dom.next_sibling(n);
        while let Some(x) = s {
            if dom.is_element(x) {
                return Some(x);
            }
            s = dom.next_sibling(x);
        }
        n = dom.parent(n)?;
    }
}

fn is_byline(dom: &Dom, id: NodeId) -> bool {
    let marked = dom.attr(id, "rel") == Some("author")
        || dom.attr(id, "itemprop").is_some_and(|p| p.contains("author"))
        || {
            let n = names(dom, id);
            BYLINE_NAMES.iter().any(|b| n.contains(b))
        };
    marked && {
        let len = dom.text(id).trim().chars().count();
        len > 0 && len < BYLINE_MAX_CHARS
    }
}

// ------------------------------------------------------------------ preparation

/// Take the byline element out of the page (when the metadata has none) and
/// return its text.
fn take_byline(dom: &mut Dom, body: NodeId) -> Option<String> {
    let mut cur = next_element(dom, body, false, body);
    while let Some(n) = cur {
        if is_byline(dom, n) {
            let src = dom.descendants(n).find(|&d| dom.attr(d, "itemprop") == Some("name")).unwrap_or(n);
            let text = collapse(&spaced_text(dom, src));
            dom.detach(n);
            return Some(text);
        }
        cur = next_element(dom, n, false, body);
    }
    None
}

/// The text of a subtree with a space where one element's text ends and
/// another's begins ("<a>Jo Smith</a><span>18th Dec</span>" reads "Jo Smith
/// 18th Dec", not "Jo Smith18th Dec"); inline formatting (`b`, `em`, ...)
/// joins without one.
fn spaced_text(dom: &Dom, root: NodeId) -> String {
    const FORMATTING: &[&str] = &["b", "i", "em", "strong", "u", "small", "sup", "sub", "mark", "abbr", "span"];
    let holder = |mut n: NodeId| {
        while let Some(p) = dom.parent(n) {
            n = p;
            if n == root || !FORMATTING.contains(&dom.name(n)) {
                break;
            }
        }
        n
    };
    let mut out = String::new();
    let mut last: Option<NodeId> = None;
    for d in std::iter::once(root).chain(dom.descendants(root)) {
        if let Some(t) = dom.text_of(d) {
            let h = holder(d);
            // (no space before punctuation: "<a>Jo Smith</a><span>, editor</span>")
            if last.is_some_and(|l| l != h) && !t.starts_with([',', '.', ';', ':', '!', '?', ')']) {
                out.push(' ');
            }
            out.push_str(t);
            last = Some(h);
        }
    }
    out
}

/// Scripts, styles and empty images out; `<br><br>` runs into paragraphs;
/// `font` into `span`.
fn prepare(dom: &mut Dom) {
    let all: Vec<NodeId> = dom.descendants(Dom::ROOT).collect();
    for &n in &all {
        match dom.name(n) {
            "script" | "noscript" | "style" => dom.detach(n),
            "font" => dom.rename(n, "span"),
            "img" => {
                let has_src = dom.attrs(n).iter().any(|(k, v)| {
                    matches!(k.as_str(), "src" | "data-src" | "data-srcset" | "srcset")
                        || [".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif"].iter().any(|e| v.contains(e))
                });
                if !has_src {
                    dom.detach(n);
                }
            }
            _ => {}
        }
    }
    let brs: Vec<NodeId> = all.into_iter().filter(|&n| dom.is(n, "br")).collect();
    for br in brs {
        if dom.parent(br).is_none() {
            continue;
        }
        replace_br_run(dom, br);
    }
}

/// The next sibling that is not white-space text.
fn next_significant(dom: &Dom, from: Option<NodeId>) -> Option<NodeId> {
    let mut n = from;
    while let Some(x) = n {
        if !dom.text_of(x).is_some_and(|t| t.trim().is_empty()) {
            return Some(x);
        }
        n = dom.next_sibling(x);
    }
    None
}

/// `<br>` followed by more `<br>`s: the run becomes a `p` holding the
/// phrasing content that follows, up to the next run.
fn replace_br_run(dom: &mut Dom, br: NodeId) {
    let mut replaced = false;
    let mut next = dom.next_sibling(br);
    while let Some(x) = next_significant(dom, next) {
        if !dom.is(x, "br") {
            break;
        }
        replaced = true;
        next = dom.next_sibling(x);
        dom.detach(x);
    }
    if !replaced {
        return;
    }
    let p = dom.create_element("p");
    dom.insert_before(br, p);
    dom.detach(br);
    let mut next = dom.next_sibling(p);
    while let Some(x) = next {
        if dom.is(x, "br") && next_significant(dom, dom.next_sibling(x)).is_some_and(|y| dom.is(y, "br")) {
            break;
        }
        if !is_phrasing(dom, x) {
            break;
        }
        next = dom.next_sibling(x);
        dom.append(p, x);
    }
    trim_trailing_whitespace(dom, p);
    if let Some(parent) = dom.parent(p) {
        if dom.is(parent, "p") {
            dom.rename(parent, "div");
        }
    }
}

// ------------------------------------------------------------------ extraction

/// Rules in force for one attempt.
#[derive(Clone, Copy)]
struct Flags {
    strip_unlikely: bool,
    weigh_classes: bool,
    clean_conditionally: bool,
}

/// An extracted article: the page (edited) and the container of the article in it.
pub struct Extracted {
    pub dom: Dom,
    pub root: NodeId,
    /// The byline element's text when the metadata had no author.
    pub byline: Option<String>,
}

/// Extract the article of a page. `meta` comes from [`article_meta`].
pub fn extract(mut dom: Dom, meta: &ArticleMeta) -> Option<Extracted> {
    let body = dom.find_first(Dom::ROOT, "body")?;
    let byline = if meta.byline.is_none() { take_byline(&mut dom, body) } else { None };
    prepare(&mut dom);
    let mut flags = Flags { strip_unlikely: true, weigh_classes: true, clean_conditionally: true };
    let mut best: Option<(Dom, NodeId, usize)> = None;
    loop {
        let mut attempt = dom.clone();
        if let Some(root) = grab(&mut attempt, body, flags, &meta.title) {
            let len = chars_of(&attempt, root);
            if len >= CHAR_THRESHOLD {
                return Some(Extracted { dom: attempt, root, byline });
            }
            if best.as_ref().is_none_or(|b| len > b.2) {
                best = Some((attempt, root, len));
            }
        }
        if flags.strip_unlikely {
            flags.strip_unlikely = false;
        } else if flags.weigh_classes {
            flags.weigh_classes = false;
        } else if flags.clean_conditionally {
            flags.clean_conditionally = false;
        } else {
            return best.map(|(dom, root, _)| Extracted { dom, root, byline });
        }
    }
}

/// Scores of nodes (`None`: not scored).
struct Scores(Vec<Option<f32>>);

impl Scores {
    fn get(&self, id: NodeId) -> Option<f32> {
        self.0.get(id).copied().flatten()
    }
    fn set(&mut self, id: NodeId, s: f32) {
        if id >= self.0.len() {
            self.0.resize(id + 1, None);
        }
        if let Some(x) = self.0.get_mut(id) {
            *x = Some(s);
        }
    }
}

/// Per-node counts of a subtree, kept up to date as nodes leave it.
struct Counts {
    chars: Vec<usize>,
    links: Vec<f32>,
    commas: Vec<usize>,
}

impl Counts {
    /// Counts for the subtree of `root` (one post-order pass).
    fn new(dom: &Dom, root: NodeId) -> Counts {
        let n = dom.nodes.len();
        let mut c = Counts { chars: vec![0; n], links: vec![0.0; n], commas: vec![0; n] };
        let order: Vec<NodeId> = std::iter::once(root).chain(dom.descendants(root)).collect();
        for &id in order.iter().rev() {
            if let Some(t) = dom.text_of(id) {
                c.chars[id] = text_chars(t);
                c.commas[id] = t.chars().filter(|ch| COMMAS.contains(ch)).count();
            }
            if id == root {
                continue;
            }
            if let Some(p) = dom.parent(id) {
                let link = if dom.is(id, "a") {
                    c.chars[id] as f32 * if is_anchor_link(dom, id) { ANCHOR_LINK_WEIGHT } else { 1.0 }
                } else {
                    c.links[id]
                };
                c.chars[p] += c.chars[id];
                c.commas[p] += c.commas[id];
                c.links[p] += link;
            }
        }
        c
    }

    fn chars(&self, id: NodeId) -> usize {
        self.chars.get(id).copied().unwrap_or(0)
    }

    fn link_density(&self, id: NodeId) -> f32 {
        let t = self.chars(id);
        if t == 0 {
            0.0
        } else {
            self.links.get(id).copied().unwrap_or(0.0) / t as f32
        }
    }

    /// Remove `id` from the tree, updating its ancestors' counts.
    fn remove(&mut self, dom: &mut Dom, id: NodeId) {
        let (ch, li, co) = (self.chars(id), self.links.get(id).copied().unwrap_or(0.0), self.commas.get(id).copied().unwrap_or(0));
        let ancestors: Vec<NodeId> = dom.ancestors(id).collect();
        for a in ancestors {
            if let Some(x) = self.chars.get_mut(a) {
                *x = x.saturating_sub(ch);
            }
            if let Some(x) = self.links.get_mut(a) {
                *x = (*x - li).max(0.0);
            }
            if let Some(x) = self.commas.get_mut(a) {
                *x = x.saturating_sub(co);
            }
        }
        dom.detach(id);
    }
}

/// One attempt: the article container, appended to the page, or `None`.
fn grab(dom: &mut Dom, body: NodeId, flags: Flags, title: &str) -> Option<NodeId> {
    let to_score = collect(dom, body, flags, title);
    let counts = Counts::new(dom, body);
    let mut scores = Scores(vec![None; dom.nodes.len()]);
    let mut order: Vec<NodeId> = Vec::new();
    for &el in &to_score {
        let len = counts.chars(el);
        if len < MIN_SCORED_CHARS || dom.parent(el).is_none() {
            continue;
        }
        let points = (2 + counts.commas.get(el).copied().unwrap_or(0) + (len / CHARS_PER_POINT).min(MAX_LENGTH_POINTS)) as f32;
        for (level, anc) in dom.ancestors(el).take(SCORED_ANCESTORS).enumerate() {
            if !dom.is_element(anc) || dom.parent(anc).is_none() {
                continue;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => (level * 3) as f32,
            };
            let add = points / divider;
            match scores.get(anc) {
                Some(s) => scores.set(anc, s + add),
                None => {
                    order.push(anc);
                    scores.set(anc, add + tag_score(dom, anc, flags.weigh_classes));
                }
            }
            if dom.is(anc, "body") {
                break;
            }
        }
    }
    let mut ranked: Vec<(NodeId, f32)> = Vec::new();
    for id in order {
        let Some(mut s) = scores.get(id) else { continue };
        if s <= 0.0 {
            continue;
        }
        if s > MIN_SCORE_TO_ADJUST {
            s *= 1.0 - counts.link_density(id);
        }
        scores.set(id, s);
        ranked.push((id, s));
    }
    ranked.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
    ranked.truncate(TOP_CANDIDATES);

    let top = match ranked.first() {
        Some(&(t, _)) if !dom.is(t, "body") => {
            let mut t = common_candidate(dom, t, &ranked, &mut scores, flags);
            // an only child: its parent, so that siblings can join
            while let Some(p) = dom.parent(t) {
                if dom.is(p, "body") || dom.element_children(p).count() != 1 {
                    break;
                }
                t = p;
            }
            t
        }
        _ => {
            let div = dom.create_element("div");
            let kids: Vec<NodeId> = dom.children(body).collect();
            for k in kids {
                dom.append(div, k);
            }
            dom.append(body, div);
            scores.set(div, tag_score(dom, div, flags.weigh_classes));
            div
        }
    };
    if scores.get(top).is_none() {
        scores.set(top, tag_score(dom, top, flags.weigh_classes));
    }
    let article = join_siblings(dom, top, &scores)?;
    prep_article(dom, article, flags);
    Some(article)
}

/// Walk the body: drop hidden, dialog, title-duplicate, unlikely and empty
/// elements; turn text-only `div`s into paragraphs; return the elements
/// to score.
fn collect(dom: &mut Dom, body: NodeId, flags: Flags, title: &str) -> Vec<NodeId> {
    let mut out = Vec::new();
    let mut title_pending = !title.is_empty();
    let mut cur = next_element(dom, body, false, body);
    while let Some(mut node) = cur {
        let name = dom.name(node).to_string();
        let remove = !is_visible(dom, node)
            || name == "dialog"
            || (dom.attr(node, "aria-modal") == Some("true") && dom.attr(node, "role") == Some("dialog"))
            || (title_pending && (name == "h1" || name == "h2") && {
                let dup = similarity(title, &dom.text(node)) > TITLE_SIMILARITY;
                if dup {
                    title_pending = false;
                }
                dup
            })
            || (flags.strip_unlikely && (is_unlikely(dom, node) || dom.attr(node, "role").is_some_and(|r| UNLIKELY_ROLES.contains(&r))))
            || (TAGS_WITH_CONTENT.contains(&name.as_str()) && is_empty_element(dom, node));
        if remove {
            cur = next_element(dom, node, true, body);
            dom.detach(node);
            continue;
        }
        if name == "svg" {
            cur = next_element(dom, node, true, body);
            continue;
        }
        if TAGS_TO_SCORE.contains(&name.as_str()) {
            out.push(node);
        }
        if name == "div" {
            wrap_phrasing(dom, node);
            if let Some(p) = single_p_child(dom, node).filter(|_| link_density_of(dom, node) < DIV_P_MAX_LINK_DENSITY) {
                dom.insert_before(node, p);
                dom.detach(node);
                out.push(p);
                node = p;
            } else if !has_block_child(dom, node) {
                dom.rename(node, "p");
                out.push(node);
            }
        }
        cur = next_element(dom, node, false, body);
    }
    out
}

fn is_unlikely(dom: &Dom, id: NodeId) -> bool {
    if dom.is(id, "a") || dom.is(id, "body") {
        return false;
    }
    let n = names(dom, id);
    // a heading's "header" names the heading itself (Substack's subheads
    // are `h3.header-anchor-post`), not a page header
    let heading = matches!(dom.name(id), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    let unlikely = || UNLIKELY_CANDIDATE.iter().any(|&u| n.contains(u) && !(heading && u == "header"));
    let post_list = || POST_LIST_NAMES.iter().any(|u| n.contains(u)) && !dom.is(id, "article") && !dom.is(id, "main");
    if n.is_empty() || !(unlikely() || post_list()) || MAYBE_CANDIDATE.iter().any(|m| n.contains(m)) {
        return false;
    }
    !has_ancestor(dom, id, 3, |a| matches!(dom.name(a), "table" | "code"))
}

fn is_empty_element(dom: &Dom, id: NodeId) -> bool {
    if has_text(dom, id) {
        return false;
    }
    let kids = dom.element_children(id).count();
    kids == 0 || kids == dom.descendants(id).filter(|&d| dom.is(d, "br") || dom.is(d, "hr")).count()
}

/// Drop whitespace-only text nodes at the end of `p`.
fn trim_trailing_whitespace(dom: &mut Dom, p: NodeId) {
    while let Some(last) = dom.nodes.get(p).and_then(|n| n.last_child) {
        if !is_whitespace_node(dom, last) {
            break;
        }
        dom.detach(last);
    }
}

/// Runs of phrasing content directly in a `div` go into new `p`s.
fn wrap_phrasing(dom: &mut Dom, div: NodeId) {
    let mut child = dom.first_child(div);
    while let Some(c) = child {
        if is_phrasing(dom, c) && !is_whitespace_node(dom, c) {
            let mut next = dom.next_sibling(c);
            let p = dom.create_element("p");
            dom.insert_before(c, p);
            dom.append(p, c);
            while let Some(x) = next {
                if !is_phrasing(dom, x) {
                    break;
                }
                next = dom.next_sibling(x);
                dom.append(p, x);
            }
            trim_trailing_whitespace(dom, p);
            child = next;
        } else {
            child = dom.next_sibling(c);
        }
    }
}

/// The only element child when it is a `p` and no text is beside it.
fn single_p_child(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let mut kids = dom.element_children(id);
    let first = kids.next()?;
    if kids.next().is_some() || !dom.is(first, "p") {
        return None;
    }
    if dom.children(id).any(|c| dom.text_of(c).is_some_and(|t| !t.trim().is_empty())) {
        return None;
    }
    Some(first)
}

fn has_block_child(dom: &Dom, id: NodeId) -> bool {
    dom.descendants(id).any(|d| BLOCK_ELEMENTS.contains(&dom.name(d)))
}

/// A better container than the top candidate: an ancestor shared by
/// several close candidates, or a parent scoring higher.
fn common_candidate(dom: &Dom, top: NodeId, ranked: &[(NodeId, f32)], scores: &mut Scores, flags: Flags) -> NodeId {
    let mut top = top;
    let top_score = scores.get(top).unwrap_or(0.0);
    let alternatives: Vec<Vec<NodeId>> = ranked
        .iter()
        .skip(1)
        .filter(|(_, s)| top_score > 0.0 && s / top_score >= CLOSE_CANDIDATE)
        .map(|&(id, _)| dom.ancestors(id).collect())
        .collect();
    if alternatives.len() > MIN_COMMON_ANCESTORS {
        let mut p = dom.parent(top);
        while let Some(par) = p {
            if dom.is(par, "body") {
                break;
            }
            let votes = alternatives.iter().filter(|list| list.contains(&par)).count();
            if votes >= MIN_COMMON_ANCESTORS {
                top = par;
                break;
            }
            p = dom.parent(par);
        }
    }
    if scores.get(top).is_none() {
        scores.set(top, tag_score(dom, top, flags.weigh_classes));
    }
    // a parent scoring higher than its child holds more of the article
    let mut last = scores.get(top).unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut p = dom.parent(top);
    while let Some(par) = p {
        if dom.is(par, "body") {
            break;
        }
        let Some(ps) = scores.get(par) else {
            p = dom.parent(par);
            continue;
        };
        if ps < threshold {
            break;
        }
        if ps > last {
            top = par;
            break;
        }
        last = ps;
        p = dom.parent(par);
    }
    top
}

fn is_sentence(t: &str) -> bool {
    t.ends_with('.') || t.contains(". ")
}

/// The article container: the top candidate and the siblings like it, in
/// a new `div` appended to their parent.
fn join_siblings(dom: &mut Dom, top: NodeId, scores: &Scores) -> Option<NodeId> {
    let parent = dom.parent(top)?;
    let top_score = scores.get(top).unwrap_or(0.0);
    let threshold = (top_score * SIBLING_SHARE).max(SIBLING_MIN_SCORE);
    let top_class = dom.attr(top, "class").unwrap_or("").to_string();
    let article = dom.create_element("div");
    let siblings: Vec<NodeId> = dom.element_children(parent).collect();
    for s in siblings {
        let join = s == top || {
            let bonus = if !top_class.is_empty() && dom.attr(s, "class") == Some(top_class.as_str()) {
                top_score * SIBLING_SHARE
            } else {
                0.0
            };
            match scores.get(s).filter(|&x| x > 0.0) {
                Some(score) => score + bonus >= threshold,
                None if dom.is(s, "p") => {
                    let text = collapse(&dom.text(s));
                    let len = text.chars().count();
                    let ld = link_density_of(dom, s);
                    (len > SIBLING_LONG_CHARS && ld < SIBLING_MAX_LINK_DENSITY)
                        || (len < SIBLING_LONG_CHARS && len > 0 && ld == 0.0 && is_sentence(&text))
                }
                None => false,
            }
        };
        if join {
            if !KEEP_NAME_IN_ARTICLE.contains(&dom.name(s)) {
                dom.rename(s, "div");
            }
            dom.append(article, s);
        }
    }
    dom.append(parent, article);
    Some(article)
}

/// Clean the article: share boxes, forms, embeds and asides, headings
/// marked as furniture, and conditionally lists, tables and divisions.
fn prep_article(dom: &mut Dom, article: NodeId, flags: Flags) {
    let mut counts = Counts::new(dom, article);
    // share boxes
    let share: Vec<NodeId> = dom
        .descendants(article)
        .filter(|&d| {
            ["class", "id"].iter().any(|k| {
                dom.attr(d, k).is_some_and(|v| v.split([' ', '_']).any(|w| SHARE_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s))))
            })
        })
        .collect();
    for s in share {
        if counts.chars(s) < CHAR_THRESHOLD {
            counts.remove(dom, s);
        }
    }
    let data_tables = data_tables(dom, article);
    clean_conditionally(dom, article, &["form", "fieldset"], flags, &mut counts, &data_tables);
    let doomed: Vec<NodeId> = dom
        .descendants(article)
        .filter(|&d| CLEAN_TAGS.contains(&dom.name(d)))
        .filter(|&d| !(matches!(dom.name(d), "object" | "embed" | "iframe") && plays_video(dom, d)))
        .collect();
    for d in doomed {
        counts.remove(dom, d);
    }
    let headers: Vec<NodeId> =
        dom.descendants(article).filter(|&d| matches!(dom.name(d), "h1" | "h2") && class_weight(dom, d, flags.weigh_classes) < 0.0).collect();
    for h in headers {
        counts.remove(dom, h);
    }
    clean_conditionally(dom, article, &["table", "ul", "div"], flags, &mut counts, &data_tables);
}

fn plays_video(dom: &Dom, id: NodeId) -> bool {
    dom.attrs(id).iter().any(|(_, v)| VIDEO_HOSTS.iter().any(|h| v.contains(h)))
}

/// Tables that hold data (not layout): a caption or headers, a summary,
/// or more than a few rows and columns.
fn data_tables(dom: &Dom, root: NodeId) -> FxHashSet<NodeId> {
    let mut out = FxHashSet::default();
    for t in dom.descendants(root).filter(|&d| dom.is(d, "table")) {
        if dom.attr(t, "role") == Some("presentation") || dom.attr(t, "datatable") == Some("0") {
            continue;
        }
        if dom.attr(t, "summary").is_some() {
            out.insert(t);
            continue;
        }
        let names: Vec<&str> = dom.descendants(t).filter(|&d| dom.is_element(d)).map(|d| dom.name(d)).collect();
        if names.iter().any(|n| matches!(*n, "caption" | "col" | "colgroup" | "tfoot" | "thead" | "th")) {
            out.insert(t);
            continue;
        }
        if names.contains(&"table") {
            continue;
        }
        let (mut rows, mut cols) = (0usize, 0usize);
        for tr in dom.descendants(t).filter(|&d| dom.is(d, "tr")) {
            rows += 1;
            let mut c = 0usize;
            for td in dom.descendants(tr).filter(|&d| dom.is(d, "td")) {
                let span = dom.attr(td, "colspan").and_then(|s| s.trim().parse::<usize>().ok()).unwrap_or(1).clamp(1, 1000);
                c = c.saturating_add(span);
            }
            cols = cols.max(c);
        }
        if rows == 1 || cols == 1 {
            continue;
        }
        if rows >= 10 || cols > 4 || rows.saturating_mul(cols) > 10 {
            out.insert(t);
        }
    }
    out
}

/// Remove the `tags` elements of the article that look like furniture,
/// innermost first.
fn clean_conditionally(dom: &mut Dom, article: NodeId, tags: &[&str], flags: Flags, counts: &mut Counts, data: &FxHashSet<NodeId>) {
    if !flags.clean_conditionally {
        return;
    }
    let nodes: Vec<NodeId> = dom.descendants(article).filter(|&d| tags.contains(&dom.name(d))).collect();
    for n in nodes.into_iter().rev() {
        if dom.parent(n).is_none() {
            continue;
        }
        if is_furniture_block(dom, n, flags, counts, data) {
            counts.remove(dom, n);
        }
    }
}

/// What a block holds, counted in one walk.
#[derive(Default)]
struct Inside {
    p: usize,
    img: usize,
    li: usize,
    input: usize,
    embeds: usize,
    video: bool,
    pre: bool,
    data_table: bool,
    heading_chars: usize,
    list_chars: usize,
    textish: bool,
}

fn inside(dom: &Dom, id: NodeId, counts: &Counts, data: &FxHashSet<NodeId>) -> Inside {
    let mut x = Inside::default();
    for d in dom.descendants(id) {
        match dom.name(d) {
            "" => continue,
            "p" => x.p += 1,
            "img" => x.img += 1,
            "li" => x.li += 1,
            "input" => x.input += 1,
            "pre" => x.pre = true,
            "object" | "embed" | "iframe" => {
                x.embeds += 1;
                x.video |= plays_video(dom, d);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => x.heading_chars += counts.chars(d),
            "ul" | "ol" => x.list_chars += counts.chars(d),
            _ => {}
        }
        if dom.is(d, "table") && data.contains(&d) {
            x.data_table = true;
        }
        if !x.textish && TEXTISH.contains(&dom.name(d)) && counts.chars(d) > 0 {
            x.textish = true;
        }
    }
    x
}

fn is_furniture_block(dom: &Dom, id: NodeId, flags: Flags, counts: &Counts, data: &FxHashSet<NodeId>) -> bool {
    if data.contains(&id) || dom.ancestors(id).any(|a| data.contains(&a)) {
        return false;
    }
    let x = inside(dom, id, counts, data);
    if x.data_table {
        return false;
    }
    let weight = class_weight(dom, id, flags.weigh_classes);
    if weight < 0.0 {
        return !x.pre;
    }
    if counts.commas.get(id).copied().unwrap_or(0) >= KEEP_COMMAS {
        return false;
    }
    if x.video {
        return false;
    }
    let chars = counts.chars(id);
    if chars < 30 {
        let t = dom.text(id).trim().to_lowercase();
        let t2 = t.trim_end_matches(['…', '.']);
        if AD_WORDS.contains(&t.as_str()) || LOADING_WORDS.contains(&t2) {
            return true;
        }
    }
    let share = |part: usize| if chars == 0 { 0.0 } else { part as f32 / chars as f32 };
    let is_list = matches!(dom.name(id), "ul" | "ol") || share(x.list_chars) > LIST_SHARE;
    let in_figure = dom.ancestors(id).any(|a| dom.is(a, "figure"));
    let (p, img) = (x.p as f32, x.img as f32);
    let ld = counts.link_density(id);
    let remove = (!in_figure && x.img > 1 && p / img < 0.5)
        || (!is_list && x.li as f32 - LI_ALLOWANCE > p)
        || (x.input as f32 > (p / 3.0).floor())
        || (!is_list
            && !in_figure
            && chars < SHORT_BLOCK
            && (x.img == 0 || x.img > 2)
            && ld > 0.0
            && share(x.heading_chars) < HEADING_SHARE)
        || (!is_list && weight < CLASS_WEIGHT && ld > WEAK_LINK_DENSITY)
        || (weight >= CLASS_WEIGHT && ld > STRONG_LINK_DENSITY)
        || ((x.embeds == 1 && chars < EMBED_MIN_CHARS) || x.embeds > 1)
        || (x.img == 0 && !x.textish);
    if is_list && remove {
        // a gallery (every item one image) stays
        if dom.children(id).any(|c| dom.element_children(c).count() > 1) {
            return true;
        }
        return x.img != x.li;
    }
    remove
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(html: &str) -> String {
        let dom = Dom::parse(html);
        let meta = article_meta(&dom);
        let e = extract(dom, &meta).expect("article");
        collapse(&e.dom.text(e.root))
    }

    #[test]
    fn picks_the_article_over_furniture() {
        let para = "<p>The council met on Monday, after weeks of delay, and agreed to spend more on the drains, the roads and the schools this year.</p>";
        let page = format!(
            "<html><head><title>Council agrees budget for the drains | Gazette</title></head><body>\
             <div class=\"menu\"><a href=/a>Home</a> <a href=/b>News</a> <a href=/c>Sport</a></div>\
             <div class=\"article-body\"><h1>Council agrees budget for the drains</h1>{}</div>\
             <div class=\"sidebar\"><ul><li><a href=/x>Other story one here</a></li><li><a href=/y>Other story two</a></li></ul></div>\
             </body></html>",
            para.repeat(6)
        );
        let t = run(&page);
        assert!(t.contains("The council met on Monday"), "{t}");
        assert!(!t.contains("Other story"), "{t}");
        assert!(!t.contains("Sport"), "{t}");
    }

    #[test]
    fn titles() {
        let d = Dom::parse("<title>A fairly long headline about the budget | The Gazette</title>");
        assert_eq!(title_from_page(&d), "A fairly long headline about the budget");
        let d = Dom::parse("<title>Short | Site</title>");
        assert_eq!(title_from_page(&d), "Short | Site");
        assert!(similarity("Council agrees budget", "council agrees budget") > 0.99);
    }

    #[test]
    fn short_pages_still_give_text() {
        let t = run("<html><body><div><p>Only one short paragraph, with some words in it.</p></div></body></html>");
        assert!(t.contains("Only one short paragraph"), "{t}");
    }
}
