//! Pair scoring: a handful of pair features, combined by a small logistic
//! model into a calibrated 0..=1 "same claim" score.
//!
//! The features ([`FEATURES`]) come from one merge walk over the two
//! sentences' sorted term sets (plus a trigram match for the words left
//! over, and a merge of their ordered term bigrams), so a pair costs about
//! what the plain weighted cosine used to. Their weights are fitted by
//! `scripts/train_align.py` (see [`super::Params`]).

use super::disagree::{bounds_agree, fills_same_slot, is_rank, is_score, only_sum, rounds_to, significant_digits};
use super::lexicon::{BOUND_MATCH_RATIO, TEMPERATURE_SCALES, UNIT_FACTORS, UNIT_MATCH_STEPS};
use super::normalize::{same_moment, Bound, Kind, Value};
use super::{Features, Params, Vocab};

/// Number of pair features.
pub const N_FEATURES: usize = 16;

/// Pair feature names, in the order of [`PairScore::features`] and of the
/// model weights in [`Params::coef`].
pub const FEATURES: [&str; N_FEATURES] = [
    "cosine",        // weighted cosine of the term sets (spelling variants: partial credit)
    "cover_min",     // shared weight over the smaller sentence's weight
    "cover_max",     // shared weight over the larger sentence's weight
    "log_shared",    // ln(1 + shared weight): how much evidence, not just which share
    "word_cover",    // shared ordinary-word weight over the smaller sentence's (the event words)
    "shared_names",  // shared names, at most 3
    "name_conflict", // 1 when each sentence has a name the other lacks
    "odd_names",     // ln(1 + names found in only one sentence)
    "value_shared",  // 1 when a number or date is shared
    "number_conflict", // 1 when both state numbers and share none
    "date_conflict", // 1 when both state dates of one group (days, weekdays, months, years) and share none of it
    "bigrams",       // shared ordered term bigrams over the smaller sentence's
    "length_ratio",  // fewer terms over more terms
    "log_length",    // ln(1 + terms of the shorter sentence)
    "name_cover",    // shared name weight over the smaller name weight (0 without names on both sides)
    "top_shared",    // heaviest shared term's weight over the heavier of the two sentences' heaviest terms
];

/// A term's weight from its background Zipf frequency, its share of the
/// cluster's sentences and its kind.
///
/// `background = max(min, zipf_top − zipf)`: a word used once per billion
/// words weighs about three times a word used once per 100,000.
/// `cluster = max(floor, exp(−spread · (df − 1) / (n − 1 + smoothing)))`: a
/// term in many sentences of a large cluster (the story's protagonist)
/// counts less, but never less than `floor` of its weight; in a
/// two-sentence cluster the factor stays near 1.
pub fn weight(zipf: f64, kind: Kind, df: u32, n: usize, p: &Params) -> f64 {
    let bg = (p.zipf_top - zipf).max(p.min_background);
    let share = f64::from(df.saturating_sub(1)) / ((n.max(1) - 1) as f64 + p.cluster_smoothing);
    let cl = (-p.cluster_spread * share).exp().max(p.cluster_floor);
    let bonus = match kind {
        Kind::Word => 1.0,
        Kind::Name => p.name_bonus,
        Kind::Number => p.number_bonus,
        Kind::Date => p.date_bonus,
    };
    bg * cl * bonus
}

/// Squared weight of a sentence's terms: all of them, and its ordinary
/// words only.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mass {
    /// Σ w² over all terms.
    pub all: f64,
    /// Σ w² over terms of kind [`Kind::Word`].
    pub words: f64,
    /// Σ w² over terms of kind [`Kind::Name`].
    pub names: f64,
    /// The largest weight.
    pub top: f64,
    /// Whether a term is a number.
    pub numbers: bool,
    /// The groups of its dates ([`date_group`]), one bit each.
    pub date_groups: u8,
}

/// A date term's group as a bit: a day ("d:12-29") 1, a weekday of an
/// undated article ("w:6") 2, a month ("m:12") 4, a year 8. Only dates of
/// one group can conflict: "on Sunday" in an undated report says nothing
/// against "March 9" in a dated one, nor "in December" against "December
/// 29".
pub fn date_group(key: &str) -> u8 {
    if key.starts_with("d:") {
        1
    } else if key.starts_with("w:") {
        2
    } else if key.starts_with("m:") {
        4
    } else {
        8
    }
}

/// A sentence's [`Mass`] under `weights`.
pub fn mass(terms: &[u32], weights: &[f64], vocab: &Vocab) -> Mass {
    let mut m = Mass::default();
    for &t in terms {
        let w2 = weights[t as usize].powi(2);
        m.all += w2;
        match vocab.kind[t as usize] {
            Kind::Word => m.words += w2,
            Kind::Name => m.names += w2,
            Kind::Number => m.numbers = true,
            Kind::Date => m.date_groups |= date_group(&vocab.keys[t as usize]),
        }
        m.top = m.top.max(weights[t as usize]);
    }
    m
}

