# Onderwijspagina's (issue 5): cultuuronderwijs voor scholen, aanvragen, Filmhub Noord.
# De meldingen van de server staan in education-server.ftl; geen sleutel in beide bestanden.

## Navigatie
edu-nav = Onderwijs
edu-publish-requests-link = Aanvragen van scholen
edu-publish-outbox-link = Berichten (outbox)
edu-back-to-offers = Terug naar het onderwijsaanbod
edu-back-to-publish = Terug naar het overzicht
edu-error-prefix = Fout
edu-required = (verplicht)
edu-unknown = onbekend
edu-or = of
edu-km = { $km } km
edu-minutes = { $n } minuten
edu-pupils = { $n } leerlingen
edu-percent = { $n }%
edu-municipality = gemeente { $name }

## /education
edu-title = Cultuuronderwijs
edu-intro = Film, theater, erfgoed en meer voor je klas: vind aanbod dat past bij je groep en je budget, en dat naar je school komt of dichtbij is. Aanvragen kan zonder account.
edu-intro-filmhub = Filmhub Noord: waar komt filmeducatie (nog) niet?
edu-notice-page-deleted = Je aanvraag en je gegevens zijn verwijderd.
edu-notice-page-gone = Deze aanvraag bestaat niet meer: misschien is ze verwijderd, of is de link niet volledig.
edu-school-title = Je school
edu-school-why = Kies eerst je school: dan zie je hoe ver het aanbod op locatie is en welk aanbod naar je school toe komt.
edu-school-chosen = Gekozen school:
edu-school-code = vestigingscode { $code }
edu-school-change = Andere school kiezen
edu-school-search-label = Zoek je school
edu-school-search-hint = Naam van de school, plaats of postcode, bijvoorbeeld ‘Balk’, ‘8561’ of ‘De Klimop’.
edu-school-search-button = Zoeken
edu-school-unknown = Die school kennen we niet. Zoek je school op naam, plaats of postcode en kies haar in de lijst.
edu-school-none = Geen school gevonden bij ‘{ $q }’. Probeer een plaatsnaam, een postcode of een deel van de naam.
edu-school-hits = Scholen bij ‘{ $q }’. Kies je school:
edu-school-hits-near = Scholen het dichtst bij { $q }. Kies je school:
edu-filters-title = Filters
edu-filter-level = Groep of leerjaar
edu-filter-level-any = Alle groepen en leerjaren
edu-levels-primary = Primair onderwijs
edu-levels-secondary = Voortgezet onderwijs
edu-levels-mbo = Mbo
edu-level-groep = groep { $n }
edu-level-vmbo = vmbo { $n }
edu-level-havo = havo { $n }
edu-level-vwo = vwo { $n }
edu-level-mbo = mbo niveau { $n }
edu-filter-discipline-any = Alle disciplines
edu-filter-kerndoel = Kerndoel
edu-filter-kerndoel-any = Alle kerndoelen
edu-filter-kerndoel-hint = De kerndoelen van 2006; in 2027 worden ze vernieuwd.
edu-kerndoel = kerndoel { $code }
edu-kerndoel-po-54 = uitdrukken en communiceren
edu-kerndoel-po-55 = reflecteren op eigen werk en dat van anderen
edu-kerndoel-po-56 = cultureel erfgoed
edu-framework-kerndoelen-po = Kerndoelen primair onderwijs ({ $version })
edu-framework-kerndoelen-vo = Kerndoelen onderbouw voortgezet onderwijs ({ $version })
edu-framework-film-education-framework = Europees kader voor filmeducatie ({ $version })
edu-film-dimension-critical = kritisch
edu-film-dimension-cultural = cultureel
edu-film-dimension-creative = creatief
edu-filter-price = Prijs per leerling
edu-filter-price-any = Elke prijs
edu-filter-price-free = Alleen gratis
edu-filter-price-upto = tot en met { $amount }
edu-filter-mode = Waar
edu-filter-mode-any = Op school, op locatie of online
edu-mode-at_venue = op locatie
edu-mode-at_school = op school
edu-mode-online = online
edu-mode-long-at_venue = Op locatie (de klas gaat erheen)
edu-mode-long-at_school = Op school (de aanbieder komt naar je toe)
edu-mode-long-online = Online
edu-filter-more = Meer filters
edu-filter-language = Taal van de voorstelling
edu-filter-language-any = Elke taal
edu-filter-dates = Periode
edu-filter-dates-hint = Aanbod met een speeldatum in deze periode, en aanbod waarvoor je zelf een datum afspreekt.
edu-filter-pupils = Leerlingen in je groep
edu-filter-pupils-hint = Om een prijs per groep om te rekenen naar een prijs per leerling (anders rekenen we met 25).
edu-filter-button = Aanbod tonen
edu-results-title = Aanbod
edu-results-for = Aanbod voor { $school }
edu-results-count = { $count ->
    [one] 1 resultaat
   *[other] { $count } resultaten
}
edu-results-no-school = Zonder school zie je al het aanbod, zonder afstanden. Kies hierboven je school voor aanbod dat dichtbij is of naar je toe komt.
edu-results-none = Geen aanbod gevonden met deze filters. Probeer een ander niveau of een hogere prijs, of laat de periode open.
edu-card-next = Eerstvolgende datum
edu-card-on-request = Datum in overleg met de aanbieder
edu-card-film = Film
edu-card-kijkwijzer = Kijkwijzer: { $age }
edu-kijkwijzer-all = alle leeftijden
edu-kijkwijzer-age = { $age } jaar en ouder
edu-activity-screening_discussion = Filmvertoning met nagesprek
edu-activity-guest_lesson = Gastles
edu-activity-workshop = Workshop
edu-activity-museum_lesson = Museumles
edu-activity-project = Project
edu-activity-teacher_training = Scholing voor leerkrachten
edu-price-per_pupil = { $amount } per leerling
edu-price-per_class = { $amount } per groep
edu-price-flat = { $amount } in totaal
edu-price-free = Gratis
edu-price-about-per-pupil = ongeveer { $amount } per leerling
edu-price-example = bij { $pupils } leerlingen { $amount } per leerling

