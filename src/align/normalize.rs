//! From a sentence to the terms that are compared: one function per stage
//! (after tantivy's tokenizer chain).
//!
//! `text` → NFKC + lower case → multi-word names folded ([`PHRASES`]) →
//! words → stop words dropped → number words to digits → Snowball stem →
//! paraphrase groups folded ([`PARAPHRASES`]).
//!
//! Numbers and capitalised words are also collected on the side, for the
//! disagreement check.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

use super::lexicon::{NUMBER_WORDS, PARAPHRASES, PHRASES, STOP_WORDS};

/// A word of a sentence after normalisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The comparable key (stemmed, folded).
    pub key: String,
    /// The word as written (lower case), for explanations.
    pub surface: String,
}

/// A value that two sentences may disagree on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Value {
    /// `number`, `date` or `name`.
    pub kind: &'static str,
    /// Canonical form (1,200 → 1200, two → 2).
    pub key: String,
    /// As written.
    pub surface: String,
}

/// The normaliser: a stemmer plus lookup tables built once.
pub struct Normalizer {
    stemmer: Stemmer,
    stop: HashMap<&'static str, ()>,
    numbers: HashMap<&'static str, &'static str>,
    paraphrase: HashMap<String, String>,
}

impl Default for Normalizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Normalizer {
    /// Build the tables.
    pub fn new() -> Self {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut paraphrase = HashMap::new();
        for group in PARAPHRASES {
            if let Some(head) = group.first() {
                let head_key = stemmer.stem(head).to_string();
                for w in group.iter() {
                    paraphrase.insert(stemmer.stem(w).to_string(), head_key.clone());
                }
            }
        }
        Normalizer {
            stemmer,
            stop: STOP_WORDS.iter().map(|w| (*w, ())).collect(),
            numbers: NUMBER_WORDS.iter().copied().collect(),
            paraphrase,
        }
    }

    /// Lower-cased NFKC text with multi-word names folded.
    pub fn fold(&self, text: &str) -> String {
        let mut s: String = text.nfkc().collect::<String>().to_lowercase();
        s = s.replace(['’', '‘'], "'");
        for (phrase, term) in PHRASES {
            if s.contains(phrase) {
                s = replace_words(&s, phrase, term);
            }
        }
        s
    }

    /// The comparable terms of a sentence, in order, duplicates kept.
    pub fn terms(&self, text: &str) -> Vec<Term> {
        let folded = self.fold(text);
        let mut out = Vec::new();
        for word in words(&folded) {
            let w = word.trim_matches('\'');
            let w = w.strip_suffix("'s").unwrap_or(w);
            if w.is_empty() || self.stop.contains_key(w) {
                continue;
            }
            let key = if let Some(n) = self.numbers.get(w) {
                (*n).to_string()
            } else if w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
                canonical_number(w)
            } else {
                let stem = self.stemmer.stem(w).to_string();
                self.paraphrase.get(&stem).cloned().unwrap_or(stem)
            };
            if key.is_empty() {
                continue;
            }
            out.push(Term { key, surface: w.to_string() });
        }
        out
    }

    /// Numbers and names written in a sentence, for disagreement checks.
    pub fn values(&self, text: &str) -> Vec<Value> {
        let mut out = Vec::new();
        let mut first = true;
        for raw in text.split_whitespace() {
            let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
            if w.is_empty() {
                continue;
            }
            let lower = w.to_lowercase();
            if w.chars().any(|c| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
                let kind = if w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) { "date" } else { "number" };
                out.push(Value { kind, key: canonical_number(w), surface: w.to_string() });
            } else if let Some(n) = self.numbers.get(lower.as_str()) {
                if !n.ends_with(|c: char| c.is_alphabetic()) && lower != "one" {
                    out.push(Value { kind: "number", key: (*n).to_string(), surface: w.to_string() });
                }
            } else if !first && w.chars().next().is_some_and(char::is_uppercase) && !self.stop.contains_key(lower.as_str()) {
                out.push(Value { kind: "name", key: self.stemmer.stem(&lower).to_string(), surface: w.to_string() });
            }
            first = false;
        }
        out
    }
}

/// Split folded text into words: runs of alphanumerics, with inner `'`, `-`,
/// `.` and `,` between digits kept.
pub fn words(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let inner = matches!(c, '\'' | '-' | '.' | ',')
            && start.is_some()
            && chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphanumeric())
            && (c == '\'' || c == '-' || (chars[k - 1].1.is_ascii_digit() && chars.get(k + 1).is_some_and(|&(_, n)| n.is_ascii_digit())));
        if c.is_alphanumeric() || inner {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(st) = start.take() {
            out.push(&s[st..i]);
        }
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out
}

/// `1,200` → `1200`, `3.50` → `3.5`.
pub fn canonical_number(w: &str) -> String {
    let no_commas: String = w.chars().filter(|&c| c != ',').collect();
    if no_commas.contains('.') {
        let t = no_commas.trim_end_matches('0').trim_end_matches('.');
        t.to_string()
    } else {
        let t = no_commas.trim_start_matches('0');
        if t.is_empty() { "0".into() } else { t.to_string() }
    }
}

fn replace_words(s: &str, phrase: &str, term: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find(phrase) {
        let before_ok = rest[..pos].chars().last().is_none_or(|c| !c.is_alphanumeric());
        let after = &rest[pos + phrase.len()..];
        let after_ok = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
        out.push_str(&rest[..pos]);
        if before_ok && after_ok {
            out.push_str(term);
        } else {
            out.push_str(phrase);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(n: &Normalizer, s: &str) -> Vec<String> {
        n.terms(s).into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn paraphrases_numbers_names() {
        let n = Normalizer::new();
        assert_eq!(keys(&n, "Russia detained two men"), keys(&n, "Russia arrested 2 men"));
        assert_eq!(keys(&n, "The U.S. helped"), keys(&n, "The United States helped"));
        assert_eq!(canonical_number("1,200"), "1200");
    }
}
