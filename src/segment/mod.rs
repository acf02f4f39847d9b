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
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0usize; // byte offset of the current sentence start
    let mut i = 0usize;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // extend over the run of stops and closers
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
                j += 1;
            }
            while j < chars.len() && is_closer(chars[j].1) {
                j += 1;
            }
            // need white space next
            if j < chars.len() && chars[j].1.is_whitespace() {
                let mut k = j;
                while k < chars.len() && chars[k].1.is_whitespace() {
                    k += 1;
                }
                if k < chars.len() && can_start(chars[k].1) {
                    let end_byte = chars[j].0;
                    let before = &paragraph[start..chars[i].0];
                    if c == '.' && abbrev::blocks_boundary(before, next_word(paragraph, chars[k].0)) {
                        i = j;
                        continue;
                    }
                    if quote_goes_on(paragraph, start, end_byte_of(&chars, j, paragraph.len())) {
                        i = j;
                        continue;
                    }
                    let s = paragraph[start..end_byte].trim();
                    if !s.is_empty() {
                        out.push(s.to_string());
                    }
                    start = chars[k].0;
                    i = k;
                    continue;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    let rest = paragraph[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

/// Longest quotation (bytes) that is kept in one sentence.
pub const MAX_QUOTE_BYTES: usize = 600;

fn end_byte_of(chars: &[(usize, char)], j: usize, len: usize) -> usize {
    chars.get(j).map_or(len, |&(b, _)| b)
}

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
    fn us_at_sentence_end() {
        let s = split_sentences("He flew to the U.S. The trip was short.");
        assert_eq!(s, vec!["He flew to the U.S.", "The trip was short."]);
    }
}