## /education/offers/:id
edu-offer-about = Over dit aanbod
edu-offer-sessions = Data
edu-offer-sessions-hint = Noem een van deze data als voorkeursdatum in je aanvraag.
edu-offer-event-page = Dit aanbod in de agenda
edu-offer-on-request = Dit aanbod heeft geen vaste data: noem in je aanvraag je voorkeursdata.
edu-offer-facts = Gegevens
edu-fact-levels = Voor
edu-fact-curriculum = Kerndoelen en leerlijn
edu-fact-activity = Soort activiteit
edu-fact-duration = Duur
edu-fact-capacity = Aantal leerlingen
edu-capacity = hoogstens { $n } leerlingen tegelijk
edu-fact-price = Prijs
edu-fact-location = Waar
edu-offer-area-municipalities = in de gemeenten { $names }
edu-offer-area-radius = binnen { $km } km van { $place }
edu-fact-lead-time = Aanvraagtermijn
edu-lead-time = minstens { $n } dagen van tevoren
edu-fact-booking = Boeken
edu-booking-request = Aanvragen via Uitnoord (hieronder)
edu-booking-external = Via de website van de aanbieder
edu-fact-materials = Lesmateriaal
edu-fact-film = Film
edu-subtitles = Ondertiteling: { $language }
edu-fact-language = Taal
edu-fact-provider = Aanbieder
edu-fact-venue = Locatie
edu-fact-base = Standplaats van de aanbieder
edu-offer-reach-no = Dit aanbod komt niet naar { $school }: de school ligt buiten het werkgebied van de aanbieder.
edu-offer-reach-distance = { $school } ligt op { $km } km van deze locatie (hemelsbreed).
edu-offer-reach-at-school = Dit aanbod komt naar { $school }.
edu-offer-reach-online = Dit aanbod volgen de leerlingen online, op { $school }.
edu-offer-reach-yes = Dit aanbod is er ook voor { $school }.
edu-offer-reach-unknown = Kies je school om te zien of dit aanbod naar je toe komt of hoe ver het is.
edu-offer-choose-school = Kies je school
edu-offer-choose-other-school = Andere school kiezen
edu-book-title = Boeken
edu-book-external = Dit aanbod boek je rechtstreeks bij de aanbieder.
edu-book-external-link = Naar de boekingspagina van de aanbieder

