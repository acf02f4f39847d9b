//! The whole pipeline for one cluster: clean → segment → align → report.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::align::{self, Unit, DEFAULT_MIN_LINK_SCORE};
use crate::clean::{self, CleanDoc};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{ArticleInput, ArticleReport, EffectiveOptions, Link, LinkTable, Options, Report, Sentence};
use crate::segment;

/// At most this many articles in one cluster.
pub const MAX_ARTICLES: usize = 1000;
/// Articles longer than this (bytes) are truncated, with a warning.
pub const MAX_ARTICLE_BYTES: usize = 4 * 1024 * 1024;
/// Sentences longer than this (characters) are split into pieces, with a warning.
pub const MAX_SENTENCE_CHARS: usize = 2000;
/// Articles with more sentences than this are cut there, with a warning.
pub const MAX_ARTICLE_SENTENCES: usize = 5_000;
/// A cluster with more sentences than this in all is cut there, with a
/// warning: alignment time grows with the number of sentences.
pub const MAX_TOTAL_SENTENCES: usize = 25_000;
/// Article names longer than this (characters) are shortened.
pub const MAX_NAME_CHARS: usize = 200;

/// One article made safe to process, with what the user should be told:
/// cut to [`MAX_ARTICLE_BYTES`] on a character boundary, mis-decoded text
/// repaired ([`crate::clean::mojibake`]), control characters
/// (NUL, escape sequences, ...) taken out of its text, name and kept lines
/// (vertical tab, form feed and the Unicode line separators become line
/// breaks), and its name shortened to [`MAX_NAME_CHARS`]. `index` is the
/// article's 0-based position, for the messages. Both [`analyze`] and the
/// CLI's `clean` go through it.
pub fn prepare_input(input: &ArticleInput, index: usize) -> (ArticleInput, Vec<String>) {
    let mut warnings = Vec::new();
    let mut text = input.text.as_str();
    let cut = text.len() > MAX_ARTICLE_BYTES;
    if cut {
        let mut end = MAX_ARTICLE_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text = &text[..end];
    }
    let repaired = crate::clean::mojibake::repair(text);
    let (text, bad) = sanitize_text(repaired.as_ref().map_or(text, |(t, _)| t.as_str()));
    let mut name = sanitize_text(&input.name).0.trim().to_string();
    if name.chars().count() > MAX_NAME_CHARS {
        name = name.chars().take(MAX_NAME_CHARS).collect::<String>() + "…";
    }
    let prepared = ArticleInput {
        name,
        text,
        format: input.format,
        url: input.url.as_deref().map(|u| sanitize_text(u).0),
        keep: input.keep.iter().map(|k| sanitize_text(k).0).collect(),
        drop: input.drop.iter().map(|k| sanitize_text(k).0).collect(),
    };
    let label = format!("article {} ({})", index + 1, display_name(&prepared, index));
    if cut {
        warnings.push(format!("{label} was cut to its first {} MB", MAX_ARTICLE_BYTES / (1024 * 1024)));
    }
    if let Some((_, n)) = repaired {
        warnings.push(format!(
            "{label}: {n} mis-decoded character{} (UTF-8 read as Latin-1 or Windows-1252, such as “â€™” for “’”) {} repaired",
            if n == 1 { "" } else { "s" },
            if n == 1 { "was" } else { "were" }
        ));
    }
    let chars = prepared.text.chars().count() + bad;
    if chars >= 64 && bad * 10 > chars {
        warnings.push(format!(
            "{label} does not look like text: {}% of it is control characters or invalid bytes (a PDF, image or word-processor file?)",
            bad * 100 / chars
        ));
    }
    (prepared, warnings)
}

/// `s` without control characters, and how many characters were control
/// characters or U+FFFD (the mark of invalid bytes). Tabs and line breaks
/// stay; vertical tab, form feed, NEL and U+2028/U+2029 become `\n`.
fn sanitize_text(s: &str) -> (String, usize) {
    let clean = |c: char| !c.is_control() && !matches!(c, '\u{2028}' | '\u{2029}') || matches!(c, '\n' | '\t');
    // one pass for the common case: nothing to take out, U+FFFD counted on the way
    // (ASCII bytes are checked as bytes: only other characters are decoded)
    let mut replacements = 0usize;
    let bytes = s.as_bytes();
    let mut i = 0usize;
    let mut all_clean = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if (b < 0x20 || b == 0x7f) && b != b'\n' && b != b'\t' {
                all_clean = false;
                break;
            }
            i += 1;
            continue;
        }
        match s.get(i..).and_then(|r| r.chars().next()) {
            Some(c) => {
                replacements += usize::from(c == '\u{fffd}');
                if !clean(c) {
                    all_clean = false;
                    break;
                }
                i += c.len_utf8();
            }
            None => {
                all_clean = false;
                break;
            }
        }
    }
    if all_clean {
        return (s.to_string(), replacements);
    }
    sanitize_chars(s)
}

