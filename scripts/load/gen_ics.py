#!/usr/bin/env python3
"""Generate an iCalendar file of N events for the load and fault scripts.

Usage: gen_ics.py N [FIRST] [COUNT] > file.ics
Events FIRST..FIRST+N-1 (UID load-<i>@uitnoord.test), each weekly with COUNT occurrences
(default 3) starting between next month and eleven months ahead, 19:30 Europe/Amsterdam, with
varied Dutch titles and descriptions. The LOCATION matches no venue: import with an
organisation that has a default venue (`admin add-org --venue`).
"""
import datetime
import random
import sys

n = int(sys.argv[1])
first = int(sys.argv[2]) if len(sys.argv) > 2 else 0
count = int(sys.argv[3]) if len(sys.argv) > 3 else 3
rng = random.Random(7 + first)
kinds = ["Concert", "Voorstelling", "Film", "Lezing", "Tentoonstelling", "Workshop", "Dansavond", "Koorconcert",
         "Toneel", "Jazzavond", "Poëzieavond", "Rondleiding", "Familievoorstelling", "Kindertheater", "Orgelconcert"]
words = ["muziek", "theater", "dans", "film", "kunst", "erfgoed", "verhalen", "gedichten", "jazz", "klassiek",
         "pop", "folk", "Fries", "Gronings", "Drents", "kinderen", "familie", "museum", "bibliotheek", "kerk"]
base = datetime.date.today().replace(day=1) + datetime.timedelta(days=32)
base = base.replace(day=1)
out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Uitnoord//load test//NL"]
stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
for i in range(first, first + n):
    day = base + datetime.timedelta(days=rng.randrange(0, 300))
    title = f"{rng.choice(kinds)} {rng.choice(words)} en {rng.choice(words)} #{i}"
    desc = " ".join(rng.choice(words) for _ in range(25))
    out += [
        "BEGIN:VEVENT",
        f"UID:load-{i}@uitnoord.test",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID=Europe/Amsterdam:{day:%Y%m%d}T193000",
        f"DTEND;TZID=Europe/Amsterdam:{day:%Y%m%d}T213000",
        f"RRULE:FREQ=WEEKLY;COUNT={count}",
        f"SUMMARY:{title}",
        f"DESCRIPTION:{desc}",
        "LOCATION:Loadtestzaal",
        "END:VEVENT",
    ]
out.append("END:VCALENDAR")
sys.stdout.write("\r\n".join(out) + "\r\n")
