# Uitnoord — West Frisian (Frysk) interface strings (complete key set, same keys as nl/main.ftl).
# Every Frisian word is attested: /work/shared/language/glossary.tsv, CLDR fy day and month names,
# or the Fryske Akademy Frisian Hunspell word list (used as a reference only, not bundled).
# Kept in Dutch because no attested Frisian form was found: a11y-hearing_loop, a11y-audio_description.
site-name = Uitnoord
site-tagline = Kultuer yn Grinslân, Fryslân en Drinte
skip-to-content = Nei de ynhâld
nav-label = Menu
nav-home = Begjinside
nav-search = Aginda
nav-venues = Poadia en plakken
nav-networks = Netwurken
nav-projects = Projekten
nav-open-data = Iepen data
lang-switch-label = Taal
lang-switch-button = Kies taal

search-label = Wat sykje jo?
search-placeholder = Bygelyks film, konsert of bernefoarstelling
search-button = Sykje
near-label = Yn de buert fan
near-placeholder = Plak of postkoade, bygelyks Ljouwert of 9711
near-me-button = Brûk myn lokaasje
near-me-locating = Lokaasje bepale…
near-me-failed = Jo lokaasje koe net bepaald wurde. Folje in plak of postkoade yn.
radius-label = Ôfstân
radius-any = Elke ôfstân
radius-km = { $km } km
when-label = Wannear
when-any = Alle datums
when-today = Hjoed
when-weekend = Dit wykein
when-week = Kommende 7 dagen
from-label = Fan
to-label = Oant en mei
discipline-label = Dissipline
discipline-performing_arts = Keunst op it poadium
discipline-pop_culture = Popkultuer
discipline-film = Film
discipline-visual_arts_design = Byldzjende keunst en foarmjouwing
discipline-literature = Literatuer
discipline-heritage = Erfgoed
discipline-digital_culture = Digitale kultuer
free-label = Allinnich fergees
sort-label = Sortearje op
sort-relevance = Relevânsje
sort-date = Datum
sort-distance = Ôfstân
filter-button = Lit resultaten sjen
filters-title = Filters

results-title = Aginda
results-count = { $count ->
    [one] 1 aktiviteit
   *[other] { $count } aktiviteiten
}
results-none = Gjin aktiviteiten fûn. Besykje in oar wurd, in oare datum of in gruttere ôfstân.
results-near = yn de buert fan { $place }
page-nav-label = Paginearring
page-previous = Foarige
page-next = Folgjende
page-of = Side { $page } fan { $pages }

home-title = Kultuer by jo yn de buert
home-intro = Foarstellingen, konserten, films, tentoanstellingen en lêzingen yn Grinslân, Fryslân en Drinte. Sykje yn jo eigen taal, ticht by hûs.
home-upcoming = Meikoarten
home-upcoming-near = Meikoarten yn de buert fan { $place }
home-all-events = Besjoch de hiele aginda

demo-label = Foarbyld
demo-notice = Foarbyld: dit is gjin echte aktiviteit, mar in foarbyld om it platfoarm sjen te litten.
status-scheduled = Giet troch
status-cancelled = Ôfsein
status-postponed = Útsteld
status-rescheduled = Ferpleatst
free = Fergees
price-range = { $min } – { $max }
price-from = Fan { $min } ôf
distance-km = { $km } km
age-range = { $min }–{ $max } jier
age-from = Fan { $min } jier ôf

event-type-concert = Konsert
event-type-performance = Foarstelling
event-type-film_screening = Filmfoarstelling
event-type-exhibition = Tentoanstelling
event-type-workshop = Workshop
event-type-lecture = Lêzing
event-type-festival = Festival
event-type-tour = Rûnlieding
event-type-reading = Foarlêze

event-when = Wannear
event-where = Wêr
event-occurrences = Alle datums
event-language = Taal fan de aktiviteit
event-price = Priis
event-accessibility = Tagonklikens
event-age = Âldens
event-add-calendar = Set it yn jo aginda (.ics)
event-distance-from = { $km } km fan { $place }
event-organizer = Organisator
event-description = Oer dizze aktiviteit
event-not-found = Dizze aktiviteit bestiet net (mear).
event-back = Werom nei de aginda
a11y-wheelchair = Tagonklik foar rolstoelbrûkers
a11y-hearing_loop = Ringleiding
a11y-sign_language = Nederlânske Gebeartetaal (NGT)
a11y-subtitles = Ûndertiteling
a11y-audio_description = Audiodescriptie
a11y-none = Gjin ynformaasje bekend

language-nl = Nederlânsk
language-fy = Frysk
language-gos = Grinslânsk
language-drt = Drintsk
language-en = Ingelsk