/// A pair's score, its features and the terms it shares, most informative first.
#[derive(Debug, Clone)]
pub struct PairScore {
    /// 0..=1: the model's probability that the two sentences state the same claim.
    pub score: f64,
    /// The score with the number and date conflicts left out: how well the
    /// rest of the two sentences agrees (for disagreements).
    pub rest: f64,
    /// How many values the rest left out of the side that lost more (0
    /// without a conflict).
    pub left_out: usize,
    /// The pair features ([`FEATURES`]).
    pub features: [f64; N_FEATURES],
    /// Shared term ids, by weight then id (spelling variants: the first
    /// sentence's term).
    pub shared: Vec<u32>,
}

/// Indexes of `number_conflict` and `date_conflict` in [`FEATURES`].
pub const CONFLICTS: [usize; 2] = [9, 10];

/// Index of `bigrams` in [`FEATURES`].
const BIGRAMS: usize = 11;

/// Indexes of `cosine`, `cover_min`, `cover_max`, `length_ratio`,
/// `log_length` and `top_shared` in [`FEATURES`] (recomputed for the rest
/// of a pair).
const COSINE: usize = 0;
const COVER_MIN: usize = 1;
const COVER_MAX: usize = 2;
const LENGTH_RATIO: usize = 12;
const LOG_LENGTH: usize = 13;
const TOP_SHARED: usize = 15;

/// The logistic model: `1 / (1 + exp(−(intercept + Σ coef·feature)))`.
pub fn combine(f: &[f64; N_FEATURES], p: &Params) -> f64 {
    combine_above(f, p, f64::NEG_INFINITY)
}

/// [`combine`], or 0 when the model's log-odds are below `floor` (then the
/// exponential is not needed: see [`logit_floor`]).
fn combine_above(f: &[f64; N_FEATURES], p: &Params, floor: f64) -> f64 {
    let z = log_odds(f, p);
    if z < floor {
        return 0.0;
    }
    1.0 / (1.0 + (-z).exp())
}

/// The model's log-odds, `intercept + Σ coef·feature`.
fn log_odds(f: &[f64; N_FEATURES], p: &Params) -> f64 {
    p.intercept + p.coef.iter().zip(f).map(|(c, x)| c * x).sum::<f64>()
}

/// The log-odds under which every score is below `min_score`, with a
/// margin far above rounding (scores under it come back as 0 from
/// [`pair_with`], which saves the exponential of most candidate pairs);
/// minus infinity when `min_score` is not strictly between 0 and 1.
pub fn logit_floor(min_score: f64) -> f64 {
    if min_score > 0.0 && min_score < 1.0 {
        (min_score / (1.0 - min_score)).ln() - 1e-6
    } else {
        f64::NEG_INFINITY
    }
}

/// Buffers reused from one pair to the next ([`pair_with`]): scoring
/// thousands of pairs then allocates nothing.
#[derive(Debug, Default)]
pub struct Scratch {
    /// The shared terms of the last pair scored, unsorted.
    shared: Vec<u32>,
    only_a: Vec<u32>,
    only_b: Vec<u32>,
    used_b: Vec<bool>,
}

impl Scratch {
    /// The shared terms of the last pair scored, unsorted.
    pub fn shared(&self) -> &[u32] {
        &self.shared
    }

    /// Set the shared terms (those of a pair scored before the last).
    pub fn set_shared(&mut self, shared: &[u32]) {
        self.shared.clear();
        self.shared.extend_from_slice(shared);
    }

    /// The shared terms of the last pair scored, by weight then id (as
    /// [`PairScore::shared`]).
    pub fn shared_by_weight(&self, weights: &[f64]) -> Vec<u32> {
        let mut shared = self.shared.clone();
        shared.sort_by(|&x, &y| weights[y as usize].total_cmp(&weights[x as usize]).then(x.cmp(&y)));
        shared
    }
}

/// Score two sentences.
pub fn pair(a: &Features, b: &Features, weights: &[f64], vocab: &Vocab, ma: Mass, mb: Mass, p: &Params) -> PairScore {
    let mut scratch = Scratch::default();
    let mut s = pair_with(a, b, weights, vocab, ma, mb, p, f64::NEG_INFINITY, &mut scratch);
    s.shared = scratch.shared_by_weight(weights);
    s
}

/// The larger of two numbers that are never NaN, inline (`f64::max`
/// becomes a call in wasm, whose own `max` treats NaN differently).
#[inline]
fn larger(x: f64, y: f64) -> f64 {
    if x >= y { x } else { y }
}

/// Whether two sentences' figures can conflict: not when each states only
/// amounts of money, in currencies the other does not use ("£45m" /
/// "€52 million": one fee in two currencies).
fn comparable_figures(a: &Features, b: &Features) -> bool {
    a.plain_numbers || b.plain_numbers || a.amounts & b.amounts != 0 || a.amounts == 0 || b.amounts == 0
}

