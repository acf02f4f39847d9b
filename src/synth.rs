//! Deterministic synthetic clusters for benchmarks, written from text the
//! project owns: a bank of claims about one invented event, each in several
//! wordings, mixed with per-article background sentences built from
//! templates, reordered per article, with some articles copied from others
//! (wire pick-ups) the way real coverage repeats itself.
//!
//! `target/release/examples/synth N 800 42` prints one as JSON (the browser
//! benchmark uses it; `cargo build --release --example synth`), and
//! `scripts/eval_synth.py` scores the alignment of such clusters against
//! the claims they were written from.

use crate::model::{ArticleInput, Format};

/// Claims of the invented event, each in several wordings.
const CLAIMS: &[&[&str]] = &[
    &["A tidal surge flooded the harbour district of Port Elsham on Wednesday night.", "The harbour district of Port Elsham was flooded by a tidal surge late on Wednesday.", "Flood water from a surge swept through Port Elsham's harbour district on Wednesday night."],
    &["About 400 residents were evacuated from homes along the quay.", "Some 400 people had to leave their homes along the quay.", "Around four hundred residents along the quay were moved out of their homes."],
    &["The water rose more than two metres above the usual high tide.", "Water levels climbed over two metres above a normal high tide.", "The sea rose more than 2 metres higher than the usual high tide."],
    &["Fourteen people were taken to hospital with minor injuries.", "The ambulance service said 14 people were treated in hospital.", "Twelve people needed hospital treatment for minor injuries."],
    &["Mayor Ines Calloway opened the Corn Exchange as an emergency shelter.", "The Corn Exchange was turned into an emergency shelter by Mayor Calloway.", "Ms Calloway said the Corn Exchange would serve as a shelter."],
    &["A section of the old sea wall near the ferry terminal collapsed.", "Part of the sea wall by the ferry terminal gave way during the surge.", "The surge brought down a stretch of the sea wall close to the ferry terminal."],
    &["Engineers will inspect the sea wall on Friday.", "The council said engineers would examine the wall on Friday.", "An inspection of the damaged wall by engineers is planned for Friday."],
    &["Forecasters had issued an amber warning for the coast on Tuesday.", "An amber weather warning for the coast was issued on Tuesday.", "The coast had been under an amber warning since Tuesday."],
    &["The harbour authority said it was the highest surge since 1987.", "It was the highest surge recorded in the port since 1987, the harbour authority said.", "Officials called it the worst surge in Port Elsham since 1987."],
    &["The council will ask the government for emergency repair funds.", "City leaders plan to request emergency money from the government to fix the wall.", "Port Elsham will seek emergency funding from ministers for repairs."],
    &["Shops on Ferry Street remained closed on Thursday.", "Businesses along Ferry Street stayed shut on Thursday.", "Ferry Street traders kept their doors closed on Thursday."],
    &["Power was cut to about 2,000 homes for several hours.", "Around 2000 households lost electricity for hours.", "Some 2,000 homes were left without power for several hours."],
    &["Rail services to the coast were suspended overnight.", "Trains to the coast were halted during the night.", "Overnight rail services along the coast were cancelled."],
    &["Residents said the flood warning reached them too late.", "Several residents complained that warnings came too late.", "People living on the quay said they were warned too late."],
    &["The ferry to Holm Island was cancelled until the weekend.", "Ferry crossings to Holm Island will not run before the weekend.", "The Holm Island ferry service was suspended until Saturday."],
    &["Volunteers handed out blankets and hot drinks at the shelter.", "At the shelter, volunteers gave out blankets and hot drinks.", "Blankets and hot drinks were distributed by volunteers in the Corn Exchange."],
];

