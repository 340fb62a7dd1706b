//! Server-side SVG (issue 6): the coverage map drawn from the municipality and PC4 polygons of
//! the open data, and the bar charts of the monitoring dashboard. Everything is plain markup:
//! it needs no tile server, no script and no network, and reads the same without JavaScript.
//!
//! ## The map
//!
//! The polygons (`boundaries/gemeenten_north.geojson`, `postcodes/pc4_north.geojson`,
//! `boundaries/provinces_north.geojson`; WGS84 degrees, longitude first) are read once and kept
//! in memory as ready-made SVG path data. The projection is equirectangular around the middle
//! latitude φ₀ of the region: `x = (λ − λmin)·cos φ₀·k`, `y = (φmax − φ)·k`, with `k` chosen
//! so that the map is [`MAP_WIDTH`] units wide. Over the 1.3° of latitude of the three
//! provinces the scale error of that projection stays under 2 %, invisible on a screen.
//! Coordinates are then simplified (Douglas–Peucker with a tolerance of half a unit, about
//! 90 m), rounded to whole units (about 175 m) and written as relative path commands without
//! repeated points, which keeps the municipality map near 40 KB.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::OnceLock;

/// Municipality polygons inside the open data directory (properties `gemeente`, `provincie`).
pub const MUNICIPALITIES_FILE: &str = "boundaries/gemeenten_north.geojson";
/// PC4 polygons (properties `pc4`, `plaats`, `gemeente`, `provincie`).
pub const PC4_FILE: &str = "postcodes/pc4_north.geojson";
/// Province polygons (property `provincie`), drawn as outlines.
pub const PROVINCES_FILE: &str = "boundaries/provinces_north.geojson";

/// Width of the map's `viewBox`, SVG units.
pub const MAP_WIDTH: f64 = 1000.0;
/// Douglas–Peucker tolerance, SVG units.
const SIMPLIFY_UNITS: f64 = 0.5;

/// Colour of an area without figures (no residents, or no venue of the discipline at all).
pub const NO_DATA: &str = crate::api_coverage::NO_DATA_COLOUR;

/// An equirectangular projection with cos(φ₀) scaling, WGS84 degrees → SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    lon_min: f64,
    lat_max: f64,
    kx: f64,
    ky: f64,
}

impl Projection {
    /// Fit a box of degrees (`lat_min..lat_max`, `lon_min..lon_max`) into [`MAP_WIDTH`] units.
    pub fn fit(lat_min: f64, lat_max: f64, lon_min: f64, lon_max: f64) -> Self {
        let cos0 = ((lat_min + lat_max) / 2.0).to_radians().cos();
        let k = MAP_WIDTH / ((lon_max - lon_min).max(1e-9) * cos0);
        Projection { lon_min, lat_max, kx: k * cos0, ky: k }
    }

    /// SVG (x, y) of a point given latitude first (DESIGN §7).
    pub fn xy(&self, lat: f64, lon: f64) -> (f64, f64) {
        ((lon - self.lon_min) * self.kx, (self.lat_max - lat) * self.ky)
    }
}

/// One area of the map: its key (municipality name as CBS writes it, or the PC4 code), its
/// province and its SVG path data.
#[derive(Clone, Debug)]
pub struct Shape {
    pub key: String,
    pub province: String,
    pub d: String,
}

/// The polygons of the region as SVG path data, in one projection.
#[derive(Clone, Debug)]
pub struct MapData {
    pub projection: Projection,
    pub width: f64,
    pub height: f64,
    /// The 40 municipalities, by name.
    pub municipalities: Vec<Shape>,
    /// The PC4 areas (empty when the file is missing).
    pub pc4: Vec<Shape>,
    /// The three provinces (outlines).
    pub provinces: Vec<Shape>,
}

/// Errors reading the polygons.
#[derive(Debug, thiserror::Error)]
pub enum MapError {
    #[error("reading {0}: {1}")]
    Read(String, std::io::Error),
    #[error("{0} is not GeoJSON: {1}")]
    Json(String, serde_json::Error),
    #[error("{0} has no polygons")]
    Empty(String),
}

type Ring = Vec<(f64, f64)>;

