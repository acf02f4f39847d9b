//! Disagreements: linked sentences that agree on the rest but differ on a
//! number, a date or a name.
//!
//! A pair is flagged only when the link is strong
//! ([`MIN_SCORE_FOR_DISAGREEMENT`]) and both sentences state a value of the
//! same kind with no value in common; formatting never counts (1,200 =
//! 1200, two = 2: values are compared by canonical key). A number, a name
//! or a day also has to fill the same slot as the other sentence's
//! ([`Value::slot`]: the terms around it): news sentences that tell the
//! same claim often name different places, count different things or date
//! different moments ("planned in St Petersburg" / "attacks in Russia",
//! "5 vessels" / "26 pirates", "charged on Saturday" / "opened fire on
//! Friday"), and those are not disagreements. Days are compared with days,
//! years with years ("March 3, 2024" / "March 4, 2024" differ), weekdays of
//! undated articles with weekdays. Measured on the ECB+ dev pairs the
//! aligner links (`scripts/eval_align.py`), this took the flags on
//! same-incident pairs from 73 names and 30 numbers to 4 and 1 (no dates
//! before or after), and on different-incident pairs (two events, where a
//! flag is right) from 22 names, 25 numbers and no dates to 8, 12 and 1;
//! the seeds went from 7 false name flags to none.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use super::lexicon::{
    ABOUT_TOLERANCE, BOUND_WORDS, CROWD_WORDS, CURRENCY_SIGNS, DEMONYM_SUFFIXES, FRACTION_PLURALS, FRACTION_WORDS, GLUED_MULTIPLIERS, PERSON_PLURAL_ENDINGS, REGIONS, CHANGE_AFTER, CHANGE_BEFORE, LOCAL_TIME, MEASURE_NARROWING, MULTIPLIERS,
    NAME_ARTICLES, NUMBER_WORDS, OPENING_AGE_NEXT, SHARE_AIM_KEYS, SHARE_DETERMINERS, SHARE_FORECAST_WORDS, SHARE_SUBJECTS, SHARE_SUBJECT_PLAIN, TEMPERATURE_SCALES,
    UNIT_FACTORS,
};
use super::normalize::{is_ordinal, Bound, Value};
use super::score::{date_group, rounding_step, units_convert};
use super::{Features, Unit};
use crate::model::{Difference, Disagreement};

/// Only links at least this strong are checked: weaker pairs may be two
/// different events.
pub const MIN_SCORE_FOR_DISAGREEMENT: f64 = 0.4;

/// Value kinds that are compared.
pub const KINDS: &[&str] = &["number", "date", "name"];

/// A place's name shorter than this is not read for its people's
/// adjective ("Dan" / "Danish"; `demonym_pair`, [`DEMONYM_SUFFIXES`]).
pub const MIN_DEMONYM_PLACE: usize = 4;

/// A sentence with more figures than this (a list: lottery numbers, a
/// table's row) is not read for a change against its two ends
/// ([`is_difference`]).
pub const MAX_FIGURES_FOR_DIFFERENCE: usize = 4;

/// Find disagreements among links `(a, b, score)`; each with its two units.
/// `parts`, when not empty, holds for each link the clause that decided
/// it, as (its unit, its features): that side's values are the clause's
/// (and, with no figure differing there, the whole sentences' figures
/// with the same words on both sides).
pub fn find(
    units: &[Unit],
    feats: &[&Features],
    links: &[(usize, usize, f64)],
    parts: &[Option<(usize, &Features)>],
    stated: &Stated,
) -> Vec<(usize, usize, Disagreement)> {
    find_parts(units, feats, links, parts, KINDS, stated)
}

/// The figures each article states anywhere, as sorted keys (not whole
/// numbers up to [`STATED_MIN_FIGURE`]: "three" recurs by chance), and the
/// names it states. An
/// estimate one article's sentence gives and the other article also states
/// is no difference between the two: "More than 100,000 people joined a
/// march ..., according to the unions" / "Around 40,000 people marched
/// ..., according to police figures", when the first article also says
/// "Police put the number at about 40,000": each reports an estimate the
/// other does not contradict (see [`figure_pairs`]).
pub struct Stated<'a> {
    per_article: Vec<Vec<&'a str>>,
    /// The figures themselves, by article (for [`Stated::states`]).
    figures: Vec<Vec<&'a Value>>,
    /// The keys of the names each article states, sorted (see
    /// [`Stated::names`]).
    names: Vec<Vec<&'a str>>,
}

/// Whole numbers up to this are left out of [`Stated`].
pub const STATED_MIN_FIGURE: f64 = 10.0;

/// Whether a figure's key is a whole number up to [`STATED_MIN_FIGURE`],
/// which recurs by chance ("three").
pub(crate) fn is_small_figure(key: &str) -> bool {
    key.parse::<f64>().is_ok_and(|v| v.fract() == 0.0 && (0.0..=STATED_MIN_FIGURE).contains(&v))
}

