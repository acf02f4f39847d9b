//! Quotations: the words a sentence puts between quotation marks. Two
//! reports that quote the same words ("This is a dark day for our city")
//! state one claim, the statement, whatever else they say about it, and
//! whoever they say said it (which `disagree` reads: a quotation told with
//! two speakers is a disagreement on a name).

/// Marks that open a quotation.
const OPENING: &[char] = &['“', '„', '«'];
/// Marks that close one.
const CLOSING: &[char] = &['”', '»'];
/// A mark that opens or closes one, whichever comes next.
const STRAIGHT: char = '"';

/// Two sentences that share at least this many words in a row inside
/// quotation marks quote one statement: "This is a dark day for our city"
/// / "a dark day for our city" (six). Fewer are as often a phrase in
/// quotes ("a miracle", "deeply regrettable", "activities incompatible with
/// their status", which the scores read anyway).
pub const MIN_QUOTED_WORDS: usize = 6;

/// Whether `c` opens or closes a quotation.
fn is_mark(c: char) -> bool {
    c == STRAIGHT || OPENING.contains(&c) || CLOSING.contains(&c)
}

/// Whether the text after character `c` is inside a quotation, given
/// whether the text before it was (`inside`): a mark closes one (an
/// opening mark inside one opens the next), or opens one (a closing mark
/// outside one closes nothing); any other character changes nothing. The
/// tokenizer reads its words' marks with it (`normalize::WordMark`).
pub fn inside_after(c: char, inside: bool) -> bool {
    if !is_mark(c) {
        inside
    } else if inside {
        OPENING.contains(&c)
    } else {
        !CLOSING.contains(&c)
    }
}

/// Whether `text` has a quotation mark at all (a cheap test before
/// [`quoted_words`]).
pub fn has_quotation(text: &str) -> bool {
    text.contains(is_mark)
}

/// A quotation with at least this share of its words of four letters or
/// more capitalised (after the first, two of them at least) is a title,
/// not a statement ("Harry Potter and the Order of the Phoenix"; not "We
/// met Mr Newton in New York today").
pub const TITLE_CAPITALS_SHARE: f64 = 0.75;

/// The words inside quotation marks, lower-cased, one run per quotation
/// (a quotation left open runs to the end: a quote that goes on in the
/// next sentence); not a title's ([`TITLE_CAPITALS_SHARE`]).
pub fn quoted_words(text: &str) -> Vec<Vec<String>> {
    quoted_runs(text).into_iter().map(|q| q.words).collect()
}

/// A quotation's words, lower-cased, and whether it opens with a capital
/// letter: a statement quoted from its start ("\"It was a beautiful
/// ride,\" Delgado radioed"), not a phrase in quotes ("called it \"a
/// miracle\"").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// The words, lower-cased.
    pub words: Vec<String>,
    /// Its first word starts with a capital letter.
    pub statement: bool,
}

/// [`quoted_words`] with each quotation's [`Quotation::statement`].
fn quoted_runs(text: &str) -> Vec<Quotation> {
    let mut runs: Vec<Quotation> = Vec::new();
    // (whether the run's first word starts with a capital)
    let mut opens_capital = false;
    let mut inside = false;
    let mut word = String::new();
    let mut run: Vec<String> = Vec::new();
    // (the run's words after the first of four letters or more, and how
    // many of them start with a capital)
    let (mut long, mut capitals) = (0usize, 0usize);
    let mut capital = false;
    let end_word = |word: &mut String, run: &mut Vec<String>, capital: bool, long: &mut usize, capitals: &mut usize| {
        if !word.is_empty() {
            if !run.is_empty() && word.chars().count() >= 4 {
                *long += 1;
                *capitals += usize::from(capital);
            }
            run.push(std::mem::take(word));
        }
    };
    let is_title = |long: usize, capitals: usize| long >= 2 && capitals as f64 >= TITLE_CAPITALS_SHARE * long as f64;
    for c in text.chars() {
        if is_mark(c) {
            end_word(&mut word, &mut run, capital, &mut long, &mut capitals);
            if inside {
                if !run.is_empty() && !is_title(long, capitals) {
                    runs.push(Quotation { words: std::mem::take(&mut run), statement: opens_capital });
                }
                run.clear();
                (long, capitals) = (0, 0);
            }
            inside = inside_after(c, inside);
            continue;
        }
        if !inside {
            continue;
        }
        if c.is_alphanumeric() || (c == '\'' && !word.is_empty()) {
            if word.is_empty() {
                capital = c.is_uppercase();
                if run.is_empty() {
                    opens_capital = capital;
                }
            }
            word.extend(c.to_lowercase());
        } else {
            end_word(&mut word, &mut run, capital, &mut long, &mut capitals);
        }
    }
    end_word(&mut word, &mut run, capital, &mut long, &mut capitals);
    if inside && !run.is_empty() && !is_title(long, capitals) {
        runs.push(Quotation { words: run, statement: opens_capital });
    }
    runs
}

