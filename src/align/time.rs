//! Sentences about an earlier time.
//!
//! News articles recall earlier incidents of the same kind ("In December
//! 2017, Mr Putin thanked Mr Trump for another warning", "Two years ago,
//! Washington warned Moscow about a planned bombing"), and such a sentence
//! shares most of its words with the sentences about the event itself
//! ("Putin thanked Trump for the warning"). A sentence is *anchored in the
//! past* when it places itself before its article's year ("in 2017", "in
//! December 2017", "on March 3, 2018" with the article dated 2019; the
//! cluster's earliest date counts), in an earlier month of that year ("In
//! October" in a December story, unless the sentence speaks of the future:
//! [`FUTURE_WORDS`]) or says so in words ("two years ago", "three months
//! ago", "not the first time"); one that opens with a
//! pronoun ("It was about a plot in St Petersburg") continues the time of
//! the sentence before it in its article; one that tells a day of the
//! story's week ("on Wednesday") is not anchored by a past it names
//! ("breaking the national record set five years ago"). Two sentences of which exactly
//! one is anchored in the past are not linked: one tells the earlier
//! incident, the other the event ([`super::align_dated`]).
//!
//! Measured on the seeds (`scripts/eval_align.py`): it cuts 16 links, all
//! wrong by the annotation (the 2017 warning against the 2019 one; the FSB
//! head's statement "In October" in a December story; "This isn't the
//! first time ..." against the call: links 84 → 68, precision 0.774 →
//! 0.956, recall unchanged); the one right link
//! of that kind ("In December 2017, ..." / "It was about a terrorist plot
//! in St Petersburg") is kept by the pronoun rule. On the ECB+ dev pairs
//! and clusters (no article dates, so only the words count), STS-B and MSRP
//! it changes no link.
//!
//! A year that is not before the article's ("to host the Oscars in 2014"
//! in a 2013 story), a year after "since", "from", "than" ("the highest
//! surge since 1987": about now), and every year when no article of the
//! cluster is dated, anchor nothing for links; for the comparisons of
//! counts and days across articles such a sentence is of an earlier time
//! ([`count_reference`]).

use super::lexicon::{MONTHS, NUMBER_WORDS, RELATIVE_DAYS, WEEKDAYS};
use super::Unit;

/// Words that place a year or a month-and-year before them as the time of
/// the sentence ("in 2017", "in the 2016 election", "In December 2017").
pub const ANCHOR_PREPOSITIONS: &[&str] = &["in", "during"];

/// Units of a relative past ("two years ago", "three months ago"; not
/// weeks or days: the event itself is often "last week").
pub const RELATIVE_UNITS: &[&str] = &["month", "months", "year", "years", "decade", "decades"];

/// Words after a count of [`RELATIVE_UNITS`] that make it a past ("two
/// years ago", "two years back"). Not "earlier": "from $610.6 million a year
/// earlier" compares a figure, it does not tell an earlier event.
pub const RELATIVE_PAST: &[&str] = &["ago", "back"];

/// Words before a relative past that make it the term of a comparison, not
/// the time of the sentence ("profit rose 18 per cent from a year ago",
/// "higher than two years ago", "compared with a year ago").
pub const COMPARED_WITH: &[&str] = &["from", "than", "with", "to", "over", "versus", "vs"];

/// Counts before [`RELATIVE_UNITS`] besides digits and number words.
/// ("Last year" is not a past here: it mostly dates a figure both
/// sentences give, "two-way trade totaling $33.4 billion last year" in
/// STS-B, not an earlier incident.)
pub const RELATIVE_COUNTS: &[&str] = &["a", "several", "few", "some", "many"];

/// Negations before "the first" that make a sentence speak of earlier
/// occasions ("This isn't the first time US intelligence has helped to foil
/// an attack", "the alert was not the first"): a claim about the past, not
/// about the event.
pub const NOT_FIRST: &[&str] = &["not", "isn't", "wasn't", "never"];

/// Words that make a bare month the next one, not an earlier one ("will be
/// held in March" in a December story).
pub const FUTURE_WORDS: &[&str] = &["will", "next", "due", "scheduled", "expected", "plans", "planned", "until", "by"];

