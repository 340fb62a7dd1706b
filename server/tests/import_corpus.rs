//! The 618 iCalendar files of eight libraries' test suites (`<open data>/ics`, tagged by
//! `INDEX.csv`) through the importer: no panic, each parse under a second, files meant to be
//! invalid rejected or reported with a reason. The data stays outside the repository
//! (`UITNOORD_OPEN_DATA_DIR`, default `../shared/data` beside the workspace).

use chrono::{TimeZone, Utc};
use server::import::{parse_ics, ImportOptions, ImportReport};
mod common;
use common::ics_dir;
use std::time::{Duration, Instant};


/// Files that INDEX.csv tags `name_suggests_invalid` (their name or folder says invalid, bad,
/// broken or fuzzing) but whose events are importable, each looked at by hand, with the reason.
/// Checked below: each still imports without an error.
const NAMED_INVALID_BUT_VALID: &[(&str, &str)] = &[
    ("ical4j/src/test/resources/samples/invalid/CalendarDataFile.ics", "ical4j calls it invalid for its validator; the content lines are folded right after the name (\"VERSION\" CRLF \" :2.0\"), which unfolds to valid lines (§3.1)"),
    ("ical4j/src/test/resources/samples/invalid/OZMovies.ics", "empty LOCATION values (LOCATION:) only; events are complete"),
    ("ical4j/src/test/resources/samples/invalid/eli_courtwright.ics", "no PRODID (required by §3.6 but irrelevant to the event)"),
    ("ical4j/src/test/resources/samples/invalid/eli_test.ics", "no PRODID, as eli_courtwright.ics"),
    ("ical4j/src/test/resources/samples/invalid/groupwise.ics", "ORGANIZER with an empty cal-address (the CN is used)"),
    ("ical4j/src/test/resources/samples/invalid/korganizer.ics", "a blank line before END:VCALENDAR (ignored)"),
    ("ical4j/src/test/resources/samples/invalid/korganizer-lowercase.ics", "as korganizer.ics with lower/mixed-case names (BEGIN:Vcalendar, pRoDiD): names are case-insensitive (§2)"),
    ("ical4j/src/test/resources/samples/invalid/lastfm.ics", "blank lines between components; floating times (imported with the floating-time warning)"),
    ("ical4j/src/test/resources/samples/invalid/sogo-geo-escaped-semicolon.ics", "GEO:12.34567\\;12.34567 has an escaped separator: GEO is dropped with a warning, the event is fine"),
    ("ical4j/src/test/resources/samples/invalid/talios.ics", "TZID /softwarestudio.org/.../Pacific/Auckland without a VTIMEZONE (§3.2.19); resolved to Pacific/Auckland"),
    ("ical4j/src/test/resources/samples/invalid/tmeher.ics", "an empty CLASS value (CLASS:) only"),
    ("ical4j/src/test/resources/samples/invalid/twinkle.ics", "URL:www.downtownchristmas.com.au is not a URI (kept as text); a VTODO (ignored)"),
    ("ical4j/src/test/resources/samples/invalid/twinkle_orig.ics", "as twinkle.ics, with lines folded right after the name"),
    ("icalendar-rs/fixtures/icalendar-rb/single_event_bad_organizer.ics", "ORGANIZER;CN=Joe Bob\\: Magician:... has an unquoted ':' in a parameter; the line still splits at the first ':' and only the organiser's name is garbled"),
    ("node-ical/test/fixtures/bad_ms_tz.ics", "an Outlook 'Customized Time Zone' TZID: imported in the default zone with the 'unknown TZID' warning"),
    ("python-icalendar/src/icalendar/fuzzing/corpus/america_new_york.ics", "a valid seed of the fuzzing corpus (TZID custom_America/New_York, resolved)"),
    ("python-icalendar/src/icalendar/fuzzing/corpus/pacific_fiji.ics", "a valid seed of the fuzzing corpus (custom_Pacific/Fiji, resolved)"),
    ("python-icalendar/src/icalendar/fuzzing/corpus/timezone_same_start.ics", "a valid seed of the fuzzing corpus"),
    ("python-icalendar/src/icalendar/fuzzing/corpus/timezone_same_start_and_offset.ics", "a valid seed of the fuzzing corpus (Tokyo Standard Time, a Windows name)"),
    ("python-icalendar/src/icalendar/fuzzing/corpus/timezoned.ics", "a valid seed of the fuzzing corpus"),
    ("python-icalendar/src/icalendar/tests/calendars/issue_218_bad_tzid.ics", "the VTIMEZONE's STANDARD has a DATE DTSTART (invalid, §3.6.5), but VTIMEZONE rules are not read: TZID UTC+11 is a Windows zone name (CLDR: Etc/GMT-11)"),
];

