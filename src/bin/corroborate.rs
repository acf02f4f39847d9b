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
    let mut bytes = Vec::new();
    if path == "-" {
        io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(path).map_err(|e| Error::new(corroborate::ErrorKind::Io, format!("{path}: {e}")))?;
    }
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
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
    let input = read_input(&path, f.format)?;
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

/// Largest batch line accepted (bytes).
const MAX_BATCH_LINE: usize = 64 * 1024 * 1024;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct BatchLine {
    id: serde_json::Value,
    articles: Vec<ArticleInput>,
    #[serde(default)]
    options: Options,
}

fn cmd_batch() -> Result<(), Error> {
    let stdin = io::stdin();
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let mut reader = stdin.lock();
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf)?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let out = batch_line(&buf, line_no);
        if let Some(v) = out {
            let s = serde_json::to_string(&v).map_err(|e| Error::bad_input(e.to_string()))?;
            writeln!(stdout, "{s}")?;
        }
    }
    stdout.flush()?;
    Ok(())
}

fn batch_line(buf: &[u8], line_no: usize) -> Option<serde_json::Value> {
    let text = String::from_utf8_lossy(buf);
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if buf.len() > MAX_BATCH_LINE {
        return Some(serde_json::json!({"line": line_no, "error": format!("line is larger than {} MB", MAX_BATCH_LINE >> 20)}));
    }
    let parsed: Result<BatchLine, _> = serde_json::from_str(text);
    match parsed {
        Ok(b) => match corroborate::analyze(&b.articles, &b.options) {
            Ok(report) => {
                let mut v = serde_json::to_value(&report).unwrap_or(serde_json::Value::Null);
                if let serde_json::Value::Object(m) = &mut v {
                    m.insert("id".into(), b.id);
                }
                Some(v)
            }
            Err(e) => Some(serde_json::json!({"id": b.id, "error": e.to_string()})),
        },
        Err(e) => {
            // name the id if the line is JSON with one
            let id = serde_json::from_str::<serde_json::Value>(text).ok().and_then(|v| v.get("id").cloned());
            Some(match id {
                Some(id) => serde_json::json!({"id": id, "error": format!("line {line_no}: {e}")}),
                None => serde_json::json!({"line": line_no, "error": e.to_string()}),
            })
        }
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
