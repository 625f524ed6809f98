/**
 * Ukrainian: Working together's texts (#25), keyed by the Dutch source. Written for meaning at B1.
 * Not yet reviewed by a native speaker.
 */
import type { Catalogue } from '@pfw/core/text';

const uk: Catalogue = {
  'Je vult samen met Sanne de schappen in de supermarkt. Sanne heeft nog veel dozen. Met z’n tweeën gaat dat sneller.':
    'Ви разом із Sanne заповнюєте полиці в супермаркеті. У Sanne ще багато коробок. Удвох це швидше.',
  'Je harkt samen met Tim de bladeren in het park. Tim is bijna klaar. Jij hebt nog een groot stuk.':
    'Ви разом із Tim згрібаєте листя в парку. Tim майже закінчив. У вас ще велика ділянка.',
  'Je werkt in een magazijn. Ahmed pakt een grote bestelling in. Hij heeft nog veel werk. Met z’n tweeën gaat het veel sneller.':
    'Ви працюєте на складі. Ahmed пакує велике замовлення. У нього ще багато роботи. Удвох це набагато швидше.',
  'Je werkt in een keuken. Jij snijdt groente. Lisa doet de afwas. Ze is bijna klaar.':
    'Ви працюєте на кухні. Ви ріжете овочі. Lisa миє посуд. Вона майже закінчила.',
  'Je werkt op een bouwplaats. Daan brengt stenen naar de metselaar. Hij heeft nog veel te doen. Samen gaat het sneller.':
    'Ви працюєте на будові. Daan носить цеглу мулярові. У нього ще багато роботи. Разом це швидше.',
  'Je werkt in een zorghuis. Jullie maken de bedden op. Naima heeft nog maar een paar bedden. Jij hebt er nog veel.':
    'Ви працюєте в будинку догляду. Ви застеляєте ліжка. У Naima залишилося лише кілька ліжок. У вас ще багато.',
  'Je werkt in een kledingwinkel. Jullie hangen prijzen aan nieuwe kleding. Sem heeft meer werk dan jij. Maar jullie hebben maar één prijstang.':
    'Ви працюєте в магазині одягу. Ви чіпляєте цінники на новий одяг. У Sem більше роботи, ніж у вас. Але у вас на двох лише один пістолет для цінників.',
  'Je werkt bij een bakker. Fatima moet nog veel taarten versieren. Jij bent bijna klaar met de broodjes.':
    'Ви працюєте в пекарні. Fatima ще має прикрасити багато тортів. Ви майже закінчили з булочками.',
  'Je maakt samen met Eva een kantoor schoon. Eva vraagt: help je even met de ramen? Zij heeft minder werk dan jij.':
    'Ви разом з Eva прибираєте офіс. Eva питає: допоможеш мені з вікнами? У неї менше роботи, ніж у вас.',
  'Je maakt kamers schoon in een hotel. Mo heeft nog veel kamers te doen. Jij bent bijna klaar.':
    'Ви прибираєте номери в готелі. У Mo ще багато номерів. Ви майже закінчили.',
  'Je sorteert pakketten bij een bezorgdienst. Noor heeft iets meer pakketten dan jij. Ze vraagt of je helpt.':
    'Ви сортуєте посилки в службі доставки. У Noor трохи більше посилок, ніж у вас. Вона просить вас допомогти.',
  'Je werkt in een magazijn. De vrachtwagen komt jouw pallets halen. Zijn ze niet op tijd klaar, dan moet het hele team wachten. Kevin loopt achter met zijn bestellingen.':
    'Ви працюєте на складі. Вантажівка приїде забрати ваші палети. Якщо вони не будуть готові вчасно, уся команда чекатиме. Kevin відстає зі своїми замовленнями.',
  'Je werkt in een keuken. Jouw soep moet op tijd klaar zijn voor de lunch. Anders moet iedereen wachten. Aylin moet nog veel salades maken.':
    'Ви працюєте на кухні. Ваш суп має бути готовий вчасно до обіду. Інакше всім доведеться чекати. Aylin ще має зробити багато салатів.',
  'Je werkt op een bouwplaats. De bouwlift zit op slot. Daardoor kan Bram zijn stenen niet naar boven brengen. Jij hebt ook geen sleutel. Alleen de teamleider heeft er een.':
    'Ви працюєте на будові. Будівельний підйомник замкнений. Тому Bram не може підняти свою цеглу нагору. У вас теж немає ключа. Ключ є тільки в керівника команди.',
  'Je werkt in een tuincentrum. Yara moet planten prijzen met de nieuwe scanner. Ze weet niet hoe die werkt. Jij weet het wel. Zelf uitzoeken kost haar veel tijd.':
    'Ви працюєте в садовому центрі. Yara має ставити ціни на рослини новим сканером. Вона не знає, як він працює. А ви знаєте. Самій розбиратися їй доведеться довго.',
  'Je werkt in de wasserij van een zorghuis. Joris vraagt of je helpt met vouwen. Hij heeft minder werk dan jij.':
    'Ви працюєте в пральні будинку догляду. Joris просить вас допомогти складати білизну. У нього менше роботи, ніж у вас.',
  'Je werkt in een magazijn. Mehmet draagt alle dozen één voor één. Jouw tip: met een steekwagen gaat het veel sneller.':
    'Ви працюєте на складі. Mehmet носить усі коробки по одній. Ваша порада: з ручним візком це набагато швидше.',
  'Je werkt in een keuken. Jouw saus moet op tijd klaar zijn. Anders moet de hele keuken wachten. Sara moet nog veel uien snijden. Jouw tip: een trucje om sneller te snijden.':
    'Ви працюєте на кухні. Ваш соус має бути готовий вчасно. Інакше вся кухня чекатиме. Sara ще має нарізати багато цибулі. Ваша порада: хитрість, щоб різати швидше.',
  'Je werkt op een bouwplaats. Luuk moet zware kozijnen plaatsen. Alleen gaat dat langzaam. Samen tillen gaat veel sneller. Jouw tip: een handige volgorde.':
    'Ви працюєте на будові. Luuk має встановити важкі віконні рами. Самому це повільно. Піднімати разом набагато швидше. Ваша порада: зручний порядок роботи.',
  'Je werkt in een zorghuis. Fenna deelt medicijnen uit. Op de lijst staat iets anders dan op het doosje. Jullie mogen dat allebei niet zelf oplossen. Alleen de teamleider mag dat.':
    'Ви працюєте в будинку догляду. Fenna роздає ліки. У списку написано не те, що на коробці. Ніхто з вас не має права вирішувати це сам. Це може тільки керівник команди.',
  'Je werkt op een bouwplaats. De betonwagen komt voor jouw deel van de vloer. Is dat niet op tijd klaar, dan moet iedereen wachten. Jesse loopt achter. Jouw tip: hoe hij sneller kan werken.':
    'Ви працюєте на будові. Бетономішалка приїде для вашої частини підлоги. Якщо вона не буде готова вчасно, усім доведеться чекати. Jesse відстає. Ваша порада: як йому працювати швидше.',
  'Wat is het beste voor het team?': 'Що найкраще для команди?',
  'Het team is klaar als iedereen klaar is.': 'Команда готова, коли готові всі.',
  'Vraag de teamleider alleen als jullie het samen niet kunnen oplossen.':
    'Питайте керівника команди, лише коли ви разом не можете це вирішити.',
  'Let op: jouw deel moet over {m} minuten klaar zijn.': 'Увага: ваша частина має бути готова через {m} хвилин.',
  Jij: 'Ви',
  'nog {m} minuten': 'ще {m} хвилин',
  'kan niet verder': 'не може працювати далі',
  'Ik help {name}.': 'Я допомагаю {name}.',
  'Ik ga door met mijn eigen werk.': 'Я далі роблю свою роботу.',
  'Ik vraag het aan de teamleider.': 'Я питаю керівника команди.',
  'Ik geef {name} een tip.': 'Я даю {name} пораду.',
  'Zo is het team het snelst klaar: na {m} minuten.': 'Так команда закінчить найшвидше: через {m} хвилин.',
  'Beter was:': 'Кращий вибір:',
  'Dan is het team na {m} minuten klaar.': 'Тоді команда закінчить через {m} хвилин.',
  'Met jouw keuze pas na {m} minuten.': 'З вашим вибором — лише через {m} хвилин.',
  'Met jouw keuze komt het team niet op tijd klaar.': 'З вашим вибором команда не встигне вчасно.',
};
export default uk;