/// Whether some figure of `a` and some figure of `b` may measure the same
/// thing ([`figures_meet`]): not "about 320 million km from Earth"
/// against "at 14:07 UTC on November 4, after a journey of six years".
fn measures_meet(a: &Features, b: &Features) -> bool {
    let number = |v: &&Value| v.kind == "number";
    a.values.iter().filter(number).any(|v| b.values.iter().filter(number).any(|w| figures_meet(v, w)))
}

/// Whether two figures may measure the same thing ([`measures_meet`]):
/// two of one class ([`figure_class`]), or a count and anything, but for
/// an age against a count of something (a word after it: "a 61-year-old
/// former employee" / "killing one person"; not "Kirkpatrick, 61" or "dead
/// at 84"). (Two counts of two things as never meeting, 2026-12-07: ECB+
/// different-incident pairs 166 -> 199, nearly all "23 Somalian pirates" /
/// "26 Somali pirates" of two incidents, read as counts of two things.)
fn figures_meet(v: &Value, w: &Value) -> bool {
    match (figure_class(v), figure_class(w)) {
        (Some(x), Some(y)) => x == y,
        (None, Some(AGE_CLASS)) => v.slot.1.is_none(),
        (Some(AGE_CLASS), None) => w.slot.1.is_none(),
        _ => true,
    }
}

/// What a figure tells, for [`measures_meet`]: a score or record ("at
/// 9-14 a year after making the playoffs", whatever word follows), an age
/// ("a 32-year-old") or a measure ([`measure_class`]); none for a count or
/// a rank. A figure of one class and a figure of another never conflict:
/// "fired on Saturday, one day after the team continued its slide" /
/// "fired Saturday ..., who are slumping at 9-14", "A 32-year-old British
/// climber dies" / "A British climber has fallen 2,000ft". (A rank as its
/// own class, 2026-12-07: ECB+ different-incident pairs 166 -> 168, both
/// "introduced as the 21st head coach" / "fired ... slumping at 9-14", a
/// hiring against a firing that the words do not tell apart.)
fn figure_class(v: &Value) -> Option<u8> {
    if is_score(&v.key) {
        Some(SCORE_CLASS)
    } else if v.slot.0.as_deref() == Some(super::normalize::AGE_SLOT) {
        Some(AGE_CLASS)
    } else {
        measure_class(v)
    }
}

/// What a figure measures, where its words say: a clock time, a length of
/// time (the word after it, [`TIME_UNIT_KEYS`]), or a quantity of
/// `lexicon::UNIT_FACTORS` (length, speed, area, mass, volume); none for a count
/// or a figure of anything else.
pub(crate) fn measure_class(v: &Value) -> Option<u8> {
    if v.key.contains(':') {
        return Some(u8::MAX);
    }
    if let Some((_, q, _)) = unit_of(v) {
        return Some(q);
    }
    let u = v.slot.1.as_deref()?;
    TIME_UNIT_KEYS.contains(&u).then_some(u8::MAX - 1)
}

/// Whether every figure `key` of `a` and every one of `b` count two kinds of
/// thing: a quantity of `lexicon::UNIT_FACTORS` or a length of time (a word
/// of [`TIME_UNIT_KEYS`] or "nights" after it) on one side, people
/// (`lexicon::HEADCOUNT_WORDS`) on the other ("forcing about 30,000 people
/// to evacuate" / "has scorched about 30,000 acres"; "Two men have died in
/// separate climbing accidents" / "survived two nights stuck on Mount
/// Cook"). Such a figure is not shared. (Only these: "4.2-ton" / "4.2
/// tonnes" and "37 sq km" / "37 square kilometres" are one measure whose
/// unit the table does not know, and "a year" after a figure as often
/// starts another phrase: "9-14 a year after making the playoffs".)
///
/// Nor is a rank on one side and a count on the other, of two things
/// ("Almeida, the fourth seed" / "beating Rafael Almeida in four sets":
/// `disagree::is_rank`; not "a 23rd-minute header" / "after 23 minutes",
/// nor a place in a standing, [`STANDING_KEYS`]), nor a percentage on one
/// side and a count of anything on the other ("fell about 4% in London" /
/// "the last four digits of payment cards": [`PERCENT_OR_POINT_KEYS`]).
fn counts_apart(key: &str, a: &Features, b: &Features) -> bool {
    let (x, y) = (Reading::of(key, a), Reading::of(key, b));
    let apart_things = match (x.after, y.after) {
        (Some(p), Some(q)) => p != q && !STANDING_KEYS.contains(&p) && !STANDING_KEYS.contains(&q),
        _ => false,
    };
    (x.quantity && y.people)
        || (x.people && y.quantity)
        || (x.duration && y.people)
        || (x.people && y.duration)
        || (x.percent && y.counted)
        || (x.counted && y.percent)
        || (apart_things && ((x.ranks && y.counts) || (x.counts && y.ranks)))
}

