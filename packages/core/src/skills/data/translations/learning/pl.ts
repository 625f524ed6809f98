/**
 * Polish: the micro-lessons and the learning offers of the skill language (#25), keyed by the Dutch
 * source. Written for meaning at B1. Not yet reviewed by a native speaker.
 */
import type { Catalogue } from '../../../../text.js';

const pl: Catalogue = {
  'Afspraken nakomen': 'Dotrzymywanie ustaleń',
  'Op je werk maak je elke dag afspraken. Over je tijden, je taken en je pauze. Je collega’s rekenen erop dat je doet wat je zegt.':
    'W pracy codziennie coś ustalasz. Na przykład godziny, zadania i przerwę. Koledzy liczą na to, że zrobisz, co mówisz.',
  'Soms lukt een afspraak niet. Je bent ziek of de bus is te laat. Dat kan gebeuren. Zeg het dan zo snel als je kunt.':
    'Czasem nie możesz dotrzymać ustalenia. Jesteś chory albo autobus się spóźnia. To się zdarza. Powiedz wtedy o tym jak najszybciej.',
  'Je bus rijdt niet. Je begint over tien minuten. Wat doe je?':
    'Twój autobus nie jedzie. Zaczynasz pracę za dziesięć minut. Co robisz?',
  'Ik bel nu mijn leidinggevende.': 'Teraz dzwonię do mojego przełożonego.',
  'Zo weet je leidinggevende het op tijd. Dan kan hij het werk anders regelen.':
    'Tak twój przełożony wie o tym na czas. Wtedy może inaczej zorganizować pracę.',
  'Ik leg het uit als ik er ben.': 'Wytłumaczę to, kiedy dotrę na miejsce.',
  'Dan wacht iedereen op jou. Ze weten niet of je nog komt. Bel liever meteen.':
    'Wtedy wszyscy na ciebie czekają. Nie wiedzą, czy jeszcze przyjdziesz. Lepiej od razu zadzwoń.',
  'Tip: schrijf je afspraken op. In je telefoon of in een boekje. Kijk elke ochtend even wat je die dag hebt beloofd.':
    'Wskazówka: zapisuj swoje ustalenia. W telefonie albo w notesie. Każdego rana sprawdź, co obiecałeś na ten dzień.',
  'Veilig werken': 'Bezpieczna praca',
  'Veilig werken is meer dan een helm dragen. Je kijkt goed om je heen. Je ziet gevaar voordat er iets gebeurt.':
    'Bezpieczna praca to coś więcej niż noszenie kasku. Uważnie rozglądasz się wokół. Widzisz zagrożenie, zanim coś się stanie.',
  'Zie je iets dat niet veilig is? Stop dan even. Maak het veilig of zeg het tegen je leidinggevende. Ook als het haast heeft.':
    'Widzisz coś, co nie jest bezpieczne? Wtedy na chwilę przerwij. Usuń zagrożenie albo powiedz o nim przełożonemu. Nawet gdy jest pośpiech.',
  'Een ladder staat scheef. Je moet snel iets pakken op de bovenste plank. Wat doe je?':
    'Drabina stoi krzywo. Musisz szybko coś wziąć z górnej półki. Co robisz?',
  'Ik zet de ladder eerst goed neer.': 'Najpierw dobrze ustawiam drabinę.',
  'Dat kost een halve minuut. Een val kost veel meer.': 'To zajmuje pół minuty. Upadek kosztuje dużo więcej.',
  'Ik klim snel en houd me goed vast.': 'Szybko wchodzę i mocno się trzymam.',
  'Ook als je je vasthoudt, kan de ladder wegglijden. Zet hem eerst goed neer.':
    'Nawet gdy się trzymasz, drabina może się zsunąć. Najpierw dobrze ją ustaw.',
  'Tip: vraag bij een nieuwe taak wat de gevaren zijn. Een goede collega legt het graag uit.':
    'Wskazówka: przy nowym zadaniu zapytaj, jakie są zagrożenia. Dobry kolega chętnie to wyjaśni.',
  'Je werk plannen': 'Planowanie pracy',
  'Plannen is kiezen wat je eerst doet. Zo ben je op tijd klaar. En je vergeet niets.':
    'Planowanie to wybór, co robisz najpierw. Dzięki temu kończysz na czas. I o niczym nie zapominasz.',
  'Begin met een lijstje van wat je vandaag moet doen. Zet bij elke taak: moet dit vandaag af? Doe die taken eerst.':
    'Zacznij od listy tego, co musisz dziś zrobić. Przy każdym zadaniu zapisz: czy to musi być gotowe dziś? Te zadania zrób najpierw.',
  'Je hebt drie pakketten. Eén moet voor tien uur bezorgd zijn. Welke bezorg je eerst?':
    'Masz trzy paczki. Jedna musi być dostarczona przed dziesiątą. Którą dostarczasz najpierw?',
  'Het pakket dat voor tien uur moet.': 'Paczkę, która musi dotrzeć przed dziesiątą.',
  'Wat een tijd heeft, gaat voor. Daarna kies je de kortste route.':
    'To, co ma termin, idzie pierwsze. Potem wybierasz najkrótszą trasę.',
  'Het pakket dat het dichtstbij is.': 'Paczkę, która jest najbliżej.',
  'Dat lijkt slim. Maar dan kan het andere pakket te laat komen. Kijk eerst naar de tijd.':
    'To wydaje się mądre. Ale wtedy tamta paczka może dotrzeć za późno. Najpierw patrz na godzinę.',
  'Tip: loopt je planning uit? Zeg het op tijd. Dan kan iemand je helpen of iets anders regelen.':
    'Wskazówka: nie zdążasz z planem? Powiedz o tym na czas. Wtedy ktoś może ci pomóc albo coś inaczej zorganizować.',
  'Een klant goed helpen': 'Jak dobrze pomóc klientowi',
  'Een klant wil zich welkom voelen. Kijk de klant aan en groet. Vraag dan wat je kunt doen.':
    'Klient chce czuć się mile widziany. Spójrz na klienta i przywitaj się. Potem zapytaj, w czym możesz pomóc.',
  'Luister eerst goed. Vraag door als je het niet zeker weet. Zo help je de klant met wat hij echt nodig heeft.':
    'Najpierw dobrze słuchaj. Dopytaj, jeśli nie masz pewności. Tak pomagasz klientowi w tym, czego naprawdę potrzebuje.',
  'Een klant is boos. Zijn nieuwe lamp doet het niet. Wat zeg je eerst?':
    'Klient jest zły. Jego nowa lampa nie działa. Co mówisz najpierw?',
  '"Vervelend voor u. Laat maar zien, dan kijken we samen."': '„To dla pana przykre. Proszę pokazać, razem zobaczymy.”',
  'Je laat zien dat je de klant hoort. Dan wordt hij vaak rustiger.':
    'Pokazujesz klientowi, że go słyszysz. Wtedy często się uspokaja.',
  '"Dat ligt vast niet aan de lamp."': '„To pewnie nie wina lampy.”',
  'Dan voelt de klant zich niet gehoord. Luister eerst en kijk samen.':
    'Wtedy klient nie czuje się wysłuchany. Najpierw posłuchaj i sprawdźcie razem.',
  'Samenwerken met je collega’s': 'Współpraca z kolegami',
  'Samen kun je meer dan alleen. Maar dan moet je wel weten wie wat doet. Spreek dat aan het begin af.':
    'Razem możesz więcej niż sam. Ale wtedy musisz wiedzieć, kto co robi. Ustal to na początku.',
  'Ben je klaar met je eigen taak? Vraag dan of een collega hulp nodig heeft. Zo is het werk sneller af.':
    'Skończyłeś swoje zadanie? Wtedy zapytaj, czy kolega potrzebuje pomocy. Dzięki temu praca szybciej się kończy.',
  'Jij en een collega zijn het oneens over hoe iets moet. Wat doe je?':
    'Ty i kolega nie zgadzacie się, jak coś zrobić. Co robisz?',
  'We zeggen allebei waarom. Dan kiezen we samen.': 'Każdy z nas mówi, dlaczego tak myśli. Potem wybieramy razem.',
  'Zo hoor je elkaar. Lukt het niet, vraag dan je leidinggevende.':
    'Tak wysłuchujecie się nawzajem. Jeśli się nie uda, zapytaj przełożonego.',
  'Ik doe het gewoon op mijn manier.': 'Po prostu robię to po swojemu.',
  'Dan doet ieder iets anders. Praat het eerst uit.': 'Wtedy każdy robi coś innego. Najpierw porozmawiajcie o tym.',
  'Nauwkeurig werken': 'Dokładna praca',
  'Nauwkeurig werken is het in één keer goed doen. Dan hoeft niemand het over te doen.':
    'Dokładna praca to zrobienie czegoś dobrze za pierwszym razem. Wtedy nikt nie musi robić tego od nowa.',
  'Kijk je werk na voordat je zegt dat het klaar is. Loop de stappen nog een keer langs. Klopt alles?':
    'Sprawdź swoją pracę, zanim powiesz, że jest gotowa. Przejdź jeszcze raz przez wszystkie kroki. Czy wszystko się zgadza?',
  'Je moet twintig dozen tellen. Je bent bijna klaar en het is bijna pauze. Wat doe je?':
    'Musisz policzyć dwadzieścia pudeł. Prawie kończysz i zaraz jest przerwa. Co robisz?',
  'Ik tel rustig af en kijk het na.': 'Spokojnie liczę do końca i sprawdzam.',
  'Een fout vinden kost later veel meer tijd.': 'Szukanie błędu później zajmuje dużo więcej czasu.',
  'Ik schat de laatste dozen.': 'Ostatnie pudła liczę na oko.',
  'Dan klopt de telling misschien niet. Tel liever af, ook als het pauze is.':
    'Wtedy wynik może się nie zgadzać. Lepiej policz do końca, nawet gdy jest przerwa.',
  'Duidelijk communiceren': 'Jasne porozumiewanie się',
  'Communiceren is praten en luisteren. Je zegt duidelijk wat je bedoelt. En je kijkt of de ander je begrijpt.':
    'Porozumiewanie się to mówienie i słuchanie. Mówisz jasno, o co ci chodzi. I sprawdzasz, czy druga osoba cię rozumie.',
  'Heb je iets niet goed gehoord of begrepen? Zeg dat dan meteen. Vraag het gewoon nog een keer.':
    'Czegoś dobrze nie usłyszałeś albo nie zrozumiałeś? Powiedz to od razu. Po prostu zapytaj jeszcze raz.',
  'Er is veel lawaai op de bouw. Een collega roept iets naar je. Je verstaat het niet. Wat doe je?':
    'Na budowie jest dużo hałasu. Kolega coś do ciebie woła. Nie słyszysz, co mówi. Co robisz?',
  'Ik loop naar hem toe en vraag het nog een keer.': 'Podchodzę do niego i pytam jeszcze raz.',
  'Zo weet je zeker wat hij bedoelt. Op de bouw kan een misverstand gevaarlijk zijn.':
    'Wtedy wiesz na pewno, o co mu chodzi. Na budowie nieporozumienie może być niebezpieczne.',
  'Ik steek mijn duim op en werk door.': 'Podnoszę kciuk i pracuję dalej.',
  'Dan weet je niet wat hij zei. Misschien was het belangrijk. Vraag het liever nog een keer.':
    'Wtedy nie wiesz, co powiedział. Może to było ważne. Lepiej zapytaj jeszcze raz.',
  'Tip: geef je een boodschap door? Zeg dan wie, wat en wanneer. Laat de ander het kort herhalen.':
    'Wskazówka: przekazujesz wiadomość? Powiedz, kto, co i kiedy. Poproś drugą osobę, żeby krótko ją powtórzyła.',
  'Goed zorgen voor een ander': 'Dobra opieka nad drugą osobą',
  'Zorgzaam zijn is letten op een ander. Wat kan iemand zelf? En waar wil hij hulp bij?':
    'Troskliwość to zwracanie uwagi na drugą osobę. Co ktoś może zrobić sam? A w czym chce pomocy?',
  'Help niet te snel. Veel mensen doen graag zelf wat ze kunnen. Vraag eerst of iemand hulp wil.':
    'Nie pomagaj za szybko. Wiele osób lubi samodzielnie robić to, co potrafi. Najpierw zapytaj, czy ktoś chce pomocy.',
  'Meneer Jansen wil naar buiten. Hij doet zelf zijn jas aan. Het gaat langzaam. Wat doe je?':
    'Pan Jansen chce wyjść na zewnątrz. Sam zakłada kurtkę. Idzie mu to powoli. Co robisz?',
  'Ik wacht rustig en vraag of hij hulp wil.': 'Spokojnie czekam i pytam, czy chce pomocy.',
  'Zo doet hij zelf wat hij kan. En hij kiest zelf of hij hulp krijgt.':
    'Wtedy robi sam to, co potrafi. I sam decyduje, czy dostanie pomoc.',
  'Ik doe snel zijn jas voor hem aan.': 'Szybko zakładam mu kurtkę.',
  'Dan gaat het sneller. Maar hij kan het zelf. Vraag eerst wat hij wil.':
    'Tak jest szybciej. Ale on umie to zrobić sam. Najpierw zapytaj, czego chce.',
  'Tip: noem iemand bij zijn naam. Zeg wat je gaat doen, voordat je het doet. Dan weet de ander wat er komt.':
    'Wskazówka: zwracaj się do kogoś po imieniu. Powiedz, co zrobisz, zanim to zrobisz. Wtedy ta osoba wie, co się stanie.',
  'Zelfstandig werken': 'Samodzielna praca',
  'Zelfstandig werken is je taak doen zonder dat iemand meekijkt. Je weet wat je moet doen. En je weet wanneer je hulp vraagt.':
    'Samodzielna praca to wykonywanie zadania, gdy nikt cię nie pilnuje. Wiesz, co masz zrobić. I wiesz, kiedy poprosić o pomoc.',
  'Gaat er iets anders dan gepland? Kijk eerst of je het zelf kunt regelen. Lukt dat niet? Vraag dan hulp.':
    'Coś idzie inaczej, niż było w planie? Najpierw sprawdź, czy możesz to załatwić sam. Nie da się? Wtedy poproś o pomoc.',
  'Je maakt alleen hotelkamers schoon. In een kamer liggen geen handdoeken. Je weet waar ze liggen. Wat doe je?':
    'Sam sprzątasz pokoje hotelowe. W jednym pokoju nie ma ręczników. Wiesz, gdzie leżą. Co robisz?',
  'Ik haal zelf handdoeken en werk verder.': 'Sam przynoszę ręczniki i pracuję dalej.',
  'Dit kun je zelf oplossen. Zo is de kamer op tijd klaar voor de gast.':
    'To możesz rozwiązać sam. Dzięki temu pokój będzie na czas gotowy dla gościa.',
  'Ik wacht tot mijn leidinggevende langskomt.': 'Czekam, aż przyjdzie mój przełożony.',
  'Dan ligt je werk stil. Zoiets kleins kun je vaak zelf regelen.':
    'Wtedy twoja praca stoi. Taką drobną sprawę często możesz załatwić sam.',
  'Tip: wist je iets niet zeker? Schrijf het op. Vraag het aan het eind van de dag. Dan weet je het de volgende keer.':
    'Wskazówka: czegoś nie byłeś pewien? Zapisz to. Zapytaj o to pod koniec dnia. Wtedy następnym razem będziesz wiedzieć.',
  'Staan voor je werk': 'Odpowiedzialność za swoją pracę',
  'Verantwoordelijkheid nemen is zorgen voor je werk. Je maakt je taak goed af. En je gaat zuinig om met je spullen.':
    'Branie odpowiedzialności to dbanie o swoją pracę. Dobrze kończysz swoje zadanie. I szanujesz swoje rzeczy.',
  'Iedereen maakt wel eens een fout. Dat is niet erg. Zeg het dan eerlijk. Dan kan het snel worden opgelost.':
    'Każdy czasem popełnia błąd. To nic złego. Powiedz wtedy o tym szczerze. Wtedy można to szybko naprawić.',
  'Je laat een doos met glazen vallen. Er zijn er twee kapot. Niemand heeft het gezien. Wat doe je?':
    'Upuszczasz karton ze szklankami. Dwie są stłuczone. Nikt tego nie widział. Co robisz?',
  'Ik zeg het tegen mijn leidinggevende.': 'Mówię o tym przełożonemu.',
  'Zo weet iedereen wat er is gebeurd. En de klant krijgt geen kapotte glazen.':
    'Wtedy wszyscy wiedzą, co się stało. A klient nie dostanie stłuczonych szklanek.',
  'Ik zet de doos gewoon terug in het rek.': 'Po prostu odkładam karton z powrotem na regał.',
  'Dan vindt iemand anders de kapotte glazen. Of een klant. Zeg het liever, dan kan het worden opgelost.':
    'Wtedy ktoś inny znajdzie stłuczone szklanki. Albo klient. Lepiej o tym powiedz, wtedy można to naprawić.',
  'Tip: ben je klaar? Kijk dan nog even om je heen. Is alles opgeruimd? Staat alles weer op zijn plek?':
    'Wskazówka: skończyłeś? Rozejrzyj się jeszcze raz. Czy wszystko jest posprzątane? Czy wszystko leży na swoim miejscu?',
  'Een probleem oplossen': 'Rozwiązywanie problemu',
  'Op je werk gaat wel eens iets mis. Een machine doet het niet. Of er ontbreekt iets. Dan zoek je een oplossing.':
    'W pracy czasem coś idzie nie tak. Maszyna nie działa. Albo czegoś brakuje. Wtedy szukasz rozwiązania.',
  'Ga stap voor stap. Wat is er precies mis? Probeer eerst het makkelijkste. Lukt het niet? Meld het dan.':
    'Działaj krok po kroku. Co dokładnie jest nie tak? Najpierw spróbuj najprostszego. Nie działa? Wtedy to zgłoś.',
  'Je maakt schoon bij een klant thuis. De stofzuiger doet het ineens niet meer. Wat doe je eerst?':
    'Sprzątasz w domu klienta. Odkurzacz nagle przestaje działać. Co robisz najpierw?',
  'Ik kijk of de stekker goed in het stopcontact zit.': 'Sprawdzam, czy wtyczka dobrze siedzi w gniazdku.',
  'Begin bij het makkelijkste. Vaak is dat al de oplossing. Werkt hij dan nog niet? Meld het.':
    'Zacznij od najprostszego. Często to już jest rozwiązanie. Dalej nie działa? Zgłoś to.',
  'Ik zeg tegen de klant dat de stofzuiger kapot is.': 'Mówię klientowi, że odkurzacz jest zepsuty.',
  'Misschien is er niets kapot. Kijk eerst zelf naar het makkelijkste. Dan weet je meer.':
    'Może nic się nie zepsuło. Najpierw sam sprawdź najprostszą rzecz. Wtedy będziesz wiedzieć więcej.',
  'Tip: komt hetzelfde probleem vaak terug? Zeg het dan tegen je leidinggevende. Samen kun je kijken hoe het beter kan.':
    'Wskazówka: ten sam problem często wraca? Powiedz o tym przełożonemu. Razem możecie zobaczyć, jak to poprawić.',
  'Flexibel zijn': 'Elastyczność',
  'Op je werk verandert er vaak iets. Een andere taak, een andere plek of een nieuwe collega. Flexibel zijn is daar goed mee omgaan.':
    'W pracy często coś się zmienia. Inne zadanie, inne miejsce albo nowy kolega. Elastyczność to dobre radzenie sobie z tym.',
  'Aan iets nieuws moet je even wennen. Dat is normaal. Vraag wat je moet weten. En probeer het gewoon.':
    'Do czegoś nowego trzeba się trochę przyzwyczaić. To normalne. Zapytaj, co musisz wiedzieć. I po prostu spróbuj.',
  'Je vult meestal de schappen. Vandaag is het druk bij de kassa. Je leidinggevende vraagt of je daar helpt. Wat doe je?':
    'Zwykle wykładasz towar na półki. Dziś przy kasie jest duży ruch. Przełożony pyta, czy tam pomożesz. Co robisz?',
  'Ik ga helpen en vraag wat ik moet weten.': 'Idę pomóc i pytam, co muszę wiedzieć.',
  'Zo help je het team waar het nodig is. En je leert er iets nieuws bij.':
    'Tak pomagasz zespołowi tam, gdzie trzeba. I uczysz się czegoś nowego.',
  'Ik zeg dat ik liever bij de schappen blijf.': 'Mówię, że wolę zostać przy półkach.',
  'De schappen ken je goed, dat is fijn. Maar nu heeft het team je bij de kassa nodig.':
    'Dobrze znasz półki i to jest w porządku. Ale teraz zespół potrzebuje cię przy kasie.',
  'Tip: verandert er iets? Vraag waarom. Als je de reden weet, is het vaak makkelijker.':
    'Wskazówka: coś się zmienia? Zapytaj dlaczego. Kiedy znasz powód, często jest łatwiej.',
  'Iets nieuws leren': 'Uczenie się czegoś nowego',
  'Op je werk leer je steeds iets nieuws. Een nieuwe taak of een nieuwe machine. Niemand kan alles meteen.':
    'W pracy ciągle uczysz się czegoś nowego. Nowego zadania albo nowej maszyny. Nikt nie umie wszystkiego od razu.',
  'Kijk goed als iemand iets voordoet. Doe het daarna zelf, terwijl die persoon kijkt. Zo kan die persoon je meteen helpen.':
    'Patrz uważnie, kiedy ktoś coś pokazuje. Potem zrób to sam, gdy ta osoba patrzy. Wtedy może ci od razu pomóc.',
  'Een collega laat zien hoe de nieuwe boormachine werkt. Hij doet het één keer voor. Wat doe je?':
    'Kolega pokazuje, jak działa nowa wiertarka. Pokazuje to jeden raz. Co robisz?',
  'Ik vraag of ik het zelf mag doen terwijl hij kijkt.': 'Pytam, czy mogę to zrobić sam, a on popatrzy.',
  'Zo zie je meteen of je het goed doet. En je collega kan je tips geven.':
    'Wtedy od razu widzisz, czy robisz to dobrze. A kolega może dać ci wskazówki.',
  'Ik zeg dat ik het snap en probeer het later alleen.': 'Mówię, że rozumiem, i próbuję później sam.',
  'Dan gaat het misschien mis als niemand kijkt. Oefen liever eerst samen.':
    'Wtedy coś może pójść źle, kiedy nikt nie patrzy. Lepiej najpierw poćwicz razem z kimś.',
  'Tip: schrijf de stappen op in je eigen woorden. Dan kun je het later nog eens nalezen.':
    'Wskazówka: zapisz kroki własnymi słowami. Wtedy możesz je później jeszcze raz przeczytać.',
  Doorzetten: 'Wytrwałość',
  'Sommig werk is zwaar of saai. Of het lukt niet meteen. Doorzetten is dan toch doorgaan.':
    'Niektóre prace są ciężkie albo nudne. Albo coś nie wychodzi od razu. Wytrwałość to mimo to iść dalej.',
  'Een grote klus lijkt soms eindeloos. Maak er kleine stukjes van. Na elk stukje zie je dat je opschiet.':
    'Duża robota czasem wydaje się nie mieć końca. Podziel ją na małe części. Po każdej części widzisz, że idziesz do przodu.',
  'Je moet een grote bak aardappels schillen. Na een half uur ben je pas op de helft. Wat doe je?':
    'Musisz obrać dużą miskę ziemniaków. Po pół godzinie jesteś dopiero w połowie. Co robisz?',
  'Ik ga door. Af en toe kijk ik hoe ver ik ben.': 'Pracuję dalej. Co jakiś czas sprawdzam, ile już zrobiłem.',
  'Zo zie je dat je opschiet. Dan is het makkelijker om door te gaan.':
    'Wtedy widzisz, że idziesz do przodu. I łatwiej jest pracować dalej.',
  'Ik laat de rest staan voor een collega.': 'Zostawiam resztę koledze.',
  'Dan moet een collega het afmaken. Of het eten is niet op tijd klaar. Ga liever door, stukje voor stukje.':
    'Wtedy kolega musi to skończyć. Albo jedzenie nie będzie gotowe na czas. Lepiej pracuj dalej, kawałek po kawałku.',
  'Tip: lukt iets niet de eerste keer? Kijk wat er misging. Probeer het dan nog een keer. Vraag een tip als je vastloopt.':
    'Wskazówka: coś nie wyszło za pierwszym razem? Zobacz, co poszło źle. Potem spróbuj jeszcze raz. Poproś o radę, jeśli utkniesz.',
  'Rustig werken als het druk is': 'Spokojna praca, gdy jest dużo do zrobienia',
  'Soms is het heel druk op je werk. Veel gasten, veel bestellingen en weinig tijd. Dat hoort bij veel banen.':
    'Czasem w pracy jest bardzo duży ruch. Dużo gości, dużo zamówień i mało czasu. Tak bywa w wielu zawodach.',
  'Is het druk? Doe één ding tegelijk. Kies wat eerst moet. En vraag hulp als het te veel wordt.':
    'Jest duży ruch? Rób jedną rzecz naraz. Wybierz, co trzeba zrobić najpierw. I poproś o pomoc, jeśli jest tego za dużo.',
  'Het is zaterdagavond. Drie tafels willen bestellen. In de keuken staat ook warm eten klaar. Wat doe je?':
    'Jest sobotni wieczór. Trzy stoliki chcą złożyć zamówienie. W kuchni czeka też gotowe ciepłe jedzenie. Co robisz?',
  'Ik zeg tegen de tafels dat ik zo kom. Dan breng ik eerst het eten.':
    'Mówię przy stolikach, że zaraz podejdę. Potem najpierw zanoszę jedzenie.',
  'Warm eten kan niet lang wachten. En de gasten weten dat je zo komt.':
    'Ciepłe jedzenie nie może długo czekać. A goście wiedzą, że zaraz podejdziesz.',
  'Ik neem eerst alle bestellingen op. Het eten wacht wel.':
    'Najpierw przyjmuję wszystkie zamówienia. Jedzenie poczeka.',
  'Dan wordt het eten koud. Breng het eerst. Zeg tegen de gasten dat je zo komt.':
    'Wtedy jedzenie wystygnie. Zanieś je najpierw. Powiedz gościom, że zaraz podejdziesz.',
  'Tip: wordt het je te veel? Zeg het tegen een collega of je leidinggevende. Dan kijken jullie samen wat eerst moet.':
    'Wskazówka: masz tego za dużo? Powiedz o tym koledze albo przełożonemu. Wtedy razem zobaczycie, co trzeba zrobić najpierw.',
  'Zelf iets oppakken': 'Brać sprawy w swoje ręce',
  'Initiatief nemen is zelf iets oppakken. Je wacht niet tot iemand het vraagt. Je ziet wat er moet gebeuren.':
    'Inicjatywa to samodzielne branie się do działania. Nie czekasz, aż ktoś poprosi. Widzisz, co trzeba zrobić.',
  'Ben je klaar met je werk? Kijk dan om je heen. Is er iets wat je kunt doen? Vraag of je kunt helpen.':
    'Skończyłeś swoją pracę? Rozejrzyj się. Czy jest coś, co możesz zrobić? Zapytaj, czy możesz pomóc.',
  'Je bent eerder klaar met je rit. Je collega’s laden nog bussen in. Wat doe je?':
    'Wcześniej skończyłeś trasę. Koledzy jeszcze ładują busy. Co robisz?',
  'Ik vraag of ik kan helpen met inladen.': 'Pytam, czy mogę pomóc przy ładowaniu.',
  'Je ziet wat er moet gebeuren en biedt hulp aan. Zo is iedereen eerder klaar.':
    'Widzisz, co trzeba zrobić, i proponujesz pomoc. Dzięki temu wszyscy szybciej kończą.',
  'Ik wacht in de kantine tot iemand me iets vraagt.': 'Czekam w stołówce, aż ktoś mnie o coś poprosi.',
  'Dan blijft er werk liggen dat jij kunt doen. Kijk zelf wat er nodig is.':
    'Wtedy zostaje praca, którą możesz zrobić. Sam zobacz, co jest potrzebne.',
  'Tip: heb je een idee om het werk beter te doen? Vertel het aan je leidinggevende. Vaak zijn ze blij met een goed idee.':
    'Wskazówka: masz pomysł, jak lepiej wykonywać pracę? Powiedz o nim przełożonemu. Często cieszy się z dobrego pomysłu.',
  'Samenwerken op de bouwplaats': 'Współpraca na budowie',
  'Je leert hoe je afspraken maakt met je ploeg.': 'Uczysz się, jak robić ustalenia ze swoją ekipą.',
  'Duidelijk uitleggen': 'Jasne wyjaśnianie',
  'Je oefent met korte, duidelijke zinnen. Je leert ook goed luisteren.':
    'Ćwiczysz krótkie, jasne zdania. Uczysz się też dobrze słuchać.',
  'De klant centraal': 'Klient na pierwszym miejscu',
  'Je leert vragen wat een klant nodig heeft. Je oefent met echte situaties.':
    'Uczysz się pytać, czego klient potrzebuje. Ćwiczysz na prawdziwych sytuacjach z pracy.',
  'Aandacht voor een ander': 'Troska o drugą osobę',
  'Je leert zien wat iemand nodig heeft. Je oefent met geduld en vriendelijkheid.':
    'Uczysz się widzieć, czego ktoś potrzebuje. Ćwiczysz cierpliwość i życzliwość.',
  'Zelf aan de slag': 'Samodzielnie do pracy',
  'Je leert een taak alleen te doen. Je weet ook wanneer je hulp vraagt.':
    'Uczysz się robić zadanie sam. Wiesz też, kiedy prosić o pomoc.',
  'Sta voor je werk': 'Stój za swoją pracą',
  'Je leert eerlijk te zijn over fouten. Je maakt je taak goed af.':
    'Uczysz się szczerze mówić o błędach. Dobrze kończysz swoje zadanie.',
  'Precies werken': 'Precyzyjna praca',
  'Je leert je eigen werk na te kijken. Zo vind je fouten op tijd.':
    'Uczysz się sprawdzać swoją pracę. Tak znajdujesz błędy na czas.',
  'Veilig aan het werk': 'Bezpiecznie przy pracy',
  'Je leert gevaar te zien en te melden. Je kent de belangrijkste regels.':
    'Uczysz się widzieć i zgłaszać zagrożenia. Znasz najważniejsze zasady.',
  'Je werkdag plannen': 'Planowanie dnia pracy',
  'Je leert wat eerst moet en wat later kan. Je maakt een eigen dagplan.':
    'Uczysz się, co trzeba zrobić najpierw, a co może poczekać. Robisz własny plan dnia.',
  'Oplossingen bedenken': 'Wymyślanie rozwiązań',
  'Je oefent met kleine problemen op het werk. Je leert stap voor stap een oplossing vinden.':
    'Ćwiczysz na małych problemach w pracy. Uczysz się krok po kroku znaleźć rozwiązanie.',
  'Omgaan met verandering': 'Radzenie sobie ze zmianą',
  'Je leert wat je kunt doen als je werk verandert. Zo blijf je rustig.':
    'Uczysz się, co robić, gdy twoja praca się zmienia. Dzięki temu zostajesz spokojny.',
  'Leren op het werk': 'Nauka w pracy',
  'Je leert goede vragen stellen. Je gebruikt tips van collega’s.':
    'Uczysz się zadawać dobre pytania. Korzystasz z rad kolegów.',
  Volhouden: 'Nie poddawać się',
  'Je leert een taak af te maken, ook als het tegenzit.': 'Uczysz się kończyć zadanie, nawet gdy coś idzie źle.',
  'Rustig blijven als het druk is': 'Spokój, gdy jest dużo pracy',
  'Je leert wat je doet als het druk is: rustig ademen, kiezen en doorgaan.':
    'Uczysz się, co robić, gdy jest dużo pracy: spokojnie oddychać, wybierać i pracować dalej.',
  'Zelf beginnen': 'Zacznij sam',
  'Je leert zien wat er moet gebeuren. Je pakt het op zonder te wachten.':
    'Uczysz się widzieć, co trzeba zrobić. Bierzesz się za to bez czekania.',
  'Afspraak is afspraak': 'Co ustalone, to ustalone',
  'Je leert afspraken na te komen. Je oefent wat je doet als iets niet lukt.':
    'Uczysz się dotrzymywać ustaleń. Ćwiczysz, co robić, gdy coś się nie uda.',
  'Nederlands voor je werk': 'Niderlandzki w pracy',
  'Je oefent gratis met praten en luisteren op het werk. Je kunt thuis oefenen.':
    'Za darmo ćwiczysz mówienie i słuchanie w sytuacjach z pracy. Możesz ćwiczyć w domu.',
  'Rekenen voor je werk': 'Liczenie w pracy',
  'Je oefent met meten, tellen en geld. Zo werk je preciezer.':
    'Ćwiczysz mierzenie, liczenie i pracę z pieniędzmi. Dzięki temu pracujesz dokładniej.',
  'Plannen en afspraken maken': 'Planowanie i umawianie terminów',
  'Je oefent met een agenda en met afspraken. Zo ben je op tijd.':
    'Ćwiczysz korzystanie z kalendarza i umawianie terminów. Dzięki temu jesteś na czas.',
  'Leren met de computer': 'Nauka na komputerze',
  'Je leert in je eigen tempo op de computer of telefoon. Je kiest zelf wat je oefent.':
    'Uczysz się we własnym tempie na komputerze lub telefonie. Sam wybierasz, co ćwiczysz.',
  'Gesprekken met klanten': 'Rozmowy z klientami',
  'Je oefent korte gesprekken met klanten. Je leert hoe je aardig iets vraagt en zegt.':
    'Ćwiczysz krótkie rozmowy z klientami. Uczysz się, jak uprzejmie pytać i mówić.',
  'Entree: werken in een team': 'Entree (poziom startowy): praca w zespole',
  'Je leert samenwerken, op tijd komen en vragen stellen. Je oefent in de les en in de praktijk.':
    'Uczysz się współpracować, przychodzić na czas i zadawać pytania. Ćwiczysz na lekcjach i w praktyce.',
  'Communicatie op de werkvloer': 'Komunikacja w miejscu pracy',
  'Je leert je woorden aan te passen aan de ander. Je oefent met rollenspellen.':
    'Uczysz się dopasować słowa do drugiej osoby. Ćwiczysz przez odgrywanie scenek.',
  'Klantgericht werken in winkel en horeca': 'Obsługa klienta w sklepie i gastronomii',
  'Je leert klanten goed helpen. Je oefent ook met klachten.':
    'Uczysz się dobrze pomagać klientom. Ćwiczysz też radzenie sobie ze skargami.',
  'Basis zorg en welzijn': 'Podstawy opieki i pomocy społecznej',
  'Je leert goed zorgen voor cliënten. Je leert ook wat je meldt en aan wie.':
    'Uczysz się dobrze opiekować klientami. Uczysz się też, co zgłaszać i komu.',
  'Werken met een zorgplan': 'Praca z planem opieki',
  'Je leert werken met een zorgplan. Je plant je zorg en je neemt verantwoordelijkheid.':
    'Uczysz się pracować z planem opieki. Planujesz opiekę i bierzesz za nią odpowiedzialność.',
  'Storingen zoeken in de techniek': 'Szukanie usterek w technice',
  'Je leert stap voor stap zoeken waar een storing vandaan komt. Je werkt precies.':
    'Uczysz się krok po kroku szukać, skąd bierze się usterka. Pracujesz dokładnie.',
  'Leren en werken tegelijk (BBL)': 'Nauka i praca jednocześnie (BBL)',
  'Je werkt bij een leerbedrijf en gaat één dag per week naar school. Zo haal je een mbo-diploma.':
    'Pracujesz w firmie szkolącej i raz w tygodniu chodzisz do szkoły. Tak zdobywasz dyplom szkoły zawodowej MBO.',
  'Eerste monteur: werk verdelen': 'Starszy monter: podział pracy',
  'Je leert het werk voor een kleine ploeg te plannen. Je leert collega’s helpen en aansturen.':
    'Uczysz się planować pracę małej ekipy. Uczysz się pomagać kolegom i nimi kierować.',
  'Klantgericht werken': 'Praca z klientami',
  'Je leert vragen wat een klant wil. Je oefent ook met een klant die boos is.':
    'Uczysz się pytać, czego chce klient. Ćwiczysz też z klientem, który jest zły.',
  'Zorgzaam werken': 'Praca z troską',
  'Je leert zien wat een ander nodig heeft. Je oefent hoe je helpt zonder alles over te nemen.':
    'Uczysz się widzieć, czego potrzebuje inna osoba. Ćwiczysz pomaganie bez przejmowania wszystkiego.',
  'Verantwoordelijkheid nemen': 'Branie odpowiedzialności',
  'Je leert je werk af te maken. Je oefent hoe je zegt dat er iets mis is gegaan.':
    'Uczysz się kończyć swoją pracę. Ćwiczysz, jak powiedzieć, że coś poszło źle.',
  'Nauwkeurig werken in de praktijk': 'Dokładna praca',
  'Je leert je eigen werk te controleren. Je oefent met lijstjes en afspraken.':
    'Uczysz się sprawdzać swoją pracę. Ćwiczysz z listami i ustaleniami.',
  'Veilig werken in elk beroep': 'Bezpieczna praca w każdym zawodzie',
  'Je leert gevaar op tijd te zien. Je oefent wat je doet als het toch misgaat.':
    'Uczysz się widzieć zagrożenie na czas. Ćwiczysz, co robić, gdy coś jednak pójdzie źle.',
  'Plannen als het druk is': 'Planowanie, gdy jest dużo pracy',
  'Je leert je week te plannen. Je oefent wat je doet als er iets tussenkomt.':
    'Uczysz się planować swój tydzień. Ćwiczysz, co robić, gdy coś wypadnie.',
  'Problemen oplossen op het werk': 'Rozwiązywanie problemów w pracy',
  'Je leert een probleem in stappen op te lossen. Je oefent met problemen uit je eigen werk.':
    'Uczysz się rozwiązywać problem krok po kroku. Ćwiczysz na problemach z własnej pracy.',
  'Afspraken maken en nakomen': 'Dotrzymywanie ustaleń',
  'Je leert afspraken te maken die je kunt houden. Je oefent hoe je het zegt als iets niet lukt.':
    'Uczysz się ustalać rzeczy, których możesz dotrzymać. Ćwiczysz, jak to powiedzieć, gdy coś się nie uda.',
  'Omgaan met stress op het werk': 'Radzenie sobie ze stresem w pracy',
  'Je leert wat druk met je doet. Je oefent hoe je kiest wat eerst moet.':
    'Uczysz się, jak działa na ciebie presja. Ćwiczysz, jak wybrać, co zrobić najpierw.',
  'Flexibel in je werk': 'Elastyczność w pracy',
  'Je leert positief te blijven als je werk verandert. Je deelt tips met anderen.':
    'Uczysz się myśleć pozytywnie, gdy twoja praca się zmienia. Dzielisz się radami z innymi.',
  'Initiatief nemen': 'Wychodzenie z inicjatywą',
  'Je leert ideeën te geven om het werk beter te maken. Je oefent hoe je dat zegt.':
    'Uczysz się proponować pomysły, żeby praca szła lepiej. Ćwiczysz, jak o tym mówić.',
  'Doelen stellen en volhouden': 'Wyznaczanie celów i wytrwałość',
  'Je maakt een plan voor je eigen doel. Je leert doorgaan als het tegenzit.':
    'Robisz plan, jak osiągnąć swój cel. Uczysz się nie poddawać, gdy coś idzie źle.',
  'Lastige gesprekken voeren': 'Prowadzenie trudnych rozmów',
  'Je oefent gesprekken die spannend zijn. Je leert rustig te blijven en goed te luisteren.':
    'Ćwiczysz rozmowy, które budzą stres. Uczysz się zachować spokój i dobrze słuchać.',
  'Samenwerken met verschillende mensen': 'Współpraca z różnymi ludźmi',
  'Je leert samenwerken met mensen die anders zijn dan jij. Je maakt samen afspraken.':
    'Uczysz się pracować z ludźmi, którzy są inni niż ty. Razem z nimi robisz ustalenia.',
  'Ontdek hoe jij leert': 'Odkryj, jak się uczysz',
  'Je ontdekt met een coach hoe jij het beste leert. Je maakt een eigen leerplan.':
    'Razem z doradcą odkrywasz, jak uczysz się najlepiej. Robisz własny plan nauki.',
  'Meewerkweek op de bouwplaats': 'Tydzień próbnej pracy na budowie',
  'Je werkt een week mee in een bouwploeg. Je leert veilig werken en samenwerken.':
    'Przez tydzień pracujesz razem z ekipą budowlaną. Uczysz się bezpiecznie pracować i współpracować.',
  'Inwerken in de keuken': 'Wdrożenie do pracy w kuchni',
  'Je werkt mee in een restaurantkeuken. Je leert snel en schoon werken, ook als het druk is.':
    'Pracujesz razem z innymi w kuchni restauracji. Uczysz się pracować szybko i czysto, nawet gdy jest dużo pracy.',
  'Leerwerkplek in het magazijn': 'Praktyka w magazynie',
  'Je werkt in een magazijn met een vaste begeleider. Je leert precies werken en je houden aan de planning.':
    'Pracujesz w magazynie ze stałym opiekunem. Uczysz się pracować dokładnie i trzymać się planu.',
  'Werken met een buddy in de zorg': 'Praca w opiece z buddym (stałym kolegą)',
  'Je werkt samen met een ervaren collega. Je leert goed zorgen en opletten.':
    'Pracujesz razem z doświadczonym kolegą. Uczysz się dobrze opiekować się ludźmi i uważać.',
  'Leerwerkplek servicemonteur': 'Praktyka jako serwisant',
  'Je gaat mee naar klanten en lost storingen op. Later doe je dat alleen.':
    'Jeździsz z kolegą do klientów i usuwasz usterki. Później robisz to sam.',
  'Meewerken in de winkel': 'Praca w sklepie',
  'Je werkt mee in een winkel. Je helpt klanten en ziet zelf wat er moet gebeuren.':
    'Pracujesz w sklepie razem z innymi. Pomagasz klientom i sam widzisz, co trzeba zrobić.',
  'Meerijden met een ervaren chauffeur': 'Jazda z doświadczonym kierowcą',
  'Je rijdt mee en leert de vaste ritten. Je leert op tijd en veilig leveren.':
    'Jeździsz razem z kierowcą i poznajesz stałe trasy. Uczysz się dostarczać na czas i bezpiecznie.',
  'Groeien naar meewerkend voorman': 'Jak zostać brygadzistą',
  'Je leert een ploeg aan te sturen terwijl je meewerkt. Je start zelf verbeteringen.':
    'Uczysz się kierować ekipą, gdy sam pracujesz razem z nią. Sam zaczynasz ulepszenia.',
  'VCA Basis': 'VCA Basis (podstawowy certyfikat BHP)',
  'Je leert veilig werken op de bouwplaats en in de techniek. Je sluit af met een examen.':
    'Uczysz się bezpiecznie pracować na budowie i w technice. Na końcu zdajesz egzamin.',
  'VCA VOL voor leidinggevenden': 'VCA VOL (certyfikat BHP dla przełożonych)',
  'Je leert zorgen voor de veiligheid van je ploeg. Je leert collega’s aan te spreken.':
    'Uczysz się dbać o bezpieczeństwo swojej ekipy. Uczysz się zwracać kolegom uwagę.',
  Heftruckcertificaat: 'Uprawnienia na wózek widłowy',
  'Je leert veilig rijden met een heftruck. Je oefent met laden en lossen.':
    'Uczysz się bezpiecznie jeździć wózkiem widłowym. Ćwiczysz załadunek i rozładunek.',
  'Hygiëne in de keuken': 'Higiena w kuchni',
  'Je leert schoon en veilig werken met eten. Je kent de regels voor hygiëne.':
    'Uczysz się czysto i bezpiecznie pracować z jedzeniem. Znasz zasady higieny.',
  'EHBO-diploma': 'Certyfikat pierwszej pomocy (EHBO)',
  'Je leert eerste hulp geven bij een ongeluk. Je leert rustig te blijven.':
    'Uczysz się udzielać pierwszej pomocy przy wypadku. Uczysz się zachować spokój.',
  'Veilig werken op hoogte': 'Bezpieczna praca na wysokości',
  'Je leert veilig werken op een ladder, steiger of dak. Je oefent met een harnas.':
    'Uczysz się bezpiecznie pracować na drabinie, rusztowaniu lub dachu. Ćwiczysz z uprzężą bezpieczeństwa.',
  'Code 95-nascholing': 'Szkolenie okresowe Kod 95',
  'Je volgt een dag les voor je rijbewijs als chauffeur. Je leert veilig en slim plannen.':
    'Masz jeden dzień szkolenia do zawodowego prawa jazdy. Uczysz się bezpiecznie i mądrze planować.',
};
export default pl;
