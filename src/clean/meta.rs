//! Metadata found in text: dates, outlets, bylines.

use super::dom::{Dom, NodeId};
use super::rules::{AGENCY_BYLINES, BYLINE_ENDS, DATELINE_OUTLETS, DATELINE_OUTLET_MAX_CHARS, BYLINE_EVERYDAY_ZIPF, BYLINE_NAME_LABELS, BYLINE_NOT_NAMES, BYLINE_ROLE_WORDS, COPYRIGHT_COMPANY_MIN_WORDS, COPYRIGHT_HOLDER_ENDS, COPYRIGHT_LEGAL_FORMS, FACET_SUFFIXES, FACET_WORDS, MONTHS, OUTLET_MARKERS};

/// An ISO date `YYYY-MM-DD` from a short piece of text, if it holds one:
/// `2019-12-29`, `29 Dec, 2019 16:12`, `December 29, 2019`, `Dec. 29 2019`,
/// `29/12/2019` is ignored (ambiguous).
pub fn find_date(text: &str) -> Option<String> {
    // every form has a day or a year in digits
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // tokens in lower case, copied only when lower-casing changes them
    let tokens: Vec<std::borrow::Cow<str>> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|t| !t.is_empty())
        .map(|t| {
            if t.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
                std::borrow::Cow::Owned(t.to_lowercase())
            } else {
                std::borrow::Cow::Borrowed(t)
            }
        })
        .collect();
    // ISO first
    for t in &tokens {
        if let Some(d) = iso_prefix(t) {
            return Some(d);
        }
    }
    // then a month's name, in words without the symbols around them
    // ("📅Jul. 11. 2025") and split at hyphens ("19-Dec-2025")
    let tokens: Vec<&str> = tokens
        .iter()
        .flat_map(|t| t.split('-'))
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .collect();
    for (i, t) in tokens.iter().enumerate() {
        let Some(month) = month_name(t) else { continue };
        // day month year
        if i >= 1 && i + 1 < tokens.len() {
            if let (Some(d), Some(y)) = (day_of(tokens[i - 1]), year_of(tokens[i + 1])) {
                return Some(format!("{y:04}-{month:02}-{d:02}"));
            }
        }
        // month day year
        if i + 2 < tokens.len() {
            if let (Some(d), Some(y)) = (day_of(tokens[i + 1]), year_of(tokens[i + 2])) {
                return Some(format!("{y:04}-{month:02}-{d:02}"));
            }
        }
    }
    None
}

/// A date written in digits only: `12/19/2025` (month first, as in the
/// US, unless the first number cannot be a month: `23/07/2025`),
/// `23.07.2025` (day first), `2025/12/19`. The first such date in `text`.
pub fn find_numeric_date(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'/' || b[i - 1] == b'.')) {
            i += 1;
            continue;
        }
        // three runs of digits joined by one separator, `/` or `.`
        let mut parts: [(usize, usize); 3] = [(0, 0); 3];
        let mut j = i;
        let mut sep = 0u8;
        let mut ok = true;
        for (k, part) in parts.iter_mut().enumerate() {
            let from = j;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            *part = (from, j);
            if j == from || j - from > 4 {
                ok = false;
                break;
            }
            if k < 2 {
                match b.get(j) {
                    Some(&c) if (c == b'/' || c == b'.') && (sep == 0 || sep == c) => {
                        sep = c;
                        j += 1;
                    }
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
        }
        // not part of a longer number ("1.2.3.4", a version)
        if ok && !(j < b.len() && (b[j].is_ascii_digit() || ((b[j] == b'.' || b[j] == b'/') && b.get(j + 1).is_some_and(u8::is_ascii_digit)))) {
            let num = |(a, z): (usize, usize)| text.get(a..z).and_then(|t| t.parse::<u32>().ok());
            let lens = parts.map(|(a, z)| z - a);
            let (x, y, z) = (num(parts[0]), num(parts[1]), num(parts[2]));
            if let (Some(x), Some(y), Some(z)) = (x, y, z) {
                let ymd = if lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2 {
                    Some((x, y, z))
                } else if lens[2] == 4 && lens[0] <= 2 && lens[1] <= 2 {
                    // day first with dots ("18.06.2025") and when the
                    // first can be no month; month first with slashes
                    // ("06/18/2025") and when the second can be no month
                    // ("06.18.2025")
                    if (sep == b'.' && y <= 12) || x > 12 { Some((z, y, x)) } else { Some((z, x, y)) }
                } else {
                    None
                };
                if let Some((y, m, d)) = ymd {
                    if (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d) {
                        return Some(format!("{y:04}-{m:02}-{d:02}"));
                    }
                }
            }
        }
        i = j.max(i + 1);
    }
    None
}

