//! Atom (RFC 4287) feed of search results, with the `atom_syndication` crate.

use app::model::SearchPage;
use atom_syndication::{Entry, Feed, Link, Person, Text};

/// A feed of the items in `page`. `self_url` is the feed's own URL, `base` the public origin.
pub fn feed(page: &SearchPage, title: &str, self_url: &str, base: &str) -> String {
    let now = chrono::Utc::now().fixed_offset();
    let entries: Vec<Entry> = page
        .items
        .iter()
        .map(|i| {
            let url = format!("{base}{}", i.url);
            let when = i.next_occurrence.as_ref().map(|o| o.start.clone()).unwrap_or_default();
            let summary = format!("{when} · {}, {}", i.venue.name, i.venue.town);
            Entry {
                id: url.clone(),
                title: Text::plain(i.name.clone()),
                updated: now,
                links: vec![Link { href: url, rel: "alternate".into(), mime_type: Some("text/html".into()), ..Default::default() }],
                summary: Some(Text::plain(summary)),
                ..Default::default()
            }
        })
        .collect();
    let feed = Feed {
        id: self_url.to_string(),
        title: Text::plain(title.to_string()),
        updated: now,
        authors: vec![Person { name: "Uitnoord".into(), ..Default::default() }],
        links: vec![Link { href: self_url.to_string(), rel: "self".into(), mime_type: Some("application/atom+xml".into()), ..Default::default() }],
        entries,
        ..Default::default()
    };
    feed.to_string()
}
