//! `uitnoord`: the Uitnoord platform binary (CONTRACTS.md "The process").

use anyhow::Context;
use clap::{Parser, Subcommand};
use leptos::prelude::get_configuration;
use server::config::Settings;

#[derive(Parser)]
#[command(name = "uitnoord", version, about = "Uitnoord: cultural events in Noord-Nederland")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the platform (default). Migrates, seeds on first start and builds the index.
    Serve,
    /// Apply the database migrations.
    Migrate,
    /// Seed (idempotent): networks, projects, gazetteer, venues, demo programme.
    Seed,
    /// Rebuild the search index from the database.
    Reindex,
    /// Write a consistent copy of the SQLite database to FILE.
    Backup { file: String },
    /// Import iCalendar or JSON-LD events from a file or an http(s) URL for organisation
    /// `--org` (published for trusted organisations, else submitted for moderation);
    /// `--dry-run` only parses and expands, without a database.
    Import {
        kind: String,
        source: String,
        #[arg(long)]
        org: Option<i64>,
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    /// Accounts and organisations. Passwords are never defaults: `add-user` reads it from
    /// `UITNOORD_NEW_PASSWORD` or the first line of standard input.
    Admin {
        #[command(subcommand)]
        cmd: AdminCmd,
    },
}

#[derive(Subcommand)]
enum AdminCmd {
    /// Create an organisation; prints `{"id": N}`.
    AddOrg {
        name: String,
        /// `institution` or `intermediary`.
        #[arg(long, default_value = "institution")]
        kind: String,
        /// Network slug (see /api/v1/networks), whose moderators review its events.
        #[arg(long)]
        network: Option<String>,
        /// Publish without moderation.
        #[arg(long)]
        trusted: bool,
        /// Venue id used for imported events whose location matches no venue.
        #[arg(long)]
        venue: Option<i64>,
        /// IANA time zone of floating times.
        #[arg(long, default_value = "Europe/Amsterdam")]
        time_zone: String,
    },
    /// Create an account; prints `{"id": N}`.
    AddUser {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Platform admin.
        #[arg(long)]
        admin: bool,
        /// Editor of this organisation (repeatable).
        #[arg(long)]
        org: Vec<i64>,
        /// Moderator of this network slug (repeatable).
        #[arg(long)]
        moderates: Vec<String>,
    },
    /// List organisations as JSON.
    ListOrgs,
}

/// mimalloc: faster than the system allocator for the index's many small allocations, and
/// steadier latencies (search-bench uses it too, so its figures are the server's).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down");
}

/// Stack size of the runtime's threads: server-side rendering of a large page walks a deeply
/// nested view type, which in a debug build needed more than tokio's default 2 MiB (the offer
/// and request inbox pages overflowed it while they were being written).
const THREAD_STACK_BYTES: usize = 8 * 1024 * 1024;

fn main() -> anyhow::Result<()> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_stack_size(THREAD_STACK_BYTES)
        .build()
        .context("starting the async runtime")?
        .block_on(run())
}

