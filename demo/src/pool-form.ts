/**
 * The portal's talent-pool form without the page: what is wrong with what was typed (B1, in the
 * page's language, said at the field), the body it sends, and which field a refusal of the API
 * is about.
 * Plain functions, so the demo's node tests check them (demo/pool-form.test.ts).
 */
import type { FieldError } from '@pfw/contract';
import { PAGE_TEXTS, type PageLang } from './portal-texts.js';

/** The parts of the form a message stands next to (`#<field>-error`). */
export type PoolField = 'region' | 'hours' | 'consent';
export const POOL_FIELDS: readonly PoolField[] = ['region', 'hours', 'consent'];

/** What the form holds, as typed. */
export interface PoolValues {
  region: string;
  min: string;
  max: string;
  availability: string;
  consent: boolean;
}

/** One problem: what to say, and the controls (by name) it is about. */
export interface PoolProblem {
  message: string;
  controls: string[];
}
export type PoolProblems = Partial<Record<PoolField, PoolProblem>>;

/** The same bounds as the API's (contract: Region, HoursRange). */
const REGION = { min: 2, max: 80 };
const HOURS = { min: 1, max: 60 };

const nl = {
  regionEmpty: 'Vul in waar je wilt werken. Bijvoorbeeld een plaats of provincie.',
  regionShort: 'Dat is te kort. Vul een plaats of provincie in.',
  regionLong: `Dat is te lang. Gebruik niet meer dan ${REGION.max} tekens.`,
  regionRefused: 'Dit klopt niet. Vul een plaats of provincie in.',
  hoursEmpty: (label: string) => `Vul bij ${label} een aantal uren in.`,
  hoursRange: (label: string) => `Vul bij ${label} een heel getal in van ${HOURS.min} tot ${HOURS.max}.`,
  hoursOrder: 'Het minimum aantal uren is hoger dan het maximum. Pas een van de twee aan.',
  consent: 'Zet een vinkje bij deze zin. Anders kun je niet meedoen.',
  problems: (count: number) =>
    count === 1
      ? 'Er is nog 1 ding niet goed. Kijk bij de melding.'
      : `Er zijn nog ${count} dingen niet goed. Kijk bij de meldingen.`,
};
type PoolMessages = typeof nl;

/** The same in the other languages of the page (portal-texts.ts), not yet reviewed by native speakers. */
const MESSAGES: Record<PageLang, PoolMessages> = {
  nl,
  en: {
    regionEmpty: 'Fill in where you want to work. For example a town or province.',
    regionShort: 'That is too short. Fill in a town or province.',
    regionLong: `That is too long. Use no more than ${REGION.max} characters.`,
    regionRefused: 'That is not right. Fill in a town or province.',
    hoursEmpty: (label) => `Fill in a number of hours at ${label}.`,
    hoursRange: (label) => `Fill in a whole number from ${HOURS.min} to ${HOURS.max} at ${label}.`,
    hoursOrder: 'The least number of hours is higher than the most. Change one of the two.',
    consent: 'Tick this sentence. Otherwise you cannot take part.',
    problems: (count) =>
      count === 1
        ? '1 thing is not right yet. Look at the message.'
        : `${count} things are not right yet. Look at the messages.`,
  },
  ar: {
    regionEmpty: 'اكتب أين تريد أن تعمل. مثلًا مدينة أو محافظة.',
    regionShort: 'هذا قصير جدًا. اكتب مدينة أو محافظة.',
    regionLong: `هذا طويل جدًا. لا تستخدم أكثر من ${REGION.max} حرفًا.`,
    regionRefused: 'هذا غير صحيح. اكتب مدينة أو محافظة.',
    hoursEmpty: (label) => `اكتب عدد الساعات عند «${label}».`,
    hoursRange: (label) => `اكتب عند «${label}» عددًا صحيحًا من ${HOURS.min} إلى ${HOURS.max}.`,
    hoursOrder: 'أقل عدد من الساعات أكبر من أكثر عدد. غيّر واحدًا منهما.',
    consent: 'ضع علامة عند هذه الجملة. وإلا لا يمكنك المشاركة.',
    problems: (count) =>
      count === 1
        ? 'ما زال هناك شيء واحد غير صحيح. انظر إلى الرسالة.'
        : `ما زالت هناك ${count} أشياء غير صحيحة. انظر إلى الرسائل.`,
  },
  tr: {
    regionEmpty: 'Nerede çalışmak istediğini yaz. Örneğin bir şehir ya da il.',
    regionShort: 'Bu çok kısa. Bir şehir ya da il yaz.',
    regionLong: `Bu çok uzun. En fazla ${REGION.max} karakter kullan.`,
    regionRefused: 'Bu doğru değil. Bir şehir ya da il yaz.',
    hoursEmpty: (label) => `"${label}" alanına bir saat sayısı yaz.`,
    hoursRange: (label) => `"${label}" alanına ${HOURS.min} ile ${HOURS.max} arasında bir tam sayı yaz.`,
    hoursOrder: 'En az saat, en çok saatten yüksek. İkisinden birini değiştir.',
    consent: 'Bu cümleyi işaretle. Yoksa katılamazsın.',
    problems: (count) =>
      count === 1 ? 'Hâlâ 1 şey doğru değil. Mesaja bak.' : `Hâlâ ${count} şey doğru değil. Mesajlara bak.`,
  },
  pl: {
    regionEmpty: 'Wpisz, gdzie chcesz pracować. Na przykład miasto lub prowincję.',
    regionShort: 'To za krótkie. Wpisz miasto lub prowincję.',
    regionLong: `To za długie. Użyj najwyżej ${REGION.max} znaków.`,
    regionRefused: 'To się nie zgadza. Wpisz miasto lub prowincję.',
    hoursEmpty: (label) => `Wpisz liczbę godzin w polu „${label}”.`,
    hoursRange: (label) => `Wpisz w polu „${label}” liczbę całkowitą od ${HOURS.min} do ${HOURS.max}.`,
    hoursOrder: 'Najmniejsza liczba godzin jest większa niż największa. Zmień jedną z nich.',
    consent: 'Zaznacz to zdanie. Inaczej nie możesz wziąć udziału.',
    problems: (count) =>
      count === 1
        ? 'Jedna rzecz jest jeszcze niepoprawna. Zobacz komunikat.'
        : `Niepoprawne rzeczy: ${count}. Zobacz komunikaty.`,
  },
  uk: {
    regionEmpty: 'Напишіть, де ви хочете працювати. Наприклад місто або провінцію.',
    regionShort: 'Це закоротко. Напишіть місто або провінцію.',
    regionLong: `Це задовго. Використайте не більше ${REGION.max} символів.`,
    regionRefused: 'Це неправильно. Напишіть місто або провінцію.',
    hoursEmpty: (label) => `Напишіть кількість годин у полі «${label}».`,
    hoursRange: (label) => `Напишіть у полі «${label}» ціле число від ${HOURS.min} до ${HOURS.max}.`,
    hoursOrder: 'Найменша кількість годин більша за найбільшу. Змініть одну з них.',
    consent: 'Позначте це речення. Інакше ви не можете взяти участь.',
    problems: (count) =>
      count === 1
        ? 'Одна річ ще неправильна. Подивіться на повідомлення.'
        : `Неправильних речей: ${count}. Подивіться на повідомлення.`,
  },
};

