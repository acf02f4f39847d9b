//! The bad-input matrix at the core level (issue 7): whatever people paste,
//! `analyze` returns a clear error or a sensible report — no panic, nothing
//! lost, and nothing from a page's scripts, handlers or frames in the report.
//!
//! No test asserts wall time (machines differ), but every case is sized to
//! finish within a second or two in a release build:
//! `cargo test --release --test bad_input`. Each case prints its time on
//! stderr (`--nocapture` shows it).
//!
//! Regression tests for crashes found by fuzzing (`./build.sh fuzz`) live at
//! the end of this file, named after what they test.

#![cfg(not(target_arch = "wasm32"))] // native only: wasm-pack test runs tests/web.rs

use std::collections::BTreeSet;
use std::time::Instant;

use corroborate::analyze::{
    MAX_ARTICLES, MAX_ARTICLE_BYTES, MAX_ARTICLE_SENTENCES, MAX_SENTENCE_CHARS, MAX_TOTAL_SENTENCES,
};
use corroborate::{analyze, render, ArticleInput, ErrorKind, Format, Options, Report};

// ---------------------------------------------------------------- helpers

fn text(name: &str, body: &str) -> ArticleInput {
    ArticleInput { name: name.into(), text: body.into(), ..Default::default() }
}

fn html(name: &str, body: &str) -> ArticleInput {
    ArticleInput { name: name.into(), text: body.into(), format: Format::Html, ..Default::default() }
}

/// Run the pipeline, print the time, check the report's invariants and that
/// it serialises and renders.
fn run(case: &str, inputs: &[ArticleInput]) -> Report {
    let t = Instant::now();
    let report = match analyze(inputs, &Options::default()) {
        Ok(r) => r,
        Err(e) => panic!("{case}: expected a report, got the error {e:?}"),
    };
    let analyzed = t.elapsed();
    let rendered = render::report(&report);
    let json = serde_json::to_string(&report).expect("the report serialises");
    let back: Report = serde_json::from_str(&json).expect("the report reads back");
    assert_eq!(back, report, "{case}: the report survives a JSON round trip");
    eprintln!(
        "{case}: analyze {analyzed:?}, with checks {:?} ({} bytes of JSON, {} of text)",
        t.elapsed(),
        json.len(),
        rendered.len()
    );
    check_invariants(case, inputs, &report);
    report
}

/// Structural promises of the report contract that must hold on any input.
fn check_invariants(case: &str, inputs: &[ArticleInput], r: &Report) {
    assert_eq!(r.articles.len(), inputs.len(), "{case}: one article report per input, none dropped");
    let n = inputs.len();
    let mut ids = BTreeSet::new();
    for (a, art) in r.articles.iter().enumerate() {
        assert!(!art.name.trim().is_empty(), "{case}: article {a} has a name");
        for (s, se) in art.sentences.iter().enumerate() {
            assert_eq!(&*se.id, format!("a{a}s{s}"), "{case}: sentence ids are sequential");
            assert!(!se.text.trim().is_empty(), "{case}: {} is not empty", se.id);
            assert!(
                se.text.chars().count() <= MAX_SENTENCE_CHARS,
                "{case}: {} is at most {MAX_SENTENCE_CHARS} characters",
                se.id
            );
            assert!(se.support >= 1 && se.support <= n, "{case}: {} support in 1..={n}", se.id);
            assert!(
                se.independent_support >= 1 && se.independent_support <= se.support,
                "{case}: {} independent support in 1..=support",
                se.id
            );
            ids.insert(se.id.clone());
        }
    }
    for art in &r.articles {
        for se in &art.sentences {
            for m in &se.matches {
                assert!(ids.contains(m), "{case}: {} matches unknown sentence {m}", se.id);
            }
        }
    }
    for s in all_strings(r) {
        assert!(
            !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{case}: no control characters reach the report: {:?}",
            s.chars().take(200).collect::<String>()
        );
    }
    for l in &r.links {
        assert!(ids.contains(&l.a) && ids.contains(&l.b), "{case}: link {} ~ {} names known sentences", l.a, l.b);
        assert!((0.0..=1.0).contains(&l.score), "{case}: link score {} in 0..=1", l.score);
    }
    for c in &r.claims {
        assert!(ids.contains(&c.representative), "{case}: claim {} representative is known", c.id);
        assert!(c.articles.iter().all(|&a| a < n), "{case}: claim {} articles in range", c.id);
    }
    for d in &r.derivations {
        assert!(d.from < n && d.to < n && d.from != d.to, "{case}: derivation {} -> {} in range", d.from, d.to);
    }
}

