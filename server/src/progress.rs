//! Progress for long command-line work: a bar on a terminal, plain log lines otherwise.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;

/// Reports steps of a named task.
pub struct Progress {
    bar: Option<ProgressBar>,
    task: &'static str,
    total: u64,
    done: u64,
}

impl Progress {
    /// `total` steps; a bar only when stderr is a terminal.
    pub fn new(task: &'static str, total: u64) -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let b = ProgressBar::new(total);
            if let Ok(style) = ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} {msg}") {
                b.set_style(style.progress_chars("=> "));
            }
            b.set_prefix(task);
            b
        });
        Self { bar, task, total, done: 0 }
    }

    /// One step done.
    pub fn step(&mut self, what: &str) {
        self.done += 1;
        match &self.bar {
            Some(b) => {
                b.set_message(what.to_string());
                b.inc(1);
            }
            None => tracing::info!(task = self.task, step = self.done, of = self.total, "{what}"),
        }
    }

    /// Set an absolute position (for per-item progress).
    pub fn set(&mut self, done: u64) {
        self.done = done;
        if let Some(b) = &self.bar {
            b.set_position(done);
        } else if done == self.total || done.is_multiple_of(500) {
            tracing::info!(task = self.task, done, of = self.total, "progress");
        }
    }

    pub fn finish(self) {
        if let Some(b) = self.bar {
            b.finish_and_clear();
        }
    }
}
