# Uitnoord — Gronings (Grunnegs) interface strings: PARTIAL file.
# Only keys whose whole text is attested in /work/shared/language/glossary.tsv are listed here;
# every other key falls back to nl/main.ftl (Dutch) key by key at run time. Do not add forms
# without a source: extend the glossary with a sourced form first.
#
# Sources per key (glossary row: source as given in the note column):
#   lang-switch-label        row 45 "toal": "Dag van de Grunneger Toal" (issuu moi 2013)
#   weekday-6                row 48 "zotterdag": issuu moi 2013 "ZOTTERDAG 16 MEERT 2013"
#   weekday-7                row 49 "zundag": degrunnegersproak.com "Op zundag 7 jannewoarie 2018"
#   month-1                  rows 49/52 "jannewoarie": degrunnegersproak.com "Op zundag 7 jannewoarie 2018"
#   month-2                  row 52 "feberwoarie": degrunnegersproak.com "11 feberwoarie 2017"
#   month-3                  row 52 "meert": issuu moi 2013 "ZOTTERDAG 16 MEERT 2013"
#   language-gos             row 55 "Grunnegs": rtvnoord / dideldom
#   event-type-performance   row 4 "veurstellen": dideldom.com (Koos Koetje, "n Oavend kultuur": "n veurstellen van Shakespeare")
#   venue-type-theatre       row 2 "theoater": degrunnegersproak.com "Grunneger Theoaterfestival"; dideldom.com "boetentheoater"
lang-switch-label = Toal

event-type-performance = Veurstellen
venue-type-theatre = Theoater

language-gos = Grunnegs

weekday-6 = zotterdag
weekday-7 = zundag
month-1 = jannewoarie
month-2 = feberwoarie
month-3 = meert
