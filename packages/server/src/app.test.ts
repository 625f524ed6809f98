import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, routes } from '@pfw/contract';
import { openApiPath } from '@pfw/contract/openapi';
import { playAssessment } from '@pfw/contract/play';

import { createApp, createServices } from './app.js';
import { serverForTests, testStorages } from './testing.js';
import type { Database } from './storage/database.js';

const ORIGIN = 'https://portal.example.nl';

/** The server on one kind of storage, with a partner made for the test (the contract suite has its own: packages/contract-tests). */
function onStorage(label: string, databaseUrl?: string) {
  const get = serverForTests(label, { databaseUrl, origin: ORIGIN });
  return () => {
    const { server, partner } = get();
    return { server, target: { baseUrl: server.url, origin: ORIGIN, keys: partner } };
  };
}

for (const [label, url] of testStorages()) {
  describe(`server on ${label}`, () => {
    const get = onStorage(label, url);

    it('leaves no row of an erased person in any table', async () => {
      const { server, target } = get();
      const db: Database = server.services.db;
      const secret = createClient({ baseUrl: target.baseUrl, credentials: () => ({ token: target.keys.secretKey }) });
      const token = (
        await secret.request(routes.createToken, { body: { role: 'candidate', subject: `erase-${Date.now()}` } })
      ).token;
      const employerToken = (
        await secret.request(routes.createToken, {
          body: { role: 'employer', subject: `erase-emp-${Date.now()}`, displayName: 'Zorg BV' },
        })
      ).token;
      const me = createClient({ baseUrl: target.baseUrl, credentials: () => ({ token }) });
      const employer = createClient({ baseUrl: target.baseUrl, credentials: () => ({ token: employerToken }) });
      const { signed, sessionId } = await playAssessment(me);
      await me.request(routes.createShareLink, { params: { id: signed.skillprint.id }, body: { expiresInDays: 3 } });
      await me.request(routes.putTalentPool, {
        body: { availability: 'now', region: 'Tilburg', hours: { min: 16, max: 24 }, consentTextVersion: '2026-11' },
      });
      const job = await employer.request(routes.createJobProfile, {
        body: {
          title: 'Helpende',
          requirements: [{ skillId: 'caring', level: 3, importance: 3, essential: true }],
          region: 'Tilburg',
          hours: { min: 16, max: 32 },
        },
      });
      await employer.request(routes.publishJobProfile, { params: { id: job.id } });
      await employer.request(routes.listCandidates, { params: { id: job.id } });
      const c = await employer.request(routes.requestConnection, {
        body: { jobProfileId: job.id, candidate: signed.skillprint.owner },
      });
      await me.request(routes.answerConnection, {
        params: { id: c.id },
        body: { accept: true, identity: { name: 'Erik Erase', email: 'erik@example.nl' } },
      });

      const [{ id: personId }] = (await db.query<{ id: string }>('SELECT id FROM people WHERE pseudonym = $1', [
        signed.skillprint.owner,
      ])) as [{ id: string }];
      const traces = [
        personId,
        signed.skillprint.owner,
        sessionId,
        signed.skillprint.id,
        'Erik Erase',
        'erik@example.nl',
      ];
      const tables = (
        await db.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
        )
      ).map((r) => r.table_name);
      const dump = async () => {
        let text = '';
        for (const table of tables) text += JSON.stringify(await db.query(`SELECT * FROM ${table}`));
        return text;
      };
      const beforeErase = await dump();
      for (const trace of traces) assert.ok(beforeErase.includes(trace), `set-up stored ${trace}`);

      await me.request(routes.eraseMe);
      const afterErase = await dump();
      for (const trace of traces) assert.ok(!afterErase.includes(trace), `${trace} is still stored after erasure`);
    });

    it('serves an OpenAPI document with every route it implements', async () => {
      const { server } = get();
      const doc = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
        openapi: string;
        paths: Record<string, Record<string, unknown>>;
      };
      assert.equal(doc.openapi, '3.1.0');
      const app = createApp(server.services);
      const mounted = app.routes.filter((r) => r.method !== 'ALL' && r.path !== '/v1/openapi.json');
      assert.ok(mounted.length >= Object.keys(routes).length);
      for (const r of mounted)
        assert.ok(
          doc.paths[openApiPath(r.path)]?.[r.method.toLowerCase()],
          `${r.method} ${r.path} is missing from the OpenAPI document`,
        );
    });
  });
}

describe('rate limiting', () => {
  it('answers 429 with Retry-After past the limit, per address', async () => {
    const { openPglite } = await import('./storage/pglite.js');
    const { migrate } = await import('./storage/migrate.js');
    const db = await openPglite();
    await migrate(db);
    const app = createApp(
      await createServices(db, { rateLimit: { perSecond: 1, burst: 3, perAddress: { perSecond: 1, burst: 3 } } }),
    );
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.request('/v1/health')).status);
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    const limited = await app.request('/v1/health');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    // Another credential from the same address is no way around it.
    assert.equal((await app.request('/v1/health', { headers: { authorization: 'Bearer other' } })).status, 429);
    await db.close();
  });
});
