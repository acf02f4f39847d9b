//! The `corroborate` command line: the same core as the browser build.
//!
//! ```text
//! corroborate analyze [--json] [--min-link-score X] [--keep-furniture] FILE...
//! corroborate clean [--format text|html] [--json] FILE
//! corroborate batch            (JSON Lines in, JSON Lines out)
//! ```
//! `FILE` ending in `.html`/`.htm` is read as HTML, anything else as pasted
//! text; `-` is standard input.

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use corroborate::analyze::{prepare_input, MAX_ARTICLE_BYTES};
use corroborate::model::{ArticleInput, Format, Options};
use corroborate::{render, Error};

const USAGE: &str = "usage:
  corroborate analyze [--json] [--min-link-score X] [--keep-furniture] FILE...
  corroborate clean [--format text|html] [--json] FILE
  corroborate batch   < clusters.jsonl > reports.jsonl

FILE ending in .html or .htm is read as a saved page, anything else as pasted
text; '-' reads standard input.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") => cmd_analyze(&args[1..]),
        Some("clean") => cmd_clean(&args[1..]),
        Some("batch") => cmd_batch(),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(Error::bad_input(USAGE)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("corroborate: {e}");
            ExitCode::from(2)
        }
    }
}

struct Flags {
    json: bool,
    format: Option<Format>,
    options: Options,
    files: Vec<String>,
}

fn parse_flags(args: &[String]) -> Result<Flags, Error> {
    let mut f = Flags { json: false, format: None, options: Options::default(), files: Vec::new() };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => f.json = true,
            "--keep-furniture" => f.options.keep_furniture = true,
            "--format" => {
                f.format = Some(match it.next().map(String::as_str) {
                    Some("text") => Format::Text,
                    Some("html") => Format::Html,
                    other => {
                        return Err(Error::bad_input(format!(
                            "--format takes 'text' or 'html', not {:?}",
                            other.unwrap_or("")
                        )))
                    }
                })
            }
            "--min-link-score" => {
                let v = it.next().ok_or_else(|| Error::bad_input("--min-link-score needs a value"))?;
                let x: f64 = v.parse().map_err(|_| Error::bad_input(format!("--min-link-score: not a number: {v}")))?;
                f.options.min_link_score = Some(x);
            }
            s if s.starts_with("--") => return Err(Error::bad_input(format!("unknown option {s}\n\n{USAGE}"))),
            _ => f.files.push(a.clone()),
        }
    }
    Ok(f)
}

