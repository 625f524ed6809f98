/**
 * Ukrainian: the micro-lessons and the learning offers of the skill language (#25), keyed by the Dutch
 * source. Written for meaning at B1. Not yet reviewed by a native speaker.
 */
import type { Catalogue } from '../../../../text.js';

const uk: Catalogue = {
  'Afspraken nakomen': 'Виконання домовленостей',
  'Op je werk maak je elke dag afspraken. Over je tijden, je taken en je pauze. Je collega’s rekenen erop dat je doet wat je zegt.':
    'На роботі ви щодня про щось домовляєтеся. Про свій час, завдання і перерву. Колеги розраховують, що ви зробите те, що кажете.',
  'Soms lukt een afspraak niet. Je bent ziek of de bus is te laat. Dat kan gebeuren. Zeg het dan zo snel als je kunt.':
    'Іноді домовленість не вдається виконати. Ви захворіли або автобус запізнюється. Таке буває. Тоді скажіть про це якомога швидше.',
  'Je bus rijdt niet. Je begint over tien minuten. Wat doe je?':
    'Ваш автобус не їде. Ви починаєте роботу за десять хвилин. Що ви робите?',
  'Ik bel nu mijn leidinggevende.': 'Я зараз дзвоню своєму керівнику.',
  'Zo weet je leidinggevende het op tijd. Dan kan hij het werk anders regelen.':
    'Так ваш керівник дізнається вчасно. Тоді він зможе інакше організувати роботу.',
  'Ik leg het uit als ik er ben.': 'Я поясню, коли прийду.',
  'Dan wacht iedereen op jou. Ze weten niet of je nog komt. Bel liever meteen.':
    'Тоді всі чекають на вас. Вони не знають, чи ви ще прийдете. Краще одразу зателефонуйте.',
  'Tip: schrijf je afspraken op. In je telefoon of in een boekje. Kijk elke ochtend even wat je die dag hebt beloofd.':
    'Порада: записуйте свої домовленості. У телефон або в блокнот. Щоранку дивіться, що ви пообіцяли на цей день.',
  'Veilig werken': 'Безпечна робота',
  'Veilig werken is meer dan een helm dragen. Je kijkt goed om je heen. Je ziet gevaar voordat er iets gebeurt.':
    'Безпечна робота — це більше, ніж носити каску. Ви уважно дивитеся навколо. Ви бачите небезпеку, перш ніж щось станеться.',
  'Zie je iets dat niet veilig is? Stop dan even. Maak het veilig of zeg het tegen je leidinggevende. Ook als het haast heeft.':
    'Бачите щось небезпечне? Тоді на хвилинку зупиніться. Зробіть це безпечним або скажіть своєму керівнику. Навіть коли поспіх.',
  'Een ladder staat scheef. Je moet snel iets pakken op de bovenste plank. Wat doe je?':
    'Драбина стоїть криво. Вам треба швидко взяти щось із верхньої полиці. Що ви робите?',
  'Ik zet de ladder eerst goed neer.': 'Спершу я правильно ставлю драбину.',
  'Dat kost een halve minuut. Een val kost veel meer.': 'На це піде пів хвилини. Падіння коштує набагато більше.',
  'Ik klim snel en houd me goed vast.': 'Я швидко залажу і міцно тримаюся.',
  'Ook als je je vasthoudt, kan de ladder wegglijden. Zet hem eerst goed neer.':
    'Навіть коли ви тримаєтеся, драбина може зісковзнути. Спершу поставте її правильно.',
  'Tip: vraag bij een nieuwe taak wat de gevaren zijn. Een goede collega legt het graag uit.':
    'Порада: коли отримуєте нове завдання, спитайте, які є небезпеки. Добрий колега охоче пояснить.',
  'Je werk plannen': 'Планування своєї роботи',
  'Plannen is kiezen wat je eerst doet. Zo ben je op tijd klaar. En je vergeet niets.':
    'Планувати — це вибирати, що робити першим. Так ви вчасно закінчите. І нічого не забудете.',
  'Begin met een lijstje van wat je vandaag moet doen. Zet bij elke taak: moet dit vandaag af? Doe die taken eerst.':
    'Почніть зі списку справ на сьогодні. Біля кожного завдання запитайте: це треба зробити сьогодні? Ці завдання робіть першими.',
  'Je hebt drie pakketten. Eén moet voor tien uur bezorgd zijn. Welke bezorg je eerst?':
    'У вас три посилки. Одну треба доставити до десятої години. Яку ви доставите першою?',
  'Het pakket dat voor tien uur moet.': 'Посилку, яку треба доставити до десятої.',
  'Wat een tijd heeft, gaat voor. Daarna kies je de kortste route.':
    'Що має строк, те йде першим. Потім ви вибираєте найкоротший маршрут.',
  'Het pakket dat het dichtstbij is.': 'Посилку, яка найближче.',
  'Dat lijkt slim. Maar dan kan het andere pakket te laat komen. Kijk eerst naar de tijd.':
    'Здається, це розумно. Але тоді інша посилка може запізнитися. Спершу подивіться на час.',
  'Tip: loopt je planning uit? Zeg het op tijd. Dan kan iemand je helpen of iets anders regelen.':
    'Порада: ви не встигаєте за планом? Скажіть про це вчасно. Тоді хтось зможе вам допомогти або щось інакше організувати.',
  'Een klant goed helpen': 'Добре допомагати клієнту',
  'Een klant wil zich welkom voelen. Kijk de klant aan en groet. Vraag dan wat je kunt doen.':
    'Клієнт хоче, щоб йому були раді. Подивіться на клієнта і привітайтеся. Потім спитайте, чим ви можете допомогти.',
  'Luister eerst goed. Vraag door als je het niet zeker weet. Zo help je de klant met wat hij echt nodig heeft.':
    'Спершу уважно вислухайте. Перепитайте, якщо ви не впевнені. Так ви допоможете клієнту з тим, що йому справді потрібно.',
  'Een klant is boos. Zijn nieuwe lamp doet het niet. Wat zeg je eerst?':
    'Клієнт сердитий. Його нова лампа не працює. Що ви скажете спершу?',
  '"Vervelend voor u. Laat maar zien, dan kijken we samen."':
    '"Це неприємно для вас. Покажіть, і ми подивимося разом."',
  'Je laat zien dat je de klant hoort. Dan wordt hij vaak rustiger.':
    'Ви показуєте клієнту, що чуєте його. Тоді він часто заспокоюється.',
  '"Dat ligt vast niet aan de lamp."': '"Справа, мабуть, не в лампі."',
  'Dan voelt de klant zich niet gehoord. Luister eerst en kijk samen.':
    'Тоді клієнт почувається непочутим. Спершу вислухайте і подивіться разом.',
  'Samenwerken met je collega’s': 'Співпраця з колегами',
  'Samen kun je meer dan alleen. Maar dan moet je wel weten wie wat doet. Spreek dat aan het begin af.':
    'Разом можна зробити більше, ніж самому. Але тоді треба знати, хто що робить. Домовтеся про це на початку.',
  'Ben je klaar met je eigen taak? Vraag dan of een collega hulp nodig heeft. Zo is het werk sneller af.':
    'Ви закінчили своє завдання? Тоді спитайте, чи не потрібна колезі допомога. Так робота буде готова швидше.',
  'Jij en een collega zijn het oneens over hoe iets moet. Wat doe je?':
    'Ви з колегою не згодні, як щось робити. Що ви робите?',
  'We zeggen allebei waarom. Dan kiezen we samen.': 'Ми обоє пояснюємо свої причини. Потім разом вибираємо.',
  'Zo hoor je elkaar. Lukt het niet, vraag dan je leidinggevende.':
    'Так ви чуєте одне одного. Якщо не виходить, спитайте свого керівника.',
  'Ik doe het gewoon op mijn manier.': 'Я просто роблю по-своєму.',
  'Dan doet ieder iets anders. Praat het eerst uit.': 'Тоді кожен робить щось інше. Спершу обговоріть це.',
  'Nauwkeurig werken': 'Точна робота',
  'Nauwkeurig werken is het in één keer goed doen. Dan hoeft niemand het over te doen.':
    'Працювати точно — це зробити все правильно з першого разу. Тоді нікому не треба переробляти.',
  'Kijk je werk na voordat je zegt dat het klaar is. Loop de stappen nog een keer langs. Klopt alles?':
    'Перевірте свою роботу, перш ніж сказати, що вона готова. Ще раз пройдіть усі кроки. Усе правильно?',
  'Je moet twintig dozen tellen. Je bent bijna klaar en het is bijna pauze. Wat doe je?':
    'Вам треба порахувати двадцять коробок. Ви майже закінчили, і скоро перерва. Що ви робите?',
  'Ik tel rustig af en kijk het na.': 'Я спокійно дораховую і перевіряю.',
  'Een fout vinden kost later veel meer tijd.': 'Пошук помилки потім забирає набагато більше часу.',
  'Ik schat de laatste dozen.': 'Останні коробки я рахую на око.',
  'Dan klopt de telling misschien niet. Tel liever af, ook als het pauze is.':
    'Тоді підрахунок може бути неправильним. Краще дорахуйте, навіть якщо вже перерва.',
  'Duidelijk communiceren': 'Зрозуміле спілкування',
  'Communiceren is praten en luisteren. Je zegt duidelijk wat je bedoelt. En je kijkt of de ander je begrijpt.':
    'Спілкування — це говорити і слухати. Ви чітко кажете, що маєте на увазі. І перевіряєте, чи вас розуміють.',
  'Heb je iets niet goed gehoord of begrepen? Zeg dat dan meteen. Vraag het gewoon nog een keer.':
    'Ви щось погано почули або не зрозуміли? Тоді скажіть про це одразу. Просто спитайте ще раз.',
  'Er is veel lawaai op de bouw. Een collega roept iets naar je. Je verstaat het niet. Wat doe je?':
    'На будівництві дуже шумно. Колега щось вам гукає. Ви не чуєте, що він каже. Що ви робите?',
  'Ik loop naar hem toe en vraag het nog een keer.': 'Я підходжу до нього і перепитую.',
  'Zo weet je zeker wat hij bedoelt. Op de bouw kan een misverstand gevaarlijk zijn.':
    'Так ви точно знаєте, що він має на увазі. На будівництві непорозуміння може бути небезпечним.',
  'Ik steek mijn duim op en werk door.': 'Я показую великий палець і працюю далі.',
  'Dan weet je niet wat hij zei. Misschien was het belangrijk. Vraag het liever nog een keer.':
    'Тоді ви не знаєте, що він сказав. Можливо, це було важливо. Краще перепитайте.',
  'Tip: geef je een boodschap door? Zeg dan wie, wat en wanneer. Laat de ander het kort herhalen.':
    'Порада: передаєте повідомлення? Тоді скажіть, хто, що і коли. Попросіть людину коротко його повторити.',
  'Goed zorgen voor een ander': 'Добре піклуватися про іншого',
  'Zorgzaam zijn is letten op een ander. Wat kan iemand zelf? En waar wil hij hulp bij?':
    'Бути турботливим — це зважати на іншу людину. Що людина може зробити сама? І з чим вона хоче допомоги?',
  'Help niet te snel. Veel mensen doen graag zelf wat ze kunnen. Vraag eerst of iemand hulp wil.':
    'Не поспішайте допомагати. Багато людей люблять самі робити те, що можуть. Спершу спитайте, чи людина хоче допомоги.',
  'Meneer Jansen wil naar buiten. Hij doet zelf zijn jas aan. Het gaat langzaam. Wat doe je?':
    'Пан Янсен хоче вийти надвір. Він сам одягає куртку. Він робить це повільно. Що ви робите?',
  'Ik wacht rustig en vraag of hij hulp wil.': 'Я спокійно чекаю і питаю, чи він хоче допомоги.',
  'Zo doet hij zelf wat hij kan. En hij kiest zelf of hij hulp krijgt.':
    'Так він сам робить те, що може. І сам вирішує, чи потрібна йому допомога.',
  'Ik doe snel zijn jas voor hem aan.': 'Я швидко одягаю на нього куртку.',
  'Dan gaat het sneller. Maar hij kan het zelf. Vraag eerst wat hij wil.':
    'Так швидше. Але він може зробити це сам. Спершу спитайте, чого він хоче.',
  'Tip: noem iemand bij zijn naam. Zeg wat je gaat doen, voordat je het doet. Dan weet de ander wat er komt.':
    'Порада: звертайтеся до людини на ім’я. Скажіть, що збираєтеся зробити, перш ніж це робити. Тоді людина знає, що буде далі.',
  'Zelfstandig werken': 'Самостійна робота',
  'Zelfstandig werken is je taak doen zonder dat iemand meekijkt. Je weet wat je moet doen. En je weet wanneer je hulp vraagt.':
    'Самостійна робота — це виконувати завдання, коли ніхто не стежить. Ви знаєте, що треба робити. І знаєте, коли попросити допомоги.',
  'Gaat er iets anders dan gepland? Kijk eerst of je het zelf kunt regelen. Lukt dat niet? Vraag dan hulp.':
    'Щось іде не за планом? Спершу подивіться, чи можете ви вирішити це самі. Не виходить? Тоді попросіть допомоги.',
  'Je maakt alleen hotelkamers schoon. In een kamer liggen geen handdoeken. Je weet waar ze liggen. Wat doe je?':
    'Ви самі прибираєте номери в готелі. В одному номері немає рушників. Ви знаєте, де вони лежать. Що ви робите?',
  'Ik haal zelf handdoeken en werk verder.': 'Я сам приношу рушники і працюю далі.',
  'Dit kun je zelf oplossen. Zo is de kamer op tijd klaar voor de gast.':
    'Це ви можете вирішити самі. Так номер буде вчасно готовий для гостя.',
  'Ik wacht tot mijn leidinggevende langskomt.': 'Я чекаю, поки прийде мій керівник.',
  'Dan ligt je werk stil. Zoiets kleins kun je vaak zelf regelen.':
    'Тоді ваша робота стоїть. Таку дрібницю ви часто можете вирішити самі.',
  'Tip: wist je iets niet zeker? Schrijf het op. Vraag het aan het eind van de dag. Dan weet je het de volgende keer.':
    'Порада: у чомусь не були впевнені? Запишіть це. Спитайте наприкінці дня. Тоді наступного разу ви знатимете.',
  'Staan voor je werk': 'Відповідати за свою роботу',
  'Verantwoordelijkheid nemen is zorgen voor je werk. Je maakt je taak goed af. En je gaat zuinig om met je spullen.':
    'Брати відповідальність — це дбати про свою роботу. Ви добре доводите завдання до кінця. І дбайливо ставитеся до своїх речей.',
  'Iedereen maakt wel eens een fout. Dat is niet erg. Zeg het dan eerlijk. Dan kan het snel worden opgelost.':
    'Кожен іноді помиляється. Це не страшно. Тоді чесно скажіть про це. Так це можна швидко виправити.',
  'Je laat een doos met glazen vallen. Er zijn er twee kapot. Niemand heeft het gezien. Wat doe je?':
    'Ви впускаєте коробку зі склянками. Дві розбилися. Ніхто цього не бачив. Що ви робите?',
  'Ik zeg het tegen mijn leidinggevende.': 'Я кажу про це своєму керівнику.',
  'Zo weet iedereen wat er is gebeurd. En de klant krijgt geen kapotte glazen.':
    'Так усі знають, що сталося. І клієнт не отримає розбитих склянок.',
  'Ik zet de doos gewoon terug in het rek.': 'Я просто ставлю коробку назад на стелаж.',
  'Dan vindt iemand anders de kapotte glazen. Of een klant. Zeg het liever, dan kan het worden opgelost.':
    'Тоді розбиті склянки знайде хтось інший. Або клієнт. Краще скажіть, тоді це можна виправити.',
  'Tip: ben je klaar? Kijk dan nog even om je heen. Is alles opgeruimd? Staat alles weer op zijn plek?':
    'Порада: закінчили? Тоді ще раз огляньтеся. Чи все прибрано? Чи все на своєму місці?',
  'Een probleem oplossen': 'Розв’язати проблему',
  'Op je werk gaat wel eens iets mis. Een machine doet het niet. Of er ontbreekt iets. Dan zoek je een oplossing.':
    'На роботі іноді щось іде не так. Машина не працює. Або чогось бракує. Тоді ви шукаєте рішення.',
  'Ga stap voor stap. Wat is er precies mis? Probeer eerst het makkelijkste. Lukt het niet? Meld het dan.':
    'Дійте крок за кроком. Що саме не так? Спершу спробуйте найпростіше. Не виходить? Тоді повідомте про це.',
  'Je maakt schoon bij een klant thuis. De stofzuiger doet het ineens niet meer. Wat doe je eerst?':
    'Ви прибираєте вдома у клієнта. Пилосос раптом перестає працювати. Що ви робите спершу?',
  'Ik kijk of de stekker goed in het stopcontact zit.': 'Я перевіряю, чи добре вставлена вилка в розетку.',
  'Begin bij het makkelijkste. Vaak is dat al de oplossing. Werkt hij dan nog niet? Meld het.':
    'Почніть із найпростішого. Часто це вже і є рішення. Досі не працює? Повідомте про це.',
  'Ik zeg tegen de klant dat de stofzuiger kapot is.': 'Я кажу клієнту, що пилосос зламався.',
  'Misschien is er niets kapot. Kijk eerst zelf naar het makkelijkste. Dan weet je meer.':
    'Можливо, нічого не зламалося. Спершу самі перевірте найпростіше. Тоді ви знатимете більше.',
  'Tip: komt hetzelfde probleem vaak terug? Zeg het dan tegen je leidinggevende. Samen kun je kijken hoe het beter kan.':
    'Порада: та сама проблема часто повертається? Тоді скажіть про це керівнику. Разом ви можете подумати, як зробити краще.',
  'Flexibel zijn': 'Бути гнучким',
  'Op je werk verandert er vaak iets. Een andere taak, een andere plek of een nieuwe collega. Flexibel zijn is daar goed mee omgaan.':
    'На роботі часто щось змінюється. Інше завдання, інше місце або новий колега. Бути гнучким — це добре з цим справлятися.',
  'Aan iets nieuws moet je even wennen. Dat is normaal. Vraag wat je moet weten. En probeer het gewoon.':
    'До нового треба трохи звикнути. Це нормально. Спитайте, що вам треба знати. І просто спробуйте.',
  'Je vult meestal de schappen. Vandaag is het druk bij de kassa. Je leidinggevende vraagt of je daar helpt. Wat doe je?':
    'Зазвичай ви викладаєте товар на полиці. Сьогодні на касі багато людей. Керівник питає, чи ви там допоможете. Що ви робите?',
  'Ik ga helpen en vraag wat ik moet weten.': 'Я йду допомагати і питаю, що мені треба знати.',
  'Zo help je het team waar het nodig is. En je leert er iets nieuws bij.':
    'Так ви допомагаєте команді там, де це потрібно. І вчитеся чогось нового.',
  'Ik zeg dat ik liever bij de schappen blijf.': 'Я кажу, що краще залишуся біля полиць.',
  'De schappen ken je goed, dat is fijn. Maar nu heeft het team je bij de kassa nodig.':
    'Ви добре знаєте полиці, і це добре. Але зараз ви потрібні команді на касі.',
  'Tip: verandert er iets? Vraag waarom. Als je de reden weet, is het vaak makkelijker.':
    'Порада: щось змінюється? Спитайте чому. Коли ви знаєте причину, часто стає легше.',
  'Iets nieuws leren': 'Вчитися нового',
  'Op je werk leer je steeds iets nieuws. Een nieuwe taak of een nieuwe machine. Niemand kan alles meteen.':
    'На роботі ви постійно вчитеся чогось нового. Нове завдання або нова машина. Ніхто не вміє всього одразу.',
  'Kijk goed als iemand iets voordoet. Doe het daarna zelf, terwijl die persoon kijkt. Zo kan die persoon je meteen helpen.':
    'Уважно дивіться, коли хтось щось показує. Потім зробіть це самі, поки ця людина дивиться. Так вона зможе одразу вам допомогти.',
  'Een collega laat zien hoe de nieuwe boormachine werkt. Hij doet het één keer voor. Wat doe je?':
    'Колега показує, як працює новий дриль. Він показує це один раз. Що ви робите?',
  'Ik vraag of ik het zelf mag doen terwijl hij kijkt.': 'Я питаю, чи можна мені зробити це самому, поки він дивиться.',
  'Zo zie je meteen of je het goed doet. En je collega kan je tips geven.':
    'Так ви одразу бачите, чи робите правильно. І колега може дати вам поради.',
  'Ik zeg dat ik het snap en probeer het later alleen.': 'Я кажу, що зрозумів, і пробую пізніше сам.',
  'Dan gaat het misschien mis als niemand kijkt. Oefen liever eerst samen.':
    'Тоді щось може піти не так, коли ніхто не дивиться. Краще спершу потренуйтеся разом.',
  'Tip: schrijf de stappen op in je eigen woorden. Dan kun je het later nog eens nalezen.':
    'Порада: запишіть кроки своїми словами. Тоді пізніше ви зможете їх перечитати.',
  Doorzetten: 'Не здаватися',
  'Sommig werk is zwaar of saai. Of het lukt niet meteen. Doorzetten is dan toch doorgaan.':
    'Деяка робота важка або нудна. Або щось не виходить одразу. Не здаватися — це все одно продовжувати.',
  'Een grote klus lijkt soms eindeloos. Maak er kleine stukjes van. Na elk stukje zie je dat je opschiet.':
    'Велика робота іноді здається нескінченною. Розділіть її на маленькі частини. Після кожної частини ви бачите, що просуваєтеся.',
  'Je moet een grote bak aardappels schillen. Na een half uur ben je pas op de helft. Wat doe je?':
    'Вам треба почистити велику миску картоплі. Через пів години ви лише на половині. Що ви робите?',
  'Ik ga door. Af en toe kijk ik hoe ver ik ben.': 'Я працюю далі. Час від часу дивлюся, скільки вже зробив.',
  'Zo zie je dat je opschiet. Dan is het makkelijker om door te gaan.':
    'Так ви бачите, що просуваєтеся. Тоді легше продовжувати.',
  'Ik laat de rest staan voor een collega.': 'Я залишаю решту колезі.',
  'Dan moet een collega het afmaken. Of het eten is niet op tijd klaar. Ga liever door, stukje voor stukje.':
    'Тоді колега мусить це закінчити. Або їжа не буде готова вчасно. Краще продовжуйте, крок за кроком.',
  'Tip: lukt iets niet de eerste keer? Kijk wat er misging. Probeer het dan nog een keer. Vraag een tip als je vastloopt.':
    'Порада: щось не вийшло з першого разу? Подивіться, що пішло не так. Потім спробуйте ще раз. Попросіть поради, якщо застрягли.',
  'Rustig werken als het druk is': 'Працювати спокійно, коли багато роботи',
  'Soms is het heel druk op je werk. Veel gasten, veel bestellingen en weinig tijd. Dat hoort bij veel banen.':
    'Іноді на роботі дуже багато справ. Багато гостей, багато замовлень і мало часу. Так буває на багатьох роботах.',
  'Is het druk? Doe één ding tegelijk. Kies wat eerst moet. En vraag hulp als het te veel wordt.':
    'Багато роботи? Робіть одну справу за раз. Виберіть, що треба зробити першим. І попросіть допомоги, якщо цього забагато.',
  'Het is zaterdagavond. Drie tafels willen bestellen. In de keuken staat ook warm eten klaar. Wat doe je?':
    'Суботній вечір. Три столики хочуть зробити замовлення. На кухні також чекає готова гаряча їжа. Що ви робите?',
  'Ik zeg tegen de tafels dat ik zo kom. Dan breng ik eerst het eten.':
    'Я кажу столикам, що зараз підійду. Потім спершу приношу їжу.',
  'Warm eten kan niet lang wachten. En de gasten weten dat je zo komt.':
    'Гаряча їжа не може довго чекати. А гості знають, що ви скоро підійдете.',
  'Ik neem eerst alle bestellingen op. Het eten wacht wel.': 'Спершу я приймаю всі замовлення. Їжа почекає.',
  'Dan wordt het eten koud. Breng het eerst. Zeg tegen de gasten dat je zo komt.':
    'Тоді їжа вихолоне. Спершу принесіть її. Скажіть гостям, що скоро підійдете.',
  'Tip: wordt het je te veel? Zeg het tegen een collega of je leidinggevende. Dan kijken jullie samen wat eerst moet.':
    'Порада: вам забагато? Скажіть про це колезі або керівнику. Тоді ви разом подивитеся, що робити першим.',
  'Zelf iets oppakken': 'Братися до справи самому',
  'Initiatief nemen is zelf iets oppakken. Je wacht niet tot iemand het vraagt. Je ziet wat er moet gebeuren.':
    'Проявляти ініціативу — це самому братися до справи. Ви не чекаєте, поки хтось попросить. Ви бачите, що треба зробити.',
  'Ben je klaar met je werk? Kijk dan om je heen. Is er iets wat je kunt doen? Vraag of je kunt helpen.':
    'Закінчили свою роботу? Тоді огляньтеся. Чи є щось, що ви можете зробити? Спитайте, чи можете допомогти.',
  'Je bent eerder klaar met je rit. Je collega’s laden nog bussen in. Wat doe je?':
    'Ви раніше закінчили свій маршрут. Колеги ще завантажують фургони. Що ви робите?',
  'Ik vraag of ik kan helpen met inladen.': 'Я питаю, чи можу допомогти із завантаженням.',
  'Je ziet wat er moet gebeuren en biedt hulp aan. Zo is iedereen eerder klaar.':
    'Ви бачите, що треба зробити, і пропонуєте допомогу. Так усі раніше закінчать.',
  'Ik wacht in de kantine tot iemand me iets vraagt.': 'Я чекаю в їдальні, поки хтось мене про щось попросить.',
  'Dan blijft er werk liggen dat jij kunt doen. Kijk zelf wat er nodig is.':
    'Тоді лишається робота, яку ви могли б зробити. Самі подивіться, що потрібно.',
  'Tip: heb je een idee om het werk beter te doen? Vertel het aan je leidinggevende. Vaak zijn ze blij met een goed idee.':
    'Порада: маєте ідею, як робити роботу краще? Розкажіть про неї керівнику. Часто керівники радіють добрій ідеї.',
  'Samenwerken op de bouwplaats': 'Співпраця на будові',
  'Je leert hoe je afspraken maakt met je ploeg.': 'Ви вчитеся домовлятися зі своєю бригадою.',
  'Duidelijk uitleggen': 'Пояснювати зрозуміло',
  'Je oefent met korte, duidelijke zinnen. Je leert ook goed luisteren.':
    'Ви вчитеся говорити короткими, зрозумілими реченнями. Ви також учитеся добре слухати.',
  'De klant centraal': 'Клієнт на першому місці',
  'Je leert vragen wat een klant nodig heeft. Je oefent met echte situaties.':
    'Ви вчитеся питати, що потрібно клієнту. Ви тренуєтеся на справжніх ситуаціях.',
  'Aandacht voor een ander': 'Увага до інших',
  'Je leert zien wat iemand nodig heeft. Je oefent met geduld en vriendelijkheid.':
    'Ви вчитеся бачити, що потрібно людині. Ви тренуєте терпіння і доброту.',
  'Zelf aan de slag': 'Самостійно за роботу',
  'Je leert een taak alleen te doen. Je weet ook wanneer je hulp vraagt.':
    'Ви вчитеся виконувати завдання самостійно. Ви також знаєте, коли просити допомоги.',
  'Sta voor je werk': 'Відповідайте за свою роботу',
  'Je leert eerlijk te zijn over fouten. Je maakt je taak goed af.':
    'Ви вчитеся чесно казати про помилки. Ви добре завершуєте своє завдання.',
  'Precies werken': 'Працювати точно',
  'Je leert je eigen werk na te kijken. Zo vind je fouten op tijd.':
    'Ви вчитеся перевіряти свою роботу. Так ви вчасно знаходите помилки.',
  'Veilig aan het werk': 'Безпечно на роботі',
  'Je leert gevaar te zien en te melden. Je kent de belangrijkste regels.':
    'Ви вчитеся бачити небезпеку і повідомляти про неї. Ви знаєте найважливіші правила.',
  'Je werkdag plannen': 'Планування робочого дня',
  'Je leert wat eerst moet en wat later kan. Je maakt een eigen dagplan.':
    'Ви вчитеся, що робити першим, а що може почекати. Ви складаєте свій план на день.',
  'Oplossingen bedenken': 'Шукати рішення',
  'Je oefent met kleine problemen op het werk. Je leert stap voor stap een oplossing vinden.':
    'Ви тренуєтеся на невеликих проблемах на роботі. Ви вчитеся крок за кроком знаходити рішення.',
  'Omgaan met verandering': 'Справлятися зі змінами',
  'Je leert wat je kunt doen als je werk verandert. Zo blijf je rustig.':
    'Ви дізнаєтеся, що можна робити, коли ваша робота змінюється. Так ви залишаєтеся спокійними.',
  'Leren op het werk': 'Навчання на роботі',
  'Je leert goede vragen stellen. Je gebruikt tips van collega’s.':
    'Ви вчитеся ставити добрі запитання. Ви використовуєте поради колег.',
  Volhouden: 'Не здаватися',
  'Je leert een taak af te maken, ook als het tegenzit.':
    'Ви вчитеся завершувати завдання, навіть коли щось не виходить.',
  'Rustig blijven als het druk is': 'Зберігати спокій, коли багато роботи',
  'Je leert wat je doet als het druk is: rustig ademen, kiezen en doorgaan.':
    'Ви вчитеся, що робити, коли багато роботи: спокійно дихати, вибирати і працювати далі.',
  'Zelf beginnen': 'Зробити перший крок',
  'Je leert zien wat er moet gebeuren. Je pakt het op zonder te wachten.':
    'Ви вчитеся бачити, що треба зробити. Ви беретеся за це, не чекаючи.',
  'Afspraak is afspraak': 'Домовленість — це домовленість',
  'Je leert afspraken na te komen. Je oefent wat je doet als iets niet lukt.':
    'Ви вчитеся виконувати домовленості. Ви тренуєтеся діяти, коли щось не виходить.',
  'Nederlands voor je werk': 'Нідерландська для роботи',
  'Je oefent gratis met praten en luisteren op het werk. Je kunt thuis oefenen.':
    'Ви безкоштовно тренуєте розмову і слухання в робочих ситуаціях. Ви можете тренуватися вдома.',
  'Rekenen voor je werk': 'Арифметика для роботи',
  'Je oefent met meten, tellen en geld. Zo werk je preciezer.':
    'Ви тренуєтеся вимірювати, рахувати і працювати з грошима. Так ви працюєте точніше.',
  'Plannen en afspraken maken': 'Планувати і домовлятися про зустрічі',
  'Je oefent met een agenda en met afspraken. Zo ben je op tijd.':
    'Ви вчитеся користуватися календарем і домовлятися про зустрічі. Так ви будете вчасно.',
  'Leren met de computer': 'Навчання на комп’ютері',
  'Je leert in je eigen tempo op de computer of telefoon. Je kiest zelf wat je oefent.':
    'Ви вчитеся у своєму темпі на комп’ютері чи телефоні. Ви самі вибираєте, що тренувати.',
  'Gesprekken met klanten': 'Розмови з клієнтами',
  'Je oefent korte gesprekken met klanten. Je leert hoe je aardig iets vraagt en zegt.':
    'Ви тренуєте короткі розмови з клієнтами. Ви вчитеся привітно питати і говорити.',
  'Entree: werken in een team': 'Entree (початковий рівень): робота в команді',
  'Je leert samenwerken, op tijd komen en vragen stellen. Je oefent in de les en in de praktijk.':
    'Ви вчитеся працювати разом, приходити вчасно і ставити запитання. Ви тренуєтеся на уроках і на практиці.',
  'Communicatie op de werkvloer': 'Спілкування на роботі',
  'Je leert je woorden aan te passen aan de ander. Je oefent met rollenspellen.':
    'Ви вчитеся добирати слова під іншу людину. Ви тренуєтеся в рольових іграх.',
  'Klantgericht werken in winkel en horeca': 'Робота з клієнтами в магазині, кафе і ресторані',
  'Je leert klanten goed helpen. Je oefent ook met klachten.':
    'Ви вчитеся добре допомагати клієнтам. Ви також тренуєтеся працювати зі скаргами.',
  'Basis zorg en welzijn': 'Основи догляду і соціальної роботи',
  'Je leert goed zorgen voor cliënten. Je leert ook wat je meldt en aan wie.':
    'Ви вчитеся добре доглядати за клієнтами. Ви також дізнаєтеся, про що і кому повідомляти.',
  'Werken met een zorgplan': 'Робота з планом догляду',
  'Je leert werken met een zorgplan. Je plant je zorg en je neemt verantwoordelijkheid.':
    'Ви вчитеся працювати з планом догляду. Ви плануєте свій догляд і берете на себе відповідальність.',
  'Storingen zoeken in de techniek': 'Пошук несправностей у техніці',
  'Je leert stap voor stap zoeken waar een storing vandaan komt. Je werkt precies.':
    'Ви вчитеся крок за кроком шукати, звідки береться несправність. Ви працюєте точно.',
  'Leren en werken tegelijk (BBL)': 'Навчання і робота водночас (BBL)',
  'Je werkt bij een leerbedrijf en gaat één dag per week naar school. Zo haal je een mbo-diploma.':
    'Ви працюєте на навчальному підприємстві і один день на тиждень ходите до школи. Так ви отримуєте диплом mbo.',
  'Eerste monteur: werk verdelen': 'Старший монтажник: розподіл роботи',
  'Je leert het werk voor een kleine ploeg te plannen. Je leert collega’s helpen en aansturen.':
    'Ви вчитеся планувати роботу невеликої бригади. Ви вчитеся допомагати колегам і керувати ними.',
  'Klantgericht werken': 'Робота з клієнтами',
  'Je leert vragen wat een klant wil. Je oefent ook met een klant die boos is.':
    'Ти вчишся питати, чого хоче клієнт. Ти також тренуєшся з клієнтом, який сердиться.',
  'Zorgzaam werken': 'Турботлива робота',
  'Je leert zien wat een ander nodig heeft. Je oefent hoe je helpt zonder alles over te nemen.':
    'Ти вчишся бачити, що потрібно іншій людині. Ти тренуєшся допомагати, не беручи все на себе.',
  'Verantwoordelijkheid nemen': 'Брати відповідальність',
  'Je leert je werk af te maken. Je oefent hoe je zegt dat er iets mis is gegaan.':
    'Ти вчишся доводити свою роботу до кінця. Ти тренуєшся казати, що щось пішло не так.',
  'Nauwkeurig werken in de praktijk': 'Точна робота',
  'Je leert je eigen werk te controleren. Je oefent met lijstjes en afspraken.':
    'Ти вчишся перевіряти свою роботу. Ти тренуєшся зі списками й домовленостями.',
  'Veilig werken in elk beroep': 'Безпечна робота в будь-якій професії',
  'Je leert gevaar op tijd te zien. Je oefent wat je doet als het toch misgaat.':
    'Ти вчишся вчасно бачити небезпеку. Ти тренуєшся, що робити, якщо щось усе ж піде не так.',
  'Plannen als het druk is': 'Планування, коли багато роботи',
  'Je leert je week te plannen. Je oefent wat je doet als er iets tussenkomt.':
    'Ти вчишся планувати свій тиждень. Ти тренуєшся, що робити, коли щось стається.',
  'Problemen oplossen op het werk': 'Розв’язання проблем на роботі',
  'Je leert een probleem in stappen op te lossen. Je oefent met problemen uit je eigen werk.':
    'Ти вчишся розв’язувати проблему крок за кроком. Ти тренуєшся на проблемах зі своєї роботи.',
  'Afspraken maken en nakomen': 'Дотримання домовленостей',
  'Je leert afspraken te maken die je kunt houden. Je oefent hoe je het zegt als iets niet lukt.':
    'Ти вчишся домовлятися про те, що можеш виконати. Ти тренуєшся казати про це, коли щось не вдається.',
  'Omgaan met stress op het werk': 'Справлятися зі стресом на роботі',
  'Je leert wat druk met je doet. Je oefent hoe je kiest wat eerst moet.':
    'Ви дізнаєтеся, як на вас впливає тиск. Ви тренуєтеся вибирати, що робити першим.',
  'Flexibel in je werk': 'Гнучкість у роботі',
  'Je leert positief te blijven als je werk verandert. Je deelt tips met anderen.':
    'Ви вчитеся залишатися позитивними, коли ваша робота змінюється. Ви ділитеся порадами з іншими.',
  'Initiatief nemen': 'Проявляти ініціативу',
  'Je leert ideeën te geven om het werk beter te maken. Je oefent hoe je dat zegt.':
    'Ви вчитеся пропонувати ідеї, щоб зробити роботу кращою. Ви тренуєтеся про це говорити.',
  'Doelen stellen en volhouden': 'Ставити цілі і не здаватися',
  'Je maakt een plan voor je eigen doel. Je leert doorgaan als het tegenzit.':
    'Ви складаєте план для своєї мети. Ви вчитеся продовжувати, коли щось не виходить.',
  'Lastige gesprekken voeren': 'Як вести складні розмови',
  'Je oefent gesprekken die spannend zijn. Je leert rustig te blijven en goed te luisteren.':
    'Ви тренуєте розмови, які вас хвилюють. Ви вчитеся залишатися спокійними і добре слухати.',
  'Samenwerken met verschillende mensen': 'Співпраця з різними людьми',
  'Je leert samenwerken met mensen die anders zijn dan jij. Je maakt samen afspraken.':
    'Ви вчитеся працювати з людьми, які не такі, як ви. Ви разом про все домовляєтеся.',
  'Ontdek hoe jij leert': 'Дізнайтеся, як ви вчитеся',
  'Je ontdekt met een coach hoe jij het beste leert. Je maakt een eigen leerplan.':
    'Разом із коучем ви дізнаєтеся, як вам найкраще вчитися. Ви складаєте власний план навчання.',
  'Meewerkweek op de bouwplaats': 'Тиждень роботи на будові',
  'Je werkt een week mee in een bouwploeg. Je leert veilig werken en samenwerken.':
    'Ви тиждень працюєте разом із будівельною бригадою. Ви вчитеся працювати безпечно і разом з іншими.',
  'Inwerken in de keuken': 'Початок роботи на кухні',
  'Je werkt mee in een restaurantkeuken. Je leert snel en schoon werken, ook als het druk is.':
    'Ви працюєте на кухні ресторану. Ви вчитеся працювати швидко й чисто, навіть коли багато роботи.',
  'Leerwerkplek in het magazijn': 'Навчальне робоче місце на складі',
  'Je werkt in een magazijn met een vaste begeleider. Je leert precies werken en je houden aan de planning.':
    'Ви працюєте на складі з постійним наставником. Ви вчитеся працювати точно і дотримуватися плану.',
  'Werken met een buddy in de zorg': 'Робота з напарником у сфері догляду',
  'Je werkt samen met een ervaren collega. Je leert goed zorgen en opletten.':
    'Ви працюєте разом із досвідченим колегою. Ви вчитеся добре доглядати і бути уважними.',
  'Leerwerkplek servicemonteur': 'Навчальне робоче місце: сервісний монтажник',
  'Je gaat mee naar klanten en lost storingen op. Later doe je dat alleen.':
    'Ви їздите з колегою до клієнтів і усуваєте несправності. Згодом ви робите це самі.',
  'Meewerken in de winkel': 'Робота в магазині',
  'Je werkt mee in een winkel. Je helpt klanten en ziet zelf wat er moet gebeuren.':
    'Ви працюєте в магазині. Ви допомагаєте клієнтам і самі бачите, що треба зробити.',
  'Meerijden met een ervaren chauffeur': 'Поїздки з досвідченим водієм',
  'Je rijdt mee en leert de vaste ritten. Je leert op tijd en veilig leveren.':
    'Ви їздите разом з водієм і вивчаєте постійні маршрути. Ви вчитеся доставляти вчасно і безпечно.',
  'Groeien naar meewerkend voorman': 'Стати бригадиром, який працює разом з усіма',
  'Je leert een ploeg aan te sturen terwijl je meewerkt. Je start zelf verbeteringen.':
    'Ви вчитеся керувати бригадою і водночас працювати разом з нею. Ви самі починаєте покращення.',
  'VCA Basis': 'VCA Basis (базовий сертифікат безпеки)',
  'Je leert veilig werken op de bouwplaats en in de techniek. Je sluit af met een examen.':
    'Ви вчитеся безпечно працювати на будові і в технічній роботі. В кінці ви складаєте іспит.',
  'VCA VOL voor leidinggevenden': 'VCA VOL для керівників',
  'Je leert zorgen voor de veiligheid van je ploeg. Je leert collega’s aan te spreken.':
    'Ви вчитеся дбати про безпеку своєї бригади. Ви вчитеся робити колегам зауваження.',
  Heftruckcertificaat: 'Сертифікат водія навантажувача',
  'Je leert veilig rijden met een heftruck. Je oefent met laden en lossen.':
    'Ви вчитеся безпечно їздити на навантажувачі. Ви тренуєтеся завантажувати і розвантажувати.',
  'Hygiëne in de keuken': 'Гігієна на кухні',
  'Je leert schoon en veilig werken met eten. Je kent de regels voor hygiëne.':
    'Ви вчитеся чисто і безпечно працювати з їжею. Ви знаєте правила гігієни.',
  'EHBO-diploma': 'Сертифікат першої допомоги',
  'Je leert eerste hulp geven bij een ongeluk. Je leert rustig te blijven.':
    'Ви вчитеся надавати першу допомогу при нещасному випадку. Ви вчитеся залишатися спокійними.',
  'Veilig werken op hoogte': 'Безпечна робота на висоті',
  'Je leert veilig werken op een ladder, steiger of dak. Je oefent met een harnas.':
    'Ви вчитеся безпечно працювати на драбині, риштуванні чи даху. Ви тренуєтеся зі страхувальним поясом.',
  'Code 95-nascholing': 'Code 95: навчання для водіїв',
  'Je volgt een dag les voor je rijbewijs als chauffeur. Je leert veilig en slim plannen.':
    'Ви один день навчаєтеся для свого посвідчення професійного водія. Ви вчитеся планувати безпечно і розумно.',
};
export default uk;
