//! The bad-input matrix at the CLI level (issue 7): the `corroborate` binary
//! on files it cannot read, options it does not know, empty input, and
//! `batch` on lines it cannot use. A clear message and a non-zero exit for
//! what cannot be done; for `batch`, one answer per non-blank input line, in
//! input order, named by id or line number — nothing dropped.

#![cfg(not(target_arch = "wasm32"))] // native only: wasm-pack test runs tests/web.rs

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_corroborate");

const PROSE_A: &str = "Police arrested two men in Leeds on Friday after a fire destroyed a warehouse.\n\n\
The fire started shortly after midnight and burned for six hours, officials said.";
const PROSE_B: &str = "Two men were arrested by police in Leeds on Friday after a warehouse fire.\n\n\
The blaze began just after midnight and burned for six hours, according to officials.";

/// Run the binary with `args`, feeding `stdin`.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start corroborate");
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    // write from another thread: the child may answer before reading it all
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait for corroborate");
    writer.join().expect("writer thread");
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch directory for this test binary.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir.join(name)
}

fn write(name: &str, bytes: &[u8]) -> String {
    let p = scratch(name);
    std::fs::write(&p, bytes).expect("write scratch file");
    p.to_string_lossy().into_owned()
}

/// Usage errors exit with 2 and say what is wrong on stderr, nothing on stdout.
fn assert_usage_error(o: &Output, needle: &str) {
    assert_eq!(o.status.code(), Some(2), "exit code 2; stderr: {}", stderr(o));
    assert!(o.stdout.is_empty(), "nothing on stdout: {}", stdout(o));
    let err = stderr(o);
    assert!(err.starts_with("corroborate: "), "the message names the program: {err}");
    assert!(err.contains(needle), "the message says {needle:?}: {err}");
    assert!(!err.contains("panicked"), "no panic: {err}");
}

// ---------------------------------------------------------------- analyze / clean

#[test]
fn invalid_utf8_file_is_read_with_a_warning() {
    let mut bytes = b"Police arrested two men in Leeds on Friday \xff\xfe after a fire destroyed a warehouse.\n".to_vec();
    bytes.extend_from_slice(b"\xc3\x28 The fire burned for six hours, officials said on Saturday morning.\n");
    let p = write("latin1.txt", &bytes);
    for cmd in ["analyze", "clean"] {
        let o = run(&[cmd, "--json", &p], b"");
        assert!(o.status.success(), "{cmd}: {}", stderr(&o));
        assert!(stderr(&o).contains("not valid UTF-8"), "{cmd}: the user is told: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON out");
        assert!(v.to_string().contains("Leeds"), "{cmd}: the readable text is kept");
    }
}

#[test]
fn invalid_utf8_on_stdin() {
    let o = run(&["analyze", "-"], b"\xff\xfe\xfd Police arrested two men in Leeds on Friday.");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("not valid UTF-8"));
}

#[test]
fn missing_file_is_a_clear_error() {
    let missing = scratch("no-such-file.txt");
    let missing = missing.to_string_lossy();
    for cmd in ["analyze", "clean"] {
        let o = run(&[cmd, &missing], b"");
        assert_usage_error(&o, &missing);
        assert!(stderr(&o).contains("No such file"), "{cmd}: says why: {}", stderr(&o));
    }
}

#[test]
fn a_directory_is_not_an_article() {
    let dir = env!("CARGO_TARGET_TMPDIR");
    let o = run(&["analyze", dir], b"");
    assert_usage_error(&o, dir);
}

#[test]
fn unknown_option_is_a_clear_error() {
    let p = write("a.txt", PROSE_A.as_bytes());
    for cmd in ["analyze", "clean"] {
        let o = run(&[cmd, "--frobnicate", &p], b"");
        assert_usage_error(&o, "unknown option --frobnicate");
        assert!(stderr(&o).contains("usage:"), "the usage follows");
    }
}

