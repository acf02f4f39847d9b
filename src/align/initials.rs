//! Initialisms: "Valdoria said it would take the case to the WTO" and
//! "... would file a complaint with the World Trade Organization" name one
//! body. A word written in capitals ([`written`]) that another sentence
//! of the cluster spells out as a run of capitalised words
//! ([`spells_out`]) gets the initialism's term as well ([`join`]), so the
//! two share the name.
//!
//! Only initialisms the cluster writes are looked for, so a cluster
//! without one costs one scan of its sentences.

use super::lexicon::{INITIALISM_CONNECTORS, INITIALISM_LETTERS};
use std::rc::Rc;

use super::normalize::{Kind, Term};

/// The initialisms `text` writes: words of [`INITIALISM_LETTERS`] ASCII
/// capitals ("WTO", "NTSB", "IMF's" read as "IMF"), upper case, in order;
/// none in a sentence written mostly in capitals (a shouted headline,
/// "GRANDMOTHER KILLED BY DRUNK DRIVER": its words are words).
pub fn written(text: &str) -> Vec<&str> {
    let words: Vec<&str> = text.split_whitespace().map(bare).filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect();
    let capitals = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    if words.iter().filter(|w| capitals(w)).count() * 2 > words.len() {
        return Vec::new();
    }
    words.into_iter().filter(|w| INITIALISM_LETTERS.contains(&w.len()) && capitals(w)).collect()
}

/// A word without the punctuation around it and a possessive "'s".
fn bare(w: &str) -> &str {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
}

/// Where `text` spells out `acronym` (upper case): the words, lower-cased,
/// of a run of capitalised words ([`runs`]) whose first letters are the
/// acronym, with or without those of the connecting words ("Federal
/// Bureau of Investigation": FBI; "Department of Justice": DOJ). The run
/// may be part of a longer one ("the U.S. Federal Aviation
/// Administration": FAA; "The World Trade Organization": WTO).
pub fn spells_out(text: &str, acronym: &str) -> Option<Vec<String>> {
    runs(text).iter().find_map(|run| part_spelling(run, acronym))
}

/// The runs of capitalised words of `text`, each joined to the next by
/// nothing or by words of [`INITIALISM_CONNECTORS`], as (word lower-cased,
/// capitalised: else a connector); a run is broken by any other word and
/// by punctuation after a word ("Lund, Berg and Dahl" is three).
fn runs(text: &str) -> Vec<Vec<(String, bool)>> {
    let mut out: Vec<Vec<(String, bool)>> = Vec::new();
    let mut run: Vec<(String, bool)> = Vec::new();
    for raw in text.split_whitespace() {
        let w = bare(raw);
        let capital = w.chars().next().is_some_and(char::is_uppercase) && !w.chars().all(char::is_uppercase);
        let lower = w.to_lowercase();
        let connector = !run.is_empty() && INITIALISM_CONNECTORS.contains(&lower.as_str());
        if capital || connector {
            run.push((lower, capital));
        }
        if !(capital || connector) || raw.ends_with([',', '.', ';', ':', ')']) {
            if run.iter().filter(|w| w.1).count() >= 2 {
                out.push(std::mem::take(&mut run));
            }
            run.clear();
        }
    }
    if run.iter().filter(|w| w.1).count() >= 2 {
        out.push(run);
    }
    out
}

/// The words of a part of `run` (words, and whether each is capitalised:
/// else a connector) from a capitalised word to a capitalised word whose
/// first letters are `acronym`'s, with or without its connectors.
fn part_spelling(run: &[(String, bool)], acronym: &str) -> Option<Vec<String>> {
    let target: Vec<char> = acronym.chars().map(|c| c.to_ascii_lowercase()).collect();
    let initial = |w: &(String, bool)| w.0.chars().next();
    for i in (0..run.len()).filter(|&i| run[i].1) {
        for j in (i + 1..run.len()).filter(|&j| run[j].1) {
            let part = &run[i..=j];
            let capitals: Vec<char> = part.iter().filter(|w| w.1).filter_map(initial).collect();
            let all: Vec<char> = part.iter().filter_map(initial).collect();
            if capitals == target || all == target {
                return Some(part.iter().map(|w| w.0.clone()).collect());
            }
        }
    }
    None
}