/// How all of a sentence's figures of one key read ([`counts_apart`]);
/// each flag false when it states none.
struct Reading<'a> {
    /// Every one is a quantity of a unit ([`unit_of`]).
    quantity: bool,
    /// ... is a length of time (a word of [`TIME_UNIT_KEYS`] or "nights"
    /// after it).
    duration: bool,
    /// ... counts people (`lexicon::HEADCOUNT_WORDS` after it).
    people: bool,
    /// ... is a percentage.
    percent: bool,
    /// ... counts something else: a word after it that is no share and
    /// no measure ([`measure_class`]).
    counted: bool,
    /// ... is a rank as written; ... is none.
    ranks: bool,
    counts: bool,
    /// The word after the first.
    after: Option<&'a str>,
}

impl<'a> Reading<'a> {
    fn of(key: &str, f: &'a Features) -> Reading<'a> {
        let n = super::normalize::Normalizer::shared();
        let mut r = Reading { quantity: true, duration: true, people: true, percent: true, counted: true, ranks: true, counts: true, after: None };
        let mut any = false;
        for v in f.values.iter().filter(|v| v.kind == "number" && &*v.key == key) {
            any = true;
            let after = v.slot.1.as_deref();
            r.after = r.after.or(after);
            r.quantity &= unit_of(v).is_some();
            r.duration &= after.is_some_and(|k| TIME_UNIT_KEYS.contains(&k) || k == "night");
            r.people &= after.is_some_and(|k| n.is_headcount(k));
            r.percent &= after == Some("percent");
            r.counted &= after.is_some_and(|k| !PERCENT_OR_POINT_KEYS.contains(&k)) && measure_class(v).is_none();
            r.ranks &= is_rank(v);
            r.counts &= !is_rank(v);
        }
        if !any {
            r = Reading { quantity: false, duration: false, people: false, percent: false, counted: false, ranks: false, counts: false, after: None };
        }
        r
    }
}

/// The keys after a figure that make it a place in a standing, whether a
/// rank or a count is written ([`counts_apart`]).
const STANDING_KEYS: &[&str] = &["rank", "world", "place", "posit", "spot"];

/// The keys after a figure that make it a share or a change of one
/// ([`counts_apart`]): "4%", "4 percent", "4 percentage points", "4 points".
const PERCENT_OR_POINT_KEYS: &[&str] = &["percent", "percentag", "point"];

/// The classes of [`figure_class`] beyond [`measure_class`]'s (no unit of
/// `lexicon::UNIT_FACTORS` uses them): a score or record, an age.
const SCORE_CLASS: u8 = u8::MAX - 2;
const AGE_CLASS: u8 = u8::MAX - 3;

/// The keys (stems) of the words for lengths of time, after a figure
/// ([`measure_class`]).
const TIME_UNIT_KEYS: &[&str] = &["second", "minut", "hour", "day", "week", "month", "year"];

/// The index in `only_b` of an unused figure of sentence `b` that figure
/// `x` of sentence `a` agrees with through a qualifier's bound on either
/// side (`disagree::bounds_agree`), counting the same thing and near it
/// ([`BOUND_MATCH_RATIO`]): "at least three" / "four" people, "about
/// 750" / "more than 700" firefighters.
fn bound_partner(x: u32, a: &Features, b: &Features, only_b: &[u32], used_b: &[bool], vocab: &Vocab) -> Option<usize> {
    let bounded = |f: &Features| f.values.iter().any(|v| v.bound != Bound::None);
    if !bounded(a) && !bounded(b) {
        return None;
    }
    // (BOUND_MATCH_RATIO)
    let near = |u: &Value, v: &Value| match (u.key.parse::<f64>(), v.key.parse::<f64>()) {
        (Ok(p), Ok(q)) => p > 0.0 && q > 0.0 && larger(p, q) <= BOUND_MATCH_RATIO * smaller(p, q),
        _ => false,
    };
    partner(x, a, b, only_b, used_b, vocab, |u, v| fills_same_slot(u, v, true) && bounds_agree(u, v) && near(u, v))
}

/// The index in `only_b` of an unused figure of sentence `b` with a value
/// that `agree`s with a value of figure `x` of sentence `a`: the search
/// [`bound_partner`], [`unit_partner`] and [`rounded_partner`] share.
fn partner(
    x: u32,
    a: &Features,
    b: &Features,
    only_b: &[u32],
    used_b: &[bool],
    vocab: &Vocab,
    agree: impl Fn(&Value, &Value) -> bool,
) -> Option<usize> {
    let key = &*vocab.keys[x as usize];
    let xs: Vec<&Value> = a.values.iter().filter(|v| v.kind == "number" && &*v.key == key).collect();
    if xs.is_empty() {
        return None;
    }
    only_b.iter().zip(used_b).position(|(&y, &used)| {
        !used
            && vocab.kind[y as usize] == Kind::Number
            && b.values.iter().filter(|v| v.kind == "number" && *v.key == *vocab.keys[y as usize]).any(|v| xs.iter().any(|u| agree(u, v)))
    })
}

/// The unit a figure counts, of [`UNIT_FACTORS`]: its key there, its
/// quantity and its size in the quantity's base unit ("square" takes the
/// unit after it: "37 square kilometres").
pub fn unit_of(v: &Value) -> Option<(&'static str, u8, f64)> {
    let u = v.slot.1.as_deref()?;
    let found = |k: &str| UNIT_FACTORS.iter().find(|(key, ..)| *key == k).copied();
    match (u, v.next.as_deref()) {
        ("squar" | "cubic", Some(next)) => found(&format!("{u} {next}")),
        ("squar" | "cubic", None) => None,
        _ => found(u),
    }
}

/// The rounding step of a figure as its key writes it: the place of its
/// last digit that is not 0, five of it when that digit is 5 and not the
/// only significant one ("3000" 1000, "120" 10, "195" 5, "3.7" 0.1, "7.5"
/// 0.5; "5" 1, "50" 10). A power of ten is read to its next digit ("10" 1,
/// "10000" 1000): rounded to its own place, "10 km" would hold anything
/// from 5 to 15 km ("five miles" is 8 km, "six miles" 9.7). See
/// [`UNIT_MATCH_STEPS`].
pub fn rounding_step(key: &str) -> f64 {
    let (int, frac) = key.split_once('.').unwrap_or((key, ""));
    let (last, place) = match frac.trim_end_matches('0') {
        "" => {
            let digits = int.trim_end_matches('0');
            let place = 10f64.powi((int.len() - digits.len()) as i32);
            (digits.bytes().last().unwrap_or(b'1'), if digits == "1" && place >= 10.0 { place / 10.0 } else { place })
        }
        f => (f.bytes().last().unwrap_or(b'1'), 10f64.powi(-(f.len() as i32))),
    };
    // (fives only of a figure of two significant digits or more: "5" is
    // no "0 to 10", nor "50" "25 to 75")
    let frac = frac.trim_end_matches('0');
    let significant = if frac.is_empty() { int.trim_matches('0').len() } else { int.trim_start_matches('0').len() + frac.len() };
    if last == b'5' && significant >= 2 { 5.0 * place } else { place }
}

/// A figure as a measure: its unit ([`unit_of`]), the unit's quantity,
/// and the figure and its rounding step ([`rounding_step`]) in the
/// quantity's base unit.
///
/// A temperature ([`TEMPERATURE_QUANTITY`]) is one in degrees Celsius,
/// rounded to its own whole degree when it has no decimal ("40 degrees
/// Celsius" / "104 degrees Fahrenheit"; "40C" is no figure to tens).
pub fn measure(v: &Value) -> Option<(&'static str, u8, f64, f64)> {
    if let Some(&(_, scale, _)) = TEMPERATURE_SCALES.iter().find(|(_, _, key)| v.slot.1.as_deref() == Some(*key)) {
        let n = v.key.parse::<f64>().ok()?;
        let step = if v.key.contains('.') { rounding_step(&v.key) } else { 1.0 };
        return Some(match scale {
            "fahrenheit" => (scale, TEMPERATURE_QUANTITY, (n - 32.0) * 5.0 / 9.0, step * 5.0 / 9.0),
            _ => (scale, TEMPERATURE_QUANTITY, n, step),
        });
    }
    let (u, q, f) = unit_of(v)?;
    let n = v.key.parse::<f64>().ok().filter(|n| *n > 0.0)?;
    Some((u, q, n * f, rounding_step(&v.key) * f))
}

/// The quantity of a temperature in [`measure`] (no quantity of
/// `lexicon::UNIT_FACTORS`).
const TEMPERATURE_QUANTITY: u8 = 100;

/// Whether two figures in two units of one quantity convert into each
/// other: they differ by at most [`UNIT_MATCH_STEPS`] of the rounding step
/// of the less precise ("about 3,000 metres" / "around 10,000 feet");
/// none for two figures that are not so ([`measure`]).
pub fn units_convert(x: &Value, y: &Value) -> Option<bool> {
    let ((ux, qx, mx, sx), (uy, qy, my, sy)) = (measure(x)?, measure(y)?);
    (ux != uy && qx == qy).then(|| (mx - my).abs() <= UNIT_MATCH_STEPS * larger(sx, sy))
}

/// The index in `only_b` of an unused figure of sentence `b` that states
/// figure `x` of sentence `a` in another unit of the same quantity
/// ([`units_convert`]): "about 3,000 metres" / "around 10,000 feet".
fn unit_partner(x: u32, a: &Features, b: &Features, only_b: &[u32], used_b: &[bool], vocab: &Vocab) -> Option<usize> {
    partner(x, a, b, only_b, used_b, vocab, |u, v| units_convert(u, v) == Some(true))
}

/// The index in `only_b` of an unused figure of sentence `b` that is
/// figure `x` of sentence `a` rounded, or that `x` rounds, counting the
/// same thing (`disagree::rounds_to`, `fills_same_slot`): "24.9%" / "25
/// per cent", "$1.23 billion" / "$1.2 billion". The only sum of money in
/// its currency of each sentence counts the same thing wherever it
/// stands, as for disagreements ("fined U.S. tech group Quanta 1.8
/// billion euros ($1.95 billion)" / "has been fined €1.84bn by").
fn rounded_partner(x: u32, a: &Features, b: &Features, only_b: &[u32], used_b: &[bool], vocab: &Vocab) -> Option<usize> {
    let one_sum = |u: &Value, v: &Value| u.currency == v.currency && only_sum(u, &a.values) && only_sum(v, &b.values);
    // (there the rounded sum is told to two significant digits or as an
    // estimate: "$1 billion in punitive damages" is no "$1.25 billion"
    // told round, "about $4 billion" is "$4.2 billion")
    let fine = |r: &Value| r.bound == Bound::About || r.key.parse::<f64>().is_ok_and(|n| significant_digits(n) >= 2);
    partner(x, a, b, only_b, used_b, vocab, |u, v| {
        let fits = |exact: &Value, rounded: &Value| rounds_to(exact, rounded) && (fills_same_slot(u, v, true) || (one_sum(u, v) && fine(rounded)));
        fits(u, v) || fits(v, u)
    })
}

/// The index in `only_b` of an unused time of sentence `b` in GMT that is
/// time `x` of sentence `a` in a zone of two offsets, or the other way
/// round (`normalize::same_moment`): "6:15 a.m. ET" / "10:15 GMT" (EDT)
/// and "11:15 GMT" (EST) alike, the season not being known.
fn zone_partner(x: u32, a: &Features, b: &Features, only_b: &[u32], used_b: &[bool], vocab: &Vocab) -> Option<usize> {
    // (most sentences tell no time in a zone: no search)
    let zoned = |f: &Features| f.values.iter().any(|v| v.zone != 0);
    if !zoned(a) || !zoned(b) {
        return None;
    }
    partner(x, a, b, only_b, used_b, vocab, |u, v| same_moment(u, v) || same_moment(v, u))
}

/// The smaller of two numbers that are never NaN (see [`larger`]).
#[inline]
fn smaller(x: f64, y: f64) -> f64 {
    if x <= y { x } else { y }
}

/// [`pair`] without the shared terms (left empty; they are in `scratch`,
/// see [`Scratch::shared_by_weight`]). Scores whose log-odds are under
/// `floor` come back as 0 ([`logit_floor`]; `f64::NEG_INFINITY`: exact),
/// their `bigrams` feature then possibly not computed (left 0).
#[allow(clippy::too_many_arguments)]
pub fn pair_with(
    a: &Features,
    b: &Features,
    weights: &[f64],
    vocab: &Vocab,
    ma: Mass,
    mb: Mass,
    p: &Params,
    floor: f64,
    scratch: &mut Scratch,
) -> PairScore {
    let Scratch { shared, only_a, only_b, used_b } = scratch;
    shared.clear();
    only_a.clear();
    only_b.clear();
    let (mut i, mut j) = (0, 0);
    let mut dot = 0.0;
    let mut dot_words = 0.0;
    let mut dot_names = 0.0;
    let mut top_shared = 0.0f64;
    let mut shared_names = 0usize;
    let (mut shared_num, mut shared_dates) = (false, 0u8);
    let (ta, tb) = (&a.terms[..], &b.terms[..]);
    while i < ta.len() && j < tb.len() {
        let (x, y) = (ta[i], tb[j]);
        if x == y && vocab.kind[x as usize] == Kind::Number && counts_apart(&vocab.keys[x as usize], a, b) {
            // one figure counting two kinds of thing is not shared
            only_a.push(x);
            only_b.push(y);
            i += 1;
            j += 1;
        } else if x == y {
            let w2 = weights[x as usize].powi(2);
            dot += w2;
            top_shared = larger(top_shared, weights[x as usize]);
            match vocab.kind[x as usize] {
                Kind::Word => dot_words += w2,
                Kind::Name => {
                    shared_names += 1;
                    dot_names += w2;
                }
                Kind::Number => shared_num = true,
                Kind::Date => shared_dates |= date_group(&vocab.keys[x as usize]),
            }
            shared.push(x);
            i += 1;
            j += 1;
        } else if x < y {
            only_a.push(x);
            i += 1;
        } else {
            only_b.push(y);
            j += 1;
        }
    }
    only_a.extend_from_slice(&ta[i..]);
    only_b.extend_from_slice(&tb[j..]);
    // which sentences state numbers and dates at all
    let nums = (ma.numbers, mb.numbers);
    // a date conflict: both state dates of one group, and share none of it
    let both_groups = ma.date_groups & mb.date_groups;
    let date_conflict = both_groups != 0 && shared_dates & both_groups == 0;
    // spelling variants: best trigram match for each unmatched word
    used_b.clear();
    used_b.resize(only_b.len(), false);
    let mut names_a = 0usize;
    for &x in only_a.iter() {
        let kx = vocab.kind[x as usize];
        let mut best: Option<(usize, f64)> = None;
        // variants are sorted best first: the first unused one in `only_b` wins
        for &(y, s) in vocab.variants(x) {
            if let Ok(k) = only_b.binary_search(&y) {
                if !used_b[k] {
                    best = Some((k, s));
                    break;
                }
            }
        }
        if let Some((k, s)) = best {
            used_b[k] = true;
            let d = weights[x as usize] * weights[only_b[k] as usize] * s;
            dot += d;
            top_shared = larger(top_shared, d.sqrt());
            match kx {
                Kind::Word => dot_words += d,
                Kind::Name => {
                    shared_names += 1;
                    dot_names += d;
                }
                _ => {}
            }
            shared.push(x);
        } else if kx == Kind::Name {
            names_a += 1;
        } else if let Some(k) = (kx == Kind::Number)
            .then(|| {
                bound_partner(x, a, b, only_b, used_b, vocab)
                    .or_else(|| unit_partner(x, a, b, only_b, used_b, vocab))
                    .or_else(|| rounded_partner(x, a, b, only_b, used_b, vocab))
                    .or_else(|| zone_partner(x, a, b, only_b, used_b, vocab))
            })
            .flatten()
        {
            // a figure the other allows through a qualifier ("at least
            // three" / "four" people died), states in another unit
            // ("3,000 metres" / "10,000 feet") or rounded ("24.9%" / "25
            // per cent"): stated by both, no conflict
            used_b[k] = true;
            dot += weights[x as usize] * weights[only_b[k] as usize];
            shared_num = true;
            shared.push(x);
        }
    }
    let names_b = only_b.iter().zip(used_b.iter()).filter(|&(&y, &u)| !u && vocab.kind[y as usize] == Kind::Name).count();

    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let ratio = |x: f64, y: f64| if y > 0.0 { smaller(larger(x / y, 0.0), 1.0) } else { 0.0 };
    let (small, large) = (smaller(ma.all, mb.all), larger(ma.all, mb.all));
    let (la, lb) = (a.terms.len() as f64, b.terms.len() as f64);
    let features = [
        ratio(dot, (ma.all * mb.all).sqrt()),
        ratio(dot, small),
        ratio(dot, large),
        dot.ln_1p(),
        ratio(dot_words, smaller(ma.words, mb.words)),
        shared_names.min(3) as f64,
        flag(names_a > 0 && names_b > 0),
        ln_1p_count(names_a + names_b),
        flag(shared_num || shared_dates != 0),
        flag(nums.0 && nums.1 && !shared_num && comparable_figures(a, b)),
        flag(date_conflict),
        0.0, // bigrams, below
        ratio(smaller(la, lb), larger(la, lb)),
        ln_1p_count(a.terms.len().min(b.terms.len())),
        ratio(dot_names, smaller(ma.names, mb.names)),
        ratio(top_shared, larger(ma.top, mb.top)),
    ];
    let mut features = features;
    // The rest of the pair: its features with the conflicting values (the
    // numbers, the dates of each side that the other lacks, when the two
    // share none) left out of both sentences, and the conflicts not
    // counted: how well everything else agrees.
    let conflict = (features[CONFLICTS[0]] > 0.0, features[CONFLICTS[1]] > 0.0);
    let mut rest_features = None;
    let mut left_out = 0;
    if dot > 0.0 && (conflict.0 || conflict.1) {
        let is_left_out = |k: Kind| (conflict.0 && k == Kind::Number) || (conflict.1 && k == Kind::Date);
        let without = |m: Mass, terms: &[u32], only: &[u32]| -> (Mass, usize) {
            let mut m = m;
            let mut n = terms.len();
            for &t in only.iter().filter(|&&t| is_left_out(vocab.kind[t as usize])) {
                m.all -= weights[t as usize].powi(2);
                n -= 1;
            }
            m.top = terms
                .iter()
                .filter(|&&t| !(is_left_out(vocab.kind[t as usize]) && only.binary_search(&t).is_ok()))
                .map(|&t| weights[t as usize])
                .fold(0.0, larger);
            (m, n)
        };
        let (ra, na) = without(ma, ta, only_a);
        let (rb, nb) = without(mb, tb, only_b);
        left_out = (ta.len() - na).max(tb.len() - nb);
        let (small, large) = (smaller(ra.all, rb.all), larger(ra.all, rb.all));
        let mut f = features;
        f[COSINE] = ratio(dot, (ra.all * rb.all).sqrt());
        f[COVER_MIN] = ratio(dot, small);
        f[COVER_MAX] = ratio(dot, large);
        for k in CONFLICTS {
            f[k] = 0.0;
        }
        f[LENGTH_RATIO] = ratio(na.min(nb) as f64, na.max(nb) as f64);
        f[LOG_LENGTH] = ln_1p_count(na.min(nb));
        f[TOP_SHARED] = ratio(top_shared, larger(ra.top, rb.top));
        rest_features = Some(f);
    }
    // Figures that measure different things (a distance, a clock time, a
    // length of time: measures_meet) are no conflict: the pair is scored
    // as its rest, with them left out ("A European spacecraft landed on
    // the asteroid Kallisto on Tuesday, about 320 million km from Earth" /
    // "... touched down on the metal-rich asteroid Kallisto at 14:07 UTC on
    // November 4, after a journey of six years")
    if conflict.0 && !conflict.1 && !measures_meet(a, b) {
        if let Some(f) = rest_features {
            features = f;
        }
    }
    // The bigram overlap (a merge of two lists) only when it can matter:
    // when even a full overlap leaves both the score and the score of the
    // rest under `floor`, both come back as 0 without it.
    if floor > f64::NEG_INFINITY {
        let z = log_odds(&features, p);
        let z_rest = rest_features.as_ref().map_or(z, |f| log_odds(f, p));
        if larger(z, z_rest) + larger(p.coef[BIGRAMS], 0.0) < floor {
            return PairScore { score: 0.0, rest: 0.0, left_out, features, shared: Vec::new() };
        }
    }
    features[BIGRAMS] = ratio(sorted_overlap(&a.bigrams, &b.bigrams) as f64, a.bigrams.len().min(b.bigrams.len()) as f64);
    let score = if dot > 0.0 { combine_above(&features, p, floor) } else { 0.0 };
    let rest = match rest_features {
        Some(mut f) => {
            f[BIGRAMS] = features[BIGRAMS];
            combine_above(&f, p, floor)
        }
        None => score,
    };
    PairScore { score, rest, left_out, features, shared: Vec::new() }
}

/// `ln(1 + n)` of a count, from a table for small counts (the same
/// values `f64::ln_1p` gives: the table is filled by it).
fn ln_1p_count(n: usize) -> f64 {
    const TABLE_LEN: usize = 256;
    static TABLE: std::sync::OnceLock<[f64; TABLE_LEN]> = std::sync::OnceLock::new();
    match TABLE.get_or_init(|| std::array::from_fn(|k| (k as f64).ln_1p())).get(n) {
        Some(&v) => v,
        None => (n as f64).ln_1p(),
    }
}

/// Number of common elements of two sorted, deduplicated slices.
pub fn sorted_overlap<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Character trigrams of a word (with boundary marks), sorted, deduplicated;
/// empty for words too short to have spelling variants.
pub fn trigrams(word: &str, min_chars: usize) -> Vec<u32> {
    let mut g = Vec::new();
    trigrams_into(word, min_chars, &mut g);
    g
}

/// [`trigrams`], appended to `out`.
pub fn trigrams_into(word: &str, min_chars: usize, out: &mut Vec<u32>) {
    if word.chars().count() < min_chars {
        return;
    }
    let start = out.len();
    let mut chars = std::iter::once('^').chain(word.chars()).chain(std::iter::once('$'));
    let (Some(mut a), Some(mut b)) = (chars.next(), chars.next()) else { return };
    for c in chars {
        out.push([a, b, c].iter().fold(0u32, |h, &c| h.wrapping_mul(0x0100_0193).wrapping_add(c as u32)));
        (a, b) = (b, c);
    }
    out[start..].sort_unstable();
    // deduplicate the new run in place
    let mut kept = start;
    for k in start..out.len() {
        if kept == start || out[k] != out[kept - 1] {
            out[kept] = out[k];
            kept += 1;
        }
    }
    out.truncate(kept);
}

/// Dice coefficient of two sorted sets.
pub fn dice(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    dice_of(sorted_overlap(a, b), a.len(), b.len())
}

/// Dice coefficient of two sets of `la` and `lb` elements with `common`
/// elements in common.
pub fn dice_of(common: usize, la: usize, lb: usize) -> f64 {
    if la + lb == 0 {
        return 0.0;
    }
    2.0 * common as f64 / (la + lb) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_steps() {
        for (k, step) in [("3000", 1000.0), ("120", 10.0), ("195", 5.0), ("3.7", 0.1), ("7.5", 0.5), ("12", 1.0), ("10000", 1000.0), ("10", 1.0), ("20000", 10000.0), ("1050", 50.0), ("5", 1.0), ("50", 10.0), ("25", 5.0), ("0.5", 0.1)] {
            assert!((rounding_step(k) - step).abs() < 1e-9, "{k}");
        }
    }

    /// The named feature indexes point at their features.
    #[test]
    fn feature_indexes_match_the_names() {
        let named = [
            (COSINE, "cosine"),
            (COVER_MIN, "cover_min"),
            (COVER_MAX, "cover_max"),
            (CONFLICTS[0], "number_conflict"),
            (CONFLICTS[1], "date_conflict"),
            (BIGRAMS, "bigrams"),
            (LENGTH_RATIO, "length_ratio"),
            (LOG_LENGTH, "log_length"),
            (TOP_SHARED, "top_shared"),
        ];
        for (k, name) in named {
            assert_eq!(FEATURES[k], name);
        }
    }

    #[test]
    fn spelling_variants_are_close() {
        let a = trigrams("aleksandr", 5);
        let b = trigrams("alexander", 5);
        assert!(dice(&a, &b) > 0.3);
        assert!(dice(&trigrams("bortnikov", 5), &trigrams("bortnikov", 5)) > 0.99);
        assert!(trigrams("cat", 5).is_empty());
    }

    #[test]
    fn model_is_a_probability() {
        let p = Params::default();
        assert!((0.0..=1.0).contains(&combine(&[0.0; N_FEATURES], &p)));
        assert!((0.0..=1.0).contains(&combine(&[1.0; N_FEATURES], &p)));
    }
}
