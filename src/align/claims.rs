//! Grouping links into claims without chaining.
//!
//! The nodes are forms ([`super::Forms`]: the copies of one sentence are
//! one node, carried by each of their articles). Links are taken strongest first. Two groups merge only when at least
//! [`MIN_LINKED_SHARE`] of the sentence pairs across them (in different
//! articles) are linked — average linkage over the link graph — so that
//! A–B and B–C do not put A and C in one claim unless A and C also agree.
//! Then each disagreement (two linked sentences that agree on all but a
//! number, a date or a name) joins the groups of its two sentences when they
//! come from different articles and at least [`MIN_CONFLICT_LINKED_SHARE`]
//! of their cross pairs are linked: the sentences that state the other
//! figure score lower, so the same fact told with two figures would
//! otherwise be two claims.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap as HashMap;

use super::{support_of, Forms, Unit, MULTI};
use crate::model::Claim;

/// Share of cross pairs that must be linked for two groups to merge.
/// A claim is shown in the words of its best linked sentence, but not of
/// one that at least this many sentences of the claim differ from, two of
/// them linked to each other without a difference: the one source's "by half a
/// percentage point" against three sources' "by a quarter of a percentage
/// point", the brief's "at 0147 GMT" against two "0047 GMT"s; not the
/// wire's "on Monday ... 10 years" that one source differs from on the
/// day and another on the years. (Any disagreement at all made a sentence
/// on either side of a two-sided difference give way to a vaguer one that
/// states no figure: "Norland First doubled its vote to 17%" from a blog's
/// list over the wire's "more than doubled its share to 17.2%, winning 32
/// seats".)
pub const MIN_DISPUTES_NOT_SHOWN: usize = 2;

pub const MIN_LINKED_SHARE: f64 = 0.5;

/// Share of cross pairs that must be linked for two groups joined by a
/// disagreement (the same fact with different values) to merge: lower than
/// [`MIN_LINKED_SHARE`], since the pairs that differ on the value score
/// lower ("14 people were taken to hospital" against "twelve people were
/// treated in hospital": one of the four cross pairs of the sample is linked).
pub const MIN_CONFLICT_LINKED_SHARE: f64 = 0.25;

/// A sentence linked to at least this share of another claim's members
/// (and to two or more of them) also supports that claim.
pub const MIN_SECONDARY_SHARE: f64 = 0.5;

/// Two groups merge only when each member of the smaller, if it has at
/// most this many, is linked to the other group: a sentence does not join a
/// claim through another's second clause alone (the wire's "The Norland
/// krona rose 0.6% against the euro" linked only to a finance site's "The
/// Norland krona strengthened about 0.8% against the euro on Thursday
/// after the country's central bank raised rates to 4.75%", which the
/// rate rise's sentences are linked to, was shown as carried by all five
/// articles). Without [`MIN_GROUP_EACH_LINKED_INTO`] three fixtures lost
/// right claims (a headline and the lead of a two-article story apart);
/// with it eval_align and the synthetic clusters' bank sentences do not
/// move (their background sentences' support error 8.82 / 12.17 / 10.61
/// -> 8.89 / 12.23 / 10.57 at 25 / 100 / 300 articles).
pub const MAX_GROUP_EACH_LINKED: usize = 3;

/// ... and the larger group has at least this many members (a sentence
/// could have been linked to one of them).
pub const MIN_GROUP_EACH_LINKED_INTO: usize = 4;

/// One group of sentences while grouping.
#[derive(Default)]
struct Group {
    /// forms
    members: Vec<usize>,
    /// (article, number of members found in that article only), by article
    arts: Vec<(usize, usize)>,
    /// other group -> number of links between the two
    links: HashMap<usize, usize>,
}

impl Group {
    /// Members from article `art`.
    fn members_in(&self, art: usize) -> usize {
        self.arts.binary_search_by_key(&art, |&(a, _)| a).map_or(0, |k| self.arts[k].1)
    }

    /// Add `other`'s article counts to this group's.
    fn add_arts(&mut self, other: &[(usize, usize)]) {
        let mut merged = Vec::with_capacity(self.arts.len() + other.len());
        let (mut i, mut j) = (0, 0);
        while i < self.arts.len() || j < other.len() {
            match (self.arts.get(i), other.get(j)) {
                (Some(&(a, c)), Some(&(b, d))) if a == b => {
                    merged.push((a, c + d));
                    i += 1;
                    j += 1;
                }
                (Some(&x), Some(&(b, _))) if x.0 < b => {
                    merged.push(x);
                    i += 1;
                }
                (_, Some(&y)) => {
                    merged.push(y);
                    j += 1;
                }
                (Some(&x), None) => {
                    merged.push(x);
                    i += 1;
                }
                (None, None) => break,
            }
        }
        self.arts = merged;
    }
}

