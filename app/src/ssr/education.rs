//! Education offers for schools (issue 5): which offers reach a school, sorted by how, and which
//! schools no film offer reaches (the Filmhub Noord view).
//!
//! Reach rules (DESIGN §4): an offer `at_venue` reaches every school and is sorted by the
//! great-circle distance (km, Haversine on the mean Earth radius 6371.0088 km) from the school
//! to the venue; an offer `at_school` reaches a school in one of its service municipalities (CBS
//! codes) or within its service radius of the venue (the provider's base); an `online` offer
//! reaches every school.

use super::catalog::{resolve_near, round2, Catalog};
use super::gazetteer::{fold, Gazetteer};
use super::geo::distance_km;
use super::i18n::t;
use super::store::EventRecord;
use crate::model::education::*;
use crate::model::{pick, AppError, Discipline, Lang, Venue, VenueRef};
use std::collections::HashMap;

/// The schools of the region, in memory (1,162 locations).
#[derive(Default)]
pub struct Schools {
    pub list: Vec<School>,
    by_code: HashMap<String, usize>,
    /// Folded name and town per school, for searching.
    folded: Vec<String>,
}

/// Most schools a search returns.
pub const MAX_SCHOOLS: usize = 50;

impl Schools {
    pub fn new(list: Vec<School>) -> Self {
        let by_code = list.iter().enumerate().map(|(i, s)| (s.code.clone(), i)).collect();
        let folded = list.iter().map(|s| fold(&format!("{} {} {}", s.name, s.town, s.postcode))).collect();
        Schools { list, by_code, folded }
    }

    /// The school with this DUO vestigingscode (case and spaces ignored).
    pub fn get(&self, code: &str) -> Option<&School> {
        let c: String = code.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        self.by_code.get(&c).map(|&i| &self.list[i])
    }

    /// Schools whose name, town or postcode contain every word of `q` (folded), in
    /// `municipality` (CBS code) when given; nearest first when `near` (lat, lon) is given, else
    /// by name. At most `limit`.
    pub fn search(&self, q: &str, near: Option<(f64, f64)>, municipality: Option<&str>, limit: usize) -> Vec<(&School, Option<f64>)> {
        let words: Vec<String> = fold(q).split(' ').filter(|w| !w.is_empty()).map(String::from).collect();
        let mut hits: Vec<(&School, Option<f64>)> = self
            .list
            .iter()
            .zip(&self.folded)
            .filter(|(s, f)| {
                words.iter().all(|w| f.contains(w.as_str()))
                    && municipality.is_none_or(|m| s.municipality_code.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(m)))
            })
            .map(|(s, _)| (s, near.map(|(la, lo)| round2(distance_km(la, lo, s.lat, s.lon)))))
            .collect();
        hits.sort_by(|a, b| match (a.1, b.1) {
            (Some(x), Some(y)) => x.total_cmp(&y).then_with(|| a.0.name.cmp(&b.0.name)),
            _ => a.0.name.cmp(&b.0.name).then_with(|| a.0.town.cmp(&b.0.town)),
        });
        hits.truncate(limit);
        hits
    }
}

/// Does an `at_school` offer based at `venue` reach a school at (lat, lon) in municipality
/// `muni` (CBS code)? In a service municipality, or within the service radius (km) of the venue.
pub fn covers(d: &OfferDetails, venue: &Venue, muni: Option<&str>, lat: f64, lon: f64) -> bool {
    let in_area = muni.is_some_and(|m| d.service_municipalities.iter().any(|s| s.eq_ignore_ascii_case(m)));
    let in_radius = d.service_radius_km.is_some_and(|r| distance_km(venue.lat, venue.lon, lat, lon) <= r);
    in_area || in_radius
}

fn verr(lang: Lang, code: &str, field: &str, key: &str) -> AppError {
    let mut e = AppError::new(code, t(lang.tag(), key, &[]));
    e.field = Some(field.to_string());
    e
}

fn start_of_day(d: chrono::NaiveDate) -> i64 {
    use chrono::TimeZone;
    let naive = d.and_hms_opt(0, 0, 0).unwrap_or_default();
    super::state::TZ.from_local_datetime(&naive).earliest().map(|t| t.timestamp()).unwrap_or(0)
}

/// Most offers per page.
pub const MAX_PER_PAGE: i64 = 100;

