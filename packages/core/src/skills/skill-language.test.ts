import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LocalizedText } from '../domain.js';
import { B1_THRESHOLDS, checkB1, countSyllables, longSentences } from './readability.js';
import {
  environment,
  findSkill,
  hardRequirements,
  interests,
  isMeasuredSkill,
  learningOffers,
  lessons,
  listHardRequirements,
  occupations,
  skillLanguage,
  skills,
} from './index.js';
import { ENVIRONMENT_FACET_IDS } from './data/environment-ids.js';
import { withCovered } from './data/hard-requirements.js';

/** Every LocalizedText anywhere in the skill language. */
function allTexts(value: unknown, out: LocalizedText[] = []): LocalizedText[] {
  if (Array.isArray(value)) value.forEach((v) => allTexts(v, out));
  else if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    // A text: Dutch and English, and perhaps translations (ar, tr, pl, uk) and A2 Dutch beside them.
    const textKeys = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'a2'];
    if (keys.includes('nl') && keys.includes('en') && keys.every((k) => textKeys.includes(k)))
      out.push(value as LocalizedText);
    else Object.values(value).forEach((v) => allTexts(v, out));
  }
  return out;
}

describe('skill language', () => {
  it('is as rich as promised', () => {
    assert.ok(skills.filter((s) => s.kind === 'soft').length >= 16);
    assert.equal(interests.length, 6);
    assert.ok(environment.length >= 8);
    // Ranking numbers the facets by this list (matching/preferences.ts).
    assert.deepEqual(
      environment.map((f) => f.id),
      [...ENVIRONMENT_FACET_IDS],
    );
    assert.ok(occupations.length >= 25);
    assert.ok(learningOffers.length >= 40);
    const sectors = new Set(occupations.map((o) => o.sector));
    for (const s of ['construction', 'technology', 'care'] as const) assert.ok(sectors.has(s), s);
    assert.ok(sectors.size >= 5);
    for (const id of ['stratenmaker', 'zonnepanelenmonteur'])
      assert.ok(
        occupations.some((o) => o.id === id),
        id,
      );
    assert.ok(
      occupations.some((o) => o.sector === 'hospitality' && /kok|keuken/i.test(o.title.nl)),
      'a kitchen job',
    );
    assert.ok(occupations.every((o) => o.mboLevel >= 1 && o.mboLevel <= 4));
  });

  it('has no duplicate ids', () => {
    for (const list of [skills, interests, environment, occupations, learningOffers, hardRequirements]) {
      const ids = list.map((x) => x.id);
      assert.equal(new Set(ids).size, ids.length);
    }
  });

  it('refers only to skills, facets and interests that exist', () => {
    const skillIds = new Set(skills.map((s) => s.id));
    const facetIds = new Set(environment.map((f) => f.id));
    for (const o of occupations) {
      for (const r of o.requirements) assert.ok(skillIds.has(r.skillId), `${o.id} → ${r.skillId}`);
      for (const e of o.environment) assert.ok(facetIds.has(e.facetId), `${o.id} → ${e.facetId}`);
      assert.equal(
        new Set(o.requirements.map((r) => r.skillId)).size,
        o.requirements.length,
        `${o.id} lists a skill twice`,
      );
    }
    for (const offer of learningOffers)
      for (const d of offer.develops) assert.ok(skillIds.has(d.skillId), `${offer.id} → ${d.skillId}`);
  });

  it('names only hard requirements that exist, each once per occupation, with ISCO-08 codes and well-formed ESCO links', () => {
    const ids = new Set(hardRequirements.map((h) => h.id));
    for (const o of occupations) {
      const needs = o.hardRequirements ?? [];
      for (const n of needs) assert.ok(ids.has(n.id), `${o.id} → ${n.id}`);
      assert.equal(new Set(needs.map((n) => n.id)).size, needs.length, `${o.id} lists a hard requirement twice`);
    }
    assert.ok(occupations.filter((o) => o.hardRequirements?.some((n) => n.required)).length >= 10);
    for (const h of hardRequirements) {
      assert.ok(h.isco08.length > 0 && h.isco08.every((c) => /^\d{4}$/.test(c)), h.id);
      if (h.esco) assert.match(h.esco.uri, /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/);
    }
    // A learning offer names only certificates and licences that exist: for the work it is for, and
    // those it leads to (never a physical condition: a course does not make one able to lift).
    for (const l of learningOffers) {
      for (const id of l.forHardRequirements ?? []) assert.ok(ids.has(id), `${l.id} for ${id}`);
      for (const id of l.leadsTo ?? [])
        assert.notEqual(hardRequirements.find((h) => h.id === id)?.kind ?? 'physical', 'physical', `${l.id} → ${id}`);
    }
    assert.ok(
      learningOffers.some((l) => l.leadsTo?.includes('heftruck')),
      'the forklift course leads to its certificate',
    );
    // A paper covers only papers of its own kind (a licence another licence), and counts for them.
    for (const h of hardRequirements)
      for (const id of h.covers ?? [])
        assert.equal(hardRequirements.find((c) => c.id === id)?.kind, h.kind, `${h.id} → ${id}`);
    assert.deepEqual(Object.fromEntries(withCovered(new Map([['vca-vol', 'self' as const]]))), {
      'vca-vol': 'self',
      'vca-basis': 'self',
    });
    assert.deepEqual(
      Object.fromEntries(
        withCovered(
          new Map([
            ['rijbewijs-ce', 'confirmed' as const],
            ['rijbewijs-b', 'self' as const],
          ]),
        ),
      ),
      { 'rijbewijs-ce': 'confirmed', 'rijbewijs-b': 'self', 'rijbewijs-c': 'confirmed' },
      'what one holds oneself keeps its own source',
    );
    // Every kind the issue names is there: certificates (VCA, BHV, NEN 3140, heftruck), licences (B, C), physical.
    for (const id of ['vca-basis', 'bhv', 'nen-3140', 'heftruck', 'rijbewijs-b', 'rijbewijs-c', 'zwaar-tillen'])
      assert.ok(ids.has(id), id);
  });

  it('lists hard requirements by kind (certificates, licences, physical), then by label', () => {
    const list = listHardRequirements('nl');
    const kinds = list.map((h) => h.kind);
    assert.deepEqual(
      kinds,
      [...kinds].sort(
        (a, b) => ['certificate', 'licence', 'physical'].indexOf(a) - ['certificate', 'licence', 'physical'].indexOf(b),
      ),
    );
    const certificates = list.filter((h) => h.kind === 'certificate').map((h) => h.label.nl);
    assert.deepEqual(
      certificates,
      [...certificates].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })),
    );
    assert.equal(list.length, hardRequirements.length);
  });

  it('gives every occupation at least 6 skills, 2 of them essential', () => {
    for (const o of occupations) {
      assert.ok(o.requirements.length >= 6, o.id);
      assert.ok(o.requirements.filter((r) => r.essential).length >= 2, o.id);
    }
  });

  it('has at least 2 learning offers for every skill, reaching the highest level any occupation asks', () => {
    for (const skill of skills) {
      const offers = learningOffers.filter((o) => o.develops.some((d) => d.skillId === skill.id));
      assert.ok(offers.length >= 2, `${skill.id}: ${offers.length} offers`);
      const highestAsked = Math.max(
        0,
        ...occupations.flatMap((o) => o.requirements.filter((r) => r.skillId === skill.id).map((r) => r.level)),
      );
      const highestTaught = Math.max(
        ...offers.flatMap((o) => o.develops.filter((d) => d.skillId === skill.id).map((d) => d.toLevel)),
      );
      assert.ok(highestTaught >= highestAsked, `${skill.id}: asked ${highestAsked}, taught up to ${highestTaught}`);
    }
  });

  it('labels every learning offer as sample data', () => {
    assert.ok(learningOffers.every((o) => o.sample));
  });

  it('has every text in Dutch and English, trimmed, and not left untranslated', () => {
    const texts = allTexts(skillLanguage);
    assert.ok(texts.length > 300, `only ${texts.length} texts found`);
    for (const t of texts) {
      assert.equal(t.nl, t.nl.trim());
      assert.equal(t.en, t.en.trim());
      // A sentence that is the same in both languages was not translated.
      if (t.nl.split(' ').length > 3) assert.notEqual(t.nl, t.en, t.nl);
    }
  });

  it('names, describes and levels every skill in Arabic, Turkish, Polish and Ukrainian, in short sentences (#25)', () => {
    // The check itself: more than 15 words is too many, in any script.
    assert.equal(
      longSentences(['bir iki üç dört beş altı yedi sekiz dokuz on on bir on iki on üç on dört.']).length,
      1,
    );
    assert.deepEqual(longSentences(['أتعلّم أشياء جديدة في عملي. يُسمح لي أن أجرّب.']), []);
    for (const lang of ['ar', 'tr', 'pl', 'uk'] as const)
      for (const skill of skills) {
        const texts = [skill.label, skill.description, skill.strength, ...skill.levels].map((t) => t[lang]);
        assert.ok(
          texts.every((t) => t && t === t.trim()),
          `${skill.id}: every text in ${lang}`,
        );
        // Five levels, five different texts, none the Dutch or English left in place.
        assert.equal(new Set(skill.levels.map((l) => l[lang])).size, 5, `${skill.id} ${lang}`);
        for (const t of [skill.description, skill.strength, ...skill.levels])
          assert.ok(t[lang] !== t.nl && t[lang] !== t.en, `${skill.id} ${lang}: "${t[lang]}"`);
        // No readability formula here for these languages: sentence length holds everywhere.
        assert.deepEqual(longSentences(texts as string[]), [], `${skill.id} ${lang}`);
      }
  });

  it('names the interests and the work-environment facets in every reading language, in short sentences (#25)', () => {
    for (const lang of ['ar', 'tr', 'pl', 'uk'] as const) {
      const texts = [
        ...interests.flatMap((i) => [i.label, i.description]),
        ...environment.flatMap((f) => [f.label, f.low, f.high]),
      ].map((t) => t[lang]);
      assert.ok(
        texts.every((t) => t && t === t.trim()),
        `every interest and facet in ${lang}`,
      );
      assert.deepEqual(longSentences(texts as string[]), [], lang);
    }
  });

  it('gives every occupation its title and description in every reading language (#25)', () => {
    for (const lang of ['ar', 'tr', 'pl', 'uk'] as const) {
      const texts = occupations.flatMap((o) => [o.title, o.description]).map((t) => t[lang]);
      assert.ok(
        texts.every((t) => t && t === t.trim()),
        `every occupation in ${lang}`,
      );
      assert.equal(new Set(occupations.map((o) => o.title[lang])).size, occupations.length, `${lang}: distinct titles`);
      assert.deepEqual(longSentences(texts as string[]), [], lang);
    }
  });

  it('describes levels 1-5 of every skill with five different texts', () => {
    for (const s of skills) assert.equal(new Set(s.levels.map((l) => l.nl)).size, 5, s.id);
  });

  it('maps every soft skill to ESCO and O*NET, with a reason', () => {
    for (const s of skills.filter((x) => x.kind === 'soft')) {
      assert.ok(s.crosswalk, s.id);
      assert.match(s.crosswalk.esco.uri, /^http:\/\/data\.europa\.eu\/esco\/skill\//);
    }
  });

  it('reads at B1 (Dutch): short sentences and an easy Flesch-Douma score', () => {
    const report = checkB1(allTexts(skillLanguage).map((t) => t.nl));
    assert.deepEqual(report.failures, [], report.failures.slice(0, 10).join('\n'));
    assert.ok(report.averageSentenceWords <= B1_THRESHOLDS.maxAverageSentenceWords);
    assert.ok(report.ease >= B1_THRESHOLDS.minCorpusEase);
  });

  it('has a micro-lesson in B1 for every measured skill, each question with a good answer, each id once', () => {
    const report = checkB1(allTexts(lessons).map((t) => t.nl));
    assert.deepEqual(report.failures, [], report.failures.slice(0, 10).join('\n'));
    assert.ok(report.averageSentenceWords <= B1_THRESHOLDS.maxAverageSentenceWords);
    assert.ok(report.ease >= B1_THRESHOLDS.minCorpusEase, `ease ${report.ease}`);
    assert.equal(new Set(lessons.map((l) => l.id)).size, lessons.length);
    // Every measured skill has one: a learning step of the platform's own is never a dead end.
    assert.deepEqual(
      skills
        .filter(isMeasuredSkill)
        .filter((k) => !lessons.some((l) => l.skillId === k.id))
        .map((k) => k.id),
      [],
    );
    for (const lesson of lessons) {
      assert.ok(isMeasuredSkill(findSkill(lesson.skillId)!), `${lesson.id}: ${lesson.skillId} is measured`);
      assert.ok(lesson.pages.some((p) => p.question));
      for (const page of lesson.pages) if (page.question) assert.ok(page.question.options.some((o) => o.good));
      // The widget says "Goed gekozen." / "Niet helemaal." before the feedback: it does not say it again.
      for (const option of lesson.pages.flatMap((p) => p.question?.options ?? []))
        assert.doesNotMatch(
          option.feedback.nl,
          /^(Goed|Niet (goed|helemaal))\b/,
          `${lesson.id}: ${option.feedback.nl}`,
        );
    }
  });
});

describe('readability', () => {
  it('counts Dutch syllables by vowel groups', () => {
    assert.equal(countSyllables('werk'), 1);
    assert.equal(countSyllables('samenwerken'), 4);
    assert.equal(countSyllables('zorgvuldig'), 3);
    assert.equal(countSyllables('nauwkeurig'), 3);
    assert.equal(countSyllables('knieën'), 2);
    assert.equal(countSyllables('bijzonder'), 3);
  });

  it('fails a long, hard sentence', () => {
    const report = checkB1([
      'De implementatie van organisatorische veranderingsprocessen vereist een systematische benadering waarbij stakeholders consequent worden geïnformeerd over de voortgang.',
    ]);
    assert.ok(report.failures.length >= 2);
  });
});

describe('skill language docs', () => {
  it('are up to date with the data (run `npm run docs:skills`)', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { skillLanguageMarkdown } = await import('./docs.js');
    const onDisk = readFileSync(join(import.meta.dirname, '../../../../docs/skill-language.md'), 'utf8');
    assert.equal(onDisk, skillLanguageMarkdown());
  });
});
