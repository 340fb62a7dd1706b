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
    /// Import iCalendar or JSON-LD events (not available in this version).
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
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,sqlx=warn,tantivy=warn".into());
    let json = std::env::var("UITNOORD_LOG_FORMAT").is_ok_and(|v| v == "json");
    let b = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if json {
        b.json().init();
    } else {
        b.init();
    }
}

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

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    init_tracing();
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
            let state = server::open_state(&settings, leptos_options).await?;
            state.store.backup(&file).await?;
            tracing::info!(%file, "backup written");
            Ok(())
        }
        Command::Import { kind, source, org, dry_run, json } => {
            use server::import::{load_source, render_json, render_summary, FetchOptions, ImportOptions, SourceKind};
            let kind: SourceKind = kind.parse()?;
            if !dry_run {
                if org.is_none() {
                    anyhow::bail!("--org <ORG_ID> is required unless --dry-run");
                }
                anyhow::bail!("storing imported events is not wired in yet (it comes with the accounts work); use --dry-run to check a source");
            }
            // Dry run: parse and expand only; no database.
            let opts = ImportOptions::new(chrono::Utc::now());
            let report = load_source(kind, &source, &opts, &FetchOptions::from_env()).await?;
            if json {
                println!("{}", render_json(&report, opts.default_tz, None));
            } else {
                print!("{}", render_summary(&report));
            }
            if report.imported() == 0 && !report.errors.is_empty() {
                std::process::exit(2);
            }
            Ok(())
        }
    }
}
