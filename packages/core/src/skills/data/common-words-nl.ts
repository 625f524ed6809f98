/**
 * Common Dutch words for the A2 readability check (#25): about 2000 everyday lemmas with their
 * usual inflected forms, and the work words of MBO 1-2 jobs. Compiled from general knowledge of
 * Dutch basic vocabulary and frequency lists; to be replaced by a published list when one can be
 * licensed. Lower case.
 */
export const COMMON_DUTCH_WORDS: ReadonlySet<string> = new Set(
  `
de het een en of maar want dus dat die dit deze wat wie welk welke waar wanneer hoe waarom hoeveel hoelang
niet geen wel ook nog al er je jij jou jouw jouwe jullie u uw ik mij me mijn mijne hij hem zijn zij ze haar wij we ons onze hun hen zich zichzelf
zelf iemand niemand iets niets niks alles iedereen ieder iedere elk elke alle allemaal veel vele weinig weinige meer meest meeste minder minst minste
met van voor naar op in uit aan bij om over onder tussen door tegen zonder na tot sinds als dan toen omdat zodat terwijl hier daar nu straks
vandaag morgen gisteren overmorgen eergisteren altijd nooit soms vaak even eerst daarna samen alleen 't m'n z'n d'r 'n zo zoals te toe
boven beneden binnen buiten achter naast langs rond rondom via per tijdens vanaf volgens behalve ondanks wegens dankzij richting jegens
totdat voordat nadat zodra hoewel ofschoon tenzij indien mits alsof doordat zowel noch ofwel hetzij evenals
heel erg zeer echt best vrij tamelijk nogal helemaal bijna ongeveer precies genoeg te teveel zelfs slechts maar alleen pas net juist
hier daar ergens nergens overal waar daarheen hierheen weg terug mee af op aan uit in door over heen vandaan
nu toen dan straks zo meteen direct gelijk gauw snel later vroeger eerder laatst onlangs zojuist net pas nog steeds weer opnieuw alweer
altijd nooit soms vaak meestal dikwijls zelden af en toe telkens ooit intussen inmiddels ondertussen tegelijk tenslotte uiteindelijk eindelijk
eerst eerste daarna daarnaast daarom daardoor daarmee daarvoor daarvan daarop daarin daaruit daaraan daarbij daarover daaronder daartegen daarna daarheen daarzonder
hierom hierdoor hiermee hiervoor hiervan hierop hierin hieruit hieraan hierbij hierover hieronder hierna hiertegen
waarom waardoor waarmee waarvoor waarvan waarop waarin waaruit waaraan waarbij waarover waaronder waarna waarheen waartegen
ermee ervoor ervan erop erin eruit eraan erbij erover eronder erna erdoor ertegen erachter ernaast ertussen
ja nee jawel neen nou hoor hè he hé hoi hallo dag doei doeg tot ziens dank bedankt alsjeblieft alstublieft sorry pardon oké ok oh ach o jee
welkom gefeliciteerd proost succes sterkte fijn prima goed slecht graag helaas natuurlijk zeker misschien waarschijnlijk inderdaad toch immers namelijk bijvoorbeeld
ongeveer vooral ook eigenlijk gewoon zomaar meteen tenminste tenminste minstens hoogstens maximaal minimaal ruim bijna nauwelijks amper
eens keer keren maal elkaar mekaar zulk zulke zo'n zoiets dergelijk dergelijke ander andere anders iemand anders allerlei verschillende enkele enige enig sommige sommigen
beide beiden allebei geen enkel enkele meerdere diverse hetzelfde dezelfde zelfde zelfs evenveel zoveel zoveel hoeveel
wiens wier hetgeen datgene degene diegene degenen diegenen welke wat voor
nul één een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig
eenentwintig tweeëntwintig drieëntwintig vierentwintig vijfentwintig dertig veertig vijftig zestig zeventig tachtig negentig honderd tweehonderd driehonderd vijfhonderd
duizend tweeduizend miljoen miljard honderden duizenden miljoenen
eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende twintigste honderdste laatste
half halve helft kwart driekwart dubbel dubbele paar paren beetje beetjes stuk stuks stukken stukje stukjes aantal aantallen
nummer nummers getal getallen cijfer cijfers procent euro euros cent centen prijs prijzen geld bedrag bedragen
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag maandags zaterdags zondags weekend weekenden weekdag weekdagen doordeweeks
januari februari maart april mei juni juli augustus september oktober november december
lente voorjaar zomer herfst najaar winter seizoen seizoenen
rood rode roder rood roze oranje geel gele geler groen groene groener blauw blauwe blauwer paars paarse bruin bruine zwart zwarte zwarter wit witte witter grijs grijze
goud gouden zilver zilveren licht lichte lichter donker donkere donkerder kleur kleuren kleurtje gekleurd gekleurde
tijd tijden tijdje uur uren uurtje minuut minuten minuutje seconde seconden kwartier kwartiertje dag dagen dagje week weken weekje maand maanden jaar jaren jaartje eeuw eeuwen
ochtend ochtenden morgen morgens ochtends middag middagen middags avond avonden avonds nacht nachten nachts vanochtend vanmorgen vanmiddag vanavond vannacht
vandaag morgen gisteren overmorgen eergisteren volgende vorige vorig komende afgelopen dagelijks dagelijkse wekelijks wekelijkse maandelijks maandelijkse jaarlijks jaarlijkse
begin begint begon begonnen beginnen eind einde eindes midden moment momenten momentje datum data kalender agenda agenda's
klok klokken horloge horloges wekker wekkers tijdstip vroeg vroege vroeger vroegst laat late later laatst laatste op tijd
verjaardag verjaardagen feest feesten feestje feestjes feestdag feestdagen vakantie vakanties kerst kerstmis pasen oud nieuw oudjaar nieuwjaar
zijn ben bent is was waren geweest wees hebben heb hebt heeft had hadden gehad
worden word wordt werd werden geworden zullen zal zult zou zouden kunnen kan kunt kon konden gekund
moeten moet moest moesten gemoeten willen wil wilt wou wilde wilden gewild mogen mag mocht mochten gemogen
hoeven hoef hoeft hoefde hoefden gehoefd laten laat liet lieten gelaten
gaan ga gaat ging gingen gegaan komen kom komt kwam kwamen gekomen doen doe doet deed deden gedaan
zien zie ziet zag zagen gezien staan sta staat stond stonden gestaan zitten zit zat zaten gezeten
liggen lig ligt lag lagen gelegen krijgen krijg krijgt kreeg kregen gekregen geven geef geeft gaf gaven gegeven
nemen neem neemt nam namen genomen lopen loop loopt liep liepen gelopen rijden rijd rijdt reed reden gereden
eten eet at aten gegeten drinken drink drinkt dronk dronken gedronken slapen slaap slaapt sliep sliepen geslapen
spreken spreek spreekt sprak spraken gesproken schrijven schrijf schrijft schreef schreven geschreven
lezen lees leest las lazen gelezen weten weet wist wisten geweten kennen ken kent kende kenden gekend
houden houd houdt hou hield hielden gehouden vinden vind vindt vond vonden gevonden
denken denk denkt dacht dachten gedacht brengen breng brengt bracht brachten gebracht
kopen koop koopt kocht kochten gekocht zoeken zoek zoekt zocht zochten gezocht
vragen vraag vraagt vroeg vroegen gevraagd zeggen zeg zegt zei zeiden gezegd
helpen help helpt hielp hielpen geholpen beginnen begin begint begon begonnen
blijven blijf blijft bleef bleven gebleven vallen val valt viel vielen gevallen
sluiten sluit sloot sloten gesloten kiezen kies kiest koos kozen gekozen
verliezen verlies verliest verloor verloren vergeten vergeet vergat vergaten
begrijpen begrijp begrijpt begreep begrepen trekken trek trekt trok trokken getrokken
dragen draag draagt droeg droegen gedragen wassen was wast waste wasten gewassen
snijden snijd snijdt sneed sneden gesneden sterven sterf sterft stierf stierven gestorven
vliegen vlieg vliegt vloog vlogen gevlogen zwemmen zwem zwemt zwom zwommen gezwommen
zingen zing zingt zong zongen gezongen springen spring springt sprong sprongen gesprongen
winnen win wint won wonnen gewonnen breken breek breekt brak braken gebroken
bieden bied biedt bood boden geboden aanbieden aangeboden verbieden verbiedt verbood verboden
kijken kijk kijkt keek keken gekeken lijken lijkt leek leken geleken wijzen wijs wijst wees wezen gewezen
stijgen stijgt steeg stegen gestegen ruiken ruik ruikt rook roken geroken genieten geniet genoot genoten
liegen lieg liegt loog logen gelogen roepen roep roept riep riepen geroepen hangen hang hangt hing hingen gehangen
vangen vang vangt ving vingen gevangen lachen lach lacht lachte lachten gelachen bakken bak bakt bakte bakten gebakken
heten heet heette heetten geheten scheiden gescheiden schenken schenkt schonk schonken geschonken
schieten schiet schoot schoten geschoten gieten giet goot goten gegoten sluipen bijten bijt beet beten gebeten
grijpen grijpt greep grepen gegrepen buigen buigt boog bogen gebogen duiken duikt dook doken gedoken
schuiven schuift schoof schoven geschoven kruipen kruipt kroop kropen gekropen zuigen fluiten fluit floot gefloten
wegen weeg weegt woog wogen gewogen bewegen beweeg beweegt bewoog bewogen wegen scheren
zenden zend zendt zond zonden gezonden verzenden verzonden verzend verzendt
wijken blazen blaast blies bliezen geblazen meten meet mat maten gemeten treden treedt trad traden getreden
steken steek steekt stak staken gestoken steel stelen steelt stal stalen gestolen
werpen gooien gooi gooit gooide gooiden gegooid vechten vecht vocht vochten gevochten
verdwijnen verdwijnt verdween verdwenen ontstaan ontstaat ontstond ontstonden
bestaan bestaat bestond bestonden verstaan verstaat verstond verstonden opstaan sta op staat op stond op stonden op opgestaan
ontvangen ontvang ontvangt ontving ontvingen ontbijten ontbijt ontbeet ontbeten
gebeuren gebeurt gebeurde gebeurden gebeurd verdienen verdien verdient verdiende verdienden verdiend
betalen betaal betaalt betaalde betaalden betaald bellen bel belt belde belden gebeld
werken werk werkt werkte werkten gewerkt wonen woon woont woonde woonden gewoond
leren leer leert leerde leerden geleerd maken maak maakt maakte maakten gemaakt
horen hoor hoort hoorde hoorden gehoord spelen speel speelt speelde speelden gespeeld
leven leef leeft leefde leefden geleefd noemen noem noemt noemde noemden genoemd
zetten zet zette zetten gezet leggen leg legt legde legden gelegd stellen stel stelt stelde stelden gesteld
proberen probeer probeert probeerde probeerden geprobeerd wachten wacht wachtte wachtten gewacht
praten praat praatte praatten gepraat vertellen vertel vertelt vertelde vertelden verteld
antwoorden antwoord antwoordt antwoordde antwoordden geantwoord luisteren luister luistert luisterde luisterden geluisterd
kloppen klopt klopte klopten geklopt stoppen stop stopt stopte stopten gestopt
fietsen fiets fietst fietste fietsten gefietst koken kook kookt kookte kookten gekookt
poetsen poets poetst poetste poetsten gepoetst
dansen dans danst danste dansten gedanst reizen reis reist reisde reisden gereisd
sturen stuur stuurt stuurde stuurden gestuurd tellen tel telt telde telden geteld
rusten rust rustte rustten gerust huilen huil huilt huilde huilden gehuild
wensen wens wenst wenste wensten gewenst hopen hoop hoopt hoopte hoopten gehoopt
missen mis mist miste misten gemist pakken pak pakt pakte pakten gepakt
openen open opent opende openden geopend openmaken maakt open maakte open opengemaakt dichtdoen doet dicht dichtgedaan
draaien draai draait draaide draaiden gedraaid duren duurt duurde duurden geduurd
branden brand brandt brandde brandden gebrand regenen regent regende geregend sneeuwen sneeuwt sneeuwde gesneeuwd waaien waait waaide gewaaid
vriezen vriest vroor gevroren dooien schijnen schijnt scheen schenen geschenen
dromen droom droomt droomde droomden gedroomd voelen voel voelt voelde voelden gevoeld
tonen toon toont toonde toonden getoond laten zien
gebruiken gebruik gebruikt gebruikte gebruikten bezoeken bezoek bezoekt bezocht bezochten
beloven beloof belooft beloofde beloofden beloofd besluiten besluit besloot besloten
bespreken bespreekt besprak bespraken besproken beslissen beslis beslist besliste beslisten
bestellen bestel bestelt bestelde bestelden besteld bedoelen bedoel bedoelt bedoelde bedoelden bedoeld
bedanken bedank bedankt bedankte bedankten beginnen beheren
bekijken bekijk bekijkt bekeek bekeken beantwoorden beantwoord beantwoordt beantwoordde beantwoordden
herhalen herhaal herhaalt herhaalde herhaalden herhaald herkennen herken herkent herkende herkenden herkend
controleren controleer controleert controleerde controleerden gecontroleerd
regelen regel regelt regelde regelden geregeld oefenen oefen oefent oefende oefenden geoefend
invullen vul in vult in vulde in vulden in ingevuld invult invulde
opschrijven schrijf op schrijft op schreef op schreven op opgeschreven opschrijft
opbellen bel op belt op belde op opgebeld terugbellen teruggebeld
ophalen haal op haalt op haalde op opgehaald ophaalt halen haal haalt haalde haalden gehaald
afhalen afgehaald brengen wegbrengen weggebracht
afmaken maak af maakt af maakte af afgemaakt opruimen ruim op ruimt op ruimde op opgeruimd ruimen
schoonmaken maak schoon maakt schoon maakte schoon maakten schoon schoongemaakt
aankomen kom aan komt aan kwam aan kwamen aan aangekomen aankomt
aantrekken trek aan trekt aan trok aan aangetrokken uittrekken uitgetrokken
aanzetten zet aan zet aan zette aan aangezet uitzetten uitgezet
afspreken spreek af spreekt af sprak af spraken af afgesproken
meedoen doe mee doet mee deed mee deden mee meegedaan meenemen neem mee neemt mee nam mee meegenomen
meegaan meegegaan meekomen meegekomen meewerken meegewerkt
opnemen opgenomen neem op neemt op nam op
opstaan uitgaan uitgegaan weggaan weggegaan teruggaan teruggegaan terugkomen teruggekomen binnenkomen binnengekomen
binnen gaan naar binnen naar buiten buitenkomen
instappen stap in stapt in stapte in ingestapt uitstappen stap uit stapt uit stapte uit uitgestapt overstappen overgestapt
stappen stap stapt stapte stapten gestapt
uitleggen leg uit legt uit legde uit uitgelegd uitlegt
uitzoeken uitgezocht opzoeken opgezocht
inleveren lever in levert in leverde in ingeleverd leveren lever levert leverde leverden geleverd
aanvragen vraag aan vraagt aan vroeg aan aangevraagd
aanmelden meld aan meldt aan meldde aan aangemeld afmelden afgemeld melden meld meldt meldde meldden gemeld
ziekmelden ziekgemeld betermelden betergemeld
inschrijven schrijf in schrijft in schreef in ingeschreven uitschrijven uitgeschreven
inloggen log in logt in logde in ingelogd uitloggen uitgelogd
opletten let op let op lette op opgelet letten
oppassen pas op past op paste op opgepast passen pas past paste pasten gepast
opendoen doe open doet open deed open opengedaan
opgeven opgegeven geef op geeft op
ophouden opgehouden hou op houdt op
aankijken aangekeken aanraken aangeraakt
terugkijken nadenken denk na denkt na dacht na nagedacht
voorstellen stel voor stelt voor stelde voor voorgesteld
voorbereiden bereid voor bereidt voor bereidde voor voorbereid
klaarmaken maak klaar maakt klaar klaargemaakt klaarzetten klaargezet
inpakken pak in pakt in pakte in ingepakt uitpakken pak uit pakt uit pakte uit uitgepakt
opbergen opgeborgen opvouwen opgevouwd vouwen vouw vouwt vouwde vouwden gevouwen
ophangen opgehangen afwassen was af wast af waste af afgewassen
afdrogen afgedroogd drogen droog droogt droogde droogden gedroogd
aankleden aangekleed uitkleden uitgekleed omkleden omgekleed
wakker worden wakker wordt werd wakker wakker geworden
slapen gaan naar bed
kosten kost kostte kostten gekost sparen spaar spaart spaarde spaarden gespaard
lenen leen leent leende leenden geleend huren huur huurt huurde huurden gehuurd verhuren verhuurd
verkopen verkoop verkoopt verkocht verkochten ruilen ruil ruilt ruilde ruilden geruild
verhuizen verhuis verhuist verhuisde verhuisden verhuisd
veranderen verander verandert veranderde veranderden veranderd verbeteren verbeter verbetert verbeterde verbeterd
vergelijken vergelijk vergelijkt vergeleek vergeleken verklaren verklaard
verwachten verwacht verwachtte verwachtten vertrekken vertrek vertrekt vertrok vertrokken
vervangen vervang vervangt verving vervingen verzamelen verzamel verzamelt verzamelde verzameld
verstoppen verstopt verstopte verwijderen verwijder verwijdert verwijderde verwijderd
vertalen vertaal vertaalt vertaalde vertaald verbinden verbindt verbond verbonden
verwarmen verwarmd verdelen verdeel verdeelt verdeelde verdeeld
vervoeren vervoer vervoert vervoerde vervoerd verplaatsen verplaats verplaatst verplaatste
versturen verstuur verstuurt verstuurde verstuurden verstuurd ontvangen ontvangt ontving ontvingen
ontmoeten ontmoet ontmoette ontmoetten ontdekken ontdek ontdekt ontdekte ontdekten
ontslaan ontsla ontslaat ontsloeg ontsloegen ontslagen ontwikkelen ontwikkel ontwikkelt ontwikkelde ontwikkeld
gebeuren geloven geloof gelooft geloofde geloofden geloofd
herinneren herinner herinnert herinnerde herinnerden herinnerd
kloppen knippen knip knipt knipte knipten geknipt plakken plak plakt plakte plakten geplakt
tekenen teken tekent tekende tekenden getekend ondertekenen ondertekend schilderen schilder schildert schilderde geschilderd
bouwen bouw bouwt bouwde bouwden gebouwd repareren repareer repareert repareerde repareerden gerepareerd
maken timmeren timmer timmert timmerde getimmerd zagen zaag zaagt zaagde gezaagd
boren boor boort boorde geboord schroeven schroef schroeft schroefde geschroefd
tillen til tilt tilde tilden getild duwen duw duwt duwde duwden geduwd
sjouwen sjouw sjouwt sjouwde gesjouwd
rennen ren rent rende renden gerend wandelen wandel wandelt wandelde wandelden gewandeld
sporten sport sportte gesport trainen train traint trainde trainden getraind
schoppen schop schopt schopte geschopt
stoppen parkeren parkeer parkeert parkeerde geparkeerd
tanken tank tankt tankte getankt
landen land landt landde geland
reizen wachten haasten
zorgen zorg zorgt zorgde zorgden gezorgd verzorgen verzorg verzorgt verzorgde verzorgd
letten beschermen bescherm beschermt beschermde beschermd
redden red redt redde gered
bewaren bewaar bewaart bewaarde bewaard
huilen glimlachen
kussen kus kust kuste gekust knuffelen knuffel knuffelt knuffelde geknuffeld
trouwen trouw trouwt trouwde trouwden getrouwd scheiden
groeien groei groeit groeide groeiden gegroeid
verjaren
studeren studeer studeert studeerde studeerden gestudeerd
slagen slaag slaagt slaagde slaagden geslaagd zakken zak zakt zakte zakten gezakt
leren onthouden onthoud onthoudt onthield onthielden
rekenen reken rekent rekende rekenden gerekend uitrekenen uitgerekend
kiezen stemmen stem stemt stemde stemden gestemd
plannen plan plant plande planden gepland
organiseren organiseer organiseert organiseerde georganiseerd
printen print printte printten geprint kopiëren kopieer kopieert kopieerde gekopieerd
typen typ typt typte typten getypt
mailen mail mailt mailde mailden gemaild appen app appt appte appten geappt
sms'en sms't
googelen googelt googelde gegoogeld
klikken klik klikt klikte klikten geklikt downloaden download downloadt downloadde gedownload
uploaden upload uploadt uploadde geupload
opslaan sla op slaat op sloeg op opgeslagen
delen deel deelt deelde deelden gedeeld
checken check checkt checkte gecheckt
scannen scan scant scande gescand
wegen vullen vul vult vulde vulden gevuld
legen leeg leegt leegde leegden geleegd
tappen tap tapt tapte getapt
schenken inschenken ingeschonken
snijden
smeren smeer smeert smeerde gesmeerd
roeren roer roert roerde geroerd
mengen meng mengt mengde gemengd
bakken braden braad braadt braadde gebraden
grillen gegrild
proeven proef proeft proefde proefden geproefd
ruiken
serveren serveer serveert serveerde geserveerd
bedienen bedien bedient bediende bedienden
afrekenen reken af rekent af rekende af afgerekend
pinnen pin pint pinde pinden gepind
houden van hou houdt gehouden
lijken gebeuren passen
beginnen eindigen eindig eindigt eindigde eindigden geëindigd
starten start startte startten gestart
afsluiten afgesloten sluit af
openen
kloppen
bedoelen
snappen snap snapt snapte snapten gesnapt
weten merken merk merkt merkte merkten gemerkt
schrikken schrik schrikt schrok schrokken geschrokken
schamen schaam schaamt schaamde geschaamd
lachen glimlach
klagen klaag klaagt klaagde klaagden geklaagd
ruziemaken ruzie
schelden scheld scheldt schold scholden gescholden
roepen schreeuwen schreeuw schreeuwt schreeuwde schreeuwden geschreeuwd
fluisteren fluister fluistert fluisterde gefluisterd
zwijgen zwijg zwijgt zweeg zwegen gezwegen
groeten groet groette groetten gegroet
zwaaien zwaai zwaait zwaaide gezwaaid
knikken knik knikt knikte geknikt
wijzen
tonen
laten
toestaan toegestaan
verbieden
toelaten
raden raad raadt ried raadde geraden aanraden aangeraden
adviseren adviseer adviseert adviseerde geadviseerd
informeren informeer informeert informeerde geïnformeerd
uitnodigen nodig uit nodigt uit nodigde uit uitgenodigd nodigen
ontmoeten
kennismaken maak kennis maakt kennis maakte kennis kennisgemaakt
voorstellen
afscheid
feliciteren feliciteer feliciteert feliciteerde gefeliciteerd
vieren vier viert vierde vierden gevierd
trakteren trakteer trakteert trakteerde getrakteerd
uitgaan
winkelen winkel winkelt winkelde winkelden gewinkeld
boodschappen doen
kiezen
passen
aantrekken
dragen
ruiken
horen luisteren
kijken zien
merken
vergeten
onthouden
herinneren
beseffen besef beseft besefte beseften beseft
begrijpen
snappen
weten
kennen
leren
uitleggen
vertellen
vragen
antwoorden
praten
spreken
zeggen
noemen
bedoelen
roepen
bellen
schrijven
lezen
tekenen
rekenen
tellen
meten
wegen
betalen
kosten
verdienen
sparen
uitgeven uitgegeven geef uit geeft uit gaf uit
lenen
krijgen
ontvangen
geven
brengen
halen
sturen
versturen
leveren
bezorgen bezorg bezorgt bezorgde bezorgden bezorgd
ophalen
wegbrengen
terugbrengen teruggebracht
terugsturen teruggestuurd
retourneren retourneer retourneert retourneerde geretourneerd
ruilen
kiezen
beslissen
twijfelen twijfel twijfelt twijfelde getwijfeld
hopen
wensen
willen
durven durf durft durfde durfden gedurfd
mogen
moeten
kunnen
proberen
lukken lukt lukte lukten gelukt
mislukken mislukt mislukte
falen faal faalt faalde gefaald
winnen
verliezen
spelen
sporten
voetballen voetbal voetbalt voetbalde gevoetbald
schaatsen schaats schaatst schaatste geschaatst
zwemmen
fietsen
rijden
autorijden
varen vaar vaart voer voeren gevaren
vliegen
reizen
volgen volg volgt volgde volgden gevolgd schudden schud schudt schudde schudden geschud
strijken strijk strijkt streek streken gestreken stofzuigen stofzuig stofzuigt stofzuigde stofzuigden gestofzuigd
dweilen dweil dweilt dweilde dweilden gedweild vegen veeg veegt veegde veegden geveegd
soppen sop sopt sopte gesopt schrobben schrob schrobt schrobde geschrobd afstoffen stoft af afgestoft stoffen
ontsmetten ontsmet ontsmette ontsmetten desinfecteren desinfecteer desinfecteert desinfecteerde gedesinfecteerd
ordenen orden ordent ordende geordend sorteren sorteer sorteert sorteerde sorteerden gesorteerd
stapelen stapel stapelt stapelde stapelden gestapeld laden laad laadt laadde laadden geladen
lossen los lost loste losten gelost inladen laadt in laadde in ingeladen uitladen laadt uit laadde uit uitgeladen
verpakken verpak verpakt verpakte verpakten vakkenvullen bijvullen vul bij vult bij vulde bij bijgevuld aanvullen aangevuld
schillen schil schilt schilde schilden geschild hakken hak hakt hakte hakten gehakt
dekken dek dekt dekte dekten gedekt afruimen ruimt af ruimde af afgeruimd opdienen opgediend
begroeten begroet begroette begroetten voeren voer voert voerde voerden gevoerd
planten plant plantte plantten geplant zaaien zaai zaait zaaide gezaaid oogsten oogst oogstte geoogst
plukken pluk plukt plukte plukten geplukt maaien maai maait maaide maaiden gemaaid
snoeien snoei snoeit snoeide snoeiden gesnoeid wieden wied wiedt wiedde gewied graven graaf graaft groef groeven gegraven
sproeien sproei sproeit sproeide gesproeid verven verf verft verfde verfden geverfd
schuren schuur schuurt schuurde geschuurd lassen las last laste lasten gelast
monteren monteer monteert monteerde monteerden gemonteerd installeren installeer installeert installeerde geïnstalleerd
aansluiten sluit aan sloot aan aangesloten onderhouden onderhoud onderhoudt onderhield onderhielden
opstarten start op startte op opgestart afstellen afgesteld
solliciteren solliciteer solliciteert solliciteerde solliciteerden gesolliciteerd
reageren reageer reageert reageerde reageerden gereageerd aannemen neem aan neemt aan nam aan namen aan aangenomen
inwerken werkt in werkte in ingewerkt begeleiden begeleid begeleidt begeleidde begeleidden
ondersteunen ondersteun ondersteunt ondersteunde ondersteunden ondersteund
samenwerken werk samen werkt samen werkte samen samengewerkt overleggen overleg overlegt overlegde overlegden overlegd
vergaderen vergader vergadert vergaderde vergaderden vergaderd invallen val in valt in viel in ingevallen
overwerken werkt over werkte over overgewerkt doorwerken doorgewerkt opschieten schiet op schoot op opgeschoten
haasten haast haastte haastten gehaast uitrusten uitgerust lunchen lunch luncht lunchte lunchten geluncht
roken rook rookt rookte rookten gerookt hoesten hoest hoestte gehoest niezen nies niest niesde geniesd
bloeden bloed bloedt bloedde gebloed struikelen struikel struikelt struikelde gestruikeld
uitglijden glijd uit glijdt uit gleed uit uitgegleden glijden verbranden verbrand verbrandt verbrandde
genezen genees geneest genas genazen herstellen herstel herstelt herstelde herstelden hersteld
zweten zweet zweette gezweet ademen adem ademt ademde geademd overgeven geeft over gaf over overgegeven
bukken buk bukt bukte gebukt knielen kniel knielt knielde geknield klimmen klim klimt klom klommen geklommen
dalen daal daalt daalde daalden gedaald keren keer keert keerde gekeerd omkeren omgekeerd omdraaien omgedraaid
leiden leid leidt leidde leidden geleid verlaten verlaat verliet verlieten
kwijtraken raak kwijt raakt kwijt raakte kwijt kwijtgeraakt kwijt raken raak raakt raakte raakten geraakt
stelen slaan sla slaat sloeg sloegen geslagen vasthouden vastgehouden loslaten losgelaten
neerzetten neergezet neerleggen neergelegd optillen opgetild
blijken blijkt bleek bleken gebleken bezitten bezit bezat bezaten
besparen bespaar bespaart bespaarde bespaard bevallen bevalt beviel bevielen smaken smaakt smaakte gesmaakt
lusten lust lustte gelust bevestigen bevestig bevestigt bevestigde bevestigd
annuleren annuleer annuleert annuleerde geannuleerd afzeggen zeg af zegt af zei af afgezegd
vergeven vergeef vergeeft vergaf excuseren excuseer zeuren zeur zeurt zeurde gezeurd
storen stoor stoort stoorde gestoord troosten troost troostte getroost
steunen steun steunt steunde gesteund vertrouwen vertrouw vertrouwt vertrouwde vertrouwd
menen meen meent meende gemeend opvallen valt op viel op opgevallen
bedenken bedenk bedenkt bedacht bedachten oplossen los op lost op loste op opgelost
testen test testte getest uitproberen uitgeprobeerd straffen straf straft strafte gestraft
waarschuwen waarschuw waarschuwt waarschuwde gewaarschuwd bewaken bewaak bewaakt bewaakte
blussen blus blust bluste geblust ontruimen ontruimd
kloppen aanbellen aangebeld
mens mensen persoon personen man mannen mannetje vrouw vrouwen vrouwtje kind kinderen kindje kindjes jongen jongens jongetje meisje meisjes
baby baby's peuter peuters kleuter kleuters tiener tieners jongere jongeren volwassene volwassenen oudere ouderen
familie families gezin gezinnen ouder ouders vader vaders moeder moeders papa mama pa ma zoon zonen zoontje dochter dochters dochtertje
broer broers broertje zus zussen zusje zuster zusters opa opa's oma oma's grootouders grootvader grootmoeder kleinkind kleinkinderen
oom ooms tante tantes neef neven nicht nichten nichtje neefje schoonmoeder schoonvader schoonouders
partner partners vriend vrienden vriendje vriendin vriendinnen vriendinnetje man vrouw echtgenoot echtgenote
buurman buurvrouw buren buur kennis kennissen gast gasten bezoek bezoeker bezoekers
meneer meneren mevrouw mevrouwen heer heren dame dames juffrouw juf juffen meester meesters
naam namen voornaam achternaam adres adressen woonplaats geboortedatum geboorteplaats leeftijd nationaliteit
telefoonnummer telefoonnummers e-mail email e-mailadres emailadres mail mailtje
hoofd hoofden haar haren gezicht gezichten oog ogen oogje oor oren neus neuzen mond monden lip lippen tand tanden tong
keel nek hals schouder schouders arm armen hand handen vinger vingers duim duimen nagel nagels
borst buik buiken rug ruggen bil billen been benen knie knieën voet voeten teen tenen enkel enkels
huid bot botten bloed hart harten longen maag hersenen spier spieren lichaam lichamen lijf
gezondheid ziekte ziektes ziekten pijn pijnen hoofdpijn buikpijn rugpijn kiespijn keelpijn koorts griep verkoudheid hoest
wond wonden pleister pleisters verband medicijn medicijnen medicijnen pil pillen tablet tabletten recept recepten
dokter dokters arts artsen huisarts huisartsen tandarts tandartsen verpleegkundige verpleegkundigen zuster ziekenhuis ziekenhuizen
apotheek apotheken apotheker huisartsenpost spoedeisende eerste hulp ambulance ambulances patiënt patiënten
bril brillen lens lenzen zwanger zwangerschap bevalling
huis huizen huisje huisjes woning woningen flat flats appartement appartementen kamer kamers kamertje
woonkamer slaapkamer slaapkamers keuken keukens badkamer badkamers toilet toiletten wc wc's douche douches bad baden
gang gangen trap trappen trapje zolder zolders kelder kelders tuin tuinen tuintje balkon balkons dak daken
muur muren wand wanden vloer vloeren plafond deur deuren deurtje raam ramen raampje venster
sleutel sleutels sleuteltje slot sloten bel bellen brievenbus brievenbussen lift liften
meubel meubels tafel tafels tafeltje stoel stoelen bank banken kast kasten kastje bed bedden bedje
lamp lampen licht lichten gordijn gordijnen kussen kussens deken dekens laken lakens matras
spiegel spiegels klok plant planten bloem bloemen bloemetje vaas vazen schilderij schilderijen foto foto's fotootje
televisie tv tv's radio computer computers laptop laptops tablet telefoon telefoons mobiel mobieltje smartphone
koelkast koelkasten vriezer diepvries fornuis oven ovens magnetron magnetrons waterkoker koffiezetapparaat
wasmachine wasmachines droger vaatwasser vaatwassers stofzuiger stofzuigers strijkijzer
kraan kranen gootsteen aanrecht afvoer verwarming kachel radiator
bord borden bordje kop koppen kopje kopjes beker bekers glas glazen glaasje mes messen vork vorken lepel lepels lepeltje
pan pannen pannetje pot potten potje fles flessen flesje schaal schalen schaaltje bakje bakjes
handdoek handdoeken zeep shampoo tandpasta tandenborstel kam borstel
vuilnis vuilniszak vuilniszakken afval prullenbak prullenbakken container containers
huur huurder huurders verhuurder eigenaar eigenaren buurt buurten wijk wijken straat straten straatje
eten drinken voedsel maaltijd maaltijden ontbijt lunch avondeten diner toetje toetjes dessert snack snacks tussendoortje
brood broden broodje broodjes boterham boterhammen boter kaas kazen kaasje ham worst worsten vlees vis vissen kip kippen ei eieren eitje
melk yoghurt vla room suiker zout peper olie azijn saus sauzen mayonaise ketchup mosterd jam pindakaas hagelslag honing
rijst pasta macaroni spaghetti aardappel aardappelen aardappels patat friet frietjes soep soepen salade salades pizza pizza's
groente groenten groentes fruit appel appels appeltje peer peren banaan bananen sinaasappel sinaasappels citroen citroenen druif druiven aardbei aardbeien
tomaat tomaten komkommer sla ui uien wortel wortels paprika paprika's bloemkool boontjes bonen erwten champignons knoflook
koek koeken koekje koekjes taart taarten taartje cake gebak snoep snoepje snoepjes chocola chocolade ijs ijsje ijsjes chips noten
water koffie thee sap jus limonade frisdrank cola bier biertje wijn wijnen alcohol
boodschap boodschappen boodschappenlijst supermarkt supermarkten markt markten bakker bakkers slager slagers
winkel winkels winkeltje winkelwagen winkelwagentje mandje tas tassen tasje zak zakken zakje
restaurant restaurants café cafés kantine kantines snackbar menu menukaart bestelling bestellingen rekening rekeningen fooi
kleren kleding kledingstuk kledingstukken jas jassen jasje broek broeken broekje rok rokken jurk jurken jurkje
shirt shirts t-shirt t-shirts overhemd overhemden blouse blouses trui truien truitje vest vesten pak pakken
sok sokken schoen schoenen schoentje laars laarzen slipper slippers sandalen onderbroek ondergoed beha pyjama
hoed hoeden pet petten muts mutsen sjaal sjaals handschoen handschoenen riem riemen das dassen
tas rugzak rugzakken portemonnee portemonnees sieraad sieraden ring ringen ketting kettingen horloge paraplu paraplu's
maat maten klein groot medium
stad steden stadje dorp dorpen dorpje land landen landje provincie provincies gemeente gemeenten gemeentes
centrum plein pleinen park parken parkje speeltuin speeltuinen bos bossen strand stranden zee zeeën meer meren rivier rivieren
kerk kerken moskee moskeeën school scholen schooltje bibliotheek bibliotheken museum musea zwembad zwembaden
station stations bushalte bushaltes halte haltes postkantoor post bank banken politie politiebureau brandweer
gemeentehuis stadhuis kantoor kantoren gebouw gebouwen fabriek fabrieken bedrijf bedrijven hotel hotels
bioscoop bioscopen theater sportschool sportveld sporthal markt kapper kappers garage garages tankstation
weg wegen straat snelweg snelwegen brug bruggen hoek hoeken kruispunt stoplicht stoplichten stoep fietspad fietspaden zebrapad
rotonde parkeerplaats parkeerplaatsen parkeergarage
verkeer auto auto's autootje fiets fietsen fietsje bus bussen trein treinen tram trams metro boot boten vliegtuig vliegtuigen
taxi taxi's brommer scooter scooters motor motoren vrachtwagen vrachtwagens busje bestelbus bestelbussen
kaartje kaartjes ov-chipkaart ov chipkaart ticket tickets reis reizen reisje rit ritten vertrek aankomst vertraging spoor perron
rijbewijs rijbewijzen rijles rijlessen benzine diesel file files ongeluk ongelukken
noord noorden zuid zuiden oost oosten west westen links rechts rechtdoor rechtsaf linksaf
kant kanten plek plekken plekje plaats plaatsen plaatsje ruimte ruimtes afstand kilometer kilometers meter meters centimeter
kilo kilo's gram liter liters pond ons
weer weerbericht zon zonnetje regen regent sneeuw wind storm onweer bliksem mist wolk wolken lucht temperatuur graad graden
warm warme warmer warmst warmste koud koude kouder koudst koudste heet hete heter heetst nat natte natter droog droge droger
zonnig zonnige bewolkt bewolkte mistig winderig glad gladde gladder
natuur aarde wereld land lucht water vuur steen stenen zand berg bergen heuvel veld velden weiland gras boom bomen boompje blad bladeren tak takken
dier dieren diertje hond honden hondje kat katten katje poes poezen vogel vogels vogeltje paard paarden koe koeien varken varkens
schaap schapen geit geiten kip konijn konijnen muis muizen rat ratten vis insect insecten vlieg vliegen mug muggen bij bijen
school scholen klas klassen leraar leraren lerares docent docenten leerling leerlingen student studenten les lessen lesje
opleiding opleidingen cursus cursussen training trainingen taal talen taalles taalcursus nederlands engels
boek boeken boekje schrift schriften pen pennen potlood potloden gum papier papiertje blad vel tekst teksten woord woorden woordje zin zinnen
letter letters brief brieven briefje kaart kaarten formulier formulieren lijst lijsten lijstje
vraag vragen vraagje antwoord antwoorden opdracht opdrachten oefening oefeningen huiswerk toets toetsen examen examens test testen
diploma diploma's certificaat certificaten cijfer rapport rapporten punt punten fout fouten
mbo hbo vmbo havo vwo basisschool middelbare stage stages stagiair stagiaire stageplek stageplaats
ding dingen dingetje zaak zaken manier manieren wijze keer keren soort soorten deel delen deeltje stuk geval gevallen
probleem problemen probleempje vraag oplossing oplossingen reden redenen idee ideeën plan plannen doel doelen
mening meningen gedachte gedachten gevoel gevoelens gevoel kans kansen mogelijkheid mogelijkheden keuze keuzes
verschil verschillen voorbeeld voorbeelden regel regels afspraak afspraken informatie info uitleg nieuws bericht berichten berichtje
verhaal verhalen verhaaltje woord taal leven dood geboorte liefde geluk pech hulp steun zorg zorgen angst vrees plezier lol pret
feest spel spellen spelletje sport sporten hobby hobby's muziek lied liedje liedjes film films filmpje serie series programma programma's
spelletje computerspel game games internet website websites site app apps wachtwoord account
krant kranten tijdschrift tijdschriften boek nieuws
begin einde eind helft midden rest
kant richting weg manier stap stappen stapje
kracht energie macht rust stilte lawaai geluid geluiden geur geuren smaak smaken
vorm vormen grootte lengte breedte hoogte gewicht
kwaliteit kwaliteiten
fout fouten foutje ongeluk ongelukje ramp rampen gevaar gevaren risico risico's
veiligheid gezondheid vrijheid hulp
waarheid leugen leugens geheim geheimen
belang interesse zin trek honger dorst slaap
moeite gedoe ruzie ruzies discussie discussies gesprek gesprekken gesprekje praatje
verjaardag cadeau cadeaus cadeautje cadeautjes kaart kaartje
geld euro munt munten muntje briefje briefjes pinpas pinpassen bankpas creditcard betaling betalingen
loon lonen salaris salarissen inkomen uitkering uitkeringen toeslag toeslagen belasting belastingen
schuld schulden kosten korting aanbieding aanbiedingen bon bonnetje kassabon
rekening bankrekening rekeningnummer pincode pinautomaat
werk werken werkje baan banen baantje vacature vacatures functie functies beroep beroepen vak vakken vakman vakmensen
sollicitatie sollicitaties sollicitatiebrief sollicitatiegesprek sollicitatiegesprekken sollicitant sollicitanten
cv cv's motivatie motivatiebrief brief referentie referenties ervaring ervaringen werkervaring
vaardigheid vaardigheden kennis talent talenten eigenschap eigenschappen
werkgever werkgevers werknemer werknemers baas bazen chef chefs leidinggevende leidinggevenden manager managers
teamleider teamleiders teamleidster voorman voormannen ploegleider ploegleiders begeleider begeleiders mentor mentoren
directeur directeuren directie eigenaar collega collega's team teams teamlid ploeg ploegen groep groepen groepje
klant klanten klantje cliënt cliënten bewoner bewoners gast gasten bezoeker leverancier leveranciers
personeel medewerker medewerkers medewerkster hulp hulpje assistent assistenten uitzendkracht uitzendkrachten
uitzendbureau uitzendbureaus uitzendwerk uitzenden bemiddeling jobcoach jobcoaches werkcoach werkcoaches consulent consulenten
uwv werkplein re-integratie reintegratie participatie participatiewet werkzoekende werkzoekenden werkloos werkloze werkloosheid
contract contracten arbeidscontract tijdelijk tijdelijke vast vaste proeftijd oproepkracht oproepkrachten nulurencontract
parttime fulltime deeltijd voltijd uur uren werkuren werktijd werktijden uurloon minimumloon brutoloon nettoloon bruto netto
loonstrook loonstroken salaris vakantiegeld vakantiedagen vrije dag vrij vrije vrijdag vrijgekregen
dienst diensten dienstje rooster roosters werkrooster dienstrooster ochtenddienst middagdienst avonddienst nachtdienst
vroege late nachtdiensten weekenddienst weekenddiensten ploegendienst ploegendiensten shift shifts
pauze pauzes pauzeruimte koffiepauze lunchpauze kantine kleedkamer kleedkamers kluisje kluisjes
ziek zieke ziekte ziekmelding ziekmelden ziekgemeld ziekteverzuim beter hersteld verlof vakantie vrij
afspraak afspraken gesprek gesprekken intake intakegesprek evaluatie beoordeling beoordelingen functioneringsgesprek
cursus cursussen training diploma diploma's certificaat certificaten vca bhv heftruckcertificaat heftruckrijbewijs rijbewijs
opleiding leerwerkplek leerbaan bbl bol entree niveau niveaus
werkplek werkplekken werkplaats werkplaatsen bedrijf bedrijven zaak organisatie firma onderneming kantoor
winkel winkels kassa kassa's kassière kassières kassamedewerker caissière schap schappen vak vakken afdeling afdelingen
vakkenvuller vakkenvullers verkoper verkopers verkoopster verkoopmedewerker winkelmedewerker filiaal filialen
voorraad voorraden product producten artikel artikelen prijs prijskaartje prijsje etiket etiketten sticker stickers barcode streepjescode
aanbieding bon klantenservice retour retouren bestelling levering leveringen pakbon
magazijn magazijnen magazijnmedewerker magazijnmedewerkers logistiek logistieke orderpicker orderpickers orderpicken order orders
pakket pakketten pakketje pakketjes doos dozen doosje doosjes krat kratten kratje pallet pallets rolcontainer rolcontainers
kar karren karretje steekkar pompwagen heftruck heftrucks reachtruck stelling stellingen rek rekken laadperron dock
vrachtwagen chauffeur chauffeurs bezorger bezorgers pakketbezorger koerier koeriers route routes adres lading vracht
scanner scanners handscanner label labels tape plakband folie karton verpakking verpakkingen
productie productiemedewerker productiemedewerkers lopende band band machine machines apparaat apparaten
operator operators inpakker inpakkers inpakken fabriek fabrieken hal hallen lijn controle kwaliteit
schoonmaak schoonmaker schoonmakers schoonmaakster schoonmaakmiddel schoonmaakmiddelen schoonmaakbedrijf schoonmaakwerk
emmer emmers dweil dweilen doek doeken doekje doekjes spons sponzen bezem bezems stoffer blik trolley
handschoen werkkleding uniform uniformen schort schorten overall overalls
keuken keukens keukenhulp kok koks chef-kok afwasser afwassers afwas spoelkeuken
horeca bediening ober obers serveerster serveersters barman barmedewerker bar bars terras terrassen
gerecht gerechten bord dienblad dienbladen schotel
hotel kamermeisje huishouding receptie receptionist
zorg zorgmedewerker zorgmedewerkers verzorgende verzorgenden helpende helpenden thuiszorg verpleeghuis verzorgingshuis
bewoner bewoners cliënt zorgverlener begeleiding dagbesteding kinderopvang
bouw bouwplaats bouwvakker bouwvakkers opperman timmerman timmermannen metselaar schilder schilders stukadoor loodgieter
elektricien monteur monteurs installateur lasser lassers technicus technici
gereedschap gereedschappen hamer hamers schroevendraaier zaag boor boormachine spijker spijkers schroef schroeven
ladder ladders trapje steiger steigers helm helmen veiligheidshelm veiligheidsschoenen veiligheidsbril oordoppen hesje hesjes
veiligheid veilig veilige onveilig onveilige gevaarlijk gevaarlijke gevaarlijker gevaar ongeval ongevallen
groen groenvoorziening hovenier hoveniers tuinman tuinder kas kassen kwekerij boer boeren boerderij
beveiliger beveiligers beveiliging bewaking portier
postbode postbodes sorteerder
goed goede beter betere best beste slecht slechte slechter slechtst slechtste
groot grote groter grootst grootste klein kleine kleiner kleinst kleinste
lang lange langer langst langste kort korte korter kortst kortste
hoog hoge hoger hoogst hoogste laag lage lager laagst laagste
breed brede breder breedst smal smalle smaller dik dikke dikker dikst dun dunne dunner
zwaar zware zwaarder zwaarst zwaarste licht lichte lichter lichtst
snel snelle sneller snelst snelste langzaam langzame langzamer langzaamst
vlug vlugge vlugger
oud oude ouder oudst oudste jong jonge jonger jongst jongste nieuw nieuwe nieuwer nieuwst nieuwste
mooi mooie mooier mooist mooiste lelijk lelijke lelijker lief lieve liever liefst liefste
aardig aardige aardiger vriendelijk vriendelijke vriendelijker vriendelijkst onvriendelijk
blij blije blijer gelukkig gelukkige ongelukkig verdrietig verdrietige boos boze bozer kwaad
bang bange banger moe moeie moeder vermoeid zenuwachtig zenuwachtige nerveus rustig rustige rustiger druk drukke drukker drukst
stil stille stiller hard harde harder hardst zacht zachte zachter luid
makkelijk makkelijke makkelijker makkelijkst gemakkelijk gemakkelijke moeilijk moeilijke moeilijker moeilijkst moeilijkste
simpel simpele eenvoudig eenvoudige eenvoudiger lastig lastige lastiger
duur dure duurder duurst goedkoop goedkope goedkoper goedkoopst gratis
rijk rijke rijker arm arme armer
schoon schone schoner vies vieze viezer vuil vuile
leeg lege vol volle voller open dicht gesloten
heel hele kapot kapotte gebroken
ziek zieke zieker gezond gezonde gezonder ongezond
fit fitte sterk sterke sterker sterkst zwak zwakke zwakker
lekker lekkere lekkerder vies zoet zoete zuur zure zout zoute bitter pittig pittige vers verse
warm koud heet nat droog
vrij vrije bezet druk
klaar gereed bezig
belangrijk belangrijke belangrijker belangrijkst belangrijkste
nodig nodige handig handige handiger nuttig nuttige
mogelijk mogelijke onmogelijk onmogelijke
zeker zekere onzeker onzekere
echt echte nep waar ware onwaar
juist juiste goed fout foute verkeerd verkeerde
precies nauwkeurig nauwkeurige
normaal normale gewoon gewone gewoonst apart aparte bijzonder bijzondere speciaal speciale raar rare vreemd vreemde gek gekke
leuk leuke leuker leukst leukste saai saaie saaier interessant interessante interessanter
grappig grappige grappiger
fijn fijne fijner prettig prettige prettiger vervelend vervelende naar nare
eerlijk eerlijke oneerlijk oneerlijke
beleefd beleefde onbeleefd brutaal brutale
netjes net nette netter keurig keurige
slim slimme slimmer dom domme dommer
bekend bekende onbekend onbekende beroemd
ver verre verder verst verste dichtbij dichterbij dichtst dichtstbijzijnde
vroeg vroege vroeger vroegst laat late later laatst
vorig vorige volgend volgende laatste eerste
hetzelfde zelfde ander andere eigen
alleen eenzaam eenzame samen
getrouwd getrouwde gescheiden ongetrouwd single
zwanger
blind doof
geschikt geschikte ongeschikt
verantwoordelijk verantwoordelijke betrouwbaar betrouwbare
flexibel flexibele gemotiveerd gemotiveerde enthousiast enthousiaste
zelfstandig zelfstandige nauwkeurig punctueel stipt stipte
behulpzaam behulpzame vrolijk vrolijke vrolijker
serieus serieuze
hard harde
eerlijk
open
sociaal sociale
tevreden ontevreden
trots
jaloers
zeker
benieuwd
verliefd
ongerust
verbaasd
teleurgesteld
geïnteresseerd
bereid
beschikbaar beschikbare
aanwezig aanwezige afwezig
op tijd te laat
welkom
privé
openbaar openbare
publiek
officieel officiële
gevaarlijk
verboden
toegestaan
verplicht verplichte
vrijwillig vrijwillige
betaald betaalde onbetaald
tijdelijk vast
geldig geldige ongeldig
compleet complete volledig volledige
kapot
heel
los losse vast vaste
scherp scherpe scherper bot botte
plat platte rond ronde vierkant vierkante recht rechte scheef scheve
glad stroef
hol
diep diepe dieper ondiep
nat
ruim ruime ruimer krap krappe
overleven overleef overleeft overleefde overleefden overleefd verrassen verras verrast verraste verrasten
vermijden vermijd vermijdt vermeed vermeden behandelen behandel behandelt behandelde behandelden behandeld
doorgaan ga door gaat door ging door gingen door doorgegaan meemaken maak mee maakt mee maakte mee meegemaakt
aandoen doe aan doet aan deed aan aangedaan uitdoen doe uit doet uit deed uit uitgedaan
opeten eet op at op opgegeten opdrinken drinkt op dronk op opgedronken vastmaken vastgemaakt losmaken losgemaakt
wekken wek wekt wekte gewekt beschrijven beschrijf beschrijft beschreef beschreven
bereiken bereik bereikt bereikte bereikten besteden besteed besteedt besteedde besteedden
bevatten bevat bevatte bevatten boeken boek boekt boekte boekten geboekt
dienen dien dient diende dienden gediend drukken druk drukt drukte drukten gedrukt
gelden geldt gold golden gegolden plaatsen plaats plaatst plaatste plaatsten geplaatst
richten richt richtte gericht scheuren scheur scheurt scheurde gescheurd slikken slik slikt slikte geslikt
toevoegen voeg toe voegt toe voegde toe toegevoegd uitzien ziet eruit zag eruit zagen eruit uitgezien eruit
verschijnen verschijnt verscheen verschenen voorkomen voorkom voorkomt voorkwam voorkwamen komt voor kwam voor voorgekomen
vormen vorm vormt vormde vormden gevormd wisselen wissel wisselt wisselde wisselden gewisseld
afhangen hangt af hing af afgehangen aanpassen pas aan past aan paste aan aangepast
nakijken kijk na kijkt na keek na nagekeken terugkomen kom terug komt terug kwam terug
accepteren accepteer accepteert accepteerde accepteerden geaccepteerd haten haat haatte haatten gehaat
kauwen kauw kauwt kauwde gekauwd plassen plas plast plaste geplast
douchen douche douchet douchte douchten gedoucht scheren scheer scheert schoor geschoren kammen kam kamt kamde gekamd
pesten pest pestte pestten gepest spellen spel spelt spelde gespeld uitspreken spreek uit spreekt uit sprak uit uitgesproken
tolken tolk tolkt tolkte getolkt bijhouden hou bij houdt bij hield bij bijgehouden
afvinken vink af vinkt af afgevinkt aftekenen aftekent afgetekend
inklokken klok in klokt in klokte in ingeklokt uitklokken klok uit klokt uit uitgeklokt
opgroeien opgegroeid groeit op groeide op
aankondigen kondigt aan aangekondigd opbouwen bouwt op opgebouwd
invoeren voer in voert in voerde in ingevoerd afdrukken druk af drukt af drukte af afgedrukt
vermissen vermis vermist vermiste vermisten doden dood doodt doodde gedood vermoorden vermoord vermoordt vermoordde
bedriegen bedrieg bedriegt bedroog bedrogen
vastzitten zit vast zat vast vastgezeten meevallen valt mee viel mee meegevallen tegenvallen valt tegen viel tegen tegengevallen
aanbellen bel aan belt aan belde aan terugbellen bel terug belt terug belde terug
doorsturen stuur door stuurt door stuurde door doorgestuurd opsturen stuur op stuurt op stuurde op opgestuurd
aanbieden bied aan biedt aan bood aan boden aan
uitkiezen kies uit kiest uit koos uit uitgekozen uitgeven
ophalen afleveren lever af levert af leverde af afgeleverd bezorgen
rondbrengen breng rond brengt rond bracht rond rondgebracht
wegzetten zet weg zette weg weggezet weggooien gooi weg gooit weg gooide weg weggegooid
terugzetten teruggezet terugleggen teruggelegd opzetten opgezet afbreken afgebroken
aanmaken aangemaakt aanleggen aangelegd
inschakelen ingeschakeld uitschakelen uitgeschakeld
vervelen verveel verveelt verveelde verveeld
jezelf mezelf mijzelf hemzelf haarzelf onszelf uzelf julliezelf henzelf zichzelf men
allang alvast echter bovendien verder vervolgens trouwens overigens opeens ineens plotseling binnenkort zometeen zojuist nogmaals
tegenwoordig wellicht hopelijk uiteraard sowieso jammer gelukkig helaas
vooraan achteraan bovenaan onderaan voorin achterin middenin thuis onderweg vooruit achteruit omhoog omlaag naartoe heen overdag 's
zolang zodra hoezo eventjes ongeveer vanzelf vanzelfsprekend liefst graag liever
toekomst verleden heden periode periodes perioden termijn deadline tijdstip begintijd eindtijd openingstijden openingstijd sluitingstijd
poosje ogenblik ogenblikje seconde
gisteravond gistermiddag gisterochtend morgenochtend morgenmiddag morgenavond
werkdag werkdagen werkweek werkweken rustdag rustdagen vrije
zesentwintig zevenentwintig achtentwintig negenentwintig eenendertig vijfendertig vijfenveertig vijfenzeventig honderdduizend
eenmaal tweemaal driemaal keertje dozijn
nederland nederlands nederlandse nederlander nederlanders holland hollands hollandse belgië belgisch belgische duitsland duits duitse
frankrijk frans franse engeland engelse europa europees europese turkije turks turkse marokko marokkaans marokkaanse
suriname surinaams surinaamse polen pools poolse syrië syrisch syrische oekraïne oekraïens oekraïense arabisch arabische
amsterdam rotterdam den haag utrecht eindhoven
buitenland buitenlands buitenlandse buitenlander buitenlanders
paspoort paspoorten identiteitskaart id-kaart id legitimatie legitimatiebewijs bsn burgerservicenummer digid
verzekering verzekeringen zorgverzekering zorgverzekeraar huurtoeslag zorgtoeslag kinderbijslag belastingdienst gemeente
inburgering inburgeringsexamen verblijfsvergunning vergunning vergunningen werkvergunning
envelop enveloppen enveloppe postzegel postzegels pakje pakjes handtekening handtekeningen aanvraag aanvragen
document documenten papieren kopie kopieën bewijs bewijzen pas pasje pasjes code codes gebruikersnaam
loket loketten balie balies wachtkamer wachtkamers wachttijd wachtlijst nummertje
scherm schermen knop knoppen toetsenbord muis printer printers bijlage bijlagen link links whatsapp sms voicemail
oplader opladers batterij batterijen accu stekker stekkers stopcontact kabel kabels snoer schakelaar
kaars kaarsen aansteker lucifers sigaret sigaretten schaar scharen touw draad lijm naald knoop knopen rits
zakdoek zakdoeken tissue tissues luier luiers speelgoed pop poppen bal ballen balletje
spul spullen spulletjes rommel troep
hal schuur schuren oprit hek hekken poort schutting voordeur achterdeur achtertuin voortuin verdieping verdiepingen etage
begane grond portiek galerij huisbaas woningcorporatie huurcontract energie stroom gas elektriciteit wifi overlast
gehakt gehaktbal gehaktballen kroket kroketten frikandel frikandellen patatje stamppot pannenkoek pannenkoeken
drop stroopwafel stroopwafels biefstuk spek kipfilet tonijn zalm garnalen haring noedels couscous
cracker crackers beschuit ontbijtkoek muesli havermout margarine slagroom kwark
mondkapje mondkapjes haarnetje brandblusser nooduitgang nooduitgangen ehbo verbanddoos alarm toegangspas kluis
snijplank friteuse frituur koelcel vriescel hygiëne hygiënisch hygiënische houdbaarheidsdatum allergie allergieën
werkbriefje urenbriefje urenlijst prikklok instructie instructies werkinstructie werkinstructies protocol huisregels voorschrift voorschriften
taak taken taakje klus klussen klusje klusjes tempo norm bonus overuren overwerk
reiskosten reiskostenvergoeding vergoeding vergoedingen arbeidsovereenkomst cao vakbond ontslag opzegtermijn ww bijstand
bijstandsuitkering traject proefplaatsing werkervaringsplaats vrijwilligerswerk vrijwilliger vrijwilligers subsidie arbeidsmarkt
conciërge huismeester conducteur buschauffeur taxichauffeur maaltijdbezorger pizzabezorger glazenwasser
pedagogisch medewerker onderwijsassistent administratief administratie receptionist telefonist callcenter secretaresse
huishoudelijke thuishulp gastvrouw gastheer kassamedewerker visser stratenmaker dakdekker tegelzetter sloper verhuizer verhuizers
parkeerwachter fietsenmaker automonteur bakkerij slagerij kapsalon
zorgvuldig zorgvuldige zorgvuldiger praktisch praktische lichamelijk lichamelijke fysiek fysieke afwisselend afwisselende
gezellig gezellige gezelliger ongezellig collegiaal klantvriendelijk klantvriendelijke
prachtig prachtige geweldig geweldige super top stom stomme erg erge erger ergst verschrikkelijk verschrikkelijke vreselijk vreselijke
heerlijk heerlijke knap knappe knapper dapper dappere eng enge spannend spannende duidelijk duidelijke duidelijker onduidelijk onduidelijke
begrijpelijk begrijpelijke helder heldere logisch logische verschillend gelijk gelijke koel koele koeler fel felle lauw
misselijk misselijke duizelig duizelige pijnlijk pijnlijke blessure blessures operatie operaties
oorlog oorlogen vrede wapen wapens gevangenis rechter rechters rechtbank advocaat advocaten agent agenten
regering overheid minister ministers politiek politieke wet wetten recht rechten geloof religie god
mam pap schat lieverd
aandacht aanbod aanval actie acties activiteit activiteiten adem advies adviezen afloop akkoord algemeen algemene ambtenaar ambtenaren arbeid avontuur avonturen
achtergrond basis begrip behoefte behoeften beleid beslissing beslissingen bestuur beurt beurten bezit bijeenkomst bijeenkomsten blik bodem brand branden
contact contacten cultuur droom dromen eenheid feit feiten figuur gat gaten gebied gebieden gebruik geheugen gelegenheid gemak gemiddeld gemiddelde geschiedenis
gevolg gevolgen gewoonte gewoontes grap grappen grapje grapjes grens grenzen grond hemel herinnering herinneringen hitte hoop humor inhoud jeugd
karakter keus koffer koffers kruis kunst kust leiding lengte middel middelen nood omgeving onderwerp onderwerpen onderzoek oorzaak oorzaken opmerking opmerkingen
poging pogingen positie praktijk project projecten reactie reacties rand resultaat resultaten rij rijen rol rollen schade situatie situaties snelheid spanning
staat stem stemmen stof straf systeem systemen teken tekens toon toestand uitslag uitzondering uitzonderingen verband verlies vertrouwen verzoek vlak vlag vlaggen
voordeel voordelen nadeel nadelen voorwaarde voorwaarden waarde waarden warmte wil winst
betekenen beteken betekent betekende betekenden betekend betekenis bepalen bepaal bepaalt bepaalde bepaalden bepaald
verschillen verschilt verschilde verschilden verschild toenemen neemt toe nam toe toegenomen afnemen neemt af nam af afgenomen
ontbreken ontbreekt ontbrak ontbraken ontbroken klinken klinkt klonk klonken geklonken uitvoeren voer uit voert uit voerde uit uitgevoerd
dreigen dreig dreigt dreigde gedreigd wennen wen went wende wenden gewend schelen scheelt scheelde gescheeld
stukgaan gaat stuk ging stuk stukgegaan kapotgaan gaat kapot ging kapot kapotgegaan kapotmaken maakt kapot maakte kapot kapotgemaakt
bepaalde direct directe natuurlijke persoonlijk persoonlijke positief positieve negatief negatieve totaal totale actief actieve
modern moderne ouderwets ouderwetse nationaal nationale internationaal internationale centraal centrale digitaal digitale
elektrisch elektrische automatisch automatische handmatig technisch technische medisch medische ernstig ernstige gewond gewonde
dode levend levende wakker bezorgd verkouden zuinig zuinige grof grove stevig stevige voorzichtig voorzichtige voorzichtiger
kalm kalme geduldig geduldige ongeduldig geduld lui luie hardwerkend
huisdier huisdieren oppas crèche schoolplein ouderavond tennis fitness wedstrijd wedstrijden club clubs vereniging verenigingen winnaar winnaars doelpunt doelpunten
joh goh zeg kijk luister
hapje hapjes drankje drankjes kusje kusjes handje voetje beentje lampje stoeltje dekentje kussentje poesje visje eend eenden eendje
momentje dagje ideetje tasje boekje
gelet scheid scheidt scheidde scheidden verdwalen verdwaal verdwaalt verdwaalde verdwaald vries
bureau bureaus bureautje map mappen mapje dossier vergadering vergaderingen presentatie verslag verslagen notitie notities planning schema schema's overzicht
zowat plus min gedeeld
beige lichtblauw donkerblauw lichtgroen donkergroen donkerrood lichtgrijs donkergrijs
halfuur ingrediënt ingrediënten portie porties werkschoenen werkbroek werkjas
opdrachtgever opdrachtgevers heftruckchauffeur expeditie ontvangst distributiecentrum schoonmaakrooster checklist vuilnisbak sanitair tapijt
opmaken maak op maakt op maakte op opgemaakt beddengoed wasserij rolstoel rolstoelen rollator bejaarden bejaardenhuis gehandicapt beperking beperkingen handicap
`
    .split(/\s+/)
    .filter(Boolean),
);