/// One offer with how it reaches the asker.
struct Found<'a> {
    e: &'a EventRecord,
    d: &'a OfferDetails,
    v: &'a Venue,
    dist: Option<f64>,
    next: Option<&'a (i64, Option<i64>, String)>,
}

/// The published education offers of `cat` (events with offer details).
pub fn offers(cat: &Catalog) -> impl Iterator<Item = (&EventRecord, &OfferDetails)> {
    cat.events.iter().filter_map(|e| e.offer.as_deref().map(|d| (e, d)))
}

/// `/api/v1/offers` and the education page: offers matching `p` for a school or place. Errors
/// are localised (`lang`): `unknown-school` (404-like, but a 400: the caller's parameter),
/// `validation` with the field for a bad level, discipline, kerndoel, mode, price, pupils,
/// language, date, near or radius.
///
/// Order: offers at school that cover the school first, then offers at a venue by ascending
/// distance (from the school, else `near`), then online offers; within each by name.
pub fn find_offers(cat: &Catalog, gaz: &Gazetteer, p: &OfferParams, now: i64) -> Result<OffersPage, AppError> {
    let lang = match p.lang.as_deref() {
        None => Lang::Nl,
        Some(s) => Lang::from_tag(s).ok_or_else(|| verr(Lang::Nl, "validation", "lang", "error-lang"))?,
    };
    let school = match p.school.as_deref() {
        None => None,
        Some(c) => Some(cat.schools.get(c).ok_or_else(|| verr(lang, "unknown-school", "school", "edu-error-unknown-school"))?),
    };
    if let Some(l) = &p.level {
        if !is_level(l) {
            return Err(verr(lang, "validation", "level", "edu-error-level"));
        }
    }
    if let Some(d) = &p.discipline {
        Discipline::from_code(d).ok_or_else(|| verr(lang, "validation", "discipline", "error-discipline"))?;
    }
    if let Some(k) = &p.kerndoel {
        let known = FRAMEWORKS.iter().any(|f| f.codes.contains(&k.as_str())) || CurriculumLink::from_key(k).is_some();
        if !known {
            return Err(verr(lang, "validation", "kerndoel", "edu-error-kerndoel"));
        }
    }
    if let Some(m) = &p.location_mode {
        if !LOCATION_MODES.contains(&m.as_str()) {
            return Err(verr(lang, "validation", "location_mode", "edu-error-location-mode"));
        }
    }
    let max_price = match &p.max_price_per_pupil_cents {
        None => None,
        Some(s) => Some(s.parse::<i64>().ok().filter(|v| (0..=1_000_000).contains(v)).ok_or_else(|| verr(lang, "validation", "max_price_per_pupil_cents", "edu-error-max-price"))?),
    };
    let pupils = match &p.pupils {
        None => DEFAULT_CLASS_PUPILS,
        Some(s) => s.parse::<i64>().ok().filter(|v| (1..=MAX_PUPILS).contains(v)).ok_or_else(|| verr(lang, "validation", "pupils", "edu-error-pupils"))?,
    };
    if let Some(l) = &p.in_language {
        if Lang::from_tag(l).is_none() {
            return Err(verr(lang, "validation", "in_language", "error-lang"));
        }
    }
    let date = |s: &Option<String>, field: &str| -> Result<Option<chrono::NaiveDate>, AppError> {
        s.as_deref().map(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| verr(lang, "validation", field, "error-date"))).transpose()
    };
    let from = date(&p.from, "from")?;
    let to = date(&p.to, "to")?;
    if let (Some(a), Some(b)) = (from, to) {
        if a > b {
            return Err(verr(lang, "validation", "to", "error-date-range"));
        }
    }
    let near = match (&school, p.near.as_deref()) {
        (None, Some(n)) => Some(resolve_near(gaz, n, lang)?),
        _ => None,
    };
    let radius = match &p.radius_km {
        None => None,
        Some(r) => Some(r.parse::<f64>().ok().filter(|v| v.is_finite() && *v > 0.0 && *v <= 500.0).ok_or_else(|| verr(lang, "validation", "radius_km", "error-radius"))?),
    };
    let origin: Option<(f64, f64)> = school.map(|s| (s.lat, s.lon)).or(near.as_ref().map(|n| (n.lat, n.lon)));
    if radius.is_some() && origin.is_none() {
        return Err(verr(lang, "validation", "radius_km", "error-radius-needs-near"));
    }
    let per_page = match &p.per_page {
        None => 20,
        Some(s) => s.parse::<i64>().ok().filter(|v| (1..=MAX_PER_PAGE).contains(v)).ok_or_else(|| verr(lang, "validation", "per_page", "error-per-page"))?,
    };
    let page = match &p.page {
        None => 1,
        Some(s) => s.parse::<i64>().ok().filter(|v| (1..=100_000).contains(v)).ok_or_else(|| verr(lang, "validation", "page", "error-page"))?,
    };
    let window_start = from.map(start_of_day).unwrap_or(i64::MIN);
    let window_end = to.map(|d| start_of_day(d + chrono::Duration::days(1))).unwrap_or(i64::MAX);

    let mut found: Vec<Found> = Vec::new();
    for (e, d) in offers(cat) {
        let Some(v) = cat.venue(e.venue_id) else { continue };
        if p.level.as_ref().is_some_and(|l| !d.levels.contains(l))
            || p.discipline.as_ref().is_some_and(|x| !e.disciplines.contains(x))
            || p.kerndoel.as_ref().is_some_and(|k| !d.curriculum.iter().any(|c| c.code == *k || c.key() == *k))
            || p.location_mode.as_ref().is_some_and(|m| d.location_mode != *m)
            || max_price.is_some_and(|m| d.per_pupil_cents(pupils) > m)
            || p.in_language.as_ref().is_some_and(|l| !e.in_language.contains(l))
        {
            continue;
        }
        // Sessions a school can still book: after the lead time, inside the date window.
        let earliest = now + d.lead_time_days.max(0) * 86_400;
        let next = e.occurrences.iter().find(|(s, _, st)| *s >= earliest.max(window_start) && *s < window_end && st != "cancelled");
        if !e.occurrences.is_empty() && next.is_none() {
            continue;
        }
        let dist = match d.location_mode.as_str() {
            "at_venue" => origin.map(|(la, lo)| distance_km(la, lo, v.lat, v.lon)),
            _ => None,
        };
        let reaches = match d.location_mode.as_str() {
            "at_venue" => radius.is_none_or(|r| dist.is_some_and(|x| x <= r)),
            "at_school" => match (&school, &near) {
                (Some(s), _) => covers(d, v, s.municipality_code.as_deref(), s.lat, s.lon),
                (None, Some(n)) => {
                    let code = n.municipality.as_deref().and_then(|m| cat.municipality_code(m));
                    covers(d, v, code, n.lat, n.lon)
                }
                (None, None) => true,
            },
            _ => true,
        };
        if reaches {
            found.push(Found { e, d, v, dist, next });
        }
    }
    let rank = |m: &str| match m {
        "at_school" => 0,
        "at_venue" => 1,
        _ => 2,
    };
    found.sort_by(|a, b| {
        rank(&a.d.location_mode)
            .cmp(&rank(&b.d.location_mode))
            .then_with(|| a.dist.unwrap_or(0.0).total_cmp(&b.dist.unwrap_or(0.0)))
            .then_with(|| a.next.map(|n| n.0).cmp(&b.next.map(|n| n.0)))
            .then_with(|| a.e.id.cmp(&b.e.id))
    });
    let total = found.len() as i64;
    let items = found
        .iter()
        .skip(((page - 1) * per_page) as usize)
        .take(per_page as usize)
        .map(|f| item(f, lang, pupils))
        .collect();
    Ok(OffersPage { total, items, school: school.cloned(), near_name: near.map(|n| n.name) })
}