/// `YYYY-MM-DD` at the start of `t` (ISO date or date-time), validated.
pub fn iso_prefix(t: &str) -> Option<String> {
    let b = t.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: u32 = t.get(0..4)?.parse().ok()?;
    let m: u32 = t.get(5..7)?.parse().ok()?;
    let d: u32 = t.get(8..10)?.parse().ok()?;
    if (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d) {
        if b.len() > 10 && b[10].is_ascii_digit() {
            return None;
        }
        Some(format!("{y:04}-{m:02}-{d:02}"))
    } else {
        None
    }
}

/// The month a word names ("dec", "december"), if any.
pub fn month_name(t: &str) -> Option<u32> {
    MONTHS.iter().find(|(name, _)| *name == t).map(|&(_, m)| m)
}

fn day_of(t: &str) -> Option<u32> {
    let t = t.trim_end_matches(|c: char| c.is_alphabetic()); // 29th
    let d: u32 = t.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_of(t: &str) -> Option<u32> {
    // a year run into the time after it, as NPR's pages paste:
    // "September 18, 20256:15 AM ET"
    let t = match t.get(..4) {
        Some(head) if t.len() > 4 && t.get(4..).is_some_and(is_clock_time) => head,
        _ => t,
    };
    let y: u32 = t.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// The first [`DATELINE_OUTLET_MAX_CHARS`] characters of `text`, where a
/// wire dateline's agency stands.
fn dateline_head(text: &str) -> &str {
    text.char_indices().nth(DATELINE_OUTLET_MAX_CHARS).map_or(text, |(i, _)| &text[..i])
}

/// A listed agency's dateline mark at the start of `text`
/// ([`DATELINE_OUTLETS`]): "STOCKHOLM, July 24 (Reuters) - ..." -> the
/// byte index right after "(Reuters)", and "Reuters".
fn listed_dateline(text: &str) -> Option<(usize, &'static str)> {
    let head = dateline_head(text);
    DATELINE_OUTLETS.iter().find_map(|&(mark, outlet)| head.find(mark).map(|pos| (pos + mark.len(), outlet)))
}

/// The agency whose dateline opens `text`: one of [`DATELINE_OUTLETS`],
/// or any name in that shape ([`generic_dateline`]: "HARLOW, March 9
/// (Wirepress) - ...", "SEOUL (Yonhap) —").
pub fn dateline_outlet(text: &str) -> Option<String> {
    listed_dateline(text).map(|(_, outlet)| outlet.to_string()).or_else(|| {
        let (open, close) = generic_dateline(text)?;
        text.get(open + 1..close - 1).map(str::to_string)
    })
}

/// A wire dateline of any agency: the text opens with a place in capitals
/// ("HARLOW", "NEW YORK"), and within its first
/// [`DATELINE_OUTLET_MAX_CHARS`] characters a name of one or two
/// capitalised words (or a lower-case acronym) in brackets is followed by
/// a dash. The byte span of the brackets.
fn generic_dateline(text: &str) -> Option<(usize, usize)> {
    let head = dateline_head(text);
    let first = head.split([' ', ',']).next()?;
    let place = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first.chars().all(|c| c.is_uppercase() || matches!(c, '-' | '.' | '\''));
    if !place {
        return None;
    }
    let open = head.find('(')?;
    let close = open + head[open..].find(')')? + 1;
    let name = &head[open + 1..close - 1];
    let words: Vec<&str> = name.split(' ').collect();
    let named = (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().count() >= 2
                && w.chars().all(char::is_alphabetic)
                && (w.starts_with(char::is_uppercase) || w.chars().all(char::is_lowercase))
        });
    let dash = text[close..].trim_start().starts_with(['-', '–', '—']);
    (named && dash).then_some((open, close))
}

/// Where the wire dateline that opens `text` ends (see
/// [`listed_dateline`], [`generic_dateline`]): the byte index right after
/// the agency's mark, "STOCKHOLM, July 24 (Reuters)| - ...". The date
/// there is the day the story was filed, not a date the story tells.
pub fn dateline_end(text: &str) -> Option<usize> {
    listed_dateline(text).map(|(end, _)| end).or_else(|| generic_dateline(text).map(|(_, close)| close))
}

/// Whether `word` is a clock time, "6:15", "14.10" (a trailing comma
/// aside).
pub fn is_clock_time(word: &str) -> bool {
    let word = word.trim_end_matches(',');
    word.split_once([':', '.']).is_some_and(|(h, m)| {
        (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// The agency a byline names instead of a person ([`AGENCY_BYLINES`]):
/// "The Associated Press" -> "AP", "Reuters staff" -> "Reuters".
pub fn agency_of_byline(byline: &str) -> Option<&'static str> {
    let lower = byline.trim().to_lowercase();
    let name = lower.strip_prefix("the ").unwrap_or(&lower);
    let name = name.strip_suffix(" staff").unwrap_or(name).trim();
    AGENCY_BYLINES.iter().find(|(a, _)| *a == name).map(|&(_, outlet)| outlet)
}

/// The outlet named by a furniture line (copyright holder, self-link).
pub fn outlet_from_line(line: &str) -> Option<String> {
    let lower = super::text::lowercase(line);
    OUTLET_MARKERS
        .iter()
        .find(|(needle, _)| super::text::contains_bytes(&lower, needle))
        .map(|&(_, name)| name.to_string())
}

/// The holder named by a copyright line: `© 2024 Elsham Gazette. All
/// rights reserved.`, `Copyright 2024 Coastline Press Agency`. Only lines
/// with a year or "all rights reserved" count (a bare `© Name` is usually a
/// photo credit).
pub fn outlet_from_copyright(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    let has_year = line.split(|c: char| !c.is_ascii_digit()).any(|t| t.len() == 4 && year_of(t).is_some());
    if !has_year && !lower.contains("all rights reserved") {
        return None;
    }
    // the holder follows the mark ("All content © 2025 Move.org. All
    // rights reserved."), or comes before it when only a year follows
    // ("Cleaning Services Seattle © 2025")
    let b = line.as_bytes();
    // (without a mark, "All rights reserved" must say it: "2025
    // SiliconANGLE Media Inc. All rights reserved.")
    let (from, to) = ["©", "(c)", "copyright"]
        .iter()
        .find_map(|m| {
            let at = b.windows(m.len()).position(|w| w.eq_ignore_ascii_case(m.as_bytes()))?;
            Some((at, at + m.len()))
        })
        .or_else(|| lower.contains("all rights reserved").then_some((0, 0)))?;
    let after = line.get(to..).and_then(copyright_holder);
    after.or_else(|| {
        let before = line.get(..from)?;
        // only what follows the last separator before the mark
        let tail = before.rsplit(COPYRIGHT_HOLDER_ENDS).next().unwrap_or(before);
        copyright_holder(tail)
    })
}

/// The holder's name at the start of `s`: years and marks dropped, cut at
/// the first of [`COPYRIGHT_HOLDER_ENDS`], ". ", ", ", "All rights
/// reserved" or "Powered by", 1 to 6 words with a letter.
fn copyright_holder(s: &str) -> Option<String> {
    // years, marks and "onwards" first ("© 2026, 3i.", "© 2013 onwards.")
    let mut s = s.trim_start();
    loop {
        let end = s.find(|c: char| c.is_whitespace() || c == ',').unwrap_or(s.len());
        let token = s.get(..end).unwrap_or_default();
        let skip = !token.is_empty()
            && (token.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '.' | '©'))
                || ["copyright", "(c)", "onwards", "present"].iter().any(|m| token.trim_end_matches('.').eq_ignore_ascii_case(m)));
        let rest = s.get(end..).unwrap_or_default().trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        if !(skip || (token.is_empty() && rest.len() < s.len())) {
            break;
        }
        s = rest;
    }
    let s = s.split(COPYRIGHT_HOLDER_ENDS).next().unwrap_or(s);
    let cut = [". ", ", "].iter().filter_map(|p| s.find(p)).min().unwrap_or(s.len());
    let s = s.get(..cut).unwrap_or(s);
    // (and the site's platform after it: "© 2025 The Hechinger Report
    // Powered by Newspack")
    let lower = s.to_lowercase();
    let cut = ["all rights reserved", " powered by "].iter().filter_map(|p| lower.find(p)).min().unwrap_or(s.len());
    let s = s.get(..cut).unwrap_or(s);
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| {
            let l = w.to_lowercase();
            !(w.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | ',' | '.' | '©')) || l == "copyright" || l == "(c)")
        })
        .collect();
    // without a company's legal form ("POLITICO LLC", "SiliconANGLE Media Inc.")
    let mut words = words;
    while words.len() > 1
        && words.last().is_some_and(|w| COPYRIGHT_LEGAL_FORMS.contains(&w.trim_end_matches('.').to_lowercase().as_str()))
    {
        words.pop();
    }
    // ("The New York Times Company" is the Times; "Fast Company" stays)
    if words.len() > COPYRIGHT_COMPANY_MIN_WORDS && words.last().is_some_and(|w| w.eq_ignore_ascii_case("company")) {
        words.pop();
    }
    let name = words.join(" ");
    let name = name.trim_matches(|c: char| !c.is_alphanumeric()).trim().to_string();
    // (a short name in lower case is an acronym the page's style writes so:
    // "© 2026 npr")
    let name = if (2..=4).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_lowercase()) { name.to_uppercase() } else { name };
    let n = name.split_whitespace().count();
    ((1..=6).contains(&n) && name.chars().any(char::is_alphabetic)).then_some(name)
}