impl<'a> Stated<'a> {
    /// The figures of each article of `units` (`feats` by unit).
    pub fn new(units: &[Unit], feats: &[&'a Features]) -> Stated<'a> {
        let n = units.iter().map(|u| u.article + 1).max().unwrap_or(0);
        let mut per_article: Vec<Vec<&'a str>> = vec![Vec::new(); n];
        let mut names: Vec<Vec<&'a str>> = vec![Vec::new(); n];
        let mut figures: Vec<Vec<&'a Value>> = vec![Vec::new(); n];
        for (u, f) in units.iter().zip(feats) {
            per_article[u.article].extend(f.values.iter().filter(|v| v.kind == "number" && !is_small_figure(&v.key)).map(|v| &*v.key));
            figures[u.article].extend(f.values.iter().filter(|v| v.kind == "number" && !is_small_figure(&v.key)));
            names[u.article].extend(f.values.iter().filter(|v| v.kind == "name").map(|v| &*v.key));
        }
        for keys in per_article.iter_mut().chain(&mut names) {
            keys.sort_unstable();
            keys.dedup();
        }
        Stated { per_article, figures, names }
    }

    /// Whether article `article` names `key` anywhere, alone or as the
    /// last words of a longer name ("halme" in "viktor halme").
    pub fn names(&self, article: usize, key: &str) -> bool {
        self.names.get(article).is_some_and(|ks| {
            ks.binary_search(&key).is_ok() || ks.iter().any(|k| k.strip_suffix(key).is_some_and(|head| head.ends_with(' ')))
        })
    }

    /// Whether article `article` states the figure `key` anywhere.
    fn has(&self, article: usize, key: &str) -> bool {
        self.per_article.get(article).is_some_and(|k| k.binary_search(&key).is_ok())
    }

    /// Whether article `article` states figure `v` anywhere, as it is or
    /// more precisely ([`rounds_to`]: "54.2%" states "about 54 per cent").
    pub fn states(&self, article: usize, v: &Value) -> bool {
        self.has(article, &v.key) || self.figures.get(article).is_some_and(|fs| fs.iter().any(|w| rounds_to(w, v)))
    }
}

/// [`find`], comparing the value kinds `kinds` only, whole sentences.
pub fn find_kinds(
    units: &[Unit],
    feats: &[&Features],
    links: &[(usize, usize, f64)],
    kinds: &[&str],
    stated: &Stated,
) -> Vec<(usize, usize, Disagreement)> {
    find_parts(units, feats, links, &[], kinds, stated)
}

/// [`find_kinds`] with the clauses that decided links (see [`find`]).
fn find_parts<'a>(
    units: &[Unit],
    feats: &[&'a Features],
    links: &[(usize, usize, f64)],
    parts: &[Option<(usize, &'a Features)>],
    kinds: &[&str],
    stated: &Stated,
) -> Vec<(usize, usize, Disagreement)> {
    let mut out = Vec::new();
    for (l, &(a, b, s)) in links.iter().enumerate() {
        if s < MIN_SCORE_FOR_DISAGREEMENT {
            continue;
        }
        // each side's values: its sentence's, or the clause's that decided
        // the link
        let part = parts.get(l).copied().flatten();
        let values = |u: usize| match part {
            Some((p, fe)) if p == u => &fe.values,
            _ => &feats[u].values,
        };
        let (values_a, values_b) = (values(a), values(b));
        let mut diffs = differences(units, (a, b), (values_a, values_b), kinds, stated, false);
        // a link a clause decided: the other clause's figures too, where a
        // pair has the same words on both sides, the same two words after
        // it or the same name after it ("which ran for eight seasons and
        // earned her two Emmy Awards" / "She later won three Emmy Awards";
        // "Unity stands at 31 per cent, with the Social Democrats on 28 per
        // cent, ..." / "Unity now leads with 31%, ahead of the Social
        // Democrats on 26%, ...": read in its first clause; not "Twelve
        // people were taken to hospital" / "All 146 people on board got
        // out ..., and 14 were taken")
        if part.is_some() && !diffs.iter().any(|d| d.kind == "number") && kinds.contains(&"number") {
            diffs.extend(differences(units, (a, b), (&feats[a].values, &feats[b].values), &["number"], stated, true));
        }
        if !diffs.is_empty() {
            out.push((a, b, Disagreement { a: units[a].id.clone(), b: units[b].id.clone(), differences: diffs }));
        }
    }
    out
}

/// The differences between the values of linked units `a` and `b` (each
/// side's sentence or the clause that decided the link), by kind; with
/// `tight`, figures only, and only pairs with the same words on both sides,
/// the same two words after them or the same name after them (see
/// [`find_parts`]).
fn differences<'a>(
    units: &[Unit],
    (a, b): (usize, usize),
    (values_a, values_b): (&'a [Value], &'a [Value]),
    kinds: &[&str],
    stated: &Stated,
    tight: bool,
) -> Vec<Difference> {
    let mut diffs = Vec::new();
    // (a figure of a narrowed measure against a plain one: MEASURE_NARROWING)
    let narrowed = |u: usize| {
        let lower = units[u].text.to_lowercase();
        MEASURE_NARROWING.iter().any(|w| lower.match_indices(w).any(|(i, _)| i == 0 || !lower[..i].ends_with(char::is_alphanumeric)))
    };
    for kind in kinds {
        if !values_a.iter().any(|v| v.kind == *kind) || !values_b.iter().any(|v| v.kind == *kind) {
            continue;
        }
        // (read only for two sentences that both state figures: most links
        // are not)
        if *kind == "number" && narrowed(a) != narrowed(b) {
            continue;
        }
        let va: Vec<_> = values_a.iter().filter(|v| v.kind == *kind).collect();
        let vb: Vec<_> = values_b.iter().filter(|v| v.kind == *kind).collect();
        // the same words read differently are not a difference: a date
        // that both sentences write ("Friday" against two article
        // dates, "March 12 ... (0047 GMT on Friday)" / "at 00:47 GMT on
        // Friday") is left out on both sides
        let (va, vb) = if *kind == "date" {
            let sa: BTreeSet<String> = va.iter().map(|v| v.surface.to_lowercase()).collect();
            let sb: BTreeSet<String> = vb.iter().map(|v| v.surface.to_lowercase()).collect();
            let own = |vs: &[&'a Value], other: &BTreeSet<String>| -> Vec<&'a Value> {
                vs.iter().copied().filter(|v| !other.contains(&v.surface.to_lowercase())).collect()
            };
            (own(&va, &sb), own(&vb, &sa))
        } else if *kind == "name" {
            // a place and its people are one name ("Valdoria's
            // ambassador" / "The Valdorian ambassador"): left out on
            // both sides
            // (and a name's first word that is the other side's name is
            // one name told in full and short: "Halden Foods to buy" /
            // "Halden to acquire")
            let first_word = |v: &Value, o: &Value| v.given.as_ref().is_some_and(|g| *g == o.key) || o.given.as_ref().is_some_and(|g| *g == v.key);
            // (and a wide region against the name of a place may hold it:
            // "in Mediterranean shipwreck" / "in Lampedusa shipwreck";
            // REGIONS)
            // (a name of several words is keyed by its last, "Middle
            // East" by "east": read in the sentence, `lower`)
            // (its sentence `u` lower-cased, `lower`, only when a region
            // is asked for)
            let region = |v: &Value, u: usize, lower: &std::cell::OnceCell<String>| {
                REGIONS.iter().any(|r| {
                    *r == &*v.key
                        || (r.strip_suffix(&*v.key).is_some_and(|head| head.ends_with(' ')) && lower.get_or_init(|| units[u].text.to_lowercase()).contains(r))
                })
            };
            let lower = [std::cell::OnceCell::new(), std::cell::OnceCell::new()];
            let own = |vs: &[&'a Value], other: &[&'a Value], (mine, theirs): ((usize, usize), (usize, usize))| -> Vec<&'a Value> {
                vs.iter()
                    .copied()
                    .filter(|v| {
                        !other.iter().any(|o| {
                            demonym_pair(&v.key, &o.key)
                                || first_word(v, o)
                                || (region(v, mine.0, &lower[mine.1]) && !region(o, theirs.0, &lower[theirs.1]))
                        })
                    })
                    .collect()
            };
            (own(&va, &vb, ((a, 0), (b, 1))), own(&vb, &va, ((b, 1), (a, 0))))
        } else {
            // a figure for each of several ("exchanged 146 prisoners
            // each") is no total: not compared with a sentence that counts
            // no "each" ("Almost 300 prisoners were freed")
            let has_each = |u: usize| units[u].text.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case("each"));
            let own = |vs: Vec<&'a Value>, u: usize, other: usize| -> Vec<&'a Value> {
                if !has_each(u) || has_each(other) {
                    return vs;
                }
                let text = units[u].text.to_lowercase();
                vs.into_iter().filter(|v| !for_each(&text, &v.surface)).collect()
            };
            (own(va, a, b), own(vb, b, a))
        };
        if va.is_empty() || vb.is_empty() {
            continue;
        }
        // the distinct keys of each side, sorted
        let (mut ka, mut kb) = (sorted_keys(&va), sorted_keys(&vb));
        let mut apart: Vec<&str> = Vec::new();
        if *kind == "number" {
            // (a figure both state, but each of another thing, is no
            // figure in common: "stole eight pieces ... lasted just seven
            // minutes" / "which lasted eight minutes" differ on the
            // minutes; see `counts_another_thing`)
            apart = ka.iter().copied().filter(|k| kb.binary_search(k).is_ok() && counts_another_thing(k, &va, &vb)).collect();
            if !apart.is_empty() {
                ka.retain(|k| !apart.contains(k));
                kb.retain(|k| !apart.contains(k));
            }
        }
        let common = super::score::sorted_overlap(&ka, &kb);
        // exactly one value on each side that the other lacks
        let one_each = ka.len() - common == 1 && kb.len() - common == 1;
        // the pairs of values that differ, found once: to decide and
        // to show (figures counting the same thing, one person named
        // two ways)
        let mut pairs = match *kind {
            "number" if common < ka.len() + apart.len() && common < kb.len() + apart.len() => {
                let mut pairs = figure_pairs(&va, &kb, &vb, &ka, (units[a].article, units[b].article), stated);
                // (one figure stated by both is no difference, whatever
                // it counts on each side)
                pairs.retain(|(x, y)| x.key != y.key);
                pairs
            }
            "name" => {
                let mut pairs = one_person(&va, &kb, &vb, &ka);
                let spelt: Vec<_> = spelled_two_ways(&va, &kb, &vb, &ka).into_iter().filter(|p| !pairs.contains(p)).collect();
                pairs.extend(spelt);
                pairs
            }
            _ => Vec::new(),
        };
        if tight {
            // (or the same name after both: "earned her two Emmy Awards" /
            // "won three Emmy Awards"; a name both sentences state)
            let named = |key: &Option<Rc<str>>| {
                key.as_ref().is_some_and(|k| [values_a, values_b].iter().all(|vs| vs.iter().any(|v| v.kind == "name" && v.key == *k)))
            };
            // (or people counted in one role of PEOPLE_ROLES: "struck ... on
            // Tuesday, killing 12 people" / "At least 15 people were killed
            // after ... struck")
            let one_role = |(x, y): &(&Value, &Value)| people_role(x).is_some() && people_role(x) == people_role(y);
            // (or the same name in the word or two before both, what they
            // count the same: "while Nordbank fell 6.5%" / "and Nordbank
            // down 5.6%")
            let name_before = |(x, y): &(&Value, &Value)| {
                x.slot.1.is_some() && x.slot.1 == y.slot.1 && [&x.slot.0, &x.prev].into_iter().any(|k| named(k) && (*k == y.slot.0 || *k == y.prev))
            };
            pairs.retain(|p| {
                same_words_both_sides(p)
                    || same_two_words_after(p)
                    || (p.0.slot.1 == p.1.slot.1 && named(&p.0.slot.1))
                    || one_role(p)
                    || name_before(p)
            });
        }
        // (a score the game stood at, "saved two match points at 5-6", is
        // not a result, "won the tiebreak 7-5": compared only with another)
        pairs.retain(|(x, y)| {
            !(is_score(&x.key) && is_score(&y.key) && running_score(&units[a].text, &x.surface) != running_score(&units[b].text, &y.surface))
        });
        // (and a score against a plain figure says nothing: "beat the
        // world No 1" / "a 6-4, 3-6, 7-6 victory")
        pairs.retain(|(x, y)| is_score(&x.key) == is_score(&y.key));
        // (for dates: the kinds of date that differ, score::date_group's bits)
        let mut date_groups: Vec<u8> = Vec::new();
        let differs = if *kind == "number" {
            // a figure on each side that the other lacks ("12 killed"
            // against "15 killed", with the magnitude shared): neither
            // set of keys inside the other, and two of those figures
            // counting the same thing
            // (not a figure the other article states elsewhere)
            !pairs.is_empty()
        } else if *kind == "name" {
            // exactly one name on each side that the other lacks, the
            // two in the same slot. (Until 2026-12-04 one name in common
            // was also asked for, "Jackson" against "Williams" only
            // where both are about the same team; with the slot rule,
            // dropping it flags no more ECB+ pairs and lets "taken to St
            // Mary's Hospital" / "taken to City Hospital" differ.)
            // Or one person named two ways among other names ("Yuki
            // Tanabe of Kyoto University" / "Yuki Tanaka"), shown alone.
            // A quotation told with two speakers is one too ('"This is
            // a dark day for our city," police chief Anders Lie said' /
            // '... Mayor Kristin Ek said').
            (one_each && (same_slot(&va, &kb, &vb, &ka, false) || super::quote::same_quotation(&units[a].text, &units[b].text)))
                || !pairs.is_empty()
        } else {
            // days against days, years against years, weekdays (of an
            // undated article) against weekdays: "March 3, 2024" and
            // "March 4, 2024" differ though both say 2024; "March 3" and
            // "in 2024" do not
            // (a value's date is a day, a weekday not placed on a day
            // or a year: score::date_group's bits 1, 2 and 8)
            date_groups = [1u8, 2, 8].into_iter().filter(|&g| {
                let x: Vec<&str> = ka.iter().copied().filter(|k| date_group(k) == g).collect();
                let y: Vec<&str> = kb.iter().copied().filter(|k| date_group(k) == g).collect();
                let in_group: Vec<&Value> = va.iter().copied().filter(|v| date_group(&v.key) == g).collect();
                let in_group_b: Vec<&Value> = vb.iter().copied().filter(|v| date_group(&v.key) == g).collect();
                !x.is_empty()
                    && !y.is_empty()
                    && super::score::sorted_overlap(&x, &y) == 0
                    // a day or a weekday in the same slot (a year stands
                    // alone: two years in one claim differ)
                    && (g == 8
                        || same_slot(&in_group, &y, &in_group_b, &x, false)
                        || crossed_slot(&in_group, &y, &in_group_b, &x))
            }).collect();
            !date_groups.is_empty()
        };
        // figures in two units of a quantity that do not convert ("12
        // km" / "12 miles" from the coast, "winds of 120 mph" / "of 210
        // km/h"), after the same word: each counts its own unit, so no
        // pair above holds them, yet the measure differs
        if *kind == "number" && !differs {
            if let Some((x, y)) = va.iter().flat_map(|x| vb.iter().map(move |y| (*x, *y))).find(|(x, y)| units_differ(x, y)) {
                let (ua, ub) = (with_unit(&units[a].text, x), with_unit(&units[b].text, y));
                diffs.push(Difference { kind: (*kind).to_string(), a: ua.clone(), b: ub.clone(), a_key: ua, b_key: ub });
                continue;
            }
        }
        // one person's given name spelt two ways, the family name the
        // same ("Katarina Holm" / "Katharina Holm"): shown with both names
        if *kind == "name" && !differs {
            if let Some((x, y)) = va.iter().flat_map(|x| vb.iter().map(move |y| (*x, *y))).find(|(x, y)| given_spelt_two_ways(x, y)) {
                let (na, nb) = (with_given(&units[a].text, x), with_given(&units[b].text, y));
                diffs.push(Difference { kind: (*kind).to_string(), a: na.clone(), b: nb.clone(), a_key: na, b_key: nb });
                continue;
            }
        }
        if differs {
            // each side's values the other lacks, once each: as written, and their keys
            let lacking = |vs: &[&Value], other: &[&str], text: &str| -> (String, String) {
                let mut seen = BTreeSet::new();
                let own: Vec<&Value> =
                    vs.iter().copied().filter(|v| other.binary_search(&&*v.key).is_err() && seen.insert(&*v.key)).collect();
                let shown: Vec<String> = own.iter().map(|v| written(text, v)).collect();
                let keys: Vec<&str> = own.iter().map(|v| &*v.key).collect();
                (shown.join(", "), keys.join(", "))
            };
            // numbers: only the figures that count the same thing
            // ("14 people" / "12 people", not the "200" passengers)
            let (va, vb) = if *kind == "number" {
                let in_a: Vec<&Value> = va.iter().copied().filter(|v| pairs.iter().any(|p| std::ptr::eq(p.0, *v))).collect();
                let in_b: Vec<&Value> = vb.iter().copied().filter(|v| pairs.iter().any(|p| std::ptr::eq(p.1, *v))).collect();
                (in_a, in_b)
            } else if *kind == "name" && !one_each {
                (pairs.iter().map(|p| p.0).collect(), pairs.iter().map(|p| p.1).collect())
            } else if *kind == "date" {
                // dates: those of the kinds that differ (the days, not
                // "since June" beside them)
                let of_groups = |vs: &[&'a Value]| -> Vec<&'a Value> {
                    vs.iter().copied().filter(|v| date_groups.contains(&date_group(&v.key))).collect()
                };
                let (ga, gb) = (of_groups(&va), of_groups(&vb));
                // (of days in one slot, those alone: "died Sunday at her
                // home ..., her publicist said in a statement on Monday" /
                // "died on Saturday at her home" is Sunday / Saturday)
                let day = |vs: &[&'a Value]| -> Vec<&'a Value> { vs.iter().copied().filter(|v| date_group(&v.key) == 1).collect() };
                let (da, db) = (day(&ga), day(&gb));
                let paired = slot_pairs(&da, &sorted_keys(&db), &db, &sorted_keys(&da), false);
                if paired.is_empty() {
                    (ga, gb)
                } else {
                    let keep = |vs: &[&'a Value], first: bool| -> Vec<&'a Value> {
                        let in_pair = |v: &Value| paired.iter().any(|&(x, y)| std::ptr::eq(if first { x } else { y }, v));
                        vs.iter().copied().filter(|v| date_group(&v.key) != 1 || in_pair(v)).collect()
                    };
                    (keep(&ga, true), keep(&gb, false))
                }
            } else {
                (va, vb)
            };
            let (a_text, a_key) = lacking(&va, &kb, &units[a].text);
            let (b_text, b_key) = lacking(&vb, &ka, &units[b].text);
            diffs.push(Difference { kind: (*kind).to_string(), a: a_text, b: b_text, a_key, b_key });
        }
    }
    diffs
}

/// Ages told of one person in two articles that differ, wherever the
/// sentences stand: an age set off right after a name ("Jurors found
/// Dunmore, 58, guilty" / "Dunmore, 57, showed no emotion as the verdicts
/// were read") is the person's in the whole article, and the two sentences
/// are seldom one claim. One pair per sentence (the first article pair
/// that differs), and not where an article gives one name two ages (two
/// people of one family name) or the two names have two given names
/// ("Erik Dunmore, 58" / "Claire Dunmore, 55"; `two_given_names`); an age
/// written before a name with its given name counts too ("the
/// 36-year-old Duncan Rait", [`is_age_before_name`]), and so does one that
/// opens a sentence, as the age of the person the sentence before names
/// first ("Anders Holm has stepped down ... The 53-year-old insisted";
/// `opening_age_owner`). Ages are whole
/// numbers from 1 to [`MAX_AGE`]; a family name is read without its
/// article ("Al-Rashid, 44" / "Rashid, 45": [`NAME_ARTICLES`]).
pub fn ages_apart(units: &[Unit], feats: &[&Features]) -> Vec<(usize, usize, Disagreement)> {
    // (an age's key, its person's given name, its sentence; None: two
    // ages in one article)
    type Age<'a> = (&'a str, Option<&'a str>, usize);
    type Told<'a> = Option<Age<'a>>;
    // the given names each article gives each family name (by its term's
    // key, as an age's slot holds it)
    let mut givens: BTreeMap<(String, usize), BTreeSet<&str>> = BTreeMap::new();
    let mut ages = false;
    for (u, unit) in units.iter().enumerate() {
        for v in &feats[u].values {
            ages |= is_apposed_age(v) || is_age_before_name(v);
            if let (Some(g), "name") = (v.given.as_deref(), v.kind) {
                givens.entry((family_name(v), unit.article)).or_default().insert(g);
            }
        }
    }
    if !ages {
        return Vec::new();
    }
    // the age each article tells after each family name
    let mut told: BTreeMap<(String, usize), Told> = BTreeMap::new();
    let old = super::normalize::Normalizer::shared().word_key("old");
    for (u, unit) in units.iter().enumerate() {
        for v in feats[u].values.iter().filter(|v| is_apposed_age(v) || is_age_before_name(v)) {
            // (the name: the one whose next term is the age, after its
            // comma, "Dunmore, 58,"; or, for "the 36-year-old Duncan Rait",
            // the one name with a given name right after "-year-old")
            // (or the name an apposition "the 19-year-old" follows:
            // "Gauff, the 19-year-old American, had beaten"; or a family
            // name alone right after "-year-old", "The 19-year-old Gauff",
            // when the article gives it a given name elsewhere: not "The
            // 22-year-old Swede")
            let bare = || bare_name_after_age(&feats[u].values, &old).filter(|n| givens.contains_key(&(family_name(n), unit.article)));
            let Some(named) = age_owner(&feats[u].values, v, &old)
                .or_else(|| apposition_age_owner(&unit.text, &feats[u].values, v))
                .or_else(bare)
                .or_else(|| opening_age_owner(units, feats, u, v))
            else {
                continue;
            };
            let name = family_name(named);
            // (its given name, or else the one the article gives that
            // family name, when it gives one; with several, the age is not
            // read)
            let given = match (named.given.as_deref(), givens.get(&(name.clone(), unit.article))) {
                (Some(g), _) => Some(g),
                (None, None) => None,
                (None, Some(gs)) if gs.len() == 1 => gs.first().copied(),
                (None, Some(_)) => continue,
            };
            let entry = told.entry((name, unit.article)).or_insert(Some((&*v.key, given, u)));
            if entry.is_some_and(|(k, g, _)| k != &*v.key || two_given_names(g, given)) {
                *entry = None;
            }
        }
    }
    let mut by_name: BTreeMap<String, Vec<Age>> = BTreeMap::new();
    for ((name, _), t) in told {
        if let Some(t) = t {
            by_name.entry(name).or_default().push(t);
        }
    }
    let mut out = Vec::new();
    for list in by_name.values() {
        let mut shown = vec![false; list.len()];
        for i in 0..list.len() {
            for j in i + 1..list.len() {
                let ((ka, ga, a), (kb, gb, b)) = (list[i], list[j]);
                if (shown[i] && shown[j]) || ka == kb || two_given_names(ga, gb) {
                    continue;
                }
                shown[i] = true;
                shown[j] = true;
                let d = Difference { kind: "number".to_string(), a: ka.to_string(), b: kb.to_string(), a_key: ka.to_string(), b_key: kb.to_string() };
                out.push((a, b, Disagreement { a: units[a].id.clone(), b: units[b].id.clone(), differences: vec![d] }));
            }
        }
    }
    out
}

/// Counts of people in one role (and match results: `SCORE_ROLE`) that
/// differ between two articles that tell one story, wherever the
/// sentences stand: "Three people were killed
/// and 43 were injured, police said" / "..., killing three people and
/// injuring 41, the national rail operator said" share too few words to be
/// linked, yet a reader wants the 43 / 41 shown. A count is an article's
/// when it is the only one it gives in that role ([`PEOPLE_ROLES`] by
/// `people_role`: killed, injured, arrested, ...): an article that counts
/// the killed twice ("three were killed", "the crash that killed 12 in
/// 2015") tells no one toll, and a sentence about an earlier incident
/// (`earlier[u]`) counts no one of the story. `story(x, y)` says whether
/// articles `x` and `y` tell one story (the caller's test: they share
/// links). Counts whose bounds allow each other ("at least 40" / "43")
/// agree. Not compared: counts of two groups named in two words ("12
/// miners" / "350 rescuers", or two articles whose counts in the role name
/// no group in common: "Three soldiers were killed" / "Twelve civilians
/// were killed"), and a figure the other article states in no role ("Three
/// were killed" / "..., along with three soldiers"). One pair per article
/// pair and role.
pub fn counts_apart(
    units: &[Unit],
    feats: &[&Features],
    earlier: &[bool],
    story: &dyn Fn(usize, usize) -> bool,
) -> Vec<(usize, usize, Disagreement)> {
    // the one count each article gives each role, as (value, sentence);
    // None: two counts
    let mut told: BTreeMap<(usize, usize), Option<Told>> = BTreeMap::new();
    // the figures that may count people in a role, as (article, role, key)
    let mut loose: Vec<(usize, usize, &str)> = Vec::new();
    // what each article's counts in a role count, where a word says
    // (`counted_noun`: "Three soldiers were killed"), by (article, role)
    let mut nouns: BTreeMap<(usize, usize), BTreeSet<&str>> = BTreeMap::new();
    // the figures each article states in no role ("along with three
    // soldiers"), as (article, key)
    let mut unroled: BTreeSet<(usize, &str)> = BTreeSet::new();
    let n = super::normalize::Normalizer::shared();
    let share_keys: Vec<Rc<str>> = SHARE_SUBJECTS.iter().map(|w| n.word_key(w)).collect();
    let plain_keys: Vec<Rc<str>> = SHARE_SUBJECT_PLAIN.iter().map(|w| n.word_key(w)).collect();
    for (u, unit) in of_the_story(units, earlier) {
        let lower = unit.text.to_lowercase();
        for v in feats[u].values.iter().filter(|v| v.kind == "number" && v.zone == 0) {
            // (nor a figure of the year a clause after "when" tells: "the
            // deadliest in the city since 2017, when a bombing killed 40
            // people")
            if of_a_years_clause(&lower, &v.surface) {
                continue;
            }
            // (a sum of money only as what something is worth, a role per
            // currency: "jewels valued at about 8 million euros" / "The
            // jewels are worth around 6 million euros")
            if v.currency != 0 {
                let worth = |w: &Option<Rc<str>>| w.as_deref().is_some_and(|w| n.is_worth_word(w));
                if worth(&v.slot.0) || worth(&v.prev) {
                    tell(&mut told, (unit.article, WORTH_ROLE - usize::from(v.currency)), v, u);
                }
                continue;
            }
            // (a share right after its subject, a role per subject:
            // "Turnout was 67%" / "Turnout rose to 69 per cent",
            // SHARE_SUBJECTS)
            if v.slot.1.as_deref() == Some("percent") {
                let subject = |w: &Option<Rc<str>>| w.as_deref().and_then(|w| share_keys.iter().position(|k| &**k == w));
                // (the subject alone or with a word of SHARE_SUBJECT_PLAIN
                // before it: not "Core inflation was 4.2%" / "Inflation
                // was 6.1%", two shares)
                let plain = v.prev.as_deref().is_none_or(|w| plain_keys.iter().any(|k| &**k == w));
                // (nor a forecast: "The bank expects inflation to fall to
                // 3% next year" / "Inflation was 6.1%", SHARE_FORECAST_WORDS)
                let forecast = || {
                    v.slot.0.as_deref().is_some_and(|w| SHARE_AIM_KEYS.contains(&w))
                        || lower.split(|c: char| !c.is_alphanumeric()).any(|w| SHARE_FORECAST_WORDS.contains(&w))
                };
                // (and a subject a word before the share, "Wages rose
                // 3.8%", read with the word before it in the text: not
                // "Real wages fell 1.2%")
                let plain_before = |i: usize| plain_word_before(&unit.text, &lower, &v.surface, &share_keys[i], &plain_keys);
                let filed = subject(&v.slot.0).filter(|_| plain).or_else(|| subject(&v.prev).filter(|&i| plain_before(i))).filter(|_| !forecast());
                if let Some(i) = filed {
                    tell(&mut told, (unit.article, SHARE_ROLE - i), v, u);
                }
                continue;
            }
            // (where the figure is written)
            let at = lower.find(&*v.surface);
            // (not a part of a group: "Four of the injured were in a
            // critical condition")
            if part_of(&lower, v) {
                continue;
            }
            // (a match's result is counted as a role of its own: the one
            // score an article gives, "won 2-1" / "lost 3-1 to Harbour
            // City", not a score the game stood at, "level at 1-1")
            // (nor an idiom read as a tally: "a one-to-one approach")
            let idiom = v.surface.contains("-to-") && v.key.split_once('-').is_some_and(|(p, q)| p == q);
            let result = (is_score(&v.key) && !idiom && !running_score(&lower, &v.surface)).then_some(SCORE_ROLE);
            match result.or_else(|| people_role(v)) {
                Some(role) => {
                    if let (None, Some(w)) = (result, counted_noun(v)) {
                        nouns.entry((unit.article, role)).or_default().insert(w);
                    }
                    tell(&mut told, (unit.article, role), v, u)
                }
                // (a figure of something else that may count people in a
                // role, "At least 12 pilgrims died": another count of the
                // role, so the article tells no one count)
                None => {
                    // (not a count of things, "burst its banks in three
                    // places": no people; `counts_things`)
                    if !at.is_some_and(|i| counts_things(&lower[i + v.surface.len()..])) {
                        unroled.insert((unit.article, &*v.key));
                    }
                    // (the word before only right before it: not "three"
                    // in "Fourteen people were detained and three police
                    // officers were hurt")
                    let before = at.map(|i| lower[..i].trim_end());
                    let last = before.and_then(|b| b.rsplit(' ').next()).filter(|w| w.ends_with(|c: char| c.is_alphanumeric()));
                    let adjacent = last.is_some_and(|w| v.slot.0.as_deref() == Some(&*n.word_key(w)));
                    // (not a measure: "had been stuck 1,300 feet
                    // underground" counts no one trapped)
                    let measure = super::score::measure_class(v).is_some();
                    if let Some(role) = any_role(v, adjacent).filter(|_| !measure) {
                        if let Some(entry) = told.get_mut(&(unit.article, role)) {
                            if entry.is_some_and(|(w, _)| w.key != v.key) {
                                *entry = None;
                            }
                        } else {
                            loose.push((unit.article, role, &*v.key));
                        }
                    }
                }
            }
        }
    }
    for (article, role, key) in loose {
        if let Some(entry) = told.get_mut(&(article, role)) {
            if entry.is_some_and(|(w, _)| &*w.key != key) {
                *entry = None;
            }
        }
    }
    let aboard = n.people_role(&n.word_key("aboard"));
    pairs_apart(units, told_once(told, |&(_, role)| role), |(va, a), (vb, b)| {
        if va.key == vb.key || bounds_agree(va, vb) || reversed(&va.key, &vb.key) {
            return None;
        }
        // (one group of several against a count in other words: "214
        // passengers and eight crew" / "the 222 people on board"; but not
        // where both count one role and no other figure of either sentence
        // counts people, the other group named only: "Nineteen people have
        // been admitted to hospital, and a two-year-old girl died" /
        // "Twenty-one patients have needed hospital treatment"; not those
        // on board, whom "people" counts with the crew and "passengers"
        // without: "a passenger jet with 186 people on board" / "carrying
        // 180 passengers")
        let counted_beside = |u: usize, v: &Value| {
            feats[u].values.iter().any(|w| {
                w.kind == "number" && w.key != v.key && w.slot.1.as_deref().is_some_and(|x| n.is_headcount(x) || n.is_group_word(x))
            })
        };
        let role = people_role(va);
        let one_role = role.is_some()
            && role == people_role(vb)
            && role != aboard
            && !counted_beside(a, va)
            && !counted_beside(b, vb);
        if (va.one_group || vb.one_group) && va.slot.1 != vb.slot.1 && !one_role || !story(units[a].article, units[b].article) {
            return None;
        }
        // (of people only: not a match's result, a sum or a share)
        let people = !is_score(&va.key) && va.currency == 0 && va.slot.1.as_deref() != Some("percent");
        if people {
            let (xa, xb) = (units[a].article, units[b].article);
            // (two groups named in two words: "12 miners" / "350
            // rescuers"; or by the articles' other counts in that role:
            // "Three soldiers were killed" / "Twelve civilians were
            // killed", and then "Three killed" / "Twelve civilians")
            let role = people_role(va);
            let named = |x: usize| role.and_then(|r| nouns.get(&(x, r)));
            // (and a group named in its own word only against people told
            // plainly: "Thirteen miners trapped" / "All 12 men trapped",
            // "Three were hospitalised"; not "300 flights were cut" / "will
            // cut 500 jobs", GENERIC_PEOPLE)
            let plain = |v: &Value| v.slot.1.as_deref().is_none_or(|w| GENERIC_PEOPLE.contains(&w) || n.people_role(w).is_some());
            let one_named = match (counted_noun(va), counted_noun(vb)) {
                (Some(x), Some(y)) => x != y,
                (Some(_), None) => !plain(vb),
                (None, Some(_)) => !plain(va),
                (None, None) => false,
            };
            if one_named || named(xa).zip(named(xb)).is_some_and(|(p, q)| p.is_disjoint(q)) {
                return None;
            }
            // (nor a figure the other article states in no role: "Three
            // were killed" / "Twelve civilians were killed ..., along with
            // three soldiers")
            if unroled.contains(&(xb, &*va.key)) || unroled.contains(&(xa, &*vb.key)) {
                return None;
            }
        }
        let (sa, sb) = (written(&units[a].text, va), written(&units[b].text, vb));
        Some(Difference { kind: "number".to_string(), a: sa, b: sb, a_key: va.key.to_string(), b_key: vb.key.to_string() })
    })
}

/// Whether figure `surface` stands in `lower` (a sentence, lower-cased)
/// after a year and ", when": a figure of that year, not of the story ("the
/// deadliest in the city since 2017, when a bombing killed 40 people").
fn of_a_years_clause(lower: &str, surface: &str) -> bool {
    let Some(at) = lower.find(surface) else { return false };
    lower[..at].match_indices(", when ").any(|(i, _)| {
        let b = lower[..i].trim_end().as_bytes();
        let n = b.len();
        n >= 4
            && b[n - 4..].iter().all(u8::is_ascii_digit)
            && (n == 4 || !b[n - 5].is_ascii_digit())
            && matches!(&b[n - 4..n - 2], b"19" | b"20")
    })
}

/// Whether the word written before the subject of a share (its key
/// `subject`; the nearest word before figure `surface` in `text`, `lower`
/// lower-cased, that reads as it) leaves it the story's share: none, a word of
/// `SHARE_SUBJECT_PLAIN` (`plain`), a determiner of `SHARE_DETERMINERS`,
/// a possessive or a name ("Average hourly wages", "The jobless rate", "Norland's
/// unemployment rate"); not another word ("Real wages fell 1.2%", "Youth
/// unemployment"). A subject not found as one word is left plain.
fn plain_word_before(text: &str, lower: &str, surface: &str, subject: &str, plain: &[Rc<str>]) -> bool {
    let n = super::normalize::Normalizer::shared();
    let Some(at) = lower.find(surface) else { return true };
    let Some(head) = text.get(..at) else { return true };
    let words: Vec<&str> = head.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')).collect();
    let Some(k) = words.iter().rposition(|w| &*n.word_key(&w.to_lowercase()) == subject) else { return true };
    let Some(before) = k.checked_sub(1).map(|j| words[j]) else { return true };
    let lower = before.to_lowercase();
    let name = before.chars().next().is_some_and(char::is_uppercase) && k > 1;
    lower.ends_with("'s") || lower.ends_with("’s") || name || SHARE_DETERMINERS.contains(&lower.as_str()) || plain.iter().any(|p| *p == n.word_key(&lower))
}

/// See [`days_apart`]: how many words before a day an event word of
/// `lexicon::EVENT_DAY_WORDS` may stand, in the day's phrase ("died at her
/// home on Saturday": five; "was arrested at a friend's flat in Halvik on
/// Tuesday": eight).
pub const EVENT_WORD_REACH: usize = 8;

/// The key of the event word nearest before day `surface` in `lower` (a
/// sentence, lower-cased), at most [`EVENT_WORD_REACH`] words before it and
/// no punctuation between.
fn event_word_before(lower: &str, surface: &str) -> Option<Rc<str>> {
    let n = super::normalize::Normalizer::shared();
    let at = lower.find(surface)?;
    let phrase = lower[..at].rsplit([',', ';', ':', '.', '(', ')', '"', '–', '—']).next().unwrap_or("");
    phrase.split_whitespace().rev().take(EVENT_WORD_REACH).map(|w| n.word_key(w)).find(|k| n.is_event_day_word(k))
}

/// See [`days_apart`]: the fewest terms two sentences share (the event's
/// word among them) for their days of that event to be compared.
pub const MIN_DAY_SHARED_TERMS: usize = 3;

/// See [`things_apart`]: the fewest terms two sentences share for their
/// counts of one thing to be compared: the thing and what happened to it
/// ("destroying about 300 homes" / "Around 250 homes were destroyed").
pub const MIN_THING_SHARED_TERMS: usize = 2;

/// The keys of the words that count people and nothing else ([`counts_apart`]:
/// a count of a group named in its own word, "Thirteen miners", is compared
/// with a count of these, "All 12 men", not with one of jobs or seats).
const GENERIC_PEOPLE: &[&str] = &["peopl", "person", "men", "women"];

/// A value an article tells, and its sentence.
type Told<'a> = (&'a Value, usize);

/// Files value `v` of sentence `u` under `key` (an article and what the
/// value tells): the value, until the article tells another under that key
/// (then None: the article tells no one value of it).
fn tell<'a, K: Ord>(told: &mut BTreeMap<K, Option<Told<'a>>>, key: K, v: &'a Value, u: usize) {
    let entry = told.entry(key).or_insert(Some((v, u)));
    if entry.is_some_and(|(w, _)| w.key != v.key) {
        *entry = None;
    } else if entry.is_some_and(|(w, _)| w.bound == Bound::None && v.bound == Bound::About) {
        // (the value told once plainly and once as an estimate is the
        // estimate: "Nordhaven lays off 2,000" over "laying off around
        // 2,000 employees" agrees with "approximately 1,800 positions")
        *entry = Some((v, u));
    }
}

/// The values `told` once, grouped by `what` of their key (what they
/// tell, without the article), in key order.
fn told_once<'a, K: Ord, G: Ord>(told: BTreeMap<K, Option<Told<'a>>>, what: impl Fn(&K) -> G) -> BTreeMap<G, Vec<Told<'a>>> {
    let mut out: BTreeMap<G, Vec<Told<'a>>> = BTreeMap::new();
    for (k, t) in told {
        if let Some(t) = t {
            out.entry(what(&k)).or_default().push(t);
        }
    }
    out
}

/// Each pair of values told once in two articles, within each group of
/// `groups`, that `differ` reads as a difference: one disagreement each.
fn pairs_apart<'a, G>(
    units: &[Unit],
    groups: BTreeMap<G, Vec<Told<'a>>>,
    differ: impl Fn(Told<'a>, Told<'a>) -> Option<Difference>,
) -> Vec<(usize, usize, Disagreement)> {
    let mut out = Vec::new();
    for list in groups.values() {
        for (i, &x) in list.iter().enumerate() {
            for &y in &list[i + 1..] {
                if let Some(d) = differ(x, y) {
                    let (a, b) = (x.1, y.1);
                    out.push((a, b, Disagreement { a: units[a].id.clone(), b: units[b].id.clone(), differences: vec![d] }));
                }
            }
        }
    }
    out
}

