//! The search form: a plain GET form to `/events` (works without JavaScript); when hydrated the
//! router submits it client-side, "use my location" fills in the browser position, and the text
//! box becomes an ARIA 1.2 combobox with as-you-type suggestions (events, venues, places,
//! disciplines): arrow keys move through the list, Enter opens the chosen item, Escape closes it.

use crate::i18n::t;
use crate::model::{Discipline, SearchParams};
use leptos::prelude::*;
use leptos_router::components::Form;

/// Search form. `full` adds the filters of the results page.
#[component]
pub fn SearchForm(params: SearchParams, #[prop(optional)] full: bool) -> impl IntoView {
    // The near field is written only by the geolocation callback, through its node: binding its
    // value to a signal would let hydration overwrite what a user typed before the bundle loaded.
    let near_input: NodeRef<leptos::html::Input> = NodeRef::new();
    let locating = RwSignal::new(false);
    let geo_error = RwSignal::new(false);
    // Effects run only in the browser: the location button appears once hydrated.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    // As-you-type suggestions (hydrated only).
    let suggestions: RwSignal<Vec<crate::model::Suggestion>> = RwSignal::new(vec![]);
    let active: RwSignal<Option<usize>> = RwSignal::new(None);
    let open = RwSignal::new(false);
    let latest = StoredValue::new(0u64);
    let i18n = expect_context::<leptos_fluent::I18n>();
    let on_q_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if text.trim().chars().count() < 2 {
            open.set(false);
            active.set(None);
            suggestions.set(vec![]);
            return;
        }
        let n = latest.get_value() + 1;
        latest.set_value(n);
        let lang = i18n.language.get_untracked().id.to_string();
        leptos::task::spawn_local(async move {
            if let Ok(items) = crate::api::suggest_items(text, lang).await {
                // Only the answer to the latest keystroke is shown.
                // An answer that arrives after the user left the box does not reopen the list.
                #[cfg(feature = "hydrate")]
                let focused = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .is_some_and(|e| e.id() == "q");
                #[cfg(not(feature = "hydrate"))]
                let focused = true;
                if latest.get_value() == n {
                    open.set(focused && !items.is_empty());
                    active.set(None);
                    suggestions.set(items);
                }
            }
        });
    };
    let navigate = leptos_router::hooks::use_navigate();
    let on_q_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let n = suggestions.with_untracked(|s| s.len());
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % n)));
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(n - 1, |i| (i + n - 1) % n)));
            }
            "Escape" if open.get_untracked() => {
                // Close the list but keep the text (a search field clears itself on Escape).
                ev.prevent_default();
                open.set(false);
                active.set(None);
            }
            "Enter" => {
                let chosen = active.get_untracked().filter(|_| open.get_untracked());
                if let Some(url) = chosen.and_then(|i| suggestions.with_untracked(|s| s.get(i).map(|x| x.url.clone()))) {
                    ev.prevent_default();
                    open.set(false);
                    navigate(&url, Default::default());
                }
            }
            _ => {}
        }
    };
    let use_location = move |_| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            locating.set(true);
            geo_error.set(false);
            let Some(geo) = web_sys::window().and_then(|w| w.navigator().geolocation().ok()) else {
                locating.set(false);
                geo_error.set(true);
                return;
            };
            let ok = wasm_bindgen::closure::Closure::once_into_js(move |pos: web_sys::Position| {
                let c = pos.coords();
                if let Some(input) = near_input.get_untracked() {
                    input.set_value(&format!("{:.5},{:.5}", c.latitude(), c.longitude()));
                }
                locating.set(false);
            });
            let err = wasm_bindgen::closure::Closure::once_into_js(move |_e: wasm_bindgen::JsValue| {
                locating.set(false);
                geo_error.set(true);
            });
            if geo.get_current_position_with_error_callback(ok.unchecked_ref(), Some(err.unchecked_ref())).is_err() {
                locating.set(false);
                geo_error.set(true);
            }
        }
    };
    let p = params.clone();
    let radius = p.radius_km.clone().unwrap_or_default();
    let when = p.when.clone().unwrap_or_default();
    let sort = p.sort.clone().unwrap_or_default();
    let free = p.free.as_deref().is_some_and(|f| f == "1" || f == "true" || f == "on");
    let disciplines = p.discipline.clone();
    let kept: Vec<(&'static str, String)> = [("event_type", p.event_type.clone()), ("in_language", p.in_language.clone())]
        .into_iter()
        .filter_map(|(k, v)| v.filter(|v| !v.is_empty()).map(|v| (k, v)))
        .collect();
    let filters_active = !when.is_empty()
        || p.from.as_deref().is_some_and(|x| !x.is_empty())
        || p.to.as_deref().is_some_and(|x| !x.is_empty())
        || !disciplines.is_empty()
        || free
        || !sort.is_empty();
    view! {
        <Form action="/events" method="get" attr:class="search-form" attr:role="search">
            <div class="field combo">
                <label for="q">{move || t("search-label")}</label>
                <input id="q" name="q" type="search" maxlength="500" autocomplete="off"
                    value=p.q.clone().unwrap_or_default() placeholder=move || t("search-placeholder")
                    role=move || hydrated.get().then_some("combobox")
                    aria-autocomplete=move || hydrated.get().then_some("list")
                    aria-controls=move || hydrated.get().then_some("q-suggestions")
                    aria-expanded=move || hydrated.get().then(|| if open.get() { "true" } else { "false" })
                    aria-activedescendant=move || active.get().filter(|_| open.get()).map(|i| format!("q-opt-{i}"))
                    on:input=on_q_input on:keydown=on_q_keydown on:blur=move |_| open.set(false)/>
                <ul id="q-suggestions" class="suggestions" role="listbox" aria-label=move || t("suggest-label")
                    hidden=move || !open.get()>
                    {move || suggestions.get().into_iter().enumerate().map(|(i, s)| {
                        let kind = t(&format!("suggest-kind-{}", s.kind));
                        view! {
                            <li id=format!("q-opt-{i}") role="option"
                                aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }>
                                // The whole row is the link; the focus stays in the box while the
                                // pointer picks an item.
                                <a href=s.url tabindex="-1" on:mousedown=|e| e.prevent_default()>
                                    {s.label}" "<span class="suggest-kind">{kind}</span>
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
            <div class="field">
                <label for="near">{move || t("near-label")}</label>
                <input id="near" name="near" type="text" maxlength="120"
                    node_ref=near_input value=params.near.clone().unwrap_or_default()
                    placeholder=move || t("near-placeholder")/>
                <button type="button" class="secondary" hidden=move || !hydrated.get() on:click=use_location>
                    {move || if locating.get() { t("near-me-locating") } else { t("near-me-button") }}
                </button>
                <p class="error" role="alert">{move || geo_error.get().then(|| t("near-me-failed"))}</p>
            </div>
            <div class="field">
                <label for="radius_km">{move || t("radius-label")}</label>
                <select id="radius_km" name="radius_km">
                    <option value="" selected=radius.is_empty()>{move || t("radius-any")}</option>
                    {["5", "10", "25", "50"].into_iter().map(|r| {
                        let sel = radius == r;
                        view! { <option value=r selected=sel>{move || crate::i18n::ta("radius-km", &[("km", r.to_string())])}</option> }
                    }).collect_view()}
                </select>
            </div>
            {full.then(|| view! {
                // Closed unless a filter is in use, so that on a phone the results follow the
                // search box instead of a screenful of filters.
                <details class="more-filters" open=filters_active>
                <summary>{move || t("filters-title")}</summary>
                <fieldset class="field">
                    <legend>{move || t("when-label")}</legend>
                    <select name="when" aria-label=move || t("when-label")>
                        {[("", "when-any"), ("today", "when-today"), ("weekend", "when-weekend"), ("week", "when-week")].into_iter().map(|(v, k)| {
                            let sel = when == v;
                            view! { <option value=v selected=sel>{move || t(k)}</option> }
                        }).collect_view()}
                    </select>
                    <label for="from">{move || t("from-label")}</label>
                    <input id="from" name="from" type="date" value=p.from.clone().unwrap_or_default()/>
                    <label for="to">{move || t("to-label")}</label>
                    <input id="to" name="to" type="date" value=p.to.clone().unwrap_or_default()/>
                </fieldset>
                <fieldset class="field disciplines">
                    <legend>{move || t("discipline-label")}</legend>
                    {Discipline::ALL.into_iter().map(|d| {
                        let code = d.code();
                        let checked = disciplines.iter().any(|x| x == code);
                        let id = format!("d-{code}");
                        let for_id = id.clone();
                        view! {
                            <label for=for_id>
                                <input type="checkbox" id=id name="discipline" value=code checked=checked/>
                                {move || t(&format!("discipline-{code}"))}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="free"><input type="checkbox" id="free" name="free" value="1" checked=free/>{move || t("free-label")}</label>
                </div>
                <div class="field">
                    <label for="sort">{move || t("sort-label")}</label>
                    <select id="sort" name="sort">
                        {[("", "sort-relevance"), ("date", "sort-date"), ("distance", "sort-distance")].into_iter().map(|(v, k)| {
                            let sel = sort == v;
                            view! { <option value=v selected=sel>{move || t(k)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                </details>
            })}
            // Filters chosen from the facets have no field of their own: keep them for the next search.
            {full.then(|| kept.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v/> }).collect_view())}
            <button type="submit">{move || if full { t("filter-button") } else { t("search-button") }}</button>
        </Form>
    }
}