## Aanvraagformulier
edu-form-title = Aanvragen
edu-form-intro = Vraag dit aanbod aan voor een of meer groepen. Je hebt geen account nodig: na het versturen krijg je een persoonlijke link waarmee je de aanvraag volgt.
edu-form-error-summary = Controleer deze velden
edu-form-school = School
edu-form-school-change = Andere school
edu-form-school-code = Vestigingscode van je school (DUO)
edu-form-school-hint = Zes tekens, zoals 05LP00. Weet je die niet? Zoek je school hieronder op.
edu-form-school-find = Zoek je school op naam of plaats
edu-form-contact-name = Je naam
edu-form-contact-email = Je e-mailadres
edu-form-contact-email-hint = Hierop krijg je het antwoord van de aanbieder.
edu-form-groups = Groepen
edu-form-groups-hint = Vul voor elke groep het niveau en het aantal leerlingen in.
edu-form-capacity = Dit aanbod heeft plaats voor hoogstens { $n } leerlingen samen.
edu-form-group = { $n }e groep
edu-form-group-label = Naam van de groep
edu-form-group-label-placeholder = bijvoorbeeld 7b
edu-form-group-level = Groep of leerjaar
edu-form-group-level-choose = Kies…
edu-form-group-pupils = Aantal leerlingen
edu-form-more-groups = Meer groepen (tot vier)
edu-form-dates = Voorkeursdata
edu-form-dates-hint = Noem één tot drie data, op zijn vroegst { $date }.
edu-form-date = { $n }e voorkeur
edu-form-note = Toelichting (niet verplicht)
edu-form-note-hint = Bijvoorbeeld tijden die goed uitkomen, vervoer, of wat de leerlingen al weten.
edu-form-privacy = We bewaren je naam en e-mailadres alleen voor deze aanvraag. { $days } dagen na de laatste datum worden ze vanzelf gewist; via je persoonlijke link kun je ze ook eerder zelf verwijderen.
edu-form-consent = Ik geef toestemming om mijn naam en e-mailadres voor deze aanvraag te bewaren en aan de aanbieder door te geven.
edu-form-submit = Aanvraag versturen
edu-form-after = De aanbieder bevestigt met een datum, of laat weten waarom het niet lukt.

## /education/requests/:token
edu-request-gone-title = Aanvraag niet gevonden
edu-req-title = Je aanvraag: { $offer }
edu-req-private-link = Dit is je persoonlijke pagina voor deze aanvraag. Bewaar de link goed: wie hem heeft, kan de aanvraag bekijken, annuleren en verwijderen.
edu-req-status = Status:
edu-status-requested = Aangevraagd
edu-status-confirmed = Bevestigd
edu-status-declined = Afgewezen
edu-status-done = Afgerond
edu-status-cancelled = Geannuleerd
edu-req-waiting = De aanbieder heeft je aanvraag nog niet beantwoord.
edu-req-confirmed-on = Bevestigd voor { $date }.
edu-req-declined = De aanbieder kan je aanvraag helaas niet aannemen.
edu-req-done-on = De activiteit is geweest op { $date }.
edu-req-cancelled = Je hebt deze aanvraag geannuleerd.
edu-req-reason = Reden
edu-req-response = Bericht van de aanbieder
edu-req-what = Wat je hebt aangevraagd
edu-req-offer = Aanbod
edu-req-school = School
edu-req-contact = Contactpersoon
edu-req-contact-erased = Gewist
edu-req-groups = Groepen
edu-req-total = Samen { $n } leerlingen
edu-req-dates = Voorkeursdata
edu-req-note = Toelichting
edu-req-sent = Verstuurd
edu-req-actions = Annuleren of verwijderen
edu-req-retention = Je naam en e-mailadres worden na { $date } vanzelf gewist.
edu-req-retention-done = Je naam en e-mailadres zijn al gewist.
edu-req-cancel = Annuleren
edu-req-delete = Aanvraag en gegevens verwijderen
edu-req-delete-hint = Annuleren laat de aanbieder weten dat het niet doorgaat. Verwijderen wist de aanvraag, je gegevens en de berichten erover meteen en voorgoed; ook deze pagina verdwijnt dan.