#[test]
fn bad_option_values_are_clear_errors() {
    let p = write("b.txt", PROSE_A.as_bytes());
    assert_usage_error(&run(&["analyze", "--min-link-score"], b""), "needs a value");
    assert_usage_error(&run(&["analyze", "--min-link-score", "lots", &p], b""), "not a number");
    assert_usage_error(&run(&["analyze", "--min-link-score", "7", &p], b""), "between 0 and 1");
    assert_usage_error(&run(&["analyze", "--min-link-score", "NaN", &p], b""), "between 0 and 1");
    assert_usage_error(&run(&["clean", "--format", "pdf", &p], b""), "--format takes");
    assert_usage_error(&run(&["clean", "--format"], b""), "--format takes");
    assert_usage_error(&run(&["clean", &p, &p], b""), "one FILE");
}

#[test]
fn unknown_or_missing_command_prints_usage() {
    assert_usage_error(&run(&[], b""), "usage:");
    assert_usage_error(&run(&["frobnicate"], b""), "usage:");
    assert_usage_error(&run(&["analyze"], b""), "at least one FILE");
    let help = run(&["--help"], b"");
    assert!(help.status.success() && stdout(&help).contains("usage:"));
}

#[test]
fn empty_stdin() {
    let o = run(&["analyze", "--json", "-"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON report");
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(1));
    assert!(v["warnings"].to_string().contains("no article text"), "the user is told: {}", v["warnings"]);

    let o = run(&["clean", "-"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).trim().is_empty());

    let o = run(&["batch"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout.is_empty(), "no lines in, no lines out");
}

#[test]
fn analyze_two_files_in_text_and_json() {
    let a = write("two-a.txt", PROSE_A.as_bytes());
    let b = write("two-b.txt", PROSE_B.as_bytes());
    let o = run(&["analyze", &a, &b], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("article 0"));
    let o = run(&["analyze", "--json", &a, &b], b"");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["articles"][0]["sentences"][0]["support"], 2);
}

#[test]
fn file_larger_than_the_article_limit_is_cut_with_a_warning() {
    let limit = corroborate::analyze::MAX_ARTICLE_BYTES;
    let mut big = String::with_capacity(limit + 1_000_000);
    let mut i = 0;
    while big.len() < limit + 1_000_000 {
        big.push_str(&format!("Line {i} of the council's long budget report was approved on Tuesday. é😀\n\n"));
        i += 1;
    }
    let p = write("big.txt", big.as_bytes());
    let o = run(&["clean", &p], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("larger than"), "the cut is reported: {err}");
    assert!(!err.contains("UTF-8"), "a character split by the cut is not an encoding error: {err}");
}

// ---------------------------------------------------------------- batch

fn cluster(id: serde_json::Value) -> String {
    serde_json::json!({
        "id": id,
        "articles": [{"name": "A", "text": PROSE_A}, {"name": "B", "text": PROSE_B, "format": "text"}],
        "options": {"keep_furniture": false},
    })
    .to_string()
}

/// Run `batch` on lines, check one answer per non-blank line, return them.
fn batch(lines: &[String]) -> Vec<serde_json::Value> {
    let input = lines.join("\n") + "\n";
    let o = run(&["batch"], input.as_bytes());
    assert!(o.status.success(), "batch exits 0 even with bad lines: {}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    let out = stdout(&o);
    let answers: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("every output line is JSON")).collect();
    let expected = lines.iter().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(answers.len(), expected, "one answer per non-blank input line, nothing dropped");
    answers
}

fn error_of(v: &serde_json::Value) -> &str {
    v["error"].as_str().unwrap_or_else(|| panic!("an error line: {v}"))
}

#[test]
fn batch_answers_every_line_in_order_despite_bad_ones() {
    let huge_text = "x".repeat(70 << 20);
    let lines = vec![
        cluster(serde_json::json!("first")),
        "{this is not json".to_string(),                                           // 2: malformed
        cluster(serde_json::json!(2)),
        r#"{"id": "colour", "articles": [], "colour": "red"}"#.to_string(),        // 4: unknown field
        r#"{"id": "fromat", "articles": [{"text": "x", "fromat": "html"}]}"#.to_string(), // 5: unknown article field
        format!(r#"{{"id": "huge", "articles": [{{"text": "{huge_text}"}}]}}"#),   // 6: huge line
        String::new(),                                                             // blank: skipped
        r#"{"articles": []}"#.to_string(),                                         // 8: no id
        r#"[1, 2, 3]"#.to_string(),                                                // 9: not an object
        r#"{"id": "opts", "articles": [], "options": {"min_link_score": 3}}"#.to_string(), // 10: bad value
        r#"{"id": "optname", "articles": [], "options": {"min_score": 0.3}}"#.to_string(), // 11: unknown option
        r#"{"id": "fmt", "articles": [{"text": "x", "format": "pdf"}]}"#.to_string(), // 12: bad format
        cluster(serde_json::json!({"nested": ["id"]})),
        cluster(serde_json::json!("last")),
    ];
    let out = batch(&lines);
    assert_eq!(out[0]["id"], "first");
    assert!(out[0].get("error").is_none() && out[0]["articles"].as_array().map(Vec::len) == Some(2));

    assert_eq!(out[1]["line"], 2);
    assert!(error_of(&out[1]).contains("line 2"), "{}", out[1]);

    assert_eq!(out[2]["id"], 2);
    assert!(out[2].get("error").is_none());

    assert_eq!(out[3]["id"], "colour");
    assert!(error_of(&out[3]).contains("unknown field `colour`"), "{}", out[3]);
    assert!(error_of(&out[3]).contains("line 4"), "{}", out[3]);

    assert_eq!(out[4]["id"], "fromat");
    assert!(error_of(&out[4]).contains("`fromat` in article 1"), "{}", out[4]);

    assert_eq!(out[5]["id"], "huge", "the huge line is named by its id: {}", out[5]);
    assert!(error_of(&out[5]).contains("longer than"), "{}", out[5]);
    assert!(error_of(&out[5]).contains("line 6"), "{}", out[5]);

    // line 7 is blank and not answered
    assert_eq!(out[6]["line"], 8);
    assert!(error_of(&out[6]).contains("id"), "{}", out[6]);

    assert_eq!(out[7]["line"], 9);
    assert!(error_of(&out[7]).contains("object"), "{}", out[7]);

    assert_eq!(out[8]["id"], "opts");
    assert!(error_of(&out[8]).contains("min_link_score"), "{}", out[8]);

    assert_eq!(out[9]["id"], "optname");
    assert!(error_of(&out[9]).contains("`min_score` in options"), "{}", out[9]);

    assert_eq!(out[10]["id"], "fmt");
    assert!(error_of(&out[10]).contains("pdf"), "{}", out[10]);

    assert_eq!(out[11]["id"], serde_json::json!({"nested": ["id"]}));
    assert_eq!(out[12]["id"], "last");
    assert!(out[12].get("error").is_none());
}

#[test]
fn batch_counts_many_lines_nothing_dropped() {
    // 200 lines, every fifth one broken in a different way
    let lines: Vec<String> = (0..200)
        .map(|i| match i % 5 {
            1 => format!("{{\"id\": {i}, \"articles\": ["),
            3 => format!("{{\"id\": {i}, \"articles\": [], \"extra\": true}}"),
            _ => format!(r#"{{"id": {i}, "articles": [{{"text": "Report {i} says the council met on Tuesday."}}]}}"#),
        })
        .collect();
    let out = batch(&lines);
    for (i, v) in out.iter().enumerate() {
        // a broken line without a readable id is named by its line number
        let named = v.get("id").cloned().or_else(|| v.get("line").map(|l| serde_json::json!(l.as_u64().unwrap_or(0) - 1)));
        assert_eq!(named, Some(serde_json::json!(i)), "answer {i} in input order: {v}");
        assert_eq!(v.get("error").is_some(), i % 5 == 1 || i % 5 == 3, "answer {i}: {v}");
    }
}

#[test]
fn batch_invalid_utf8_line_is_answered_with_a_warning() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": \"latin1\", \"articles\": [{\"text\": \"Caf\xe9 owners in Leeds said the fire started at midnight.\"}]}\n");
    input.extend_from_slice(cluster(serde_json::json!("after")).as_bytes());
    input.push(b'\n');
    let o = run(&["batch"], &input);
    assert!(o.status.success());
    let out: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(out.len(), 2);
    assert_eq!(out[0]["id"], "latin1");
    assert!(out[0]["warnings"].to_string().contains("not valid UTF-8"), "{}", out[0]);
    assert_eq!(out[1]["id"], "after");
}

#[test]
fn batch_without_final_newline_and_with_crlf() {
    let input = format!("{}\r\n{}", cluster(serde_json::json!("crlf")), cluster(serde_json::json!("no newline")));
    let o = run(&["batch"], input.as_bytes());
    assert!(o.status.success());
    let out: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(out.len(), 2);
    assert_eq!(out[0]["id"], "crlf");
    assert_eq!(out[1]["id"], "no newline");
    assert!(out[1].get("error").is_none());
}

#[test]
fn batch_binary_garbage_lines_are_answered() {
    let mut input = Vec::new();
    for i in 0..20u8 {
        input.extend((0..300u32).map(|j| ((j * 31 + u32::from(i) * 7) % 256) as u8).filter(|&b| b != b'\n'));
        input.push(b'\n');
    }
    let o = run(&["batch"], &input);
    assert!(o.status.success());
    let n = stdout(&o).lines().count();
    assert_eq!(n, 20, "each garbage line gets an error line");
}

#[test]
fn batch_compact_links_option_gives_the_link_table() {
    let mut full: serde_json::Value = serde_json::from_str(&cluster(serde_json::json!("full"))).expect("json");
    let mut compact = full.clone();
    compact["id"] = serde_json::json!("compact");
    compact["options"] = serde_json::json!({"compact_links": true});
    full["options"] = serde_json::json!({"compact_links": false});
    let out = batch(&[full.to_string(), compact.to_string()]);
    let links = out[0]["links"].as_array().expect("links");
    assert!(!links.is_empty(), "the test cluster has links: {}", out[0]);
    assert!(out[0].get("link_table").is_none());
    assert_eq!(out[1]["links"].as_array().map(Vec::len), Some(0));
    assert_eq!(out[1]["options"]["compact_links"], true);
    let rows = out[1]["link_table"]["rows"].as_array().expect("rows");
    // each link is 6 numbers plus its terms
    let terms: usize = links.iter().map(|l| l["shared"].as_array().map_or(0, Vec::len)).sum();
    assert_eq!(rows.len(), 6 * links.len() + terms);
}

/// Every field an article may have in the page's saved form is accepted by
/// `batch`, `keep` and `drop` included (`drop` was refused as unknown when
/// it was new): the same JSON the page exports analyses on the command line.
#[test]
fn batch_accepts_every_article_field() {
    let line = serde_json::json!({
        "id": "fields",
        "articles": [
            {"name": "A", "text": PROSE_A, "format": "text", "url": "https://example.org/a", "keep": [], "drop": ["Not in the text."]},
            {"name": "B", "text": PROSE_B, "format": "text", "keep": ["x"], "drop": []},
        ],
    })
    .to_string();
    let out = batch(&[line]);
    assert!(out[0].get("error").is_none(), "{}", out[0]);
    assert_eq!(out[0]["articles"].as_array().map(Vec::len), Some(2));
}
