//! Monitoring figures (issue 6): what `/coverage/dashboard` charts and what its CSV downloads
//! hold, computed from one source so that a chart and its CSV always agree. The coverage page's
//! figures ([`coverage_view`]) and the what-if ([`what_if`]) live in the submodules.
//!
//! Definitions:
//! - **Events per month**: a published event counts once in every month (Europe/Amsterdam) in
//!   which one of its occurrences starts, and once for each of its disciplines; it belongs to
//!   the municipality of its venue.
//! - **Regional languages**: events whose language of performance (`in_language`) includes
//!   Frisian (`fy`), Gronings (`gos`) or Drents (`drt`), per month as above.
//! - **Funding**: the projects of the policy document's annex, summed per network: the We the
//!   North contribution and the matching (where the annex gives one), whole euros.
//! - **Education**: offers (published events with offer details) by the municipality of their
//!   venue; requests (every status) and their pupils by the municipality of the school.

pub mod coverage_view;
pub mod what_if;

pub use coverage_view::{coverage_view, coverage_view_cached};
pub use what_if::what_if;

use crate::api_coverage::{Chart, DashboardView};
use crate::model::{AppError, Discipline, Network, Project};
use crate::ssr::catalog::Catalog;
use crate::ssr::i18n::t;
use crate::ssr::state::TZ;
use crate::ssr::store::RequestRecord;
use crate::ssr::svg::{self, BarRow, Labels, Layout, Series, PALETTE};
use chrono::TimeZone;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// The regional languages of performance counted by the dashboard.
pub const REGIONAL_LANGUAGES: [&str; 3] = ["fy", "gos", "drt"];

/// Where the dashboard's CSV files are served (by the `server` crate).
pub const CSV_EVENTS: &str = "/coverage/dashboard/events.csv";
pub const CSV_LANGUAGES: &str = "/coverage/dashboard/languages.csv";
pub const CSV_FUNDING: &str = "/coverage/dashboard/funding.csv";
pub const CSV_EDUCATION: &str = "/coverage/dashboard/education.csv";

/// Whole number with the language's thousands separator (`12.345`; `12,345` in English).
pub fn fmt_int(lang: &str, n: u64) -> String {
    let s = n.to_string();
    let sep = if lang == "en" { ',' } else { '.' };
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Kilometres with one decimal (`2,4`; `2.4` in English).
pub fn fmt_km(lang: &str, km: f64) -> String {
    let s = format!("{km:.1}");
    if lang == "en" { s } else { s.replace('.', ",") }
}

/// A share 0..1 as a percentage with one decimal (`87,3 %`; `87.3%` in English).
pub fn fmt_pct(lang: &str, share: f64) -> String {
    let s = format!("{:.1}", share * 100.0);
    if lang == "en" { format!("{s}%") } else { format!("{}\u{a0}%", s.replace('.', ",")) }
}

/// Euros (`€ 1.875.520`).
pub fn fmt_eur(lang: &str, eur: i64) -> String {
    let sign = if eur < 0 { "-" } else { "" };
    format!("€ {sign}{}", fmt_int(lang, eur.unsigned_abs()))
}

/// `YYYY-MM` of a UTC instant (Unix seconds) in Europe/Amsterdam.
pub fn month_of(ts: i64) -> Option<String> {
    TZ.timestamp_opt(ts, 0).single().map(|t| t.format("%Y-%m").to_string())
}

/// "januari 2026" for `2026-01`.
pub fn month_label(lang: &str, ym: &str) -> String {
    match ym.split_once('-').and_then(|(y, m)| Some((y, m.parse::<u32>().ok()?))) {
        Some((y, m)) => format!("{} {y}", t(lang, &format!("month-{m}"), &[])),
        None => ym.to_string(),
    }
}

/// One cell of the events cube.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct EventCell {
    pub month: String,
    pub province: String,
    pub municipality: String,
    pub municipality_code: String,
    pub discipline: String,
    pub events: u64,
}

