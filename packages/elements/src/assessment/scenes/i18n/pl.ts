/**
 * Polish: the scene drawings' texts (#25), keyed by the Dutch source. Written for meaning at B1.
 * Not yet reviewed by a native speaker.
 */
import type { Catalogue } from '@pfw/core/text';

const pl: Catalogue = {
  'Een kamer in een verzorgingshuis, met een bed en een raam. Een bewoner zit in een stoel. Jij staat ernaast.':
    'Pokój w domu opieki, z łóżkiem i oknem. Mieszkaniec siedzi na krześle. Ty stoisz obok.',
  'Een woonkamer bij een cliënt thuis, met een tafel en een klok. De cliënt zit aan tafel. Jij staat erbij met je tas.':
    'Pokój dzienny w domu klienta, ze stołem i zegarem. Klient siedzi przy stole. Ty stoisz obok ze swoją torbą.',
  'Een magazijn met rekken vol dozen en een palletwagen. Jij en een collega zijn aan het werk.':
    'Magazyn z regałami pełnymi kartonów i wózkiem paletowym. Ty i kolega pracujecie.',
  'Een winkel met schappen en een kassa. Jij staat achter de kassa. Een klant staat ervoor.':
    'Sklep z półkami i kasą. Ty stoisz za kasą. Przed kasą stoi klient.',
  'De keuken van een restaurant, met een fornuis, pannen en borden. Jij staat bij het fornuis.':
    'Kuchnia restauracji, z kuchenką, garnkami i talerzami. Ty stoisz przy kuchence.',
  'Een restaurant met een bar en tafels. Een gast zit aan tafel. Jij brengt een bord.':
    'Restauracja z barem i stolikami. Gość siedzi przy stoliku. Ty przynosisz talerz.',
  'De receptie van een hotel. Jij staat achter de balie. Een gast met een koffer staat ervoor.':
    'Recepcja hotelu. Ty stoisz za ladą. Przed ladą stoi gość z walizką.',
  'Een bouwplaats met een steiger en een muur van stenen. Jij en een collega dragen een helm.':
    'Budowa z rusztowaniem i murem z cegieł. Ty i kolega nosicie kaski.',
  'Bij een klant thuis, met een wasmachine, een router en een lamp. Jij hebt je gereedschap bij je. De klant kijkt mee.':
    'W domu klienta, z pralką, routerem i lampą. Masz ze sobą swoje narzędzia. Klient patrzy, co robisz.',
  'Een werkplaats met een werkbank en gereedschap aan de muur. Jij staat bij de werkbank.':
    'Warsztat ze stołem warsztatowym i narzędziami na ścianie. Ty stoisz przy stole warsztatowym.',
  'Een straat met huizen en een bestelbus. Jij hebt een pakket vast. Verderop is de weg dicht.':
    'Ulica z domami i busem dostawczym. Ty trzymasz paczkę. Dalej droga jest zamknięta.',
};
export default pl;
