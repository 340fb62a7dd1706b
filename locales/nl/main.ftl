# Uitnoord — Nederlandse interfaceteksten (standaardtaal, volledig).
site-name = Uitnoord
site-tagline = Cultuur in Groningen, Fryslân en Drenthe
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-home = Home
nav-search = Agenda
nav-venues = Podia en plekken
nav-networks = Netwerken
nav-projects = Projecten
nav-open-data = Open data
lang-switch-label = Taal
lang-switch-button = Kies taal

search-label = Wat zoek je?
search-placeholder = Bijvoorbeeld film, concert of kindervoorstelling
search-button = Zoeken
near-label = In de buurt van
near-placeholder = Plaats of postcode, bijvoorbeeld Ljouwert of 9711
near-me-button = Gebruik mijn locatie
near-me-locating = Locatie bepalen…
near-me-failed = Je locatie kon niet worden bepaald. Vul een plaats of postcode in.
radius-label = Afstand
radius-any = Elke afstand
radius-km = { $km } km
when-label = Wanneer
when-any = Alle data
when-today = Vandaag
when-weekend = Dit weekend
when-week = Komende 7 dagen
from-label = Van
to-label = Tot en met
discipline-label = Discipline
discipline-performing_arts = Podiumkunsten
discipline-pop_culture = Popcultuur
discipline-film = Film
discipline-visual_arts_design = Beeldende kunst en vormgeving
discipline-literature = Literatuur
discipline-heritage = Erfgoed
discipline-digital_culture = Digitale cultuur
free-label = Alleen gratis
sort-label = Sorteren op
sort-relevance = Relevantie
sort-date = Datum
sort-distance = Afstand
filter-button = Toon resultaten
filters-title = Filters

results-title = Agenda
results-count = { $count ->
    [one] 1 activiteit
   *[other] { $count } activiteiten
}
results-none = Geen activiteiten gevonden. Probeer een ander woord, een andere datum of een grotere afstand.
results-near = in de buurt van { $place }
page-nav-label = Paginering
page-previous = Vorige
page-next = Volgende
page-of = Pagina { $page } van { $pages }

home-title = Cultuur bij jou in de buurt
home-intro = Voorstellingen, concerten, films, tentoonstellingen en lezingen in Groningen, Fryslân en Drenthe. Zoek in je eigen taal, dicht bij huis.
home-upcoming = Binnenkort
home-upcoming-near = Binnenkort in de buurt van { $place }
home-all-events = Bekijk de hele agenda

demo-label = Voorbeeld
demo-notice = Voorbeeldgegevens: dit is geen echte activiteit, maar een voorbeeld om het platform te laten zien.
status-scheduled = Gaat door
status-cancelled = Geannuleerd
status-postponed = Uitgesteld
status-rescheduled = Verplaatst
free = Gratis
price-range = { $min } – { $max }
price-from = Vanaf { $min }
distance-km = { $km } km
age-range = { $min }–{ $max } jaar
age-from = Vanaf { $min } jaar

event-type-concert = Concert
event-type-performance = Voorstelling
event-type-film_screening = Filmvertoning
event-type-exhibition = Tentoonstelling
event-type-workshop = Workshop
event-type-lecture = Lezing
event-type-festival = Festival
event-type-tour = Rondleiding
event-type-reading = Voorleesmoment

event-when = Wanneer
event-where = Waar
event-occurrences = Alle data
event-language = Taal van de activiteit
event-price = Prijs
event-accessibility = Toegankelijkheid
event-age = Leeftijd
event-add-calendar = Zet in je agenda (.ics)
event-distance-from = { $km } km van { $place }
event-organizer = Organisator
event-description = Over deze activiteit
event-not-found = Deze activiteit bestaat niet (meer).
event-back = Terug naar de agenda
a11y-wheelchair = Rolstoeltoegankelijk
a11y-hearing_loop = Ringleiding
a11y-sign_language = Nederlandse Gebarentaal (NGT)
a11y-subtitles = Ondertiteling
a11y-audio_description = Audiodescriptie
a11y-none = Geen informatie bekend

language-nl = Nederlands
language-fy = Fries
language-gos = Gronings
language-drt = Drents
language-en = Engels