fn item(f: &Found, lang: Lang, pupils: i64) -> OfferItem {
    let (name, name_lang) = pick(&f.e.name, lang.tag(), &f.e.main_language).unwrap_or(("", "nl"));
    OfferItem {
        id: f.e.id,
        name: name.to_string(),
        name_lang: name_lang.to_string(),
        levels: f.d.levels.clone(),
        location_mode: f.d.location_mode.clone(),
        distance_km: f.dist.map(round2),
        price: OfferPrice { model: f.d.price_model.clone(), amount_cents: f.d.price_cents, per_pupil_cents: f.d.per_pupil_cents(pupils) },
        disciplines: f.e.disciplines.clone(),
        activity_type: f.d.activity_type.clone(),
        in_language: f.e.in_language.clone(),
        curriculum: f.d.curriculum.clone(),
        duration_min: f.d.duration_min,
        organizer: f.e.organizer.clone(),
        venue: VenueRef { id: f.v.id, name: f.v.name.clone(), town: f.v.town.clone(), lat: f.v.lat, lon: f.v.lon },
        next_session: f.next.and_then(|o| super::store::occurrences_to_wire(std::slice::from_ref(o), f.e.all_day).pop()),
        booking_mode: f.d.booking_mode.clone(),
        film: f.d.film.clone(),
        url: format!("/education/offers/{}", f.e.id),
        demo: f.e.demo,
    }
}

