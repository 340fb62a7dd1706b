# Bereik (issue 6): meldingen van /api/v1/coverage.
cov-error-discipline = Kies een discipline: performing_arts, pop_culture, film, visual_arts_design, literature, heritage of digital_culture.
cov-error-level = Kies een niveau: pc4, municipality of province.
cov-error-active-min-events = Het minimum aantal evenementen (active_min_events) is een geheel getal van 0 tot en met 10000.
cov-error-unavailable = De bereikcijfers zijn niet beschikbaar: de postcodegebieden (pc4_north.csv) zijn niet geladen.