/// First words of a sentence that continue the time of the one before it.
pub const CONTINUING_PRONOUNS: &[&str] = &["it", "this", "that", "they", "these", "those", "he", "she", "its", "their", "then"];

/// Openings that turn from an earlier time back to the event, so that a
/// sentence that opens with a pronoun of [`CONTINUING_PRONOUNS`] does not
/// continue the time of the one before it ("In February 2023, a train
/// derailed in East Palestine ..." / "This time, 32 cars derailed and about
/// 2,000 people were evacuated").
pub const BACK_TO_THE_PRESENT: &[&[&str]] = &[&["this", "time"], &["this", "week"], &["this", "year"]];

/// Openings that place a sentence in the year the sentence before it names
/// ("Tuesday's quake was the strongest since 2011." / "That year, a
/// magnitude 7.1 quake killed 200."): the sentence is anchored in the past
/// when that year is before the reference, whatever word stood before it.
pub const BACK_TO_THE_YEAR: &[&[&str]] = &[
    &["that", "year"],
    &["that", "same", "year"],
    &["the", "same", "year"],
    &["the", "following", "year"],
    &["the", "next", "year"],
    &["a", "year", "later"],
    &["the", "year", "before"],
];

/// Words before a weekday that place it in another week ("on a Sunday",
/// "that Monday", "the same Friday"): a day of another week, that leaves a
/// past anchor standing (see the module docs).
pub const OTHER_WEEK_BEFORE: &[&str] = &["a", "that", "the", "same", "every", "each"];

/// Words that open an earlier step of the story inside a sentence about a
/// later one ("was sentenced on Tuesday after being convicted of eight
/// counts", "following his conviction"): see [`shares_earlier_step`].
pub const EARLIER_STEP_WORDS: &[&str] = &["after", "following"];

/// Words skipped between [`EARLIER_STEP_WORDS`] and the step they open
/// ("after being convicted", "after having been found guilty",
/// "following his conviction").
pub const EARLIER_STEP_SKIP: &[&str] = &["being", "having", "been", "the", "a", "an", "his", "her", "their", "its"];

/// Endings of a word that names an action ("convicted", "pleading",
/// "conviction", "settlement"), the step after [`EARLIER_STEP_WORDS`].
pub const STEP_SUFFIXES: &[&str] = &["ed", "ing", "ion", "ment"];

/// Letters two words must share from their start to name one step
/// ("convicted" / "conviction": "convic").
pub const STEP_STEM_LETTERS: usize = 6;

/// Whether a sentence not anchored in the past (`now`) tells, after
/// "after" or "following", the step a sentence anchored in the past
/// (`past`) tells: "Harcourt was convicted in March on seven counts" (past
/// in a May story) / "Harcourt was sentenced on Tuesday after being
/// convicted of eight counts". Such a pair states one claim and may link;
/// "Putin thanked Trump after the tip helped foil an attack" / "In December
/// 2017, Mr Putin thanked Mr Trump for another warning" does not (the step
/// after "after", "tip", is not in the earlier sentence).
pub fn shares_earlier_step(now: &str, past: &str) -> bool {
    let now = words(now);
    // (most sentences have no such word: the past one is read only then)
    if !now.iter().any(|w| EARLIER_STEP_WORDS.contains(&w.lower.as_str())) {
        return false;
    }
    let past = words(past);
    let same = |a: &str, b: &str| {
        a == b || (a.len() >= STEP_STEM_LETTERS && b.len() >= STEP_STEM_LETTERS && a.as_bytes()[..STEP_STEM_LETTERS] == b.as_bytes()[..STEP_STEM_LETTERS])
    };
    now.iter().enumerate().filter(|(_, w)| EARLIER_STEP_WORDS.contains(&w.lower.as_str())).any(|(i, _)| {
        let skipped = now[i + 1..].iter().take_while(|w| EARLIER_STEP_SKIP.contains(&w.lower.as_str())).count();
        let Some(step) = now.get(i + 1 + skipped) else { return false };
        // an action: a participle after "being" or "having", or a word
        // of an action's shape ("convicted", "pleading", "conviction"),
        // not a thing ("after trawler sinks")
        let participle = now[i + 1..i + 1 + skipped].iter().any(|w| matches!(w.lower.as_str(), "being" | "having" | "been"));
        let action = participle || STEP_SUFFIXES.iter().any(|x| step.lower.len() > x.len() + 2 && step.lower.ends_with(x));
        action && past.iter().any(|p| same(&step.lower, &p.lower))
    })
}