/// The sentences of `units` with their index, but those about an earlier
/// incident (`earlier[u]`: they count nothing of the story).
fn of_the_story<'u>(units: &'u [Unit], earlier: &'u [bool]) -> impl Iterator<Item = (usize, &'u Unit)> + 'u {
    units.iter().enumerate().filter(|&(u, _)| !earlier.get(u).copied().unwrap_or(false))
}

/// Value `v` as sentence `text` writes it, with its currency's sign or
/// name and its qualifier ("estimated €8m", "at least 45").
fn written(text: &str, v: &Value) -> String {
    with_qualifier(text, with_sign_after(text, with_sign(text, as_written(text, &v.surface), v.currency), v.currency), v.bound)
}

/// Whether the word that opens `rest` (a lower-cased sentence's text
/// right after a figure) is a plural of things, not of people: a word
/// ending in "s", not in an ending of [`PERSON_PLURAL_ENDINGS`] ("three
/// places", "two cars"; not "three soldiers", "two residents"), and
/// neither a word of `HEADCOUNT_WORDS` nor of `PERSON_GROUP_WORDS`.
fn counts_things(rest: &str) -> bool {
    let n = super::normalize::Normalizer::shared();
    let word = rest.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if word.len() <= 3 || !word.ends_with('s') || PERSON_PLURAL_ENDINGS.iter().any(|e| word.ends_with(e)) {
        return false;
    }
    let key = n.word_key(word);
    !n.is_headcount(&key) && !n.is_group_word(&key)
}

/// The second word after figure `v` in `lower` (its sentence,
/// lower-cased): the word right after what it counts ("three seats
/// short": "short").
fn after_thing<'l>(lower: &'l str, v: &Value) -> Option<&'l str> {
    let at = lower.find(&*v.surface)? + v.surface.len();
    lower[at..].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).nth(1)
}

/// Whether figure `v` is written right before " of " in `lower` (the
/// sentence, lower-cased): a part of a group or a whole ("Four of the
/// injured", "Six of the train's eight carriages").
fn part_of(lower: &str, v: &Value) -> bool {
    lower.find(&*v.surface).is_some_and(|i| lower[i + v.surface.len()..].starts_with(" of "))
}

