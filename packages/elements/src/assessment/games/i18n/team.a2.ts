/**
 * Eenvoudig Nederlands (A2): Working together's texts (#25), keyed by the Dutch B1 source. For
 * readers who find B1 hard (MBO 1-2): at most 10 words a sentence, everyday words.
 */
import type { Catalogue } from '@pfw/core/text';

const a2: Catalogue = {
  'Je vult samen met Sanne de schappen in de supermarkt. Sanne heeft nog veel dozen. Met z’n tweeën gaat dat sneller.':
    'Je werkt met Sanne in de supermarkt. Jullie vullen de schappen. Sanne heeft nog veel dozen. Samen gaat dat sneller.',
  'Je harkt samen met Tim de bladeren in het park. Tim is bijna klaar. Jij hebt nog een groot stuk.':
    'Je werkt met Tim in het park. Jullie harken de bladeren bij elkaar. Tim is bijna klaar. Jij moet nog een groot stuk doen.',
  'Je werkt in een magazijn. Ahmed pakt een grote bestelling in. Hij heeft nog veel werk. Met z’n tweeën gaat het veel sneller.':
    'Je werkt in een magazijn. Ahmed pakt een grote bestelling in. Hij heeft nog veel werk. Samen gaat het veel sneller.',
  'Je werkt in een keuken. Jij snijdt groente. Lisa doet de afwas. Ze is bijna klaar.':
    'Je werkt in een keuken. Jij snijdt groente. Lisa doet de afwas. Ze is bijna klaar.',
  'Je werkt op een bouwplaats. Daan brengt stenen naar de metselaar. Hij heeft nog veel te doen. Samen gaat het sneller.':
    'Je werkt op een bouwplaats. Daan brengt stenen naar een collega. Hij heeft nog veel te doen. Samen gaat het sneller.',
  'Je werkt in een zorghuis. Jullie maken de bedden op. Naima heeft nog maar een paar bedden. Jij hebt er nog veel.':
    'Je werkt in een zorghuis. Jullie maken de bedden op. Naima heeft nog maar een paar bedden. Jij hebt er nog veel.',
  'Je werkt in een kledingwinkel. Jullie hangen prijzen aan nieuwe kleding. Sem heeft meer werk dan jij. Maar jullie hebben maar één prijstang.':
    'Je werkt in een kledingwinkel. Jullie hangen prijzen aan nieuwe kleding. Sem heeft meer werk dan jij. Maar jullie hebben maar 1 apparaat voor de prijzen.',
  'Je werkt bij een bakker. Fatima moet nog veel taarten versieren. Jij bent bijna klaar met de broodjes.':
    'Je werkt bij een bakker. Fatima moet nog veel taarten versieren. Jij bent bijna klaar met de broodjes.',
  'Je maakt samen met Eva een kantoor schoon. Eva vraagt: help je even met de ramen? Zij heeft minder werk dan jij.':
    'Je maakt met Eva een kantoor schoon. Eva vraagt: help je even met de ramen? Zij heeft minder werk dan jij.',
  'Je maakt kamers schoon in een hotel. Mo heeft nog veel kamers te doen. Jij bent bijna klaar.':
    'Je maakt kamers schoon in een hotel. Mo heeft nog veel kamers te doen. Jij bent bijna klaar.',
  'Je sorteert pakketten bij een bezorgdienst. Noor heeft iets meer pakketten dan jij. Ze vraagt of je helpt.':
    'Je werkt bij een bedrijf dat pakketten bezorgt. Jullie sorteren pakketten. Noor heeft iets meer pakketten dan jij. Ze vraagt of je helpt.',
  'Je werkt in een magazijn. De vrachtwagen komt jouw pallets halen. Zijn ze niet op tijd klaar, dan moet het hele team wachten. Kevin loopt achter met zijn bestellingen.':
    'Je werkt in een magazijn. De vrachtwagen komt jouw pallets halen. Ze moeten op tijd klaar zijn. Anders moet het hele team wachten. Kevin is te laat met zijn bestellingen.',
  'Je werkt in een keuken. Jouw soep moet op tijd klaar zijn voor de lunch. Anders moet iedereen wachten. Aylin moet nog veel salades maken.':
    'Je werkt in een keuken. Jouw soep moet op tijd klaar zijn voor de lunch. Anders moet iedereen wachten. Aylin moet nog veel salades maken.',
  'Je werkt op een bouwplaats. De bouwlift zit op slot. Daardoor kan Bram zijn stenen niet naar boven brengen. Jij hebt ook geen sleutel. Alleen de teamleider heeft er een.':
    'Je werkt op een bouwplaats. De lift zit op slot. Bram kan zijn stenen dus niet naar boven brengen. Jij hebt ook geen sleutel. Alleen de teamleider heeft er een.',
  'Je werkt in een tuincentrum. Yara moet planten prijzen met de nieuwe scanner. Ze weet niet hoe die werkt. Jij weet het wel. Zelf uitzoeken kost haar veel tijd.':
    'Je werkt in een tuincentrum. Yara moet prijzen op planten zetten met de nieuwe scanner. Ze weet niet hoe die werkt. Jij weet het wel. Zelf uitzoeken kost haar veel tijd.',
  'Je werkt in de wasserij van een zorghuis. Joris vraagt of je helpt met vouwen. Hij heeft minder werk dan jij.':
    'Je doet de was in een zorghuis. Joris vraagt of je helpt met vouwen. Hij heeft minder werk dan jij.',
  'Je werkt in een magazijn. Mehmet draagt alle dozen één voor één. Jouw tip: met een steekwagen gaat het veel sneller.':
    'Je werkt in een magazijn. Mehmet draagt alle dozen. Hij pakt er steeds maar 1. Jouw tip: met een karretje gaat het veel sneller.',
  'Je werkt in een keuken. Jouw saus moet op tijd klaar zijn. Anders moet de hele keuken wachten. Sara moet nog veel uien snijden. Jouw tip: een trucje om sneller te snijden.':
    'Je werkt in een keuken. Jouw saus moet op tijd klaar zijn. Anders moet de hele keuken wachten. Sara moet nog veel uien snijden. Jouw tip: een trucje om sneller te snijden.',
  'Je werkt op een bouwplaats. Luuk moet zware kozijnen plaatsen. Alleen gaat dat langzaam. Samen tillen gaat veel sneller. Jouw tip: een handige volgorde.':
    'Je werkt op een bouwplaats. Luuk moet zware ramen in de muur zetten. Alleen gaat dat langzaam. Samen tillen gaat veel sneller. Jouw tip: een handige volgorde.',
  'Je werkt in een zorghuis. Fenna deelt medicijnen uit. Op de lijst staat iets anders dan op het doosje. Jullie mogen dat allebei niet zelf oplossen. Alleen de teamleider mag dat.':
    'Je werkt in een zorghuis. Fenna geeft medicijnen aan de bewoners. Op de lijst staat iets anders dan op het doosje. Jullie mogen dat allebei niet zelf oplossen. Alleen de teamleider mag dat.',
  'Je werkt op een bouwplaats. De betonwagen komt voor jouw deel van de vloer. Is dat niet op tijd klaar, dan moet iedereen wachten. Jesse loopt achter. Jouw tip: hoe hij sneller kan werken.':
    'Je werkt op een bouwplaats. De betonwagen komt voor jouw deel van de vloer. Jouw deel moet op tijd klaar zijn. Anders moet iedereen wachten. Jesse is te laat met zijn werk. Jouw tip: hoe hij sneller kan werken.',
  'Wat is het beste voor het team?': 'Wat is het beste voor het team?',
  'Het team is klaar als iedereen klaar is.': 'Het team is klaar als iedereen klaar is.',
  'Vraag de teamleider alleen als jullie het samen niet kunnen oplossen.':
    'Lukt het jullie samen niet? Alleen dan vraag je de teamleider.',
  'Let op: jouw deel moet over {m} minuten klaar zijn.': 'Let op: jouw deel moet over {m} minuten klaar zijn.',
  Jij: 'Jij',
  'nog {m} minuten': 'nog {m} minuten',
  'kan niet verder': 'kan niet verder',
  'Ik help {name}.': 'Ik help {name}.',
  'Ik ga door met mijn eigen werk.': 'Ik ga door met mijn eigen werk.',
  'Ik vraag het aan de teamleider.': 'Ik vraag het aan de teamleider.',
  'Ik geef {name} een tip.': 'Ik geef {name} een tip.',
  'Zo is het team het snelst klaar: na {m} minuten.': 'Zo is het team het snelst klaar: na {m} minuten.',
  'Beter was:': 'Beter was:',
  'Dan is het team na {m} minuten klaar.': 'Dan is het team na {m} minuten klaar.',
  'Met jouw keuze pas na {m} minuten.': 'Met jouw keuze pas na {m} minuten.',
  'Met jouw keuze komt het team niet op tijd klaar.': 'Met jouw keuze komt het team niet op tijd klaar.',
};
export default a2;
