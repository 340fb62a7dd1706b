//! Server time of the coverage pages (issue 6, "the coverage page renders in under 20 ms of
//! server time"): a whole `GET` through the router — routing, the figures, the SVG map, the
//! Leptos SSR of the page and the response body — on a seeded SQLite state on the real open data.
//!
//! ```text
//! UITNOORD_OPEN_DATA_DIR=/work/shared/data cargo bench -p server --bench coverage_page
//! ```
//!
//! `cold`: a new catalogue snapshot before every request (built outside the timing with
//! `iter_batched`), so the per-snapshot cache of the figures and map misses and everything is
//! computed; this is the first request after any published change. `warm`: the same snapshot,
//! as for every later request.

use app::ssr::AppState;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use tower::ServiceExt;

#[path = "../tests/common/mod.rs"]
mod common;

/// One GET through a fresh router; returns the body's length in bytes (asserting 200).
async fn get(state: &AppState, uri: &str) -> usize {
    let resp = server::router(state.clone())
        .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
        .await
        .expect("response");
    assert_eq!(resp.status(), StatusCode::OK, "{uri}");
    http_body_util::BodyExt::collect(resp.into_body()).await.expect("body").to_bytes().len()
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_stack_size(8 * 1024 * 1024)
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("tempdir");
    let state = rt.block_on(common::ready_state(&dir, true));
    let pages = [
        ("film_municipalities", "/coverage?discipline=film"),
        ("film_pc4", "/coverage?discipline=film&level=pc4"),
        ("dashboard", "/coverage/dashboard"),
        ("what_if_new_film_venue_harlingen", "/coverage/what-if?discipline=film&place=Harlingen&add_discipline=film"),
    ];
    for (_, uri) in pages {
        eprintln!("{uri}: {} bytes", rt.block_on(get(&state, uri)));
    }
    let mut g = c.benchmark_group("coverage_page_http");
    g.sample_size(30);
    for (name, uri) in pages {
        g.bench_function(format!("{name}_cold"), |b| {
            b.iter_batched(
                || rt.block_on(server::refresh(&state, false)).expect("new snapshot"),
                |()| rt.block_on(get(&state, uri)),
                BatchSize::PerIteration,
            )
        });
        g.bench_function(format!("{name}_warm"), |b| b.iter(|| rt.block_on(get(&state, uri))));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