/// How film education reaches one school: the nearest venue with an at-venue film offer (km)
/// and whether an at-school film offer covers it.
#[derive(Clone, Debug, PartialEq)]
pub struct FilmReach {
    pub school: usize,
    pub nearest_km: Option<f64>,
    pub at_school: bool,
}

/// Radius (km) within which an at-venue film offer counts as reaching a school (issue 5:
/// "none within 20 km and no at-school offer covering them").
pub const FILM_REACH_KM: f64 = 20.0;

/// Film reach of every school (index into `cat.schools.list`).
pub fn film_reach(cat: &Catalog) -> Vec<FilmReach> {
    let film: Vec<(&OfferDetails, &Venue)> = offers(cat)
        .filter(|(e, _)| e.disciplines.iter().any(|d| d == "film"))
        .filter_map(|(e, d)| cat.venue(e.venue_id).map(|v| (d, v)))
        .collect();
    cat.schools
        .list
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let nearest_km = film
                .iter()
                .filter(|(d, _)| d.location_mode == "at_venue")
                .map(|(_, v)| distance_km(s.lat, s.lon, v.lat, v.lon))
                .min_by(f64::total_cmp);
            let at_school = film.iter().any(|(d, v)| d.location_mode == "at_school" && covers(d, v, s.municipality_code.as_deref(), s.lat, s.lon));
            FilmReach { school: i, nearest_km, at_school }
        })
        .collect()
}

impl FilmReach {
    /// No at-venue film offer within [`FILM_REACH_KM`] and no at-school film offer covering it.
    pub fn is_gap(&self) -> bool {
        !self.at_school && self.nearest_km.is_none_or(|d| d > FILM_REACH_KM)
    }
}

/// The networks whose requests a user handles: those they moderate, and those of the
/// intermediary organisations they belong to.
pub fn request_networks(roles: &super::store::Roles) -> Vec<String> {
    let mut n = roles.networks.clone();
    n.extend(roles.organisations.iter().filter(|o| o.kind == "intermediary").filter_map(|o| o.network.clone()));
    n.sort();
    n.dedup();
    n
}

/// The requests a signed-in user may see: for their organisations' offers, and for offers in
/// the networks of [`request_networks`]; every request for platform admins.
pub async fn visible_requests(state: &super::AppState, roles: &super::store::Roles) -> Result<Vec<super::store::RequestRecord>, AppError> {
    use super::publish::internal;
    if roles.admin {
        return state.store.list_requests(None).await.map_err(internal);
    }
    let orgs: Vec<i64> = roles.organisations.iter().map(|o| o.id).collect();
    let mut ids: Vec<i64> = state.store.list_org_events(&orgs).await.map_err(internal)?.iter().map(|e| e.id).collect();
    let nets = request_networks(roles);
    ids.extend(state.catalog().events.iter().filter(|e| e.network.as_ref().is_some_and(|n| nets.contains(n))).map(|e| e.id));
    ids.sort();
    ids.dedup();
    state.store.list_requests(Some(&ids)).await.map_err(internal)
}

/// The outbox messages a signed-in user may read: those addressed to their organisations and
/// networks (see [`request_networks`]); every message for platform admins.
pub async fn visible_outbox(state: &super::AppState, roles: &super::store::Roles) -> Result<Vec<OutboxMessage>, AppError> {
    use super::publish::internal;
    let filter = if roles.admin {
        None
    } else {
        // Only the messages addressed to the user's organisations and networks: the teacher's
        // own copies carry the private link to the request (which can cancel or delete it).
        Some(super::store::OutboxFilter {
            request_ids: vec![],
            organisations: roles.organisations.iter().map(|o| o.id).collect(),
            networks: request_networks(roles),
        })
    };
    state.store.list_outbox(filter.as_ref(), 200).await.map_err(internal)
}