/// Days of one event that differ between two articles that tell one
/// story, wherever the sentences stand: "were abducted on January 2 near
/// the town of Mopti" / "They were abducted on January 3 by men on
/// motorbikes, the charity says" share too few words to be linked. A day
/// is an article's for an event when a word of [`super::lexicon::EVENT_DAY_WORDS`] stands
/// right before it (its slot's first term), or up to [`EVENT_WORD_REACH`]
/// words before it in its phrase ("died at home on Saturday"), and the
/// article gives no other
/// day after that word; days of one kind only (two calendar days, or two
/// weekdays of undated articles). `earlier` and `story` as for
/// [`counts_apart`]. One pair per article pair and event word.
pub fn days_apart(
    units: &[Unit],
    feats: &[&Features],
    earlier: &[bool],
    story: &dyn Fn(usize, usize) -> bool,
) -> Vec<(usize, usize, Disagreement)> {
    let n = super::normalize::Normalizer::shared();
    // the one day each article gives each event word (and kind of day), as
    // (value, sentence); None: two days
    let mut told: BTreeMap<(usize, Rc<str>, &str), Option<Told>> = BTreeMap::new();
    for (u, unit) in of_the_story(units, earlier) {
        let mut lower: Option<String> = None;
        for v in feats[u].values.iter().filter(|v| v.kind == "date") {
            let Some(day_kind) = ["d:", "w:"].into_iter().find(|p| v.key.starts_with(p)) else {
                continue;
            };
            // (or an event word a few words before it in its phrase, a
            // place between: "She died at home on Saturday", "was arrested
            // in Paris on Tuesday"; EVENT_WORD_REACH)
            let word = match v.slot.0.as_ref().filter(|w| n.is_event_day_word(w)) {
                Some(w) => w.clone(),
                None => {
                    let lower = lower.get_or_insert_with(|| unit.text.to_lowercase());
                    let Some(w) = event_word_before(lower, &v.surface) else { continue };
                    w
                }
            };
            tell(&mut told, (unit.article, word, day_kind), v, u);
        }
    }
    pairs_apart(units, told_once(told, |(_, word, day_kind)| (word.clone(), *day_kind)), |(va, a), (vb, b)| {
        // (and the two sentences tell one event: terms in common besides
        // its word, "abducted on January 2 ... by armed men on motorcycles"
        // / "abducted on January 3 by men on motorbikes"; not "Four
        // civilians were killed on Monday when shells hit a market" / "Two
        // people were killed on Tuesday when a drone struck", two attacks
        // of one war)
        let one_event = super::score::sorted_overlap(&feats[a].terms, &feats[b].terms) >= MIN_DAY_SHARED_TERMS;
        if va.key == vb.key || !one_event || !story(units[a].article, units[b].article) {
            return None;
        }
        Some(Difference {
            kind: "date".to_string(),
            a: as_written(&units[a].text, &va.surface),
            b: as_written(&units[b].text, &vb.surface),
            a_key: va.key.to_string(),
            b_key: vb.key.to_string(),
        })
    })
}

/// Counts of one kind of thing that differ between two articles that tell
/// one story, wherever the sentences stand: "destroying about 300 homes" /
/// "Around 250 homes were destroyed, the city council said". A count
/// is an article's when it is the only figure it gives before that word
/// (the figure's slot's second term, no preposition between), a word of
/// `lexicon::THING_COUNT_WORDS` (not a rank or a score); nor a sentence that tells
/// a part of a whole ("Six of the train's eight carriages"). The two
/// figures share a word before them (or after the things, where none
/// stands before) and their sentences [`MIN_THING_SHARED_TERMS`] terms;
/// counts whose bounds allow each other agree. One pair per article pair
/// and word.
pub fn things_apart(
    units: &[Unit],
    feats: &[&Features],
    earlier: &[bool],
    story: &dyn Fn(usize, usize) -> bool,
) -> Vec<(usize, usize, Disagreement)> {
    let n = super::normalize::Normalizer::shared();
    let mut told: BTreeMap<(usize, &str), Option<Told>> = BTreeMap::new();
    for (u, unit) in of_the_story(units, earlier) {
        let things: Vec<(&Value, &str)> =
            feats[u].values.iter().filter(|v| plain_count(v)).filter_map(|v| v.slot.1.as_deref().filter(|w| n.counts_things(w)).map(|w| (v, w))).collect();
        if things.is_empty() {
            continue;
        }
        // (not a sentence that tells a part of a whole: "Six of the
        // train's eight carriages", "won 58 of the 150 seats")
        let lower = unit.text.to_lowercase();
        if feats[u].values.iter().any(|v| v.kind == "number" && part_of(&lower, v)) {
            continue;
        }
        for (v, thing) in things {
            tell(&mut told, (unit.article, thing), v, u);
        }
    }
    // (what happened to the things, a word around both figures:
    // "destroyed at least 40 houses" / "At least 45 houses were destroyed";
    // not "acquitted on two counts" / "convicted Dunmore on seven counts":
    // the words before the figure and the word after the things)
    let doing = |v: &Value| [v.slot.0.clone(), v.prev.clone(), v.next.clone()].into_iter().flatten().collect::<Vec<_>>();
    pairs_apart(units, told_once(told, |&(_, thing)| thing), |(va, a), (vb, b)| {
        let one_event = super::score::sorted_overlap(&feats[a].terms, &feats[b].terms) >= MIN_THING_SHARED_TERMS;
        if va.key == vb.key || bounds_agree(va, vb) || !one_event {
            return None;
        }
        let cb = doing(vb);
        if !doing(va).iter().any(|w| cb.contains(w)) || !story(units[a].article, units[b].article) {
            return None;
        }
        Some(Difference { kind: "number".to_string(), a: written(&units[a].text, va), b: written(&units[b].text, vb), a_key: va.key.to_string(), b_key: vb.key.to_string() })
    })
}

/// Counts of one thing that one name has, that differ between two
/// articles that tell one story, wherever the sentences stand: "Labour won
/// 58 of the 150 seats in parliament, ahead of the conservative Moderates
/// with 44 seats" / "The Moderates took 46 seats" share too few words to
/// be linked. A count is an article's for a name when the name stands in
/// the word or two before the figure (its slot's first term or the term
/// before that) and a word follows the figure that counts no people
/// (`HEADCOUNT_WORDS`, people roles) and no share ("percent"), and it is
/// the only figure the article gives for that name and word; not a plain
/// part of a whole ("58 of the 150 seats"), a change or a gap ("lost 12
/// seats", "three seats short of a majority": [`CHANGE_BEFORE`],
/// [`CHANGE_AFTER`], the word after the thing only) or a figure the
/// other article states too ("from 19 hours to 11" / "11 hours instead of
/// 19"; `stated`, which holds no small whole number). Counts whose bounds allow each other agree. One pair per
/// article pair, name and word.
pub fn named_counts_apart(
    units: &[Unit],
    feats: &[&Features],
    earlier: &[bool],
    story: &dyn Fn(usize, usize) -> bool,
    stated: &Stated,
) -> Vec<(usize, usize, Disagreement)> {
    let n = super::normalize::Normalizer::shared();
    let keys = |words: &[&str]| -> Vec<Rc<str>> { words.iter().map(|w| n.word_key(w)).collect() };
    let (before, after) = (keys(CHANGE_BEFORE), keys(CHANGE_AFTER));
    let among = |k: &Option<Rc<str>>, words: &[Rc<str>]| k.as_ref().is_some_and(|k| words.contains(k));
    let mut told: BTreeMap<(usize, Rc<str>, &str), Option<Told>> = BTreeMap::new();
    for (u, unit) in of_the_story(units, earlier) {
        // (the sentence's names, by the key their word has as a term)
        let mut names: Vec<Rc<str>> = Vec::new();
        let mut lower: Option<String> = None;
        for v in feats[u].values.iter().filter(|v| plain_count(v) && v.slot.0.is_some()) {
            let Some(thing) = v.slot.1.as_deref().filter(|w| *w != "percent" && !n.is_headcount(w) && n.people_role(w).is_none()) else { continue };
            if names.is_empty() {
                names = feats[u].values.iter().filter(|w| w.kind == "name").map(|w| n.word_key(&w.surface)).collect();
                if names.is_empty() {
                    break;
                }
            }
            let Some(name) = [&v.slot.0, &v.prev].into_iter().flatten().find(|k| names.contains(k)) else { continue };
            // (the word after the thing only where it follows right away:
            // `next` may stand past stop words)
            let lower = lower.get_or_insert_with(|| unit.text.to_lowercase());
            let gap = among(&v.next, &after) && after_thing(lower, v).is_some_and(|w| after.iter().any(|k| **k == *n.word_key(w)));
            if among(&v.slot.0, &before) || among(&v.prev, &before) || gap || part_of(lower, v) {
                continue;
            }
            tell(&mut told, (unit.article, name.clone(), thing), v, u);
        }
    }
    pairs_apart(units, told_once(told, |(_, name, thing)| (name.clone(), *thing)), |(va, a), (vb, b)| {
        let (xa, xb) = (units[a].article, units[b].article);
        if va.key == vb.key || bounds_agree(va, vb) || is_ordinal(&va.surface) != is_ordinal(&vb.surface) || !story(xa, xb) {
            return None;
        }
        if stated.has(xa, &vb.key) || stated.has(xb, &va.key) {
            return None;
        }
        Some(Difference { kind: "number".to_string(), a: written(&units[a].text, va), b: written(&units[b].text, vb), a_key: va.key.to_string(), b_key: vb.key.to_string() })
    })
}

/// Whether figure `key` of sentence `f` is the age of someone sentence
/// `other` does not name: an age set off after a name ("Robert Buckley,
/// 32,") or written before a name with its given name ("the 36-year-old
/// Duncan Rait"), that name's family name not in `other` ("A 36-year-old
/// Australian man died"; "59-year old Raj Chohan"). Two such sentences of
/// one claim may tell of two people.
pub fn age_of_another(f: &Features, key: &str, other: &Features) -> bool {
    let old = super::normalize::Normalizer::shared().word_key("old");
    f.values.iter().filter(|v| &*v.key == key && (is_apposed_age(v) || is_age_before_name(v))).any(|v| {
        age_owner(&f.values, v, &old).is_some_and(|o| {
            let family = family_name(o);
            !other.values.iter().any(|n| n.kind == "name" && family_name(n) == family)
        })
    })
}

/// The name whose age `v` is, among a sentence's `values` (`old`: the key
/// of "old"): for an age set off after a name ("Dunmore, 58,"), the name
/// whose next term is the age, after its comma; for one written before a
/// name ("the 36-year-old Duncan Rait"), the sentence's one name with a
/// given name right after "-year-old".
fn age_owner<'a>(values: &'a [Value], v: &Value, old: &str) -> Option<&'a Value> {
    if is_apposed_age(v) {
        let next_is_age = |n: &&Value| n.kind == "name" && n.slot.1.as_deref().is_some_and(|w| w.strip_prefix(',').unwrap_or(w) == &*v.key);
        values.iter().find(next_is_age)
    } else {
        let mut after = values.iter().filter(|n| n.kind == "name" && n.given.is_some() && n.slot.0.as_deref() == Some(old));
        after.next().filter(|_| after.next().is_none())
    }
}

/// For an age written before a name ([`is_age_before_name`]) in an
/// apposition after a name, "Gauff, the 19-year-old American, had beaten"
/// or "said Holm, the 53-year-old chief executive.", that name: the name
/// the sentence writes right before ", the N-year-old", where the
/// apposition closes (a comma, a full stop, a semicolon or the sentence's
/// end) within [`APPOSITION_MAX_WORDS`] words after "-year-old" (not
/// "according to Lie, the 27-year-old suspect had been held in Oslo since
/// March", a new clause).
fn apposition_age_owner<'a>(text: &str, values: &'a [Value], v: &Value) -> Option<&'a Value> {
    if !is_age_before_name(v) {
        return None;
    }
    let lower = text.to_lowercase();
    let marker = format!(", the {}-year-old", v.surface);
    let at = lower.find(&marker)?;
    let rest = lower.get(at + marker.len()..)?;
    let closed = rest.find([',', '.', ';']).map_or(rest, |end| &rest[..end]);
    if closed.split_whitespace().count() > APPOSITION_MAX_WORDS {
        return None;
    }
    let before = lower.get(..at)?;
    values.iter().filter(|n| n.kind == "name" && before.ends_with(&*n.surface)).max_by_key(|n| n.surface.len())
}

/// See [`apposition_age_owner`].
pub const APPOSITION_MAX_WORDS: usize = 5;

/// The one name without a given name right after "-year-old" in a
/// sentence's `values` (`old`: the key of "old"): "The 19-year-old Gauff"
/// (the caller asks that the article name the person with a given name
/// elsewhere).
fn bare_name_after_age<'a>(values: &'a [Value], old: &str) -> Option<&'a Value> {
    let mut after = values.iter().filter(|n| n.kind == "name" && n.given.is_none() && n.slot.0.as_deref() == Some(old));
    after.next().filter(|_| after.next().is_none())
}

/// For a sentence that opens with an age ("The 53-year-old insisted he
/// had followed the rules"; not "the 36-year-old Duncan Rait", read by
/// `age_owner` first), the first person the
/// sentence before it in its article names with a given name ("Anders
/// Holm has stepped down as finance minister", "LAUSANNE, Jan 22 (Wire) -
/// Olympic 200 metres champion Maya Okafor has been banned"): the news way
/// of naming the subject again. (A sentence that names its subject after
/// another person, "Lind named Karin Sund as interim minister. The
/// 47-year-old ...", is read wrongly.)
fn opening_age_owner<'a>(units: &[Unit], feats: &[&'a Features], u: usize, v: &Value) -> Option<&'a Value> {
    u.checked_sub(1).filter(|&p| units[p].article == units[u].article)?;
    let text = units[u].text.trim_start().to_lowercase();
    let rest = text.strip_prefix("the ").and_then(|r| r.strip_prefix(&*v.surface)).and_then(|r| r.strip_prefix("-year-old"))?;
    // (a verb, a comma or a people's name next ("The 22-year-old Swede"),
    // not a noun: "The 38-year-old suspect" after "Anna Berg was found
    // dead" is someone else; OPENING_AGE_NEXT)
    let rest = rest.trim_start();
    let next = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let original = units[u].text.trim_start();
    let capital = original.len().checked_sub(rest.len()).and_then(|at| original.get(at..)).and_then(|r| r.chars().next()).is_some_and(char::is_uppercase);
    if !(rest.starts_with(',') || capital || next.ends_with("ed") || OPENING_AGE_NEXT.contains(&next)) {
        return None;
    }
    // (or a name that opens the sentence after a capitalised word: "Daniel
    // Kipsang of Kenya set a new marathon world record", whose common given
    // name at the sentence's start is read as no part of the name)
    let opening = |prev: usize| {
        let mut words = units[prev].text.split_whitespace();
        let first = words.next().filter(|w| w.chars().next().is_some_and(char::is_uppercase))?;
        let given = super::normalize::Normalizer::shared().word_key(&first.to_lowercase());
        let second = words.next()?.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        feats[prev].values.iter().find(|n| n.kind == "name" && *n.surface == *second && n.slot.0.as_deref() == Some(&*given))
    };
    // (in the nearest of the OPENING_AGE_LOOKBACK sentences before it
    // that names a person: "Sara Lind ... has been suspended for four
    // years ... The Athletics Integrity Unit announced the sanction on
    // Thursday. The 26-year-old Swede was tested out of competition")
    (1..=OPENING_AGE_LOOKBACK)
        .map_while(|back| u.checked_sub(back).filter(|&p| units[p].article == units[u].article))
        .find_map(|prev| feats[prev].values.iter().find(|n| n.kind == "name" && n.given.is_some()).or_else(|| opening(prev)))
}

/// See [`opening_age_owner`]: how many sentences back the person an
/// opening "The 26-year-old" names again may be named.
pub const OPENING_AGE_LOOKBACK: usize = 2;

/// Whether two given names (keys) are two people's: both known and their
/// first letters differ ("Erik" / "Claire"; "Mohammed" / "Muhammad" is one
/// name spelt two ways).
fn two_given_names(a: Option<&str>, b: Option<&str>) -> bool {
    a.zip(b).is_some_and(|(a, b)| a.chars().next() != b.chars().next())
}

/// The key of name `v`'s family name, without an article of
/// [`NAME_ARTICLES`] ("Al-Rashid": "rashid"), as [`ages_apart`] reads it:
/// "Al-Rashid, 44" / "Rashid, 45" is one person.
fn family_name(v: &Value) -> String {
    let n = super::normalize::Normalizer::shared();
    let bare = NAME_ARTICLES.iter().find_map(|a| v.surface.strip_prefix(a)).filter(|rest| rest.chars().count() >= 3);
    n.word_key(bare.unwrap_or(&v.key)).to_string()
}


/// See [`ages_apart`]: the oldest age read.
pub const MAX_AGE: u32 = 120;

/// Whether `v` is an age written before a name ("the 36-year-old Duncan
/// Rait": `normalize::AGE_SLOT`, no name before it), a whole number from
/// 1 to [`MAX_AGE`] with no qualifier (see [`ages_apart`]).
fn is_age_before_name(v: &Value) -> bool {
    is_age_figure(v) && !v.after_name && v.slot.0.as_deref() == Some(super::normalize::AGE_SLOT)
}

