//! News abbreviations that end in a full stop without ending the sentence.
//! All lists of the segmentation stage live here.

/// Titles before a name: a stop after them never ends a sentence.
pub const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr",
    "sen", "rep", "gov", "pres", "rev", "fr", "hon", "supt", "insp", "det", "st", "mt", "messrs",
];

/// Other abbreviations: a stop after them ends a sentence only when the next
/// word is one of [`SENTENCE_STARTERS`].
pub const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "vs", "v", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "dept", "est", "approx",
    "fig", "vol", "ave", "blvd", "rd", "e.g", "i.e", "a.m", "p.m", "ph.d", "op", "cf", "al",
];

/// Words that almost always start a sentence; after an ambiguous
/// abbreviation (`U.S.`, `Dec.`) they mark a real boundary.
pub const SENTENCE_STARTERS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "but", "and", "in", "on", "at", "as", "if", "when", "while", "after",
    "before", "his", "her", "its", "their", "our", "my", "some", "many", "most", "no", "yet",
    "so", "however", "meanwhile", "officials", "according", "all", "both", "each", "every", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "what", "who", "with", "for", "from",
    "by", "since", "until", "during", "more", "none", "several", "not", "only", "other", "such", "then",
    "also", "another", "police", "authorities",
];

/// A list item's number before its stop ("1. Karin Holm is the clear
/// winner."): a sentence that is so far only this many digits or fewer
/// goes on (a year alone, "2019.", has four).
pub const LIST_NUMBER_MAX_DIGITS: usize = 3;

/// Should a stop after `before` (the text of the sentence up to, not
/// including, the stop) not end the sentence, given the next word `next`?
pub fn blocks_boundary(before: &str, next: &str) -> bool {
    let item = before.trim();
    if (1..=LIST_NUMBER_MAX_DIGITS).contains(&item.len()) && item.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    let next_lower: String = next
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let starter = SENTENCE_STARTERS.contains(&next_lower.as_str());
    if TITLES.contains(&lower.as_str()) {
        return true;
    }
    // A single capital letter: an initial (J. Smith), unless a starter follows.
    let mut cs = word.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        if c.is_uppercase() {
            return !starter;
        }
    }
    // Dotted acronyms: U.S, U.K, U.N, e.g
    if word.contains('.')
        && word.split('.').all(|p| p.chars().count() <= 2 && !p.is_empty() && p.chars().all(char::is_alphabetic))
    {
        return !starter;
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return !starter;
    }
    false
}