/// The reference (year, month) of the cluster: the earliest of its
/// articles' dates (ISO), else none. The earliest, not each article's own:
/// a cluster may hold a later article that looks back on the event ("In
/// 2019, the plant exploded" in a 2024 story, beside the 2019 report), and
/// that must still link.
pub fn reference_date(dates: &[Option<String>]) -> Option<(i32, u32)> {
    let parse = |d: &Option<String>| -> Option<(i32, u32)> {
        let d = d.as_deref()?;
        Some((d.get(..4)?.parse().ok()?, d.get(5..7)?.parse().ok()?))
    };
    dates.iter().filter_map(parse).min()
}

/// The reference against which a sentence's counts are read as the
/// story's or an earlier incident's (the disagreements of
/// `super::disagree`): the cluster's [`reference_date`]; when no article is
/// dated, a year after every year a sentence can name, in its first month.
/// So in an undated cluster a sentence set in a year is about an earlier
/// time ("an earthquake in 2011 killed more than 600 people" counts no
/// dead of the quake the cluster reports; a story seldom names its own
/// year), and no bare month is. Links keep [`reference_date`]: there an
/// undated cluster's years anchor nothing.
pub fn count_reference(dates: &[Option<String>]) -> (i32, u32) {
    reference_date(dates).unwrap_or((LAST_YEAR + 1, 1))
}

/// Whether each unit (sentences in article order, as the aligner holds
/// them) is anchored in the past, against `reference` ([`reference_date`]
/// or [`count_reference`]).
pub fn past_anchored(units: &[Unit], reference: Option<(i32, u32)>) -> Vec<bool> {
    let mut out = Vec::with_capacity(units.len());
    for article in units.chunk_by(|a, b| a.article == b.article) {
        out.extend(past_anchors(article.iter().map(|u| u.text.as_str()), reference));
    }
    out
}

/// Whether each of an article's sentences (in order) is anchored in the
/// past, against the reference (year, month).
pub fn past_anchors<'a>(sentences: impl Iterator<Item = &'a str>, reference: Option<(i32, u32)>) -> Vec<bool> {
    let mut out: Vec<bool> = Vec::new();
    // the last year the sentence before named
    let mut last_year: Option<i32> = None;
    for text in sentences {
        let words = words(text);
        let own = states_past(&words, reference) && !tells_the_story_day(&words);
        let year_named = words.iter().rev().find_map(|w| as_year(&w.lower));
        let present = BACK_TO_THE_PRESENT.iter().any(|o| o.len() <= words.len() && o.iter().zip(&words).all(|(a, b)| *a == b.lower));
        let inherits = !own
            && !present
            && year_named.is_none()
            && words.first().is_some_and(|w| CONTINUING_PRONOUNS.contains(&w.lower.as_str()))
            && out.last().copied().unwrap_or(false);
        // "That year, ..." after a sentence naming an earlier year
        let back = !own
            && year_named.is_none()
            && BACK_TO_THE_YEAR.iter().any(|o| o.len() <= words.len() && o.iter().zip(&words).all(|(a, b)| *a == b.lower))
            && last_year.zip(reference).is_some_and(|(y, (refy, _))| y < refy);
        out.push(own || inherits || back);
        last_year = year_named;
    }
    out
}

