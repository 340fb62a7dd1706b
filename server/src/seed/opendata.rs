//! Readers for the open data bundle (shared/data): CBS boundaries, GeoNames places, CBS PC4
//! postcodes and the venue register. Coordinates are WGS84 degrees.

use anyhow::{Context, Result};
use app::model::Venue;
use app::ssr::store::{NewArea, NewPlace};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

const CBS_AREAS: &str = include_str!("../../../seeds/cbs_areas.csv");

fn csv_reader(path: &Path) -> Result<csv::Reader<std::fs::File>> {
    csv::Reader::from_path(path).with_context(|| format!("reading {}", path.display()))
}

/// Municipalities and provinces with CBS codes (seeds/cbs_areas.csv) and polygons
/// (boundaries/*.geojson).
pub fn areas(dir: &Path) -> Result<Vec<NewArea>> {
    let mut geoms: HashMap<(String, String), (String, Option<i64>)> = HashMap::new();
    for (file, level, key) in [
        ("boundaries/gemeenten_north.geojson", "municipality", "gemeente"),
        ("boundaries/provinces_north.geojson", "province", "provincie"),
    ] {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let fc: geojson::FeatureCollection = text.parse().with_context(|| format!("parsing {}", path.display()))?;
        for f in fc.features {
            let props = f.properties.unwrap_or_default();
            let name = props.get(key).and_then(|v| v.as_str()).unwrap_or_default().to_string();
            let pop = props.get("inwoners_2021").and_then(|v| v.as_i64());
            let geom = f.geometry.map(|g| g.to_string()).unwrap_or_default();
            geoms.insert((level.to_string(), name), (geom, pop));
        }
    }
    let mut out = Vec::new();
    let mut rdr = csv::ReaderBuilder::new().comment(Some(b'#')).from_reader(CBS_AREAS.as_bytes());
    for rec in rdr.records() {
        let rec = rec.context("seeds/cbs_areas.csv")?;
        let code = rec.get(0).unwrap_or_default().to_string();
        let name = rec.get(1).unwrap_or_default().to_string();
        let prov = rec.get(2).unwrap_or_default().to_string();
        let level = if code.starts_with("GM") { "municipality" } else { "province" };
        let (geometry_geojson, population) = geoms.get(&(level.to_string(), name.clone())).cloned().unwrap_or_default();
        out.push(NewArea {
            code,
            name,
            level: level.into(),
            province: if prov.is_empty() { None } else { Some(prov) },
            population,
            geometry_geojson,
        });
    }
    Ok(out)
}

#[derive(Deserialize)]
struct Cities500 {
    geonameid: String,
    name: String,
    lat: f64,
    lon: f64,
    population: Option<i64>,
    provincie: String,
    gemeente: String,
    alternatenames: String,
}

#[derive(Deserialize)]
struct Populated {
    geonameid: String,
    name: String,
    lat: f64,
    lon: f64,
    provincie: String,
    gemeente: String,
    population: Option<i64>,
    alternatenames: String,
}

#[derive(Deserialize)]
struct Pc4 {
    pc4: String,
    plaats: String,
    gemeente: String,
    provincie: String,
    inwoners_2021: Option<i64>,
    inner_lat: f64,
    inner_lon: f64,
}

#[derive(Deserialize)]
struct Woonplaats {
    plaats: String,
    gemeente: String,
    provincie: String,
    inwoners_2021_sum_pc4: Option<i64>,
    lat: f64,
    lon: f64,
}

/// Keep alternate names written in Latin script (Frisian, Dutch, German, ...); others cannot be
/// typed by our users and only bloat the gazetteer.
fn latin_names(alt: &str) -> Vec<String> {
    alt.split('|')
        .map(str::trim)
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) || c == '’'))
        .map(String::from)
        .collect()
}