/// (properties, rings as (lon, lat)) of every Polygon/MultiPolygon feature of a file.
fn read_features(path: &Path) -> Result<Vec<(serde_json::Value, Vec<Ring>)>, MapError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| MapError::Read(name.clone(), e))?;
    let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| MapError::Json(name.clone(), e))?;
    let ring = |r: &serde_json::Value| -> Ring {
        r.as_array().into_iter().flatten().filter_map(|p| Some((p.get(0)?.as_f64()?, p.get(1)?.as_f64()?))).collect()
    };
    let mut out = Vec::new();
    for f in v["features"].as_array().into_iter().flatten() {
        let g = &f["geometry"];
        let rings: Vec<Ring> = match g["type"].as_str() {
            Some("Polygon") => g["coordinates"].as_array().into_iter().flatten().map(ring).collect(),
            Some("MultiPolygon") => g["coordinates"].as_array().into_iter().flatten().flat_map(|p| p.as_array().into_iter().flatten().map(ring)).collect(),
            _ => continue,
        };
        out.push((f["properties"].clone(), rings));
    }
    if out.is_empty() {
        return Err(MapError::Empty(name));
    }
    Ok(out)
}

/// Perpendicular distance of `p` from the segment `a`–`b` (to `a` when the segment is a point).
fn seg_dist(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    if len2 == 0.0 {
        return ((p.0 - a.0).powi(2) + (p.1 - a.1).powi(2)).sqrt();
    }
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0);
    ((p.0 - a.0 - t * dx).powi(2) + (p.1 - a.1 - t * dy).powi(2)).sqrt()
}

