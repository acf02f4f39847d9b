//! Sentence splitting for news text.
//!
//! Input: one paragraph (a cleaned block). Output: its sentences, trimmed, in
//! order, so that joining them with single spaces gives back the paragraph's
//! words. A candidate boundary is a run of `.`, `!`, `?` or `…` (with any
//! closing quotes and brackets after it) followed by white space and then
//! something that can start a sentence (an upper-case letter, a digit, an
//! opening quote or bracket). The candidate is rejected when the word before
//! the stop is a known abbreviation (`Mr.`, `St.`, `Dec.`, `U.S.` before a
//! lower-case or name continuation, see [`abbrev`]), or an initial (`J.`).
//! Decimals (`3.5`) and numbers (`1,200`) never contain white space, so they
//! are never candidates.

pub mod abbrev;

/// Split one paragraph into sentences.
pub fn split_sentences(paragraph: &str) -> Vec<String> {
    // byte offsets throughout; characters are decoded only around stops
    let bytes = paragraph.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize; // byte offset of the current sentence start
    let mut i = 0usize;
    while i < bytes.len() {
        // skip to the next byte that may start a stop (`…` starts with 0xE2)
        match bytes[i..].iter().position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2)) {
            Some(p) => i += p,
            None => break,
        }
        let Some(c) = char_at(paragraph, i) else { break };
        if !is_stop(c) {
            i += c.len_utf8();
            continue;
        }
        // extend over the run of stops and closers
        let mut j = i + c.len_utf8();
        while let Some(d) = char_at(paragraph, j).filter(|&d| is_stop(d)) {
            j += d.len_utf8();
        }
        while let Some(d) = char_at(paragraph, j).filter(|&d| is_closer(d)) {
            j += d.len_utf8();
        }
        // need white space next
        if char_at(paragraph, j).is_some_and(char::is_whitespace) {
            let mut k = j;
            while let Some(d) = char_at(paragraph, k).filter(|d| d.is_whitespace()) {
                k += d.len_utf8();
            }
            if char_at(paragraph, k).is_some_and(can_start) {
                let end_byte = j;
                let before = &paragraph[start..i];
                if c == '.' && abbrev::blocks_boundary(before, next_word(paragraph, k)) {
                    i = j;
                    continue;
                }
                if quote_goes_on(paragraph, start, end_byte) {
                    i = j;
                    continue;
                }
                let s = paragraph[start..end_byte].trim();
                if !s.is_empty() {
                    out.push(s.to_string());
                }
                start = k;
                i = k;
                continue;
            }
        }
        i = j;
    }
    let rest = paragraph[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

/// The character at byte offset `i` of `s`, if one starts there.
fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// A sentence stop.
fn is_stop(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Longest quotation (bytes) that is kept in one sentence.
pub const MAX_QUOTE_BYTES: usize = 600;

/// Is `end` inside a quotation opened since `start` that closes later in
/// the paragraph mid-sentence (`"It went well. We agreed," she said.`)?
/// Then the stop at `end` does not end the sentence.
fn quote_goes_on(paragraph: &str, start: usize, end: usize) -> bool {
    let Some(before) = paragraph.get(start..end) else { return false };
    let straight = before.matches('"').count();
    let curly_open = before.matches('“').count();
    let curly_close = before.matches('”').count();
    let (closer, open) = if curly_open > curly_close {
        ('”', true)
    } else if straight % 2 == 1 {
        ('"', true)
    } else {
        (' ', false)
    };
    if !open {
        return false;
    }
    let Some(rest) = paragraph.get(end..) else { return false };
    let Some(pos) = rest.find(closer) else { return false };
    if pos > MAX_QUOTE_BYTES {
        return false;
    }
    let inside = &rest[..pos];
    let after = rest[pos + closer.len_utf8()..].trim_start();
    inside.trim_end().ends_with(',')
        || after.starts_with(',')
        || after.chars().next().is_some_and(char::is_lowercase)
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn can_start(c: char) -> bool {
    c.is_uppercase() || c.is_numeric() || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '¿' | '¡')
        // scripts without case (CJK, Arabic, ...) start sentences too
        || (c.is_alphabetic() && !c.is_lowercase())
}

fn next_word(text: &str, from: usize) -> &str {
    let rest = &text[from..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    &rest[..end]
}

#[cfg(test)]
mod tests {
    use super::split_sentences;

    #[test]
    fn abbreviations_and_quotes() {
        let s = split_sentences(
            "Mr. Putin met Dr. Smith in St. Petersburg on Dec. 29. \"It went well.\" The U.S. embassy said so. J. R. Smith agreed.",
        );
        assert_eq!(
            s,
            vec![
                "Mr. Putin met Dr. Smith in St. Petersburg on Dec. 29.",
                "\"It went well.\"",
                "The U.S. embassy said so.",
                "J. R. Smith agreed."
            ]
        );
    }

    #[test]
    fn decimals_and_lowercase_continuation() {
        let s = split_sentences("Growth was 3.5 percent. prices rose. It ended.");
        assert_eq!(s, vec!["Growth was 3.5 percent. prices rose.", "It ended."]);
    }

    #[test]
    fn a_list_items_number_stays_with_it() {
        assert_eq!(
            split_sentences("1. Karin Holm is the clear winner. Her party got 31%. 2. Erik Dahl is finished."),
            vec!["1. Karin Holm is the clear winner.", "Her party got 31%.", "2. Erik Dahl is finished."]
        );
        // a year alone is a sentence
        assert_eq!(split_sentences("It was 2019. 2019. A year to forget."), vec!["It was 2019.", "2019.", "A year to forget."]);
    }

    #[test]
    fn us_at_sentence_end() {
        let s = split_sentences("He flew to the U.S. The trip was short.");
        assert_eq!(s, vec!["He flew to the U.S.", "The trip was short."]);
    }
}