/// A stored request as shown to its teacher, the institution and the network.
pub fn request_view(cat: &Catalog, r: &super::store::RequestRecord, lang: &str) -> OfferRequest {
    let offer_name = cat
        .event(r.event_id)
        .and_then(|e| pick(&e.name, lang, &e.main_language).map(|(n, _)| n.to_string()))
        .unwrap_or_else(|| format!("#{}", r.event_id));
    let school = cat.schools.get(&r.school_code).cloned().unwrap_or_else(|| School { code: r.school_code.clone(), ..Default::default() });
    OfferRequest {
        id: r.id,
        offer_id: r.event_id,
        offer_name,
        school,
        contact_name: r.contact_name.clone(),
        contact_email: r.contact_email.clone(),
        groups: r.groups.clone(),
        preferred_dates: r.preferred_dates.clone(),
        note: r.note.clone(),
        status: r.status.clone(),
        confirmed_date: r.confirmed_date.clone(),
        response: r.response.clone(),
        created: r.created.clone(),
        modified: r.modified.clone(),
        erase_after: r.erase_after.clone(),
    }
}

/// The offer page's data (see [`OfferPageData`]); `kept` is a form that came back with errors.
pub fn offer_page(
    cat: &Catalog,
    id: i64,
    lang: &str,
    school: Option<&str>,
    kept: Option<(RequestForm, std::collections::BTreeMap<String, String>)>,
    now: i64,
) -> Result<OfferPageData, AppError> {
    let not_found = || AppError::new("not-found", t(lang, "edu-offer-not-found", &[]));
    let e = cat.event(id).ok_or_else(not_found)?;
    let d = e.offer.as_ref().ok_or_else(not_found)?;
    let event = super::views::event_full(cat, e).ok_or_else(not_found)?;
    let v = cat.venue(e.venue_id).ok_or_else(not_found)?;
    let (form, errors) = kept.unwrap_or_default();
    let code = if form.school.is_empty() { school.map(str::to_string) } else { Some(form.school.clone()) };
    let school = code.as_deref().and_then(|c| cat.schools.get(c)).cloned();
    let distance_km = match (&school, d.location_mode.as_str()) {
        (Some(s), "at_venue") => Some(round2(distance_km(s.lat, s.lon, v.lat, v.lon))),
        _ => None,
    };
    let reaches_school = school.as_ref().map(|s| d.location_mode != "at_school" || covers(d, v, s.municipality_code.as_deref(), s.lat, s.lon));
    let earliest = now + d.lead_time_days.max(0) * 86_400;
    let upcoming: Vec<(i64, Option<i64>, String)> = e.occurrences.iter().filter(|o| o.0 >= earliest && o.2 != "cancelled").take(20).cloned().collect();
    let sessions = super::store::occurrences_to_wire(&upcoming, e.all_day);
    let earliest_date = super::catalog::today(earliest).format("%Y-%m-%d").to_string();
    let mut form = form;
    if form.offer_id == 0 {
        form.offer_id = id;
        form.school = school.as_ref().map(|s| s.code.clone()).unwrap_or_default();
    }
    let service_area = d.service_municipalities.iter().map(|c| cat.municipality_names.get(c).cloned().unwrap_or_else(|| c.clone())).collect();
    Ok(OfferPageData { event, offer: OfferDetails::clone(d), service_area, school, distance_km, reaches_school, sessions, earliest_date, form, errors })
}