/// Give each sentence (`texts[f]`, its terms `terms[f]`) that spells out
/// a name another sentence of the cluster writes as an initialism that
/// initialism's term as well, right after the name's words, written as
/// the sentence writes the name ("world trade organization"): "the WTO"
/// and "the World Trade Organization" then share the name. (The words stay:
/// "Federal safety regulators" / "the National Highway Traffic Safety
/// Administration" still share "safety"; two sentences that both spell
/// the name out share its term too.)
pub fn join(texts: &[&str], terms: &mut [Vec<Term>]) {
    // each initialism written, and its term
    let mut found: Vec<(&str, Term)> = Vec::new();
    for (f, text) in texts.iter().enumerate() {
        for acronym in written(text) {
            if found.iter().any(|(a, _)| *a == acronym) {
                continue;
            }
            let lower = acronym.to_lowercase();
            if let Some(t) = terms.get(f).and_then(|ts| ts.iter().find(|t| t.kind == Kind::Name && *t.surface == *lower)) {
                found.push((acronym, t.clone()));
            }
        }
    }
    for (text, ts) in texts.iter().zip(terms.iter_mut()) {
        let runs = runs(text);
        if runs.is_empty() {
            continue;
        }
        for (acronym, term) in &found {
            let Some(words) = runs.iter().find_map(|run| part_spelling(run, acronym)) else { continue };
            // the terms of the name's capitalised words, in a row (the
            // connectors are stop words: no terms)
            let capitals: Vec<&String> = words.iter().filter(|w| !INITIALISM_CONNECTORS.contains(&w.as_str())).collect();
            let Some(at) = ts.windows(capitals.len()).position(|run| run.iter().zip(&capitals).all(|(t, w)| t.kind == Kind::Name && *t.surface == ***w))
            else {
                continue;
            };
            let first = &ts[at];
            let one = Term {
                surface: Rc::from(words.join(" ")),
                prev: first.prev.clone(),
                after_break: first.after_break,
                after_preposition: first.after_preposition,
                after_range_word: first.after_range_word,
                after_gap: first.after_gap,
                head: None,
                ..term.clone()
            };
            ts.insert(at + capitals.len(), one);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initialisms_written_in_capitals() {
        assert_eq!(written("Valdoria said it would take the case to the WTO."), vec!["WTO"]);
        assert_eq!(written("The IMF's chief and NTSB investigators met in the US."), vec!["IMF", "NTSB"]);
        assert!(written("GRANDMOTHER KILLED BY DRUNK DRIVER IN QUEENS").is_empty());
        assert!(written("The Wto and the ImF.").is_empty());
    }

    #[test]
    fn names_spelled_out() {
        let words = |t: &str, a: &str| spells_out(t, a).map(|w| w.join(" "));
        assert_eq!(words("It would complain to the World Trade Organization.", "WTO").as_deref(), Some("world trade organization"));
        assert_eq!(words("The World Trade Organization's ruling", "WTO").as_deref(), Some("world trade organization"));
        assert_eq!(words("agents of the Federal Bureau of Investigation said", "FBI").as_deref(), Some("federal bureau of investigation"));
        assert_eq!(words("the Department of Justice said", "DOJ").as_deref(), Some("department of justice"));
        assert_eq!(words("the U.S. Federal Aviation Administration grounded it", "FAA").as_deref(), Some("federal aviation administration"));
        assert_eq!(words("the Food and Drug Administration approved it", "FDA").as_deref(), Some("food and drug administration"));
        // (not words apart, nor across a comma, nor in lower case)
        assert_eq!(words("World leaders met on Trade. Organization was poor.", "WTO"), None);
        assert_eq!(words("Lund, Berg and Dahl were there.", "LBD"), None);
        assert_eq!(words("the world trade organization", "WTO"), None);
    }

    /// A sentence that spells out an initialism another writes gets the
    /// initialism's term, written as it writes the name, after the name's
    /// words.
    #[test]
    fn a_name_spelled_out_is_the_initialism_written_elsewhere() {
        let n = super::super::Normalizer::shared();
        let texts = ["Valdoria will take the case to the WTO.", "It will complain to the World Trade Organization on Monday."];
        let mut terms: Vec<Vec<Term>> = texts.iter().map(|t| n.terms(t, None)).collect();
        join(&texts, &mut terms);
        let keys = |ts: &[Term]| ts.iter().map(|t| t.key.to_string()).collect::<Vec<_>>();
        assert!(keys(&terms[0]).contains(&"wto".to_string()));
        assert!(keys(&terms[1]).contains(&"wto".to_string()), "{:?}", keys(&terms[1]));
        assert!(keys(&terms[1]).contains(&"trade".to_string()));
        let spelled = terms[1].iter().find(|t| &*t.key == "wto").map(|t| t.surface.to_string());
        assert_eq!(spelled.as_deref(), Some("world trade organization"));
    }
}