#[test]
fn corpus_runs_without_panics_quickly_and_rejects_invalid_files() {
    let Some(dir) = ics_dir() else {
        eprintln!("SKIPPED: no ics corpus found (set UITNOORD_OPEN_DATA_DIR)");
        return;
    };
    let opts = ImportOptions::new(Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap())
        .with_horizon(Utc.with_ymd_and_hms(1970, 1, 1, 0, 0, 0).unwrap(), Utc.with_ymd_and_hms(2040, 1, 1, 0, 0, 0).unwrap());
    let mut rdr = csv::Reader::from_path(dir.join("INDEX.csv")).expect("INDEX.csv");
    let headers = rdr.headers().expect("header").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (c_path, c_invalid) = (col("path"), col("name_suggests_invalid"));
    let (mut files, mut events, mut occurrences, mut errors, mut rejected) = (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut slow = vec![];
    let mut panicked = vec![];
    let mut invalid_accepted = vec![];
    let mut slowest = (Duration::ZERO, String::new());
    let dump = std::env::var("IMPORT_CORPUS_DUMP").ok();
    let mut lines = vec![];
    for rec in rdr.records() {
        let rec = rec.expect("csv record");
        let path = rec[c_path].to_string();
        let meant_invalid = rec[c_invalid].eq_ignore_ascii_case("true");
        let bytes = std::fs::read(dir.join(&path)).expect("corpus file");
        files += 1;
        let t = Instant::now();
        let r = std::panic::catch_unwind(|| parse_ics(&bytes, &opts));
        let took = t.elapsed();
        if took > slowest.0 {
            slowest = (took, path.clone());
        }
        if took > Duration::from_secs(1) {
            slow.push(format!("{path}: {took:?}"));
        }
        let r: ImportReport = match r {
            Ok(r) => r,
            Err(_) => {
                panicked.push(path.clone());
                continue;
            }
        };
        events += r.imported();
        occurrences += r.occurrence_count();
        errors += r.errors.len();
        if r.imported() == 0 && r.errors.iter().any(|e| e.item == "source") {
            rejected += 1;
        }
        for e in &r.errors {
            assert!(!e.reason.trim().is_empty(), "{path}: error without a reason");
        }
        if meant_invalid && r.errors.is_empty() && !NAMED_INVALID_BUT_VALID.iter().any(|(p, _)| *p == path) {
            invalid_accepted.push(path.clone());
        }
        if dump.is_some() {
            lines.push(format!(
                "{path}\tinvalid={meant_invalid}\tev={}/{}\tocc={}\terr={}",
                r.imported(),
                r.total,
                r.occurrence_count(),
                r.errors.iter().map(|e| format!("{}:{}", e.code, e.reason.chars().take(120).collect::<String>())).collect::<Vec<_>>().join(" | ")
            ));
        }
    }
    if let Some(d) = dump {
        std::fs::write(d, lines.join("\n")).expect("dump");
    }
    for (p, _) in NAMED_INVALID_BUT_VALID {
        let r = parse_ics(&std::fs::read(dir.join(p)).expect("listed file"), &opts);
        assert!(r.errors.is_empty(), "{p} is listed as valid but reports {:?}", r.errors);
    }
    eprintln!(
        "ics corpus: {files} files, {events} events imported, {occurrences} occurrences, {errors} errors ({rejected} files rejected as a whole); slowest {:?} ({})",
        slowest.0, slowest.1
    );
    assert_eq!(files, 618, "INDEX.csv lists 618 files");
    assert!(panicked.is_empty(), "panicked: {panicked:?}");
    assert!(slow.is_empty(), "took more than a second: {slow:?}");
    assert!(invalid_accepted.is_empty(), "meant to be invalid but imported without an error: {invalid_accepted:#?}");
}