/// Whether `v` is a figure that may be an age: a whole number from 1 to
/// [`MAX_AGE`] with no qualifier.
fn is_age_figure(v: &Value) -> bool {
    v.kind == "number" && v.bound == Bound::None && v.key.parse::<u32>().is_ok_and(|n| (1..=MAX_AGE).contains(&n))
}

/// Whether `v` is an age set off right after a name ("Dunmore, 58,"), a
/// whole number from 1 to [`MAX_AGE`] with no qualifier, unit or currency.
fn is_apposed_age(v: &Value) -> bool {
    // (not "-year-old" after a name and a stop word: "Police chief Anders
    // Lie said the 27-year-old suspect")
    is_age_figure(v)
        && v.after_name
        && v.slot.1.is_none()
        && v.zone == 0
        && v.currency == 0
        && v.slot.0.as_deref() != Some(super::normalize::AGE_SLOT)
}

/// Two figures after the same word, in two units of one quantity, that do
/// not convert into each other (`score::units_convert`): "turned back 12
/// km" / "turned back 12 miles", "winds of 120 mph" / "winds of 210 km/h".
fn units_differ(x: &Value, y: &Value) -> bool {
    // (the word before is no unit: "10 km (6 miles), about 40 km" /
    // "10 kilometers, about 40 kilometers" is a conversion and a list)
    let word_before = x.slot.0.as_deref().filter(|w| !UNIT_FACTORS.iter().any(|(k, ..)| k == w));
    word_before.is_some() && x.slot.0 == y.slot.0 && units_convert(x, y) == Some(false)
}

/// A figure as written with its unit, the word right after it in `text`
/// ("12 km", "12 miles", "12km"); the figure alone when it is not found.
fn with_unit(text: &str, v: &Value) -> String {
    let written = as_written(text, &v.surface);
    let Some(pos) = text.find(&written) else { return written };
    let after = &text[pos + written.len()..];
    let gap = after.len() - after.trim_start().len();
    // (a unit may hold a slash: "km/h")
    let word: &str = after[gap..].split(|c: char| !(c.is_alphabetic() || c == '/')).next().unwrap_or("").trim_end_matches('/');
    if word.is_empty() || gap > 1 {
        return written;
    }
    format!("{written}{}{word}", &after[..gap])
}

/// The pairs of names of [`slot_pairs`] with the same given name and two
/// surnames ([`Value::given`]): one person named two ways.
fn one_person<'v>(va: &[&'v Value], kb: &[&str], vb: &[&'v Value], ka: &[&str]) -> Vec<(&'v Value, &'v Value)> {
    let mut pairs = slot_pairs(va, kb, vb, ka, false);
    pairs.retain(|(x, y)| x.given.is_some() && x.given == y.given);
    pairs
}

/// Whether two names are one family name with two given names that are
/// one name spelt two ways, as [`spelled_two_ways`] reads names ("Katarina
/// Holm" / "Katharina Holm"; not "Erik Holm" / "Eva Holm").
fn given_spelt_two_ways(x: &Value, y: &Value) -> bool {
    let (Some(gx), Some(gy)) = (x.given.as_deref(), y.given.as_deref()) else { return false };
    let (tx, ty) = (super::score::trigrams(gx, NAME_SPELLING_MIN_CHARS), super::score::trigrams(gy, NAME_SPELLING_MIN_CHARS));
    x.key == y.key
        && gx != gy
        && !tx.is_empty()
        && !ty.is_empty()
        && gx.chars().next() == gy.chars().next()
        && gx.chars().count().abs_diff(gy.chars().count()) <= NAME_SPELLING_MAX_LENGTH_GAP
        && super::score::dice(&tx, &ty) >= NAME_SPELLING_MIN_DICE
}

/// Name `v` as `text` writes it with the word before it, its given name
/// ("Katarina Holm"), where that word is the given name; else as written.
fn with_given(text: &str, v: &Value) -> String {
    let family = as_written(text, &v.surface);
    let Some(at) = text.find(&family) else { return family };
    let before = text[..at].trim_end();
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let n = super::normalize::Normalizer::shared();
    match v.given.as_deref() {
        Some(g) if !word.is_empty() && *n.word_key(&word.to_lowercase()) == *g => format!("{word} {family}"),
        _ => family,
    }
}

/// The pairs of names, one each side lacks, that are one name spelt two
/// ways: one word each, both at least [`NAME_SPELLING_MIN_CHARS`] letters
/// and at most [`NAME_SPELLING_MAX_LENGTH_GAP`] apart, their character
/// trigrams as alike as the scorer's spelling variants
/// ([`NAME_SPELLING_MIN_DICE`]), first letters the same ("Torsen" /
/// "Thorsen", a suspect named two ways), wherever they stand.
fn spelled_two_ways<'v>(va: &[&'v Value], kb: &[&str], vb: &[&'v Value], ka: &[&str]) -> Vec<(&'v Value, &'v Value)> {
    // (one word each: "Norland" is no spelling of "Norland's
    // Constitutional Court"; with its trigrams, none when it is short)
    let words = |vs: &[&'v Value], other: &[&str]| -> Vec<(&'v Value, Vec<u32>)> {
        lacking(vs, other)
            .into_iter()
            .filter(|v| !v.key.contains(|c: char| !c.is_alphabetic()))
            .map(|v| (v, super::score::trigrams(&v.key, NAME_SPELLING_MIN_CHARS)))
            .filter(|(_, g)| !g.is_empty())
            .collect()
    };
    let (sa, sb) = (words(va, kb), words(vb, ka));
    let mut out = Vec::new();
    for (x, gx) in &sa {
        for (y, gy) in &sb {
            let alike = x.key.chars().next() == y.key.chars().next()
                && x.key.chars().count().abs_diff(y.key.chars().count()) <= NAME_SPELLING_MAX_LENGTH_GAP
                && super::score::dice(gx, gy) >= NAME_SPELLING_MIN_DICE;
            if alike {
                out.push((*x, *y));
            }
        }
    }
    out
}

/// See [`spelled_two_ways`]: the scorer's `variant_min_chars`.
pub const NAME_SPELLING_MIN_CHARS: usize = 5;

/// See [`spelled_two_ways`]: at most this many letters more in one name.
pub const NAME_SPELLING_MAX_LENGTH_GAP: usize = 2;

/// See [`spelled_two_ways`]: the scorer's `variant_min`.
pub const NAME_SPELLING_MIN_DICE: f64 = 0.6;