/// The quotations of a sentence ([`quoted_words`]), none read when it has
/// no quotation mark: what [`shared_run`] compares, read once a sentence.
pub fn quotations(text: &str) -> Vec<Quotation> {
    if has_quotation(text) {
        quoted_runs(text)
    } else {
        Vec::new()
    }
}

/// Two quotations that are one whole statement of at least this many words,
/// each opening with a capital ([`Quotation::statement`]), quote one
/// statement however short: "\"It was a beautiful ride,\" Delgado radioed"
/// / "\"It was a beautiful ride,\" Delgado said shortly after reaching
/// orbit" (five words, under [`MIN_QUOTED_WORDS`]). A phrase in quotes
/// opens lower-case ("activities incompatible with their status").
pub const MIN_WHOLE_STATEMENT_WORDS: usize = 4;

/// Whether two sentences' quotations ([`quotations`]) share a run of
/// [`MIN_QUOTED_WORDS`] words, or one whole statement
/// ([`MIN_WHOLE_STATEMENT_WORDS`]).
pub fn one_statement(qa: &[Quotation], qb: &[Quotation]) -> bool {
    let whole = |x: &Quotation, y: &Quotation| x.statement && y.statement && x.words.len() >= MIN_WHOLE_STATEMENT_WORDS && x.words == y.words;
    qa.iter().any(|x| qb.iter().any(|y| whole(x, y))) || shared_run(qa, qb) >= MIN_QUOTED_WORDS
}

/// The longest run of words the quotations of `a` and `b` share, in a row.
pub fn shared_quoted_words(a: &str, b: &str) -> usize {
    shared_run(&quotations(a), &quotations(b))
}

/// [`shared_quoted_words`] of two sentences' [`quotations`].
pub fn shared_run(qa: &[Quotation], qb: &[Quotation]) -> usize {
    let mut best = 0;
    for x in qa.iter().map(|q| &q.words) {
        for y in qb.iter().map(|q| &q.words) {
            // longest common run, row by row
            let mut prev = vec![0usize; y.len() + 1];
            for wx in x {
                let mut row = vec![0usize; y.len() + 1];
                for (k, wy) in y.iter().enumerate() {
                    if wx == wy {
                        row[k + 1] = prev[k] + 1;
                        best = best.max(row[k + 1]);
                    }
                }
                prev = row;
            }
        }
    }
    best
}

/// Whether two sentences quote one statement ([`MIN_QUOTED_WORDS`]).
pub fn same_quotation(a: &str, b: &str) -> bool {
    one_statement(&quotations(a), &quotations(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A short statement quoted whole by both is one statement; a short
    /// phrase in quotes, or part of a statement, is not.
    #[test]
    fn a_short_statement_quoted_whole_is_one_statement() {
        let one = |a: &str, b: &str| one_statement(&quotations(a), &quotations(b));
        assert!(one("\"It was a beautiful ride,\" Delgado radioed.", "\"It was a beautiful ride,\" Delgado said after reaching orbit."));
        assert!(!one("Moscow condemned \"activities incompatible with their status\".", "It cited \"activities incompatible with their status\"."));
        assert!(!one("\"It was a beautiful ride, and a long one,\" she said.", "\"It was a beautiful ride,\" she said."));
        assert!(!one("\"Very sad day,\" he said.", "\"Very sad day,\" she said."));
    }

    #[test]
    fn quotations_are_read_between_their_marks() {
        assert_eq!(quoted_words("\"This is a dark day,\" Mayor Ek said."), vec![vec!["this", "is", "a", "dark", "day"]]);
        assert_eq!(quoted_words("She called it “a miracle” and «une honte»."), vec![vec!["a", "miracle"], vec!["une", "honte"]]);
        // left open: to the end
        assert_eq!(quoted_words("He said: \"We will rebuild"), vec![vec!["we", "will", "rebuild"]]);
        assert!(quoted_words("No quotation here.").is_empty());
        // an apostrophe inside a word is the word's
        assert_eq!(quoted_words("\"It isn't over\""), vec![vec!["it", "isn't", "over"]]);
        // a title is no statement
        assert!(quoted_words("copies of \"Harry Potter and the Order of the Phoenix.\"").is_empty());
        assert_eq!(quoted_words("\"We met Mr Newton in New York today\"").len(), 1);
    }

    #[test]
    fn one_statement_quoted_twice() {
        let a = "\"This is a dark day for our city,\" Mayor Kristin Ek said.";
        let b = "Mayor Kristin Ek called it “a dark day for our city”.";
        let c = "\"This is a dark day for our city,\" police chief Anders Lie said.";
        assert_eq!(shared_quoted_words(a, b), 6);
        assert!(same_quotation(a, b) && same_quotation(a, c) && same_quotation(b, c));
        // the words outside the quotation do not count
        assert!(!same_quotation("It was a dark day for our city, he said \"indeed\".", a));
        assert!(!same_quotation("Lin called the walkout \"deeply regrettable\".", "Lin said the strike was \"deeply regrettable\"."));
    }
}
