/** Building blocks shared by every schema of the contract. */
import * as z from 'zod/mini';
import type * as domain from '@pfw/core/domain';

// No code generation: zod would otherwise try `new Function` (a CSP violation on strict partner pages).
z.config({ jitless: true });

/** Register a schema under a stable name: it becomes a component in the OpenAPI document. */
export function named<T extends z.ZodMiniType>(schema: T, id: string, description: string): T {
  z.globalRegistry.add(schema, { id, description });
  return schema;
}

/** Well-formed Unicode: no UTF-16 surrogate without its partner (no character; PostgreSQL cannot store it). */
const WELL_FORMED = /^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/;

/** Whether a string is well-formed Unicode (as String.prototype.isWellFormed, ES2024). */
export const isWellFormedText = (s: string): boolean => WELL_FORMED.test(s);

/**
 * A string with a length range; trims nothing, so what is stored is what was sent. Never the NUL
 * character (PostgreSQL cannot store it), never a lone surrogate (not Unicode text: JSON lets
 * "\udc00" through), and with `min` above 0, at least `min` characters besides spaces. Regexes
 * only, no refine: zod's refine would add a quarter kB to every widget.
 */
export const text = (min: number, max: number) =>
  z.string().check(
    // Too short says only that (the check on spaces below would say it again).
    z.minLength(min, { abort: true }),
    z.maxLength(max),
    z.regex(/^[^\0]*$/, { message: 'must not contain the NUL character (U+0000)' }),
    z.regex(WELL_FORMED, { message: 'must be well-formed Unicode (no lone surrogate)' }),
    ...(min > 0
      ? [z.regex(new RegExp(`^(?:\\s*\\S){${min}}`), { message: `must have ${min} or more characters besides spaces` })]
      : []),
  );

/**
 * A whole number from min to max (by default the safe integers, as zod's int has them). Not zod's
 * int: its number-format check would then sit in every widget that reads any whole number, about 0.2 kB
 * gzip each; multipleOf(1) is the same test, and the OpenAPI document still says `integer`
 * (openapi.ts). The error says "must be a whole number" (issues.ts).
 */
export const int = (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) =>
  z.number().check(z.multipleOf(1), z.gte(min), z.lte(max));

/** The languages the product speaks: Dutch first, English second. */
export const Lang = z.enum(['nl', 'en']);
export type Lang = domain.Lang;

/** The languages a person may read the product in (domain.ts): Dutch and English, then translations. */
export const ReadingLang = z.enum(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
export type ReadingLang = domain.ReadingLang;

/** A reading language, or Eenvoudig Nederlands (`a2`: Dutch at level A2) — what a text is read in (domain.ts). */
export const TextLang = z.enum(['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'a2']);
export type TextLang = domain.TextLang;

const written = text(1, 2000);
const translated = z.optional(written);
/** A text in Dutch and English, and in the other reading languages where it is translated. */
export const LocalizedText = /*#__PURE__*/ named(
  z.object({
    nl: written,
    en: written,
    ar: translated,
    tr: translated,
    pl: translated,
    uk: translated,
    a2: translated,
  }),
  'LocalizedText',
  'A text in Dutch (nl) and English (en), and where written in Arabic (ar), Turkish (tr), Polish (pl), Ukrainian (uk) and Eenvoudig Nederlands (a2: Dutch at level A2).',
);
export type LocalizedText = domain.LocalizedText;

/** kebab-case slug: stable ids of skills, occupations, offers and items. */
export const Slug = z.string().check(z.minLength(2), z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** Server-made ids (random, url-safe). */
export const Id = z.string().check(z.minLength(8), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

/** The one 1-5 level scale shared by skillprints and job profiles. */
export const Level = int(1, 5);
export type Level = domain.Level;

/** Importance of a requirement: 1 nice to have, 2 important, 3 very important. */
export const Importance = int(1, 3);

/**
 * An ISO 8601 timestamp to the second (a fraction may follow) with Z or an offset, on a day the
 * calendar has: what zod's iso.datetime({ offset: true }) takes, as one fixed pattern. zod builds
 * its pattern at run time for every precision and form, which cost every widget about 0.35 kB.
 */
export const Timestamp = z
  .string()
  .check(
    z.regex(
      /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
      { message: 'must be a date and time such as 2026-11-28T09:30:00Z' },
    ),
  );
export const DateOnly = z.iso.date();

/** A pseudonym: what an employer sees of a candidate before consent. */
export const Pseudonym = z.string().check(z.minLength(4), z.maxLength(40), z.regex(/^[A-Za-z0-9-]+$/));

/** A region: a Dutch province or a free region name of a partner. */
export const Region = text(2, 80);

/** Hours a week, as a range. */
export const HoursRange = z
  .object({ min: int(1, 60), max: int(1, 60) })
  .check(z.refine((h) => h.min <= h.max, { message: 'min must not be above max', path: ['min'] }));

/** A page of results. */
export const page = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item), total: int(0) });
