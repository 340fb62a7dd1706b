# Education pages (issue 5): arts and film education for schools, requests, Filmhub Noord.
# The server's messages are in education-server.ftl; no key is in both files.

## Navigation
edu-nav = Schools
edu-publish-requests-link = Requests from schools
edu-publish-outbox-link = Messages (outbox)
edu-back-to-offers = Back to the education offers
edu-back-to-publish = Back to the overview
edu-error-prefix = Error
edu-required = (required)
edu-unknown = unknown
edu-or = or
edu-km = { $km } km
edu-minutes = { $n } minutes
edu-pupils = { $n } pupils
edu-percent = { $n }%
edu-municipality = municipality of { $name }

## /education
edu-title = Arts education for schools
edu-intro = Film, theatre, heritage and more for your class: find offers that suit your group and your budget, and that come to your school or are close by. No account needed to make a request.
edu-intro-filmhub = Filmhub Noord: where does film education not reach (yet)?
edu-notice-page-deleted = Your request and your details have been deleted.
edu-notice-page-gone = This request no longer exists: it may have been deleted, or the link is incomplete.
edu-school-title = Your school
edu-school-why = Choose your school first: you will then see how far away the venues are and which offers come to your school.
edu-school-chosen = Chosen school:
edu-school-code = school code { $code }
edu-school-change = Choose another school
edu-school-search-label = Find your school
edu-school-search-hint = The school's name, its town or its postcode, for example ‘Balk’, ‘8561’ or ‘De Klimop’.
edu-school-search-button = Search
edu-school-unknown = We don't know that school. Search for your school by name, town or postcode and choose it from the list.
edu-school-none = No school found for ‘{ $q }’. Try a town, a postcode or part of the name.
edu-school-hits = Schools matching ‘{ $q }’. Choose your school:
edu-school-hits-near = Schools nearest to { $q }. Choose your school:
edu-filters-title = Filters
edu-filter-level = Group or year
edu-filter-level-any = All groups and years
edu-levels-primary = Primary education
edu-levels-secondary = Secondary education
edu-levels-mbo = Vocational (MBO)
edu-level-groep = group { $n }
edu-level-vmbo = VMBO year { $n }
edu-level-havo = HAVO year { $n }
edu-level-vwo = VWO year { $n }
edu-level-mbo = MBO level { $n }
edu-filter-discipline-any = All disciplines
edu-filter-kerndoel = Attainment target
edu-filter-kerndoel-any = All attainment targets
edu-filter-kerndoel-hint = The attainment targets (kerndoelen) of 2006; they will be revised in 2027.
edu-kerndoel = target { $code }
edu-kerndoel-po-54 = expressing and communicating
edu-kerndoel-po-55 = reflecting on one's own work and that of others
edu-kerndoel-po-56 = cultural heritage
edu-framework-kerndoelen-po = Attainment targets, primary education ({ $version })
edu-framework-kerndoelen-vo = Attainment targets, lower secondary education ({ $version })
edu-framework-film-education-framework = Framework for Film Education in Europe ({ $version })
edu-film-dimension-critical = critical
edu-film-dimension-cultural = cultural
edu-film-dimension-creative = creative
edu-filter-price = Price per pupil
edu-filter-price-any = Any price
edu-filter-price-free = Free only
edu-filter-price-upto = up to { $amount }
edu-filter-mode = Where
edu-filter-mode-any = At school, at a venue or online
edu-mode-at_venue = at a venue
edu-mode-at_school = at school
edu-mode-online = online
edu-mode-long-at_venue = At a venue (the class goes there)
edu-mode-long-at_school = At school (the provider comes to you)
edu-mode-long-online = Online
edu-filter-more = More filters
edu-filter-language = Language of the performance
edu-filter-language-any = Any language
edu-filter-dates = Dates
edu-filter-dates-hint = Offers with a date in this period, and offers where you agree a date with the provider.
edu-filter-pupils = Pupils in your group
edu-filter-pupils-hint = To turn a price per group into a price per pupil (otherwise we assume 25).
edu-filter-button = Show offers
edu-results-title = Offers
edu-results-for = Offers for { $school }
edu-results-count = { $count ->
    [one] 1 result
   *[other] { $count } results
}
edu-results-no-school = Without a school you see every offer, without distances. Choose your school above to see what is close by or comes to you.
edu-results-none = No offers match these filters. Try another level or a higher price, or leave the dates open.
edu-card-next = Next date
edu-card-on-request = Date by arrangement with the provider
edu-card-film = Film
edu-card-kijkwijzer = Kijkwijzer rating: { $age }
edu-kijkwijzer-all = all ages
edu-kijkwijzer-age = { $age } and over
edu-activity-screening_discussion = Screening with discussion
edu-activity-guest_lesson = Guest lesson
edu-activity-workshop = Workshop
edu-activity-museum_lesson = Museum lesson
edu-activity-project = Project
edu-activity-teacher_training = Teacher training
edu-price-per_pupil = { $amount } per pupil
edu-price-per_class = { $amount } per group
edu-price-flat = { $amount } in total
edu-price-free = Free
edu-price-about-per-pupil = about { $amount } per pupil
edu-price-example = { $amount } per pupil for { $pupils } pupils