/// Douglas–Peucker: the points of `pts` to keep (always the first and the last).
fn simplify(pts: &[(f64, f64)], eps: f64) -> Vec<(f64, f64)> {
    if pts.len() < 3 {
        return pts.to_vec();
    }
    let mut keep = vec![false; pts.len()];
    keep[0] = true;
    keep[pts.len() - 1] = true;
    let mut stack = vec![(0usize, pts.len() - 1)];
    while let Some((i, j)) = stack.pop() {
        let (mut best, mut at) = (0.0, 0);
        for (k, p) in pts.iter().enumerate().take(j).skip(i + 1) {
            let d = seg_dist(*p, pts[i], pts[j]);
            if d > best {
                (best, at) = (d, k);
            }
        }
        if best > eps {
            keep[at] = true;
            stack.push((i, at));
            stack.push((at, j));
        }
    }
    pts.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

/// Append one ring as `M x y l dx dy … z` (whole units, relative steps, no repeated points).
/// Rings that collapse to fewer than three points are left out.
fn push_ring(d: &mut String, ring: &[(f64, f64)], proj: &Projection) {
    let projected: Vec<(f64, f64)> = ring.iter().map(|(lon, lat)| proj.xy(*lat, *lon)).collect();
    let mut pts: Vec<(i32, i32)> = Vec::with_capacity(projected.len());
    for (x, y) in simplify(&projected, SIMPLIFY_UNITS) {
        let p = (x.round() as i32, y.round() as i32);
        if pts.last() != Some(&p) {
            pts.push(p);
        }
    }
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    if pts.len() < 3 {
        return;
    }
    let _ = write!(d, "M{} {}l", pts[0].0, pts[0].1);
    let mut prev = pts[0];
    for (n, p) in pts.iter().skip(1).enumerate() {
        let (dx, dy) = (p.0 - prev.0, p.1 - prev.1);
        // A minus sign separates numbers by itself.
        if n > 0 && dx >= 0 {
            d.push(' ');
        }
        let _ = write!(d, "{dx}");
        if dy >= 0 {
            d.push(' ');
        }
        let _ = write!(d, "{dy}");
        prev = *p;
    }
    d.push('z');
}

fn shapes(features: &[(serde_json::Value, Vec<Ring>)], key: &str, proj: &Projection) -> Vec<Shape> {
    let mut out: Vec<Shape> = features
        .iter()
        .map(|(props, rings)| {
            let mut d = String::new();
            for r in rings {
                push_ring(&mut d, r, proj);
            }
            let key = match &props[key] {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            Shape { key, province: cbs_province(props["provincie"].as_str().unwrap_or_default()), d }
        })
        .filter(|s| !s.d.is_empty())
        .collect();
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out
}

/// The province's name as CBS writes it in the area register (`Fryslân`, not `Friesland`).
fn cbs_province(p: &str) -> String {
    if p == "Friesland" { "Fryslân".to_string() } else { p.to_string() }
}

impl MapData {
    /// Read the polygons from the open data directory. The municipalities are required; the
    /// PC4 areas and provinces are optional layers (missing files leave them empty).
    pub fn load(open_data_dir: &Path) -> Result<Self, MapError> {
        let gm = read_features(&open_data_dir.join(MUNICIPALITIES_FILE))?;
        let (mut lat_min, mut lat_max, mut lon_min, mut lon_max) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for (lon, lat) in gm.iter().flat_map(|(_, rs)| rs.iter().flatten()) {
            lat_min = lat_min.min(*lat);
            lat_max = lat_max.max(*lat);
            lon_min = lon_min.min(*lon);
            lon_max = lon_max.max(*lon);
        }
        let projection = Projection::fit(lat_min, lat_max, lon_min, lon_max);
        let height = projection.xy(lat_min, lon_min).1.ceil();
        let pc4 = read_features(&open_data_dir.join(PC4_FILE)).map(|f| shapes(&f, "pc4", &projection)).unwrap_or_default();
        let provinces = read_features(&open_data_dir.join(PROVINCES_FILE)).map(|f| shapes(&f, "provincie", &projection)).unwrap_or_default();
        Ok(MapData { projection, width: MAP_WIDTH, height, municipalities: shapes(&gm, "gemeente", &projection), pc4, provinces })
    }
}

static MAP: OnceLock<Result<MapData, String>> = OnceLock::new();

/// Load the polygons from `open_data_dir` once (later calls keep the first result).
pub fn install(open_data_dir: &Path) -> Result<&'static MapData, String> {
    MAP.get_or_init(|| MapData::load(open_data_dir).map_err(|e| e.to_string())).as_ref().map_err(Clone::clone)
}

/// The polygons, loaded on first use from `UITNOORD_OPEN_DATA_DIR` (default `../shared/data`,
/// as the server's settings) unless [`install`] ran first.
pub fn map_data() -> Result<&'static MapData, String> {
    MAP.get_or_init(|| {
        let dir = std::env::var("UITNOORD_OPEN_DATA_DIR").ok().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| "../shared/data".into());
        MapData::load(Path::new(&dir)).map_err(|e| e.to_string())
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// Escape text for SVG/XML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            _ => o.push(c),
        }
    }
    o
}

/// Accessible name and description of a graphic: `<title id="{id}-title">` and
/// `<desc id="{id}-desc">`, referenced by `aria-labelledby`.
#[derive(Clone, Debug)]
pub struct Labels {
    pub id: String,
    pub title: String,
    pub desc: String,
}

fn open_svg(out: &mut String, l: &Labels, width: f64, height: f64, class: &str) {
    let id = esc(&l.id);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="{class}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="system-ui, sans-serif"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        esc(&l.title),
        esc(&l.desc)
    );
}

/// A point drawn on the map (a venue), with its hover text.
#[derive(Clone, Debug)]
pub struct MapPoint {
    pub lat: f64,
    pub lon: f64,
    pub title: String,
}

