//! The furniture pass over pasted text (and over text extracted from HTML).
//!
//! Each non-empty line is classified in four steps:
//! 1. **Rules** ([`rules`](super::rules)): prefix, exact and infix word
//!    lists, icon-font dumps, lines without letters, bare timestamps,
//!    bylines, captions; a `date YYYY-MM-DD` prefix is stripped and the rest
//!    of the line classified on its own.
//! 2. **Shape**: every line gets a score from its length, final punctuation
//!    and share of function words: prose counts for its length, sentence-like
//!    list items a little, short and title-cased lines (menus) against, rule
//!    furniture strongly against.
//! 3. **Position**: the article body is the run of lines with the highest
//!    total score (the dense run of prose, Kadane's maximum segment); a
//!    comment section starting inside it ends it. Inside the body only rule
//!    furniture and repeats of the headline go; short lines stay (as
//!    subheadings when they look like one). Before the body the headline is
//!    picked out; everything else outside the body is page furniture.
//! 4. **Metadata** from the removed lines: date, byline, outlet.
//!
//! When there is no prose at all (a short note), only rule furniture goes.
//! Lines the user put back (`keep`) are never removed.

use super::meta;
use super::rules::*;
use super::{Block, CleanDoc};
use crate::model::{Options, Removed};

/// One input line, with what the HTML said about it, if anything.
#[derive(Debug, Clone, PartialEq)]
pub struct RawLine {
    /// The text, on one line.
    pub text: String,
    /// `Some(true)` for an HTML heading, `Some(false)` for an HTML
    /// paragraph or list item, `None` for pasted text (decided by shape).
    pub heading: Option<bool>,
}

/// Features of one line.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    lower: String,
    words: usize,
    function_share: f64,
    capital_share: f64,
    punct: bool,
    heading_hint: Option<bool>,
    /// Rule furniture, with the reason.
    rule: Option<&'static str>,
    /// Put back by the user.
    kept: bool,
}

impl Line {
    fn new(text: String, heading_hint: Option<bool>) -> Line {
        let lower = text.to_lowercase();
        let tokens: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|t| !t.is_empty())
            .collect();
        let words = tokens.len();
        let function = tokens
            .iter()
            .filter(|t| FUNCTION_WORDS.binary_search(&t.to_lowercase().replace('’', "'").as_str()).is_ok())
            .count();
        let capital = tokens
            .iter()
            .filter(|t| t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()))
            .count();
        let share = |n: usize| if words == 0 { 0.0 } else { n as f64 / words as f64 };
        Line {
            punct: ends_sentence(&text),
            function_share: share(function),
            capital_share: share(capital),
            words,
            lower,
            text,
            heading_hint,
            rule: None,
            kept: false,
        }
    }

    /// Article prose: a sentence of some length made of ordinary words.
    fn is_prose(&self) -> bool {
        if self.heading_hint == Some(true) {
            return false;
        }
        (self.words >= PROSE_MIN_WORDS_PUNCT && self.punct && self.function_share >= PROSE_MIN_FUNCTION_SHARE)
            || (self.words >= PROSE_MIN_WORDS_NO_PUNCT && self.function_share >= PROSE_MIN_FUNCTION_SHARE)
    }

    /// The line's weight for the body search: positive for article-like
    /// lines, negative for furniture-like ones.
    fn score(&self) -> f64 {
        if self.rule.is_some() && !self.kept {
            return SCORE_RULE_FURNITURE;
        }
        if self.is_prose() {
            return self.words as f64;
        }
        if self.heading_hint == Some(false) && self.words >= 2 {
            // a paragraph or list item of the extracted article
            return SCORE_LIST_ITEM;
        }
        if self.words >= 4 && self.function_share >= LIST_MIN_FUNCTION_SHARE && self.capital_share < MENU_CAPITAL_SHARE {
            return SCORE_LIST_ITEM;
        }
        if self.words >= 4 && self.punct {
            return SCORE_LIST_ITEM / 2.0;
        }
        if self.words <= SHORT_LINE_WORDS {
            return SCORE_SHORT;
        }
        SCORE_OTHER
    }
}

