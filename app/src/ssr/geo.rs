//! Great-circle distances (DESIGN §7). Latitude first in our own signatures; `geo` points are
//! x = longitude, y = latitude.

use geo::{Distance, Haversine, Point};

/// Haversine distance in km between two WGS84 points given as (lat, lon) degrees, on the mean
/// Earth radius (6371.0088 km, as `geo::Haversine` uses).
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let a = Point::new(lon1, lat1);
    let b = Point::new(lon2, lat2);
    Haversine.distance(a, b) / 1000.0
}

/// A latitude/longitude bounding box that contains every point within `radius_km` of
/// (lat, lon): a cheap prefilter before the exact distance.
pub fn bbox(lat: f64, lon: f64, radius_km: f64) -> (f64, f64, f64, f64) {
    // km per degree on the mean Earth radius (6371.0088 km), with a small margin so that the
    // box never cuts off a point the exact distance would keep.
    let km_per_deg = 6371.0088 * std::f64::consts::PI / 180.0;
    let dlat = radius_km / km_per_deg * 1.001;
    let coslat = lat.to_radians().cos().max(0.01);
    let dlon = radius_km / (km_per_deg * coslat) * 1.001;
    (lat - dlat, lat + dlat, lon - dlon, lon + dlon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groningen_to_leeuwarden_is_about_50_km() {
        let d = distance_km(53.2194, 6.5665, 53.2012, 5.7999);
        assert!((d - 51.2).abs() < 1.0, "{d}");
    }

    #[test]
    fn bbox_contains_the_circle() {
        let (la0, la1, lo0, lo1) = bbox(53.2, 6.5, 10.0);
        assert!(distance_km(53.2, 6.5, la1, 6.5) >= 9.99);
        assert!(distance_km(53.2, 6.5, 53.2, lo1) >= 9.99);
        assert!(la0 < 53.2 && lo0 < 6.5);
    }
}
