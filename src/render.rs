//! Reports as readable text: the CLI's summary and the golden files of the
//! tests. Deterministic: same report, same bytes.

use std::fmt::Write;

use crate::clean::CleanDoc;
use crate::model::Report;

/// A readable summary of a report.
pub fn report(r: &Report) -> String {
    let n = r.articles.len();
    let mut s = String::new();
    for (i, a) in r.articles.iter().enumerate() {
        let _ = writeln!(
            s,
            "article {i}  {}  title={:?} date={} outlet={} byline={}",
            a.name,
            a.title.as_deref().unwrap_or(""),
            a.date.as_deref().unwrap_or("-"),
            a.outlet.as_deref().unwrap_or("-"),
            a.byline.as_deref().unwrap_or("-"),
        );
        for rm in &a.removed {
            let _ = writeln!(s, "  removed [{}] {}", rm.reason, rm.text);
        }
        for se in &a.sentences {
            let mark = if se.disputed { "!" } else { " " };
            let kind = if se.heading { "#" } else { " " };
            // articles that carry the claim without a sentence linked to this one
            let via: Vec<String> = se
                .sources
                .iter()
                .filter(|&&a| a != i && !se.matches.iter().any(|m| article_of(m) == Some(a)))
                .map(usize::to_string)
                .collect();
            let via = if via.is_empty() { String::new() } else { format!("  (through the claim: {})", via.join(", ")) };
            let _ = writeln!(
                s,
                "  {:<6} {}/{} ({} indep){mark}{kind} {}{via}",
                se.id, se.support, n, se.independent_support, se.text
            );
        }
    }
    let _ = writeln!(s, "links {}", r.links.len());
    for l in &r.links {
        let via = l.via.as_deref().map(|v| format!("  via {v}")).unwrap_or_default();
        let _ = writeln!(s, "  {} ~ {}  {:.2}  [{}]{via}", l.a, l.b, l.score, l.shared.join(", "));
    }
    let _ = writeln!(s, "claims {}", r.claims.len());
    for c in &r.claims {
        let rep = sentence_text(r, &c.representative);
        let _ = writeln!(
            s,
            "  {}  support={} independent={}  articles={:?}  {:?}",
            c.id, c.support, c.independent_support, c.articles, rep
        );
        let _ = writeln!(s, "     {}", c.sentences.join(" "));
    }
    let _ = writeln!(s, "derivations {}", r.derivations.len());
    for d in &r.derivations {
        let _ = writeln!(s, "  {} -> {}  {:.2}  {}", d.from, d.to, d.score, d.evidence.join("; "));
    }
    let _ = writeln!(s, "disagreements {}", r.disagreements.len());
    for d in &r.disagreements {
        for x in &d.differences {
            let _ = writeln!(s, "  {} vs {}  {}: {} / {}", d.a, d.b, x.kind, x.a, x.b);
        }
    }
    for w in &r.warnings {
        let _ = writeln!(s, "warning: {w}");
    }
    s
}

/// A readable rendering of one cleaned article.
pub fn clean_doc(d: &CleanDoc) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "title: {}", d.title.as_deref().unwrap_or("-"));
    let _ = writeln!(s, "date: {}", d.date.as_deref().unwrap_or("-"));
    let _ = writeln!(s, "outlet: {}", d.outlet.as_deref().unwrap_or("-"));
    let _ = writeln!(s, "byline: {}", d.byline.as_deref().unwrap_or("-"));
    let _ = writeln!(s, "--- text");
    for b in &d.blocks {
        let _ = writeln!(s, "{}{}", if b.heading { "# " } else { "" }, b.text);
    }
    let _ = writeln!(s, "--- removed");
    for r in &d.removed {
        let _ = writeln!(s, "[{}] {}", r.reason, r.text);
    }
    s
}

/// The text of sentence `id`, or `""`.
pub fn sentence_text<'a>(r: &'a Report, id: &str) -> &'a str {
    r.articles
        .iter()
        .flat_map(|a| a.sentences.iter())
        .find(|s| &*s.id == id)
        .map(|s| s.text.as_str())
        .unwrap_or("")
}

/// The article index of a sentence id `a{article}s{sentence}`.
fn article_of(id: &str) -> Option<usize> {
    id.strip_prefix('a')?.split('s').next()?.parse().ok()
}
