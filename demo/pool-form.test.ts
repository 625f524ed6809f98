/** The portal's talent-pool form: its checks, its body and the fields an API refusal names (src/pool-form.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TalentPoolInput, validationProblem } from '@pfw/contract';
import { checkPool, countProblems, poolBody, refusedFields, type PoolValues } from './src/pool-form.js';

const fine: PoolValues = { region: 'Noord-Brabant', min: '16', max: '32', availability: 'now', consent: true };
const messages = (values: Partial<PoolValues>) =>
  Object.fromEntries(Object.entries(checkPool({ ...fine, ...values })).map(([field, p]) => [field, p.message]));

test('a filled-in form has no problems', () => {
  assert.deepEqual(checkPool(fine), {});
});

test('the hours: the true problem, each time they are checked', () => {
  assert.deepEqual(messages({ min: '32', max: '20' }), {
    hours: 'Het minimum aantal uren is hoger dan het maximum. Pas een van de twee aan.',
  });
  assert.deepEqual(checkPool({ ...fine, min: '32', max: '20' }).hours?.controls, ['min', 'max']);
  // 0 and 12: not "higher than the maximum" (it is not), but out of range, at Minimaal only.
  assert.deepEqual(messages({ min: '0', max: '12' }), {
    hours: 'Vul bij Minimaal een heel getal in van 1 tot 60.',
  });
  assert.deepEqual(checkPool({ ...fine, min: '0', max: '12' }).hours?.controls, ['min']);
  assert.deepEqual(messages({ max: '61' }), { hours: 'Vul bij Maximaal een heel getal in van 1 tot 60.' });
  assert.deepEqual(messages({ min: '16.5' }), { hours: 'Vul bij Minimaal een heel getal in van 1 tot 60.' });
  assert.deepEqual(messages({ max: '' }), { hours: 'Vul bij Maximaal een aantal uren in.' });
  assert.deepEqual(messages({ min: '20', max: '20' }), {});
});

test('a place is trimmed: only spaces is empty, and the body carries no spaces around it', () => {
  assert.deepEqual(messages({ region: '   ' }), {
    region: 'Vul in waar je wilt werken. Bijvoorbeeld een plaats of provincie.',
  });
  assert.deepEqual(messages({ region: ' B ' }), { region: 'Dat is te kort. Vul een plaats of provincie in.' });
  assert.deepEqual(messages({ region: '  Tilburg ' }), {});
  assert.deepEqual(poolBody({ ...fine, region: '  Tilburg ', min: '20', max: '32' }, '2026-11'), {
    region: 'Tilburg',
    hours: { min: 20, max: 32 },
    availability: 'now',
    consentTextVersion: '2026-11',
  });
  // What the form lets through, the API takes.
  assert.equal(TalentPoolInput.safeParse(poolBody({ ...fine, region: ' Tilburg ' }, '2026-11')).success, true);
});

test('without the tick there is no consent', () => {
  assert.deepEqual(messages({ consent: false }), {
    consent: 'Zet een vinkje bij deze zin. Anders kun je niet meedoen.',
  });
});

test('a refusal of the API is said at the field it names', () => {
  /** The problem the API (and the typed client, which checks a body first) gives for this body. */
  const refusal = (body: unknown) => {
    const parsed = TalentPoolInput.safeParse(body);
    assert.equal(parsed.success, false);
    return validationProblem(parsed.error!.issues, 'body').errors;
  };
  const body = {
    region: 'Noord-Brabant',
    hours: { min: 16, max: 32 },
    availability: 'now',
    consentTextVersion: '2026-11',
  };
  // A place of spaces only (what the browser's minlength lets through).
  const region = refusedFields(refusal({ ...body, region: '   ' }));
  assert.deepEqual(Object.keys(region), ['region']);
  assert.deepEqual(region.region?.controls, ['region']);
  const order = refusedFields(refusal({ ...body, hours: { min: 32, max: 20 } }));
  assert.equal(order.hours?.message, 'Het minimum aantal uren is hoger dan het maximum. Pas een van de twee aan.');
  assert.deepEqual(order.hours?.controls, ['min', 'max']);
  const max = refusedFields(refusal({ ...body, hours: { min: 16, max: 70 } }));
  assert.deepEqual(max.hours, { message: 'Vul bij Maximaal een heel getal in van 1 tot 60.', controls: ['max'] });
  // What the form has no field for is said in general by the page.
  assert.deepEqual(refusedFields(refusal({ ...body, consentTextVersion: '' })), {});
  assert.deepEqual(refusedFields(undefined), {});
});

test('the line under the button counts the problems', () => {
  assert.equal(countProblems(checkPool({ ...fine, region: '' })), 'Er is nog 1 ding niet goed. Kijk bij de melding.');
  assert.equal(
    countProblems(checkPool({ ...fine, region: '', consent: false })),
    'Er zijn nog 2 dingen niet goed. Kijk bij de meldingen.',
  );
});

test("in each of the page's languages: the same problems at the same fields, said in that language", async () => {
  const { PAGE_TEXTS } = await import('./src/portal-texts.js');
  const wrong: PoolValues = { region: 'x', min: '0', max: '12', availability: 'now', consent: false };
  const dutch = checkPool(wrong);
  for (const lang of ['en', 'ar', 'tr', 'pl', 'uk'] as const) {
    const found = checkPool(wrong, lang);
    assert.deepEqual(Object.keys(found), Object.keys(dutch), lang);
    for (const field of ['region', 'hours', 'consent'] as const) {
      assert.deepEqual(found[field]?.controls, dutch[field]?.controls, `${lang} ${field}`);
      assert.notEqual(found[field]?.message, dutch[field]?.message, `${lang} ${field} is still Dutch`);
    }
    // The hours' message names the field as the page labels it in that language.
    assert.ok(found.hours?.message.includes(PAGE_TEXTS[lang].min), `${lang}: ${found.hours?.message}`);
    assert.notEqual(countProblems(found, lang), countProblems(dutch), lang);
    assert.deepEqual(
      Object.keys(refusedFields([{ path: 'body.region', code: 'too_small', message: 'too short' }], lang)),
      ['region'],
    );
  }
});
