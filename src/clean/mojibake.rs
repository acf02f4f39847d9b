//! Repair of mis-decoded text: UTF-8 that was read as Latin-1 or
//! Windows-1252 somewhere before it reached the user ("wonâ€™t",
//! "cafÃ©", "Â£5"), which some sites serve as it is and which then comes
//! in pasted or saved like any other text.
//!
//! Only the sequences that such mis-decoding makes out of common text are
//! put back, and only when their bytes are valid UTF-8 again:
//!
//! | starts with | then | was | for example |
//! |---|---|---|---|
//! | `Â` (C2) | 1 character standing for a byte 80–BF | U+0080–U+00BF | `Â£` → `£`, `Â ` → no-break space |
//! | `Ã` (C3) | 1 such character | U+00C0–U+00FF | `Ã©` → `é`, `Ã¼` → `ü` |
//! | `â` (E2) | 2 such characters | U+2000–U+2FFF | `â€™` → `’`, `â€”` → `—`, `â€¦` → `…`, `â„¢` → `™` |
//!
//! A character "stands for a byte" when Latin-1 or Windows-1252 gives it
//! that byte: U+0080–U+00BF themselves, or one of Windows-1252's
//! characters for 80–9F (`€` 80, `’` 92, `“` 93, ...). Other first
//! letters (`é` E9, `Ñ` D1, ...) are left alone: in real text they are
//! followed by such characters ("café…”", "ESPAÑA”") far more often than
//! they are mis-decoded, and the bytes would still make valid UTF-8 (a CJK
//! or Cyrillic letter). `Â` and `Ã` before a symbol, and `â` before two,
//! do not occur in English or European text that was decoded right.

/// The first characters of the sequences repaired (see the module table;
/// each stands for the byte of its own code point) and how many
/// continuation bytes follow.
const LEADS: &[(char, usize)] = &[('\u{c2}', 1), ('\u{c3}', 1), ('\u{e2}', 2)];

/// Windows-1252's characters for the bytes 80–9F (the five bytes it leaves
/// undefined read as the C1 controls U+0081, U+008D, U+008F, U+0090,
/// U+009D, which Latin-1 gives them too).
const CP1252_HIGH: &[(char, u8)] = &[
    ('€', 0x80),
    ('‚', 0x82),
    ('ƒ', 0x83),
    ('„', 0x84),
    ('…', 0x85),
    ('†', 0x86),
    ('‡', 0x87),
    ('ˆ', 0x88),
    ('‰', 0x89),
    ('Š', 0x8a),
    ('‹', 0x8b),
    ('Œ', 0x8c),
    ('Ž', 0x8e),
    ('‘', 0x91),
    ('’', 0x92),
    ('“', 0x93),
    ('”', 0x94),
    ('•', 0x95),
    ('–', 0x96),
    ('—', 0x97),
    ('˜', 0x98),
    ('™', 0x99),
    ('š', 0x9a),
    ('›', 0x9b),
    ('œ', 0x9c),
    ('ž', 0x9e),
    ('Ÿ', 0x9f),
];

/// The UTF-8 continuation byte (80–BF) that `c` stands for, if any.
fn continuation_byte(c: char) -> Option<u8> {
    let u = u32::from(c);
    if (0x80..=0xbf).contains(&u) {
        return u8::try_from(u).ok();
    }
    CP1252_HIGH.iter().find(|&&(x, _)| x == c).map(|&(_, b)| b)
}

/// `text` with mis-decoded sequences repaired, and how many were, or `None`
/// when there is nothing to repair (the common case, found with one byte
/// scan: `Â`, `Ã` and `â` are C3 82, C3 83 and C3 A2 in UTF-8, so text
/// without the byte C3 has none).
pub fn repair(text: &str) -> Option<(String, usize)> {
    if !text.as_bytes().contains(&0xc3) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut repaired = 0usize;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        if let (Some(&(_, need)), Ok(lead)) = (LEADS.iter().find(|&&(l, _)| l == c), u8::try_from(c)) {
            let mut bytes = [lead, 0, 0];
            let mut tail = after;
            let mut ok = true;
            for slot in bytes.iter_mut().skip(1).take(need) {
                match tail.chars().next().and_then(|d| continuation_byte(d).map(|b| (d, b))) {
                    Some((d, b)) => {
                        *slot = b;
                        tail = &tail[d.len_utf8()..];
                    }
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                if let Ok(s) = std::str::from_utf8(&bytes[..=need]) {
                    out.push_str(s);
                    repaired += 1;
                    rest = tail;
                    continue;
                }
            }
        }
        out.push(c);
        rest = after;
    }
    (repaired > 0).then_some((out, repaired))
}

#[cfg(test)]
mod tests {
    use super::repair;

    fn fixed(s: &str) -> String {
        repair(s).map_or_else(|| s.to_string(), |(t, _)| t)
    }

    #[test]
    fn windows_1252_and_latin_1_readings_are_repaired() {
        assert_eq!(fixed("I wonâ€™t go"), "I won’t go");
        assert_eq!(fixed("â€œQuoteâ€\u{9d} â€” and â€¦"), "“Quote” — and …");
        assert_eq!(fixed("I won\u{e2}\u{80}\u{99}t go"), "I won’t go");
        assert_eq!(fixed("cafÃ© costs Â£5"), "café costs £5");
        assert_eq!(fixed("Acmeâ„¢"), "Acme™");
        assert_eq!(repair("a â€™ b â€™ c").map(|(_, n)| n), Some(2));
    }

    #[test]
    fn right_text_is_left_alone() {
        for s in [
            "plain ASCII",
            "café…” and ESPAÑA” and Ø…",
            "Ã alone, Â alone, â alone, âme",
            "São Paulo, Zürich, Ærø, naïve",
            "â€",
            "",
        ] {
            assert!(repair(s).is_none(), "{s}");
        }
    }
}