## /publish/requests
edu-inbox-title = Aanvragen van scholen
edu-inbox-intro = Aanvragen voor het onderwijsaanbod van je organisatie en je netwerk. Bevestig met een datum of wijs af met een reden: de leerkracht krijgt bericht.
edu-inbox-outbox-link = Berichten bekijken
edu-inbox-open-count = { $count ->
    [0] Geen aanvragen wachten op antwoord
    [one] 1 aanvraag wacht op antwoord
   *[other] { $count } aanvragen wachten op antwoord
}
edu-inbox-open = Nieuw
edu-inbox-open-none = Geen nieuwe aanvragen.
edu-inbox-confirmed = Bevestigd
edu-inbox-confirmed-none = Geen bevestigde aanvragen.
edu-inbox-closed = Afgehandeld
edu-inbox-closed-none = Nog niets afgehandeld.
edu-inbox-confirm-title = Bevestigen
edu-inbox-confirm-date = Datum
edu-inbox-confirm-message = Bericht aan de leerkracht (niet verplicht)
edu-inbox-confirm = Aanvraag bevestigen
edu-inbox-done-title = Afronden
edu-inbox-done-hint = Is de activiteit geweest? Rond de aanvraag dan af.
edu-inbox-done = Afronden
edu-inbox-decline-title = Afwijzen
edu-inbox-decline-reason = Reden
edu-inbox-decline-hint = De leerkracht krijgt deze reden te lezen. Noem zo mogelijk een andere mogelijkheid.
edu-inbox-decline = Aanvraag afwijzen
edu-inbox-agreed = Afgesproken datum
edu-inbox-error-go = Naar de aanvraag
edu-inbox-answer = Jullie antwoord

## /publish/outbox
edu-outbox-title = Berichten (outbox)
edu-outbox-intro = Uitnoord verstuurt geen e-mail. De berichten die per e-mail naar leerkrachten, instellingen en netwerken zouden gaan, staan hier. Persoonlijke links van leerkrachten zijn ingekort.
edu-outbox-count = { $count ->
    [one] 1 bericht.
   *[other] { $count } berichten.
}
edu-outbox-requests-link = Naar de aanvragen
edu-outbox-none = Nog geen berichten.
edu-outbox-caption = Berichten, nieuwste eerst
edu-outbox-col-date = Datum
edu-outbox-col-to = Aan
edu-outbox-col-subject = Onderwerp
edu-outbox-col-body = Bericht
edu-outbox-to-organisation = organisatie { $id }
edu-outbox-to-network = netwerk { $id }
edu-outbox-open-request = Aanvraag bekijken

## /education/film
edu-film-title = Filmhub Noord: filmeducatie in Noord-Nederland
edu-film-intro = Hoeveel filmeducatie er is in Groningen, Fryslân en Drenthe, waar scholen om vragen, en welke scholen geen filmaanbod binnen bereik hebben.
edu-film-toc = Op deze pagina
edu-film-offers = Aanbod per provincie
edu-film-offers-caption = Filmeducatie-aanbod per provincie
edu-film-offers-hint = Aanbod op locatie telt mee bij de provincie van de locatie, aanbod op school en online bij die van de aanbieder.
edu-film-offers-show = { $count ->
    [one] Het aanbod bekijken (1)
   *[other] Al het aanbod bekijken ({ $count })
}
edu-film-requests = Aanvragen per regio en niveau
edu-film-requests-none = Nog geen aanvragen voor filmeducatie.
edu-film-requests-caption = Aanvragen voor filmeducatie per provincie, gemeente en niveau
edu-film-requests-hint = Een aanvraag voor groepen van verschillende niveaus telt bij elk van die niveaus mee.
edu-film-gaps = Scholen zonder filmaanbod
edu-film-gaps-rule = Een school telt hier mee als er binnen { $km } km (hemelsbreed) geen filmaanbod op locatie is, en ook geen filmaanbod op school dat de school bedient.
edu-film-gaps-islands = Voor scholen op de Waddeneilanden zegt de afstand hemelsbreed weinig: daar komt de overtocht met de veerboot bij.
edu-film-gaps-caption = Scholen zonder filmaanbod binnen bereik, per provincie
edu-film-gaps-list = Welke scholen
edu-film-gaps-none = Alle scholen hebben filmaanbod binnen bereik.
edu-film-gaps-schools = { $count ->
    [one] 1 school
   *[other] { $count } scholen
}
edu-film-gaps-list-caption = Scholen zonder filmaanbod in { $province }, verste eerst
edu-film-none-nearby = geen
edu-col-province = Provincie
edu-col-offers = Aanbod
edu-col-total = Totaal
edu-col-municipality = Gemeente
edu-col-level = Niveau
edu-col-requests = Aanvragen
edu-col-pupils = Leerlingen
edu-col-gaps = Zonder filmaanbod
edu-col-schools = Scholen
edu-col-share = Aandeel
edu-col-school = School
edu-col-town = Plaats
edu-col-nearest = Dichtstbijzijnde filmaanbod op locatie
