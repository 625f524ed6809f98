/**
 * A partner's own learning offers (#23), beside the skill language's: imported as JSON through
 * the API or as CSV with the server's command line (the CSV is read here, so both check the same
 * way), and completions sent back by a learning platform as an xAPI statement.
 */
import * as z from 'zod/mini';
import { Level, Slug, Timestamp, named, text } from './common.js';
import { ProviderKind, Sector } from './skills.js';

/** A text in Dutch, and in English where the partner has it (else the Dutch one is shown). */
const PartnerText = z.object({ nl: text(1, 2000), en: z.optional(text(1, 2000)) });

export const CatalogueOffer = /*#__PURE__*/ named(
  z.object({
    id: Slug,
    title: PartnerText,
    description: PartnerText,
    provider: z.object({ name: text(2, 120), kind: z.optional(ProviderKind) }),
    develops: z.array(z.object({ skillId: Slug, toLevel: Level })).check(z.minLength(1), z.maxLength(20)),
    durationHours: z.number().check(z.gt(0), z.lte(2000)),
    costEur: z.number().check(z.gte(0), z.lte(100_000)),
    format: z.enum(['online', 'classroom', 'on-the-job', 'blended']),
    /** A deep link to the offer on the partner's or provider's site. */
    url: z.optional(z.url({ protocol: /^https?$/ })),
    /** The sectors whose work it is for (a forklift course: logistics); leave it out for what helps in any work. */
    sectors: z.optional(z.array(Sector).check(z.minLength(1), z.maxLength(8))),
    /**
     * The certificates or licences of the work it is for (hard requirement ids: a forklift course,
     * `heftruck`); advice names it only for work that asks one of them. Leave it out for any work.
     */
    forHardRequirements: z.optional(z.array(Slug).check(z.minLength(1), z.maxLength(16))),
    /**
     * The certificates or licences one holds once it is finished (hard requirement ids: a forklift
     * course, `heftruck`); a learning plan offers it to whoever's goal asks one and lacks it.
     */
    leadsTo: z.optional(z.array(Slug).check(z.minLength(1), z.maxLength(16))),
  }),
  'CatalogueOffer',
  "One learning offer of a partner's own catalogue.",
);
export type CatalogueOffer = z.infer<typeof CatalogueOffer>;

/** At most this many offers in one catalogue. */
export const MAX_CATALOGUE = 2000;

export const Catalogue = /*#__PURE__*/ named(
  z.object({ items: z.array(CatalogueOffer).check(z.maxLength(MAX_CATALOGUE)) }),
  'Catalogue',
  "A partner's learning offers: replaces the ones it had.",
);
export type Catalogue = z.infer<typeof Catalogue>;

/** The columns of a catalogue as CSV, in this order (docs/api.md). */
export const CATALOGUE_COLUMNS = [
  'id',
  'title_nl',
  'title_en',
  'description_nl',
  'description_en',
  'provider',
  'provider_kind',
  'skills',
  'hours',
  'cost_eur',
  'format',
  'url',
  'sectors',
  'for_hard_requirements',
  'leads_to',
] as const;