/// The months (`YYYY-MM`, Europe/Amsterdam) in which `e` has an occurrence starting.
fn months_of(e: &crate::ssr::store::EventRecord) -> BTreeSet<String> {
    e.occurrences.iter().filter_map(|(s, _, _)| month_of(*s)).collect()
}

/// Events per month, municipality and discipline (see the module documentation), sorted by
/// month, province, municipality and discipline code. Only non-zero cells.
pub fn events_by_month(cat: &Catalog) -> Vec<EventCell> {
    let mut cube: BTreeMap<(String, String, String, String, String), u64> = BTreeMap::new();
    for e in &cat.events {
        let v = cat.venue(e.venue_id);
        let (prov, muni, code) = match v {
            Some(v) => (v.province.clone(), v.municipality.clone(), v.municipality_code.clone().unwrap_or_default()),
            None => Default::default(),
        };
        let ds: BTreeSet<&str> = e.disciplines.iter().map(String::as_str).filter(|d| Discipline::from_code(d).is_some()).collect();
        for m in months_of(e) {
            for d in &ds {
                *cube.entry((m.clone(), prov.clone(), muni.clone(), code.clone(), d.to_string())).or_default() += 1;
            }
        }
    }
    cube.into_iter()
        .map(|((month, province, municipality, municipality_code, discipline), events)| EventCell { month, province, municipality, municipality_code, discipline, events })
        .collect()
}

/// All months with an event occurrence, sorted.
pub fn event_months(cat: &Catalog) -> Vec<String> {
    cat.events.iter().flat_map(months_of).collect::<BTreeSet<_>>().into_iter().collect()
}

/// Events with a regional language of performance per month: (month, [fy, gos, drt]) for
/// every month of [`event_months`].
pub fn languages_by_month(cat: &Catalog) -> Vec<(String, [u64; 3])> {
    let mut out: BTreeMap<String, [u64; 3]> = event_months(cat).into_iter().map(|m| (m, [0; 3])).collect();
    for e in &cat.events {
        let langs: Vec<usize> = (0..3).filter(|i| e.in_language.iter().any(|l| l == REGIONAL_LANGUAGES[*i])).collect();
        if langs.is_empty() {
            continue;
        }
        for m in months_of(e) {
            let c = out.entry(m).or_default();
            for i in &langs {
                c[*i] += 1;
            }
        }
    }
    out.into_iter().collect()
}

/// Funding of one network (or of the projects without one: empty slug).
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkFunding {
    pub slug: String,
    pub name: String,
    pub projects: u64,
    pub contribution_eur: i64,
    pub matching_eur: i64,
}

/// Projects summed per network, in the order of `networks`, then projects of unknown networks,
/// then projects without one. Networks without projects are listed with zeros.
pub fn funding(networks: &[Network], projects: &[Project]) -> Vec<NetworkFunding> {
    let mut out: Vec<NetworkFunding> =
        networks.iter().map(|n| NetworkFunding { slug: n.slug.clone(), name: n.name.clone(), projects: 0, contribution_eur: 0, matching_eur: 0 }).collect();
    for p in projects {
        let slug = p.network.clone().unwrap_or_default();
        let i = match out.iter().position(|n| n.slug == slug) {
            Some(i) => i,
            None => {
                out.push(NetworkFunding { slug: slug.clone(), name: slug.clone(), projects: 0, contribution_eur: 0, matching_eur: 0 });
                out.len() - 1
            }
        };
        out[i].projects += 1;
        out[i].contribution_eur += p.wtn_contribution_eur;
        out[i].matching_eur += p.matching_eur.unwrap_or(0);
    }
    if let Some(i) = out.iter().position(|n| n.slug.is_empty()) {
        let none = out.remove(i);
        out.push(none);
    }
    out
}

/// Education offers and requests of one municipality.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct EducationCell {
    pub province: String,
    pub municipality: String,
    pub municipality_code: String,
    pub offers: u64,
    pub requests: u64,
    pub pupils: u64,
}

