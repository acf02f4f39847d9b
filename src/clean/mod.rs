//! Cleaning: from what the user brought to the article alone.
//!
//! Passes, in order:
//! 1. **HTML** (saved page or bookmarklet): parsed by the project's own
//!    small parser ([`dom`], [`entities`]), main content found in the manner
//!    of Readability ([`extract`]), metadata from its meta tags and
//!    JSON-LD; its text then goes through the text pass as well
//!    ([`html::clean_html`]).
//! 2. **Text** (pasted or extracted): every line is classified by its shape
//!    and position — furniture rules ([`rules`]), duplicate lines, the dense
//!    run of prose, short lines at the edges, headings inside
//!    ([`text::clean_text`]). When unsure, the line is kept.
//! 3. **Metadata** from the text: dates, outlet, byline ([`meta`]).
//!
//! Before all of it, text that was mis-decoded on its way ("wonâ€™t") is
//! put right ([`mojibake`]; `analyze::prepare_input`).
//!
//! Output: a [`CleanDoc`] — blocks (paragraphs and headings) plus the
//! removed lines with a reason for each.

pub mod dom;
pub mod entities;
pub mod extract;
pub mod html;
pub mod meta;
mod model_table;
pub mod mojibake;
pub mod rules;
pub mod text;

use crate::error::Result;
use crate::model::{ArticleInput, Format, Options, Removed};

/// A paragraph or heading of the cleaned article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The block's text, on one line.
    pub text: String,
    /// True for the headline and subheadings.
    pub heading: bool,
}

/// A cleaned article with its metadata.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CleanDoc {
    /// The headline, if found.
    pub title: Option<String>,
    /// Publication date, ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Outlet or site name.
    pub outlet: Option<String>,
    /// Author(s).
    pub byline: Option<String>,
    /// The article's blocks in reading order; the headline, when found, first.
    pub blocks: Vec<Block>,
    /// Furniture taken out, in input order.
    pub removed: Vec<Removed>,
}

impl CleanDoc {
    /// The article text, blocks separated by blank lines.
    pub fn text(&self) -> String {
        let parts: Vec<&str> = self.blocks.iter().map(|b| b.text.as_str()).collect();
        parts.join("\n\n")
    }
}

/// Clean one article according to its format.
pub fn clean(input: &ArticleInput, options: &Options) -> Result<CleanDoc> {
    let mut doc = match input.format {
        Format::Text => text::clean_text(&input.text, options, &input.keep),
        Format::Html => html::clean_html(&input.text, input.url.as_deref(), options, &input.keep)?,
    };
    if doc.outlet.is_none() {
        doc.outlet = input.url.as_deref().and_then(meta::outlet_from_url);
    }
    // "By The Associated Press": the agency is the outlet, not an author
    if let Some(agency) = doc.byline.as_deref().and_then(meta::agency_of_byline) {
        doc.outlet.get_or_insert_with(|| agency.to_string());
        doc.byline = None;
    }
    if doc.outlet.is_none() {
        doc.outlet = dateline_outlet(&doc);
    }
    take_out(&mut doc, &input.drop);
    Ok(doc)
}

/// The agency of a wire dateline that opens the first paragraph
/// ([`meta::dateline_outlet`]).
fn dateline_outlet(doc: &CleanDoc) -> Option<String> {
    let first = doc.blocks.iter().find(|b| !b.heading)?;
    meta::dateline_outlet(&first.text)
}

/// Take out the blocks the user asked to drop (`ArticleInput::drop`,
/// compared without white space: the page sends a paragraph as its
/// sentences joined by spaces), listing each as removed with reason `you`; the
/// headline and metadata stay as found. An entry that matches no block
/// does nothing (the article's text changed since).
fn take_out(doc: &mut CleanDoc, drop: &[String]) {
    if drop.is_empty() {
        return;
    }
    let key = |s: &str| -> String { s.chars().filter(|c| !c.is_whitespace()).collect() };
    let wanted: rustc_hash::FxHashSet<String> = drop.iter().map(|d| key(d)).filter(|d| !d.is_empty()).collect();
    let blocks = std::mem::take(&mut doc.blocks);
    for b in blocks {
        if wanted.contains(&key(&b.text)) {
            doc.removed.push(Removed { text: b.text, reason: "you".into() });
        } else {
            doc.blocks.push(b);
        }
    }
}
