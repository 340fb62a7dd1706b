//! Property test: any input string returns results or an empty list — never an error, a panic
//! or a hang (user text never reaches a query grammar). CI runs the default number of cases;
//! the documented long run is
//! `PROPTEST_CASES=1000000 cargo test --release -p search --test fuzz` (see docs/benchmarks.md).

use proptest::prelude::*;
use search::{EventDoc, EventIndex, NamedPlace, Places};
use std::sync::OnceLock;

fn index() -> &'static EventIndex {
    static IX: OnceLock<EventIndex> = OnceLock::new();
    IX.get_or_init(|| {
        let ix = EventIndex::in_memory().expect("index");
        let docs: Vec<EventDoc> = [
            ("nl", "Kindervoorstelling: De verdwaalde zeehond", "Een voorstelling voor kinderen vanaf 4 jaar", "theatre"),
            ("fy", "Bernefoarstelling yn it Frysk", "In foarstelling foar bern", "theatre"),
            ("gos", "Veurstellen veur kinder", "Poppentheoater in 't Grunnegs", "theatre"),
            ("drt", "Kienderveurstelling in 't Drèents", "Liedties en poppen", "theatre"),
            ("nl", "Filmhuis: Nordic noir", "Film in het filmhuis", "film_screening"),
        ]
        .iter()
        .enumerate()
        .map(|(i, (l, t, d, ty))| EventDoc {
            id: i as i64 + 1,
            titles: vec![(l.to_string(), t.to_string())],
            texts: vec![(l.to_string(), d.to_string())],
            event_type: ty.to_string(),
            lat: Some(53.2),
            lon: Some(6.56),
            ..Default::default()
        })
        .collect();
        ix.rebuild(&docs, "fuzz", |_, _| {}).expect("rebuild");
        ix.set_places(Places::new([(
            vec!["Groningen".to_string(), "Grins".to_string()],
            NamedPlace { name: "Groningen".into(), lat: 53.219, lon: 6.567, population: 244_807 },
        )]));
        ix
    })
}

/// Pieces that exercise the query pipeline: query-grammar syntax, Unicode edge cases, words of
/// the vocabulary, place names and stop words.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\PC]{0,40}",
        prop::sample::select(vec![
            "AND", "OR", "NOT", ":", "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~2", "^3", "+", "-", "\\",
            "title:", "*:*", "'", "’", "🎭", "\u{0}", "\u{202E}", "u\u{302}", "ß", "İ", "ﬁ", "\u{FEFF}",
            "bernefoarstelling", "kindervoorstelling", "kienderveurstelling", "dûnsje", "dunsje", "tentoonsteling",
            "film", "huis", "Grins", "groningen", "in", "het", "yn", "'t", "veur", "s",
        ])
        .prop_map(String::from),
    ]
}

proptest! {
    #[test]
    fn any_text_gives_results_or_nothing(parts in prop::collection::vec(piece(), 0..12), limit in 0usize..50) {
        let text = parts.join(" ");
        let hits = index().search(&text, limit);
        prop_assert!(hits.is_ok(), "{:?} failed: {:?}", text, hits.err());
        let hits = hits.unwrap_or_default();
        prop_assert!(hits.len() <= limit);
        prop_assert!(hits.iter().all(|h| h.score.is_finite()));
    }

    #[test]
    fn huge_inputs_are_cut_not_fatal(c in any::<char>(), n in 1usize..20_000) {
        let text: String = std::iter::repeat_n(c, n).collect();
        prop_assert!(index().search(&text, 10).is_ok());
    }
}