/// The pairs of figures of [`slot_pairs`] between sentences of
/// `articles`, but those of an estimate (either figure with a qualifier,
/// "more than", "about") where either figure is stated in the other
/// article ([`Stated::states`], also more precisely: "Sarno ... received
/// 45.8%" / "Holt won about 54 per cent of the vote", where the first
/// article gives Holt 54.2% in another sentence).
fn figure_pairs<'v>(
    va: &[&'v Value],
    kb: &[&str],
    vb: &[&'v Value],
    ka: &[&str],
    articles: (usize, usize),
    stated: &Stated,
) -> Vec<(&'v Value, &'v Value)> {
    let mut pairs = slot_pairs(va, kb, vb, ka, true);
    // (estimates only: a plain figure recurs in another role, "Prosecutors
    // had asked for 12 years" beside "sentenced him to 10 years")
    let estimate = |x: &Value, y: &Value| x.bound != Bound::None || y.bound != Bound::None;
    pairs.retain(|(x, y)| !(estimate(x, y) && (stated.states(articles.1, x) || stated.states(articles.0, y))));
    // (a total against its parts: "guilty on three of five counts" /
    // "guilty on three counts ... and cleared of two counts")
    pairs.retain(|(x, y)| !is_sum_of_parts(x, y, vb) && !is_sum_of_parts(y, x, va));
    // (of a figure's partners, not one its own article states too, when
    // another is left: "The Norland krona rose 0.6% against the euro" /
    // "The Norland krona strengthened about 0.8% against the euro ...
    // after the country's central bank raised rates to 4.75%" is 0.6% /
    // 0.8%, where the first article also says "to 4.75%")
    let known = |v: &Value, side: usize| stated.has(side, &v.key);
    let drop: Vec<bool> = pairs
        .iter()
        .map(|&(x, y)| {
            (known(y, articles.0) && pairs.iter().any(|&(x2, y2)| std::ptr::eq(x2, x) && !known(y2, articles.0)))
                || (known(x, articles.1) && pairs.iter().any(|&(x2, y2)| std::ptr::eq(y2, y) && !known(x2, articles.1)))
        })
        .collect();
    let mut dropped = drop.into_iter();
    pairs.retain(|_| !dropped.next().unwrap_or(false));
    pairs
}

/// Whether figure `total` is the sum of `part` and the other figures of
/// `part`'s sentence (`parts`) that count the same word ([`Value::slot`]'s
/// term after), at least two in all: "three of five counts" / "guilty on
/// three counts and cleared of two counts" tell one trial.
fn is_sum_of_parts(total: &Value, part: &Value, parts: &[&Value]) -> bool {
    let Some(thing) = part.slot.1.as_ref() else { return false };
    let Ok(total) = total.key.parse::<f64>() else { return false };
    let counted: Vec<f64> =
        parts.iter().filter(|v| v.slot.1.as_ref() == Some(thing) && v.bound == Bound::None).filter_map(|v| v.key.parse::<f64>().ok()).collect();
    counted.len() >= 2 && (counted.iter().sum::<f64>() - total).abs() < 1e-9
}

/// Whether `a` and `b` each have one day (or one year) the other lacks,
/// in one frame: the same terms on both sides ("will go on sale on Sept.
/// 26 in the United States" / "goes on sale on September 24 in the US";
/// "won the best actress Oscar in 1979 for" / "in 1980 for"), and no other
/// date differs: one fact told with two days (see
/// `super::MIN_REST_FRAMED_ONE`).
pub fn framed_day(a: &Features, b: &Features) -> bool {
    let va: Vec<&Value> = a.values.iter().filter(|v| v.kind == "date").collect();
    let vb: Vec<&Value> = b.values.iter().filter(|v| v.kind == "date").collect();
    let (ka, kb) = (sorted_keys(&va), sorted_keys(&vb));
    let (la, lb) = (lacking(&va, &kb), lacking(&vb, &ka));
    match (la.as_slice(), lb.as_slice()) {
        ([x], [y]) => {
            // (a year: the same term before it is its frame, as the words
            // after a year start another phrase: "in 1979 for her role" /
            // "in 1980 for The Long Harbour")
            let year = |k: &str| k.len() == 4 && k.bytes().all(|c| c.is_ascii_digit());
            if year(&x.key) && year(&y.key) {
                return x.slot.0.is_some() && x.slot.0 == y.slot.0;
            }
            date_group(&x.key) == 1 && date_group(&y.key) == 1 && same_words_both_sides(&(*x, *y))
        }
        _ => false,
    }
}

/// The figures of `a` that differ from a figure of `b` in the same slot
/// (see [`slot_pairs`]), counted once each: "The 24-year-old has agreed a
/// five-year contract" / "The 23-year-old striker has signed a four-year
/// contract" has two (24 / 23, 5 / 4); and of those, the figures with the
/// same terms on both sides (24 / 23: none before, "year" after). None
/// when a figure of either side is neither the other's nor in such a pair.
/// Two sentences whose figures differ in two frames of their own, or in
/// one frame with the same terms around it, tell one fact two ways (see
/// `super::MIN_REST_FRAMED`).
pub fn framed_differences(a: &Features, b: &Features, elsewhere: &dyn Fn(&Value, bool) -> bool) -> (usize, usize) {
    let va: Vec<&Value> = a.values.iter().filter(|v| v.kind == "number").collect();
    let vb: Vec<&Value> = b.values.iter().filter(|v| v.kind == "number").collect();
    if va.is_empty() || vb.is_empty() {
        return (0, 0);
    }
    let (ka, kb) = (sorted_keys(&va), sorted_keys(&vb));
    let mut pairs = slot_pairs(&va, &kb, &vb, &ka, true);
    // (a figure the other article states in another sentence, as it is or
    // more precisely, is no difference: "those who took about 9,800 steps
    // a day had a 51% lower risk" / "Even 3,800 steps a day lowered the
    // risk by a quarter", where the second article also says "around 9,800
    // steps daily", tell two facts; `elsewhere(v, true)` asks of a figure
    // of `a`)
    pairs.retain(|(x, y)| !elsewhere(x, true) && !elsewhere(y, false));
    // (where a pair has the same words on both sides, that pair alone: the
    // other figures of the two sentences tell another fact)
    if pairs.iter().any(same_words_both_sides) {
        pairs.retain(same_words_both_sides);
    }
    // every figure of either side is the other's or one of these pairs
    // ("Revenue increased 6% to 61.3 billion crowns" / "operating profit
    // rose 16 percent to SEK 4.52 billion": the amounts are another
    // difference, and the two tell two facts)
    let paired = |v: &Value, first: bool| pairs.iter().any(|&(x, y)| (if first { x } else { y }).key == v.key);
    if lacking(&va, &kb).iter().any(|v| !paired(v, true)) || lacking(&vb, &ka).iter().any(|v| !paired(v, false)) {
        return (0, 0);
    }
    let count = |pairs: &mut dyn Iterator<Item = &(&Value, &Value)>| {
        let (mut keys, mut other): (Vec<&str>, Vec<&str>) = pairs.map(|(x, y)| (&*x.key, &*y.key)).unzip();
        keys.sort_unstable();
        keys.dedup();
        other.sort_unstable();
        other.dedup();
        keys.len().min(other.len())
    };
    // the same terms on both sides of the two figures ("Turnout was 71 per
    // cent" / "Turnout of 68% was": turnout, per cent)
    let tight = |(x, y): &&(&Value, &Value)| x.slot == y.slot && (x.slot.0.is_some() || x.slot.1.is_some());
    // (two percentages count nothing the words after them name: they hold
    // the pair only in one frame, or beside another pair of figures;
    // "Core inflation ... eased to 2.9% from 3.3%" / "Energy prices were
    // 6.2 per cent lower ..., but food prices were still up 4.8 per cent"
    // are two facts, "cut about 1,200 jobs, or roughly 10% of its
    // workforce" / "laying off 1,500 people, about 12% of its employees"
    // one)
    let percent = super::normalize::Normalizer::shared().word_key("percent");
    let anchored = pairs.iter().any(|p| p.0.slot.1.as_ref() != Some(&percent) || tight(&p));
    (if anchored { count(&mut pairs.iter()) } else { 0 }, count(&mut pairs.iter().filter(tight)))
}

/// Whether a figure written `surface` in `text` (lower case) counts for
/// each of several: "each" within the next [`EACH_SPAN`] words, before any
/// punctuation ("146 prisoners each", "150 each").
fn for_each(text: &str, surface: &str) -> bool {
    let surface = surface.to_lowercase();
    text.match_indices(&*surface).any(|(i, m)| {
        let rest = &text[i + m.len()..];
        let clause = rest.split([',', '.', ';', ':', '(', ')']).next().unwrap_or("");
        clause.split_whitespace().take(EACH_SPAN).any(|w| w == "each")
    })
}

/// See [`for_each`].
pub const EACH_SPAN: usize = 3;

/// Whether a value of `va` missing from `kb` and a value of `vb` missing
/// from `ka` fill the same slot of their sentences ([`Value::slot`]): the
/// nearest terms on one side are the same word, and on the other side they
/// are the same too or one of the values ends (or starts) its sentence.
/// For `numbers` the term after each figure (what it counts) decides where
/// both have one, else the term before. "Elsham General Hospital, most of
/// them" against "St Mary's Hospital, most of them" is one slot; "the
/// Crimean peninsula from Ukraine in 2014" against "the Crimean peninsula
/// and the United States retaliation" is not: after the names the
/// sentences go on differently.
fn same_slot(va: &[&Value], kb: &[&str], vb: &[&Value], ka: &[&str], numbers: bool) -> bool {
    !slot_pairs(va, kb, vb, ka, numbers).is_empty()
}

/// The pairs of [`same_slot`]: (a value of `va`, a value of `vb`) that
/// fill the same slot, each missing from the other side's keys.
fn slot_pairs<'v>(
    va: &[&'v Value],
    kb: &[&str],
    vb: &[&'v Value],
    ka: &[&str],
    numbers: bool,
) -> Vec<(&'v Value, &'v Value)> {
    let (sa, sb) = (lacking(va, kb), lacking(vb, ka));
    // (a figure the other side states as an estimate is stated by both,
    // and differs from no other: "Nine out of 10 union members" / "91% of
    // members ..., on a turnout of 68%" is 91% in both)
    // (an estimate's "about", not a range's end: "between 20 and 30" /
    // "thirty-five" differ on the 30)
    let plain = |v: &Value| matches!(v.bound, Bound::None | Bound::About);
    let about = |x: &Value, y: &Value| (x.bound == Bound::About || y.bound == Bound::About) && plain(x) && plain(y) && bounds_agree(x, y);
    // (and so is a figure the other side states rounded: "closed down 2.6
    // per cent at 41,890" / "to 41,890.1, the S&P 500 lost 3.1% to 5,512.7"
    // is 41,890 in both, no index level against the S&P's)
    // (and a figure within the other side's floor or ceiling, where that
    // is its sentence's only one: "Nearly nine in ten members ... on a
    // turnout of 71 per cent" / "its members voted 87% in favour" is 87%
    // in both, no turnout against the vote; not a range's end: "between
    // 20 and 30" / "thirty-five" differ on the 30)
    let one_bound = |vs: &[&Value]| vs.iter().filter(|v| matches!(v.bound, Bound::AtLeast | Bound::AtMost | Bound::Near)).count() == 1;
    let (lone_a, lone_b) = (one_bound(va), one_bound(vb));
    let within = |x: &Value, y: &Value| {
        let bounded = |v: &Value| matches!(v.bound, Bound::AtLeast | Bound::AtMost | Bound::Near);
        // (of one thing: not "more than one and a half times the 2%
        // target" against "3.2 per cent")
        let one_thing = match (&x.slot.1, &y.slot.1) {
            (Some(p), Some(q)) => p == q,
            _ => true,
        };
        ((lone_a && bounded(x) && y.bound == Bound::None) || (lone_b && bounded(y) && x.bound == Bound::None)) && one_thing && bounds_agree(x, y)
    };
    let same = |x: &Value, y: &Value| about(x, y) || rounds_to(x, y) || rounds_to(y, x) || within(x, y);
    let (sa, sb): (Vec<&Value>, Vec<&Value>) = if numbers {
        (
            sa.iter().copied().filter(|x| !sb.iter().any(|y| same(x, y))).collect(),
            sb.iter().copied().filter(|y| !sa.iter().any(|x| same(x, y))).collect(),
        )
    } else {
        (sa, sb)
    };
    let mut out = Vec::new();
    for &x in &sa {
        for &y in &sb {
            if numbers && bounds_agree(x, y) {
                continue;
            }
            // one measure in two units ("120 square kilometres" / "46
            // square miles": both after "square"; score::units_convert)
            if numbers && units_convert(x, y) == Some(true) {
                continue;
            }
            // two measures ("The 400-metre-long vessel" / "30,000 cubic
            // metres of sand": a length and a volume; a clock time and a
            // length of time: score::measure_class)
            let (cx, cy) = (super::score::measure_class(x), super::score::measure_class(y));
            if numbers && cx.is_some() && cy.is_some() && cx != cy {
                continue;
            }
            // a rank against a count ("the second climber to die" /
            // "Robert Buckley, 32, died"), unless both count one thing
            // ("a 23rd-minute header" / "after 25 minutes")
            if numbers && is_rank(x) != is_rank(y) {
                if x.slot.1.is_none() || x.slot.1 != y.slot.1 {
                    continue;
                }
                // (and a rank one past a count of the same thing tells the
                // same: "the third-largest cloud provider" / "behind the two
                // largest providers")
                let (rank, count) = if is_rank(x) { (x, y) } else { (y, x) };
                if let (Ok(r), Ok(c)) = (rank.key.parse::<f64>(), count.key.parse::<f64>()) {
                    if r == c + 1.0 {
                        continue;
                    }
                }
            }
            // amounts in two currencies ("£45m" / "€52 million"), and an
            // amount of money against a count ("sold 30 million shares" /
            // "priced its IPO at $21 a share")
            if numbers && x.currency != y.currency {
                continue;
            }
            // times in two time zones ("9:47 p.m. local time" / "8:47
            // p.m. EDT"): one moment, told two ways; a time in a named zone
            // against one told without a zone, whose offset is unknown
            // ("Liftoff came at 14:32 GMT" / "Launch came at 10:32 a.m." in
            // a Florida paper); a count from another moment ("seven minutes
            // after the break": TIME_OFFSET) or a length of time (DURATION)
            // against anything else. Only "local time" meets a time told
            // without a zone.
            let local = matches!((x.zone, y.zone), (0, LOCAL_TIME) | (LOCAL_TIME, 0));
            if numbers && x.zone != y.zone && !local {
                continue;
            }
            // a change against its two ends ("lost 16 seats" / "slumped to
            // 45 seats from 61"): not the same figure
            if numbers && (is_difference(x, vb, ka) || is_difference(y, va, kb)) {
                continue;
            }
            // a figure right after the same name ("Wójcik, 52, said" /
            // "Mr Wojcik, 53, said he was leaving"): the person's age or
            // number, whatever follows it
            let by_name = numbers && x.after_name && y.after_name && x.slot.0.is_some() && x.slot.0 == y.slot.0;
            // (and a figure set off by commas right after a name, "Lind,
            // just 21, saved", is an age against an age told otherwise,
            // "The 22-year-old")
            let age = |v: &Value| v.slot.0.as_deref() == Some(super::normalize::AGE_SLOT);
            let apposed = |v: &Value| v.after_name && v.slot.1.is_none() && v.zone == 0;
            let by_name = by_name || (numbers && ((age(x) && apposed(y)) || (age(y) && apposed(x))));
            // two scores ("won 2-1" / "lost 3-1 to City"): the result,
            // wherever it stands
            let scores = numbers && is_score(&x.key) && is_score(&y.key);
            // the only sum of money of each sentence, in one currency and
            // close (SUMS_APART_MAX_RATIO): "third-quarter net profit rose
            // 12% to $412 million" / "third-quarter earnings of $421
            // million", one sum told two ways wherever it stands
            let close = |a: &Value, b: &Value| match (a.key.parse::<f64>(), b.key.parse::<f64>()) {
                (Ok(p), Ok(q)) if p > 0.0 && q > 0.0 => p.max(q) / p.min(q) <= SUMS_APART_MAX_RATIO,
                _ => false,
            };
            let sums = numbers && x.currency == y.currency && only_sum(x, va.iter().copied()) && only_sum(y, vb.iter().copied()) && close(x, y);
            // (and the only figure of each sentence, each a plain count of
            // something named after it, close: "about 1,200 trains had been
            // cancelled on Monday" / "Some 1,500 services were axed on
            // Monday alone", one count told in two words)
            let only_count = |v: &Value, vs: &[&Value]| {
                vs.len() == 1
                    && plain_count(v)
                    && v.slot.1.is_some()
                    && super::score::measure_class(v).is_none()
                    && v.slot.0.as_deref() != Some(super::normalize::AGE_SLOT)
            };
            // (not people in two roles: "will cut 1,100 jobs" / "employs
            // 1,250 people")
            let two_roles = people_role(x).zip(people_role(y)).is_some_and(|(p, q)| p != q);
            // (and what happened to them told alike: the word after what
            // they count, "trains had been cancelled" / "services were
            // axed", or the word before them; not "destroying 40 homes" /
            // "forcing 45 families from their homes")
            let alike = |p: &Option<Rc<str>>, q: &Option<Rc<str>>| p.is_some() && p == q;
            let told_alike = x.slot.1 == y.slot.1 || alike(&x.next, &y.next) || alike(&x.slot.0, &y.slot.0);
            let counts = numbers && only_count(x, va) && only_count(y, vb) && close(x, y) && !two_roles && told_alike;
            // one given name with two surnames ("Yuki Tanaka" / "Yuki
            // Tanabe"): one person, wherever the name stands
            let one_person = !numbers && x.given.is_some() && x.given == y.given;
            if by_name || scores || sums || counts || one_person || fills_same_slot(x, y, numbers) {
                out.push((x, y));
            }
        }
    }
    // figures with the same words on both sides ("a depth of 10 km" /
    // "a depth of 12 kilometres") are the pair, not another figure that
    // only counts the same thing ("about 40 km south")
    let both = same_words_both_sides;
    // (for those figures only: "7, 19, 23, 41, 58 and Powerball 12" / "7,
    // 19, 32, 41, 58 and Powerball 21" is 23 / 32 and 12 / 21)
    if numbers && out.iter().any(both) {
        let paired: Vec<(&Value, &Value)> = out.iter().copied().filter(both).collect();
        let in_paired = |v: &Value| paired.iter().any(|(x, y)| std::ptr::eq(*x, v) || std::ptr::eq(*y, v));
        out.retain(|p| both(p) || !(in_paired(p.0) || in_paired(p.1)));
    }
    out
}

/// Whether two names are a place and its people's adjective, either way
/// round ("valdoria" / "valdorian", "china" / "chinese", "italy" /
/// "italian", "germany" / "german", "israel" / "israeli"): the place,
/// maybe without its last vowel or "y", then one of [`DEMONYM_SUFFIXES`]
/// or nothing ("germany" / "german"; not without an "e": "Lowe" / "Low"
/// is one surname spelt two ways).
fn demonym_pair(a: &str, b: &str) -> bool {
    let one_way = |place: &str, people: &str| {
        place.len() >= MIN_DEMONYM_PLACE
            && [place, place.strip_suffix(['a', 'e', 'o', 'y']).unwrap_or(place)].iter().any(|stem| {
                people.strip_prefix(stem).is_some_and(|rest| {
                    DEMONYM_SUFFIXES.contains(&rest) || (rest.is_empty() && stem.len() < place.len() && !place.ends_with('e'))
                })
            })
    };
    a != b && (one_way(a, b) || one_way(b, a))
}

/// Whether a figure of key `key` that both sentences state counts another
/// thing in one of them: in one sentence it stands where another figure of
/// the other stands (the same terms before and after it, [`Value::slot`]),
/// and none of the other's figures of that key counts the same ("lasted
/// eight minutes" / "stole eight pieces ... lasted just seven minutes":
/// eight pieces and seven minutes). Not where the other's figure stands
/// right before another of its figures, or one term before it ("58 of the
/// 150 seats", "12 of the country's 19 regions": a count of a whole).
/// Measured (`scripts/eval_align.py`, 2026-12-06): with the terms after
/// the figures alone, ECB+ same-incident number flags 2 -> 8 ("captured
/// three boats" / "a five-boat attack ... three of the skiffs"); with both
/// sides, no pair set moves.
fn counts_another_thing(key: &str, va: &[&Value], vb: &[&Value]) -> bool {
    let moved = |p: &[&Value], q: &[&Value]| {
        q.iter().filter(|y| &*y.key == key).any(|y| {
            let Some(thing) = y.slot.1.as_ref() else { return false };
            let own = |x: &&&Value| &*x.key == key;
            let elsewhere = p.iter().filter(own).all(|x| {
                let part_of = |t: &Option<Rc<str>>| t.as_ref().is_some_and(|t| p.iter().any(|o| o.key == *t));
                x.slot.1.as_ref() != Some(thing) && !part_of(&x.slot.1) && !part_of(&x.next)
            });
            let other = p.iter().any(|x| &*x.key != key && same_words_both_sides(&(x, y)) && !q.iter().any(|o| o.key == x.key));
            p.iter().any(|x| &*x.key == key) && elsewhere && other
        })
    };
    moved(va, vb) || moved(vb, va)
}

/// Whether two figures count the same two words ([`Value::slot`]'s term
/// after them and [`Value::next`]): "ran for eight full seasons" / "ran
/// for nine full seasons".
fn same_two_words_after((x, y): &(&Value, &Value)) -> bool {
    x.slot.1.is_some() && x.slot.1 == y.slot.1 && x.next.is_some() && x.next == y.next
}

/// Whether a pair of values has the same terms on both sides ("a depth of
/// 10 km" / "a depth of 12 kilometres").
fn same_words_both_sides((x, y): &(&Value, &Value)) -> bool {
    let ((la, ra), (lb, rb)) = (&x.slot, &y.slot);
    la.is_some() && la == lb && ra.is_some() && ra == rb
}

/// Whether two figures agree through a qualifier's bound (`Bound`):
/// "more than 700" and "about 750" firefighters, "at least 37" and "41"
/// dead, "nearly 5 per cent" and "4.6%"; not "more than 700" and "650",
/// nor two different bounds of one kind ("at least four" and "at least
/// five" dead: two tolls, as two sources state them).
pub(crate) fn bounds_agree(x: &Value, y: &Value) -> bool {
    let (Ok(a), Ok(b)) = (x.key.parse::<f64>(), y.key.parse::<f64>()) else {
        return false;
    };
    if x.bound == y.bound && matches!(x.bound, Bound::AtLeast | Bound::AtMost | Bound::Near) {
        return false;
    }
    // whether `v`, stating `n`, allows the figure `other`
    // (an estimate allows a figure as precise as itself only when that one
    // is stated plainly: "about 750" and "780", not "about $552 million"
    // and "about $525 million")
    let allows = |v: &Value, n: f64, w: &Value, other: f64| match v.bound {
        Bound::AtLeast => other >= n,
        Bound::AtMost => other <= n,
        // (within ABOUT_TOLERANCE below, or half its rounding step:
        // "nearly four hours" allows three and a half, "almost 70 per
        // cent" not 60; score::rounding_step)
        Bound::Near => other <= n && other >= n - (ABOUT_TOLERANCE * n.abs()).max(rounding_step(&v.key) / 2.0),
        Bound::About => {
            let (sn, so) = (precision(v, n), precision(w, other));
            (other - n).abs() <= ABOUT_TOLERANCE * n.abs() && (sn < so || (sn == so && w.bound == Bound::None))
        }
        Bound::None => false,
    };
    allows(x, a, y, b) || allows(y, b, x, a)
}

/// How precisely a figure is stated: its significant digits, or none for a
/// fraction in words, rougher than any figure ("about 9 percent" / "roughly
/// a tenth" agree; `lexicon::FRACTION_WORDS`).
fn precision(v: &Value, n: f64) -> usize {
    let last = v.surface.rsplit([' ', '-']).next().unwrap_or("");
    let fraction = FRACTION_WORDS.iter().any(|&(w, _)| w == last) || FRACTION_PLURALS.iter().any(|&(w, _)| w == last);
    if fraction { 0 } else { significant_digits(n) }
}

/// The significant digits of a figure ("552" 3, "8000" 1, "4.6" 2, "0.25"
/// 2): how precisely it is stated.
pub(crate) fn significant_digits(n: f64) -> usize {
    let text = format!("{}", n.abs());
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    let digits = if text.contains('.') { digits } else { digits.trim_end_matches('0') };
    digits.len().max(1)
}

/// Whether figure `v` is the difference of two other figures of `others`
/// (the values of the other sentence), neither of them a figure of `own`
/// (the keys of `v`'s sentence): "lost 16 seats" against "slumped to 45
/// seats from 61", "rose by 690 million" against "to 4.52 billion from
/// 3.83 billion"; not "12 civilians and two journalists" against "14
/// civilians and two journalists" (the two is both sentences' figure),
/// nor a part of a whole ("Five of the nine committee members voted for
/// the hike" against "backed by seven of the nine members ..., while two
/// voted to keep rates on hold": five is no change from two to seven).
fn is_difference(v: &Value, others: &[&Value], own: &[&str]) -> bool {
    let Ok(d) = v.key.parse::<f64>() else { return false };
    if v.loose_right && v.slot.1.as_deref().is_some_and(|k| k.parse::<f64>().is_ok()) {
        return false;
    }
    // (not "one" of "one of Norland's best-loved writers": 88 - 1 is no
    // change of 87)
    let figures: Vec<(f64, &Value)> = others
        .iter()
        .filter(|o| o.key != v.key && own.binary_search(&&*o.key).is_err())
        .filter_map(|o| Some((o.key.parse::<f64>().ok()?, *o)))
        .filter(|&(x, _)| x > 1.0)
        .collect();
    // (not among a list of figures, whose many differences meet any figure
    // by chance: "7, 19, 23, 41, 58 and Powerball 12", 19 - 7)
    if figures.len() > MAX_FIGURES_FOR_DIFFERENCE {
        return false;
    }
    let close = |x: f64| (x - d).abs() <= 1e-9 * d.abs().max(1.0);
    // (and one of the two ends counts what the change counts: "raised the
    // alert level to 3" is no change between the "second-highest" level 2
    // and the "five-level scale")
    let between = figures.iter().enumerate().any(|(i, &(a, va))| {
        figures[i + 1..]
            .iter()
            .any(|&(b, vb)| close((a - b).abs()) && (fills_same_slot(v, va, true) || fills_same_slot(v, vb, true)))
    });
    // (or between a figure of the other side in its slot and a figure both
    // state, when the change is smaller than both: "62 of the 150 seats,
    // up from 54 in the last election" / "62 MPs ..., eight more than at
    // the last election"; not "12 civilians and two journalists" / "14
    // civilians and two journalists", 14 - 2)
    // (three figures of one kind: not "$62 per share, a premium of 32%"
    // / "a 30pc premium")
    let kind = |w: &Value| (w.currency, w.slot.1.as_deref() == Some("percent"), super::score::measure_class(w));
    let from_shared = || {
        let shared: Vec<f64> = others
            .iter()
            .filter(|o| own.binary_search(&&*o.key).is_ok() && kind(o) == kind(v))
            .filter_map(|o| o.key.parse::<f64>().ok())
            .collect();
        figures.iter().any(|&(a, va)| {
            kind(va) == kind(v) && fills_same_slot(v, va, true) && shared.iter().any(|&b| close((a - b).abs()) && d < a.min(b))
        })
    };
    between || from_shared()
}

/// Whether a figure is a rank as written ("second", "fourth", "29th"): one
/// word, an ordinal of [`NUMBER_WORDS`] or digits with their suffix (not
/// "three thousand", "a third of", "a fifth").
pub(crate) fn is_rank(v: &Value) -> bool {
    let s = &*v.surface;
    !s.contains(char::is_whitespace)
        && is_ordinal(s)
        && (s.starts_with(|c: char| c.is_ascii_digit()) || NUMBER_WORDS.iter().any(|&(w, _)| w.eq_ignore_ascii_case(s)))
}

/// Largest ratio between two sums of money, each its sentence's only one
/// in that currency, that are read as one sum told two ways wherever they
/// stand (see `slot_pairs`): a digit swapped or a figure misread ($412
/// million / $421 million, 2%), not a profit against a revenue.
pub const SUMS_APART_MAX_RATIO: f64 = 1.25;

/// The role `counts_apart` files a match's result under (no group of
/// `PEOPLE_ROLES`).
const SCORE_ROLE: usize = usize::MAX;

/// The roles `counts_apart` files what something is worth under, less
/// the sum's currency (`Value::currency`): one role per currency.
const WORTH_ROLE: usize = usize::MAX - 1;

/// The roles `counts_apart` files a share of `lexicon::SHARE_SUBJECTS` under,
/// less the subject's index: one role per subject.
const SHARE_ROLE: usize = usize::MAX - 1024;

/// Whether two scores are one result told from its two sides ("2-1" /
/// "1-2").
fn reversed(a: &str, b: &str) -> bool {
    match (a.split_once('-'), b.split_once('-')) {
        (Some((p, q)), Some((r, t))) => p == t && q == r,
        _ => false,
    }
}

/// Whether `v` is a sum of money and the only one in its currency among
/// `values` (its sentence's): one sum told two ways wherever it stands
/// (`slot_pairs`, and `score::rounded_partner`).
pub(crate) fn only_sum<'a>(v: &Value, values: impl IntoIterator<Item = &'a Value>) -> bool {
    v.currency != 0 && values.into_iter().filter(|w| w.kind == "number" && w.currency == v.currency).count() == 1
}

/// Whether `v` is a plain figure that may count things: a number of no
/// currency, time zone, score or rank, with no preposition after it
/// ([`things_apart`], and the only figures of two linked sentences in
/// `slot_pairs`).
fn plain_count(v: &Value) -> bool {
    v.kind == "number" && v.currency == 0 && v.zone == 0 && !v.loose_right && !is_score(&v.key) && !is_rank(v)
}

/// Whether a number's key is a score ("2-1", "101-99": two counts of at
/// most three digits joined by a dash; not a span of years, "2019-20").
pub(crate) fn is_score(key: &str) -> bool {
    key.split_once('-').is_some_and(|(a, b)| {
        [a, b].iter().all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()))
    })
}

