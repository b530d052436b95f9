// Well-established drug–drug interactions, keyed by ATC. Either side may be a whole ATC group
// (level 3 or 4, e.g. M01A for the NSAIDs) or one substance (level 5); a rule covers every pair of
// substances under its two keys. Severity follows the Norwegian interaction database's classes:
// avoid (unngå kombinasjonen), adjust (ta forholdsregler: dose, timing, monitoring),
// monitor (ingen tiltak nødvendig utover oppfølging).
//
// Sources: the product information (SPC) of each substance via Felleskatalogen, and the
// Norwegian interaction database (interaksjoner.no, DMP/Direktoratet for medisinske produkter),
// checked for each pair. A production installation uses FEST's national interaction data.
//
// Columns: ATC | ATC | severity | mechanism and effect | what to do.
let interactionTable = """
B01AA03|M01A|avoid|NSAID hemmer blodplatene og skader slimhinnen: økt blødningsrisiko|Unngå; bruk paracetamol
B01AF|M01A|avoid|NSAID hemmer blodplatene og skader slimhinnen: økt blødningsrisiko|Unngå; bruk paracetamol
B01AE07|M01A|avoid|NSAID hemmer blodplatene og skader slimhinnen: økt blødningsrisiko|Unngå; bruk paracetamol
B01AA03|B01AC06|adjust|Additiv hemming av koagulasjon og blodplater: økt blødningsrisiko|Bare ved klar indikasjon; vurder PPI
B01AF|B01AC06|adjust|Additiv hemming av koagulasjon og blodplater: økt blødningsrisiko|Bare ved klar indikasjon; vurder PPI
B01AF|B01AC04|adjust|Additiv hemming av koagulasjon og blodplater: økt blødningsrisiko|Bare ved klar indikasjon, kortest mulig
B01AA03|B01AC04|adjust|Additiv hemming av koagulasjon og blodplater: økt blødningsrisiko|Bare ved klar indikasjon, kortest mulig
B01AA03|N06AB|monitor|SSRI tømmer blodplatenes serotonin: økt blødningsrisiko|Følg INR og blødningstegn
B01AF|N06AB|monitor|SSRI tømmer blodplatenes serotonin: økt blødningsrisiko|Følg blødningstegn
B01AA03|J01FA09|adjust|Klaritromycin hemmer CYP3A4 og endrer tarmfloraen: INR stiger|Kontroller INR etter 3–5 dager
B01AA03|J01FA01|adjust|Erytromycin hemmer CYP3A4: INR stiger|Kontroller INR etter 3–5 dager
B01AA03|P01AB01|avoid|Metronidazol hemmer CYP2C9: kraftig INR-stigning|Unngå, eller reduser warfarindosen og følg INR tett
B01AA03|J02AC01|avoid|Flukonazol hemmer CYP2C9: kraftig INR-stigning|Unngå, eller følg INR tett
B01AA03|J01EE01|avoid|Sulfametoksazol hemmer CYP2C9: kraftig INR-stigning|Velg et annet antibiotikum
B01AA03|J01MA02|monitor|Ciprofloksacin kan øke INR|Kontroller INR
B01AA03|N02BE01|monitor|Faste paracetamoldoser over 2 g i døgnet i flere dager kan øke INR|Kontroller INR ved faste doser
B01AF|J01FA09|monitor|Klaritromycin hemmer CYP3A4 og P-gp: økt eksponering for antikoagulanten|Følg blødningstegn, særlig hos eldre og ved nedsatt nyrefunksjon
B01AF|J02AC01|monitor|Flukonazol hemmer CYP3A4: økt eksponering for antikoagulanten|Følg blødningstegn
N03AF01|B01AF|avoid|Karbamazepin induserer CYP3A4 og P-gp: antikoagulanten mister effekt|Unngå; velg annen antikoagulasjon
N03AF01|B01AE07|avoid|Karbamazepin induserer P-gp: dabigatran mister effekt|Unngå
N03AF01|B01AA03|adjust|Karbamazepin induserer CYP2C9 og CYP3A4: warfarin mister effekt|Følg INR tett ved start og stopp
C10AA01|J01FA09|avoid|CYP3A4-hemming gir høy simvastatinkonsentrasjon: risiko for rabdomyolyse|Pause simvastatin under kuren
C10AA01|J01FA01|avoid|CYP3A4-hemming gir høy simvastatinkonsentrasjon: risiko for rabdomyolyse|Pause simvastatin under kuren
C10AA05|J01FA09|adjust|CYP3A4-hemming øker atorvastatinkonsentrasjonen: risiko for myopati|Pause atorvastatin under kuren, eller høyst 20 mg
C10AA05|J01FA01|adjust|CYP3A4-hemming øker atorvastatinkonsentrasjonen: risiko for myopati|Pause atorvastatin under kuren
C10AA01|J02AC01|adjust|CYP3A4-hemming øker simvastatinkonsentrasjonen: risiko for myopati|Pause simvastatin under kuren
C10AA01|C08CA01|adjust|Amlodipin øker simvastatinkonsentrasjonen|Høyst 20 mg simvastatin
C09A|C03DA01|monitor|Begge øker kalium|Kontroller kalium og kreatinin
C09C|C03DA01|monitor|Begge øker kalium|Kontroller kalium og kreatinin
C09A|A12BA01|adjust|ACE-hemmer og kaliumtilskudd: hyperkalemi|Bare ved påvist lav kalium; kontroller kalium
C09C|A12BA01|adjust|Angiotensin II-antagonist og kaliumtilskudd: hyperkalemi|Bare ved påvist lav kalium; kontroller kalium
C03DA01|A12BA01|avoid|Kaliumsparende diuretikum og kaliumtilskudd: hyperkalemi|Unngå
C09A|C09C|avoid|Dobbel RAS-blokade: hyperkalemi, hypotensjon og nyresvikt|Unngå kombinasjonen
C09A|M01A|monitor|NSAID reduserer nyregjennomblødningen og blodtrykkseffekten|Kortest mulig; kontroller kreatinin, særlig sammen med diuretika
C09C|M01A|monitor|NSAID reduserer nyregjennomblødningen og blodtrykkseffekten|Kortest mulig; kontroller kreatinin, særlig sammen med diuretika
C03CA01|M01A|monitor|NSAID gir væskeretensjon og svekker den diuretiske effekten|Følg vekt, ødem og kreatinin
L04AX03|J01EA01|avoid|Additiv folathemming: risiko for benmargssvikt|Unngå; velg et annet antibiotikum
L04AX03|J01EE01|avoid|Additiv folathemming: risiko for benmargssvikt|Unngå; velg et annet antibiotikum
L04AX03|M01A|adjust|NSAID reduserer utskillelsen av metotreksat|Unngå høye doser; kontroller blodbilde og kreatinin
N06AB|N02AX02|adjust|Serotonergt syndrom og senket krampeterskel|Lav tramadoldose og følg symptomer, eller velg et annet smertestillende
N06AX16|N02AX02|adjust|Serotonergt syndrom og senket krampeterskel|Lav tramadoldose og følg symptomer, eller velg et annet smertestillende
N06AX21|N02AX02|adjust|Serotonergt syndrom og senket krampeterskel|Lav tramadoldose og følg symptomer, eller velg et annet smertestillende
N06AB|M01A|monitor|Økt risiko for blødning i mage og tarm|Vurder PPI hos eldre
N06AB|N02CC01|monitor|Serotonergt syndrom (sjelden)|Følg med på uro, svette og skjelving
B01AC04|A02BC01|avoid|Omeprazol hemmer CYP2C19, som aktiverer klopidogrel|Bruk pantoprazol
B01AC04|A02BC05|avoid|Esomeprazol hemmer CYP2C19, som aktiverer klopidogrel|Bruk pantoprazol
N02A|N05BA|adjust|Additiv sedasjon og respirasjonsdepresjon|Laveste dose av begge; følg respirasjon og våkenhet, særlig hos eldre
N02A|N05CF|adjust|Additiv sedasjon og respirasjonsdepresjon|Laveste dose av begge; følg respirasjon og våkenhet, særlig hos eldre
G04BE03|C01DA|avoid|Kraftig blodtrykksfall|Kontraindisert; ikke nitrat innen 24 timer etter sildenafil
G04BE03|G04CA02|monitor|Additiv blodtrykkssenking|Start med lav dose; ta dem ikke samtidig
H03AA01|B03AA07|adjust|Jern binder levotyroksin i tarmen|Minst 4 timer mellom dem
H03AA01|A02BC|monitor|Syrehemming kan redusere opptaket av levotyroksin|Kontroller TSH
J01MA02|B03AA07|adjust|Jern binder ciprofloksacin i tarmen|Ciprofloksacin 2 timer før eller 6 timer etter jern
J01AA02|B03AA07|adjust|Jern binder doksysyklin i tarmen|Minst 2–3 timer mellom dem
C01AA05|J01FA09|adjust|P-gp-hemming øker digoksinkonsentrasjonen|Kontroller digoksinkonsentrasjon; vurder lavere dose
C01AA05|C03CA01|monitor|Hypokalemi øker digoksinets toksisitet|Kontroller kalium
C07A|A10A|monitor|Betablokkere kan maskere tegn på hypoglykemi|Informer pasienten; mål blodsukker ved symptomer
N03AF01|J01FA09|avoid|CYP3A4-hemming gir karbamazepinforgiftning|Velg et annet antibiotikum
N03AG01|N03AX09|adjust|Valproat hemmer nedbrytningen av lamotrigin: dobbel konsentrasjon|Halver lamotrigindosen og titrer langsomt
C08CA01|J01FA09|monitor|CYP3A4-hemming øker amlodipin: hypotensjon og ødem|Følg blodtrykk
N05AH04|J01FA09|avoid|CYP3A4-hemming øker kvetiapin kraftig|Unngå; velg et annet antibiotikum
M04AC01|J01FA09|avoid|CYP3A4- og P-gp-hemming gir kolkisinforgiftning|Unngå
N02AA05|J01FA09|adjust|CYP3A4-hemming øker oksykodon: sedasjon og respirasjonsdepresjon|Reduser dosen og følg sedasjon
B01AC06|M01AE01|adjust|Ibuprofen kan oppheve den blodplatehemmende effekten av lavdose acetylsalisylsyre|Acetylsalisylsyre minst 30 minutter før ibuprofen; helst paracetamol
C01BD01|B01AA03|adjust|Amiodaron hemmer CYP2C9: INR stiger over uker|Reduser warfarindosen og følg INR tett
C01BD01|C10AA01|adjust|Amiodaron øker simvastatinkonsentrasjonen: risiko for myopati|Høyst 20 mg simvastatin
C01BD01|C01AA05|adjust|Amiodaron hemmer P-gp: digoksinkonsentrasjonen stiger|Halver digoksindosen; kontroller konsentrasjonen
C08DA01|C07A|avoid|Additiv hemming av AV-overledning og hjertets pumpefunksjon: bradykardi og AV-blokk|Unngå, særlig intravenøst
C08DB01|C07A|adjust|Additiv hemming av AV-overledning: bradykardi|Følg puls og EKG
C08DA01|C10AA01|adjust|Verapamil hemmer CYP3A4: økt simvastatinkonsentrasjon|Høyst 20 mg simvastatin
C08DB01|C10AA01|adjust|Diltiazem hemmer CYP3A4: økt simvastatinkonsentrasjon|Høyst 20 mg simvastatin
J02AC02|C10AA01|avoid|Itrakonazol hemmer CYP3A4 kraftig: risiko for rabdomyolyse|Kontraindisert; pause simvastatin
N05AN01|M01A|adjust|NSAID reduserer utskillelsen av litium: litiumforgiftning|Unngå, eller kontroller litiumkonsentrasjonen
N05AN01|C09A|adjust|ACE-hemmer reduserer utskillelsen av litium|Kontroller litiumkonsentrasjonen
N05AN01|C03A|adjust|Tiazider reduserer utskillelsen av litium|Kontroller litiumkonsentrasjonen
L04AX01|M04AA01|avoid|Allopurinol hemmer nedbrytningen av azatioprin: benmargssvikt|Unngå, eller gi en fjerdedel av azatioprindosen og følg blodbildet
N07BC02|J01FA09|adjust|CYP3A4-hemming øker metadon: sedasjon og QT-forlengelse|Følg sedasjon og EKG
N05AH02|N03AF01|avoid|Karbamazepin øker risikoen for agranulocytose og senker klozapinkonsentrasjonen|Unngå
J01MA|H02AB|monitor|Fluorokinolon og kortikosteroid: økt risiko for seneruptur|Be pasienten melde fra om senesmerter, særlig eldre
"""
