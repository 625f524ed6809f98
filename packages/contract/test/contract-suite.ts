/**
 * One set of contract tests, run against every implementation of the API: the real server
 * (on real storage) and the msw mock. Each implementation's test file calls it with a client.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, routes, type Client } from '@pfw/contract';
import { occupations } from '@pfw/core/skills';

export function contractSuite(name: string, client: () => Client): void {
  describe(`contract: ${name}`, () => {
    it('answers health', async () => {
      const health = await client().request(routes.getHealth);
      assert.equal(health.status, 'ok');
    });

    it('lists every occupation, sorted by title in the asked language', async () => {
      for (const lang of ['nl', 'en'] as const) {
        const { items } = await client().request(routes.listOccupations, { query: { lang } });
        assert.equal(items.length, occupations.length);
        const titles = items.map((o) => o.title[lang]);
        const sorted = [...titles].sort(new Intl.Collator(lang, { sensitivity: 'base', numeric: true }).compare);
        assert.deepEqual(titles, sorted);
      }
    });

    it('gets one occupation, and a clear 404 for an unknown one', async () => {
      const first = occupations[0]!;
      const got = await client().request(routes.getOccupation, { params: { id: first.id } });
      assert.deepEqual(got, first);
      await assert.rejects(client().request(routes.getOccupation, { params: { id: 'no-such-job' } }), (error: unknown) => {
        assert.ok(error instanceof ApiError);
        assert.equal(error.status, 404);
        assert.match(error.problem.detail ?? '', /no-such-job/);
        return true;
      });
    });

    it('refuses a bad query with a 400 that names the field', async () => {
      // Bypass the client's own check to see what the implementation says.
      const raw = await fetch(`${client().baseUrl}/v1/skills?lang=fr`);
      assert.equal(raw.status, 400);
      assert.match(raw.headers.get('content-type') ?? '', /application\/problem\+json/);
      const body = (await raw.json()) as { errors: { path: string; message: string }[] };
      assert.equal(body.errors[0]?.path, 'query.lang');
      assert.match(body.errors[0]?.message ?? '', /nl, en/);
    });

    it('serves the skill language as one document', async () => {
      const doc = await client().request(routes.getSkillLanguage);
      assert.equal(doc.occupations.length, occupations.length);
      assert.ok(doc.skills.length > 0 && doc.learningOffers.length > 0);
    });
  });
}
