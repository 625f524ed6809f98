/**
 * docs/glossary.md: the skill language's terms in every reading language (#25), so translators
 * and reviewers use one word for one thing. Made from core's data (the skills, interests and
 * work-environment facets with their translations) and the product's own words below.
 */
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import type { LocalizedText, ReadingLang } from '@pfw/core/domain';
import { environment, interests, skills } from '@pfw/core/skills';

export const glossaryFile = fileURLToPath(new URL('../glossary.md', import.meta.url));

const LANGS: readonly ReadingLang[] = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];
const NAMES: Record<ReadingLang, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
  uk: 'Українська',
};

/** The product's own words, as the widgets' translations use them. */
const PRODUCT: readonly LocalizedText[] = [
  { nl: 'skillprint', en: 'skillprint', ar: 'skillprint', tr: 'skillprint', pl: 'skillprint', uk: 'skillprint' },
  { nl: 'vaardigheid', en: 'skill', ar: 'مهارة', tr: 'beceri', pl: 'umiejętność', uk: 'навичка' },
  { nl: 'niveau', en: 'level', ar: 'مستوى', tr: 'seviye', pl: 'poziom', uk: 'рівень' },
  { nl: 'leerplan', en: 'learning plan', ar: 'خطة التعلّم', tr: 'öğrenme planı', pl: 'plan nauki', uk: 'план навчання' },
  { nl: 'coach', en: 'coach', ar: 'مرشد', tr: 'koç', pl: 'doradca', uk: 'коуч' },
  { nl: 'werkgever', en: 'employer', ar: 'صاحب العمل', tr: 'işveren', pl: 'pracodawca', uk: 'роботодавець' },
  { nl: 'leidinggevende', en: 'manager', ar: 'المدير', tr: 'yönetici', pl: 'przełożony', uk: 'керівник' },
  { nl: 'collega', en: 'colleague', ar: 'زميل', tr: 'iş arkadaşı', pl: 'współpracownik', uk: 'колега' },
  { nl: 'klant', en: 'customer', ar: 'الزبون', tr: 'müşteri', pl: 'klient', uk: 'клієнт' },
];

const row = (text: LocalizedText) => `| ${LANGS.map((l) => text[l] ?? '—').join(' | ')} |`;
const table = (rows: readonly LocalizedText[]) =>
  [`| ${LANGS.map((l) => NAMES[l]).join(' | ')} |`, `|${LANGS.map(() => ' --- |').join('')}`, ...rows.map(row)].join(
    '\n',
  );

export function glossary(): string {
  return `# Glossary of the skill language

<!-- Made by \`npm run docs:glossary\` from packages/core (skills, interests, work environment) and
docs/src/glossary.ts (the product's words). A test keeps it up to date. -->

One word for one thing in every reading language. The translations are written for meaning at B1
and are not yet reviewed by native speakers; a reviewer starts here. Sentences keep to at most 15
words in every language (a test checks every text).

## The product's words

${table(PRODUCT)}

## Soft skills

${table(skills.map((s) => s.label))}

## Interests

${table(interests.map((i) => i.label))}

## Work environment

${table(environment.map((f) => f.label))}
`;
}

export const formattedGlossary = async (): Promise<string> =>
  prettier.format(glossary(), { ...(await prettier.resolveConfig(glossaryFile)), filepath: glossaryFile });
