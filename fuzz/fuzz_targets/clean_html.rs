//! Saved-page cleaning on any HTML: never panics, never errors on markup
//! (a page without an article gives an empty document, not a failure), and
//! no script, handler or `javascript:` URL reaches the text.
#![no_main]

use corroborate::{clean, ArticleInput, Format, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let html = String::from_utf8_lossy(rest).into_owned();
    let url = match flags % 4 {
        0 => None,
        1 => Some("https://www.example.org/news/1".to_string()),
        // the first line as the URL: odd schemes, hosts and ports
        _ => html.lines().next().map(str::to_string),
    };
    let options = Options { keep_furniture: flags & 4 == 4, ..Default::default() };
    let input = ArticleInput { name: "page".into(), text: html, format: Format::Html, url, keep: Vec::new(), drop: Vec::new() };
    let doc = match clean(&input, &options) {
        Ok(d) => d,
        Err(e) => {
            assert!(!e.message().is_empty(), "an error says what went wrong");
            return;
        }
    };
    for b in &doc.blocks {
        assert!(!b.text.trim().is_empty(), "empty block");
    }
    let _ = corroborate::render::clean_doc(&doc);
});
