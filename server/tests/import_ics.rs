//! Named files of the iCalendar corpus (`<open data>/ics`) with their event and occurrence
//! counts, each worked out by hand from the file text and RFC 5545 (not copied from the
//! importer). Horizon: 1990-01-01 to 2030-01-01 unless a row sets one (for unbounded rules);
//! all-day dates count from local midnight in Europe/Amsterdam (the default zone). DTSTART is
//! always the first instance (§3.8.5.3), also when the rule does not produce it.

use chrono::{DateTime, TimeZone, Utc};
use server::import::{parse_ics, render_json, ImportOptions};
mod common;
use common::ics_dir;


/// (file, horizon (from, until) or "" for the default, imported events, total items, occurrences)
type Row = (&'static str, (&'static str, &'static str), usize, usize, usize);
const D: (&str, &str) = ("", "");

#[rustfmt::skip]
const TABLE: &[Row] = &[
    // --- ical-rs
    // DAILY;INTERVAL=2 from 24 Nov 2020 11:00 "W. Europe Standard Time" (Windows → Europe/Berlin, CET);
    // UNTIL=20201126T100000Z = 26 Nov 11:00 CET, inclusive: 24 and 26 Nov = 2.
    ("ical-rs/tests/ressources/o365_meeting.ics", D, 1, 1, 2),
    // Three single events with different UIDs (Europe/Berlin) = 3.
    ("ical-rs/tests/ressources/sabre_test.ics", D, 3, 3, 3),
    // One event in "W. Europe Standard Time"; its RRULEs are inside the VTIMEZONE, not the event = 1.
    ("ical-rs/tests/ressources/ical_example_1.ics", D, 1, 1, 1),
    // --- ical.js
    // All-day WEEKLY;BYDAY=MO,TU,WE,TH,FR from Fri 3 Aug 2012, unbounded; horizon to 14 Aug 12:00Z
    // (15 Aug starts at 14 Aug 22:00Z, outside): 3, 6-10, 13, 14 Aug = 8.
    ("ical.js/samples/day_long_recur_yearly.ics", ("2012-08-01T00:00:00Z", "2012-08-14T12:00:00Z"), 1, 1, 8),
    // DTSTART + DURATION:P1D, no rule = 1.
    ("ical.js/samples/duration_instead_of_dtend.ics", D, 1, 1, 1),
    // UID 2014_BIRTHDAY: DTSTART 10 Dec 2014 (COUNT=1) + RDATE 2013-12-10, 2012-12-10 (dates written
    // with a stray Z) = 3; UID BIRTHDAY: three RECURRENCE-ID instances without a master = 3. 2 events, 6.
    ("ical.js/samples/google_birthday.ics", D, 2, 2, 6),
    // From Mon 26 Mar 2012 11:00 LA: RRULE WEEKLY until 29 Jul 23:59:59 PDT = the 18 Mondays
    // 26 Mar..23 Jul; RRULE MONTHLY;BYDAY=SU = every Sunday 1 Apr..29 Jul = 18; union = 36.
    ("ical.js/samples/multiple_rrules.ics", D, 1, 1, 36),
    // DAILY;BYDAY=MO-FR from Tue 11 Sep 2012, unbounded; horizon to 22 Sep: 11-14, 17-21 Sep = 9.
    ("ical.js/samples/parserv2.ics", ("2012-09-01T00:00:00Z", "2012-09-22T00:00:00Z"), 1, 1, 9),
    // DAILY;COUNT=4 from 9 Jun 2024 03:00Z = 9,10,11,12 Jun; EXDATE;VALUE=DATE:20240611 removes the
    // instance on that date = 3.
    ("ical.js/samples/rdate_exdate.ics", D, 1, 1, 3),
    // MONTHLY;BYDAY=1TU from 2 Oct 2012 10:00 LA, horizon to 1 Jun 2013: first Tuesdays Oct 2, Nov 6,
    // Dec 4, Jan 1, Feb 5, Mar 5, Apr 2, May 7 = 8, minus EXDATE Dec 4, Feb 5, Apr 2 = 5; plus RDATE
    // 5, 10, 30 Nov 2012 = 8 (the 2023 RDATEs are outside); the two overrides move 2 Oct to 15:00 and
    // 5 Nov (RECURRENCE-ID 18:00Z = 10:00 PST) to 6 Nov 20:00, replacing, not adding = 8.
    ("ical.js/samples/recur_instances.ics", ("2012-01-01T00:00:00Z", "2013-06-01T00:00:00Z"), 1, 1, 8),
    // MONTHLY;BYDAY=1TU;UNTIL=20121231T100000 (floating UNTIL, read as local): Oct 2, Nov 6, Dec 4 = 3,
    // plus RDATE 10 Nov and 5 Nov = 5.
    ("ical.js/samples/recur_instances_finite.ics", D, 1, 1, 5),
    // TZID Nowhere/Middle is unknown: default zone with a warning; still 1 event, 1 occurrence.
    ("ical.js/samples/timezone_from_file.ics", D, 1, 1, 1),
    // --- icalendar-rs
    // All-day YEARLY from 23 Mar 2005, unbounded, horizon to 2030: 2005..2029 = 25, minus EXDATE
    // 2012-03-23 and 2013-03-23 = 23 (DTEND = DTSTART is read as one day).
    ("icalendar-rs/fixtures/icalendar-rb/recurrence.ics", D, 1, 1, 23),
    // DTSTART 20 Jan 2005 17:00 US-Mountain + RDATE 21 and 22 Jan = 3.
    ("icalendar-rs/fixtures/icalendar-rb/single_event.ics", D, 1, 1, 3),
    // Two all-day events, different UIDs = 2.
    ("icalendar-rs/fixtures/icalendar-rb/two_day_events.ics", D, 2, 2, 2),
    // Two timed events; each VEVENT has two UID lines and the first one counts: 2 UIDs = 2.
    ("icalendar-rs/fixtures/icalendar-rb/two_time_events.ics", D, 2, 2, 2),
    // All-day, DTEND = DTSTART (read as one day) = 1.
    ("icalendar-rs/fixtures/icalendar-rb/nondefault_values.ics", D, 1, 1, 1),
    // --- libical
    // Three events; the third has DTEND 19970701T1100000Z (7 time digits), invalid: 2 of 3.
    ("libical/test-data/calendar.ics", D, 2, 3, 2),
    // Two masters with one UID (SEQUENCE 1 and 0): one event, the SEQUENCE 1 one = 1.
    ("libical/test-data/classify.ics", D, 1, 1, 1),
    // DTEND 19970701T1300Z and DTSTART 19970701T13000Z are invalid; only the third event: 1 of 3.
    ("libical/test-data/process-calendar.ics", D, 1, 3, 1),
    // One event = 1.
    ("libical/test-data/2.ics", D, 1, 1, 1),
    // --- node-ical
    // A: WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=SU from Thu 16 Feb 2017 09:00 US/Central until 13 Aug
    // 23:59:59 CDT: 16 Feb, then Mon+Thu of the weeks of 26 Feb, 12 Mar, ..., 30 Jul (12 weeks) = 25,
    // minus EXDATE 6, 17, 20 Jul and 3 Aug = 21. B: biweekly MO,TU from Mon 14 Aug, horizon to 1 Sep:
    // 14, 15, 28, 29 Aug = 4. Total 25.
    ("node-ical/test/fixtures/biweekly-exdate-until.ics", ("1990-01-01T00:00:00Z", "2017-09-01T00:00:00Z"), 2, 2, 25),
    // DAILY;COUNT=10 from 6 Jul 2015 = 6..15 Jul, minus EXDATE 8 and 10 Jul = 8. The override of 7 Jul
    // has DTEND before its DTSTART (invalid, §3.8.2.2): ignored with a warning, 7 Jul stays = 8.
    ("node-ical/test/fixtures/daily-count-exdate-recurrence-id.ics", D, 1, 1, 8),
    // Two masters with one UID: SEQUENCE 2 wins over SEQUENCE 0; DAILY;COUNT=5 = 5.
    ("node-ical/test/fixtures/duplicate-rrule-sequence.ics", D, 1, 1, 5),
    // All-day WEEKLY;BYDAY=TU,TH from Thu 19 Feb 2026, UNTIL 17 Aug 22:00Z = 18 Aug local midnight
    // (a Tuesday, inclusive): 26 Thursdays (19 Feb..13 Aug) + 26 Tuesdays (24 Feb..18 Aug) = 52; the
    // override (RECURRENCE-ID 26 Feb in W. Europe time) moves 26 Feb to 27 Feb = 52.
    ("node-ical/test/fixtures/exchange_whole_day_moved_recurrence.ics", D, 1, 1, 52),
    // DAILY from 25 Aug 2016 14:00 Kiev, UNTIL 28 Aug 11:00Z = 14:00 EEST inclusive: 25-28 Aug = 4;
    // the override of 26 Aug keeps its time = 4.
    ("node-ical/test/fixtures/google-calendar-kiev-tz.ics", D, 1, 1, 4),
    // Override listed before its master: DAILY;COUNT=3 = 10, 11, 12 Feb; 11 Feb moved to 10:30 = 3.
    ("node-ical/test/fixtures/google-recurrence-order.ics", D, 1, 1, 3),
    // Five single events: floating, UTC, New York, VALUE=DATE, and an 8-digit DTSTART without
    // VALUE=DATE (read as a date) = 5.
    ("node-ical/test/fixtures/mixed-timezone-handling.ics", D, 5, 5, 5),
    // Nine events: #1 has a date-time DTSTART with a DATE DTEND (invalid, §3.8.2.2), #9 has
    // DTSTART "Next Year": 7 of 9, one occurrence each.
    ("node-ical/test/fixtures/multi-event-basic.ics", D, 7, 9, 7),
    // DAILY from 1 Mar 2024 14:00 New York, UNTIL=20240315T140000 (floating, read as local) = 1..15 Mar = 15.
    ("node-ical/test/fixtures/non-utc-until-ny.ics", D, 1, 1, 15),
    // WEEKLY from Mon 1 Jan 2024 10:00 Berlin, UNTIL 31 Dec 10:00 local: Mondays 1 Jan..30 Dec = 53.
    ("node-ical/test/fixtures/non-utc-until.ics", D, 1, 1, 53),
    // TZID "(GMT +01:00)" unknown (default zone, warning); WEEKLY;BYDAY=TU from 4 Oct 2022 UNTIL
    // 1 Dec 02:00: 4, 11, 18, 25 Oct, 1, 8, 15, 22, 29 Nov = 9.
    ("node-ical/test/fixtures/music-school-weekly-until.ics", D, 1, 1, 9),
    // TZID Europe/Germany unknown (default zone); DAILY;COUNT=4 = 4.
    ("node-ical/test/fixtures/germany_at_end_of_day_repeating.ics", D, 1, 1, 4),
    // --- ical4j
    // TZID "Kuala Lumpur, Singapore" unknown (default zone); WEEKLY;BYDAY=FR from Fri 31 Oct 2008,
    // horizon to 1 Dec: 31 Oct, 7, 14, 21, 28 Nov = 5.
    ("ical4j/src/test/resources/samples/valid/2207678.ics", ("1990-01-01T00:00:00Z", "2008-12-01T00:00:00Z"), 1, 1, 5),
    // 11 VEVENTs, 10 UIDs (one is an override), horizon 1 Dec 2001..31 Dec 2003: yearly 26 Jan (2),
    // 29 Mar 2002 (1), 1 Apr 2002 (1), yearly 25 Apr (2), yearly 10 Jun (2; the 2003 one moved to
    // 9 Jun by the override whose RECURRENCE-ID is 10 Jun 00:00 Hong Kong), yearly 25 Dec (2),
    // yearly 26 Dec (2), 18 Apr 2003 (1), 21 Apr 2003 (1), yearly 1 Jan (2002, 2003) = 16.
    ("ical4j/src/test/resources/samples/valid/Australian32Holidays.ics", ("2001-12-01T00:00:00Z", "2003-12-31T00:00:00Z"), 10, 10, 16),
    // --- ical.net (the RFC 5545 §3.8.5.3 examples)
    // DAILY;INTERVAL=10;COUNT=5 = 5.
    ("ical.net/Ical.Net.Tests/Calendars/Recurrence/DailyCount2.ics", D, 1, 1, 5),
    // DAILY until 24 Dec 1997 00:00Z (= 23 Dec 19:00 EST) from 2 Sep 09:00: Sep 2-30 (29), Oct (31),
    // Nov (30), Dec 1-23 (23) = 113, as in the RFC.
    ("ical.net/Ical.Net.Tests/Calendars/Recurrence/DailyUntil1.ics", D, 1, 1, 113),
    // MONTHLY;COUNT=10;BYDAY=1FR = 10.
    ("ical.net/Ical.Net.Tests/Calendars/Recurrence/MonthlyCountByDay1.ics", D, 1, 1, 10),
    // MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU = 10.
    ("ical.net/Ical.Net.Tests/Calendars/Recurrence/MonthlyCountByDay2.ics", D, 1, 1, 10),
    // MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3 = 4 Sep, 7 Oct, 6 Nov 1997 = 3.
    ("ical.net/Ical.Net.Tests/Calendars/Recurrence/MonthlyBySetPos1.ics", D, 1, 1, 3),
    // HOURLY;INTERVAL=3;UNTIL=19970902T190000 (local) from 09:00 = 09, 12, 15, 18 h = 4.
    ("ical.net/Ical.Net.Tests/Calendars/Recurrence/HourlyUntil1.ics", D, 1, 1, 4),
    // MINUTELY;INTERVAL=15;COUNT=6 = 6.
    ("ical.net/Ical.Net.Tests/Calendars/Recurrence/MinutelyCount1.ics", D, 1, 1, 6),
    // DAILY;BYMONTH=1 until 31 Jan 2000 14:00Z (09:00 EST, inclusive): every January day of 1998,
    // 1999, 2000 = 93, plus DTSTART 2 Sep 1997 (always the first instance, §3.8.5.3) = 94.
    ("ical.net/Ical.Net.Tests/Calendars/Recurrence/ByMonth1.ics", D, 1, 1, 94),
    // DAILY;INTERVAL=2 from 2 Sep 1997, horizon to 1 Oct: 2, 4, ..., 30 Sep = 15.
    ("ical.net/Ical.Net.Tests/Calendars/Recurrence/Daily1.ics", ("1990-01-01T00:00:00Z", "1997-10-01T00:00:00Z"), 1, 1, 15),
    // Friday the 13th (MONTHLY;BYDAY=FR;BYMONTHDAY=13), DTSTART excluded by EXDATE, horizon to 2000:
    // 13 Feb, 13 Mar, 13 Nov 1998, 13 Aug 1999 = 4.
    ("ical.net/Ical.Net.Tests/Calendars/Recurrence/MonthlyByMonthDay1.ics", ("1990-01-01T00:00:00Z", "2000-01-01T00:00:00Z"), 1, 1, 4),
    // Two WEEKLY events (Fri 25 and Sat 26 Dec 2009, 11:00 Tokyo = 02:00Z), horizon to 10 Jan 2010:
    // 25 Dec, 1, 8 Jan and 26 Dec, 2, 9 Jan = 6.
    ("ical.net/Ical.Net.Tests/Calendars/Recurrence/Bug2916581.ics", ("1990-01-01T00:00:00Z", "2010-01-10T00:00:00Z"), 2, 2, 6),
    // --- python-icalendar
    // DAILY;COUNT=10 = 10.
    ("python-icalendar/src/icalendar/tests/calendars/issue_1081_event_with_rrule.ics", D, 1, 1, 10),
    // No rule; EXDATE 5 and 6 Jan match nothing = DTSTART only = 1.
    ("python-icalendar/src/icalendar/tests/calendars/issue_1081_list_of_properties.ics", D, 1, 1, 1),
    // "RDATE:" with no value is invalid (§3.8.5.2): 0 of 1.
    ("python-icalendar/src/icalendar/tests/calendars/issue_1081_empty_rdate.ics", D, 0, 1, 0),
    // DTSTART 30 Dec 1996 + RDATE;VALUE=PERIOD with two periods = 3.
    ("python-icalendar/src/icalendar/tests/calendars/issue_1426.ics", D, 1, 1, 3),
    // MONTHLY;COUNT=9;BYDAY=+3WE;BYMONTH=1-5,9-12 from 20 Sep 2023: Sep 20, Oct 18, Nov 15, Dec 20,
    // Jan 17, Feb 21, Mar 20, Apr 17, May 15 = 9, minus EXDATE 20 Dec = 8, plus RDATE period 13 Dec = 9.
    ("python-icalendar/src/icalendar/tests/calendars/period_with_timezone.ics", D, 1, 1, 9),
    // DAILY;COUNT=5 (2-6 Jan 2006) + RDATE period 2 Jan 15:00 = 6; the override moves 4 Jan 12:00 to 14:00 = 6.
    ("python-icalendar/src/icalendar/tests/calendars/rfc_7265_appendix_example_2_ical.ics", D, 1, 1, 6),
    // TZID /Europe/Stockholm (prefixed); WEEKLY;BYDAY=FR from 21 Oct 2022 20:00, horizon to 12 Nov:
    // 21, 28 Oct, 4, 11 Nov = 4.
    ("python-icalendar/src/icalendar/tests/calendars/issue_466_convert_tzid_with_slash.ics", ("1990-01-01T00:00:00Z", "2022-11-12T00:00:00Z"), 1, 1, 4),
    // Unknown Outlook TZID (default zone); DAILY;BYDAY=MO, TU, WE, TH, FR (spaces tolerated) from
    // Fri 3 Jul 2015 10:00 UNTIL 22 Jul 08:00Z (10:00 CEST, inclusive): 3, 6-10, 13-17, 20-22 Jul = 14.
    ("python-icalendar/src/icalendar/tests/calendars/issue_165_missing_event.ics", D, 1, 1, 14),
    // The RFC's RDATE examples as six VEVENTs without DTSTART: all rejected, 0 of 6.
    ("python-icalendar/src/icalendar/tests/calendars/rfc_5545_RDATE_example.ics", D, 0, 6, 0),
];

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("horizon").with_timezone(&Utc)
}

