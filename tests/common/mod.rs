//! Shared test helpers: fixture discovery and golden comparison with a
//! `BLESS=1` mode that rewrites expectations.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// `tests/fixtures/<stage>` under the crate root.
pub fn fixtures(stage: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures").join(stage)
}

/// The case directories of a stage, sorted by name.
pub fn cases(stage: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(fixtures(stage))
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// `../shared/data` if present (it is not in a fresh clone).
pub fn shared_data() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("shared").join("data");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("SKIPPED: ../shared/data is not present; the extra checks on shared data did not run");
        None
    }
}

/// Compare `actual` with the file `expected`; with `BLESS=1`, write it.
/// Returns a description of the mismatch, or `None` when equal.
pub fn golden(expected: &Path, actual: &str) -> Option<String> {
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(expected, actual).expect("write golden file");
        return None;
    }
    let want = std::fs::read_to_string(expected).unwrap_or_default();
    if want == actual {
        return None;
    }
    let mut msg = format!("{} differs (rerun with BLESS=1 to accept):\n", expected.display());
    let w: Vec<&str> = want.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    for i in 0..w.len().max(a.len()) {
        let (x, y) = (w.get(i).copied().unwrap_or("<none>"), a.get(i).copied().unwrap_or("<none>"));
        if x != y {
            msg.push_str(&format!("  line {}:\n  - {}\n  + {}\n", i + 1, x, y));
        }
    }
    Some(msg)
}

/// Run `golden` over many cases and fail once with every mismatch listed.
pub fn assert_all(failures: Vec<String>) {
    if !failures.is_empty() {
        panic!("{} golden mismatch(es):\n{}", failures.len(), failures.join("\n"));
    }
}

/// The source and a rewrite of it: eight sentences in the same order, four
/// of them copied word for word, three reworded a little, and one said in
/// the rewrite's own words ("Councillor Ines Calloway and the harbour
/// master have spoken to the ferry crews ..." / "Since the breakdown,
/// officials from the harbour held talks with ferry crews again and
/// again.", 0.60): linked because it stands where the rewrite's order puts
/// it (REWRITE_GAP_MIN_SCORE).
pub const REWRITE_PAIR: [&str; 2] = [
    "The harbour ferry returned to its regular timetable on Monday after six weeks in the boatyard at Port Elsham.\n\n\
     Engineers replaced the engine and both propellers during the winter repairs, the operator said.\n\n\
     Crews tested the boat on Tuesday and Wednesday with no passengers before the harbour office gave the all-clear.\n\n\
     Fares will stay the same this year, and the first crossing still leaves the north pier at a quarter to seven.\n\n\
     Councillor Ines Calloway and the harbour master have spoken to the ferry crews many times since the engine failed in November.\n\n\
     The old engine had run for almost twenty years and its parts had to be made by hand in a mainland workshop.\n\n\
     The operator expects the new engine to use about a third less fuel than the old one.\n\n\
     Passengers on the island route had relied on a smaller chartered boat while the ferry was out of service.",
    "The harbour ferry returned to its regular timetable on Monday following six weeks in the boatyard at Port Elsham.\n\n\
     Engineers replaced the engine and both propellers during the winter repairs, according to the operator.\n\n\
     Crews tested the boat on Tuesday and Wednesday without passengers before the harbour office gave the all-clear.\n\n\
     Fares will stay the same this year, and the first crossing still leaves the north pier at a quarter to seven.\n\n\
     Since the breakdown, officials from the harbour held talks with ferry crews again and again.\n\n\
     The old engine had run for almost twenty years and its parts had to be made by hand in a mainland workshop.\n\n\
     The operator expects the new engine to use about a third less fuel than the old one.\n\n\
     Passengers on the island route had relied on a smaller chartered boat while the ferry was out of service.",
];
