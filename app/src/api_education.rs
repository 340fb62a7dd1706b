//! Server functions of the education pages (issue 5). Reads only: choosing a school, sending,
//! cancelling, confirming and declining a request are plain form POSTs to the `server` crate's
//! handlers under `/education/...` and `/publish/requests/...`, so the pages work without
//! JavaScript. Each returns `Ok(Err(AppError))` for a user error, localised.

use crate::model::education::*;
use crate::model::AppError;
use leptos::prelude::*;

/// The chosen school's code from the `school` cookie.
#[cfg(feature = "ssr")]
async fn school_cookie() -> Option<String> {
    let headers: axum::http::HeaderMap = leptos_axum::extract().await.ok()?;
    let c = headers.get(axum::http::header::COOKIE)?.to_str().ok()?;
    c.split(';').filter_map(|kv| kv.trim().strip_prefix("school=")).map(|v| v.trim().to_string()).find(|v| !v.is_empty())
}

/// The education page: offers for the school in `params.school` (else the `school` cookie), and
/// the school picker's hits for `school_q` (name, place or postcode).
#[server(prefix = "/api", endpoint = "education_page", input = server_fn::codec::Json)]
pub async fn education_page(params: OfferParams, school_q: Option<String>) -> Result<EducationData, ServerFnError> {
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let cat = state.catalog();
    let mut params = params;
    if params.school.is_none() {
        params.school = school_cookie().await.filter(|c| cat.schools.get(c).is_some());
    }
    let school_q: String = school_q.unwrap_or_default().trim().chars().take(200).collect();
    let school_hits = if school_q.is_empty() {
        vec![]
    } else {
        // A place name finds the schools nearest to it; otherwise words of the name or town.
        let gaz = state.gazetteer();
        match gaz.resolve(&school_q) {
            Ok(p) => cat.schools.search("", Some((p.lat, p.lon)), None, 20),
            Err(_) => cat.schools.search(&school_q, None, None, 20),
        }
        .into_iter()
        .map(|(s, d)| SchoolHit { school: s.clone(), distance_km: d })
        .collect()
    };
    let offers = crate::ssr::education::find_offers(&cat, &state.gazetteer(), &params, chrono::Utc::now().timestamp());
    Ok(EducationData { params, school_q, school_hits, offers })
}

/// One offer with the request form (`flash`: the form kept by a failed POST).
#[server(prefix = "/api", endpoint = "offer_page")]
pub async fn offer_page(id: i64, lang: String, flash: Option<String>, school: Option<String>) -> Result<Result<OfferPageData, AppError>, ServerFnError> {
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let cat = state.catalog();
    let school = match school.filter(|s| !s.is_empty()) {
        Some(s) => Some(s),
        None => school_cookie().await,
    };
    let kept = match flash.filter(|f| !f.is_empty()) {
        Some(f) => state
            .store
            .get_flash(&f, None, chrono::Utc::now().timestamp())
            .await
            .ok()
            .flatten()
            .and_then(|p| serde_json::from_str::<(RequestForm, std::collections::BTreeMap<String, String>)>(&p).ok()),
        None => None,
    };
    Ok(crate::ssr::education::offer_page(&cat, id, &lang, school.as_deref(), kept, chrono::Utc::now().timestamp()))
}

/// The teacher's view of a request, by the token of its private link.
#[server(prefix = "/api", endpoint = "request_page")]
pub async fn request_page(token: String, lang: String, notice: Option<String>) -> Result<Result<RequestPageData, AppError>, ServerFnError> {
    use crate::ssr::i18n::t;
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let gone = || AppError::new("not-found", t(&lang, "edu-request-not-found", &[]));
    if token.len() > 200 {
        return Ok(Err(gone()));
    }
    let rec = match state.store.request_by_token(&crate::ssr::publish::token_hash(&token)).await {
        Ok(Some(r)) => r,
        Ok(None) => return Ok(Err(gone())),
        Err(e) => return Ok(Err(crate::ssr::publish::internal(e))),
    };
    // The page holds the teacher's name and e-mail address: never kept by a shared computer's
    // browser cache or a proxy.
    if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
        resp.insert_header(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    }
    let cat = state.catalog();
    let request = crate::ssr::education::request_view(&cat, &rec, &lang);
    let notice = notice.filter(|n| ["sent", "cancelled"].contains(&n.as_str())).map(|n| t(&lang, &format!("edu-notice-{n}"), &[]));
    Ok(Ok(RequestPageData { request, notice }))
}