/// [`sanitize_text`] character by character (the rule itself; the fast
/// path above gives the same result on text with nothing to take out).
fn sanitize_chars(s: &str) -> (String, usize) {
    let mut bad = s.matches('\u{fffd}').count();
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            // \r\n stays a line break; a lone \r (old Mac files) becomes one
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            c if c.is_control() => bad += 1,
            c => out.push(c),
        }
    }
    (out, bad)
}

/// A sentence longer than [`MAX_SENTENCE_CHARS`] (a run-on line without
/// stops, a paragraph of a script whose stops the splitter does not know)
/// in pieces of at most that many characters, nothing lost: each piece ends
/// after the last stop (`。！？；.!?;`) or, failing that, the last space in
/// the second half of its window, or at the limit.
fn split_long_sentence(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text.trim();
    while rest.chars().count() > MAX_SENTENCE_CHARS {
        let window: Vec<(usize, char)> = rest.char_indices().take(MAX_SENTENCE_CHARS + 1).collect();
        let limit = window[MAX_SENTENCE_CHARS].0; // byte offset just past the window
        let half = MAX_SENTENCE_CHARS / 2;
        let after = |&(i, c): &(usize, char)| i + c.len_utf8();
        let cut = window[half..MAX_SENTENCE_CHARS]
            .iter()
            .rev()
            .find(|(_, c)| matches!(c, '。' | '！' | '？' | '；' | '.' | '!' | '?' | ';'))
            .map(after)
            .or_else(|| window[half..MAX_SENTENCE_CHARS].iter().rev().find(|(_, c)| c.is_whitespace()).map(after))
            .unwrap_or(limit);
        let (piece, tail) = rest.split_at(cut);
        let piece = piece.trim();
        if !piece.is_empty() {
            out.push(piece.to_string());
        }
        rest = tail.trim_start();
    }
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

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
        let (input, prepared_warnings) = prepare_input(input, i);
        warnings.extend(prepared_warnings);
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
    let mut total_full = false;
    for (a, (name, doc)) in docs.iter().enumerate() {
        let mut index = 0usize;
        'blocks: for (p, block) in doc.blocks.iter().enumerate() {
            let sentences = if block.heading { vec![block.text.clone()] } else { segment::split_sentences(&block.text) };
            let mut pieces = Vec::with_capacity(sentences.len());
            for text in sentences {
                if text.chars().count() > MAX_SENTENCE_CHARS {
                    cut_sentences += 1;
                    pieces.extend(split_long_sentence(&text));
                } else {
                    pieces.push(text);
                }
            }
            for text in pieces {
                if units.len() >= MAX_TOTAL_SENTENCES {
                    if !total_full {
                        total_full = true;
                        warnings.push(format!(
                            "one comparison holds at most {MAX_TOTAL_SENTENCES} sentences: article {} ({name}) was cut after {index} sentences, and any after it left out",
                            a + 1
                        ));
                    }
                    break 'blocks;
                }
                if index >= MAX_ARTICLE_SENTENCES {
                    warnings.push(format!(
                        "article {} ({name}) was cut after its first {MAX_ARTICLE_SENTENCES} sentences",
                        a + 1
                    ));
                    break 'blocks;
                }
                units.push(Unit { article: a, index, id: format!("a{a}s{index}").into(), text, heading: block.heading });
                paragraphs.push(p);
                index += 1;
            }
        }
    }
    if cut_sentences > 0 {
        warnings.push(format!(
            "{cut_sentences} sentence(s) longer than {MAX_SENTENCE_CHARS} characters were split into shorter pieces for comparison"
        ));
    }

    let dates: Vec<Option<String>> = docs.iter().map(|(_, d)| d.date.clone()).collect();
    // each article's outlet, and whether it says it is based on agency
    // copy, in its text or in a line the cleaner removed
    // (align::derive::AGENCY_SOURCE_NOTES)
    let sources: Vec<align::derive::Provenance> = docs
        .iter()
        .map(|(_, d)| align::derive::Provenance {
            outlet: d.outlet.clone(),
            agency_copy: d.removed.iter().map(|r| &r.text).chain(d.blocks.iter().map(|b| &b.text)).any(|t| align::derive::notes_agency_copy(t)),
        })
        .collect();
    let al = align::align_dated(&units, docs.len(), min_score, &dates, &sources);

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
    let disputed: FxHashSet<&str> = al.disagreements.iter().flat_map(|d| [d.a.as_ref(), d.b.as_ref()]).collect();
    let mut claims_of: FxHashMap<&str, Vec<&crate::model::Claim>> = FxHashMap::default();
    for c in &al.claims {
        for s in &c.sentences {
            claims_of.entry(s.as_ref()).or_default().push(c);
        }
    }
    let mut arts: Vec<usize> = Vec::new();
    let mut fams: Vec<usize> = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        // The articles carrying this sentence's claim: its direct links
        // (each copy of a linked sentence counting, whichever copies it
        // lists: `partner_articles` holds the articles of its matches and
        // of their copies), and (in large clusters, where each sentence
        // keeps only its strongest links) the articles of the claim it
        // belongs to; the largest such set.
        arts.clear();
        arts.extend(al.partner_articles.get(u).map_or(&[][..], Vec::as_slice));
        arts.push(unit.article);
        arts.sort_unstable();
        arts.dedup();
        let my_claims: &[&crate::model::Claim] = claims_of.get(unit.id.as_ref()).map_or(&[], Vec::as_slice);
        if let Some(best) = my_claims.iter().max_by_key(|c| (c.articles.len(), std::cmp::Reverse(c.id.as_ref()))) {
            if best.articles.len() > arts.len() {
                arts.extend(best.articles.iter().copied());
                arts.sort_unstable();
                arts.dedup();
            }
        }
        // distinct articles and distinct families among them (as `align::support_of`)
        fams.clear();
        fams.extend(arts.iter().filter_map(|&a| al.family.get(a).copied()));
        fams.sort_unstable();
        fams.dedup();
        let (support, independent_support) = (arts.len(), fams.len());
        let claims: Vec<std::sync::Arc<str>> = my_claims.iter().map(|c| c.id.clone()).collect();
        if let Some(art) = articles.get_mut(unit.article) {
            art.sentences.push(Sentence {
                id: unit.id.clone(),
                paragraph: paragraphs[u],
                text: unit.text.clone(),
                heading: unit.heading,
                support,
                independent_support,
                sources: arts.clone(),
                matches: al.matches[u].iter().map(|&m| units[m].id.clone()).collect(),
                claims,
                disputed: disputed.contains(unit.id.as_ref()),
            });
        }
    }

    let (links, link_table) = if options.compact_links {
        (Vec::new(), Some(link_table(&al.links, &al.link_ends, &units)))
    } else {
        (al.links, None)
    };
    Ok(Report {
        articles,
        links,
        link_table,
        claims: al.claims,
        derivations: al.derivations,
        disagreements: al.disagreements,
        warnings,
        options: EffectiveOptions {
            min_link_score: min_score,
            keep_furniture: options.keep_furniture,
            compact_links: options.compact_links,
        },
    })
}

