//! The ceiling of the load test (scripts/load/run.sh): an axum server on loopback that answers
//! with bytes held in memory, captured from the real server beforehand, so that `wrk` against
//! it measures the HTTP stack and the machine alone.
//!
//! Usage: `ceiling ADDR ROUTE=FILE:CONTENT_TYPE...`, e.g.
//! `ceiling 127.0.0.1:4000 /api=/tmp/api.json:application/json /page=/tmp/page.html:text/html`.
//! Every route answers GET (with any query string) with the file's bytes and content type.

use axum::http::header;
use axum::routing::get;
use axum::Router;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let addr = args.next().ok_or_else(|| anyhow::anyhow!("usage: ceiling ADDR ROUTE=FILE:CONTENT_TYPE..."))?;
    let mut app = Router::new();
    for spec in args {
        let (route, rest) = spec.split_once('=').ok_or_else(|| anyhow::anyhow!("{spec}: expected ROUTE=FILE:CONTENT_TYPE"))?;
        let (file, ct) = rest.split_once(':').ok_or_else(|| anyhow::anyhow!("{spec}: expected ROUTE=FILE:CONTENT_TYPE"))?;
        let body = axum::body::Bytes::from(std::fs::read(file)?);
        let ct = ct.to_string();
        app = app.route(route, get(move || {
            let (body, ct) = (body.clone(), ct.clone());
            async move { ([(header::CONTENT_TYPE, ct)], body) }
        }));
    }
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
