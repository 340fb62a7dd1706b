//! Time zones for import: TZID resolution and local time → UTC per RFC 5545 §3.3.5.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use std::str::FromStr;

/// Local wall-clock time in `tz` to UTC, by RFC 5545 §3.3.5: a time that occurs twice (the
/// fall-back overlap) means the first (earlier) occurrence; a time that does not exist (the
/// spring-forward gap) is read with the UTC offset from before the gap, i.e. it moves forward
/// by the length of the gap (02:30 on a 02:00→03:00 day becomes 03:30 summer time).
pub fn local_to_utc(local: NaiveDateTime, tz: Tz) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(a, b) => a.with_timezone(&Utc).min(b.with_timezone(&Utc)),
        LocalResult::None => {
            // The offset in force before the gap: that of a local time well before it (gaps
            // are at most a few hours; 1 day back is always before this one and after the last).
            let before = local - Duration::hours(12);
            let offset = match tz.from_local_datetime(&before) {
                LocalResult::Single(t) => t.offset().fix(),
                LocalResult::Ambiguous(a, _) => a.offset().fix(),
                LocalResult::None => tz.offset_from_utc_datetime(&before).fix(),
            };
            let secs = i64::from(offset.local_minus_utc());
            Utc.from_utc_datetime(&(local - Duration::seconds(secs)))
        }
    }
}

/// How a TZID was resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum Resolved {
    /// An IANA zone (directly, from a prefixed name, a Windows name or X-LIC-LOCATION).
    Known(Tz),
    /// Not resolvable: the caller uses its default and warns.
    Unknown,
}

/// Resolve a TZID parameter value to an IANA zone (chrono-tz):
/// 1. an IANA name (also case-insensitive, and legacy links such as `US/Eastern`);
/// 2. a prefixed name: `/Europe/Amsterdam`, `/mozilla.org/20050126_1/America/Boise`,
///    `/softwarestudio.org/Olson_20011030_5/America/Chicago`, `posix/Europe/Vaduz`,
///    `custom_Pacific/Fiji` (the longest `Area/City` suffix that chrono-tz knows);
/// 3. a Windows (Outlook/Exchange) name such as `W. Europe Standard Time`, mapped with CLDR's
///    `windowsZones.xml` world-wide default (territory `001`) via the `localzone` crate;
/// 4. `US-Eastern` style names with `-` for `/`;
/// 5. the `X-LIC-LOCATION` of the calendar's VTIMEZONE with that TZID (`x_lic`).
pub fn resolve_tzid(tzid: &str, x_lic: Option<&str>) -> Resolved {
    let t = tzid.trim().trim_matches('"').trim();
    if t.is_empty() {
        return Resolved::Unknown;
    }
    if let Some(z) = iana(t) {
        return Resolved::Known(z);
    }
    // Prefixed names: try every suffix after a '/' (and after "custom_").
    let stripped = t.trim_start_matches("custom_");
    if let Some(z) = iana(stripped) {
        return Resolved::Known(z);
    }
    for (i, c) in stripped.char_indices() {
        if c == '/' {
            if let Some(z) = iana(&stripped[i + 1..]) {
                return Resolved::Known(z);
            }
        }
    }
    if let Some(name) = localzone::win_zone_to_iana(t, None) {
        if let Ok(z) = Tz::from_str(name) {
            return Resolved::Known(z);
        }
    }
    if t.contains('-') && !t.contains('/') {
        if let Some(z) = iana(&t.replacen('-', "/", 1)) {
            return Resolved::Known(z);
        }
    }
    if let Some(x) = x_lic {
        if x.trim() != t {
            if let Resolved::Known(z) = resolve_tzid(x, None) {
                return Resolved::Known(z);
            }
        }
    }
    Resolved::Unknown
}

fn iana(s: &str) -> Option<Tz> {
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    Tz::from_str(s).ok().or_else(|| chrono_tz::TZ_VARIANTS.iter().find(|z| z.name().eq_ignore_ascii_case(s)).copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).and_then(|x| x.and_hms_opt(h, mi, 0)).expect("valid test date")
    }

    #[test]
    fn gap_moves_forward_by_the_gap() {
        // RFC 5545 §3.3.5 example: TZID=America/New_York:20070311T023000 is 03:30 EDT = 07:30Z.
        let u = local_to_utc(at(2007, 3, 11, 2, 30), chrono_tz::America::New_York);
        assert_eq!(u, Utc.with_ymd_and_hms(2007, 3, 11, 7, 30, 0).unwrap());
        // Amsterdam, 29 March 2026 02:30 does not exist: 03:30 CEST = 01:30Z.
        let u = local_to_utc(at(2026, 3, 29, 2, 30), chrono_tz::Europe::Amsterdam);
        assert_eq!(u, Utc.with_ymd_and_hms(2026, 3, 29, 1, 30, 0).unwrap());
    }

    #[test]
    fn overlap_takes_the_first() {
        // RFC 5545 §3.3.5: TZID=America/New_York:20071104T013000 is 01:30 EDT = 05:30Z.
        let u = local_to_utc(at(2007, 11, 4, 1, 30), chrono_tz::America::New_York);
        assert_eq!(u, Utc.with_ymd_and_hms(2007, 11, 4, 5, 30, 0).unwrap());
        // Amsterdam, 25 October 2026 02:30 happens twice: the first is CEST = 00:30Z.
        let u = local_to_utc(at(2026, 10, 25, 2, 30), chrono_tz::Europe::Amsterdam);
        assert_eq!(u, Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap());
    }

    #[test]
    fn tzid_names() {
        use chrono_tz::{America, Europe};
        assert_eq!(resolve_tzid("Europe/Amsterdam", None), Resolved::Known(Europe::Amsterdam));
        assert_eq!(resolve_tzid("\"Europe/Amsterdam\"", None), Resolved::Known(Europe::Amsterdam));
        assert_eq!(resolve_tzid("/Europe/Amsterdam", None), Resolved::Known(Europe::Amsterdam));
        assert_eq!(resolve_tzid("/mozilla.org/20050126_1/America/Boise", None), Resolved::Known(America::Boise));
        assert_eq!(resolve_tzid("/softwarestudio.org/Olson_20011030_5/America/Chicago", None), Resolved::Known(America::Chicago));
        assert_eq!(resolve_tzid("custom_Pacific/Fiji", None), Resolved::Known(chrono_tz::Pacific::Fiji));
        assert_eq!(resolve_tzid("posix/Europe/Vaduz", None), Resolved::Known(Europe::Vaduz));
        assert_eq!(resolve_tzid("US-Eastern", None), Resolved::Known(chrono_tz::US::Eastern));
        assert_eq!(resolve_tzid("Customized Time Zone", Some("Europe/Berlin")), Resolved::Known(Europe::Berlin));
        assert_eq!(resolve_tzid("Nowhere/Middle", None), Resolved::Unknown);
        assert_eq!(resolve_tzid("", None), Resolved::Unknown);
    }

    #[test]
    fn windows_names() {
        use chrono_tz::{America, Asia, Europe};
        assert_eq!(resolve_tzid("W. Europe Standard Time", None), Resolved::Known(Europe::Berlin));
        assert_eq!(resolve_tzid("Pacific Standard Time", None), Resolved::Known(America::Los_Angeles));
        assert_eq!(resolve_tzid("Tokyo Standard Time", None), Resolved::Known(Asia::Tokyo));
        assert_eq!(resolve_tzid("Romance Standard Time", None), Resolved::Known(Europe::Paris));
        assert_eq!(resolve_tzid("GMT Standard Time", None), Resolved::Known(Europe::London));
    }
}
