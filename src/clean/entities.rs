//! HTML character references: the named ones a news page uses, numeric
//! ones with the HTML5 fix-ups, in one compact table.
//!
//! Names: the whole HTML 4 set (252 entities: the Latin-1 block, symbols
//! and Greek, and the "special" set) plus the HTML5 names that pages
//! commonly carry (`&apos;`, punctuation names, Central European letters,
//! spaces). Unknown names are left as text, as browsers do.

/// HTML 4 Latin-1 names, in code point order from U+00A0 (`nbsp`) to
/// U+00FF (`yuml`): the entity at index `i` is `char(0xA0 + i)`.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy",
    "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1", "ordm",
    "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig",
    "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve",
    "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
    "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc",
    "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml",
    "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
];

/// Greek capitals from U+0391 (`Alpha`) on; U+03A2 has no letter (and no
/// name), hence the empty slot.
const GREEK_UPPER: [&str; 25] = [
    "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda", "Mu", "Nu", "Xi",
    "Omicron", "Pi", "Rho", "", "Sigma", "Tau", "Upsilon", "Phi", "Chi", "Psi", "Omega",
];

/// Greek small letters from U+03B1 (`alpha`) to U+03C9 (`omega`).
const GREEK_LOWER: [&str; 25] = [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi",
    "omicron", "pi", "rho", "sigmaf", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
];

