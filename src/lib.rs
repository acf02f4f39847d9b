//! # Corroborate
//!
//! Compare news coverage of one event: clean each article of page furniture,
//! split it into sentences, and mark every sentence with how many articles
//! carry the same claim, how many of those are independent (a rewrite of
//! another article counts once), and where sources disagree on a number,
//! date or name. Deterministic, explainable, no network.
//!
//! # Pipeline
//!
//! [`clean`](mod@clean) (pasted text or HTML → blocks + metadata) → [`segment`]
//! (blocks → sentences) → [`align`] (links, claims, derivations,
//! disagreements) → [`Report`]. [`analyze()`] runs all of it; the WASM
//! facade (`wasm.rs`, browser only) and the `corroborate` CLI are thin
//! shells over it.
//!
//! ```
//! use corroborate::{analyze, ArticleInput, Options};
//! let a = ArticleInput { name: "A".into(), text: "Police arrested two men in Leeds on Friday.".into(), ..Default::default() };
//! let b = ArticleInput { name: "B".into(), text: "Two men were arrested by police in Leeds on Friday.".into(), ..Default::default() };
//! let report = analyze(&[a, b], &Options::default()).unwrap();
//! assert_eq!(report.articles[0].sentences[0].support, 2);
//! assert_eq!(&*report.articles[0].sentences[0].matches[0], "a1s0");
//! ```

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod align;
pub mod analyze;
pub mod clean;
pub mod error;
pub mod model;
pub mod render;
pub mod segment;
pub mod synth;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analyze::analyze;
pub use clean::{clean, CleanDoc};
pub use error::{Error, ErrorKind, Result};
pub use model::{
    ArticleInput, ArticleReport, Claim, Derivation, Difference, Disagreement, Format, Link, LinkTable, Options, Removed,
    Report, Sentence,
};