/// The site name from a page URL: the host without `www.`.
pub fn outlet_from_url(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    if host.is_empty() {
        return None;
    }
    if let Some(name) = outlet_from_line(host) {
        return Some(name);
    }
    Some(host.to_string())
}

/// A byline line: `By Jane Doe and John Roe` (at most 8 words, names
/// capitalised). "By" and one word that names a way of sorting ("By
/// Functionality", "By Region": [`FACET_SUFFIXES`], [`FACET_WORDS`]) is a
/// subheading, not a byline.
pub fn byline(line: &str) -> Option<String> {
    let rest = line.strip_prefix("By ").or_else(|| line.strip_prefix("by "))?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    if let [w] = words.as_slice() {
        let w = w.trim_end_matches([':', '.']).to_lowercase();
        if FACET_WORDS.contains(&w.as_str()) || (w.chars().count() > 5 && FACET_SUFFIXES.iter().any(|s| w.ends_with(s))) {
            return None;
        }
    }
    // "By Use Case", "By Company Size", "By Need": a way of sorting made of
    // everyday words, not a name (a name has a rarer word: "Will Smith")
    let everyday = |w: &&str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        crate::align::background::zipf(&w).is_some_and(|z| z >= BYLINE_EVERYDAY_ZIPF)
    };
    if words.iter().all(everyday) {
        return None;
    }
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    (capitalised * 2 >= words.len()).then(|| rest.trim().trim_end_matches([',', '|']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_agency_in_a_wire_datelines_shape() {
        assert_eq!(dateline_outlet("HARLOW, March 9 (Wirepress) - Three inmates escaped").as_deref(), Some("Wirepress"));
        assert_eq!(dateline_outlet("SEOUL (Yonhap) — North Korea fired").as_deref(), Some("Yonhap"));
        assert_eq!(dateline_outlet("ELMWOOD, Ore. (KXYZ) — Police are searching").as_deref(), Some("KXYZ"));
        assert_eq!(dateline_outlet("STOCKHOLM, July 24 (Reuters) - Ericsson").as_deref(), Some("Reuters"));
        let text = "HARLOW, March 9 (Wirepress) - Three";
        assert_eq!(dateline_end(text), Some(text.find(')').unwrap() + 1));
        // not a place in capitals, not followed by a dash, not a name
        assert_eq!(dateline_outlet("The minister (Labour) - said"), None);
        assert_eq!(dateline_outlet("HARLOW, March 9 (Wirepress) said that"), None);
        assert_eq!(dateline_outlet("HARLOW (3 of 5) - Three"), None);
        assert_eq!(dateline_outlet("WHO (World Health Organization) - the agency"), None);
    }

    #[test]
    fn bylines_that_name_an_agency() {
        assert_eq!(agency_of_byline("The Associated Press"), Some("AP"));
        assert_eq!(agency_of_byline("Reuters staff"), Some("Reuters"));
        assert_eq!(agency_of_byline("AFP"), Some("AFP"));
        assert_eq!(agency_of_byline("Ada Lind"), None);
        assert_eq!(agency_of_byline("Reuters correspondent Ada Lind"), None);
    }

    #[test]
    fn dates() {
        assert_eq!(find_date("29 Dec, 2019 16:12").as_deref(), Some("2019-12-29"));
        assert_eq!(find_date("December 29, 2019").as_deref(), Some("2019-12-29"));
        assert_eq!(find_date("date 2019-12-30").as_deref(), Some("2019-12-30"));
        assert_eq!(find_date("2019-12-30T10:00:00Z").as_deref(), Some("2019-12-30"));
        assert_eq!(find_date("In December 2017"), None);
        assert_eq!(find_date("19-Dec-2025").as_deref(), Some("2025-12-19"));
        assert_eq!(find_date("📅Jul. 11. 2025").as_deref(), Some("2025-07-11"));
        assert_eq!(find_date("| November 3, 2025 (8:42 AM ET)").as_deref(), Some("2025-11-03"));
        assert_eq!(find_numeric_date("06.18.2025").as_deref(), Some("2025-06-18"));
        assert_eq!(find_numeric_date("09.10.2024").as_deref(), Some("2024-10-09"));
        assert_eq!(find_numeric_date("12/19/2025 • Mises Wire").as_deref(), Some("2025-12-19"));
        assert_eq!(find_numeric_date("Updated: 10/31/2024").as_deref(), Some("2024-10-31"));
        assert_eq!(find_numeric_date("23.07.2025 · 6 min read").as_deref(), Some("2025-07-23"));
        assert_eq!(find_numeric_date("23/07/2025").as_deref(), Some("2025-07-23"));
        assert_eq!(find_numeric_date("posted 2025/12/19").as_deref(), Some("2025-12-19"));
        for no in ["version 1.2.2025.4", "3/4 cup", "10.5.3", "1/2/3", "13/13/2025", "2025/12/19/20"] {
            assert_eq!(find_numeric_date(no), None, "{no}");
        }
    }

    #[test]
    fn outlets() {
        assert_eq!(outlet_from_line("© Autonomous Nonprofit Organization “TV-Novosti”, 2005–2019").as_deref(), Some("RT"));
        assert_eq!(outlet_from_url("https://www.example.org/news/1").as_deref(), Some("example.org"));
        assert_eq!(outlet_from_copyright("© 2024 Elsham Gazette. All rights reserved.").as_deref(), Some("Elsham Gazette"));
        assert_eq!(outlet_from_copyright("Copyright 2024 Coastline Press Agency").as_deref(), Some("Coastline Press Agency"));
        assert_eq!(outlet_from_copyright("© Global Look Press / White House"), None);
        for (line, want) in [
            ("All content © 2025 Move.org. All rights reserved. | Your Privacy Choices", "Move.org"),
            ("Copyright © 2023 NPR. All rights reserved. Visit our website terms of use", "NPR"),
            ("2025 © TRC Global Mobility", "TRC Global Mobility"),
            ("© 2025 Ambuja Yoga, LLC | Site design by thescubageek", "Ambuja Yoga"),
            ("Cleaning Services Seattle © 2025", "Cleaning Services Seattle"),
            ("Ben Nadel © 2025. All content is the property of Ben Nadel.", "Ben Nadel"),
            ("9500 Euclid Avenue, Cleveland | 800.223.2273 | © 2025 Cleveland Clinic. All Rights Reserved.", "Cleveland Clinic"),
            ("© 2025 Russell Miller · Privacy ∙ Terms ∙ Collection notice", "Russell Miller"),
        ] {
            assert_eq!(outlet_from_copyright(line).as_deref(), Some(want), "{line}");
        }
        assert_eq!(outlet_from_copyright("All rights reserved. ©2025"), None);
        assert_eq!(outlet_from_copyright("© 2026, 3i.").as_deref(), Some("3i"));
        assert_eq!(outlet_from_copyright("2025 SiliconANGLE Media Inc. All rights reserved.").as_deref(), Some("SiliconANGLE Media"));
        assert_eq!(outlet_from_copyright("© 2025 POLITICO LLC").as_deref(), Some("POLITICO"));
        assert_eq!(outlet_from_copyright("© 2025 The Hechinger Report Powered by Newspack").as_deref(), Some("The Hechinger Report"));
        assert_eq!(outlet_from_copyright("© 2025 Limited").as_deref(), Some("Limited"));
        assert_eq!(outlet_from_copyright("© 2013 onwards. All Rights Reserved. CleverTap is brought to you by WizRocket Inc."), None);
        assert_eq!(outlet_from_copyright("Copyright 2017-2025"), None);
    }

    #[test]
    fn a_year_run_into_the_time() {
        assert_eq!(find_date("September 18, 20256:15 AM ET").as_deref(), Some("2025-09-18"));
        assert_eq!(find_date("September 18, 202516:15").as_deref(), Some("2025-09-18"));
        assert_eq!(find_date("September 18, 20256"), None);
    }

    #[test]
    fn bylines() {
        assert_eq!(byline("By Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(byline("By the time the vote came, it was late."), None);
        assert_eq!(byline("By Reuters").as_deref(), Some("Reuters"));
        assert_eq!(byline("By Bloomberg").as_deref(), Some("Bloomberg"));
        assert_eq!(byline("By Functionality"), None);
        assert_eq!(byline("By Audience"), None);
        assert_eq!(byline("By Region"), None);
        assert_eq!(byline("By Use Case"), None);
        assert_eq!(byline("By Company Size"), None);
        assert_eq!(byline("By Will Smith").as_deref(), Some("Will Smith"));
    }

    #[test]
    fn byline_names_without_labels_dates_and_notes() {
        for (raw, want) in [
            ("By Jane Doe", "Jane Doe"),
            ("Jane Doe, Senior Editor", "Jane Doe"),
            ("Jessica Elliott , Contributor", "Jessica Elliott"),
            ("Charles Patterson, WCI Columnist", "Charles Patterson"),
            ("Ada Lind, Ola Berg", "Ada Lind, Ola Berg"),
            ("Colin Gray Colin Gray", "Colin Gray"),
            ("Will Judd Former Deputy Tech Editor", "Will Judd"),
            ("Shivkumar M Head Product Launches, Adoption", "Shivkumar M"),
            ("Sara Harberson In", "Sara Harberson"),
            ("A. J. Neal View In Digital Edition", "A. J. Neal"),
            ("Anthony Head", "Anthony Head"),
            ("By Ola Berg ⋅ Founder and Editor-in-Chief ⋅ Updated May 6, 2031", "Ola Berg"),
            ("Text by Hunter Dale", "Hunter Dale"),
            ("Mara Quennell Senior Editor", "Mara Quennell"),
            ("Editor, Writer", "Editor, Writer"),
            ("By: Harbour Desk on 04-ago-2021 5:11:10", "Harbour Desk"),
            ("Posted by:Ada Lind", "Ada Lind"),
            ("Written by: Ada Lind", "Ada Lind"),
            ("Updated January 08, 2026 Written by Ada Lind", "Ada Lind"),
            ("Ada Lind | The Harbour Newsroom", "Ada Lind"),
            ("Coast Strategies | October 15, 2025", "Coast Strategies"),
            ("adalind 18th Dec 2025 Harbour Forum 3 min read", "adalind"),
            ("Ada Lind - Harbour Editorial Team", "Ada Lind"),
            ("Ada Lind Last updated on: October 1, 2025", "Ada Lind"),
            ("Ada Lind Published: Jan 29, 2025", "Ada Lind"),
            ("98 Harbour Social", "98 Harbour Social"),
            ("Min Joon Park", "Min Joon Park"),
            ("Theresa May", "Theresa May"),
            ("Anne Marie Berger and Ola Lind", "Anne Marie Berger and Ola Lind"),
        ] {
            assert_eq!(clean_byline(raw), want, "{raw}");
        }
        for raw in ["By", "Written by: Researched by:", "Sat, 20 Dec, 2025 - 06:36", "https://example.org/user/ada", "Author", "12:30"] {
            assert_eq!(clean_byline(raw), "", "{raw}");
        }
    }
}

/// An ISO date from a machine-readable date string (`2019-12-29T16:12Z`,
/// `2019-12-29`), or from a human one via [`find_date`].
pub fn iso_prefix_loose(s: &str) -> Option<String> {
    let s = s.trim();
    iso_prefix(s).or_else(|| find_date(s))
}

/// A date in the visible text of a page counts only on a line of at most
/// this many words (a dateline, not a sentence about another day).
pub const TEXT_DATE_MAX_WORDS: usize = 25;

/// Metadata read from a whole HTML page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    /// `og:title` or JSON-LD `headline`.
    pub title: Option<String>,
    /// Publication date, ISO.
    pub date: Option<String>,
    /// `og:site_name`, JSON-LD publisher.
    pub outlet: Option<String>,
    /// JSON-LD author, `<meta name="author">`.
    pub byline: Option<String>,
}

/// `<meta>` names and properties holding the publication date, best first.
pub const META_DATE_KEYS: &[&str] = &[
    "article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date",
    "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date",
    "citation_publication_date", "date",
];

/// Metadata from JSON-LD, `<meta>` tags and `<time>` elements. Precedence
/// for the date: JSON-LD `datePublished`, then the `<meta>` keys in
/// [`META_DATE_KEYS`] order, then an element with
/// `itemprop="datePublished"`, then the first `<time datetime>`.
pub fn page_meta(dom: &Dom) -> PageMeta {
    let mut m = PageMeta::default();
    let elements: Vec<NodeId> = dom.descendants(Dom::ROOT).filter(|&n| dom.is_element(n)).collect();
    // JSON-LD
    for &node in &elements {
        let is_ld = dom.is(node, "script") && dom.attr(node, "type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
        if !is_ld {
            continue;
        }
        let Ok(v) = serde_json::from_str::<serde_json::Value>(dom.text(node).trim()) else { continue };
        json_ld(&v, &mut m);
    }
    // <meta>
    let mut metas: Vec<(String, String)> = Vec::new();
    for &node in elements.iter().filter(|&&n| dom.is(n, "meta")) {
        let key = dom.attr(node, "property").or_else(|| dom.attr(node, "name")).or_else(|| dom.attr(node, "itemprop"));
        if let (Some(k), Some(c)) = (key, dom.attr(node, "content")) {
            metas.push((k.to_ascii_lowercase(), c.trim().to_string()));
        }
    }
    let get = |k: &str| metas.iter().find(|(key, c)| key == k && !c.is_empty()).map(|(_, c)| c.clone());
    if m.date.is_none() {
        m.date = META_DATE_KEYS.iter().find_map(|k| get(k).and_then(|c| iso_prefix_loose(&c)));
    }
    if m.date.is_none() {
        m.date = elements.iter().filter(|&&n| dom.attr(n, "itemprop") == Some("datePublished")).find_map(|&n| {
            dom.attr(n, "content").or_else(|| dom.attr(n, "datetime")).and_then(iso_prefix_loose)
        });
    }
    if m.date.is_none() {
        m.date = elements
            .iter()
            .filter(|&&n| dom.is(n, "time"))
            .find_map(|&n| dom.attr(n, "datetime").and_then(iso_prefix_loose));
    }
    if m.outlet.is_none() {
        m.outlet = get("og:site_name").map(|s| collapse(&s)).filter(|s| !s.is_empty());
    }
    if m.byline.is_none() {
        m.byline = get("author").map(|s| clean_byline(&s)).filter(|s| !s.is_empty() && !s.contains("://"));
    }
    if m.title.is_none() {
        m.title = get("og:title").map(|s| collapse(&s)).filter(|s| !s.is_empty());
    }
    m
}

/// Read `datePublished`, `author`, `publisher` and `headline` from a JSON-LD
/// value (objects, arrays and `@graph` lists; iterative, depth-capped).
fn json_ld(v: &serde_json::Value, m: &mut PageMeta) {
    use serde_json::Value;
    let mut stack: Vec<(&Value, usize)> = vec![(v, 0)];
    while let Some((v, depth)) = stack.pop() {
        if depth > 16 {
            continue;
        }
        match v {
            Value::Array(a) => stack.extend(a.iter().rev().map(|x| (x, depth + 1))),
            Value::Object(o) => {
                if m.date.is_none() {
                    m.date = o.get("datePublished").and_then(Value::as_str).and_then(iso_prefix_loose);
                }
                if m.byline.is_none() {
                    m.byline = o.get("author").and_then(names).filter(|s| !s.is_empty());
                }
                if m.outlet.is_none() {
                    m.outlet = o.get("publisher").and_then(names).filter(|s| !s.is_empty());
                }
                if m.title.is_none() && o.contains_key("datePublished") {
                    m.title = o.get("headline").and_then(Value::as_str).map(collapse).filter(|s| !s.is_empty());
                }
                if let Some(g) = o.get("@graph") {
                    stack.push((g, depth + 1));
                }
            }
            _ => {}
        }
    }
}

/// Names from a JSON-LD person/organisation value: a string, `{name}`, or a
/// list of them, joined with ", ".
fn names(v: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    let one = |x: &Value| match x {
        Value::String(s) => Some(collapse(s)),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(collapse),
        _ => None,
    };
    let list: Vec<String> = match v {
        Value::Array(a) => a.iter().filter_map(one).collect(),
        x => one(x).into_iter().collect(),
    };
    let list: Vec<String> = list.into_iter().filter(|s| !s.is_empty() && !s.contains("://")).collect();
    (!list.is_empty()).then(|| list.join(", "))
}

/// The name(s) of a byline: without its label ("By", "Written by:", see
/// [`BYLINE_NAME_LABELS`]) and without what follows the name (a date, an update
/// note, a reading time, a "| Outlet": [`BYLINE_ENDS`]); empty when no name
/// is left ("By", "Written by: Researched by:", a date, an address).
pub fn clean_byline(s: &str) -> String {
    // a label glued to the name ("Posted by:Ada Lind")
    let mut spaced = String::with_capacity(s.len() + 4);
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        spaced.push(c);
        if c == ':' && prev.is_alphabetic() && s[i + 1..].starts_with(char::is_alphabetic) {
            spaced.push(' ');
        }
        prev = c;
    }
    let s = collapse(&spaced);
    if s.contains("://") || s.starts_with("www.") {
        return String::new();
    }
    let lower = s.to_lowercase();
    let words: Vec<&str> = s.split(' ').collect();
    let low: Vec<String> = lower.split(' ').map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != ':').to_string()).collect();
    // the name starts after the last label ("Updated ... Written by X")
    let mut start = 0;
    let mut k = 0;
    while k < words.len() {
        let hit = BYLINE_NAME_LABELS.iter().find_map(|label| {
            let lw: Vec<&str> = label.split(' ').collect();
            let fits = lw.iter().enumerate().all(|(j, l)| low.get(k + j).is_some_and(|w| w == l || w.trim_end_matches(':') == *l));
            // a bare "by" is a label only at the start, or after a date or note
            (fits && (*label != "by" || k == 0 || low.get(k - 1).is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()))))
                .then_some(lw.len())
        });
        if let Some(n) = hit {
            start = k + n;
            k += n;
        } else {
            k += 1;
        }
    }
    let digit = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    let end = (start + 1..words.len())
        .find(|&i| {
            let (w, l) = (words.get(i).copied().unwrap_or(""), low.get(i).map_or("", String::as_str));
            BYLINE_ENDS.contains(&l)
                || BYLINE_ENDS.contains(&l.trim_end_matches(':'))
                || BYLINE_ENDS.contains(&w)
                || digit(w)
                || (month_name(l).is_some() && words.get(i + 1).is_some_and(|n| digit(n)))
        })
        .unwrap_or(words.len());
    let name = words.get(start..end).map(|w| w.join(" ")).unwrap_or_default();
    let name = name.trim().trim_end_matches([',', '|', ':', '-', ';']).trim().to_string();
    let lname = name.to_lowercase();
    let label_only = lname.ends_with(" by") || lname.ends_with(" by:") || BYLINE_NOT_NAMES.contains(&lname.as_str());
    if !name.chars().any(char::is_alphabetic) || label_only {
        return String::new();
    }
    // a role after a comma ("Jessica Elliott, Contributor", "Charles
    // Patterson, WCI Columnist"): the name before it
    let mut name = name;
    while let Some(k) = name.rfind(',') {
        let role = name[k + 1..].to_lowercase();
        if role.split_whitespace().any(|w| BYLINE_ROLE_WORDS.contains(&w)) && name[..k].trim().contains(' ') {
            name = name[..k].trim().to_string();
        } else {
            break;
        }
    }
    // ... or straight after the name ("Will Judd Former Deputy Tech Editor")
    let ws: Vec<&str> = name.split_whitespace().collect();
    if let Some(k) = (2..ws.len()).find(|&k| {
        ws[k].starts_with(char::is_uppercase) && BYLINE_ROLE_WORDS.contains(&ws[k].to_lowercase().as_str())
    }) {
        return ws[..k].join(" ");
    }
    // the name printed twice ("Colin Gray Colin Gray": an avatar's alt text
    // and the name)
    let half = ws.len() / 2;
    if half > 0 && ws.len() % 2 == 0 && ws[..half] == ws[half..] {
        return ws[..half].join(" ");
    }
    name
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