/// Every other name with its character: the rest of HTML 4 (special
/// characters, symbols, arrows, mathematical operators) and then the
/// common HTML5 additions.
const OTHER: &[(&str, char)] = &[
    // HTML 4 special
    ("quot", '"'), ("amp", '&'), ("lt", '<'), ("gt", '>'), ("OElig", 'Œ'), ("oelig", 'œ'), ("Scaron", 'Š'),
    ("scaron", 'š'), ("Yuml", 'Ÿ'), ("circ", 'ˆ'), ("tilde", '˜'), ("ensp", '\u{2002}'), ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'), ("zwnj", '\u{200C}'), ("zwj", '\u{200D}'), ("lrm", '\u{200E}'), ("rlm", '\u{200F}'),
    ("ndash", '–'), ("mdash", '—'), ("lsquo", '‘'), ("rsquo", '’'), ("sbquo", '‚'), ("ldquo", '“'), ("rdquo", '”'),
    ("bdquo", '„'), ("dagger", '†'), ("Dagger", '‡'), ("permil", '‰'), ("lsaquo", '‹'), ("rsaquo", '›'),
    ("euro", '€'),
    // HTML 4 symbols (Greek letters are in the tables above)
    ("fnof", 'ƒ'), ("thetasym", 'ϑ'), ("upsih", 'ϒ'), ("piv", 'ϖ'), ("bull", '•'), ("hellip", '…'),
    ("prime", '′'), ("Prime", '″'), ("oline", '‾'), ("frasl", '⁄'), ("weierp", '℘'), ("image", 'ℑ'),
    ("real", 'ℜ'), ("trade", '™'), ("alefsym", 'ℵ'), ("larr", '←'), ("uarr", '↑'), ("rarr", '→'), ("darr", '↓'),
    ("harr", '↔'), ("crarr", '↵'), ("lArr", '⇐'), ("uArr", '⇑'), ("rArr", '⇒'), ("dArr", '⇓'), ("hArr", '⇔'),
    ("forall", '∀'), ("part", '∂'), ("exist", '∃'), ("empty", '∅'), ("nabla", '∇'), ("isin", '∈'),
    ("notin", '∉'), ("ni", '∋'), ("prod", '∏'), ("sum", '∑'), ("minus", '−'), ("lowast", '∗'), ("radic", '√'),
    ("prop", '∝'), ("infin", '∞'), ("ang", '∠'), ("and", '∧'), ("or", '∨'), ("cap", '∩'), ("cup", '∪'),
    ("int", '∫'), ("there4", '∴'), ("sim", '∼'), ("cong", '≅'), ("asymp", '≈'), ("ne", '≠'), ("equiv", '≡'),
    ("le", '≤'), ("ge", '≥'), ("sub", '⊂'), ("sup", '⊃'), ("nsub", '⊄'), ("sube", '⊆'), ("supe", '⊇'),
    ("oplus", '⊕'), ("otimes", '⊗'), ("perp", '⊥'), ("sdot", '⋅'), ("lceil", '⌈'), ("rceil", '⌉'),
    ("lfloor", '⌊'), ("rfloor", '⌋'), ("lang", '⟨'), ("rang", '⟩'), ("loz", '◊'), ("spades", '♠'),
    ("clubs", '♣'), ("hearts", '♥'), ("diams", '♦'),
    // HTML5: ASCII punctuation and upper-case aliases
    ("apos", '\''), ("AMP", '&'), ("LT", '<'), ("GT", '>'), ("QUOT", '"'), ("COPY", '©'), ("REG", '®'),
    ("TRADE", '™'), ("Tab", '\t'), ("NewLine", '\n'), ("excl", '!'), ("num", '#'), ("dollar", '$'),
    ("percnt", '%'), ("lpar", '('), ("rpar", ')'), ("ast", '*'), ("plus", '+'), ("comma", ','), ("period", '.'),
    ("sol", '/'), ("colon", ':'), ("semi", ';'), ("equals", '='), ("quest", '?'), ("commat", '@'), ("lsqb", '['),
    ("lbrack", '['), ("bsol", '\\'), ("rsqb", ']'), ("rbrack", ']'), ("Hat", '^'), ("lowbar", '_'), ("grave", '`'),
    ("lcub", '{'), ("lbrace", '{'), ("verbar", '|'), ("vert", '|'), ("rcub", '}'), ("rbrace", '}'),
    // HTML5: punctuation, spaces, typography
    ("hyphen", '‐'), ("dash", '‐'), ("horbar", '―'), ("Vert", '‖'), ("nldr", '‥'), ("bullet", '•'),
    ("lsquor", '‚'), ("rsquor", '’'), ("ldquor", '„'), ("rdquor", '”'), ("numsp", '\u{2007}'),
    ("puncsp", '\u{2008}'), ("hairsp", '\u{200A}'), ("emsp13", '\u{2004}'), ("emsp14", '\u{2005}'),
    ("ZeroWidthSpace", '\u{200B}'), ("NoBreak", '\u{2060}'), ("MediumSpace", '\u{205F}'), ("NonBreakingSpace", '\u{A0}'),
    ("centerdot", '·'), ("half", '½'), ("frac13", '⅓'), ("frac23", '⅔'), ("frac18", '⅛'), ("pm", '±'),
    ("div", '÷'), ("check", '✓'), ("cross", '✗'), ("star", '☆'), ("starf", '★'), ("phone", '☎'),
    ("female", '♀'), ("male", '♂'), ("ohm", 'Ω'), ("angst", 'Å'), ("copysr", '℗'), ("incare", '℅'),
    ("numero", '№'), ("caret", '⁁'), ("inodot", 'ı'), ("imath", 'ı'),
    // HTML5: Latin Extended-A letters of Central European and Turkish text
    ("Amacr", 'Ā'), ("amacr", 'ā'), ("Abreve", 'Ă'), ("abreve", 'ă'), ("Aogon", 'Ą'), ("aogon", 'ą'),
    ("Cacute", 'Ć'), ("cacute", 'ć'), ("Ccaron", 'Č'), ("ccaron", 'č'), ("Dcaron", 'Ď'), ("dcaron", 'ď'),
    ("Dstrok", 'Đ'), ("dstrok", 'đ'), ("Emacr", 'Ē'), ("emacr", 'ē'), ("Eogon", 'Ę'), ("eogon", 'ę'),
    ("Ecaron", 'Ě'), ("ecaron", 'ě'), ("Gbreve", 'Ğ'), ("gbreve", 'ğ'), ("Idot", 'İ'), ("Lstrok", 'Ł'),
    ("lstrok", 'ł'), ("Nacute", 'Ń'), ("nacute", 'ń'), ("Ncaron", 'Ň'), ("ncaron", 'ň'), ("Odblac", 'Ő'),
    ("odblac", 'ő'), ("Rcaron", 'Ř'), ("rcaron", 'ř'), ("Sacute", 'Ś'), ("sacute", 'ś'), ("Scedil", 'Ş'),
    ("scedil", 'ş'), ("Tcaron", 'Ť'), ("tcaron", 'ť'), ("Uring", 'Ů'), ("uring", 'ů'), ("Udblac", 'Ű'),
    ("udblac", 'ű'), ("Zacute", 'Ź'), ("zacute", 'ź'), ("Zdot", 'Ż'), ("zdot", 'ż'), ("Zcaron", 'Ž'),
    ("zcaron", 'ž'),
];

/// Names that browsers also decode without the closing `;` (the legacy
/// set): the Latin-1 block and these four.
const LEGACY_EXTRA: [&str; 8] = ["amp", "lt", "gt", "quot", "AMP", "LT", "GT", "QUOT"];

/// Windows-1252 characters for numeric references `&#128;`–`&#159;` (C1
/// controls that pages mean as cp1252); `None` where cp1252 has a hole.
const CP1252: [Option<char>; 32] = [
    Some('€'), None, Some('‚'), Some('ƒ'), Some('„'), Some('…'), Some('†'), Some('‡'), Some('ˆ'), Some('‰'),
    Some('Š'), Some('‹'), Some('Œ'), None, Some('Ž'), None, None, Some('‘'), Some('’'), Some('“'), Some('”'),
    Some('•'), Some('–'), Some('—'), Some('˜'), Some('™'), Some('š'), Some('›'), Some('œ'), None, Some('ž'),
    Some('Ÿ'),
];