/// Every string in the report (sentences, removed lines, metadata, warnings).
fn all_strings(r: &Report) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(m) => m.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(r).expect("json"), &mut out);
    out
}

/// Nothing of a page's active content may reach the report from HTML input:
/// no markup, no script text, no handler, no `javascript:` URL.
fn assert_nothing_active(case: &str, r: &Report) {
    const BAD: [&str; 12] = [
        "<script", "</script", "alert(", "javascript:", "onload", "onerror", "onclick", "onmouseover", "<iframe",
        "<svg", "srcdoc", "document.cookie",
    ];
    for s in all_strings(r) {
        let lower = s.to_lowercase();
        for bad in BAD {
            assert!(!lower.contains(bad), "{case}: the report carries {bad:?} in {s:?}");
        }
    }
}

fn sentences(r: &Report, a: usize) -> Vec<&str> {
    r.articles[a].sentences.iter().map(|s| s.text.as_str()).collect()
}

const PROSE_A: &str = "Police arrested two men in Leeds on Friday after a fire destroyed a warehouse.\n\n\
The fire started shortly after midnight and burned for six hours, officials said.\n\n\
No one was injured, but 40 people were evacuated from nearby homes.";
const PROSE_B: &str = "Two men were arrested by police in Leeds on Friday after a warehouse fire.\n\n\
The blaze began just after midnight and burned for six hours, according to officials.\n\n\
Forty residents were evacuated, and nobody was hurt.";

/// A deterministic byte stream (xorshift), for "binary" input.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

// ---------------------------------------------------------------- sizes

#[test]
fn no_articles_gives_an_empty_report() {
    let r = run("no articles", &[]);
    assert!(r.articles.is_empty() && r.links.is_empty() && r.claims.is_empty());
}

#[test]
fn empty_article_gives_a_warning_not_an_error() {
    let r = run("empty", &[text("", ""), html("", "")]);
    for a in &r.articles {
        assert!(a.sentences.is_empty());
    }
    assert!(
        r.warnings.iter().any(|w| w.contains("no article text")),
        "the user is told the article is empty: {:?}",
        r.warnings
    );
    assert_eq!(r.articles[0].name, "Article 1", "an unnamed article gets a name");
}

#[test]
fn whitespace_only_article_gives_a_warning() {
    let ws = " \n\t\r\n   \u{a0}\u{2003}\u{3000}\u{200b}\u{feff}\n\n\u{2028}\u{2029}\u{85}  ";
    let r = run("whitespace only", &[text("ws", ws), html("ws-html", ws)]);
    for a in &r.articles {
        assert!(a.sentences.is_empty(), "no sentences from white space: {:?}", a.sentences);
    }
    assert!(r.warnings.iter().any(|w| w.contains("no article text")), "{:?}", r.warnings);
}

#[test]
fn one_article_supports_only_itself() {
    let r = run("one article", &[text("A", PROSE_A)]);
    assert_eq!(r.articles[0].sentences.len(), 3, "{:?}", sentences(&r, 0));
    for s in &r.articles[0].sentences {
        assert_eq!((s.support, s.independent_support), (1, 1));
        assert!(s.matches.is_empty());
    }
    assert!(r.links.is_empty() && r.claims.is_empty() && r.derivations.is_empty());
}