/** Rows of a CSV text: comma or semicolon (what Dutch spreadsheets write), fields in double quotes may hold either and "". */
export function csvRows(textIn: string): string[][] {
  const source = textIn.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

/**
 * A catalogue from CSV with a header row of CATALOGUE_COLUMNS (any order). `skills` is
 * "skill:level|skill:level". Returns the offers as the API takes them (check with Catalogue), or
 * what is wrong, by line.
 */
export function catalogueFromCsv(textIn: string): { catalogue?: z.input<typeof Catalogue>; errors: string[] } {
  const [header, ...lines] = csvRows(textIn);
  const errors: string[] = [];
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const missing = CATALOGUE_COLUMNS.filter(
    (c) =>
      !c.endsWith('_en') &&
      c !== 'url' &&
      c !== 'provider_kind' &&
      c !== 'sectors' &&
      c !== 'for_hard_requirements' &&
      c !== 'leads_to' &&
      !names.includes(c),
  );
  if (missing.length) return { errors: [`line 1: the header misses ${missing.join(', ')}`] };
  const items = lines.map((cells, i) => {
    const get = (name: (typeof CATALOGUE_COLUMNS)[number]) => cells[names.indexOf(name)]?.trim() || undefined;
    const develops = (get('skills') ?? '')
      .split('|')
      .filter(Boolean)
      .map((pair) => {
        const [skillId, level] = pair.split(':').map((s) => s.trim());
        if (!level) errors.push(`line ${i + 2}: skills "${pair}" is not skill:level`);
        return { skillId: skillId ?? '', toLevel: Number(level) };
      });
    const number = (name: 'hours' | 'cost_eur') => Number((get(name) ?? '').replace(',', '.'));
    return {
      id: get('id') ?? '',
      title: { nl: get('title_nl') ?? '', ...(get('title_en') ? { en: get('title_en') } : {}) },
      description: { nl: get('description_nl') ?? '', ...(get('description_en') ? { en: get('description_en') } : {}) },
      provider: { name: get('provider') ?? '', ...(get('provider_kind') ? { kind: get('provider_kind') } : {}) },
      develops,
      durationHours: number('hours'),
      costEur: number('cost_eur'),
      format: get('format') ?? '',
      ...(get('url') ? { url: get('url') } : {}),
      // "logistics|retail": the sectors it is for; empty for any work.
      ...(get('sectors')
        ? {
            sectors: get('sectors')!
              .split('|')
              .map((x) => x.trim()),
          }
        : {}),
      // "heftruck": the certificates or licences of the work it is for; empty for any work.
      ...(get('for_hard_requirements')
        ? {
            forHardRequirements: get('for_hard_requirements')!
              .split('|')
              .map((x) => x.trim()),
          }
        : {}),
      // "heftruck": the certificates or licences one holds once it is finished; empty for none.
      ...(get('leads_to')
        ? {
            leadsTo: get('leads_to')!
              .split('|')
              .map((x) => x.trim()),
          }
        : {}),
    };
  });
  const checked = Catalogue.safeParse({ items });
  if (!checked.success)
    for (const issue of checked.error.issues) {
      const [, index, ...path] = issue.path;
      errors.push(`line ${Number(index) + 2}: ${path.join('.')} ${issue.message}`);
    }
  return errors.length ? { errors } : { catalogue: { items: items as z.input<typeof Catalogue>['items'] }, errors };
}

/** The xAPI verbs that count as "done". */
export const XAPI_DONE_VERBS = [
  'http://adlnet.gov/expapi/verbs/completed',
  'http://adlnet.gov/expapi/verbs/passed',
] as const;

/**
 * What we read of an xAPI statement (the rest is allowed and ignored): who (the partner's own id
 * for the person, as an account), that they completed or passed, and which offer (its id, or a
 * URL or URN ending in it).
 */
export const XapiStatement = /*#__PURE__*/ named(
  z.object({
    actor: z.object({ account: z.object({ homePage: z.url(), name: text(1, 200) }) }),
    verb: z.object({ id: z.enum(XAPI_DONE_VERBS), display: z.optional(z.record(z.string(), z.string())) }),
    object: z.object({ id: text(2, 500) }),
    result: z.optional(z.object({ success: z.optional(z.boolean()), completion: z.optional(z.boolean()) })),
    timestamp: z.optional(Timestamp),
    context: z.optional(z.object({ platform: z.optional(text(1, 120)) })),
  }),
  'XapiStatement',
  'A learning platform says a person completed or passed an offer (xAPI).',
);
export type XapiStatement = z.infer<typeof XapiStatement>;

export const CompletionResult = z.object({
  /** The steps of the person's current learning path it marked done (none: they have no step with this offer). */
  steps: z.array(Slug),
});
