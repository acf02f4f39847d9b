//! Every word list, pattern and threshold of the cleaning stage, in one
//! table, each with what it is for (after Readability's `REGEXPS`).
//!
//! Matching is on the trimmed line, case-insensitively unless noted.

/// Lines that *start* with one of these are furniture, whatever follows.
/// (prefix, reason)
pub const FURNITURE_PREFIXES: &[(&str, &str)] = &[
    ("read:", "teaser"),
    ("read more:", "teaser"),
    ("read more ", "teaser"),
    ("read also:", "teaser"),
    ("also read:", "teaser"),
    ("see also:", "teaser"),
    ("related:", "teaser"),
    ("related articles", "teaser"),
    ("related stories", "teaser"),
    ("more on this story", "teaser"),
    ("also on ", "teaser"),
    ("watch:", "teaser"),
    ("listen:", "teaser"),
    ("share:", "share"),
    ("share this", "share"),
    ("share on ", "share"),
    ("follow us", "share"),
    ("get short url", "share"),
    ("click here", "share"),
    ("sign up", "newsletter"),
    ("subscribe to", "newsletter"),
    ("newsletter", "newsletter"),
    ("error: content is protected", "protection"),
    ("this website uses cookies", "cookies"),
    ("this site uses cookies", "cookies"),
    ("we use cookies", "cookies"),
    ("by continuing to use", "cookies"),
    ("accept cookies", "cookies"),
    ("cookie policy", "cookies"),
    ("privacy policy", "cookies"),
    ("©", "copyright"),
    ("(c) ", "copyright"),
    ("copyright", "copyright"),
    ("all rights reserved", "copyright"),
    ("advertisement", "advert"),
    ("sponsored", "advert"),
    ("image caption", "caption"),
    ("image copyright", "caption"),
    ("media caption", "caption"),
    ("photo:", "caption"),
    ("getty images", "caption"),
    ("details to follow", "status"),
    ("more to follow", "status"),
    ("updated:", "timestamp"),
    ("published:", "timestamp"),
    ("last updated", "timestamp"),
];

/// Lines that *contain* one of these anywhere are furniture when they are
/// also short (at most [`SHORT_LINE_WORDS`] * 3 words). (needle, reason)
pub const FURNITURE_INFIXES: &[(&str, &str)] = &[
    ("all rights reserved", "copyright"),
    ("uses cookies", "cookies"),
    ("privacy policy", "cookies"),
    ("download the app", "app-promo"),
    ("news app", "app-promo"),
    ("comments", "comments"),
];

/// Whole lines (after trimming and lower-casing) that are always furniture.
pub const FURNITURE_EXACT: &[(&str, &str)] = &[
    ("share", "share"),
    ("tweet", "share"),
    ("email", "share"),
    ("print", "share"),
    ("podcasts", "navigation"),
    ("all podcasts", "navigation"),
    ("home", "navigation"),
    ("menu", "navigation"),
    ("search", "navigation"),
    ("close", "navigation"),
    ("skip to content", "navigation"),
    ("skip to main content", "navigation"),
    ("advertisement", "advert"),
    ("loading...", "status"),
];

/// A line whose words mostly end in or contain "icon" is an icon-font dump.
/// Minimum share of such words.
pub const ICON_WORD_SHARE: f64 = 0.3;
/// ... and the minimum number of words for that rule.
pub const ICON_MIN_WORDS: usize = 6;

/// A line of at most this many words, without final punctuation, is "short":
/// a heading inside the article, furniture at its edges.
pub const SHORT_LINE_WORDS: usize = 3;

/// A heading candidate (no final punctuation) has at most this many words.
pub const HEADING_MAX_WORDS: usize = 20;

/// A prose line has at least this many words without final punctuation
/// (a headline rarely runs longer) ...
pub const PROSE_MIN_WORDS_NO_PUNCT: usize = 21;
/// ... or at least this many and ends with sentence punctuation.
pub const PROSE_MIN_WORDS_PUNCT: usize = 4;

/// Characters that end a sentence (a line ending with one is prose-like).
pub const FINAL_PUNCT: &[char] = &['.', '!', '?', '"', '”', '’', '\'', ':', ')', '…'];

/// Outlets recognised from copyright holders or self-links in pasted text:
/// (needle, outlet name). Needles are matched case-insensitively.
pub const OUTLET_MARKERS: &[(&str, &str)] = &[
    ("tv-novosti", "RT"),
    ("rt.com", "RT"),
    ("bbc.co.uk", "BBC"),
    ("bbc news", "BBC"),
    ("reuters", "Reuters"),
    ("associated press", "AP"),
    ("the guardian", "The Guardian"),
    ("cnn.com", "CNN"),
];

/// Month names and abbreviations, for dates in pasted text.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];