/// Requests for the signed-in user's organisations' offers, and for the networks they moderate
/// or serve as an intermediary (all for platform admins). `error` is `id:key` from the last POST.
#[server(prefix = "/api", endpoint = "requests_inbox")]
pub async fn requests_inbox(lang: String, notice: Option<String>, error: Option<String>) -> Result<Result<InboxData, AppError>, ServerFnError> {
    use crate::ssr::i18n::t;
    use crate::ssr::publish::*;
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let headers: axum::http::HeaderMap = match leptos_axum::extract().await {
        Ok(h) => h,
        Err(e) => return Ok(Err(internal(e))),
    };
    let (_, roles, _) = match current_user(&state, &headers).await {
        Ok(Some(x)) => x,
        Ok(None) => return Ok(Err(unauthorized(&lang))),
        Err(e) => return Ok(Err(e)),
    };
    let cat = state.catalog();
    let recs = match crate::ssr::education::visible_requests(&state, &roles).await {
        Ok(r) => r,
        Err(e) => return Ok(Err(e)),
    };
    let requests = recs.iter().map(|r| crate::ssr::education::request_view(&cat, r, &lang)).collect();
    // Only the messages the answer handlers set (a crafted URL shows nothing).
    const NOTICES: [&str; 3] = ["confirmed", "declined", "done"];
    const ERRORS: [&str; 7] = ["not-yours", "response-long", "date-past", "date-far", "confirm-date", "decline-reason", "status"];
    let notice = notice.filter(|n| NOTICES.contains(&n.as_str())).map(|n| t(&lang, &format!("edu-notice-{n}"), &[]));
    let error = error.and_then(|e| {
        let (id, key) = e.split_once(':')?;
        ERRORS.contains(&key).then_some(())?;
        Some((id.parse().ok()?, t(&lang, &format!("edu-error-{key}"), &[])))
    });
    Ok(Ok(InboxData { requests, notice, error }))
}

/// The outbox: messages that would have been e-mailed, as far as the signed-in user may read
/// them (their organisations' and networks'; all for platform admins).
#[server(prefix = "/api", endpoint = "outbox_page")]
pub async fn outbox_page(lang: String) -> Result<Result<Vec<OutboxMessage>, AppError>, ServerFnError> {
    use crate::ssr::publish::*;
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let headers: axum::http::HeaderMap = match leptos_axum::extract().await {
        Ok(h) => h,
        Err(e) => return Ok(Err(internal(e))),
    };
    let (_, roles, _) = match current_user(&state, &headers).await {
        Ok(Some(x)) => x,
        Ok(None) => return Ok(Err(unauthorized(&lang))),
        Err(e) => return Ok(Err(e)),
    };
    Ok(crate::ssr::education::visible_outbox(&state, &roles).await)
}

/// The Filmhub Noord view (public: aggregated, no personal data).
#[server(prefix = "/api", endpoint = "filmhub_page")]
pub async fn filmhub_page(lang: String) -> Result<Result<FilmhubData, AppError>, ServerFnError> {
    use crate::ssr::AppState;
    let state = expect_context::<AppState>();
    let cat = state.catalog();
    let requests = match state.store.list_requests(None).await {
        Ok(r) => r,
        Err(e) => return Ok(Err(crate::ssr::publish::internal(e))),
    };
    Ok(Ok(crate::ssr::education::filmhub(&cat, &requests, &lang, chrono::Utc::now().timestamp())))
}
