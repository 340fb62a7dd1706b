//! Server-side rendering of every page type through the router. In its own test binary: Leptos
//! keeps one global task executor per process, bound to the runtime that first renders, so page
//! rendering must not share a process with tests on other runtimes.

mod common;
use axum::http::StatusCode;
use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_render_on_the_server() {
    let dir = tempfile::tempdir().expect("tempdir");
    let st = ready_state(&dir, true).await;
    let (s, _, home) = get(&st, "/").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(home.matches("<html").count(), 1);
    assert!(home.contains("lang=\"nl\""), "{:.400}", home);
    let (_, _, fy) = get(&st, "/?lang=fy").await;
    assert!(fy.contains("lang=\"fy\""));
    let (_, _, res) = get(&st, "/events?q=film&near=Emmen&radius_km=30").await;
    assert!(res.contains("event-card"), "results are in the HTML without JavaScript");
    let (_, all) = get_json(&st, "/api/v1/events?q=concert&per_page=1").await;
    let url = all["items"][0]["url"].as_str().expect("url").to_string();
    let (s, _, ev) = get(&st, &url).await;
    assert_eq!(s, StatusCode::OK);
    assert!(ev.contains("application/ld+json") && ev.contains("\"@type\":\"Event\""));
    for p in ["/no-such-page", "/events/999999", "/events/abc", "/venues/999999"] {
        let (s, _, body) = get(&st, p).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{p}");
        assert!(body.contains("<title>"), "{p}");
    }
    for p in ["/venues", "/networks", "/projects", "/open-data"] {
        let (s, _, body) = get(&st, p).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert!(body.contains("<h1"), "{p}");
    }
    let (_, _, proj) = get(&st, "/projects").await;
    assert!(proj.contains("1.875.520") && proj.contains("1.575.000"));
}
