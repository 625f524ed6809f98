/**
 * The learning culture scan keeps employees anonymous in storage too (#24): a response row holds
 * its answers and a random id, nothing that tells who answered or when; and an erased employer's
 * scans go with them. The same answers sent twice (a double tap, a retry) count once.
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
      // `counted`: in the report yet or not (five at a time), a flag, not an order.
      assert.deepEqual(
        columns.map((c) => c.column_name),
        ['answers', 'counted', 'id', 'response_key', 'scan_id'],
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

    it('counts the same answers once when they come twice, also at the same moment', async () => {
      const { token } = await client(get().partner.secretKey).request(routes.createToken, {
        body: { role: 'employer', subject: 'dubbel', displayName: 'Bakkerij Dubbel' },
      });
      const employer = client(token);
      const scan = await employer.request(routes.createCultureScan, { body: { title: 'Dubbel' } });
      const asked = await client().request(routes.getCultureQuestions, { params: { token: scan.shareToken } });
      const send = (responseKey: string) =>
        client().request(routes.postCultureAnswers, {
          params: { token: scan.shareToken },
          body: { answers: asked.items.map((i) => ({ itemId: i.id, answer: 3 })), responseKey },
        });
      const first = 'a'.repeat(32);
      // A double tap: both at once, then a retry.
      assert.deepEqual(await Promise.all([send(first), send(first)]), [{ stored: true }, { stored: true }]);
      assert.deepEqual(await send(first), { stored: true });
      const responses = async () =>
        (await employer.request(routes.exportMe)).cultureScans?.find((x) => x.id === scan.id)?.responses;
      assert.equal(await responses(), 1);
      // Someone else on the same device fills it in again: a new key, a new response.
      await send('b'.repeat(32));
      assert.equal(await responses(), 2);
      // A key that is not 32 hex digits is refused, with its field named, and nothing is stored.
      await assert.rejects(
        send('not-a-key'),
        (e: Error) => /responseKey/.test(JSON.stringify(e)) || /responseKey/.test(e.message),
      );
      assert.equal(await responses(), 2);
    });
  });
}