## /education/offers/:id
edu-offer-about = About this offer
edu-offer-sessions = Dates
edu-offer-sessions-hint = Give one of these dates as a preferred date in your request.
edu-offer-event-page = This offer in the events listing
edu-offer-on-request = This offer has no fixed dates: give your preferred dates in your request.
edu-offer-facts = Details
edu-fact-levels = For
edu-fact-curriculum = Curriculum links
edu-fact-activity = Type of activity
edu-fact-duration = Duration
edu-fact-capacity = Number of pupils
edu-capacity = at most { $n } pupils at a time
edu-fact-price = Price
edu-fact-location = Where
edu-offer-area-municipalities = in the municipalities of { $names }
edu-offer-area-radius = within { $km } km of { $place }
edu-fact-lead-time = Notice needed
edu-lead-time = at least { $n } days in advance
edu-fact-booking = Booking
edu-booking-request = Request through Uitnoord (below)
edu-booking-external = On the provider's website
edu-fact-materials = Teaching materials
edu-fact-film = Film
edu-subtitles = Subtitles: { $language }
edu-fact-language = Language
edu-fact-provider = Provider
edu-fact-venue = Venue
edu-fact-base = The provider's base
edu-offer-reach-no = This offer does not come to { $school }: the school is outside the provider's area.
edu-offer-reach-distance = { $school } is { $km } km from this venue (as the crow flies).
edu-offer-reach-at-school = This offer comes to { $school }.
edu-offer-reach-online = Pupils follow this offer online, at { $school }.
edu-offer-reach-yes = This offer is also available to { $school }.
edu-offer-reach-unknown = Choose your school to see whether this offer comes to you or how far away it is.
edu-offer-choose-school = Choose your school
edu-offer-choose-other-school = Choose another school
edu-book-title = Booking
edu-book-external = You book this offer directly with the provider.
edu-book-external-link = Go to the provider's booking page

## Request form
edu-form-title = Request this offer
edu-form-intro = Request this offer for one or more groups. You don't need an account: once sent, you get a personal link to follow your request.
edu-form-error-summary = Please check these fields
edu-form-school = School
edu-form-school-change = Another school
edu-form-school-code = Your school's code (DUO vestigingscode)
edu-form-school-hint = Six characters, such as 05LP00. Don't know it? Look up your school below.
edu-form-school-find = Find your school by name or town
edu-form-contact-name = Your name
edu-form-contact-email = Your email address
edu-form-contact-email-hint = The provider's answer is sent here.
edu-form-groups = Groups
edu-form-groups-hint = For each group, give the level and the number of pupils.
edu-form-capacity = This offer has room for at most { $n } pupils in all.
edu-form-group = Group { $n } of your request
edu-form-group-label = Name of the group
edu-form-group-label-placeholder = for example 7b
edu-form-group-level = Group or year
edu-form-group-level-choose = Choose…
edu-form-group-pupils = Number of pupils
edu-form-more-groups = More groups (up to four)
edu-form-dates = Preferred dates
edu-form-dates-hint = Give one to three dates, no earlier than { $date }.
edu-form-date = Preference { $n }
edu-form-note = Note (optional)
edu-form-note-hint = For example times that suit you, transport, or what the pupils already know.
edu-form-privacy = We keep your name and email address for this request only. They are erased automatically { $days } days after the last date; you can also delete them sooner yourself through your personal link.
edu-form-consent = I agree that my name and email address are kept for this request and passed on to the provider.
edu-form-submit = Send request
edu-form-after = The provider confirms with a date, or tells you why it isn't possible.

