//! A chart of the dashboard as a figure: the server's SVG, its legend, its data as a table
//! (folded away under a disclosure) and the CSV download.

use crate::api_coverage::Chart;
use crate::i18n::t;
use leptos::prelude::*;

/// The data table of a chart (first column: the category, as row headers).
pub fn data_table(c: &Chart, caption: String) -> AnyView {
    let columns = c.columns.clone();
    let first = columns.first().cloned().unwrap_or_default();
    let rest: Vec<String> = columns.iter().skip(1).cloned().collect();
    let rest_labels = rest.clone();
    let total = c.total.clone();
    let aria = caption.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=aria>
            <table class="data cov-data">
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">{first}</th>
                    {rest.into_iter().map(|h| view! { <th scope="col" class="num">{h}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {c.rows.iter().cloned().map(|(label, vals)| view! {
                        <tr>
                            <th scope="row">{label}</th>
                            {vals.into_iter().map(|v| view! { <td class="num">{v}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
                {total.map(|tot| view! {
                    <tfoot><tr>
                        <th scope="row">{t("cov-col-total")}</th>
                        {tot.into_iter().zip(rest_labels).map(|(v, _)| view! { <td class="num">{v}</td> }).collect_view()}
                    </tr></tfoot>
                })}
            </table>
        </div>
    }
    .into_any()
}

/// The colour key of a chart's series.
pub fn legend(items: &[(String, String)]) -> AnyView {
    view! {
        <ul class="cov-legend chart-legend">
            {items.iter().cloned().map(|(label, colour)| view! {
                <li><span class="swatch" style=format!("background-color:{colour}") aria-hidden="true"></span>{label}</li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The chart with its legend, the table under a disclosure and the CSV link.
pub fn chart_figure(c: Chart, caption: String, csv_label: String) -> AnyView {
    let table = data_table(&c, caption.clone());
    // A chart without a single bar (no events yet) says so instead of drawing an empty box.
    let has_svg = !c.svg.is_empty() && c.svg.contains("<rect");
    let no_data = !c.svg.is_empty() && !has_svg;
    view! {
        <figure class="chart">
            {no_data.then(|| view! { <p class="empty">{t("cov-no-data")}</p> })}
            {has_svg.then(|| view! {
                {(c.legend.len() > 1).then(|| legend(&c.legend))}
                <div class="chart-svg" inner_html=c.svg.clone()></div>
            })}
            <figcaption class="visually-hidden">{caption.clone()}</figcaption>
            <details class="chart-table" open=!has_svg>
                <summary>{t("cov-show-table")}</summary>
                {table}
            </details>
            <p class="chart-csv"><a href=c.csv.clone() download="">{csv_label}</a></p>
        </figure>
    }
    .into_any()
}
