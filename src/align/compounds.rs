//! Compounds written open and closed: "the coast guard said" and "the
//! coastguard said", "knotted bed sheets" and "a rope made of bedsheets".
//! Two words in a row that make, written together, a word another
//! sentence of the cluster uses (as its stem: "fire fighters" /
//! "firefighter") are read in their sentence as that word ([`join`]), so
//! the two share it, and two sentences that write it open share it once.
//! Only words the cluster writes closed are looked for.

use rustc_hash::FxHashSet;

use super::lexicon::COMPOUND_MIN_PART;
use super::normalize::{Kind, Normalizer, Term};

/// Give each sentence (`texts[f]`, its terms `terms[f]`) that writes two
/// words in a row, of [`COMPOUND_MIN_PART`] letters or more each and no
/// stop words, that
/// make a word another sentence of the cluster writes (a word, not a
/// name; compared by key, its stem) that word's term in place of the two
/// words' terms, written as the sentence writes them ("coast guard").
pub fn join(texts: &[&str], terms: &mut [Vec<Term>]) {
    let norm = Normalizer::shared();
    // the cluster's words long enough to be two words, by key
    let closed: FxHashSet<&str> = terms
        .iter()
        .flatten()
        .filter(|t| t.kind == Kind::Word && t.surface.chars().count() >= 2 * COMPOUND_MIN_PART && t.surface.chars().all(char::is_alphabetic))
        .map(|t| &*t.key)
        .collect();
    if closed.is_empty() {
        return;
    }
    // the terms to read, as (sentence, the two words, the key)
    let mut found: Vec<(usize, [String; 2], std::rc::Rc<str>)> = Vec::new();
    let mut joined = String::new();
    for (f, text) in texts.iter().enumerate() {
        // (each word lower-cased once)
        let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        // (not a stop word: "the rapist" is no "therapist")
        let plain = |w: &str| w.chars().count() >= COMPOUND_MIN_PART && w.chars().all(char::is_alphabetic) && !norm.is_stop_word(w);
        for pair in words.windows(2) {
            let (a, b) = (pair[0].as_str(), pair[1].trim_end_matches(|c: char| !c.is_alphabetic()));
            if !plain(a) || !plain(b) {
                continue;
            }
            joined.clear();
            joined.push_str(a);
            joined.push_str(b);
            // (a key is a prefix of its word longer than the first word:
            // look the word up only when one of those is a closed key)
            let may = (a.len() + 1..=joined.len()).any(|end| joined.is_char_boundary(end) && closed.contains(&joined[..end]));
            if !may {
                continue;
            }
            let key = norm.word_key(&joined);
            if closed.contains(&*key) && !terms[f].iter().any(|t| t.key == key) {
                found.push((f, [a.to_string(), b.to_string()], key));
            }
        }
    }
    for (f, [first, second], key) in found {
        let Some(template) = terms.iter().flatten().find(|t| t.key == key && t.kind == Kind::Word).cloned() else { continue };
        let ts = &mut terms[f];
        if ts.iter().any(|t| t.key == key) {
            continue;
        }
        // the two words' terms, in a row, become the one word's
        let Some(at) = ts.windows(2).position(|w| *w[0].surface == *first && *w[1].surface == *second) else { continue };
        let one = Term {
            surface: format!("{first} {second}").into(),
            prev: ts[at].prev.clone(),
            after_break: ts[at].after_break,
            after_preposition: ts[at].after_preposition,
            after_range_word: ts[at].after_range_word,
            after_gap: ts[at].after_gap,
            ..template
        };
        ts.splice(at..at + 2, [one]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two words in a row that make a word another sentence writes are
    /// read as that word, written as the two words.
    #[test]
    fn a_compound_written_open_is_the_word_written_closed() {
        let n = Normalizer::shared();
        let texts = [
            "The coastguard said the crew escaped using bedsheets.",
            "The men climbed out with knotted bed sheets, the coast guard said.",
            "Fire fighters and firefighters.",
        ];
        let mut terms: Vec<Vec<Term>> = texts.iter().map(|t| n.terms(t, None)).collect();
        join(&texts, &mut terms);
        let written = |ts: &[Term], key: &str| ts.iter().find(|t| *t.key == *n.word_key(key)).map(|t| t.surface.to_string());
        assert_eq!(written(&terms[1], "bedsheets").as_deref(), Some("bed sheets"));
        assert_eq!(written(&terms[1], "coastguard").as_deref(), Some("coast guard"));
        assert_eq!(written(&terms[1], "sheets"), None);
        // (not twice in a sentence that writes the word closed too)
        assert_eq!(terms[2].iter().filter(|t| t.key == n.word_key("firefighters")).count(), 1);
    }
}