fn read_input(path: &str, format: Option<Format>) -> Result<ArticleInput, Error> {
    // Read at most a little more than the engine uses, so a huge file (or an
    // endless stream) cannot exhaust memory; the engine warns about the cut.
    let limit = (MAX_ARTICLE_BYTES + 4) as u64;
    let mut bytes = Vec::new();
    let read = if path == "-" {
        io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    read.map_err(|e| Error::new(corroborate::ErrorKind::Io, format!("{path}: {e}")))?;
    let cut = bytes.len() as u64 == limit;
    if cut {
        eprintln!(
            "corroborate: warning: {path} is larger than {} MB; only its start is read",
            MAX_ARTICLE_BYTES >> 20
        );
    }
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        // a character split by the cut is not an encoding problem
        Err(e) if cut && e.utf8_error().error_len().is_none() => {
            let valid = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            bytes.truncate(valid);
            String::from_utf8(bytes).unwrap_or_default()
        }
        Err(e) => {
            eprintln!("corroborate: warning: {path} is not valid UTF-8 text; invalid bytes were replaced");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let lower = path.to_lowercase();
    let format = format.unwrap_or(if lower.ends_with(".html") || lower.ends_with(".htm") {
        Format::Html
    } else {
        Format::Text
    });
    let name = if path == "-" {
        "stdin".to_string()
    } else {
        std::path::Path::new(path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.to_string())
    };
    Ok(ArticleInput { name, text, format, ..Default::default() })
}

fn cmd_analyze(args: &[String]) -> Result<(), Error> {
    let f = parse_flags(args)?;
    if f.files.is_empty() {
        return Err(Error::bad_input(format!("analyze needs at least one FILE\n\n{USAGE}")));
    }
    let inputs = f.files.iter().map(|p| read_input(p, f.format)).collect::<Result<Vec<_>, _>>()?;
    let report = corroborate::analyze(&inputs, &f.options)?;
    let out = if f.json {
        serde_json::to_string_pretty(&report).map_err(|e| Error::bad_input(e.to_string()))? + "\n"
    } else {
        render::report(&report)
    };
    write_out(&out)
}

fn cmd_clean(args: &[String]) -> Result<(), Error> {
    let f = parse_flags(args)?;
    let path = match f.files.as_slice() {
        [p] => p.clone(),
        [] => "-".to_string(),
        _ => return Err(Error::bad_input("clean takes one FILE")),
    };
    let (input, warnings) = prepare_input(&read_input(&path, f.format)?, 0);
    for w in warnings {
        eprintln!("corroborate: warning: {w}");
    }
    let doc = corroborate::clean(&input, &f.options)?;
    let out = if f.json {
        let v = serde_json::json!({
            "title": doc.title,
            "date": doc.date,
            "outlet": doc.outlet,
            "byline": doc.byline,
            "blocks": doc.blocks.iter().map(|b| serde_json::json!({"text": b.text, "heading": b.heading})).collect::<Vec<_>>(),
            "text": doc.text(),
            "removed": doc.removed,
        });
        serde_json::to_string_pretty(&v).map_err(|e| Error::bad_input(e.to_string()))? + "\n"
    } else {
        let mut s = String::new();
        for b in &doc.blocks {
            s.push_str(&b.text);
            s.push('\n');
        }
        s
    };
    write_out(&out)
}

/// Largest batch line accepted (bytes). Longer lines are answered with an
/// error and skipped without being held in memory.
const MAX_BATCH_LINE: usize = 64 * 1024 * 1024;

/// The fields a batch line, an article and the options may have; anything
/// else is a mistake worth reporting (a typo such as `fromat` would
/// otherwise silently fall back to the default).
const LINE_FIELDS: [&str; 3] = ["id", "articles", "options"];
const ARTICLE_FIELDS: [&str; 6] = ["name", "text", "format", "url", "keep", "drop"];
const OPTION_FIELDS: [&str; 3] = ["min_link_score", "keep_furniture", "compact_links"];

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct BatchLine {
    id: serde_json::Value,
    articles: Vec<ArticleInput>,
    #[serde(default)]
    options: Options,
}

/// One line of input as read: its bytes (up to the limit) and whether it
/// was longer than that.
struct RawLine {
    bytes: Vec<u8>,
    too_long: bool,
}

/// Read one line (without its `\n`), keeping at most `limit` bytes of it;
/// the rest of an over-long line is read and dropped. `None` at the end.
fn read_line_bounded(reader: &mut impl BufRead, limit: usize, buf: &mut Vec<u8>) -> io::Result<Option<RawLine>> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (part, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], Some(i + 1)),
            None => (chunk, None),
        };
        if !too_long {
            if buf.len() + part.len() > limit {
                too_long = true;
                // keep the start: it may name the id
                let room = ID_PREFIX.saturating_sub(buf.len()).min(part.len());
                buf.extend_from_slice(&part[..room]);
            } else {
                buf.extend_from_slice(part);
            }
        }
        let used = done.unwrap_or(chunk.len());
        reader.consume(used);
        if done.is_some() {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if too_long {
        buf.truncate(ID_PREFIX);
    }
    Ok(Some(RawLine { bytes: std::mem::take(buf), too_long }))
}

/// How much of an over-long line is kept to look for its id.
const ID_PREFIX: usize = 4096;

