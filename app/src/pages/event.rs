//! Event detail: all occurrences, venue, distance from the chosen place, language of
//! performance, price, accessibility, schema.org JSON-LD and "add to calendar".

use crate::api::get_event;
use crate::i18n::{fmt_cents, fmt_datetime, fmt_km, fmt_time, lang_tag, t, ta};
use crate::model::pick;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn EventPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let data = Resource::new(
        move || (params.with(|p| p.get("id")), query.with(|q| q.get("near")), lang_tag()),
        |(id, near, lang)| async move {
            let id = id.and_then(|s| s.parse::<i64>().ok()).unwrap_or(-1);
            get_event(id, lang.to_string(), near).await
        },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(Ok(d)) => {
                    let lang = lang_tag();
                    let ev = d.event;
                    let (name, name_lang) = pick(&ev.name, lang, &ev.main_language).map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or_default();
                    let desc = pick(&ev.description, lang, &ev.main_language).map(|(a, b)| (a.to_string(), b.to_string()));
                    let ics = format!("/api/v1/events/{}.ics", ev.id);
                    let price = if ev.price.is_free { t("free") } else {
                        match (ev.price.min_cents, ev.price.max_cents) {
                            (Some(a), Some(b)) if a != b => ta("price-range", &[("min", fmt_cents(a)), ("max", fmt_cents(b))]),
                            (Some(a), _) => fmt_cents(a),
                            _ => "–".to_string(),
                        }
                    };
                    let acc = &ev.accessibility;
                    let mut a11y: Vec<String> = [
                        (acc.wheelchair, "a11y-wheelchair"), (acc.hearing_loop, "a11y-hearing_loop"),
                        (acc.sign_language, "a11y-sign_language"), (acc.subtitles, "a11y-subtitles"),
                        (acc.audio_description, "a11y-audio_description"),
                    ].into_iter().filter(|x| x.0).map(|x| t(x.1)).collect();
                    if a11y.is_empty() { a11y.push(t("a11y-none")); }
                    let age = ev.typical_age_range.clone().map(|r| {
                        let mut it = r.split('-');
                        let a = it.next().unwrap_or("").to_string();
                        let b = it.next().unwrap_or("").to_string();
                        if b.is_empty() { ta("age-from", &[("min", a)]) } else { ta("age-range", &[("min", a), ("max", b)]) }
                    });
                    let status = ev.event_status.clone();
                    view! {
                        <Title text=name.clone()/>
                        <script type="application/ld+json" inner_html=d.jsonld.clone()></script>
                        <article class="event" itemscope>
                            {ev.demo.then(|| view! { <p class="demo-notice" role="note">{t("demo-notice")}</p> })}
                            <h1 lang=name_lang>{name}</h1>
                            {(status != "scheduled").then(|| view! { <p class="status-banner">{t(&format!("status-{status}"))}</p> })}
                            <p class="labels">
                                {ev.disciplines.iter().map(|d| view! { <span class="tag">{t(&format!("discipline-{d}"))}</span> }).collect_view()}
                                <span class="tag">{t(&format!("event-type-{}", ev.event_type))}</span>
                            </p>
                            {desc.map(|(text, l)| view! {
                                <section aria-labelledby="about-h"><h2 id="about-h">{t("event-description")}</h2><div class="description" lang=l inner_html=text></div></section>
                            })}
                            <dl class="facts">
                                <dt>{t("event-where")}</dt>
                                <dd>
                                    <a href=ev.venue.url.clone()>{ev.venue.name.clone()}</a>", "
                                    {ev.venue.address.clone().map(|a| format!("{a}, "))}{ev.venue.town.clone()}
                                    {d.distance_km.map(|km| view! { <br/><span class="distance">{ta("event-distance-from", &[("km", fmt_km(km)), ("place", d.near_name.clone().unwrap_or_default())])}</span> })}
                                </dd>
                                <dt>{t("event-language")}</dt>
                                <dd>{ev.in_language.iter().map(|l| t(&format!("language-{l}"))).collect::<Vec<_>>().join(", ")}</dd>
                                <dt>{t("event-price")}</dt><dd>{price}</dd>
                                {age.map(|a| view! { <dt>{t("event-age")}</dt><dd>{a}</dd> })}
                                <dt>{t("event-accessibility")}</dt><dd>{a11y.join(", ")}</dd>
                                {ev.organizer.clone().map(|o| view! { <dt>{t("event-organizer")}</dt><dd>{o}</dd> })}
                            </dl>
                            <section aria-labelledby="occ-h">
                                <h2 id="occ-h">{t("event-occurrences")}</h2>
                                <ul class="occurrences">
                                    {ev.occurrences.iter().map(|o| {
                                        let st = o.status.clone();
                                        view! {
                                            <li class:cancelled=st != "scheduled">
                                                <time datetime=o.start.clone()>{fmt_datetime(&o.start)}</time>
                                                {o.end.as_ref().map(|e| format!(" – {}", fmt_time(e)))}
                                                {(st != "scheduled").then(|| format!(" ({})", t(&format!("status-{st}"))))}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </section>
                            <p><a class="button" href=ics download="">{t("event-add-calendar")}</a></p>
                            <p><a href="/events">{t("event-back")}</a></p>
                        </article>
                    }.into_any()
                }
                Ok(Err(e)) => { super::set_status_for(&e); let title = if e.code == "not-found" { t("not-found-title") } else { t("error-title") }; view! { <Title text=title.clone()/><h1>{title}</h1><super::ErrorBox err=e/> }.into_any() }
                Err(_) => view! { <h1>{t("error-title")}</h1> }.into_any(),
            })}
        </Suspense>
    }
}
