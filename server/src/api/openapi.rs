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
            "/api/v1/projects": {"get": {"summary": "Projects of the policy annex with wtn_contribution_eur, matching_eur, fund, location, description, network", "responses": {"200": {"description": "total, items, totals"}}}}
        },
        "components": {"schemas": {"Error": {"type": "object", "required": ["error", "message"], "properties": {"error": {"type": "string", "enum": ["validation", "not-found", "not-ready", "internal"]}, "message": {"type": "string"}, "field": {"type": "string"}, "suggestions": {"type": "array", "items": {"type": "string"}}}}}}
    })
}
