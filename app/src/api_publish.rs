//! Server functions of the publishing pages (reads only: every write is a plain form POST to
//! the `server` crate's handlers under `/publish/...`, so the pages work without JavaScript).
//! Each checks the session itself and returns `Ok(Err(AppError))` with code `unauthorized`
//! when nobody (or the wrong person) is signed in.

use crate::model::publish::*;
use crate::model::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
async fn session() -> Result<(crate::ssr::AppState, Option<(crate::ssr::store::User, crate::ssr::store::Roles, String)>), AppError> {
    use crate::ssr::{publish::current_user, AppState};
    let state = expect_context::<AppState>();
    let headers: axum::http::HeaderMap = leptos_axum::extract().await.map_err(crate::ssr::publish::internal)?;
    let who = current_user(&state, &headers).await?;
    Ok((state, who))
}

/// The state, user and roles of the signed-in user, or `unauthorized` in `lang`.
#[cfg(feature = "ssr")]
async fn signed_in(lang: &str) -> Result<(crate::ssr::AppState, crate::ssr::store::User, crate::ssr::store::Roles), AppError> {
    let (state, who) = session().await?;
    let (user, roles, _) = who.ok_or_else(|| crate::ssr::publish::unauthorized(lang))?;
    Ok((state, user, roles))
}

