//! Change notifications from the database, for replicas that follow it (DESIGN §5).
//!
//! On PostgreSQL a trigger (migration `20261203000001_event_notify.sql`) sends the ids of
//! changed published events on the channel [`CHANNEL`] when their transaction commits; [`listen`]
//! keeps a dedicated connection that LISTENs there and passes what it hears on. SQLite has no
//! notifications: its followers only poll the events fingerprint.

use sqlx::postgres::{PgListener, PgPoolOptions};
use std::time::Duration;
use tokio::sync::mpsc;

/// The PostgreSQL notification channel of changed events (payload: comma-separated ids).
pub const CHANNEL: &str = "uitnoord_events";

/// Something the follower hears from the database.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// These events (by id) changed in a committed transaction: inserted, edited, deleted, or
    /// moved into or out of `published`.
    Events(Vec<i64>),
    /// The listening connection was lost and has been made again (or a payload could not be
    /// read): changes of that time were not heard, so compare everything.
    Lost,
}

/// The ids of a notification's payload (`"12,13,20"`), or `None` when it is not such a list.
pub fn parse_payload(payload: &str) -> Option<Vec<i64>> {
    payload.split(',').map(|p| p.trim().parse::<i64>().ok()).collect()
}

/// Start listening for changes of the database at `url`. `None` for a database that sends no
/// notifications (SQLite). On PostgreSQL the first `LISTEN` is made before this returns
/// (when the database is reachable), so every change committed afterwards is heard; a task
/// then forwards notifications until the receiver is dropped, and when the connection is lost
/// it connects again every second and sends [`Change::Lost`] once it listens again.
pub async fn listen(url: &str) -> Option<mpsc::UnboundedReceiver<Change>> {
    if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
        return None;
    }
    let (tx, rx) = mpsc::unbounded_channel();
    let first = connect(url).await;
    if let Err(e) = &first {
        tracing::warn!(error = %e, "listening for database changes failed; retrying every second (the fingerprint poll covers the gap)");
    }
    let url = url.to_string();
    tokio::spawn(async move {
        let mut listener = first.ok();
        let mut failing = listener.is_none();
        loop {
            let mut l = match listener.take() {
                Some(l) => l,
                None => match connect(&url).await {
                    Ok(l) => {
                        tracing::info!("listening for database changes again");
                        failing = false;
                        if tx.send(Change::Lost).is_err() {
                            return;
                        }
                        l
                    }
                    Err(e) => {
                        if !failing {
                            tracing::warn!(error = %e, "listening for database changes failed; retrying every second");
                            failing = true;
                        }
                        tokio::time::sleep(Duration::from_secs(1)).await;
                        continue;
                    }
                },
            };
            loop {
                let msg = match l.try_recv().await {
                    Ok(Some(n)) => match parse_payload(n.payload()) {
                        Some(ids) => Change::Events(ids),
                        None => Change::Lost,
                    },
                    Ok(None) => break,
                    Err(e) => {
                        tracing::warn!(error = %e, "the database change listener lost its connection");
                        failing = true;
                        break;
                    }
                };
                if tx.send(msg).is_err() {
                    return;
                }
            }
            // Drop the broken connection (and its pool) and connect afresh.
            drop(l);
            if tx.is_closed() {
                return;
            }
        }
    });
    Some(rx)
}

/// A listener on its own one-connection pool (never taken from the store's pool), listening
/// on [`CHANNEL`]. A lost connection makes `try_recv` return at once (no hidden reconnect), so
/// the caller knows that notifications may have been missed.
async fn connect(url: &str) -> Result<PgListener, sqlx::Error> {
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .min_connections(0)
        .acquire_timeout(Duration::from_secs(3))
        .max_lifetime(None)
        .idle_timeout(None)
        .connect(url)
        .await?;
    let mut l = PgListener::connect_with(&pool).await?;
    l.eager_reconnect(false);
    l.ignore_pool_close_event(true);
    l.listen(CHANNEL).await?;
    Ok(l)
}

#[cfg(test)]
mod tests {
    #[test]
    fn payloads() {
        assert_eq!(super::parse_payload("12,13, 20"), Some(vec![12, 13, 20]));
        assert_eq!(super::parse_payload("7"), Some(vec![7]));
        assert_eq!(super::parse_payload("*"), None);
        assert_eq!(super::parse_payload(""), None);
    }
}