/// The gazetteer: GeoNames towns (≥ 500 residents) and populated places with alternate names,
/// CBS woonplaatsen, PC4 postcode areas (inner point), municipalities and provinces.
pub fn places(dir: &Path, areas: &[NewArea]) -> Result<Vec<NewPlace>> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for r in csv_reader(&dir.join("places/geonames_cities500_north.csv"))?.deserialize::<Cities500>() {
        let r = r?;
        seen.insert(r.geonameid.clone());
        let pop = r.population.unwrap_or(0);
        out.push(NewPlace {
            key: format!("geonames:{}", r.geonameid),
            kind: if pop >= 10_000 { "town".into() } else { "village".into() },
            names: latin_names(&r.alternatenames),
            name: r.name,
            municipality: Some(r.gemeente),
            province: Some(r.provincie),
            population: Some(pop),
            lat: r.lat,
            lon: r.lon,
        });
    }
    for r in csv_reader(&dir.join("places/geonames_populated_places_north.csv"))?.deserialize::<Populated>() {
        let r = r?;
        if !seen.insert(r.geonameid.clone()) {
            continue;
        }
        out.push(NewPlace {
            key: format!("geonames:{}", r.geonameid),
            kind: "village".into(),
            names: latin_names(&r.alternatenames),
            name: r.name,
            municipality: Some(r.gemeente),
            province: Some(r.provincie),
            population: r.population,
            lat: r.lat,
            lon: r.lon,
        });
    }
    for r in csv_reader(&dir.join("places/places_from_pc4_north.csv"))?.deserialize::<Woonplaats>() {
        let r = r?;
        out.push(NewPlace {
            key: format!("woonplaats:{}|{}", r.plaats, r.gemeente),
            name: r.plaats,
            kind: "village".into(),
            names: vec![],
            municipality: Some(r.gemeente),
            province: Some(r.provincie),
            population: r.inwoners_2021_sum_pc4,
            lat: r.lat,
            lon: r.lon,
        });
    }
    for r in csv_reader(&dir.join("postcodes/pc4_north.csv"))?.deserialize::<Pc4>() {
        let r = r?;
        out.push(NewPlace {
            key: format!("pc4:{}", r.pc4),
            name: r.pc4,
            kind: "pc4".into(),
            names: vec![r.plaats],
            municipality: Some(r.gemeente),
            province: Some(r.provincie),
            population: r.inwoners_2021,
            lat: r.inner_lat,
            lon: r.inner_lon,
        });
    }
    // Municipalities and provinces as places, at the population-weighted centre of their PC4s.
    let mut sums: HashMap<String, (f64, f64, f64)> = HashMap::new();
    for p in out.iter().filter(|p| p.kind == "pc4") {
        let w = p.population.unwrap_or(0).max(1) as f64;
        for key in [p.municipality.clone(), p.province.clone()].into_iter().flatten() {
            let e = sums.entry(key).or_default();
            e.0 += p.lat * w;
            e.1 += p.lon * w;
            e.2 += w;
        }
    }
    for a in areas {
        if let Some((la, lo, w)) = sums.get(&a.name) {
            let mut names = vec![];
            if a.name == "Fryslân" {
                names.push("Friesland".to_string());
            }
            out.push(NewPlace {
                key: format!("cbs:{}", a.code),
                name: a.name.clone(),
                kind: a.level.clone(),
                names,
                municipality: if a.level == "municipality" { Some(a.name.clone()) } else { None },
                province: a.province.clone().or(Some(a.name.clone())),
                population: a.population,
                lat: la / w,
                lon: lo / w,
            });
        }
    }
    Ok(out)
}

#[derive(Deserialize)]
struct VenueRow {
    name: String,
    #[serde(rename = "type")]
    venue_type: String,
    disciplines: String,
    address: Option<String>,
    postcode: Option<String>,
    town: String,
    municipality: String,
    province: String,
    lat: f64,
    lon: f64,
    coord_precision: String,
    source: String,
}

