import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64url } from 'jose';
import { openPglite } from '../storage/pglite.js';
import { migrate } from '../storage/migrate.js';
import { MIGRATIONS } from '../storage/migrations.js';
import { Signer } from '../auth/signer.js';
import { jwtOf, storedJwt, type StoredJwt } from './stored-jwt.js';

/** Compact JWS with these payloads: Dutch and other non-ASCII text, lengths that need 0, 1 and 2 padding characters. */
const payloads = [
  { name: 'Vaardigheden', description: 'Één vaardigheid, gemeten ’s ochtends — niveau 3' },
  { a: 'x' },
  { a: 'xy' },
  { a: 'xyz', emoji: '🧰', arabic: 'مهارات' },
];
const jwts = payloads.map(
  (p, i) =>
    `${base64url.encode(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: `k${i}` }))}.${base64url.encode(JSON.stringify(p))}.${base64url.encode(`signature-${i}`)}`,
);

describe('a credential as stored', () => {
  it('is the same JWT again when put together, byte for byte', () => {
    for (const jwt of jwts) {
      const stored = storedJwt(jwt);
      assert.equal(jwtOf(stored), jwt);
      assert.deepEqual(
        JSON.parse(stored.jws_payload),
        JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()),
      );
    }
    assert.throws(() => storedJwt('only.two'), /compact JWS/);
  });

  it('keeps the very JSON the signer signed, as decoding the JWT gives it', async () => {
    const db = await openPglite();
    try {
      await migrate(db);
      const signer = await Signer.load(db);
      for (const alg of ['ES256', 'RS256'] as const) {
        const credential = {
          id: 'urn:uuid:1',
          issuer: { id: 'https://x.example/i' },
          validFrom: new Date(0).toISOString(),
          ...payloads[3],
        };
        const { jwt, payloadJson } = await signer.signCredentialParts(credential, 'urn:s', alg, (kid) => kid);
        assert.deepEqual(storedJwt(jwt, payloadJson), storedJwt(jwt));
        assert.equal(jwtOf(storedJwt(jwt, payloadJson)), jwt);
      }
    } finally {
      await db.close();
    }
  });

  it('is split from the old jwt column by migration 18 exactly as storedJwt splits it', async () => {
    const db = await openPglite();
    try {
      const before = MIGRATIONS.filter((m) => m.version < 18);
      await migrate(db, before);
      // Rows without their person and skillprint: only the credential's own columns matter here.
      await db.exec('SET session_replication_role = replica');
      for (const [i, jwt] of jwts.entries()) {
        await db.query(
          `INSERT INTO credentials (id, skillprint_id, person_id, alg, jwt) VALUES ($1, 'sp', 'per', 'ES256', $2)`,
          [`c${i}`, jwt],
        );
      }
      await migrate(db);
      const rows = await db.query<StoredJwt & { id: string }>(
        'SELECT id, jws_header, jws_payload, jws_signature FROM credentials ORDER BY id',
      );
      assert.deepEqual(
        rows.map((r) => jwtOf(r)),
        jwts,
      );
      assert.deepEqual(
        rows.map(({ jws_header, jws_payload, jws_signature }) => ({ jws_header, jws_payload, jws_signature })),
        jwts.map((jwt) => storedJwt(jwt)),
      );
    } finally {
      await db.close();
    }
  });
});
