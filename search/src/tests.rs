use super::*;

fn doc(id: i64, lang: &str, title: &str, text: &str, place: &str) -> EventDoc {
    EventDoc {
        id,
        titles: vec![(lang.into(), title.into())],
        texts: vec![(lang.into(), text.into())],
        place: place.into(),
        ..Default::default()
    }
}

fn sample() -> EventIndex {
    let ix = EventIndex::in_memory().expect("index");
    let docs = vec![
        doc(1, "nl", "Kindervoorstelling: De Gruffalo", "Een voorstelling voor kinderen vanaf 4 jaar", "Stadsschouwburg Groningen"),
        doc(2, "fy", "Bernefoarstelling yn it Frysk", "In foarstelling foar bern", "Tryater Ljouwert Leeuwarden"),
        doc(3, "nl", "Filmavond: Nordic noir", "Film in het filmhuis", "Filmhuis Slieker Leeuwarden"),
        doc(4, "nl", "Tentoonstelling moderne kunst", "Een tentoonstelling over kunst", "Drents Museum Assen"),
        doc(5, "fy", "Dûnsje mei Tomke", "Dûnsje foar elkenien", "Harmonie Leeuwarden"),
    ];
    ix.rebuild(&docs, "t", |_, _| {}).expect("rebuild");
    ix
}

fn ids(ix: &EventIndex, q: &str) -> Vec<i64> {
    ix.search(q, 10).expect("search").into_iter().map(|h| h.id).collect()
}

#[test]
fn dutch_stemming_finds_plural() {
    let ix = sample();
    assert_eq!(ids(&ix, "tentoonstellingen").first(), Some(&4));
}

#[test]
fn frisian_and_dutch_children_performances_meet() {
    let ix = sample();
    let a = ids(&ix, "bernefoarstelling");
    assert!(a.contains(&1) && a.contains(&2), "{a:?}");
    let b = ids(&ix, "kindervoorstelling");
    assert!(b.contains(&1) && b.contains(&2), "{b:?}");
}

#[test]
fn folding_and_typos() {
    let ix = sample();
    assert_eq!(ids(&ix, "dunsje").first(), Some(&5));
    assert_eq!(ids(&ix, "tentoonsteling").first(), Some(&4));
}

#[test]
fn prefix_on_last_word() {
    let ix = sample();
    assert!(ids(&ix, "filmav").contains(&3));
}

#[test]
fn odd_input_never_errors() {
    let ix = sample();
    for q in ["", "   ", "\"", "AND OR NOT", "title:foo", "(((", "*", "~2", "\u{0}", &"x".repeat(100_000), "🎭🎭", "a:b:c [1 TO 2]"] {
        assert!(ix.search(q, 10).is_ok(), "{q:?}");
    }
    assert!(ids(&ix, "").is_empty());
}

#[test]
fn unknown_words_are_dropped_not_required() {
    let ix = sample();
    assert_eq!(ids(&ix, "film xyzzyq").first(), Some(&3));
    assert!(ids(&ix, "xyzzyq").is_empty());
}

