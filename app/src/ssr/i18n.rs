//! Server-side lookup of localised messages (API errors), from the same Fluent files as the UI
//! (`locales/`). Gronings and Drents fall back to Dutch key by key.

use fluent_templates::{static_loader, Loader};
use std::borrow::Cow;
use std::collections::HashMap;

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "nl",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Translate `key` into `lang` (BCP 47 tag) with string arguments. Unknown languages use Dutch;
/// an unknown key returns the key itself (and a test fails on missing keys).
pub fn t(lang: &str, key: &str, args: &[(&str, String)]) -> String {
    let id: fluent_templates::LanguageIdentifier = lang.parse().unwrap_or_else(|_| nl());
    let map: HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue> =
        args.iter().map(|(k, v)| (Cow::Owned(k.to_string()), v.clone().into())).collect();
    let out = if map.is_empty() { LOCALES.try_lookup(&id, key) } else { LOCALES.try_lookup_with_args(&id, key, &map) };
    out.unwrap_or_else(|| key.to_string())
}

fn nl() -> fluent_templates::LanguageIdentifier {
    fluent_templates::langid!("nl")
}