/// Whether a sentence tells a day of the story's own week: a weekday
/// ("on Wednesday", "said Monday") or a day of `RELATIVE_DAYS` ("today",
/// "yesterday"). Its past anchor then tells of something the sentence
/// names, not its own time ("Temperatures reached 41.4C in Vesta on
/// Wednesday, breaking the national record set five years ago"; "was
/// sentenced on Tuesday after being convicted in March"). Not a weekday
/// after a word of [`OTHER_WEEK_BEFORE`] ("on a Sunday in 2015"), nor one
/// written with its date ("On Monday, March 4, 2019", "on Monday 4 March
/// 2019": the date tells the time).
fn tells_the_story_day(words: &[Word]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let day = WEEKDAYS.iter().any(|(d, _)| *d == w.lower) || RELATIVE_DAYS.iter().any(|(d, _)| *d == w.lower);
        let dated = words.get(i + 1).is_some_and(|n| month_number(&n.lower).is_some() || n.lower.bytes().all(|b| b.is_ascii_digit()));
        day && !dated && !(i > 0 && OTHER_WEEK_BEFORE.contains(&words[i - 1].lower.as_str()))
    })
}

/// A word of a sentence, lower-cased, and whether it was written with a capital.
struct Word {
    lower: String,
    capital: bool,
}

/// The words and numbers of `text` (letters, digits, apostrophes).
fn words(text: &str) -> Vec<Word> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| Word { lower: w.to_lowercase(), capital: w.chars().next().is_some_and(char::is_uppercase) })
        .collect()
}

/// The years a four-digit number is read as: 1900 to [`LAST_YEAR`].
const FIRST_YEAR: i32 = 1900;
/// See [`FIRST_YEAR`].
const LAST_YEAR: i32 = 2099;

fn as_year(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse::<i32>().ok())
        .flatten()
        .filter(|y| (FIRST_YEAR..=LAST_YEAR).contains(y))
}

/// The last year of a span written "YEAR-YY" or "YEAR/YEAR" (the word
/// after the year is `next`): the following year, when `next` names it.
fn span_end(year: i32, next: &str) -> Option<i32> {
    let end = year + 1;
    let matches = match next.len() {
        2 => next.parse::<i32>().ok() == Some(end % 100),
        4 => next.parse::<i32>().ok() == Some(end),
        _ => false,
    };
    matches.then_some(end)
}

fn month_number(w: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == w).map(|&(_, n)| n)
}

fn is_count(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit()) || NUMBER_WORDS.iter().any(|(n, _)| *n == w) || RELATIVE_COUNTS.contains(&w)
}

