//! Disagreements: linked sentences that agree on the rest but differ on a
//! number, a date or a name.
//!
//! A pair is flagged only when the link is strong
//! ([`MIN_SCORE_FOR_DISAGREEMENT`]) and both sentences state a value of the
//! same kind with no value in common; formatting never counts (1,200 =
//! 1200, two = 2: values are compared by canonical key).

use std::collections::BTreeSet;

use super::{Features, Unit};
use crate::model::{Difference, Disagreement};

/// Only links at least this strong are checked: weaker pairs may be two
/// different events.
pub const MIN_SCORE_FOR_DISAGREEMENT: f64 = 0.45;

/// Value kinds that are compared.
pub const KINDS: &[&str] = &["number", "date"];

/// Find disagreements among links `(a, b, score)`.
pub fn find(units: &[Unit], feats: &[Features], links: &[(usize, usize, f64)]) -> Vec<Disagreement> {
    let mut out = Vec::new();
    for &(a, b, s) in links {
        if s < MIN_SCORE_FOR_DISAGREEMENT {
            continue;
        }
        let mut diffs = Vec::new();
        for kind in KINDS {
            let va: Vec<_> = feats[a].values.iter().filter(|v| v.kind == *kind).collect();
            let vb: Vec<_> = feats[b].values.iter().filter(|v| v.kind == *kind).collect();
            if va.is_empty() || vb.is_empty() {
                continue;
            }
            let ka: BTreeSet<&str> = va.iter().map(|v| v.key.as_str()).collect();
            let kb: BTreeSet<&str> = vb.iter().map(|v| v.key.as_str()).collect();
            if ka.is_disjoint(&kb) {
                diffs.push(Difference {
                    kind: (*kind).to_string(),
                    a: va.iter().map(|v| v.surface.as_str()).collect::<Vec<_>>().join(", "),
                    b: vb.iter().map(|v| v.surface.as_str()).collect::<Vec<_>>().join(", "),
                });
            }
        }
        if !diffs.is_empty() {
            out.push(Disagreement { a: units[a].id.clone(), b: units[b].id.clone(), differences: diffs });
        }
    }
    out
}
