//! Education offers, schools and requests (DESIGN §4; issue 5). Wire types shared by the
//! server and the browser.
//!
//! An education offer is an event with audience `education` plus [`OfferDetails`]: the event
//! carries names and descriptions per language, disciplines, language of performance, venue (the
//! provider's base for offers at school or online), organisation, network and workflow; the
//! occurrences are its fixed sessions (school screenings), none for an offer booked on request.

use serde::{Deserialize, Serialize};

/// Level codes (CONTRACTS `/api/v1/offers`): primary `groep1`…`groep8`, secondary
/// `vmbo-1`…`vmbo-4`, `havo-1`…`havo-5`, `vwo-1`…`vwo-6`, vocational `mbo-1`…`mbo-4`.
pub fn level_codes() -> Vec<String> {
    let mut v: Vec<String> = (1..=8).map(|g| format!("groep{g}")).collect();
    for (track, years) in [("vmbo", 4), ("havo", 5), ("vwo", 6), ("mbo", 4)] {
        v.extend((1..=years).map(|y| format!("{track}-{y}")));
    }
    v
}

/// True for a level code of [`level_codes`].
pub fn is_level(code: &str) -> bool {
    if let Some(g) = code.strip_prefix("groep") {
        return matches!(g.parse::<u8>(), Ok(1..=8)) && !g.starts_with('0');
    }
    let Some((track, year)) = code.split_once('-') else { return false };
    let max = match track {
        "vmbo" | "mbo" => 4,
        "havo" => 5,
        "vwo" => 6,
        _ => return false,
    };
    year.len() == 1 && matches!(year.parse::<u8>(), Ok(y) if (1..=max).contains(&y))
}

/// The sector of a level code: `primary` (groep), `secondary` (vmbo, havo, vwo) or `mbo`.
pub fn level_sector(code: &str) -> &'static str {
    if code.starts_with("groep") {
        "primary"
    } else if code.starts_with("mbo") {
        "mbo"
    } else {
        "secondary"
    }
}

/// Activity types of an offer.
pub const ACTIVITY_TYPES: &[&str] =
    &["screening_discussion", "guest_lesson", "workshop", "museum_lesson", "project", "teacher_training"];
/// Price models: per pupil, per class (group), one flat amount, or free.
pub const PRICE_MODELS: &[&str] = &["per_pupil", "per_class", "flat", "free"];
/// Where the activity takes place.
pub const LOCATION_MODES: &[&str] = &["at_venue", "at_school", "online"];
/// How a school books: through Uitnoord (`request`) or on the provider's own site (`external`).
pub const BOOKING_MODES: &[&str] = &["request", "external"];
/// Kijkwijzer age classifications (NICAM): all ages, 6, 9, 12, 14, 16, 18.
pub const KIJKWIJZER: &[&str] = &["AL", "6", "9", "12", "14", "16", "18"];
/// Status of a request: requested → confirmed | declined → done | cancelled (DESIGN §4).
pub const REQUEST_STATUSES: &[&str] = &["requested", "confirmed", "declined", "done", "cancelled"];

/// A curriculum framework an offer can link to, with the codes it has.
pub struct Framework {
    /// Stable id, e.g. `kerndoelen-po`.
    pub id: &'static str,
    /// Version of the framework (the kerndoelen are revised in 2027; a link names its version).
    pub version: &'static str,
    pub codes: &'static [&'static str],
    /// Where the framework and its codes come from.
    pub source: &'static str,
}

/// The frameworks known to the editor and the filters.
pub const FRAMEWORKS: &[Framework] = &[
    Framework {
        id: "kerndoelen-po",
        version: "2006",
        codes: &["54", "55", "56"],
        source: "Kerndoelen primair onderwijs (OCW/SLO 2006), kunstzinnige oriëntatie 54–56",
    },
    Framework {
        id: "kerndoelen-vo",
        version: "2006",
        codes: &["48", "49", "50", "51", "52"],
        source: "Kerndoelen onderbouw voortgezet onderwijs (OCW/SLO 2006), kunst en cultuur 48–52",
    },
    Framework {
        id: "film-education-framework",
        version: "2015",
        codes: &["critical", "cultural", "creative"],
        source: "A Framework for Film Education in Europe (BFI and partners, 2015): its three dimensions",
    },
];