/// The sentence places itself before `reference` (its year; or an earlier
/// month of that year, "In October" in a December story), or in a relative
/// past.
fn states_past(words: &[Word], reference: Option<(i32, u32)>) -> bool {
    let w = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    let is_month = |w: &str| month_number(w).is_some();
    for i in 0..words.len() {
        // "two years ago", "a decade back"
        // (not a figure compared with then: "up 18 per cent from a year ago")
        if RELATIVE_UNITS.contains(&w(i))
            && i > 0
            && is_count(w(i - 1))
            && RELATIVE_PAST.contains(&w(i + 1))
            && !(i > 1 && COMPARED_WITH.contains(&w(i - 2)))
        {
            return true;
        }
        // "not the first time"
        if NOT_FIRST.contains(&w(i)) && w(i + 1) == "the" && w(i + 2) == "first" {
            return true;
        }
        let Some((refy, refm)) = reference else { continue };
        // "In October" (a month of the article's year before its own, no
        // day or year after it; written with a capital, so "in march" the
        // walk is not a month)
        if let Some(m) = month_number(w(i)) {
            let capital = words[i].capital;
            let bare = !w(i + 1).bytes().next().is_some_and(|b| b.is_ascii_digit());
            let future = words.iter().any(|x| FUTURE_WORDS.contains(&x.lower.as_str()));
            if capital && bare && !future && i > 0 && ANCHOR_PREPOSITIONS.contains(&w(i - 1)) && m < refm {
                return true;
            }
        }
        let Some(y) = as_year(w(i)) else { continue };
        // a season or span that reaches the reference ("in 2024-25",
        // "2024/2025" in a 2025 story) is about now
        if y >= refy || span_end(y, w(i + 1)).is_some_and(|end| end >= refy) {
            continue;
        }
        // what stands before the year: "in [the] YEAR", "in [the] MONTH
        // YEAR", "MONTH [DAY] YEAR" (a date), but not "since YEAR"
        let mut j = i;
        if j > 0 && w(j - 1).bytes().all(|b| b.is_ascii_digit()) && j > 1 && is_month(w(j - 2)) {
            return true; // "December 29, 2017"
        }
        if j > 0 && is_month(w(j - 1)) {
            j -= 1;
            if j == 0 || !matches!(w(j - 1), "since" | "from" | "than" | "until" | "by") {
                return true; // "December 2017", "in December 2017"
            }
            continue;
        }
        if j > 0 && w(j - 1) == "the" {
            j -= 1;
        }
        if j > 0 && ANCHOR_PREPOSITIONS.contains(&w(j - 1)) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, year: Option<i32>) -> bool {
        past_anchors(std::iter::once(text), year.map(|y| (y, 12)))[0]
    }

    #[test]
    fn sentences_about_an_earlier_time() {
        let y = Some(2019);
        for past in [
            "In December 2017, Mr Putin thanked Mr Trump for another warning.",
            "Two years ago, Washington warned Moscow about a planned bombing.",
            "Two years back, another timely alert from America foiled a bomb attack.",
            "Russia interfered in the 2016 presidential election.",
            "The bridge was closed on March 3, 2018 for repairs.",
            "A decade ago the port had flooded.",
            "The plan was first drawn up in May.",
            "Three months ago the council approved the plan.",
            "This isn't the first time that US intelligence has helped to foil a terrorist attack in Russia.",
            "The BBC says the latest alert from the Americans was not the first.",
        ] {
            assert!(one(past, y), "{past}");
        }
        for now in [
            "Putin thanked Trump for the warning on Sunday.",
            "It was the highest surge since 1987, the harbour authority said.",
            "Ellen DeGeneres will host the Oscars in 2020.",
            "The budget for 2019 was approved.",
            "Twelve people were taken to hospital.",
            "Revenue rose to $616.5 million from $610.6 million a year earlier.",
            "Trade between them totalled $33.4 billion last year.",
            "It posted an operating profit of SEK 4.5bn, up 18 per cent from a year ago.",
            "Sales were higher than two years ago.",
        ] {
            assert!(!one(now, y), "{now}");
        }
        // without a reference year only the words count
        assert!(!one("In December 2017, Mr Putin thanked Mr Trump.", None));
        assert!(one("Two years ago, Washington warned Moscow.", None));
    }

    /// A season that ends in the article's year is this one's: "in
    /// 2024-25" in an August 2025 story (the football transfer sample: it
    /// kept "scored 27 times for Porto in 2024-25" from "scored 27 goals
    /// ... last season").
    #[test]
    fn a_season_that_reaches_the_article_year_is_not_past() {
        let y = Some(2025);
        assert!(!one("The Portugal international scored 27 times for Porto in 2024-25.", y));
        assert!(!one("He was the league's top scorer in the 2024/2025 season.", y));
        assert!(one("He scored 12 times for Porto in 2022-23.", y));
        assert!(one("In 2024, he scored 12 times.", y));
    }

    #[test]
    fn a_pronoun_continues_the_time_of_the_sentence_before() {
        let s = [
            "There was a similar caution in December 2017.",
            "It was about a terrorist plot in St Petersburg.",
            "The Kremlin thanked the White House on Sunday.",
            "It said the plot was foiled.",
        ];
        assert_eq!(past_anchors(s.iter().copied(), Some((2019, 12))), vec![true, true, false, false]);
        // an earlier month of the article's year, and a pronoun after it
        let s = ["In October, the head of the FSB said contacts had intensified.", "He said then that the US provided information."];
        assert_eq!(past_anchors(s.iter().copied(), Some((2019, 12))), vec![true, true]);
        // "This time" turns back to the event
        let s = ["In February 2023, a train carrying vinyl chloride derailed in East Palestine.", "This time, 32 cars derailed.", "This was the third derailment."];
        assert_eq!(past_anchors(s.iter().copied(), Some((2026, 5))), vec![true, false, false]);
        // the article's own month, a later one (the future, or last year:
        // left alone), a day, and "in march" the walk
        for now in ["In December, the council met.", "Elections will be held in March.", "It opened in October 15 years ago.", "They took part in march after march."] {
            assert!(!past_anchors(std::iter::once(now), Some((2019, 12)))[0] || now.contains("years ago"), "{now}");
        }
    }

    #[test]
    fn that_year_is_the_year_the_sentence_before_names() {
        let s = [
            "Tuesday's magnitude 6.8 earthquake was the strongest to hit the country since 2011.",
            "That year, a magnitude 7.1 quake near Draven killed more than 200 people.",
            "The same year the port was rebuilt.",
            "That year will be remembered.",
        ];
        assert_eq!(past_anchors(s.iter().copied(), Some((2025, 6))), vec![false, true, false, false]);
        // the article's own year is no past
        let s = ["The budget for 2025 was approved on Monday.", "That year, taxes rose."];
        assert_eq!(past_anchors(s.iter().copied(), Some((2025, 6))), vec![false, false]);
        // without a reference, nothing
        let s = ["It was the strongest since 2011.", "That year, a quake killed 200."];
        assert_eq!(past_anchors(s.iter().copied(), None), vec![false, false]);
    }

    #[test]
    fn an_earlier_step_told_after_after() {
        let past = "Harcourt, 58, was convicted in March on seven counts of fraud.";
        assert!(shares_earlier_step("Simon Harcourt was sentenced on Tuesday after being convicted of eight counts of fraud.", past));
        assert!(shares_earlier_step("He was jailed following his conviction for fraud.", past));
        let past = "In December 2017, Mr Putin thanked Mr Trump for another warning.";
        assert!(!shares_earlier_step("Putin thanked Trump after the tip helped foil an attack.", past));
        assert!(!shares_earlier_step("Putin thanked Trump for the warning.", past));
        // a thing after "after" is no step
        let past = "Three years ago, the coastguard rescued 15 fishermen from a sinking trawler off Kirkby.";
        assert!(!shares_earlier_step("Coastguard rescues 23 fishermen after trawler sinks off Kirkby", past));
    }

    #[test]
    fn the_reference_is_the_clusters_earliest_date() {
        let dates = vec![Some("2019-12-30".to_string()), None, Some("2018-01-02".to_string())];
        assert_eq!(reference_date(&dates), Some((2018, 1)));
        let dates = vec![Some("2019-12-30".to_string()), None, Some("2019-12-29".to_string())];
        assert_eq!(reference_date(&dates), Some((2019, 12)));
        assert_eq!(reference_date(&[None, Some("not a date".to_string())]), None);
    }

    #[test]
    fn a_sentence_on_a_day_of_this_week_is_of_the_story() {
        let s = [
            "Temperatures reached 41.4C on Wednesday, breaking the national record set five years ago.",
            "The record was set five years ago.",
            "A blast on a Monday in 2015 killed 12 people.",
            "Harcourt was sentenced today after being convicted in 2024.",
            "On Monday, March 4, 2019, a blast killed 12 people.",
        ];
        assert_eq!(past_anchors(s.iter().copied(), Some((2026, 5))), vec![false, true, true, false, true]);
    }

    #[test]
    fn an_undated_cluster_reads_counts_set_in_a_year_as_earlier() {
        let s = [
            "A magnitude 6.8 earthquake killed at least 42 people on Wednesday.",
            "An earthquake in 2011 killed more than 600 people.",
            "In October, 12 people died in floods.",
        ];
        assert_eq!(past_anchors(s.iter().copied(), Some(count_reference(&[None, None]))), vec![false, true, false]);
        let dated = [Some("2011-03-01".to_string()), None];
        assert_eq!(count_reference(&dated), (2011, 3));
        assert_eq!(past_anchors(s.iter().copied(), Some(count_reference(&dated))), vec![false, false, false]);
    }
}