/// The venue register (venues/venues_north.csv), with CBS municipality codes.
pub fn venues(dir: &Path, areas: &[NewArea]) -> Result<Vec<Venue>> {
    let codes: HashMap<&str, &str> = areas.iter().filter(|a| a.level == "municipality").map(|a| (a.name.as_str(), a.code.as_str())).collect();
    let mut out = Vec::new();
    for r in csv_reader(&dir.join("venues/venues_north.csv"))?.deserialize::<VenueRow>() {
        let r = r?;
        out.push(Venue {
            id: 0,
            municipality_code: codes.get(r.municipality.as_str()).map(|s| s.to_string()),
            disciplines: r
                .disciplines
                .split(';')
                .map(str::trim)
                // One row says `library`: a library serves literature.
                .map(|d| if d == "library" { "literature" } else { d })
                .filter(|d| app::model::Discipline::from_code(d).is_some())
                .map(String::from)
                .collect(),
            name: r.name,
            venue_type: r.venue_type,
            address: r.address.filter(|s| !s.is_empty()),
            postcode: r.postcode.filter(|s| !s.is_empty()),
            town: r.town,
            municipality: r.municipality,
            province: r.province,
            lat: r.lat,
            lon: r.lon,
            coord_precision: r.coord_precision,
            source: r.source,
            distance_km: None,
            url: String::new(),
        });
    }
    Ok(out)
}

/// School locations from `schools/schools_north.csv` (DUO open data: vestigingen with BRIN,
/// name, type, level, address, municipality, WGS84 point). The municipality's CBS code comes
/// from `areas` by name (case and diacritics ignored: DUO writes `SUDWEST-FRYSLAN`).
pub fn schools(dir: &Path, areas: &[NewArea]) -> Result<Vec<app::model::education::School>> {
    use app::ssr::gazetteer::fold;
    let path = dir.join("schools/schools_north.csv");
    let codes: HashMap<String, (&str, &str)> =
        areas.iter().filter(|a| a.level == "municipality").map(|a| (fold(&a.name), (a.code.as_str(), a.name.as_str()))).collect();
    let mut rdr = csv::Reader::from_path(&path).with_context(|| format!("reading {}", path.display()))?;
    let headers = rdr.headers().with_context(|| format!("reading {}", path.display()))?.clone();
    let col = |name: &str| headers.iter().position(|h| h == name).with_context(|| format!("{}: no column {name}", path.display()));
    let [code, brin, naam, kind, level, straat, nr, toev, pc, plaats, gem, gem_duo, prov, web, lat, lon] = [
        "vestigingscode", "brin", "naam", "type_duo", "level", "straat", "huisnummer", "toevoeging", "postcode", "plaats",
        "gemeente", "gemeente_duo", "provincie", "website", "lat", "lon",
    ]
    .map(col);
    let (code, brin, naam, kind, level, straat, nr, toev, pc, plaats, gem, gem_duo, prov, web, lat, lon) =
        (code?, brin?, naam?, kind?, level?, straat?, nr?, toev?, pc?, plaats?, gem?, gem_duo?, prov?, web?, lat?, lon?);
    let mut out = Vec::new();
    for (line, rec) in rdr.records().enumerate() {
        let rec = rec.with_context(|| format!("{} line {}", path.display(), line + 2))?;
        let get = |i: usize| rec.get(i).unwrap_or_default().trim().to_string();
        let (Ok(la), Ok(lo)) = (get(lat).parse::<f64>(), get(lon).parse::<f64>()) else { continue };
        let municipality = if get(gem).is_empty() { get(gem_duo) } else { get(gem) };
        let found = codes.get(&fold(&municipality));
        let province = match get(prov).as_str() {
            "Friesland" => "Fryslân".to_string(),
            p => p.to_string(),
        };
        let address = [get(straat), format!("{}{}", get(nr), get(toev))].join(" ").trim().to_string();
        let web = get(web);
        out.push(app::model::education::School {
            code: get(code).to_ascii_uppercase(),
            brin: get(brin),
            name: get(naam),
            kind: get(kind),
            sector: get(level),
            address,
            postcode: get(pc),
            town: get(plaats),
            municipality_code: found.map(|f| f.0.to_string()),
            municipality: found.map(|f| f.1.to_string()).unwrap_or(municipality),
            province,
            website: if web.is_empty() { None } else { Some(if web.starts_with("http") { web } else { format!("https://{web}") }) },
            lat: la,
            lon: lo,
        });
    }
    Ok(out)
}