/// Words for background sentences, unique to each article.
const SUBJECTS: &[&str] = &["The local school", "A spokesperson for the port", "The regional police", "Insurance companies", "A nearby farm", "The cathedral choir", "Tourism officials", "The fishing cooperative", "Student volunteers", "The hospital trust", "A shipping firm", "The county archive"];
const VERBS: &[&str] = &["reviewed", "postponed", "announced", "questioned", "expanded", "described", "recorded", "criticised", "welcomed", "delayed", "funded", "photographed"];
const OBJECTS: &[&str] = &["its winter timetable", "the annual regatta", "a new drainage plan", "plans for the old lighthouse", "the budget for coastal paths", "a survey of bird colonies", "the museum extension", "a report on fish stocks", "the market hall lease", "the summer festival programme", "a study of dune erosion", "the lifeboat station appeal"];
const TAILS: &[&str] = &["last spring", "in a statement on Thursday", "after a long debate", "earlier this year", "at a public meeting", "for the third time", "without giving a reason", "despite objections", "during a visit", "in its latest newsletter"];

/// Outlet names for synthetic articles.
const OUTLETS: &[&str] = &["Gazette", "Courier", "Herald", "Chronicle", "Observer", "Post", "Times", "Mercury", "Echo", "Standard"];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

/// A synthetic cluster of `n` articles of about `words` words each.
/// Same `(n, words, seed)`, same cluster.
pub fn cluster(n: usize, words: usize, seed: u64) -> Vec<ArticleInput> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut out: Vec<ArticleInput> = Vec::with_capacity(n);
    for i in 0..n {
        // one article in five copies an earlier one, lightly edited (a wire pick-up)
        if i >= 2 && rng.below(5) == 0 {
            let src = rng.below(i);
            let mut text = out[src].text.replace("said", "told reporters").replace("Friday", "Friday morning");
            text.push_str("\n\nThis report is based on agency material.");
            out.push(ArticleInput {
                name: format!("{} {} (copy of {})", OUTLETS[i % OUTLETS.len()], i, src),
                text,
                format: Format::Text,
                ..Default::default()
            });
            continue;
        }
        let mut paras: Vec<String> = Vec::new();
        let mut count = 0usize;
        // a random subset of claims, in a random order, in random wordings
        let mut claims: Vec<usize> = (0..CLAIMS.len()).collect();
        for k in (1..claims.len()).rev() {
            let j = rng.below(k + 1);
            claims.swap(k, j);
        }
        let take = CLAIMS.len() / 2 + rng.below(CLAIMS.len() / 2 + 1);
        let mut claim_iter = claims.into_iter().take(take).peekable();
        while count < words {
            let mut para = String::new();
            for _ in 0..(2 + rng.below(3)) {
                let s = if claim_iter.peek().is_some() && rng.below(3) > 0 {
                    let c = claim_iter.next().unwrap_or(0);
                    let wordings = CLAIMS[c];
                    wordings[rng.below(wordings.len())].to_string()
                } else {
                    format!(
                        "{} {} {} {}.",
                        SUBJECTS[rng.below(SUBJECTS.len())],
                        VERBS[rng.below(VERBS.len())],
                        OBJECTS[rng.below(OBJECTS.len())],
                        TAILS[rng.below(TAILS.len())]
                    )
                };
                count += s.split_whitespace().count();
                if !para.is_empty() {
                    para.push(' ');
                }
                para.push_str(&s);
            }
            paras.push(para);
        }
        let title = format!("Surge floods Port Elsham harbour, report {i}");
        out.push(ArticleInput {
            name: format!("{} {}", OUTLETS[i % OUTLETS.len()], i),
            text: format!("{title}\nShare this article\n{}\n© Synthetic {i}", paras.join("\n\n")),
            format: Format::Text,
            ..Default::default()
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::cluster;

    #[test]
    fn deterministic_and_sized() {
        let a = cluster(25, 800, 7);
        assert_eq!(a, cluster(25, 800, 7));
        assert_eq!(a.len(), 25);
        let words: usize = a.iter().map(|x| x.text.split_whitespace().count()).sum::<usize>() / a.len();
        assert!((700..1100).contains(&words), "about 800 words, got {words}");
    }
}
