//! Sentence splitting on any paragraph: never panics, and keeps the
//! documented promise that the sentences, joined by spaces, give back the
//! paragraph's words, each sentence trimmed and non-empty.
#![no_main]

use corroborate::segment::split_sentences;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let paragraph = String::from_utf8_lossy(data);
    let sentences = split_sentences(&paragraph);
    for s in &sentences {
        assert!(!s.is_empty(), "empty sentence");
        assert_eq!(s.trim(), s.as_str(), "sentence not trimmed");
    }
    let joined = sentences.join(" ");
    let got: Vec<&str> = joined.split_whitespace().collect();
    let want: Vec<&str> = paragraph.split_whitespace().collect();
    assert_eq!(got, want, "words lost or changed by splitting");
});