fn cmd_batch() -> Result<(), Error> {
    let stdin = io::stdin();
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let mut reader = stdin.lock();
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    while let Some(line) = read_line_bounded(&mut reader, MAX_BATCH_LINE, &mut buf)? {
        line_no += 1;
        let out = if line.too_long {
            let id = id_from_prefix(&line.bytes);
            Some(error_line(
                id,
                line_no,
                format!("the line is longer than {} MB, the most one batch line may hold", MAX_BATCH_LINE >> 20),
            ))
        } else {
            answer_line(&line.bytes, line_no)
        };
        buf = line.bytes;
        if let Some(v) = out {
            let s = serde_json::to_string(&v).unwrap_or_else(|e| {
                serde_json::json!({"line": line_no, "error": format!("line {line_no}: the report could not be written: {e}")})
                    .to_string()
            });
            match writeln!(stdout, "{s}") {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(()),
                Err(e) => return Err(e.into()),
            }
        }
    }
    match stdout.flush() {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Answer one line; a panic in the engine (a bug) becomes an error line for
/// this input instead of ending the run. (With `panic = "abort"` in the
/// release profile the process still ends; see the hardening notes.)
fn answer_line(buf: &[u8], line_no: usize) -> Option<serde_json::Value> {
    match std::panic::catch_unwind(|| batch_line(buf, line_no)) {
        Ok(v) => v,
        Err(p) => {
            let what = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let id = serde_json::from_slice::<serde_json::Value>(buf).ok().and_then(|v| v.get("id").cloned());
            Some(error_line(id, line_no, format!("internal error while analysing this line (please report it): {what}")))
        }
    }
}

/// `{"id": .., "error": "line N: .."}`, or `{"line": N, "error": ..}` without an id.
fn error_line(id: Option<serde_json::Value>, line_no: usize, message: String) -> serde_json::Value {
    match id {
        Some(id) => serde_json::json!({"id": id, "error": format!("line {line_no}: {message}")}),
        None => serde_json::json!({"line": line_no, "error": format!("line {line_no}: {message}")}),
    }
}

/// The id of a line too long to parse, when the line starts with it
/// (`{"id": "x", ...`).
fn id_from_prefix(prefix: &[u8]) -> Option<serde_json::Value> {
    let text = String::from_utf8_lossy(prefix);
    let rest = text.trim_start().strip_prefix('{')?.trim_start().strip_prefix("\"id\"")?;
    let rest = rest.trim_start().strip_prefix(':')?;
    let mut values = serde_json::Deserializer::from_str(rest).into_iter::<serde_json::Value>();
    let id = values.next()?.ok()?;
    // only a complete value that the line goes on after
    let after = rest.get(values.byte_offset()..)?.trim_start();
    (after.starts_with(',') || after.starts_with('}')).then_some(id)
}

/// Fields of `v` (an object) not in `known`, with where they are.
fn unknown_fields(v: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    let Some(obj) = v.as_object() else { return out };
    for k in obj.keys().filter(|k| !LINE_FIELDS.contains(&k.as_str())) {
        out.push(format!("`{k}`"));
    }
    if let Some(arts) = obj.get("articles").and_then(|a| a.as_array()) {
        for (i, a) in arts.iter().enumerate() {
            if let Some(a) = a.as_object() {
                for k in a.keys().filter(|k| !ARTICLE_FIELDS.contains(&k.as_str())) {
                    out.push(format!("`{k}` in article {}", i + 1));
                }
            }
        }
    }
    if let Some(o) = obj.get("options").and_then(|o| o.as_object()) {
        for k in o.keys().filter(|k| !OPTION_FIELDS.contains(&k.as_str())) {
            out.push(format!("`{k}` in options"));
        }
    }
    out
}

fn batch_line(buf: &[u8], line_no: usize) -> Option<serde_json::Value> {
    let (text, lossy) = match std::str::from_utf8(buf) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), false),
        Err(_) => (String::from_utf8_lossy(buf), true),
    };
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Some(error_line(None, line_no, format!("not a JSON object: {e}"))),
    };
    let id = value.get("id").cloned();
    if !value.is_object() {
        return Some(error_line(None, line_no, "expected a JSON object {\"id\", \"articles\", \"options\"}".into()));
    }
    let unknown = unknown_fields(&value);
    if !unknown.is_empty() {
        return Some(error_line(
            id,
            line_no,
            format!(
                "unknown field {}; a line has id, articles, options; an article has {}; options are {}",
                unknown.join(", "),
                ARTICLE_FIELDS.join(", "),
                OPTION_FIELDS.join(", ")
            ),
        ));
    }
    let b: BatchLine = match serde_json::from_value(value) {
        Ok(b) => b,
        Err(e) => return Some(error_line(id, line_no, e.to_string())),
    };
    match corroborate::analyze(&b.articles, &b.options) {
        Ok(mut report) => {
            if lossy {
                report.warnings.push(format!("line {line_no} is not valid UTF-8 text; invalid bytes were replaced"));
            }
            let mut v = match serde_json::to_value(&report) {
                Ok(v) => v,
                Err(e) => return Some(error_line(Some(b.id), line_no, format!("the report could not be written: {e}"))),
            };
            if let serde_json::Value::Object(m) = &mut v {
                m.insert("id".into(), b.id);
            }
            Some(v)
        }
        Err(e) => Some(error_line(Some(b.id), line_no, e.to_string())),
    }
}

fn write_out(s: &str) -> Result<(), Error> {
    let mut out = io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e.into()),
    }
}