#[test]
fn one_sentence_articles_still_link() {
    let r = run(
        "one sentence",
        &[
            text("A", "Police arrested two men in Leeds on Friday."),
            text("B", "Two men were arrested by police in Leeds on Friday."),
        ],
    );
    assert_eq!(sentences(&r, 0).len(), 1);
    assert_eq!(sentences(&r, 1).len(), 1);
    assert_eq!(r.articles[0].sentences[0].support, 2, "the one sentence is carried by both");
}

#[test]
fn three_hundred_articles_are_all_reported() {
    let inputs: Vec<ArticleInput> = (0..300)
        .map(|i| {
            let body = if i % 2 == 0 { PROSE_A } else { PROSE_B };
            text(&format!("outlet {i}"), &format!("{body}\n\nReport number {i} was filed by desk {} today.", i % 7))
        })
        .collect();
    let r = run("300 articles", &inputs);
    assert!(r.articles.iter().all(|a| !a.sentences.is_empty()));
    assert!(r.articles[0].sentences[0].support > 1, "the shared opening is linked");
}

#[test]
fn more_articles_than_the_limit_is_a_clear_error() {
    let inputs = vec![text("x", "A short note."); MAX_ARTICLES + 1];
    let e = analyze(&inputs, &Options::default()).expect_err("too many articles");
    assert_eq!(e.kind(), ErrorKind::TooLarge);
    assert!(e.message().contains(&MAX_ARTICLES.to_string()), "the message names the limit: {e}");
}

#[test]
fn ten_megabyte_article_is_cut_with_a_warning() {
    let mut big = String::with_capacity(10 << 20);
    let mut i = 0usize;
    while big.len() < 10 << 20 {
        big.push_str(&format!(
            "Paragraph {i} says the council met on Tuesday and approved budget line {i} after a long debate.\n\n"
        ));
        i += 1;
    }
    let r = run("10 MB text", &[text("big", &big), text("small", PROSE_A)]);
    assert!(r.warnings.iter().any(|w| w.contains("big") && w.contains("cut")), "{:?}", r.warnings);
    assert!(!r.articles[0].sentences.is_empty());
    let kept: usize = r.articles[0].sentences.iter().map(|s| s.text.len()).sum();
    assert!(kept <= MAX_ARTICLE_BYTES, "no more than the limit is read");
    assert_eq!(r.articles[0].sentences.len(), MAX_ARTICLE_SENTENCES, "a huge article is cut at the sentence limit");
    assert!(r.warnings.iter().any(|w| w.contains("cut after its first")), "{:?}", r.warnings);
    assert_eq!(r.articles[1].sentences.len(), 3, "the other article is untouched");
}

#[test]
fn total_sentence_limit_cuts_the_cluster_with_a_warning() {
    // made-up words, so that sentences share little and alignment stays cheap
    let word = |n: u64| -> String {
        const SYL: [&str; 16] = ["ka", "lo", "mi", "tu", "re", "sa", "no", "vi", "de", "po", "ga", "fe", "zu", "bi", "ha", "ri"];
        (0..3).map(|k| SYL[((n >> (4 * k)) & 15) as usize]).collect()
    };
    // enough 1,200-sentence articles to pass the limit, plus one more
    let n_articles = (MAX_TOTAL_SENTENCES / 1_200 + 2) as u64;
    let inputs: Vec<ArticleInput> = (0..n_articles)
        .map(|a| {
            let body: String = (0..1_200u64)
                .map(|i| {
                    let n = (a * 1_200 + i).wrapping_mul(0x9e37_79b9_7f4a_7c15);
                    format!("The {} {} was {} by the {} {}.\n", word(n), word(n >> 12), word(n >> 24), word(n >> 36), word(n >> 48))
                })
                .collect();
            text(&format!("list {a}"), &body)
        })
        .collect();
    let r = run("total sentences", &inputs);
    let total: usize = r.articles.iter().map(|a| a.sentences.len()).sum();
    assert_eq!(total, MAX_TOTAL_SENTENCES);
    assert!(r.articles[n_articles as usize - 1].sentences.is_empty(), "the last articles are left out");
    assert!(r.warnings.iter().any(|w| w.contains("one comparison holds at most")), "{:?}", r.warnings);
}

