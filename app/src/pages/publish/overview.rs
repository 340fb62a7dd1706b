//! `/publish`: the signed-in user's start page — links to the editor, import, moderation and
//! password pages, sign-out, their events, feeds and the recent audit trail.

use super::{error_box, feeds_table, notice_box, publish_error, query_param, status_badge, when_text};
use crate::api_publish::publish_overview;
use crate::i18n::{lang_tag, t, ta, tn};
use crate::model::publish::{AuditRow, EventRow, Overview};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let notice = query_param("notice");
    let error = query_param("error");
    let data = Resource::new(move || (lang_tag(), notice.get()), |(lang, notice)| async move { publish_overview(lang.to_string(), notice).await });
    view! {
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(Ok(o)) => overview_view(o, error.get()).into_any(),
                Ok(Err(e)) => publish_error(e, "/publish").into_any(),
                Err(_) => view! { <h1>{t("error-title")}</h1>{error_box(Some(t("error-internal")))} }.into_any(),
            })}
        </Suspense>
    }
}

fn overview_view(o: Overview, error: Option<String>) -> impl IntoView {
    let moderator = o.admin || !o.moderates.is_empty();
    // An unknown `?error=` code still says that something did not work, without echoing it.
    let error = error.map(|_| t("publish-overview-error"));
    view! {
        <Title text=t("publish-overview-title")/>
        <div class="publish">
            <div class="pub-head">
                <h1>{t("publish-overview-title")}</h1>
                <form method="post" action="/publish/signout" class="signout">
                    <button type="submit" class="secondary">{t("publish-signout-button")}</button>
                </form>
            </div>
            <p class="greeting">{ta("publish-greeting", &[("name", o.user_name.clone())])}" "<span class="muted">{format!("({})", o.email)}</span></p>
            {notice_box(o.notice.clone())}
            {error_box(error)}
            <nav aria-label=t("publish-actions-label")>
                <ul class="action-links">
                    <li><a class="button" href="/publish/events/new">{t("publish-new-event")}</a></li>
                    <li><a class="button secondary" href="/publish/import">{t("publish-import-link")}</a></li>
                    {moderator.then(|| view! {
                        <li><a class="button secondary" href="/publish/moderation">
                            {t("publish-moderation-link")}" "
                            <span class="count-pill">{tn("publish-to-moderate", "count", o.to_moderate)}</span>
                        </a></li>
                    })}
                    <li><a class="button secondary" href="/publish/requests">{t("edu-publish-requests-link")}</a></li>
                    <li><a href="/publish/outbox">{t("edu-publish-outbox-link")}</a></li>
                    <li><a href="/publish/password">{t("publish-password-link")}</a></li>
                </ul>
            </nav>
            {o.organisations.is_empty().then(|| view! { <p class="hint">{t("publish-no-organisations")}</p> })}
            {events_table(o.events.clone())}
            {feeds_table(o.feeds.clone())}
            {audit_table(o.audit.clone())}
        </div>
    }
}

/// The user's events with their workflow status.
fn events_table(events: Vec<EventRow>) -> impl IntoView {
    view! {
        <section aria-labelledby="events-h" class="pub-section">
            <h2 id="events-h">{t("publish-events-title")}</h2>
            {if events.is_empty() {
                view! { <p class="empty">{t("publish-events-none")}" "<a href="/publish/events/new">{t("publish-new-event")}</a></p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="data pub-events">
                            <thead><tr>
                                <th scope="col">{t("publish-col-name")}</th>
                                <th scope="col">{t("publish-col-organisation")}</th>
                                <th scope="col">{t("publish-col-when")}</th>
                                <th scope="col">{t("publish-col-venue")}</th>
                                <th scope="col">{t("publish-col-status")}</th>
                                <th scope="col">{t("publish-col-source")}</th>
                            </tr></thead>
                            <tbody>
                                {events.into_iter().map(|e| {
                                    let published = e.workflow_status == "published";
                                    let source = match e.source.as_str() {
                                        "" | "editor" => t("publish-source-editor"),
                                        "demo" => t("publish-source-demo"),
                                        s => s.to_string(),
                                    };
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <a href=format!("/publish/events/{}", e.id)>{if e.name.is_empty() { t("publish-untitled") } else { e.name.clone() }}</a>
                                                {published.then(|| view! {
                                                    <br/><a class="small" href=format!("/events/{}", e.id)>{t("publish-view-public")}</a>
                                                })}
                                            </th>
                                            <td data-label=t("publish-col-organisation")>{e.organisation}</td>
                                            <td data-label=t("publish-col-when")>{when_text(e.when.as_deref())}</td>
                                            <td data-label=t("publish-col-venue")>{e.venue}</td>
                                            <td data-label=t("publish-col-status")>
                                                {status_badge(&e.workflow_status)}
                                                {e.rejection_reason.filter(|_| e.workflow_status == "rejected").map(|r| view! {
                                                    <br/><span class="rejection">{ta("publish-rejected-because", &[("reason", r)])}</span>
                                                })}
                                            </td>
                                            <td class="source-cell" data-label=t("publish-col-source")>{source}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

/// Recent audit entries.
fn audit_table(audit: Vec<AuditRow>) -> impl IntoView {
    view! {
        <section aria-labelledby="audit-h" class="pub-section">
            <h2 id="audit-h">{t("publish-audit-title")}</h2>
            {if audit.is_empty() {
                view! { <p class="empty">{t("publish-audit-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="data">
                            <thead><tr>
                                <th scope="col">{t("publish-col-time")}</th>
                                <th scope="col">{t("publish-col-user")}</th>
                                <th scope="col">{t("publish-col-action")}</th>
                                <th scope="col">{t("publish-col-object")}</th>
                            </tr></thead>
                            <tbody>
                                {audit.into_iter().map(|a| view! {
                                    <tr>
                                        <td><time datetime=a.at.clone()>{when_text(Some(&a.at))}</time></td>
                                        <td>{a.user.unwrap_or_else(|| "–".to_string())}</td>
                                        <td><code>{a.action}</code></td>
                                        <td>{a.object}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}
