//! Day, month and time-of-day words in the query text (`data/dates.tsv`): `snein`, `zotterdag`,
//! `zaoterdag`, `meert`, `jûn`, `vanavond` … become date filters instead of search terms. The
//! caller (the platform's catalogue) applies them to occurrences in Europe/Amsterdam local time.

use std::collections::HashMap;
use std::sync::OnceLock;

const DATES_TSV: &str = include_str!("../data/dates.tsv");

/// A date filter named in the query.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateWord {
    /// ISO weekday, 1 = Monday … 7 = Sunday.
    Weekday(u8),
    /// Month, 1–12.
    Month(u8),
    /// Starts at 18:00 local time or later.
    Evening,
    Today,
    Tomorrow,
    /// Saturday or Sunday.
    Weekend,
    /// This evening: today, from 18:00.
    Tonight,
}

fn table() -> &'static HashMap<String, DateWord> {
    static T: OnceLock<HashMap<String, DateWord>> = OnceLock::new();
    T.get_or_init(|| {
        let mut fold = crate::analyzers::folded();
        let mut m = HashMap::new();
        for line in DATES_TSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 3 {
                continue;
            }
            let n: u8 = c[2].trim().parse().unwrap_or(0);
            let w = match c[1] {
                "weekday" if (1..=7).contains(&n) => DateWord::Weekday(n),
                "month" if (1..=12).contains(&n) => DateWord::Month(n),
                "evening" => DateWord::Evening,
                "today" => DateWord::Today,
                "tomorrow" => DateWord::Tomorrow,
                "weekend" => DateWord::Weekend,
                "tonight" => DateWord::Tonight,
                _ => continue,
            };
            for t in crate::analyzers::tokens(&mut fold, c[0]) {
                m.insert(t, w);
            }
        }
        m
    })
}

/// The date word `folded` stands for, if any.
pub fn date_word(folded: &str) -> Option<DateWord> {
    table().get(folded).copied()
}

/// Split query text into the words that are not date words (joined by spaces, folded) and the
/// date filters named. `"konsert snein jûn"` → (`"konsert"`, [Weekday(7), Evening]).
pub fn extract(text: &str) -> (String, Vec<DateWord>) {
    let text: String = text.chars().take(crate::query::MAX_QUERY_CHARS).collect();
    let mut fold = crate::analyzers::folded();
    let mut rest = Vec::new();
    let mut found = Vec::new();
    for w in crate::analyzers::tokens(&mut fold, &text) {
        match date_word(&w) {
            Some(d) => {
                if !found.contains(&d) {
                    found.push(d);
                }
            }
            None => rest.push(w),
        }
    }
    (rest.join(" "), found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_words_in_four_varieties() {
        for (w, d) in [("sneon", 6), ("snein", 7), ("zotterdag", 6), ("zaoterdag", 6), ("zundag", 7), ("zaterdag", 6)] {
            assert_eq!(date_word(w), Some(DateWord::Weekday(d)), "{w}");
        }
        assert_eq!(extract("Konsert op snein jûn"), ("konsert op".to_string(), vec![DateWord::Weekday(7), DateWord::Evening]));
        assert_eq!(extract("meert").1, vec![DateWord::Month(3)]);
        assert_eq!(extract("film").1, vec![]);
    }
}