#[test]
fn ten_megabyte_html_page_is_cut_with_a_warning() {
    let mut big = String::from("<html><head><title>Budget</title></head><body><article>");
    let mut i = 0usize;
    while big.len() < 10 << 20 {
        big.push_str(&format!("<p>Paragraph {i} says the council approved budget line {i} after a debate.</p>\n"));
        i += 1;
    }
    big.push_str("</article></body></html>");
    let r = run("10 MB html", &[html("big", &big)]);
    assert!(r.warnings.iter().any(|w| w.contains("cut")), "{:?}", r.warnings);
}

#[test]
fn multibyte_text_at_the_size_limit_is_cut_on_a_character_boundary() {
    // 4-byte characters straddling the cut
    let mut s = "x".repeat(MAX_ARTICLE_BYTES - 2);
    s.push_str("😀😀😀");
    let r = run("cut at boundary", &[text("emoji edge", &s)]);
    assert!(r.warnings.iter().any(|w| w.contains("cut")), "{:?}", r.warnings);
}

// ---------------------------------------------------------------- bytes

#[test]
fn binary_data_as_text_and_html() {
    for seed in 1..=4u64 {
        let bytes = noise(200_000, seed);
        let s = String::from_utf8_lossy(&bytes).into_owned();
        let r = run("binary as text", &[text("bin", &s), text("A", PROSE_A)]);
        assert!(
            r.warnings.iter().any(|w| w.contains("article 1 (bin) does not look like text")),
            "the user is told the file is not text: {:?}",
            r.warnings
        );
        run("binary as html", &[html("bin", &s), text("A", PROSE_A)]);
    }
}

#[test]
fn binary_data_that_looks_like_a_file() {
    // PNG and gzip magic followed by noise, as a user dropping the wrong file would
    for magic in [&b"\x89PNG\r\n\x1a\n"[..], &b"\x1f\x8b\x08\x00"[..], &b"%PDF-1.7\n"[..]] {
        let mut bytes = magic.to_vec();
        bytes.extend(noise(50_000, 7));
        let s = String::from_utf8_lossy(&bytes).into_owned();
        run("file magic", &[text("file", &s), html("file.html", &s)]);
    }
}

#[test]
fn nul_bytes_and_control_characters() {
    let s = "Police\0 arrested two men\0 in Leeds on Friday.\0\0\n\nThe fire\u{1} started \u{7}\u{8}after midnight.\u{1b}[31m\n\0\0\0";
    let r = run("NUL bytes", &[text("nul", s), html("nul-html", &format!("<p>{s}</p>")), text("B", PROSE_B)]);
    assert_eq!(
        r.articles[0].sentences[0].text, "Police arrested two men in Leeds on Friday.",
        "control characters are taken out, the readable text survives"
    );
    let all_nul = "\0".repeat(10_000);
    let r = run("only NUL", &[text("nul", &all_nul), html("nul", &all_nul)]);
    assert!(r.articles.iter().all(|a| a.sentences.is_empty()));
    assert!(r.warnings.iter().any(|w| w.contains("does not look like text")), "{:?}", r.warnings);
}

#[test]
fn old_mac_line_breaks_and_unicode_separators_split_lines() {
    let s = "Police arrested two men in Leeds on Friday after a fire destroyed a warehouse.\r\rShare this\rThe fire started shortly after midnight and burned for six hours, officials said.\u{2029}No one was injured, but forty people were evacuated from nearby homes.";
    let r = run("CR and U+2029", &[text("mac", s)]);
    assert!(r.articles[0].sentences.len() >= 3, "{:?}", sentences(&r, 0));
    assert!(r.articles[0].sentences.iter().all(|s| !s.text.contains("Share this")), "{:?}", sentences(&r, 0));
}

