//! Publishing pages for institutions (sign-in, overview, editor, moderation, import, password).
//! Data comes from the read-only server functions in `crate::api_publish`; every write is a plain
//! `<form method="post">` to the `server` crate's handlers under `/publish/...`, which redirect
//! back with `?flash=`, `?notice=` or `?error=`. So every page works with JavaScript off.

pub mod editor;
mod editor_fields;
mod editor_sections;
pub mod import;
pub mod moderation;
pub mod overview;
pub mod password;
pub mod signin;

use crate::i18n::{fmt_datetime, t};
use crate::model::publish::FeedRow;
use crate::model::AppError;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A query parameter of the current URL, empty values as `None`.
pub(crate) fn query_param(name: &'static str) -> Memo<Option<String>> {
    let q = use_query_map();
    Memo::new(move |_| q.with(|m| m.get(name)).filter(|v| !v.is_empty()))
}

/// The localised message of a code from the URL (`?error=`, `?notice=`), only for codes this
/// page knows: a URL cannot make the page show an arbitrary key or text.
pub(crate) fn code_message(prefix: &str, code: &str, known: &[&str]) -> Option<String> {
    known.contains(&code).then(|| t(&format!("{prefix}{code}")))
}

/// A path of this site to come back to after signing in (`/publish...` only).
pub(crate) fn safe_next(next: Option<String>) -> String {
    next.filter(|n| n.starts_with("/publish") && !n.contains("//") && !n.contains('\\')).unwrap_or_else(|| "/publish".to_string())
}

/// What a page shows when its server function refused: "sign in" for `unauthorized`, the
/// message otherwise. Sets the HTTP status during SSR (401, 404).
pub(crate) fn publish_error(err: AppError, back: &str) -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        let status = match err.code.as_str() {
            "unauthorized" => Some(axum::http::StatusCode::UNAUTHORIZED),
            "not-found" => Some(axum::http::StatusCode::NOT_FOUND),
            _ => None,
        };
        if let (Some(s), Some(resp)) = (status, use_context::<leptos_axum::ResponseOptions>()) {
            resp.set_status(s);
        }
    }
    if err.code == "unauthorized" {
        let href = format!("/signin?next={}", crate::components::layout::urlencode(back));
        view! {
            <leptos_meta::Title text=t("publish-signin-title")/>
            <h1>{t("publish-signin-needed-title")}</h1>
            <div class="error-box" role="alert"><p>{err.message.clone()}</p></div>
            <p><a class="button" href=href>{t("publish-signin-link")}</a></p>
        }
        .into_any()
    } else {
        let title = if err.code == "not-found" { t("not-found-title") } else { t("error-title") };
        let message = if err.code == "internal" { t("error-internal") } else { err.message.clone() };
        view! {
            <leptos_meta::Title text=title.clone()/>
            <h1>{title}</h1>
            <div class="error-box" role="alert"><p>{message}</p></div>
            <p><a href="/publish">{t("publish-back-overview")}</a></p>
        }
        .into_any()
    }
}

/// A message after a POST (`role="status"` so screen readers announce it).
pub(crate) fn notice_box(msg: Option<String>) -> impl IntoView {
    msg.map(|m| view! { <div class="notice-box" role="status"><p>{m}</p></div> })
}

/// An error after a POST.
pub(crate) fn error_box(msg: Option<String>) -> impl IntoView {
    msg.map(|m| view! { <div class="error-box" role="alert"><p>{m}</p></div> })
}

/// Workflow status (`draft`, `submitted`, `published`, `rejected`, `archived`) as a badge.
pub(crate) fn status_badge(status: &str) -> impl IntoView {
    const KNOWN: [&str; 5] = ["draft", "submitted", "published", "rejected", "archived"];
    let label = if KNOWN.contains(&status) { t(&format!("publish-status-{status}")) } else { status.to_string() };
    view! { <span class=format!("badge badge-{status}")>{label}</span> }
}

/// A date-time of the wire types (RFC 3339) as text, empty as a dash.
pub(crate) fn when_text(s: Option<&str>) -> String {
    s.filter(|s| !s.is_empty()).map(fmt_datetime).unwrap_or_else(|| "–".to_string())
}

