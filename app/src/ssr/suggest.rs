//! As-you-type suggestions: events (through the search index, so every variety and typo works),
//! venues, places (with their Frisian and other names) and disciplines. Shared by
//! `/api/v1/suggest` and the search box's server function.

use super::gazetteer::fold;
use super::i18n::t;
use super::AppState;
use crate::model::{pick, Discipline, Lang, Suggestion};

/// Longest text considered, in characters.
pub const MAX_SUGGEST_CHARS: usize = 100;

/// At most 5 events, 5 venues, 5 places and 3 disciplines for `q` (trimmed, cut to
/// [`MAX_SUGGEST_CHARS`]), labels in `lang`. Empty text: no suggestions. Errors: the index's.
pub fn suggest(state: &AppState, q: &str, lang: Lang) -> Result<Vec<Suggestion>, search::SearchError> {
    let q: String = q.trim().chars().take(MAX_SUGGEST_CHARS).collect();
    let fq = fold(&q);
    if fq.is_empty() {
        return Ok(vec![]);
    }
    let cat = state.catalog();
    let mut items = Vec::new();
    for h in state.index.search(&q, 5)? {
        if let Some(e) = cat.event(h.id) {
            let (name, _) = pick(&e.name, lang.tag(), &e.main_language).unwrap_or(("", "nl"));
            items.push(Suggestion { kind: "event".into(), label: name.to_string(), url: format!("/events/{}", e.id) });
        }
    }
    let mut vs: Vec<_> = cat.venues.values().filter(|v| fold(&v.name).contains(&fq)).collect();
    vs.sort_by(|a, b| a.name.cmp(&b.name));
    for v in vs.into_iter().take(5) {
        items.push(Suggestion { kind: "venue".into(), label: format!("{}, {}", v.name, v.town), url: format!("/venues/{}", v.id) });
    }
    for pl in state.gazetteer().search(&q, 5) {
        let url = format!("/events?near={}", crate::components::layout::urlencode(&pl.name));
        let label = if pl.matched.is_empty() || pl.matched.eq_ignore_ascii_case(&pl.name) {
            pl.name.clone()
        } else {
            format!("{} ({})", pl.matched, pl.name)
        };
        items.push(Suggestion { kind: "place".into(), label, url });
    }
    for d in Discipline::ALL.into_iter() {
        let label = t(lang.tag(), &format!("discipline-{}", d.code()), &[]);
        if fold(&label).split(' ').any(|w| w.starts_with(&fq)) || d.code().starts_with(&fq) {
            items.push(Suggestion { kind: "discipline".into(), label, url: format!("/events?discipline={}", d.code()) });
        }
    }
    Ok(items)
}
