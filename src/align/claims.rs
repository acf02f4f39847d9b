//! Grouping links into claims without chaining.
//!
//! Links are taken strongest first. Two groups merge only when at least
//! [`MIN_LINKED_SHARE`] of the sentence pairs across them (in different
//! articles) are linked — average linkage over the link graph — so that
//! A–B and B–C do not put A and C in one claim unless A and C also agree.

use std::collections::{BTreeMap, BTreeSet};

use super::{support_of, Unit};
use crate::model::Claim;

/// Share of cross pairs that must be linked for two groups to merge.
pub const MIN_LINKED_SHARE: f64 = 0.5;

/// Group linked units into claims carried by two or more articles.
pub fn group(units: &[Unit], links: &[(usize, usize, f64)], family: &[usize]) -> Vec<Claim> {
    let mut linked: BTreeSet<(usize, usize)> = BTreeSet::new();
    for &(a, b, _) in links {
        linked.insert((a.min(b), a.max(b)));
    }
    let mut order: Vec<&(usize, usize, f64)> = links.iter().collect();
    order.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));

    // group id per unit
    let mut group_of: BTreeMap<usize, usize> = BTreeMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for &&(a, b, _) in &order {
        match (group_of.get(&a).copied(), group_of.get(&b).copied()) {
            (Some(ga), Some(gb)) if ga == gb => {}
            (None, None) => {
                groups.push(vec![a, b]);
                group_of.insert(a, groups.len() - 1);
                group_of.insert(b, groups.len() - 1);
            }
            (Some(g), None) | (None, Some(g)) => {
                let new = if group_of.contains_key(&a) { b } else { a };
                if linked_share(&groups[g], &[new], units, &linked) >= MIN_LINKED_SHARE {
                    groups[g].push(new);
                    group_of.insert(new, g);
                } else {
                    groups.push(vec![a, b]);
                    // a sentence may support more than one claim: the pair
                    // forms its own claim; the sentence keeps its first group
                    let g2 = groups.len() - 1;
                    group_of.entry(new).or_insert(g2);
                }
            }
            (Some(ga), Some(gb)) => {
                if linked_share(&groups[ga], &groups[gb], units, &linked) >= MIN_LINKED_SHARE {
                    let moved = std::mem::take(&mut groups[gb]);
                    for &u in &moved {
                        group_of.insert(u, ga);
                    }
                    groups[ga].extend(moved);
                }
            }
        }
    }

    let mut claims: Vec<Claim> = Vec::new();
    for mut g in groups.into_iter().filter(|g| g.len() >= 2) {
        g.sort_by_key(|&u| (units[u].article, units[u].index));
        g.dedup();
        let articles: BTreeSet<usize> = g.iter().map(|&u| units[u].article).collect();
        if articles.len() < 2 {
            continue;
        }
        let (support, independent_support) = support_of(&articles, family);
        // representative: the member with most links inside the group
        let rep = g
            .iter()
            .copied()
            .max_by_key(|&u| {
                let deg = g.iter().filter(|&&v| linked.contains(&(u.min(v), u.max(v)))).count();
                (deg, std::cmp::Reverse((units[u].article, units[u].index)))
            })
            .unwrap_or(g[0]);
        claims.push(Claim {
            id: String::new(),
            representative: units[rep].id.clone(),
            sentences: g.iter().map(|&u| units[u].id.clone()).collect(),
            articles: articles.into_iter().collect(),
            support,
            independent_support,
        });
    }
    claims.sort_by(|x, y| {
        y.independent_support
            .cmp(&x.independent_support)
            .then(y.support.cmp(&x.support))
            .then_with(|| first_key(x, units).cmp(&first_key(y, units)))
    });
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = format!("c{i}");
    }
    claims
}

fn first_key(c: &Claim, units: &[Unit]) -> (usize, usize) {
    c.sentences
        .first()
        .and_then(|id| units.iter().find(|u| &u.id == id))
        .map(|u| (u.article, u.index))
        .unwrap_or((usize::MAX, usize::MAX))
}

fn linked_share(a: &[usize], b: &[usize], units: &[Unit], linked: &BTreeSet<(usize, usize)>) -> f64 {
    let mut pairs = 0usize;
    let mut hits = 0usize;
    for &x in a {
        for &y in b {
            if units[x].article == units[y].article {
                continue;
            }
            pairs += 1;
            if linked.contains(&(x.min(y), x.max(y))) {
                hits += 1;
            }
        }
    }
    if pairs == 0 {
        0.0
    } else {
        hits as f64 / pairs as f64
    }
}
