//! Server side of the publishing pages: who is signed in (session cookie → user and roles),
//! and the read models of the overview, editor, moderation queue and import page. Writes go
//! through the POST handlers of the `server` crate (`server/src/publish.rs`), which keep a
//! submitted form in `form_flash` and redirect to a page that reads it back here.

use super::state::{rfc3339_ams, AppState};
use super::store::{EventRecord, Organisation, Roles, User};
use crate::model::publish::*;
use crate::model::{pick, AppError};
use sha2::{Digest, Sha256};

/// Name of the session cookie (HttpOnly, SameSite=Lax; Secure behind TLS).
pub const SESSION_COOKIE: &str = "uitnoord_session";

/// SHA-256 of a session token, lowercase hex: what the `sessions` table stores.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The session token in a `Cookie` header, if any.
pub fn session_token(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == SESSION_COOKIE)
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

/// The signed-in user, their roles and their session's token hash; `None` when not signed in
/// (no cookie, unknown or expired session).
pub async fn current_user(state: &AppState, headers: &axum::http::HeaderMap) -> Result<Option<(User, Roles, String)>, AppError> {
    let Some(token) = session_token(headers) else { return Ok(None) };
    let hash = token_hash(&token);
    let now = chrono::Utc::now().timestamp();
    let user = state.store.session_user(&hash, now).await.map_err(internal)?;
    match user {
        None => Ok(None),
        Some(u) => {
            let roles = state.store.roles(u.id).await.map_err(internal)?;
            Ok(Some((u, roles, hash)))
        }
    }
}

/// Log a store error and return the stable `internal` error.
pub fn internal(e: impl std::fmt::Display) -> AppError {
    tracing::error!(error = %e, "publishing: store error");
    AppError::new("internal", "internal error")
}

/// The `unauthorized` error, localised.
pub fn unauthorized(lang: &str) -> AppError {
    AppError::new("unauthorized", super::i18n::t(lang, "publish-signin-needed", &[]))
}

/// Organisations the user may publish for (all for platform admins).
pub async fn organisation_choices(state: &AppState, roles: &Roles) -> Result<Vec<Organisation>, AppError> {
    if roles.admin {
        state.store.list_organisations().await.map_err(internal)
    } else {
        Ok(roles.organisations.clone())
    }
}

fn choice(value: impl ToString, label: impl Into<String>) -> Choice {
    Choice { value: value.to_string(), label: label.into() }
}

/// Venues as picker choices (`name, town`), by town and name: every venue of the store,
/// including new ones not yet public.
pub async fn venue_choices(state: &AppState) -> Result<Vec<Choice>, AppError> {
    let mut v = state.store.list_venues().await.map_err(internal)?;
    v.sort_by(|a, b| a.town.cmp(&b.town).then(a.name.cmp(&b.name)));
    Ok(v.into_iter().map(|x| choice(x.id, format!("{}, {}", x.name, x.town))).collect())
}

/// The editor's form for a stored event: its schedule as entered when the editor made it,
/// otherwise its occurrences as a list of dates.
pub fn form_from_record(e: &EventRecord) -> EventForm {
    let schedule = serde_json::from_str::<ScheduleForm>(&e.schedule).unwrap_or_else(|_| {
        let local: Vec<chrono::DateTime<chrono_tz::Tz>> = e
            .occurrences
            .iter()
            .filter_map(|(s, _, _)| chrono::DateTime::from_timestamp(*s, 0))
            .map(|t| t.with_timezone(&super::state::TZ))
            .collect();
        let first = local.first();
        ScheduleForm {
            mode: if local.len() > 1 { "list".into() } else { "single".into() },
            date: first.map(|t| t.format("%Y-%m-%d").to_string()).unwrap_or_default(),
            start_time: first.filter(|_| !e.all_day).map(|t| t.format("%H:%M").to_string()).unwrap_or_default(),
            end_time: e
                .occurrences
                .first()
                .and_then(|(_, en, _)| *en)
                .filter(|_| !e.all_day)
                .and_then(|x| chrono::DateTime::from_timestamp(x, 0))
                .map(|t| t.with_timezone(&super::state::TZ).format("%H:%M").to_string())
                .unwrap_or_default(),
            dates: local.iter().skip(1).map(|t| t.format("%Y-%m-%d").to_string()).collect::<Vec<_>>().join("\n"),
            ..Default::default()
        }
    });
    let eur = |c: Option<i64>| c.map(|c| format!("{}.{:02}", c / 100, c % 100)).unwrap_or_default();
    EventForm {
        id: Some(e.id),
        organisation_id: e.organisation_id.map(|o| o.to_string()).unwrap_or_default(),
        main_language: e.main_language.clone(),
        names: e.name.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        descriptions: e.description.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        in_language: e.in_language.clone(),
        disciplines: e.disciplines.clone(),
        event_type: e.event_type.clone(),
        audience: e.audience.clone(),
        venue_id: e.venue_id.to_string(),
        new_venue: NewVenueForm::default(),
        schedule,
        is_free: e.is_free,
        price_min: eur(e.price_min_cents),
        price_max: eur(e.price_max_cents),
        age_min: e.age_min.map(|a| a.to_string()).unwrap_or_default(),
        age_max: e.age_max.map(|a| a.to_string()).unwrap_or_default(),
        accessibility: e.accessibility.clone(),
        event_status: e.event_status.clone(),
        url: e.url.clone().unwrap_or_default(),
        offer: e.offer.as_deref().map(offer_form).unwrap_or_else(blank_offer),
    }
}