/// The Filmhub Noord view's figures (see [`FilmhubData`]).
pub fn filmhub(cat: &Catalog, requests: &[super::store::RequestRecord], lang: &str, now: i64) -> FilmhubData {
    let lang_v = Lang::from_tag(lang).unwrap_or(Lang::Nl);
    let params = OfferParams { discipline: Some("film".into()), lang: Some(lang_v.tag().into()), per_page: Some(MAX_PER_PAGE.to_string()), ..Default::default() };
    let mut offers_list = Vec::new();
    let mut page = 1;
    // All film offers, page by page (the list is the whole region's).
    while let Ok(p) = find_offers(cat, &Gazetteer::default(), &OfferParams { page: Some(page.to_string()), ..params.clone() }, now) {
        let n = p.items.len();
        offers_list.extend(p.items);
        if n < MAX_PER_PAGE as usize {
            break;
        }
        page += 1;
    }
    let mut by_prov: std::collections::BTreeMap<String, i64> = Default::default();
    for o in &offers_list {
        let prov = cat.venue(o.venue.id).map(|v| v.province.clone()).unwrap_or_default();
        *by_prov.entry(prov).or_default() += 1;
    }
    let film_ids: std::collections::HashSet<i64> = offers(cat).filter(|(e, _)| e.disciplines.iter().any(|d| d == "film")).map(|(e, _)| e.id).collect();
    let mut counts: std::collections::BTreeMap<(String, String, String), (i64, i64)> = Default::default();
    for r in requests.iter().filter(|r| film_ids.contains(&r.event_id)) {
        let s = cat.schools.get(&r.school_code);
        let prov = s.map(|s| s.province.clone()).unwrap_or_default();
        let muni = s.map(|s| s.municipality.clone()).unwrap_or_default();
        let mut levels: Vec<&str> = r.groups.iter().map(|g| g.level.as_str()).collect();
        levels.sort();
        levels.dedup();
        for l in levels {
            let c = counts.entry((prov.clone(), muni.clone(), l.to_string())).or_default();
            c.0 += 1;
            c.1 += r.groups.iter().filter(|g| g.level == l).map(|g| g.pupils).sum::<i64>();
        }
    }
    let requests = counts
        .into_iter()
        .map(|((province, municipality, level), (n, pupils))| RequestCount { province, municipality, level, requests: n, pupils })
        .collect();
    let reach = film_reach(cat);
    let mut gp: std::collections::BTreeMap<String, (i64, i64)> = Default::default();
    let mut gaps = Vec::new();
    for r in &reach {
        let s = &cat.schools.list[r.school];
        let g = gp.entry(s.province.clone()).or_default();
        g.1 += 1;
        if r.is_gap() {
            g.0 += 1;
            gaps.push(SchoolGap { school: s.clone(), nearest_km: r.nearest_km.map(round2) });
        }
    }
    gaps.sort_by(|a, b| b.nearest_km.unwrap_or(f64::MAX).total_cmp(&a.nearest_km.unwrap_or(f64::MAX)).then_with(|| a.school.name.cmp(&b.school.name)));
    FilmhubData {
        offers: offers_list,
        offers_by_province: by_prov.into_iter().collect(),
        requests,
        schools_total: cat.schools.list.len() as i64,
        gaps_by_province: gp.into_iter().map(|(p, (g, n))| (p, g, n)).collect(),
        gaps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn venue(lat: f64, lon: f64) -> Venue {
        Venue {
            id: 1,
            name: "V".into(),
            venue_type: String::new(),
            disciplines: vec![],
            address: None,
            postcode: None,
            town: "T".into(),
            municipality: String::new(),
            municipality_code: None,
            province: String::new(),
            lat,
            lon,
            coord_precision: "town".into(),
            source: String::new(),
            distance_km: None,
            url: String::new(),
        }
    }

    #[test]
    fn levels_are_the_contract_codes() {
        let all = level_codes();
        assert_eq!(all.len(), 8 + 4 + 5 + 6 + 4);
        assert!(all.iter().all(|c| is_level(c)));
        for bad in ["groep9", "groep0", "groep07", "vmbo-5", "havo-6", "vwo-7", "mbo-0", "vmbo", "", "groep", "vwo-1x"] {
            assert!(!is_level(bad), "{bad}");
        }
    }

    #[test]
    fn at_school_reach_by_municipality_or_radius() {
        let base = venue(53.20128, 5.80792); // Leeuwarden
        let mut d = OfferDetails { location_mode: "at_school".into(), service_municipalities: vec!["GM1940".into()], ..Default::default() };
        // Balk (De Fryske Marren, GM1940), about 40 km from Leeuwarden.
        assert!(covers(&d, &base, Some("GM1940"), 52.895, 5.583));
        assert!(covers(&d, &base, Some("gm1940"), 52.895, 5.583));
        assert!(!covers(&d, &base, Some("GM0080"), 52.895, 5.583));
        d.service_municipalities.clear();
        d.service_radius_km = Some(30.0);
        assert!(!covers(&d, &base, Some("GM1940"), 52.895, 5.583));
        d.service_radius_km = Some(45.0);
        assert!(covers(&d, &base, None, 52.895, 5.583));
    }

    #[test]
    fn price_per_pupil() {
        let d = |m: &str, c: i64| OfferDetails { price_model: m.into(), price_cents: c, ..Default::default() };
        assert_eq!(d("per_pupil", 450).per_pupil_cents(25), 450);
        assert_eq!(d("per_class", 25_000).per_pupil_cents(25), 1000);
        assert_eq!(d("per_class", 10_001).per_pupil_cents(25), 401);
        assert_eq!(d("flat", 30_000).per_pupil_cents(0), 30_000);
        assert_eq!(d("free", 0).per_pupil_cents(25), 0);
    }
}