/// The subscribed feeds of the user's organisations.
pub(crate) fn feeds_table(feeds: Vec<FeedRow>) -> impl IntoView {
    view! {
        <section aria-labelledby="feeds-h" class="pub-section">
            <h2 id="feeds-h">{t("publish-feeds-title")}</h2>
            {if feeds.is_empty() {
                view! { <p class="empty">{t("publish-feeds-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="data">
                            <thead><tr>
                                <th scope="col">{t("publish-col-organisation")}</th>
                                <th scope="col">{t("publish-col-kind")}</th>
                                <th scope="col">{t("publish-col-url")}</th>
                                <th scope="col">{t("publish-col-interval")}</th>
                                <th scope="col">{t("publish-col-last-sync")}</th>
                                <th scope="col">{t("publish-col-last-result")}</th>
                                <th scope="col"><span class="visually-hidden">{t("publish-col-action")}</span></th>
                            </tr></thead>
                            <tbody>
                                {feeds.into_iter().map(|f| {
                                    let hours = crate::i18n::tn("publish-every-hours", "count", (f.interval_minutes + 59) / 60);
                                    let kind = match f.kind.as_str() { "ics" => t("publish-kind-ics"), "jsonld" => t("publish-kind-jsonld"), k => k.to_string() };
                                    view! {
                                        <tr>
                                            <td>{f.organisation}</td>
                                            <td>{kind}</td>
                                            <td class="url-cell"><a href=f.url.clone() rel="nofollow noopener">{f.url.clone()}</a></td>
                                            <td>{hours}</td>
                                            <td>{when_text(f.last_sync.as_deref())}</td>
                                            <td>{f.last_result}</td>
                                            <td>
                                                <form method="post" action=format!("/publish/feeds/{}/sync", f.id)>
                                                    <button type="submit" class="secondary small">{t("publish-feed-sync-now")}</button>
                                                </form>
                                            </td>
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

#[cfg(test)]
mod tests {
    //! Every `publish-` key the pages use exists in `locales/nl/publish.ftl` and
    //! `locales/en/publish.ftl`, and the two files have the same keys.
    use std::collections::BTreeSet;
    use std::path::PathBuf;

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    fn keys(lang: &str) -> BTreeSet<String> {
        let p = root().join(format!("locales/{lang}/publish.ftl"));
        let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        text.lines()
            .filter(|l| !l.starts_with([' ', '#', '\t', '*', '[', '}']) && l.contains(" ="))
            .filter_map(|l| l.split(" =").next())
            .map(|k| k.trim().to_string())
            .collect()
    }

    /// `"publish-..."` string literals in the page sources (complete keys, not prefixes ending
    /// in `-` that are completed with a code).
    fn used() -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("app/src/pages/publish")).expect("page sources").filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.push(root().join("app/src/components/layout.rs"));
        for f in files {
            let text = std::fs::read_to_string(&f).expect("page source");
            for part in text.split("\"publish-").skip(1) {
                let key: String = part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                if !key.is_empty() && !key.ends_with('-') && part[key.len()..].starts_with('"') {
                    out.insert(format!("publish-{key}"));
                }
            }
        }
        out
    }

    /// Keys completed at run time with a code from a fixed list.
    fn composed() -> Vec<String> {
        let mut v = vec![];
        for s in ["draft", "submitted", "published", "rejected", "archived"] {
            v.push(format!("publish-status-{s}"));
        }
        for c in super::signin::ERRORS {
            v.push(format!("publish-signin-error-{c}"));
        }
        for c in super::password::ERRORS {
            v.push(format!("publish-password-error-{c}"));
        }
        for c in super::moderation::NOTICES {
            v.push(format!("publish-moderation-notice-{c}"));
        }
        for c in super::moderation::ERRORS {
            v.push(format!("publish-moderation-error-{c}"));
        }
        for c in super::import::OUTCOMES {
            v.push(format!("publish-outcome-{c}"));
        }
        for c in ["single", "list", "weekly", "monthly"] {
            v.push(format!("publish-mode-{c}"));
        }
        for c in ["everyone", "education"] {
            v.push(format!("publish-audience-{c}"));
        }
        v
    }

    #[test]
    fn nl_and_en_have_the_same_publish_keys() {
        let (nl, en) = (keys("nl"), keys("en"));
        assert!(nl.len() > 50);
        assert_eq!(nl.difference(&en).collect::<Vec<_>>(), Vec::<&String>::new(), "missing in en");
        assert_eq!(en.difference(&nl).collect::<Vec<_>>(), Vec::<&String>::new(), "missing in nl");
        assert!(nl.iter().all(|k| k.starts_with("publish-")));
    }

    #[test]
    fn every_publish_key_used_exists() {
        let nl = keys("nl");
        let used = used();
        assert!(used.len() > 50, "{used:?}");
        let composed = composed();
        let missing: Vec<_> = used.iter().chain(composed.iter()).filter(|k| !nl.contains(*k)).collect();
        assert!(missing.is_empty(), "keys used but not in locales/nl/publish.ftl: {missing:?}");
    }

    /// One bundle holds both files: a key defined twice would break the bundle.
    #[test]
    fn no_key_is_shared_with_the_server_messages() {
        for lang in ["nl", "en"] {
            let p = root().join(format!("locales/{lang}/publish-server.ftl"));
            let Ok(text) = std::fs::read_to_string(&p) else { continue };
            let mine = keys(lang);
            let shared: Vec<&str> = text.lines().filter_map(|l| l.split(" =").next()).filter(|k| mine.contains(*k)).collect();
            assert!(shared.is_empty(), "{lang}: {shared:?} in both publish.ftl and publish-server.ftl");
        }
    }

    #[test]
    fn next_stays_on_the_publishing_pages() {
        assert_eq!(super::safe_next(Some("/publish/events/3".into())), "/publish/events/3");
        assert_eq!(super::safe_next(Some("https://evil.example/".into())), "/publish");
        assert_eq!(super::safe_next(Some("/publish//evil.example".into())), "/publish");
        assert_eq!(super::safe_next(None), "/publish");
    }
}