/// Offers by the venue's municipality, requests and pupils by the school's (see the module
/// documentation); sorted by province and municipality. Unknown places count under empty names.
pub fn education_by_region(cat: &Catalog, requests: &[RequestRecord]) -> Vec<EducationCell> {
    fn cell(cells: &mut BTreeMap<(String, String, String), EducationCell>, p: String, m: String, c: String) -> &mut EducationCell {
        cells.entry((p.clone(), m.clone(), c.clone())).or_insert_with(|| EducationCell { province: p, municipality: m, municipality_code: c, ..Default::default() })
    }
    let mut cells: BTreeMap<(String, String, String), EducationCell> = BTreeMap::new();
    for (e, _) in crate::ssr::education::offers(cat) {
        let (p, m, c) = match cat.venue(e.venue_id) {
            Some(v) => (v.province.clone(), v.municipality.clone(), v.municipality_code.clone().unwrap_or_default()),
            None => Default::default(),
        };
        cell(&mut cells, p, m, c).offers += 1;
    }
    for r in requests {
        let (p, m, c) = match cat.schools.get(&r.school_code) {
            Some(s) => (s.province.clone(), s.municipality.clone(), s.municipality_code.clone().unwrap_or_default()),
            None => Default::default(),
        };
        let x = cell(&mut cells, p, m, c);
        x.requests += 1;
        x.pupils += r.groups.iter().map(|g| g.pupils.max(0) as u64).sum::<u64>();
    }
    cells.into_values().collect()
}

/// A CSV field (RFC 4180: quoted when it holds a comma, quote or line break).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

