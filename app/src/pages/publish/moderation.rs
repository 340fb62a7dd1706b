//! `/publish/moderation`: submitted events waiting for this moderator, each with a publish
//! form and a reject form (a reason is required).

use super::{code_message, error_box, notice_box, publish_error, query_param, when_text};
use crate::api_publish::publish_moderation;
use crate::i18n::{lang_tag, t, tn};
use crate::model::publish::EventRow;
use leptos::prelude::*;
use leptos_meta::Title;

/// `?notice=` codes after a moderation POST.
pub(crate) const NOTICES: [&str; 2] = ["published", "rejected"];
/// `?error=` codes of the moderation handlers.
pub(crate) const ERRORS: [&str; 3] = ["reason-needed", "not-found", "not-yours"];

#[component]
pub fn ModerationPage() -> impl IntoView {
    let notice = query_param("notice");
    let error = query_param("error");
    let data = Resource::new(lang_tag, |lang| async move { publish_moderation(lang.to_string()).await });
    view! {
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(Ok(items)) => {
                    let notice = notice.get().and_then(|c| code_message("publish-moderation-notice-", &c, &NOTICES));
                    let error = error.get().map(|c| code_message("publish-moderation-error-", &c, &ERRORS).unwrap_or_else(|| t("publish-overview-error")));
                    view! {
                        <Title text=t("publish-moderation-title")/>
                        <div class="publish">
                            <p class="breadcrumb"><a href="/publish">{t("publish-back-overview")}</a></p>
                            <h1>{t("publish-moderation-title")}</h1>
                            {notice_box(notice)}
                            {error_box(error)}
                            <p class="count" role="status">{tn("publish-to-moderate", "count", items.len() as i64)}</p>
                            {items.is_empty().then(|| view! { <p class="empty">{t("publish-moderation-none")}</p> })}
                            <ul class="moderation-list">
                                {items.into_iter().map(moderation_item).collect_view()}
                            </ul>
                        </div>
                    }.into_any()
                }
                Ok(Err(e)) => publish_error(e, "/publish/moderation").into_any(),
                Err(_) => view! { <h1>{t("error-title")}</h1>{error_box(Some(t("error-internal")))} }.into_any(),
            })}
        </Suspense>
    }
}

fn moderation_item(e: EventRow) -> impl IntoView {
    let id = e.id;
    let heading = format!("mod-{id}-h");
    let reason = format!("reason-{id}");
    let labelled_by = heading.clone();
    view! {
        <li>
            <article class="moderation-item" aria-labelledby=labelled_by>
                <h2 id=heading>
                    <a href=format!("/publish/events/{id}")>{if e.name.is_empty() { t("publish-untitled") } else { e.name.clone() }}</a>
                </h2>
                <dl class="facts">
                    <dt>{t("publish-col-organisation")}</dt><dd>{e.organisation.clone()}</dd>
                    {e.network.clone().map(|n| view! { <dt>{t("publish-col-network")}</dt><dd>{n}</dd> })}
                    <dt>{t("publish-col-when")}</dt><dd>{when_text(e.when.as_deref())}</dd>
                    <dt>{t("publish-col-venue")}</dt><dd>{e.venue.clone()}</dd>
                </dl>
                {(!e.excerpt.is_empty()).then(|| view! { <p class="excerpt">{e.excerpt.clone()}</p> })}
                <p><a href=format!("/publish/events/{id}")>{t("publish-moderation-open-editor")}</a></p>
                <div class="moderation-actions">
                    <form method="post" action=format!("/publish/events/{id}/publish")>
                        <button type="submit">{t("publish-moderation-publish")}</button>
                    </form>
                    <form method="post" action=format!("/publish/events/{id}/reject") class="reject-form">
                        <label for=reason.clone()>{t("publish-field-reason")}" "<span class="req">{t("publish-required")}</span></label>
                        <p class="hint" id=format!("{reason}-hint")>{t("publish-reason-hint")}</p>
                        <textarea id=reason.clone() name="reason" rows="3" required aria-describedby=format!("{reason}-hint")></textarea>
                        <button type="submit" class="secondary">{t("publish-moderation-reject")}</button>
                    </form>
                </div>
            </article>
        </li>
    }
}
