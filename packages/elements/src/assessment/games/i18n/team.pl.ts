/**
 * Polish: Working together's texts (#25), keyed by the Dutch source. Written for meaning at B1.
 * Not yet reviewed by a native speaker.
 */
import type { Catalogue } from '@pfw/core/text';

const pl: Catalogue = {
  'Je vult samen met Sanne de schappen in de supermarkt. Sanne heeft nog veel dozen. Met z’n tweeën gaat dat sneller.':
    'Ty i Sanne układacie towar na półkach w supermarkecie. Sanne ma jeszcze dużo kartonów. We dwoje pójdzie to szybciej.',
  'Je harkt samen met Tim de bladeren in het park. Tim is bijna klaar. Jij hebt nog een groot stuk.':
    'Ty i Tim grabicie liście w parku. Tim prawie kończy. Ty masz jeszcze dużą część do zrobienia.',
  'Je werkt in een magazijn. Ahmed pakt een grote bestelling in. Hij heeft nog veel werk. Met z’n tweeën gaat het veel sneller.':
    'Pracujesz w magazynie. Ahmed pakuje duże zamówienie. Ma jeszcze dużo pracy. We dwoje pójdzie to dużo szybciej.',
  'Je werkt in een keuken. Jij snijdt groente. Lisa doet de afwas. Ze is bijna klaar.':
    'Pracujesz w kuchni. Ty kroisz warzywa. Lisa zmywa naczynia. Prawie kończy.',
  'Je werkt op een bouwplaats. Daan brengt stenen naar de metselaar. Hij heeft nog veel te doen. Samen gaat het sneller.':
    'Pracujesz na budowie. Daan nosi cegły do murarza. Ma jeszcze dużo do zrobienia. Razem pójdzie to szybciej.',
  'Je werkt in een zorghuis. Jullie maken de bedden op. Naima heeft nog maar een paar bedden. Jij hebt er nog veel.':
    'Pracujesz w domu opieki. Razem ścielicie łóżka. Naima ma już tylko kilka łóżek. Ty masz jeszcze dużo.',
  'Je werkt in een kledingwinkel. Jullie hangen prijzen aan nieuwe kleding. Sem heeft meer werk dan jij. Maar jullie hebben maar één prijstang.':
    'Pracujesz w sklepie z odzieżą. Razem przyczepiacie ceny do nowych ubrań. Sem ma więcej pracy niż ty. Ale macie tylko jedną metkownicę.',
  'Je werkt bij een bakker. Fatima moet nog veel taarten versieren. Jij bent bijna klaar met de broodjes.':
    'Pracujesz w piekarni. Fatima musi jeszcze ozdobić dużo tortów. Ty prawie kończysz robić bułki.',
  'Je maakt samen met Eva een kantoor schoon. Eva vraagt: help je even met de ramen? Zij heeft minder werk dan jij.':
    'Ty i Eva sprzątacie biuro. Eva pyta: pomożesz mi przy oknach? Ona ma mniej pracy niż ty.',
  'Je maakt kamers schoon in een hotel. Mo heeft nog veel kamers te doen. Jij bent bijna klaar.':
    'Sprzątasz pokoje w hotelu. Mo ma jeszcze dużo pokoi do zrobienia. Ty prawie kończysz.',
  'Je sorteert pakketten bij een bezorgdienst. Noor heeft iets meer pakketten dan jij. Ze vraagt of je helpt.':
    'Sortujesz paczki w firmie kurierskiej. Noor ma trochę więcej paczek niż ty. Pyta, czy jej pomożesz.',
  'Je werkt in een magazijn. De vrachtwagen komt jouw pallets halen. Zijn ze niet op tijd klaar, dan moet het hele team wachten. Kevin loopt achter met zijn bestellingen.':
    'Pracujesz w magazynie. Ciężarówka przyjedzie po twoje palety. Jeśli nie będą gotowe na czas, cały zespół musi czekać. Kevin jest w tyle ze swoimi zamówieniami.',
  'Je werkt in een keuken. Jouw soep moet op tijd klaar zijn voor de lunch. Anders moet iedereen wachten. Aylin moet nog veel salades maken.':
    'Pracujesz w kuchni. Twoja zupa musi być gotowa na czas, przed lunchem. Inaczej wszyscy muszą czekać. Aylin musi jeszcze zrobić dużo sałatek.',
  'Je werkt op een bouwplaats. De bouwlift zit op slot. Daardoor kan Bram zijn stenen niet naar boven brengen. Jij hebt ook geen sleutel. Alleen de teamleider heeft er een.':
    'Pracujesz na budowie. Winda budowlana jest zamknięta na klucz. Dlatego Bram nie może wwieźć swoich cegieł na górę. Ty też nie masz klucza. Ma go tylko kierownik zespołu.',
  'Je werkt in een tuincentrum. Yara moet planten prijzen met de nieuwe scanner. Ze weet niet hoe die werkt. Jij weet het wel. Zelf uitzoeken kost haar veel tijd.':
    'Pracujesz w centrum ogrodniczym. Yara musi nowym skanerem oznaczyć ceny roślin. Nie wie, jak on działa. Ty to wiesz. Jeśli sama będzie to sprawdzać, zajmie jej to dużo czasu.',
  'Je werkt in de wasserij van een zorghuis. Joris vraagt of je helpt met vouwen. Hij heeft minder werk dan jij.':
    'Pracujesz w pralni domu opieki. Joris pyta, czy pomożesz mu składać pranie. On ma mniej pracy niż ty.',
  'Je werkt in een magazijn. Mehmet draagt alle dozen één voor één. Jouw tip: met een steekwagen gaat het veel sneller.':
    'Pracujesz w magazynie. Mehmet nosi wszystkie kartony po jednym. Twoja wskazówka: z wózkiem transportowym pójdzie to dużo szybciej.',
  'Je werkt in een keuken. Jouw saus moet op tijd klaar zijn. Anders moet de hele keuken wachten. Sara moet nog veel uien snijden. Jouw tip: een trucje om sneller te snijden.':
    'Pracujesz w kuchni. Twój sos musi być gotowy na czas. Inaczej cała kuchnia musi czekać. Sara musi jeszcze pokroić dużo cebuli. Twoja wskazówka: sposób, żeby kroić szybciej.',
  'Je werkt op een bouwplaats. Luuk moet zware kozijnen plaatsen. Alleen gaat dat langzaam. Samen tillen gaat veel sneller. Jouw tip: een handige volgorde.':
    'Pracujesz na budowie. Luuk musi wstawić ciężkie ramy okienne. Samemu idzie to wolno. Gdy podnosicie razem, idzie dużo szybciej. Twoja wskazówka: dobra kolejność pracy.',
  'Je werkt in een zorghuis. Fenna deelt medicijnen uit. Op de lijst staat iets anders dan op het doosje. Jullie mogen dat allebei niet zelf oplossen. Alleen de teamleider mag dat.':
    'Pracujesz w domu opieki. Fenna rozdaje leki. Na liście jest coś innego niż na pudełku. Nie wolno wam rozwiązać tego samodzielnie. Może to zrobić tylko kierownik zespołu.',
  'Je werkt op een bouwplaats. De betonwagen komt voor jouw deel van de vloer. Is dat niet op tijd klaar, dan moet iedereen wachten. Jesse loopt achter. Jouw tip: hoe hij sneller kan werken.':
    'Pracujesz na budowie. Betoniarka przyjedzie do twojej części podłogi. Jeśli ta część nie będzie gotowa na czas, wszyscy muszą czekać. Jesse jest w tyle. Twoja wskazówka: jak może pracować szybciej.',
  'Wat is het beste voor het team?': 'Co jest najlepsze dla zespołu?',
  'Het team is klaar als iedereen klaar is.': 'Zespół kończy pracę, gdy wszyscy skończą.',
  'Vraag de teamleider alleen als jullie het samen niet kunnen oplossen.':
    'Pytaj kierownika zespołu tylko wtedy, gdy razem nie możecie tego rozwiązać.',
  'Let op: jouw deel moet over {m} minuten klaar zijn.': 'Uwaga: twoja część musi być gotowa za {m} minut.',
  Jij: 'Ty',
  'nog {m} minuten': 'jeszcze {m} minut',
  'kan niet verder': 'nie może pracować dalej',
  'Ik help {name}.': 'Pomagam w pracy, którą robi {name}.',
  'Ik ga door met mijn eigen werk.': 'Dalej robię swoją pracę.',
  'Ik vraag het aan de teamleider.': 'Pytam kierownika zespołu.',
  'Ik geef {name} een tip.': 'Daję wskazówkę do pracy, którą robi {name}.',
  'Zo is het team het snelst klaar: na {m} minuten.': 'Tak zespół skończy najszybciej: po {m} minutach.',
  'Beter was:': 'Lepszy wybór:',
  'Dan is het team na {m} minuten klaar.': 'Wtedy zespół skończy po {m} minutach.',
  'Met jouw keuze pas na {m} minuten.': 'Z twoim wyborem dopiero po {m} minutach.',
  'Met jouw keuze komt het team niet op tijd klaar.': 'Z twoim wyborem zespół nie skończy na czas.',
};
export default pl;