/// Whether two groups' dates ((date group, key hash), sorted; see
/// `score::date_group`) tell two moments: both state dates of one group
/// (two weekdays, two days of the year) and no date is in both.
fn dates_apart(a: &[(u8, u64)], b: &[(u8, u64)]) -> bool {
    let shared = a.iter().any(|x| b.binary_search(x).is_ok());
    !shared && a.iter().any(|&(g, _)| b.iter().any(|&(h, _)| g == h))
}

/// Merge groups `ga` and `gb` (the smaller into the larger).
fn merge(groups: &mut [Group], group_of: &mut [usize], ga: usize, gb: usize) {
    let (into, from) = if groups[ga].members.len() >= groups[gb].members.len() { (ga, gb) } else { (gb, ga) };
    let moved = std::mem::take(&mut groups[from]);
    for &f in &moved.members {
        if let Some(g) = group_of.get_mut(f) {
            *g = into;
        }
    }
    groups[into].members.extend(moved.members);
    groups[into].add_arts(&moved.arts);
    groups[into].links.remove(&from);
    for (other, c) in moved.links {
        if other == into {
            continue;
        }
        *groups[into].links.entry(other).or_insert(0) += c;
        let back = &mut groups[other].links;
        back.remove(&from);
        *back.entry(into).or_insert(0) += c;
    }
}