/// One curriculum link: framework, its version, and the code within it (`kerndoelen-po` 2006
/// `54`).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CurriculumLink {
    pub framework: String,
    pub version: String,
    pub code: String,
}

impl CurriculumLink {
    /// `framework:version:code`, the value used in forms and the `kerndoel` filter's long form.
    pub fn key(&self) -> String {
        format!("{}:{}:{}", self.framework, self.version, self.code)
    }
    /// Parse [`CurriculumLink::key`]; `None` unless the framework, version and code are known.
    pub fn from_key(k: &str) -> Option<Self> {
        let mut it = k.splitn(3, ':');
        let (f, v, c) = (it.next()?, it.next()?, it.next()?);
        FRAMEWORKS.iter().find(|fw| fw.id == f && fw.version == v && fw.codes.contains(&c))?;
        Some(CurriculumLink { framework: f.into(), version: v.into(), code: c.into() })
    }
}

/// Film fields of an offer that presents a work.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct FilmInfo {
    /// Title of the work presented.
    pub title: String,
    /// Kijkwijzer classification ([`KIJKWIJZER`]), when known.
    pub kijkwijzer: Option<String>,
    /// Language of the subtitles (BCP 47), when subtitled.
    pub subtitles: Option<String>,
}

/// What makes an event an education offer (stored with the event, as JSON).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct OfferDetails {
    /// Level codes ([`level_codes`]).
    pub levels: Vec<String>,
    pub curriculum: Vec<CurriculumLink>,
    /// One of [`ACTIVITY_TYPES`].
    pub activity_type: String,
    pub duration_min: Option<i64>,
    /// Pupils per session.
    pub capacity: Option<i64>,
    /// One of [`PRICE_MODELS`].
    pub price_model: String,
    /// Euro cents per pupil, per class or in total (by `price_model`); 0 when free.
    pub price_cents: i64,
    /// One of [`LOCATION_MODES`].
    pub location_mode: String,
    /// At school: CBS municipality codes (`GM0088`) served.
    #[serde(default)]
    pub service_municipalities: Vec<String>,
    /// At school: schools within this many km (great circle) of the venue are served.
    pub service_radius_km: Option<f64>,
    /// Days between a request and the earliest date.
    pub lead_time_days: i64,
    /// One of [`BOOKING_MODES`].
    pub booking_mode: String,
    /// The provider's booking page (`external` booking).
    pub booking_url: Option<String>,
    /// Teacher materials (a short text or an address).
    pub teacher_materials: Option<String>,
    pub film: Option<FilmInfo>,
}

/// Pupils in a class assumed when a per-class or flat price is compared per pupil (the
/// `pupils` parameter overrides it). An assumption of this platform, not a statistic.
pub const DEFAULT_CLASS_PUPILS: i64 = 25;

impl OfferDetails {
    /// Price per pupil in euro cents for a group of `pupils` (rounded up).
    pub fn per_pupil_cents(&self, pupils: i64) -> i64 {
        let n = pupils.max(1);
        match self.price_model.as_str() {
            "per_pupil" => self.price_cents,
            "per_class" | "flat" => (self.price_cents + n - 1) / n,
            _ => 0,
        }
    }
}

/// A school location from DUO's open data (`schools_north.csv`).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct School {
    /// DUO vestigingscode (BRIN + two digits), e.g. `05LP00`.
    pub code: String,
    pub brin: String,
    pub name: String,
    /// DUO type, e.g. `basisschool`, `VBO/MAVO`.
    pub kind: String,
    /// `primary`, `secondary`, `special` or `mbo` (DUO's level column).
    pub sector: String,
    pub address: String,
    pub postcode: String,
    pub town: String,
    /// CBS municipality code (`GM1940`), when the name matched the boundaries.
    pub municipality_code: Option<String>,
    pub municipality: String,
    pub province: String,
    pub website: Option<String>,
    /// WGS84 degrees.
    pub lat: f64,
    pub lon: f64,
}