async fn run() -> anyhow::Result<()> {
    server::ops::init_tracing()?;
    let cli = Cli::parse();
    let settings = Settings::from_env()?;
    let conf = get_configuration(None).context("reading Leptos settings")?;
    let leptos_options = conf.leptos_options;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let addr = leptos_options.site_addr;
            let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("binding {addr}"))?;
            server::run(settings, leptos_options, listener, shutdown_signal()).await
        }
        Command::Migrate => {
            server::open_state(&settings, leptos_options).await?;
            tracing::info!("migrations applied");
            Ok(())
        }
        Command::Seed => {
            let state = server::open_state(&settings, leptos_options).await?;
            server::prepare(&state, &settings, true).await?;
            tracing::info!("seed finished");
            Ok(())
        }
        Command::Reindex => {
            let state = server::open_state(&settings, leptos_options).await?;
            server::refresh(&state, true).await?;
            tracing::info!(documents = state.index.num_docs(), "reindex finished");
            Ok(())
        }
        Command::Backup { file } => {
            // The store only: a running server holds the search index (one writer).
            if std::path::Path::new(&file).exists() {
                anyhow::bail!("{file} exists: a backup is never written over another file");
            }
            let store = server::open_store(&settings).await?;
            store.backup(&file).await.with_context(|| format!("writing the backup {file}"))?;
            tracing::info!(%file, "backup written");
            Ok(())
        }
        Command::Import { kind, source, org, dry_run, json } => {
            use server::import::{load_source, render_json, render_summary, FetchOptions, ImportOptions, SourceKind};
            let kind: SourceKind = kind.parse()?;
            if !dry_run && org.is_none() {
                anyhow::bail!("--org <ORG_ID> is required unless --dry-run");
            }
            let mut opts = ImportOptions::new(chrono::Utc::now());
            if dry_run {
                // Parse and expand only; no database.
                let report = load_source(kind, &source, &opts, &FetchOptions::from_env()).await?;
                if json {
                    println!("{}", render_json(&report, opts.default_tz, None));
                } else {
                    print!("{}", render_summary(&report));
                }
                if report.imported() == 0 && !report.errors.is_empty() {
                    std::process::exit(2);
                }
                return Ok(());
            }
            // The store only: a running server holds the search index (one writer) and follows
            // the database by itself (see `server::follow_changes`).
            let store = server::open_store(&settings).await?;
            let org = store.get_organisation(org.unwrap_or_default()).await.context("--org: no such organisation")?;
            opts.default_tz = org.time_zone.parse().unwrap_or(chrono_tz::Europe::Amsterdam);
            let mut report = load_source(kind, &source, &opts, &FetchOptions::from_env()).await?;
            let (result, ids) = server::publish::importing::store_report(store.as_ref(), &report, kind, &org, None, false, "en").await?;
            // Events that matched no venue were not stored: they become errors.
            let mut stored_ids = Vec::new();
            let mut kept = Vec::new();
            for (e, id) in std::mem::take(&mut report.events).into_iter().zip(ids.iter()) {
                match id {
                    Some(id) => {
                        stored_ids.push(*id);
                        kept.push(e);
                    }
                    None => report.errors.push(server::import::ImportError {
                        item: e.uid.clone(),
                        code: "no_venue",
                        reason: format!("no venue matches the location {:?} and the organisation has no default venue", e.location_text.clone().unwrap_or_default()),
                    }),
                }
            }
            report.events = kept;
            // A running server picks the change up within seconds; a stopped one at its start.
            if json {
                println!("{}", render_json(&report, opts.default_tz, Some(&stored_ids)));
            } else {
                println!("{}", result.summary);
                print!("{}", render_summary(&report));
            }
            if report.imported() == 0 && !report.errors.is_empty() {
                std::process::exit(2);
            }
            Ok(())
        }
        Command::Admin { cmd } => {
            let store = server::open_store(&settings).await?;
            match cmd {
                AdminCmd::AddOrg { name, kind, network, trusted, venue, time_zone } => {
                    if !["institution", "intermediary"].contains(&kind.as_str()) {
                        anyhow::bail!("--kind must be institution or intermediary");
                    }
                    if time_zone.parse::<chrono_tz::Tz>().is_err() {
                        anyhow::bail!("--time-zone {time_zone:?} is not an IANA time zone");
                    }
                    let o = app::ssr::store::Organisation { id: 0, name, kind, network, trusted, time_zone, default_venue_id: venue };
                    let id = store.create_organisation(&o).await.context("creating the organisation (is the name unique, the network slug known?)")?;
                    println!("{}", serde_json::json!({"id": id}));
                }
                AdminCmd::AddUser { email, name, admin, org, moderates } => {
                    if !email.contains('@') || email.len() > 254 {
                        anyhow::bail!("--email must be an e-mail address");
                    }
                    let pw = match std::env::var("UITNOORD_NEW_PASSWORD") {
                        Ok(p) => p,
                        Err(_) => {
                            let mut line = String::new();
                            std::io::stdin().read_line(&mut line).context("reading the password from standard input")?;
                            line.trim_end_matches(['\r', '\n']).to_string()
                        }
                    };
                    if let Some(p) = server::publish::auth::password_problem(&pw, &pw) {
                        anyhow::bail!("password refused: {p} (at least {} characters)", server::publish::auth::MIN_PASSWORD_CHARS);
                    }
                    let hash = server::publish::auth::hash_password(&pw)?;
                    let id = store.create_user(&email, &name, &hash, admin).await.context("creating the account (is the e-mail address new?)")?;
                    for o in org {
                        store.add_member(id, o).await.with_context(|| format!("--org {o}"))?;
                    }
                    for n in moderates {
                        store.add_moderator(id, &n).await.with_context(|| format!("--moderates {n}"))?;
                    }
                    store.audit(None, "user.create", "user", Some(id), &serde_json::json!({"email": email, "admin": admin}).to_string()).await?;
                    println!("{}", serde_json::json!({"id": id}));
                }
                AdminCmd::ListOrgs => {
                    let orgs = store.list_organisations().await?;
                    println!("{}", serde_json::to_string_pretty(&orgs)?);
                }
            }
            Ok(())
        }
    }
}
