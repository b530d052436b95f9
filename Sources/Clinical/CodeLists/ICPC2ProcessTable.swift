// ICPC-2 process codes (components 2–6): the same 40 rubrics, -30 to -69, in every chapter.
// A30 is a complete general examination, K31 a partial examination of the circulation, and so
// on: the chapter letter says what the procedure concerns.
//
// Source: ICPC-2 Den internasjonale klassifikasjonen for primærhelsetjenesten, Norwegian edition
// (KITH/Sosial- og helsedirektoratet 2004, maintained by Direktoratet for e-helse, kodeverk
// 7170). These titles were not in the machine-readable extract the diagnosis table was checked
// against; check them against FinnKode at each annual update.
let icpc2ProcessRubrics = """
30 Medisinsk undersøkelse/helsevurdering komplett
31 Medisinsk undersøkelse/helsevurdering delvis
32 Sensitivitetstest
33 Mikrobiologisk/immunologisk test
34 Blodprøve
35 Urinprøve
36 Avføringsprøve
37 Histologi/eksfoliativ cytologi
38 Annen laboratorieundersøkelse IKA
39 Fysisk funksjonstest
40 Diagnostisk endoskopi
41 Diagnostisk radiologi/bildediagnostikk
42 Elektrisk registrering
43 Annen diagnostisk undersøkelse
44 Vaksinasjon/forebyggende medikasjon
45 Observasjon/helseopplysning/diett
46 Konsultasjon med primærhelsetjenesten
47 Konsultasjon med spesialist
48 Klarifisering/diskusjon av pasientens kontaktårsak
49 Annen forebyggende prosedyre
50 Medikament/resept/injeksjon
51 Insisjon/drenasje/skylling/aspirasjon
52 Eksisjon/biopsi/destruksjon/debridement/kauterisering
53 Instrumentering/kateterisering/intubasjon/dilatasjon
54 Reparasjon/fiksasjon/sutur/gips/protese
55 Lokal injeksjon/infiltrasjon
56 Bandasjering/kompresjon/tamponade
57 Aktiv rehabilitering/fysikalsk behandling
58 Terapeutisk samtale/rådgivning
59 Annen terapeutisk prosedyre/småkirurgi IKA
60 Prøvesvar/resultat av undersøkelse
61 Resultat av undersøkelse/prosedyre/brev fra annen instans
62 Administrativ prosedyre
63 Oppfølgingskonsultasjon uspesifisert
64 Konsultasjon/problem initiert av helsepersonell
65 Konsultasjon/problem initiert av andre enn pasient/helsepersonell
66 Henvisning til annen helsearbeider (ikke lege)
67 Henvisning til lege/spesialist/sykehus
68 Annen henvisning IKA
69 Annen kontaktårsak IKA
"""

/// The seventeen chapters, A (general) to Z (social problems); every one has the process codes.
let icpc2Chapters = Array("ABDFHKLNPRSTUWXYZ")
