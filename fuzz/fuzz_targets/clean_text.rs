//! Pasted-text cleaning on any input: never panics, and keeps its promises
//! (no empty block, every block on one line).
#![no_main]

use corroborate::clean::text::clean_text;
use corroborate::Options;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // first byte: options; the rest: the pasted text, decoded as the CLI does
    let Some((&flags, rest)) = data.split_first() else { return };
    let input = String::from_utf8_lossy(rest);
    let options = Options { keep_furniture: flags & 1 == 1, ..Default::default() };
    // bit 1: the user put back the second non-empty line
    let keep: Vec<String> = if flags & 2 == 2 {
        input.lines().filter(|l| !l.trim().is_empty()).nth(1).map(str::to_string).into_iter().collect()
    } else {
        Vec::new()
    };
    let doc = clean_text(&input, &options, &keep);
    for b in &doc.blocks {
        assert!(!b.text.trim().is_empty(), "empty block from {input:?}");
        assert!(!b.text.contains('\n'), "block spans lines: {:?}", b.text);
    }
    let _ = doc.text();
    let _ = corroborate::render::clean_doc(&doc);
});