/// Clean pasted text. `keep` lists lines the user put back.
pub fn clean_text(input: &str, options: &Options, keep: &[String]) -> CleanDoc {
    let lines: Vec<RawLine> =
        input.lines().map(|l| RawLine { text: l.to_string(), heading: None }).collect();
    clean_lines(&lines, options, keep, None)
}

/// Like [`clean_text`], with a title already known (from HTML metadata):
/// lines repeating it are removed as duplicates of the headline.
pub fn clean_text_with_title(input: &str, options: &Options, keep: &[String], known_title: Option<&str>) -> CleanDoc {
    let lines: Vec<RawLine> =
        input.lines().map(|l| RawLine { text: l.to_string(), heading: None }).collect();
    clean_lines(&lines, options, keep, known_title)
}

/// How much of the input may be article: all of it, or only the body run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Pasted text: the article is the body run (module docs, step 3).
    Body,
    /// Lines an extractor already picked: only rule furniture goes.
    Extracted,
}

/// The furniture pass over pasted lines (see the module docs).
pub fn clean_lines(raw: &[RawLine], options: &Options, keep: &[String], known_title: Option<&str>) -> CleanDoc {
    clean_lines_in(raw, options, keep, known_title, Scope::Body)
}

/// The furniture pass over lines, with the given [`Scope`].
pub fn clean_lines_in(
    raw: &[RawLine],
    options: &Options,
    keep: &[String],
    known_title: Option<&str>,
    scope: Scope,
) -> CleanDoc {
    let mut doc = CleanDoc::default();
    let keep: Vec<String> = keep.iter().map(|k| collapse_ws(k)).filter(|k| !k.is_empty()).collect();
    let mut lines: Vec<Line> = Vec::new();
    // removed text before the line of the same index (date prefixes)
    for r in raw {
        let mut text = collapse_ws(&r.text);
        if text.is_empty() {
            continue;
        }
        // "date 2019-12-30 Russia on ..." : strip the date prefix.
        if let Some(rest) = strip_date_prefix(&text) {
            if doc.date.is_none() {
                doc.date = meta::find_date(&text);
            }
            let prefix = text[..text.len() - rest.len()].trim().to_string();
            let rest = rest.trim().to_string();
            if !options.keep_furniture {
                doc.removed.push(Removed { text: prefix, reason: "date".into() });
                text = rest;
            }
            if text.is_empty() {
                continue;
            }
        }
        let mut line = Line::new(text, r.heading);
        line.kept = options.keep_furniture || keep.contains(&line.text);
        line.rule = rule_furniture(&line);
        lines.push(line);
    }
    if lines.is_empty() {
        return doc;
    }

    let known = known_title.map(|t| collapse_ws(t).to_lowercase());
    let (start, end) = match scope {
        Scope::Body => body_span(&lines),
        Scope::Extracted => (Some(0), Some(comment_cut(&lines, 0, lines.len() - 1))),
    };
    // The headline: before the body, or the HTML title.
    let title_idx = match (scope, start) {
        (Scope::Body, Some(s)) => find_title(&lines, s),
        _ => None,
    };
    let title_lower = title_idx
        .and_then(|i| lines.get(i))
        .map(|l| l.lower.clone())
        .or_else(|| known.clone());

    for (i, line) in lines.iter().enumerate() {
        if Some(i) == title_idx {
            doc.title = Some(line.text.clone());
            doc.blocks.push(Block { text: line.text.clone(), heading: true });
            continue;
        }
        let in_body = match (start, end) {
            (Some(s), Some(e)) => (s..=e).contains(&i),
            _ => true, // no prose at all: nothing is outside
        };
        let reason: Option<&'static str> = if line.kept {
            None
        } else if let Some(r) = line.rule {
            Some(r)
        } else if title_lower.as_deref().is_some_and(|t| same_headline(t, &line.lower)) {
            Some("duplicate")
        } else if !in_body {
            Some(match (start, end) {
                (Some(s), _) if i < s => "header",
                _ => "footer",
            })
        } else {
            None
        };
        match reason {
            Some(r) => {
                note_metadata(&mut doc, &line.text, r);
                doc.removed.push(Removed { text: line.text.clone(), reason: r.into() });
            }
            None => {
                let heading = match line.heading_hint {
                    Some(h) => h,
                    None => looks_like_subheading(&lines, i),
                };
                doc.blocks.push(Block { text: line.text.clone(), heading });
            }
        }
    }
    // metadata left in kept lines' neighbours: an outlet named anywhere removed
    if doc.title.is_none() {
        if let Some(t) = known_title {
            doc.title = Some(t.to_string());
        }
    }
    doc
}

