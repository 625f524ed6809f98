/**
 * Ukrainian: the text alternatives of the scene drawings (#25), keyed by the Dutch source.
 * Written for meaning at B1. Not yet reviewed by a native speaker.
 */
import type { Catalogue } from '@pfw/core/text';

const uk: Catalogue = {
  'Een kamer in een verzorgingshuis, met een bed en een raam. Een bewoner zit in een stoel. Jij staat ernaast.':
    'Кімната в будинку догляду, з ліжком і вікном. Мешканець сидить у кріслі. Ви стоїте поруч.',
  'Een woonkamer bij een cliënt thuis, met een tafel en een klok. De cliënt zit aan tafel. Jij staat erbij met je tas.':
    'Вітальня вдома в клієнта, зі столом і годинником. Клієнт сидить за столом. Ви стоїте поруч зі своєю сумкою.',
  'Een magazijn met rekken vol dozen en een palletwagen. Jij en een collega zijn aan het werk.':
    'Склад зі стелажами, повними коробок, і палетним візком. Ви з колегою працюєте.',
  'Een winkel met schappen en een kassa. Jij staat achter de kassa. Een klant staat ervoor.':
    'Магазин із полицями і касою. Ви стоїте за касою. Перед нею стоїть клієнт.',
  'De keuken van een restaurant, met een fornuis, pannen en borden. Jij staat bij het fornuis.':
    'Кухня ресторану, з плитою, каструлями й тарілками. Ви стоїте біля плити.',
  'Een restaurant met een bar en tafels. Een gast zit aan tafel. Jij brengt een bord.':
    'Ресторан з баром і столиками. Гість сидить за столиком. Ви несете тарілку.',
  'De receptie van een hotel. Jij staat achter de balie. Een gast met een koffer staat ervoor.':
    'Рецепція готелю. Ви стоїте за стійкою. Перед нею стоїть гість з валізою.',
  'Een bouwplaats met een steiger en een muur van stenen. Jij en een collega dragen een helm.':
    'Будова з риштуванням і цегляною стіною. Ви з колегою в касках.',
  'Bij een klant thuis, met een wasmachine, een router en een lamp. Jij hebt je gereedschap bij je. De klant kijkt mee.':
    'Удома в клієнта, з пральною машиною, роутером і лампою. Ви маєте з собою інструменти. Клієнт дивиться, що ви робите.',
  'Een werkplaats met een werkbank en gereedschap aan de muur. Jij staat bij de werkbank.':
    'Майстерня з верстатом та інструментами на стіні. Ви стоїте біля верстата.',
  'Een straat met huizen en een bestelbus. Jij hebt een pakket vast. Verderop is de weg dicht.':
    'Вулиця з будинками і фургоном. Ви тримаєте посилку. Далі дорога перекрита.',
};
export default uk;
