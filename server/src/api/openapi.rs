//! The OpenAPI 3.1 description of `/api/v1` (CONTRACTS.md).

use serde_json::{json, Value};

fn param(name: &str, desc: &str, schema: Value) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": desc, "schema": schema})
}

/// The specification document.
pub fn spec() -> Value {
    let s = json!({"type": "string"});
    let error = json!({"description": "Bad parameter", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}});
    let search_params = vec![
        param("q", "Free text in any of nl, fy, gos, drt, en", s.clone()),
        param("lang", "Language of the query and messages: nl, fy, gos, drt, en", json!({"type": "string", "enum": ["nl", "fy", "gos", "drt", "en"]})),
        param("near", "Place name in any language, PC4 postcode, or lat,lon (WGS84 degrees)", s.clone()),
        param("radius_km", "Radius around near, km (0 < r <= 500)", json!({"type": "number"})),
        param("from", "First date, YYYY-MM-DD (Europe/Amsterdam)", json!({"type": "string", "format": "date"})),
        param("to", "Last date, YYYY-MM-DD", json!({"type": "string", "format": "date"})),
        param("when", "today | weekend | week", s.clone()),
        param("discipline", "Repeatable: performing_arts, pop_culture, film, visual_arts_design, literature, heritage, digital_culture", s.clone()),
        param("free", "1 for free events only", s.clone()),
        param("event_type", "concert | performance | film_screening | exhibition | workshop | lecture | festival | tour | reading", s.clone()),
        param("age", "Age in years within the typical age range", json!({"type": "integer", "minimum": 0, "maximum": 120})),
        param("accessibility", "wheelchair | hearing_loop | sign_language | subtitles | audio_description", s.clone()),
        param("in_language", "Language of performance (BCP 47): nl, fy, gos, drt, en", s.clone()),
        param("municipality", "CBS municipality code, e.g. GM0080", s.clone()),
        param("province", "Groningen | Fryslân | Drenthe", s.clone()),
        param("audience", "everyone | education", s.clone()),
        param("sort", "relevance | date | distance (needs near)", s.clone()),
        param("page", "Page number from 1", json!({"type": "integer", "minimum": 1})),
        param("per_page", "Items per page, 1..100 (default 20)", json!({"type": "integer", "minimum": 1, "maximum": 100})),
    ];
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Uitnoord API", "version": "1.0.0", "description": "Cultural events in Groningen, Fryslân and Drenthe. Coordinates WGS84 degrees, distances km, money euro cents unless _eur, times RFC 3339 in Europe/Amsterdam."},
        "paths": {
            "/api/v1/events": {"get": {"summary": "Search events", "parameters": search_params, "responses": {"200": {"description": "A page of events: total, items, facets"}, "400": error}}},
            "/api/v1/events.ics": {"get": {"summary": "Search results as iCalendar", "parameters": search_params, "responses": {"200": {"description": "text/calendar"}, "400": error}}},
            "/api/v1/events.atom": {"get": {"summary": "Search results as an Atom feed", "parameters": search_params, "responses": {"200": {"description": "application/atom+xml"}, "400": error}}},
            "/api/v1/events/{id}": {"get": {"summary": "One event with all translations; append .ics for iCalendar", "parameters": [{"name": "id", "in": "path", "required": true, "schema": s}], "responses": {"200": {"description": "Event"}, "404": error}}},
            "/api/v1/venues": {"get": {"summary": "Venues", "parameters": [param("near", "Place", s.clone()), param("radius_km", "km", json!({"type": "number"})), param("discipline", "Repeatable", s.clone())], "responses": {"200": {"description": "total, items"}, "400": error}}},
            "/api/v1/venues/{id}": {"get": {"summary": "One venue", "parameters": [{"name": "id", "in": "path", "required": true, "schema": s}], "responses": {"200": {"description": "Venue"}, "404": error}}},
            "/api/v1/places": {"get": {"summary": "Gazetteer: towns, villages (with Frisian names), PC4 postcodes", "parameters": [param("q", "Name or postcode prefix", s.clone())], "responses": {"200": {"description": "total, items with lat, lon"}}}},
            "/api/v1/suggest": {"get": {"summary": "As-you-type suggestions", "parameters": [param("q", "Text", s.clone()), param("lang", "UI language", s.clone())], "responses": {"200": {"description": "items"}}}},
            "/api/v1/organisations": {"get": {"summary": "Organisers and institutions", "responses": {"200": {"description": "total, items"}}}},
            "/api/v1/networks": {"get": {"summary": "Partner networks", "responses": {"200": {"description": "total, items"}}}},
            "/api/v1/offers": {"get": {"summary": "Education offers for a school (at school when its service area covers the school, at a venue sorted by distance, online)", "parameters": [
                param("school", "DUO vestigingscode of the school, e.g. 05LP00", s.clone()),
                param("level", "groep1…groep8, vmbo-1…vmbo-4, havo-1…havo-5, vwo-1…vwo-6, mbo-1…mbo-4", s.clone()),
                param("discipline", "performing_arts, pop_culture, film, visual_arts_design, literature, heritage, digital_culture", s.clone()),
                param("kerndoel", "Curriculum code (54) or framework:version:code (kerndoelen-po:2006:54)", s.clone()),
                param("location_mode", "at_venue | at_school | online", s.clone()),
                param("max_price_per_pupil_cents", "Highest price per pupil, euro cents", json!({"type": "integer", "minimum": 0})),
                param("pupils", "Pupils per group for class and flat prices (default 25)", json!({"type": "integer", "minimum": 1, "maximum": 400})),
                param("in_language", "Language of performance: nl, fy, gos, drt, en", s.clone()),
                param("from", "Sessions from this date (YYYY-MM-DD); offers on request always match", json!({"type": "string", "format": "date"})),
                param("to", "Sessions until this date", json!({"type": "string", "format": "date"})),
                param("near", "Without school: place name, PC4 postcode or lat,lon", s.clone()),
                param("radius_km", "At-venue offers within this distance of the school or near, km", json!({"type": "number"})),
                param("page", "Page, from 1", json!({"type": "integer"})),
                param("per_page", "Items per page (<= 100)", json!({"type": "integer"}))
            ], "responses": {"200": {"description": "total, items (id, name, levels, location_mode, distance_km, price {model, amount_cents, per_pupil_cents}, ...), school"}, "400": error}}},
            "/api/v1/offers/{id}": {"get": {"summary": "One education offer: the event with all fields and offer details", "parameters": [{"name": "id", "in": "path", "required": true, "schema": s}], "responses": {"200": {"description": "Event with offer"}, "404": error}}},
            "/api/v1/schools": {"get": {"summary": "Schools (DUO open data)", "parameters": [param("q", "Words of the name, town or postcode", s.clone()), param("near", "Place name, PC4 postcode or lat,lon: nearest first with distance_km", s.clone()), param("municipality", "CBS municipality code", s.clone())], "responses": {"200": {"description": "total, items (at most 50)"}, "400": error}}},
            "/api/v1/schools/{code}": {"get": {"summary": "One school by DUO vestigingscode", "parameters": [{"name": "code", "in": "path", "required": true, "schema": s}], "responses": {"200": {"description": "School"}, "404": error}}},
            "/api/v1/coverage": {"get": {"summary": "Coverage (CBS Nabijheidsstatistiek approach): per PC4 area, municipality or province, residents (1 Jan 2021) and the great-circle distance (Haversine, km) from the PC4 inner points to the nearest venue of a discipline, resident-weighted; append .csv (/api/v1/coverage.csv) for CSV", "parameters": [
                {"name": "discipline", "in": "query", "required": true, "description": "performing_arts, pop_culture, film, visual_arts_design, literature, heritage, digital_culture", "schema": s},
                {"name": "level", "in": "query", "required": true, "description": "pc4 | municipality | province", "schema": {"type": "string", "enum": ["pc4", "municipality", "province"]}},
                param("active_min_events", "Only venues with at least this many published events in the last 12 months (0 = all venues)", json!({"type": "integer", "minimum": 0, "maximum": 10000}))
            ], "responses": {"200": {"description": "discipline, level, active_min_events, venues, total, items: name, code (PC4 / CBS GM code / CBS PV code), residents, mean_distance_km, share_within_5_km, share_within_10_km, share_within_20_km (fractions 0..1); pc4 also distance_km, venues_within_5_km, venues_within_10_km, venues_within_20_km, municipality, municipality_code, province"}, "400": error}}},
            "/api/v1/projects": {"get": {"summary": "Projects of the policy annex with wtn_contribution_eur, matching_eur, fund, location, description, network", "responses": {"200": {"description": "total, items, totals"}}}}
        },
        "components": {"schemas": {"Error": {"type": "object", "required": ["error", "message"], "properties": {"error": {"type": "string", "enum": ["validation", "unknown-school", "not-found", "not-ready", "internal"]}, "message": {"type": "string"}, "field": {"type": "string"}, "suggestions": {"type": "array", "items": {"type": "string"}}}}}}
    })
}
