//! `/publish/outbox`: the messages that would have been e-mailed about requests (no e-mail is
//! sent), as far as the signed-in user may read them.

use super::instant_text;
use crate::api_education::outbox_page;
use crate::i18n::{lang_tag, t, tn};
use crate::model::education::OutboxMessage;
use crate::pages::publish::{error_box, publish_error};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OutboxPage() -> impl IntoView {
    let data = Resource::new(lang_tag, |lang| async move { outbox_page(lang.to_string()).await });
    view! {
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(Ok(msgs)) => outbox_view(msgs).into_any(),
                Ok(Err(e)) => publish_error(e, "/publish/outbox").into_any(),
                Err(_) => view! { <h1>{t("error-title")}</h1>{error_box(Some(t("error-internal")))} }.into_any(),
            })}
        </Suspense>
    }
}

/// Who a message is for: an organisation's or a network's inbox, or an address.
fn recipient(to: &str) -> String {
    if let Some(o) = to.strip_prefix("organisation:") {
        crate::i18n::ta("edu-outbox-to-organisation", &[("id", o.to_string())])
    } else if let Some(n) = to.strip_prefix("network:") {
        crate::i18n::ta("edu-outbox-to-network", &[("id", n.to_string())])
    } else {
        to.to_string()
    }
}

/// The message text with the teachers' private links shortened: whoever reads the outbox (an
/// institution, a network) should not be handed the link that lets a teacher cancel or delete
/// their request.
fn mask_private_links(body: &str) -> String {
    const P: &str = "/education/requests/";
    let mut out = String::new();
    let mut rest = body;
    while let Some(i) = rest.find(P) {
        out.push_str(&rest[..i + P.len()]);
        rest = &rest[i + P.len()..];
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(rest.len());
        if end > 0 {
            out.push('…');
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn outbox_view(msgs: Vec<OutboxMessage>) -> AnyView {
    let n = msgs.len() as i64;
    view! {
        <Title text=t("edu-outbox-title")/>
        <div class="publish edu-outbox-page">
            <p class="breadcrumb"><a href="/publish">{t("edu-back-to-publish")}</a></p>
            <h1>{t("edu-outbox-title")}</h1>
            <div class="notice-box edu-no-mail" role="note"><p>{t("edu-outbox-intro")}</p></div>
            <p class="count">{tn("edu-outbox-count", "count", n)}" "<a href="/publish/requests">{t("edu-outbox-requests-link")}</a></p>
            {if msgs.is_empty() {
                view! { <p class="empty">{t("edu-outbox-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="data edu-cards edu-outbox">
                            <caption class="visually-hidden">{t("edu-outbox-caption")}</caption>
                            <thead><tr>
                                <th scope="col">{t("edu-outbox-col-date")}</th>
                                <th scope="col">{t("edu-outbox-col-to")}</th>
                                <th scope="col">{t("edu-outbox-col-subject")}</th>
                                <th scope="col">{t("edu-outbox-col-body")}</th>
                            </tr></thead>
                            <tbody>
                                {msgs.into_iter().map(|m| view! {
                                    <tr>
                                        <td data-label=t("edu-outbox-col-date")><time datetime=m.created.clone()>{instant_text(&m.created)}</time></td>
                                        <td data-label=t("edu-outbox-col-to") class="url-cell">{recipient(&m.to)}</td>
                                        <th scope="row" data-label=t("edu-outbox-col-subject")>{m.subject.clone()}</th>
                                        <td data-label=t("edu-outbox-col-body") class="pre-line">
                                            {mask_private_links(&m.body)}
                                            {m.request_id.map(|id| view! { <br/><a class="small" href=format!("/publish/requests#request-{id}")>{t("edu-outbox-open-request")}</a> })}
                                        </td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    #[test]
    fn private_links_are_shortened() {
        assert_eq!(super::mask_private_links("Volg: /education/requests/AbC-12_x. Dag"), "Volg: /education/requests/…. Dag");
        assert_eq!(super::mask_private_links("geen link"), "geen link");
        assert_eq!(super::mask_private_links("/education/requests/"), "/education/requests/");
    }
}