/// The map: every area of the layer (`pc4` or municipalities) filled by `area(key)` →
/// (fill colour, hover text), [`NO_DATA`] with the key as text when it gives none; province
/// outlines (and municipality outlines over PC4 areas) on top; then `points`.
pub fn render_map(map: &MapData, pc4: bool, area: &dyn Fn(&Shape) -> Option<(String, String)>, labels: &Labels, points: &[MapPoint]) -> String {
    let mut out = String::with_capacity(if pc4 { 700_000 } else { 80_000 });
    let id = esc(&labels.id);
    open_svg(&mut out, labels, map.width, map.height, "cov-map-svg");
    let layer = if pc4 { &map.pc4 } else { &map.municipalities };
    out.push_str(r##"<g stroke="#fff" stroke-width=""##);
    out.push_str(if pc4 { "0.4" } else { "0.8" });
    out.push_str(r#"" stroke-linejoin="round" fill-rule="evenodd">"#);
    for (i, s) in layer.iter().enumerate() {
        let (fill, title) = area(s).unwrap_or_else(|| (NO_DATA.to_string(), s.key.clone()));
        // Municipalities carry an id: the land mask below reuses their outlines.
        let mid = if pc4 { String::new() } else { format!(r#" id="{id}-m{i}""#) };
        let _ = write!(out, r#"<path class="area"{mid} data-key="{}" fill="{}" d="{}"><title>{}</title></path>"#, esc(&s.key), esc(&fill), s.d, esc(&title));
    }
    out.push_str("</g>");
    if pc4 {
        out.push_str(r##"<g fill="none" stroke="#555" stroke-width="0.9" stroke-linejoin="round" pointer-events="none">"##);
        for (i, s) in map.municipalities.iter().enumerate() {
            let _ = write!(out, r#"<path id="{id}-m{i}" d="{}"/>"#, s.d);
        }
        out.push_str("</g>");
    }
    // The province polygons include the water of the Wadden Sea and the IJsselmeer: their
    // outlines are drawn on land only (clipped to the municipalities).
    let _ = write!(out, r#"<clipPath id="{id}-land">"#);
    for i in 0..map.municipalities.len() {
        let _ = write!(out, r##"<use href="#{id}-m{i}"/>"##);
    }
    let _ = write!(out, r##"</clipPath><g fill="none" stroke="#1a1a1a" stroke-width="2.5" stroke-linejoin="round" pointer-events="none" clip-path="url(#{id}-land)">"##);
    for s in &map.provinces {
        let _ = write!(out, r#"<path d="{}"/>"#, s.d);
    }
    out.push_str("</g>");
    if !points.is_empty() {
        out.push_str(r##"<g class="points" fill="#fff" stroke="#1a1a1a" stroke-width="1.5">"##);
        for p in points {
            let (x, y) = map.projection.xy(p.lat, p.lon);
            let _ = write!(out, r#"<circle cx="{x:.0}" cy="{y:.0}" r="4.5"><title>{}</title></circle>"#, esc(&p.title));
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

/// A series of a bar chart: its name and colour.
#[derive(Clone, Debug)]
pub struct Series {
    pub label: String,
    pub colour: &'static str,
}

/// One row (category) of a bar chart with a value per series.
#[derive(Clone, Debug)]
pub struct BarRow {
    pub label: String,
    pub values: Vec<f64>,
}

/// How the series of a row are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One bar per row, the series end to end (the value written is the row's total).
    Stacked,
    /// One thin bar per series, under each other (each with its value).
    Grouped,
}

/// Colour-blind-safe colours (Okabe & Ito 2008), in the order of [`crate::model::Discipline::ALL`].
pub const PALETTE: [&str; 7] = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"];

/// Width of a chart's `viewBox`: at a phone's width one unit is about one CSS pixel.
pub const CHART_WIDTH: f64 = 360.0;

/// A horizontal bar chart. Labels of up to 18 characters stand left of the bars; longer ones
/// get a line above their bar. Each bar segment has a `<title>` with its series and value
/// (`fmt` formats values), and every row's value is written after its bar.
pub fn bar_chart(labels: &Labels, series: &[Series], rows: &[BarRow], layout: Layout, fmt: &dyn Fn(f64) -> String) -> String {
    const FONT: f64 = 12.0;
    // Room for the longest value written after a bar (digits are about 0.6 em wide).
    let longest = rows
        .iter()
        .flat_map(|r| match layout {
            Layout::Stacked => vec![fmt(r.values.iter().sum())],
            Layout::Grouped => r.values.iter().map(|v| fmt(*v)).collect(),
        })
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(1);
    let value_w = longest as f64 * FONT * 0.62 + 8.0;
    let longest_label = rows.iter().map(|r| r.label.chars().count()).max().unwrap_or(0);
    let above = longest_label > 18;
    // Room for the longest label left of the bars (about 0.58 em a character in the sans-serif
    // of the page; "Noardeast-Fryslân", 17 characters, needs about 126 units).
    let label_w = if above { 0.0 } else { (longest_label as f64 * FONT * 0.58 + 8.0).max(48.0) };
    let bar_x = label_w;
    let bar_w = (CHART_WIDTH - label_w - value_w).max(40.0);
    let bar_h = match layout {
        Layout::Stacked => 12.0,
        Layout::Grouped => 9.0,
    };
    let bars_h = match layout {
        Layout::Stacked => bar_h,
        Layout::Grouped => bar_h * series.len().max(1) as f64 + 1.0 * (series.len().max(1) - 1) as f64,
    };
    let label_h = if above { FONT + 4.0 } else { 0.0 };
    let row_h = label_h + bars_h + 7.0;
    let max = rows
        .iter()
        .map(|r| match layout {
            Layout::Stacked => r.values.iter().sum::<f64>(),
            Layout::Grouped => r.values.iter().cloned().fold(0.0, f64::max),
        })
        .fold(0.0, f64::max);
    let scale = if max > 0.0 { bar_w / max } else { 0.0 };
    let height = (row_h * rows.len() as f64 + 4.0).ceil().max(20.0);
    let mut out = String::with_capacity(400 + rows.len() * 300);
    open_svg(&mut out, labels, CHART_WIDTH, height, "bar-chart");
    let _ = write!(out, r##"<g font-size="{FONT}" fill="#1a1a1a">"##);
    for (i, r) in rows.iter().enumerate() {
        let top = 2.0 + i as f64 * row_h;
        let bars_top = top + label_h;
        let mid = bars_top + bars_h / 2.0;
        if above {
            let _ = write!(out, r#"<text x="0" y="{:.1}">{}</text>"#, top + FONT - 1.0, esc(&r.label));
        } else {
            let _ = write!(out, r#"<text x="{:.1}" y="{:.1}" text-anchor="end" dominant-baseline="central">{}</text>"#, label_w - 6.0, mid, esc(&r.label));
        }
        match layout {
            Layout::Stacked => {
                let mut x = bar_x;
                for (s, v) in series.iter().zip(&r.values) {
                    if *v <= 0.0 {
                        continue;
                    }
                    let w = v * scale;
                    let _ = write!(
                        out,
                        r##"<rect x="{x:.1}" y="{bars_top:.1}" width="{w:.1}" height="{bar_h}" fill="{}" stroke="#fff" stroke-width="0.5"><title>{}: {}: {}</title></rect>"##,
                        s.colour,
                        esc(&r.label),
                        esc(&s.label),
                        esc(&fmt(*v))
                    );
                    x += w;
                }
                let total: f64 = r.values.iter().sum();
                let _ = write!(out, r#"<text x="{:.1}" y="{mid:.1}" dominant-baseline="central">{}</text>"#, x + 4.0, esc(&fmt(total)));
            }
            Layout::Grouped => {
                for (k, (s, v)) in series.iter().zip(&r.values).enumerate() {
                    let y = bars_top + k as f64 * (bar_h + 1.0);
                    let w = v.max(0.0) * scale;
                    let _ = write!(
                        out,
                        r#"<rect x="{bar_x:.1}" y="{y:.1}" width="{w:.1}" height="{bar_h}" fill="{}"><title>{}: {}: {}</title></rect>"#,
                        s.colour,
                        esc(&r.label),
                        esc(&s.label),
                        esc(&fmt(*v))
                    );
                    let _ = write!(out, r#"<text x="{:.1}" y="{:.1}" dominant-baseline="central" font-size="{}">{}</text>"#, bar_x + w + 4.0, y + bar_h / 2.0, FONT - 1.5, esc(&fmt(*v)));
                }
            }
        }
    }
    out.push_str("</g></svg>");
    out
}

/// A cache of what was rendered from a snapshot (the catalogue): entries are keyed by `K` and
/// remember the snapshot they were made from by a weak pointer, so a new snapshot (and never a
/// recycled address) renders afresh.
pub struct SnapshotCache<K, T, V> {
    inner: std::sync::Mutex<HashMap<K, (std::sync::Weak<T>, V)>>,
}

impl<K: std::hash::Hash + Eq, T, V: Clone> Default for SnapshotCache<K, T, V> {
    fn default() -> Self {
        Self { inner: std::sync::Mutex::new(HashMap::new()) }
    }
}

impl<K: std::hash::Hash + Eq, T, V: Clone> SnapshotCache<K, T, V> {
    /// The cached value for `key` made from `snapshot`, or `make()` (then cached).
    pub fn get_or(&self, key: K, snapshot: &std::sync::Arc<T>, make: impl FnOnce() -> V) -> V {
        let weak = std::sync::Arc::downgrade(snapshot);
        if let Ok(g) = self.inner.lock() {
            if let Some((w, v)) = g.get(&key) {
                if w.ptr_eq(&weak) {
                    return v.clone();
                }
            }
        }
        let v = make();
        if let Ok(mut g) = self.inner.lock() {
            // Entries of earlier snapshots go once the snapshot is gone.
            g.retain(|_, (w, _)| w.strong_count() > 0);
            g.insert(key, (weak, v.clone()));
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplify_keeps_corners_and_drops_straight_points() {
        let line = [(0.0, 0.0), (1.0, 0.01), (2.0, 0.0), (2.0, 5.0)];
        assert_eq!(simplify(&line, 0.5), vec![(0.0, 0.0), (2.0, 0.0), (2.0, 5.0)]);
    }

    #[test]
    fn rings_become_relative_paths_without_repeats() {
        let proj = Projection { lon_min: 0.0, lat_max: 10.0, kx: 10.0, ky: 10.0 };
        let mut d = String::new();
        push_ring(&mut d, &[(0.0, 10.0), (1.0, 10.0), (1.0, 10.0), (1.0, 9.0), (0.0, 9.0), (0.0, 10.0)], &proj);
        assert_eq!(d, "M0 0l10 0 0 10-10 0z");
        let mut tiny = String::new();
        push_ring(&mut tiny, &[(0.0, 10.0), (0.01, 10.0), (0.0, 10.0)], &proj);
        assert!(tiny.is_empty(), "a ring smaller than a unit is left out");
    }

    #[test]
    fn projection_scales_longitude_by_cos_latitude() {
        let p = Projection::fit(52.0, 54.0, 4.0, 8.0);
        let (x, y) = p.xy(54.0, 8.0);
        assert!((x - MAP_WIDTH).abs() < 1e-9 && y.abs() < 1e-9);
        let (x1, _) = p.xy(53.0, 5.0);
        let (_, y1) = p.xy(52.0, 4.0);
        assert!(((x1 - p.xy(53.0, 4.0).0) / y1 * 2.0 - 53f64.to_radians().cos()).abs() < 1e-9, "one degree east is cos φ₀ of one degree north");
    }

    #[test]
    fn text_is_escaped_and_charts_have_a_rect_per_value() {
        let l = Labels { id: "c".into(), title: "A & <B>".into(), desc: "d".into() };
        let s = [Series { label: "x".into(), colour: PALETTE[0] }, Series { label: "y".into(), colour: PALETTE[1] }];
        let rows = [BarRow { label: "r1".into(), values: vec![1.0, 2.0] }, BarRow { label: "r2".into(), values: vec![0.0, 3.0] }];
        let svg = bar_chart(&l, &s, &rows, Layout::Stacked, &|v| format!("{v}"));
        assert!(svg.contains("A &amp; &lt;B&gt;") && svg.contains(r#"aria-labelledby="c-title c-desc""#));
        assert_eq!(svg.matches("<rect").count(), 3, "zero values draw nothing when stacked");
        let g = bar_chart(&l, &s, &rows, Layout::Grouped, &|v| format!("{v}"));
        assert_eq!(g.matches("<rect").count(), 4);
    }

    #[test]
    fn cache_follows_the_snapshot() {
        let c: SnapshotCache<u8, u8, &str> = SnapshotCache::default();
        let a = std::sync::Arc::new(1u8);
        assert_eq!(c.get_or(1, &a, || "one"), "one");
        assert_eq!(c.get_or(1, &a, || "again"), "one");
        let b = std::sync::Arc::new(2u8);
        assert_eq!(c.get_or(1, &b, || "two"), "two");
    }
}
