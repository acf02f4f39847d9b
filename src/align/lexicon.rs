//! Every word list of the alignment stage, in one table.

/// English function words, dropped before scoring. Also reporting verbs
/// ("said", "says"), which every news sentence has and which say nothing
/// about the claim.
pub const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even",
    "ever", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
    "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is",
    "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my", "myself",
    "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
    "ourselves", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such",
    "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
    "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "very",
    "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why",
    "will", "with", "would", "you", "your", "yours", "yourself", "said", "says", "say", "saying",
    "told", "according", "reportedly", "s", "t", "mr", "mrs", "ms", "dr", "yet", "still", "already",
    "since", "within", "without", "via", "per", "among", "around", "across", "toward", "towards",
    "whether", "though", "although", "unless", "onto", "cannot", "isn", "wasn", "don", "didn",
    "doesn", "won", "ll", "ve", "re", "d", "m",
];

/// Number words and their values ("two" = 2).
pub const NUMBER_WORDS: &[(&str, &str)] = &[
    ("zero", "0"), ("one", "1"), ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"),
    ("six", "6"), ("seven", "7"), ("eight", "8"), ("nine", "9"), ("ten", "10"), ("eleven", "11"),
    ("twelve", "12"), ("thirteen", "13"), ("fourteen", "14"), ("fifteen", "15"),
    ("sixteen", "16"), ("seventeen", "17"), ("eighteen", "18"), ("nineteen", "19"),
    ("twenty", "20"), ("thirty", "30"), ("forty", "40"), ("fifty", "50"), ("hundred", "100"),
    ("dozen", "12"), ("first", "1st"), ("second", "2nd"), ("third", "3rd"),
];

/// News paraphrases: each group's words are read as its first word (after
/// stemming). Keep groups small and unambiguous.
pub const PARAPHRASES: &[&[&str]] = &[
    &["prevent", "thwart", "foil", "avert", "stop", "disrupt"],
    &["arrest", "detain", "apprehend", "custody", "seize"],
    &["call", "phone", "telephone", "ring"],
    &["kill", "dead", "death", "die", "slay"],
    &["injure", "wound", "hurt"],
    &["attack", "assault", "strike"],
    &["terror", "terrorist", "terrorism"],
    &["intelligence", "information", "tip", "warning", "alert", "intel"],
    &["thank", "thanks", "gratitude", "grateful"],
    &["plan", "plot", "prepare", "scheme"],
    &["resign", "quit", "step"],
    &["election", "elect", "vote", "poll"],
    &["russia", "russian", "moscow", "kremlin"],
    &["us", "usa", "america", "american", "washington", "unitedst"],
    &["uk", "britain", "british", "unitedk"],
    &["cooperation", "cooperate", "co-operate", "co-operation", "collaborate", "collaboration"],
    &["talk", "speak", "spoke", "conversation", "discuss", "discussion"],
    &["fsb", "federal security service"],
];

/// Multi-word names folded into one term before tokenising:
/// (phrase, term). Matching is on lower-cased, space-separated words.
pub const PHRASES: &[(&str, &str)] = &[
    ("united states of america", "us"),
    ("united states", "us"),
    ("u.s.a.", "us"),
    ("u.s.", "us"),
    ("united kingdom", "uk"),
    ("u.k.", "uk"),
    ("federal security service", "fsb"),
    ("new year's", "newyear"),
    ("new year", "newyear"),
    ("white house", "whitehouse"),
    ("st petersburg", "stpetersburg"),
    ("st. petersburg", "stpetersburg"),
    ("saint petersburg", "stpetersburg"),
    ("islamic state", "isis"),
    ("isil", "isis"),
];
