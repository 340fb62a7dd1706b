//! `/education/requests/:token`: the teacher's own request, reached through its private link:
//! status, what was asked, the institution's answer; cancel, and delete with the contact data.
//! Not for search engines (`noindex`), and the link is not sent anywhere else.

use super::{date_text, instant_text, level_label, school_line, status_badge};
use crate::api_education::request_page;
use crate::i18n::{lang_tag, t, ta};
use crate::model::education::{OfferRequest, RequestPageData};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn RequestPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let data = Resource::new(
        move || (params.with(|p| p.get("token")).unwrap_or_default(), query.with(|q| q.get("notice")), lang_tag()),
        |(token, notice, lang)| async move { request_page(token, lang.to_string(), notice).await },
    );
    let token = move || params.with(|p| p.get("token")).unwrap_or_default();
    view! {
        <Meta name="robots" content="noindex, nofollow"/>
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(Ok(d)) => request_view(d, token()).into_any(),
                Ok(Err(e)) => {
                    super::super::set_status_for(&e);
                    view! {
                        <Title text=t("edu-request-gone-title")/>
                        <h1>{t("edu-request-gone-title")}</h1>
                        <super::super::ErrorBox err=e/>
                        <p><a href="/education">{t("edu-back-to-offers")}</a></p>
                    }.into_any()
                }
                Err(_) => view! { <h1>{t("error-title")}</h1><div class="error-box" role="alert"><p>{t("error-internal")}</p></div> }.into_any(),
            })}
        </Suspense>
    }
}

/// What the request asks, as a description list (shared with the institutions' inbox).
pub(super) fn request_facts(r: &OfferRequest, with_contact: bool) -> AnyView {
    let groups = r.groups.clone();
    let total: i64 = groups.iter().map(|g| g.pupils).sum();
    let contact = with_contact.then(|| match (&r.contact_name, &r.contact_email) {
        (None, None) => view! { <dt>{t("edu-req-contact")}</dt><dd class="muted">{t("edu-req-contact-erased")}</dd> }.into_any(),
        (name, email) => {
            let email = email.clone().unwrap_or_default();
            let href = format!("mailto:{email}");
            view! {
                <dt>{t("edu-req-contact")}</dt>
                <dd>{name.clone().unwrap_or_default()}{(!email.is_empty()).then(|| view! { <br/><a href=href>{email.clone()}</a> })}</dd>
            }
            .into_any()
        }
    });
    let head = view! {
            <dt>{t("edu-req-offer")}</dt>
            <dd><a href=format!("/education/offers/{}", r.offer_id)>{r.offer_name.clone()}</a></dd>
            <dt>{t("edu-req-school")}</dt>
            <dd>{school_line(&r.school)}</dd>
            {contact}
    }
    .into_any();
    let rest = view! {
            <dt>{t("edu-req-groups")}</dt>
            <dd>
                <ul class="plain">
                    {groups.into_iter().map(|g| {
                        let label = if g.label.is_empty() { level_label(&g.level) } else { format!("{} ({})", g.label, level_label(&g.level)) };
                        view! { <li>{label}": "{ta("edu-pupils", &[("n", g.pupils.to_string())])}</li> }
                    }).collect_view()}
                </ul>
                {(r.groups.len() > 1).then(|| view! { <span class="muted">{ta("edu-req-total", &[("n", total.to_string())])}</span> })}
            </dd>
            <dt>{t("edu-req-dates")}</dt>
            <dd>
                <ul class="plain">
                    {r.preferred_dates.iter().map(|d| view! { <li><time datetime=d.clone()>{date_text(d)}</time></li> }).collect_view()}
                </ul>
            </dd>
            {r.note.clone().filter(|n| !n.is_empty()).map(|n| view! { <dt>{t("edu-req-note")}</dt><dd class="pre-line">{n}</dd> })}
            <dt>{t("edu-req-sent")}</dt>
            <dd><time datetime=r.created.clone()>{instant_text(&r.created)}</time></dd>
    }
    .into_any();
    view! { <dl class="facts">{head}{rest}</dl> }.into_any()
}

fn request_view(d: RequestPageData, token: String) -> AnyView {
    let r = d.request;
    let status = r.status.clone();
    let open = matches!(status.as_str(), "requested" | "confirmed");
    let answer = match status.as_str() {
        "requested" => Some(t("edu-req-waiting")),
        "confirmed" => r.confirmed_date.as_deref().map(|c| ta("edu-req-confirmed-on", &[("date", date_text(c))])),
        "declined" => Some(t("edu-req-declined")),
        "done" => r.confirmed_date.as_deref().map(|c| ta("edu-req-done-on", &[("date", date_text(c))])).or_else(|| Some(t("edu-status-done"))),
        "cancelled" => Some(t("edu-req-cancelled")),
        _ => None,
    };
    let response = r.response.clone().filter(|x| !x.is_empty());
    let response_label = if status == "declined" { t("edu-req-reason") } else { t("edu-req-response") };
    let erased = r.contact_name.is_none() && r.contact_email.is_none();
    let retention = if erased { t("edu-req-retention-done") } else { ta("edu-req-retention", &[("date", date_text(&r.erase_after))]) };
    let token_path = crate::components::layout::urlencode(&token);
    // The link hint says the same as the "sent" notice: one of them is enough.
    let link_hint = d.notice.is_none().then(|| view! { <p class="hint">{t("edu-req-private-link")}</p> });
    let status_part = view! {
        <section class="edu-req-status" aria-labelledby="status-h">
            <h2 id="status-h">{t("edu-req-status")}" "{status_badge(&status)}</h2>
            {answer.map(|a| view! { <p>{a}</p> })}
            {response.map(|x| view! { <p><strong>{response_label}": "</strong><span class="pre-line">{x}</span></p> })}
        </section>
    }
    .into_any();
    let actions_part = view! {
        <section class="edu-req-actions" aria-labelledby="actions-h">
            <h2 id="actions-h">{t("edu-req-actions")}</h2>
            <p>{retention}</p>
            <div class="form-actions">
                {open.then(|| view! {
                    <form method="post" action=format!("/education/requests/{token_path}/cancel")>
                        <button type="submit" class="secondary">{t("edu-req-cancel")}</button>
                    </form>
                })}
                <form method="post" action=format!("/education/requests/{token_path}/delete")>
                    <button type="submit" class="danger" aria-describedby="delete-hint">{t("edu-req-delete")}</button>
                </form>
            </div>
            <p class="hint" id="delete-hint">{t("edu-req-delete-hint")}</p>
        </section>
    }
    .into_any();
    view! {
        <Title text=ta("edu-req-title", &[("offer", r.offer_name.clone())])/>
        <div class="edu edu-request-page">
            <p class="breadcrumb"><a href="/education">{t("edu-back-to-offers")}</a></p>
            <h1>{ta("edu-req-title", &[("offer", r.offer_name.clone())])}</h1>
            {d.notice.map(|n| view! { <div class="notice-box" role="status"><p>{n}</p></div> })}
            {link_hint}
            {status_part}
            <section aria-labelledby="what-h">
                <h2 id="what-h">{t("edu-req-what")}</h2>
                {request_facts(&r, true)}
            </section>
            {actions_part}
        </div>
    }
    .into_any()
}
