//! The Uitnoord server: settings, start-up (migrate, seed, index), the axum router with the
//! Leptos pages and the `/api/v1` read API, and the CLI subcommands.

pub mod api;
pub mod atom;
pub mod config;
pub mod coverage_csv;
pub mod ics;
pub mod import;
pub mod metrics;
pub mod ops;
pub mod progress;
pub mod publish;
pub mod seed;
pub mod store;

use anyhow::Context;
use app::ssr::catalog::Catalog;
use app::ssr::education::Schools;
use app::ssr::gazetteer::Gazetteer;
use app::ssr::AppState;
use axum::Router;
use config::Settings;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use search::EventIndex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};

/// Open (creating when missing) the data directory and the store, and apply the migrations:
/// what CLI commands need that must not take the search index from a running server.
pub async fn open_store(settings: &Settings) -> anyhow::Result<Arc<dyn app::ssr::Store>> {
    std::fs::create_dir_all(&settings.data_dir).with_context(|| format!("creating data directory {}", settings.data_dir.display()))?;
    let store = store::open(&settings.database_url).await?;
    store.migrate().await.context("applying migrations")?;
    Ok(store)
}

/// Events changed at once beyond which [`follow_changes`] reloads everything ([`refresh`])
/// instead of applying them one by one ([`apply_changes`]).
pub const MAX_INCREMENTAL_CHANGES: usize = 20_000;

/// Follow changes that other processes (another replica, the `import` command, a feed sync)
/// make to the database, until the process ends. `changes` are the database's notifications
/// ([`store::changes::listen`]; PostgreSQL only): the events they name are applied to the
/// catalogue and index at once ([`apply_changes`]); a lost listening connection
/// ([`store::changes::Change::Lost`]) makes it reload everything ([`refresh`]). Every `every`
/// it also compares the store's fingerprint of published events with the index's; with
/// notifications a mismatch must last two polls (a notification may be on its way), without
/// them one is enough, before everything is reloaded. Changes heard before the state is ready
/// are kept and applied once it is.
pub fn follow_changes(state: AppState, changes: Option<tokio::sync::mpsc::UnboundedReceiver<store::changes::Change>>, every: std::time::Duration) {
    use store::changes::Change;
    tokio::spawn(async move {
        let mut rx = changes;
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut pending = std::collections::BTreeSet::<i64>::new();
        let mut reload = false;
        let mut suspect = false;
        loop {
            let polled = match rx.as_mut() {
                Some(r) => tokio::select! {
                    m = r.recv() => {
                        match m {
                            Some(Change::Events(ids)) => pending.extend(ids),
                            Some(Change::Lost) => reload = true,
                            None => rx = None,
                        }
                        false
                    }
                    _ = tick.tick() => true,
                },
                None => {
                    tick.tick().await;
                    true
                }
            };
            if let Some(r) = rx.as_mut() {
                while let Ok(m) = r.try_recv() {
                    match m {
                        Change::Events(ids) => pending.extend(ids),
                        Change::Lost => reload = true,
                    }
                }
            }
            if !state.is_ready() {
                continue;
            }
            if reload || pending.len() > MAX_INCREMENTAL_CHANGES {
                match refresh(&state, false).await {
                    Ok(()) => {
                        tracing::info!("catalogue and index reloaded after missed or many database changes");
                        reload = false;
                        suspect = false;
                        pending.clear();
                    }
                    Err(e) => tracing::warn!(error = %format!("{e:#}"), "following database changes failed"),
                }
                continue;
            }
            if !pending.is_empty() {
                let ids: Vec<i64> = std::mem::take(&mut pending).into_iter().collect();
                match apply_changes(&state, &ids).await {
                    Ok(()) => tracing::debug!(events = ids.len(), "applied database changes"),
                    Err(e) => {
                        tracing::warn!(error = %format!("{e:#}"), "applying database changes failed; retrying");
                        pending.extend(ids);
                    }
                }
                continue;
            }
            if !polled {
                continue;
            }
            match state.store.events_fingerprint().await {
                Ok(fp) if !state.index.is_current(&fp) => {
                    if rx.is_some() && !suspect {
                        suspect = true;
                        continue;
                    }
                    suspect = false;
                    if let Err(e) = refresh(&state, false).await {
                        tracing::warn!(error = %format!("{e:#}"), "following database changes failed");
                    } else {
                        tracing::info!("catalogue and index follow a change made elsewhere");
                    }
                }
                Ok(_) => suspect = false,
                Err(e) => tracing::warn!(error = %e, "reading the events fingerprint failed"),
            }
        }
    });
}