/// CSV text: a header line and one line per row, CRLF line ends.
pub fn csv_text(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = header.join(",");
    out.push_str("\r\n");
    for r in rows {
        out.push_str(&r.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// `events.csv`: month, province, municipality, municipality_code, discipline, events.
pub fn events_csv(cat: &Catalog) -> String {
    csv_text(
        &["month", "province", "municipality", "municipality_code", "discipline", "events"],
        events_by_month(cat).into_iter().map(|c| vec![c.month, c.province, c.municipality, c.municipality_code, c.discipline, c.events.to_string()]),
    )
}

/// `languages.csv`: month, language, events (every month × fy, gos, drt).
pub fn languages_csv(cat: &Catalog) -> String {
    csv_text(
        &["month", "language", "events"],
        languages_by_month(cat).into_iter().flat_map(|(m, c)| (0..3).map(move |i| vec![m.clone(), REGIONAL_LANGUAGES[i].to_string(), c[i].to_string()])),
    )
}

/// `funding.csv`: one line per project with its network, fund, period, contribution and
/// matching (empty when the annex gives none), whole euros.
pub fn funding_csv(networks: &[Network], projects: &[Project]) -> String {
    let name = |slug: &Option<String>| slug.as_ref().and_then(|s| networks.iter().find(|n| &n.slug == s)).map(|n| n.name.clone()).unwrap_or_default();
    csv_text(
        &["project", "name", "network", "network_name", "fund", "period", "wtn_contribution_eur", "matching_eur"],
        projects.iter().map(|p| {
            vec![
                p.slug.clone(),
                p.name.clone(),
                p.network.clone().unwrap_or_default(),
                name(&p.network),
                p.fund.clone().unwrap_or_default(),
                p.period.clone(),
                p.wtn_contribution_eur.to_string(),
                p.matching_eur.map(|m| m.to_string()).unwrap_or_default(),
            ]
        }),
    )
}

/// `education.csv`: province, municipality, municipality_code, offers, requests, pupils.
pub fn education_csv(cat: &Catalog, requests: &[RequestRecord]) -> String {
    csv_text(
        &["province", "municipality", "municipality_code", "offers", "requests", "pupils"],
        education_by_region(cat, requests)
            .into_iter()
            .map(|c| vec![c.province, c.municipality, c.municipality_code, c.offers.to_string(), c.requests.to_string(), c.pupils.to_string()]),
    )
}

/// What the dashboard reads: the catalogue snapshot and the store's networks, projects and
/// requests.
pub struct Sources {
    pub cat: Arc<Catalog>,
    pub networks: Vec<Network>,
    pub projects: Vec<Project>,
    pub requests: Vec<RequestRecord>,
}

impl Sources {
    /// Read them (a store error is logged and reported as `internal`, in `lang`).
    pub async fn load(state: &crate::ssr::AppState, lang: &str) -> Result<Self, AppError> {
        let internal = |e: crate::ssr::StoreError| {
            tracing::error!(error = %e, "dashboard: store error");
            AppError::new("internal", t(lang, "error-internal", &[]))
        };
        Ok(Sources {
            cat: state.catalog(),
            networks: state.store.list_networks().await.map_err(internal)?,
            projects: state.store.list_projects().await.map_err(internal)?,
            requests: state.store.list_requests(None).await.map_err(internal)?,
        })
    }
}

fn legend(series: &[Series]) -> Vec<(String, String)> {
    series.iter().map(|s| (s.label.clone(), s.colour.to_string())).collect()
}

fn labels(lang: &str, id: &str) -> Labels {
    Labels { id: format!("chart-{id}"), title: t(lang, &format!("cov-dash-{id}-title"), &[]), desc: t(lang, &format!("cov-dash-{id}-desc"), &[]) }
}

fn discipline_series(lang: &str, only: Option<Discipline>) -> Vec<(Discipline, Series)> {
    Discipline::ALL
        .iter()
        .enumerate()
        .filter(|(_, d)| only.is_none_or(|o| o == **d))
        .map(|(i, d)| (*d, Series { label: t(lang, &format!("discipline-{}", d.code()), &[]), colour: PALETTE[i] }))
        .collect()
}

/// The dashboard (see [`DashboardView`]); `discipline` and `month` filter the municipality
/// chart. An unknown discipline or month is a validation error.
pub fn dashboard(src: &Sources, discipline: Option<String>, month: Option<String>, lang: &str) -> Result<DashboardView, AppError> {
    let cat = &src.cat;
    let months = event_months(cat);
    let only = match discipline.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(c) => Some(Discipline::from_code(c).ok_or_else(|| AppError::new("validation", t(lang, "cov-error-discipline", &[])))?),
    };
    let month = month.filter(|m| !m.is_empty());
    if month.as_ref().is_some_and(|m| !months.contains(m)) {
        return Err(AppError::new("validation", t(lang, "cov-error-month", &[])));
    }
    let cube = events_by_month(cat);
    let fmt = |v: f64| fmt_int(lang, v.max(0.0) as u64);
    let all = discipline_series(lang, None);

    // Events per month and discipline, with the distinct events per month.
    let mut distinct: BTreeMap<String, u64> = months.iter().map(|m| (m.clone(), 0)).collect();
    for e in &cat.events {
        for m in months_of(e) {
            *distinct.entry(m).or_default() += 1;
        }
    }
    let per_month: Vec<(String, Vec<u64>)> = months
        .iter()
        .map(|m| (m.clone(), all.iter().map(|(d, _)| cube.iter().filter(|c| &c.month == m && c.discipline == d.code()).map(|c| c.events).sum()).collect()))
        .collect();
    let series: Vec<Series> = all.iter().map(|(_, s)| s.clone()).collect();
    let rows: Vec<BarRow> = per_month.iter().map(|(m, v)| BarRow { label: month_label(lang, m), values: v.iter().map(|x| *x as f64).collect() }).collect();
    let mut columns = vec![t(lang, "cov-col-month", &[])];
    columns.extend(series.iter().map(|s| s.label.clone()));
    columns.push(t(lang, "cov-col-distinct-events", &[]));
    let by_month = Chart {
        svg: svg::bar_chart(&labels(lang, "months"), &series, &rows, Layout::Stacked, &fmt),
        legend: legend(&series),
        columns,
        rows: per_month
            .iter()
            .map(|(m, v)| {
                let mut r: Vec<String> = v.iter().map(|x| fmt_int(lang, *x)).collect();
                r.push(fmt_int(lang, distinct.get(m).copied().unwrap_or(0)));
                (month_label(lang, m), r)
            })
            .collect(),
        total: None,
        csv: CSV_EVENTS.into(),
    };

    // Events per municipality (filtered), every municipality of the region in the table.
    let chosen = discipline_series(lang, only);
    let mut munis: BTreeMap<String, (String, String, Vec<u64>)> = BTreeMap::new();
    for a in &cat.pc4_table().areas {
        if let Some(code) = &a.municipality_code {
            munis.entry(code.clone()).or_insert_with(|| (a.municipality.clone(), a.province.clone(), vec![0; chosen.len()]));
        }
    }
    for c in cube.iter().filter(|c| month.as_ref().is_none_or(|m| &c.month == m)) {
        if let Some(i) = chosen.iter().position(|(d, _)| d.code() == c.discipline) {
            let e = munis.entry(c.municipality_code.clone()).or_insert_with(|| (c.municipality.clone(), c.province.clone(), vec![0; chosen.len()]));
            e.2[i] += c.events;
        }
    }
    let mut mrows: Vec<(String, String, String, Vec<u64>)> = munis.into_iter().map(|(code, (n, p, v))| (n, code, p, v)).collect();
    mrows.sort_by(|a, b| b.3.iter().sum::<u64>().cmp(&a.3.iter().sum::<u64>()).then_with(|| a.0.cmp(&b.0)));
    let series: Vec<Series> = chosen.iter().map(|(_, s)| s.clone()).collect();
    let rows: Vec<BarRow> = mrows
        .iter()
        .filter(|r| r.3.iter().sum::<u64>() > 0)
        .map(|r| BarRow { label: if r.0.is_empty() { t(lang, "cov-unknown", &[]) } else { r.0.clone() }, values: r.3.iter().map(|x| *x as f64).collect() })
        .collect();
    let mut columns = vec![t(lang, "cov-col-municipality", &[]), t(lang, "cov-col-province", &[])];
    columns.extend(series.iter().map(|s| s.label.clone()));
    if chosen.len() > 1 {
        columns.push(t(lang, "cov-col-total", &[]));
    }
    let mut totals = vec![0u64; chosen.len()];
    for r in &mrows {
        for (i, v) in r.3.iter().enumerate() {
            totals[i] += v;
        }
    }
    let with_sum = |v: &[u64]| -> Vec<String> {
        let mut r: Vec<String> = v.iter().map(|x| fmt_int(lang, *x)).collect();
        if v.len() > 1 {
            r.push(fmt_int(lang, v.iter().sum()));
        }
        r
    };
    let mut mun_labels = labels(lang, "municipalities");
    let filter = match (&only, &month) {
        (None, None) => String::new(),
        _ => format!(
            " ({})",
            [only.map(|d| t(lang, &format!("discipline-{}", d.code()), &[])), month.as_ref().map(|m| month_label(lang, m))].into_iter().flatten().collect::<Vec<_>>().join(", ")
        ),
    };
    mun_labels.title.push_str(&filter);
    let by_municipality = Chart {
        svg: svg::bar_chart(&mun_labels, &series, &rows, Layout::Stacked, &fmt),
        legend: legend(&series),
        columns,
        rows: mrows
            .iter()
            .map(|(n, _, p, v)| {
                let mut r = vec![p.clone()];
                r.extend(with_sum(v));
                (if n.is_empty() { t(lang, "cov-unknown", &[]) } else { n.clone() }, r)
            })
            .collect(),
        total: Some({
            let mut r = vec![String::new()];
            r.extend(with_sum(&totals));
            r
        }),
        csv: CSV_EVENTS.into(),
    };

    // Regional languages per month.
    let langs = languages_by_month(cat);
    let lseries: Vec<Series> =
        REGIONAL_LANGUAGES.iter().zip([PALETTE[4], PALETTE[0], PALETTE[2]]).map(|(l, c)| Series { label: t(lang, &format!("language-{l}"), &[]), colour: c }).collect();
    let mut columns = vec![t(lang, "cov-col-month", &[])];
    columns.extend(lseries.iter().map(|s| s.label.clone()));
    let lrows: Vec<BarRow> = langs.iter().map(|(m, c)| BarRow { label: month_label(lang, m), values: c.iter().map(|x| *x as f64).collect() }).collect();
    let ltot = langs.iter().fold([0u64; 3], |mut a, (_, c)| {
        for i in 0..3 {
            a[i] += c[i];
        }
        a
    });
    let languages = Chart {
        svg: svg::bar_chart(&labels(lang, "languages"), &lseries, &lrows, Layout::Grouped, &fmt),
        legend: legend(&lseries),
        columns,
        rows: langs.iter().map(|(m, c)| (month_label(lang, m), c.iter().map(|x| fmt_int(lang, *x)).collect())).collect(),
        total: Some(ltot.iter().map(|x| fmt_int(lang, *x)).collect()),
        csv: CSV_LANGUAGES.into(),
    };

    // Funding per network.
    let fund = funding(&src.networks, &src.projects);
    let none = t(lang, "cov-no-network", &[]);
    let fname = |f: &NetworkFunding| if f.slug.is_empty() { none.clone() } else { f.name.clone() };
    let fseries = vec![
        Series { label: t(lang, "cov-col-contribution", &[]), colour: PALETTE[4] },
        Series { label: t(lang, "cov-col-matching", &[]), colour: PALETTE[0] },
    ];
    let frows: Vec<BarRow> =
        fund.iter().filter(|f| f.projects > 0).map(|f| BarRow { label: fname(f), values: vec![f.contribution_eur as f64, f.matching_eur as f64] }).collect();
    let eur = |v: f64| fmt_eur(lang, v as i64);
    let (tp, tc, tm) = fund.iter().fold((0u64, 0i64, 0i64), |a, f| (a.0 + f.projects, a.1 + f.contribution_eur, a.2 + f.matching_eur));
    let funding_chart = Chart {
        svg: svg::bar_chart(&labels(lang, "funding"), &fseries, &frows, Layout::Stacked, &eur),
        legend: legend(&fseries),
        columns: vec![
            t(lang, "cov-col-network", &[]),
            t(lang, "cov-col-projects", &[]),
            t(lang, "cov-col-contribution", &[]),
            t(lang, "cov-col-matching", &[]),
            t(lang, "cov-col-total", &[]),
        ],
        rows: fund
            .iter()
            .map(|f| {
                (
                    fname(f),
                    vec![
                        fmt_int(lang, f.projects),
                        fmt_eur(lang, f.contribution_eur),
                        fmt_eur(lang, f.matching_eur),
                        fmt_eur(lang, f.contribution_eur + f.matching_eur),
                    ],
                )
            })
            .collect(),
        total: Some(vec![fmt_int(lang, tp), fmt_eur(lang, tc), fmt_eur(lang, tm), fmt_eur(lang, tc + tm)]),
        csv: CSV_FUNDING.into(),
    };
    let net_name = |slug: &Option<String>| match slug {
        None => none.clone(),
        Some(s) => src.networks.iter().find(|n| &n.slug == s).map(|n| n.name.clone()).unwrap_or_else(|| s.clone()),
    };
    let projects = Chart {
        svg: String::new(),
        legend: vec![],
        columns: vec![
            t(lang, "cov-col-project", &[]),
            t(lang, "cov-col-network", &[]),
            t(lang, "cov-col-fund", &[]),
            t(lang, "cov-col-period", &[]),
            t(lang, "cov-col-contribution", &[]),
            t(lang, "cov-col-matching", &[]),
        ],
        rows: src
            .projects
            .iter()
            .map(|p| {
                (
                    p.name.clone(),
                    vec![
                        net_name(&p.network),
                        p.fund.clone().unwrap_or_default(),
                        p.period.clone(),
                        fmt_eur(lang, p.wtn_contribution_eur),
                        p.matching_eur.map(|m| fmt_eur(lang, m)).unwrap_or_else(|| "–".into()),
                    ],
                )
            })
            .collect(),
        total: None,
        csv: CSV_FUNDING.into(),
    };

    // Education offers and requests: the chart per province, the table per municipality.
    let edu = education_by_region(cat, &src.requests);
    let unknown = t(lang, "cov-unknown", &[]);
    let mut per_prov: BTreeMap<String, [u64; 2]> = BTreeMap::new();
    for c in &edu {
        let e = per_prov.entry(c.province.clone()).or_default();
        e[0] += c.offers;
        e[1] += c.requests;
    }
    let eseries = vec![
        Series { label: t(lang, "cov-col-offers", &[]), colour: PALETTE[2] },
        Series { label: t(lang, "cov-col-requests", &[]), colour: PALETTE[6] },
    ];
    let erows: Vec<BarRow> = per_prov
        .iter()
        .map(|(p, v)| BarRow { label: if p.is_empty() { unknown.clone() } else { p.clone() }, values: v.iter().map(|x| *x as f64).collect() })
        .collect();
    let (to, tr, tpu) = edu.iter().fold((0, 0, 0), |a, c| (a.0 + c.offers, a.1 + c.requests, a.2 + c.pupils));
    let education = Chart {
        svg: svg::bar_chart(&labels(lang, "education"), &eseries, &erows, Layout::Grouped, &fmt),
        legend: legend(&eseries),
        columns: vec![
            t(lang, "cov-col-municipality", &[]),
            t(lang, "cov-col-province", &[]),
            t(lang, "cov-col-offers", &[]),
            t(lang, "cov-col-requests", &[]),
            t(lang, "cov-col-pupils", &[]),
        ],
        rows: edu
            .iter()
            .map(|c| {
                (
                    if c.municipality.is_empty() { unknown.clone() } else { c.municipality.clone() },
                    vec![
                        if c.province.is_empty() { unknown.clone() } else { c.province.clone() },
                        fmt_int(lang, c.offers),
                        fmt_int(lang, c.requests),
                        fmt_int(lang, c.pupils),
                    ],
                )
            })
            .collect(),
        total: Some(vec![String::new(), fmt_int(lang, to), fmt_int(lang, tr), fmt_int(lang, tpu)]),
        csv: CSV_EDUCATION.into(),
    };

    Ok(DashboardView {
        months,
        discipline: only.map(|d| d.code().to_string()),
        month,
        events_total: cat.events.len() as u64,
        demo_events: cat.events.iter().filter(|e| e.demo).count() as u64,
        by_month,
        by_municipality,
        languages,
        funding: funding_chart,
        projects,
        education,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(fmt_int("nl", 1_875_520), "1.875.520");
        assert_eq!(fmt_int("en", 1_875_520), "1,875,520");
        assert_eq!(fmt_int("fy", 12), "12");
        assert_eq!(fmt_km("nl", 2.45), "2,5");
        assert_eq!(fmt_pct("nl", 0.8734), "87,3\u{a0}%");
        assert_eq!(fmt_pct("en", 1.0), "100.0%");
        assert_eq!(fmt_eur("nl", 800_000), "€ 800.000");
    }

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        let s = csv_text(&["a", "b"], [vec!["x,y".to_string(), "say \"hi\"".to_string()]]);
        assert_eq!(s, "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n");
    }

    #[test]
    fn months_are_local() {
        // 2025-12-31 23:30 UTC is already January in Amsterdam.
        assert_eq!(month_of(1_767_223_800).as_deref(), Some("2026-01"));
    }
}