venue-upcoming = Kommende aktiviteiten
venue-none-upcoming = Hjir steane no gjin aktiviteiten pland.
venue-address = Adres
venue-disciplines = Dissiplines
venue-municipality = Gemeente
venue-source = Boarne
venue-type-theatre = Teater
venue-type-filmhuis = Filmhûs
venue-type-cinema = Bioskoop
venue-type-pop_venue = Poppoadium
venue-type-museum = Museum
venue-type-library = Biblioteek
venue-type-arts_centre = Keunstsintrum
venue-type-concert_hall = Konsertseal
venue-type-heritage_site = Histoarysk plak
venue-type-community_centre = Doarpshûs
venue-type-festival_site = Terrein foar festivals
venues-title = Poadia en plakken
venues-intro = Teaters, filmhuzen, poppoadia, musea en biblioteken yn Grinslân, Fryslân en Drinte.
venues-count = { $count ->
    [one] 1 plak
   *[other] { $count } plakken
}

networks-title = Netwurken
networks-intro = De netwurken dêr't We the North mei gearwurket, ferbine makkers en ynstellingen yn it hiele noarden fan Nederlân.
projects-title = Projekten We the North 2017–2020
projects-intro = De projekten út bylage 1 fan it beliedsplan We the North 2021–2024, mei de bydrage fan We the North en de oare finansiering.
projects-col-name = Projekt
projects-col-contribution = Bydrage WtN
projects-col-matching = Oare finansiering
projects-col-fund = Fûns
projects-col-location = Wêr
projects-col-description = Omskriuwing
projects-col-network = Netwurk
projects-total = Totaal

opendata-title = Iepen data
opendata-intro = Uitnoord draait op iepen data. Plakken, postkoades, gemeenten en skoallen komme út iepenbiere boarnen.
opendata-attribution = Befettet gegevens fan it Centraal Bureau voor de Statistiek / Kadaster (CC BY 4.0), GeoNames (CC BY 4.0) en DUO (publyk domein).
opendata-sources = Boarnen
opendata-demo = De aktiviteiten yn de aginda binne foarbylden dy't it platfoarm sels makket: der bestiet gjin iepen list fan aktuele aktiviteiten yn dizze regio.
opendata-api = Alle gegevens binne ek op te freegjen fia de iepen API.

feed-ics = Aginda as iCalendar
feed-atom = Aginda as Atom-feed
footer-text = Uitnoord is it platfoarm foar kultuer yn it noarden fan Nederlân.
not-found-title = Side net fûn
not-found-text = Dizze side bestiet net.
error-title = Der gie wat mis
did-you-mean = Bedoelden jo:

error-lang = Ûnbekende taal. Kies nl, fy, gos, drt of en.
error-radius = De ôfstân moat in getal grutter as 0 en op syn heechst 500 km wêze.
error-radius-needs-near = Jou in plak of postkoade op om op ôfstân te sykjen.
error-discipline = Ûnbekende dissipline.
error-free = Brûk 1 of 0 foar fergees.
error-sort = Sortearje op relevânsje, datum of ôfstân.
error-sort-needs-near = Sortearje op ôfstân kin allinnich mei in plak of postkoade.
error-page = It sidenûmer moat in posityf hiel getal wêze.
error-per-page = It tal per side moat tusken 1 en 100 lizze.
error-date = Brûk foar in datum de foarm JJJJ-MM-DD.
error-date-range = De eindatum is earder as de begjindatum.
error-when = Kies hjoed, dit wykein of kommende 7 dagen.
error-near-coordinates = Koördinaten moatte breedte,lingte yn graden wêze (breedte tusken -90 en 90).
error-near-unknown = Wy kenne gjin plak of postkoade „{ $place }”.
error-near-ambiguous = Der binne meardere plakken mei de namme „{ $place }”. Kies der ien út.
error-internal = Der gie oan ús kant wat mis. Besykje it letter opnij.
error-not-found = Net fûn.

weekday-1 = moandei
weekday-2 = tiisdei
weekday-3 = woansdei
weekday-4 = tongersdei
weekday-5 = freed
weekday-6 = sneon
weekday-7 = snein
month-1 = jannewaris
month-2 = febrewaris
month-3 = maart
month-4 = april
month-5 = maaie
month-6 = juny
month-7 = july
month-8 = augustus
month-9 = septimber
month-10 = oktober
month-11 = novimber
month-12 = desimber

error-event-type = Ûnbekende soarte aktiviteit. Kies concert, performance, film_screening, exhibition, workshop, lecture, festival, tour of reading.
error-age = De âldens moat in hiel getal tusken 0 en 120 wêze.
error-accessibility = Ûnbekende foarsjenning foar tagonklikens. Kies wheelchair, hearing_loop, sign_language, subtitles of audio_description.
error-municipality = Ûnbekende koade foar de gemeente. Brûk in CBS-koade lykas GM0080.
error-province = Ûnbekende provinsje. Kies Groningen, Fryslân of Drenthe.
error-audience = Kies everyone of education as doelgroep.
results-page-empty = Dizze side is leech.
results-first-page = Nei de earste side
facet-event_type = Soarte aktiviteit
facet-in_language = Taal fan de foarstelling
facets-title = Filters
suggest-label = Suggestjes
suggest-kind-event = Aktiviteit
suggest-kind-venue = Poadium of plak
suggest-kind-place = Plak
suggest-kind-discipline = Dissipline
results-around = yn en om { $place }