/// Serialises the swaps of the catalogue snapshot: an incremental change and a full reload
/// each read the current snapshot, await the store and swap in a new one; two at once would
/// both start from the same snapshot and the later swap would drop the other's change (twelve
/// editor saves at once lost six events until a restart).
static CATALOGUE_SWAP: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Apply changes of the events `ids` (any mix of new, edited, deleted, published or not) to
/// the catalogue and the search index without reloading the others: the published ones
/// replace their old versions (documents added or replaced in one index commit), the rest
/// leave the catalogue and the index. The index records the new snapshot's own fingerprint
/// ([`Catalog::fingerprint`]), not the store's: a change made meanwhile elsewhere (a CLI import
/// into the same SQLite file) keeps them different, and the freshness poll reloads. Errors:
/// the store or the index failed (nothing was swapped in; the caller may retry).
pub async fn apply_changes(state: &AppState, ids: &[i64]) -> anyhow::Result<()> {
    let _swap = CATALOGUE_SWAP.lock().await;
    let changed = state.store.events_by_ids(ids).await?;
    let venues = state.store.list_venues().await?;
    let published: Vec<app::ssr::store::EventRecord> = changed.into_iter().filter(|e| e.workflow_status == "published").collect();
    let old = state.catalog();
    let gone: std::collections::HashSet<i64> = ids.iter().copied().collect();
    let mut events: Vec<app::ssr::store::EventRecord> = old.events.iter().filter(|e| !gone.contains(&e.id)).cloned().collect();
    events.extend(published.iter().cloned());
    events.sort_by_key(|e| e.id);
    let docs = Catalog::new(published, venues.clone()).index_docs();
    let kept: std::collections::HashSet<i64> = docs.iter().map(|d| d.id).collect();
    let removed: Vec<i64> = ids.iter().copied().filter(|id| !kept.contains(id)).collect();
    let catalog = old.with_events(events, venues);
    state.index.update(&docs, &removed, &catalog.fingerprint())?;
    if let Ok(mut g) = state.catalog.write() {
        *g = Arc::new(catalog);
    }
    Ok(())
}

/// Open the store and the index, and build the state (not yet ready: see [`prepare`]).
pub async fn open_state(settings: &Settings, leptos_options: LeptosOptions) -> anyhow::Result<AppState> {
    std::fs::create_dir_all(&settings.data_dir).with_context(|| format!("creating data directory {}", settings.data_dir.display()))?;
    let store = store::open(&settings.database_url).await?;
    store.migrate().await.context("applying migrations")?;
    let index = EventIndex::open(&settings.index_dir()).context("opening the search index")?;
    Ok(AppState {
        store,
        index: Arc::new(index),
        catalog: Arc::new(RwLock::new(Arc::new(Catalog::default()))),
        gazetteer: Arc::new(RwLock::new(Arc::new(Gazetteer::default()))),
        ready: Arc::new(AtomicBool::new(false)),
        leptos_options,
    })
}