/// The article body: the maximum-score run of lines, cut at a comment
/// section. `(None, None)` when there is no prose at all.
fn body_span(lines: &[Line]) -> (Option<usize>, Option<usize>) {
    if !lines.iter().any(Line::is_prose) {
        return (None, None);
    }
    let scores: Vec<f64> = lines.iter().map(Line::score).collect();
    let (mut best, mut best_s, mut best_e) = (f64::MIN, 0usize, 0usize);
    let (mut cur, mut cur_s) = (0.0f64, 0usize);
    for (i, &v) in scores.iter().enumerate() {
        if cur <= 0.0 {
            cur = v;
            cur_s = i;
        } else {
            cur += v;
        }
        if cur > best {
            best = cur;
            best_s = cur_s;
            best_e = i;
        }
    }
    (Some(best_s), Some(comment_cut(lines, best_s, best_e)))
}

/// The last line of the article in `start..=end`: a comment section inside
/// it ends it, once most of its prose lies before the marker.
fn comment_cut(lines: &[Line], start: usize, end: usize) -> usize {
    let scores: Vec<f64> = lines.iter().map(|l| if l.is_prose() { l.words as f64 } else { 0.0 }).collect();
    let total: f64 = scores.get(start..=end).map_or(0.0, |s| s.iter().sum());
    let mut acc = 0.0;
    for i in start..=end.min(lines.len().saturating_sub(1)) {
        acc += scores[i];
        if acc >= total * COMMENTS_AFTER_SHARE && acc > 0.0 && is_comment_marker(&lines[i].lower) {
            return i.saturating_sub(1).max(start);
        }
    }
    end
}

fn is_comment_marker(lower: &str) -> bool {
    let t = lower.trim_end_matches([':', '.']);
    COMMENT_MARKERS.iter().any(|m| t == *m)
        || t.split_once(' ').is_some_and(|(n, rest)| {
            n.chars().all(|c| c.is_ascii_digit()) && (rest == "comments" || rest == "responses" || rest == "replies" || rest == "thoughts on")
        })
}

/// The headline: the headline-shaped line nearest before the body, among
/// the [`TITLE_LOOKBACK`] lines before it; a line repeated before the body
/// (page title plus headline) is preferred.
fn find_title(lines: &[Line], start: usize) -> Option<usize> {
    let from = start.saturating_sub(TITLE_LOOKBACK);
    // the body may open with its own headline: look up to its first prose line
    let upto = (start..lines.len()).find(|&i| lines[i].is_prose()).unwrap_or(start);
    let candidates: Vec<usize> = (from..upto)
        .filter(|&i| lines[i].rule.is_none() && looks_like_title(&lines[i]))
        .collect();
    // a headline that the page <title> (first line) also carries
    let first = &lines[0].lower;
    if let Some(&i) = candidates.iter().rev().find(|&&i| i > 0 && first.contains(lines[i].lower.as_str())) {
        return Some(i);
    }
    candidates.last().copied()
}

fn same_headline(title: &str, lower: &str) -> bool {
    title == lower
}