/// Whether `text` writes the score `surface` right after "at" ("saved two
/// match points at 5-6", "level at 1-1"): the score at a moment of the
/// game, not its result.
fn running_score(text: &str, surface: &str) -> bool {
    let lower = text.to_lowercase();
    lower.match_indices(&surface.to_lowercase()).any(|(k, _)| {
        lower[..k].strip_suffix("at ").is_some_and(|b| b.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
    })
}

/// The values of `vs` whose keys are not among the other side's `other`
/// (sorted keys).
fn lacking<'v>(vs: &[&'v Value], other: &[&str]) -> Vec<&'v Value> {
    vs.iter().copied().filter(|v| other.binary_search(&&*v.key).is_err()).collect()
}

/// Whether a day of `va` and a day of `vb` (each missing from the other
/// side) sit by the same word on opposite sides of it ("a judge on Monday
/// sentenced him" / "he was sentenced on Tuesday": a date moves about its
/// verb more freely than a figure or a name), or on the same side with a
/// figure on the other side of both ("sentenced on Monday to 12 years" /
/// "sentenced on Tuesday to 10 years": the figure may differ too).
fn crossed_slot(va: &[&Value], kb: &[&str], vb: &[&Value], ka: &[&str]) -> bool {
    let (sa, sb) = (lacking(va, kb), lacking(vb, ka));
    let by = |x: &Option<Rc<str>>, y: &Option<Rc<str>>| x.is_some() && x == y;
    // a figure on the other side of both ("to 12 years" / "to 10 years")
    let figures = |x: &Option<Rc<str>>, y: &Option<Rc<str>>| {
        let figure = |k: &Option<Rc<str>>| k.as_deref().is_some_and(|k| k.parse::<f64>().is_ok());
        figure(x) && figure(y)
    };
    sa.iter().any(|x| {
        let (la, ra) = &x.slot;
        sb.iter().any(|y| {
            let (lb, rb) = &y.slot;
            by(la, rb) || by(ra, lb) || (by(la, lb) && figures(ra, rb)) || (by(ra, rb) && figures(la, lb))
        })
    })
}

/// Whether figure `exact` is `rounded` as written with a multiplier
/// ("1,204,332" is "1.2 million", "$1.2m"): within less than half a unit
/// of the rounded figure's last digit (1.2 million: 100,000), or with fewer
/// decimals than the exact one ("31.4%" is "31%", "7.4" is "7"). A whole
/// figure written without a multiplier ("200" against "212") is taken as
/// stated, but for one of at least two significant digits followed by
/// [`ROUND_THOUSANDS_ZEROS`] zeros or more, which is rounded to them ("The
/// attendance was 48,000" / "A crowd of 48,210 watched"; not "2,000"
/// against "2,400", nor "1,500" against "1,480").
pub(crate) fn rounds_to(exact: &Value, rounded: &Value) -> bool {
    let decimals_of = |mantissa: &str| mantissa.split_once('.').map_or(0, |(_, d)| d.bytes().take_while(u8::is_ascii_digit).count());
    let surface = rounded.surface.trim_start_matches(CURRENCY_SIGNS);
    // (a whole figure rounded to thousands or more; read without
    // allocating: pair scoring asks this of every unmatched figure)
    if !surface.is_empty() && surface.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        let len = surface.bytes().filter(u8::is_ascii_digit).count();
        let zeros = surface.bytes().rev().filter(u8::is_ascii_digit).take_while(|&b| b == b'0').count();
        if zeros >= ROUND_THOUSANDS_ZEROS && len - zeros >= 2 {
            let unit = 10f64.powi(zeros as i32);
            return match (exact.key.parse::<f64>(), rounded.key.parse::<f64>()) {
                (Ok(e), Ok(r)) => e != r && (e - r).abs() < unit / 2.0 - 1e-9,
                _ => false,
            };
        }
    }
    let (mantissa, mul) = match surface.split_once(' ') {
        Some((m, word)) => match MULTIPLIERS.iter().find(|(w, _)| *w == word) {
            Some(&(_, mul)) => (m, mul),
            None => return false,
        },
        None => match GLUED_MULTIPLIERS.iter().find_map(|&(suffix, mul)| surface.strip_suffix(suffix).map(|m| (m, mul))) {
            Some(found) => found,
            // without a multiplier: rounded to fewer decimals
            None if surface.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
                && decimals_of(exact.surface.trim_start_matches(CURRENCY_SIGNS)) > decimals_of(surface) =>
            {
                (surface, 1.0)
            }
            None => return false,
        },
    };
    let decimals = decimals_of(mantissa);
    let unit = mul / 10f64.powi(decimals as i32);
    match (exact.key.parse::<f64>(), rounded.key.parse::<f64>()) {
        // (strictly within: a figure right between two ("5.5%") is not
        // told as either whole one, "6%" or "5%")
        (Ok(e), Ok(r)) => e != r && (e - r).abs() < unit / 2.0 - 1e-9,
        _ => false,
    }
}

/// See [`rounds_to`]: the fewest zeros that end a whole figure told
/// rounded.
pub const ROUND_THOUSANDS_ZEROS: usize = 3;

/// Whether two slots are one (see [`same_slot`]).
pub(crate) fn fills_same_slot(a: &Value, b: &Value, numbers: bool) -> bool {
    let ((la, ra), (lb, rb)) = (&a.slot, &b.slot);
    if numbers {
        // what is counted decides ("killing 12 people", "at least 15
        // people"); without it on one side, the word before
        // (people or jobs counted in other words: "cut about 1,200 jobs"
        // / "laying off 1,500 people", HEADCOUNT_WORDS; not a figure that
        // counts one group of several: "killed a woman and wounded two men")
        let heads = |x: &str| super::normalize::Normalizer::shared().is_headcount(x);
        // (or a crowd's size: "A crowd of 24,800 watched" / "About 25,000
        // fans were at the stadium", CROWD_WORDS)
        let counts_people = |v: &Value, after: &str| heads(after) || v.slot.0.as_deref().is_some_and(|w| CROWD_WORDS.contains(&w));
        // (what is counted may take two words, in either order: "200,000
        // doses of oral vaccine" / "2 million vaccine doses", "500 million
        // crowns in emergency aid" / "50 million crowns in aid": `next`)
        let crossed = |x: &Rc<str>, y: &Rc<str>| a.next.as_ref() == Some(y) || b.next.as_ref() == Some(x);
        // (and where both figures end their phrase, the word before may
        // come first or second: "raised the alert level to 4," / "The
        // alert level was raised to 3,": `prev`; not where one goes on,
        // "profit of SEK 4.5bn, up 18 per cent" / "operating profit rose
        // 16 percent")
        let before = |x: &Rc<str>, y: &Rc<str>| a.prev.as_ref() == Some(y) || b.prev.as_ref() == Some(x);
        // (two sums in one currency count that currency: the same word
        // before them is enough, "raise 6 billion crowns in new capital" /
        // "raise 8 billion crowns to plug a hole")
        let money = a.currency != 0 && a.currency == b.currency && la.is_some() && la == lb;
        // (people counted in two roles of PEOPLE_ROLES are two groups:
        // "killing three people" / "carrying 230 people")
        if people_role(a).zip(people_role(b)).is_some_and(|(p, q)| p != q) {
            return false;
        }
        return match (ra, rb) {
            (Some(x), Some(y)) => x == y || (counts_people(a, x) && counts_people(b, y) && !a.one_group && !b.one_group) || crossed(x, y) || money,
            (None, None) => la.as_ref().zip(lb.as_ref()).is_some_and(|(x, y)| x == y || before(x, y)),
            _ => la.is_some() && la == lb,
        };
    }
    // (for a date, the word before the slot may come first or second:
    // "meets next on December 11" / "meets on December 18": `prev`)
    let before = |x: &Option<Rc<str>>, y: &Option<Rc<str>>| {
        x.is_some() && y.is_some() && (a.prev.as_ref() == y.as_ref() || b.prev.as_ref() == x.as_ref())
    };
    let left = la.is_some() && (la == lb || before(la, lb));
    let right = ra.is_some() && ra == rb;
    // a side that matches no word: the same, or open at an end
    let left_open = la == lb || la.is_none() || lb.is_none();
    let right_open = ra == rb || ra.is_none() || rb.is_none();
    // (a date: the same word before it is enough where either ends its
    // phrase, "($2.6 billion) on Tuesday for abusing" / "($2.6 billion) on
    // Wednesday, saying"; not "charged with murder Saturday after
    // allegedly opening fire" / "walked into a party Friday and allegedly
    // shot", two moments)
    (left && right_open) || (right && left_open) || (a.kind == "date" && left && (a.ends_phrase || b.ends_phrase))
}

/// What happened to the people figure `v` counts: where a word of
/// [`HEADCOUNT_WORDS`] follows it, the group of [`PEOPLE_ROLES`] of the
/// word before it, or else of the word after what it counts ("killing 12
/// people", "At least 15 people were killed": the same group); else the
/// group of the word after it ("2 hurt"), or of the word before it where
/// none follows in its phrase ("killing one,"). None for a figure that is
/// no whole number: a measure, not a count ("Magnitude 6.8 earthquake
/// kills at least 42").
fn people_role(v: &Value) -> Option<usize> {
    if v.key.parse::<f64>().is_ok_and(|x| x.fract() != 0.0) {
        return None;
    }
    let n = super::normalize::Normalizer::shared();
    let role = |w: &Option<Rc<str>>| w.as_deref().and_then(|w| n.people_role(w));
    // (or the word right after the figure: "Leaves Woman Dead and 2
    // Hurt"; or, where the figure ends its phrase, the word before it:
    // "shooting three people, killing one,")
    // (not a word after a preposition: "has risen to 17 after rescuers
    // recovered three more bodies" counts no one rescued)
    // (or, after what it counts in a word of no role, the word after
    // that: "Four miners were hospitalised", see `counted_noun`)
    match v.slot.1.as_deref() {
        Some(w) if n.is_headcount(w) => role(&v.slot.0).or_else(|| role(&v.next)),
        Some(_) if !v.loose_right => role(&v.slot.1).or_else(|| role(&v.next)),
        _ => role(&v.slot.0),
    }
}

/// Whether the figure `ka` of sentence `fa` and the figure `kb` of
/// sentence `fb` count people in two roles of [`PEOPLE_ROLES`] (both read,
/// and not the same): two facts, though their values may be the same two
/// ("Three people were confirmed dead" / "four dead" beside "at least
/// four people believed to be missing" / "three missing people").
pub(crate) fn counts_in_two_roles(fa: &Features, ka: &str, fb: &Features, kb: &str) -> bool {
    let role = |f: &Features, k: &str| f.values.iter().find(|v| v.kind == "number" && &*v.key == k).and_then(people_role);
    role(fa, ka).zip(role(fb, kb)).is_some_and(|(p, q)| p != q)
}

/// What figure `v` counts where a word of no role and no
/// [`HEADCOUNT_WORDS`] follows it ("Four miners were hospitalised":
/// miners); none for "Three were hospitalised", "three people". Two counts
/// of two such things are two groups ("five vessels were seized" / "26
/// pirates were seized"; [`counts_apart`]).
fn counted_noun(v: &Value) -> Option<&str> {
    let n = super::normalize::Normalizer::shared();
    v.slot.1.as_deref().filter(|w| !v.loose_right && !n.is_headcount(w) && n.people_role(w).is_none())
}

