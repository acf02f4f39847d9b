//! Saved pages and bookmarklet HTML: main-content extraction with
//! [`dom_smoothie`] (a port of Mozilla Readability), then the text pass.
//!
//! Scripts, styles, frames and event handlers never reach the output: only
//! the *text* of the extracted content is kept, and the page renders it with
//! `textContent`.

use dom_smoothie::{Config, Readability, TextMode};

use super::{meta, text, CleanDoc};
use crate::error::Result;
use crate::model::Options;

/// Extract and clean the article of an HTML page.
pub fn clean_html(html: &str, url: Option<&str>, options: &Options, keep: &[String]) -> Result<CleanDoc> {
    let cfg = Config { text_mode: TextMode::Formatted, ..Default::default() };
    // dom_smoothie rejects relative or malformed URLs; the URL is only a hint.
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let parsed = Readability::new(html, url, Some(cfg.clone()))
        .or_else(|_| Readability::new(html, None, Some(cfg)))
        .and_then(|mut r| r.parse());
    let article = match parsed {
        Ok(a) => a,
        Err(_) => {
            let mut doc = CleanDoc::default();
            doc.removed.push(crate::model::Removed {
                text: "(no article text found in this page)".into(),
                reason: "no-article".into(),
            });
            return Ok(doc);
        }
    };
    let title = article.title.trim().to_string();
    let title = (!title.is_empty()).then_some(title);
    let body = article.text_content.to_string();
    let mut doc = text::clean_text_with_title(&body, options, keep, title.as_deref());
    if let Some(t) = title {
        // the headline heads the article
        if doc.blocks.first().map(|b| b.text.as_str()) != Some(t.as_str()) {
            doc.blocks.insert(0, super::Block { text: t.clone(), heading: true });
        }
        doc.title = Some(t);
    }
    if let Some(d) = article.published_time.as_deref().and_then(meta::iso_prefix_loose) {
        doc.date = Some(d);
    }
    if let Some(site) = article.site_name.filter(|s| !s.trim().is_empty()) {
        doc.outlet = Some(site.trim().to_string());
    } else if let Some(u) = url {
        doc.outlet = meta::outlet_from_url(u);
    }
    if let Some(b) = article.byline.filter(|s| !s.trim().is_empty()) {
        doc.byline = Some(text::collapse_ws(b.trim_start_matches("By ").trim_start_matches("by ")));
    }
    Ok(doc)
}