venue-upcoming = Komende activiteiten
venue-none-upcoming = Hier staan nu geen activiteiten gepland.
venue-address = Adres
venue-disciplines = Disciplines
venue-municipality = Gemeente
venue-source = Bron
venue-type-theatre = Theater
venue-type-filmhuis = Filmhuis
venue-type-cinema = Bioscoop
venue-type-pop_venue = Poppodium
venue-type-museum = Museum
venue-type-library = Bibliotheek
venue-type-arts_centre = Kunstencentrum
venue-type-concert_hall = Concertzaal
venue-type-heritage_site = Erfgoedlocatie
venue-type-community_centre = Dorpshuis
venue-type-festival_site = Festivalterrein
venues-title = Podia en plekken
venues-intro = Theaters, filmhuizen, poppodia, musea en bibliotheken in Groningen, Fryslân en Drenthe.
venues-count = { $count ->
    [one] 1 plek
   *[other] { $count } plekken
}

networks-title = Netwerken
networks-intro = De partnernetwerken van We the North verbinden makers en instellingen in heel Noord-Nederland.
projects-title = Projecten We the North 2017–2020
projects-intro = De projecten uit bijlage 1 van het beleidsplan We the North 2021–2024, met de bijdrage van We the North en de matching.
projects-col-name = Project
projects-col-contribution = Bijdrage WtN
projects-col-matching = Matching
projects-col-fund = Fonds
projects-col-location = Waar
projects-col-description = Omschrijving
projects-col-network = Netwerk
projects-total = Totaal

opendata-title = Open data
opendata-intro = Uitnoord draait op open data. Plaatsen, postcodes, gemeenten en scholen komen uit openbare bronnen.
opendata-attribution = Bevat gegevens van Centraal Bureau voor de Statistiek / Kadaster (CC BY 4.0), GeoNames (CC BY 4.0) en DUO (publiek domein).
opendata-sources = Bronnen
opendata-demo = De activiteiten in de agenda zijn voorbeeldgegevens die het platform zelf maakt: er bestaat geen open lijst van actuele activiteiten in deze regio.
opendata-api = Alle gegevens zijn ook op te vragen via de open API.

feed-ics = Agenda als iCalendar
feed-atom = Agenda als Atom-feed
footer-text = Uitnoord is het cultuurplatform van Noord-Nederland.
not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet.
error-title = Er ging iets mis
did-you-mean = Bedoelde je:

error-lang = Onbekende taal. Kies nl, fy, gos, drt of en.
error-radius = De afstand moet een getal zijn groter dan 0 en hoogstens 500 km.
error-radius-needs-near = Geef een plaats of postcode op om op afstand te zoeken.
error-discipline = Onbekende discipline.
error-free = Gebruik 1 of 0 voor gratis.
error-sort = Sorteer op relevantie, datum of afstand.
error-sort-needs-near = Sorteren op afstand kan alleen met een plaats of postcode.
error-page = Het paginanummer moet een positief geheel getal zijn.
error-per-page = Het aantal per pagina moet tussen 1 en 100 liggen.
error-date = Gebruik voor een datum de vorm JJJJ-MM-DD.
error-date-range = De einddatum ligt vóór de begindatum.
error-when = Kies vandaag, dit weekend of komende 7 dagen.
error-near-coordinates = Coördinaten moeten breedte,lengte in graden zijn (breedte tussen -90 en 90).
error-near-unknown = We kennen geen plaats of postcode „{ $place }”.
error-near-ambiguous = Er zijn meerdere plaatsen met de naam „{ $place }”. Kies er een.
error-internal = Er ging aan onze kant iets mis. Probeer het later opnieuw.
error-not-found = Niet gevonden.

weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

error-event-type = Onbekend soort activiteit. Kies concert, performance, film_screening, exhibition, workshop, lecture, festival, tour of reading.
error-age = De leeftijd moet een geheel getal tussen 0 en 120 zijn.
error-accessibility = Onbekende toegankelijkheidsvoorziening. Kies wheelchair, hearing_loop, sign_language, subtitles of audio_description.
error-municipality = Onbekende gemeentecode. Gebruik een CBS-code zoals GM0080.
error-province = Onbekende provincie. Kies Groningen, Fryslân of Drenthe.
error-audience = Kies everyone of education als doelgroep.
results-page-empty = Deze pagina is leeg.
results-first-page = Naar de eerste pagina
facet-event_type = Soort activiteit
facet-in_language = Taal van de voorstelling
facets-title = Verfijn de resultaten