// ---------------------------------------------------------------- scripts

#[test]
fn right_to_left_text() {
    let arabic = "اعتقلت الشرطة رجلين في ليدز يوم الجمعة بعد حريق دمر مستودعا. وقال مسؤولون إن الحريق بدأ بعد منتصف الليل بقليل.";
    let hebrew = "המשטרה עצרה שני גברים בלידס ביום שישי לאחר שריפה. השריפה פרצה מעט אחרי חצות, אמרו גורמים רשמיים.";
    // bidi overrides and isolates mixed into Latin text
    let spoof = "Police \u{202e}deifirev\u{202c} arrested two men \u{2067}in Leeds\u{2069} on Friday.";
    let r = run(
        "right to left",
        &[text("ar", arabic), text("ar2", arabic), text("he", hebrew), text("spoof", spoof)],
    );
    assert!(!r.articles[0].sentences.is_empty() && !r.articles[2].sentences.is_empty());
    assert_eq!(r.articles[0].sentences[0].support, 2, "identical Arabic articles link");
}

#[test]
fn chinese_and_japanese_without_spaces() {
    let zh = "警方周五在利兹逮捕了两名男子，此前一场大火烧毁了一座仓库。官员说，大火在午夜后不久开始，燃烧了六个小时。没有人受伤，但附近住宅的四十人被疏散。";
    let ja = "警察は金曜日、倉庫を全焼させた火災の後、リーズで男性2人を逮捕した。火災は深夜過ぎに始まり、6時間燃え続けたと当局者は述べた。";
    let long_zh = zh.repeat(200); // one "paragraph" of 12,000+ characters with no ASCII stop
    let r = run(
        "CJK",
        &[text("zh", zh), text("zh2", zh), text("ja", ja), text("long", &long_zh), html("ja.html", &format!("<p>{ja}</p>"))],
    );
    for a in 0..3 {
        assert!(!r.articles[a].sentences.is_empty(), "article {a} keeps its text");
    }
    assert!(sentences(&r, 0).concat().contains("利兹"), "the text is kept intact: {:?}", sentences(&r, 0));
    assert_eq!(sentences(&r, 3).concat(), long_zh, "a long paragraph is split, nothing lost");
    assert!(sentences(&r, 3).iter().all(|s| s.ends_with('。')), "pieces end at full stops: {:?}", &sentences(&r, 3)[..2]);
}

#[test]
fn emoji_and_combining_sequences() {
    let s = "🔥 Police arrested two men 👮‍♂️👮🏽‍♀️ in Leeds 🇬🇧 on Friday. 🚒🚒🚒\n\n\
             The fire started after midnight 🕛, officials said 👍🏿. Z̸̢̛a̴l̵g̷o̶ text e\u{301}\u{302}\u{303}.\n\n\
             😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀";
    let only = "😀".repeat(50_000);
    let r = run("emoji", &[text("e", s), text("only", &only), html("e.html", &format!("<p>{s}</p>"))]);
    assert!(sentences(&r, 0).concat().contains("👮🏽‍♀️"), "emoji sequences are kept whole");
}