/// Seed on first start (or when `force`), apply `UITNOORD_DEMO`, load the catalogue and
/// gazetteer, rebuild the index when missing or outdated, then mark the state ready.
pub async fn prepare(state: &AppState, settings: &Settings, force_seed: bool) -> anyhow::Result<()> {
    let first = state.store.list_venues().await?.is_empty();
    // A database from before the education release has venues but no schools: seed once more
    // (seeding is idempotent) so that schools and the demo offers arrive.
    let no_schools = state.store.list_schools().await?.is_empty();
    if first || force_seed || no_schools {
        let today = app::ssr::catalog::today(chrono::Utc::now().timestamp());
        let counts = seed::run(state.store.as_ref(), &settings.open_data_dir, settings.demo, today).await?;
        tracing::info!(?counts, "seeded");
    } else if !settings.demo {
        let n = state.store.delete_demo_events().await?;
        if n > 0 {
            tracing::info!(removed = n, "demo events removed (UITNOORD_DEMO=0)");
        }
    }
    seed::pc4::install(&state.catalog(), &settings.open_data_dir);
    refresh(state, false).await?;
    state.ready.store(true, Ordering::SeqCst);
    Ok(())
}

/// Reload the catalogue and gazetteer from the store; rebuild the index when its fingerprint
/// differs (or always with `force_reindex`).
pub async fn refresh(state: &AppState, force_reindex: bool) -> anyhow::Result<()> {
    let _swap = CATALOGUE_SWAP.lock().await;
    // The fingerprint before the events: a change committed in between shows as a mismatch at
    // the next comparison instead of being recorded as indexed.
    let fp = state.store.events_fingerprint().await?;
    let events = state.store.list_published_events().await?;
    let venues = state.store.list_venues().await?;
    let places = state.store.list_places().await?;
    let schools = state.store.list_schools().await?;
    let municipalities: Vec<(String, String)> =
        state.store.list_areas().await?.into_iter().filter(|a| a.2 == "municipality").map(|a| (a.0, a.1)).collect();
    let catalog = Catalog::new(events, venues)
        .with_education(Arc::new(Schools::new(schools)), municipalities)
        .with_pc4(state.catalog().pc4.clone());
    if force_reindex || !state.index.is_current(&fp) || state.index.num_docs() as usize != catalog.indexed().count() {
        let total = catalog.indexed().count();
        let mut p = progress::Progress::new("reindex", total as u64);
        let docs = catalog.indexed().map(|e| std::borrow::Cow::Owned(catalog.index_doc(e)));
        state.index.rebuild_from(docs, total, &fp, |done, _| p.set(done as u64))?;
        p.finish();
        tracing::info!(documents = total, "search index rebuilt");
    }
    if let Ok(mut g) = state.catalog.write() {
        *g = Arc::new(catalog);
    }
    // Town and village names (with Frisian and other alternate names) are recognised inside
    // search text too ("toaniel Grins"); villages below 500 residents are left out so that
    // hamlet names do not swallow ordinary words.
    state.index.set_places(search::Places::new(places.iter().filter(|(p, _)| {
        p.kind == "town" || (p.kind == "village" && p.population.unwrap_or(0) >= 500)
    }).map(|(p, names)| {
        let mut all = names.clone();
        all.push(p.name.clone());
        (all, search::NamedPlace { name: p.name.clone(), lat: p.lat, lon: p.lon, population: p.population.unwrap_or(0).max(0) as u64 })
    })));
    if let Ok(mut g) = state.gazetteer.write() {
        *g = Arc::new(Gazetteer::new(places));
    }
    Ok(())
}

/// The full router with the limits of the environment ([`ops::Limits::from_env`]; the
/// defaults, with a warning, when a value is invalid) and no index size in `/metrics`. The
/// server itself uses [`router_with`].
pub fn router(state: AppState) -> Router {
    let limits = ops::Limits::from_env().unwrap_or_else(|e| {
        tracing::warn!(error = %format!("{e:#}"), "invalid limit settings; using the defaults");
        ops::Limits::default()
    });
    router_with(state, limits, None)
}