fn looks_like_title(line: &Line) -> bool {
    (TITLE_MIN_WORDS..=HEADING_MAX_WORDS).contains(&line.words)
        && !line.text.ends_with('.')
        && line.heading_hint != Some(false)
}

/// A short line inside the body is a subheading when it has no final
/// punctuation and prose follows it.
fn looks_like_subheading(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    if l.is_prose() || l.punct || l.words == 0 || l.words > HEADING_MAX_WORDS {
        return false;
    }
    lines.get(i + 1).is_some_and(|n| n.is_prose() || (n.words > l.words && n.punct))
}

fn note_metadata(doc: &mut CleanDoc, text: &str, reason: &str) {
    if doc.date.is_none() && matches!(reason, "timestamp" | "byline" | "header" | "date") {
        doc.date = meta::find_date(text);
    }
    if doc.byline.is_none() && matches!(reason, "byline" | "header") {
        doc.byline = meta::byline(text);
    }
    if doc.outlet.is_none() {
        doc.outlet = meta::outlet_from_line(text);
    }
}

/// Rule furniture: the reason, or `None`.
fn rule_furniture(line: &Line) -> Option<&'static str> {
    let lower = line.lower.as_str();
    let bare = lower.trim_end_matches([':', '.', '!', '›', '»', '>', '|', '→']).trim();
    if !lower.chars().any(char::is_alphabetic) {
        return Some("symbols");
    }
    for &(exact, reason) in FURNITURE_EXACT {
        if bare == exact {
            return Some(reason);
        }
    }
    for &(prefix, reason) in FURNITURE_PREFIXES {
        if lower.starts_with(prefix) {
            // "Share:" yes, "Shares in Apple fell ..." no: a prefix ending in
            // a letter must end the line or be followed by a separator.
            let next = lower[prefix.len()..].chars().next();
            let whole = prefix.ends_with(|c: char| !c.is_alphanumeric())
                || next.is_none_or(|c| !c.is_alphanumeric());
            if whole && (line.words <= PREFIX_MAX_WORDS || !line.punct || prefix.ends_with(':')) {
                return Some(reason);
            }
        }
    }
    if line.words <= INFIX_MAX_WORDS {
        for &(needle, reason) in FURNITURE_INFIXES {
            if lower.contains(needle) {
                return Some(reason);
            }
        }
    }
    if is_icon_dump(lower) {
        return Some("icons");
    }
    if line.words <= TIMESTAMP_MAX_WORDS && !line.punct && meta::find_date(&line.text).is_some() {
        return Some("timestamp");
    }
    if meta::byline(&line.text).is_some() {
        return Some("byline");
    }
    None
}

/// Does the line end like a sentence?
pub fn ends_sentence(text: &str) -> bool {
    text.trim_end().chars().last().is_some_and(|c| FINAL_PUNCT.contains(&c))
}

fn is_icon_dump(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() < ICON_MIN_WORDS {
        return false;
    }
    let icons = words.iter().filter(|w| w.contains("icon")).count();
    icons as f64 / words.len() as f64 >= ICON_WORD_SHARE
}

/// If the line starts with `date YYYY-MM-DD`, the rest of it.
fn strip_date_prefix(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("date ")?;
    let rest = rest.trim_start();
    meta::iso_prefix(rest)?;
    rest.get(10..)
}

/// Collapse runs of white space into one space and trim.
pub fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(input: &str) -> Vec<String> {
        clean_text(input, &Options::default(), &[]).blocks.into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn function_words_sorted() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]), "FUNCTION_WORDS must be sorted and unique");
    }

    #[test]
    fn short_text_is_kept() {
        assert_eq!(kept("A short note without much prose"), vec!["A short note without much prose"]);
    }

    #[test]
    fn share_prefix_needs_word_boundary() {
        let p = "Shares in the company fell sharply on Monday after the results were published.";
        assert!(kept(p).contains(&p.to_string()));
    }
}