/// Price of an offer as listed (`/api/v1/offers` item `price`).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct OfferPrice {
    /// `per_pupil`, `per_class`, `flat` or `free`.
    pub model: String,
    pub amount_cents: i64,
    /// Per pupil for a class of `pupils` ([`DEFAULT_CLASS_PUPILS`] unless asked).
    pub per_pupil_cents: i64,
}

/// One offer in a list (`/api/v1/offers` item).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct OfferItem {
    pub id: i64,
    pub name: String,
    /// Language of `name` (BCP 47).
    pub name_lang: String,
    pub levels: Vec<String>,
    /// `at_venue`, `at_school` or `online`.
    pub location_mode: String,
    /// Km from the school (or `near`) to the venue, at-venue offers only; rounded to 0.01.
    pub distance_km: Option<f64>,
    pub price: OfferPrice,
    pub disciplines: Vec<String>,
    pub activity_type: String,
    pub in_language: Vec<String>,
    pub curriculum: Vec<CurriculumLink>,
    pub duration_min: Option<i64>,
    pub organizer: Option<String>,
    pub venue: crate::model::VenueRef,
    /// The next session at or after the lead time, when the offer has fixed sessions.
    pub next_session: Option<crate::model::Occurrence>,
    pub booking_mode: String,
    pub film: Option<FilmInfo>,
    pub url: String,
    pub demo: bool,
}

/// Filters of `/api/v1/offers` and the education page (all optional, as typed).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct OfferParams {
    /// DUO vestigingscode of the school.
    pub school: Option<String>,
    pub level: Option<String>,
    pub discipline: Option<String>,
    /// A code (`54`) or `framework:version:code`.
    pub kerndoel: Option<String>,
    pub location_mode: Option<String>,
    pub max_price_per_pupil_cents: Option<String>,
    /// Pupils per group for per-pupil prices of class and flat prices.
    pub pupils: Option<String>,
    pub in_language: Option<String>,
    /// Dates `YYYY-MM-DD`: offers with a session in the window, or bookable on request.
    pub from: Option<String>,
    pub to: Option<String>,
    pub near: Option<String>,
    pub radius_km: Option<String>,
    pub lang: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

impl OfferParams {
    /// From query pairs; the first value of each key counts.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> Self {
        let get = |k: &str| pairs.iter().find(|(a, _)| a.as_ref() == k).map(|(_, v)| v.as_ref().trim().to_string()).filter(|v| !v.is_empty());
        OfferParams {
            school: get("school"),
            level: get("level"),
            discipline: get("discipline"),
            kerndoel: get("kerndoel"),
            location_mode: get("location_mode"),
            max_price_per_pupil_cents: get("max_price_per_pupil_cents"),
            pupils: get("pupils"),
            in_language: get("in_language"),
            from: get("from"),
            to: get("to"),
            near: get("near"),
            radius_km: get("radius_km"),
            lang: get("lang"),
            page: get("page"),
            per_page: get("per_page"),
        }
    }
}

/// A page of offers.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct OffersPage {
    pub total: i64,
    pub items: Vec<OfferItem>,
    /// The school the list is for, when one was chosen.
    pub school: Option<School>,
    /// The place `near` was understood as.
    pub near_name: Option<String>,
}

/// A group in a request.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct RequestGroup {
    /// The school's own label, e.g. `groep 7b`.
    pub label: String,
    pub level: String,
    pub pupils: i64,
}

/// A school's request for an offer, as its teacher, the institution and the network see it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct OfferRequest {
    pub id: i64,
    pub offer_id: i64,
    pub offer_name: String,
    pub school: School,
    /// Contact; `None` once erased (retention period or on request).
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub groups: Vec<RequestGroup>,
    /// Preferred dates `YYYY-MM-DD`.
    pub preferred_dates: Vec<String>,
    pub note: Option<String>,
    /// One of [`REQUEST_STATUSES`].
    pub status: String,
    /// Date agreed on confirmation (`YYYY-MM-DD`).
    pub confirmed_date: Option<String>,
    /// The institution's answer (decline reason or a note with the confirmation).
    pub response: Option<String>,
    /// RFC 3339 UTC.
    pub created: String,
    pub modified: String,
    /// Date (`YYYY-MM-DD`) after which the contact data is erased.
    pub erase_after: String,
}

