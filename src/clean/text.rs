//! The furniture pass over pasted text (and over text extracted from HTML).
//!
//! Each non-empty line is classified in three steps:
//! 1. **Rules**: prefix, exact and infix lists, icon-font dumps, bare
//!    timestamps, bylines, `date YYYY-MM-DD` prefixes (stripped, the rest of
//!    the line classified on its own), repeated lines.
//! 2. **Prose run**: the lines from the first to the last prose line (long,
//!    or sentence-like) form the article body.
//! 3. **Position**: before the body, the first headline-shaped line is the
//!    title and everything else is header furniture; after the body, short
//!    non-sentence lines are footer furniture; inside the body, short lines
//!    without final punctuation are subheadings and stay.
//!
//! Lines the user put back (`keep`) are never removed.

use super::meta;
use super::rules::*;
use super::{Block, CleanDoc};
use crate::model::{Options, Removed};

#[derive(Debug, Clone, PartialEq)]
enum Class {
    /// Article prose.
    Prose,
    /// Short line without final punctuation (heading or furniture by position).
    Short,
    /// Furniture, with the reason.
    Furniture(&'static str),
}

struct Line {
    text: String,
    class: Class,
}

/// Clean pasted text. `keep` lists lines the user put back.
pub fn clean_text(input: &str, options: &Options, keep: &[String]) -> CleanDoc {
    clean_text_with_title(input, options, keep, None)
}

/// Like [`clean_text`], with a title already known (from HTML metadata):
/// lines repeating it are removed as duplicates of the headline.
pub fn clean_text_with_title(
    input: &str,
    options: &Options,
    keep: &[String],
    known_title: Option<&str>,
) -> CleanDoc {
    let mut doc = CleanDoc::default();
    let mut lines: Vec<Line> = Vec::new();
    let mut seen: Vec<String> = Vec::new();

    for raw in input.lines() {
        let mut text = collapse_ws(raw);
        if text.is_empty() {
            continue;
        }
        // "date 2019-12-30 Russia on ..." : strip the date prefix.
        if let Some(rest) = strip_date_prefix(&text) {
            if doc.date.is_none() {
                doc.date = meta::find_date(&text);
            }
            let prefix = text[..text.len() - rest.len()].trim().to_string();
            doc.removed.push(Removed { text: prefix, reason: "date".into() });
            text = rest.trim().to_string();
            if text.is_empty() {
                continue;
            }
        }
        let class = if options.keep_furniture || keep.iter().any(|k| collapse_ws(k) == text) {
            base_class(&text)
        } else {
            classify(&text, &seen, known_title)
        };
        seen.push(text.to_lowercase());
        lines.push(Line { text, class });
    }

    let first = lines.iter().position(|l| l.class == Class::Prose);
    let last = lines.iter().rposition(|l| l.class == Class::Prose);

    for (i, line) in lines.iter().enumerate() {
        let kept_by_user = options.keep_furniture || keep.iter().any(|k| collapse_ws(k) == line.text);
        let reason: Option<&'static str> = match (&line.class, first, last) {
            (Class::Furniture(r), _, _) if !kept_by_user => Some(r),
            (Class::Furniture(_), _, _) => None,
            (_, None, _) | (_, _, None) => None, // no prose at all: keep everything
            (Class::Prose, _, _) => None,
            (Class::Short, Some(f), _) if i < f => {
                if doc.title.is_none() && looks_like_title(&line.text) {
                    doc.title = Some(line.text.clone());
                    doc.blocks.push(Block { text: line.text.clone(), heading: true });
                    continue;
                }
                (!kept_by_user).then_some("header")
            }
            (Class::Short, _, Some(l)) if i > l => {
                // footer: short lines after the article
                (!kept_by_user).then_some("footer")
            }
            (Class::Short, _, _) => None,
        };
        match reason {
            Some(r) => {
                note_metadata(&mut doc, &line.text, r);
                doc.removed.push(Removed { text: line.text.clone(), reason: r.into() });
            }
            None => {
                let heading = line.class == Class::Short && !ends_sentence(&line.text);
                doc.blocks.push(Block { text: line.text.clone(), heading });
            }
        }
    }
    if doc.title.is_none() {
        if let Some(t) = known_title {
            doc.title = Some(t.to_string());
        }
    }
    doc
}

/// Shape-only class (no furniture rules): for lines the user put back.
fn base_class(text: &str) -> Class {
    let words = text.split_whitespace().count();
    if words >= PROSE_MIN_WORDS_NO_PUNCT || (words >= PROSE_MIN_WORDS_PUNCT && ends_sentence(text)) {
        Class::Prose
    } else {
        Class::Short
    }
}

fn classify(text: &str, seen: &[String], known_title: Option<&str>) -> Class {
    let lower = text.to_lowercase();
    let words = text.split_whitespace().count();
    if seen.contains(&lower) {
        return Class::Furniture("duplicate");
    }
    if let Some(t) = known_title {
        if collapse_ws(t).to_lowercase() == lower {
            return Class::Furniture("duplicate");
        }
    }
    for &(exact, reason) in FURNITURE_EXACT {
        if lower.trim_end_matches([':', '.']) == exact {
            return Class::Furniture(reason);
        }
    }
    for &(prefix, reason) in FURNITURE_PREFIXES {
        if lower.starts_with(prefix) {
            return Class::Furniture(reason);
        }
    }
    if words <= SHORT_LINE_WORDS * 3 {
        for &(needle, reason) in FURNITURE_INFIXES {
            if lower.contains(needle) {
                return Class::Furniture(reason);
            }
        }
    }
    if is_icon_dump(&lower) {
        return Class::Furniture("icons");
    }
    if words <= 6 && meta::find_date(text).is_some() && !ends_sentence(text) {
        return Class::Furniture("timestamp");
    }
    if meta::byline(text).is_some() {
        return Class::Furniture("byline");
    }
    base_class(text)
}

fn note_metadata(doc: &mut CleanDoc, text: &str, reason: &str) {
    match reason {
        "timestamp" if doc.date.is_none() => doc.date = meta::find_date(text),
        "byline" if doc.byline.is_none() => doc.byline = meta::byline(text),
        _ => {}
    }
    if doc.outlet.is_none() {
        doc.outlet = meta::outlet_from_line(text);
    }
}

fn looks_like_title(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (4..=HEADING_MAX_WORDS).contains(&words) && !text.ends_with('.')
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
    Some(&rest[10..])
}

/// Collapse runs of white space into one space and trim.
pub fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
