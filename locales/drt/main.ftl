# Uitnoord — Drents (Drèents) interface strings: PARTIAL file.
# Only keys whose whole text is attested in /work/shared/language/glossary.tsv are listed here;
# every other key falls back to nl/main.ftl (Dutch) key by key at run time. Do not add forms
# without a source: extend the glossary with a sourced form first.
#
# Sources per key (glossary row: source as given in the note column):
#   lang-switch-label        row 45 "taol": "Huus van de Taol"
#   weekday-4                row 51 "dunderdag": huusvandetaol.nl "de dunderdag van teveuren"
#   weekday-6                row 48 "zaoterdag": huusvandetaol.nl "zaoterdag 4 meert"
#   weekday-7                row 49 "zundag": huusvandetaol.nl "op zundagen"
#   month-3                  row 52 "meert": huusvandetaol.nl "1 meert 2007"
#   language-drt             row 55 "Drèents": huusvandetaol.nl
#   discipline-heritage      row 29 "arfgoed": cgtc.nl "cultureel arfgoed"; dekrantnieuws.nl "immaterieel arfgoed"
#   event-type-performance   rows 4/5 "veurstelling": attested inside the compound "kienderveurstelling"
#                            (huusvandetaol.nl item 3771 "een kienderveurstelling deur Geke Jagt en Femke Meyberg")
lang-switch-label = Taol

discipline-heritage = Arfgoed
event-type-performance = Veurstelling

language-drt = Drèents

weekday-4 = dunderdag
weekday-6 = zaoterdag
weekday-7 = zundag
month-3 = meert
