// The medication catalogue shipped with the workstation: medicines common in Norwegian primary,
// legevakt and nursing-home care, one line per substance and form.
//
// Columns: ATC code (WHO ATC/DDD index, level 5) | name (Norwegian generic name, as in Felleskatalogen
// and FEST) | common Norwegian brand names | form | route | usual single adult dose |
// largest single adult dose | largest adult dose per 24 hours. The last two are left empty where
// they depend on the indication; where given they follow the Norwegian product information
// (SPC via Felleskatalogen) for adults. Order is rough frequency of use, so the first match of a
// few typed letters is the likely one.
//
// This is a curated subset of FEST (Statens legemiddelverk), not a replacement for it: a
// production installation loads the national catalogue (DOMAIN.md).
let medicationTable = """
N02BE01|Paracetamol|Paracet, Pinex, Panodil|tablett|oral|1 g|1 g|4 g
M01AE01|Ibuprofen|Ibux, Ibumetin|tablett|oral|400 mg|800 mg|2400 mg
N02AJ06|Kodein og paracetamol|Paralgin forte, Pinex forte|tablett|oral|1 tablett||
B01AC06|Acetylsalisylsyre|Albyl-E, Hjertemagnyl|tablett|oral|75 mg||
C08CA01|Amlodipin|Norvasc, Amlodipin|tablett|oral|5 mg|10 mg|10 mg
A02BC02|Pantoprazol|Somac, Pantoprazol|enterotablett|oral|40 mg||
C10AA05|Atorvastatin|Lipitor, Atorvastatin|tablett|oral|20 mg|80 mg|80 mg
C10AA01|Simvastatin|Zocor, Simvastatin|tablett|oral|20 mg|80 mg|80 mg
A10BA02|Metformin|Glucophage, Metformin|tablett|oral|500 mg|1000 mg|3000 mg
C07AB02|Metoprolol|Selo-Zok, Metoprolol|depottablett|oral|50 mg||
C09AA05|Ramipril|Triatec, Ramipril|kapsel|oral|5 mg|10 mg|10 mg
C09CA01|Losartan|Cozaar, Losartan|tablett|oral|50 mg|100 mg|100 mg
C09CA06|Kandesartan|Atacand, Kandesartan|tablett|oral|8 mg|32 mg|32 mg
C03CA01|Furosemid|Furix, Lasix|tablett|oral|40 mg||
C03CA01|Furosemid injeksjon|Furix, Lasix|injeksjonsvæske|iv|40 mg||
B01AF02|Apiksaban|Eliquis|tablett|oral|5 mg||
B01AF01|Rivaroksaban|Xarelto|tablett|oral|20 mg||
B01AA03|Warfarin|Marevan|tablett|oral|2,5 mg||
B01AE07|Dabigatran|Pradaxa|kapsel|oral|150 mg||
B01AF03|Edoksaban|Lixiana|tablett|oral|60 mg||
B01AC04|Klopidogrel|Plavix, Klopidogrel|tablett|oral|75 mg||
B01AC24|Tikagrelor|Brilique|tablett|oral|90 mg||
B01AB05|Enoksaparin|Klexane|injeksjonsvæske|sc|40 mg||
B01AB04|Dalteparin|Fragmin|injeksjonsvæske|sc|5000 IE||
H03AA01|Levotyroksin|Levaxin, Euthyrox|tablett|oral|50 mikrog||
N06AB10|Escitalopram|Cipralex, Escitalopram|tablett|oral|10 mg|20 mg|20 mg
N06AB06|Sertralin|Zoloft, Sertralin|tablett|oral|50 mg|200 mg|200 mg
N06AB04|Citalopram|Cipramil, Citalopram|tablett|oral|20 mg|40 mg|40 mg
N06AX11|Mirtazapin|Remeron, Mirtazapin|tablett|oral|15 mg|45 mg|45 mg
N05CF01|Zopiklon|Imovane, Zopiklon|tablett|oral|5 mg|7,5 mg|7,5 mg
N05BA04|Oksazepam|Sobril|tablett|oral|10 mg||
N05BA01|Diazepam|Vival, Valium|tablett|oral|5 mg||
N05BA01|Diazepam rektal|Stesolid|rektalvæske|rektal|10 mg||
N05CH01|Melatonin|Circadin, Melatonin|depottablett|oral|2 mg||
N02AX02|Tramadol|Nobligan, Tramadol|kapsel|oral|50 mg|100 mg|400 mg
N02AA05|Oksykodon|OxyNorm, OxyContin|kapsel|oral|5 mg||
N02AA01|Morfin|Dolcontin, Morfin|tablett|oral|10 mg||
N02AA01|Morfin injeksjon|Morfin|injeksjonsvæske|sc|5 mg||
M01AE02|Naproksen|Naprosyn, Naproxen|tablett|oral|500 mg|500 mg|1000 mg
M01AB05|Diklofenak|Voltaren, Diclofenac|tablett|oral|50 mg|50 mg|150 mg
M01AH01|Celekoksib|Celebra|kapsel|oral|200 mg|200 mg|400 mg
N02CC01|Sumatriptan|Imigran, Sumatriptan|tablett|oral|50 mg|100 mg|300 mg
N02BA01|Acetylsalisylsyre smertestillende|Dispril, Aspirin|tablett|oral|500 mg|1000 mg|4000 mg
J01CE02|Fenoksymetylpenicillin|Apocillin, Weifapenin|tablett|oral|1 g||
J01CA04|Amoksicillin|Imacillin, Amoxicillin|kapsel|oral|500 mg||
J01CR02|Amoksicillin og klavulansyre|Augmentin|tablett|oral|500 mg||
J01CF01|Dikloksacillin|Diclocil|kapsel|oral|500 mg||
J01CA08|Pivmecillinam|Selexid|tablett|oral|400 mg||
J01CE01|Benzylpenicillin|Penicillin G|injeksjonsvæske|iv|1,2 g||
J01XE01|Nitrofurantoin|Furadantin|tablett|oral|50 mg||
J01EA01|Trimetoprim|Trimetoprim|tablett|oral|160 mg||
J01EE01|Sulfametoksazol og trimetoprim|Bactrim|tablett|oral|1 tablett||
J01FA09|Klaritromycin|Klacid|tablett|oral|250 mg||
J01FA01|Erytromycin|Ery-Max, Abboticin|kapsel|oral|250 mg||
J01FA10|Azitromycin|Azitromax|tablett|oral|500 mg||
J01AA02|Doksysyklin|Doxylin, Vibramycin|tablett|oral|100 mg||
J01FF01|Klindamycin|Dalacin|kapsel|oral|150 mg||
J01MA02|Ciprofloksacin|Ciproxin|tablett|oral|500 mg||
J01XX01|Fosfomycin|Monuril|granulat|oral|3 g||
J01DB01|Cefaleksin|Keflex|kapsel|oral|500 mg||
J01DD04|Ceftriakson|Rocephalin|injeksjonsvæske|iv|2 g||
J02AC01|Flukonazol|Diflucan|kapsel|oral|150 mg||
J05AB01|Aciklovir|Zovirax|tablett|oral|400 mg||
J05AB11|Valaciklovir|Valtrex|tablett|oral|500 mg||
P01AB01|Metronidazol|Flagyl|tablett|oral|400 mg||
C09AA02|Enalapril|Renitec|tablett|oral|10 mg||
C09AA03|Lisinopril|Zestril|tablett|oral|10 mg||
C09CA03|Valsartan|Diovan|tablett|oral|80 mg||
C08CA02|Felodipin|Plendil|depottablett|oral|5 mg||
C07AB07|Bisoprolol|Emconcor|tablett|oral|5 mg||
C07AB03|Atenolol|Tenormin|tablett|oral|50 mg||
C03AA03|Hydroklortiazid|Esidrex|tablett|oral|25 mg||
C03DA01|Spironolakton|Spirix|tablett|oral|25 mg||
C01DA02|Glyseroltrinitrat|Nitroglycerin, Nitrolingual|sublingvaltablett|sublingval|0,5 mg||
C01DA14|Isosorbidmononitrat|Imdur|depottablett|oral|60 mg||
C01AA05|Digoksin|Lanoxin|tablett|oral|0,125 mg||
C10AA07|Rosuvastatin|Crestor|tablett|oral|10 mg||
C10AX09|Ezetimib|Ezetrol|tablett|oral|10 mg||
C01CA24|Adrenalin|Adrenalin, EpiPen|injeksjonsvæske|im|0,5 mg||
A10BB12|Glimepirid|Amaryl|tablett|oral|1 mg||
A10BH01|Sitagliptin|Januvia|tablett|oral|100 mg||
A10BK01|Dapagliflozin|Forxiga|tablett|oral|10 mg||
A10BK03|Empagliflozin|Jardiance|tablett|oral|10 mg||
A10BJ06|Semaglutid|Ozempic|injeksjonsvæske|sc|0,5 mg||
A10AB05|Insulin aspart|NovoRapid|injeksjonsvæske|sc|4 E||
A10AE04|Insulin glargin|Lantus, Toujeo|injeksjonsvæske|sc|10 E||
A10AE05|Insulin detemir|Levemir|injeksjonsvæske|sc|10 E||
A10AC01|Insulin isofan, humant|Insulatard|injeksjonsvæske|sc|10 E||
H04AA01|Glukagon|GlucaGen|injeksjonsvæske|im|1 mg||
A02BC05|Esomeprazol|Nexium|enterotablett|oral|20 mg||
A02BC01|Omeprazol|Losec|enterokapsel|oral|20 mg||
A03FA01|Metoklopramid|Afipran|tablett|oral|10 mg|10 mg|30 mg
A04AA01|Ondansetron|Zofran|tablett|oral|4 mg||
A06AD11|Laktulose|Duphalac, Laktulose|mikstur|oral|15 ml||
A06AD65|Makrogol, kombinasjoner|Movicol|pulver|oral|1 pose||
A06AB02|Bisakodyl|Dulcolax, Toilax|tablett|oral|5 mg||
A07DA03|Loperamid|Imodium|kapsel|oral|2 mg|4 mg|16 mg
A03BB01|Butylskopolamin|Buscopan|injeksjonsvæske|iv|20 mg||
A07BA01|Medisinsk kull|Carbomix, Norit|pulver|oral|50 g||
A07EC01|Sulfasalazin|Salazopyrin|tablett|oral|500 mg||
R03AC02|Salbutamol|Ventoline, Airomir|inhalasjonsaerosol|inhalasjon|2 puff||
R03AC03|Terbutalin|Bricanyl Turbuhaler|inhalasjonspulver|inhalasjon|1 puff||
R03BB01|Ipratropium|Atrovent|inhalasjonsvæske|inhalasjon|0,5 mg||
R03BB04|Tiotropium|Spiriva|inhalasjonsvæske|inhalasjon|2 puff||
R03AK06|Salmeterol og flutikason|Seretide|inhalasjonspulver|inhalasjon|1 puff||
R03AK07|Formoterol og budesonid|Symbicort|inhalasjonspulver|inhalasjon|2 puff||
R03BA02|Budesonid|Pulmicort|inhalasjonspulver|inhalasjon|200 mikrog||
R03BA05|Flutikason|Flutide|inhalasjonspulver|inhalasjon|250 mikrog||
R03DC03|Montelukast|Singulair|tablett|oral|10 mg||
R06AE07|Cetirizin|Zyrtec, Cetirizin|tablett|oral|10 mg||
R06AX13|Loratadin|Clarityn, Loratadin|tablett|oral|10 mg||
R06AX27|Desloratadin|Aerius|tablett|oral|5 mg||
R06AD02|Prometazin|Phenergan|tablett|oral|25 mg||
R01AD09|Mometason nesespray|Nasonex|nesespray|nasal|2 puff||
H02AB06|Prednisolon|Prednisolon|tablett|oral|40 mg||
H02AB02|Deksametason|Dexametason|tablett|oral|4 mg||
H02AB04|Metylprednisolon|Medrol, Solu-Medrol|tablett|oral|16 mg||
N06AB05|Paroksetin|Seroxat, Paroxetin|tablett|oral|20 mg||
N06AB03|Fluoksetin|Fontex|kapsel|oral|20 mg||
N06AX16|Venlafaksin|Efexor|depotkapsel|oral|75 mg||
N06AX21|Duloksetin|Cymbalta|enterokapsel|oral|60 mg||
N06AA09|Amitriptylin|Sarotex|tablett|oral|10 mg||
N05CF02|Zolpidem|Stilnoct|tablett|oral|10 mg|10 mg|10 mg
N05AH04|Kvetiapin|Seroquel|tablett|oral|25 mg||
N05AH03|Olanzapin|Zyprexa|tablett|oral|5 mg||
N05AX08|Risperidon|Risperdal|tablett|oral|0,5 mg||
N05AD01|Haloperidol|Haldol|tablett|oral|0,5 mg||
N05BB01|Hydroksyzin|Atarax|tablett|oral|25 mg||
N06DA02|Donepezil|Aricept|tablett|oral|5 mg||
N06DX01|Memantin|Ebixa|tablett|oral|10 mg||
N03AX09|Lamotrigin|Lamictal|tablett|oral|50 mg||
N03AF01|Karbamazepin|Tegretol|tablett|oral|200 mg||
N03AG01|Valproat|Orfiril|enterotablett|oral|300 mg||
N03AX14|Levetiracetam|Keppra|tablett|oral|500 mg||
N03AX12|Gabapentin|Neurontin|kapsel|oral|300 mg||
N03AX16|Pregabalin|Lyrica|kapsel|oral|75 mg||
N04BA02|Levodopa og dekarboksylasehemmer|Sinemet, Madopar|tablett|oral|100 mg||
N07BA01|Nikotin|Nicorette, Nicotinell|tyggegummi|oral|2 mg||
V03AB15|Nalokson|Naloxone, Nyxoid|injeksjonsvæske|im|0,4 mg||
A11DA01|Tiamin|Tiamin|injeksjonsvæske|im|100 mg||
G04CA02|Tamsulosin|Omnic|depotkapsel|oral|0,4 mg||
G04CB01|Finasterid|Proscar|tablett|oral|5 mg||
G04BD08|Solifenacin|Vesicare|tablett|oral|5 mg||
G04BD12|Mirabegron|Betmiga|depottablett|oral|50 mg||
G04BE03|Sildenafil|Viagra, Sildenafil|tablett|oral|50 mg||
G03CA03|Østradiol|Vagifem|vaginaltablett|vaginal|10 mikrog||
M04AA01|Allopurinol|Zyloric, Allopurinol|tablett|oral|100 mg||
M04AC01|Kolkisin|Colrefuz|tablett|oral|0,5 mg||
M05BA04|Alendronsyre|Fosamax, Alendronat|tablett|oral|70 mg||
M03BX01|Baklofen|Lioresal|tablett|oral|10 mg||
M03BX02|Tizanidin|Sirdalud|tablett|oral|2 mg||
L04AX03|Metotreksat|Metotreksat|tablett|oral|10 mg||
A11CC05|Kolekalsiferol|D-vitamin, Divisun|tablett|oral|20 mikrog||
B03AA07|Jern(II)sulfat|Duroferon|depottablett|oral|100 mg||
B03BA01|Cyanokobalamin|Behepan|tablett|oral|1 mg||
B03BA03|Hydroksokobalamin|Vitamin B12 injeksjon|injeksjonsvæske|im|1 mg||
B03BB01|Folsyre|Folsyre|tablett|oral|1 mg||
A12BA01|Kaliumklorid|Kajos, Slow-K|depottablett|oral|750 mg||
S01AA01|Kloramfenikol øyedråper|Kloramfenikol|øyedråper|okulær|1 dråpe||
S01AA13|Fusidinsyre øyedråper|Fucithalmic|øyedråper|okulær|1 dråpe||
M01AB01|Indometacin|Confortid|kapsel|oral|25 mg||
M01AC06|Meloksikam|Mobic|tablett|oral|7,5 mg|15 mg|15 mg
M01AE03|Ketoprofen|Orudis|kapsel|oral|50 mg||
M01AH05|Etorikoksib|Arcoxia|tablett|oral|60 mg||
M02AA15|Diklofenak gel|Voltaren gel|gel|kutan|2 g||
N02AE01|Buprenorfin sublingval|Temgesic|sublingvaltablett|sublingval|0,2 mg||
N02AA03|Hydromorfon|Palladon|kapsel|oral|1,3 mg||
N02AX06|Tapentadol|Palexia|tablett|oral|50 mg||
N02CC03|Zolmitriptan|Zomig|tablett|oral|2,5 mg||
N02CC04|Rizatriptan|Maxalt|tablett|oral|10 mg||
N02CC06|Eletriptan|Relpax|tablett|oral|40 mg||
M03BC01|Orfenadrin|Norflex|depottablett|oral|100 mg||
M04AA03|Febuksostat|Adenuric|tablett|oral|80 mg||
M05BA07|Risedronsyre|Optinate|tablett|oral|35 mg||
M05BX04|Denosumab|Prolia|injeksjonsvæske|sc|60 mg||
H02AB07|Prednison|Prednison|tablett|oral|5 mg||
H02AB09|Hydrokortison injeksjon|Solu-Cortef|injeksjonsvæske|iv|100 mg||
H02AA02|Fludrokortison|Florinef|tablett|oral|0,1 mg||
C01BD01|Amiodaron|Cordarone|tablett|oral|200 mg||
C01BC04|Flekainid|Tambocor|tablett|oral|100 mg||
C01DA08|Isosorbiddinitrat|Sorbangil|sublingvaltablett|sublingval|5 mg||
C02AC01|Klonidin|Catapresan|tablett|oral|0,075 mg||
C02CA04|Doksazosin|Carduran|depottablett|oral|4 mg||
C03AA01|Bendroflumetiazid|Centyl|tablett|oral|2,5 mg||
C03BA11|Indapamid|Natrilix|depottablett|oral|1,5 mg||
C03CA02|Bumetanid|Burinex|tablett|oral|1 mg||
C03EA01|Hydroklortiazid og kaliumsparende|Moduretic|tablett|oral|1 tablett||
C03DA04|Eplerenon|Inspra|tablett|oral|25 mg||
C07AA05|Propranolol|Pranolol|tablett|oral|40 mg||
C07AG02|Karvedilol|Carvedilol|tablett|oral|6,25 mg||
C07AB12|Nebivolol|Hypoloc|tablett|oral|5 mg||
C08DA01|Verapamil|Isoptin|tablett|oral|80 mg||
C08DB01|Diltiazem|Cardizem|depotkapsel|oral|60 mg||
C08CA05|Nifedipin|Adalat Oros|depottablett|oral|30 mg||
C08CA13|Lerkanidipin|Zanidip|tablett|oral|10 mg||
C09AA01|Kaptopril|Capoten|tablett|oral|25 mg||
C09AA04|Perindopril|Coversyl|tablett|oral|5 mg||
C09CA04|Irbesartan|Aprovel|tablett|oral|150 mg||
C09CA07|Telmisartan|Micardis|tablett|oral|40 mg||
C09DA01|Losartan og diuretika|Cozaar Comp|tablett|oral|1 tablett||
C09DA06|Kandesartan og diuretika|Atacand Plus|tablett|oral|1 tablett||
C09DX04|Valsartan og sakubitril|Entresto|tablett|oral|1 tablett||
C10AA03|Pravastatin|Pravachol|tablett|oral|20 mg||
C10BA02|Simvastatin og ezetimib|Inegy|tablett|oral|1 tablett||
C10AB05|Fenofibrat|Lipanthyl|tablett|oral|145 mg||
B01AC22|Prasugrel|Efient|tablett|oral|10 mg||
B01AB01|Heparin|Heparin|injeksjonsvæske|iv|5000 IE||
B01AB10|Tinzaparin|Innohep|injeksjonsvæske|sc|4500 IE||
B02AA02|Traneksamsyre|Cyklokapron|tablett|oral|1 g||
B02BA01|Fytomenadion|Konakion|injeksjonsvæske|iv|10 mg||
R03AC12|Salmeterol|Serevent|inhalasjonsaerosol|inhalasjon|2 puff||
R03AC13|Formoterol|Oxis|inhalasjonspulver|inhalasjon|1 puff||
R03AK08|Formoterol og beklometason|Inuxair, Foster|inhalasjonsaerosol|inhalasjon|2 puff||
R03AK10|Vilanterol og flutikasonfuroat|Relvar|inhalasjonspulver|inhalasjon|1 puff||
R03AL03|Vilanterol og umeklidinium|Anoro|inhalasjonspulver|inhalasjon|1 puff||
R03BB06|Glykopyrronium|Seebri|inhalasjonspulver|inhalasjon|1 puff||
R03BB07|Umeklidinium|Incruse|inhalasjonspulver|inhalasjon|1 puff||
R03BA08|Ciklesonid|Alvesco|inhalasjonsaerosol|inhalasjon|1 puff||
R03DA04|Teofyllin|Nuelin|depottablett|oral|200 mg||
R05CB01|Acetylcystein|Mucomyst|brusetablett|oral|200 mg||
R05DA04|Kodein hostedempende|Kodein|tablett|oral|25 mg||
R05DA07|Noskapin|Noskapin|mikstur|oral|15 mg||
R06AE09|Levocetirizin|Xyzal|tablett|oral|5 mg||
R06AX26|Feksofenadin|Telfast|tablett|oral|120 mg||
R01AA05|Oksymetazolin nesespray|Nezeril|nesespray|nasal|1 puff||
R01AD12|Flutikasonfuroat nesespray|Avamys|nesespray|nasal|2 puff||
R01AD05|Budesonid nesespray|Rhinocort|nesespray|nasal|2 puff||
S01EE01|Latanoprost|Xalatan|øyedråper|okulær|1 dråpe||
S01ED01|Timolol øyedråper|Timosan|øyedråper|okulær|1 dråpe||
S01BA01|Deksametason øyedråper|Isopto-Maxidex|øyedråper|okulær|1 dråpe||
A02BC03|Lansoprazol|Lanzo|enterokapsel|oral|30 mg||
A02BA03|Famotidin|Famotidin|tablett|oral|20 mg||
A06AB08|Natriumpikosulfat|Laxoberal|dråper|oral|10 dråper||
A07AA02|Nystatin|Mycostatin|mikstur|oral|1 ml||
A07EC02|Mesalazin|Asacol|enterotablett|oral|400 mg||
A07EA06|Budesonid tarm|Entocort|kapsel|oral|3 mg||
A09AA02|Pankreatin|Creon|enterokapsel|oral|1 kapsel||
A11CC04|Kalsitriol|Rocaltrol|kapsel|oral|0,25 mikrog||
A12AA04|Kalsiumkarbonat|Calcium Sandoz|tyggetablett|oral|500 mg||
A03BA01|Atropin|Atropin|injeksjonsvæske|iv|0,5 mg||
A10BB09|Gliklazid|Diamicron|depottablett|oral|30 mg||
A10BD07|Metformin og sitagliptin|Janumet|tablett|oral|1 tablett||
A10BH02|Vildagliptin|Galvus|tablett|oral|50 mg||
A10BJ02|Liraglutid|Victoza|injeksjonsvæske|sc|1,2 mg||
A10BJ05|Dulaglutid|Trulicity|injeksjonsvæske|sc|1,5 mg||
A10AB01|Insulin humant|Actrapid|injeksjonsvæske|sc|4 E||
A10AB04|Insulin lispro|Humalog|injeksjonsvæske|sc|4 E||
A10AE06|Insulin degludek|Tresiba|injeksjonsvæske|sc|10 E||
A10AD05|Insulin aspart, kombinasjon|NovoMix|injeksjonsvæske|sc|10 E||
H03BB02|Tiamazol|Thacapzol|tablett|oral|5 mg||
H01BA02|Desmopressin|Minirin|tablett|oral|0,1 mg||
G03CA03|Østradiol tablett|Estrofem|tablett|oral|1 mg||
G03AC09|Desogestrel|Cerazette|tablett|oral|75 mikrog||
G03AA07|Levonorgestrel og etinyløstradiol|Microgynon|tablett|oral|1 tablett||
G03AD01|Levonorgestrel nødprevensjon|Postinor|tablett|oral|1,5 mg||
G04BD04|Oksybutynin|Ditropan|tablett|oral|5 mg||
G04BD07|Tolterodin|Detrusitol|tablett|oral|2 mg||
G04CA01|Alfuzosin|Xatral|depottablett|oral|10 mg||
G04CB02|Dutasterid|Avodart|kapsel|oral|0,5 mg||
G04BE08|Tadalafil|Cialis|tablett|oral|10 mg||
J01AA04|Lymesyklin|Tetralysal|kapsel|oral|300 mg||
J01AA07|Tetrasyklin|Tetracyklin|tablett|oral|250 mg||
J01CA01|Ampicillin|Pentrexyl|injeksjonsvæske|iv|2 g||
J01DC02|Cefuroksim|Zinacef|injeksjonsvæske|iv|1,5 g||
J01DD01|Cefotaksim|Claforan|injeksjonsvæske|iv|1 g||
J01MA12|Levofloksacin|Tavanic|tablett|oral|500 mg||
J01MA14|Moksifloksacin|Avelox|tablett|oral|400 mg||
J01XD01|Metronidazol infusjon|Flagyl|infusjonsvæske|iv|500 mg||
J02AC02|Itrakonazol|Sporanox|kapsel|oral|100 mg||
D01BA02|Terbinafin|Lamisil|tablett|oral|250 mg||
J05AH02|Oseltamivir|Tamiflu|kapsel|oral|75 mg||
P02CA01|Mebendazol|Vermox|tablett|oral|100 mg||
P02CF01|Ivermektin|Scatol|tablett|oral|3 mg||
P01BA02|Hydroksyklorokin|Plaquenil|tablett|oral|200 mg||
N03AE01|Klonazepam|Rivotril|tablett|oral|0,5 mg||
N03AX11|Topiramat|Topimax|tablett|oral|25 mg||
N03AF02|Okskarbazepin|Trileptal|tablett|oral|300 mg||
N03AB02|Fenytoin|Epinat|tablett|oral|100 mg||
N04BC05|Pramipeksol|Sifrol|tablett|oral|0,18 mg||
N04BC04|Ropinirol|Requip|tablett|oral|0,25 mg||
N04BD02|Rasagilin|Azilect|tablett|oral|1 mg||
N05AF05|Zuklopentiksol|Cisordinol|tablett|oral|10 mg||
N05AF03|Klorprotiksen|Truxal|tablett|oral|15 mg||
N05AH02|Klozapin|Leponex|tablett|oral|25 mg||
N05AX12|Aripiprazol|Abilify|tablett|oral|10 mg||
N05AN01|Litium|Lithionit|depottablett|oral|42 mg||
N05BA12|Alprazolam|Xanor|tablett|oral|0,25 mg||
N05CD02|Nitrazepam|Mogadon|tablett|oral|5 mg||
N06AA04|Klomipramin|Anafranil|tablett|oral|25 mg||
N06AA10|Nortriptylin|Noritren|tablett|oral|25 mg||
N06AB08|Fluvoksamin|Fevarin|tablett|oral|50 mg||
N06AX12|Bupropion|Wellbutrin|depottablett|oral|150 mg||
N06AX22|Agomelatin|Valdoxan|tablett|oral|25 mg||
N06BA04|Metylfenidat|Ritalin|tablett|oral|10 mg||
N06BA09|Atomoksetin|Strattera|kapsel|oral|40 mg||
N06BA12|Lisdeksamfetamin|Elvanse|kapsel|oral|30 mg||
N06DA03|Rivastigmin|Exelon|kapsel|oral|1,5 mg||
N06DA04|Galantamin|Reminyl|depotkapsel|oral|8 mg||
N07BB01|Disulfiram|Antabus|tablett|oral|200 mg||
N07BB04|Naltrekson|Naltrexone|tablett|oral|50 mg||
N07BC02|Metadon|Metadon|mikstur|oral|60 mg||
N07BC51|Buprenorfin og nalokson|Suboxone|sublingvaltablett|sublingval|8 mg||
N07CA01|Betahistin|Betaserc|tablett|oral|16 mg||
L02BA01|Tamoksifen|Nolvadex, Tamoxifen|tablett|oral|20 mg||
L02BG04|Letrozol|Femar|tablett|oral|2,5 mg||
L02BG03|Anastrozol|Arimidex|tablett|oral|1 mg||
L04AX01|Azatioprin|Imurel|tablett|oral|50 mg||
V03AB25|Flumazenil|Lanexat|injeksjonsvæske|iv|0,2 mg||
B05BB01|Ringer-acetat|Ringer-acetat|infusjonsvæske|iv|1000 ml||
B05BA03|Glukose infusjon|Glukose|infusjonsvæske|iv|500 ml||
B05XA03|Natriumklorid infusjon|Natriumklorid 9 mg/ml|infusjonsvæske|iv|1000 ml||
"""