/// Group linked forms into claims carried by two or more articles.
///
/// `conflicts` are the form pairs of the disagreements, with whether
/// they differ on a date (see below);
/// `form_dates` each form's dates, as (`score::date_group`, key hash),
/// sorted.
/// `links` are links between forms; a form's link with itself says that
/// its copies (in several articles) are linked. `max_links` is the per-form
/// link cap of the aligner: in large clusters a form cannot be linked to
/// every member of a big claim, so the share is taken over at most
/// `max_links` links per member of the smaller group. Cost: each link is
/// looked at a constant number of times, plus the merges (smaller group
/// into larger).
pub fn group(
    units: &[Unit],
    forms: &Forms,
    links: &[(usize, usize, f64)],
    conflicts: &[(usize, usize, bool)],
    form_dates: &[Vec<(u8, u64)>],
    family: &[usize],
    max_links: usize,
) -> Vec<Claim> {
    let none = usize::MAX;
    let n_forms = forms.len();
    let mut group_of: Vec<usize> = vec![none; n_forms];
    let mut groups: Vec<Group> = Vec::new();
    let mut self_linked = vec![false; n_forms];
    // each form's number of links: its group's first link map is made
    // that large at once
    let mut links_of = vec![0usize; n_forms];
    for &(a, b, _) in links {
        if a == b {
            self_linked[a] = true;
        } else {
            links_of[a] += 1;
            links_of[b] += 1;
        }
    }
    let single = |f: usize| (forms.article[f] != MULTI).then_some(forms.article[f] as usize);
    for &(a, b, _) in links {
        for f in [a, b] {
            if group_of[f] == none {
                group_of[f] = groups.len();
                groups.push(Group {
                    members: vec![f],
                    arts: single(f).map(|art| vec![(art, 1)]).unwrap_or_default(),
                    links: HashMap::with_capacity_and_hasher(links_of[f], Default::default()),
                });
            }
        }
        if a == b {
            continue;
        }
        let (ga, gb) = (group_of[a], group_of[b]);
        *groups[ga].links.entry(gb).or_insert(0) += 1;
        *groups[gb].links.entry(ga).or_insert(0) += 1;
    }
    // each form's linked forms (MAX_GROUP_EACH_LINKED)
    let mut neighbours: Vec<Vec<usize>> = links_of.iter().map(|&n| Vec::with_capacity(n)).collect();
    for &(a, b, _) in links {
        if a != b {
            neighbours[a].push(b);
            neighbours[b].push(a);
        }
    }
    let mut order: Vec<&(usize, usize, f64)> = links.iter().filter(|l| l.0 != l.1).collect();
    order.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));

    for &&(a, b, _) in &order {
        let (ga, gb) = (group_of[a], group_of[b]);
        if ga == gb {
            continue;
        }
        let hits = groups[ga].links.get(&gb).copied().unwrap_or(0);
        let (na, nb) = (groups[ga].members.len(), groups[gb].members.len());
        let same_article: usize = {
            let (small, large) = if groups[ga].arts.len() <= groups[gb].arts.len() { (ga, gb) } else { (gb, ga) };
            groups[small].arts.iter().map(|&(art, c)| c * groups[large].members_in(art)).sum()
        };
        let pairs = (na * nb).saturating_sub(same_article);
        let possible = pairs.min(max_links.max(1) * na.min(nb));
        if possible == 0 || (hits as f64) < MIN_LINKED_SHARE * possible as f64 {
            continue;
        }
        let (small, large) = if na <= nb { (ga, gb) } else { (gb, ga) };
        if groups[small].members.len() <= MAX_GROUP_EACH_LINKED
            && groups[large].members.len() >= MIN_GROUP_EACH_LINKED_INTO
            && !groups[small].members.iter().all(|&f| neighbours[f].iter().any(|&g| group_of[g] == large))
        {
            continue;
        }
        merge(&mut groups, &mut group_of, ga, gb);
    }

    // one fact told with different values: a disagreement (two linked
    // sentences that agree on the rest but differ on a number, a date or a
    // name) joins the groups of its two sentences when no article is in both,
    // so that "14 taken to hospital" (two articles) and "12 taken to
    // hospital" (two others) are one claim carried by four, flagged as
    // differing, not two claims of two. Two groups that share an article are
    // two claims of that article and stay apart.
    let articles_of = |g: &Group| -> Vec<usize> {
        let mut a: Vec<usize> = g.members.iter().flat_map(|&f| forms.units(f).iter().map(|&u| units[u as usize].article)).collect();
        a.sort_unstable();
        a.dedup();
        a
    };
    // the dates a group's sentences state, (date group, key hash), sorted
    let dates_of = |g: &Group| -> Vec<(u8, u64)> {
        let mut d: Vec<(u8, u64)> = g.members.iter().flat_map(|&f| form_dates.get(f).into_iter().flatten().copied()).collect();
        d.sort_unstable();
        d.dedup();
        d
    };
    for &(a, b, on_date) in conflicts {
        let (Some(&ga), Some(&gb)) = (group_of.get(a), group_of.get(b)) else {
            continue;
        };
        if ga == none || gb == none || ga == gb {
            continue;
        }
        let in_a = articles_of(&groups[ga]);
        if articles_of(&groups[gb]).iter().any(|x| in_a.binary_search(x).is_ok()) {
            continue;
        }
        // nor, when they differ on a figure or a name, do the two groups
        // tell other dates, none in common: the same wording of two
        // incidents ("captured 23 pirates ... on Saturday" / "on Thursday
        // ... apprehending 26 Somali pirates"; not "won the Oscar in 1979"
        // / "in 1980", where the date is the difference)
        if !on_date && dates_apart(&dates_of(&groups[ga]), &dates_of(&groups[gb])) {
            continue;
        }
        // and enough of the rest of the two groups is linked too: one
        // disagreement between two large groups is not one fact
        let hits = groups[ga].links.get(&gb).copied().unwrap_or(0);
        let (na, nb) = (groups[ga].members.len(), groups[gb].members.len());
        let possible = (na * nb).min(max_links.max(1) * na.min(nb));
        if (hits as f64) < MIN_CONFLICT_LINKED_SHARE * possible as f64 {
            continue;
        }
        merge(&mut groups, &mut group_of, ga, gb);
    }

    // degrees inside groups (representatives), and links from a form
    // into other groups (secondary membership)
    let mut degree = vec![0usize; n_forms];
    // (form, other group) once per link between them, sorted: each run is
    // one pair with its count
    let mut into_other: Vec<(usize, usize)> = Vec::new();
    for &(a, b, _) in links {
        if a == b {
            continue;
        }
        let (ga, gb) = (group_of[a], group_of[b]);
        if ga == gb {
            degree[a] += 1;
            degree[b] += 1;
        } else {
            into_other.push((a, gb));
            into_other.push((b, ga));
        }
    }
    into_other.sort_unstable();
    let mut secondary: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for run in into_other.chunk_by(|x, y| x == y) {
        let ((f, g), count) = (run[0], run.len());
        let grp = &groups[g];
        let others = grp.members.len() - single(f).map_or(0, |art| grp.members_in(art));
        let possible = others.min(max_links.max(1));
        if grp.arts.len() >= 2 && count >= 2 && count as f64 >= MIN_SECONDARY_SHARE * possible as f64 {
            secondary.entry(g).or_default().push(f);
        }
    }
    // the forms that sentences of their own group agreeing with each other
    // differ from: the claim is not shown in their words
    // (MIN_DISPUTES_NOT_SHOWN)
    let mut disputers: Vec<Vec<usize>> = vec![Vec::new(); n_forms];
    // (sorted pair lists: two BTreeSets of pairs made the .wasm 10.6 KB
    // larger, 3.3 KB gzipped)
    let mut conflict_set: Vec<(usize, usize)> = Vec::new();
    for &(a, b, _) in conflicts {
        if a < n_forms && b < n_forms && group_of[a] == group_of[b] && group_of[a] != none {
            disputers[a].push(b);
            disputers[b].push(a);
            conflict_set.push((a.min(b), a.max(b)));
        }
    }
    conflict_set.sort_unstable();
    // (two of them agree: linked to each other, without a difference)
    let mut linked: Vec<(usize, usize)> = links.iter().map(|&(a, b, _)| (a.min(b), a.max(b))).collect();
    linked.sort_unstable();
    let agree = |x: usize, y: usize| {
        let key = (x.min(y), x.max(y));
        x != y && linked.binary_search(&key).is_ok() && conflict_set.binary_search(&key).is_err()
    };
    let odd: Vec<bool> = disputers
        .iter()
        .map(|ds| ds.len() >= MIN_DISPUTES_NOT_SHOWN && ds.iter().enumerate().any(|(k, &x)| ds[k + 1..].iter().any(|&y| agree(x, y))))
        .collect();
    let place = |u: u32| (units[u as usize].article, units[u as usize].index);
    // a form's first unit
    let first_of = |f: usize| forms.units(f).first().copied().map_or((usize::MAX, usize::MAX), place);

    let mut claims: Vec<((usize, usize), Claim)> = Vec::new();
    for (gid, grp) in groups.iter().enumerate() {
        let g = &grp.members;
        // one form alone is a claim when its copies are linked
        if g.is_empty() || (g.len() < 2 && !self_linked[g[0]]) {
            continue;
        }
        let rep = g
            .iter()
            .copied()
            .max_by_key(|&f| (!odd[f], degree[f], std::cmp::Reverse(first_of(f))))
            .unwrap_or(g[0]);
        let extra = secondary.get(&gid).map_or(&[][..], Vec::as_slice);
        let mut all: Vec<u32> = g.iter().chain(extra).flat_map(|&f| forms.units(f).iter().copied()).collect();
        // unit order is (article, index) order
        all.sort_unstable();
        all.dedup();
        let articles: BTreeSet<usize> = all.iter().map(|&u| units[u as usize].article).collect();
        if articles.len() < 2 {
            continue;
        }
        let (support, independent_support) = support_of(&articles, family);
        let first = all.first().map_or((usize::MAX, usize::MAX), |&u| place(u));
        let rep_unit = forms.units(rep).first().map_or(0, |&u| u as usize);
        claims.push((
            first,
            Claim {
                id: "".into(),
                representative: units[rep_unit].id.clone(),
                sentences: all.iter().map(|&u| units[u as usize].id.clone()).collect(),
                articles: articles.into_iter().collect(),
                support,
                independent_support,
            },
        ));
    }
    claims.sort_by(|(fx, x), (fy, y)| {
        y.independent_support.cmp(&x.independent_support).then(y.support.cmp(&x.support)).then(fx.cmp(fy))
    });
    claims
        .into_iter()
        .enumerate()
        .map(|(i, (_, mut c))| {
            c.id = format!("c{i}").into();
            c
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::normalize::word_hash;
    use crate::align::MAX_LINKS_PER_SENTENCE;

    /// Four one-sentence articles: 0 and 1 tell one count, 2 and 3
    /// another, each pair linked; one of the four cross pairs is linked and
    /// flagged on the count alone (a sentence with no day against one with
    /// a day). The disagreement joins the two pairs into one claim, unless
    /// the pairs' dates are apart and the flag is not on the date.
    fn claims_with(dates: [&str; 4], on_date: bool) -> Vec<Vec<usize>> {
        let units: Vec<Unit> = (0..4)
            .map(|a| Unit { article: a, index: 0, id: format!("a{a}s0").into(), text: String::new(), heading: false })
            .collect();
        let forms = super::super::Forms::new((0..4).collect(), 4, &units);
        let links = [(0, 1, 0.95), (2, 3, 0.95), (1, 2, 0.8)];
        let form_dates: Vec<Vec<(u8, u64)>> = dates.iter().map(|d| vec![(2, word_hash(d))]).collect();
        group(&units, &forms, &links, &[(1, 2, on_date)], &form_dates, &[0, 1, 2, 3], MAX_LINKS_PER_SENTENCE)
            .into_iter()
            .map(|c| c.articles)
            .collect()
    }

    #[test]
    fn two_incidents_told_alike_on_other_days_stay_two_claims() {
        // "captured 23 pirates ... on Saturday" / "on Thursday ...
        // apprehending 26 Somali pirates": two events
        assert_eq!(claims_with(["w:5", "w:5", "w:3", "w:3"], false), [vec![0, 1], vec![2, 3]]);
        // the same day: one fact told with two counts
        assert_eq!(claims_with(["w:5", "w:5", "w:5", "w:5"], false), [vec![0, 1, 2, 3]]);
        // the day is what differs: one fact told with two days
        assert_eq!(claims_with(["w:5", "w:5", "w:3", "w:3"], true), [vec![0, 1, 2, 3]]);
    }
}
