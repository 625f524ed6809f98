/**
 * Eenvoudig Nederlands (A2): the micro-lessons and the learning offers of the skill language (#25),
 * keyed by the Dutch B1 source. For readers who find B1 hard (MBO 1-2): at most 10 words a
 * sentence, everyday words.
 */
import type { Catalogue } from '../../../../text.js';

const a2: Catalogue = {
  'Afspraken nakomen': 'Doen wat je afspreekt',
  'Op je werk maak je elke dag afspraken. Over je tijden, je taken en je pauze. Je collega’s rekenen erop dat je doet wat je zegt.':
    'Op je werk maak je elke dag afspraken. Over je tijden, je taken en je pauze. Je collega’s moeten weten: jij doet wat je zegt.',
  'Soms lukt een afspraak niet. Je bent ziek of de bus is te laat. Dat kan gebeuren. Zeg het dan zo snel als je kunt.':
    'Soms lukt een afspraak niet. Je bent ziek of de bus is te laat. Dat kan gebeuren. Zeg het dan zo snel als je kunt.',
  'Je bus rijdt niet. Je begint over tien minuten. Wat doe je?':
    'Je bus rijdt niet. Je begint over 10 minuten. Wat doe je?',
  'Ik bel nu mijn leidinggevende.': 'Ik bel nu mijn baas.',
  'Zo weet je leidinggevende het op tijd. Dan kan hij het werk anders regelen.':
    'Zo weet je baas het op tijd. Dan kan hij het werk anders regelen.',
  'Ik leg het uit als ik er ben.': 'Ik leg het uit als ik er ben.',
  'Dan wacht iedereen op jou. Ze weten niet of je nog komt. Bel liever meteen.':
    'Dan wacht iedereen op jou. Ze weten niet of je nog komt. Bel liever meteen.',
  'Tip: schrijf je afspraken op. In je telefoon of in een boekje. Kijk elke ochtend even wat je die dag hebt beloofd.':
    'Tip: schrijf je afspraken op. In je telefoon of in een boekje. Kijk elke ochtend: wat heb ik vandaag beloofd?',
  'Veilig werken': 'Veilig werken',
  'Veilig werken is meer dan een helm dragen. Je kijkt goed om je heen. Je ziet gevaar voordat er iets gebeurt.':
    'Veilig werken is meer dan een helm dragen. Je kijkt goed om je heen. Je ziet gevaar voordat er iets gebeurt.',
  'Zie je iets dat niet veilig is? Stop dan even. Maak het veilig of zeg het tegen je leidinggevende. Ook als het haast heeft.':
    'Is iets niet veilig? Stop dan even. Maak het veilig. Of zeg het tegen je baas. Ook als er haast is.',
  'Een ladder staat scheef. Je moet snel iets pakken op de bovenste plank. Wat doe je?':
    'Een ladder staat scheef. Je moet snel iets pakken. Het ligt op de bovenste plank. Wat doe je?',
  'Ik zet de ladder eerst goed neer.': 'Ik zet de ladder eerst goed neer.',
  'Dat kost een halve minuut. Een val kost veel meer.': 'Dat duurt een halve minuut. Als je valt, is dat veel erger.',
  'Ik klim snel en houd me goed vast.': 'Ik klim snel en houd me goed vast.',
  'Ook als je je vasthoudt, kan de ladder wegglijden. Zet hem eerst goed neer.':
    'Je houdt je vast. Maar de ladder kan toch wegglijden. Zet hem eerst goed neer.',
  'Tip: vraag bij een nieuwe taak wat de gevaren zijn. Een goede collega legt het graag uit.':
    'Tip: krijg je een nieuwe taak? Vraag dan: wat is hier gevaarlijk? Een goede collega legt het graag uit.',
  'Je werk plannen': 'Je werk plannen',
  'Plannen is kiezen wat je eerst doet. Zo ben je op tijd klaar. En je vergeet niets.':
    'Plannen is kiezen wat je eerst doet. Zo ben je op tijd klaar. En je vergeet niets.',
  'Begin met een lijstje van wat je vandaag moet doen. Zet bij elke taak: moet dit vandaag af? Doe die taken eerst.':
    'Maak eerst een lijstje. Wat moet je vandaag doen? Vraag bij elke taak: moet dit vandaag klaar zijn? Doe die taken eerst.',
  'Je hebt drie pakketten. Eén moet voor tien uur bezorgd zijn. Welke bezorg je eerst?':
    'Je hebt 3 pakketten. Je moet er 1 voor 10 uur bezorgen. Welk pakket breng je eerst?',
  'Het pakket dat voor tien uur moet.': 'Het pakket dat er voor 10 uur moet zijn.',
  'Wat een tijd heeft, gaat voor. Daarna kies je de kortste route.':
    'Eerst het pakket met een vaste tijd. Daarna kies je de kortste weg.',
  'Het pakket dat het dichtstbij is.': 'Het pakket dat het dichtstbij is.',
  'Dat lijkt slim. Maar dan kan het andere pakket te laat komen. Kijk eerst naar de tijd.':
    'Dat lijkt slim. Maar dan komt het andere pakket misschien te laat. Kijk eerst naar de tijd.',
  'Tip: loopt je planning uit? Zeg het op tijd. Dan kan iemand je helpen of iets anders regelen.':
    'Tip: lukt het niet op tijd? Zeg het dan snel. Dan kan iemand je helpen. Of iemand regelt iets anders.',
  'Een klant goed helpen': 'Een klant goed helpen',
  'Een klant wil zich welkom voelen. Kijk de klant aan en groet. Vraag dan wat je kunt doen.':
    'Een klant wil zich welkom voelen. Kijk de klant aan en zeg gedag. Vraag dan wat je kunt doen.',
  'Luister eerst goed. Vraag door als je het niet zeker weet. Zo help je de klant met wat hij echt nodig heeft.':
    'Luister eerst goed. Weet je het niet zeker? Vraag dan meer. Zo krijgt de klant wat hij echt nodig heeft.',
  'Een klant is boos. Zijn nieuwe lamp doet het niet. Wat zeg je eerst?':
    'Een klant is boos. Zijn nieuwe lamp doet het niet. Wat zeg je eerst?',
  '"Vervelend voor u. Laat maar zien, dan kijken we samen."':
    '"Vervelend voor u. Laat maar zien, dan kijken we samen."',
  'Je laat zien dat je de klant hoort. Dan wordt hij vaak rustiger.':
    'De klant merkt dat je luistert. Dan wordt hij vaak rustiger.',
  '"Dat ligt vast niet aan de lamp."': '"Het komt vast niet door de lamp."',
  'Dan voelt de klant zich niet gehoord. Luister eerst en kijk samen.':
    'Dan denkt de klant dat je niet luistert. Luister eerst en kijk samen.',
  'Samenwerken met je collega’s': 'Samenwerken met je collega’s',
  'Samen kun je meer dan alleen. Maar dan moet je wel weten wie wat doet. Spreek dat aan het begin af.':
    'Samen kun je meer dan alleen. Maar je moet weten wie wat doet. Spreek dat af bij het begin.',
  'Ben je klaar met je eigen taak? Vraag dan of een collega hulp nodig heeft. Zo is het werk sneller af.':
    'Ben je klaar met je eigen taak? Vraag dan of een collega hulp nodig heeft. Zo is het werk sneller klaar.',
  'Jij en een collega zijn het oneens over hoe iets moet. Wat doe je?':
    'Jij wilt iets op jouw manier doen. Je collega wil het anders. Wat doe je?',
  'We zeggen allebei waarom. Dan kiezen we samen.': 'We zeggen allebei waarom. Dan kiezen we samen.',
  'Zo hoor je elkaar. Lukt het niet, vraag dan je leidinggevende.':
    'Zo luister je naar elkaar. Lukt het niet? Vraag het dan aan je baas.',
  'Ik doe het gewoon op mijn manier.': 'Ik doe het gewoon op mijn manier.',
  'Dan doet ieder iets anders. Praat het eerst uit.': 'Dan doet ieder iets anders. Praat er eerst samen over.',
  'Nauwkeurig werken': 'Nauwkeurig werken',
  'Nauwkeurig werken is het in één keer goed doen. Dan hoeft niemand het over te doen.':
    'Nauwkeurig werken is: het meteen goed doen. Dan hoeft niemand het opnieuw te doen.',
  'Kijk je werk na voordat je zegt dat het klaar is. Loop de stappen nog een keer langs. Klopt alles?':
    'Kijk je werk na voordat je zegt: het is klaar. Kijk nog een keer naar alle stappen. Klopt alles?',
  'Je moet twintig dozen tellen. Je bent bijna klaar en het is bijna pauze. Wat doe je?':
    'Je moet 20 dozen tellen. Je bent bijna klaar. Het is ook bijna pauze. Wat doe je?',
  'Ik tel rustig af en kijk het na.': 'Ik tel rustig verder en kijk het na.',
  'Een fout vinden kost later veel meer tijd.': 'Later een fout zoeken kost veel meer tijd.',
  'Ik schat de laatste dozen.': 'Ik schat hoeveel de laatste dozen zijn.',
  'Dan klopt de telling misschien niet. Tel liever af, ook als het pauze is.':
    'Dan klopt het aantal misschien niet. Tel liever alles, ook als het pauze is.',
  'Duidelijk communiceren': 'Duidelijk praten en luisteren',
  'Communiceren is praten en luisteren. Je zegt duidelijk wat je bedoelt. En je kijkt of de ander je begrijpt.':
    'Communiceren is: praten en luisteren. Je zegt duidelijk wat je bedoelt. En je kijkt of de ander je snapt.',
  'Heb je iets niet goed gehoord of begrepen? Zeg dat dan meteen. Vraag het gewoon nog een keer.':
    'Hoor of snap je iets niet goed? Zeg dat dan meteen. Vraag het gewoon nog een keer.',
  'Er is veel lawaai op de bouw. Een collega roept iets naar je. Je verstaat het niet. Wat doe je?':
    'Er is veel lawaai op de bouw. Een collega roept iets naar je. Je hoort niet wat hij zegt. Wat doe je?',
  'Ik loop naar hem toe en vraag het nog een keer.': 'Ik loop naar hem toe. Ik vraag het nog een keer.',
  'Zo weet je zeker wat hij bedoelt. Op de bouw kan een misverstand gevaarlijk zijn.':
    'Dan weet je zeker wat hij bedoelt. Op de bouw is dat belangrijk. Iets verkeerd begrijpen kan gevaarlijk zijn.',
  'Ik steek mijn duim op en werk door.': 'Ik steek mijn duim op en werk door.',
  'Dan weet je niet wat hij zei. Misschien was het belangrijk. Vraag het liever nog een keer.':
    'Dan weet je niet wat hij zei. Misschien was het belangrijk. Vraag het liever nog een keer.',
  'Tip: geef je een boodschap door? Zeg dan wie, wat en wanneer. Laat de ander het kort herhalen.':
    'Tip: moet je iets doorgeven? Zeg dan wie, wat en wanneer. Laat de ander het kort herhalen.',
  'Goed zorgen voor een ander': 'Goed zorgen voor een ander',
  'Zorgzaam zijn is letten op een ander. Wat kan iemand zelf? En waar wil hij hulp bij?':
    'Goed zorgen is: letten op een ander. Wat kan iemand zelf? En bij welke dingen wil hij hulp?',
  'Help niet te snel. Veel mensen doen graag zelf wat ze kunnen. Vraag eerst of iemand hulp wil.':
    'Help niet te snel. Veel mensen doen graag zelf wat ze kunnen. Vraag eerst of iemand hulp wil.',
  'Meneer Jansen wil naar buiten. Hij doet zelf zijn jas aan. Het gaat langzaam. Wat doe je?':
    'Meneer Jansen wil naar buiten. Hij doet zelf zijn jas aan. Dat gaat langzaam. Wat doe je?',
  'Ik wacht rustig en vraag of hij hulp wil.': 'Ik wacht rustig. Ik vraag of hij hulp wil.',
  'Zo doet hij zelf wat hij kan. En hij kiest zelf of hij hulp krijgt.':
    'Zo doet hij zelf wat hij kan. En hij kiest zelf of hij hulp wil.',
  'Ik doe snel zijn jas voor hem aan.': 'Ik doe snel zijn jas voor hem aan.',
  'Dan gaat het sneller. Maar hij kan het zelf. Vraag eerst wat hij wil.':
    'Dan gaat het sneller. Maar hij kan het zelf. Vraag eerst wat hij wil.',
  'Tip: noem iemand bij zijn naam. Zeg wat je gaat doen, voordat je het doet. Dan weet de ander wat er komt.':
    'Tip: noem iemand bij zijn naam. Vertel eerst wat je gaat doen. Dan weet de ander wat er komt.',
  'Zelfstandig werken': 'Zelf je werk doen',
  'Zelfstandig werken is je taak doen zonder dat iemand meekijkt. Je weet wat je moet doen. En je weet wanneer je hulp vraagt.':
    'Zelfstandig werken is: je doet je taak alleen. Niemand kijkt mee. Je weet wat je moet doen. En je weet wanneer je hulp vraagt.',
  'Gaat er iets anders dan gepland? Kijk eerst of je het zelf kunt regelen. Lukt dat niet? Vraag dan hulp.':
    'Gaat iets anders dan je dacht? Kijk eerst: kan ik het zelf regelen? Lukt dat niet? Vraag dan hulp.',
  'Je maakt alleen hotelkamers schoon. In een kamer liggen geen handdoeken. Je weet waar ze liggen. Wat doe je?':
    'Je maakt alleen kamers schoon in een hotel. In een kamer zijn geen handdoeken. Je weet waar ze liggen. Wat doe je?',
  'Ik haal zelf handdoeken en werk verder.': 'Ik haal zelf handdoeken. Dan werk ik verder.',
  'Dit kun je zelf oplossen. Zo is de kamer op tijd klaar voor de gast.':
    'Dit kun je zelf oplossen. Zo is de kamer op tijd klaar voor de gast.',
  'Ik wacht tot mijn leidinggevende langskomt.': 'Ik wacht tot mijn baas langskomt.',
  'Dan ligt je werk stil. Zoiets kleins kun je vaak zelf regelen.':
    'Dan staat je werk stil. Zoiets kleins kun je vaak zelf regelen.',
  'Tip: wist je iets niet zeker? Schrijf het op. Vraag het aan het eind van de dag. Dan weet je het de volgende keer.':
    'Tip: wist je iets niet zeker? Schrijf het op. Vraag het aan het eind van de dag. Dan weet je het de volgende keer.',
  'Staan voor je werk': 'Zorgen voor je werk',
  'Verantwoordelijkheid nemen is zorgen voor je werk. Je maakt je taak goed af. En je gaat zuinig om met je spullen.':
    'Je zorgt goed voor je werk. Je maakt je taak goed af. En je gaat netjes om met je spullen.',
  'Iedereen maakt wel eens een fout. Dat is niet erg. Zeg het dan eerlijk. Dan kan het snel worden opgelost.':
    'Iedereen maakt wel eens een fout. Dat is niet erg. Zeg het dan eerlijk. Dan kan iemand het snel oplossen.',
  'Je laat een doos met glazen vallen. Er zijn er twee kapot. Niemand heeft het gezien. Wat doe je?':
    'Je laat een doos met glazen vallen. Er zijn 2 glazen kapot. Niemand heeft het gezien. Wat doe je?',
  'Ik zeg het tegen mijn leidinggevende.': 'Ik zeg het tegen mijn baas.',
  'Zo weet iedereen wat er is gebeurd. En de klant krijgt geen kapotte glazen.':
    'Zo weet iedereen wat er is gebeurd. En de klant krijgt geen kapotte glazen.',
  'Ik zet de doos gewoon terug in het rek.': 'Ik zet de doos gewoon terug in het rek.',
  'Dan vindt iemand anders de kapotte glazen. Of een klant. Zeg het liever, dan kan het worden opgelost.':
    'Dan vindt iemand anders de kapotte glazen. Of een klant. Zeg het liever. Dan kan iemand het oplossen.',
  'Tip: ben je klaar? Kijk dan nog even om je heen. Is alles opgeruimd? Staat alles weer op zijn plek?':
    'Tip: ben je klaar? Kijk dan nog even om je heen. Is alles opgeruimd? Staat alles weer op zijn plek?',
  'Een probleem oplossen': 'Een probleem oplossen',
  'Op je werk gaat wel eens iets mis. Een machine doet het niet. Of er ontbreekt iets. Dan zoek je een oplossing.':
    'Op je werk gaat soms iets mis. Een machine doet het niet. Of er mist iets. Dan zoek je een oplossing.',
  'Ga stap voor stap. Wat is er precies mis? Probeer eerst het makkelijkste. Lukt het niet? Meld het dan.':
    'Doe het stap voor stap. Wat is er precies mis? Probeer eerst het makkelijkste. Lukt het niet? Zeg het dan.',
  'Je maakt schoon bij een klant thuis. De stofzuiger doet het ineens niet meer. Wat doe je eerst?':
    'Je maakt schoon bij een klant thuis. Opeens doet de stofzuiger het niet meer. Wat doe je eerst?',
  'Ik kijk of de stekker goed in het stopcontact zit.': 'Ik kijk of de stekker goed in het stopcontact zit.',
  'Begin bij het makkelijkste. Vaak is dat al de oplossing. Werkt hij dan nog niet? Meld het.':
    'Begin bij het makkelijkste. Vaak is dat al de oplossing. Werkt hij nog steeds niet? Zeg het dan.',
  'Ik zeg tegen de klant dat de stofzuiger kapot is.': 'Ik zeg tegen de klant: de stofzuiger is kapot.',
  'Misschien is er niets kapot. Kijk eerst zelf naar het makkelijkste. Dan weet je meer.':
    'Misschien is er niets kapot. Kijk eerst zelf naar het makkelijkste. Dan weet je meer.',
  'Tip: komt hetzelfde probleem vaak terug? Zeg het dan tegen je leidinggevende. Samen kun je kijken hoe het beter kan.':
    'Tip: is er vaak hetzelfde probleem? Zeg het dan tegen je baas. Samen kijk je hoe het beter kan.',
  'Flexibel zijn': 'Flexibel zijn',
  'Op je werk verandert er vaak iets. Een andere taak, een andere plek of een nieuwe collega. Flexibel zijn is daar goed mee omgaan.':
    'Op je werk verandert vaak iets. Je krijgt een andere taak. Of een andere plek. Of een nieuwe collega. Flexibel zijn is: daar goed mee omgaan.',
  'Aan iets nieuws moet je even wennen. Dat is normaal. Vraag wat je moet weten. En probeer het gewoon.':
    'Aan iets nieuws moet je even wennen. Dat is normaal. Vraag wat je moet weten. En probeer het gewoon.',
  'Je vult meestal de schappen. Vandaag is het druk bij de kassa. Je leidinggevende vraagt of je daar helpt. Wat doe je?':
    'Meestal vul je de schappen. Vandaag is het druk bij de kassa. Je baas vraagt: wil je daar helpen? Wat doe je?',
  'Ik ga helpen en vraag wat ik moet weten.': 'Ik ga helpen. Ik vraag wat ik moet weten.',
  'Zo help je het team waar het nodig is. En je leert er iets nieuws bij.':
    'Zo help je het team waar het nodig is. En je leert iets nieuws.',
  'Ik zeg dat ik liever bij de schappen blijf.': 'Ik zeg dat ik liever bij de schappen blijf.',
  'De schappen ken je goed, dat is fijn. Maar nu heeft het team je bij de kassa nodig.':
    'Je kent de schappen goed. Dat is fijn. Maar nu heeft het team je bij de kassa nodig.',
  'Tip: verandert er iets? Vraag waarom. Als je de reden weet, is het vaak makkelijker.':
    'Tip: verandert er iets? Vraag waarom. Weet je waarom? Dan is het vaak makkelijker.',
  'Iets nieuws leren': 'Iets nieuws leren',
  'Op je werk leer je steeds iets nieuws. Een nieuwe taak of een nieuwe machine. Niemand kan alles meteen.':
    'Op je werk leer je steeds iets nieuws. Een nieuwe taak of een nieuwe machine. Niemand kan alles meteen.',
  'Kijk goed als iemand iets voordoet. Doe het daarna zelf, terwijl die persoon kijkt. Zo kan die persoon je meteen helpen.':
    'Kijk goed als iemand iets voordoet. Doe het daarna zelf. De ander kijkt mee. Zo kan hij je meteen helpen.',
  'Een collega laat zien hoe de nieuwe boormachine werkt. Hij doet het één keer voor. Wat doe je?':
    'Een collega laat de nieuwe boormachine zien. Hij doet het 1 keer voor. Wat doe je?',
  'Ik vraag of ik het zelf mag doen terwijl hij kijkt.': 'Ik vraag of ik het zelf mag doen. Hij kijkt dan mee.',
  'Zo zie je meteen of je het goed doet. En je collega kan je tips geven.':
    'Zo zie je meteen of je het goed doet. En je collega kan je tips geven.',
  'Ik zeg dat ik het snap en probeer het later alleen.': 'Ik zeg dat ik het snap. Later probeer ik het alleen.',
  'Dan gaat het misschien mis als niemand kijkt. Oefen liever eerst samen.':
    'Dan gaat het misschien mis. En niemand kijkt mee. Oefen liever eerst samen.',
  'Tip: schrijf de stappen op in je eigen woorden. Dan kun je het later nog eens nalezen.':
    'Tip: schrijf de stappen op in je eigen woorden. Dan kun je het later nog eens lezen.',
  Doorzetten: 'Niet opgeven',
  'Sommig werk is zwaar of saai. Of het lukt niet meteen. Doorzetten is dan toch doorgaan.':
    'Soms is werk zwaar of saai. Of het lukt niet meteen. Doorzetten is: toch doorgaan.',
  'Een grote klus lijkt soms eindeloos. Maak er kleine stukjes van. Na elk stukje zie je dat je opschiet.':
    'Een grote klus lijkt soms nooit klaar. Maak er kleine stukjes van. Na elk stukje zie je: ik ben verder.',
  'Je moet een grote bak aardappels schillen. Na een half uur ben je pas op de helft. Wat doe je?':
    'Je moet een grote bak aardappels schillen. Na een half uur ben je pas op de helft. Wat doe je?',
  'Ik ga door. Af en toe kijk ik hoe ver ik ben.': 'Ik ga door. Soms kijk ik hoe ver ik ben.',
  'Zo zie je dat je opschiet. Dan is het makkelijker om door te gaan.':
    'Zo zie je dat je verder komt. Dan is doorgaan makkelijker.',
  'Ik laat de rest staan voor een collega.': 'Ik laat de rest staan voor een collega.',
  'Dan moet een collega het afmaken. Of het eten is niet op tijd klaar. Ga liever door, stukje voor stukje.':
    'Dan moet een collega het afmaken. Of het eten is niet op tijd klaar. Ga liever door, stukje voor stukje.',
  'Tip: lukt iets niet de eerste keer? Kijk wat er misging. Probeer het dan nog een keer. Vraag een tip als je vastloopt.':
    'Tip: lukt iets niet de eerste keer? Kijk wat er fout ging. Probeer het dan nog een keer. Kom je niet verder? Vraag dan om een tip.',
  'Rustig werken als het druk is': 'Rustig werken als het druk is',
  'Soms is het heel druk op je werk. Veel gasten, veel bestellingen en weinig tijd. Dat hoort bij veel banen.':
    'Soms is het heel druk op je werk. Veel gasten, veel bestellingen en weinig tijd. Dat hoort bij veel banen.',
  'Is het druk? Doe één ding tegelijk. Kies wat eerst moet. En vraag hulp als het te veel wordt.':
    'Is het druk? Doe 1 ding tegelijk. Kies wat eerst moet. Wordt het te veel? Vraag dan hulp.',
  'Het is zaterdagavond. Drie tafels willen bestellen. In de keuken staat ook warm eten klaar. Wat doe je?':
    'Het is zaterdagavond. 3 tafels willen bestellen. In de keuken staat ook warm eten klaar. Wat doe je?',
  'Ik zeg tegen de tafels dat ik zo kom. Dan breng ik eerst het eten.':
    'Ik zeg tegen de tafels: ik kom zo. Dan breng ik eerst het eten.',
  'Warm eten kan niet lang wachten. En de gasten weten dat je zo komt.':
    'Warm eten kan niet lang wachten. En de gasten weten dat je zo komt.',
  'Ik neem eerst alle bestellingen op. Het eten wacht wel.': 'Ik neem eerst alle bestellingen op. Het eten wacht wel.',
  'Dan wordt het eten koud. Breng het eerst. Zeg tegen de gasten dat je zo komt.':
    'Dan wordt het eten koud. Breng het eerst. Zeg tegen de gasten dat je zo komt.',
  'Tip: wordt het je te veel? Zeg het tegen een collega of je leidinggevende. Dan kijken jullie samen wat eerst moet.':
    'Tip: wordt het te veel? Zeg het tegen een collega of je baas. Dan kijk je samen wat eerst moet.',
  'Zelf iets oppakken': 'Zelf aan de slag gaan',
  'Initiatief nemen is zelf iets oppakken. Je wacht niet tot iemand het vraagt. Je ziet wat er moet gebeuren.':
    'Initiatief nemen is: zelf iets doen. Je wacht niet tot iemand het vraagt. Je ziet wat er moet gebeuren.',
  'Ben je klaar met je werk? Kijk dan om je heen. Is er iets wat je kunt doen? Vraag of je kunt helpen.':
    'Ben je klaar met je werk? Kijk dan om je heen. Kun je iets doen? Vraag of je kunt helpen.',
  'Je bent eerder klaar met je rit. Je collega’s laden nog bussen in. Wat doe je?':
    'Je bent eerder klaar met je rit. Je collega’s laden nog busjes in. Wat doe je?',
  'Ik vraag of ik kan helpen met inladen.': 'Ik vraag of ik kan helpen met inladen.',
  'Je ziet wat er moet gebeuren en biedt hulp aan. Zo is iedereen eerder klaar.':
    'Je ziet wat er moet gebeuren. En je biedt hulp aan. Zo is iedereen eerder klaar.',
  'Ik wacht in de kantine tot iemand me iets vraagt.': 'Ik wacht in de kantine tot iemand me iets vraagt.',
  'Dan blijft er werk liggen dat jij kunt doen. Kijk zelf wat er nodig is.':
    'Dan blijft er werk liggen. Dat werk kun jij doen. Kijk zelf wat er nodig is.',
  'Tip: heb je een idee om het werk beter te doen? Vertel het aan je leidinggevende. Vaak zijn ze blij met een goed idee.':
    'Tip: weet je hoe het werk beter kan? Vertel het aan je baas. Vaak is hij blij met een goed idee.',
  'Samenwerken op de bouwplaats': 'Samenwerken op de bouwplaats',
  'Je leert hoe je afspraken maakt met je ploeg.': 'Je leert afspraken maken met je ploeg.',
  'Duidelijk uitleggen': 'Duidelijk uitleggen',
  'Je oefent met korte, duidelijke zinnen. Je leert ook goed luisteren.':
    'Je oefent met korte, duidelijke zinnen. Je leert ook goed luisteren.',
  'De klant centraal': 'De klant eerst',
  'Je leert vragen wat een klant nodig heeft. Je oefent met echte situaties.':
    'Je leert vragen wat een klant nodig heeft. Je oefent met voorbeelden uit het echte werk.',
  'Aandacht voor een ander': 'Aandacht voor een ander',
  'Je leert zien wat iemand nodig heeft. Je oefent met geduld en vriendelijkheid.':
    'Je leert zien wat iemand nodig heeft. Je oefent om rustig en vriendelijk te blijven.',
  'Zelf aan de slag': 'Zelf aan het werk',
  'Je leert een taak alleen te doen. Je weet ook wanneer je hulp vraagt.':
    'Je leert een taak alleen doen. Je leert ook: wanneer vraag ik hulp?',
  'Sta voor je werk': 'Eerlijk en goed werken',
  'Je leert eerlijk te zijn over fouten. Je maakt je taak goed af.':
    'Je leert eerlijk zeggen als je een fout maakt. Je maakt je taak goed af.',
  'Precies werken': 'Precies werken',
  'Je leert je eigen werk na te kijken. Zo vind je fouten op tijd.':
    'Je leert je eigen werk nakijken. Zo vind je fouten op tijd.',
  'Veilig aan het werk': 'Veilig aan het werk',
  'Je leert gevaar te zien en te melden. Je kent de belangrijkste regels.':
    'Je leert gevaar zien en het zeggen. Je leert de belangrijkste regels.',
  'Je werkdag plannen': 'Je werkdag plannen',
  'Je leert wat eerst moet en wat later kan. Je maakt een eigen dagplan.':
    'Je leert wat eerst moet en wat later kan. Je maakt een plan voor je dag.',
  'Oplossingen bedenken': 'Oplossingen bedenken',
  'Je oefent met kleine problemen op het werk. Je leert stap voor stap een oplossing vinden.':
    'Je oefent met kleine problemen op het werk. Je leert stap voor stap een oplossing vinden.',
  'Omgaan met verandering': 'Als je werk verandert',
  'Je leert wat je kunt doen als je werk verandert. Zo blijf je rustig.':
    'Je werk verandert. Wat kun je dan doen? Dat leer je hier. Zo blijf je rustig.',
  'Leren op het werk': 'Leren op het werk',
  'Je leert goede vragen stellen. Je gebruikt tips van collega’s.':
    'Je leert goede vragen stellen. Je gebruikt tips van collega’s.',
  Volhouden: 'Niet opgeven',
  'Je leert een taak af te maken, ook als het tegenzit.': 'Je leert een taak afmaken. Ook als het moeilijk gaat.',
  'Rustig blijven als het druk is': 'Rustig blijven als het druk is',
  'Je leert wat je doet als het druk is: rustig ademen, kiezen en doorgaan.':
    'Het is druk. Wat doe je dan? Je leert rustig ademen. Je kiest wat eerst moet. En je gaat door.',
  'Zelf beginnen': 'Zelf beginnen',
  'Je leert zien wat er moet gebeuren. Je pakt het op zonder te wachten.':
    'Je leert zien wat er moet gebeuren. Je begint zelf, zonder te wachten.',
  'Afspraak is afspraak': 'Afspraak is afspraak',
  'Je leert afspraken na te komen. Je oefent wat je doet als iets niet lukt.':
    'Je leert doen wat je afspreekt. Je oefent: wat doe je als iets niet lukt?',
  'Nederlands voor je werk': 'Nederlands voor je werk',
  'Je oefent gratis met praten en luisteren op het werk. Je kunt thuis oefenen.':
    'Je oefent met praten en luisteren op het werk. Het is gratis. Je kunt thuis oefenen.',
  'Rekenen voor je werk': 'Rekenen voor je werk',
  'Je oefent met meten, tellen en geld. Zo werk je preciezer.':
    'Je oefent met meten, tellen en geld. Zo werk je preciezer.',
  'Plannen en afspraken maken': 'Plannen en afspraken maken',
  'Je oefent met een agenda en met afspraken. Zo ben je op tijd.':
    'Je oefent met een agenda en met afspraken. Zo ben je op tijd.',
  'Leren met de computer': 'Leren met de computer',
  'Je leert in je eigen tempo op de computer of telefoon. Je kiest zelf wat je oefent.':
    'Je leert op de computer of je telefoon. Je gaat zo snel als jij wilt. Je kiest zelf wat je oefent.',
  'Gesprekken met klanten': 'Praten met klanten',
  'Je oefent korte gesprekken met klanten. Je leert hoe je aardig iets vraagt en zegt.':
    'Je oefent korte gesprekken met klanten. Je leert iets aardig vragen en zeggen.',
  'Entree: werken in een team': 'Entree: werken in een team',
  'Je leert samenwerken, op tijd komen en vragen stellen. Je oefent in de les en in de praktijk.':
    'Je leert samenwerken, op tijd komen en vragen stellen. Je oefent in de les en op het werk.',
  'Communicatie op de werkvloer': 'Praten op je werk',
  'Je leert je woorden aan te passen aan de ander. Je oefent met rollenspellen.':
    'Je leert woorden kiezen die passen bij de ander. Je speelt gesprekken na.',
  'Klantgericht werken in winkel en horeca': 'Klanten helpen in winkel en horeca',
  'Je leert klanten goed helpen. Je oefent ook met klachten.':
    'Je leert klanten goed helpen. Je oefent ook met klachten.',
  'Basis zorg en welzijn': 'Basis zorg en welzijn',
  'Je leert goed zorgen voor cliënten. Je leert ook wat je meldt en aan wie.':
    'Je leert goed zorgen voor mensen. Je leert ook: wat vertel je, en aan wie?',
  'Werken met een zorgplan': 'Werken met een zorgplan',
  'Je leert werken met een zorgplan. Je plant je zorg en je neemt verantwoordelijkheid.':
    'Je leert werken met een zorgplan. Je plant je werk. En je doet wat je moet doen.',
  'Storingen zoeken in de techniek': 'Storingen zoeken in de techniek',
  'Je leert stap voor stap zoeken waar een storing vandaan komt. Je werkt precies.':
    'Iets werkt niet. Je leert stap voor stap zoeken waarom. Je werkt precies.',
  'Leren en werken tegelijk (BBL)': 'Leren en werken tegelijk (BBL)',
  'Je werkt bij een leerbedrijf en gaat één dag per week naar school. Zo haal je een mbo-diploma.':
    'Je werkt bij een bedrijf en leert daar. Je gaat ook 1 dag per week naar school. Zo haal je een mbo-diploma.',
  'Eerste monteur: werk verdelen': 'Eerste monteur: werk verdelen',
  'Je leert het werk voor een kleine ploeg te plannen. Je leert collega’s helpen en aansturen.':
    'Je leert het werk plannen voor een kleine ploeg. Je helpt collega’s en zegt wat ze moeten doen.',
  'Klantgericht werken': 'Goed helpen van klanten',
  'Je leert vragen wat een klant wil. Je oefent ook met een klant die boos is.':
    'Je leert vragen: wat wil de klant? Je oefent ook met een boze klant.',
  'Zorgzaam werken': 'Zorgen voor een ander',
  'Je leert zien wat een ander nodig heeft. Je oefent hoe je helpt zonder alles over te nemen.':
    'Je leert zien wat een ander nodig heeft. Je oefent helpen. Je neemt niet alles over.',
  'Verantwoordelijkheid nemen': 'Zorgen dat je werk af is',
  'Je leert je werk af te maken. Je oefent hoe je zegt dat er iets mis is gegaan.':
    'Je leert je werk af te maken. Ging er iets mis? Je oefent hoe je dat zegt.',
  'Nauwkeurig werken in de praktijk': 'Goed controleren',
  'Je leert je eigen werk te controleren. Je oefent met lijstjes en afspraken.':
    'Je leert je eigen werk te controleren. Je oefent met lijstjes en afspraken.',
  'Veilig werken in elk beroep': 'Veilig werken',
  'Je leert gevaar op tijd te zien. Je oefent wat je doet als het toch misgaat.':
    'Je leert gevaar op tijd te zien. Gaat het toch mis? Je oefent wat je dan doet.',
  'Plannen als het druk is': 'Plannen als het druk is',
  'Je leert je week te plannen. Je oefent wat je doet als er iets tussenkomt.':
    'Je leert je week te plannen. Komt er iets tussen? Je oefent wat je dan doet.',
  'Problemen oplossen op het werk': 'Problemen oplossen',
  'Je leert een probleem in stappen op te lossen. Je oefent met problemen uit je eigen werk.':
    'Je leert een probleem stap voor stap op te lossen. Je oefent met problemen uit je eigen werk.',
  'Afspraken maken en nakomen': 'Doen wat je afspreekt',
  'Je leert afspraken te maken die je kunt houden. Je oefent hoe je het zegt als iets niet lukt.':
    'Je leert afspraken maken die je kunt houden. Lukt iets niet? Je oefent hoe je dat zegt.',
  'Omgaan met stress op het werk': 'Stress op je werk',
  'Je leert wat druk met je doet. Je oefent hoe je kiest wat eerst moet.':
    'Je leert wat druk met je doet. Je oefent kiezen: wat moet eerst?',
  'Flexibel in je werk': 'Flexibel in je werk',
  'Je leert positief te blijven als je werk verandert. Je deelt tips met anderen.':
    'Je leert positief blijven als je werk verandert. Je geeft en krijgt tips.',
  'Initiatief nemen': 'Zelf met ideeën komen',
  'Je leert ideeën te geven om het werk beter te maken. Je oefent hoe je dat zegt.':
    'Je leert ideeën geven om het werk beter te maken. Je oefent hoe je dat zegt.',
  'Doelen stellen en volhouden': 'Een doel kiezen en doorgaan',
  'Je maakt een plan voor je eigen doel. Je leert doorgaan als het tegenzit.':
    'Je maakt een plan voor je eigen doel. Je leert doorgaan als het moeilijk is.',
  'Lastige gesprekken voeren': 'Moeilijke gesprekken',
  'Je oefent gesprekken die spannend zijn. Je leert rustig te blijven en goed te luisteren.':
    'Je oefent gesprekken die spannend zijn. Je leert rustig blijven en goed luisteren.',
  'Samenwerken met verschillende mensen': 'Samenwerken met verschillende mensen',
  'Je leert samenwerken met mensen die anders zijn dan jij. Je maakt samen afspraken.':
    'Je leert samenwerken met mensen die anders zijn. Je maakt samen afspraken.',
  'Ontdek hoe jij leert': 'Ontdek hoe jij leert',
  'Je ontdekt met een coach hoe jij het beste leert. Je maakt een eigen leerplan.':
    'Een coach helpt je. Je ontdekt hoe jij het beste leert. Je maakt een eigen plan om te leren.',
  'Meewerkweek op de bouwplaats': 'Een week meewerken in de bouw',
  'Je werkt een week mee in een bouwploeg. Je leert veilig werken en samenwerken.':
    'Je werkt een week mee in een bouwploeg. Je leert veilig werken en samenwerken.',
  'Inwerken in de keuken': 'Beginnen in de keuken',
  'Je werkt mee in een restaurantkeuken. Je leert snel en schoon werken, ook als het druk is.':
    'Je werkt mee in de keuken van een restaurant. Je leert snel en schoon werken. Ook als het druk is.',
  'Leerwerkplek in het magazijn': 'Leren en werken in het magazijn',
  'Je werkt in een magazijn met een vaste begeleider. Je leert precies werken en je houden aan de planning.':
    'Je werkt in een magazijn. Een vaste begeleider helpt je. Je leert precies werken. En je houdt je aan de planning.',
  'Werken met een buddy in de zorg': 'Werken met een buddy in de zorg',
  'Je werkt samen met een ervaren collega. Je leert goed zorgen en opletten.':
    'Je werkt samen met een ervaren collega. Je leert goed zorgen en opletten.',
  'Leerwerkplek servicemonteur': 'Leren en werken als servicemonteur',
  'Je gaat mee naar klanten en lost storingen op. Later doe je dat alleen.':
    'Je gaat mee naar klanten. Je maakt dingen die niet werken. Later doe je dat alleen.',
  'Meewerken in de winkel': 'Meewerken in de winkel',
  'Je werkt mee in een winkel. Je helpt klanten en ziet zelf wat er moet gebeuren.':
    'Je werkt mee in een winkel. Je helpt klanten. Je ziet zelf wat er moet gebeuren.',
  'Meerijden met een ervaren chauffeur': 'Meerijden met een ervaren chauffeur',
  'Je rijdt mee en leert de vaste ritten. Je leert op tijd en veilig leveren.':
    'Je rijdt mee en leert de vaste ritten. Je leert op tijd en veilig leveren.',
  'Groeien naar meewerkend voorman': 'Meewerkend voorman worden',
  'Je leert een ploeg aan te sturen terwijl je meewerkt. Je start zelf verbeteringen.':
    'Je leert een ploeg leiden. Je werkt zelf ook mee. Je bedenkt zelf hoe het beter kan.',
  'VCA Basis': 'VCA Basis',
  'Je leert veilig werken op de bouwplaats en in de techniek. Je sluit af met een examen.':
    'Je leert veilig werken in de bouw en de techniek. Aan het eind doe je een examen.',
  'VCA VOL voor leidinggevenden': 'VCA VOL voor leidinggevenden',
  'Je leert zorgen voor de veiligheid van je ploeg. Je leert collega’s aan te spreken.':
    'Je leert zorgen dat je ploeg veilig werkt. Doet een collega iets fout? Je leert dat te zeggen.',
  Heftruckcertificaat: 'Heftruckcertificaat',
  'Je leert veilig rijden met een heftruck. Je oefent met laden en lossen.':
    'Je leert veilig rijden met een heftruck. Je oefent met laden en lossen.',
  'Hygiëne in de keuken': 'Schoon werken in de keuken',
  'Je leert schoon en veilig werken met eten. Je kent de regels voor hygiëne.':
    'Je leert schoon en veilig werken met eten. Je leert de regels om schoon te werken.',
  'EHBO-diploma': 'EHBO-diploma',
  'Je leert eerste hulp geven bij een ongeluk. Je leert rustig te blijven.':
    'Je leert eerste hulp geven bij een ongeluk. Je leert rustig blijven.',
  'Veilig werken op hoogte': 'Veilig werken op hoogte',
  'Je leert veilig werken op een ladder, steiger of dak. Je oefent met een harnas.':
    'Je leert veilig werken op een ladder, steiger of dak. Je oefent met een harnas.',
  'Code 95-nascholing': 'Code 95-nascholing',
  'Je volgt een dag les voor je rijbewijs als chauffeur. Je leert veilig en slim plannen.':
    'Je krijgt 1 dag les. Het is voor je rijbewijs als chauffeur. Je leert veilig en slim plannen.',
};
export default a2;