/// The group of [`PEOPLE_ROLES`] of any word beside figure `v` (after it,
/// after what it counts, or before it when `adjacent`: a word right before
/// it, no stop word or comma between): what a figure that counts no
/// [`HEADCOUNT_WORDS`] may still count ("At least 12 pilgrims died",
/// "killing 12 soldiers").
fn any_role(v: &Value, adjacent: bool) -> Option<usize> {
    let n = super::normalize::Normalizer::shared();
    let before = if adjacent { &v.slot.0 } else { &None };
    [&v.slot.1, &v.next, before].into_iter().find_map(|w| w.as_deref().and_then(|w| n.people_role(w)))
}

/// The value as the sentence writes it ("Fourteen", not "fourteen"): the
/// first case-insensitive occurrence of the lower-cased `surface` in `text`;
/// for a name of several words read apart from their punctuation ("st mary
/// hospital"), the span from its first word to its last word ("St Mary's
/// Hospital") when that is at most [`MAX_NAME_SPAN_SLACK`] bytes longer;
/// else `surface` itself (also when lower-casing changes byte lengths).
fn as_written(text: &str, surface: &str) -> String {
    let lower = text.to_lowercase();
    if lower.len() == text.len() {
        if let Some(pos) = lower.find(surface) {
            if let Some(orig) = text.get(pos..pos + surface.len()) {
                return orig.to_string();
            }
        }
        let words: Vec<&str> = surface.split(' ').collect();
        let usable = words.len() >= 2 && words.iter().all(|w| !w.is_empty());
        if let (Some(first), Some(last), true) = (words.first(), words.last(), usable) {
            let mut from = 0usize;
            while let Some(p) = lower.get(from..).and_then(|r| r.find(first)).map(|p| p + from) {
                let window_end = (p + surface.len() + MAX_NAME_SPAN_SLACK).min(lower.len());
                if let Some(q) = lower.get(p + first.len()..window_end).and_then(|r| r.rfind(last)) {
                    let end = p + first.len() + q + last.len();
                    if let Some(orig) = text.get(p..end) {
                        return orig.to_string();
                    }
                }
                from = p + first.len();
            }
        }
    }
    surface.to_string()
}

/// A figure as written with the qualifier that bounds it ("more than
/// 700", "some 500"), when the words right before its first occurrence in
/// `text` are one of [`BOUND_WORDS`] with that bound; else `written`.
fn with_qualifier(text: &str, written: String, bound: Bound) -> String {
    if bound == Bound::None {
        return written;
    }
    let Some(pos) = text.find(&written) else { return written };
    let before = text[..pos].trim_end();
    let lower = before.to_lowercase();
    if lower.len() != before.len() {
        return written;
    }
    let found = BOUND_WORDS.iter().filter(|(_, b)| *b == bound).find_map(|(w, _)| {
        let start = lower.strip_suffix(w).map(str::len)?;
        let at_word = lower[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        at_word.then_some(start)
    });
    // (the two strings have the same length, not always the same
    // character boundaries: `get`, no slicing)
    match found.and_then(|start| before.get(start..)) {
        Some(qualifier) => format!("{qualifier} {written}"),
        None => written,
    }
}

/// An amount as written with the currency sign right before its first
/// occurrence in `text` ("£45m", not "45m"), or its currency's code or
/// name and a space ("SEK 4.6bn"); else `written`.
fn with_sign(text: &str, written: String, currency: u8) -> String {
    if currency == 0 {
        return written;
    }
    let Some(pos) = text.find(&written) else { return written };
    let before = &text[..pos];
    match before.chars().next_back() {
        Some(sign) if CURRENCY_SIGNS.contains(&sign) => format!("{sign}{written}"),
        Some(' ') => {
            let word = before.trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
            let named = !word.is_empty() && super::normalize::Normalizer::shared().currency_of(&word.to_lowercase()) == currency;
            if named {
                format!("{word} {written}")
            } else {
                written
            }
        }
        _ => written,
    }
}

/// A figure as written with the sign right after it, where its first
/// occurrence in `text` as a number of its own has one: a percent sign
/// ("10%", not "10"), "per cent" or "percent" ("3.1 per cent", shown
/// beside "2.9%"), a temperature's scale ("41.2C", "41.2°C", "22 degrees
/// Celsius": `TEMPERATURE_SCALES`, with a sign or "minus" before it for one
/// below zero, "-24C") or, for a sum of money, its currency's name
/// ("6 billion crowns", with `currency` the figure's); else `written`.
fn with_sign_after(text: &str, written: String, currency: u8) -> String {
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',');
    let mut at = text.match_indices(&*written).filter(|&(pos, w)| {
        !digit(text[..pos].chars().next_back()) && !text[pos + w.len()..].starts_with(|c: char| c.is_ascii_digit())
    });
    let Some((pos, w)) = at.next() else { return written };
    let rest = &text[pos + w.len()..];
    if rest.starts_with('%') {
        return format!("{written}%");
    }
    // (a glued "pc", as British papers write it: "a 30pc premium")
    if let Some(pc) = rest.get(..2).filter(|r| r.eq_ignore_ascii_case("pc") && !rest[2..].starts_with(|c: char| c.is_alphanumeric())) {
        return format!("{written}{pc}");
    }
    if let Some(word) = [" per cent", " percent"].into_iter().find(|w| rest.get(..w.len()).is_some_and(|r| r.eq_ignore_ascii_case(w))) {
        let after = &rest[word.len()..];
        if !after.starts_with(|c: char| c.is_alphanumeric()) {
            return format!("{written}{}", &rest[..word.len()]);
        }
    }
    if currency != 0 {
        let next: String = rest.strip_prefix(' ').unwrap_or("").chars().take_while(|c| c.is_alphabetic()).collect();
        if !next.is_empty() && super::normalize::Normalizer::shared().currency_of(&next.to_lowercase()) == currency {
            return format!("{written} {next}");
        }
    }
    let scale = TEMPERATURE_SCALES.iter().find_map(|&(capital, name, _)| {
        let sign = rest.strip_prefix('°').map_or(0, |_| '°'.len_utf8());
        let after = rest.get(sign..)?;
        if after.as_bytes().first() == Some(&capital) && !after[1..].starts_with(|c: char| c.is_alphanumeric()) {
            return Some(&rest[..sign + 1]);
        }
        // (or in words: "22 degrees Celsius")
        let words = format!(" degrees {name}");
        rest.get(..words.len()).filter(|r| r.eq_ignore_ascii_case(&words))
    });
    // (below zero: "-24C", "minus 22 degrees Celsius")
    let below = || {
        let before = &text[..pos];
        let dash = before.strip_suffix(['-', '−']).is_some_and(|b| !b.ends_with(|c: char| c.is_alphanumeric()));
        let minus = before.len() >= 6 && before.get(before.len() - 6..).is_some_and(|w| w.eq_ignore_ascii_case("minus "));
        match (dash, minus) {
            (true, _) => "-",
            (_, true) => &before[before.len() - 6..],
            _ => "",
        }
    };
    match scale {
        Some(sign) => format!("{}{written}{sign}", below()),
        None => written,
    }
}

/// See [`as_written`]: "'s", dots and hyphens a name's words lose.
const MAX_NAME_SPAN_SLACK: usize = 16;

/// The distinct keys of `values`, sorted.
fn sorted_keys<'a>(values: &[&'a Value]) -> Vec<&'a str> {
    let mut k: Vec<&str> = values.iter().map(|v| &*v.key).collect();
    k.sort_unstable();
    k.dedup();
    k
}

#[cfg(test)]
mod tests {
    use super::as_written;

    /// An age set off after a name is that person's, and not compared with
    /// an age of a sentence that does not name them; "-year-old" after a
    /// name and a stop word is not set off.
    #[test]
    fn the_age_of_someone_the_other_does_not_name() {
        use super::{age_of_another, is_apposed_age};
        use crate::align::normalize::Normalizer;
        use crate::align::Features;
        let n = Normalizer::new();
        let feats = |s: &str| Features { values: Normalizer::values(&n.terms(s, None)), ..Default::default() };
        let buckley = feats("Robert Buckley, 32, died while climbing to a hut.");
        let unnamed = feats("A 36-year-old Australian man died on Friday.");
        let named = feats("The climber Robert Buckley, 33, was experienced.");
        assert!(age_of_another(&buckley, "32", &unnamed));
        assert!(!age_of_another(&buckley, "32", &named));
        assert!(!age_of_another(&unnamed, "36", &buckley));
        let lie = feats("Police chief Anders Lie said the 27-year-old suspect was known to officers.");
        assert!(!lie.values.iter().any(is_apposed_age));
    }

    /// An estimate allows a figure near it when it is the rounder one; a
    /// list's many figures are no change against two ends.
    #[test]
    fn an_estimate_allows_a_more_precise_figure_only() {
        use super::{bounds_agree, is_difference, significant_digits};
        use crate::align::normalize::Normalizer;
        let n = Normalizer::new();
        let figure = |s: &str| Normalizer::values(&n.terms(s, None)).into_iter().find(|v| v.kind == "number").expect("a figure");
        assert_eq!((significant_digits(552.0), significant_digits(8000.0), significant_digits(4.6), significant_digits(0.25)), (3, 1, 2, 2));
        assert!(bounds_agree(&figure("about 750 firefighters"), &figure("780 firefighters")));
        assert!(bounds_agree(&figure("about 5 per cent"), &figure("4.6 per cent")));
        assert!(!bounds_agree(&figure("about $552 million"), &figure("about $525 million")));
        let all = |s: &str| Normalizer::values(&n.terms(s, None)).into_iter().filter(|v| v.kind == "number").collect::<Vec<_>>();
        let list = all("The numbers were 7, 19, 32, 41, 58 and Powerball 21.");
        assert!(!is_difference(&figure("and Powerball 12."), &list.iter().collect::<Vec<_>>(), &[]));
        let change = all("The party slumped to 45 seats from 61.");
        assert!(is_difference(&figure("The party lost 16 seats."), &change.iter().collect::<Vec<_>>(), &["16"]));
        // (an end the first sentence states too is no end of a change)
        let freed = all("Those freed included 14 civilians and two journalists.");
        assert!(!is_difference(&figure("Among those freed were 12 civilians and two journalists."), &freed.iter().collect::<Vec<_>>(), &["12", "2"]));
    }

    /// One surname spelt two ways is one name told two ways; two surnames
    /// are not.
    #[test]
    fn a_surname_spelt_two_ways() {
        use super::spelled_two_ways;
        use crate::align::normalize::Normalizer;
        let n = Normalizer::new();
        let names = |s: &str| Normalizer::values(&n.terms(s, None)).into_iter().filter(|v| v.kind == "name").collect::<Vec<_>>();
        let pairs = |a: &str, b: &str| {
            let (va, vb) = (names(a), names(b));
            let (ra, rb): (Vec<_>, Vec<_>) = (va.iter().collect(), vb.iter().collect());
            let (ka, kb) = (super::sorted_keys(&ra), super::sorted_keys(&rb));
            spelled_two_ways(&ra, &kb, &rb, &ka).len()
        };
        assert_eq!(pairs("Torsen is due in court on Thursday.", "Thorsen will appear in court on Friday."), 1);
        assert_eq!(pairs("Jackson is due in court.", "Johnson is due in court."), 0);
        assert_eq!(pairs("Hernandez is due in court.", "Fernandez is due in court."), 0);
    }

    /// A rank is compared with a count only where both count one thing.
    #[test]
    fn a_rank_against_a_count() {
        use super::slot_pairs;
        use crate::align::normalize::Normalizer;
        let n = Normalizer::new();
        let pairs = |a: &str, b: &str| {
            let va: Vec<_> = Normalizer::values(&n.terms(a, None)).into_iter().filter(|v| v.kind == "number").collect();
            let vb: Vec<_> = Normalizer::values(&n.terms(b, None)).into_iter().filter(|v| v.kind == "number").collect();
            let (ra, rb): (Vec<&super::Value>, Vec<&super::Value>) = (va.iter().collect(), vb.iter().collect());
            let (ka, kb) = (super::sorted_keys(&ra), super::sorted_keys(&rb));
            slot_pairs(&ra, &kb, &rb, &ka, true).len()
        };
        assert_eq!(pairs("Robert Buckley the fourth climber to die", "Robert Buckley, 32, died while climbing."), 0);
        assert_eq!(pairs("Sova scored a 23rd-minute header.", "Sova scored after 25 minutes."), 1);
    }

    #[test]
    fn a_place_and_its_people_are_one_name() {
        use super::demonym_pair;
        for (a, b) in [("valdoria", "valdorian"), ("china", "chinese"), ("italy", "italian"), ("germany", "german"), ("israel", "israeli"),
            ("norland", "norlander"), ("kenya", "kenyan"), ("ukraine", "ukrainian"), ("canada", "canadian"), ("japan", "japanese")]
        {
            assert!(demonym_pair(a, b) && demonym_pair(b, a), "{a} / {b}");
        }
        for (a, b) in [("dan", "danish"), ("berg", "borg"), ("delaney", "delani"), ("valdoria", "valdoria"), ("halvik", "tarvik"), ("smith", "smithson"), ("lowe", "low")] {
            assert!(!demonym_pair(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn a_figure_keeps_its_percent_or_scale_sign() {
        use super::with_sign_after;
        assert_eq!(with_sign_after("rose 10% on Friday", "10".into(), 0), "10%");
        assert_eq!(with_sign_after("reached 41.2C (106.2F) in Brekka", "41.2".into(), 0), "41.2C");
        assert_eq!(with_sign_after("reached 42.1°C on Friday", "42.1".into(), 0), "42.1°C");
        assert_eq!(with_sign_after("106F", "106".into(), 0), "106F");
        assert_eq!(with_sign_after("41 Celsius", "41".into(), 0), "41");
        assert_eq!(with_sign_after("reached 41 Cities", "41".into(), 0), "41");
        assert_eq!(with_sign_after("fell to 3.1 per cent from", "3.1".into(), 0), "3.1 per cent");
        assert_eq!(with_sign_after("up 4.8 percent.", "4.8".into(), 0), "4.8 percent");
        assert_eq!(with_sign_after("in 71 percentage points", "71".into(), 0), "71");
        let crowns = crate::align::normalize::Normalizer::shared().currency_of("crowns");
        assert_eq!(with_sign_after("raise 8 billion crowns to plug", "8 billion".into(), crowns), "8 billion crowns");
        assert_eq!(with_sign_after("raise 8 billion crowns to plug", "8 billion".into(), 0), "8 billion");
    }

    #[test]
    fn values_are_shown_as_written() {
        assert_eq!(as_written("Fourteen people were taken", "fourteen"), "Fourteen");
        assert_eq!(as_written("taken to St Mary's Hospital today", "st mary hospital"), "St Mary's Hospital");
        assert_eq!(as_written("taken to Elsham General Hospital", "elsham general hospital"), "Elsham General Hospital");
        // nothing to find: the surface itself; odd surfaces end too
        for odd in ["", " ", "a  b", " x", "x ", "nowhere here"] {
            assert_eq!(as_written("Some text here", odd), odd);
        }
    }

    /// People counted in two roles (killed, hurt, carried) never fill one
    /// slot; in one role they do.
    #[test]
    fn people_counted_in_two_roles_fill_no_slot() {
        use super::fills_same_slot;
        use crate::align::normalize::Normalizer;
        let n = Normalizer::shared();
        let figure = |s: &str| Normalizer::values(&n.terms(s, None)).into_iter().find(|v| v.kind == "number").expect("a figure");
        let same = |a: &str, b: &str| fills_same_slot(&figure(a), &figure(b), true);
        assert!(!same("It derailed, killing three people.", "A train carrying 230 people derailed."));
        assert!(!same("He shot three of them, killing one, at a warehouse.", "The shooting leaves a man dead and 2 hurt."));
        assert!(same("It struck on Tuesday, killing 12 people.", "At least 15 people were killed."));
        assert!(same("The blast injured 20 people.", "Another 25 people were injured."));
    }
}
