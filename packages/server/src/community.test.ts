/**
 * An erased employer leaves the community paths they share (#24): a path another employer still
 * shares stays, one nobody shares any more is deleted with its members' rows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, routes, type Client } from '@pfw/contract';
import { serverForTests, testStorages } from './testing.js';

for (const [label, databaseUrl] of testStorages()) {
  describe(`community path storage on ${label}`, () => {
    const get = serverForTests(`Community ${label}`, { databaseUrl, origin: 'https://werkgever.example.nl' });
    const client = (token?: string): Client =>
      createClient({ baseUrl: get().server.url, credentials: () => ({ token }) });
    const employer = async (subject: string, displayName: string) =>
      client(
        (
          await client(get().partner.secretKey).request(routes.createToken, {
            body: { role: 'employer', subject, displayName },
          })
        ).token,
      );

    it("erases an employer's memberships, and the paths nobody else shares", async () => {
      const { db } = get().server.services;
      const zonnig = await employer('zonnig', 'Zonnig Solar');
      const dakEnZon = await employer('dak-en-zon', 'Dak & Zon');
      const body = {
        occupationId: 'zonnepanelenmonteur',
        title: 'Samen inwerken',
        steps: [{ skillId: 'working-safely', level: 4, offerIds: [] }],
      };
      const shared = await zonnig.request(routes.createCommunityPath, { body });
      await dakEnZon.request(routes.joinCommunityPath, { params: { id: shared.id } });
      const alone = await zonnig.request(routes.createCommunityPath, { body: { ...body, title: 'Alleen van Zonnig' } });

      await zonnig.request(routes.eraseMe);
      // The PostgreSQL of a test run is shared by the test files: only these paths are looked at.
      const rows = await db.query<{ id: string }>('SELECT id FROM community_paths WHERE id = ANY($1::text[])', [
        [shared.id, alone.id],
      ]);
      assert.deepEqual(
        rows.map((r) => r.id),
        [shared.id],
      );
      const members = await db.query('SELECT 1 FROM community_path_members WHERE path_id = ANY($1::text[])', [
        [shared.id, alone.id],
      ]);
      assert.equal(members.length, 1);
      const left = (await dakEnZon.request(routes.listCommunityPaths)).items.find((p) => p.id === shared.id);
      assert.deepEqual(left?.members, ['Dak & Zon']);
    });
  });
}
