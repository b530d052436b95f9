// ICD-10, Norwegian edition: the 22 chapters and the codes most often met in primary care and
// in hospital discharge letters to it. Codes are written as in the Norwegian code file, without
// a dot (E119, not E11.9); search accepts either.
//
// Source: Direktoratet for e-helse (now Helsedirektoratet), kodeverk 7110 "ICD-10 Den
// internasjonale statistiske klassifikasjonen av sykdommer og beslektede helseproblemer",
// https://www.ehelse.no/kodeverk-og-terminologi/ICD-10-og-ICD-11 — the code titles are the
// file's titles of at most 60 characters, checked against NAV's machine-readable extract of the
// same release (github.com/navikt/diagnosekoder). A production installation loads the full file.

/// Chapter, its code range, its Norwegian title.
let icd10ChapterTable = """
I A00-B99 Visse infeksjonssykdommer og parasittsykdommer
II C00-D48 Svulster
III D50-D89 Sykdommer i blod og bloddannende organer og visse tilstander som angår immunsystemet
IV E00-E90 Endokrine sykdommer, ernæringssykdommer og metabolske forstyrrelser
V F00-F99 Psykiske lidelser og atferdsforstyrrelser
VI G00-G99 Sykdommer i nervesystemet
VII H00-H59 Sykdommer i øyet og øyets omgivelser
VIII H60-H95 Sykdommer i øre og ørebensknute (processus mastoideus)
IX I00-I99 Sykdommer i sirkulasjonssystemet
X J00-J99 Sykdommer i åndedrettssystemet
XI K00-K93 Sykdommer i fordøyelsessystemet
XII L00-L99 Sykdommer i hud og underhud
XIII M00-M99 Sykdommer i muskel-skjelettsystemet og bindevev
XIV N00-N99 Sykdommer i urin- og kjønnsorganer
XV O00-O99 Svangerskap, fødsel og barseltid
XVI P00-P96 Visse tilstander som oppstår i perinatalperioden
XVII Q00-Q99 Medfødte misdannelser, deformiteter og kromosomavvik
XVIII R00-R99 Symptomer, tegn, unormale kliniske funn og laboratoriefunn, ikke klassifisert annet sted
XIX S00-T98 Skader, forgiftninger og visse andre konsekvenser av ytre årsaker
XX V01-Y98 Ytre årsaker til sykdommer, skader og dødsfall
XXI Z00-Z99 Faktorer som har betydning for helsetilstand og kontakt med helsetjenesten
XXII U00-U99 Koder for spesielle formål
"""

/// One code per line: the code, one space, the title.
let icd10CommonTable = """
A046 Enteritt som skyldes Yersinia enterocolitica
A047 Enterokolitt som skyldes Clostridium difficile
A080 Rotavirusenteritt
A081 Akutt gastroenteritt som skyldes norovirus
A099 Gastroenteritt og kolitt av uspesifisert årsak
A419 Uspesifisert sepsis
A46 Erysipelas
A560 Klamydiainfeksjon i nedre urogenitalsystem
E039 Uspesifisert hypotyreose
E059 Uspesifisert tyreotoksikose
E063 Autoimmun tyreoiditt
E109 Diabetes mellitus type 1 uten komplikasjoner
E112 Diabetes mellitus type 2 med nyrekomplikasjoner
E119 Diabetes mellitus type 2 uten kompl
E162 Uspesifisert hypoglykemi
E559 Uspesifisert D-vitaminmangel
E611 Jernmangel
E669 Uspesifisert fedme
G20 Parkinsons sykdom
G300 Alzheimers sykdom med tidlig debut
G301 Alzheimers sykdom med sen debut
G309 Uspesifisert Alzheimers sykdom
G35 Multippel sklerose (MS)
G409 Uspesifisert epilepsi
G410 Tonisk-klonisk status epileptikus
G430 Migrene uten aura
G431 Migrene med aura
G442 Tensjonshodepine
G459 Uspesifisert forbigående cerebralt iskemisk anfall
G473 Søvnapné
G500 Trigeminusnevralgi
G510 Bells parese
I10 Essensiell (primær) hypertensjon
I110 Hypertensiv hjertesykdom med stuvningssvikt
I200 Ustabil angina
I209 Uspesifisert angina pectoris
I214 Akutt subendokardialt infarkt
I219 Uspesifisert akutt hjerteinfarkt
I251 Aterosklerotisk hjertesykdom
I252 Gammelt hjerteinfarkt
I259 Uspesifisert kronisk iskemisk hjertesykdom
I269 Lungeemboli uten opplysning om akutt cor pulmonale
I350 Ikke-reumatisk aortastenose
I442 Atrioventrikulært blokk, totalt
I471 Supraventrikulær takykardi
I480 Paroksysmal atrieflimmer
I481 Persisterende atrieflimmer
I482 Kronisk atrieflimmer
I489 Uspesifisert atrieflimmer og atrieflutter
I495 Syk-sinus-syndrom (SSS)
I500 Kongestiv hjertesvikt
I501 Venstresidig ventrikkelsvikt, inkludert kardiogent lungeødem
I509 Uspesifisert hjertesvikt
I619 Uspesifisert hjerneblødning
I639 Uspesifisert hjerneinfarkt
I64 Hjerneslag, ikke spesifisert som blødning eller infarkt
I693 Følgetilstander etter hjerneinfarkt
I802 Flebitt og tromboflebitt i andre dype kar i u.eks.
I839 Åreknuter i underekstremiteter uten ulcus eller betennelse
J069 Uspesifisert akutt infeksjon i øvre luftveier
J111 Influensa m/annen luftveismanifestasjon, uidentifisert virus
J159 Uspesifisert bakteriell pneumoni
J189 Uspesifisert pneumoni
J209 Uspesifisert akutt bronkitt
J219 Uspesifisert akutt bronkiolitt
J22 Uspesifisert akutt infeksjon i nedre luftveier
J301 Allergisk rinitt som skyldes pollen
J36 Peritonsillær abscess
J440 Kronisk obstr. lungesykd. m. akutt infek. i nedre luftveier
J441 Kronisk obstruktiv lungesykdom med akutt uspes. forverring
J449 Uspesifisert kronisk obstruktiv lungesykdom
J450 Hovedsakelig allergisk astma
J459 Uspesifisert astma
J46 Akutt alvorlig astma
J81 Lungeødem
J90 Pleuraeffusjon, ikke klassifisert annet sted
J960 Akutt respirasjonssvikt
J969 Uspesifisert respirasjonssvikt
"""
