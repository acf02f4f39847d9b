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
