//! `/signin`: e-mail and password, posted to `POST /publish/signin`. The handler redirects back
//! here with `?error=invalid|rate-limited&email=...&next=...` or on to `next`.

use super::{code_message, error_box, query_param, safe_next};
use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// `?error=` codes of the sign-in handler.
pub(crate) const ERRORS: [&str; 2] = ["invalid", "rate-limited"];

#[component]
pub fn SignInPage() -> impl IntoView {
    let error = query_param("error");
    let email = query_param("email");
    let next = query_param("next");
    move || {
        let err = error.get().and_then(|c| code_message("publish-signin-error-", &c, &ERRORS));
        let has_err = err.is_some();
        view! {
            <Title text=if has_err { format!("{}: {}", t("publish-error-prefix"), t("publish-signin-title")) } else { t("publish-signin-title") }/>
            <div class="publish narrow">
                <h1>{t("publish-signin-title")}</h1>
                <p>{t("publish-signin-intro")}</p>
                {error_box(err)}
                <form method="post" action="/publish/signin" class="pub-form">
                    <input type="hidden" name="next" value=safe_next(next.get())/>
                    <div class="form-row">
                        <label for="email">{t("publish-field-email")}</label>
                        <input type="email" id="email" name="email" autocomplete="username" required
                            spellcheck="false" value=email.get().unwrap_or_default()
                            aria-invalid=has_err.then_some("true")/>
                    </div>
                    <div class="form-row">
                        <label for="password">{t("publish-field-password")}</label>
                        <input type="password" id="password" name="password" autocomplete="current-password" required
                            aria-invalid=has_err.then_some("true")/>
                    </div>
                    <div class="form-actions">
                        <button type="submit">{t("publish-signin-button")}</button>
                    </div>
                </form>
                <p class="hint">{t("publish-signin-no-account")}</p>
            </div>
        }
    }
}