#[test]
fn hundred_thousand_character_line_without_punctuation() {
    let words = ["police", "arrested", "two", "men", "in", "leeds", "on", "friday", "after", "fire"];
    let mut line = String::new();
    let mut i = 0;
    while line.chars().count() < 100_000 {
        line.push_str(words[i % words.len()]);
        line.push(' ');
        i += 1;
    }
    let no_spaces = "a".repeat(100_000);
    let r = run(
        "100k line",
        &[text("words", &line), text("letters", &no_spaces), html("words.html", &format!("<p>{line}</p>"))],
    );
    assert!(
        r.warnings.iter().any(|w| w.contains("split into shorter pieces")),
        "the user is told a sentence was split: {:?}",
        r.warnings
    );
    // nothing lost: the pieces hold every word and every letter
    let words: Vec<&str> = r.articles[0].sentences.iter().flat_map(|s| s.text.split_whitespace()).collect();
    assert_eq!(words, line.split_whitespace().collect::<Vec<_>>());
    let letters: String = r.articles[1].sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(letters, no_spaces);
}

#[test]
fn many_short_sentences_in_one_paragraph() {
    // 50,000 candidate boundaries, most blocked by abbreviations
    let para = "Mr. A. B. Smith met Dr. C. Jones in St. Ives. ".repeat(5_000);
    run("many boundaries", &[text("abbrev", &para), text("stops", &"Yes. ".repeat(20_000))]);
}

// ---------------------------------------------------------------- HTML

#[test]
fn hundred_thousand_nested_html_elements() {
    let depth = 100_000;
    let mut s = String::with_capacity(depth * 12);
    s.push_str("<html><body>");
    for _ in 0..depth {
        s.push_str("<div>");
    }
    s.push_str("<p>Police arrested two men in Leeds on Friday after a fire destroyed a warehouse.</p>");
    for _ in 0..depth {
        s.push_str("</div>");
    }
    s.push_str("</body></html>");
    run("100k nested divs", &[html("deep", &s), text("A", PROSE_A)]);
}

#[test]
fn hundred_thousand_unclosed_html_elements() {
    let s = format!("<html><body>{}Police arrested two men in Leeds on Friday.", "<b><i><span>".repeat(33_334));
    run("100k unclosed", &[html("unclosed", &s)]);
}

#[test]
fn hundred_thousand_sibling_paragraphs() {
    let s = format!("<html><body><article>{}</article></body></html>", "<p>The fire burned for hours.</p>".repeat(100_000));
    run("100k siblings", &[html("siblings", &s)]);
}

fn page(inner: &str) -> String {
    format!(
        "<!doctype html><html><head><title>Fire in Leeds</title>\
         <script>document.cookie='x'; alert(1)</script></head><body><article>\
         <h1>Fire in Leeds</h1>\
         <p>Police arrested two men in Leeds on Friday after a fire destroyed a warehouse near the river.</p>\
         {inner}\
         <p>The fire started shortly after midnight and burned for six hours, officials said on Saturday.</p>\
         <p>No one was injured, but forty people were evacuated from nearby homes as a precaution.</p>\
         </article></body></html>"
    )
}

#[test]
fn script_elements_never_reach_the_report() {
    let r = run(
        "<script>",
        &[
            html("script", &page("<script>alert(1)</script><script src=\"https://evil.example/x.js\"></script>")),
            html("noscript", &page("<noscript><script>alert(1)</script></noscript><p>Text <script>alert('inline')</script>after.</p>")),
            html("style", &page("<style>body{background:url(javascript:alert(1))}</style>")),
            html("unterminated", &page("<script>alert(1)")),
        ],
    );
    assert_nothing_active("<script>", &r);
    assert!(!r.articles[0].sentences.is_empty(), "the article text itself is kept");
}

#[test]
fn event_handlers_never_reach_the_report() {
    let r = run(
        "on*=",
        &[html(
            "handlers",
            &page(
                "<p onclick=\"alert(1)\" onmouseover='alert(2)'>A witness said the smoke could be seen across the city.</p>\
                 <img src=x onerror=alert(1)><body onload=alert(1)><div ONCLICK=alert(3)>Click</div>\
                 <details open ontoggle=alert(1)>",
            ),
        )],
    );
    assert_nothing_active("on*=", &r);
    assert!(sentences(&r, 0).iter().any(|s| s.contains("witness")), "the paragraph's text is kept: {:?}", sentences(&r, 0));
}

