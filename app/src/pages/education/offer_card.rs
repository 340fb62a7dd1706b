//! One education offer in a list (the education page, the Filmhub view).

use super::{activity_label, kijkwijzer_text, levels_summary, mode_badge, price_with_per_pupil};
use crate::i18n::{fmt_datetime, t, ta};
use crate::model::education::OfferItem;
use leptos::prelude::*;

/// A card: name (link), provider and venue, location mode with distance, levels, activity,
/// duration, price, next session (or "on request"), film and Kijkwijzer, demo label.
/// `heading` is the level of the name's heading (`h2` or `h3`).
pub(super) fn offer_card(o: OfferItem, heading: u8) -> AnyView {
    let link = view! { <a href=o.url.clone()>{o.name.clone()}</a> };
    let name_lang = o.name_lang.clone();
    let title = if heading == 2 {
        view! { <h2 class="offer-name" lang=name_lang>{link}</h2> }.into_any()
    } else {
        view! { <h3 class="offer-name" lang=name_lang>{link}</h3> }.into_any()
    };
    let provider = match &o.organizer {
        // The organiser is named unless the venue's name already says it.
        Some(org) if !org.is_empty() && !o.venue.name.starts_with(org.as_str()) => format!("{org} · {}, {}", o.venue.name, o.venue.town),
        _ => format!("{}, {}", o.venue.name, o.venue.town),
    };
    let when = match &o.next_session {
        Some(s) => view! { {t("edu-card-next")}": "<time datetime=s.start.clone()>{fmt_datetime(&s.start)}</time> }.into_any(),
        None => view! { {t("edu-card-on-request")} }.into_any(),
    };
    let duration = o.duration_min.map(|m| ta("edu-minutes", &[("n", m.to_string())]));
    let film = o.film.clone().filter(|f| !f.title.is_empty()).map(|f| {
        let kw = f.kijkwijzer.as_deref().map(|k| format!(" · {}", ta("edu-card-kijkwijzer", &[("age", kijkwijzer_text(k))])));
        view! { <p class="offer-film">{t("edu-card-film")}": "<cite>{f.title}</cite>{kw}</p> }
    });
    let facts = [Some(activity_label(&o.activity_type)), duration, Some(price_with_per_pupil(&o.price))]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <li class="offer-card">
            <article>
                {title}
                <p class="offer-provider">{provider}</p>
                <p class="labels">
                    {mode_badge(&o.location_mode, o.distance_km)}
                    <span class="tag">{levels_summary(&o.levels)}</span>
                    {o.disciplines.iter().map(|d| view! { <span class="tag discipline">{t(&format!("discipline-{d}"))}</span> }).collect_view()}
                    {o.demo.then(|| view! { <span class="tag demo" title=t("demo-notice")>{t("demo-label")}</span> })}
                </p>
                <p class="offer-facts">{facts}</p>
                <p class="offer-when">{when}</p>
                {film}
            </article>
        </li>
    }
    .into_any()
}
