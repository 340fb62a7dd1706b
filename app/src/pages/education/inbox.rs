//! `/publish/requests`: requests for the signed-in user's offers (and their network's). Open
//! requests first, each with a confirm form (date, optional message) and a decline form (reason
//! required); confirmed ones can be marked done or still declined.

use super::request::request_facts;
use super::{date_text, status_badge};
use crate::api_education::requests_inbox;
use crate::i18n::{lang_tag, t, tn};
use crate::model::education::{InboxData, OfferRequest};
use crate::pages::publish::{error_box, notice_box, publish_error, query_param};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn InboxPage() -> impl IntoView {
    let notice = query_param("notice");
    let error = query_param("error");
    let data = Resource::new(
        move || (lang_tag(), notice.get(), error.get()),
        |(lang, notice, error)| async move { requests_inbox(lang.to_string(), notice, error).await },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(Ok(d)) => inbox_view(d).into_any(),
                Ok(Err(e)) => publish_error(e, "/publish/requests").into_any(),
                Err(_) => view! { <h1>{t("error-title")}</h1>{error_box(Some(t("error-internal")))} }.into_any(),
            })}
        </Suspense>
    }
}

fn inbox_view(d: InboxData) -> AnyView {
    let error = d.error.clone();
    // The error of the last answer, at the top (the page opens there) with a link to its
    // request, where it is repeated next to the forms.
    let top_error = error.clone().map(|(id, m)| {
        let listed = d.requests.iter().any(|r| r.id == id);
        view! {
            <div class="error-box" role="alert">
                <p>{m}{listed.then(|| view! { " "<a href=format!("#request-{id}")>{t("edu-inbox-error-go")}</a> })}</p>
            </div>
        }
        .into_any()
    });
    let mut open = Vec::new();
    let mut confirmed = Vec::new();
    let mut closed = Vec::new();
    for r in d.requests {
        match r.status.as_str() {
            "requested" => open.push(r),
            "confirmed" => confirmed.push(r),
            _ => closed.push(r),
        }
    }
    let total_open = open.len() as i64;
    let section = move |id: &'static str, title: String, empty: String, items: Vec<OfferRequest>, error: Option<(i64, String)>| {
        let heading = format!("{id}-h");
        let labelled = heading.clone();
        view! {
            <section class="pub-section" aria-labelledby=labelled>
                <h2 id=heading>{title}" "<span class="count-pill">{items.len()}</span></h2>
                {items.is_empty().then(|| view! { <p class="empty">{empty}</p> })}
                <ul class="moderation-list edu-inbox">
                    {items.into_iter().map(|r| {
                        let err = error.clone().filter(|(id, _)| *id == r.id).map(|(_, m)| m);
                        request_item(r, err)
                    }).collect_view()}
                </ul>
            </section>
        }
        .into_any()
    };
    view! {
        <Title text=t("edu-inbox-title")/>
        <div class="publish edu-inbox-page">
            <p class="breadcrumb"><a href="/publish">{t("edu-back-to-publish")}</a></p>
            <h1>{t("edu-inbox-title")}</h1>
            <p>{t("edu-inbox-intro")}" "<a href="/publish/outbox">{t("edu-inbox-outbox-link")}</a></p>
            {notice_box(d.notice.clone())}
            {top_error}
            <p class="count" role="status">{tn("edu-inbox-open-count", "count", total_open)}</p>
            {section("open", t("edu-inbox-open"), t("edu-inbox-open-none"), open, error.clone())}
            {section("confirmed", t("edu-inbox-confirmed"), t("edu-inbox-confirmed-none"), confirmed, error.clone())}
            {section("closed", t("edu-inbox-closed"), t("edu-inbox-closed-none"), closed, error)}
        </div>
    }
    .into_any()
}

fn request_item(r: OfferRequest, error: Option<String>) -> AnyView {
    let id = r.id;
    let heading = format!("request-{id}-h");
    let labelled = heading.clone();
    let status = r.status.clone();
    let first_date = r.preferred_dates.first().cloned().unwrap_or_default();
    let date_id = format!("confirm-date-{id}");
    let response_id = format!("confirm-response-{id}");
    let reason_id = format!("decline-reason-{id}");
    let err_id = format!("request-{id}-error");
    let has_err = error.is_some();
    let answer = r.response.clone().filter(|x| !x.is_empty());
    let confirm = (status == "requested").then(|| {
        view! {
            <form method="post" action=format!("/publish/requests/{id}/confirm") class="reject-form edu-confirm-form">
                <h4 class="form-title">{t("edu-inbox-confirm-title")}</h4>
                <label for=date_id.clone()>{t("edu-inbox-confirm-date")}" "<span class="req">{t("edu-required")}</span></label>
                <input type="date" id=date_id.clone() name="date" value=first_date required
                    aria-describedby=has_err.then(|| err_id.clone())/>
                <label for=response_id.clone()>{t("edu-inbox-confirm-message")}</label>
                <textarea id=response_id.clone() name="response" rows="3" maxlength="2000"></textarea>
                <button type="submit">{t("edu-inbox-confirm")}</button>
            </form>
        }
        .into_any()
    });
    let done = (status == "confirmed").then(|| {
        view! {
            <form method="post" action=format!("/publish/requests/{id}/done") class="reject-form">
                <h4 class="form-title">{t("edu-inbox-done-title")}</h4>
                <p class="hint">{t("edu-inbox-done-hint")}</p>
                <button type="submit">{t("edu-inbox-done")}</button>
            </form>
        }
        .into_any()
    });
    let decline = matches!(status.as_str(), "requested" | "confirmed").then(|| {
        view! {
            <form method="post" action=format!("/publish/requests/{id}/decline") class="reject-form">
                <h4 class="form-title">{t("edu-inbox-decline-title")}</h4>
                <label for=reason_id.clone()>{t("edu-inbox-decline-reason")}" "<span class="req">{t("edu-required")}</span></label>
                <p class="hint" id=format!("{reason_id}-hint")>{t("edu-inbox-decline-hint")}</p>
                <textarea id=reason_id.clone() name="response" rows="3" maxlength="2000" required
                    aria-describedby=format!("{reason_id}-hint")></textarea>
                <button type="submit" class="secondary">{t("edu-inbox-decline")}</button>
            </form>
        }
        .into_any()
    });
    view! {
        <li>
            <article class="moderation-item edu-request-item" id=format!("request-{id}") aria-labelledby=labelled tabindex="-1">
                <h3 id=heading class="edu-request-heading">
                    <span>{r.offer_name.clone()}</span>" "{status_badge(&status)}
                </h3>
                {error.map(|m| view! { <div class="error-box" id=err_id.clone()><p>{m}</p></div> })}
                {request_facts(&r, true)}
                {r.confirmed_date.clone().map(|c| view! { <p><strong>{t("edu-inbox-agreed")}": "</strong><time datetime=c.clone()>{date_text(&c)}</time></p> })}
                {answer.map(|a| view! { <p><strong>{t("edu-inbox-answer")}": "</strong><span class="pre-line">{a}</span></p> })}
                {(confirm.is_some() || done.is_some() || decline.is_some()).then(|| view! {
                    <div class="moderation-actions edu-actions">{confirm}{done}{decline}</div>
                })}
            </article>
        </li>
    }
    .into_any()
}