#[test]
fn named_files_have_their_hand_counted_events_and_occurrences() {
    let Some(dir) = ics_dir() else {
        eprintln!("SKIPPED: no ics corpus found (set UITNOORD_OPEN_DATA_DIR)");
        return;
    };
    assert!(TABLE.len() >= 30);
    let suites: std::collections::BTreeSet<&str> = TABLE.iter().map(|r| r.0.split('/').next().unwrap_or("")).collect();
    assert_eq!(suites.len(), 8, "rows from all eight suites: {suites:?}");
    let mut wrong = vec![];
    for (path, (from, until), events, total, occurrences) in TABLE {
        let (f, u) = if from.is_empty() { (at("1990-01-01T00:00:00Z"), at("2030-01-01T00:00:00Z")) } else { (at(from), at(until)) };
        let opts = ImportOptions::new(Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap()).with_horizon(f, u);
        let bytes = std::fs::read(dir.join(path)).expect("corpus file");
        let r = parse_ics(&bytes, &opts);
        let got = (r.imported(), r.total, r.occurrence_count());
        if got != (*events, *total, *occurrences) {
            wrong.push(format!(
                "{path}: expected {events} of {total} events, {occurrences} occurrences; got {} of {}, {} — errors {:?}; warnings {:?}",
                got.0,
                got.1,
                got.2,
                r.errors,
                r.events.iter().flat_map(|e| e.warnings.clone()).collect::<Vec<_>>()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn odd_inputs_are_rejected_quickly_without_panics() {
    let opts = ImportOptions::new(Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap());
    let t = std::time::Instant::now();
    assert_eq!(parse_ics(b"", &opts).errors[0].code, "empty");
    // 10 MB of pseudo-random bytes (deterministic).
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let garbage: Vec<u8> = (0..10 * 1024 * 1024)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let r = parse_ics(&garbage, &opts);
    assert_eq!(r.imported(), 0);
    assert!(!r.errors.is_empty());
    // 10 MB of printable garbage that mentions BEGIN:VCALENDAR.
    let mut text = String::from("BEGIN:VCALENDAR\r\n");
    while text.len() < 10 * 1024 * 1024 - 100 {
        text.push_str("lorem ipsum: dolor; sit=amet \"\r\n");
    }
    let r = parse_ics(text.as_bytes(), &opts);
    assert_eq!(r.imported(), 0);
    assert!(!r.errors.is_empty());
    // Binary data.
    assert_eq!(parse_ics(&[0u8, 1, 2, 3, 0x89, b'P', b'N', b'G'], &opts).errors[0].code, "invalid_utf8");
    assert_eq!(parse_ics(b"BEGIN:VCALENDAR\r\n\0\0\0END:VCALENDAR\r\n", &opts).errors[0].code, "binary");
    // Deeply nested BEGIN blocks.
    let deep = format!("BEGIN:VCALENDAR\r\n{}{}END:VCALENDAR\r\n", "BEGIN:VEVENT\r\n".repeat(100_000), "END:VEVENT\r\n".repeat(100_000));
    assert_eq!(parse_ics(deep.as_bytes(), &opts).errors[0].code, "too_deeply_nested");
    // A 100,000-occurrence rule: truncated with a warning, fast.
    let big = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:big\r\nDTSTART:20261201T000000Z\r\nRRULE:FREQ=HOURLY;COUNT=100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let r = parse_ics(big, &opts);
    assert_eq!(r.events[0].occurrences.len(), 1000);
    assert!(r.events[0].warnings.iter().any(|w| w.starts_with("truncated")), "{:?}", r.events[0].warnings);
    // Unbounded SECONDLY from 1900: gives up after a bounded number of instances.
    let secondly = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:s\r\nDTSTART:19000101T000000Z\r\nRRULE:FREQ=SECONDLY;COUNT=100000000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let r = parse_ics(secondly, &opts);
    assert_eq!(r.imported(), 0);
    assert!(t.elapsed() < std::time::Duration::from_secs(30), "odd inputs took {:?}", t.elapsed());
}

#[test]
fn cli_json_shape() {
    // The CONTRACTS.md shape of `uitnoord import ... --dry-run --json`.
    let ics = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a@x\r\nSUMMARY:Toneel\r\nDTSTART;TZID=Europe/Amsterdam:20261205T200000\r\nDTEND;TZID=Europe/Amsterdam:20261205T220000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b@x\r\nSUMMARY:Markt\r\nDTSTART;VALUE=DATE:20261206\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:c@x\r\nSUMMARY:Kapot\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let opts = ImportOptions::new(Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap());
    let r = parse_ics(ics, &opts);
    let v = render_json(&r, opts.default_tz, None);
    assert_eq!(v["imported"], 2);
    assert_eq!(v["failed"], 1);
    let e0 = &v["events"][0];
    assert_eq!(e0["uid"], "a@x");
    assert_eq!(e0["name"], "Toneel");
    assert!(e0.get("id").is_none(), "no id with --dry-run");
    assert_eq!(e0["occurrences"][0]["start"], "2026-12-05T20:00:00+01:00");
    assert_eq!(e0["occurrences"][0]["end"], "2026-12-05T22:00:00+01:00");
    assert_eq!(e0["occurrences"][0]["all_day"], false);
    assert_eq!(e0["occurrences"][0]["status"], "scheduled");
    assert!(e0["warnings"].as_array().is_some_and(|w| w.is_empty()));
    let e1 = &v["events"][1];
    assert_eq!(e1["occurrences"][0]["start"], "2026-12-06");
    assert_eq!(e1["occurrences"][0]["end"], "2026-12-07");
    assert_eq!(e1["occurrences"][0]["all_day"], true);
    assert_eq!(v["errors"][0]["code"], "missing_dtstart");
    assert!(v["errors"][0]["item"].as_str().is_some_and(|s| s.contains("c@x")));
    let with_ids = render_json(&r, opts.default_tz, Some(&[7, 8]));
    assert_eq!(with_ids["events"][1]["id"], 8);
    // The built binary prints the same shape.
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a.ics");
    std::fs::write(&file, ics).expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_uitnoord"))
        .args(["import", "ics", file.to_str().expect("path"), "--dry-run", "--json"])
        .env("UITNOORD_DATA_DIR", dir.path().join("data"))
        .output()
        .expect("run uitnoord");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let cli: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(cli["imported"], 2);
    assert_eq!(cli["failed"], 1);
    assert_eq!(cli["events"][1]["occurrences"][0]["start"], "2026-12-06");
    assert!(!dir.path().join("data").exists(), "a dry run touches no database");
    // Without --dry-run and without --org: a clear error.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_uitnoord")).args(["import", "ics", file.to_str().expect("path")]).output().expect("run uitnoord");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--org"));
}
