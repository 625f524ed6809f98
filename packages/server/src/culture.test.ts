/**
 * The learning culture scan keeps employees anonymous in storage too (#24): a response row holds
 * its answers and a random id, nothing that tells who answered or when; and an erased employer's
 * scans go with them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, routes, type Client } from '@pfw/contract';
import { serverForTests, testStorages } from './testing.js';

for (const [label, databaseUrl] of testStorages()) {
  describe(`learning culture scan storage on ${label}`, () => {
    const get = serverForTests(`Culture ${label}`, { databaseUrl, origin: 'https://werkgever.example.nl' });
    const client = (token?: string): Client =>
      createClient({ baseUrl: get().server.url, credentials: () => ({ token }) });

    it('stores an answer with no person, address or time, and erases scans with their employer', async () => {
      const { db } = get().server.services;
      const { token } = await client(get().partner.secretKey).request(routes.createToken, {
        body: { role: 'employer', subject: 'zonnig', displayName: 'Installatiebedrijf Zonnig' },
      });
      const employer = client(token);
      const scan = await employer.request(routes.createCultureScan, { body: { title: 'Zonnig' } });
      const asked = await client().request(routes.getCultureQuestions, { params: { token: scan.shareToken } });
      await client().request(routes.postCultureAnswers, {
        params: { token: scan.shareToken },
        body: { answers: asked.items.map((i) => ({ itemId: i.id, answer: 4 })) },
      });
      const columns = await db.query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'culture_responses' ORDER BY column_name",
      );
      assert.deepEqual(
        columns.map((c) => c.column_name),
        ['answers', 'id', 'scan_id'],
      );
      const [row] = await db.query<{ id: string; answers: Record<string, number> }>(
        'SELECT id, answers FROM culture_responses WHERE scan_id = $1',
        [scan.id],
      );
      assert.match(row!.id, /^cr_[a-z2-9]{16}$/, 'a random id: not the order of arrival');
      assert.equal(Object.keys(row!.answers).length, 28);

      const exported = await employer.request(routes.exportMe);
      assert.deepEqual(
        exported.cultureScans?.map((x) => [x.id, x.responses]),
        [[scan.id, 1]],
      );
      await employer.request(routes.eraseMe);
      // The PostgreSQL of a test run is shared by the test files: only this scan is looked at.
      assert.equal((await db.query('SELECT 1 FROM culture_scans WHERE id = $1', [scan.id])).length, 0);
      assert.equal((await db.query('SELECT 1 FROM culture_responses WHERE scan_id = $1', [scan.id])).length, 0);
    });
  });
}
