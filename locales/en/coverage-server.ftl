# Coverage (issue 6): messages of /api/v1/coverage.
cov-error-discipline = Choose a discipline: performing_arts, pop_culture, film, visual_arts_design, literature, heritage or digital_culture.
cov-error-level = Choose a level: pc4, municipality or province.
cov-error-active-min-events = The minimum number of events (active_min_events) is a whole number from 0 to 10000.
cov-error-unavailable = The coverage figures are unavailable: the postcode areas (pc4_north.csv) were not loaded.
