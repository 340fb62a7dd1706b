# Uitnoord — English interface strings (complete; translated from nl/main.ftl).
site-name = Uitnoord
site-tagline = Culture in Groningen, Fryslân and Drenthe
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Home
nav-search = What's on
nav-venues = Venues and places
nav-networks = Networks
nav-projects = Projects
nav-open-data = Open data
lang-switch-label = Language
lang-switch-button = Choose language

search-label = What are you looking for?
search-placeholder = For example film, concert or children's show
search-button = Search
near-label = Near
near-placeholder = Town or postcode, for example Ljouwert or 9711
near-me-button = Use my location
near-me-locating = Finding your location…
near-me-failed = Your location could not be determined. Enter a town or postcode.
radius-label = Distance
radius-any = Any distance
radius-km = { $km } km
when-label = When
when-any = All dates
when-today = Today
when-weekend = This weekend
when-week = Next 7 days
from-label = From
to-label = Until
discipline-label = Discipline
discipline-performing_arts = Performing arts
discipline-pop_culture = Pop culture
discipline-film = Film
discipline-visual_arts_design = Visual arts and design
discipline-literature = Literature
discipline-heritage = Heritage
discipline-digital_culture = Digital culture
free-label = Free only
sort-label = Sort by
sort-relevance = Relevance
sort-date = Date
sort-distance = Distance
filter-button = Show results
filters-title = Filters

results-title = What's on
results-count = { $count ->
    [one] 1 event
   *[other] { $count } events
}
results-none = No events found. Try a different word, another date or a greater distance.
results-near = near { $place }
page-nav-label = Pagination
page-previous = Previous
page-next = Next
page-of = Page { $page } of { $pages }

home-title = Culture near you
home-intro = Performances, concerts, films, exhibitions and talks in Groningen, Fryslân and Drenthe. Search in your own language, close to home.
home-upcoming = Coming up
home-upcoming-near = Coming up near { $place }
home-all-events = See all events

demo-label = Example
demo-notice = Example data: this is not a real event, but an example to show how the platform works.
status-scheduled = Going ahead
status-cancelled = Cancelled
status-postponed = Postponed
status-rescheduled = Rescheduled
free = Free
price-range = { $min } – { $max }
price-from = From { $min }
distance-km = { $km } km
age-range = { $min }–{ $max } years
age-from = From { $min } years

event-type-concert = Concert
event-type-performance = Performance
event-type-film_screening = Film screening
event-type-exhibition = Exhibition
event-type-workshop = Workshop
event-type-lecture = Talk
event-type-festival = Festival
event-type-tour = Guided tour
event-type-reading = Story time

event-when = When
event-where = Where
event-occurrences = All dates
event-language = Language of the event
event-price = Price
event-accessibility = Accessibility
event-age = Age
event-add-calendar = Add to your calendar (.ics)
event-distance-from = { $km } km from { $place }
event-organizer = Organiser
event-description = About this event
event-not-found = This event does not exist (any more).
event-back = Back to what's on
a11y-wheelchair = Wheelchair accessible
a11y-hearing_loop = Hearing loop
a11y-sign_language = Sign Language of the Netherlands (NGT)
a11y-subtitles = Subtitles
a11y-audio_description = Audio description
a11y-none = No information available

language-nl = Dutch
language-fy = Frisian
language-gos = Gronings
language-drt = Drents
language-en = English

venue-upcoming = Upcoming events
venue-none-upcoming = There are no events scheduled here at the moment.
venue-address = Address
venue-disciplines = Disciplines
venue-municipality = Municipality
venue-source = Source
venue-type-theatre = Theatre
venue-type-filmhuis = Art-house cinema
venue-type-cinema = Cinema
venue-type-pop_venue = Music venue
venue-type-museum = Museum
venue-type-library = Library
venue-type-arts_centre = Arts centre
venue-type-concert_hall = Concert hall
venue-type-heritage_site = Heritage site
venue-type-community_centre = Village hall
venue-type-festival_site = Festival grounds
venues-title = Venues and places
venues-intro = Theatres, art-house cinemas, music venues, museums and libraries in Groningen, Fryslân and Drenthe.
venues-count = { $count ->
    [one] 1 place
   *[other] { $count } places
}

networks-title = Networks
networks-intro = The partner networks of We the North connect artists and institutions throughout the Northern Netherlands.
projects-title = We the North projects 2017–2020
projects-intro = The projects from appendix 1 of the We the North policy plan 2021–2024, with the We the North contribution and the match funding.
projects-col-name = Project
projects-col-contribution = WtN contribution
projects-col-matching = Match funding
projects-col-fund = Fund
projects-col-location = Where
projects-col-description = Description
projects-col-network = Network
projects-total = Total

opendata-title = Open data
opendata-intro = Uitnoord runs on open data. Places, postcodes, municipalities and schools come from public sources.
opendata-attribution = Contains data from Statistics Netherlands (Centraal Bureau voor de Statistiek) / Kadaster (CC BY 4.0), GeoNames (CC BY 4.0) and DUO (public domain).
opendata-sources = Sources
opendata-demo = The events listed are example data generated by the platform itself: there is no open list of current events in this region.
opendata-api = All data can also be retrieved through the open API.

feed-ics = Events as iCalendar
feed-atom = Events as an Atom feed
footer-text = Uitnoord is the cultural platform of the Northern Netherlands.
not-found-title = Page not found
not-found-text = This page does not exist.
error-title = Something went wrong
did-you-mean = Did you mean:

error-lang = Unknown language. Choose nl, fy, gos, drt or en.
error-radius = The distance must be a number greater than 0 and at most 500 km.
error-radius-needs-near = Enter a town or postcode to search by distance.
error-discipline = Unknown discipline.
error-free = Use 1 or 0 for free.
error-sort = Sort by relevance, date or distance.
error-sort-needs-near = Sorting by distance is only possible with a town or postcode.
error-page = The page number must be a positive whole number.
error-per-page = The number per page must be between 1 and 100.
error-date = Use the format YYYY-MM-DD for a date.
error-date-range = The end date is before the start date.
error-when = Choose today, this weekend or next 7 days.
error-near-coordinates = Coordinates must be latitude,longitude in degrees (latitude between -90 and 90).
error-near-unknown = We do not know a town or postcode called “{ $place }”.
error-near-ambiguous = There are several places called “{ $place }”. Please choose one.
error-internal = Something went wrong on our side. Please try again later.
error-not-found = Not found.

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

error-event-type = Unknown event type. Choose concert, performance, film_screening, exhibition, workshop, lecture, festival, tour or reading.
error-age = The age must be a whole number between 0 and 120.
error-accessibility = Unknown accessibility feature. Choose wheelchair, hearing_loop, sign_language, subtitles or audio_description.
error-municipality = Unknown municipality code. Use a CBS code such as GM0080.
error-province = Unknown province. Choose Groningen, Fryslân or Drenthe.
error-audience = Choose everyone or education as the audience.
results-page-empty = This page is empty.
results-first-page = Go to the first page
facet-event_type = Event type
facet-in_language = Language of performance
facets-title = Refine the results