#[test]
fn javascript_links_never_reach_the_report() {
    let mut with_url = html(
        "links",
        &page(
            "<p>Read <a href=\"javascript:alert(1)\">the statement</a> and \
             <a href=\"JaVaScRiPt:alert(document.cookie)\">more</a>.</p>\
             <a href=\"data:text/html,<script>alert(1)</script>\">data</a>",
        ),
    );
    with_url.url = Some("javascript:alert(1)".into());
    let mut bad_url = text("pasted", PROSE_A);
    bad_url.url = Some("javascript://evil.example/%0aalert(1)".into());
    let r = run("javascript:", &[with_url, bad_url]);
    assert_nothing_active("javascript:", &r);
}

#[test]
fn iframes_never_reach_the_report() {
    let r = run(
        "<iframe>",
        &[html(
            "frames",
            &page(
                "<iframe src=\"https://evil.example/\" srcdoc=\"<script>alert(1)</script>\"></iframe>\
                 <iframe src=\"javascript:alert(1)\">fallback</iframe><frameset><frame src=x></frameset>\
                 <object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
            ),
        )],
    );
    assert_nothing_active("<iframe>", &r);
}

#[test]
fn svg_onload_never_reaches_the_report() {
    let r = run(
        "<svg onload>",
        &[html(
            "svg",
            &page(
                "<svg onload=\"alert(1)\"><script>alert(2)</script><a xlink:href=\"javascript:alert(3)\"><text>x</text></a></svg>\
                 <math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            ),
        )],
    );
    assert_nothing_active("<svg onload>", &r);
}

#[test]
fn markup_pasted_as_text_stays_inert_text() {
    // Pasted text is data: markup in it is not interpreted, only carried as
    // characters (the page renders report text with textContent).
    let s = "<script>alert(1)</script> Police arrested two men in Leeds on Friday after a fire destroyed a warehouse.";
    let r = run("markup as text", &[text("t", s)]);
    for st in all_strings(&r) {
        assert!(!st.contains('\0'));
    }
}

#[test]
fn malformed_html_does_not_fail() {
    for s in [
        "<",
        "<<<<>>>>",
        "</p></div></body></html>",
        "<!--",
        "<![CDATA[ x",
        "<p",
        "<html><body><p>unterminated &amp &#x110000; &#0; &#xD800; &nosuchentity; text",
        "<table><tr><td><table><tr><td>nested tables",
        "<template><p>inside a template</p></template>",
        "<base href=\"javascript:alert(1)//\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    ] {
        let r = run("malformed html", &[html("m", s)]);
        assert_nothing_active("malformed html", &r);
    }
}

#[test]
fn odd_metadata_fields() {
    let mut a = text(&"n".repeat(100_000), PROSE_A);
    a.url = Some("http://".into());
    a.keep = vec![String::new(), " ".into(), "x".repeat(100_000)];
    let mut b = html("\0\u{202e}", "<p>x</p>");
    b.url = Some("https://[::1]:99999/%%%".into());
    let mut c = text("c", PROSE_B);
    c.url = Some("://".into());
    let r = run("metadata", &[a, b, c]);
    assert!(r.articles[0].name.chars().count() <= corroborate::analyze::MAX_NAME_CHARS + 1, "a huge name is shortened");
    assert_eq!(r.articles[1].name, "\u{202e}", "control characters leave the name");
}

#[test]
fn out_of_range_link_score_is_a_clear_error() {
    for s in [-0.1, 1.5, f64::NAN, f64::INFINITY] {
        let o = Options { min_link_score: Some(s), ..Default::default() };
        let e = analyze(&[text("A", PROSE_A)], &o).expect_err("bad score");
        assert_eq!(e.kind(), ErrorKind::BadInput);
        assert!(e.message().contains("min_link_score"), "{e}");
    }
}

// ---------------------------------------------------------------- regressions from fuzzing