/// The signed-in user's start page: their events, feeds, what waits for moderation, and the
/// recent audit trail. `notice` is a message key set by the last POST (e.g. `saved`).
#[server(prefix = "/api", endpoint = "publish_overview")]
pub async fn publish_overview(lang: String, notice: Option<String>) -> Result<Result<Overview, AppError>, ServerFnError> {
    use crate::ssr::i18n::t;
    use crate::ssr::publish::*;
    let (state, user, roles) = match signed_in(&lang).await {
        Ok(x) => x,
        Err(e) => return Ok(Err(e)),
    };
    let run = async {
        let orgs = organisation_choices(&state, &roles).await?;
        let ids: Vec<i64> = orgs.iter().map(|o| o.id).collect();
        let events = state.store.list_org_events(&ids).await.map_err(internal)?;
        let all_orgs = state.store.list_organisations().await.map_err(internal)?;
        let submitted = state.store.list_events_in_status("submitted").await.map_err(internal)?;
        let to_moderate = submitted.iter().filter(|e| roles.moderates(e.network.as_deref())).count() as i64;
        let audit = state.store.list_audit(None, 200).await.map_err(internal)?;
        let mine: std::collections::HashSet<i64> = events.iter().map(|e| e.id).collect();
        let audit = audit
            .into_iter()
            .filter(|a| roles.admin || (a.object_type == "event" && a.object_id.is_some_and(|id| mine.contains(&id))) || a.user.as_deref() == Some(user.email.as_str()))
            .take(30)
            .map(|a| AuditRow {
                at: crate::ssr::state::rfc3339_ams(chrono::DateTime::parse_from_rfc3339(&a.at).map(|d| d.timestamp()).unwrap_or(0)),
                user: a.user,
                action: a.action,
                object: match a.object_id {
                    Some(id) => format!("{} {id}", a.object_type),
                    None => a.object_type,
                },
                detail: a.detail,
            })
            .collect();
        Ok::<Overview, AppError>(Overview {
            user_name: user.name.clone(),
            email: user.email.clone(),
            admin: roles.admin,
            organisations: org_choices(&orgs),
            moderates: roles.networks.clone(),
            events: events.iter().map(|e| event_row(&state, e, &all_orgs, &lang)).collect(),
            to_moderate,
            feeds: feed_rows(&state, &orgs).await?,
            audit,
            notice: notice.filter(|n| n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')).map(|n| t(&lang, &format!("publish-notice-{n}"), &[])),
        })
    };
    Ok(run.await)
}

/// The editor: a stored event (`id`), a new one, or a form kept by the last POST (`flash`:
/// with its errors, notice or preview).
#[server(prefix = "/api", endpoint = "publish_editor")]
pub async fn publish_editor(id: Option<i64>, flash: Option<String>, lang: String) -> Result<Result<EditorData, AppError>, ServerFnError> {
    use crate::ssr::publish::*;
    let (state, user, roles) = match signed_in(&lang).await {
        Ok(x) => x,
        Err(e) => return Ok(Err(e)),
    };
    let run = async {
        let orgs = organisation_choices(&state, &roles).await?;
        let mut data = match flash.as_deref().filter(|f| !f.is_empty()) {
            Some(f) => {
                let now = chrono::Utc::now().timestamp();
                let payload = state.store.get_flash(f, Some(user.id), now).await.map_err(internal)?;
                payload.and_then(|p| serde_json::from_str::<EditorData>(&p).ok())
            }
            None => None,
        }
        .unwrap_or_else(|| EditorData::new(blank_form(orgs.first())));
        if let (Some(id), None) = (id, flash.as_deref().filter(|f| !f.is_empty())) {
            let e = match state.store.get_event(id).await {
                Ok(e) => e,
                Err(crate::ssr::StoreError::NotFound) => return Err(AppError::new("not-found", crate::ssr::i18n::t(&lang, "event-not-found", &[]))),
                Err(e) => return Err(internal(e)),
            };
            let editor = e.organisation_id.is_some_and(|o| roles.edits(o));
            // Moderators see the events of their networks once submitted.
            let moderator = e.workflow_status != "draft" && roles.moderates(e.network.as_deref());
            if !(editor || moderator) {
                return Err(AppError::new("unauthorized", crate::ssr::i18n::t(&lang, "publish-not-yours", &[])));
            }
            data.form = form_from_record(&e);
            data.workflow_status = Some(e.workflow_status.clone());
            data.rejection_reason = e.rejection_reason.clone();
        }
        data.organisations = org_choices(&orgs);
        data.venues = venue_choices(&state).await?;
        data.municipalities = municipality_choices(&state).await?;
        Ok(data)
    };
    Ok(run.await)
}

/// Events waiting for the signed-in moderator (submitted, in their networks; all for admins).
#[server(prefix = "/api", endpoint = "publish_moderation")]
pub async fn publish_moderation(lang: String) -> Result<Result<Vec<EventRow>, AppError>, ServerFnError> {
    use crate::ssr::publish::*;
    let (state, _, roles) = match signed_in(&lang).await {
        Ok(x) => x,
        Err(e) => return Ok(Err(e)),
    };
    if !roles.admin && roles.networks.is_empty() {
        return Ok(Err(AppError::new("unauthorized", crate::ssr::i18n::t(&lang, "publish-not-moderator", &[]))));
    }
    let run = async {
        let orgs = state.store.list_organisations().await.map_err(internal)?;
        let items = state.store.list_events_in_status("submitted").await.map_err(internal)?;
        Ok(items.iter().filter(|e| roles.moderates(e.network.as_deref())).map(|e| event_row(&state, e, &orgs, &lang)).collect())
    };
    Ok(run.await)
}

/// The import page: the organisations to import for, the report of the last import (`flash`)
/// and the subscribed feeds.
#[server(prefix = "/api", endpoint = "publish_import")]
pub async fn publish_import(flash: Option<String>, lang: String) -> Result<Result<ImportPageData, AppError>, ServerFnError> {
    use crate::ssr::publish::*;
    let (state, user, roles) = match signed_in(&lang).await {
        Ok(x) => x,
        Err(e) => return Ok(Err(e)),
    };
    let run = async {
        let orgs = organisation_choices(&state, &roles).await?;
        let result = match flash.as_deref().filter(|f| !f.is_empty()) {
            Some(f) => state
                .store
                .get_flash(f, Some(user.id), chrono::Utc::now().timestamp())
                .await
                .map_err(internal)?
                .and_then(|p| serde_json::from_str::<ImportResult>(&p).ok()),
            None => None,
        };
        Ok(ImportPageData { organisations: org_choices(&orgs), result, feeds: feed_rows(&state, &orgs).await? })
    };
    Ok(run.await)
}
