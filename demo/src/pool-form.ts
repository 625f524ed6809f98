/**
 * The portal's talent-pool form without the page: what is wrong with what was typed (in Dutch,
 * B1, said at the field), the body it sends, and which field a refusal of the API is about.
 * Plain functions, so the demo's node tests check them (demo/pool-form.test.ts).
 */
import type { FieldError } from '@pfw/contract';

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

const MESSAGES = {
  regionEmpty: 'Vul in waar je wilt werken. Bijvoorbeeld een plaats of provincie.',
  regionShort: 'Dat is te kort. Vul een plaats of provincie in.',
  regionLong: `Dat is te lang. Gebruik niet meer dan ${REGION.max} tekens.`,
  regionRefused: 'Dit klopt niet. Vul een plaats of provincie in.',
  hoursEmpty: (label: string) => `Vul bij ${label} een aantal uren in.`,
  hoursRange: (label: string) => `Vul bij ${label} een heel getal in van ${HOURS.min} tot ${HOURS.max}.`,
  hoursOrder: 'Het minimum aantal uren is hoger dan het maximum. Pas een van de twee aan.',
  consent: 'Zet een vinkje bij deze zin. Anders kun je niet meedoen.',
} as const;

/** What is wrong now, per part of the form; no entry when that part is fine. Text is trimmed first. */
export function checkPool(values: PoolValues): PoolProblems {
  const found: PoolProblems = {};
  const region = values.region.trim();
  if (!region) found.region = { message: MESSAGES.regionEmpty, controls: ['region'] };
  else if (region.length < REGION.min) found.region = { message: MESSAGES.regionShort, controls: ['region'] };
  else if (region.length > REGION.max) found.region = { message: MESSAGES.regionLong, controls: ['region'] };
  // The hours: each field on its own first, then the two together.
  for (const [name, label] of [
    ['min', 'Minimaal'],
    ['max', 'Maximaal'],
  ] as const) {
    const typed = values[name].trim();
    const hours = Number(typed);
    if (!typed) found.hours ??= { message: MESSAGES.hoursEmpty(label), controls: [name] };
    else if (!Number.isInteger(hours) || hours < HOURS.min || hours > HOURS.max)
      found.hours ??= { message: MESSAGES.hoursRange(label), controls: [name] };
  }
  if (!found.hours && Number(values.min) > Number(values.max))
    found.hours = { message: MESSAGES.hoursOrder, controls: ['min', 'max'] };
  if (!values.consent) found.consent = { message: MESSAGES.consent, controls: ['consent'] };
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
export function refusedFields(errors: readonly FieldError[] | undefined): PoolProblems {
  const found: PoolProblems = {};
  for (const error of errors ?? []) {
    const path = error.path;
    if (path === 'body.region') found.region ??= { message: MESSAGES.regionRefused, controls: ['region'] };
    else if (path === 'body.hours' || path.startsWith('body.hours.')) {
      const name = path === 'body.hours.max' ? 'max' : 'min';
      found.hours ??=
        // The API's check of the two together is put on "min" (contract: HoursRange).
        /above max/.test(error.message)
          ? { message: MESSAGES.hoursOrder, controls: ['min', 'max'] }
          : { message: MESSAGES.hoursRange(name === 'min' ? 'Minimaal' : 'Maximaal'), controls: [name] };
    }
  }
  return found;
}

/** The line under the button when something is wrong: how many, and where to look. */
export function countProblems(found: PoolProblems): string {
  const count = POOL_FIELDS.filter((field) => found[field]).length;
  return count === 1
    ? 'Er is nog 1 ding niet goed. Kijk bij de melding.'
    : `Er zijn nog ${count} dingen niet goed. Kijk bij de meldingen.`;
}
