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