/// The links as one [`LinkTable`]: terms interned in order of first use
/// (each term is one shared string, so its address identifies it).
fn link_table(links: &[Link], ends: &[(usize, usize)], units: &[Unit]) -> LinkTable {
    let mut ids: FxHashMap<*const u8, u32> = FxHashMap::default();
    let mut table = LinkTable { terms: Vec::new(), rows: Vec::with_capacity(links.len() * 11), via: Vec::new() };
    // where each `via` sentence is (only when a link has one)
    let place: FxHashMap<&str, (u32, u32)> = if links.iter().any(|l| l.via.is_some()) {
        units.iter().map(|u| (&*u.id, (u.article as u32, u.index as u32))).collect()
    } else {
        FxHashMap::default()
    };
    for (k, (link, &(a, b))) in links.iter().zip(ends).enumerate() {
        if let Some(&(art, idx)) = link.via.as_deref().and_then(|v| place.get(v)) {
            table.via.extend([k as u32, art, idx]);
        }
        let (ua, ub) = (&units[a], &units[b]);
        table.rows.extend([ua.article as u32, ua.index as u32, ub.article as u32, ub.index as u32]);
        table.rows.push((link.score * 1000.0).round().clamp(0.0, 1000.0) as u32);
        table.rows.push(link.shared.len() as u32);
        for term in &link.shared {
            let next = table.terms.len() as u32;
            let id = *ids.entry(term.as_ptr()).or_insert_with(|| {
                table.terms.push(term.clone());
                next
            });
            table.rows.push(id);
        }
    }
    table
}

fn display_name(input: &ArticleInput, i: usize) -> String {
    let n = input.name.trim();
    if n.is_empty() {
        format!("Article {}", i + 1)
    } else {
        n.to_string()
    }
}

#[cfg(test)]
mod sanitize_tests {
    use super::{sanitize_chars, sanitize_text};

    /// The byte-wise fast path gives what the character-wise rule gives:
    /// controls out (counted, with U+FFFD), line separators to `\n`.
    #[test]
    fn sanitize_fast_path_matches_the_character_rule() {
        for s in [
            "",
            "plain ASCII, with\ttabs\nand lines",
            "caf\u{e9} na\u{ef}ve \u{2014} \u{fffd} twice \u{fffd}",
            "bell\u{7} and del\u{7f} here",
            "windows\r\nlines\rold mac",
            "caf\u{e9}\u{85}next \u{2028}sep \u{2029}para",
            "\u{fffd}\u{1}\u{fffd}",
            "\u{9f}C1 control after caf\u{e9}",
        ] {
            assert_eq!(sanitize_text(s), sanitize_chars(s), "{s:?}");
        }
    }
}