/** What is wrong now, per part of the form; no entry when that part is fine. Text is trimmed first. */
export function checkPool(values: PoolValues, lang: PageLang = 'nl'): PoolProblems {
  const t = MESSAGES[lang];
  const found: PoolProblems = {};
  const region = values.region.trim();
  if (!region) found.region = { message: t.regionEmpty, controls: ['region'] };
  else if (region.length < REGION.min) found.region = { message: t.regionShort, controls: ['region'] };
  else if (region.length > REGION.max) found.region = { message: t.regionLong, controls: ['region'] };
  // The hours: each field on its own first, then the two together.
  for (const name of ['min', 'max'] as const) {
    const typed = values[name].trim();
    const hours = Number(typed);
    if (!typed) found.hours ??= { message: t.hoursEmpty(PAGE_TEXTS[lang][name]), controls: [name] };
    else if (!Number.isInteger(hours) || hours < HOURS.min || hours > HOURS.max)
      found.hours ??= { message: t.hoursRange(PAGE_TEXTS[lang][name]), controls: [name] };
  }
  if (!found.hours && Number(values.min) > Number(values.max))
    found.hours = { message: t.hoursOrder, controls: ['min', 'max'] };
  if (!values.consent) found.consent = { message: t.consent, controls: ['consent'] };
  return found;
}

/** The body of putTalentPool from a form without problems (the place without spaces around it). */
export function poolBody(values: PoolValues, consentTextVersion: string) {
  return {
    region: values.region.trim(),
    hours: { min: Number(values.min), max: Number(values.max) },
    availability: values.availability as 'now' | 'within-month' | 'within-three-months',
    consentTextVersion,
  };
}

/**
 * The fields a refusal of the API names (its problem's `errors`, e.g. path "body.region" or
 * "body.hours.min"), each with the person's words. What it names that the form has no field
 * for (the consent text's version) is left out: the page then says it in general.
 */
export function refusedFields(errors: readonly FieldError[] | undefined, lang: PageLang = 'nl'): PoolProblems {
  const t = MESSAGES[lang];
  const found: PoolProblems = {};
  for (const error of errors ?? []) {
    const path = error.path;
    if (path === 'body.region') found.region ??= { message: t.regionRefused, controls: ['region'] };
    else if (path === 'body.hours' || path.startsWith('body.hours.')) {
      const name = path === 'body.hours.max' ? 'max' : 'min';
      found.hours ??=
        // The API's check of the two together is put on "min" (contract: HoursRange).
        /above max/.test(error.message)
          ? { message: t.hoursOrder, controls: ['min', 'max'] }
          : { message: t.hoursRange(PAGE_TEXTS[lang][name]), controls: [name] };
    }
  }
  return found;
}

/** The line under the button when something is wrong: how many, and where to look. */
export function countProblems(found: PoolProblems, lang: PageLang = 'nl'): string {
  return MESSAGES[lang].problems(POOL_FIELDS.filter((field) => found[field]).length);
}
