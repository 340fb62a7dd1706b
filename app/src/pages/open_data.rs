//! Open data sources and the attribution required by their licences (shared/data/README.md).

use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OpenDataPage() -> impl IntoView {
    view! {
        <Title text=t("opendata-title")/>
        <h1>{move || t("opendata-title")}</h1>
        <p>{move || t("opendata-intro")}</p>
        <p class="attribution"><strong>{move || t("opendata-attribution")}</strong></p>
        <h2>{move || t("opendata-sources")}</h2>
        <ul lang="en">
            <li>"CBS / Kadaster (CC BY 4.0): province and municipality boundaries (2022), PC4 postcode areas with residents on 1 January 2021."</li>
            <li>"GeoNames (CC BY 4.0): towns and villages with alternate names (Frisian names such as Ljouwert, Snits), PC4 centroids, buildings of interest."</li>
            <li>"DUO (public domain) and BAG addresses (CC0): school locations."</li>
            <li>"Venue register: compiled from the venues' own public pages; every row names its source."</li>
            <li>"We the North, beleidsplan 2021–2024: partner networks and the projects of annex 1."</li>
        </ul>
        <p>{move || t("opendata-demo")}</p>
        <p>{move || t("opendata-api")}" "<a href="/api/v1/openapi.json">"/api/v1/openapi.json"</a></p>
    }
}