/// The editor's offer fields for stored offer details (amounts in euros as `7.50`).
pub fn offer_form(o: &crate::model::education::OfferDetails) -> OfferForm {
    let num = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    let film = o.film.clone().unwrap_or_default();
    OfferForm {
        levels: o.levels.clone(),
        curriculum: o.curriculum.iter().map(|c| c.key()).collect(),
        activity_type: o.activity_type.clone(),
        duration_min: num(o.duration_min),
        capacity: num(o.capacity),
        price_model: o.price_model.clone(),
        price: if o.price_model == "free" { String::new() } else { format!("{}.{:02}", o.price_cents / 100, o.price_cents % 100) },
        location_mode: o.location_mode.clone(),
        service_municipalities: o.service_municipalities.clone(),
        service_radius_km: o.service_radius_km.map(|r| r.to_string()).unwrap_or_default(),
        lead_time_days: o.lead_time_days.to_string(),
        booking_mode: o.booking_mode.clone(),
        booking_url: o.booking_url.clone().unwrap_or_default(),
        teacher_materials: o.teacher_materials.clone().unwrap_or_default(),
        film_title: film.title,
        kijkwijzer: film.kijkwijzer.unwrap_or_default(),
        subtitles: film.subtitles.unwrap_or_default(),
    }
}

/// The offer fields of a new event (or of one that is no offer yet): booked through a request.
pub fn blank_offer() -> OfferForm {
    OfferForm { booking_mode: "request".into(), ..Default::default() }
}

/// Municipalities (CBS codes from the store's areas) for an offer's service area, by province
/// and name.
pub async fn municipality_choices(state: &AppState) -> Result<Vec<MunicipalityChoice>, AppError> {
    let mut v: Vec<MunicipalityChoice> = state
        .store
        .list_areas()
        .await
        .map_err(internal)?
        .into_iter()
        .filter(|(_, _, level, _)| level == "municipality")
        .map(|(code, name, _, province)| MunicipalityChoice { code, name, province: province.unwrap_or_default() })
        .collect();
    v.sort_by(|a, b| a.province.cmp(&b.province).then(a.name.cmp(&b.name)));
    Ok(v)
}

/// A blank form for a new event of `org`.
pub fn blank_form(org: Option<&Organisation>) -> EventForm {
    EventForm {
        organisation_id: org.map(|o| o.id.to_string()).unwrap_or_default(),
        main_language: "nl".into(),
        in_language: vec!["nl".into()],
        event_type: "performance".into(),
        audience: "everyone".into(),
        venue_id: org.and_then(|o| o.default_venue_id).map(|v| v.to_string()).unwrap_or_default(),
        schedule: ScheduleForm { mode: "single".into(), ..Default::default() },
        event_status: "scheduled".into(),
        offer: blank_offer(),
        ..Default::default()
    }
}

/// One row of a list of events.
pub fn event_row(state: &AppState, e: &EventRecord, orgs: &[Organisation], lang: &str) -> EventRow {
    let cat = state.catalog();
    let now = chrono::Utc::now().timestamp();
    let when = e.occurrences.iter().find(|o| o.0 >= now).or(e.occurrences.last()).map(|o| rfc3339_ams(o.0));
    let desc = pick(&e.description, lang, &e.main_language).map(|(d, _)| strip_tags(d)).unwrap_or_default();
    EventRow {
        id: e.id,
        name: pick(&e.name, lang, &e.main_language).map(|(n, _)| n.to_string()).unwrap_or_default(),
        organisation: e
            .organisation_id
            .and_then(|id| orgs.iter().find(|o| o.id == id))
            .map(|o| o.name.clone())
            .or_else(|| e.organizer.clone())
            .unwrap_or_default(),
        network: e.network.clone(),
        workflow_status: e.workflow_status.clone(),
        rejection_reason: e.rejection_reason.clone(),
        when,
        venue: cat.venues.get(&e.venue_id).map(|v| format!("{}, {}", v.name, v.town)).unwrap_or_default(),
        source: e.source.clone(),
        excerpt: desc.chars().take(240).collect(),
    }
}

/// Text of (sanitised) HTML without its tags, for excerpts, JSON-LD and the search index.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let text = out.split_whitespace().collect::<Vec<_>>().join(" ");
    // The entities ammonia writes (text is escaped, not re-encoded otherwise).
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&")
}

/// Feeds as shown, of the given organisations.
pub async fn feed_rows(state: &AppState, orgs: &[Organisation]) -> Result<Vec<FeedRow>, AppError> {
    let feeds = state.store.list_feeds().await.map_err(internal)?;
    Ok(feeds
        .into_iter()
        .filter_map(|f| {
            let o = orgs.iter().find(|o| o.id == f.organisation_id)?;
            Some(FeedRow {
                id: f.id,
                organisation: o.name.clone(),
                kind: f.kind,
                url: f.url,
                interval_minutes: f.interval_minutes,
                last_sync: f.last_sync.map(rfc3339_ams),
                last_result: f.last_result,
            })
        })
        .collect())
}

/// Organisations as select choices.
pub fn org_choices(orgs: &[Organisation]) -> Vec<Choice> {
    orgs.iter().map(|o| choice(o.id, o.name.clone())).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn strip_tags_gives_text() {
        assert_eq!(super::strip_tags("<p>Voor <b>kinderen</b> &amp; ouders</p><p>a &lt; b</p>"), "Voor kinderen & ouders a < b");
        assert_eq!(super::strip_tags("plain text"), "plain text");
    }
}