/// A message that would be e-mailed (the outbox: no mail is sent).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct OutboxMessage {
    pub id: i64,
    /// RFC 3339 UTC.
    pub created: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub request_id: Option<i64>,
}

/// The request form as typed (kept unchanged when it comes back with errors).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct RequestForm {
    pub offer_id: i64,
    pub school: String,
    pub contact_name: String,
    pub contact_email: String,
    /// Up to [`MAX_GROUPS`] groups: (label, level, pupils as typed).
    pub groups: Vec<(String, String, String)>,
    /// Up to three preferred dates as typed (`YYYY-MM-DD`).
    pub dates: Vec<String>,
    pub note: String,
    /// Consent to keep the contact data for the retention period.
    pub consent: bool,
}

/// Most groups in one request.
pub const MAX_GROUPS: usize = 4;
/// Most pupils in one group.
pub const MAX_PUPILS: i64 = 400;
/// Days after the last date of a request when the teacher's contact data is erased.
pub const RETENTION_DAYS: i64 = 365;

/// A school found by the picker, with its distance from `near` when given.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct SchoolHit {
    pub school: School,
    pub distance_km: Option<f64>,
}

/// What the education page shows: the chosen school (the `school` parameter, else the `school`
/// cookie), the picker's hits for `school_q`, and the offers for the filters.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct EducationData {
    pub params: OfferParams,
    pub school_q: String,
    pub school_hits: Vec<SchoolHit>,
    /// The offers, or the localised error of a bad filter.
    pub offers: Result<OffersPage, crate::model::AppError>,
}

/// The offer page: the event with its details, how it reaches the chosen school, and the
/// request form (kept with its errors after a failed POST).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct OfferPageData {
    pub event: crate::model::Event,
    pub offer: OfferDetails,
    /// Names of the service municipalities (at school).
    pub service_area: Vec<String>,
    pub school: Option<School>,
    /// Km from the chosen school to the venue (at venue).
    pub distance_km: Option<f64>,
    /// Whether the offer reaches the chosen school (always for at-venue and online offers).
    pub reaches_school: Option<bool>,
    /// The next bookable sessions (after the lead time), as wire occurrences.
    pub sessions: Vec<crate::model::Occurrence>,
    /// Earliest date a request may name (`YYYY-MM-DD`): today plus the lead time.
    pub earliest_date: String,
    pub form: RequestForm,
    /// Localised message per field (`contact_email`, `group_pupils_1`, `date_2`, `school`, ...).
    pub errors: std::collections::BTreeMap<String, String>,
}

/// The teacher's page of a request (reached through its private link).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct RequestPageData {
    pub request: OfferRequest,
    /// A message set by the last POST (`sent`, `cancelled`), localised.
    pub notice: Option<String>,
}

/// Requests an institution or network sees (`/publish/requests`).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct InboxData {
    pub requests: Vec<OfferRequest>,
    pub notice: Option<String>,
    /// Localised error of the last POST, with the request it concerned.
    pub error: Option<(i64, String)>,
}

/// Requests counted by province and level (Filmhub view).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct RequestCount {
    pub province: String,
    pub municipality: String,
    pub level: String,
    pub requests: i64,
    pub pupils: i64,
}

/// A school no film offer reaches.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct SchoolGap {
    pub school: School,
    /// Km to the nearest at-venue film offer, if any.
    pub nearest_km: Option<f64>,
}

/// The Filmhub Noord view: film-education offers across the provinces, requests by region and
/// level, and the schools no film offer reaches (none at a venue within 20 km, none at school
/// covering them).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct FilmhubData {
    pub offers: Vec<OfferItem>,
    /// Offers per province (at-venue by venue province; at-school and online by the provider's).
    pub offers_by_province: Vec<(String, i64)>,
    pub requests: Vec<RequestCount>,
    pub schools_total: i64,
    /// Schools without film offer reaching them, per province: (province, gaps, schools).
    pub gaps_by_province: Vec<(String, i64, i64)>,
    pub gaps: Vec<SchoolGap>,
}
