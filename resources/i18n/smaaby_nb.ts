<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="58" />
            <source>0-10; larger beta: nearer opportunities count more. Not used by the step.</source>
            <translation>0-10; større beta: nærmere muligheter teller mer. Brukes ikke av trappefunksjonen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="185" />
            <source>Accessibility summary</source>
            <translation>Sammendrag av tilgjengelighet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="135" />
            <source>Businesses, schools, shops; polygons by a point inside them.</source>
            <translation>Virksomheter, skoler, butikker; polygoner ved et punkt inni dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="69" />
            <source>Costs below it count as the floor, so t^(-beta) stays finite (0.01-600).</source>
            <translation>Kostnader under den teller som gulvet, så t^(-beta) holder seg endelig (0,01-600).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="120" />
            <source>Cut-off (minutes; km on a distance network)</source>
            <translation>Grense (minutter; km på et avstandsnett)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="52" />
            <source>Decay parameter beta (per minute, or per km on a distance network)</source>
            <translation>Avstandsmotstand beta (per minutt, eller per km på et avstandsnett)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="132" />
            <source>Destinations (workplaces, services)</source>
            <translation>Målpunkter (arbeidsplasser, tjenester)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="164" />
            <source>Destinations of other kinds or without a kind are left out (counted).</source>
            <translation>Målpunkter av andre typer eller uten type utelates (telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="39" />
            <source>Distance decay</source>
            <translation>Avstandsmotstand</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="180" />
            <source>Each origin with within_&lt;kind&gt; and access_&lt;kind&gt;.</source>
            <translation>Hvert startpunkt med within_&lt;type&gt; og access_&lt;type&gt;.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="71" />
            <source>Field naming each origin; without it the feature id. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert startpunkt; uten det objekt-id-en. Doble eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="108" />
            <source>Field naming each zone (e.g. kommunenummer); without it the feature id. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hver sone (f.eks. kommunenummer); uten det objekt-id-en. Doble eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="157" />
            <source>Field with the kind of each destination; without it one kind 'all'.</source>
            <translation>Felt med typen til hvert målpunkt; uten det én type 'all'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="63" />
            <source>Floor of the power decay (minutes or km)</source>
            <translation>Gulv for potensfunksjonen (minutter eller km)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>For every origin, the opportunities (jobs by workplace, services) reachable within CUTOFF T (default 90 minutes): within = Σⱼ Wⱼ over the destinations with tᵢⱼ &lt;= T, and the distance-decay sum access = Σⱼ Wⱼ·f(tᵢⱼ) (Hansen 1959) with f a negative exponential exp(−β·t), a power t^(−β) (costs below FLOOR count as FLOOR) or a step (1 within T); f is 0 beyond T. Wⱼ is WEIGHT_FIELD (e.g. employees) or 1 per destination; with KIND_FIELD one pair of columns per kind.

Method: origins and destinations are attached to the nearest link at their projected positions (polygons by a point inside them; straight legs cost their length, or minutes at the speed off the network). Origins at the same network position share one Dijkstra search (Dijkstra 1959; scipy.sparse.csgraph) limited to T, so the work grows with distinct positions, not features; destinations keep their own positions. The searches run in blocks whose costs are summed at once, so memory stays bounded (no full origin x destination matrix).

Outputs: OUTPUT, each origin with population, zone_id, within_&lt;kind&gt; and access_&lt;kind&gt;; OUTPUT_SUMMARY, per zone (and '(all)') and kind the population and the population-weighted mean of within and access. Units: opportunities (the weight's unit); costs in minutes for travel time, km for distance (BETA per km).

Bad input: a destination without a kind stops the run naming the field (without KIND_FIELD all are one kind 'all'); kinds listed in KINDS without destinations get zero columns and a log line. Origins farther than MAX_SNAP from the network are kept with empty values and counted in the log. A CUTOFF below 1 or above 600 is refused.

Missing values: a null or NaN population or weight counts as 0 (the log says how many); negative, infinite or absurd (above 10 million) values stop the run. Duplicate or missing origin and zone ids stop the run. CRS: all inputs are computed in the network's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>For hvert startpunkt mulighetene (arbeidsplasser, tjenester) som nås innen CUTOFF T (standard 90 minutter): within = Σⱼ Wⱼ over målpunktene med tᵢⱼ &lt;= T, og summen med avstandsmotstand access = Σⱼ Wⱼ·f(tᵢⱼ) (Hansen 1959) der f er negativ eksponentiell exp(−β·t), en potens t^(−β) (kostnader under FLOOR teller som FLOOR) eller en trapp (1 innen T); f er 0 utenfor T. Wⱼ er WEIGHT_FIELD (f.eks. sysselsatte) eller 1 per målpunkt; med KIND_FIELD ett kolonnepar per type.

Metode: startpunkter og målpunkter knyttes til nærmeste lenke i sin projiserte posisjon (polygoner ved et punkt inni dem; rette strekninger koster lengden sin, eller minutter med farten utenfor vegnettet). Startpunkter i samme posisjon i vegnettet deler ett Dijkstra-søk (Dijkstra 1959; scipy.sparse.csgraph) begrenset til T, så arbeidet vokser med antall ulike posisjoner, ikke objekter; målpunktene beholder sine egne posisjoner. Søkene går i blokker der kostnadene summeres med én gang, så minnebruken holdes begrenset (ingen full matrise av startpunkter x målpunkter).

Utdata: OUTPUT, hvert startpunkt med befolkning, zone_id, within_&lt;type&gt; og access_&lt;type&gt;; OUTPUT_SUMMARY, per sone (og '(all)') og type befolkningen og befolkningsvektet gjennomsnitt av within og access. Enheter: muligheter (vektens enhet); kostnader i minutter for reisetid, km for avstand (BETA per km).

Feil i inndata: et målpunkt uten type stopper kjøringen med navnet på feltet (uten KIND_FIELD er alle én type 'all'); typer i KINDS uten målpunkter får kolonner med 0 og en linje i loggen. Startpunkter lenger enn MAX_SNAP fra vegnettet beholdes med tomme verdier og telles i loggen. En CUTOFF under 1 eller over 600 avvises.

Manglende verdier: en tom (null) eller NaN befolkning eller vekt teller som 0 (loggen sier hvor mange); negative, uendelige eller urimelige (over 10 millioner) verdier stopper kjøringen. Doble eller manglende id-er for startpunkter og soner stopper kjøringen. CRS: alle inndata beregnes i vegnettets projiserte CRS, eller i UTM-sonen til dataene når det er geografisk eller Web Mercator; et lag uten CRS stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="47" />
            <source>How the weight of an opportunity falls with the cost t to it.</source>
            <translation>Hvordan vekten av en mulighet faller med kostnaden t dit.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="85" />
            <source>Inhabitants per origin (e.g. pop2022); without it each origin counts as 1. Null or NaN counts as 0 (logged); negative or infinite values stop the run.</source>
            <translation>Innbyggere per startpunkt (f.eks. pop2022); uten det teller hvert startpunkt som 1. Null eller NaN teller som 0 (logges); negative eller uendelige verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="229" />
            <source>Kind '{}': no destination of this kind; its columns are 0.</source>
            <translation>Type '{}': ingen målpunkter av denne typen; kolonnene er 0.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="153" />
            <source>Kind field</source>
            <translation>Typefelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="162" />
            <source>Kinds wanted (comma-separated; empty = every kind in the field)</source>
            <translation>Ønskede typer (kommaseparert; tom = alle typer i feltet)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="41" />
            <source>Negative exponential exp(-beta*t)</source>
            <translation>Negativ eksponentiell exp(-beta*t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="145" />
            <source>Opportunities per destination (jobs, capacity); without it 1 each. Null or NaN counts as 0 (logged); negative or infinite values stop the run.</source>
            <translation>Muligheter per målpunkt (arbeidsplasser, kapasitet); uten det 1 hver. Null eller NaN teller som 0 (logges); negative eller uendelige verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Opportunities within reach (network accessibility)</source>
            <translation>Muligheter innen rekkevidde (tilgjengelighet i vegnettet)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="102" />
            <source>Optional polygons; each origin counts in the zone its point lies in.</source>
            <translation>Valgfrie polygoner; hvert startpunkt teller i sonen punktet ligger i.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="67" />
            <source>Origin id field</source>
            <translation>Id-felt for startpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="56" />
            <source>Origins (where people live)</source>
            <translation>Startpunkter (der folk bor)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="177" />
            <source>Origins with accessibility</source>
            <translation>Startpunkter med tilgjengelighet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="189" />
            <source>Per zone and kind: population-weighted mean of within and access.</source>
            <translation>Per sone og type: befolkningsvektet gjennomsnitt av within og access.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="79" />
            <source>Population field</source>
            <translation>Befolkningsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="42" />
            <source>Power t^(-beta) with a floor</source>
            <translation>Potens t^(-beta) med et gulv</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="59" />
            <source>SSB 250 m population cells, grunnkretser or address points; a polygon counts by a point inside it.</source>
            <translation>SSBs 250 m befolkningsruter, grunnkretser eller adressepunkter; et polygon teller ved et punkt inni det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="43" />
            <source>Step: 1 within the cut-off</source>
            <translation>Trapp: 1 innen grensen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="170" />
            <source>T: opportunities farther than this count nothing (1-600 minutes or km).</source>
            <translation>T: muligheter lenger unna enn dette teller ikke (1-600 minutter eller km).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="140" />
            <source>Weight field (e.g. employees)</source>
            <translation>Vektfelt (f.eks. sysselsatte)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="106" />
            <source>Zone id field</source>
            <translation>Id-felt for soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="98" />
            <source>Zones to summarise by (kommuner, tettsteder)</source>
            <translation>Soner å summere etter (kommuner, tettsteder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>accessibility, tilgjengelighet, jobs, arbeidsplasser, services, tjenester, gravity, Hansen, distance decay, avstandsmotstand, cumulative opportunities, region, travel time, reisetid, network, vegnett</source>
            <translation>tilgjengelighet, accessibility, arbeidsplasser, jobs, tjenester, services, gravitasjon, Hansen, avstandsmotstand, distance decay, kumulative muligheter, region, reisetid, travel time, vegnett, network</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="249" />
            <source>{:,} origins searched from {:,} distinct network positions.</source>
            <translation>{:,} startpunkter søkt fra {:,} ulike posisjoner i vegnettet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="272" />
            <source>{}: {} of {} destination(s) are of none of the kinds wanted ({}) and are left out.</source>
            <translation>{}: {} av {} målpunkt(er) er ikke av noen ønsket type ({}) og utelates.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="209" />
            <source>{}: {} of {} feature(s) have no kind in the field '{}' (feature ids {}); give each a kind, list the kinds wanted (the others are left out), or leave {} empty to take every feature as one kind 'all'.</source>
            <translation>{}: {} av {} objekt(er) har ingen type i feltet '{}' (objekt-id-er {}); gi hvert en type, list opp de ønskede typene (de andre utelates), eller la {} stå tom for å ta alle objekter som én type 'all'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="182" />
            <source>{}: {} of {} origin(s) lie in no zone of {}; they count only in the row for all origins.</source>
            <translation>{}: {} av {} startpunkt(er) ligger ikke i noen sone i {}; de teller bare i raden for alle startpunkter.</translation>
        </message>
    </context>
    <context>
        <name>AlgorithmPageBody</name>
        <message>
            <location filename="../../forms/algorithm_page.ui" line="0" />
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <location filename="../../forms/algorithm_page.ui" line="0" />
            <source>Help</source>
            <translation>Hjelp</translation>
        </message>
        <message>
            <location filename="../../forms/algorithm_page.ui" line="0" />
            <source>Show the algorithm’s help: what it computes, its method and sources, and what it does with bad input.</source>
            <translation>Vis algoritmens hjelp: hva den beregner, metode og kilder, og hva den gjør med dårlige inndata.</translation>
        </message>
    </context>
    <context>
        <name>ArealregnskapReport</name>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="180" />
            <source>AR5 arealressurskart (or another land cover with AR5 arealtype codes: 11 bebygd, 12 samferdsel, 21 fulldyrka, 22 overflatedyrka, 23 innmarksbeite, 30 skog, 50 åpen fastmark, 60 myr, 81 ferskvann, 82 hav).</source>
            <translation>AR5 arealressurskart (eller et annet arealdekke med AR5-arealtypekoder: 11 bebygd, 12 samferdsel, 21 fulldyrka, 22 overflatedyrka, 23 innmarksbeite, 30 skog, 50 åpen fastmark, 60 myr, 81 ferskvann, 82 hav).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>AR5 arealtype</source>
            <translation>AR5 arealtype</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>Area unit</source>
            <translation>Arealenhet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="152" />
            <source>Arealregnskap workbook</source>
            <translation>Arealregnskap (arbeidsbok)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Arealregnskap workbook (xlsx)</source>
            <translation>Arealregnskap som regneark (xlsx)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="145" />
            <source>Areas (daa), populations and m² per inhabitant are rounded to this many decimals in the workbook (1: tenths of a dekar, 100 m²).</source>
            <translation>Arealer (daa), befolkning og m² per innbygger avrundes til så mange desimaler i regnearket (1: tideler av et dekar, 100 m²).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>Automatic (the list that knows most codes)</source>
            <translation>Automatisk (listen som kjenner flest koder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="86" />
            <source>Code list for labels</source>
            <translation>Kodeliste for tekster</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="90" />
            <source>Code list that gives labels (bokmål and English) beside the codes: SOSI arealformål (kommuneplan), AR5 arealtype or N50 arealdekke, from the plugin's resources/codes folder. Automatic picks the list that contains most of the layer's distinct codes. Codes that are not in the list are kept and flagged (in_code_list = 0).</source>
            <translation>Kodelisten som gir tekster (bokmål og engelsk) ved siden av kodene: SOSI-arealformål (kommuneplan), AR5-arealtype eller N50-arealdekke, fra programtilleggets mappe resources/codes. Automatisk velger listen som inneholder flest av lagets ulike koder. Koder som ikke står i listen, beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="137" />
            <source>Decimals of the areas</source>
            <translation>Desimaler for arealene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="48" />
            <source>Development code table (CSV)</source>
            <translation>Kodetabell for utbygging (CSV)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="70" />
            <source>Development code table: {}</source>
            <translation>Kodetabell for utbygging: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="141" />
            <source>Ellipsoidal areas</source>
            <translation>Ellipsoidiske arealer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="194" />
            <source>Ellipsoidal areas: Transverse Mercator scale correction (central meridian {}°, k0 {}).</source>
            <translation>Ellipsoidiske arealer: målestokkorreksjon for transversal Mercator (sentralmeridian {}°, k0 {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="152" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-arbeidsbok (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="302" />
            <source>Field that names each zone in the output; without it the feature id. Ids must be unique and filled in: a duplicate or an empty id stops the run, unless 'Merge zones with the same id' is chosen.</source>
            <translation>Felt som gir hver sone navn i resultatet; uten det objekt-id-en. Id-ene må være unike og fylt ut: en dublett eller en tom id stopper kjøringen, med mindre «Slå sammen soner med samme id» er valgt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="193" />
            <source>Field with the AR5 arealtype code (whole numbers; numeric text is accepted). Other values count as no AR5 class (ar5_none).</source>
            <translation>Felt med AR5-arealtypekoden (heltall; numerisk tekst godtas). Andre verdier regnes som uten AR5-klasse (ar5_none).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="303" />
            <source>LANDCOVER covers none of NEW_PLAN's reserve: every reserve area is 'no land cover'. Are the plan and the land cover of the same place (CRS, extent)?</source>
            <translation>LANDCOVER dekker ingenting av arealreserven i NEW_PLAN: hele reserven er «uten arealtype». Gjelder planen og arealtypen samme sted (koordinatsystem, utstrekning)?</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="174" />
            <source>Labels from the code list {}.</source>
            <translation>Tekster fra kodelisten {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="178" />
            <source>Land cover (AR5)</source>
            <translation>Arealdekke (AR5)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="189" />
            <source>Land cover class field (arealtype)</source>
            <translation>Felt med arealdekkeklasse (arealtype)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Largest class code wins</source>
            <translation>Største klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Lowest value of the priority field wins</source>
            <translation>Laveste verdi i prioritetsfeltet vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="310" />
            <source>Merge zones with the same id</source>
            <translation>Slå sammen soner med samme id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>N50 arealdekke</source>
            <translation>N50 arealdekke</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="171" />
            <source>No code list knows these codes; codes are given without labels.</source>
            <translation>Ingen kodeliste kjenner disse kodene; kodene gis uten tekster.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="190" />
            <source>No population layers: the SDG 11.3.1 sheet is left out.</source>
            <translation>Ingen befolkningslag: arket for SDG 11.3.1 utelates.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>None (codes without labels)</source>
            <translation>Ingen (koder uten tekster)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="311" />
            <source>OLD_PLAN and NEW_PLAN have no land in common: every change is 'outside the plan'. Are both plans of the same place (CRS, extent)?</source>
            <translation>OLD_PLAN og NEW_PLAN har ikke noe areal felles: all endring er «utenfor planen». Gjelder begge planene samme sted (koordinatsystem, utstrekning)?</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="123" />
            <source>Overlap tolerance (m²)</source>
            <translation>Overlappstoleranse (m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="109" />
            <source>Overlapping polygons</source>
            <translation>Overlappende polygoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="129" />
            <source>Overlaps of at most this area between two polygons are digitising noise (shared edges that differ in the last decimals): they are logged and left as they are. 0 treats every overlap as one.</source>
            <translation>Overlapp på høyst dette arealet mellom to polygoner er digitaliseringsstøy (felles kanter som skiller seg i de siste desimalene): de logges og blir stående. 0 regner ethvert overlapp som overlapp.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="129" />
            <source>Polygons (kommune, tettsted, grunnkrets) to compute SDG 11.3.1 for. The SDG sheet is written when both population layers are given; it then needs the zones and both built-up layers too.</source>
            <translation>Polygoner (kommune, tettsted, grunnkrets) som SDG 11.3.1 beregnes for. SDG-arket skrives når begge befolkningslagene er gitt; da trengs også sonene og begge lagene med bebygd areal.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="113" />
            <source>Polygons that overlap inside one layer would be counted twice. Default: stop and list the overlapping features and the area covered more than once. Otherwise each overlapped spot is given to one polygon by the chosen rule (ties go to the feature read first).</source>
            <translation>Polygoner som overlapper i samme lag, ville blitt telt to ganger. Standard: stopp og list opp de overlappende objektene og arealet som dekkes mer enn én gang. Ellers gis hvert overlappende område til ett polygon etter valgt regel (ved likhet til objektet som ble lest først).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="142" />
            <source>Report areas on the ellipsoid instead of planar areas in the projected CRS. Only for Transverse Mercator CRSs (UTM, NTM): each polygon's planar area is divided by the square of the projection's scale factor at its centroid (Snyder 1987), within about 1e-6 of the geodesic area. In UTM zone 33 planar areas differ from ellipsoidal ones by up to about 0.1 %.</source>
            <translation>Oppgi arealer på ellipsoiden i stedet for plane arealer i det projiserte koordinatsystemet. Bare for transversale Mercator-systemer (UTM, NTM): hvert polygons plane areal deles på kvadratet av projeksjonens målestokkfaktor i sentroiden (Snyder 1987), innen om lag 1e-6 av det geodetiske arealet. I UTM-sone 33 skiller plane arealer seg fra ellipsoidiske med inntil om lag 0,1 %.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="168" />
            <source>SDG 11.3.1 needs {}: {} given, {} missing. Give them all, or leave the population layers empty to skip the SDG sheet.</source>
            <translation>SDG 11.3.1 trenger {}: {} er gitt, {} mangler. Gi alle, eller la befolkningslagene stå tomme for å hoppe over SDG-arket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>SOSI kommuneplan arealformål</source>
            <translation>SOSI arealformål (kommuneplan)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="91" />
            <source>Shore lines (strandlinje of sea and lakes) or sea and lake polygons. Land within SHORE_WIDTH of them is flagged as shore zone (the 100-metre belt of pbl § 1-8); with polygons the water itself is inside the zone too.</source>
            <translation>Strandlinjer (mot sjø og innsjøer) eller sjø- og innsjøpolygoner. Land innenfor SHORE_WIDTH fra dem merkes som strandsone (100-metersbeltet i pbl § 1-8); med polygoner ligger også selve vannet i sonen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="87" />
            <source>Shore lines or water (strandsone)</source>
            <translation>Strandlinjer eller vann (strandsone)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="100" />
            <source>Shore zone width (m)</source>
            <translation>Strandsonens bredde (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smaller polygon wins</source>
            <translation>Minste polygon vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smallest class code wins</source>
            <translation>Minste klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Stop with an error listing the overlaps</source>
            <translation>Stopp med en feilmelding som lister opp overlappene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="154" />
            <source>The .xlsx file to write (one sheet per table).</source>
            <translation>.xlsx-filen som skrives (ett ark per tabell).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="112" />
            <source>The arealformål of the plan in force. Optional: with it the workbook also gets the change in arealformål, the omdisponering and the current plan's reserve.</source>
            <translation>Arealformålene i gjeldende plan. Valgfritt: med den får regnearket også endringen i arealformål, omdisponeringen og arealreserven i gjeldende plan.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="104" />
            <source>The arealformål of the proposed plan (or of the one plan whose reserve you want), as polygons.</source>
            <translation>Arealformålene i planforslaget (eller i den ene planen du vil ha arealreserven for), som polygoner.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="290" />
            <source>The workbook could not be written to {} ({}).</source>
            <translation>Regnearket kunne ikke skrives til {} ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="74" />
            <source>Unit of the area fields: m², daa (dekar = 1,000 m², the unit of Norwegian plans; default), ha or km².</source>
            <translation>Enhet for arealfeltene: m², daa (dekar = 1 000 m², enheten i norske planer; standard), ha eller km².</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="53" />
            <source>Which SOSI arealformål codes count as development (utbyggingsformål), their purpose group (arealformålsgruppe), sliver threshold (min_area_m2) and whether buffered buildings/roads are removed (buffer_built). Empty: the plugin's resources/codes/sosi_development.csv (defaults: NINA's list, all of hovedformål 1 and 2 are development; ARV's 19 groups and thresholds). Copy and edit it to change the rules.</source>
            <translation>Hvilke SOSI-arealformålskoder som regnes som utbyggingsformål, deres arealformålsgruppe, terskel for smale restarealer (min_area_m2) og om bygninger/veger med buffer fjernes (buffer_built). Tomt: programtilleggets resources/codes/sosi_development.csv (standard: NINAs liste, hele hovedformål 1 og 2 er utbygging; ARVs 19 grupper og terskler). Kopier og rediger den for å endre reglene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="106" />
            <source>Width of the shore zone in metres, measured horizontally (pbl § 1-8: 100 m).</source>
            <translation>Strandsonens bredde i meter, målt horisontalt (pbl § 1-8: 100 m).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Writes the arealregnskap of a kommuneplan as one Excel workbook (.xlsx) with the tables of KDD's guidance 'Arealregnskap i kommuneplan' (December 2023), one table per sheet, headings in bokmål and English, areas in daa:
- Arealreserve: the reserve of the proposed plan (NEW_PLAN) by purpose group (arealformålsgruppe) and AR5 class, with dyrka mark and the shore zone (ch. 4); with OLD_PLAN also the reserve of the current plan;
- Endring (with OLD_PLAN): the change in arealformål, current plan by proposal, with the net change per class (ch. 5), at the level chosen in GROUPING;
- Omdisponering (with OLD_PLAN): newly designated development land on dyrka mark (21+22), innmarksbeite (23), skog (30), åpen fastmark (50), myr (60) and the other AR5 classes and in the shore zone, and land returned from development;
- SDG 11.3.1 (where populations are given): LCR, PGR and LCRPGR per zone;
- Nøkkeltall (key figures) and Om (inputs, parameters, method).

The figures are those of smaaby:planreserve, smaaby:planchange and smaaby:landconsumption run on the same inputs (the same core functions; the parameters are theirs), rounded to DECIMALS for the sheet; see their help for the methods. The workbook is written with GDAL's XLSX driver, which QGIS ships.

Missing values: a null or NaN population counts as 0 (the log says how many); negative or infinite values stop the run. Duplicate or empty zone ids stop the run. Empty or non-numeric purpose codes are not development (counted in the log); overlapping polygons inside a plan or the land cover stop the run with a list unless an overlap rule is chosen; invalid geometries are repaired and counted. A population layer without zones, built-up layers or a field stops the run with what is missing.
CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Skriver arealregnskapet for en kommuneplan som én Excel-arbeidsbok (.xlsx) med tabellene i KDDs veileder «Arealregnskap i kommuneplan» (desember 2023), én tabell per ark, overskrifter på bokmål og engelsk, arealer i daa:
- Arealreserve: arealreserven i planforslaget (NEW_PLAN) etter arealformålsgruppe og AR5-arealtype, med dyrka mark og strandsonen (kap. 4); med OLD_PLAN også arealreserven i gjeldende plan;
- Endring (med OLD_PLAN): endringen i arealformål, gjeldende plan mot forslaget, med netto endring per klasse (kap. 5), på nivået valgt i GROUPING;
- Omdisponering (med OLD_PLAN): nytt utbyggingsareal på dyrka mark (21+22), innmarksbeite (23), skog (30), åpen fastmark (50), myr (60) og de andre AR5-klassene og i strandsonen, og areal tilbakeført fra utbygging;
- SDG 11.3.1 (der befolkning er gitt): LCR, PGR og LCRPGR per sone;
- Nøkkeltall og Om (inndata, parametere, metode).

Tallene er de samme som smaaby:planreserve, smaaby:planchange og smaaby:landconsumption gir med de samme inndataene (de samme kjernefunksjonene; parameterne er deres), avrundet til DECIMALS i arket; se deres hjelp for metodene. Arbeidsboken skrives med GDALs XLSX-driver, som følger med QGIS.

Manglende verdier: en tom eller NaN befolkning teller som 0 (loggen sier hvor mange); negative eller uendelige verdier stopper kjøringen. Like eller tomme sone-id-er stopper kjøringen. Tomme eller ikke-numeriske formålskoder er ikke utbygging (talt i loggen); overlappende polygoner i en plan eller i arealtypen stopper kjøringen med en liste, med mindre en overlappsregel er valgt; ugyldige geometrier repareres og telles. Et befolkningslag uten soner, lag med bebygd areal eller felt stopper kjøringen og sier hva som mangler.
CRS: alle inndata beregnes i det første inndatalagets projiserte koordinatsystem, eller i UTM-sonen til dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="293" />
            <source>Wrote {} sheet(s) to {}: {}.</source>
            <translation>Skrev {} ark til {}: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="300" />
            <source>Zone id field</source>
            <translation>Id-felt for soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="294" />
            <source>Zones</source>
            <translation>Soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="127" />
            <source>Zones for SDG 11.3.1</source>
            <translation>Soner for SDG 11.3.1</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="312" />
            <source>Zones that share an id (a kommune stored as several features) are dissolved into one zone, and the log says how many. Default: a repeated id stops the run with the ids, so two different zones are never summed by mistake.</source>
            <translation>Soner som deler en id (en kommune lagret som flere objekter), slås sammen til én sone, og loggen sier hvor mange. Standard: en gjentatt id stopper kjøringen med id-ene, slik at to ulike soner aldri summeres ved en feil.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>arealregnskap, regneark, Excel, xlsx, arealreserve, endring i arealformål, omdisponering, dyrka mark, strandsone, SDG 11.3.1, planbeskrivelse, spreadsheet</source>
            <translation>arealregnskap, regneark, Excel, xlsx, arealreserve, endring i arealformål, omdisponering, dyrka mark, strandsone, SDG 11.3.1, planbeskrivelse, spreadsheet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>daa (dekar, 1,000 m²)</source>
            <translation>daa (dekar, 1 000 m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>km²</source>
            <translation>km²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>m²</source>
            <translation>m²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="239" />
            <source>{} ({}) has no features; nothing is taken as built from it.</source>
            <translation>{} ({}) har ingen objekter; ingenting regnes som bebygd ut fra det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="181" />
            <source>{} code(s) are not in {}: {}; they are kept and flagged (in_code_list = 0).</source>
            <translation>{} kode(r) står ikke i {}: {}; de beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="200" />
            <source>{} is given without {}; choose its arealformål field.</source>
            <translation>{} er gitt uten {}; velg feltet med arealformål.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_arealregnskap.py" line="62" />
            <source>{}: choose the field with the number of inhabitants ({}).</source>
            <translation>{}: velg feltet med antall innbyggere ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="167" />
            <source>{}: none of the purposes is a SOSI arealformål code (such as 1110 boligbebyggelse); is the right field chosen?</source>
            <translation>{}: ingen av formålene er en SOSI-arealformålskode (som 1110 boligbebyggelse); er riktig felt valgt?</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="159" />
            <source>{}: none of the purposes is a code of the development table (SOSI arealformål such as 1110 boligbebyggelse), so nothing can count as development and the result would be empty; is the right field chosen?</source>
            <translation>{}: ingen av formålene er en kode i utbyggingstabellen (SOSI-arealformål som 1110 boligbebyggelse), så ingenting kan regnes som utbygging og resultatet ville blitt tomt; er riktig felt valgt?</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="259" />
            <source>{}: the overlap rule 'priority field' needs a priority field.</source>
            <translation>{}: overlappsregelen «prioritetsfelt» trenger et prioritetsfelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/arealregnskapreport.py" line="181" />
            <source>{}: the workbook must be an .xlsx file (got {}).</source>
            <translation>{}: regnearket må være en .xlsx-fil (fikk {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="136" />
            <source>{}: {} code(s) are not SOSI arealformål codes: {}; they are kept and flagged (in_code_list = 0).</source>
            <translation>{}: {} kode(r) er ikke SOSI-arealformålskoder: {}; de beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="143" />
            <source>{}: {} code(s) are not in the development table: {}; they count as not development (group 19 Udefinert).</source>
            <translation>{}: {} kode(r) står ikke i utbyggingstabellen: {}; de regnes som ikke utbygging (gruppe 19 Udefinert).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="355" />
            <source>{}: {} id(s) occur on more than one feature ({} features); each id's features were merged into one zone: {} zone(s) in all.</source>
            <translation>{}: {} id-er finnes på mer enn ett objekt ({} objekter); objektene til hver id er slått sammen til én sone: {} soner i alt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="151" />
            <source>{}: {} polygon(s) have a text purpose (e.g. {}); each text is a class of its own in the change matrix, but it has no SOSI code: it counts as not development (group 19 Udefinert).</source>
            <translation>{}: {} polygoner har et tekstformål (f.eks. {}); hver tekst er en egen klasse i endringsmatrisen, men har ingen SOSI-kode: den regnes ikke som utbygging (gruppe 19 Udefinert).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="261" />
            <source>{}: {} polygon(s) read.</source>
            <translation>{}: {} polygon(er) lest.</translation>
        </message>
    </context>
    <context>
        <name>CatchmentAllocation</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="311" />
            <source>Allocated {:,} of {:,} demand features ({:,.0f} of {:,.0f} inhabitants) to {} centre(s).</source>
            <translation>Tildelte {:,} av {:,} etterspørselsobjekter ({:,.0f} av {:,.0f} innbyggere) til {} senter/sentre.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Allocates every demand feature (SSB 250 m population cells, grunnkretser, addresses) to the centre it reaches at the lowest network cost, and gives each centre a non-overlapping catchment (omland) with its population and costs.

Method: centres and demand are attached to the nearest link at their projected positions (polygons by a point inside them); the straight leg to the network costs its length, or minutes at the speed off the network. One multi-source Dijkstra search (Dijkstra 1959; scipy.sparse.csgraph, min_only) from all centres together gives each demand feature its cheapest centre and cost on the directed network. Exact ties go to the centre that comes first in CENTRES.

Catchment polygons: for polygon demand, the demand polygons allocated to the centre, dissolved; for point demand, each point's Voronoi cell (the area nearer to it than to any other demand point) within POINT_RADIUS, dissolved. They do not overlap (when the demand polygons do not). Their population adds up to all allocated population.

Outputs: OUTPUT_DEMAND, each demand feature with centre_id, cost, status (allocated; beyond max cost; no path to a centre, e.g. in a part of the network without one; too far from the network) and access_m (metres to the network); OUTPUT_CATCHMENTS, one polygon per centre with n_features, population, share of the allocated population, area_km2, area_daa, mean_cost and median_cost (population-weighted; the median is the cost within which half the population lives); OUTPUT_SUMMARY, a table with a row per centre and one per kind of unallocated demand, with features and population.

Units: cost in minutes for travel time, metres for distance.

Bad input: demand beyond MAX_COST, in a part of the network without a centre, or farther than MAX_SNAP from the network gets no centre and is counted in the log and the summary; the log also says how far features left out lie outside the network's extent, and the run stops when no centre reaches the network or all lie 50 km or more from it (a CRS or extent mistake). Zero-length and degenerate links are dropped (counted).

Missing values: a null or NaN population counts as 0 (the log says how many); negative, infinite or absurd (above 10 million) values stop the run. Duplicate or missing centre ids stop the run. CRS: all inputs are computed in the network's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Tildeler hvert etterspørselsobjekt (SSBs 250 m befolkningsruter, grunnkretser, adresser) til senteret det når med lavest nettkostnad, og gir hvert senter et omland som ikke overlapper, med befolkning og kostnader.

Metode: sentre og etterspørsel knyttes til nærmeste lenke i sin projiserte posisjon (polygoner ved et punkt inne i dem); det rette stykket til nettet koster lengden sin, eller minutter med farten utenfor nettet. Ett Dijkstra-søk fra alle sentre samlet (Dijkstra 1959; scipy.sparse.csgraph, min_only) gir hvert etterspørselsobjekt det billigste senteret og kostnaden på det rettede nettverket. Eksakt likhet går til senteret som kommer først i CENTRES.

Omlandspolygoner: for polygonetterspørsel, etterspørselspolygonene som er tildelt senteret, slått sammen; for punktetterspørsel, hvert punkts Voronoi-celle (området nærmere det enn noe annet etterspørselspunkt) innenfor POINT_RADIUS, slått sammen. De overlapper ikke (når etterspørselspolygonene ikke gjør det). Befolkningen deres summerer seg til all tildelt befolkning.

Resultater: OUTPUT_DEMAND, hvert etterspørselsobjekt med centre_id, cost, status (tildelt; over største kostnad; ingen vei til et senter, f.eks. i en del av nettet uten senter; for langt fra nettet) og access_m (meter til nettet); OUTPUT_CATCHMENTS, ett polygon per senter med n_features, population, andel av tildelt befolkning, area_km2, area_daa, mean_cost og median_cost (befolkningsvektet; medianen er kostnaden som halve befolkningen bor innenfor); OUTPUT_SUMMARY, en tabell med én rad per senter og én per type ikke-tildelt etterspørsel, med objekter og befolkning.

Enheter: kostnad i minutter for reisetid, meter for avstand.

Feil i inndata: etterspørsel over MAX_COST, i en del av nettet uten senter, eller lenger unna nettet enn MAX_SNAP får ikke senter og telles i loggen og sammendraget; loggen sier også hvor langt utenfor nettets utstrekning utelatte objekter ligger, og kjøringen stopper når intet senter når nettet eller alle ligger 50 km eller mer fra det (en feil i koordinatsystem eller utstrekning). Lenker med null lengde og degenererte lenker fjernes (telles).

Manglende verdier: en tom (null) eller NaN befolkning regnes som 0 (loggen sier hvor mange); negative, uendelige eller urimelige (over 10 millioner) verdier stopper kjøringen. Like eller manglende senter-id-er stopper kjøringen. Koordinatsystem: alle inndata beregnes i vegnettets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="171" />
            <source>Allocation summary</source>
            <translation>Sammendrag av tildelingen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="159" />
            <source>Catchments</source>
            <translation>Omland</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="95" />
            <source>Demand (points or polygons)</source>
            <translation>Etterspørsel (punkter eller polygoner)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="127" />
            <source>Demand that costs more than this to reach its nearest centre (minutes or metres) gets no centre; 0 = no limit.</source>
            <translation>Etterspørsel som koster mer enn dette å nå nærmeste senter (minutter eller meter), får ikke senter; 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="150" />
            <source>Demand with nearest centre</source>
            <translation>Etterspørsel med nærmeste senter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="154" />
            <source>Each demand feature with centre_id, cost, status and access_m.</source>
            <translation>Hvert etterspørselsobjekt med centre_id, cost, status og access_m.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="175" />
            <source>Features and population per centre and per kind of unallocated demand.</source>
            <translation>Objekter og befolkning per senter og per type ikke-tildelt etterspørsel.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="141" />
            <source>For point demand only: each point's Voronoi cell is cut to this radius (metres, 1-10 000) before the cells are dissolved by centre.</source>
            <translation>Bare for punktetterspørsel: hvert punkts Voronoi-celle kuttes til denne radien (meter, 1–10 000) før cellene slås sammen per senter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="111" />
            <source>Inhabitants per demand feature (e.g. pop2019); without it each feature counts as 1. Null or NaN counts as 0 (logged); negative or infinite values stop the run.</source>
            <translation>Innbyggere per etterspørselsobjekt (f.eks. pop2019); uten det teller hvert objekt som 1. Tom (null) eller NaN regnes som 0 (logges); negative eller uendelige verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="121" />
            <source>Largest cost (0 = no limit)</source>
            <translation>Største kostnad (0 = ingen grense)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Nearest-centre catchments (network)</source>
            <translation>Omland etter nærmeste senter (vegnett)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="163" />
            <source>One non-overlapping polygon per centre with population, share, area and mean and median cost.</source>
            <translation>Ett polygon per senter uten overlapp, med befolkning, andel, areal og gjennomsnittlig og median kostnad.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="98" />
            <source>Population cells (e.g. SSB 250 m), grunnkretser or addresses; a polygon counts by a point inside it.</source>
            <translation>Befolkningsruter (f.eks. SSBs 250 m), grunnkretser eller adresser; et polygon telles ved et punkt inne i det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="106" />
            <source>Population field</source>
            <translation>Befolkningsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="135" />
            <source>Radius of catchment around demand points</source>
            <translation>Omlandsradius rundt etterspørselspunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="90" />
            <source>The competing centres (town centres, service points).</source>
            <translation>De konkurrerende sentrene (sentrum, servicepunkter).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>catchment, omland, allocation, nearest centre, nærmeste senter, network, vegnett, travel time, reisetid, population, befolkning, location-allocation</source>
            <translation>omland, catchment, tildeling, nærmeste senter, nettverk, vegnett, reisetid, befolkning, lokalisering-tildeling</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/catchmentallocation.py" line="300" />
            <source>{:,} demand feature(s) with {:,.0f} inhabitants: {}.</source>
            <translation>{:,} etterspørselsobjekt(er) med {:,.0f} innbyggere: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
    </context>
    <context>
        <name>Centrality</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="182" />
            <source> Default ours: SSB's function is unpublished.</source>
            <translation> Standardverdien er vår: SSBs funksjon er ikke publisert.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="58" />
            <source>0-10; larger beta: nearer opportunities count more. Not used by the step.</source>
            <translation>0-10; større beta: nærmere muligheter teller mer. Brukes ikke av trappefunksjonen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="260" />
            <source>1994: 50,000 (code 3), 15,000 (code 2), 5,000 (code 1).</source>
            <translation>1994: 50 000 (kode 3), 15 000 (kode 2), 5 000 (kode 1).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="266" />
            <source>1994: 75 (code 3), 60 (code 2), 45 (code 1) minutes.</source>
            <translation>1994: 75 (kode 3), 60 (kode 2), 45 (kode 1) minutter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="484" />
            <source>1994: no tettsted in the tier '{}'.</source>
            <translation>1994: ingen tettsted i nivået '{}'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="200" />
            <source>An origin id; its index is 1000 and others are scaled to it.</source>
            <translation>En startpunkt-id; dens indeks er 1000, og de andre skaleres etter den.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="136" />
            <source>Businesses with their employees (e.g. the sample's businesses).</source>
            <translation>Virksomheter med sysselsatte (f.eks. eksempelets virksomheter).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="304" />
            <source>COST is distance: cut-offs are read as kilometres, not minutes.</source>
            <translation>COST er avstand: grensene leses som kilometer, ikke minutter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Centrality index (SSB-style) and 1994 centrality codes (network)</source>
            <translation>Sentralitetsindeks (etter SSB) og sentralitetskoder fra 1994 (vegnett)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="208" />
            <source>Class 1 at or above the highest break ... the last class below the lowest.</source>
            <translation>Klasse 1 ved eller over den høyeste grensen ... den siste klassen under den laveste.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="206" />
            <source>Class breaks on the index (ours)</source>
            <translation>Klassegrenser på indeksen (våre)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="246" />
            <source>Code 3 within this of Oslo (1994: 90).</source>
            <translation>Kode 3 innen så mange minutter fra Oslo (1994: 90).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="69" />
            <source>Costs below it count as the floor, so t^(-beta) stays finite (0.01-600).</source>
            <translation>Kostnader under den teller som gulvet, så t^(-beta) holder seg endelig (0,01-600).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="120" />
            <source>Cut-off (minutes; km on a distance network)</source>
            <translation>Grense (minutter; km på et avstandsnett)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="52" />
            <source>Decay parameter beta (per minute, or per km on a distance network)</source>
            <translation>Avstandsmotstand beta (per minutt, eller per km på et avstandsnett)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="39" />
            <source>Distance decay</source>
            <translation>Avstandsmotstand</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="275" />
            <source>Each origin with its index and class, or its 1994 code.</source>
            <translation>Hvert startpunkt med indeks og klasse, eller koden fra 1994.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="284" />
            <source>Each zone with population and its index and class, or code.</source>
            <translation>Hver sone med befolkning og indeks og klasse, eller kode.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="141" />
            <source>Employees field</source>
            <translation>Felt for sysselsatte</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="71" />
            <source>Field naming each origin; without it the feature id. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert startpunkt; uten det objekt-id-en. Doble eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="108" />
            <source>Field naming each zone (e.g. kommunenummer); without it the feature id. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hver sone (f.eks. kommunenummer); uten det objekt-id-en. Doble eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="63" />
            <source>Floor of the power decay (minutes or km)</source>
            <translation>Gulv for potensfunksjonen (minutter eller km)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>How central each populated origin (and each zone, e.g. kommune) is, by one of two methods.

SSB-style index (METHOD 0). Model: SSB's sentralitetsindeks (Høydahl, SSB Notater 2017/40, revised Notater 2020/4): from populated origins, access to workplaces counts 2/3 and access to service functions 1/3, with distance decay, within 90 minutes by car at posted speeds. Here J = Σ employees·f(t) over WORKPLACES and S = the mean over the service kinds of Σ f(t) over the SERVICES of that kind, both within CUTOFF; each is scaled to its value at the reference origin (REFERENCE, or the origin with the highest combined score), and index = 1000·(w·J/J_ref + (1−w)·S/S_ref) with w = JOB_WEIGHT: 0 means nothing within reach, 1000 the reference. Zones get the population-weighted mean index; classes 1 (most central) to 6 from BREAKS. SSB's exact decay function, service list, normalisation and class breaks are not published in our sources: the defaults here (negative exponential with beta 0.05 per minute, every kind in the service field, breaks 500, 600, 700, 800, 900) are OURS, not SSB's, and the index is not SSB's official one.

1994 standard (METHOD 1), SSB's standard for kommune centrality of 1994: code 3 within 75 min of a tettsted of at least 50,000 inhabitants (or 90 min of Oslo), code 2 within 60 min of one of at least 15,000, code 1 within 45 min of one of at least 5,000, else 0; from ORIGINS (kommune centres or any points) to TETTSTEDER (points or polygons, by a point inside them) with their population. Every threshold is a parameter. A zone gets the code of its most populous origin; -1 marks an origin off the network and a zone without an origin.

Method: the network searches of smaaby:accessibility (index) and smaaby:serviceaccess (1994: one reversed multi-source search per tier), on the directed network with travel time (COST) at posted speeds.

Outputs: OUTPUT, each origin with population, zone_id, jobs_access, services_access, index, class (index) or code_1994 and the minutes to each tier (1994); OUTPUT_ZONES, the zone polygons with population and the zone's index and class, or code.

Bad input: a service without a kind stops the run naming the field (without SERVICE_KIND_FIELD every service is one kind 'all'); kinds without services are named in the log. Origins farther than MAX_SNAP from the network get no index and are counted in the log. A CUTOFF below 1 or above 600 is refused; a REFERENCE that is no origin id, or reaches nothing, stops the run.

Missing values: a null or NaN population or weight counts as 0 (the log says how many); negative, infinite or absurd (above 10 million) values stop the run. Duplicate or missing origin and zone ids stop the run. CRS: all inputs are computed in the network's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Hvor sentralt hvert bebodd startpunkt (og hver sone, f.eks. kommune) er, etter én av to metoder.

Indeks etter SSB (METHOD 0). Modell: SSBs sentralitetsindeks (Høydahl, SSB Notater 2017/40, revidert Notater 2020/4): fra bebodde startpunkter teller tilgang til arbeidsplasser 2/3 og tilgang til tjenestefunksjoner 1/3, med avstandsmotstand, innen 90 minutter med bil etter fartsgrensene. Her er J = Σ sysselsatte·f(t) over WORKPLACES og S = gjennomsnittet over tjenestetypene av Σ f(t) over SERVICES av den typen, begge innen CUTOFF; hver skaleres til verdien i referansestartpunktet (REFERENCE, eller startpunktet med høyest samlet verdi), og indeks = 1000·(w·J/J_ref + (1−w)·S/S_ref) med w = JOB_WEIGHT: 0 betyr ingenting innen rekkevidde, 1000 referansen. Soner får befolkningsvektet gjennomsnittsindeks; klasse 1 (mest sentral) til 6 fra BREAKS. SSBs eksakte avstandsfunksjon, tjenesteliste, normalisering og klassegrenser er ikke publisert i våre kilder: standardverdiene her (negativ eksponentiell med beta 0,05 per minutt, alle typer i tjenestefeltet, grensene 500, 600, 700, 800, 900) er VÅRE, ikke SSBs, og indeksen er ikke SSBs offisielle.

Standarden fra 1994 (METHOD 1), SSBs standard for kommunenes sentralitet fra 1994: kode 3 innen 75 min fra et tettsted med minst 50 000 innbyggere (eller 90 min fra Oslo), kode 2 innen 60 min fra et med minst 15 000, kode 1 innen 45 min fra et med minst 5 000, ellers 0; fra ORIGINS (kommunesentre eller hvilke som helst punkter) til TETTSTEDER (punkter eller polygoner, ved et punkt inni dem) med befolkning. Alle terskler er parametere. En sone får koden til sitt mest folkerike startpunkt; -1 markerer et startpunkt utenfor vegnettet og en sone uten startpunkt.

Metode: vegnettsøkene i smaaby:accessibility (indeks) og smaaby:serviceaccess (1994: ett snudd søk med mange kilder per nivå), i det rettede vegnettet med reisetid (COST) etter fartsgrensene.

Utdata: OUTPUT, hvert startpunkt med befolkning, zone_id, jobs_access, services_access, index, class (indeks) eller code_1994 og minuttene til hvert nivå (1994); OUTPUT_ZONES, sonepolygonene med befolkning og sonens indeks og klasse, eller kode.

Feil i inndata: en tjeneste uten type stopper kjøringen med navnet på feltet (uten SERVICE_KIND_FIELD er alle tjenester én type 'all'); typer uten tjenester nevnes i loggen. Startpunkter lenger enn MAX_SNAP fra vegnettet får ingen indeks og telles i loggen. En CUTOFF under 1 eller over 600 avvises; en REFERENCE som ikke er en startpunkt-id, eller ikke når noe, stopper kjøringen.

Manglende verdier: en tom (null) eller NaN befolkning eller vekt teller som 0 (loggen sier hvor mange); negative, uendelige eller urimelige (over 10 millioner) verdier stopper kjøringen. Doble eller manglende id-er for startpunkter og soner stopper kjøringen. CRS: alle inndata beregnes i vegnettets projiserte CRS, eller i UTM-sonen til dataene når det er geografisk eller Web Mercator; et lag uten CRS stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="47" />
            <source>How the weight of an opportunity falls with the cost t to it.</source>
            <translation>Hvordan vekten av en mulighet faller med kostnaden t dit.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="180" />
            <source>Index: opportunities farther than this count nothing (SSB: 90 min).</source>
            <translation>Indeks: muligheter lenger unna enn dette teller ikke (SSB: 90 min).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="85" />
            <source>Inhabitants per origin (e.g. pop2022); without it each origin counts as 1. Null or NaN counts as 0 (logged); negative or infinite values stop the run.</source>
            <translation>Innbyggere per startpunkt (f.eks. pop2022); uten det teller hvert startpunkt som 1. Null eller NaN teller som 0 (logges); negative eller uendelige verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="224" />
            <source>Inhabitants per tettsted. Null or NaN counts as 0 (logged).</source>
            <translation>Innbyggere per tettsted. Null eller NaN teller som 0 (logges).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="146" />
            <source>Jobs per workplace; without it 1 each. Null or NaN counts as 0 (logged); negative or infinite values stop the run.</source>
            <translation>Arbeidsplasser per virksomhet; uten det 1 hver. Null eller NaN teller som 0 (logges); negative eller uendelige verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="164" />
            <source>Kind of each service; without it all are one kind.</source>
            <translation>Typen til hver tjeneste; uten det er alle én type.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="121" />
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="248" />
            <source>Minutes from Oslo for code 3</source>
            <translation>Minutter fra Oslo for kode 3</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="268" />
            <source>Minutes to the {} tier</source>
            <translation>Minutter til nivået {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="238" />
            <source>Name of Oslo</source>
            <translation>Navnet på Oslo</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="233" />
            <source>Names, to find Oslo (OSLO_NAME).</source>
            <translation>Navn, for å finne Oslo (OSLO_NAME).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="41" />
            <source>Negative exponential exp(-beta*t)</source>
            <translation>Negativ eksponentiell exp(-beta*t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="102" />
            <source>Optional polygons; each origin counts in the zone its point lies in.</source>
            <translation>Valgfrie polygoner; hvert startpunkt teller i sonen punktet ligger i.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="67" />
            <source>Origin id field</source>
            <translation>Id-felt for startpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="56" />
            <source>Origins (where people live)</source>
            <translation>Startpunkter (der folk bor)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="273" />
            <source>Origins with centrality</source>
            <translation>Startpunkter med sentralitet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="79" />
            <source>Population field</source>
            <translation>Befolkningsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="42" />
            <source>Power t^(-beta) with a floor</source>
            <translation>Potens t^(-beta) med et gulv</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="198" />
            <source>Reference origin id (index 1000; empty = the most central origin)</source>
            <translation>Id for referansestartpunkt (indeks 1000; tom = det mest sentrale startpunktet)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="124" />
            <source>SSB 1994 standard (codes 0-3 by tettsted size)</source>
            <translation>SSBs standard fra 1994 (kode 0-3 etter tettstedsstørrelse)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="59" />
            <source>SSB 250 m population cells, grunnkretser or address points; a polygon counts by a point inside it.</source>
            <translation>SSBs 250 m befolkningsruter, grunnkretser eller adressepunkter; et polygon teller ved et punkt inni det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="123" />
            <source>SSB-style index 0-1000 (jobs 2/3, services 1/3)</source>
            <translation>Indeks etter SSB 0-1000 (arbeidsplasser 2/3, tjenester 1/3)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="192" />
            <source>SSB: 2/3 for workplaces, 1/3 for services.</source>
            <translation>SSB: 2/3 for arbeidsplasser, 1/3 for tjenester.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="155" />
            <source>Service functions (schools, GP, NAV, shops); may be the workplace layer.</source>
            <translation>Tjenestefunksjoner (skoler, fastlege, NAV, butikker); kan være arbeidsplasslaget.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="160" />
            <source>Service kind field</source>
            <translation>Felt for tjenestetype</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="169" />
            <source>Service kinds counted (comma-separated; empty = every kind; ours)</source>
            <translation>Tjenestetyper som telles (kommaseparert; tom = alle typer; våre)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="153" />
            <source>Services (index)</source>
            <translation>Tjenester (indeks)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="254" />
            <source>Smallest tettsted for the {} tier</source>
            <translation>Minste tettsted for nivået {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/accessibility.py" line="43" />
            <source>Step: 1 within the cut-off</source>
            <translation>Trapp: 1 innen grensen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="229" />
            <source>Tettsted name field</source>
            <translation>Navnefelt for tettsteder</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="219" />
            <source>Tettsted population field</source>
            <translation>Befolkningsfelt for tettsteder</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="212" />
            <source>Tettsteder (1994)</source>
            <translation>Tettsteder (1994)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="214" />
            <source>Tettsteder (SSB urban settlements) with their population.</source>
            <translation>Tettsteder (SSB) med befolkning.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="128" />
            <source>The index needs WORKPLACES and SERVICES; the 1994 codes need TETTSTEDER.</source>
            <translation>Indeksen trenger WORKPLACES og SERVICES; kodene fra 1994 trenger TETTSTEDER.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="171" />
            <source>The service functions of the index (SSB's list is not in our sources). Services of other kinds or without a kind are left out (counted).</source>
            <translation>Tjenestefunksjonene i indeksen (SSBs liste finnes ikke i våre kilder). Tjenester av andre typer eller uten type utelates (telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="240" />
            <source>The tettsted with the 90-minute rule.</source>
            <translation>Tettstedet med 90-minuttersregelen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="186" />
            <source>Weight of jobs in the index (services get the rest)</source>
            <translation>Vekt for arbeidsplasser i indeksen (tjenester får resten)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="134" />
            <source>Workplaces (index)</source>
            <translation>Arbeidsplasser (indeks)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="106" />
            <source>Zone id field</source>
            <translation>Id-felt for soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="98" />
            <source>Zones to summarise by (kommuner, tettsteder)</source>
            <translation>Soner å summere etter (kommuner, tettsteder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="280" />
            <source>Zones with centrality</source>
            <translation>Soner med sentralitet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>centrality, sentralitet, sentralitetsindeks, sentralitetsklasse, SSB, Høydahl, 1994, kommune, region, jobs, services, accessibility, travel time, reisetid, network, vegnett</source>
            <translation>sentralitet, centrality, sentralitetsindeks, sentralitetsklasse, SSB, Høydahl, 1994, kommune, region, arbeidsplasser, tjenester, tilgjengelighet, reisetid, vegnett, network</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="432" />
            <source>{} origin(s) are more central than the reference (index above 1000).</source>
            <translation>{} startpunkt(er) er mer sentrale enn referansen (indeks over 1000).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="382" />
            <source>{}: no service of any kind wanted ({}).</source>
            <translation>{}: ingen tjenester av noen ønsket type ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="376" />
            <source>{}: no service of the kind(s) {}; they are left out of the index.</source>
            <translation>{}: ingen tjenester av typen/typene {}; de utelates fra indeksen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="443" />
            <source>{}: the 1994 codes need the tettsted population field.</source>
            <translation>{}: kodene fra 1994 trenger befolkningsfeltet for tettsteder.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/centrality.py" line="294" />
            <source>{}: this method needs the layer {}; give it.</source>
            <translation>{}: denne metoden trenger laget {}; oppgi det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="272" />
            <source>{}: {} of {} destination(s) are of none of the kinds wanted ({}) and are left out.</source>
            <translation>{}: {} av {} målpunkt(er) er ikke av noen ønsket type ({}) og utelates.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="209" />
            <source>{}: {} of {} feature(s) have no kind in the field '{}' (feature ids {}); give each a kind, list the kinds wanted (the others are left out), or leave {} empty to take every feature as one kind 'all'.</source>
            <translation>{}: {} av {} objekt(er) har ingen type i feltet '{}' (objekt-id-er {}); gi hvert en type, list opp de ønskede typene (de andre utelates), eller la {} stå tom for å ta alle objekter som én type 'all'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="182" />
            <source>{}: {} of {} origin(s) lie in no zone of {}; they count only in the row for all origins.</source>
            <translation>{}: {} av {} startpunkt(er) ligger ikke i noen sone i {}; de teller bare i raden for alle startpunkter.</translation>
        </message>
    </context>
    <context>
        <name>CentreIndicators</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="270" />
            <source>0 uses the whole category; 2 turns a NACE code such as 47.111 into its division 47.</source>
            <translation>0 bruker hele kategorien; 2 gjør en NACE-kode som 47.111 om til næringshovedgruppen 47.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="394" />
            <source>BUSINESSES is given: choose its CATEGORY_FIELD too.</source>
            <translation>BUSINESSES er oppgitt: velg også CATEGORY_FIELD.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="239" />
            <source>Built-up classes</source>
            <translation>Bebygde klasser</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="255" />
            <source>Business category field</source>
            <translation>Felt med næringskategori</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="250" />
            <source>Business points for the business mix in the centre.</source>
            <translation>Virksomhetspunkter for næringsmiksen i sentrum.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="248" />
            <source>Businesses</source>
            <translation>Virksomheter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="488" />
            <source>CENTRES: no centre lies in (or is assigned to) any town, so every distance figure is empty; {}.</source>
            <translation>CENTRES: ingen sentre ligger i (eller er knyttet til) noe tettsted, så alle avstandstall er tomme; {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="292" />
            <source>Centre indicators</source>
            <translation>Sentrumsindikatorer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Centre indicators of towns</source>
            <translation>Sentrumsindikatorer for tettsteder</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="137" />
            <source>Centre points (e.g. the town square) or centre-zone polygons (e.g. SSB sentrumssoner or smaaby:centrezones).</source>
            <translation>Sentrumspunkter (f.eks. torget) eller sentrumssone-polygoner (f.eks. SSBs sentrumssoner eller smaaby:centrezones).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="136" />
            <source>Centres</source>
            <translation>Sentrum</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="264" />
            <source>Characters of the category to use</source>
            <translation>Antall tegn av kategorien som brukes</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="177" />
            <source>Comma-separated distances in metres for the population within reach.</source>
            <translation>Kommaseparerte avstander i meter for befolkningen innen rekkevidde.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="241" />
            <source>Comma-separated land-use classes that count as built-up (AR5: 11 bebygd, 12 samferdsel).</source>
            <translation>Kommaseparerte arealklasser som regnes som bebygd (AR5: 11 bebygd, 12 samferdsel).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Computes, per town (e.g. a tettsted), figures of a town profile anchored on its centre, in the spirit of SSB's arealprofiler:
- population, area (km²) and density (inhabitants per km²);
- population within each of DISTANCES of the centre (pop_within_&lt;d&gt;m) and its share (pct_within_&lt;d&gt;m, %), and the population-weighted mean distance (mean_dist_m): walking distances along NETWORK when it is given, otherwise straight lines (field distance_method says which; mean_dist_straight_m is always the straight-line figure);
- proximity: the mean distance to the centre of a uniformly populated circle of the town's area, 2/3 * sqrt(A/pi), divided by the observed population-weighted mean straight-line distance (1 for an evenly settled round town around its centre, above 1 when people live closer; after Angel, Parent and Civco 2010, weighted by population);
- the Clark (1951) density gradient D(r) = D0 exp(-b r): ordinary least squares of ln(density) on the mid-radius of straight-line rings of RING_WIDTH around the centre, clipped to the town; rings without population are left out; clark_d0_km2 (inhabitants per km²), clark_b_per_km, clark_r2 (fit of the log-linear line) and clark_rings (rings used; at least 3 needed);
- built-up land per inhabitant (built_m2_per_inh, m²): LANDUSE area of BUILT_CLASSES (default AR5 11 bebygd, 12 samferdsel) inside the town divided by its population; left empty (with a note) where LANDUSE covers less than 95 % of the town;
- land-use mix (landuse_mix) and business mix (business_mix) in the centre: the normalised Shannon entropy -sum(p ln p) / ln K of the area shares of the land-use classes (or the counts of the business categories) inside the centre zone polygon, or inside a circle of MIX_RADIUS around a centre point; K is the number of distinct classes in the whole input layer (0 = a single use, 1 = an even mix of all classes).

Centres: points or centre-zone polygons (e.g. from smaaby:centrezones). Distances are measured from a point: the centre point, or the zone's centroid (its representative point if the centroid falls outside). They are matched to the towns that contain them, or by CENTRE_TOWN_FIELD holding the town's name; with several, the largest zone (or the first point) is used and the note says so.
Population: points or grid polygons (SSB 250 m cells); a cell counts at its centroid, in every town that contains that point. Points at the same position count once as a position, their population summed.
Network: lines, walkable both ways; centre and population points are joined to the nearest line by a straight access leg (counted in the distance; farther than MAX_SNAP = unreachable, left out of the distance figures and reported).

Outputs: OUTPUT_TABLE, one row per town with the figures above and a note; OUTPUT_RINGS, the ring polygons (town, ring, r_inner_m, r_outer_m, population, area_km2, density_km2) for plotting the gradient. Distances and areas in metres of a projected CRS.

Bad input: a town without a centre or without population gets empty figures and a reason in 'note'; a centre outside its town is reported in 'note'. Population that lies in no town stops the run; a network, land use or businesses that meet no town are reported in the log (the likely cause is a wrong CRS or another area). Features without geometry are skipped and invalid ones repaired (both logged).
Missing values: a null or NaN population counts as 0 (the log says how many); text, negative, infinite or absurd values (above 10,000,000 for one feature) stop the run. Duplicate or empty town names in NAME_FIELD stop the run. Land-use classes and business categories are compared as classes: 11, 11.0 and '11' are one class.
CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Beregner, per tettsted, tallene i en tettstedsprofil forankret i sentrum, i ånden fra SSBs arealprofiler:
- befolkning, areal (km²) og tetthet (innbyggere per km²);
- befolkning innen hver av avstandene i DISTANCES fra sentrum (pop_within_&lt;d&gt;m) og andelen (pct_within_&lt;d&gt;m, %), og den befolkningsvektede gjennomsnittsavstanden (mean_dist_m): gangavstander langs NETWORK når det er oppgitt, ellers luftlinje (feltet distance_method sier hvilken; mean_dist_straight_m er alltid luftlinjetallet);
- nærhet: gjennomsnittsavstanden til sentrum i en jevnt befolket sirkel med tettstedets areal, 2/3 * sqrt(A/pi), delt på den observerte befolkningsvektede gjennomsnittlige luftlinjeavstanden (1 for et jevnt bebodd, rundt tettsted rundt sentrum, over 1 når folk bor nærmere; etter Angel, Parent og Civco 2010, befolkningsvektet);
- Clarks (1951) tetthetsgradient D(r) = D0 exp(-b r): minste kvadraters metode for ln(tetthet) mot midtradien i luftlinjeringer med bredde RING_WIDTH rundt sentrum, klippet til tettstedet; ringer uten befolkning utelates; clark_d0_km2 (innbyggere per km²), clark_b_per_km, clark_r2 (tilpasning av den log-lineære linjen) og clark_rings (ringer brukt; minst 3 trengs);
- bebygd areal per innbygger (built_m2_per_inh, m²): LANDUSE-arealet av BUILT_CLASSES (standard AR5 11 bebygd, 12 samferdsel) i tettstedet delt på befolkningen; tomt (med merknad) der LANDUSE dekker mindre enn 95 % av tettstedet;
- arealbruksmiks (landuse_mix) og næringsmiks (business_mix) i sentrum: den normaliserte Shannon-entropien -sum(p ln p) / ln K av arealandelene til arealklassene (eller antallet i næringskategoriene) i sentrumssone-polygonet, eller i en sirkel med radius MIX_RADIUS rundt et sentrumspunkt; K er antallet ulike klasser i hele inndatalaget (0 = én bruk, 1 = en jevn miks av alle klassene).

Sentrum: punkter eller sentrumssone-polygoner (f.eks. fra smaaby:centrezones). Avstander måles fra et punkt: sentrumspunktet, eller sonens sentroide (dens representative punkt hvis sentroiden faller utenfor). De knyttes til tettstedene som inneholder dem, eller via CENTRE_TOWN_FIELD med tettstedets navn; med flere brukes den største sonen (eller det første punktet), og merknaden sier det.
Befolkning: punkter eller rutenettpolygoner (SSBs 250 m-ruter); en rute telles i sentroiden, i hvert tettsted som inneholder det punktet. Punkter i samme posisjon telles én gang som posisjon, med befolkningen summert.
Nettverk: linjer, gangbare begge veier; sentrums- og befolkningspunkter knyttes til nærmeste linje med et rett tilknytningsstykke (regnes med i avstanden; lenger unna enn MAX_SNAP = ikke nåbart, utelatt fra avstandstallene og rapportert).

Resultater: OUTPUT_TABLE, én rad per tettsted med tallene over og en merknad; OUTPUT_RINGS, ringpolygonene (town, ring, r_inner_m, r_outer_m, population, area_km2, density_km2) for å tegne gradienten. Avstander og arealer i meter i et projisert koordinatsystem.

Feil i inndata: et tettsted uten sentrum eller uten befolkning får tomme tall og en begrunnelse i «note»; et sentrum utenfor tettstedet rapporteres i «note». Befolkning som ikke ligger i noe tettsted, stopper kjøringen; et nettverk, en arealbruk eller bedrifter som ikke møter noe tettsted, meldes i loggen (den sannsynlige årsaken er feil koordinatsystem eller et annet område). Objekter uten geometri hoppes over og ugyldige repareres (begge logges).
Manglende verdier: en tom (NULL) eller NaN befolkning regnes som 0 (loggen sier hvor mange); tekst, negative, uendelige eller urimelige verdier (over 10 000 000 for ett objekt) stopper kjøringen. Like eller tomme tettstedsnavn i NAME_FIELD stopper kjøringen. Arealbruksklasser og bedriftskategorier sammenlignes som klasser: 11, 11.0 og «11» er én klasse.
CRS: alle inndata beregnes i det projiserte koordinatsystemet til første inndatalag, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="299" />
            <source>Density rings</source>
            <translation>Tetthetsringer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="174" />
            <source>Distances from the centre (m)</source>
            <translation>Avstander fra sentrum (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="130" />
            <source>Field copied to the output as 'town'; every town needs its own name. Without it the feature id.</source>
            <translation>Felt som kopieres til resultatet som «town»; hvert tettsted trenger sitt eget navn. Uten det brukes objekt-id-en.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="149" />
            <source>Field of CENTRES holding the name of its town (as in NAME_FIELD). Without it, centres are matched to the towns that contain them.</source>
            <translation>Felt i CENTRES med navnet på tettstedet (som i NAME_FIELD). Uten det knyttes sentrum til tettstedene som inneholder dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="259" />
            <source>Field with the business category (e.g. a NACE code or its first two digits).</source>
            <translation>Felt med næringskategorien (f.eks. en NACE-kode eller de to første sifrene).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="235" />
            <source>Field with the land-use class (e.g. arealtype).</source>
            <translation>Felt med arealklassen (f.eks. arealtype).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="285" />
            <source>For centre points: the mix is measured inside this circle. Centre zones use their own polygon.</source>
            <translation>For sentrumspunkter: miksen måles innenfor denne sirkelen. Sentrumssoner bruker sitt eget polygon.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="387" />
            <source>LANDUSE is given: choose its CLASS_FIELD too.</source>
            <translation>LANDUSE er oppgitt: velg også CLASS_FIELD.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="221" />
            <source>Land use</source>
            <translation>Arealbruk</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="231" />
            <source>Land-use class field</source>
            <translation>Felt med arealklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="223" />
            <source>Land-use or land-cover polygons (e.g. AR5 arealtype) for built-up land per inhabitant and the land-use mix.</source>
            <translation>Arealbruks- eller arealdekkepolygoner (f.eks. AR5-arealtype) for bebygd areal per innbygger og arealbruksmiksen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="207" />
            <source>Largest distance to the network (m)</source>
            <translation>Største avstand til nettverket (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="497" />
            <source>NETWORK: no population can be reached from any centre along it (centres or people farther than MAX_SNAP from its lines), so the walking distances are empty; {}.</source>
            <translation>NETWORK: ingen befolkning kan nås fra noe sentrum langs nettverket (sentre eller folk lenger enn MAX_SNAP fra linjene), så gangavstandene er tomme; {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="382" />
            <source>No NETWORK: distances are straight lines.</source>
            <translation>Ingen NETWORK: avstandene er luftlinje.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="169" />
            <source>Numeric field with the inhabitants per point or cell.</source>
            <translation>Numerisk felt med innbyggere per punkt eller rute.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="294" />
            <source>One row per town with the indicators and a note.</source>
            <translation>Én rad per tettsted med indikatorene og en merknad.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="156" />
            <source>Population</source>
            <translation>Befolkning</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="166" />
            <source>Population field</source>
            <translation>Befolkningsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="213" />
            <source>Population or centres farther than this from the network cannot be reached (only with NETWORK).</source>
            <translation>Befolkning eller sentrum lenger unna nettverket enn dette kan ikke nås (bare med NETWORK).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="158" />
            <source>Population points (addresses, buildings) or grid cells (SSB 250 m befolkning på rutenett).</source>
            <translation>Befolkningspunkter (adresser, bygninger) eller ruter (SSBs befolkning på 250 m rutenett).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="279" />
            <source>Radius of the centre for the mix (m)</source>
            <translation>Sentrumsradius for miksen (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="304" />
            <source>Ring polygons with population and density, for plotting the gradient.</source>
            <translation>Ringpolygoner med befolkning og tetthet, for å tegne gradienten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="182" />
            <source>Ring width for the density gradient (m)</source>
            <translation>Ringbredde for tetthetsgradienten (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="199" />
            <source>Roads and paths (all walkable both ways). With it, the distances are walking distances along it; without it, straight lines.</source>
            <translation>Veger og stier (alle gangbare begge veier). Med dem er avstandene gangavstander langs dem; uten dem luftlinje.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="126" />
            <source>Town name field</source>
            <translation>Felt med tettstedsnavn</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="145" />
            <source>Town name field of the centres</source>
            <translation>Felt med tettstedsnavn for sentrum</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="121" />
            <source>Town outlines, e.g. SSB tettsteder or the output of smaaby:settlements.</source>
            <translation>Tettstedsavgrensninger, f.eks. SSBs tettsteder eller resultatet av smaaby:settlements.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="119" />
            <source>Towns</source>
            <translation>Tettsteder</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="379" />
            <source>Walking distances along NETWORK ({} lines).</source>
            <translation>Gangavstander langs NETWORK ({} linjer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="195" />
            <source>Walking network</source>
            <translation>Gangnett</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="188" />
            <source>Width of the straight-line rings around the centre (250 m matches SSB's grid).</source>
            <translation>Bredden på luftlinjeringene rundt sentrum (250 m passer med SSBs rutenett).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="469" />
            <source>check that the layers cover the same area and that each layer's CRS is right (a layer saved with a wrong CRS lands far from the others)</source>
            <translation>sjekk at lagene dekker samme område og at koordinatsystemet til hvert lag er riktig (et lag lagret med feil koordinatsystem havner langt fra de andre)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>sentrum, arealprofil, tetthet, density gradient, Clark, proximity, walking distance, gangavstand, land-use mix, entropy, tettsted</source>
            <translation>sentrum, arealprofil, tetthet, tetthetsgradient, Clark, nærhet, gangavstand, walking distance, arealbruksmiks, entropi, tettsted</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="353" />
            <source>{} centre(s) name no town of TOWNS and are not used.</source>
            <translation>{} sentrum nevner ikke noe tettsted i TOWNS og brukes ikke.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="433" />
            <source>{} population feature(s) shared a position with another; counted once as a position, population summed.</source>
            <translation>{} befolkningsobjekt(er) delte posisjon med et annet; telt én gang som posisjon, med befolkningen summert.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="478" />
            <source>{}: none of its {} features lies in a town of TOWNS; {}.</source>
            <translation>{}: ingen av de {} objektene ligger i et tettsted i TOWNS; {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="321" />
            <source>{}: the layer could not be opened.</source>
            <translation>{}: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centreindicators.py" line="446" />
            <source>{}: {}</source>
            <translation>{}: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
    </context>
    <context>
        <name>CentreZones</name>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="227" />
            <source>  {} chain(s) rejected: {}</source>
            <translation>  {} kjede(r) forkastet: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="84" />
            <source>Businesses (establishments)</source>
            <translation>Virksomheter (bedrifter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="115" />
            <source>CSV with columns nace_prefix, group_code, group_name, role (retail, public_admin, health_social, culture_other, other, none) and source. Empty: the plugin's default table (resources/codes/nace_centre_functions.csv).</source>
            <translation>CSV med kolonnene nace_prefix, group_code, group_name, role (retail, public_admin, health_social, culture_other, other, none) og source. Tomt: programtilleggets standardtabell (resources/codes/nace_centre_functions.csv).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="168" />
            <source>Centre zones</source>
            <translation>Sentrumssoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Centre zones (sentrumssoner) from businesses</source>
            <translation>Sentrumssoner fra virksomheter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="187" />
            <source>Centre-function table: {}</source>
            <translation>Tabell over sentrumsfunksjoner: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="170" />
            <source>Centre-zone polygons with employees, businesses and groups present.</source>
            <translation>Sentrumssone-polygoner med sysselsatte, virksomheter og næringsgruppene som finnes der.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Delineates centre zones (sentrumssoner) from establishment points (bedrifter) by the method Statistics Norway (SSB) uses from 2019 (Geonorge 'Sentrumssoner'; ssb.no/natur-og-miljo/statistikker/arealsentrum): a centre is one or more centre cores (sentrumskjerner) with a 100 m zone around them. A core is an area where establishments with centre functions lie at most 50 m apart, with at least 4 different main industry groups (hovednæringsgrupper) with centre functions, among them retail trade (detaljvarehandel) and at least one of public administration, health and social services, or culture, entertainment and other services, and at least 50 employees. Pure shopping centres therefore do not qualify.

SSB does not publish which NACE (SN2007) codes count as which centre function. The code table (CODE_TABLE, default resources/codes/nace_centre_functions.csv in the plugin folder) maps NACE prefixes to groups and roles; the longest matching prefix wins, and role 'none' excludes a sub-code (e.g. 47.3 fuel, 84.22 defence). Its column 'source' marks which entries are Småby's own defaults; copy and edit it to use another list.

Operationalisation: only establishments with a centre function are chained (single linkage at MAX_GAP; exactly MAX_GAP joins); the employees rule counts the employees of those establishments in the core. The core area is the closing of the establishments' discs of radius MAX_GAP/2 (buffer +MAX_GAP, dissolve, buffer -MAX_GAP/2), the zone that area buffered by ZONE_BUFFER; cores whose zones overlap form one centre zone.

Output: zone polygons with zone_id (1 = most employees), cores, employees and businesses of the centre-function establishments in the cores, n_groups and groups (group codes present), employees_in_zone and businesses_in_zone (every establishment inside the zone, any industry) and area (m², daa). The log lists how many candidate cores failed which rule. Distances in metres.

Bad input: an unreadable code table, or the same field as NACE code and employees, stops the run; an empty NACE code or one not in the table has no centre function (counted in the log); features without geometry are skipped and invalid ones repaired (both logged); when no core meets the rules the output is empty and the log says why.
Missing values: a null or NaN number of employees counts as 0 (the log says how many); text, negative, infinite or absurd values (above 10,000,000 for one establishment) stop the run. NACE codes may be text or numbers.
CRS: distances are computed in the layer's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Avgrenser sentrumssoner fra bedriftspunkter etter metoden Statistisk sentralbyrå (SSB) bruker fra 2019 (Geonorge «Sentrumssoner»; ssb.no/natur-og-miljo/statistikker/arealsentrum): et sentrum er én eller flere sentrumskjerner med en sone på 100 m rundt. En kjerne er et område der bedrifter med sentrumsfunksjoner ligger høyst 50 m fra hverandre, med minst 4 ulike hovednæringsgrupper med sentrumsfunksjoner, blant dem detaljvarehandel og minst én av offentlig administrasjon, helse- og sosialtjenester, eller kultur, underholdning og annen tjenesteyting, og minst 50 sysselsatte. Rene kjøpesentre kvalifiserer derfor ikke.

SSB publiserer ikke hvilke NACE-koder (SN2007) som regnes som hvilken sentrumsfunksjon. Kodetabellen (CODE_TABLE, standard resources/codes/nace_centre_functions.csv i programtilleggets mappe) knytter NACE-prefikser til grupper og roller; det lengste prefikset som passer, vinner, og rollen «none» utelukker en underkode (f.eks. 47.3 drivstoff, 84.22 forsvar). Kolonnen «source» viser hvilke oppføringer som er Småbys egne standardvalg; kopier og rediger den for å bruke en annen liste.

Operasjonalisering: bare bedrifter med sentrumsfunksjon kjedes (enkel kobling ved MAX_GAP; nøyaktig MAX_GAP kobles); sysselsettingsregelen teller de sysselsatte i disse bedriftene i kjernen. Kjernearealet er lukkingen av bedriftenes sirkler med radius MAX_GAP/2 (buffer +MAX_GAP, sammenslåing, buffer −MAX_GAP/2), sonen er det arealet med buffer ZONE_BUFFER; kjerner med overlappende soner danner én sentrumssone.

Resultat: sonepolygoner med zone_id (1 = flest sysselsatte), cores, employees og businesses for bedriftene med sentrumsfunksjon i kjernene, n_groups og groups (gruppekodene som finnes), employees_in_zone og businesses_in_zone (alle bedrifter i sonen, uansett næring) og areal (m², daa). Loggen viser hvor mange kandidatkjerner som feilet på hvilken regel. Avstander i meter.

Feil i inndata: en kodetabell som ikke kan leses, eller samme felt som NACE-kode og sysselsatte, stopper kjøringen; en tom NACE-kode eller en som ikke står i tabellen, har ingen sentrumsfunksjon (telles i loggen); objekter uten geometri hoppes over og ugyldige repareres (begge logges); når ingen kjerne oppfyller reglene, blir resultatet tomt og loggen sier hvorfor.
Manglende verdier: et tomt (NULL) eller NaN antall sysselsatte regnes som 0 (loggen sier hvor mange); tekst, negative, uendelige eller urimelige verdier (over 10 000 000 for én bedrift) stopper kjøringen. NACE-koder kan være tekst eller tall.
CRS: avstander beregnes i lagets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="103" />
            <source>Employees field</source>
            <translation>Felt for sysselsatte</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="87" />
            <source>Establishments (bedrifter, e.g. from Enhetsregisteret) as points; polygons count at their centroid.</source>
            <translation>Bedrifter (f.eks. fra Enhetsregisteret) som punkter; polygoner telles i sentroiden.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="147" />
            <source>Fewest employees</source>
            <translation>Færrest sysselsatte</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="136" />
            <source>Fewest main industry groups</source>
            <translation>Færrest hovednæringsgrupper</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="181" />
            <source>INDUSTRY_FIELD and EMPLOYEES_FIELD are the same field ('{}'); choose the NACE code field and the employees field.</source>
            <translation>INDUSTRY_FIELD og EMPLOYEES_FIELD er samme felt («{}»); velg feltet med NACE-kode og feltet med sysselsatte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="98" />
            <source>Industry code (næringskode, SN2007/NACE), e.g. '47.111' or '47111'.</source>
            <translation>Næringskode (SN2007/NACE), f.eks. «47.111» eller «47111».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="125" />
            <source>Largest gap between establishments (m)</source>
            <translation>Største avstand mellom bedrifter (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="95" />
            <source>NACE code field</source>
            <translation>Felt med NACE-kode</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="111" />
            <source>NACE to centre-function table (CSV)</source>
            <translation>Tabell fra NACE til sentrumsfunksjon (CSV)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="230" />
            <source>No centre zone: no chain of establishments meets the rules (see the reasons above); the output is empty. Check INDUSTRY_FIELD and the code table when no establishment has a centre function.</source>
            <translation>Ingen sentrumssone: ingen kjede av bedrifter oppfyller reglene (se begrunnelsene over); resultatet er tomt. Sjekk INDUSTRY_FIELD og kodetabellen når ingen bedrift har en sentrumsfunksjon.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="106" />
            <source>Number of employees (ansatte) per establishment.</source>
            <translation>Antall ansatte per bedrift.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="142" />
            <source>SSB: at least 4 different main industry groups with centre functions.</source>
            <translation>SSB: minst 4 ulike hovednæringsgrupper med sentrumsfunksjoner.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="153" />
            <source>SSB: at least 50 employees in the core.</source>
            <translation>SSB: minst 50 sysselsatte i kjernen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="131" />
            <source>SSB: at most 50 m between the establishments of a core.</source>
            <translation>SSB: høyst 50 m mellom bedriftene i en kjerne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="164" />
            <source>SSB: the centre zone reaches 100 m around the cores.</source>
            <translation>SSB: sentrumssonen når 100 m rundt kjernene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="158" />
            <source>Zone around the cores (m)</source>
            <translation>Sone rundt kjernene (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>sentrumssone, sentrumskjerne, centre, SSB, NACE, bedrifter, businesses</source>
            <translation>sentrumssone, sentrumskjerne, sentrum, SSB, NACE, bedrifter, virksomheter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="195" />
            <source>{} establishment(s) have no NACE code and no centre function.</source>
            <translation>{} bedrift(er) har ingen NACE-kode og ingen sentrumsfunksjon.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/centrezones.py" line="214" />
            <source>{} of {} establishments have a centre function; {} chain(s) of them, {} core(s), {} centre zone(s).</source>
            <translation>{} av {} bedrifter har sentrumsfunksjon; {} kjede(r) av dem, {} kjerne(r), {} sentrumssone(r).</translation>
        </message>
    </context>
    <context>
        <name>ChangeMatrix</name>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>AR5 arealtype</source>
            <translation>AR5 arealtype</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="97" />
            <source>After</source>
            <translation>Etter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>Area unit</source>
            <translation>Arealenhet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>Automatic (the list that knows most codes)</source>
            <translation>Automatisk (listen som kjenner flest koder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="97" />
            <source>Before</source>
            <translation>Før</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="126" />
            <source>Change matrix (long)</source>
            <translation>Endringsmatrise (lang)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="133" />
            <source>Change matrix (wide)</source>
            <translation>Endringsmatrise (bred)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="145" />
            <source>Changed polygons</source>
            <translation>Endrede polygoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="86" />
            <source>Code list for labels</source>
            <translation>Kodeliste for tekster</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="90" />
            <source>Code list that gives labels (bokmål and English) beside the codes: SOSI arealformål (kommuneplan), AR5 arealtype or N50 arealdekke, from the plugin's resources/codes folder. Automatic picks the list that contains most of the layer's distinct codes. Codes that are not in the list are kept and flagged (in_code_list = 0).</source>
            <translation>Kodelisten som gir tekster (bokmål og engelsk) ved siden av kodene: SOSI-arealformål (kommuneplan), AR5-arealtype eller N50-arealdekke, fra programtilleggets mappe resources/codes. Automatisk velger listen som inneholder flest av lagets ulike koder. Koder som ikke står i listen, beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Computes the transition matrix between two categorical polygon layers (BEFORE and AFTER: two land-cover dates, or the current and the proposed plan): how much area went from each class to each class, per zone if zones are given.

Method: union overlay of the two layers (the 'union' of KDD's guidance 'Arealregnskap i kommuneplan', 2023, ch. 3 and 5): every BEFORE polygon is intersected with every AFTER polygon it overlaps, and the parts covered by only one layer are kept as 'not covered' on the other side, so no land is lost. Pieces are then cut by the zones; areas are summed with correctly rounded sums, independent of feature order.

Outputs: the long table (one row per zone, from class and to class: from_code, from_status, labels, to_code, to_status, labels, changed, n_pieces, area, share_pct of the zone's land covered by either layer); the wide table (per zone a row per from class with a column c_&lt;code&gt; per to class and total_before, then rows total_after and net_change = after minus before per class); and the changed polygons (pieces whose class differs).

Units: m², daa (default), ha or km², planar in the projected CRS (optional ellipsoidal correction for UTM/NTM).

Classes: any field is a class field. Whole numbers and numeric text ('21', '21.0') are codes, labelled from the code list (codes not in it are kept, labelled with their value and named in the log); other text is a class of its own, labelled with its value. The long table and the changed polygons have the class as text (from_class, to_class) and the code as a number (from_code, to_code; empty for text classes); the wide table names text classes c_&lt;text&gt; (lower case, other characters as _). A null or blank class gives status 'no class' (counted in the log).

Zone ids: a duplicate or empty id stops the run with the ids, unless 'Merge zones with the same id' is chosen (their polygons are dissolved into one zone, logged). CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run. BEFORE and AFTER that do not overlap anywhere, or zones that meet neither, stop the run with the likely cause (a wrong CRS or another area); zones outside both layers are named in a warning.

Other bad input: overlapping polygons inside a layer stop the run with a list, unless an overlap rule is chosen; invalid geometries are repaired and counted; empty layers stop with a message.</source>
            <translation>Beregner overgangsmatrisen mellom to kategoriske polygonlag (BEFORE og AFTER: arealdekke på to tidspunkter, eller gjeldende og foreslått plan): hvor mye areal som gikk fra hver klasse til hver klasse, per sone hvis soner er oppgitt.

Metode: sammenstilling (union) av de to lagene («union» i KDDs veileder «Arealregnskap i kommuneplan», 2023, kap. 3 og 5): hvert BEFORE-polygon snittes med hvert AFTER-polygon det overlapper, og delene som bare dekkes av ett lag, beholdes som «ikke dekket» på den andre siden, slik at ikke noe areal går tapt. Delene kuttes så av sonene; arealene summeres med korrekt avrundede summer, uavhengig av rekkefølgen på objektene.

Resultater: den lange tabellen (én rad per sone, fra-klasse og til-klasse: from_code, from_status, tekster, to_code, to_status, tekster, changed, n_pieces, areal, share_pct av sonens areal dekket av minst ett av lagene); den brede tabellen (per sone én rad per fra-klasse med en kolonne c_&lt;kode&gt; per til-klasse og total_before, deretter radene total_after og net_change = etter minus før per klasse); og de endrede polygonene (biter der klassen er ulik).

Enheter: m², daa (standard), ha eller km², plant i det projiserte koordinatsystemet (valgfri ellipsoidisk korreksjon for UTM/NTM).

Klasser: ethvert felt kan være et klassefelt. Heltall og numerisk tekst ('21', '21.0') er koder og får navn fra kodelisten (koder som ikke står i den, beholdes, får verdien sin som navn og nevnes i loggen); annen tekst er en egen klasse med verdien som navn. Den lange tabellen og de endrede polygonene har klassen som tekst (from_class, to_class) og koden som tall (from_code, to_code; tomt for tekstklasser); den brede tabellen kaller tekstklasser c_&lt;tekst&gt; (små bokstaver, andre tegn som _). En tom klasse gir status «ingen klasse» (telles i loggen).

Sone-id-er: en dublett eller en tom id stopper kjøringen med id-ene, med mindre «Slå sammen soner med samme id» er valgt (polygonene deres slås sammen til én sone, logges). Koordinatsystem: alle inndata beregnes i det første inndatalagets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen. BEFORE og AFTER som ikke overlapper noe sted, eller soner som ikke møter noen av dem, stopper kjøringen med den sannsynlige årsaken (feil koordinatsystem eller et annet område); soner utenfor begge lagene nevnes i en advarsel.

Andre feil i inndata: overlappende polygoner i et lag stopper kjøringen med en liste, med mindre en overlappsregel er valgt; ugyldige geometrier repareres og telles; tomme lag stopper med en melding.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="141" />
            <source>Ellipsoidal areas</source>
            <translation>Ellipsoidiske arealer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="194" />
            <source>Ellipsoidal areas: Transverse Mercator scale correction (central meridian {}°, k0 {}).</source>
            <translation>Ellipsoidiske arealer: målestokkorreksjon for transversal Mercator (sentralmeridian {}°, k0 {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="302" />
            <source>Field that names each zone in the output; without it the feature id. Ids must be unique and filled in: a duplicate or an empty id stops the run, unless 'Merge zones with the same id' is chosen.</source>
            <translation>Felt som gir hver sone navn i resultatet; uten det objekt-id-en. Id-ene må være unike og fylt ut: en dublett eller en tom id stopper kjøringen, med mindre «Slå sammen soner med samme id» er valgt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="105" />
            <source>Field with the class: whole-number codes (numeric text is accepted) or text, each distinct text a class; empty values count as 'no class'.</source>
            <translation>Felt med klassen: heltallskoder (numerisk tekst godtas) eller tekst, der hver ulik tekst er en klasse; tomme verdier regnes som «ingen klasse».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="137" />
            <source>From classes as rows, to classes as columns (c_&lt;code&gt;), with totals and net change per class.</source>
            <translation>Fra-klasser som rader, til-klasser som kolonner (c_&lt;kode&gt;), med summer og nettoendring per klasse.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="174" />
            <source>Labels from the code list {}.</source>
            <translation>Tekster fra kodelisten {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Land-use change matrix (før/etter)</source>
            <translation>Endringsmatrise for arealbruk (før/etter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Largest class code wins</source>
            <translation>Største klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Lowest value of the priority field wins</source>
            <translation>Laveste verdi i prioritetsfeltet vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="310" />
            <source>Merge zones with the same id</source>
            <translation>Slå sammen soner med samme id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>N50 arealdekke</source>
            <translation>N50 arealdekke</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="171" />
            <source>No code list knows these codes; codes are given without labels.</source>
            <translation>Ingen kodeliste kjenner disse kodene; kodene gis uten tekster.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>None (codes without labels)</source>
            <translation>Ingen (koder uten tekster)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="128" />
            <source>One row per zone, from class and to class with the area.</source>
            <translation>Én rad per sone, fra-klasse og til-klasse, med arealet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="115" />
            <source>Optional polygons (kommuner, grunnkretser) to make one matrix each; without zones one matrix for all the land.</source>
            <translation>Valgfrie polygoner (kommuner, grunnkretser) med én matrise hver; uten soner én matrise for hele arealet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="123" />
            <source>Overlap tolerance (m²)</source>
            <translation>Overlappstoleranse (m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="109" />
            <source>Overlapping polygons</source>
            <translation>Overlappende polygoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="129" />
            <source>Overlaps of at most this area between two polygons are digitising noise (shared edges that differ in the last decimals): they are logged and left as they are. 0 treats every overlap as one.</source>
            <translation>Overlapp på høyst dette arealet mellom to polygoner er digitaliseringsstøy (felles kanter som skiller seg i de siste desimalene): de logges og blir stående. 0 regner ethvert overlapp som overlapp.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="113" />
            <source>Polygons that overlap inside one layer would be counted twice. Default: stop and list the overlapping features and the area covered more than once. Otherwise each overlapped spot is given to one polygon by the chosen rule (ties go to the feature read first).</source>
            <translation>Polygoner som overlapper i samme lag, ville blitt telt to ganger. Standard: stopp og list opp de overlappende objektene og arealet som dekkes mer enn én gang. Ellers gis hvert overlappende område til ett polygon etter valgt regel (ved likhet til objektet som ble lest først).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="97" />
            <source>Polygons with the class at the first date or in the current plan.</source>
            <translation>Polygoner med klassen på første tidspunkt eller i gjeldende plan.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="97" />
            <source>Polygons with the class at the second date or in the proposed plan.</source>
            <translation>Polygoner med klassen på andre tidspunkt eller i planforslaget.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="142" />
            <source>Report areas on the ellipsoid instead of planar areas in the projected CRS. Only for Transverse Mercator CRSs (UTM, NTM): each polygon's planar area is divided by the square of the projection's scale factor at its centroid (Snyder 1987), within about 1e-6 of the geodesic area. In UTM zone 33 planar areas differ from ellipsoidal ones by up to about 0.1 %.</source>
            <translation>Oppgi arealer på ellipsoiden i stedet for plane arealer i det projiserte koordinatsystemet. Bare for transversale Mercator-systemer (UTM, NTM): hvert polygons plane areal deles på kvadratet av projeksjonens målestokkfaktor i sentroiden (Snyder 1987), innen om lag 1e-6 av det geodetiske arealet. I UTM-sone 33 skiller plane arealer seg fra ellipsoidiske med inntil om lag 0,1 %.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>SOSI kommuneplan arealformål</source>
            <translation>SOSI arealformål (kommuneplan)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smaller polygon wins</source>
            <translation>Minste polygon vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smallest class code wins</source>
            <translation>Minste klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Stop with an error listing the overlaps</source>
            <translation>Stopp med en feilmelding som lister opp overlappene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="149" />
            <source>The pieces whose class changed, with from and to class and area.</source>
            <translation>Bitene der klassen er endret, med fra- og til-klasse og areal.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="74" />
            <source>Unit of the area fields: m², daa (dekar = 1,000 m², the unit of Norwegian plans; default), ha or km².</source>
            <translation>Enhet for arealfeltene: m², daa (dekar = 1 000 m², enheten i norske planer; standard), ha eller km².</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="300" />
            <source>Zone id field</source>
            <translation>Id-felt for soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="294" />
            <source>Zones</source>
            <translation>Soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="312" />
            <source>Zones that share an id (a kommune stored as several features) are dissolved into one zone, and the log says how many. Default: a repeated id stops the run with the ids, so two different zones are never summed by mistake.</source>
            <translation>Soner som deler en id (en kommune lagret som flere objekter), slås sammen til én sone, og loggen sier hvor mange. Standard: en gjentatt id stopper kjøringen med id-ene, slik at to ulike soner aldri summeres ved en feil.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>change matrix, transition, endring, arealendring, omdisponering, land cover change, before after, union, arealregnskap</source>
            <translation>endringsmatrise, overgang, endring, arealendring, omdisponering, endring i arealdekke, før etter, union, arealregnskap</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>daa (dekar, 1,000 m²)</source>
            <translation>daa (dekar, 1 000 m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>km²</source>
            <translation>km²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>m²</source>
            <translation>m²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="193" />
            <source>or</source>
            <translation>eller</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/changematrix.py" line="102" />
            <source>{} class field</source>
            <translation>Klassefelt for {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="181" />
            <source>{} code(s) are not in {}: {}; they are kept and flagged (in_code_list = 0).</source>
            <translation>{} kode(r) står ikke i {}: {}; de beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="259" />
            <source>{}: the overlap rule 'priority field' needs a priority field.</source>
            <translation>{}: overlappsregelen «prioritetsfelt» trenger et prioritetsfelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="355" />
            <source>{}: {} id(s) occur on more than one feature ({} features); each id's features were merged into one zone: {} zone(s) in all.</source>
            <translation>{}: {} id-er finnes på mer enn ett objekt ({} objekter); objektene til hver id er slått sammen til én sone: {} soner i alt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="261" />
            <source>{}: {} polygon(s) read.</source>
            <translation>{}: {} polygon(er) lest.</translation>
        </message>
    </context>
    <context>
        <name>CommutingRegions</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="172" />
            <source> and {} more</source>
            <translation> og {} til</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="92" />
            <source>A region this small is valid only with the target self-containment. Default 1,000 (LabourMarketAreas vignette).</source>
            <translation>En region så liten er gyldig bare med målet for selvforsyning. Standard 1 000 (LabourMarketAreas-vignetten).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="160" />
            <source>AREAS: {} feature(s) have no id and match no flow.</source>
            <translation>AREAS: {} objekt(er) mangler id og passer ikke med noen strøm.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="99" />
            <source>Area id field</source>
            <translation>Felt med område-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="108" />
            <source>Area name field</source>
            <translation>Felt med områdenavn</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="90" />
            <source>Areas (polygons)</source>
            <translation>Områder (polygoner)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="51" />
            <source>Commuting flows (table or layer)</source>
            <translation>Pendlingsstrømmer (tabell eller lag)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="158" />
            <source>Commuting regions</source>
            <translation>Pendlingsregioner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Commuting regions (travel-to-work areas)</source>
            <translation>Pendlingsregioner (bo- og arbeidsmarkedsregioner)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="78" />
            <source>Count field (employed persons)</source>
            <translation>Antallsfelt (sysselsatte)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="150" />
            <source>FLOWS has no rows with a count; choose the flow table and its count field.</source>
            <translation>FLOWS har ingen rader med antall; velg strømtabellen og antallsfeltet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="174" />
            <source>FLOWS names {} area(s) missing from AREAS: {}{}. They take part in the computation but have no polygon; check that both use the same coding and year.</source>
            <translation>FLOWS nevner {} område(r) som mangler i AREAS: {}{}. De er med i beregningen, men har ikke polygon; sjekk at begge bruker samme koding og år.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="101" />
            <source>Field with the area id used in the flows (e.g. kommunenummer; integers are zero-padded to match text codes such as '0301').</source>
            <translation>Felt med område-id-en som brukes i strømmene (f.eks. kommunenummer; heltall fylles ut med nuller for å passe tekstkoder som «0301»).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="106" />
            <source>From this size on the minimum self-containment suffices. Default 10,000 (LabourMarketAreas vignette); must exceed the minimum size.</source>
            <translation>Fra denne størrelsen holder minste selvforsyning. Standard 10 000 (LabourMarketAreas-vignetten); må være større enn minste størrelse.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Groups areas (kommuner, grunnkretser) into functional regions from commuting flows: travel-to-work areas by the method of Coombes and Bond (2008) as used for Eurostat's labour-market areas (R package LabourMarketAreas 3.4, Eurostat/Istat).

Self-containment SC of a region = min(internal flow / employed residents, internal flow / jobs), where internal flow = persons who live and work in the region. Validity = Y * Z * tarSC / minSC with Y = min(SC / tarSC, 1), s = max((tarSZ - residents) / (tarSZ - minSZ), 0), Z = 1 - (1 - minSC / tarSC) * s; a region is valid when validity &gt;= 1 (a fully self-contained region, SC = 1, has validity 1). Starting from one region per area, the least valid region is dissolved each round and its areas move, the most outward-commuting first, to the region with the strongest cohesion F_ij^2/(L_i W_j) + F_ji^2/(L_j W_i) (F flows, L employed residents, W jobs); a move that lowers that region's validity is refused and the area goes to a reserve list. When all regions are valid, each reserve area joins the most cohesive region that stays valid with it; any that fits nowhere stays unassigned (listed). Every output region is therefore valid.

Reserve step (advanced): "Småby (valid regions only)", the default, as above; or "LabourMarketAreas 3.4 (as the R package)", which reproduces the R package and differs in three places only: (a) a reserve area joins its most cohesive region with no validity check, so some regions may end invalid (validity &lt; 1; the log counts them); (b) the reserve areas are placed from the highest area code down instead of the lowest up; (c) areas with no employed residents, no jobs or only internal flows (the package's zero list) are set aside before the rounds, their flows left out of every count, and stay in no region (status zero_list), where Småby keeps them. The rounds themselves are the same under both.

Defaults are the example parameters of the LabourMarketAreas vignette: minimum size 1,000 and target size 10,000 employed residents, minimum self-containment 0.6667, target 0.75. The minimum size must be above 0 and below the target size, and the minimum self-containment at most the target.

Outputs: the regions as dissolved polygons, named after their member with the most jobs, with n_areas, residents (employed residents), jobs, internal, sc_supply, sc_demand, self_containment (0-1), validity and area_km2; and a membership table (area, region, status: assigned, reserve, unassigned or zero_list). Counts are persons.

Missing values: a null or NaN count counts as 0 (the log says how many); negative, infinite or absurd (above 10 million) counts stop the run. Duplicate area ids in AREAS stop the run (ids match after zero-padding, 301 = '0301'); areas the flows name but AREAS lacks are listed in the log (they take part but have no polygon). CRS: FLOWS is read as a table; the region polygons keep AREAS' projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Grupperer områder (kommuner, grunnkretser) i funksjonelle regioner ut fra pendlingsstrømmer: bo- og arbeidsmarkedsregioner etter metoden til Coombes og Bond (2008) slik den brukes for Eurostats arbeidsmarkedsregioner (R-pakken LabourMarketAreas 3.4, Eurostat/Istat).

Selvforsyningsgraden SC for en region = min(intern strøm / sysselsatte bosatte, intern strøm / arbeidsplasser), der intern strøm = personer som bor og arbeider i regionen. Gyldighet = Y * Z * tarSC / minSC med Y = min(SC / tarSC, 1), s = max((tarSZ - bosatte) / (tarSZ - minSZ), 0), Z = 1 - (1 - minSC / tarSC) * s; en region er gyldig når gyldigheten er &gt;= 1 (en helt selvforsynt region, SC = 1, har gyldighet 1). Fra én region per område oppløses den minst gyldige regionen i hver runde, og områdene flyttes, de med mest utpendling først, til regionen med sterkest tilknytning F_ij^2/(L_i W_j) + F_ji^2/(L_j W_i) (F strømmer, L sysselsatte bosatte, W arbeidsplasser); en flytting som senker regionens gyldighet avvises, og området går til en reserveliste. Når alle regioner er gyldige, går hvert reserveområde inn i den regionen med sterkest tilknytning som forblir gyldig med det; et område som ikke passer noe sted, blir stående utenfor (listet). Alle regioner i resultatet er derfor gyldige.

Reservetrinn (avansert): «Småby (bare gyldige regioner)», standard, som over; eller «LabourMarketAreas 3.4 (som R-pakken)», som gjengir R-pakken og skiller seg ut bare på tre punkter: (a) et reserveområde går inn i regionen med sterkest tilknytning uten kontroll av gyldigheten, så noen regioner kan ende ugyldige (gyldighet &lt; 1; loggen teller dem); (b) reserveområdene plasseres fra høyeste områdekode og nedover i stedet for fra laveste og oppover; (c) områder uten sysselsatte bosatte, uten arbeidsplasser eller med bare interne strømmer (pakkens nulliste) settes til side før rundene, strømmene deres holdes utenfor alle tall, og de havner ikke i noen region (status zero_list), der Småby beholder dem. Selve rundene er de samme i begge.

Standardverdiene er eksempelparameterne i vignetten til LabourMarketAreas: minste størrelse 1 000 og målstørrelse 10 000 sysselsatte bosatte, minste selvforsyningsgrad 0,6667, mål 0,75. Minste størrelse må være over 0 og under målstørrelsen, og minste selvforsyningsgrad høyst lik målet.

Resultater: regionene som sammenslåtte polygoner, oppkalt etter medlemmet med flest arbeidsplasser, med n_areas, residents (sysselsatte bosatte), jobs, internal, sc_supply, sc_demand, self_containment (0-1), validity og area_km2; og en medlemskapstabell (område, region, status: assigned, reserve, unassigned eller zero_list). Tallene er personer.

Manglende verdier: et tomt (null) eller NaN-antall teller som 0 (loggen sier hvor mange); negative, uendelige eller urimelige (over 10 millioner) antall stopper kjøringen. Like område-id-er i AREAS stopper kjøringen (id-er sammenlignes etter utfylling med nuller, 301 = '0301'); områder som strømmene nevner, men som mangler i AREAS, listes i loggen (de er med, men har ikke noe polygon). CRS: FLOWS leses som en tabell; regionpolygonene beholder AREAS' projiserte CRS, eller UTM-sonen for dataene når den er geografisk eller Web Mercator; et lag uten CRS stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="62" />
            <source>Home area field (bosted)</source>
            <translation>Felt med bostedsområde</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="146" />
            <source>How the reserve list is placed after the rounds. Småby (default): a reserve area joins only a region that stays valid, lowest area code first, and every area takes part. LabourMarketAreas 3.4: as the R package, with no validity check (regions may end invalid), highest area code first, and areas with no employed residents, no jobs or only internal flows set aside before the rounds (zero list).</source>
            <translation>Hvordan reservelisten plasseres etter rundene. Småby (standard): et reserveområde går bare inn i en region som forblir gyldig, laveste områdekode først, og alle områder er med. LabourMarketAreas 3.4: som R-pakken, uten kontroll av gyldigheten (regioner kan ende ugyldige), høyeste områdekode først, og områder uten sysselsatte bosatte, uten arbeidsplasser eller med bare interne strømmer settes til side før rundene (nulliste).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="64" />
            <source>Id of the area where the employed persons live. Numbers and text are matched after zero-padding (301 = '0301').</source>
            <translation>Id for området der de sysselsatte bor. Tall og tekst sammenlignes etter utfylling med nuller (301 = «0301»).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="73" />
            <source>Id of the area where they work, in the same coding as the home area.</source>
            <translation>Id for området der de arbeider, med samme koding som bostedsområdet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="143" />
            <source>LabourMarketAreas 3.4 (as the R package)</source>
            <translation>LabourMarketAreas 3.4 (som R-pakken)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="233" />
            <source>LabourMarketAreas 3.4 reserve step: {} area(s) with no employed residents, no jobs or only internal flows were set aside before the rounds (zero list; their flows are left out of every count): {}.</source>
            <translation>Reservetrinn som LabourMarketAreas 3.4: {} område(r) uten sysselsatte bosatte, uten arbeidsplasser eller med bare interne strømmer ble satt til side før rundene (nulliste; strømmene deres holdes utenfor alle tall): {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="243" />
            <source>LabourMarketAreas 3.4 reserve step: {} region(s) are not valid (validity below 1) after the reserve areas joined them unchecked, as in the R package: {}. The default reserve step keeps every region valid.</source>
            <translation>Reservetrinn som LabourMarketAreas 3.4: {} region(er) er ikke gyldige (gyldighet under 1) etter at reserveområdene ble lagt til uten kontroll, som i R-pakken: {}. Standard reservetrinn holder alle regioner gyldige.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="114" />
            <source>Minimum self-containment (minSC)</source>
            <translation>Minste selvforsyning (minSC)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="86" />
            <source>Minimum size (employed residents, minSZ)</source>
            <translation>Minste størrelse (sysselsatte bosatte, minSZ)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="185" />
            <source>No id of AREAS ({}, e.g. {}) matches an area of FLOWS (e.g. {}); choose the matching id fields.</source>
            <translation>Ingen id i AREAS ({}, f.eks. {}) passer med et område i FLOWS (f.eks. {}); velg id-felt som passer sammen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="82" />
            <source>Number of employed persons (sysselsatte) living in the home area and working in the work area. Null or NaN counts count as 0 (logged); negative, infinite or absurd (above 10 million) counts stop the run.</source>
            <translation>Antall sysselsatte som bor i bostedsområdet og arbeider i arbeidsstedsområdet. Tomme (null) eller NaN-antall regnes som 0 (logges); negative, uendelige eller urimelige (over 10 millioner) antall stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="160" />
            <source>One dissolved polygon per region with its size, self-containment and validity.</source>
            <translation>Ett sammenslått polygon per region med størrelse, selvforsyning og gyldighet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="171" />
            <source>One row per area of the flows: its region and how it got there.</source>
            <translation>Én rad per område i strømmene: regionen og hvordan området havnet der.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="53" />
            <source>One row per home area and work area with the number of employed persons (pendlingsstrømmer), e.g. SSB table 03321 by kommune. Rows with the same home and work area are added up; the row with home = work (living and working in the same area) must be included.</source>
            <translation>Én rad per bostedsområde og arbeidsstedsområde med antall sysselsatte (pendlingsstrømmer), f.eks. SSB-tabell 03321 etter kommune. Rader med samme bosted og arbeidssted legges sammen; raden med bosted = arbeidssted (bor og arbeider i samme område) må være med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="110" />
            <source>Optional field with the area's name (e.g. kommunenavn), copied to the outputs.</source>
            <translation>Valgfritt felt med områdets navn (f.eks. kommunenavn), kopieres til resultatene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="92" />
            <source>Polygons of the areas the flows refer to (kommuner, grunnkretser). Geographic layers are reprojected to UTM for the output.</source>
            <translation>Polygoner for områdene strømmene viser til (kommuner, grunnkretser). Geografiske lag projiseres om til UTM i resultatet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="167" />
            <source>Region membership</source>
            <translation>Regiontilhørighet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="142" />
            <source>Reserve step</source>
            <translation>Reservetrinn</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="134" />
            <source>Share (0-1) a region of minimum size must reach. Default 0.75 (LabourMarketAreas vignette); at least the minimum self-containment.</source>
            <translation>Andelen (0–1) en region av minste størrelse må nå. Standard 0,75 (LabourMarketAreas-vignetten); minst lik minste selvforsyning.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="120" />
            <source>Share (0-1) a region of target size must reach. Default 0.6667 (LabourMarketAreas vignette).</source>
            <translation>Andelen (0–1) en region av målstørrelse må nå. Standard 0,6667 (LabourMarketAreas-vignetten).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="143" />
            <source>Småby (valid regions only)</source>
            <translation>Småby (bare gyldige regioner)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="128" />
            <source>Target self-containment (tarSC)</source>
            <translation>Mål for selvforsyning (tarSC)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="100" />
            <source>Target size (employed residents, tarSZ)</source>
            <translation>Målstørrelse (sysselsatte bosatte, tarSZ)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="71" />
            <source>Work area field (arbeidssted)</source>
            <translation>Felt med arbeidsstedsområde</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>commuting, pendling, labour market area, LMA, TTWA, travel-to-work area, bo- og arbeidsmarkedsregion, BA-region, functional region, Coombes, Eurostat</source>
            <translation>pendling, commuting, arbeidsmarkedsregion, LMA, TTWA, bo- og arbeidsmarkedsregion, BA-region, funksjonell region, Coombes, Eurostat</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="167" />
            <source>{} ({:g} employed residents, {:g} jobs)</source>
            <translation>{} ({:g} sysselsatte bosatte, {:g} arbeidsplasser)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="253" />
            <source>{} area(s) are in no region (no region stays valid with them, or they have no flows): {}.</source>
            <translation>{} område(r) er ikke i noen region (ingen region forblir gyldig med dem, eller de har ingen strømmer): {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="182" />
            <source>{} area(s) of AREAS have no flows.</source>
            <translation>{} område(r) i AREAS har ingen strømmer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="220" />
            <source>{} region(s) from {} area(s) in {} round(s); {} area(s) went to the reserve list, {} of them joined a region afterwards.</source>
            <translation>{} region(er) fra {} område(r) på {} runde(r); {} område(r) gikk til reservelisten, {} av dem sluttet seg til en region etterpå.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingregions.py" line="199" />
            <source>{} region(s) have no polygon in AREAS: {}.</source>
            <translation>{} region(er) har ikke polygon i AREAS: {}.</translation>
        </message>
    </context>
    <context>
        <name>CommutingShed</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="172" />
            <source> and {} more</source>
            <translation> og {} til</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="160" />
            <source>AREAS: {} feature(s) have no id and match no flow.</source>
            <translation>AREAS: {} objekt(er) mangler id og passer ikke med noen strøm.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingshed.py" line="77" />
            <source>An area is in the shed when at least this share of its employed residents works in the centre (0.10 = 10 %, BA-region practice; 0.15 = the OECD-EC commuting-zone rule).</source>
            <translation>Et område hører til omlandet når minst denne andelen av de sysselsatte bosatte arbeider i senteret (0,10 = 10 %, praksis for BA-regioner; 0,15 = OECD-ECs regel for pendlingssoner).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="99" />
            <source>Area id field</source>
            <translation>Felt med område-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="108" />
            <source>Area name field</source>
            <translation>Felt med områdenavn</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="90" />
            <source>Areas (polygons)</source>
            <translation>Områder (polygoner)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingshed.py" line="86" />
            <source>Areas with commuting to the centre</source>
            <translation>Områder med pendling til senteret</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingshed.py" line="111" />
            <source>CENTRE_ID is empty; give the id of the centre area.</source>
            <translation>CENTRE_ID er tom; oppgi id-en til senterområdet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingshed.py" line="65" />
            <source>Centre area id</source>
            <translation>Id for senterområdet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="51" />
            <source>Commuting flows (table or layer)</source>
            <translation>Pendlingsstrømmer (tabell eller lag)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingshed.py" line="97" />
            <source>Commuting shed</source>
            <translation>Pendlingsomland</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Commuting shed of a centre (pendlingsomland)</source>
            <translation>Pendlingsomland for et senter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingshed.py" line="186" />
            <source>Commuting shed of {} at {:.0%}: {} area(s) ({}), {:,.0f} of their {:,.0f} employed residents work in the centre.</source>
            <translation>Pendlingsomland for {} ved {:.0%}: {} område(r) ({}), {:,.0f} av deres {:,.0f} sysselsatte bosatte arbeider i senteret.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="78" />
            <source>Count field (employed persons)</source>
            <translation>Antallsfelt (sysselsatte)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingshed.py" line="89" />
            <source>Every area of AREAS with the count and share of its employed residents working in the centre and whether it is in the shed.</source>
            <translation>Hvert område i AREAS med antall og andel sysselsatte bosatte som arbeider i senteret, og om det hører til omlandet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="150" />
            <source>FLOWS has no rows with a count; choose the flow table and its count field.</source>
            <translation>FLOWS har ingen rader med antall; velg strømtabellen og antallsfeltet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="174" />
            <source>FLOWS names {} area(s) missing from AREAS: {}{}. They take part in the computation but have no polygon; check that both use the same coding and year.</source>
            <translation>FLOWS nevner {} område(r) som mangler i AREAS: {}{}. De er med i beregningen, men har ikke polygon; sjekk at begge bruker samme koding og år.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="101" />
            <source>Field with the area id used in the flows (e.g. kommunenummer; integers are zero-padded to match text codes such as '0301').</source>
            <translation>Felt med område-id-en som brukes i strømmene (f.eks. kommunenummer; heltall fylles ut med nuller for å passe tekstkoder som «0301»).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>For each area (kommune, grunnkrets), the number and share of its employed residents who work in the centre area, and the areas whose share is at least the threshold: the centre's commuting shed (pendlingsomland).

share = employed persons living in the area and working in the centre / all employed persons living in the area (all work places, the area itself included). The OECD-EC functional urban area puts an area in the commuting zone of a city when at least 15 % of its employed residents work there (Eurostat, Territorial typologies manual); Norwegian BA-region practice uses about 10 % (a threshold not verified in the primary source, hence a parameter).

Outputs: the areas with employed, to_centre, share (0-1), in_shed (1 for the centre and for areas at or above the threshold), is_centre; and the shed as one dissolved polygon with its totals and area in km². Counts are persons.

Ids are compared as text; integer and text codes match after zero-padding (kommunenummer 301 = '0301'). Bad input: a centre that is not a work area in the flows stops the run; areas the flows name but AREAS lacks are listed in the log (they count in the totals but have no polygon).

Missing values: a null or NaN count counts as 0 (the log says how many); negative, infinite or absurd (above 10 million) counts stop the run. Duplicate area ids in AREAS stop the run (dissolve the features of one area first); an area without an id is kept without flows (logged). CRS: the areas are computed in their own projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>For hvert område (kommune, grunnkrets): antall og andel av de sysselsatte bosatte som arbeider i senterområdet, og områdene der andelen er minst terskelen: senterets pendlingsomland.

andel = sysselsatte som bor i området og arbeider i senteret / alle sysselsatte som bor i området (alle arbeidssteder, området selv medregnet). OECD-ECs funksjonelle byområde (FUA) regner et område til pendlingssonen til en by når minst 15 % av de sysselsatte bosatte arbeider der (Eurostat, Territorial typologies manual); norsk praksis for BA-regioner bruker om lag 10 % (en terskel som ikke er bekreftet i primærkilden, derfor en parameter).

Resultater: områdene med employed, to_centre, share (0–1), in_shed (1 for senteret og for områder på eller over terskelen), is_centre; og omlandet som ett sammenslått polygon med summer og areal i km². Antall er personer.

Id-er sammenlignes som tekst; heltalls- og tekstkoder samsvarer etter utfylling med nuller (kommunenummer 301 = «0301»). Feil i inndata: et senter som ikke er arbeidsområde i strømmene, stopper kjøringen; områder som strømmene nevner, men som mangler i AREAS, listes i loggen (de telles i summene, men har ikke polygon).

Manglende verdier: et tomt (null) eller NaN antall regnes som 0 (loggen sier hvor mange); negative, uendelige eller urimelige (over 10 millioner) antall stopper kjøringen. Like område-id-er i AREAS stopper kjøringen (slå først sammen objektene for ett område); et område uten id beholdes uten strømmer (logges). Koordinatsystem: områdene beregnes i sitt eget projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="62" />
            <source>Home area field (bosted)</source>
            <translation>Felt med bostedsområde</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="64" />
            <source>Id of the area where the employed persons live. Numbers and text are matched after zero-padding (301 = '0301').</source>
            <translation>Id for området der de sysselsatte bor. Tall og tekst sammenlignes etter utfylling med nuller (301 = «0301»).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="73" />
            <source>Id of the area where they work, in the same coding as the home area.</source>
            <translation>Id for området der de arbeider, med samme koding som bostedsområdet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingshed.py" line="66" />
            <source>Id of the centre area as in the flows and AREAS, e.g. 3403 for Hamar.</source>
            <translation>Id-en til senterområdet slik den står i strømmene og i AREAS, f.eks. 3403 for Hamar.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="185" />
            <source>No id of AREAS ({}, e.g. {}) matches an area of FLOWS (e.g. {}); choose the matching id fields.</source>
            <translation>Ingen id i AREAS ({}, f.eks. {}) passer med et område i FLOWS (f.eks. {}); velg id-felt som passer sammen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="82" />
            <source>Number of employed persons (sysselsatte) living in the home area and working in the work area. Null or NaN counts count as 0 (logged); negative, infinite or absurd (above 10 million) counts stop the run.</source>
            <translation>Antall sysselsatte som bor i bostedsområdet og arbeider i arbeidsstedsområdet. Tomme (null) eller NaN-antall regnes som 0 (logges); negative, uendelige eller urimelige (over 10 millioner) antall stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="53" />
            <source>One row per home area and work area with the number of employed persons (pendlingsstrømmer), e.g. SSB table 03321 by kommune. Rows with the same home and work area are added up; the row with home = work (living and working in the same area) must be included.</source>
            <translation>Én rad per bostedsområde og arbeidsstedsområde med antall sysselsatte (pendlingsstrømmer), f.eks. SSB-tabell 03321 etter kommune. Rader med samme bosted og arbeidssted legges sammen; raden med bosted = arbeidssted (bor og arbeider i samme område) må være med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="110" />
            <source>Optional field with the area's name (e.g. kommunenavn), copied to the outputs.</source>
            <translation>Valgfritt felt med områdets navn (f.eks. kommunenavn), kopieres til resultatene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="92" />
            <source>Polygons of the areas the flows refer to (kommuner, grunnkretser). Geographic layers are reprojected to UTM for the output.</source>
            <translation>Polygoner for områdene strømmene viser til (kommuner, grunnkretser). Geografiske lag projiseres om til UTM i resultatet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingshed.py" line="101" />
            <source>The areas in the shed dissolved into one polygon, with totals.</source>
            <translation>Områdene i omlandet slått sammen til ett polygon, med summer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingshed.py" line="128" />
            <source>The centre {} has no polygon in AREAS; the shed polygon lacks it.</source>
            <translation>Senteret {} har ikke noe polygon i AREAS; omlandspolygonet mangler det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingshed.py" line="71" />
            <source>Threshold share of employed residents</source>
            <translation>Terskel for andel sysselsatte bosatte</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="71" />
            <source>Work area field (arbeidssted)</source>
            <translation>Felt med arbeidsstedsområde</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>commuting, pendling, omland, commuting zone, functional urban area, FUA, BA-region, arbeidsmarked, sysselsatte</source>
            <translation>pendling, commuting, omland, pendlingssone, funksjonelt byområde, FUA, BA-region, arbeidsmarked, sysselsatte</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="167" />
            <source>{} ({:g} employed residents, {:g} jobs)</source>
            <translation>{} ({:g} sysselsatte bosatte, {:g} arbeidsplasser)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_flows.py" line="182" />
            <source>{} area(s) of AREAS have no flows.</source>
            <translation>{} område(r) i AREAS har ingen strømmer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/commutingshed.py" line="151" />
            <source>{} area(s) of the shed have no polygon: {}.</source>
            <translation>{} område(r) i omlandet mangler polygon: {}.</translation>
        </message>
    </context>
    <context>
        <name>HuffCatchment</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="324" />
            <source>ATTRACTIVENESS_FIELD: no centre has an attractiveness above 0, so no centre attracts anyone.</source>
            <translation>ATTRACTIVENESS_FIELD: ingen sentre har attraktivitet over 0, så ingen sentre tiltrekker noen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="191" />
            <source>Attractiveness exponent (alpha)</source>
            <translation>Attraktivitetseksponent (alfa)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="137" />
            <source>Attractiveness field</source>
            <translation>Felt med attraktivitet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="115" />
            <source>Centres</source>
            <translation>Sentrum</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="225" />
            <source>Centres farther than this from a demand feature do not compete for it: metres for straight lines and network distance, minutes for travel time; 0 means no limit.</source>
            <translation>Sentre lenger unna et etterspørselsobjekt enn dette konkurrerer ikke om det: meter for luftlinje og nettavstand, minutter for reisetid; 0 betyr ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="117" />
            <source>Centres that compete for the demand (town centre, shopping centres, villages); polygons are represented by a point inside them.</source>
            <translation>Sentre som konkurrerer om etterspørselen (bysentrum, kjøpesentre, bygdesentre); polygoner representeres av et punkt inne i dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="257" />
            <source>Centres with expected population</source>
            <translation>Sentre med forventet befolkning</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="361" />
            <source>Costs are in {}.</source>
            <translation>Kostnadene er i {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="279" />
            <source>DEMAND: every demand feature lies 50 km or more from every centre (the nearest {:,.1f} km); check that CENTRES and DEMAND cover the same area and that each has its right CRS.</source>
            <translation>DEMAND: alle etterspørselsobjekter ligger 50 km eller mer fra alle sentre (det nærmeste {:,.1f} km); kontroller at CENTRES og DEMAND dekker samme område og at hvert lag har riktig koordinatsystem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="148" />
            <source>Demand (population)</source>
            <translation>Etterspørsel (befolkning)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="158" />
            <source>Demand id field</source>
            <translation>Id-felt for etterspørsel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="249" />
            <source>Demand with most probable centre</source>
            <translation>Etterspørsel med mest sannsynlige senter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="205" />
            <source>Distance-decay exponent (beta)</source>
            <translation>Avstandsfriksjonseksponent (beta)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="436" />
            <source>Expected population per centre: {}.</source>
            <translation>Forventet befolkning per senter: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="129" />
            <source>Field that names the centres in the outputs; the feature id without it. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir sentrene i resultatene; uten det objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="162" />
            <source>Field that names the demand features in the probability table; the feature id without it. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir etterspørselsobjektene i sannsynlighetstabellen; uten det objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="211" />
            <source>How fast attraction falls with distance (0-1000); 2 is a common starting value for shopping trips. Large values approach nearest-centre allocation.</source>
            <translation>Hvor raskt tiltrekningen avtar med avstanden (0–1000); 2 er en vanlig startverdi for handlereiser. Store verdier nærmer seg tildeling til nærmeste senter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="197" />
            <source>How strongly attractiveness counts (0-10); 1 = in proportion (Huff's original form).</source>
            <translation>Hvor sterkt attraktiviteten teller (0–10); 1 = proporsjonalt (Huffs opprinnelige form).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Huff gravity catchments</source>
            <translation>Huffs gravitasjonsomland</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="265" />
            <source>Huff probabilities</source>
            <translation>Huff-sannsynligheter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>Huff, gravity model, catchment, omland, handelsomland, market area, probability, retail, attractiveness</source>
            <translation>Huff, gravitasjonsmodell, omland, handelsomland, markedsområde, sannsynlighet, varehandel, attraktivitet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="269" />
            <source>Long table: demand, centre, cost, probability, expected population.</source>
            <translation>Lang tabell: etterspørsel, senter, kostnad, sannsynlighet, forventet befolkning.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="219" />
            <source>Maximum cost (0 = none)</source>
            <translation>Største kostnad (0 = ingen)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="174" />
            <source>Number of people (befolkning) or other demand of each feature.</source>
            <translation>Antall personer (befolkning) eller annen etterspørsel for hvert objekt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="180" />
            <source>Optional road network: with it the cost is the travel cost along the roads (COST), without it the straight-line distance in metres. </source>
            <translation>Valgfritt vegnett: med det er kostnaden reisekostnaden langs vegene (COST), uten det luftlinjeavstanden i meter. </translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="170" />
            <source>Population field</source>
            <translation>Befolkningsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="240" />
            <source>Rows of the probability table with a probability at or below this are left out to keep it small; 0 keeps every competing pair.</source>
            <translation>Rader i sannsynlighetstabellen med sannsynlighet på eller under dette utelates for å holde den liten; 0 beholder alle konkurrerende par.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="234" />
            <source>Smallest probability in the table</source>
            <translation>Minste sannsynlighet i tabellen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="141" />
            <source>The centre's attractiveness A (e.g. retail floor space in m², number of shops or jobs); zero or more.</source>
            <translation>Senterets attraktivitet A (f.eks. handelsareal i m², antall butikker eller arbeidsplasser); null eller mer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="260" />
            <source>The centres with the expected population they serve.</source>
            <translation>Sentrene med den forventede befolkningen de betjener.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="252" />
            <source>The demand features with their most probable centre and its probability.</source>
            <translation>Etterspørselsobjektene med mest sannsynlige senter og sannsynligheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>The probability that the population of each demand feature (SSB 250 m cells, grunnkretser, addresses) uses each centre, by the Huff gravity model (Huff 1963, 1964):
P_ij = A_j^alpha * d_ij^(-beta) / sum_k A_k^alpha * d_ik^(-beta)
with A the centre's attractiveness (e.g. retail floor space in m²), d the cost between the demand feature and the centre, alpha the attractiveness exponent and beta the distance-decay exponent. The expected population a centre serves is E_j = sum_i P_ij * pop_i. Polygons are represented by a point inside them.

Cost: without NETWORK, the straight-line distance in metres. With NETWORK, the travel cost along the roads (COST: metres or minutes) from the Småby network engine, including the straight legs from the points to the nearest links (at the off-network speed for time); points farther than MAX_SNAP from the network are left out and reported, as are demand features in a part of the network without a centre.

Only centres within MAX_COST (when above 0) and with attractiveness above 0 compete; a demand feature with none gets no centre and is counted in the log. A demand feature lying exactly on centres is shared by those centres in proportion to A^alpha (the limit as the distance goes to 0). The probabilities do not depend on the distance unit; as beta grows they tend to nearest-centre allocation.

Outputs: the demand features with the most probable centre (huff_centre), its probability (huff_prob, 0-1), the number of competing centres and the cost to the most probable centre (cost_to_centre); the centres with the expected population served (expected_pop, persons) and its share of all demand; and a long table of demand, centre, cost, probability and expected population.

Bad input: alpha lies in 0-10 and beta in 0-1000; the network's own checks (separate parts, missing speeds, zero-length links dropped) are logged, and so are points far from the network or, without one, demand 50 km or more from every centre (a CRS or extent mistake).

Missing values: a null or NaN attractiveness or population counts as 0 (the log says how many); negative, infinite or absurd (above 10 million) values stop the run. Duplicate or missing centre or demand ids stop the run. CRS: all inputs are computed in the first input's projected CRS (the network's, when given), or the UTM zone of the data when it is geographic or Web Mercator (never in Web Mercator, whose distances are about twice too long in Norway); a layer without a CRS stops the run.</source>
            <translation>Sannsynligheten for at befolkningen i hvert etterspørselsobjekt (SSBs 250 m-ruter, grunnkretser, adresser) bruker hvert senter, etter Huffs gravitasjonsmodell (Huff 1963, 1964):
P_ij = A_j^alfa * d_ij^(-beta) / sum_k A_k^alfa * d_ik^(-beta)
der A er senterets attraktivitet (f.eks. handelsareal i m²), d kostnaden mellom etterspørselsobjektet og senteret, alfa attraktivitetseksponenten og beta avstandsfriksjonseksponenten. Den forventede befolkningen et senter betjener, er E_j = sum_i P_ij * pop_i. Polygoner representeres av et punkt inne i dem.

Kostnad: uten NETWORK luftlinjeavstanden i meter. Med NETWORK reisekostnaden langs vegene (COST: meter eller minutter) fra Småbys nettverksmotor, inkludert de rette stykkene fra punktene til nærmeste lenker (med farten utenfor nettet for tid); punkter lenger unna nettet enn MAX_SNAP utelates og rapporteres, det samme gjør etterspørselsobjekter i en del av nettet uten senter.

Bare sentre innenfor MAX_COST (når den er over 0) og med attraktivitet over 0 konkurrerer; et etterspørselsobjekt uten noen får ikke senter og telles i loggen. Et etterspørselsobjekt som ligger nøyaktig på sentre, deles mellom disse i forhold til A^alfa (grenseverdien når avstanden går mot 0). Sannsynlighetene avhenger ikke av avstandsenheten; når beta vokser, nærmer de seg tildeling til nærmeste senter.

Resultater: etterspørselsobjektene med mest sannsynlige senter (huff_centre), sannsynligheten (huff_prob, 0–1), antallet konkurrerende sentre og kostnaden til det mest sannsynlige senteret (cost_to_centre); sentrene med forventet betjent befolkning (expected_pop, personer) og andelen av all etterspørsel; og en lang tabell over etterspørsel, senter, kostnad, sannsynlighet og forventet befolkning.

Feil i inndata: alfa ligger i 0–10 og beta i 0–1000; nettverkets egne kontroller (adskilte deler, manglende fart, lenker med null lengde fjernet) logges, og det samme gjør punkter langt fra nettet eller, uten nett, etterspørsel 50 km eller mer fra alle sentre (en feil i koordinatsystem eller utstrekning).

Manglende verdier: en tom (null) eller NaN attraktivitet eller befolkning regnes som 0 (loggen sier hvor mange); negative, uendelige eller urimelige (over 10 millioner) verdier stopper kjøringen. Like eller manglende id-er for sentre eller etterspørsel stopper kjøringen. Koordinatsystem: alle inndata beregnes i det første inndatalagets projiserte koordinatsystem (vegnettets, når det er gitt), eller i UTM-sonen for dataene når det er geografisk eller Web Mercator (aldri i Web Mercator, der avstandene er omtrent dobbelt så lange i Norge); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="150" />
            <source>Where the population lives: SSB 250 m cells, grunnkretser or address points; polygons are represented by a point inside them.</source>
            <translation>Hvor befolkningen bor: SSBs 250 m-ruter, grunnkretser eller adressepunkter; polygoner representeres av et punkt inne i dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="359" />
            <source>metres (straight line)</source>
            <translation>meter (luftlinje)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/huffcatchment.py" line="392" />
            <source>{} demand feature(s) with {:,.0f} people have no centre within reach (beyond MAX_COST, off the network or in a part of it without a centre, or no attractive centre); they are left without a centre.</source>
            <translation>{} etterspørselsobjekt(er) med {:,.0f} personer har ikke noe senter innen rekkevidde (over MAX_COST, utenfor nettet eller i en del av det uten senter, eller ikke noe attraktivt senter); de blir stående uten senter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
    </context>
    <context>
        <name>LandConsumption</name>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>AR5 arealtype</source>
            <translation>AR5 arealtype</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>Area unit</source>
            <translation>Arealenhet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>Automatic (the list that knows most codes)</source>
            <translation>Automatisk (listen som kjenner flest koder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="95" />
            <source>Built-up area at the first date (T1)</source>
            <translation>Bebygd areal på første tidspunkt (T1)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="104" />
            <source>Built-up area at the second date (T2)</source>
            <translation>Bebygd areal på andre tidspunkt (T2)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="170" />
            <source>By a point inside the cell</source>
            <translation>Etter et punkt inne i ruten</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="170" />
            <source>By area share</source>
            <translation>Etter arealandel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="86" />
            <source>Code list for labels</source>
            <translation>Kodeliste for tekster</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="90" />
            <source>Code list that gives labels (bokmål and English) beside the codes: SOSI arealformål (kommuneplan), AR5 arealtype or N50 arealdekke, from the plugin's resources/codes folder. Automatic picks the list that contains most of the layer's distinct codes. Codes that are not in the list are kept and flagged (in_code_list = 0).</source>
            <translation>Kodelisten som gir tekster (bokmål og engelsk) ved siden av kodene: SOSI-arealformål (kommuneplan), AR5-arealtype eller N50-arealdekke, fra programtilleggets mappe resources/codes. Automatisk velger listen som inneholder flest av lagets ulike koder. Koder som ikke står i listen, beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Computes UN SDG indicator 11.3.1 for each zone: the ratio of land consumption rate to population growth rate (LCRPGR).

Method (UN-Habitat indicator metadata, March 2021): with Urb the built-up area inside the zone, Pop the population and y the years between the two dates,
LCR = ln(Urb_T2 / Urb_T1) / y (per year)
PGR = ln(Pop_T2 / Pop_T1) / y (per year)
LCRPGR = LCR / PGR; built-up area per inhabitant = Urb / Pop (m² per inhabitant).
A ratio above 1 means land is built up faster than the population grows.

Built-up polygons are dissolved first, so overlaps inside a layer count once. Population points count in the zone that contains them (a point on a shared border counts once, in the first zone). Population polygons (such as SSB's 250 m cells) are apportioned by area share (default: a cell cut by a zone border contributes in proportion to its area inside the zone, assuming people are spread evenly over the cell) or by a representative point (the whole cell goes to the zone holding a point guaranteed inside the cell: its centroid when that lies inside, else a point on its surface).

Where the population is stable or shrinking (PGR &lt;= 0), or a rate cannot be formed (no built-up area or no population at a date), the ratio is left empty (null) and the field lcrpgr_note says why; the rates that can be formed are still given.

Output: the zones with built-up areas in the chosen unit, populations, lcr, pgr (fractions per year), lcrpgr, lcrpgr_note and built-up m² per inhabitant at both dates and its change (per-inhabitant figures always in m²). Areas are planar.

Missing values: a null or NaN population counts as 0 (the log says how many); negative, infinite or absurd (above 10,000,000 per feature) values stop the run with their feature ids. Zone ids: a duplicate or empty id stops the run with the ids, unless 'Merge zones with the same id' is chosen (their polygons are dissolved into one zone, logged). CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run. A built-up or population layer that meets none of the zones stops the run with the likely cause (a wrong CRS or another area); zones outside a layer are named in a warning.

Other bad input: a missing or non-numeric population field, years outside 1800-2200, YEAR_T2 not after YEAR_T1, or an empty layer stop with a message; invalid geometries are repaired and counted.</source>
            <translation>Beregner FNs bærekraftsindikator 11.3.1 for hver sone: forholdet mellom arealforbruksraten og befolkningsvekstraten (LCRPGR).

Metode (UN-Habitats indikatormetadata, mars 2021): med Urb det bebygde arealet i sonen, Pop befolkningen og y antall år mellom de to tidspunktene er
LCR = ln(Urb_T2 / Urb_T1) / y (per år)
PGR = ln(Pop_T2 / Pop_T1) / y (per år)
LCRPGR = LCR / PGR; bebygd areal per innbygger = Urb / Pop (m² per innbygger).
Et forhold over 1 betyr at arealer bygges ned raskere enn befolkningen vokser.

Bebygde polygoner slås først sammen, slik at overlapp i et lag telles én gang. Befolkningspunkter telles i sonen som inneholder dem (et punkt på en felles grense telles én gang, i den første sonen). Befolkningspolygoner (som SSBs 250 m-ruter) fordeles etter arealandel (standard: en rute som deles av en sonegrense, bidrar i forhold til arealet inne i sonen, under antakelse om at folk er jevnt fordelt i ruten) eller etter et representativt punkt (hele ruten går til sonen som inneholder et punkt som garantert ligger i ruten: sentroiden når den ligger inne i ruten, ellers et punkt på overflaten).

Der befolkningen er stabil eller synker (PGR &lt;= 0), eller en rate ikke kan beregnes (ikke bebygd areal eller ingen befolkning på et tidspunkt), blir forholdet tomt (null), og feltet lcrpgr_note forklarer hvorfor; ratene som kan beregnes, gis likevel.

Resultat: sonene med bebygd areal i valgt enhet, befolkning, lcr, pgr (andeler per år), lcrpgr, lcrpgr_note og bebygde m² per innbygger på begge tidspunkter og endringen (tall per innbygger alltid i m²). Arealer er plane.

Manglende verdier: en tom (null) eller NaN befolkning regnes som 0 (loggen sier hvor mange); negative, uendelige eller urimelige verdier (over 10 000 000 per objekt) stopper kjøringen med objekt-id-ene. Sone-id-er: en dublett eller en tom id stopper kjøringen med id-ene, med mindre «Slå sammen soner med samme id» er valgt (polygonene deres slås sammen til én sone, logges). Koordinatsystem: alle inndata beregnes i det første inndatalagets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen. Et bebygd lag eller befolkningslag som ikke møter noen av sonene, stopper kjøringen med den sannsynlige årsaken (feil koordinatsystem eller et annet område); soner utenfor et lag nevnes i en advarsel.

Andre feil i inndata: et manglende befolkningsfelt eller et som ikke er numerisk, år utenfor 1800–2200, YEAR_T2 som ikke er etter YEAR_T1, eller et tomt lag stopper med en melding; ugyldige geometrier repareres og telles.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="141" />
            <source>Ellipsoidal areas</source>
            <translation>Ellipsoidiske arealer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="194" />
            <source>Ellipsoidal areas: Transverse Mercator scale correction (central meridian {}°, k0 {}).</source>
            <translation>Ellipsoidiske arealer: målestokkorreksjon for transversal Mercator (sentralmeridian {}°, k0 {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="302" />
            <source>Field that names each zone in the output; without it the feature id. Ids must be unique and filled in: a duplicate or an empty id stops the run, unless 'Merge zones with the same id' is chosen.</source>
            <translation>Felt som gir hver sone navn i resultatet; uten det objekt-id-en. Id-ene må være unike og fylt ut: en dublett eller en tom id stopper kjøringen, med mindre «Slå sammen soner med samme id» er valgt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="174" />
            <source>Labels from the code list {}.</source>
            <translation>Tekster fra kodelisten {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Land consumption vs. population growth (SDG 11.3.1)</source>
            <translation>Arealforbruk mot befolkningsvekst (SDG 11.3.1)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Largest class code wins</source>
            <translation>Største klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Lowest value of the priority field wins</source>
            <translation>Laveste verdi i prioritetsfeltet vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="310" />
            <source>Merge zones with the same id</source>
            <translation>Slå sammen soner med samme id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>N50 arealdekke</source>
            <translation>N50 arealdekke</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="171" />
            <source>No code list knows these codes; codes are given without labels.</source>
            <translation>Ingen kodeliste kjenner disse kodene; kodene gis uten tekster.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>None (codes without labels)</source>
            <translation>Ingen (koder uten tekster)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="124" />
            <source>Numeric field with the number of inhabitants at the first date.</source>
            <translation>Numerisk felt med antall innbyggere på første tidspunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="142" />
            <source>Numeric field with the number of inhabitants at the second date.</source>
            <translation>Numerisk felt med antall innbyggere på andre tidspunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="173" />
            <source>Only for population polygons: split a cell cut by a zone border by its area share (default), or give the whole cell to the zone holding a representative point of it (its centroid when that lies inside the cell, else a point on its surface).</source>
            <translation>Bare for befolkningspolygoner: del en rute som krysses av en sonegrense, etter arealandel (standard), eller gi hele ruten til sonen som inneholder et representativt punkt i den (sentroiden når den ligger inne i ruten, ellers et punkt på overflaten).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="123" />
            <source>Overlap tolerance (m²)</source>
            <translation>Overlappstoleranse (m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="109" />
            <source>Overlapping polygons</source>
            <translation>Overlappende polygoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="129" />
            <source>Overlaps of at most this area between two polygons are digitising noise (shared edges that differ in the last decimals): they are logged and left as they are. 0 treats every overlap as one.</source>
            <translation>Overlapp på høyst dette arealet mellom to polygoner er digitaliseringsstøy (felles kanter som skiller seg i de siste desimalene): de logges og blir stående. 0 regner ethvert overlapp som overlapp.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="112" />
            <source>Points (addresses, buildings) or polygons (SSB 250 m cells) with the population (befolkning) at the first date.</source>
            <translation>Punkter (adresser, bygninger) eller polygoner (SSBs 250 m-ruter) med befolkningen på første tidspunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="97" />
            <source>Polygons of the built-up extent (bebygd areal) at the first date, e.g. AR5 11 + 12 or SSB arealbruk.</source>
            <translation>Polygoner med bebygd areal på første tidspunkt, f.eks. AR5 11 + 12 eller SSBs arealbruk.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="106" />
            <source>Polygons of the built-up extent at the second date.</source>
            <translation>Polygoner med bebygd areal på andre tidspunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="113" />
            <source>Polygons that overlap inside one layer would be counted twice. Default: stop and list the overlapping features and the area covered more than once. Otherwise each overlapped spot is given to one polygon by the chosen rule (ties go to the feature read first).</source>
            <translation>Polygoner som overlapper i samme lag, ville blitt telt to ganger. Standard: stopp og list opp de overlappende objektene og arealet som dekkes mer enn én gang. Ellers gis hvert overlappende område til ett polygon etter valgt regel (ved likhet til objektet som ble lest først).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="87" />
            <source>Polygons to compute the indicator for (kommune, tettsted, grunnkrets...). Each zone is computed on its own.</source>
            <translation>Polygoner indikatoren skal beregnes for (kommune, tettsted, grunnkrets …). Hver sone beregnes for seg.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="110" />
            <source>Population at T1</source>
            <translation>Befolkning ved T1</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="128" />
            <source>Population at T2</source>
            <translation>Befolkning ved T2</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="120" />
            <source>Population field at T1</source>
            <translation>Befolkningsfelt ved T1</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="138" />
            <source>Population field at T2</source>
            <translation>Befolkningsfelt ved T2</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="130" />
            <source>Population layer for the second date (may be the same layer as T1 with another field).</source>
            <translation>Befolkningslag for andre tidspunkt (kan være samme lag som for T1 med et annet felt).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="169" />
            <source>Population polygons to zones</source>
            <translation>Befolkningspolygoner til soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="142" />
            <source>Report areas on the ellipsoid instead of planar areas in the projected CRS. Only for Transverse Mercator CRSs (UTM, NTM): each polygon's planar area is divided by the square of the projection's scale factor at its centroid (Snyder 1987), within about 1e-6 of the geodesic area. In UTM zone 33 planar areas differ from ellipsoidal ones by up to about 0.1 %.</source>
            <translation>Oppgi arealer på ellipsoiden i stedet for plane arealer i det projiserte koordinatsystemet. Bare for transversale Mercator-systemer (UTM, NTM): hvert polygons plane areal deles på kvadratet av projeksjonens målestokkfaktor i sentroiden (Snyder 1987), innen om lag 1e-6 av det geodetiske arealet. I UTM-sone 33 skiller plane arealer seg fra ellipsoidiske med inntil om lag 0,1 %.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="184" />
            <source>SDG 11.3.1 by zone</source>
            <translation>SDG 11.3.1 etter sone</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>SDG, 11.3.1, LCRPGR, land consumption, arealforbruk, befolkningsvekst, built-up</source>
            <translation>SDG, 11.3.1, LCRPGR, arealforbruk, land consumption, befolkningsvekst, bebygd areal</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>SOSI kommuneplan arealformål</source>
            <translation>SOSI arealformål (kommuneplan)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smaller polygon wins</source>
            <translation>Minste polygon vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smallest class code wins</source>
            <translation>Minste klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Stop with an error listing the overlaps</source>
            <translation>Stopp med en feilmelding som lister opp overlappene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="153" />
            <source>The first date as a year (decimals allowed, e.g. 2015.0).</source>
            <translation>Første tidspunkt som årstall (desimaler tillatt, f.eks. 2015,0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="164" />
            <source>The second date as a year; must be later than the first.</source>
            <translation>Andre tidspunkt som årstall; må være senere enn det første.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="186" />
            <source>The zones with built-up areas, populations, LCR, PGR, LCRPGR and the explanation where the ratio is empty.</source>
            <translation>Sonene med bebygd areal, befolkning, LCR, PGR, LCRPGR og forklaringen der forholdet er tomt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="74" />
            <source>Unit of the area fields: m², daa (dekar = 1,000 m², the unit of Norwegian plans; default), ha or km².</source>
            <translation>Enhet for arealfeltene: m², daa (dekar = 1 000 m², enheten i norske planer; standard), ha eller km².</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="147" />
            <source>Year of T1</source>
            <translation>År for T1</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="158" />
            <source>Year of T2</source>
            <translation>År for T2</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="300" />
            <source>Zone id field</source>
            <translation>Id-felt for soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="294" />
            <source>Zones</source>
            <translation>Soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="312" />
            <source>Zones that share an id (a kommune stored as several features) are dissolved into one zone, and the log says how many. Default: a repeated id stops the run with the ids, so two different zones are never summed by mistake.</source>
            <translation>Soner som deler en id (en kommune lagret som flere objekter), slås sammen til én sone, og loggen sier hvor mange. Standard: en gjentatt id stopper kjøringen med id-ene, slik at to ulike soner aldri summeres ved en feil.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>daa (dekar, 1,000 m²)</source>
            <translation>daa (dekar, 1 000 m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>km²</source>
            <translation>km²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>m²</source>
            <translation>m²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="181" />
            <source>{} code(s) are not in {}: {}; they are kept and flagged (in_code_list = 0).</source>
            <translation>{} kode(r) står ikke i {}: {}; de beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="250" />
            <source>{} of {} zone(s) have no readable LCRPGR; see the field lcrpgr_note.</source>
            <translation>{} av {} sone(r) har ingen lesbar LCRPGR; se feltet lcrpgr_note.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landconsumption.py" line="197" />
            <source>{}: the layer could not be opened.</source>
            <translation>{}: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="259" />
            <source>{}: the overlap rule 'priority field' needs a priority field.</source>
            <translation>{}: overlappsregelen «prioritetsfelt» trenger et prioritetsfelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="355" />
            <source>{}: {} id(s) occur on more than one feature ({} features); each id's features were merged into one zone: {} zone(s) in all.</source>
            <translation>{}: {} id-er finnes på mer enn ett objekt ({} objekter); objektene til hver id er slått sammen til én sone: {} soner i alt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="261" />
            <source>{}: {} polygon(s) read.</source>
            <translation>{}: {} polygon(er) lest.</translation>
        </message>
    </context>
    <context>
        <name>LandUseAccount</name>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>AR5 arealtype</source>
            <translation>AR5 arealtype</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>Area unit</source>
            <translation>Arealenhet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>Automatic (the list that knows most codes)</source>
            <translation>Automatisk (listen som kjenner flest koder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="98" />
            <source>Class field</source>
            <translation>Klassefelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="86" />
            <source>Code list for labels</source>
            <translation>Kodeliste for tekster</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="90" />
            <source>Code list that gives labels (bokmål and English) beside the codes: SOSI arealformål (kommuneplan), AR5 arealtype or N50 arealdekke, from the plugin's resources/codes folder. Automatic picks the list that contains most of the layer's distinct codes. Codes that are not in the list are kept and flagged (in_code_list = 0).</source>
            <translation>Kodelisten som gir tekster (bokmål og engelsk) ved siden av kodene: SOSI-arealformål (kommuneplan), AR5-arealtype eller N50-arealdekke, fra programtilleggets mappe resources/codes. Automatisk velger listen som inneholder flest av lagets ulike koder. Koder som ikke står i listen, beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Computes the area of each land-use class (arealformål, AR5 arealtype, N50 arealdekke or any class field, numbers or text) within each zone, with its share of the zone and, where a population layer is given, the zone's population and the area per inhabitant.

Method: the overlay ('union') of land use and zones that KDD's guidance 'Arealregnskap i kommuneplan' (2023, ch. 3) asks for, done exactly: every land-use polygon is intersected with every zone it overlaps (shapely/GEOS), and the pieces' areas are summed per zone and class with correctly rounded sums, so the result does not depend on the order of the features. Each zone also gets a row 'uncovered' for the part of it that no land-use polygon covers (zone minus the union of its pieces), so the rows of a zone add up to the zone's area. Without zones the whole layer is one zone ('all').

Population: points count in the zone that contains them; polygons (SSB 250 m cells) are split by area share (areal weighting).

Units: areas in m², daa (default), ha or km², planar in the projected CRS (optional ellipsoidal correction for UTM/NTM); share_pct in % of the zone's area; m2_per_inhabitant in m².

Classes: any field is a class field. Whole numbers and numeric text ('21', '21.0') are codes, labelled from the code list (codes not in it are kept, labelled with their value and flagged in_code_list = 0); other text (N50's klasse_navn, a planner's own classes) is a class of its own, labelled with its value. The output has the class as text in 'class' and the code as a number in 'class_code' (empty for text classes). A null or blank class counts in the 'no class' row (the log says how many).

Missing values: a null or NaN population counts as 0 (the log says how many); negative, infinite or absurd (above 10,000,000 per feature) values stop the run with their feature ids. Zone ids: a duplicate or empty id stops the run with the ids, unless 'Merge zones with the same id' is chosen (their polygons are dissolved into one zone, logged). CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run. Zones or a population that meet no land use at all stop the run with the likely cause (a wrong CRS or another area); zones outside the land use are named in a warning.

Other bad input: overlapping land-use polygons stop the run with a list of them and the area covered more than once, unless an overlap rule is chosen; invalid geometries are repaired and counted; an empty layer stops with a message.</source>
            <translation>Beregner arealet av hver arealklasse (arealformål, AR5-arealtype, N50-arealdekke eller et hvilket som helst klassefelt, tall eller tekst) i hver sone, med andelen av sonen og, når et befolkningslag er oppgitt, sonens befolkning og areal per innbygger.

Metode: sammenstillingen («union») av arealbruk og soner som KDDs veileder «Arealregnskap i kommuneplan» (2023, kap. 3) ber om, gjort eksakt: hvert arealbrukspolygon snittes med hver sone det overlapper (shapely/GEOS), og delenes arealer summeres per sone og klasse med korrekt avrundede summer, slik at resultatet ikke avhenger av rekkefølgen på objektene. Hver sone får også en rad «uncovered» for den delen som ikke dekkes av noe arealbrukspolygon (sonen minus unionen av delene), slik at radene i en sone summerer seg til sonens areal. Uten soner er hele laget én sone («all»).

Befolkning: punkter telles i sonen som inneholder dem; polygoner (SSBs 250 m-ruter) deles etter arealandel (arealvekting).

Enheter: areal i m², daa (standard), ha eller km², plant i det projiserte koordinatsystemet (valgfri ellipsoidisk korreksjon for UTM/NTM); share_pct i % av sonens areal; m2_per_inhabitant i m².

Klasser: ethvert felt kan være et klassefelt. Heltall og numerisk tekst ('21', '21.0') er koder og får navn fra kodelisten (koder som ikke står i den, beholdes, får verdien sin som navn og merkes in_code_list = 0); annen tekst (N50s klasse_navn, planleggerens egne klasser) er en egen klasse med verdien som navn. Resultatet har klassen som tekst i 'class' og koden som tall i 'class_code' (tomt for tekstklasser). En tom klasse telles i raden «ingen klasse» (loggen sier hvor mange).

Manglende verdier: en tom (null) eller NaN befolkning regnes som 0 (loggen sier hvor mange); negative, uendelige eller urimelige verdier (over 10 000 000 per objekt) stopper kjøringen med objekt-id-ene. Sone-id-er: en dublett eller en tom id stopper kjøringen med id-ene, med mindre «Slå sammen soner med samme id» er valgt (polygonene deres slås sammen til én sone, logges). Koordinatsystem: alle inndata beregnes i det første inndatalagets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen. Soner eller en befolkning som ikke møter noen arealbruk i det hele tatt, stopper kjøringen med den sannsynlige årsaken (feil koordinatsystem eller et annet område); soner utenfor arealbruken nevnes i en advarsel.

Andre feil i inndata: overlappende arealbrukspolygoner stopper kjøringen med en liste over dem og arealet som dekkes mer enn én gang, med mindre en overlappsregel er valgt; ugyldige geometrier repareres og telles; et tomt lag stopper med en melding.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="141" />
            <source>Ellipsoidal areas</source>
            <translation>Ellipsoidiske arealer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="194" />
            <source>Ellipsoidal areas: Transverse Mercator scale correction (central meridian {}°, k0 {}).</source>
            <translation>Ellipsoidiske arealer: målestokkorreksjon for transversal Mercator (sentralmeridian {}°, k0 {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="302" />
            <source>Field that names each zone in the output; without it the feature id. Ids must be unique and filled in: a duplicate or an empty id stops the run, unless 'Merge zones with the same id' is chosen.</source>
            <translation>Felt som gir hver sone navn i resultatet; uten det objekt-id-en. Id-ene må være unike og fylt ut: en dublett eller en tom id stopper kjøringen, med mindre «Slå sammen soner med samme id» er valgt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="100" />
            <source>Field with the class: whole-number codes (numeric text is accepted) or text, each distinct text a class. Empty values go to the 'no class' row.</source>
            <translation>Felt med klassen: heltallskoder (numerisk tekst godtas) eller tekst, der hver ulik tekst er en klasse. Tomme verdier går til raden «ingen klasse».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="174" />
            <source>Labels from the code list {}.</source>
            <translation>Tekster fra kodelisten {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="90" />
            <source>Land use</source>
            <translation>Arealbruk</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="157" />
            <source>Land-use account</source>
            <translation>Arealregnskap</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Land-use account by zone (arealregnskap)</source>
            <translation>Arealregnskap etter sone</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="169" />
            <source>Land-use pieces by zone</source>
            <translation>Arealbruksbiter etter sone</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Largest class code wins</source>
            <translation>Største klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Lowest value of the priority field wins</source>
            <translation>Laveste verdi i prioritetsfeltet vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="310" />
            <source>Merge zones with the same id</source>
            <translation>Slå sammen soner med samme id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>N50 arealdekke</source>
            <translation>N50 arealdekke</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="171" />
            <source>No code list knows these codes; codes are given without labels.</source>
            <translation>Ingen kodeliste kjenner disse kodene; kodene gis uten tekster.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>None (codes without labels)</source>
            <translation>Ingen (koder uten tekster)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="135" />
            <source>Numeric field with inhabitants; null or NaN counts as 0 (logged); negative or infinite values stop the run.</source>
            <translation>Numerisk felt med innbyggere; tom (null) eller NaN regnes som 0 (logges); negative eller uendelige verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="150" />
            <source>Only for the overlap rule 'lowest value of the priority field wins'.</source>
            <translation>Bare for overlappsregelen «laveste verdi i prioritetsfeltet vinner».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="122" />
            <source>Optional points (addresses) or polygons (SSB 250 m cells) with the number of inhabitants, for area per inhabitant.</source>
            <translation>Valgfrie punkter (adresser) eller polygoner (SSBs 250 m-ruter) med antall innbyggere, for areal per innbygger.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="174" />
            <source>Optional: the intersected polygons (land use x zone) and the uncovered parts, with zone, class and area.</source>
            <translation>Valgfritt: de snittede polygonene (arealbruk × sone) og de udekkede delene, med sone, klasse og areal.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="123" />
            <source>Overlap tolerance (m²)</source>
            <translation>Overlappstoleranse (m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="109" />
            <source>Overlapping polygons</source>
            <translation>Overlappende polygoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="129" />
            <source>Overlaps of at most this area between two polygons are digitising noise (shared edges that differ in the last decimals): they are logged and left as they are. 0 treats every overlap as one.</source>
            <translation>Overlapp på høyst dette arealet mellom to polygoner er digitaliseringsstøy (felles kanter som skiller seg i de siste desimalene): de logges og blir stående. 0 regner ethvert overlapp som overlapp.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="211" />
            <source>POPULATION_FIELD: choose the field with the number of inhabitants.</source>
            <translation>POPULATION_FIELD: velg feltet med antall innbyggere.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="113" />
            <source>Polygons that overlap inside one layer would be counted twice. Default: stop and list the overlapping features and the area covered more than once. Otherwise each overlapped spot is given to one polygon by the chosen rule (ties go to the feature read first).</source>
            <translation>Polygoner som overlapper i samme lag, ville blitt telt to ganger. Standard: stopp og list opp de overlappende objektene og arealet som dekkes mer enn én gang. Ellers gis hvert overlappende område til ett polygon etter valgt regel (ved likhet til objektet som ble lest først).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="110" />
            <source>Polygons to account within (kommune, grunnkretser, tettsted, a grid). Without zones the whole land-use layer is one zone.</source>
            <translation>Polygoner det skal føres regnskap innenfor (kommune, grunnkretser, tettsted, et rutenett). Uten soner er hele arealbrukslaget én sone.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="91" />
            <source>Polygons with a class: arealformål of a plan, AR5 arealtype, N50 arealdekke or any classification (codes or text).</source>
            <translation>Polygoner med en klasse: arealformål i en plan, AR5-arealtype, N50-arealdekke eller en hvilken som helst klassifisering (koder eller tekst).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="118" />
            <source>Population</source>
            <translation>Befolkning</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="130" />
            <source>Population field</source>
            <translation>Befolkningsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="145" />
            <source>Priority field (for overlaps)</source>
            <translation>Prioritetsfelt (for overlapp)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="142" />
            <source>Report areas on the ellipsoid instead of planar areas in the projected CRS. Only for Transverse Mercator CRSs (UTM, NTM): each polygon's planar area is divided by the square of the projection's scale factor at its centroid (Snyder 1987), within about 1e-6 of the geodesic area. In UTM zone 33 planar areas differ from ellipsoidal ones by up to about 0.1 %.</source>
            <translation>Oppgi arealer på ellipsoiden i stedet for plane arealer i det projiserte koordinatsystemet. Bare for transversale Mercator-systemer (UTM, NTM): hvert polygons plane areal deles på kvadratet av projeksjonens målestokkfaktor i sentroiden (Snyder 1987), innen om lag 1e-6 av det geodetiske arealet. I UTM-sone 33 skiller plane arealer seg fra ellipsoidiske med inntil om lag 0,1 %.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>SOSI kommuneplan arealformål</source>
            <translation>SOSI arealformål (kommuneplan)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smaller polygon wins</source>
            <translation>Minste polygon vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smallest class code wins</source>
            <translation>Minste klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Stop with an error listing the overlaps</source>
            <translation>Stopp med en feilmelding som lister opp overlappene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/landuseaccount.py" line="159" />
            <source>Table with one row per zone and class: zone_id, row_type (class, no class, uncovered), class (text), class_code (number), label_nb, label_en, in_code_list, outdated, n_pieces, area, share_pct, zone_area (and population, m2_per_inhabitant).</source>
            <translation>Tabell med én rad per sone og klasse: zone_id, row_type (class, no class, uncovered), class (tekst), class_code (tall), label_nb, label_en, in_code_list, outdated, n_pieces, area, share_pct, zone_area (og population, m2_per_inhabitant).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="74" />
            <source>Unit of the area fields: m², daa (dekar = 1,000 m², the unit of Norwegian plans; default), ha or km².</source>
            <translation>Enhet for arealfeltene: m², daa (dekar = 1 000 m², enheten i norske planer; standard), ha eller km².</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="300" />
            <source>Zone id field</source>
            <translation>Id-felt for soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="294" />
            <source>Zones</source>
            <translation>Soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="312" />
            <source>Zones that share an id (a kommune stored as several features) are dissolved into one zone, and the log says how many. Default: a repeated id stops the run with the ids, so two different zones are never summed by mistake.</source>
            <translation>Soner som deler en id (en kommune lagret som flere objekter), slås sammen til én sone, og loggen sier hvor mange. Standard: en gjentatt id stopper kjøringen med id-ene, slik at to ulike soner aldri summeres ved en feil.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>arealregnskap, land use, land cover, arealbruk, arealdekke, AR5, N50, area by class, zonal statistics, union, overlay</source>
            <translation>arealregnskap, arealbruk, land use, arealdekke, land cover, AR5, N50, areal etter klasse, sonestatistikk, union, sammenstilling</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>daa (dekar, 1,000 m²)</source>
            <translation>daa (dekar, 1 000 m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>km²</source>
            <translation>km²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>m²</source>
            <translation>m²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="181" />
            <source>{} code(s) are not in {}: {}; they are kept and flagged (in_code_list = 0).</source>
            <translation>{} kode(r) står ikke i {}: {}; de beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="259" />
            <source>{}: the overlap rule 'priority field' needs a priority field.</source>
            <translation>{}: overlappsregelen «prioritetsfelt» trenger et prioritetsfelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="355" />
            <source>{}: {} id(s) occur on more than one feature ({} features); each id's features were merged into one zone: {} zone(s) in all.</source>
            <translation>{}: {} id-er finnes på mer enn ett objekt ({} objekter); objektene til hver id er slått sammen til én sone: {} soner i alt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="261" />
            <source>{}: {} polygon(s) read.</source>
            <translation>{}: {} polygon(er) lest.</translation>
        </message>
    </context>
    <context>
        <name>LocationAllocation</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="543" />
            <source> within T = {:g} {}</source>
            <translation> innenfor T = {:g} {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="284" />
            <source>A straight line from each allocated demand feature to its site.</source>
            <translation>En rett linje fra hver fordelt etterspørsel til stedet sitt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="279" />
            <source>Allocation lines</source>
            <translation>Fordelingslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="443" />
            <source>CAPACITY_FIELD: the capacitated p-median needs a capacity field.</source>
            <translation>CAPACITY_FIELD: kapasitetsbegrenset p-median trenger et kapasitetsfelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="155" />
            <source>Candidate id field</source>
            <translation>Id-felt for kandidater</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="147" />
            <source>Candidate sites (points)</source>
            <translation>Kandidatsteder (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="199" />
            <source>Capacitated p-median (needs the capacity field)</source>
            <translation>Kapasitetsbegrenset p-median (trenger kapasitetsfeltet)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="168" />
            <source>Capacity field</source>
            <translation>Kapasitetsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Chooses P of the candidate sites (e.g. office hubs, kontorfellesskap, in the town and village centres) and allocates the demand (employees by residence, inhabitants) to them on network costs, or on an OD cost table from 'Origin-destination cost matrix'.

Problems: p-median, the least total weighted cost (ReVelle &amp; Swain 1970); maximal coverage (MCLP), the most weight within T (Church &amp; ReVelle 1974); set covering (LSCP), the fewest sites that cover all demand within T (Toregas et al. 1971); p-center, the least largest cost (Hakimi 1965); capacitated p-median, the p-median where each site serves at most its capacity (a demand node may then be shared).

Method: the cost from demand to candidates (network Dijkstra, or the OD table; a missing pair means no path). MCLP and LSCP search to T. The p-median, p-center and capacitated p-median search each candidate only to a limit (from a straight-line start), solve with the costs beyond it set to the limit (a lower bound), and search further only from the sites where the solution met a limit; the log lists the rounds. The result is that of the full cost matrix. The model is reduced: pairs beyond T are not allowed, demand with the same costs (e.g. cells attached at one node) is one node, candidates that reach no demand are removed, demand with zero weight is allocated after solving. Exact mixed-integer programmes are solved by HiGHS (scipy.optimize.milp) within TIME_LIMIT; for a p-median too large for it, a greedy start with vertex substitution (Teitz &amp; Bart 1968) and a Lagrangian lower bound. The gap is (solution - bound) / solution; 0 = proven optimal.

Outputs: OUTPUT_FACILITIES, the chosen sites with the weight allocated, n_demand, mean and max cost; OUTPUT_DEMAND, each demand with facility_id (the cheapest chosen site within T; none beyond T), cost, covered; OUTPUT_LINES (optional), demand to facility lines; OUTPUT_SUMMARY, the objective, bound, gap, solver status, coverage share and counts.

Bad input: P larger than the candidates that reach any demand, or smaller than the required sites, stops the run; so does demand that no candidate reaches, and capacities that cannot hold the demand (the log says by how much). Demand beyond every candidate's reach is left out and counted. A time limit reached returns the best solution found with its gap, and says so.

Missing values: a null or NaN weight or capacity counts as 0 (the log says how many); negative, infinite or absurd (above 10 million) values stop the run. Duplicate or missing demand or candidate ids stop the run. CRS: all inputs are computed in the network's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Velger P av kandidatstedene (f.eks. kontorfellesskap i by- og bygdesentrene) og fordeler etterspørselen (sysselsatte etter bosted, innbyggere) på dem etter kostnad på vegnettet, eller etter en OD-kostnadstabell fra «Origin-destination cost matrix».

Problemer: p-median, lavest samlet vektet kostnad (ReVelle &amp; Swain 1970); maksimal dekning (MCLP), mest vekt innenfor T (Church &amp; ReVelle 1974); settdekning (LSCP), færrest steder som dekker all etterspørsel innenfor T (Toregas mfl. 1971); p-senter, lavest største kostnad (Hakimi 1965); kapasitetsbegrenset p-median, p-median der hvert sted betjener høyst sin kapasitet (en etterspørselsnode kan da deles).

Metode: kostnaden fra etterspørsel til kandidater (Dijkstra på vegnettet, eller OD-tabellen; et par som mangler har ingen veg). MCLP og LSCP søker til T. P-median, p-senter og kapasitetsbegrenset p-median søker fra hver kandidat bare til en grense (fra en start i rette linjer), løser med kostnadene utover den satt lik grensen (en nedre grense), og søker videre bare fra stedene der løsningen traff en grense; loggen lister rundene. Resultatet er det samme som med hele kostnadsmatrisen. Modellen reduseres: par utover T er ikke tillatt, etterspørsel med samme kostnader (f.eks. celler festet i samme node) blir én node, kandidater som ikke når noen etterspørsel fjernes, etterspørsel med vekt 0 fordeles etter løsningen. Eksakte blandede heltallsprogrammer løses av HiGHS (scipy.optimize.milp) innenfor TIME_LIMIT; for en p-median som er for stor for det, en grådig start med toppunktsbytte (Teitz &amp; Bart 1968) og en lagrangesk nedre grense. Gapet er (løsning - grense) / løsning; 0 = bevist optimal.

Resultater: OUTPUT_FACILITIES, de valgte stedene med fordelt vekt, n_demand, middel- og største kostnad; OUTPUT_DEMAND, hver etterspørsel med facility_id (det billigste valgte stedet innenfor T; ingen utover T), cost, covered; OUTPUT_LINES (valgfritt), linjer fra etterspørsel til sted; OUTPUT_SUMMARY, målverdi, grense, gap, løserstatus, dekningsandel og antall.

Feil i inndata: P større enn antallet kandidater som når noen etterspørsel, eller mindre enn antallet påkrevde steder, stopper kjøringen; det samme gjør etterspørsel som ingen kandidat når, og kapasiteter som ikke rommer etterspørselen (loggen sier hvor mye som mangler). Etterspørsel utenfor rekkevidden til alle kandidater holdes utenfor og telles. Når tidsgrensen nås, returneres den beste løsningen som er funnet, med gapet, og loggen sier fra.

Manglende verdier: en null- eller NaN-vekt eller -kapasitet teller som 0 (loggen sier hvor mange); negative, uendelige eller urimelige (over 10 millioner) verdier stopper kjøringen. Dupliserte eller manglende id-er for etterspørsel eller kandidater stopper kjøringen. CRS: alle inndata beregnes i vegnettets projiserte CRS, eller UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten CRS stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="263" />
            <source>Chosen sites</source>
            <translation>Valgte steder</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="219" />
            <source>Cost cut-off T (0 = none)</source>
            <translation>Kostnadsgrense T (0 = ingen)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="112" />
            <source>Demand</source>
            <translation>Etterspørsel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="121" />
            <source>Demand id field</source>
            <translation>Id-felt for etterspørsel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="270" />
            <source>Demand with its site</source>
            <translation>Etterspørsel med sitt sted</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="274" />
            <source>Each demand feature with facility_id (none beyond T), cost and covered.</source>
            <translation>Hver etterspørsel med facility_id (ingen utover T), cost og covered.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="138" />
            <source>Employees by residence, inhabitants (e.g. state_employees, pop_tot); without it each feature weighs 1. Null or NaN counts as 0 (logged); negative or infinite values stop the run.</source>
            <translation>Sysselsatte etter bosted, innbyggere (f.eks. state_employees, pop_tot); uten det veier hvert objekt 1. Null eller NaN teller som 0 (logges); negative eller uendelige verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="125" />
            <source>Field naming each demand feature (with OD_TABLE: the table's origin_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hver etterspørsel (med OD_TABLE: tabellens origin_id); uten det brukes objekt-id-en. Dupliserte eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="159" />
            <source>Field naming each site in the outputs (with OD_TABLE: the table's destination_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert sted i resultatene (med OD_TABLE: tabellens destination_id); uten det brukes objekt-id-en. Dupliserte eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="299" />
            <source>Give NETWORK (a road network) or OD_TABLE (the output of 'Origin-destination cost matrix').</source>
            <translation>Gi NETWORK (et vegnett) eller OD_TABLE (resultatet av «Origin-destination cost matrix»).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="214" />
            <source>How many sites (1-10 000), required ones included; not used by LSCP.</source>
            <translation>Hvor mange steder (1-10 000), påkrevde medregnet; brukes ikke av LSCP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Location-allocation (hubs, services)</source>
            <translation>Lokalisering og allokering (knutepunkt, tjenester)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="196" />
            <source>Maximal coverage (MCLP): most weight within T</source>
            <translation>Maksimal dekning (MCLP): mest vekt innenfor T</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="225" />
            <source>Minutes or metres. MCLP and LSCP: demand within T is covered (needed). p-median, p-center, capacitated: demand may only be served within T (0 = any cost); it also shortens the network searches.</source>
            <translation>Minutter eller meter. MCLP og LSCP: etterspørsel innenfor T er dekket (påkrevd). p-median, p-senter, kapasitetsbegrenset: etterspørsel kan bare betjenes innenfor T (0 = enhver kostnad); det korter også søkene i vegnettet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="551" />
            <source>Model: {:,} demand node(s) from {:,} features, {:,} candidate(s).</source>
            <translation>Modell: {:,} etterspørselsnode(r) fra {:,} objekter, {:,} kandidat(er).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="173" />
            <source>Most weight a site can serve (workplaces); used by the capacitated p-median. Null counts as 0 (logged).</source>
            <translation>Mest vekt et sted kan betjene (arbeidsplasser); brukes av kapasitetsbegrenset p-median. Null teller som 0 (logges).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="490" />
            <source>Not proven optimal ({}): the best solution found is returned; it is at most {:.2%} from the optimum (gap to the bound {:g}). Raise TIME_LIMIT for a smaller gap.</source>
            <translation>Ikke bevist optimal ({}): den beste løsningen som er funnet returneres; den er høyst {:.2%} fra optimum (gap til grensen {:g}). Øk TIME_LIMIT for et mindre gap.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="208" />
            <source>Number of sites to choose (P)</source>
            <translation>Antall steder som skal velges (P)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="248" />
            <source>OD cost table instead of the network (optional)</source>
            <translation>OD-kostnadstabell i stedet for vegnettet (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="309" />
            <source>OD_TABLE is given: NETWORK is not used.</source>
            <translation>OD_TABLE er gitt: NETWORK brukes ikke.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="357" />
            <source>OD_TABLE: field(s) {} not found; the table must be the output of 'Origin-destination cost matrix' (origin_id, destination_id, cost). It has: {}.</source>
            <translation>OD_TABLE: felt {} finnes ikke; tabellen må være resultatet av «Origin-destination cost matrix» (origin_id, destination_id, cost). Den har: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="390" />
            <source>OD_TABLE: no row matches a DEMAND id and a CANDIDATES id; choose the id fields the table was made with (DEMAND_ID_FIELD, CANDIDATE_ID_FIELD).</source>
            <translation>OD_TABLE: ingen rad passer med en DEMAND-id og en CANDIDATES-id; velg id-feltene tabellen ble laget med (DEMAND_ID_FIELD, CANDIDATE_ID_FIELD).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="369" />
            <source>OD_TABLE: the costs are in more than one unit ({}).</source>
            <translation>OD_TABLE: kostnadene er i mer enn én enhet ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="383" />
            <source>OD_TABLE: {} row(s) name an origin that is not a DEMAND id and {} a destination that is not a CANDIDATES id; they are left out.</source>
            <translation>OD_TABLE: {} rad(er) har et opphav som ikke er en DEMAND-id og {} et mål som ikke er en CANDIDATES-id; de holdes utenfor.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="290" />
            <source>Objective, bound, gap, solver status, coverage share and counts.</source>
            <translation>Målverdi, grense, gap, løserstatus, dekningsandel og antall.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="453" />
            <source>P = {} is less than the {} required site(s) ({}); raise P or clear some required flags.</source>
            <translation>P = {} er færre enn de {} påkrevde stedene ({}); øk P eller fjern noen påkrevd-merker.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="447" />
            <source>P = {} is more than the {} candidate site(s); lower P.</source>
            <translation>P = {} er flere enn de {} kandidatstedene; senk P.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="193" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="181" />
            <source>Required flag field</source>
            <translation>Felt for påkrevd</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="517" />
            <source>Search round {} of {}: {:,} site(s) searched {}; {}.</source>
            <translation>Søkerunde {} av {}: {:,} sted(er) søkt {}; {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="197" />
            <source>Set covering (LSCP): fewest sites covering all within T</source>
            <translation>Settdekning (LSCP): færrest steder som dekker alle innenfor T</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="185" />
            <source>Sites that must be chosen (existing hubs): 1/true/yes/ja; 0/false/no/nei or null are free. Other values stop the run.</source>
            <translation>Steder som må velges (eksisterende knutepunkt): 1/true/yes/ja; 0/false/no/nei eller null er frie. Andre verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="234" />
            <source>Solver time limit (seconds)</source>
            <translation>Tidsgrense for løseren (sekunder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="288" />
            <source>Summary</source>
            <translation>Sammendrag</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="440" />
            <source>T: the covering problems need a cost cut-off above 0.</source>
            <translation>T: dekningsproblemene trenger en kostnadsgrense over 0.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="265" />
            <source>The chosen sites with weight, n_demand, mean_cost and max_cost.</source>
            <translation>De valgte stedene med weight, n_demand, mean_cost og max_cost.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="252" />
            <source>The output of 'Origin-destination cost matrix' (origin_id = demand id, destination_id = candidate id, cost); a pair not in the table has no path. When given, NETWORK is not used.</source>
            <translation>Resultatet av «Origin-destination cost matrix» (origin_id = etterspørsels-id, destination_id = kandidat-id, cost); et par som ikke står i tabellen har ingen veg. Når den er gitt, brukes ikke NETWORK.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="150" />
            <source>The sites to choose from (town and village centres, existing offices).</source>
            <translation>Stedene det kan velges blant (by- og bygdesentre, eksisterende kontorer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="133" />
            <source>Weight field</source>
            <translation>Vektfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="240" />
            <source>When it is reached, the best solution found is returned with its gap and a warning.</source>
            <translation>Når den nås, returneres den beste løsningen som er funnet, med gapet og en advarsel.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="113" />
            <source>Where the demand lives: SSB 250 m cells, addresses or grunnkretser; a polygon counts by a point inside it.</source>
            <translation>Hvor etterspørselen bor: SSB 250 m-celler, adresser eller grunnkretser; et polygon teller ved et punkt inne i det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="203" />
            <source>Which question to answer; see the help for the formulations.</source>
            <translation>Hvilket spørsmål som skal besvares; se hjelpen for formuleringene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>location-allocation, lokalisering, p-median, maximal coverage, MCLP, set covering, LSCP, p-center, kontorfellesskap, office hub, facility location, network, vegnett</source>
            <translation>lokalisering-allokering, lokalisering, p-median, maksimal dekning, MCLP, settdekning, LSCP, p-senter, kontorfellesskap, kontorknutepunkt, plassering av tjenester, nettverk, vegnett</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="198" />
            <source>p-center: least largest cost</source>
            <translation>p-senter: lavest største kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="195" />
            <source>p-median: least total weighted cost</source>
            <translation>p-median: lavest samlet vektet kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="522" />
            <source>the solution is exact</source>
            <translation>løsningen er eksakt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="395" />
            <source>the table's unit</source>
            <translation>tabellens enhet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="513" />
            <source>to {:,.4g} {} (median {:,.4g})</source>
            <translation>til {:,.4g} {} (median {:,.4g})</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="524" />
            <source>truncation touched the solution, those sites search further</source>
            <translation>avkortingen berørte løsningen, de stedene søker videre</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="515" />
            <source>without a limit</source>
            <translation>uten grense</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="536" />
            <source>{:,} demand feature(s) with weight {:,.0f} of {:,.0f} reach no candidate{}; they are left out of the model.</source>
            <translation>{:,} etterspørselsobjekt(er) med vekt {:,.0f} av {:,.0f} når ingen kandidat{}; de holdes utenfor modellen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="405" />
            <source>{:,} demand features x {:,} candidates is more than {:,} pairs; aggregate the demand (e.g. to 250 m cells) or use fewer candidates.</source>
            <translation>{:,} etterspørselsobjekter x {:,} kandidater er mer enn {:,} par; slå sammen etterspørselen (f.eks. til 250 m-celler) eller bruk færre kandidater.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="528" />
            <source>{:,} single-site network search(es) and {:,} multi-site one(s) in all.</source>
            <translation>{:,} nettsøk fra ett sted og {:,} fra flere steder i alt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="548" />
            <source>{} candidate(s) reach no demand and are left out.</source>
            <translation>{} kandidat(er) når ingen etterspørsel og holdes utenfor.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/locationallocation.py" line="636" />
            <source>{}: {} site(s) chosen ({}); objective {:,.6g}, coverage {:.1%}, gap {:.2%}, {} in {:.1f} s ({}).</source>
            <translation>{}: {} sted(er) valgt ({}); målverdi {:,.6g}, dekning {:.1%}, gap {:.2%}, {} på {:.1f} s ({}).</translation>
        </message>
    </context>
    <context>
        <name>OdMatrix</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="134" />
            <source>Add straight lines</source>
            <translation>Legg til rette linjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="100" />
            <source>Destination id field</source>
            <translation>Id-felt for målpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="94" />
            <source>Destinations</source>
            <translation>Mål</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="104" />
            <source>Field naming each destination; without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert mål; uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="88" />
            <source>Field naming each origin; without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert startpunkt; uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="119" />
            <source>Keep only the K cheapest destinations of each origin; 0 keeps all.</source>
            <translation>Behold bare de K billigste målene for hvert startpunkt; 0 beholder alle.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="124" />
            <source>Largest cost (0 = no limit)</source>
            <translation>Største kostnad (0 = ingen grense)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="130" />
            <source>Leave out pairs that cost more (minutes or metres); 0 = no limit.</source>
            <translation>Utelat par som koster mer (minutter eller meter); 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="113" />
            <source>Nearest destinations per origin (0 = all)</source>
            <translation>Nærmeste mål per startpunkt (0 = alle)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="143" />
            <source>OD matrix</source>
            <translation>OD-matrise</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>OD matrix, origin destination, cost matrix, reisetid, avstand, network, vegnett, nearest, K nearest, accessibility, tilgjengelighet</source>
            <translation>OD-matrise, start og mål, kostnadsmatrise, reisetid, avstand, nettverk, vegnett, nærmeste, K nærmeste, tilgjengelighet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="84" />
            <source>Origin id field</source>
            <translation>Id-felt for startpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Origin-destination cost matrix (network)</source>
            <translation>Kostnadsmatrise start–mål (vegnett)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="75" />
            <source>Origins</source>
            <translation>Startpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>The network cost from each origin to each destination, as a long table (one row per pair), optionally only the K cheapest destinations per origin and only pairs within MAX_COST, and optionally as straight lines from origin to destination.

Method: origins and destinations are attached to the nearest link at their projected positions (polygons by a point inside them); the straight legs to the network cost their length, or minutes at the speed off the network, at both ends. Dijkstra's algorithm (Dijkstra 1959; scipy.sparse.csgraph) runs once per point of the smaller side: from each origin, or from each destination on the reversed network, which gives the same costs on one-way links.

Output: origin_id, destination_id, cost (minutes for travel time, metres for distance), rank (1 = cheapest destination of that origin; ties by destination order), straight_m (straight distance). Pairs without a path are left out.

Bad input: points farther than MAX_SNAP from the network are left out and reported, with how far they lie outside the network's extent; the run stops when no origin or no destination reaches the network, or all lie 50 km or more from it (a CRS or extent mistake). Origins in a part of the network without destinations are counted in the log. Zero-length and degenerate links are dropped (counted). A table of more than 5 million rows without K or MAX_COST stops the run with advice.

Ids: duplicate or missing origin or destination ids stop the run. CRS: all inputs are computed in the network's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Nettkostnaden fra hvert startpunkt til hvert mål, som en lang tabell (én rad per par), eventuelt bare de K billigste målene per startpunkt og bare par innenfor MAX_COST, og eventuelt som rette linjer fra start til mål.

Metode: startpunkter og mål knyttes til nærmeste lenke i sin projiserte posisjon (polygoner ved et punkt inne i dem); de rette stykkene til nettet koster lengden sin, eller minutter med farten utenfor nettet, i begge ender. Dijkstras algoritme (Dijkstra 1959; scipy.sparse.csgraph) kjøres én gang per punkt på den minste siden: fra hvert startpunkt, eller fra hvert mål på det reverserte nettet, som gir de samme kostnadene på enveislenker.

Resultat: origin_id, destination_id, cost (minutter for reisetid, meter for avstand), rank (1 = billigste mål for det startpunktet; likhet etter målets rekkefølge), straight_m (luftlinjeavstand). Par uten vei utelates.

Feil i inndata: punkter lenger unna nettet enn MAX_SNAP utelates og rapporteres, med hvor langt utenfor nettets utstrekning de ligger; kjøringen stopper når ingen startpunkter eller ingen mål når nettet, eller alle ligger 50 km eller mer fra det (en feil i koordinatsystem eller utstrekning). Startpunkter i en del av nettet uten mål telles i loggen. Lenker med null lengde og degenererte lenker fjernes (telles). En tabell med mer enn 5 millioner rader uten K eller MAX_COST stopper kjøringen med råd.

Id-er: like eller manglende id-er for startpunkter eller mål stopper kjøringen. Koordinatsystem: alle inndata beregnes i vegnettets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="95" />
            <source>Where trips end (centres, schools, stations).</source>
            <translation>Der turene ender (sentre, skoler, stasjoner).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="76" />
            <source>Where trips start (homes, population cells); a polygon counts by a point inside it.</source>
            <translation>Der turene starter (boliger, befolkningsruter); et polygon telles ved et punkt inne i det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="136" />
            <source>Write each pair as a straight line from origin to destination (for maps); otherwise a table without geometry.</source>
            <translation>Skriv hvert par som en rett linje fra start til mål (for kart); ellers en tabell uten geometri.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="145" />
            <source>origin_id, destination_id, cost, rank, straight_m.</source>
            <translation>origin_id, destination_id, cost, rank, straight_m.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="215" />
            <source>{:,} origin-destination pairs written.</source>
            <translation>{:,} start–mål-par skrevet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="164" />
            <source>{:,} origins x {:,} destinations would give {:,} rows; set K (nearest destinations) or MAX_COST to keep the table manageable.</source>
            <translation>{:,} startpunkter x {:,} mål ville gi {:,} rader; angi K (nærmeste mål) eller MAX_COST for å holde tabellen håndterlig.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/odmatrix.py" line="214" />
            <source>{} origin(s) reach no destination.</source>
            <translation>{} startpunkt(er) når ikke noe mål.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
    </context>
    <context>
        <name>PlanChange</name>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="148" />
            <source>A row per old class, a to_&lt;class&gt; column per new class, with totals and net change per class.</source>
            <translation>Én rad per gammel klasse, én to_&lt;klasse&gt;-kolonne per ny klasse, med summer og nettoendring per klasse.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="180" />
            <source>AR5 arealressurskart (or another land cover with AR5 arealtype codes: 11 bebygd, 12 samferdsel, 21 fulldyrka, 22 overflatedyrka, 23 innmarksbeite, 30 skog, 50 åpen fastmark, 60 myr, 81 ferskvann, 82 hav).</source>
            <translation>AR5 arealressurskart (eller et annet arealdekke med AR5-arealtypekoder: 11 bebygd, 12 samferdsel, 21 fulldyrka, 22 overflatedyrka, 23 innmarksbeite, 30 skog, 50 åpen fastmark, 60 myr, 81 ferskvann, 82 hav).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>AR5 arealtype</source>
            <translation>AR5 arealtype</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>Area unit</source>
            <translation>Arealenhet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>Automatic (the list that knows most codes)</source>
            <translation>Automatisk (listen som kjenner flest koder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="156" />
            <source>Change matrix (long)</source>
            <translation>Endringsmatrise (lang)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="146" />
            <source>Change matrix (old by new)</source>
            <translation>Endringsmatrise (gammel mot ny)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="165" />
            <source>Changed areas</source>
            <translation>Endrede arealer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="270" />
            <source>Changed: {:.1f} m²; new development: {:.1f} m² (in the shore zone {:.1f} m²); returned from development: {:.1f} m².</source>
            <translation>Endret: {:.1f} m²; nytt utbyggingsareal: {:.1f} m² (i strandsonen {:.1f} m²); tilbakeført fra utbygging: {:.1f} m².</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="86" />
            <source>Code list for labels</source>
            <translation>Kodeliste for tekster</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="90" />
            <source>Code list that gives labels (bokmål and English) beside the codes: SOSI arealformål (kommuneplan), AR5 arealtype or N50 arealdekke, from the plugin's resources/codes folder. Automatic picks the list that contains most of the layer's distinct codes. Codes that are not in the list are kept and flagged (in_code_list = 0).</source>
            <translation>Kodelisten som gir tekster (bokmål og engelsk) ved siden av kodene: SOSI-arealformål (kommuneplan), AR5-arealtype eller N50-arealdekke, fra programtilleggets mappe resources/codes. Automatisk velger listen som inneholder flest av lagets ulike koder. Koder som ikke står i listen, beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="130" />
            <source>Compare purposes by</source>
            <translation>Sammenlign formål etter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Compares the current kommuneplan (OLD_PLAN) with the proposal (NEW_PLAN): how much land goes from each arealformål to each other, the net change per purpose, the changed areas, and how much newly designated development land lies on farmland, forest, bog, open land and in the shore zone.

Method (KDD, 'Arealregnskap i kommuneplan', December 2023, ch. 5: total change in arealformål, old plan against proposal, and land qualities that would be built on): union overlay of the two plans (land covered by only one plan is 'outside the plan' in the other). The matrix compares classes at the chosen GROUPING: SOSI code, hovedformål 1-6 (pbl § 11-7), or development versus not (development code table). The conversion table always uses the development flag: new development = not development (or outside the old plan) in the old plan and development in the new one; it is split by AR5 class (21 fulldyrka + 22 overflatedyrka = cultivated, + 23 innmarksbeite = agricultural, 30 skog, 50 åpen fastmark, 60 myr, ...) and flags the shore zone (within SHORE_WIDTH of SHORE, pbl § 1-8). Land returned from development to other purposes is listed below it. Changes are computed on the whole plans before any built land is removed, so land returned from development to green structure is not lost (already built land shows as AR5 11/12).

Outputs: the matrix (a row per old class with old_total, new_total, net_change = new minus old, and to_&lt;class&gt; columns; 'outside' = outside the plan, 'none' = no class; a Sum row); optionally the long form (old, new, area); the changed polygons (old and new code, labels, development flags, change type, area); and the conversion table. Areas in the chosen unit (daa by default), planar in the projected CRS (ellipsoidal as an option).

Classes: whole numbers and numeric text are SOSI codes (codes not in the SOSI list are kept, labelled with their value and flagged); a text purpose is a class of its own at the SOSI level, labelled with its value, and counts as not development (logged). The outputs carry the class as text (class, old_class, new_class) beside the numeric key and code columns (empty for text classes). A null or blank purpose forms a 'no class' row (counted).

CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run. Plans that do not overlap anywhere, or a land cover away from the proposal, stop the run with the likely cause (a wrong CRS or another area); shore lines away from the plan are warned of.

Other bad input: overlapping polygons inside a plan stop the run with a list unless an overlap rule is chosen; invalid geometries are repaired and counted; empty layers stop with a message.</source>
            <translation>Sammenligner gjeldende kommuneplan (OLD_PLAN) med forslaget (NEW_PLAN): hvor mye areal som går fra hvert arealformål til hvert annet, nettoendringen per formål, de endrede arealene, og hvor mye nytt utbyggingsareal som ligger på jordbruksareal, skog, myr, åpen fastmark og i strandsonen.

Metode (KDD, «Arealregnskap i kommuneplan», desember 2023, kap. 5: samlet endring i arealformål, gammel plan mot forslag, og arealkvaliteter som vil bli bygd ned): sammenstilling (union) av de to planene (areal som bare dekkes av én plan, er «utenfor planen» i den andre). Matrisen sammenligner klasser på valgt nivå (GROUPING): SOSI-kode, hovedformål 1–6 (pbl § 11-7), eller utbygging mot ikke utbygging (kodetabellen for utbygging). Omdisponeringstabellen bruker alltid utbyggingsflagget: nytt utbyggingsareal = ikke utbygging (eller utenfor den gamle planen) i den gamle planen og utbygging i den nye; det deles etter AR5-klasse (21 fulldyrka + 22 overflatedyrka = dyrka mark, + 23 innmarksbeite = jordbruksareal, 30 skog, 50 åpen fastmark, 60 myr, …) og merker strandsonen (innenfor SHORE_WIDTH fra SHORE, pbl § 1-8). Areal som tilbakeføres fra utbygging til andre formål, listes under. Endringene beregnes på hele planene før bebygd areal fjernes, slik at areal som tilbakeføres fra utbygging til grønnstruktur, ikke går tapt (allerede bebygd areal vises som AR5 11/12).

Resultater: matrisen (én rad per gammel klasse med old_total, new_total, net_change = ny minus gammel, og to_&lt;klasse&gt;-kolonner; «outside» = utenfor planen, «none» = ingen klasse; en sumrad); valgfritt den lange formen (gammel, ny, areal); de endrede polygonene (gammel og ny kode, tekster, utbyggingsflagg, endringstype, areal); og omdisponeringstabellen. Arealer i valgt enhet (daa som standard), plane i det projiserte koordinatsystemet (ellipsoidiske som valg).

Klasser: heltall og numerisk tekst er SOSI-koder (koder som ikke står i SOSI-listen, beholdes, får verdien sin som navn og merkes); et tekstformål er en egen klasse på SOSI-nivå med verdien som navn, og regnes ikke som utbygging (logges). Resultatene har klassen som tekst (class, old_class, new_class) ved siden av de numeriske nøkkel- og kodekolonnene (tomme for tekstklasser). Et tomt formål danner en rad «ingen klasse» (telles).

Koordinatsystem: alle inndata beregnes i det første inndatalagets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen. Planer som ikke overlapper noe sted, eller et arealdekke borte fra planforslaget, stopper kjøringen med den sannsynlige årsaken (feil koordinatsystem eller et annet område); strandlinjer borte fra planen gir en advarsel.

Andre feil i inndata: overlappende polygoner i en plan stopper kjøringen med en liste, med mindre en overlappsregel er valgt; ugyldige geometrier repareres og telles; tomme lag stopper med en melding.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="177" />
            <source>Conversion of land (omdisponering)</source>
            <translation>Omdisponering av areal</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="111" />
            <source>Current plan (gjeldende kommuneplan)</source>
            <translation>Gjeldende kommuneplan</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="48" />
            <source>Development code table (CSV)</source>
            <translation>Kodetabell for utbygging (CSV)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="70" />
            <source>Development code table: {}</source>
            <translation>Kodetabell for utbygging: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="131" />
            <source>Development versus not</source>
            <translation>Utbygging eller ikke</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="141" />
            <source>Ellipsoidal areas</source>
            <translation>Ellipsoidiske arealer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="194" />
            <source>Ellipsoidal areas: Transverse Mercator scale correction (central meridian {}°, k0 {}).</source>
            <translation>Ellipsoidiske arealer: målestokkorreksjon for transversal Mercator (sentralmeridian {}°, k0 {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="302" />
            <source>Field that names each zone in the output; without it the feature id. Ids must be unique and filled in: a duplicate or an empty id stops the run, unless 'Merge zones with the same id' is chosen.</source>
            <translation>Felt som gir hver sone navn i resultatet; uten det objekt-id-en. Id-ene må være unike og fylt ut: en dublett eller en tom id stopper kjøringen, med mindre «Slå sammen soner med samme id» er valgt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="193" />
            <source>Field with the AR5 arealtype code (whole numbers; numeric text is accepted). Other values count as no AR5 class (ar5_none).</source>
            <translation>Felt med AR5-arealtypekoden (heltall; numerisk tekst godtas). Andre verdier regnes som uten AR5-klasse (ar5_none).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="119" />
            <source>Field with the SOSI arealformål code (e.g. 1110, 5100; numeric text is accepted). A text purpose is a class of its own in the matrix (at the SOSI level), labelled with its value, and counts as not development.</source>
            <translation>Felt med SOSI-arealformålskoden (f.eks. 1110, 5100; numerisk tekst godtas). Et tekstformål er en egen klasse i matrisen (på SOSI-nivå) med verdien som navn, og regnes ikke som utbygging.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="131" />
            <source>Hovedformål 1-6 (pbl § 11-7)</source>
            <translation>Hovedformål 1–6 (pbl § 11-7)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="221" />
            <source>LANDCOVER is given without LANDCOVER_FIELD; choose the AR5 arealtype field.</source>
            <translation>LANDCOVER er oppgitt uten LANDCOVER_FIELD; velg feltet med AR5-arealtype.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="174" />
            <source>Labels from the code list {}.</source>
            <translation>Tekster fra kodelisten {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="178" />
            <source>Land cover (AR5)</source>
            <translation>Arealdekke (AR5)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="189" />
            <source>Land cover class field (arealtype)</source>
            <translation>Felt med arealdekkeklasse (arealtype)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Largest class code wins</source>
            <translation>Største klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="134" />
            <source>Level of the matrix and of the changed polygons: the SOSI code, the hovedformål (1 bebyggelse og anlegg ... 6 sjø og vassdrag), or development versus not (development code table).</source>
            <translation>Nivået for matrisen og de endrede polygonene: SOSI-koden, hovedformålet (1 bebyggelse og anlegg … 6 sjø og vassdrag), eller utbygging mot ikke utbygging (kodetabellen for utbygging).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Lowest value of the priority field wins</source>
            <translation>Laveste verdi i prioritetsfeltet vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="310" />
            <source>Merge zones with the same id</source>
            <translation>Slå sammen soner med samme id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>N50 arealdekke</source>
            <translation>N50 arealdekke</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="180" />
            <source>New development land by new class and AR5 class, with the shore zone; below it, land returned from development.</source>
            <translation>Nytt utbyggingsareal etter ny klasse og AR5-klasse, med strandsonen; under det areal som tilbakeføres fra utbygging.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="171" />
            <source>No code list knows these codes; codes are given without labels.</source>
            <translation>Ingen kodeliste kjenner disse kodene; kodene gis uten tekster.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>None (codes without labels)</source>
            <translation>Ingen (koder uten tekster)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="160" />
            <source>One row per old and new class with the area.</source>
            <translation>Én rad per gammel og ny klasse med arealet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="123" />
            <source>Overlap tolerance (m²)</source>
            <translation>Overlappstoleranse (m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="109" />
            <source>Overlapping polygons</source>
            <translation>Overlappende polygoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="129" />
            <source>Overlaps of at most this area between two polygons are digitising noise (shared edges that differ in the last decimals): they are logged and left as they are. 0 treats every overlap as one.</source>
            <translation>Overlapp på høyst dette arealet mellom to polygoner er digitaliseringsstøy (felles kanter som skiller seg i de siste desimalene): de logges og blir stående. 0 regner ethvert overlapp som overlapp.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Plan change and conversion (endring i arealformål, omdisponering)</source>
            <translation>Endring i arealformål og omdisponering</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="113" />
            <source>Polygons that overlap inside one layer would be counted twice. Default: stop and list the overlapping features and the area covered more than once. Otherwise each overlapped spot is given to one polygon by the chosen rule (ties go to the feature read first).</source>
            <translation>Polygoner som overlapper i samme lag, ville blitt telt to ganger. Standard: stopp og list opp de overlappende objektene og arealet som dekkes mer enn én gang. Ellers gis hvert overlappende område til ett polygon etter valgt regel (ved likhet til objektet som ble lest først).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="111" />
            <source>Proposed plan (planforslag)</source>
            <translation>Planforslag</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="142" />
            <source>Report areas on the ellipsoid instead of planar areas in the projected CRS. Only for Transverse Mercator CRSs (UTM, NTM): each polygon's planar area is divided by the square of the projection's scale factor at its centroid (Snyder 1987), within about 1e-6 of the geodesic area. In UTM zone 33 planar areas differ from ellipsoidal ones by up to about 0.1 %.</source>
            <translation>Oppgi arealer på ellipsoiden i stedet for plane arealer i det projiserte koordinatsystemet. Bare for transversale Mercator-systemer (UTM, NTM): hvert polygons plane areal deles på kvadratet av projeksjonens målestokkfaktor i sentroiden (Snyder 1987), innen om lag 1e-6 av det geodetiske arealet. I UTM-sone 33 skiller plane arealer seg fra ellipsoidiske med inntil om lag 0,1 %.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="131" />
            <source>SOSI arealformål code</source>
            <translation>SOSI-arealformålskode</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>SOSI kommuneplan arealformål</source>
            <translation>SOSI arealformål (kommuneplan)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="91" />
            <source>Shore lines (strandlinje of sea and lakes) or sea and lake polygons. Land within SHORE_WIDTH of them is flagged as shore zone (the 100-metre belt of pbl § 1-8); with polygons the water itself is inside the zone too.</source>
            <translation>Strandlinjer (mot sjø og innsjøer) eller sjø- og innsjøpolygoner. Land innenfor SHORE_WIDTH fra dem merkes som strandsone (100-metersbeltet i pbl § 1-8); med polygoner ligger også selve vannet i sonen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="87" />
            <source>Shore lines or water (strandsone)</source>
            <translation>Strandlinjer eller vann (strandsone)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="100" />
            <source>Shore zone width (m)</source>
            <translation>Strandsonens bredde (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smaller polygon wins</source>
            <translation>Minste polygon vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smallest class code wins</source>
            <translation>Minste klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Stop with an error listing the overlaps</source>
            <translation>Stopp med en feilmelding som lister opp overlappene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="111" />
            <source>The arealformål of the plan in force, as polygons.</source>
            <translation>Arealformålene i gjeldende plan, som polygoner.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="111" />
            <source>The arealformål of the proposed plan, as polygons.</source>
            <translation>Arealformålene i planforslaget, som polygoner.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="169" />
            <source>The pieces whose class changes, with old and new purpose and change type (new development, development returned, ...).</source>
            <translation>Bitene der klassen endres, med gammelt og nytt formål og endringstype (nytt utbyggingsareal, tilbakeført utbyggingsareal, …).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="74" />
            <source>Unit of the area fields: m², daa (dekar = 1,000 m², the unit of Norwegian plans; default), ha or km².</source>
            <translation>Enhet for arealfeltene: m², daa (dekar = 1 000 m², enheten i norske planer; standard), ha eller km².</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="53" />
            <source>Which SOSI arealformål codes count as development (utbyggingsformål), their purpose group (arealformålsgruppe), sliver threshold (min_area_m2) and whether buffered buildings/roads are removed (buffer_built). Empty: the plugin's resources/codes/sosi_development.csv (defaults: NINA's list, all of hovedformål 1 and 2 are development; ARV's 19 groups and thresholds). Copy and edit it to change the rules.</source>
            <translation>Hvilke SOSI-arealformålskoder som regnes som utbyggingsformål, deres arealformålsgruppe, terskel for smale restarealer (min_area_m2) og om bygninger/veger med buffer fjernes (buffer_built). Tomt: programtilleggets resources/codes/sosi_development.csv (standard: NINAs liste, hele hovedformål 1 og 2 er utbygging; ARVs 19 grupper og terskler). Kopier og rediger den for å endre reglene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="106" />
            <source>Width of the shore zone in metres, measured horizontally (pbl § 1-8: 100 m).</source>
            <translation>Strandsonens bredde i meter, målt horisontalt (pbl § 1-8: 100 m).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="300" />
            <source>Zone id field</source>
            <translation>Id-felt for soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="294" />
            <source>Zones</source>
            <translation>Soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="312" />
            <source>Zones that share an id (a kommune stored as several features) are dissolved into one zone, and the log says how many. Default: a repeated id stops the run with the ids, so two different zones are never summed by mistake.</source>
            <translation>Soner som deler en id (en kommune lagret som flere objekter), slås sammen til én sone, og loggen sier hvor mange. Standard: en gjentatt id stopper kjøringen med id-ene, slik at to ulike soner aldri summeres ved en feil.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>daa (dekar, 1,000 m²)</source>
            <translation>daa (dekar, 1 000 m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>endring i arealformål, omdisponering, nedbygging, kommuneplan, gjeldende plan, planforslag, dyrka mark, skog, myr, strandsone, arealregnskap, plan change</source>
            <translation>endring i arealformål, omdisponering, nedbygging, kommuneplan, gjeldende plan, planforslag, dyrka mark, skog, myr, strandsone, arealregnskap, planendring</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>km²</source>
            <translation>km²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>m²</source>
            <translation>m²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="239" />
            <source>{} ({}) has no features; nothing is taken as built from it.</source>
            <translation>{} ({}) har ingen objekter; ingenting regnes som bebygd ut fra det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="181" />
            <source>{} code(s) are not in {}: {}; they are kept and flagged (in_code_list = 0).</source>
            <translation>{} kode(r) står ikke i {}: {}; de beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="167" />
            <source>{}: none of the purposes is a SOSI arealformål code (such as 1110 boligbebyggelse); is the right field chosen?</source>
            <translation>{}: ingen av formålene er en SOSI-arealformålskode (som 1110 boligbebyggelse); er riktig felt valgt?</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="159" />
            <source>{}: none of the purposes is a code of the development table (SOSI arealformål such as 1110 boligbebyggelse), so nothing can count as development and the result would be empty; is the right field chosen?</source>
            <translation>{}: ingen av formålene er en kode i utbyggingstabellen (SOSI-arealformål som 1110 boligbebyggelse), så ingenting kan regnes som utbygging og resultatet ville blitt tomt; er riktig felt valgt?</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planchange.py" line="116" />
            <source>{}: purpose field</source>
            <translation>{}: formålsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="259" />
            <source>{}: the overlap rule 'priority field' needs a priority field.</source>
            <translation>{}: overlappsregelen «prioritetsfelt» trenger et prioritetsfelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="136" />
            <source>{}: {} code(s) are not SOSI arealformål codes: {}; they are kept and flagged (in_code_list = 0).</source>
            <translation>{}: {} kode(r) er ikke SOSI-arealformålskoder: {}; de beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="143" />
            <source>{}: {} code(s) are not in the development table: {}; they count as not development (group 19 Udefinert).</source>
            <translation>{}: {} kode(r) står ikke i utbyggingstabellen: {}; de regnes som ikke utbygging (gruppe 19 Udefinert).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="355" />
            <source>{}: {} id(s) occur on more than one feature ({} features); each id's features were merged into one zone: {} zone(s) in all.</source>
            <translation>{}: {} id-er finnes på mer enn ett objekt ({} objekter); objektene til hver id er slått sammen til én sone: {} soner i alt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="151" />
            <source>{}: {} polygon(s) have a text purpose (e.g. {}); each text is a class of its own in the change matrix, but it has no SOSI code: it counts as not development (group 19 Udefinert).</source>
            <translation>{}: {} polygoner har et tekstformål (f.eks. {}); hver tekst er en egen klasse i endringsmatrisen, men har ingen SOSI-kode: den regnes ikke som utbygging (gruppe 19 Udefinert).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="261" />
            <source>{}: {} polygon(s) read.</source>
            <translation>{}: {} polygon(er) lest.</translation>
        </message>
    </context>
    <context>
        <name>PlanReserve</name>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="180" />
            <source>AR5 arealressurskart (or another land cover with AR5 arealtype codes: 11 bebygd, 12 samferdsel, 21 fulldyrka, 22 overflatedyrka, 23 innmarksbeite, 30 skog, 50 åpen fastmark, 60 myr, 81 ferskvann, 82 hav).</source>
            <translation>AR5 arealressurskart (eller et annet arealdekke med AR5-arealtypekoder: 11 bebygd, 12 samferdsel, 21 fulldyrka, 22 overflatedyrka, 23 innmarksbeite, 30 skog, 50 åpen fastmark, 60 myr, 81 ferskvann, 82 hav).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>AR5 arealtype</source>
            <translation>AR5 arealtype</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>Area unit</source>
            <translation>Arealenhet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>Automatic (the list that knows most codes)</source>
            <translation>Automatisk (listen som kjenner flest koder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="126" />
            <source>Buffer around buildings and roads (m)</source>
            <translation>Buffer rundt bygninger og veger (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="86" />
            <source>Code list for labels</source>
            <translation>Kodeliste for tekster</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="90" />
            <source>Code list that gives labels (bokmål and English) beside the codes: SOSI arealformål (kommuneplan), AR5 arealtype or N50 arealdekke, from the plugin's resources/codes folder. Automatic picks the list that contains most of the layer's distinct codes. Codes that are not in the list are kept and flagged (in_code_list = 0).</source>
            <translation>Kodelisten som gir tekster (bokmål og engelsk) ved siden av kodene: SOSI-arealformål (kommuneplan), AR5-arealtype eller N50-arealdekke, fra programtilleggets mappe resources/codes. Automatisk velger listen som inneholder flest av lagets ulike koder. Koder som ikke står i listen, beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Computes the plan reserve (arealreserve): the parts of the kommuneplan set aside for development that are not yet built, by purpose group (arealformålsgruppe), AR5 arealtype and shore zone (strandsone).

Method (KDD, 'Arealregnskap i kommuneplan', December 2023, ch. 4: 'areas set aside for development purposes but not built'; overlay of planned land use, actual land use and nature data):
1. plan polygons whose SOSI arealformål counts as development in the development code table (default: all of hovedformål 1 bebyggelse og anlegg and 2 samferdsel, following NINA's exclude list; 19 purpose groups as in ARV);
2. minus built land: AR5 11 and 12 (option), BUILT polygons as drawn, and for bolig/sentrum, fritid and næring all BUILT features (buildings, roads) buffered by BUILT_BUFFER (15 m, NINA's method);
3. minus AR5 81/82 water polygons larger than 500 m² (ARV's rule, option);
4. minus slivers: connected parts smaller than 250 m² (bolig/sentrum, fritid, samferdsel), 1,000 m² (næring) or 150 m² (other groups), or than MIN_AREA for all;
5. the rest split by the shore zone (within SHORE_WIDTH of SHORE) and by AR5 class.
Steps 2-4 use implementation choices of ARV and NINA, not official values; the development table (CSV) can be edited to change them.

Outputs: the reserve polygons with plan feature, SOSI code and labels, hovedformål, purpose group, AR5 class and label, shore-zone flag and area; and a table of purpose group by AR5 class (total, shore_zone, cultivated_21_22, agricultural_21_22_23, ar5_&lt;code&gt;, ar5_none = no land cover) with a Sum row, in the chosen unit (daa by default). Areas are planar in the projected CRS (ellipsoidal as an option).

Classes: whole numbers and numeric text are SOSI codes; empty purposes, text purposes and codes missing from the table are not development (counted, logged); a plan none of whose purposes is in the development table stops the run (the reserve would be empty). AR5 classes must be codes (numeric text is accepted); other values count as ar5_none.

CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run. A land cover or a BUILT layer that does not overlap the plan anywhere stops the run with the likely cause (a wrong CRS or another area: the whole plan would count as reserve); plan polygons outside the land cover are named in a warning.

Parameters: BUILT_BUFFER 0-1,000 m, SHORE_WIDTH up to 10,000 m, areas 0-10⁸ m².

Other bad input: overlapping plan or land-cover polygons stop the run with a list unless an overlap rule is chosen; invalid geometries are repaired and counted; empty layers stop with a message.</source>
            <translation>Beregner arealreserven: de delene av kommuneplanen som er avsatt til utbygging, men ennå ikke bebygd, etter formålsgruppe (arealformålsgruppe), AR5-arealtype og strandsone.

Metode (KDD, «Arealregnskap i kommuneplan», desember 2023, kap. 4: «arealer avsatt til utbyggingsformål som ikke er bebygd»; sammenstilling av planlagt arealbruk, faktisk arealbruk og naturdata):
1. planpolygoner der SOSI-arealformålet regnes som utbygging i kodetabellen for utbygging (standard: hele hovedformål 1 bebyggelse og anlegg og 2 samferdsel, etter NINAs ekskluderingsliste; 19 formålsgrupper som i ARV);
2. minus bebygd areal: AR5 11 og 12 (valg), BUILT-polygoner slik de er tegnet, og for bolig/sentrum, fritid og næring alle BUILT-objekter (bygninger, veger) med buffer BUILT_BUFFER (15 m, NINAs metode);
3. minus AR5 81/82-vannpolygoner større enn 500 m² (ARVs regel, valg);
4. minus smale restarealer: sammenhengende deler mindre enn 250 m² (bolig/sentrum, fritid, samferdsel), 1 000 m² (næring) eller 150 m² (andre grupper), eller mindre enn MIN_AREA for alle;
5. resten delt etter strandsonen (innenfor SHORE_WIDTH fra SHORE) og etter AR5-klasse.
Trinn 2–4 bruker implementasjonsvalg fra ARV og NINA, ikke offisielle verdier; utbyggingstabellen (CSV) kan redigeres for å endre dem.

Resultater: reservepolygonene med planobjekt, SOSI-kode og tekster, hovedformål, formålsgruppe, AR5-klasse og tekst, strandsoneflagg og areal; og en tabell med formålsgruppe mot AR5-klasse (total, shore_zone, cultivated_21_22, agricultural_21_22_23, ar5_&lt;kode&gt;, ar5_none = uten arealdekke) med en sumrad, i valgt enhet (daa som standard). Arealene er plane i det projiserte koordinatsystemet (ellipsoidiske som valg).

Klasser: heltall og numerisk tekst er SOSI-koder; tomme formål, tekstformål og koder som mangler i tabellen, regnes ikke som utbygging (telles, logges); en plan der ingen formål står i utbyggingstabellen, stopper kjøringen (reserven ville blitt tom). AR5-klasser må være koder (numerisk tekst godtas); andre verdier regnes som ar5_none.

Koordinatsystem: alle inndata beregnes i det første inndatalagets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen. Et arealdekke eller et BUILT-lag som ikke overlapper planen noe sted, stopper kjøringen med den sannsynlige årsaken (feil koordinatsystem eller et annet område: hele planen ville blitt regnet som reserve); planpolygoner utenfor arealdekket nevnes i en advarsel.

Parametere: BUILT_BUFFER 0–1 000 m, SHORE_WIDTH opptil 10 000 m, arealer 0–10⁸ m².

Andre feil i inndata: overlappende plan- eller arealdekkepolygoner stopper kjøringen med en liste, med mindre en overlappsregel er valgt; ugyldige geometrier repareres og telles; tomme lag stopper med en melding.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="177" />
            <source>Connected reserve parts smaller than this are dropped. Empty: the thresholds of the development table (ARV/NINA: 250 m² bolig/sentrum, fritid, samferdsel; 1,000 m² næring; 150 m² others). 0 keeps all.</source>
            <translation>Sammenhengende reservedeler mindre enn dette utelates. Tomt: tersklene i utbyggingstabellen (ARV/NINA: 250 m² bolig/sentrum, fritid, samferdsel; 1 000 m² næring; 150 m² andre). 0 beholder alt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="48" />
            <source>Development code table (CSV)</source>
            <translation>Kodetabell for utbygging (CSV)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="70" />
            <source>Development code table: {}</source>
            <translation>Kodetabell for utbygging: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="274" />
            <source>Development purposes: {} polygon(s), {:.1f} m²; removed as built {:.1f} m², as water {:.1f} m², as slivers {:.1f} m²; reserve {:.1f} m², of which {:.1f} m² in the shore zone.</source>
            <translation>Utbyggingsformål: {} polygon(er), {:.1f} m²; fjernet som bebygd {:.1f} m², som vann {:.1f} m², som smale restarealer {:.1f} m²; reserve {:.1f} m², herav {:.1f} m² i strandsonen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="132" />
            <source>Distance around BUILT features taken as built (NINA's method: 15 m; an implementation choice, not an official value). 0: polygons as drawn.</source>
            <translation>Avstand rundt BUILT-objekter som regnes som bebygd (NINAs metode: 15 m; et implementasjonsvalg, ikke en offisiell verdi). 0: polygoner slik de er tegnet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="141" />
            <source>Ellipsoidal areas</source>
            <translation>Ellipsoidiske arealer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="194" />
            <source>Ellipsoidal areas: Transverse Mercator scale correction (central meridian {}°, k0 {}).</source>
            <translation>Ellipsoidiske arealer: målestokkorreksjon for transversal Mercator (sentralmeridian {}°, k0 {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="112" />
            <source>Existing buildings and roads</source>
            <translation>Eksisterende bygninger og veger</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="302" />
            <source>Field that names each zone in the output; without it the feature id. Ids must be unique and filled in: a duplicate or an empty id stops the run, unless 'Merge zones with the same id' is chosen.</source>
            <translation>Felt som gir hver sone navn i resultatet; uten det objekt-id-en. Id-ene må være unike og fylt ut: en dublett eller en tom id stopper kjøringen, med mindre «Slå sammen soner med samme id» er valgt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="193" />
            <source>Field with the AR5 arealtype code (whole numbers; numeric text is accepted). Other values count as no AR5 class (ar5_none).</source>
            <translation>Felt med AR5-arealtypekoden (heltall; numerisk tekst godtas). Andre verdier regnes som uten AR5-klasse (ar5_none).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="102" />
            <source>Field with the SOSI arealformål code (e.g. 1110 boligbebyggelse; numeric text is accepted). Text purposes have no SOSI code and count as not development (logged); a plan with no code of the development table stops the run.</source>
            <translation>Felt med SOSI-arealformålskoden (f.eks. 1110 boligbebyggelse; numerisk tekst godtas). Tekstformål har ingen SOSI-kode og regnes ikke som utbygging (logges); en plan uten noen kode fra utbyggingstabellen stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="89" />
            <source>Kommuneplan (arealformål)</source>
            <translation>Kommuneplan (arealformål)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="174" />
            <source>Labels from the code list {}.</source>
            <translation>Tekster fra kodelisten {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="178" />
            <source>Land cover (AR5)</source>
            <translation>Arealdekke (AR5)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="189" />
            <source>Land cover class field (arealtype)</source>
            <translation>Felt med arealdekkeklasse (arealtype)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Largest class code wins</source>
            <translation>Største klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="116" />
            <source>Layers of what is already built (FKB-Bygning points or footprints, road lines, FKB-Tiltak). Polygons are removed from every development purpose; for groups marked buffer_built (bolig/sentrum, fritid, næring) all features are buffered by BUILT_BUFFER and removed.</source>
            <translation>Lag med det som allerede er bygd (FKB-Bygning som punkter eller omriss, veglinjer, FKB-Tiltak). Polygoner fjernes fra alle utbyggingsformål; for grupper merket buffer_built (bolig/sentrum, fritid, næring) får alle objekter buffer BUILT_BUFFER og fjernes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Lowest value of the priority field wins</source>
            <translation>Laveste verdi i prioritetsfeltet vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="310" />
            <source>Merge zones with the same id</source>
            <translation>Slå sammen soner med samme id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>N50 arealdekke</source>
            <translation>N50 arealdekke</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="171" />
            <source>No code list knows these codes; codes are given without labels.</source>
            <translation>Ingen kodeliste kjenner disse kodene; kodene gis uten tekster.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>None (codes without labels)</source>
            <translation>Ingen (koder uten tekster)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="123" />
            <source>Overlap tolerance (m²)</source>
            <translation>Overlappstoleranse (m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="109" />
            <source>Overlapping polygons</source>
            <translation>Overlappende polygoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="129" />
            <source>Overlaps of at most this area between two polygons are digitising noise (shared edges that differ in the last decimals): they are logged and left as they are. 0 treats every overlap as one.</source>
            <translation>Overlapp på høyst dette arealet mellom to polygoner er digitaliseringsstøy (felles kanter som skiller seg i de siste desimalene): de logges og blir stående. 0 regner ethvert overlapp som overlapp.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Plan reserve (arealreserve)</source>
            <translation>Arealreserve</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="200" />
            <source>Plan reserve by purpose group and AR5</source>
            <translation>Arealreserve etter formålsgruppe og AR5</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="190" />
            <source>Plan reserve polygons</source>
            <translation>Arealreservepolygoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="113" />
            <source>Polygons that overlap inside one layer would be counted twice. Default: stop and list the overlapping features and the area covered more than once. Otherwise each overlapped spot is given to one polygon by the chosen rule (ties go to the feature read first).</source>
            <translation>Polygoner som overlapper i samme lag, ville blitt telt to ganger. Standard: stopp og list opp de overlappende objektene og arealet som dekkes mer enn én gang. Ellers gis hvert overlappende område til ett polygon etter valgt regel (ved likhet til objektet som ble lest først).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="99" />
            <source>Purpose field (SOSI arealformål code)</source>
            <translation>Formålsfelt (SOSI-arealformålskode)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="143" />
            <source>Remove AR5 11 and 12 from the reserve (as ARV does).</source>
            <translation>Fjern AR5 11 og 12 fra reserven (slik ARV gjør).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="149" />
            <source>Remove fresh water and sea polygons larger than WATER_MIN_AREA from the reserve (ARV's rule).</source>
            <translation>Fjern ferskvanns- og havpolygoner større enn WATER_MIN_AREA fra reserven (ARVs regel).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="147" />
            <source>Remove water (AR5 81, 82)</source>
            <translation>Fjern vann (AR5 81, 82)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="142" />
            <source>Report areas on the ellipsoid instead of planar areas in the projected CRS. Only for Transverse Mercator CRSs (UTM, NTM): each polygon's planar area is divided by the square of the projection's scale factor at its centroid (Snyder 1987), within about 1e-6 of the geodesic area. In UTM zone 33 planar areas differ from ellipsoidal ones by up to about 0.1 %.</source>
            <translation>Oppgi arealer på ellipsoiden i stedet for plane arealer i det projiserte koordinatsystemet. Bare for transversale Mercator-systemer (UTM, NTM): hvert polygons plane areal deles på kvadratet av projeksjonens målestokkfaktor i sentroiden (Snyder 1987), innen om lag 1e-6 av det geodetiske arealet. I UTM-sone 33 skiller plane arealer seg fra ellipsoidiske med inntil om lag 0,1 %.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="203" />
            <source>Reserve per purpose group (rows) by AR5 class (columns), in the chosen unit, with a Sum row.</source>
            <translation>Reserve per formålsgruppe (rader) etter AR5-klasse (kolonner), i valgt enhet, med en sumrad.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>SOSI kommuneplan arealformål</source>
            <translation>SOSI arealformål (kommuneplan)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="91" />
            <source>Shore lines (strandlinje of sea and lakes) or sea and lake polygons. Land within SHORE_WIDTH of them is flagged as shore zone (the 100-metre belt of pbl § 1-8); with polygons the water itself is inside the zone too.</source>
            <translation>Strandlinjer (mot sjø og innsjøer) eller sjø- og innsjøpolygoner. Land innenfor SHORE_WIDTH fra dem merkes som strandsone (100-metersbeltet i pbl § 1-8); med polygoner ligger også selve vannet i sonen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="87" />
            <source>Shore lines or water (strandsone)</source>
            <translation>Strandlinjer eller vann (strandsone)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="100" />
            <source>Shore zone width (m)</source>
            <translation>Strandsonens bredde (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="171" />
            <source>Sliver threshold for all groups (m²)</source>
            <translation>Terskel for smale restarealer for alle grupper (m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smaller polygon wins</source>
            <translation>Minste polygon vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smallest class code wins</source>
            <translation>Minste klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="158" />
            <source>Smallest water polygon removed (m²)</source>
            <translation>Minste vannpolygon som fjernes (m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Stop with an error listing the overlaps</source>
            <translation>Stopp med en feilmelding som lister opp overlappene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="91" />
            <source>The plan's land-use purposes (arealformål) as polygons, e.g. KpArealformålOmråde of the kommuneplan.</source>
            <translation>Planens arealformål som polygoner, f.eks. KpArealformålOmråde i kommuneplanen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="140" />
            <source>Treat AR5 11 (bebygd) and 12 (samferdsel) as built</source>
            <translation>Regn AR5 11 (bebygd) og 12 (samferdsel) som bebygd</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="193" />
            <source>Unbuilt parts of development purposes by plan feature, AR5 class and shore zone.</source>
            <translation>Ubebygde deler av utbyggingsformål etter planobjekt, AR5-klasse og strandsone.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="74" />
            <source>Unit of the area fields: m², daa (dekar = 1,000 m², the unit of Norwegian plans; default), ha or km².</source>
            <translation>Enhet for arealfeltene: m², daa (dekar = 1 000 m², enheten i norske planer; standard), ha eller km².</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/planreserve.py" line="164" />
            <source>Water polygons of at most this area stay in the reserve (ARV: 500 m²).</source>
            <translation>Vannpolygoner på høyst dette arealet blir værende i reserven (ARV: 500 m²).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="53" />
            <source>Which SOSI arealformål codes count as development (utbyggingsformål), their purpose group (arealformålsgruppe), sliver threshold (min_area_m2) and whether buffered buildings/roads are removed (buffer_built). Empty: the plugin's resources/codes/sosi_development.csv (defaults: NINA's list, all of hovedformål 1 and 2 are development; ARV's 19 groups and thresholds). Copy and edit it to change the rules.</source>
            <translation>Hvilke SOSI-arealformålskoder som regnes som utbyggingsformål, deres arealformålsgruppe, terskel for smale restarealer (min_area_m2) og om bygninger/veger med buffer fjernes (buffer_built). Tomt: programtilleggets resources/codes/sosi_development.csv (standard: NINAs liste, hele hovedformål 1 og 2 er utbygging; ARVs 19 grupper og terskler). Kopier og rediger den for å endre reglene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="106" />
            <source>Width of the shore zone in metres, measured horizontally (pbl § 1-8: 100 m).</source>
            <translation>Strandsonens bredde i meter, målt horisontalt (pbl § 1-8: 100 m).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="300" />
            <source>Zone id field</source>
            <translation>Id-felt for soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="294" />
            <source>Zones</source>
            <translation>Soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="312" />
            <source>Zones that share an id (a kommune stored as several features) are dissolved into one zone, and the log says how many. Default: a repeated id stops the run with the ids, so two different zones are never summed by mistake.</source>
            <translation>Soner som deler en id (en kommune lagret som flere objekter), slås sammen til én sone, og loggen sier hvor mange. Standard: en gjentatt id stopper kjøringen med id-ene, slik at to ulike soner aldri summeres ved en feil.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>arealreserve, plan reserve, kommuneplan, arealformål, utbyggingsformål, AR5, strandsone, arealregnskap, undeveloped land</source>
            <translation>arealreserve, plan reserve, kommuneplan, arealformål, utbyggingsformål, AR5, strandsone, arealregnskap, ubebygd areal</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>daa (dekar, 1,000 m²)</source>
            <translation>daa (dekar, 1 000 m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>km²</source>
            <translation>km²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>m²</source>
            <translation>m²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="239" />
            <source>{} ({}) has no features; nothing is taken as built from it.</source>
            <translation>{} ({}) har ingen objekter; ingenting regnes som bebygd ut fra det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="181" />
            <source>{} code(s) are not in {}: {}; they are kept and flagged (in_code_list = 0).</source>
            <translation>{} kode(r) står ikke i {}: {}; de beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="167" />
            <source>{}: none of the purposes is a SOSI arealformål code (such as 1110 boligbebyggelse); is the right field chosen?</source>
            <translation>{}: ingen av formålene er en SOSI-arealformålskode (som 1110 boligbebyggelse); er riktig felt valgt?</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="159" />
            <source>{}: none of the purposes is a code of the development table (SOSI arealformål such as 1110 boligbebyggelse), so nothing can count as development and the result would be empty; is the right field chosen?</source>
            <translation>{}: ingen av formålene er en kode i utbyggingstabellen (SOSI-arealformål som 1110 boligbebyggelse), så ingenting kan regnes som utbygging og resultatet ville blitt tomt; er riktig felt valgt?</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="259" />
            <source>{}: the overlap rule 'priority field' needs a priority field.</source>
            <translation>{}: overlappsregelen «prioritetsfelt» trenger et prioritetsfelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="136" />
            <source>{}: {} code(s) are not SOSI arealformål codes: {}; they are kept and flagged (in_code_list = 0).</source>
            <translation>{}: {} kode(r) er ikke SOSI-arealformålskoder: {}; de beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="143" />
            <source>{}: {} code(s) are not in the development table: {}; they count as not development (group 19 Udefinert).</source>
            <translation>{}: {} kode(r) står ikke i utbyggingstabellen: {}; de regnes som ikke utbygging (gruppe 19 Udefinert).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="355" />
            <source>{}: {} id(s) occur on more than one feature ({} features); each id's features were merged into one zone: {} zone(s) in all.</source>
            <translation>{}: {} id-er finnes på mer enn ett objekt ({} objekter); objektene til hver id er slått sammen til én sone: {} soner i alt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="151" />
            <source>{}: {} polygon(s) have a text purpose (e.g. {}); each text is a class of its own in the change matrix, but it has no SOSI code: it counts as not development (group 19 Udefinert).</source>
            <translation>{}: {} polygoner har et tekstformål (f.eks. {}); hver tekst er en egen klasse i endringsmatrisen, men har ingen SOSI-kode: den regnes ikke som utbygging (gruppe 19 Udefinert).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="261" />
            <source>{}: {} polygon(s) read.</source>
            <translation>{}: {} polygon(er) lest.</translation>
        </message>
    </context>
    <context>
        <name>PrepareNetwork</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/preparenetwork.py" line="70" />
            <source>Junctions</source>
            <translation>Knutepunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/preparenetwork.py" line="60" />
            <source>One feature per link: link_id, src_fid (the input feature), length_m, oneway (B, FT, TF, N), speed_kmh, speed_src (layer, field, default), min_fw, min_bw (minutes; null = closed), from_node, to_node, component (0 = the largest).</source>
            <translation>Ett objekt per lenke: link_id, src_fid (inndataobjektet), length_m, oneway (B, FT, TF, N), speed_kmh, speed_src (lag, felt, standard), min_fw, min_bw (minutter; tom = stengt), from_node, to_node, component (0 = den største).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/preparenetwork.py" line="75" />
            <source>One point per junction with node_id, degree (number of link ends), dangling (1 where only one link ends) and component.</source>
            <translation>Ett punkt per knutepunkt med node_id, degree (antall lenkeender), dangling (1 der bare én lenke ender) og component.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Prepare road network</source>
            <translation>Klargjør vegnett</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/preparenetwork.py" line="58" />
            <source>Prepared network</source>
            <translation>Klargjort vegnett</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Turns road lines into a routable network and writes it out: each link (a line, or part of a line between junctions) with its length in metres, its travel time in minutes in and against its digitised direction, its speed and where that speed came from, its end nodes and its connected component. The other network algorithms take this output as NETWORK and use its minutes as they are.

Method: line ends (and vertices shared by several lines) closer than the snapping tolerance become one junction, found with a KD-tree and merged transitively (union-find), so that rounding noise never breaks a junction. Minutes = length / (speed × 1000/60). The speed of a link is, in order: the length-weighted mean of speed-limit lines lying along it (e.g. NVDB fartsgrense), its speed field, the default speed of its road class. One-way links come from a direction field with listed values or from NVDB lane lists (feltoversikt: odd lanes run with the link, even lanes against it; Statens vegvesen, NVDB Datakatalog). min_fw / min_bw are null where that direction is closed.

The log reports the connected components (the largest first), dangling ends (junctions with a single link: dead ends or gaps), one-way counts and how many links got a default speed. OUTPUT_NODES shows the junctions with their degree, so gaps can be found on the map.

Bad input: null, zero or negative speeds get the default (counted); speeds above 200 km/h or infinite stop the run with the feature ids; default speeds must lie in 1-200 km/h and the snapping tolerance in 0-100 m; lines without geometry, of zero length or degenerate are dropped (counted).

CRS: the network is computed in its own projected CRS, or the UTM zone of the data when it is geographic or Web Mercator (logged); a layer without a CRS, or with GDAL's 'Undefined geographic SRS' of a file saved without one, stops the run.</source>
            <translation>Gjør veglinjer om til et rutbart nettverk og skriver det ut: hver lenke (en linje, eller del av en linje mellom knutepunkter) med lengde i meter, kjøretid i minutter med og mot digitaliseringsretningen, fart og hvor farten kom fra, endenoder og sammenhengende del. De andre nettverksalgoritmene tar dette resultatet som NETWORK og bruker minuttene slik de er.

Metode: linjeender (og knekkpunkter som deles av flere linjer) som ligger nærmere enn snappetoleransen, blir ett knutepunkt, funnet med et KD-tre og slått sammen transitivt (union-find), slik at avrundingsstøy aldri bryter et knutepunkt. Minutter = lengde / (fart × 1000/60). Farten på en lenke er, i denne rekkefølgen: lengdevektet gjennomsnitt av fartsgrenselinjer som ligger langs den (f.eks. NVDB fartsgrense), fartsfeltet, standardfarten for vegklassen. Enveislenker kommer fra et retningsfelt med oppgitte verdier eller fra NVDBs feltoversikt (odde felt går med lenken, like felt mot den; Statens vegvesen, NVDB Datakatalog). min_fw / min_bw er tomme der den retningen er stengt.

Loggen viser de sammenhengende delene (den største først), løse ender (knutepunkter med én lenke: blindveger eller brudd), antall enveislenker og hvor mange lenker som fikk standardfart. OUTPUT_NODES viser knutepunktene med grad, slik at brudd kan finnes på kartet.

Feil i inndata: tom, null eller negativ fart gir standardfarten (telles); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene; standardfartene må ligge i 1–200 km/t og snappetoleransen i 0–100 m; linjer uten geometri, med null lengde eller degenererte fjernes (telles).

Koordinatsystem: vegnettet beregnes i sitt eget projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator (logges); et lag uten koordinatsystem, eller med GDALs «Undefined geographic SRS» fra en fil lagret uten, stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>network, vegnett, graph, topology, speed, fartsgrense, one-way, enveiskjøring, NVDB, routing, components, dangling</source>
            <translation>vegnett, network, graf, topologi, fart, fartsgrense, enveiskjøring, one-way, NVDB, ruting, sammenhengende deler, løse ender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCompare</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="479" />
            <source>; {} area(s) of other purposes get none</source>
            <translation>; {} område(r) med andre formål får ingen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="361" />
            <source>A row per indicator: group, label, unit, direction, a column per alternative, rank_&lt;alternative&gt;, best, note (why a value is empty).</source>
            <translation>En rad per indikator: gruppe, tekst, enhet, retning, en kolonne per alternativ, rank_&lt;alternativ&gt;, best, merknad (hvorfor en verdi er tom).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="384" />
            <source>A short text per alternative: what it costs and what it gains.</source>
            <translation>En kort tekst per alternativ: hva det koster og hva det gir.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="285" />
            <source>A stop counts as frequent with at least this many departures per hour.</source>
            <translation>En holdeplass regnes som hyppig betjent med minst så mange avganger per time.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="555" />
            <source>ALTERNATIVES: choose two or more layers of development areas.</source>
            <translation>ALTERNATIVES: velg to eller flere lag med utbyggingsområder.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="180" />
            <source>AR5 arealressurskart (or another land cover with AR5 arealtype codes: 11 bebygd, 12 samferdsel, 21 fulldyrka, 22 overflatedyrka, 23 innmarksbeite, 30 skog, 50 åpen fastmark, 60 myr, 81 ferskvann, 82 hav).</source>
            <translation>AR5 arealressurskart (eller et annet arealdekke med AR5-arealtypekoder: 11 bebygd, 12 samferdsel, 21 fulldyrka, 22 overflatedyrka, 23 innmarksbeite, 30 skog, 50 åpen fastmark, 60 myr, 81 ferskvann, 82 hav).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>AR5 arealtype</source>
            <translation>AR5 arealtype</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="190" />
            <source>Alternative name field</source>
            <translation>Felt for alternativets navn</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>Area unit</source>
            <translation>Arealenhet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="311" />
            <source>Areas or stops farther than MAX_SNAP from the road network walk to a stop along straight lines times this factor (1-3), as in smaaby:transitservice.</source>
            <translation>Områder eller holdeplasser lenger enn MAX_SNAP fra vegnettet går til holdeplassen langs rette linjer ganger denne faktoren (1-3), som i smaaby:transitservice.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>Automatic (the list that knows most codes)</source>
            <translation>Automatisk (listen som kjenner flest koder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="322" />
            <source>CO₂ per car-km, 2030 fleet (kg)</source>
            <translation>CO₂ per bilkilometer, bilparken 2030 (kg)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="322" />
            <source>Car share taken off near a frequent stop</source>
            <translation>Bilandel som trekkes fra nær en hyppig betjent holdeplass</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="322" />
            <source>Car trip length from the centre (km)</source>
            <translation>Lengde på en bilreise fra sentrum (km)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="346" />
            <source>Car-driver share of trips in each band, one more than the bands (the last is beyond the last band); our assumption shaped after RVU.</source>
            <translation>Bilførerandel av reisene i hvert bånd, én mer enn båndene (den siste gjelder utenfor det siste båndet); vår antakelse etter mønsteret i RVU.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="343" />
            <source>Car-driver share per band</source>
            <translation>Bilførerandel per bånd</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="243" />
            <source>Centre (points)</source>
            <translation>Sentrum (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="86" />
            <source>Code list for labels</source>
            <translation>Kodeliste for tekster</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="90" />
            <source>Code list that gives labels (bokmål and English) beside the codes: SOSI arealformål (kommuneplan), AR5 arealtype or N50 arealdekke, from the plugin's resources/codes folder. Automatic picks the list that contains most of the layer's distinct codes. Codes that are not in the list are kept and flagged (in_code_list = 0).</source>
            <translation>Kodelisten som gir tekster (bokmål og engelsk) ved siden av kodene: SOSI-arealformål (kommuneplan), AR5-arealtype eller N50-arealdekke, fra programtilleggets mappe resources/codes. Automatisk velger listen som inneholder flest av lagets ulike koder. Koder som ikke står i listen, beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Compare plan alternatives (scenarios toward 2030)</source>
            <translation>Sammenlign planalternativer (scenarier mot 2030)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Compares two or more plan alternatives (where the next dwellings and jobs go) side by side, as a konsekvensutredning does by hand: one table with a row per indicator and a column per alternative, with the unit, the direction (lower or higher is better) and the rank of each alternative; the development areas with their indicators; a short text per alternative; and optionally a PDF report (a map per alternative, the comparison table, bar charts per indicator, the model and its sources).

Alternatives: each layer of ALTERNATIVES is one alternative named by the layer, or, with NAME_FIELD, its features are grouped by that field (one layer can then hold all the alternatives). Each area has planned dwellings (DWELLINGS_FIELD) and/or jobs (JOBS_FIELD), or, for a proposed plan layer as it is, a density per purpose (PURPOSE_FIELD with DWELLING_DENSITIES / JOB_DENSITIES, per daa) times its area.

Land (daa): the areas are cut by the shore zone (within SHORE_WIDTH of SHORE, pbl § 1-8) and the AR5 polygons as smaaby:planchange's conversion table does: dyrka mark (21, 22), innmarksbeite (23), skog (30), myr (60), åpen fastmark (50), built land and roads (11, 12), other, and the shore zone.
Location: each area counts by a point inside it. Network distance (walking) and car minutes to the nearest CENTRE point, as smaaby:serviceaccess computes them; the share of dwellings and jobs within WALK_DISTANCE of the centre; with FEED, the share within STOP_DISTANCE walking (along the roads, as smaaby:transitservice's coverage) of a stop with at least MIN_DEPARTURES departures per hour between START and END on the chosen day; with SERVICES, the mean walking distance to the nearest service; with POPULATION, the existing residents within WALK_DISTANCE of the areas; density in dwellings per daa.
Transport: car-km per day and CO₂ per year of the new residents: residents = dwellings x persons per dwelling; car-km = residents x trips per person x car-driver share x trip length; the car share by the road distance to the centre (bands), less near a frequent stop; trip length = base + factor x distance; CO₂ = car-km x days x kg per km. Defaults: SSB (persons), RVU 2018/19 (trips), our assumptions (bands, shares, lengths, the 2030 emission factor after Miljødirektoratet); every one is a parameter (Advanced).

Bad input: fewer than two alternatives, alternatives in different CRSs, overlapping areas inside an alternative (all listed; the same name in two layers is one alternative), an area without a name, or no dwellings or jobs field stop the run. An area farther than MAX_SNAP from the road network or without a road connection to the centre keeps its land figures; the network rows of its alternative are left empty and the note says why.
Missing values: a null or NaN dwellings or jobs value counts as 0 (the log says how many); negative, infinite or absurd values stop the run with the feature ids.
CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Sammenligner to eller flere planalternativer (hvor de neste boligene og arbeidsplassene kommer) side om side, slik en konsekvensutredning gjør for hånd: én tabell med en rad per indikator og en kolonne per alternativ, med enhet, retning (lavere eller høyere er bedre) og rangering av hvert alternativ; utbyggingsområdene med sine indikatorer; en kort tekst per alternativ; og eventuelt en PDF-rapport (et kart per alternativ, sammenligningstabellen, stolpediagram per indikator, modellen og kildene).

Alternativer: hvert lag i ALTERNATIVES er ett alternativ navngitt etter laget, eller, med NAME_FIELD, blir objektene gruppert etter det feltet (ett lag kan da inneholde alle alternativene). Hvert område har planlagte boliger (DWELLINGS_FIELD) og/eller arbeidsplasser (JOBS_FIELD), eller, for et planforslag slik det er, en tetthet per arealformål (PURPOSE_FIELD med DWELLING_DENSITIES / JOB_DENSITIES, per daa) ganger arealet.

Areal (daa): områdene deles av strandsonen (innenfor SHORE_WIDTH fra SHORE, pbl § 1-8) og AR5-polygonene slik omdisponeringstabellen i smaaby:planchange gjør: dyrka mark (21, 22), innmarksbeite (23), skog (30), myr (60), åpen fastmark (50), bebygd areal og samferdsel (11, 12), annet, og strandsonen.
Lokalisering: hvert område teller ved et punkt inni det. Nettverksavstand (gange) og kjøreminutter til nærmeste CENTRE-punkt, slik smaaby:serviceaccess beregner dem; andelen boliger og arbeidsplasser innen WALK_DISTANCE fra sentrum; med FEED, andelen innen STOP_DISTANCE gange (langs vegene, som dekningen i smaaby:transitservice) fra en holdeplass med minst MIN_DEPARTURES avganger per time mellom START og END den valgte dagen; med SERVICES, gjennomsnittlig gangavstand til nærmeste tjeneste; med POPULATION, eksisterende bosatte innen WALK_DISTANCE fra områdene; tetthet i boliger per daa.
Transport: bilkilometer per dag og CO₂ per år for de nye beboerne: bosatte = boliger x personer per bolig; bilkilometer = bosatte x reiser per person x bilførerandel x reiselengde; bilandelen etter vegavstanden til sentrum (bånd), lavere nær en hyppig betjent holdeplass; reiselengde = grunnlengde + faktor x avstand; CO₂ = bilkilometer x dager x kg per km. Standardverdier: SSB (personer), RVU 2018/19 (reiser), våre antakelser (bånd, andeler, lengder, utslippsfaktoren for 2030 etter Miljødirektoratet); alle er parametere (Avansert).

Feil i data: færre enn to alternativer, alternativer i ulike koordinatsystemer, overlappende områder innenfor et alternativ (alle listes; samme navn i to lag er ett alternativ), et område uten navn, eller verken bolig- eller arbeidsplassfelt stopper kjøringen. Et område lenger enn MAX_SNAP fra vegnettet eller uten vegforbindelse til sentrum beholder arealtallene sine; nettverksradene for alternativet blir stående tomme, og merknaden sier hvorfor.
Manglende verdier: en null- eller NaN-verdi for boliger eller arbeidsplasser teller som 0 (loggen sier hvor mange); negative, uendelige eller urimelige verdier stopper kjøringen med objekt-id-ene.
Koordinatsystem: alle inndata beregnes i det første inndatalagets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="359" />
            <source>Comparison of alternatives</source>
            <translation>Sammenligning av alternativene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="188" />
            <source>Computing in {}, the UTM zone of the stops.</source>
            <translation>Beregner i {}, UTM-sonen for holdeplassene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="435" />
            <source>DWELLINGS_FIELD and JOBS_FIELD are both empty; name at least one.</source>
            <translation>DWELLINGS_FIELD og JOBS_FIELD er begge tomme; angi minst ett av dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="328" />
            <source>Days a year the daily car-km count (365: RVU averages all days).</source>
            <translation>Dager i året de daglige bilkilometerne telles (365: RVU er et gjennomsnitt over alle dager).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="322" />
            <source>Days per year</source>
            <translation>Dager per år</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="279" />
            <source>Departures per hour of a frequent stop</source>
            <translation>Avganger per time for en hyppig betjent holdeplass</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="99" />
            <source>Detour factor of straight walking lines</source>
            <translation>Omvegsfaktor for rette ganglinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="369" />
            <source>Development areas with indicators</source>
            <translation>Utbyggingsområder med indikatorer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="48" />
            <source>Development code table (CSV)</source>
            <translation>Kodetabell for utbygging (CSV)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="70" />
            <source>Development code table: {}</source>
            <translation>Kodetabell for utbygging: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="334" />
            <source>Distance bands to the centre (km)</source>
            <translation>Avstandsbånd til sentrum (km)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="290" />
            <source>Distance to a stop</source>
            <translation>Avstand til holdeplass</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="190" />
            <source>Dwellings field</source>
            <translation>Boligfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="215" />
            <source>Dwellings per daa by purpose</source>
            <translation>Boliger per daa etter formål</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="141" />
            <source>Ellipsoidal areas</source>
            <translation>Ellipsoidiske arealer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="194" />
            <source>Ellipsoidal areas: Transverse Mercator scale correction (central meridian {}°, k0 {}).</source>
            <translation>Ellipsoidiske arealer: målestokkorreksjon for transversal Mercator (sentralmeridian {}°, k0 {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="83" />
            <source>End of the time window (not included), 00:00-30:00, after the start.</source>
            <translation>Slutt på tidsvinduet (ikke med), 00:00-30:00, etter starten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="372" />
            <source>Every area of every alternative (field alternative), with its land, location and travel figures.</source>
            <translation>Alle områder i alle alternativer (feltet alternative), med areal-, lokaliserings- og reisetall.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="328" />
            <source>Exhaust CO₂ per car-km of the 2030 car fleet (our assumption after Miljødirektoratet's Klimakur 2030: 0.07 kg; set the current figure).</source>
            <translation>Eksosutslipp av CO₂ per bilkilometer for bilparken i 2030 (vår antakelse etter Miljødirektoratets Klimakur 2030: 0,07 kg; sett inn dagens tall).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="137" />
            <source>FEED has no agency.txt; the timetable is read without it.</source>
            <translation>FEED har ingen agency.txt; rutetabellen leses uten den.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="192" />
            <source>Field naming the alternative of each area; empty: each layer is one alternative named by the layer.</source>
            <translation>Felt som navngir alternativet for hvert område; tomt: hvert lag er ett alternativ navngitt etter laget.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="302" />
            <source>Field that names each zone in the output; without it the feature id. Ids must be unique and filled in: a duplicate or an empty id stops the run, unless 'Merge zones with the same id' is chosen.</source>
            <translation>Felt som gir hver sone navn i resultatet; uten det objekt-id-en. Id-ene må være unike og fylt ut: en dublett eller en tom id stopper kjøringen, med mindre «Slå sammen soner med samme id» er valgt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="193" />
            <source>Field with the AR5 arealtype code (whole numbers; numeric text is accepted). Other values count as no AR5 class (ar5_none).</source>
            <translation>Felt med AR5-arealtypekoden (heltall; numerisk tekst godtas). Andre verdier regnes som uten AR5-klasse (ar5_none).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="192" />
            <source>Field with the planned dwellings per area (null counts as 0, logged; negative stops the run). Empty: no dwellings.</source>
            <translation>Felt med planlagte boliger per område (null teller som 0, logget; negativt stopper kjøringen). Tomt: ingen boliger.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="192" />
            <source>Field with the planned jobs per area (same policy). Empty: no jobs.</source>
            <translation>Felt med planlagte arbeidsplasser per område (samme regel). Tomt: ingen arbeidsplasser.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="216" />
            <source>Field with the purpose of each area (arealformål code or text), for DWELLING_DENSITIES and JOB_DENSITIES: a proposed plan layer as it is.</source>
            <translation>Felt med arealformålet for hvert område (SOSI-kode eller tekst), for DWELLING_DENSITIES og JOB_DENSITIES: et planforslag slik det er.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="49" />
            <source>GTFS feed (.zip, or a .txt file of an unzipped feed)</source>
            <translation>GTFS-rutetabell (.zip, eller en .txt-fil i en utpakket rutetabell)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="275" />
            <source>GTFS feed (optional)</source>
            <translation>GTFS-rutedata (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="190" />
            <source>Jobs field</source>
            <translation>Arbeidsplassfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="215" />
            <source>Jobs per daa by purpose</source>
            <translation>Arbeidsplasser per daa etter formål</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="322" />
            <source>Km added per km from the centre</source>
            <translation>Km lagt til per km fra sentrum</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="328" />
            <source>Km added to each car trip per km of road distance from the centre (our assumption: 0.5).</source>
            <translation>Km som legges til hver bilreise per km vegavstand fra sentrum (vår antakelse: 0,5).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="576" />
            <source>LANDCOVER is given without LANDCOVER_FIELD; choose the AR5 field.</source>
            <translation>LANDCOVER er gitt uten LANDCOVER_FIELD; velg AR5-feltet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="174" />
            <source>Labels from the code list {}.</source>
            <translation>Tekster fra kodelisten {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="178" />
            <source>Land cover (AR5)</source>
            <translation>Arealdekke (AR5)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="189" />
            <source>Land cover class field (arealtype)</source>
            <translation>Felt med arealdekkeklasse (arealtype)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Largest class code wins</source>
            <translation>Største klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="328" />
            <source>Length of a car trip starting at the centre (our assumption: 7 km).</source>
            <translation>Lengden på en bilreise som starter i sentrum (vår antakelse: 7 km).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Lowest value of the priority field wins</source>
            <translation>Laveste verdi i prioritetsfeltet vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="310" />
            <source>Merge zones with the same id</source>
            <translation>Slå sammen soner med samme id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>N50 arealdekke</source>
            <translation>N50 arealdekke</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="257" />
            <source>Network distance (m, 50-20,000) counted as walking distance to the centre, to a service and for the residents within reach.</source>
            <translation>Nettverksavstand (m, 50-20 000) som regnes som gangavstand til sentrum, til en tjeneste og for bosatte innen rekkevidde.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="171" />
            <source>No code list knows these codes; codes are given without labels.</source>
            <translation>Ingen kodeliste kjenner disse kodene; kodene gis uten tekster.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="172" />
            <source>No departure in the window {}-{} on {}: every stop and route has no service in it. The day's departures run from {} to {}; check START and END.</source>
            <translation>Ingen avgang i vinduet {}-{} den {}: ingen holdeplass eller rute har rutetilbud i det. Dagens avganger går fra {} til {}; sjekk START og END.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>None (codes without labels)</source>
            <translation>Ingen (koder uten tekster)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="123" />
            <source>Overlap tolerance (m²)</source>
            <translation>Overlappstoleranse (m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="109" />
            <source>Overlapping polygons</source>
            <translation>Overlappende polygoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="129" />
            <source>Overlaps of at most this area between two polygons are digitising noise (shared edges that differ in the last decimals): they are logged and left as they are. 0 treats every overlap as one.</source>
            <translation>Overlapp på høyst dette arealet mellom to polygoner er digitaliseringsstøy (felles kanter som skiller seg i de siste desimalene): de logges og blir stående. 0 regner ethvert overlapp som overlapp.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="390" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="322" />
            <source>Persons per dwelling</source>
            <translation>Personer per bolig</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="157" />
            <source>Plan alternatives (development areas)</source>
            <translation>Planalternativer (utbyggingsområder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="734" />
            <source>Plan alternatives compared</source>
            <translation>Planalternativer sammenlignet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="113" />
            <source>Polygons that overlap inside one layer would be counted twice. Default: stop and list the overlapping features and the area covered more than once. Otherwise each overlapped spot is given to one polygon by the chosen rule (ties go to the feature read first).</source>
            <translation>Polygoner som overlapper i samme lag, ville blitt telt to ganger. Standard: stopp og list opp de overlappende objektene og arealet som dekkes mer enn én gang. Ellers gis hvert overlappende område til ett polygon etter valgt regel (ved likhet til objektet som ble lest først).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="225" />
            <source>Population (grid cells or points)</source>
            <translation>Befolkning (ruter eller punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="234" />
            <source>Population field</source>
            <translation>Befolkningsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="215" />
            <source>Purpose field (for densities)</source>
            <translation>Formålsfelt (for tettheter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="389" />
            <source>Report (PDF)</source>
            <translation>Rapport (PDF)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="142" />
            <source>Report areas on the ellipsoid instead of planar areas in the projected CRS. Only for Transverse Mercator CRSs (UTM, NTM): each polygon's planar area is divided by the square of the projection's scale factor at its centroid (Snyder 1987), within about 1e-6 of the geodesic area. In UTM zone 33 planar areas differ from ellipsoidal ones by up to about 0.1 %.</source>
            <translation>Oppgi arealer på ellipsoiden i stedet for plane arealer i det projiserte koordinatsystemet. Bare for transversale Mercator-systemer (UTM, NTM): hvert polygons plane areal deles på kvadratet av projeksjonens målestokkfaktor i sentroiden (Snyder 1987), innen om lag 1e-6 av det geodetiske arealet. I UTM-sone 33 skiller plane arealer seg fra ellipsoidiske med inntil om lag 0,1 %.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="353" />
            <source>Report title</source>
            <translation>Rapporttittel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="239" />
            <source>Residents per feature (null counts as 0, logged); empty: 1 each.</source>
            <translation>Bosatte per objekt (null teller som 0, logget); tomt: 1 hver.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="328" />
            <source>Residents per new dwelling (SSB: about 2.1 per household).</source>
            <translation>Bosatte per ny bolig (SSB: omtrent 2,1 per husholdning).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="94" />
            <source>Road network for walking (optional)</source>
            <translation>Vegnett for gange (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="87" />
            <source>SOSI kommuneplan arealformål</source>
            <translation>SOSI arealformål (kommuneplan)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="269" />
            <source>Schools, shops, doctors...: the nearest one counts.</source>
            <translation>Skoler, butikker, legekontor ...: den nærmeste teller.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="64" />
            <source>Service day (YYYY-MM-DD; empty = typical weekday)</source>
            <translation>Driftsdøgn (ÅÅÅÅ-MM-DD; tom = typisk hverdag)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="265" />
            <source>Services (points, optional)</source>
            <translation>Tjenester (punkter, valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="328" />
            <source>Share points taken off the car-driver share of an area within STOP_DISTANCE of a stop with at least MIN_DEPARTURES per hour (our assumption: 0.05).</source>
            <translation>Prosentpoeng som trekkes fra bilførerandelen for et område innen STOP_DISTANCE fra en holdeplass med minst MIN_DEPARTURES avganger per time (vår antakelse: 0,05).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="91" />
            <source>Shore lines (strandlinje of sea and lakes) or sea and lake polygons. Land within SHORE_WIDTH of them is flagged as shore zone (the 100-metre belt of pbl § 1-8); with polygons the water itself is inside the zone too.</source>
            <translation>Strandlinjer (mot sjø og innsjøer) eller sjø- og innsjøpolygoner. Land innenfor SHORE_WIDTH fra dem merkes som strandsone (100-metersbeltet i pbl § 1-8); med polygoner ligger også selve vannet i sonen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="87" />
            <source>Shore lines or water (strandsone)</source>
            <translation>Strandlinjer eller vann (strandsone)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="100" />
            <source>Shore zone width (m)</source>
            <translation>Strandsonens bredde (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smaller polygon wins</source>
            <translation>Minste polygon vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Smallest class code wins</source>
            <translation>Minste klassekode vinner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="76" />
            <source>Start of the time window, 00:00-30:00 (GTFS service-day time; 25:00 = 01:00 the next night).</source>
            <translation>Start på tidsvinduet, 00:00-30:00 (GTFS-driftsdøgnets tid; 25:00 = 01:00 natten etter).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="110" />
            <source>Stop with an error listing the overlaps</source>
            <translation>Stopp med en feilmelding som lister opp overlappene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="380" />
            <source>Summary per alternative</source>
            <translation>Sammendrag per alternativ</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="774" />
            <source>The PDF could not be written to {} ({}).</source>
            <translation>PDF-en kunne ikke skrives til {} ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="68" />
            <source>The date whose timetable is used (calendar and calendar_dates). Empty: a typical weekday, the Monday-Friday date with the most common number of trips (the log names it). A date without trips stops the run with the feed's range of dates.</source>
            <translation>Datoen hvis rutetabell brukes (calendar og calendar_dates). Tom: en typisk hverdag, datoen mandag-fredag med det vanligste antallet turer (loggen navngir den). En dato uten turer stopper kjøringen med datospennet i rutetabellen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="393" />
            <source>The multi-page PDF report (optional).</source>
            <translation>PDF-rapporten med flere sider (valgfri).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="53" />
            <source>The timetable as GTFS (Entur publishes Norway's and each county's). A .zip, or any .txt file of an unzipped feed (its folder is read). Needs agency, stops, routes, trips, stop_times and calendar and/or calendar_dates; frequencies and transfers are used where present. A missing file or column stops the run with its name; times that do not parse stop it with the trip and stop ids.</source>
            <translation>Rutetabellen som GTFS (Entur publiserer Norges og hvert fylkes). En .zip, eller en hvilken som helst .txt-fil i en utpakket rutetabell (mappen dens leses). Krever agency, stops, routes, trips, stop_times og calendar og/eller calendar_dates; frequencies og transfers brukes der de finnes. En manglende fil eller kolonne stopper kjøringen med navnet; tider som ikke kan leses stopper den med tur- og holdeplass-id.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="245" />
            <source>The town centre (or centres: the nearest counts).</source>
            <translation>Sentrum i tettstedet (eller flere sentre: det nærmeste teller).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="354" />
            <source>Title of the PDF; empty: “Plan alternatives compared”.</source>
            <translation>Tittel på PDF-en; tom: «Planalternativer sammenlignet».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="322" />
            <source>Trips per person per day</source>
            <translation>Reiser per person per dag</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="328" />
            <source>Trips per resident per day, all modes (RVU 2018/19: about 3).</source>
            <translation>Reiser per bosatt per dag, alle transportmidler (RVU 2018/19: omtrent 3).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="160" />
            <source>Two or more polygon layers, one per alternative (named by the layer), or layers whose features NAME_FIELD groups into alternatives. Areas may not overlap inside an alternative; all must be in one CRS.</source>
            <translation>To eller flere polygonlag, ett per alternativ (navngitt etter laget), eller lag der NAME_FIELD grupperer objektene i alternativer. Områdene kan ikke overlappe innenfor et alternativ; alle må være i samme koordinatsystem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="74" />
            <source>Unit of the area fields: m², daa (dekar = 1,000 m², the unit of Norwegian plans; default), ha or km².</source>
            <translation>Enhet for arealfeltene: m², daa (dekar = 1 000 m², enheten i norske planer; standard), ha eller km².</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="337" />
            <source>Upper bounds of the distance bands (increasing, km; our assumption).</source>
            <translation>Øvre grenser for avstandsbåndene (stigende, km; vår antakelse).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="251" />
            <source>Walking distance</source>
            <translation>Gangavstand</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="296" />
            <source>Walking distance (m, 10-5,000) from an area to a frequent stop, along the road network as smaaby:transitservice measures it (off the network: straight lines times DETOUR_FACTOR).</source>
            <translation>Gangavstand (m, 10-5 000) fra et område til en hyppig betjent holdeplass, langs vegnettet slik smaaby:transitservice måler den (utenfor nettet: rette linjer ganger DETOUR_FACTOR).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="114" />
            <source>Walking speed (km/h)</source>
            <translation>Ganghastighet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="120" />
            <source>Walking speed, 1-10 km/h (4.5 km/h = 1.25 m/s, close to the 1.3 m/s of Conveyal R5).</source>
            <translation>Ganghastighet, 1-10 km/t (4,5 km/t = 1,25 m/s, nær 1,3 m/s i Conveyal R5).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="229" />
            <source>Where people live today (SSB grid); for the residents within reach.</source>
            <translation>Der folk bor i dag (SSB-rutenett); for bosatte innen rekkevidde.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="53" />
            <source>Which SOSI arealformål codes count as development (utbyggingsformål), their purpose group (arealformålsgruppe), sliver threshold (min_area_m2) and whether buffered buildings/roads are removed (buffer_built). Empty: the plugin's resources/codes/sosi_development.csv (defaults: NINA's list, all of hovedformål 1 and 2 are development; ARV's 19 groups and thresholds). Copy and edit it to change the rules.</source>
            <translation>Hvilke SOSI-arealformålskoder som regnes som utbyggingsformål, deres arealformålsgruppe, terskel for smale restarealer (min_area_m2) og om bygninger/veger med buffer fjernes (buffer_built). Tomt: programtilleggets resources/codes/sosi_development.csv (standard: NINAs liste, hele hovedformål 1 og 2 er utbygging; ARVs 19 grupper og terskler). Kopier og rediger den for å endre reglene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="106" />
            <source>Width of the shore zone in metres, measured horizontally (pbl § 1-8: 100 m).</source>
            <translation>Strandsonens bredde i meter, målt horisontalt (pbl § 1-8: 100 m).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="82" />
            <source>Window end (HH:MM)</source>
            <translation>Vinduets slutt (TT:MM)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="75" />
            <source>Window start (HH:MM)</source>
            <translation>Vinduets start (TT:MM)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="105" />
            <source>Without a road network (or for stops and points too far from it), walking follows straight lines times this factor (1-3; 1.3 is a common mean ratio of street to straight distance in towns).</source>
            <translation>Uten vegnett (eller for holdeplasser og punkter for langt fra det) går gangen i rette linjer ganget med denne faktoren (1-3; 1,3 er et vanlig gjennomsnittlig forhold mellom gateavstand og luftlinje i byer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="776" />
            <source>Wrote {} page(s) to {}.</source>
            <translation>Skrev {} side(r) til {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="300" />
            <source>Zone id field</source>
            <translation>Id-felt for soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="294" />
            <source>Zones</source>
            <translation>Soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="312" />
            <source>Zones that share an id (a kommune stored as several features) are dissolved into one zone, and the log says how many. Default: a repeated id stops the run with the ids, so two different zones are never summed by mistake.</source>
            <translation>Soner som deler en id (en kommune lagret som flere objekter), slås sammen til én sone, og loggen sier hvor mange. Standard: en gjentatt id stopper kjøringen med id-ene, slik at to ulike soner aldri summeres ved en feil.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>daa (dekar, 1,000 m²)</source>
            <translation>daa (dekar, 1 000 m²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="146" />
            <source>frequencies.txt: headway-based trips are expanded into single trips.</source>
            <translation>frequencies.txt: intervallbaserte turer utvides til enkeltturer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>km²</source>
            <translation>km²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="72" />
            <source>m²</source>
            <translation>m²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="216" />
            <source>purpose=dwellings per daa pairs, e.g. '1110=4, 1130=2.5' (0-1000 per daa). Given, each area's dwellings are its density times its area (areas of other purposes get none, counted in the log) and DWELLINGS_FIELD is not read.</source>
            <translation>formål=boliger per daa, f.eks. '1110=4, 1130=2.5' (0-1000 per daa; desimaltall med punktum, komma skiller parene). Når den er gitt, er boligene i hvert område tettheten ganger arealet (områder med andre formål får ingen, telt i loggen), og DWELLINGS_FIELD leses ikke.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="216" />
            <source>purpose=jobs per daa pairs, e.g. '1300=3, 1130=1'; given, JOBS_FIELD is not read.</source>
            <translation>formål=arbeidsplasser per daa, f.eks. '1300=3, 1130=1'; når den er gitt, leses ikke JOBS_FIELD.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>scenario, scenarier, planalternativ, alternativer, konsekvensutredning, KU, grønn omstilling, 2030, utslipp, CO2, bilkilometer, dyrka mark, strandsone, fortetting, kommuneplan, plan alternatives, emissions</source>
            <translation>scenario, scenarier, planalternativ, alternativer, konsekvensutredning, KU, grønn omstilling, 2030, utslipp, CO2, bilkilometer, dyrka mark, strandsone, fortetting, kommuneplan, planalternativer, klimagassutslipp</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="531" />
            <source>{:,} of {:,} stops have at least {:g} departures per hour in the window.</source>
            <translation>{:,} av {:,} holdeplasser har minst {:g} avganger per time i tidsvinduet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="150" />
            <source>{:,} stops, {:,} trips, {:,} stop times on {}, window {}-{}.</source>
            <translation>{:,} holdeplasser, {:,} turer, {:,} stopptider den {}, vindu {}-{}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="239" />
            <source>{} ({}) has no features; nothing is taken as built from it.</source>
            <translation>{} ({}) har ingen objekter; ingenting regnes som bebygd ut fra det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="181" />
            <source>{} code(s) are not in {}: {}; they are kept and flagged (in_code_list = 0).</source>
            <translation>{} kode(r) står ikke i {}: {}; de beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="424" />
            <source>{} needs PURPOSE_FIELD, the field with each area's purpose.</source>
            <translation>{} trenger PURPOSE_FIELD, feltet med arealformålet for hvert område.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="285" />
            <source>{}: every feature lies more than 50 km from the feed's stops (the nearest {:,.0f} km); check that the feed covers this area and that {} has its right CRS.</source>
            <translation>{}: alle objekter ligger mer enn 50 km fra holdeplassene i rutetabellen (nærmeste {:,.0f} km); sjekk at rutetabellen dekker området og at {} har riktig koordinatsystem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="167" />
            <source>{}: none of the purposes is a SOSI arealformål code (such as 1110 boligbebyggelse); is the right field chosen?</source>
            <translation>{}: ingen av formålene er en SOSI-arealformålskode (som 1110 boligbebyggelse); er riktig felt valgt?</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="159" />
            <source>{}: none of the purposes is a code of the development table (SOSI arealformål such as 1110 boligbebyggelse), so nothing can count as development and the result would be empty; is the right field chosen?</source>
            <translation>{}: ingen av formålene er en kode i utbyggingstabellen (SOSI-arealformål som 1110 boligbebyggelse), så ingenting kan regnes som utbygging og resultatet ville blitt tomt; er riktig felt valgt?</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="259" />
            <source>{}: the overlap rule 'priority field' needs a priority field.</source>
            <translation>{}: overlappsregelen «prioritetsfelt» trenger et prioritetsfelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="489" />
            <source>{}: {} area(s) have no name in '{}' (feature ids {}).</source>
            <translation>{}: {} område(r) har ikke noe navn i '{}' (objekt-id {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="514" />
            <source>{}: {} area(s), {:,.0f} dwellings, {:,.0f} jobs.</source>
            <translation>{}: {} område(r), {:,.0f} boliger, {:,.0f} arbeidsplasser.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="136" />
            <source>{}: {} code(s) are not SOSI arealformål codes: {}; they are kept and flagged (in_code_list = 0).</source>
            <translation>{}: {} kode(r) er ikke SOSI-arealformålskoder: {}; de beholdes og merkes (in_code_list = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="143" />
            <source>{}: {} code(s) are not in the development table: {}; they count as not development (group 19 Udefinert).</source>
            <translation>{}: {} kode(r) står ikke i utbyggingstabellen: {}; de regnes som ikke utbygging (gruppe 19 Udefinert).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="474" />
            <source>{}: {} from {} x area ({:,.0f} in all){}.</source>
            <translation>{}: {} fra {} x areal ({:,.0f} i alt){}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="355" />
            <source>{}: {} id(s) occur on more than one feature ({} features); each id's features were merged into one zone: {} zone(s) in all.</source>
            <translation>{}: {} id-er finnes på mer enn ett objekt ({} objekter); objektene til hver id er slått sammen til én sone: {} soner i alt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/scenarios/scenariocompare.py" line="684" />
            <source>{}: {} of {} area(s) are not reached by the road network ({}); their alternative's network rows are left empty.</source>
            <translation>{}: {} av {} område(r) nås ikke av vegnettet ({}); nettverksradene for alternativet blir stående tomme.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_plans.py" line="151" />
            <source>{}: {} polygon(s) have a text purpose (e.g. {}); each text is a class of its own in the change matrix, but it has no SOSI code: it counts as not development (group 19 Udefinert).</source>
            <translation>{}: {} polygoner har et tekstformål (f.eks. {}); hver tekst er en egen klasse i endringsmatrisen, men har ingen SOSI-kode: den regnes ikke som utbygging (gruppe 19 Udefinert).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/landuse/_landuse.py" line="261" />
            <source>{}: {} polygon(s) read.</source>
            <translation>{}: {} polygon(er) lest.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioReport</name>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="254" />
            <source>Alternative</source>
            <translation>Alternativ</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="303" />
            <source>Alternative: {}</source>
            <translation>Alternativ: {}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="273" />
            <source>Best</source>
            <translation>Best</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="146" />
            <source>Centre</source>
            <translation>Sentrum</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="269" />
            <source>Comparison of the alternatives</source>
            <translation>Sammenligning av alternativene</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="142" />
            <source>Development areas</source>
            <translation>Utbyggingsområder</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="109" />
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="273" />
            <source>Indicator (unit)</source>
            <translation>Indikator (enhet)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="323" />
            <source>Indicators by alternative</source>
            <translation>Indikatorer per alternativ</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="295" />
            <source>Land taken by class</source>
            <translation>Areal som tas, etter klasse</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="257" />
            <source>Legend</source>
            <translation>Tegnforklaring</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="362" />
            <source>Parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="254" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="164" />
            <source>Roads</source>
            <translation>Veger</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="185" />
            <source>Shore</source>
            <translation>Strandlinje</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="362" />
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="362" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="308" />
            <source>Value</source>
            <translation>Verdi</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="352" />
            <source>What each alternative costs and gains</source>
            <translation>Hva hvert alternativ koster og gir</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="330" />
            <source>higher is better</source>
            <translation>høyere er bedre</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="330" />
            <source>lower is better</source>
            <translation>lavere er bedre</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/scenario_report.py" line="238" />
            <source>{} dwellings, {} jobs, {}</source>
            <translation>{} boliger, {} arbeidsplasser, {}</translation>
        </message>
    </context>
    <context>
        <name>ServiceAccess</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="128" />
            <source>Capacity field (optional)</source>
            <translation>Kapasitetsfelt (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="120" />
            <source>Cut-off (minutes; km on a distance network)</source>
            <translation>Grense (minutter; km på et avstandsnett)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="116" />
            <source>Destination id field</source>
            <translation>Id-felt for målpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="86" />
            <source>Destinations (services)</source>
            <translation>Målpunkter (tjenester)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="177" />
            <source>Destinations with the people they are nearest for</source>
            <translation>Målpunkter med personene de er nærmest for</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="107" />
            <source>E.g. 'gp, hospital, grocery'. Destinations of other kinds or without a kind are left out (counted); a kind listed here without any destination gets summary rows saying so.</source>
            <translation>F.eks. 'gp, hospital, grocery'. Målpunkter av andre typer eller uten type utelates (telles); en type som er oppført her uten noe målpunkt får sammendragsrader som sier det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="181" />
            <source>Each destination with its kind, n_origins and population for whom it is the nearest of its kind, and capacity and population_per_capacity.</source>
            <translation>Hvert målpunkt med type, n_origins og population som det er nærmest av sin type for, og capacity og population_per_capacity.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="162" />
            <source>Each origin with min_&lt;kind&gt; and id_&lt;kind&gt;.</source>
            <translation>Hvert startpunkt med min_&lt;type&gt; og id_&lt;type&gt;.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="120" />
            <source>Field naming each destination in id_&lt;kind&gt;; without it the feature id. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert målpunkt i id_&lt;type&gt;; uten det objekt-id-en. Doble eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="71" />
            <source>Field naming each origin; without it the feature id. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert startpunkt; uten det objekt-id-en. Doble eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="108" />
            <source>Field naming each zone (e.g. kommunenummer); without it the feature id. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hver sone (f.eks. kommunenummer); uten det objekt-id-en. Doble eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="97" />
            <source>Field with the kind of each destination (text or numbers, e.g. 'gp', 'grocery'); without it all destinations are one kind 'all'.</source>
            <translation>Felt med typen til hvert målpunkt (tekst eller tall, f.eks. 'gp', 'grocery'); uten det er alle målpunkter én type 'all'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>For every origin (SSB 250 m cells, grunnkretser, addresses) the network cost to the nearest destination of each kind (school levels, GP, hospital, NAV office, pharmacy, grocery) and which one it is; per zone (kommune, tettsted) the population-weighted mean, median and 90th percentile cost per kind and the share of the inhabitants within THRESHOLDS (default 15, 30, 60 minutes).

Method: origins and destinations are attached to the nearest link at their projected positions (polygons by a point inside them); the straight legs to the network cost their length, or minutes at the speed off the network. One multi-source Dijkstra search (Dijkstra 1959; scipy.sparse.csgraph) per kind, from all destinations of that kind together on the reversed network, gives every origin its cost to the nearest one, on one-way links in the direction of travel from home to the service; exact ties go to the destination that comes first. Searches stop at CUTOFF (1-600 minutes, or km on a distance network).

Outputs: OUTPUT, each origin with population, zone_id and per kind min_&lt;kind&gt; (cost, empty when unreached) and id_&lt;kind&gt; (the nearest destination); OUTPUT_SUMMARY, a table per zone and kind (and '(all)' for all origins): n_destinations, population, reached, unreached, mean (over the reached), median and p90 (the cost within which 50 % / 90 % of the population live, empty when that share is not reached), within_&lt;t&gt; (share 0-1 of the population within each threshold) and a note; OUTPUT_DESTINATIONS, each destination with n_origins and population for whom it is the nearest of its kind and, with CAPACITY_FIELD, population_per_capacity. Units: minutes for travel time, metres for distance.

Bad input: without KIND_FIELD every destination is of one kind 'all'; a destination without a kind stops the run naming the field, unless KINDS lists the kinds wanted (the others are left out, counted). A kind without any destination gets summary rows saying so. Origins farther than MAX_SNAP from the network, beyond CUTOFF or in a part of the network without that kind are unreached: counted in the log and in the summary's population and unreached, never dropped. A CUTOFF below 1 or above 600 is refused.

Missing values: a null or NaN population or weight counts as 0 (the log says how many); negative, infinite or absurd (above 10 million) values stop the run. Duplicate or missing origin and zone ids stop the run. CRS: all inputs are computed in the network's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>For hvert startpunkt (SSBs 250 m ruter, grunnkretser, adresser) kostnaden i vegnettet til nærmeste målpunkt av hver type (skoletrinn, fastlege, sykehus, NAV-kontor, apotek, dagligvare) og hvilket det er; per sone (kommune, tettsted) befolkningsvektet gjennomsnitt, median og 90-persentil per type og andelen innbyggere innen THRESHOLDS (standard 15, 30, 60 minutter).

Metode: startpunkter og målpunkter knyttes til nærmeste lenke i sin projiserte posisjon (polygoner ved et punkt inni dem); de rette strekningene til vegnettet koster lengden sin, eller minutter med farten utenfor vegnettet. Ett Dijkstra-søk med mange kilder (Dijkstra 1959; scipy.sparse.csgraph) per type, fra alle målpunkter av typen samtidig i det snudde vegnettet, gir hvert startpunkt kostnaden til det nærmeste, på enveiskjøringer i reiseretningen hjemmefra til tjenesten; helt like kostnader går til målpunktet som kommer først. Søkene stopper ved CUTOFF (1-600 minutter, eller km på et avstandsnett).

Utdata: OUTPUT, hvert startpunkt med befolkning, zone_id og per type min_&lt;type&gt; (kostnad, tom når ingen nås) og id_&lt;type&gt; (nærmeste målpunkt); OUTPUT_SUMMARY, en tabell per sone og type (og '(all)' for alle startpunkter): n_destinations, population, reached, unreached, mean (over dem som når), median og p90 (kostnaden som 50 % / 90 % av befolkningen bor innenfor, tom når den andelen ikke nås), within_&lt;t&gt; (andel 0-1 av befolkningen innen hver terskel) og en merknad; OUTPUT_DESTINATIONS, hvert målpunkt med n_origins og population som det er nærmest av sin type for og, med CAPACITY_FIELD, population_per_capacity. Enheter: minutter for reisetid, meter for avstand.

Feil i inndata: uten KIND_FIELD er alle målpunkter én type 'all'; et målpunkt uten type stopper kjøringen med navnet på feltet, med mindre KINDS lister de ønskede typene (de andre utelates og telles). En type uten målpunkter får sammendragsrader som sier det. Startpunkter lenger enn MAX_SNAP fra vegnettet, utenfor CUTOFF eller i en del av vegnettet uten den typen når ingen: de telles i loggen og i sammendragets population og unreached, og blir aldri borte. En CUTOFF under 1 eller over 600 avvises.

Manglende verdier: en tom (null) eller NaN befolkning eller vekt teller som 0 (loggen sier hvor mange); negative, uendelige eller urimelige (over 10 millioner) verdier stopper kjøringen. Doble eller manglende id-er for startpunkter og soner stopper kjøringen. CRS: alle inndata beregnes i vegnettets projiserte CRS, eller i UTM-sonen til dataene når det er geografisk eller Web Mercator; et lag uten CRS stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="85" />
            <source>Inhabitants per origin (e.g. pop2022); without it each origin counts as 1. Null or NaN counts as 0 (logged); negative or infinite values stop the run.</source>
            <translation>Innbyggere per startpunkt (f.eks. pop2022); uten det teller hvert startpunkt som 1. Null eller NaN teller som 0 (logges); negative eller uendelige verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="315" />
            <source>Kind '{}' ({} destination(s)): {:,.0f} of {:,.0f} people reach one.</source>
            <translation>Type '{}' ({} målpunkt(er)): {:,.0f} av {:,.0f} personer når et.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="240" />
            <source>Kind '{}': no destination of this kind; every origin is unreached.</source>
            <translation>Type '{}': ingen målpunkter av denne typen; ingen startpunkter når noe.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="262" />
            <source>Kind '{}': {:,} of {:,} origin(s) unreached within {:g} {}: {}.</source>
            <translation>Type '{}': {:,} av {:,} startpunkt(er) når ingen innen {:g} {}: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="93" />
            <source>Kind field</source>
            <translation>Typefelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="105" />
            <source>Kinds wanted (comma-separated; empty = every kind in the field)</source>
            <translation>Ønskede typer (kommaseparert; tom = alle typer i feltet)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="102" />
            <source>Optional polygons; each origin counts in the zone its point lies in.</source>
            <translation>Valgfrie polygoner; hvert startpunkt teller i sonen punktet ligger i.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="67" />
            <source>Origin id field</source>
            <translation>Id-felt for startpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="56" />
            <source>Origins (where people live)</source>
            <translation>Startpunkter (der folk bor)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="159" />
            <source>Origins with cost per kind</source>
            <translation>Startpunkter med kostnad per type</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="171" />
            <source>Per zone and kind: mean, median, p90 and shares within the thresholds.</source>
            <translation>Per sone og type: gjennomsnitt, median, p90 og andeler innen tersklene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="133" />
            <source>Places, doctors, pupils per destination: OUTPUT_DESTINATIONS then gives the people for whom it is the nearest per unit of capacity. Null or NaN counts as 0 (logged); negative or infinite values stop the run.</source>
            <translation>Plasser, leger, elever per målpunkt: OUTPUT_DESTINATIONS gir da personene det er nærmest for per kapasitetsenhet. Null eller NaN teller som 0 (logges); negative eller uendelige verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="79" />
            <source>Population field</source>
            <translation>Befolkningsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="59" />
            <source>SSB 250 m population cells, grunnkretser or address points; a polygon counts by a point inside it.</source>
            <translation>SSBs 250 m befolkningsruter, grunnkretser eller adressepunkter; et polygon teller ved et punkt inni det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="88" />
            <source>Schools, GPs, hospitals, NAV offices, shops; polygons by a point inside.</source>
            <translation>Skoler, fastleger, sykehus, NAV-kontorer, butikker; polygoner ved et punkt inni.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="143" />
            <source>Searches stop here: origins farther from every destination of a kind are unreached for it (1-600 minutes, or kilometres on a distance network).</source>
            <translation>Søkene stopper her: startpunkter lenger unna alle målpunkter av en type når ingen av den typen (1-600 minutter, eller kilometer på et avstandsnett).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="167" />
            <source>Service access summary</source>
            <translation>Sammendrag av reisetid til tjenester</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="153" />
            <source>The summary gives the share of the population within each (at most 600).</source>
            <translation>Sammendraget gir andelen av befolkningen innen hver (høyst 600).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="151" />
            <source>Thresholds for the shares (minutes; km on a distance network)</source>
            <translation>Terskler for andelene (minutter; km på et avstandsnett)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Travel time to the nearest service of each kind (network)</source>
            <translation>Reisetid til nærmeste tjeneste av hver type (vegnett)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="106" />
            <source>Zone id field</source>
            <translation>Id-felt for soner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="98" />
            <source>Zones to summarise by (kommuner, tettsteder)</source>
            <translation>Soner å summere etter (kommuner, tettsteder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="251" />
            <source>farther than MAX_SNAP from the network</source>
            <translation>lenger enn MAX_SNAP fra vegnettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="250" />
            <source>in a part of the network without one</source>
            <translation>i en del av vegnettet uten et</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="285" />
            <source>no destination of this kind</source>
            <translation>ingen målpunkter av denne typen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="247" />
            <source>not reached within CUTOFF (or only against one-way links)</source>
            <translation>ikke nådd innen CUTOFF (eller bare mot enveiskjøringer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>service access, travel time, reisetid, nearest, nærmeste, school, skole, GP, fastlege, hospital, sykehus, NAV, pharmacy, apotek, grocery, dagligvare, region, accessibility, tilgjengelighet, network, vegnett</source>
            <translation>reisetid til tjenester, reisetid, travel time, nærmeste, nearest, skole, school, fastlege, GP, sykehus, hospital, NAV, apotek, pharmacy, dagligvare, grocery, region, tilgjengelighet, accessibility, vegnett, network</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceaccess.py" line="257" />
            <source>{:,} {} ({:,.0f} people)</source>
            <translation>{:,} {} ({:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="272" />
            <source>{}: {} of {} destination(s) are of none of the kinds wanted ({}) and are left out.</source>
            <translation>{}: {} av {} målpunkt(er) er ikke av noen ønsket type ({}) og utelates.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="209" />
            <source>{}: {} of {} feature(s) have no kind in the field '{}' (feature ids {}); give each a kind, list the kinds wanted (the others are left out), or leave {} empty to take every feature as one kind 'all'.</source>
            <translation>{}: {} av {} objekt(er) har ingen type i feltet '{}' (objekt-id-er {}); gi hvert en type, list opp de ønskede typene (de andre utelates), eller la {} stå tom for å ta alle objekter som én type 'all'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="182" />
            <source>{}: {} of {} origin(s) lie in no zone of {}; they count only in the row for all origins.</source>
            <translation>{}: {} av {} startpunkt(er) ligger ikke i noen sone i {}; de teller bare i raden for alle startpunkter.</translation>
        </message>
    </context>
    <context>
        <name>ServiceAreas</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="131" />
            <source>Areas</source>
            <translation>Områder</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="174" />
            <source>Buffered roads (100 m)</source>
            <translation>Buffrede veger (100 m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="179" />
            <source>Buffered roads: the reached roads buffered by the buffer distance. Isochrone: one outline around the reached network per threshold, holes smaller than a block filled, bands nested.</source>
            <translation>Buffrede veger: de nådde vegene buffret med bufferavstanden. Isokron: én omriss rundt det nådde nettet per terskel, hull mindre enn et kvartal fylt, båndene nøstet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="245" />
            <source>Choose at least one output: OUTPUT_POLYGONS or OUTPUT_LINES.</source>
            <translation>Velg minst ett resultat: OUTPUT_POLYGONS eller OUTPUT_LINES.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="123" />
            <source>Comma-separated limits in the cost unit: minutes for travel time, metres for distance (e.g. '5, 10, 20, 30' or '500, 1000, 2000').</source>
            <translation>Kommaseparerte grenser i kostnadsenheten: minutter for reisetid, meter for avstand (f.eks. «5, 10, 20, 30» eller «500, 1000, 2000»).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="121" />
            <source>Cost thresholds</source>
            <translation>Kostnadsgrenser</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="134" />
            <source>Dissolved bands over all centres (nearest centre)</source>
            <translation>Sammenslåtte bånd for alle sentre (nærmeste senter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="175" />
            <source>Isochrone (concave hull of the reached network)</source>
            <translation>Isokron (konkavt skall rundt det nådde nettet)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="202" />
            <source>Line output</source>
            <translation>Linjeresultat</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Network service areas</source>
            <translation>Tjenesteområder langs vegnettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="163" />
            <source>Number of inhabitants per population feature (e.g. pop2019). Without it each feature counts as 1. Null or NaN counts as 0 (logged); negative or infinite values stop the run.</source>
            <translation>Antall innbyggere per befolkningsobjekt (f.eks. pop2019). Uten det teller hvert objekt som 1. Tom (null) eller NaN regnes som 0 (logges); negative eller uendelige verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="133" />
            <source>One area per centre (may overlap)</source>
            <translation>Ett område per senter (kan overlappe)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="138" />
            <source>One area per centre and threshold, or one area per threshold: what lies within it of the nearest centre.</source>
            <translation>Ett område per senter og grense, eller ett område per grense: det som ligger innenfor grensen fra nærmeste senter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="204" />
            <source>One feature per reached link piece, with its cost</source>
            <translation>Ett objekt per nådd lenkebit, med kostnaden</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="205" />
            <source>One multiline per centre and band</source>
            <translation>Én multilinje per senter og bånd</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="222" />
            <source>One polygon per centre and threshold (or per threshold when dissolved) with centre_id, threshold, area_km2, area_daa, network_km, population.</source>
            <translation>Ett polygon per senter og grense (eller per grense når de er slått sammen) med centre_id, threshold, area_km2, area_daa, network_km, population.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="150" />
            <source>Optional: population points or polygons (e.g. SSB 250 m cells); a polygon counts by a point inside it.</source>
            <translation>Valgfritt: befolkningspunkter eller -polygoner (f.eks. SSBs 250 m-ruter); et polygon telles ved et punkt inne i det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="209" />
            <source>Pieces carry their link and cost range (for styling by cost); one multiline per centre and band is lighter, as QGIS's service area.</source>
            <translation>Bitene har lenke og kostnadsintervall (for stil etter kostnad); én multilinje per senter og bånd er lettere, som QGIS' eget tjenesteområde.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="188" />
            <source>Polygon buffer distance</source>
            <translation>Bufferavstand for polygoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="172" />
            <source>Polygon method</source>
            <translation>Polygonmetode</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="146" />
            <source>Population (points or polygons)</source>
            <translation>Befolkning (punkter eller polygoner)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="158" />
            <source>Population field</source>
            <translation>Befolkningsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="295" />
            <source>Reached {} link piece(s) within {} {}.</source>
            <translation>Nådde {} lenkebit(er) innenfor {} {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="218" />
            <source>Service areas (polygons)</source>
            <translation>Tjenesteområder (polygoner)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="230" />
            <source>Service areas (reached lines)</source>
            <translation>Tjenesteområder (nådde linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="113" />
            <source>Start points: town centres, schools, stations. Each is attached to the nearest link of the network.</source>
            <translation>Startpunkter: sentrum, skoler, stasjoner. Hvert knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>The part of the road network that can be reached from each centre within each cost threshold (e.g. 5, 10, 20, 30 minutes, or 500, 1000 m), as lines and as polygons, with the population reached.

Method: each centre is attached to the nearest link at its projected position (the link is split there; the straight leg to it costs its length, or minutes at the speed off the network). Shortest paths by Dijkstra's algorithm (Dijkstra 1959) with a cost limit, run by scipy.sparse.csgraph on the directed network (one-way links respected; cost per link = length, or length / speed). A link whose end costs are du and dv is reached from its start up to (T - du) / cost-per-metre and from its end likewise, so partial links are cut exactly where the threshold T runs out. MODE 'one area per centre' runs one search per centre (areas overlap); 'dissolved bands' runs one search from all centres together (the area within T of the nearest centre).

OUTPUT_LINES: the reached network in bands (a piece reached within threshold k but not within the one before it), either one feature per link piece with the cost at its cheapest and dearest point (cost_min, cost_max), or one multiline per centre and band (as QGIS's own service area gives).
OUTPUT_POLYGONS: per centre and threshold, with POLYGON_METHOD either 'Buffered roads': the union of everything reached within the threshold buffered by BUFFER_DISTANCE metres (honest: only land near a reached road), or 'Isochrone': the concave hull (shapely.concave_hull, ratio 0.1) of the reached network's points, one every 50 m along the reached roads and the exact cut points of partly reached links, united with the reached roads buffered by 25 m so that every reached road lies inside, holes smaller than 10,000 m² (a block) filled, and each band united with the smaller ones so that the bands are nested (as QNEAT3, ORS Tools or ArcGIS draw isochrones; it also covers blocks and fields between the reached roads). Each polygon has area_km2, area_daa, the network length reached (km) and the population reached: the sum of POPULATION_FIELD over the population features (points, or a point inside each polygon, e.g. SSB 250 m cells) whose own network cost, including their access leg, is within the threshold.

Units: thresholds in minutes for travel time, metres for distance.

Bad input: centres or population farther than MAX_SNAP from the network are left out and reported, with how far they lie outside the network's extent; when no centre reaches the network, or all lie 50 km or more from it, the run stops (a CRS or extent mistake). Centres in a separate part of the network reach only that part, and the population in parts without a centre is counted in the log. Zero-length and degenerate links are dropped (counted). Thresholds must be positive numbers up to 1,000,000; unreadable ones, or no output chosen, stop the run.

Missing values: a null or NaN population counts as 0 (the log says how many); negative, infinite or absurd (above 10 million) values stop the run. Duplicate or missing centre ids stop the run. CRS: all inputs are computed in the network's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Den delen av vegnettet som kan nås fra hvert senter innenfor hver kostnadsterskel (f.eks. 5, 10, 20, 30 minutter, eller 500, 1000 m), som linjer og som polygoner, med befolkningen som nås.

Metode: hvert senter knyttes til nærmeste lenke i sitt projiserte punkt (lenken deles der; den rette etappen dit koster sin lengde, eller minutter ved farten utenfor nettet). Korteste veger med Dijkstras algoritme (Dijkstra 1959) med kostnadsgrense, kjørt av scipy.sparse.csgraph på det rettede nettet (enveislenker respekteres; kostnad per lenke = lengde, eller lengde / fart). En lenke med kostnadene du og dv i endene nås fra starten opp til (T - du) / kostnad per meter og fra slutten tilsvarende, så delvis nådde lenker kuttes nøyaktig der terskelen T tar slutt. MODE «ett område per senter» kjører ett søk per senter (områdene overlapper); «samlede bånd» kjører ett søk fra alle sentrene sammen (området innenfor T fra nærmeste senter).

OUTPUT_LINES: det nådde nettet i bånd (en bit nådd innenfor terskel k, men ikke innenfor den forrige), enten ett objekt per lenkebit med kostnaden i billigste og dyreste punkt (cost_min, cost_max), eller én multilinje per senter og bånd (slik QGIS' egen serviceområde-algoritme gir).
OUTPUT_POLYGONS: per senter og terskel, med POLYGON_METHOD enten «Buffrede veger»: unionen av alt som nås innenfor terskelen buffret med BUFFER_DISTANCE meter (ærlig: bare land nær en nådd veg), eller «Isokron»: det konkave skallet (shapely.concave_hull, ratio 0,1) av punkter på det nådde nettet, ett hver 50. meter langs de nådde vegene og de nøyaktige kuttpunktene på delvis nådde lenker, forent med de nådde vegene buffret med 25 m slik at hver nådd veg ligger inni, hull mindre enn 10 000 m² (et kvartal) fylt, og hvert bånd forent med de mindre slik at båndene er nøstet (slik QNEAT3, ORS Tools eller ArcGIS tegner isokroner; det dekker også kvartaler og jorder mellom de nådde vegene). Hvert polygon har area_km2, area_daa, lengden av nådd nett (km) og befolkningen som nås: summen av POPULATION_FIELD over befolkningsobjektene (punkter, eller et punkt inni hvert polygon, f.eks. SSBs 250 m-ruter) der egen nettkostnad, medregnet tilgangsetappen, er innenfor terskelen.

Enheter: terskler i minutter for reisetid, meter for avstand.

Feil i inndata: sentre eller befolkning lenger enn MAX_SNAP fra nettet utelates og rapporteres, med hvor langt utenfor nettets utstrekning de ligger; når ingen sentre når nettet, eller alle ligger 50 km eller mer fra det, stopper kjøringen (en feil i koordinatsystem eller utstrekning). Sentre i en egen del av nettet når bare den delen, og befolkningen i deler uten senter telles i loggen. Lenker med null lengde og degenererte lenker fjernes (telles). Terskler må være positive tall opp til 1 000 000; uleselige terskler, eller ingen valgte utdata, stopper kjøringen.

Manglende verdier: en null- eller NaN-befolkning teller som 0 (loggen sier hvor mange); negative, uendelige eller urimelige (over 10 millioner) verdier stopper kjøringen. Dupliserte eller manglende senter-id-er stopper kjøringen. Koordinatsystem: alle inndata beregnes i nettets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="234" />
            <source>The reached network in bands, with centre_id, threshold, band_from, length_m, cost_min, cost_max.</source>
            <translation>Det nådde nettet i bånd, med centre_id, threshold, band_from, length_m, cost_min, cost_max.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="194" />
            <source>With the buffered-roads method the polygons are the reached network buffered by this many metres (0.1-10 000); not used by the isochrone method.</source>
            <translation>Med metoden buffrede veger er polygonene det nådde nettet buffret med så mange meter (0,1–10 000); brukes ikke av isokronmetoden.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="391" />
            <source>Within {:g} {} of {}: {:,.0f} of {:,.0f} inhabitants.</source>
            <translation>Innenfor {:g} {} fra {}: {:,.0f} av {:,.0f} innbyggere.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/serviceareas.py" line="392" />
            <source>a centre</source>
            <translation>et senter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>service area, isochrone, reachability, tilgjengelighet, omland, network, vegnett, travel time, reisetid, walking distance, gangavstand, Dijkstra</source>
            <translation>tjenesteområde, isokron, tilgjengelighet, omland, nettverk, vegnett, reisetid, gangavstand, Dijkstra, service area</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
    </context>
    <context>
        <name>Settlements</name>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="88" />
            <source>Building points (bygningspunkt), building footprints (counted at their centroid) or address points (adresser).</source>
            <translation>Bygningspunkter, bygningsomriss (telles i sentroiden) eller adressepunkter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="85" />
            <source>Buildings or addresses</source>
            <translation>Bygninger eller adresser</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Delineates settlements (tettsteder) from building or address points by the rules of Statistics Norway (SSB, 'Tettsteder', ssb.no/a/kortnavn/beftett): a cluster of houses is a settlement when at least 200 people live there and the houses are normally at most 50 m apart; satellite clusters of at least 5 buildings at most 400 m from the core belong to it.

SSB does not publish its GIS procedure. This algorithm does:
1. Points at the same position count as one building (their residents are summed). Building polygons count at their centroid.
2. Single linkage: buildings joined by a chain of steps of at most MAX_GAP metres form a cluster (exactly MAX_GAP joins).
3. A cluster with at least MIN_RESIDENTS residents of its own is a core.
4. Every other cluster with at least SATELLITE_MIN_BUILDINGS buildings whose nearest building lies at most SATELLITE_DISTANCE from a building of a core joins the nearest core (satellites are not chained to satellites).
5. Outline: each building is a disc of radius MAX_GAP/2; the discs of a settlement are dissolved and closed (buffer +MAX_GAP, dissolve, buffer -MAX_GAP/2), so two buildings MAX_GAP apart give one polygon and narrow gaps are filled. A settlement with satellites is a multipolygon.
SSB's discretionary larger gaps across parks, rivers, farmland and industry are not modelled, so a town cut by a river may come out as several settlements.

Residents: from RESIDENTS_FIELD, or, without it, PERSONS_PER_ADDRESS for every point (address points carry no residents; use the kommune's population divided by its number of addresses; Elverum 2019: about 1.95).

Output: settlement polygons with settlement_id (1 = most residents), residents, buildings (distinct positions), points, satellites and area (m², daa). OUTPUT_POINTS (optional): every input point with its settlement_id (0 = outside) and role (core, satellite). Distances in metres.

Bad input: features without geometry are skipped and invalid ones repaired (both logged); when no cluster reaches MIN_RESIDENTS the output is empty and the log gives the largest cluster's residents.
Missing values: a null or NaN residents value counts as 0 (the log says how many); text, negative, infinite or absurd values (above 10,000,000 for one point) stop the run.
CRS: distances are computed in the layer's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Avgrenser tettsteder fra bygnings- eller adressepunkter etter reglene til Statistisk sentralbyrå (SSB, «Tettsteder», ssb.no/a/kortnavn/beftett): en hussamling er et tettsted når minst 200 personer bor der og avstanden mellom husene normalt ikke er over 50 m; satellitter på minst 5 bygninger høyst 400 m fra kjernen hører med.

SSB publiserer ikke sin GIS-prosedyre. Denne algoritmen gjør slik:
1. Punkter i samme posisjon teller som én bygning (beboerne summeres). Bygningspolygoner telles i sentroiden.
2. Enkel kobling: bygninger forbundet med en kjede av steg på høyst MAX_GAP meter danner en klynge (nøyaktig MAX_GAP kobles).
3. En klynge med minst MIN_RESIDENTS egne beboere er en kjerne.
4. Hver annen klynge med minst SATELLITE_MIN_BUILDINGS bygninger der nærmeste bygning ligger høyst SATELLITE_DISTANCE fra en bygning i en kjerne, slutter seg til nærmeste kjerne (satellitter kjedes ikke til satellitter).
5. Avgrensning: hver bygning er en sirkel med radius MAX_GAP/2; sirklene i et tettsted slås sammen og lukkes (buffer +MAX_GAP, sammenslåing, buffer −MAX_GAP/2), slik at to bygninger med MAX_GAP mellom seg gir ett polygon og smale åpninger fylles. Et tettsted med satellitter er et multipolygon.
SSBs skjønnsmessige større avstander over parker, elver, jordbruksareal og industri modelleres ikke, så en by som deles av en elv, kan komme ut som flere tettsteder.

Beboere: fra RESIDENTS_FIELD, eller uten det PERSONS_PER_ADDRESS for hvert punkt (adressepunkter har ikke beboere; bruk kommunens folketall delt på antall adresser; Elverum 2019: om lag 1,95).

Resultat: tettstedspolygoner med settlement_id (1 = flest beboere), residents, buildings (ulike posisjoner), points, satellites og areal (m², daa). OUTPUT_POINTS (valgfritt): hvert inndatapunkt med settlement_id (0 = utenfor) og rolle (core, satellite). Avstander i meter.

Feil i inndata: objekter uten geometri hoppes over og ugyldige repareres (begge logges); når ingen klynge når MIN_RESIDENTS, blir resultatet tomt og loggen oppgir beboerne i den største klyngen.
Manglende verdier: et tomt (NULL) eller NaN beboertall regnes som 0 (loggen sier hvor mange); tekst, negative, uendelige eller urimelige verdier (over 10 000 000 for ett punkt) stopper kjøringen.
CRS: avstander beregnes i lagets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="160" />
            <source>Fewest buildings of a satellite</source>
            <translation>Færrest bygninger i en satellitt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="135" />
            <source>Fewest residents of a settlement</source>
            <translation>Færrest beboere i et tettsted</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="146" />
            <source>Largest distance of a satellite (m)</source>
            <translation>Største avstand for en satellitt (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="124" />
            <source>Largest gap between buildings (m)</source>
            <translation>Største avstand mellom bygninger (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="196" />
            <source>No residents field: every point counts {} resident(s).</source>
            <translation>Ikke noe beboerfelt: hvert punkt teller {} beboer(e).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="231" />
            <source>No settlement: no cluster of points at most {} m apart has {:g} residents (the largest has {:g}). Check the residents field or PERSONS_PER_ADDRESS, and MAX_GAP.</source>
            <translation>Ingen tettsteder: ingen klynge av punkter med høyst {} m mellomrom har {:g} beboere (den største har {:g}). Sjekk beboerfeltet eller PERSONS_PER_ADDRESS, og MAX_GAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="100" />
            <source>Numeric field with the residents (bosatte) per building; 0 for non-residential buildings. Without it every point gets PERSONS_PER_ADDRESS residents.</source>
            <translation>Numerisk felt med bosatte per bygning; 0 for bygninger uten boliger. Uten det får hvert punkt PERSONS_PER_ADDRESS beboere.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="109" />
            <source>Persons per point without a residents field</source>
            <translation>Personer per punkt uten beboerfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="177" />
            <source>Points with their settlement</source>
            <translation>Punkter med tettsted</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="96" />
            <source>Residents field</source>
            <translation>Beboerfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="115" />
            <source>Residents given to every point when no residents field is chosen (an assumption: e.g. the kommune's population divided by its number of address points).</source>
            <translation>Beboere som gis hvert punkt når ikke noe beboerfelt er valgt (en antakelse: f.eks. kommunens folketall delt på antall adressepunkter).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="166" />
            <source>SSB: a satellite has at least 5 residential or business buildings.</source>
            <translation>SSB: en satellitt har minst 5 bolig- eller næringsbygninger.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="141" />
            <source>SSB: at least 200 residents (counted in the core, without satellites).</source>
            <translation>SSB: minst 200 beboere (telt i kjernen, uten satellitter).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="152" />
            <source>SSB: satellite clusters at most 400 m from the core belong to the settlement (building-to-building distance here).</source>
            <translation>SSB: satellitter høyst 400 m fra kjernen hører til tettstedet (avstand fra bygning til bygning her).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="130" />
            <source>SSB: the distance between houses is normally at most 50 m.</source>
            <translation>SSB: avstanden mellom husene er normalt høyst 50 m.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="172" />
            <source>Settlement polygons with residents, buildings, points, satellites and area.</source>
            <translation>Tettstedspolygoner med beboere, bygninger, punkter, satellitter og areal.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="170" />
            <source>Settlements</source>
            <translation>Tettsteder</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Settlements (tettsteder) from buildings</source>
            <translation>Tettsteder fra bygninger</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="182" />
            <source>The input points with settlement_id (0 = outside) and role.</source>
            <translation>Inndatapunktene med settlement_id (0 = utenfor) og rolle.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>tettsted, settlement, urban area, SSB, buildings, addresses, bosetting</source>
            <translation>tettsted, settlement, byområde, SSB, bygninger, adresser, bosetting</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/settlements.py" line="218" />
            <source>{} settlement(s); {} of {} points ({:.1f} %) inside, {:.0f} of {:.0f} residents.</source>
            <translation>{} tettsted(er); {} av {} punkter ({:.1f} %) innenfor, {:.0f} av {:.0f} beboere.</translation>
        </message>
    </context>
    <context>
        <name>ShapeCompactness</name>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Adds shape-compactness indices to every polygon (e.g. tettsteder, centre zones, kommuner). All indices are dimensionless, 1 for a circle and smaller for elongated, fragmented or ragged shapes. A is the area, P the perimeter (holes included), r = √(A/π) the radius of the circle with the same area.

• polsby_popper = 4πA/P² (Polsby &amp; Popper 1991)
• schwartzberg = 2πr/P (Schwartzberg 1965), the square root of Polsby-Popper
• reock = A / area of the minimum bounding circle (Reock 1961)
• convex_hull = A / area of the convex hull
• nmi = A²/(2πI), normalised moment of inertia, I the polar second moment of area about the centroid, exact from the vertices with holes subtracted (Li, Goodchild &amp; Church 2013)
Angel, Parent &amp; Civco (2010, 'Ten compactness properties of circles', The Canadian Geographer 54(4)):
• proximity = (2/3)r / mean distance of the shape's points to its centroid, exact (integrated edge by edge)
• cohesion = 0.9054r / mean distance between two points of the shape (0.9054 = 128/(45π), the disc's value); sampled
• spin = 0.5r² / mean squared distance to the centroid; exact, and equal to nmi
• exchange = share of the shape inside the equal-area circle centred on its centroid (clipped with a 256-gon of the circle's area; within 0.0001)
• depth = 3 × mean distance of the shape's points to its boundary / r; sampled
• girth = radius of the largest inscribed circle / r (GEOS maximum inscribed circle, tolerance 0.001r)
• range = r / radius of the minimum bounding circle

Sampling (cohesion, depth): a square grid of about SAMPLE_POINTS cells laid along each shape's principal axes of inertia; cells cut by the boundary count with the share inside. It is deterministic and moves, turns and scales with the shape. Largest errors measured against exact values for rectangles of aspect 1 to 8 and a circle, at 20 orientations each (bench/bench_shapecompactness.py --accuracy): at 400 points 0.1 % for cohesion and 0.2 % for depth; at 100 points 0.33 % and 0.86 %; at 1024 points 0.07 % and 0.08 %.

A multi-part polygon is measured as one shape (one area, perimeter, centroid); holes are not part of the shape. All input attributes are kept; a field with the name of an index is replaced (logged), and a field called fid is written as src_fid.

Bad input: invalid geometries are repaired (counted in the log); features without geometry are skipped (counted); zero-area polygons get empty (NULL) indices; a layer without features stops with a message.
Missing values: only the geometry is used; attributes are copied as they are.
CRS: the shapes are measured in the layer's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator (both distort shapes); a layer without a CRS stops the run.</source>
            <translation>Legger til indekser for formkompakthet på hvert polygon (f.eks. tettsteder, sentrumssoner, kommuner). Alle indeksene er dimensjonsløse, 1 for en sirkel og mindre for langstrakte, oppstykkede eller ujevne former. A er arealet, P omkretsen (hull medregnet), r = √(A/π) radien til sirkelen med samme areal.

• polsby_popper = 4πA/P² (Polsby &amp; Popper 1991)
• schwartzberg = 2πr/P (Schwartzberg 1965), kvadratroten av Polsby-Popper
• reock = A / arealet av den minste omskrevne sirkelen (Reock 1961)
• convex_hull = A / arealet av det konvekse skallet
• nmi = A²/(2πI), normalisert treghetsmoment, I det polare andre arealmomentet om tyngdepunktet, eksakt fra hjørnene med hull trukket fra (Li, Goodchild &amp; Church 2013)
Angel, Parent &amp; Civco (2010, 'Ten compactness properties of circles', The Canadian Geographer 54(4)):
• proximity = (2/3)r / gjennomsnittlig avstand fra formens punkter til tyngdepunktet, eksakt (integrert kant for kant)
• cohesion = 0.9054r / gjennomsnittlig avstand mellom to punkter i formen (0.9054 = 128/(45π), verdien for en sirkelskive); samplet
• spin = 0.5r² / gjennomsnittlig kvadrert avstand til tyngdepunktet; eksakt, og lik nmi
• exchange = andelen av formen innenfor sirkelen med samme areal sentrert i tyngdepunktet (klippet med en 256-kant med sirkelens areal; innenfor 0,0001)
• depth = 3 × gjennomsnittlig avstand fra formens punkter til kanten / r; samplet
• girth = radien til den største innskrevne sirkelen / r (GEOS maximum inscribed circle, toleranse 0.001r)
• range = r / radien til den minste omskrevne sirkelen

Sampling (cohesion, depth): et kvadratisk rutenett med omtrent SAMPLE_POINTS celler lagt langs formens hovedtreghetsakser; celler som skjæres av kanten, teller med andelen som ligger innenfor. Det er deterministisk og flytter, dreier og skalerer seg med formen. Største feil målt mot eksakte verdier for rektangler med sideforhold 1 til 8 og en sirkel, i 20 retninger hver (bench/bench_shapecompactness.py --accuracy): ved 400 punkter 0,1 % for cohesion og 0,2 % for depth; ved 100 punkter 0,33 % og 0,86 %; ved 1024 punkter 0,07 % og 0,08 %.

Et flerdelt polygon måles som én form (ett areal, én omkrets, ett tyngdepunkt); hull er ikke del av formen. Alle attributter fra inndata beholdes; et felt med navnet til en indeks erstattes (logget), og et felt som heter fid, skrives som src_fid.

Feil i inndata: ugyldige geometrier repareres (telles i loggen); objekter uten geometri hoppes over (telles); polygoner med null areal får tomme (NULL) indekser; et lag uten objekter stopper med en melding.
Manglende verdier: bare geometrien brukes; attributtene kopieres som de er.
CRS: formene måles i lagets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator (begge forvrenger former); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="97" />
            <source>Cohesion (Angel et al.; sampled)</source>
            <translation>Kohesjon (Angel mfl.; samplet)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="125" />
            <source>Compactness</source>
            <translation>Kompakthet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="97" />
            <source>Convex-hull ratio (A / hull area)</source>
            <translation>Forhold til konvekst skall (A / skallets areal)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="97" />
            <source>Depth (Angel et al.; sampled)</source>
            <translation>Dybde (Angel mfl.; samplet)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="97" />
            <source>Exchange (Angel et al.)</source>
            <translation>Utveksling (Angel mfl.)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="97" />
            <source>Girth (Angel et al.; largest inscribed circle)</source>
            <translation>Omfang (Angel mfl.; største innskrevne sirkel)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="116" />
            <source>Grid cells per shape for the sampled indices. The error falls roughly as 1/points and the time of cohesion grows as points²: 400 keeps cohesion within 0.1 % and depth within 0.2 %.</source>
            <translation>Rutenettceller per form for de samplede indeksene. Feilen avtar omtrent som 1/punkter, og tiden for cohesion vokser som punkter²: 400 holder cohesion innenfor 0,1 % og depth innenfor 0,2 %.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="133" />
            <source>INDICES: choose at least one index.</source>
            <translation>INDICES: velg minst én indeks.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="96" />
            <source>Indices</source>
            <translation>Indekser</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="148" />
            <source>Input field(s) {} are replaced by the new index values.</source>
            <translation>Inndatafelt {} erstattes av de nye indeksverdiene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="97" />
            <source>Normalised moment of inertia (A²/2πI)</source>
            <translation>Normalisert treghetsmoment (A²/2πI)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="97" />
            <source>Polsby-Popper (4πA/P²)</source>
            <translation>Polsby-Popper (4πA/P²)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="86" />
            <source>Polygons</source>
            <translation>Polygoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="97" />
            <source>Proximity (Angel et al.; exact)</source>
            <translation>Nærhet (Angel mfl.; eksakt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="97" />
            <source>Range (Angel et al.; r / minimum bounding circle radius)</source>
            <translation>Rekkevidde (Angel mfl.; r / radien til minste omskrevne sirkel)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="97" />
            <source>Reock (A / minimum bounding circle)</source>
            <translation>Reock (A / minste omskrevne sirkel)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="110" />
            <source>Sample points per shape (cohesion, depth)</source>
            <translation>Samplingspunkter per form (kohesjon, dybde)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="97" />
            <source>Schwartzberg (2πr/P)</source>
            <translation>Schwartzberg (2πr/P)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Shape compactness</source>
            <translation>Formkompakthet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="97" />
            <source>Spin (Angel et al.; exact second moment)</source>
            <translation>Spinn (Angel mfl.; eksakt annenmoment)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="127" />
            <source>The input features with all their attributes and one field per index.</source>
            <translation>Inndataobjektene med alle attributtene og ett felt per indeks.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="88" />
            <source>The polygons to measure, e.g. tettsteder, centre zones, building zones or kommuner. Multi-part polygons are measured as one shape.</source>
            <translation>Polygonene som skal måles, f.eks. tettsteder, sentrumssoner, byggesoner eller kommuner. Polygoner med flere deler måles som én form.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="101" />
            <source>Which indices to compute; each becomes a field named polsby_popper, schwartzberg, reock, convex_hull, nmi, proximity, cohesion, spin, exchange, depth, girth or range. Cohesion and depth take most of the time.</source>
            <translation>Hvilke indekser som beregnes; hver blir et felt som heter polsby_popper, schwartzberg, reock, convex_hull, nmi, proximity, cohesion, spin, exchange, depth, girth eller range. Kohesjon og dybde tar mest tid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>compactness, kompakthet, shape, form, Polsby-Popper, Schwartzberg, Reock, convex hull, moment of inertia, Angel, proximity, cohesion, spin, exchange, depth, girth, range, tettsted, sprawl</source>
            <translation>kompakthet, compactness, form, shape, Polsby-Popper, Schwartzberg, Reock, konvekst skall, treghetsmoment, Angel, nærhet, kohesjon, spinn, utveksling, dybde, omfang, rekkevidde, tettsted, byspredning</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/shapecompactness.py" line="142" />
            <source>{} polygon(s) without area got NULL indices.</source>
            <translation>{} polygon(er) uten areal fikk tomme (NULL) indekser.</translation>
        </message>
    </context>
    <context>
        <name>SmaabyAlgorithm</name>
        <message>
            <location filename="../../processing_algorithms/base.py" line="263" />
            <source>Cancelled by the user; no output was kept ({} removed).</source>
            <translation>Avbrutt av brukeren; ingen resultater er beholdt ({} fjernet).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="243" />
            <source>{}: the output {} is also an input of this run; writing it would replace the input. Choose another file name.</source>
            <translation>{}: utdataene {} er også inndata i denne kjøringen; å skrive dem ville erstatte inndataene. Velg et annet filnavn.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="254" />
            <source>{}: {} could not be written: its folder {} could not be created ({}).</source>
            <translation>{}: {} kunne ikke skrives: mappen {} kunne ikke opprettes ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="193" />
            <source>{}: {} is not a number; give a finite value.</source>
            <translation>{}: {} er ikke et tall; oppgi en endelig verdi.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="198" />
            <source>{}: {} is outside the accepted range {} to {}.</source>
            <translation>{}: {} er utenfor det tillatte området {} til {}.</translation>
        </message>
    </context>
    <context>
        <name>SmaabyCatalog</name>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="116" />
            <source>All centres</source>
            <translation>Alle sentre</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/scenarios.py" line="57" />
            <source>Alternatives</source>
            <translation>Alternativer</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="36" />
            <source>Area</source>
            <translation>Areal</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="148" />
            <source>Area by class</source>
            <translation>Areal etter klasse</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="108" />
            <source>Area with land use (= 100 %)</source>
            <translation>Areal med arealbruk (= 100 %)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="72" />
            <source>Businesses in centre zones</source>
            <translation>Virksomheter i sentrumssoner</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/scenarios.py" line="67" />
            <source>CO₂ per year from the new residents' car trips</source>
            <translation>CO₂ per år fra de nye beboernes bilreiser</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/region.py" line="137" />
            <source>Centrality code (SSB 1994)</source>
            <translation>Sentralitetskode (SSB 1994)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/region.py" line="132" />
            <source>Centrality index (0-1000) and class</source>
            <translation>Sentralitetsindeks (0-1000) og klasse</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/region.py" line="149" />
            <source>Centrality index by zone</source>
            <translation>Sentralitetsindeks per sone</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="66" />
            <source>Centre zones</source>
            <translation>Sentrumssoner</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="207" />
            <source>Changed area</source>
            <translation>Endret areal</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="234" />
            <source>Commuting shed of {}</source>
            <translation>Pendlingsomland for {}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="33" />
            <source>Connected components</source>
            <translation>Sammenhengende deler</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/location.py" line="51" />
            <source>Coverage share</source>
            <translation>Dekningsandel</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="37" />
            <source>Dangling ends</source>
            <translation>Løse ender</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="106" />
            <source>Density</source>
            <translation>Tetthet</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="137" />
            <source>Density by distance from the centre: {}</source>
            <translation>Tetthet etter avstand fra sentrum: {}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/transit.py" line="45" />
            <source>Departures in the window</source>
            <translation>Avganger i vinduet</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="325" />
            <source>Development land returned</source>
            <translation>Utbyggingsareal tilbakeført</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="243" />
            <source>Distribution of {} (number of shapes)</source>
            <translation>Fordeling av {} (antall former)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="296" />
            <source>Employed residents by region</source>
            <translation>Sysselsatte bosatte etter region</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="235" />
            <source>Employed residents in the shed</source>
            <translation>Sysselsatte bosatte i omlandet</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="83" />
            <source>Employees by centre zone</source>
            <translation>Sysselsatte etter sentrumssone</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="68" />
            <source>Employees in centre zones</source>
            <translation>Sysselsatte i sentrumssoner</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="210" />
            <source>Expected population by centre</source>
            <translation>Forventet befolkning etter senter</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="199" />
            <source>Index</source>
            <translation>Indeks</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/transit.py" line="54" />
            <source>Kollektivdekning (population covered)</source>
            <translation>Kollektivdekning (befolkning dekket)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="380" />
            <source>LCRPGR {}</source>
            <translation>LCRPGR {}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="389" />
            <source>Land consumption rate / population growth rate (LCRPGR)</source>
            <translation>Arealforbruksrate / befolkningsvekstrate (LCRPGR)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/location.py" line="55" />
            <source>Largest cost</source>
            <translation>Største kostnad</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="205" />
            <source>Least compact</source>
            <translation>Minst kompakt</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="32" />
            <source>Length</source>
            <translation>Lengde</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="47" />
            <source>Length by speed (km/h)</source>
            <translation>Lengde etter fartsgrense (km/t)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="31" />
            <source>Links</source>
            <translation>Lenker</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="200" />
            <source>Mean</source>
            <translation>Gjennomsnitt</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/location.py" line="54" />
            <source>Mean cost</source>
            <translation>Middelkostnad</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="119" />
            <source>Mean distance to the centre</source>
            <translation>Gjennomsnittlig avstand til sentrum</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/region.py" line="105" />
            <source>Mean opportunities within the cut-off</source>
            <translation>Gjennomsnittlige muligheter innen grensen</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="214" />
            <source>Mean {}</source>
            <translation>Gjennomsnitt {}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="201" />
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/transit.py" line="121" />
            <source>Median travel time by car</source>
            <translation>Medianreisetid med bil</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/transit.py" line="115" />
            <source>Median travel time by public transport</source>
            <translation>Medianreisetid med kollektivtransport</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="204" />
            <source>Most compact</source>
            <translation>Mest kompakt</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="216" />
            <source>Net change by class</source>
            <translation>Nettoendring etter klasse</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="315" />
            <source>New development land</source>
            <translation>Nytt utbyggingsareal</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="352" />
            <source>New development land by present land cover</source>
            <translation>Nytt utbyggingsareal etter dagens arealtype</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="119" />
            <source>Not covered by land use</source>
            <translation>Ikke dekket av arealbruk</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="93" />
            <source>Not covered by land use (not drawn): {} ({} of the zones)</source>
            <translation>Ikke dekket av arealbruk (ikke tegnet): {} ({} av sonene)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/location.py" line="50" />
            <source>Objective</source>
            <translation>Målverdi</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/location.py" line="52" />
            <source>Optimality gap</source>
            <translation>Optimalitetsgap</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="261" />
            <source>Plan reserve by purpose group</source>
            <translation>Arealreserve etter formålsgruppe</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="241" />
            <source>Plan reserve, total</source>
            <translation>Arealreserve i alt</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="105" />
            <source>Population</source>
            <translation>Befolkning</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="190" />
            <source>Population by catchment</source>
            <translation>Befolkning etter omland</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/transit.py" line="56" />
            <source>Population covered</source>
            <translation>Befolkning dekket</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="132" />
            <source>Population reached</source>
            <translation>Befolkning innen rekkevidde</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="141" />
            <source>Population reached {} from each centre</source>
            <translation>Befolkning som nås {} fra hvert senter</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/transit.py" line="140" />
            <source>Population within median travel time</source>
            <translation>Befolkning innenfor medianreisetid</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="112" />
            <source>Population within {} {}</source>
            <translation>Befolkning innenfor {} {}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/location.py" line="49" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="122" />
            <source>Proximity index</source>
            <translation>Nærhetsindeks</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/transit.py" line="125" />
            <source>Public transport / car</source>
            <translation>Kollektiv / bil</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="44" />
            <source>Residents by settlement</source>
            <translation>Bosatte etter tettsted</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="35" />
            <source>Residents in settlements</source>
            <translation>Bosatte i tettsteder</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="34" />
            <source>Settlements</source>
            <translation>Tettsteder</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="198" />
            <source>Shapes measured</source>
            <translation>Former målt</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="237" />
            <source>Share</source>
            <translation>Andel</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/transit.py" line="118" />
            <source>Share of departures within {:g} min</source>
            <translation>Andel avganger innenfor {:g} min</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="247" />
            <source>Share of employed residents working in the centre</source>
            <translation>Andel av sysselsatte bosatte som arbeider i senteret</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/region.py" line="75" />
            <source>Share of inhabitants within {} min</source>
            <translation>Andel innbyggere innen {} min</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/region.py" line="84" />
            <source>Share within {} min</source>
            <translation>Andel innen {} min</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/location.py" line="53" />
            <source>Solver status</source>
            <translation>Løserstatus</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/transit.py" line="35" />
            <source>Stops</source>
            <translation>Holdeplasser</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/transit.py" line="71" />
            <source>Stops by departures per hour</source>
            <translation>Holdeplasser etter avganger per time</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/transit.py" line="39" />
            <source>Stops with the coverage service level</source>
            <translation>Holdeplasser med tilbudet for dekning</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/_spec.py" line="173" />
            <source>Total {}</source>
            <translation>Sum {}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="104" />
            <source>Town</source>
            <translation>Tettsted</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="125" />
            <source>Towns in the table</source>
            <translation>Tettsteder i tabellen</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/location.py" line="68" />
            <source>Weight served by each chosen site</source>
            <translation>Vekt betjent av hvert valgt sted</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="113" />
            <source>Within {} m of the centre</source>
            <translation>Innen {} m fra sentrum</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="107" />
            <source>Zones with land use</source>
            <translation>Soner med arealbruk</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="127" />
            <source>Zones without any land use (left out)</source>
            <translation>Soner uten arealbruk (utelatt)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="234" />
            <source>areas</source>
            <translation>områder</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/region.py" line="134" />
            <source>class</source>
            <translation>klasse</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="282" />
            <source>development returned</source>
            <translation>utbyggingsareal tilbakeført</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="133" />
            <source>inh.</source>
            <translation>innb.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="106" />
            <source>inh./km²</source>
            <translation>innb./km²</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="281" />
            <source>new development</source>
            <translation>nytt utbyggingsareal</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="242" />
            <source>of which in the shore zone</source>
            <translation>herav i strandsonen</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="322" />
            <source>of which on bog (AR5 60)</source>
            <translation>herav på myr (AR5 60)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="244" />
            <source>of which on cultivated land (AR5 21, 22)</source>
            <translation>herav på dyrka mark (AR5 21, 22)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="321" />
            <source>of which on forest (AR5 30)</source>
            <translation>herav på skog (AR5 30)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="323" />
            <source>of which on open land (AR5 50)</source>
            <translation>herav på åpen fastmark (AR5 50)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="320" />
            <source>of which on pasture (AR5 23)</source>
            <translation>herav på innmarksbeite (AR5 23)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/catchments.py" line="236" />
            <source>of whom work in the centre</source>
            <translation>herav arbeider i senteret</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/transit.py" line="71" />
            <source>stops</source>
            <translation>holdeplasser</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="283" />
            <source>within development</source>
            <translation>innenfor utbyggingsformål</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="284" />
            <source>within non-development</source>
            <translation>innenfor andre formål</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/landuse.py" line="120" />
            <source>{} ({} of the zones)</source>
            <translation>{} ({} av sonene)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/_spec.py" line="161" />
            <source>{} features</source>
            <translation>{} objekter</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="230" />
            <source>{}: every shape</source>
            <translation>{}: alle former</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/catalog/centre.py" line="232" />
            <source>{}: the 7 most and the 7 least compact of {}</source>
            <translation>{}: de 7 mest og de 7 minst kompakte av {}</translation>
        </message>
    </context>
    <context>
        <name>SmaabyDock</name>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="46" />
            <source>A3 landscape</source>
            <translation>A3 liggende</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="45" />
            <source>A3 portrait</source>
            <translation>A3 stående</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="44" />
            <source>A4 landscape</source>
            <translation>A4 liggende</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="43" />
            <source>A4 portrait</source>
            <translation>A4 stående</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="96" />
            <source>Add a new, numbered run</source>
            <translation>Legg til en ny, nummerert kjøring</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/page.py" line="286" />
            <source>Arealregnskap workbook…</source>
            <translation>Arealregnskap som regneark…</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="177" />
            <source>Before running: {}.</source>
            <translation>Før kjøring: {}.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="209" />
            <source>Cancelling…</source>
            <translation>Avbryter …</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/page.py" line="393" />
            <source>Catchments</source>
            <translation>Omland</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/page.py" line="465" />
            <source>Centre</source>
            <translation>Sentrum</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="105" />
            <source>Empty: results are temporary layers. A folder: each output is written there as a GeoPackage.</source>
            <translation>Tomt: resultatene blir midlertidige lag. En mappe: hvert resultat skrives dit som GeoPackage.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="279" />
            <source>Files: {}</source>
            <translation>Filer: {}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="271" />
            <source>It replaces the earlier run's {} layer(s).</source>
            <translation>Den erstatter de {} lagene fra den forrige kjøringen.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="275" />
            <source>Kept your own layer(s) in the group: {}.</source>
            <translation>Beholdt dine egne lag i gruppen: {}.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/page.py" line="282" />
            <source>Land use</source>
            <translation>Arealbruk</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="435" />
            <source>Layout “{}” created; it is in the project’s layout manager.</source>
            <translation>Utskriftsoppsettet «{}» er laget; det ligger i prosjektets oppsettbehandler.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="411" />
            <source>No Småby run in the project yet: run an analysis first.</source>
            <translation>Prosjektet har ingen Småby-kjøring ennå: kjør en analyse først.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/page.py" line="143" />
            <source>No algorithm of this family is installed.</source>
            <translation>Ingen algoritme i denne familien er installert.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/page.py" line="588" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="98" />
            <source>Replace that run (only the layers it made)</source>
            <translation>Erstatt den kjøringen (bare lagene den laget)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="283" />
            <source>Run “{}”: {} warning(s):</source>
            <translation>Kjøring «{}»: {} advarsel(er):</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="197" />
            <source>Running {}…</source>
            <translation>Kjører {}…</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/page.py" line="598" />
            <source>Scenarios</source>
            <translation>Scenarier</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="67" />
            <source>Småby</source>
            <translation>Småby</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/page.py" line="138" />
            <source>Småby's algorithms are not loaded. The log (View › Panels › Log Messages, tab Småby) says why.</source>
            <translation>Småbys algoritmer er ikke lastet. Loggen (Vis › Paneler › Loggmeldinger, fanen Småby) sier hvorfor.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/page.py" line="289" />
            <source>The arealregnskap as one spreadsheet (.xlsx) with the tables KDD's guidance asks for: opens its Processing dialog with this page's inputs filled in.</source>
            <translation>Arealregnskapet som ett regneark (.xlsx) med tabellene KDDs veileder ber om: åpner Processing-dialogen med inndataene fra denne siden fylt inn.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="419" />
            <source>The run “{}” has lost its result layer(s) {}: they were removed from the project. Run the analysis again.</source>
            <translation>Kjøringen «{}» mangler resultatlaget/-lagene {}: de er fjernet fra prosjektet. Kjør analysen på nytt.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="290" />
            <source>Warning: {}</source>
            <translation>Advarsel: {}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/page.py" line="266" />
            <source>choose an analysis</source>
            <translation>velg en analyse</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/page.py" line="268" />
            <source>set “{}” under “Advanced…”</source>
            <translation>angi «{}» under «Avansert…»</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="103" />
            <source>temporary layers</source>
            <translation>midlertidige lag</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="269" />
            <source>{} layer(s) added to Småby › {}.</source>
            <translation>{} lag lagt til i Småby › {}.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/page.py" line="230" />
            <source>{} more parameters with their defaults under “Advanced…”.</source>
            <translation>{} parametere til, med standardverdier, under «Avansert…».</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/dock.py" line="292" />
            <source>{} warnings, the first: {} (all in the log, tab Småby)</source>
            <translation>{} advarsler, den første: {} (alle i loggen, fanen Småby)</translation>
        </message>
    </context>
    <context>
        <name>SmaabyDockBody</name>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>Advanced…</source>
            <translation>Avansert…</translation>
        </message>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>Build a print layout of the selected (or last) run and open it in the layout designer.</source>
            <translation>Lag et utskriftsoppsett av den valgte (eller siste) kjøringen og åpne det i oppsettsdesigneren.</translation>
        </message>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>Create layout…</source>
            <translation>Lag utskriftsoppsett…</translation>
        </message>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>If it exists</source>
            <translation>Hvis den finnes</translation>
        </message>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>Open the algorithm’s full Processing dialog with these inputs filled in.</source>
            <translation>Åpne algoritmens fullstendige prosesseringsdialog med disse inndataene fylt inn.</translation>
        </message>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>Paper size and orientation of the layout.</source>
            <translation>Papirstørrelse og retning for oppsettet.</translation>
        </message>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>Print layout</source>
            <translation>Utskriftsoppsett</translation>
        </message>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>Run</source>
            <translation>Kjør</translation>
        </message>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>Run name</source>
            <translation>Navn på kjøring</translation>
        </message>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>Save in folder</source>
            <translation>Lagre i mappe</translation>
        </message>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>The results go into a layer group of this name under “Småby”.</source>
            <translation>Resultatene legges i en laggruppe med dette navnet under «Småby».</translation>
        </message>
        <message>
            <location filename="../../forms/dock.ui" line="0" />
            <source>What to do when the project already has a run group of this name.</source>
            <translation>Hva som skjer når prosjektet allerede har en kjøring med dette navnet.</translation>
        </message>
    </context>
    <context>
        <name>SmaabyGroups</name>
        <message>
            <location filename="../../processing_algorithms/base.py" line="116" />
            <source>Catchments (omland)</source>
            <translation>Omland</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="116" />
            <source>Centre and compactness</source>
            <translation>Sentrum og kompakthet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="116" />
            <source>Data preparation</source>
            <translation>Dataklargjøring</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="116" />
            <source>Land-use accounting (arealregnskap)</source>
            <translation>Arealregnskap</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="116" />
            <source>Scenarios (plan alternatives)</source>
            <translation>Scenarier (planalternativer)</translation>
        </message>
    </context>
    <context>
        <name>SmaabyLayout</name>
        <message>
            <location filename="../../smaaby_plugin/report/runlayout.py" line="215" />
            <source>Analysis: Småby {} – {} ({})</source>
            <translation>Analyse: Småby {} – {} ({})</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/runlayout.py" line="220" />
            <source>Coordinate system: {}</source>
            <translation>Koordinatsystem: {}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/runlayout.py" line="210" />
            <source>Data: {}</source>
            <translation>Data: {}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/layout.py" line="513" />
            <source>Key figure</source>
            <translation>Nøkkeltall</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/layout.py" line="237" />
            <source>Legend</source>
            <translation>Tegnforklaring</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/layout.py" line="206" />
            <source>Title</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/layout.py" line="513" />
            <source>Value</source>
            <translation>Verdi</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/runlayout.py" line="124" />
            <source>Zones covered: {}</source>
            <translation>Soner som er dekket: {}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/runlayout.py" line="69" />
            <source>d MMMM yyyy</source>
            <translation>d. MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/runlayout.py" line="197" />
            <source>{} (selected features)</source>
            <translation>{} (valgte objekter)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/runlayout.py" line="212" />
            <source>© {}</source>
            <translation>© {}</translation>
        </message>
    </context>
    <context>
        <name>SmaabyParameters</name>
        <message>
            <location filename="../../smaaby_plugin/gui/params.py" line="167" />
            <source>Selected features only</source>
            <translation>Bare valgte objekter</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/params.py" line="215" />
            <source>Selected features only ({} of {})</source>
            <translation>Bare valgte objekter ({} av {})</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/params.py" line="170" />
            <source>Use only the features selected in this layer (select them on the map).</source>
            <translation>Bruk bare objektene som er valgt i dette laget (velg dem i kartet).</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/params.py" line="306" />
            <source>choose a field for “{}”</source>
            <translation>velg et felt for «{}»</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/params.py" line="252" />
            <source>choose a layer for “{}”</source>
            <translation>velg et lag for «{}»</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/params.py" line="369" />
            <source>fill in “{}”</source>
            <translation>fyll inn «{}»</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/params.py" line="254" />
            <source>select features in “{}” or untick “Selected features only”</source>
            <translation>velg objekter i «{}» eller fjern haken for «Bare valgte objekter»</translation>
        </message>
    </context>
    <context>
        <name>SmaabyPlugin</name>
        <message>
            <location filename="../../smaaby_plugin/plugin.py" line="135" />
            <source>Generate Eksempelby, a synthetic sample town, and add its layers to the project</source>
            <translation>Lag Eksempelby, en syntetisk eksempelby, og legg lagene til i prosjektet</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/plugin.py" line="76" />
            <source>Install it for the Python that QGIS uses, then restart QGIS.</source>
            <translation>Installer det for Python-en som QGIS bruker, og start QGIS på nytt.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/plugin.py" line="69" />
            <source>Install it for the Python that QGIS uses, then restart QGIS:</source>
            <translation>Installer det for Python-en som QGIS bruker, og start QGIS på nytt:</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/plugin.py" line="132" />
            <source>Load the Eksempelby sample…</source>
            <translation>Last inn eksempeldataene for Eksempelby …</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/plugin.py" line="126" />
            <source>Open the Småby dock: land use, catchments, centre</source>
            <translation>Åpne Småby-panelet: arealbruk, omland, sentrum</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/plugin.py" line="66" />
            <source>Småby cannot load its algorithms: {}.</source>
            <translation>Småby kan ikke laste algoritmene sine: {}.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/plugin.py" line="124" />
            <source>Småby dock</source>
            <translation>Småby-panel</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/plugin.py" line="65" />
            <source>Småby's algorithms are not loaded: {}. How to install it: see the log (Småby).</source>
            <translation>Småbys algoritmer er ikke lastet: {}. Slik installerer du det: se loggen (Småby).</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/plugin.py" line="71" />
            <source>in a terminal</source>
            <translation>i en terminal</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/plugin.py" line="72" />
            <source>in the OSGeo4W Shell (Start menu › QGIS)</source>
            <translation>i OSGeo4W Shell (Start-menyen › QGIS)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/plugin.py" line="57" />
            <source>{} is not installed</source>
            <translation>{} er ikke installert</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/plugin.py" line="60" />
            <source>{} {} is too old (Småby needs {})</source>
            <translation>{} {} er for gammel (Småby trenger {})</translation>
        </message>
    </context>
    <context>
        <name>SmaabyProvider</name>
        <message>
            <location filename="../../processing_algorithms/provider.py" line="55" />
            <source>Småby: land use, catchments and centres of small towns</source>
            <translation>Småby: arealbruk, omland og sentrum i småbyer</translation>
        </message>
    </context>
    <context>
        <name>SmaabyRunner</name>
        <message>
            <location filename="../../smaaby_plugin/gui/runner.py" line="200" />
            <source>The algorithm failed without a message.</source>
            <translation>Algoritmen feilet uten melding.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/runner.py" line="138" />
            <source>The algorithm {} is not available; is the Småby provider loaded?</source>
            <translation>Algoritmen {} er ikke tilgjengelig; er Småby-leverandøren lastet?</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/runner.py" line="142" />
            <source>The parameters are not valid.</source>
            <translation>Parameterne er ikke gyldige.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/runner.py" line="195" />
            <source>The run was cancelled; nothing was added or kept.</source>
            <translation>Kjøringen ble avbrutt; ingenting ble lagt til eller beholdt.</translation>
        </message>
    </context>
    <context>
        <name>SmaabySample</name>
        <message>
            <location filename="../../smaaby_plugin/gui/sample.py" line="153" />
            <source>Cannot read layer {name} of {path}.</source>
            <translation>Kan ikke lese laget {name} i {path}.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/sample.py" line="75" />
            <source>Eksempelby (sample)</source>
            <translation>Eksempelby (eksempeldata)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/sample.py" line="165" />
            <source>Eksempelby, a synthetic sample town (not a real place), is in {path} and was added to the project.</source>
            <translation>Eksempelby, en syntetisk eksempelby (ikke et virkelig sted), ligger i {path} og er lagt til i prosjektet.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/sample.py" line="274" />
            <source>Folder for the Eksempelby sample</source>
            <translation>Mappe for eksempeldataene for Eksempelby</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/sample.py" line="214" />
            <source>Generating the Eksempelby sample</source>
            <translation>Lager eksempeldataene for Eksempelby</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/sample.py" line="242" />
            <source>Loading the Eksempelby sample was cancelled.</source>
            <translation>Innlastingen av eksempeldataene for Eksempelby ble avbrutt.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/sample.py" line="249" />
            <source>The Eksempelby sample could not be made in {folder}: {error}</source>
            <translation>Eksempeldataene for Eksempelby kunne ikke lages i {folder}: {error}</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/sample.py" line="287" />
            <source>The Eksempelby sample is already being generated.</source>
            <translation>Eksempeldataene for Eksempelby lages allerede.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/gui/sample.py" line="82" />
            <source>Writing the Eksempelby sample needs the Python package fiona (Debian: apt install python3-fiona; otherwise: python3 -m pip install --user fiona).</source>
            <translation>For å skrive eksempeldataene for Eksempelby trengs Python-pakken fiona (Debian: apt install python3-fiona; ellers: python3 -m pip install --user fiona).</translation>
        </message>
    </context>
    <context>
        <name>SsbGrid</name>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="75" />
            <source>Any table (e.g. a CSV of population per cell) or layer of any geometry type with a field of SSB grid ids.</source>
            <translation>En hvilken som helst tabell (f.eks. en CSV med befolkning per rute) eller et lag av hvilken som helst geometritype med et felt med SSB-rute-id-er.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="122" />
            <source>Cell size (m)</source>
            <translation>Rutestørrelse (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="92" />
            <source>Cell size (m); 0 = detect from the ids</source>
            <translation>Rutestørrelse (m); 0 = finn den fra id-ene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="151" />
            <source>Cell size {} m ({}).</source>
            <translation>Rutestørrelse {} m ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="156" />
            <source>Cell size: {}.</source>
            <translation>Rutestørrelse: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="105" />
            <source>Grid cells</source>
            <translation>Ruter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="82" />
            <source>Grid id field</source>
            <translation>Felt med rute-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="132" />
            <source>ID_FIELD: field '{}' not found; the input has: {}.</source>
            <translation>ID_FIELD: feltet «{}» finnes ikke; inndata har: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="141" />
            <source>INPUT has no rows; choose a table with grid ids.</source>
            <translation>INPUT har ingen rader; velg en tabell med rute-id-er.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="127" />
            <source>INPUT: the table or layer could not be opened.</source>
            <translation>INPUT: tabellen eller laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="112" />
            <source>Ids that could not be decoded</source>
            <translation>Id-er som ikke kunne leses</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="120" />
            <source>Number of undecodable ids</source>
            <translation>Antall id-er som ikke kunne leses</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="107" />
            <source>One square per decoded id, in EPSG:25833, with all input attributes.</source>
            <translation>Én rute per lest id, i EPSG:25833, med alle attributtene fra inndata.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>SSB grid cells from grid ids</source>
            <translation>SSB-ruter fra rute-id-er</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>SSB, rutenett, grid, ssbid, rute, befolkning, population, 250 m, 1 km, cells, statistikk</source>
            <translation>SSB, rutenett, grid, ssbid, rute, befolkning, population, 250 m, 1 km, ruter, statistikk</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="98" />
            <source>Side of the grid cells in metres (250 for SSB's 250 m grid, 1000 for the 1 km grid). 0 detects it from the ids.</source>
            <translation>Sidelengden på rutene i meter (250 for SSBs 250 m-rutenett, 1000 for 1 km-rutenettet). 0 finner den fra id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="73" />
            <source>Table or layer with SSB grid ids</source>
            <translation>Tabell eller lag med SSB-rute-id-er</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="84" />
            <source>The field with the 14-digit SSB grid ids (e.g. ssbid_250m, SSBID1000M, ru250m); text or numeric.</source>
            <translation>Feltet med de 14-sifrede SSB-rute-id-ene (f.eks. ssbid_250m, SSBID1000M, ru250m); tekst eller tall.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="117" />
            <source>The rows whose id could not be decoded, with a field 'reason'.</source>
            <translation>Radene der id-en ikke kunne leses, med et felt «reason».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Turns a table or layer with Statistics Norway's (SSB) grid ids (rutenett, e.g. population per 250 m or 1 km cell) into the cell squares, in EPSG:25833 (ETRS89 / UTM 33N), keeping all attributes.

Decoding: an SSB grid id has 14 digits, the easting of the cell's lower-left corner plus 2,000,000, then its northing (7 digits each): 22832506748250 is the cell with its lower-left corner at x 283250, y 6748250. Ids stored as text, as integers or as decimal numbers from a spreadsheet (22832506748250.0, 2.283250674825E+13) are all read.

Cell size: CELL_SIZE in metres, or 0 to detect it: the largest of 100000, 50000, 25000, 10000, 5000, 2000, 1000, 500, 250 and 100 m on whose grid at least 90 % of the corners lie. With very few ids (which may all lie on a coarser grid by chance) a size written in the field name (ssbid_250m, SSBID1000M, ru250m) decides. The size used and how it was found are logged and returned as CELL_SIZE_USED.

The geometry of the input (if any) is ignored and replaced by the cell; features without geometry are kept. Rows with the same cell (also when the id is written differently) each get the cell; the log counts them and gives examples, since a sum over the cells counts every row.

Bad input: ids that cannot be decoded are never dropped silently: they go to OUTPUT_INVALID (all attributes and a reason: empty id, not a number, not 14 digits, outside Norway's grid extent, not on the grid of the cell size), their number to INVALID_COUNT, and the first 20 are listed in the log. When no id at all can be decoded, when most ids lie off the grid of a given CELL_SIZE, or when the cell size cannot be detected, the algorithm stops with a message.
Missing values: an empty (null) id goes to OUTPUT_INVALID as 'empty id'; other fields are copied as they are.
CRS: the input's geometry and CRS are not used; the cells are in EPSG:25833, the CRS of SSB's grid.</source>
            <translation>Gjør en tabell eller et lag med Statistisk sentralbyrås (SSB) rute-id-er (rutenett, f.eks. befolkning per 250 m- eller 1 km-rute) om til rutekvadratene, i EPSG:25833 (ETRS89 / UTM 33N), med alle attributtene.

Lesing: en SSB-rute-id har 14 sifre, østkoordinaten til rutens nedre venstre hjørne pluss 2 000 000, deretter nordkoordinaten (7 sifre hver): 22832506748250 er ruten med nedre venstre hjørne i x 283250, y 6748250. Id-er lagret som tekst, som heltall eller som desimaltall fra et regneark (22832506748250.0, 2.283250674825E+13) leses alle.

Rutestørrelse: CELL_SIZE i meter, eller 0 for å finne den: den største av 100000, 50000, 25000, 10000, 5000, 2000, 1000, 500, 250 og 100 m der minst 90 % av hjørnene ligger på rutenettet. Med svært få id-er (som tilfeldigvis kan ligge på et grovere rutenett) avgjør en størrelse skrevet i feltnavnet (ssbid_250m, SSBID1000M, ru250m). Størrelsen som brukes og hvordan den ble funnet, logges og returneres som CELL_SIZE_USED.

Geometrien i inndata (hvis den finnes) ignoreres og erstattes av ruten; objekter uten geometri beholdes. Rader med samme rute (også når id-en er skrevet ulikt) får hver sin rute; loggen teller dem og gir eksempler, siden en sum over rutene teller hver rad.

Feil i inndata: id-er som ikke kan leses, forkastes aldri i stillhet: de går til OUTPUT_INVALID (alle attributter og en begrunnelse: tom id, ikke et tall, ikke 14 sifre, utenfor Norges rutenett, ikke på rutenettet for rutestørrelsen), antallet til INVALID_COUNT, og de første 20 listes i loggen. Når ingen id kan leses, når de fleste id-ene ligger utenfor rutenettet til en oppgitt CELL_SIZE, eller når rutestørrelsen ikke kan finnes, stopper algoritmen med en melding.
Manglende verdier: en tom (NULL) id går til OUTPUT_INVALID som «tom id»; andre felt kopieres som de er.
CRS: geometrien og koordinatsystemet i inndata brukes ikke; rutene er i EPSG:25833, koordinatsystemet til SSBs rutenett.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="162" />
            <source>{} of {} ids could not be decoded ({}); they are in OUTPUT_INVALID.</source>
            <translation>{} av {} id-er kunne ikke leses ({}); de ligger i OUTPUT_INVALID.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/data/ssbgrid.py" line="173" />
            <source>{} row(s) repeat the cell of an earlier row (e.g. {}); each row gets its cell, so those cells overlap and a sum over them counts every row. If the table has several rows per cell (years, groups), filter it to one row per cell.</source>
            <translation>{} rad(er) gjentar ruten til en tidligere rad (f.eks. {}); hver rad får sin rute, så disse rutene overlapper og en sum over dem teller hver rad. Har tabellen flere rader per rute (år, grupper), filtrer den til én rad per rute.</translation>
        </message>
    </context>
    <context>
        <name>TownProfile</name>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="101" />
            <source>Area</source>
            <translation>Areal</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="267" />
            <source>Area by land-use class</source>
            <translation>Areal etter arealklasse</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="109" />
            <source>Built-up land per inhabitant</source>
            <translation>Bebygd areal per innbygger</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="187" />
            <source>Business category field</source>
            <translation>Felt med næringskategori</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="111" />
            <source>Business mix in the centre (0–1)</source>
            <translation>Næringsmiks i sentrum (0–1)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="180" />
            <source>Businesses</source>
            <translation>Virksomheter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="423" />
            <source>CLASS_FIELD: choose the land-use class field.</source>
            <translation>CLASS_FIELD: velg feltet med arealklassen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="460" />
            <source>Catchment of the centre along the network…</source>
            <translation>Omlandet til sentrum langs vegnettet…</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="106" />
            <source>Central density D0 (Clark)</source>
            <translation>Sentral tetthet D0 (Clark)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="122" />
            <source>Centre</source>
            <translation>Sentrum</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="417" />
            <source>Centre indicators of {}…</source>
            <translation>Sentrumsindikatorer for {}…</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="261" />
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="147" />
            <source>Comma-separated distances in metres for the circles, the shares of the population and the catchment bands.</source>
            <translation>Kommaseparerte avstander i meter for sirklene, befolkningsandelene og omlandsbåndene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="492" />
            <source>Data: {}. Analysis: Småby {} (smaaby:townprofile, smaaby:centreindicators). Coordinate system: {}.</source>
            <translation>Data: {}. Analyse: Småby {} (smaaby:townprofile, smaaby:centreindicators). Koordinatsystem: {}.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="102" />
            <source>Density</source>
            <translation>Tetthet</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="340" />
            <source>Density (inh./km²)</source>
            <translation>Tetthet (innb./km²)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="107" />
            <source>Density gradient b (Clark)</source>
            <translation>Tetthetsgradient b (Clark)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="297" />
            <source>Distance</source>
            <translation>Avstand</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="303" />
            <source>Distance from the centre</source>
            <translation>Avstand fra sentrum</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="144" />
            <source>Distances from the centre (m)</source>
            <translation>Avstander fra sentrum (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="191" />
            <source>Field with the business category (e.g. the NACE code).</source>
            <translation>Felt med næringskategorien (f.eks. NACE-koden).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="176" />
            <source>Field with the numeric class code (e.g. arealtype).</source>
            <translation>Felt med den numeriske klassekoden (f.eks. arealtype).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="112" />
            <source>Field with the towns' names; needed when TOWNS holds several towns.</source>
            <translation>Felt med tettstedenes navn; trengs når TOWNS inneholder flere tettsteder.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="108" />
            <source>Fit of the gradient (R²)</source>
            <translation>Tilpasning av gradienten (R²)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="231" />
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="194" />
            <source>Key figure</source>
            <translation>Nøkkeltall</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="205" />
            <source>Key figures</source>
            <translation>Nøkkeltall</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="245" />
            <source>Land use</source>
            <translation>Arealbruk</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="424" />
            <source>Land-use account of {}…</source>
            <translation>Arealregnskap for {}…</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="172" />
            <source>Land-use class field</source>
            <translation>Felt med arealklasse</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="110" />
            <source>Land-use mix in the centre (0–1)</source>
            <translation>Arealbruksmiks i sentrum (0–1)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="197" />
            <source>Legend</source>
            <translation>Tegnforklaring</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="97" />
            <source>Mean distance to the centre (straight line)</source>
            <translation>Gjennomsnittlig avstand til sentrum (luftlinje)</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="95" />
            <source>Mean walking distance to the centre</source>
            <translation>Gjennomsnittlig gangavstand til sentrum</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="116" />
            <source>Name of the town to profile, as in the name field (case does not matter). Empty: the layer's only town.</source>
            <translation>Navnet på tettstedet som skal profileres, slik det står i navnefeltet (store og små bokstaver spiller ingen rolle). Tomt: lagets eneste tettsted.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="139" />
            <source>Numeric field with the number of inhabitants.</source>
            <translation>Numerisk felt med antall innbyggere.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="182" />
            <source>Optional business points: the business mix in the centre.</source>
            <translation>Valgfrie virksomhetspunkter: næringsmiksen i sentrum.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="164" />
            <source>Optional land use or land cover (AR5, SOSI arealformål): a land-use account page, and built-up land per inhabitant.</source>
            <translation>Valgfri arealbruk eller arealdekke (AR5, SOSI-arealformål): en side med arealregnskap, og bebygd areal per innbygger.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="156" />
            <source>Optional roads and paths: walking distances along them, and a catchment page.</source>
            <translation>Valgfrie veger og stier: gangavstander langs dem, og en side med omland.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="199" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="227" />
            <source>POPULATION must be a layer that can be opened.</source>
            <translation>POPULATION må være et lag som kan åpnes.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="100" />
            <source>Population</source>
            <translation>Befolkning</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="217" />
            <source>Population density by distance from the centre, rings of {}</source>
            <translation>Befolkningstetthet etter avstand fra sentrum, ringer på {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="135" />
            <source>Population field</source>
            <translation>Befolkningsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="130" />
            <source>Population points (addresses, buildings) or polygons (SSB 250 m cells).</source>
            <translation>Befolkningspunkter (adresser, bygninger) eller polygoner (SSBs 250 m-ruter).</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="300" />
            <source>Population reached along the roads</source>
            <translation>Befolkning nådd langs vegene</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="158" />
            <source>Population within {} m along the roads</source>
            <translation>Befolkning innen {} m langs vegene</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="103" />
            <source>Population within {} m of the centre</source>
            <translation>Befolkning innen {} m fra sentrum</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="105" />
            <source>Proximity index</source>
            <translation>Nærhetsindeks</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="285" />
            <source>Reached along the roads</source>
            <translation>Nådd langs vegene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="154" />
            <source>Road network</source>
            <translation>Vegnett</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="318" />
            <source>Roads</source>
            <translation>Veger</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="215" />
            <source>TOWNS and CENTRE must be layers that can be opened.</source>
            <translation>TOWNS og CENTRE må være lag som kan åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="365" />
            <source>The PDF could not be written to {} ({}).</source>
            <translation>PDF-en kunne ikke skrives til {} ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="201" />
            <source>The PDF file to write.</source>
            <translation>PDF-filen som skal skrives.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="380" />
            <source>The algorithm {} is not installed.</source>
            <translation>Algoritmen {} er ikke installert.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="207" />
            <source>The profile's key figures as a table: section, key, label, value, unit.</source>
            <translation>Profilens nøkkeltall som tabell: del, nøkkel, tekst, verdi, enhet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="123" />
            <source>The town centre: points (e.g. the town square) or centre-zone polygons (smaaby:centrezones); the one inside the town is used.</source>
            <translation>Sentrum: punkter (f.eks. torget) eller sentrumssone-polygoner (smaaby:centrezones); det som ligger i tettstedet, brukes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="194" />
            <source>Title</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="195" />
            <source>Title of the report; empty: “Town profile: &lt;name&gt;”.</source>
            <translation>Rapportens tittel; tomt: «Tettstedsprofil: &lt;navn&gt;».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="256" />
            <source>Town</source>
            <translation>Tettsted</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="115" />
            <source>Town name</source>
            <translation>Tettstedsnavn</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="108" />
            <source>Town name field</source>
            <translation>Felt med tettstedsnavn</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="103" />
            <source>Town outlines (tettsteder, settlements); the profile is of one of them.</source>
            <translation>Tettstedsavgrensninger (tettsteder); profilen gjelder ett av dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Town profile (PDF report)</source>
            <translation>Tettstedsprofil (PDF-rapport)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="199" />
            <source>Town profile (PDF)</source>
            <translation>Tettstedsprofil (PDF)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="328" />
            <source>Town profile: {}</source>
            <translation>Tettstedsprofil: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="101" />
            <source>Towns</source>
            <translation>Tettsteder</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="194" />
            <source>Value</source>
            <translation>Verdi</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Writes a multi-page A4 PDF profile of one town (tettsted) and its key figures as a table, for councils and reports; the same as the dock's print layouts, without the desktop (qgis_process, models, batch).

Pages: (1) a map of the town with its centre, the distance circles of DISTANCES and the population density in rings around the centre, with the key figures; (2) the centre indicators of smaaby:centreindicators (population, area, density, share of the population within each distance of the centre, population-weighted mean distance, proximity index, Clark density gradient D(r) = D0 e^(-b r), built-up land per inhabitant, land-use and business mix; see that algorithm's help for the formulas and sources) and a chart of density by distance ring; (3) where LANDUSE is given, the land-use account of the town (smaaby:landuseaccount: area by class in daa and its share) with a map and a chart; (4) where NETWORK is given, the catchment of the centre along the roads (smaaby:serviceareas, distance bands of DISTANCES) with the population reached, and walking distances in the indicators.

The town is the feature of TOWNS whose NAME_FIELD equals TOWN_NAME (a layer with one town needs neither). Its centre is the CENTRE point inside it, or the centre-zone polygon with the most area inside it. Units: m, km², inhabitants, daa.

Bad input: a TOWN_NAME that is not in the layer (the names found are listed), several towns with that name (their feature ids are listed; other names may repeat), several towns without TOWN_NAME, no centre inside the town (the nearest one's distance is given), population that lies outside the town, or the errors of the child algorithms stop the run with a message; nothing is written then.
Missing values: a null or NaN population counts as 0 (the log says how many); text, negative, infinite or absurd values (above 10,000,000 for one feature) stop the run.
CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Skriver en PDF-profil på flere A4-sider for ett tettsted og nøkkeltallene som tabell, til politiske saker og rapporter; det samme som panelets utskriftsoppsett, uten skrivebordsprogrammet (qgis_process, modeller, satsvis kjøring).

Sider: (1) et kart over tettstedet med sentrum, avstandssirklene for DISTANCES og befolkningstettheten i ringer rundt sentrum, med nøkkeltallene; (2) sentrumsindikatorene fra smaaby:centreindicators (befolkning, areal, tetthet, andel av befolkningen innen hver avstand fra sentrum, befolkningsvektet gjennomsnittsavstand, nærhetsindeks, Clarks tetthetsgradient D(r) = D0 e^(-b r), bebygd areal per innbygger, arealbruks- og næringsmiks; se hjelpen til den algoritmen for formler og kilder) og et diagram over tetthet etter avstandsring; (3) når LANDUSE er oppgitt: arealregnskapet for tettstedet (smaaby:landuseaccount: areal etter klasse i daa og andel) med kart og diagram; (4) når NETWORK er oppgitt: omlandet til sentrum langs vegene (smaaby:serviceareas, avstandsbånd etter DISTANCES) med befolkningen som nås, og gangavstander i indikatorene.

Tettstedet er det objektet i TOWNS der NAME_FIELD er lik TOWN_NAME (et lag med ett tettsted trenger ingen av dem). Sentrum er CENTRE-punktet som ligger i tettstedet, eller sentrumssone-polygonet med mest areal inne i det. Enheter: m, km², innbyggere, daa.

Feil i inndata: et TOWN_NAME som ikke finnes i laget (navnene som finnes, listes opp), flere tettsteder med det navnet (objekt-id-ene deres listes opp; andre navn kan gå igjen), flere tettsteder uten TOWN_NAME, ingen sentrum i tettstedet (avstanden til det nærmeste oppgis), befolkning som ligger utenfor tettstedet, eller feil fra underalgoritmene stopper kjøringen med en melding; da skrives ingenting.
Manglende verdier: en tom (NULL) eller NaN befolkning regnes som 0 (loggen sier hvor mange); tekst, negative, uendelige eller urimelige verdier (over 10 000 000 for ett objekt) stopper kjøringen.
CRS: alle inndata beregnes i det projiserte koordinatsystemet til første inndatalag, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="367" />
            <source>Wrote {} page(s) to {}.</source>
            <translation>Skrev {} side(r) til {}.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="301" />
            <source>inh.</source>
            <translation>innb.</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="222" />
            <source>inh./km²</source>
            <translation>innb./km²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="276" />
            <source>smaaby:centreindicators gave no figures for {}.</source>
            <translation>smaaby:centreindicators ga ingen tall for {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/centre/townprofile.py" line="445" />
            <source>smaaby:serviceareas is not installed: no catchment page.</source>
            <translation>smaaby:serviceareas er ikke installert: ingen side med omland.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>tettstedsprofil, arealprofil, report, rapport, PDF, layout, sentrum, profile</source>
            <translation>tettstedsprofil, arealprofil, rapport, report, PDF, utskriftsoppsett, sentrum, profil</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="292" />
            <source>{}: catchment of the centre</source>
            <translation>{}: omlandet til sentrum</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="229" />
            <source>{}: centre indicators</source>
            <translation>{}: sentrumsindikatorer</translation>
        </message>
        <message>
            <location filename="../../smaaby_plugin/report/town_profile.py" line="256" />
            <source>{}: land use</source>
            <translation>{}: arealbruk</translation>
        </message>
    </context>
    <context>
        <name>TransitService</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="120" />
            <source>A stop covers its surroundings with at least this many departures per hour in the window (0-120; default 2, our choice).</source>
            <translation>En holdeplass dekker omgivelsene sine med minst så mange avganger per time i vinduet (0-120; standard 2, vårt valg).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="79" />
            <source>Class breaks (departures per hour)</source>
            <translation>Klassegrenser (avganger per time)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="188" />
            <source>Computing in {}, the UTM zone of the stops.</source>
            <translation>Beregner i {}, UTM-sonen for holdeplassene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="163" />
            <source>Coverage (kollektivdekning)</source>
            <translation>Dekning (kollektivdekning)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="120" />
            <source>Cut-off (minutes; km on a distance network)</source>
            <translation>Grense (minutter; km på et avstandsnett)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="114" />
            <source>Departures per hour for coverage</source>
            <translation>Avganger per time for dekning</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="99" />
            <source>Detour factor of straight walking lines</source>
            <translation>Omvegsfaktor for rette ganglinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="83" />
            <source>End of the time window (not included), 00:00-30:00, after the start.</source>
            <translation>Slutt på tidsvinduet (ikke med), 00:00-30:00, etter starten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="137" />
            <source>FEED has no agency.txt; the timetable is read without it.</source>
            <translation>FEED har ingen agency.txt; rutetabellen leses uten den.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="71" />
            <source>Field naming each origin; without it the feature id. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert startpunkt; uten det objekt-id-en. Doble eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="108" />
            <source>Field naming each zone (e.g. kommunenummer); without it the feature id. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hver sone (f.eks. kommunenummer); uten det objekt-id-en. Doble eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="49" />
            <source>GTFS feed (.zip, or a .txt file of an unzipped feed)</source>
            <translation>GTFS-rutetabell (.zip, eller en .txt-fil i en utpakket rutetabell)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="82" />
            <source>Increasing departures per hour that divide the stop classes (0-120), e.g. '1, 2, 4, 8' gives under 1, 1-2, 2-4, 4-8, 8 and more.</source>
            <translation>Stigende avganger per time som deler holdeplassklassene (0-120), f.eks. gir '1, 2, 4, 8' under 1, 1-2, 2-4, 4-8, 8 og mer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="105" />
            <source>Inhabitants per feature; without it each feature counts 1. Null counts as 0 (logged).</source>
            <translation>Innbyggere per objekt; uten feltet teller hvert objekt 1. Tomme verdier teller som 0 (logget).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="85" />
            <source>Inhabitants per origin (e.g. pop2022); without it each origin counts as 1. Null or NaN counts as 0 (logged); negative or infinite values stop the run.</source>
            <translation>Innbyggere per startpunkt (f.eks. pop2022); uten det teller hvert startpunkt som 1. Null eller NaN teller som 0 (logges); negative eller uendelige verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="258" />
            <source>Kollektivdekning: {:,.0f} of {:,.0f} inhabitants ({:.1%}) live within {:g} m walking of a stop with at least {:g} departures per hour.</source>
            <translation>Kollektivdekning: {:,.0f} av {:,.0f} innbyggere ({:.1%}) bor innenfor {:g} m gange fra en holdeplass med minst {:g} avganger per time.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="133" />
            <source>Metres of walking (0-5000) within which a stop covers a home (default 500 m).</source>
            <translation>Meter gange (0-5000) innenfor som en holdeplass dekker en bolig (standard 500 m).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="208" />
            <source>No POPULATION: coverage is not computed.</source>
            <translation>Ingen POPULATION: dekningen beregnes ikke.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="172" />
            <source>No departure in the window {}-{} on {}: every stop and route has no service in it. The day's departures run from {} to {}; check START and END.</source>
            <translation>Ingen avgang i vinduet {}-{} den {}: ingen holdeplass eller rute har rutetilbud i det. Dagens avganger går fra {} til {}; sjekk START og END.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="102" />
            <source>Optional polygons; each origin counts in the zone its point lies in.</source>
            <translation>Valgfrie polygoner; hvert startpunkt teller i sonen punktet ligger i.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="67" />
            <source>Origin id field</source>
            <translation>Id-felt for startpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="56" />
            <source>Origins (where people live)</source>
            <translation>Startpunkter (der folk bor)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="155" />
            <source>Per route: trips_day, trips_window, trips_per_hour, headway_min, first_trip, last_trip, n_stops.</source>
            <translation>Per rute: trips_day, trips_window, trips_per_hour, headway_min, first_trip, last_trip, n_stops.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="146" />
            <source>Per stop: departures, departures_per_hour, headway_min, first/last departure, routes, service_class, covering.</source>
            <translation>Per holdeplass: departures, departures_per_hour, headway_min, første/siste avgang, routes, service_class, covering.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="167" />
            <source>Per zone (or one row for all): population, covered, share. Needs POPULATION.</source>
            <translation>Per sone (eller én rad for alt): population, covered, share. Krever POPULATION.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="90" />
            <source>Population (cells or addresses)</source>
            <translation>Befolkning (ruter eller adresser)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="79" />
            <source>Population field</source>
            <translation>Befolkningsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Public transport service level and coverage (GTFS)</source>
            <translation>Kollektivtilbud og kollektivdekning (GTFS)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="94" />
            <source>Road network for walking (optional)</source>
            <translation>Vegnett for gange (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="137" />
            <source>Roads and paths to walk on to the stops (distance along the network). Without it, straight lines times DETOUR_FACTOR. A layer without a CRS stops the run.</source>
            <translation>Veger og stier å gå på til holdeplassene (avstand langs nettet). Uten det: rette linjer ganget med DETOUR_FACTOR. Et kartlag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="153" />
            <source>Routes with service level</source>
            <translation>Ruter med kollektivtilbud</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="59" />
            <source>SSB 250 m population cells, grunnkretser or address points; a polygon counts by a point inside it.</source>
            <translation>SSBs 250 m befolkningsruter, grunnkretser eller adressepunkter; et polygon teller ved et punkt inni det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="64" />
            <source>Service day (YYYY-MM-DD; empty = typical weekday)</source>
            <translation>Driftsdøgn (ÅÅÅÅ-MM-DD; tom = typisk hverdag)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="76" />
            <source>Start of the time window, 00:00-30:00 (GTFS service-day time; 25:00 = 01:00 the next night).</source>
            <translation>Start på tidsvinduet, 00:00-30:00 (GTFS-driftsdøgnets tid; 25:00 = 01:00 natten etter).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="144" />
            <source>Stops with service level</source>
            <translation>Holdeplasser med kollektivtilbud</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="68" />
            <source>The date whose timetable is used (calendar and calendar_dates). Empty: a typical weekday, the Monday-Friday date with the most common number of trips (the log names it). A date without trips stops the run with the feed's range of dates.</source>
            <translation>Datoen hvis rutetabell brukes (calendar og calendar_dates). Tom: en typisk hverdag, datoen mandag-fredag med det vanligste antallet turer (loggen navngir den). En dato uten turer stopper kjøringen med datospennet i rutetabellen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>The service level of public transport from a GTFS timetable: per stop the departures in the window, departures per hour, mean headway (window minutes / departures), first and last departure of the day and the routes serving it; per route the trips starting in the window, per hour, mean headway, first and last trip. Stops are classed by departures per hour (CLASS_BREAKS; default 1, 2, 4, 8 per hour, our choice). Coverage (kollektivdekning): the population within WALK_DISTANCE walking (default 500 m) of a stop with at least MIN_DEPARTURES per hour, per zone with shares.

Method: the service day's trips (calendar with calendar_dates; frequencies expanded; trips of the day before running past midnight included); a departure is a stop time that is not the last of its trip. Walking on the road network (a distance network; points beyond MAX_SNAP walk straight, counted in the log) or, without a network, straight lines times DETOUR_FACTOR.

Bad input: a feed missing a required file or column stops the run naming it; a date without trips stops it with the feed's range of dates; times that do not parse stop it with the trip and stop ids; a window outside 00:00-30:00 stops it. Missing values: a null or NaN population counts as 0 (the log says how many); negative or infinite values stop the run. Duplicate zone ids stop the run. CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator (the stops' UTM zone without layers); a layer without a CRS stops the run.</source>
            <translation>Kollektivtilbudet fra en GTFS-rutetabell: per holdeplass avgangene i tidsvinduet, avganger per time, gjennomsnittlig intervall (minutter i vinduet / avganger), første og siste avgang i døgnet og rutene som betjener den; per rute turene som starter i vinduet, per time, gjennomsnittlig intervall, første og siste tur. Holdeplassene klasses etter avganger per time (CLASS_BREAKS; standard 1, 2, 4, 8 per time, vårt valg). Dekning (kollektivdekning): befolkningen innenfor WALK_DISTANCE gangavstand (standard 500 m) fra en holdeplass med minst MIN_DEPARTURES avganger per time, per sone med andeler.

Metode: driftsdøgnets turer (calendar med calendar_dates; frequencies utvidet; turer fra dagen før som går over midnatt er med); en avgang er en stopptid som ikke er den siste på sin tur. Gange langs vegnettet (et avstandsnett; punkter lenger unna enn MAX_SNAP går i rett linje, talt i loggen) eller, uten vegnett, rette linjer ganget med DETOUR_FACTOR.

Feil i data: en rutetabell som mangler en påkrevd fil eller kolonne stopper kjøringen og navngir den; en dato uten turer stopper den med datospennet i rutetabellen; tider som ikke kan leses stopper den med tur- og holdeplass-id; et tidsvindu utenfor 00:00-30:00 stopper den. Manglende verdier: en tom eller NaN befolkning teller som 0 (loggen sier hvor mange); negative eller uendelige verdier stopper kjøringen. Like sone-id-er stopper kjøringen. Koordinatsystem: alle data beregnes i det første datasettets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator (holdeplassenes UTM-sone uten kartlag); et kartlag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="53" />
            <source>The timetable as GTFS (Entur publishes Norway's and each county's). A .zip, or any .txt file of an unzipped feed (its folder is read). Needs agency, stops, routes, trips, stop_times and calendar and/or calendar_dates; frequencies and transfers are used where present. A missing file or column stops the run with its name; times that do not parse stop it with the trip and stop ids.</source>
            <translation>Rutetabellen som GTFS (Entur publiserer Norges og hvert fylkes). En .zip, eller en hvilken som helst .txt-fil i en utpakket rutetabell (mappen dens leses). Krever agency, stops, routes, trips, stop_times og calendar og/eller calendar_dates; frequencies og transfers brukes der de finnes. En manglende fil eller kolonne stopper kjøringen med navnet; tider som ikke kan leses stopper den med tur- og holdeplass-id.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="128" />
            <source>Walking distance to a stop</source>
            <translation>Gangavstand til en holdeplass</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="114" />
            <source>Walking speed (km/h)</source>
            <translation>Ganghastighet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="120" />
            <source>Walking speed, 1-10 km/h (4.5 km/h = 1.25 m/s, close to the 1.3 m/s of Conveyal R5).</source>
            <translation>Ganghastighet, 1-10 km/t (4,5 km/t = 1,25 m/s, nær 1,3 m/s i Conveyal R5).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="92" />
            <source>Where people live: SSB 250 m cells or address points (a polygon counts by a point inside it).</source>
            <translation>Der folk bor: SSB-ruter på 250 m eller adressepunkter (et polygon teller ved et punkt inni det).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="82" />
            <source>Window end (HH:MM)</source>
            <translation>Vinduets slutt (TT:MM)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="75" />
            <source>Window start (HH:MM)</source>
            <translation>Vinduets start (TT:MM)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="105" />
            <source>Without a road network (or for stops and points too far from it), walking follows straight lines times this factor (1-3; 1.3 is a common mean ratio of street to straight distance in towns).</source>
            <translation>Uten vegnett (eller for holdeplasser og punkter for langt fra det) går gangen i rette linjer ganget med denne faktoren (1-3; 1,3 er et vanlig gjennomsnittlig forhold mellom gateavstand og luftlinje i byer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="106" />
            <source>Zone id field</source>
            <translation>Sone-id-felt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="98" />
            <source>Zones to summarise by (kommuner, tettsteder)</source>
            <translation>Soner å summere etter (kommuner, tettsteder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="146" />
            <source>frequencies.txt: headway-based trips are expanded into single trips.</source>
            <translation>frequencies.txt: intervallbaserte turer utvides til enkeltturer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>public transport, kollektivtransport, kollektivtilbud, kollektivdekning, GTFS, bus, buss, train, tog, stops, holdeplass, departures, avganger, headway, frekvens</source>
            <translation>kollektivtransport, public transport, kollektivtilbud, kollektivdekning, GTFS, buss, bus, tog, train, holdeplass, stops, avganger, departures, frekvens, headway</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="196" />
            <source>{:,} of {:,} stops have at least {:g} departures per hour in the window.</source>
            <translation>{:,} av {:,} holdeplasser har minst {:g} avganger per time i vinduet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transitservice.py" line="244" />
            <source>{:,} population feature(s) ({:,.0f} inhabitants) lie in no zone and are left out of the zones.</source>
            <translation>{:,} befolkningsobjekt(er) ({:,.0f} innbyggere) ligger ikke i noen sone og er holdt utenfor sonene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="150" />
            <source>{:,} stops, {:,} trips, {:,} stop times on {}, window {}-{}.</source>
            <translation>{:,} holdeplasser, {:,} turer, {:,} stopptider den {}, vindu {}-{}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="285" />
            <source>{}: every feature lies more than 50 km from the feed's stops (the nearest {:,.0f} km); check that the feed covers this area and that {} has its right CRS.</source>
            <translation>{}: alle objekter ligger mer enn 50 km fra holdeplassene i rutetabellen (nærmeste {:,.0f} km); sjekk at rutetabellen dekker området og at {} har riktig koordinatsystem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="272" />
            <source>{}: {} of {} destination(s) are of none of the kinds wanted ({}) and are left out.</source>
            <translation>{}: {} av {} målpunkt(er) er ikke av noen ønsket type ({}) og utelates.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="209" />
            <source>{}: {} of {} feature(s) have no kind in the field '{}' (feature ids {}); give each a kind, list the kinds wanted (the others are left out), or leave {} empty to take every feature as one kind 'all'.</source>
            <translation>{}: {} av {} objekt(er) har ingen type i feltet '{}' (objekt-id-er {}); gi hvert en type, list opp de ønskede typene (de andre utelates), eller la {} stå tom for å ta alle objekter som én type 'all'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="182" />
            <source>{}: {} of {} origin(s) lie in no zone of {}; they count only in the row for all origins.</source>
            <translation>{}: {} av {} startpunkt(er) ligger ikke i noen sone i {}; de teller bare i raden for alle startpunkter.</translation>
        </message>
    </context>
    <context>
        <name>TransitTravelTime</name>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="856" />
            <source> (the nearest of them {} from it)</source>
            <translation> (det nærmeste av dem {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="932" />
            <source> ({:,.0f} of {:,.0f} people)</source>
            <translation> ({:,.0f} av {:,.0f} personer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="852" />
            <source> ({} of them outside the network's extent, up to {} from it)</source>
            <translation> ({} av dem utenfor nettets utstrekning, opptil {} fra det)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="158" />
            <source>0-8 transfers (1-9 vehicles).</source>
            <translation>0-8 bytter (1-9 kjøretøy).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="217" />
            <source>A speed-limit line counts for a link where it lies within this distance (metres, 0.01-100) of it; crossings and touches are ignored.</source>
            <translation>En fartsgrenselinje gjelder for en lenke der den ligger innenfor denne avstanden (meter, 0,01–100) fra den; kryssinger og berøringer ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="332" />
            <source>Also join lines where a vertex inside one line meets a vertex of another (as QGIS's network analysis does). Switch off for data where crossing lines share vertices without meeting (bridges).</source>
            <translation>Koble også linjer der et knekkpunkt inne i én linje møter et knekkpunkt i en annen (slik QGIS' nettverksanalyse gjør). Slå av for data der kryssende linjer deler knekkpunkter uten å møtes (bruer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="273" />
            <source>BANDS: {} min is above MAX_TIME ({:g} min); trips longer than MAX_TIME count as none, so that band would hold the same origins as MAX_TIME. Raise MAX_TIME or leave the band out.</source>
            <translation>BANDS: {} min er over MAX_TIME ({:g} min); reiser lengre enn MAX_TIME regnes som ingen, så det båndet ville inneholde de samme startpunktene som MAX_TIME. Øk MAX_TIME eller ta båndet ut.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="476" />
            <source>Car travel time on NETWORK for {:,} origin(s).</source>
            <translation>Bilens reisetid på NETWORK for {:,} startpunkt(er).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="760" />
            <source>Centre id field</source>
            <translation>Felt med senter-id</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="750" />
            <source>Centres (points)</source>
            <translation>Sentre (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="286" />
            <source>Comma-separated values of the direction field that allow travel only in the digitised direction (case is ignored).</source>
            <translation>Kommaseparerte verdier i retningsfeltet som bare tillater ferdsel i digitaliseringsretningen (store og små bokstaver ignoreres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="299" />
            <source>Comma-separated values that allow travel only against the digitised direction.</source>
            <translation>Kommaseparerte verdier som bare tillater ferdsel mot digitaliseringsretningen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="306" />
            <source>Comma-separated values that close a link in both directions. Any other value, and null, means two-way.</source>
            <translation>Kommaseparerte verdier som stenger en lenke i begge retninger. Enhver annen verdi, og tom verdi, betyr toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="226" />
            <source>Compare with the car</source>
            <translation>Sammenlign med bil</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="188" />
            <source>Computing in {}, the UTM zone of the stops.</source>
            <translation>Beregner i {}, UTM-sonen for holdeplassene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="156" />
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="120" />
            <source>Cut-off (minutes; km on a distance network)</source>
            <translation>Grense (minutter; km på et avstandsnett)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="239" />
            <source>Default speeds per road class (km/h)</source>
            <translation>Standardfart per vegklasse (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="110" />
            <source>Destinations (points)</source>
            <translation>Mål (punkter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="99" />
            <source>Detour factor of straight walking lines</source>
            <translation>Omvegsfaktor for rette ganglinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="117" />
            <source>Direction</source>
            <translation>Retning</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="253" />
            <source>Direction field (one-way)</source>
            <translation>Retningsfelt (enveiskjøring)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="265" />
            <source>Direction rule</source>
            <translation>Retningsregel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Distance (metres)</source>
            <translation>Avstand (meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="160" />
            <source>Distance: metres along the network. Travel time: minutes at each link's speed (speed field, speed-limit layer, or the default speed of its road class). Thresholds and MAX_COST are in this unit.</source>
            <translation>Avstand: meter langs nettet. Reisetid: minutter med farten på hver lenke (fartsfelt, fartsgrenselag eller standardfarten for vegklassen). Grenser og MAX_COST er i denne enheten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Door-to-door travel time by public transport from each origin (SSB cells, addresses) to the nearest of the DESTINATIONS (a town centre, or a set of points), or from them to every origin: walk to a stop, ride, transfer (walking between stops within TRANSFER_WALK, at least MIN_TRANSFER_TIME), walk to the destination; walking all the way counts when it is faster (within MAX_WALK).

Method: RAPTOR (Delling, Pajor, Werneck 2012/2015), vectorised over numpy arrays, for every departure minute of the window; the way back in time (latest departures) for many origins to one destination. Per origin, as Conveyal R5 and r5py do: the minimum, the median (the middle departure minute) and the share of departure minutes with a trip within WITHIN minutes, and the transfers of the median trip. Trips longer than MAX_TIME count as none. Time bands: the origins whose median is within each band, united (cells as they are, points as circles of POINT_RADIUS). With a road network: walking on it (points beyond MAX_SNAP walk straight, counted) and the car's time on the same network (its speeds) beside public transport, with the ratio public transport / car; without one, walking is straight lines times DETOUR_FACTOR and no car time is given.

Bad input: a feed missing a required file or column stops the run naming it; a date without trips stops it with the feed's range of dates; times that do not parse stop it with the trip and stop ids; a window outside 00:00-30:00 stops it. Missing values: a null or NaN population counts as 0 (the log says how many); negative or infinite values stop the run. Duplicate origin or zone ids stop the run. CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer without a CRS stops the run.</source>
            <translation>Reisetid dør til dør med kollektivtransport fra hvert startpunkt (SSB-ruter, adresser) til nærmeste av DESTINATIONS (et bysentrum, eller et sett punkter), eller fra dem til hvert startpunkt: gå til en holdeplass, kjør, bytt (gange mellom holdeplasser innenfor TRANSFER_WALK, minst MIN_TRANSFER_TIME), gå til målet; å gå hele vegen teller når det er raskere (innenfor MAX_WALK).

Metode: RAPTOR (Delling, Pajor, Werneck 2012/2015), vektorisert over numpy-matriser, for hvert avgangsminutt i vinduet; baklengs i tid (seneste avganger) for mange startpunkter til ett mål. Per startpunkt, slik Conveyal R5 og r5py gjør: minimum, median (det midterste avgangsminuttet) og andelen avgangsminutter med en reise innenfor WITHIN minutter, og byttene på medianreisen. Reiser lengre enn MAX_TIME teller som ingen. Tidssoner: startpunktene med median innenfor hver sone, slått sammen (ruter som de er, punkter som sirkler med POINT_RADIUS). Med vegnett: gange langs det (punkter lenger unna enn MAX_SNAP går i rett linje, talt) og bilens reisetid på samme nett (dets hastigheter) ved siden av kollektivtransporten, med forholdet kollektiv / bil; uten vegnett går gangen i rette linjer ganget med DETOUR_FACTOR og ingen biltid gis.

Feil i data: en rutetabell som mangler en påkrevd fil eller kolonne stopper kjøringen og navngir den; en dato uten turer stopper den med datospennet i rutetabellen; tider som ikke kan leses stopper den med tur- og holdeplass-id; et tidsvindu utenfor 00:00-30:00 stopper den. Manglende verdier: en tom eller NaN befolkning teller som 0 (loggen sier hvor mange); negative eller uendelige verdier stopper kjøringen. Like startpunkt- eller sone-id-er stopper kjøringen. Koordinatsystem: alle data beregnes i det første datasettets projiserte koordinatsystem, eller i UTM-sonen for dataene når det er geografisk eller Web Mercator; et kartlag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="83" />
            <source>End of the time window (not included), 00:00-30:00, after the start.</source>
            <translation>Slutt på tidsvinduet (ikke med), 00:00-30:00, etter starten.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="528" />
            <source>Every link got the same default speed, {:g} km/h: the travel times only rescale distances. Choose a speed field, a speed-limit layer (NVDB fartsgrense) or a road-class field.</source>
            <translation>Alle lenker fikk samme standardfart, {:g} km/t: reisetidene er bare omregnede avstander. Velg et fartsfelt, et fartsgrenselag (NVDB fartsgrense) eller et vegklassefelt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="137" />
            <source>FEED has no agency.txt; the timetable is read without it.</source>
            <translation>FEED har ingen agency.txt; rutetabellen leses uten den.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="71" />
            <source>Field naming each origin; without it the feature id. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert startpunkt; uten det objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="108" />
            <source>Field naming each zone (e.g. kommunenummer); without it the feature id. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hver sone (f.eks. kommunenummer); uten det objekt-id-en. Doble eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="257" />
            <source>Field saying in which direction a link may be travelled (e.g. oneway, or NVDB feltoversikt with the lane-list rule). Without it every link is two-way.</source>
            <translation>Felt som sier i hvilken retning en lenke kan kjøres (f.eks. oneway, eller NVDBs feltoversikt med feltlisteregelen). Uten det er alle lenker toveis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="762" />
            <source>Field that names each centre in the outputs (centre_id); without it the feature id is used. Duplicate or missing ids stop the run.</source>
            <translation>Felt som navngir hvert senter i resultatene (centre_id); uten det brukes objekt-id-en. Like eller manglende id-er stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="119" />
            <source>From each origin to the destinations</source>
            <translation>Fra hvert startpunkt til målene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="120" />
            <source>From the destinations to each origin</source>
            <translation>Fra målene til hvert startpunkt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="49" />
            <source>GTFS feed (.zip, or a .txt file of an unzipped feed)</source>
            <translation>GTFS-rutetabell (.zip, eller en .txt-fil i en utpakket rutetabell)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="272" />
            <source>How to read the direction field. NVDB numbers lanes in the link's direction with odd numbers and against it with even numbers ('1#2' two-way, '1' forward only, '2' backward only).</source>
            <translation>Hvordan retningsfeltet leses. NVDB nummererer felt i lenkens retning med oddetall og mot den med partall («1#2» toveis, «1» bare forover, «2» bare bakover).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="85" />
            <source>Inhabitants per origin (e.g. pop2022); without it each origin counts as 1. Null or NaN counts as 0 (logged); negative or infinite values stop the run.</source>
            <translation>Innbyggere per startpunkt (f.eks. pop2022); uten det teller hvert startpunkt som 1. Null eller NaN teller som 0 (logges); negative eller uendelige verdier stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="99" />
            <source>Inhabitants per origin, for the zones and bands; without it each origin counts 1.</source>
            <translation>Innbyggere per startpunkt, for sonene og tidssonene; uten feltet teller hvert startpunkt 1.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="330" />
            <source>Join lines at shared vertices</source>
            <translation>Koble linjer i felles knekkpunkter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="349" />
            <source>Largest distance from a point to the network</source>
            <translation>Største avstand fra et punkt til nettet</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="152" />
            <source>Largest number of transfers</source>
            <translation>Største antall bytter</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="188" />
            <source>Largest travel time (minutes)</source>
            <translation>Lengste reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="142" />
            <source>Largest walk between stops</source>
            <translation>Lengste gange mellom holdeplasser</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="132" />
            <source>Largest walk to or from a stop</source>
            <translation>Lengste gange til eller fra en holdeplass</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="321" />
            <source>Line ends (and shared vertices) closer than this many metres (0-100) are joined into one junction, found with a KD-tree and merged transitively, so rounding noise (NVDB ends differ by ~1e-5 m) never breaks a junction.</source>
            <translation>Linjeender (og felles knekkpunkter) nærmere enn så mange meter (0–100) kobles til ett knutepunkt, funnet med et KD-tre og slått sammen transitivt, slik at avrundingsstøy (NVDB-ender skiller seg med ~1e-5 m) aldri bryter et knutepunkt.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="194" />
            <source>Longer trips count as none (1-600 minutes).</source>
            <translation>Lengre reiser teller som ingen (1-600 minutter).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="200" />
            <source>Median travel times that bound the bands, e.g. '15, 30, 45, 60'.</source>
            <translation>Medianreisetider som avgrenser tidssonene, f.eks. '15, 30, 45, 60'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="147" />
            <source>Metres (0-2000) one walks to change between two stops.</source>
            <translation>Meter (0-2000) man går for å bytte mellom to holdeplasser.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="137" />
            <source>Metres (0-5000) of walking at each end, and the longest walk all the way.</source>
            <translation>Meter (0-5000) gange i hver ende, og den lengste gangen hele vegen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="163" />
            <source>Minimum transfer time (minutes)</source>
            <translation>Minste byttetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="169" />
            <source>Minutes (0-30) between arriving and leaving again at a transfer, also at the same stop; transfers.txt rules apply where given.</source>
            <translation>Minutter (0-30) mellom ankomst og ny avgang ved et bytte, også på samme holdeplass; regler i transfers.txt gjelder der de finnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="672" />
            <source>NETWORK is a prepared network (fields min_fw, min_bw): its minutes and directions are used; the speed and direction settings are ignored.</source>
            <translation>NETWORK er et klargjort vegnett (feltene min_fw, min_bw): minuttene og retningene brukes; innstillingene for fart og retning ignoreres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="655" />
            <source>NETWORK must be a line layer; '{}' holds {} geometries. Choose the road-line layer.</source>
            <translation>NETWORK må være et linjelag; «{}» har {}-geometrier. Velg laget med veglinjer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="602" />
            <source>NETWORK: reusing the network built earlier in this session (same file, unchanged, same settings).</source>
            <translation>NETWORK: bruker nettverket som ble bygd tidligere i denne økten (samme fil, uendret, samme innstillinger).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="421" />
            <source>NETWORK: the layer could not be opened.</source>
            <translation>NETWORK: laget kunne ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="729" />
            <source>NETWORK: {} of {} feature(s) have no usable line (zero length or degenerate, e.g. a link whose ends coincide) and were dropped.</source>
            <translation>NETWORK: {} av {} objekt(er) har ingen brukbar linje (null lengde eller degenerert, f.eks. en lenke der endene faller sammen) og ble fjernet.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="268" />
            <source>NVDB lane list (feltoversikt): odd lanes forward, even lanes backward</source>
            <translation>NVDBs feltoversikt: odde felt forover, like felt bakover</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="726" />
            <source>Network: {}</source>
            <translation>Nettverk: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="172" />
            <source>No departure in the window {}-{} on {}: every stop and route has no service in it. The day's departures run from {} to {}; check START and END.</source>
            <translation>Ingen avgang i vinduet {}-{} den {}: ingen holdeplass eller rute har rutetilbud i det. Dagens avganger går fra {} til {}; sjekk START og END.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="443" />
            <source>No stop lies within MAX_WALK ({:g} m) of the destinations: only walking reaches them.</source>
            <translation>Ingen holdeplass ligger innenfor MAX_WALK ({:g} m) fra målene: bare gange når dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="102" />
            <source>Optional polygons; each origin counts in the zone its point lies in.</source>
            <translation>Valgfrie polygoner; hvert startpunkt teller i sonen punktet ligger i.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="67" />
            <source>Origin id field</source>
            <translation>Startpunkt-id-felt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="102" />
            <source>Origins (cells or addresses)</source>
            <translation>Startpunkter (ruter eller adresser)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="56" />
            <source>Origins (where people live)</source>
            <translation>Startpunkter (der folk bor)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="250" />
            <source>Per zone</source>
            <translation>Per sone</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="210" />
            <source>Point origins are drawn as circles of this radius (1-2000 m) in the bands; cells as they are.</source>
            <translation>Startpunkter som er punkter tegnes som sirkler med denne radiusen (1-2000 m) i tidssonene; ruter som de er.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="355" />
            <source>Points (centres, demand) are attached to the nearest link at their projected position. Points farther than this many metres (at most 100 000) from every link are left out and reported. 0 = no limit.</source>
            <translation>Punkter (sentre, etterspørsel) knyttes til nærmeste lenke i sin projiserte posisjon. Punkter lenger enn så mange meter (høyst 100 000) fra alle lenker utelates og rapporteres. 0 = ingen grense.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="79" />
            <source>Population field</source>
            <translation>Befolkningsfelt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="252" />
            <source>Population-weighted median times by public transport and car, their ratio, shares.</source>
            <translation>Befolkningsveide medianreisetider med kollektiv og bil, forholdet mellom dem, andeler.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="205" />
            <source>Radius of a point origin in the bands</source>
            <translation>Radius for et punkt i tidssonene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="226" />
            <source>Road class field</source>
            <translation>Felt med vegklasse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="230" />
            <source>Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB or road_class.</source>
            <translation>Vegklassen som brukes for standardfart, f.eks. vegkategori (E, R, F, K, P, S) i NVDB eller road_class.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="140" />
            <source>Road network (lines)</source>
            <translation>Vegnett (linjer)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="94" />
            <source>Road network for walking (optional)</source>
            <translation>Vegnett for gange (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="218" />
            <source>Roads and paths: walking follows them (distance), and the car's time on them (speeds as set below) is compared. Without it, walking is straight lines times DETOUR_FACTOR and no car time is given.</source>
            <translation>Veger og stier: gangen følger dem (avstand), og bilens tid på dem (hastigheter som satt nedenfor) sammenlignes. Uten dem går gangen i rette linjer ganget med DETOUR_FACTOR og ingen biltid gis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="472" />
            <source>SPEED_LAYER_FIELD: choose the km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>SPEED_LAYER_FIELD: velg feltet med km/t i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="59" />
            <source>SSB 250 m population cells, grunnkretser or address points; a polygon counts by a point inside it.</source>
            <translation>SSBs 250 m befolkningsruter, grunnkretser eller adressepunkter; et polygon teller ved et punkt inni det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="188" />
            <source>Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each link gets the length-weighted mean speed of the lines running along it (within the matching tolerance); links without one use the speed field, then the default speed. Used only for travel time.</source>
            <translation>Egne fartsgrenselinjer som ligger langs lenkene, f.eks. NVDB fartsgrense. Hver lenke får den lengdevektede gjennomsnittsfarten til linjene langs den (innenfor samsvarstoleransen); lenker uten slike bruker fartsfeltet, deretter standardfarten. Brukes bare for reisetid.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="64" />
            <source>Service day (YYYY-MM-DD; empty = typical weekday)</source>
            <translation>Driftsdøgn (ÅÅÅÅ-MM-DD; tom = typisk hverdag)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="315" />
            <source>Snapping tolerance for line ends</source>
            <translation>Snappetoleranse for linjeender</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="169" />
            <source>Speed field (km/h)</source>
            <translation>Fartsfelt (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="199" />
            <source>Speed field of the speed-limit lines</source>
            <translation>Fartsfelt i fartsgrenselinjene</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="174" />
            <source>Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get the default of the link's road class (counted in the log); speeds above 200 km/h or infinite stop the run with the feature ids.</source>
            <translation>Farten på hver lenke i km/t (f.eks. speed_kmh). Tom, null eller negativ fart gir standardfarten for lenkens vegklasse (telles i loggen); fart over 200 km/t eller uendelig fart stopper kjøringen med objekt-id-ene.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="364" />
            <source>Speed off the network (km/h)</source>
            <translation>Fart utenfor nettet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="184" />
            <source>Speed-limit lines (optional)</source>
            <translation>Fartsgrenselinjer (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="508" />
            <source>Speed-limit lines: {} of {} links got a speed from them.</source>
            <translation>Fartsgrenselinjer: {} av {} lenker fikk fart fra dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="211" />
            <source>Speed-line matching tolerance</source>
            <translation>Samsvarstoleranse for fartslinjer</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="76" />
            <source>Start of the time window, 00:00-30:00 (GTFS service-day time; 25:00 = 01:00 the next night).</source>
            <translation>Start på tidsvinduet, 00:00-30:00 (GTFS-driftsdøgnets tid; 25:00 = 01:00 natten etter).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="753" />
            <source>The centres (town centres, service points); each is attached to the nearest link of the network.</source>
            <translation>Sentrene (bysentre, servicepunkter); hvert sentrum knyttes til nærmeste lenke i nettverket.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="68" />
            <source>The date whose timetable is used (calendar and calendar_dates). Empty: a typical weekday, the Monday-Friday date with the most common number of trips (the log names it). A date without trips stops the run with the feed's range of dates.</source>
            <translation>Datoen hvis rutetabell brukes (calendar og calendar_dates). Tom: en typisk hverdag, datoen mandag-fredag med det vanligste antallet turer (loggen navngir den). En dato uten turer stopper kjøringen med datospennet i rutetabellen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="205" />
            <source>The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi).</source>
            <translation>Km/t-feltet i fartsgrenselinjene (NVDB: fartsgrenseVerdi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="736" />
            <source>The network has {} separate parts; points in a part without a centre or destination get none (they are counted).</source>
            <translation>Nettet har {} adskilte deler; punkter i en del uten senter eller mål får ingen (de telles).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="142" />
            <source>The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines meet where their ends (or shared vertices) lie within the snapping tolerance. A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used as it is: its minutes and directions replace the speed and direction settings below. Zero-length and degenerate links are dropped (counted in the log). A geographic or Web Mercator layer is reprojected to UTM (logged); a layer without a CRS stops the run.</source>
            <translation>Veg- eller stinettet, f.eks. NVDB/FKB veglenke eller OSM-veger. Linjer møtes der endene (eller felles knekkpunkter) ligger innenfor snappetoleransen. Et vegnett klargjort med «Klargjør vegnett» (feltene min_fw, min_bw) brukes som det er: minuttene og retningene erstatter innstillingene for fart og retning nedenfor. Lenker med null lengde og degenererte lenker fjernes (telles i loggen). Et geografisk lag eller et lag i Web Mercator projiseres om til UTM (logges); et lag uten koordinatsystem stopper kjøringen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="183" />
            <source>The share of departure minutes with a trip of at most T minutes (1-600).</source>
            <translation>Andelen avgangsminutter med en reise på høyst T minutter (1-600).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="53" />
            <source>The timetable as GTFS (Entur publishes Norway's and each county's). A .zip, or any .txt file of an unzipped feed (its folder is read). Needs agency, stops, routes, trips, stop_times and calendar and/or calendar_dates; frequencies and transfers are used where present. A missing file or column stops the run with its name; times that do not parse stop it with the trip and stop ids.</source>
            <translation>Rutetabellen som GTFS (Entur publiserer Norges og hvert fylkes). En .zip, eller en hvilken som helst .txt-fil i en utpakket rutetabell (mappen dens leses). Krever agency, stops, routes, trips, stop_times og calendar og/eller calendar_dates; frequencies og transfers brukes der de finnes. En manglende fil eller kolonne stopper kjøringen med navnet; tider som ikke kan leses stopper den med tur- og holdeplass-id.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="112" />
            <source>The town centre, or a set of points (the nearest by public transport counts).</source>
            <translation>Bysentrum, eller et sett punkter (det nærmeste med kollektivtransport teller).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="241" />
            <source>Time bands</source>
            <translation>Tidssoner</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="198" />
            <source>Time bands (minutes)</source>
            <translation>Tidssoner (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="124" />
            <source>To the destinations (departure minutes at the origins), or from them (departure minutes at the destinations).</source>
            <translation>Til målene (avgangsminutter ved startpunktene), eller fra dem (avgangsminutter ved målene).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="157" />
            <source>Travel time (minutes)</source>
            <translation>Reisetid (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="177" />
            <source>Travel time T for the share (minutes)</source>
            <translation>Reisetid T for andelen (minutter)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="113" />
            <source>Travel time by public transport (GTFS)</source>
            <translation>Reisetid med kollektivtransport (GTFS)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="232" />
            <source>Travel time per origin</source>
            <translation>Reisetid per startpunkt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="304" />
            <source>Values for closed links</source>
            <translation>Verdier for stengte lenker</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="295" />
            <source>Values for one-way against line direction</source>
            <translation>Verdier for enveis mot linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="282" />
            <source>Values for one-way in line direction</source>
            <translation>Verdier for enveis i linjeretningen</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="267" />
            <source>Values listed below</source>
            <translation>Verdiene nedenfor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="264" />
            <source>WITHIN ({:g} min) is above MAX_TIME ({:g} min): trips longer than MAX_TIME count as none, so the share within WITHIN would be the share within MAX_TIME. Raise MAX_TIME or lower WITHIN.</source>
            <translation>WITHIN ({:g} min) er over MAX_TIME ({:g} min): reiser lengre enn MAX_TIME regnes som ingen, så andelen innen WITHIN ville være andelen innen MAX_TIME. Øk MAX_TIME eller senk WITHIN.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="114" />
            <source>Walking speed (km/h)</source>
            <translation>Ganghastighet (km/t)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="120" />
            <source>Walking speed, 1-10 km/h (4.5 km/h = 1.25 m/s, close to the 1.3 m/s of Conveyal R5).</source>
            <translation>Ganghastighet, 1-10 km/t (4,5 km/t = 1,25 m/s, nær 1,3 m/s i Conveyal R5).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="711" />
            <source>Walking: every link open in at least one direction is walked both ways (one-way rules are for vehicles); closed links stay closed.</source>
            <translation>Gange: hver lenke som er åpen i minst én retning, gås begge veier (enveisregler gjelder kjøretøy); stengte lenker forblir stengte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="103" />
            <source>Where trips start (or, with the direction 'from', end); a polygon counts by a point inside it.</source>
            <translation>Der reisene starter (eller, med retningen 'fra', slutter); et polygon teller ved et punkt inni det.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="82" />
            <source>Window end (HH:MM)</source>
            <translation>Vinduets slutt (TT:MM)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="75" />
            <source>Window start (HH:MM)</source>
            <translation>Vinduets start (TT:MM)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="228" />
            <source>With a road network: the car's travel time and the ratio public transport / car.</source>
            <translation>Med vegnett: bilens reisetid og forholdet kollektiv / bil.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="370" />
            <source>With travel time, the straight leg from a point to the network is costed at this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres.</source>
            <translation>Med reisetid beregnes det rette stykket fra et punkt til nettet med denne farten (1–200 km/t; 5 km/t = gange). Med avstand teller det i meter.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="105" />
            <source>Without a road network (or for stops and points too far from it), walking follows straight lines times this factor (1-3; 1.3 is a common mean ratio of street to straight distance in towns).</source>
            <translation>Uten vegnett (eller for holdeplasser og punkter for langt fra det) går gangen i rette linjer ganget med denne faktoren (1-3; 1,3 er et vanlig gjennomsnittlig forhold mellom gateavstand og luftlinje i byer).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="106" />
            <source>Zone id field</source>
            <translation>Sone-id-felt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="98" />
            <source>Zones to summarise by (kommuner, tettsteder)</source>
            <translation>Soner å summere etter (kommuner, tettsteder)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="243" />
            <source>band_min, n_origins, population, area_km2: the origins within each median time, united.</source>
            <translation>band_min, n_origins, population, area_km2: startpunktene innenfor hver medianreisetid, slått sammen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="843" />
            <source>check that {} and NETWORK cover the same area and that each has its right CRS (a layer with a wrong CRS lands far away)</source>
            <translation>kontroller at {} og NETWORK dekker samme område og at hvert lag har riktig koordinatsystem (et lag med feil koordinatsystem havner langt unna)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="242" />
            <source>class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. The preset is our assumption for Norwegian roads (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set your own.</source>
            <translation>klasse=km/t-par (1–200 km/t) for lenker uten fart; * er alle andre klasser. Forhåndsvalget er vår antakelse for norske veger (E europaveg, R riksveg, F fylkesveg, K kommunal, P privat, S skogsbilveg), ikke en offisiell tabell: angi dine egne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="146" />
            <source>frequencies.txt: headway-based trips are expanded into single trips.</source>
            <translation>frequencies.txt: intervallbaserte turer utvides til enkeltturer.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="234" />
            <source>origin_id, population, pt_min, pt_median, share_within, transfers, walk_only, car_min, pt_car_ratio.</source>
            <translation>origin_id, population, pt_min, pt_median, share_within, transfers, walk_only, car_min, pt_car_ratio.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="125" />
            <source>public transport, kollektivtransport, reisetid, travel time, GTFS, RAPTOR, bus, buss, tog, isochrone, door to door, dør til dør, car ratio, bil, kollektiv/bil</source>
            <translation>kollektivtransport, public transport, reisetid, travel time, GTFS, RAPTOR, buss, bus, tog, isokron, isochrone, dør til dør, door to door, bil, car ratio, kollektiv/bil</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="865" />
            <source>raise MAX_SNAP</source>
            <translation>øk MAX_SNAP</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="384" />
            <source>{:,} departure minutes x {:,} origins routed with RAPTOR.</source>
            <translation>{:,} avgangsminutter x {:,} startpunkter rutet med RAPTOR.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="407" />
            <source>{:,} origin(s) ({:,.0f} inhabitants) have no trip within MAX_TIME for most departure minutes (median empty).</source>
            <translation>{:,} startpunkt(er) ({:,.0f} innbyggere) har ingen reise innenfor MAX_TIME for de fleste avgangsminuttene (median tom).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/transittraveltime.py" line="436" />
            <source>{:,} origin(s) have no stop within MAX_WALK ({:g} m); only walking all the way can reach them.</source>
            <translation>{:,} startpunkt(er) har ingen holdeplass innenfor MAX_WALK ({:g} m); bare gange hele vegen kan nå dem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="150" />
            <source>{:,} stops, {:,} trips, {:,} stop times on {}, window {}-{}.</source>
            <translation>{:,} holdeplasser, {:,} turer, {:,} stopptider den {}, vindu {}-{}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="406" />
            <source>{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.</source>
            <translation>{} er tom; oppgi ett eller flere positive tall, f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="514" />
            <source>{} of {} links had no usable speed (missing, null or zero) and got the default speed of their road class ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk standardfarten for vegklassen sin ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="519" />
            <source>{} of {} links had no usable speed (missing, null or zero) and, with no road-class field chosen, got the one default speed ({}).</source>
            <translation>{} av {} lenker hadde ingen brukbar fart (mangler, null eller null km/t) og fikk, uten valgt vegklassefelt, den ene standardfarten ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="398" />
            <source>{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: «{}» er over {:,.0f}, mer enn noen reise (minutter eller meter); skriv f.eks. «5, 10, 20, 30».</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="392" />
            <source>{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.</source>
            <translation>{}: '{}' er ikke et positivt tall; skriv f.eks. '5, 10, 20, 30'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_transit.py" line="285" />
            <source>{}: every feature lies more than 50 km from the feed's stops (the nearest {:,.0f} km); check that the feed covers this area and that {} has its right CRS.</source>
            <translation>{}: alle objekter ligger mer enn 50 km fra holdeplassene i rutetabellen (nærmeste {:,.0f} km); sjekk at rutetabellen dekker området og at {} har riktig koordinatsystem.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="877" />
            <source>{}: every feature lies {} or more from the network (the nearest {}); the layers do not meet: {}.</source>
            <translation>{}: alle objekter ligger {} eller mer fra nettet (det nærmeste {}); lagene møtes ikke: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="861" />
            <source>{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP.</source>
            <translation>{}: ingen objekter ligger innenfor {:g} m fra nettet{}; {}, eller øk MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="272" />
            <source>{}: {} of {} destination(s) are of none of the kinds wanted ({}) and are left out.</source>
            <translation>{}: {} av {} målpunkt(er) er ikke av noen ønsket type ({}) og utelates.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="209" />
            <source>{}: {} of {} feature(s) have no kind in the field '{}' (feature ids {}); give each a kind, list the kinds wanted (the others are left out), or leave {} empty to take every feature as one kind 'all'.</source>
            <translation>{}: {} av {} objekt(er) har ingen type i feltet '{}' (objekt-id-er {}); gi hvert en type, list opp de ønskede typene (de andre utelates), eller la {} stå tom for å ta alle objekter som én type 'all'.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="867" />
            <source>{}: {} of {} feature(s) lie farther than {:g} m from the network and are left out{}; {} to include them.</source>
            <translation>{}: {} av {} objekt(er) ligger lenger enn {:g} m fra nettet og utelates{}; {} for å ta dem med.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="919" />
            <source>{}: {} of {} feature(s) lie in a small separate part of the network (not its largest part); they reach only that part.</source>
            <translation>{}: {} av {} objekt(er) ligger i en liten adskilt del av nettet (ikke den største delen); de når bare den delen.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="883" />
            <source>{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); their straight leg to it counts in the cost. If that is not meant, {}, or set MAX_SNAP.</source>
            <translation>{}: {} av {} objekt(er) ligger mer enn {} fra nettet (det fjerneste {}); det rette stykket dit teller i kostnaden. Hvis det ikke er meningen: {}, eller sett MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_network.py" line="936" />
            <source>{}: {} of {} feature(s){} lie in a part of the network without any {} and reach none. Join the parts (the junctions of 'Prepare road network' show dangling ends) or raise SNAP_TOLERANCE.</source>
            <translation>{}: {} av {} objekt(er){} ligger i en del av nettet uten {} og når ingen. Koble sammen delene (knutepunktene fra «Klargjør vegnett» viser løse ender) eller øk SNAP_TOLERANCE.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/catchments/_access.py" line="182" />
            <source>{}: {} of {} origin(s) lie in no zone of {}; they count only in the row for all origins.</source>
            <translation>{}: {} av {} startpunkt(er) ligger ikke i noen sone i {}; de teller bare i raden for alle startpunkter.</translation>
        </message>
    </context>
</TS>