/// The character of a named reference (without `&` and `;`).
pub fn named(name: &str) -> Option<char> {
    if let Some(i) = LATIN1.iter().position(|n| *n == name) {
        return char::from_u32(0xA0 + i as u32);
    }
    if let Some(i) = GREEK_UPPER.iter().position(|n| !n.is_empty() && *n == name) {
        return char::from_u32(0x391 + i as u32);
    }
    if let Some(i) = GREEK_LOWER.iter().position(|n| *n == name) {
        return char::from_u32(0x3B1 + i as u32);
    }
    OTHER.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
}

/// Whether a name is decoded even without its `;`.
fn legacy(name: &str) -> bool {
    LATIN1.contains(&name) || LEGACY_EXTRA.contains(&name)
}

/// The character of a numeric reference's value, with the HTML5 fix-ups:
/// 0, surrogates and values past U+10FFFF become U+FFFD, 0x80–0x9F are read
/// as Windows-1252.
pub fn numeric(n: u32) -> char {
    if (0x80..=0x9F).contains(&n) {
        let i = (n - 0x80) as usize;
        return CP1252.get(i).copied().flatten().or_else(|| char::from_u32(n)).unwrap_or('\u{FFFD}');
    }
    if n == 0 {
        return '\u{FFFD}';
    }
    char::from_u32(n).unwrap_or('\u{FFFD}')
}

/// Longest name of a reference.
const MAX_NAME: usize = 32;

/// Decode the character references of `s` into `out`. In an attribute
/// value (`in_attr`), a legacy name without `;` followed by `=` or an
/// alphanumeric is left alone, as browsers do (`?a=1&copy=2`).
pub fn decode_into(s: &str, out: &mut String, in_attr: bool) {
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(rest.get(..p).unwrap_or(""));
        let tail = rest.get(p + 1..).unwrap_or("");
        match reference(tail, in_attr) {
            Some((c, used)) => {
                out.push(c);
                rest = tail.get(used..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
}

/// Decode the character references of `s`.
pub fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    decode_into(s, &mut out, false);
    out
}

/// The reference at the start of `t` (just after the `&`): its character
/// and how many bytes of `t` it used.
fn reference(t: &str, in_attr: bool) -> Option<(char, usize)> {
    let b = t.as_bytes();
    if b.first() == Some(&b'#') {
        let hex = matches!(b.get(1), Some(b'x' | b'X'));
        let start = if hex { 2 } else { 1 };
        let mut end = start;
        while end < b.len() && (if hex { b[end].is_ascii_hexdigit() } else { b[end].is_ascii_digit() }) {
            end += 1;
        }
        if end == start {
            return None;
        }
        let digits = t.get(start..end)?;
        let radix = if hex { 16 } else { 10 };
        // too many digits: out of range anyway
        let n = if digits.trim_start_matches('0').len() > 8 { u32::MAX } else { u32::from_str_radix(digits, radix).ok()? };
        let used = if b.get(end) == Some(&b';') { end + 1 } else { end };
        return Some((numeric(n), used));
    }
    let mut end = 0;
    while end < b.len() && end <= MAX_NAME && b[end].is_ascii_alphanumeric() {
        end += 1;
    }
    if end == 0 {
        return None;
    }
    let name = t.get(..end)?;
    if b.get(end) == Some(&b';') {
        if let Some(c) = named(name) {
            return Some((c, end + 1));
        }
    }
    // without `;`: the longest legacy name that prefixes the run
    for k in (2..=end.min(6)).rev() {
        let prefix = t.get(..k)?;
        if legacy(prefix) {
            if in_attr && (k < end || b.get(k) == Some(&b'=')) {
                return None;
            }
            return named(prefix).map(|c| (c, k));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_sizes() {
        // HTML 4: 96 Latin-1 + 24 + 25 Greek + 32 special + 75 other symbols = 252
        let greek = GREEK_UPPER.iter().filter(|n| !n.is_empty()).count() + GREEK_LOWER.len();
        let html4_other = OTHER.iter().position(|(n, _)| *n == "apos").unwrap_or(0);
        assert_eq!(LATIN1.len() + greek + html4_other, 252);
    }

    #[test]
    fn named_and_numeric() {
        assert_eq!(decode("a &amp; b &lt;c&gt; &nbsp;&eacute;&Omega;&omega;&hellip;&rsquo;&apos;"), "a & b <c> \u{a0}éΩω…’'");
        assert_eq!(decode("&#233;&#xE9;&#XE9;&#150;&#x92;&#0;&#xD800;&#x110000;&#99999999999;"), "ééé–’\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}");
        assert_eq!(decode("&nosuch; &amp &copy2019 &#; &"), "&nosuch; & ©2019 &#; &");
        assert_eq!(decode("&notit; &notin;"), "¬it; ∉");
        let mut out = String::new();
        decode_into("?a=1&copy=2&amp;b", &mut out, true);
        assert_eq!(out, "?a=1&copy=2&b");
    }
}
