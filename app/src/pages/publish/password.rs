//! `/publish/password`: change one's password (`POST /publish/password`). The handler
//! redirects back with `?error=wrong-password|too-short|mismatch` or to the overview with a
//! notice.

use super::{code_message, query_param};
use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// `?error=` codes of the password handler, and the field each belongs to.
pub(crate) const ERRORS: [&str; 4] = ["wrong-password", "too-short", "too-long", "mismatch"];

fn field_of(code: &str) -> &'static str {
    match code {
        "wrong-password" => "current",
        "too-short" | "too-long" => "new",
        _ => "repeat",
    }
}

#[component]
pub fn PasswordPage() -> impl IntoView {
    let error = query_param("error");
    move || {
        let code = error.get().filter(|c| ERRORS.contains(&c.as_str()));
        let msg = code.as_deref().and_then(|c| code_message("publish-password-error-", c, &ERRORS));
        let bad = code.as_deref().map(field_of);
        let row_msg = msg.clone();
        let row = move |name: &'static str, label: String, autocomplete: &'static str, hint: Option<String>| {
            let invalid = bad == Some(name);
            let err_id = format!("{name}-error");
            let hint_id = format!("{name}-hint");
            let described = [hint.as_ref().map(|_| hint_id.clone()), invalid.then(|| err_id.clone())].into_iter().flatten().collect::<Vec<_>>().join(" ");
            view! {
                <div class="form-row" class:has-error=invalid>
                    <label for=name>{label}</label>
                    {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
                    {invalid.then(|| row_msg.clone().map(|m| view! { <p class="field-error" id=err_id.clone()>{m}</p> }))}
                    <input type="password" id=name name=name autocomplete=autocomplete required
                        aria-invalid=invalid.then_some("true")
                        aria-describedby=(!described.is_empty()).then_some(described)/>
                </div>
            }
        };
        view! {
            <Title text=if msg.is_some() { format!("{}: {}", t("publish-error-prefix"), t("publish-password-title")) } else { t("publish-password-title") }/>
            <div class="publish narrow">
                <p class="breadcrumb"><a href="/publish">{t("publish-back-overview")}</a></p>
                <h1>{t("publish-password-title")}</h1>
                {msg.clone().map(|m| view! {
                    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
                        <h2 id="error-summary-title">{t("publish-error-summary-title")}</h2>
                        <ul><li><a href=format!("#{}", bad.unwrap_or("current"))>{m}</a></li></ul>
                    </div>
                })}
                <form method="post" action="/publish/password" class="pub-form">
                    {row("current", t("publish-field-current-password"), "current-password", None)}
                    {row("new", t("publish-field-new-password"), "new-password", Some(t("publish-password-hint")))}
                    {row("repeat", t("publish-field-repeat-password"), "new-password", None)}
                    <div class="form-actions">
                        <button type="submit">{t("publish-password-button")}</button>
                    </div>
                </form>
            </div>
        }
    }
}