## /education/requests/:token
edu-request-gone-title = Request not found
edu-req-title = Your request: { $offer }
edu-req-private-link = This is your personal page for this request. Keep the link safe: anyone who has it can view, cancel and delete the request.
edu-req-status = Status:
edu-status-requested = Requested
edu-status-confirmed = Confirmed
edu-status-declined = Declined
edu-status-done = Done
edu-status-cancelled = Cancelled
edu-req-waiting = The provider has not answered your request yet.
edu-req-confirmed-on = Confirmed for { $date }.
edu-req-declined = Unfortunately the provider cannot accept your request.
edu-req-done-on = The activity took place on { $date }.
edu-req-cancelled = You cancelled this request.
edu-req-reason = Reason
edu-req-response = Message from the provider
edu-req-what = What you requested
edu-req-offer = Offer
edu-req-school = School
edu-req-contact = Contact
edu-req-contact-erased = Erased
edu-req-groups = Groups
edu-req-total = { $n } pupils in all
edu-req-dates = Preferred dates
edu-req-note = Note
edu-req-sent = Sent
edu-req-actions = Cancel or delete
edu-req-retention = Your name and email address will be erased automatically after { $date }.
edu-req-retention-done = Your name and email address have already been erased.
edu-req-cancel = Cancel
edu-req-delete = Delete request and details
edu-req-delete-hint = Cancelling tells the provider it is off. Deleting erases the request, your details and the messages about it at once and for good; this page disappears too.

## /publish/requests
edu-inbox-title = Requests from schools
edu-inbox-intro = Requests for the education offers of your organisation and your network. Confirm with a date or decline with a reason: the teacher is told.
edu-inbox-outbox-link = View messages
edu-inbox-open-count = { $count ->
    [0] No requests are waiting for an answer
    [one] 1 request is waiting for an answer
   *[other] { $count } requests are waiting for an answer
}
edu-inbox-open = New
edu-inbox-open-none = No new requests.
edu-inbox-confirmed = Confirmed
edu-inbox-confirmed-none = No confirmed requests.
edu-inbox-closed = Closed
edu-inbox-closed-none = Nothing closed yet.
edu-inbox-confirm-title = Confirm
edu-inbox-confirm-date = Date
edu-inbox-confirm-message = Message to the teacher (optional)
edu-inbox-confirm = Confirm request
edu-inbox-done-title = Mark as done
edu-inbox-done-hint = Has the activity taken place? Then mark the request as done.
edu-inbox-done = Mark as done
edu-inbox-decline-title = Decline
edu-inbox-decline-reason = Reason
edu-inbox-decline-hint = The teacher will read this reason. Suggest an alternative if you can.
edu-inbox-decline = Decline request
edu-inbox-agreed = Agreed date
edu-inbox-error-go = Go to the request
edu-inbox-answer = Your answer

## /publish/outbox
edu-outbox-title = Messages (outbox)
edu-outbox-intro = Uitnoord sends no email. The messages that would be emailed to teachers, institutions and networks are listed here. Teachers' personal links are shortened.
edu-outbox-count = { $count ->
    [one] 1 message.
   *[other] { $count } messages.
}
edu-outbox-requests-link = Go to the requests
edu-outbox-none = No messages yet.
edu-outbox-caption = Messages, newest first
edu-outbox-col-date = Date
edu-outbox-col-to = To
edu-outbox-col-subject = Subject
edu-outbox-col-body = Message
edu-outbox-to-organisation = organisation { $id }
edu-outbox-to-network = network { $id }
edu-outbox-open-request = View the request

## /education/film
edu-film-title = Filmhub Noord: film education in the northern Netherlands
edu-film-intro = How much film education there is in Groningen, Fryslân and Drenthe, what schools ask for, and which schools have no film offer within reach.
edu-film-toc = On this page
edu-film-offers = Offers by province
edu-film-offers-caption = Film-education offers by province
edu-film-offers-hint = Offers at a venue count in the venue's province; offers at school and online in the provider's.
edu-film-offers-show = { $count ->
    [one] Show the offer (1)
   *[other] Show all offers ({ $count })
}
edu-film-requests = Requests by region and level
edu-film-requests-none = No requests for film education yet.
edu-film-requests-caption = Requests for film education by province, municipality and level
edu-film-requests-hint = A request for groups of different levels counts once for each of those levels.
edu-film-gaps = Schools without a film offer
edu-film-gaps-rule = A school is counted here when there is no film offer at a venue within { $km } km (as the crow flies) and no at-school film offer that serves it.
edu-film-gaps-islands = For schools on the Wadden Islands the straight-line distance says little: the ferry crossing comes on top.
edu-film-gaps-caption = Schools without a film offer within reach, by province
edu-film-gaps-list = Which schools
edu-film-gaps-none = Every school has a film offer within reach.
edu-film-gaps-schools = { $count ->
    [one] 1 school
   *[other] { $count } schools
}
edu-film-gaps-list-caption = Schools without a film offer in { $province }, farthest first
edu-film-none-nearby = none
edu-col-province = Province
edu-col-offers = Offers
edu-col-total = Total
edu-col-municipality = Municipality
edu-col-level = Level
edu-col-requests = Requests
edu-col-pupils = Pupils
edu-col-gaps = Without a film offer
edu-col-schools = Schools
edu-col-share = Share
edu-col-school = School
edu-col-town = Town
edu-col-nearest = Nearest film offer at a venue