/// The full router: pages, server functions, `/api/v1`, health, `/metrics`, static files;
/// wrapped in the request metrics and limits (`limits`, see [`ops::limits`]; refusals are
/// counted too). `index_dir` is where the index files are, for
/// the `uitnoord_index_size_bytes` series.
pub fn router_with(state: AppState, limits: ops::Limits, index_dir: Option<std::path::PathBuf>) -> Router {
    #[allow(clippy::expect_used)]
    let metrics = metrics::Metrics::new(index_dir).expect("the metric names are fixed and unique");
    let ops_state = ops::Ops::new(limits, metrics.clone());
    let leptos_options = state.leptos_options.clone();
    let routes = generate_route_list(app::App);
    let ctx_state = state.clone();
    let fn_state = state.clone();
    Router::new()
        .merge(api::routes(state.clone()))
        .merge(publish::routes())
        .merge(coverage_csv::routes())
        .route("/metrics", axum::routing::get(metrics::handler))
        .route("/api/v1", axum::routing::any(api::api_not_found))
        .route("/api/v1/", axum::routing::any(api::api_not_found))
        .route("/api/v2/{*rest}", axum::routing::any(api::api_not_found))
        .route(
            "/api/{*fn_name}",
            axum::routing::post(move |req: axum::extract::Request| {
                let s = fn_state.clone();
                async move { leptos_axum::handle_server_fns_with_context(move || provide_context(s.clone()), req).await }
            })
            .get(move |req: axum::extract::Request| {
                let s = ctx_state.clone();
                async move { leptos_axum::handle_server_fns_with_context(move || provide_context(s.clone()), req).await }
            }),
        )
        .leptos_routes_with_context(
            &state,
            routes,
            {
                let s = state.clone();
                move || provide_context(s.clone())
            },
            {
                let o = leptos_options.clone();
                move || app::shell(o.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(
            {
                let s = state.clone();
                move || provide_context(s.clone())
            },
            app::shell,
        ))
        .layer(axum::middleware::from_fn(api::lang_cookie))
        .layer(axum::middleware::from_fn(publish::auth::csrf_guard))
        .layer(axum::middleware::from_fn(security_headers))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(1024 * 1024))
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(axum::Extension(metrics))
        .layer(axum::middleware::from_fn_with_state(ops_state, ops::limits))
        .with_state(state)
}

/// Response headers against framing (clickjacking), MIME sniffing and leaking paths to other
/// sites: `X-Frame-Options: DENY` with CSP `frame-ancestors 'none'`, `object-src 'none'`,
/// `base-uri 'self'`, `X-Content-Type-Options: nosniff`, `Referrer-Policy:
/// strict-origin-when-cross-origin`. (No `script-src` yet: the Leptos hydration scripts are
/// inline.)
pub async fn security_headers(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    use axum::http::{header, HeaderValue};
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("frame-ancestors 'none'; object-src 'none'; base-uri 'self'"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    resp
}

/// Serve on `listener` until `shutdown` resolves; start-up work (seed, index) runs in the
/// background while `/healthz` already answers and `/readyz` says 503.
pub async fn run(
    settings: Settings,
    leptos_options: LeptosOptions,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let limits = ops::Limits::from_env()?;
    let state = open_state(&settings, leptos_options).await?;
    // Listen before loading: every change committed after this is heard (PostgreSQL), and
    // those heard before start-up ends are applied once it has.
    let changes = store::changes::listen(&settings.database_url).await;
    let every = std::time::Duration::from_secs(if changes.is_some() { 1 } else { 5 });
    follow_changes(state.clone(), changes, every);
    let bg = state.clone();
    let s2 = settings.clone();
    tokio::spawn(async move {
        if let Err(e) = prepare(&bg, &s2, false).await {
            tracing::error!(error = %format!("{e:#}"), "start-up failed; the server stays unready");
        }
    });
    publish::spawn_feed_sync(state.clone());
    tracing::info!(addr = %listener.local_addr()?, ?limits, "listening");
    let app = router_with(state, limits, Some(settings.index_dir()));
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
        .context("serving")
}
