//! `/coverage/what-if`: add a venue (a place from the gazetteer or `lat,lon`, with its
//! disciplines) and/or close venues, and see per municipality the residents within 10 km of the
//! discipline before and after — part 1's [`crate::ssr::coverage::what_if`], on copies.

use crate::api_coverage::*;
use crate::model::{AppError, Discipline, Lang};
use crate::ssr::catalog::{resolve_near, Catalog};
use crate::ssr::coverage::{self as cov, NewVenue};
use crate::ssr::gazetteer::Gazetteer;
use crate::ssr::i18n::t;

/// Longest place text taken.
const MAX_PLACE: usize = 100;
/// Most venues closed at once.
const MAX_REMOVED: usize = 200;

fn values<'a>(pairs: &'a [(String, String)], key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    pairs.iter().filter(move |(k, _)| k == key).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())
}

/// The what-if of the query `pairs` (see [`WhatIfView`]). A bad discipline is an error of the
/// page; an unknown place is shown with the form (`error`) and nothing is computed.
pub fn what_if(cat: &Catalog, gaz: &Gazetteer, pairs: &[(String, String)], lang: &str, now: i64) -> Result<WhatIfView, AppError> {
    let d = match values(pairs, "discipline").next() {
        None => Discipline::PerformingArts,
        Some(code) => Discipline::from_code(code).ok_or_else(|| {
            let mut e = AppError::new("validation", t(lang, "cov-error-discipline", &[]));
            e.field = Some("discipline".into());
            e
        })?,
    };
    let table = cat.pc4_table();
    if table.is_empty() {
        return Err(AppError::new("internal", t(lang, "cov-error-unavailable", &[])));
    }
    let venues = cov::venues_from_catalog(cat, None, now);
    let mut options: Vec<VenueOption> = venues
        .iter()
        .filter(|v| v.disciplines.contains(&d))
        .filter_map(|v| {
            let x = cat.venue(v.id?)?;
            Some(VenueOption { id: x.id, name: x.name.clone(), town: x.town.clone(), municipality: x.municipality.clone(), province: x.province.clone() })
        })
        .collect();
    options.sort_by(|a, b| (&a.province, &a.municipality, &a.name).cmp(&(&b.province, &b.municipality, &b.name)));
    let mut removed: Vec<i64> = values(pairs, "remove").filter_map(|v| v.parse().ok()).filter(|id| options.iter().any(|o| o.id == *id)).collect();
    removed.sort_unstable();
    removed.dedup();
    removed.truncate(MAX_REMOVED);
    let place: String = values(pairs, "place").next().unwrap_or("").chars().take(MAX_PLACE).collect();
    // The disciplines ticked for the new venue; none ticked means the one being calculated.
    let add_disciplines: Vec<String> = Discipline::ALL.iter().map(|x| x.code()).filter(|c| values(pairs, "add_discipline").any(|v| v == *c)).map(String::from).collect();
    let serves: Vec<String> = if add_disciplines.is_empty() { vec![d.code().to_string()] } else { add_disciplines.clone() };
    let mut view = WhatIfView {
        discipline: d.code().to_string(),
        place: place.clone(),
        add_disciplines: add_disciplines.clone(),
        removed: removed.clone(),
        venues: options,
        added: None,
        error: None,
        ran: false,
        lines: vec![],
    };
    let mut added = Vec::new();
    if !place.is_empty() {
        match resolve_near(gaz, &place, Lang::from_tag(lang).unwrap_or(Lang::Nl)) {
            Ok(p) => {
                let ds: Vec<Discipline> = serves.iter().filter_map(|c| Discipline::from_code(c)).collect();
                added.push(NewVenue { lat: p.lat, lon: p.lon, disciplines: ds });
                // "Leeuwarden (Ljouwert)" when the Frisian or another alternate name matched.
                let name = if !p.matched.is_empty() && p.matched != p.name { format!("{} ({})", p.name, p.matched) } else { p.name };
                view.added = Some(AddedPlace { name, lat: p.lat, lon: p.lon, disciplines: serves });
            }
            Err(mut e) => {
                e.field = Some("place".into());
                view.error = Some(e);
                return Ok(view);
            }
        }
    }
    if added.is_empty() && removed.is_empty() {
        return Ok(view);
    }
    let mut lines: Vec<WhatIfLine> = cov::what_if(table, &venues, d, &added, &removed)
        .into_iter()
        .map(|r| WhatIfLine { name: r.name, code: r.code, province: r.province, residents: r.residents, before: r.within_10_km_before, after: r.within_10_km_after })
        .collect();
    lines.sort_by(|a, b| b.change().unsigned_abs().cmp(&a.change().unsigned_abs()).then_with(|| a.name.cmp(&b.name)));
    view.lines = lines;
    view.ran = true;
    Ok(view)
}
