//! Metadata found in text: dates, outlets, bylines.

use super::rules::{MONTHS, OUTLET_MARKERS};

/// An ISO date `YYYY-MM-DD` from a short piece of text, if it holds one:
/// `2019-12-29`, `29 Dec, 2019 16:12`, `December 29, 2019`, `Dec. 29 2019`,
/// `29/12/2019` is ignored (ambiguous).
pub fn find_date(text: &str) -> Option<String> {
    let tokens: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|t| !t.is_empty())
        .map(|t| t.to_lowercase())
        .collect();
    // ISO first
    for t in &tokens {
        if let Some(d) = iso_prefix(t) {
            return Some(d);
        }
    }
    for (i, t) in tokens.iter().enumerate() {
        let Some(month) = month_of(t) else { continue };
        // day month year
        if i >= 1 && i + 1 < tokens.len() {
            if let (Some(d), Some(y)) = (day_of(&tokens[i - 1]), year_of(&tokens[i + 1])) {
                return Some(format!("{y:04}-{month:02}-{d:02}"));
            }
        }
        // month day year
        if i + 2 < tokens.len() {
            if let (Some(d), Some(y)) = (day_of(&tokens[i + 1]), year_of(&tokens[i + 2])) {
                return Some(format!("{y:04}-{month:02}-{d:02}"));
            }
        }
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

fn month_of(t: &str) -> Option<u32> {
    MONTHS.iter().find(|(name, _)| *name == t).map(|&(_, m)| m)
}

fn day_of(t: &str) -> Option<u32> {
    let t = t.trim_end_matches(|c: char| c.is_alphabetic()); // 29th
    let d: u32 = t.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_of(t: &str) -> Option<u32> {
    let y: u32 = t.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// The outlet named by a furniture line (copyright holder, self-link).
pub fn outlet_from_line(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    OUTLET_MARKERS
        .iter()
        .find(|(needle, _)| lower.contains(needle))
        .map(|&(_, name)| name.to_string())
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

/// A byline line: `By Jane Doe and John Roe` (at most 8 words, names capitalised).
pub fn byline(line: &str) -> Option<String> {
    let rest = line.strip_prefix("By ").or_else(|| line.strip_prefix("by "))?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
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
    fn dates() {
        assert_eq!(find_date("29 Dec, 2019 16:12").as_deref(), Some("2019-12-29"));
        assert_eq!(find_date("December 29, 2019").as_deref(), Some("2019-12-29"));
        assert_eq!(find_date("date 2019-12-30").as_deref(), Some("2019-12-30"));
        assert_eq!(find_date("2019-12-30T10:00:00Z").as_deref(), Some("2019-12-30"));
        assert_eq!(find_date("In December 2017"), None);
    }

    #[test]
    fn outlets() {
        assert_eq!(outlet_from_line("© Autonomous Nonprofit Organization “TV-Novosti”, 2005–2019").as_deref(), Some("RT"));
        assert_eq!(outlet_from_url("https://www.example.org/news/1").as_deref(), Some("example.org"));
    }

    #[test]
    fn bylines() {
        assert_eq!(byline("By Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(byline("By the time the vote came, it was late."), None);
    }
}

/// An ISO date from a machine-readable date string (`2019-12-29T16:12Z`,
/// `2019-12-29`), or from a human one via [`find_date`].
pub fn iso_prefix_loose(s: &str) -> Option<String> {
    let s = s.trim();
    iso_prefix(s).or_else(|| find_date(s))
}