#[test]
fn on_disk_index_reports_freshness() {
    let dir = std::env::temp_dir().join(format!("uitnoord-ix-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let ix = EventIndex::open(&dir).expect("open");
    assert!(!ix.is_current("fp1"));
    ix.rebuild(&[doc(1, "nl", "Concert", "", "")], "fp1", |_, _| {}).expect("rebuild");
    assert!(ix.is_current("fp1"));
    assert!(!ix.is_current("fp2"));
    drop(ix);
    let ix = EventIndex::open(&dir).expect("reopen");
    assert_eq!(ix.num_docs(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn structured_features_are_searchable() {
    let ix = EventIndex::in_memory().expect("index");
    let d = EventDoc {
        id: 7,
        titles: vec![("fy".into(), "Beppe har hoed".into())],
        texts: vec![("fy".into(), "In grappige foarstelling".into())],
        event_type: "theatre".into(),
        in_language: vec!["fy".into()],
        ..Default::default()
    };
    ix.rebuild(&[d], "t", |_, _| {}).expect("rebuild");
    assert_eq!(ids(&ix, "Frysk toaniel"), vec![7], "language of performance and type come from the fields");
}

#[test]
fn language_of_performance_and_type_both_required_first() {
    let ix = EventIndex::in_memory().expect("index");
    let mk = |id: i64, lang: &str, title: &str, text: &str, inl: &str| EventDoc {
        id,
        titles: vec![(lang.into(), title.into())],
        texts: vec![(lang.into(), text.into())],
        event_type: "theatre".into(),
        in_language: vec![inl.into()],
        ..Default::default()
    };
    let mut docs = vec![
        mk(1, "fy", "Toaniel yn Ljouwert", "In lyts toanielstik", "fy"),
        mk(2, "nl", "Friestalige voorstelling in Groningen", "Een Fries theatergezelschap speelt", "fy"),
        mk(3, "fy", "Bernefoarstelling 'Beppe har hoed'", "In grappige foarstelling oer in beppe", "fy"),
    ];
    for i in 10..30 {
        docs.push(mk(i, "drt", "Teniel in Schoonebeek", "De toneelvereniging speelt een klucht in het Drents", "drt"));
    }
    ix.rebuild(&docs, "t", |_, _| {}).expect("rebuild");
    let mut top: Vec<i64> = ids(&ix, "Frysk toaniel").into_iter().take(3).collect();
    top.sort();
    assert_eq!(top, vec![1, 2, 3]);
}

#[test]
fn update_replaces_one_document_without_a_rebuild() {
    let ix = sample();
    let before = ix.num_docs();
    // Event 4 changes its title; event 5 is withdrawn; event 9 is new.
    let changed = doc(4, "nl", "Expositie fotografie", "Foto's uit het Noorden", "Drents Museum Assen");
    let new = doc(9, "nl", "Koorconcert in de Martinikerk", "Een koor zingt", "Martinikerk Groningen");
    ix.update(&[changed, new], &[5], "t2").expect("update");
    assert_eq!(ix.num_docs(), before + 1 - 1);
    assert!(!ids(&ix, "moderne").contains(&4), "old text is gone");
    assert!(ids(&ix, "tentoonstelling").contains(&4), "an expositie is a tentoonstelling (concept)");
    assert_eq!(ids(&ix, "fotografie"), vec![4]);
    assert!(ids(&ix, "dunsje").is_empty(), "withdrawn event is not found");
    assert_eq!(ids(&ix, "concert").first(), Some(&9), "a compound part is found: concert in Koorconcert");
}

#[test]
fn index_on_disk_is_rebuilt_when_the_analysis_changes() {
    let dir = std::env::temp_dir().join(format!("uitnoord-ix-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    {
        let ix = EventIndex::open(&dir).expect("open");
        ix.rebuild(&[doc(1, "nl", "Koorconcert", "Een koor", "Kerk")], "fp1", |_, _| {}).expect("rebuild");
        assert!(ix.is_current("fp1"));
        assert!(!ix.is_current("fp2"), "other data: not current");
    }
    // An index written by an older analysis is not current and is recreated empty on open.
    std::fs::write(dir.join("uitnoord-index.json"), r#"{"analysis":"1.0000000000000000","fingerprint":"fp1"}"#).expect("meta");
    let ix = EventIndex::open(&dir).expect("reopen");
    assert!(!ix.is_current("fp1"));
    assert_eq!(ix.num_docs(), 0);
    drop(ix);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_word_being_typed_reaches_its_concept() {
    let ix = sample();
    let a = ids(&ix, "kienderv");
    assert!(a.contains(&1) && a.contains(&2), "prefix of the Drents word finds Dutch and Frisian shows: {a:?}");
    assert_eq!(ids(&ix, "tentoo").first(), Some(&4));
}

#[test]
fn a_town_in_the_text_keeps_to_its_surroundings_and_ranks_the_town_first() {
    // Leeuwarden/Ljouwert at 53.2012, 5.7999; events due south of it at 0, 3, 12, 19 and 45 km,
    // and one without coordinates.
    let ix = EventIndex::in_memory().expect("index");
    let at = |id: i64, title: &str, lat: Option<f64>, lon: Option<f64>| EventDoc {
        id,
        titles: vec![("fy".into(), title.into())],
        texts: vec![("fy".into(), "In toanielstik".into())],
        lat,
        lon,
        ..Default::default()
    };
    let km_south = |km: f64| 53.2012 - km / 111.2;
    let docs = vec![
        at(1, "Toaniel", Some(km_south(12.0)), Some(5.7999)),
        at(2, "Toaniel", Some(53.2012), Some(5.7999)),
        at(3, "Toaniel", Some(km_south(45.0)), Some(5.7999)),
        at(4, "Toaniel", None, None),
        at(5, "Toaniel", Some(km_south(3.0)), Some(5.7999)),
        at(6, "Toaniel toaniel", Some(km_south(19.0)), Some(5.7999)),
    ];
    ix.rebuild(&docs, "t", |_, _| {}).expect("rebuild");
    ix.set_places(Places::new([(
        vec!["Leeuwarden".to_string(), "Ljouwert".to_string()],
        NamedPlace { name: "Leeuwarden".into(), lat: 53.2012, lon: 5.7999, population: 124_000 },
    )]));
    let hits = ix.search("toaniel Ljouwert", 10).expect("search");
    let got: Vec<i64> = hits.iter().map(|h| h.id).collect();
    // Within 5 km (2, 5) before those further out (1 at 12 km, 6 at 19 km, whose title says the
    // word twice but is halved and lowered by distance); 45 km and no position are left out.
    assert_eq!(got.len(), 4, "{got:?}");
    let mut town: Vec<i64> = got[..2].to_vec();
    town.sort();
    assert_eq!(town, vec![2, 5]);
    assert_eq!(&got[2..], &[1, 6]);
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    // The place alone: nearest first.
    assert_eq!(ids(&ix, "Ljouwert"), vec![2, 5, 1, 6]);
}

/// An index in memory that knows the town of Assen (52.9925, 6.5649).
fn index_knowing_assen() -> EventIndex {
    let ix = EventIndex::in_memory().expect("index");
    ix.set_places(Places::new([(
        vec!["Assen".to_string()],
        NamedPlace { name: "Assen".into(), lat: 52.9925, lon: 6.5649, population: 68_000 },
    )]));
    ix
}

/// A Dutch exhibition of modern art at (lat, lon).
fn exhibition(id: i64, lat: f64, lon: f64) -> EventDoc {
    EventDoc {
        id,
        titles: vec![("nl".into(), "Tentoonstelling".into())],
        texts: vec![("nl".into(), "Moderne kunst".into())],
        lat: Some(lat),
        lon: Some(lon),
        ..Default::default()
    }
}

#[test]
fn equal_scores_rank_by_event_id_whatever_the_order_of_indexing() {
    // 30 events alike in all but their id, added highest id first and in three commits (three
    // segments): the top 5 must be the lowest ids, with and without a place in the query.
    let ix = index_knowing_assen();
    for chunk in (1..=30).rev().collect::<Vec<i64>>().chunks(10) {
        let docs: Vec<EventDoc> = chunk.iter().map(|&id| exhibition(id, 52.9925, 6.5649)).collect();
        ix.update(&docs, &[], "t").expect("update");
    }
    for q in ["tentoonstelling", "kunst Assen", "Assen"] {
        assert_eq!(ids_n(&ix, q, 5), vec![1, 2, 3, 4, 5], "{q}");
    }
}

fn ids_n(ix: &EventIndex, q: &str, n: usize) -> Vec<i64> {
    ix.search(q, n).expect("search").into_iter().map(|h| h.id).collect()
}

#[test]
fn a_moved_or_added_event_is_found_at_its_new_place() {
    // Positions are kept per index segment (PositionCache): an update writes a new segment and
    // deletes the old document, and the next search must see both.
    let ix = index_knowing_assen();
    let at = exhibition;
    ix.rebuild(&[at(1, 52.9925, 6.5649), at(2, 53.2194, 6.5665)], "t", |_, _| {}).expect("rebuild");
    assert_eq!(ids(&ix, "kunst Assen"), vec![1]);
    assert_eq!(ids(&ix, "Assen"), vec![1]);
    // Event 1 moves to Groningen (25 km north), event 2 to Assen, event 3 is added near Assen.
    ix.update(&[at(1, 53.2194, 6.5665), at(2, 52.9925, 6.5649), at(3, 52.99, 6.56)], &[], "t2").expect("update");
    assert_eq!(ids(&ix, "kunst Assen"), vec![2, 3]);
    assert_eq!(ids(&ix, "Assen"), vec![2, 3]);
}

#[test]
fn words_found_only_far_from_the_town_fall_back_to_the_town() {
    // `kunst` occurs only in Groningen (25 km from Assen): "kunst Assen" lists the events in
    // Assen, nearest first, as a word found nowhere would ("xyzzy Assen").
    let ix = index_knowing_assen();
    let mut far = exhibition(1, 53.2194, 6.5665);
    far.titles = vec![("nl".into(), "Kunst".into())];
    let mut near = exhibition(2, 52.99, 6.56);
    near.titles = vec![("nl".into(), "Concert".into())];
    near.texts = vec![("nl".into(), "Muziek".into())];
    let mut here = exhibition(3, 52.9925, 6.5649);
    here.titles = vec![("nl".into(), "Lezing".into())];
    here.texts = vec![("nl".into(), "Over boeken".into())];
    ix.rebuild(&[far, near, here], "t", |_, _| {}).expect("rebuild");
    assert_eq!(ids(&ix, "kunst"), vec![1]);
    assert_eq!(ids(&ix, "xyzzy Assen"), vec![3, 2]);
    assert_eq!(ids(&ix, "kunst Assen"), vec![3, 2]);
    // Words found near the town still decide.
    assert_eq!(ids(&ix, "muziek Assen"), vec![2]);
}
