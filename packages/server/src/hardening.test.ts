/**
 * Server-side hardening after a security test: a lone surrogate in JSON is a 400 naming the field
 * (was a 500 that logged the SQL parameters), an unexpected error is logged without the request's
 * data, a title of only spaces is refused, and every /v1 answer says no-store and nosniff.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routes, type Problem } from '@pfw/contract';
import { createApp, createServices } from './app.js';
import { loggableError } from './http/log.js';
import type { Database } from './storage/database.js';
import { openDatabase } from './storage/database.js';
import { serverForTests, testPeople, testStorages } from './testing.js';

const ORIGIN = 'https://portal.example.nl';

const job = {
  title: 'Kok',
  requirements: [{ skillId: 'caring', level: 2, importance: 3, essential: false }],
  region: 'Tilburg',
  hours: { min: 16, max: 32 },
};

for (const [label, databaseUrl] of testStorages()) {
  describe(`hardening on ${label}`, () => {
    const get = serverForTests(`Hardening ${label}`, { databaseUrl, origin: ORIGIN });
    const { client, mint } = testPeople(get);

    /** POST a JSON text as it is (JSON.stringify writes a lone surrogate as "\udc00", as the tester sent it). */
    const post = async (path: string, token: string, body: unknown) => {
      const response = await fetch(`${get().server.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, problem: (await response.json()) as Problem };
    };

    it('answers a lone surrogate with a 400 that names the field, in a checked field and any other', async () => {
      const employer = await mint('employer');
      for (const [body, path] of [
        [{ ...job, title: 'a\ud800b' }, 'body.title'],
        [{ ...job, region: 'Til\udc00burg' }, 'body.region'],
        [{ ...job, extra: { deep: ['fine', 'x\udc00'] } }, 'body.extra.deep[1]'],
      ] as const) {
        const { status, problem } = await post('/v1/job-profiles', employer, body);
        assert.equal(status, 400, JSON.stringify(problem));
        assert.equal(problem.errors?.[0]?.path, path);
        assert.match(problem.errors?.[0]?.message ?? '', /well-formed Unicode/);
      }
      // A pair is one character, and welcome.
      const { status } = await post('/v1/job-profiles', employer, { ...job, title: 'Kok \ud83c\udf73' });
      assert.equal(status, 201);
    });

    it('refuses a title of only spaces, naming the field', async () => {
      const employer = await mint('employer');
      const { status, problem } = await post('/v1/job-profiles', employer, { ...job, title: '     ' });
      assert.equal(status, 400);
      assert.deepEqual(
        problem.errors?.map((e) => `${e.path}: ${e.message}`),
        ['body.title: must have 2 or more characters besides spaces'],
      );
    });

    it('says no-store on private answers, nosniff on all, and leaves a cacheable answer its own caching', async () => {
      const { server, partner } = get();
      const candidate = await mint('candidate');
      const employer = await mint('employer');
      await client(employer).request(routes.createJobProfile, { body: job });
      const headers = async (path: string, token?: string) =>
        (await fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })).headers;
      for (const [path, token] of [
        ['/v1/me/export', candidate],
        ['/v1/me/skillprints', candidate],
        ['/v1/connections', employer],
        ['/v1/job-profiles', employer],
        ['/v1/shared/no-such-token-at-all', undefined],
        ['/v1/no-such-route', undefined],
      ] as const) {
        const h = await headers(path, token);
        assert.equal(h.get('cache-control'), 'no-store', path);
        assert.equal(h.get('x-content-type-options'), 'nosniff', path);
      }
      // The skill language is public and the same for everyone: a browser may keep it a while.
      for (const path of ['/v1/skills?lang=nl', '/v1/occupations/stratenmaker', '/v1/hard-requirements'])
        assert.equal((await headers(path)).get('cache-control'), 'public, max-age=300', path);
      assert.equal((await headers('/v1/occupations/astronaut')).get('cache-control'), 'no-store', 'not an error');
      const list = await headers(`/v1/credentials/status/${partner.partnerId}.1`);
      assert.equal(list.get('cache-control'), 'public, max-age=300');
      assert.equal(list.get('x-content-type-options'), 'nosniff');
      const jwks = await headers('/.well-known/jwks.json');
      assert.notEqual(jwks.get('cache-control'), 'no-store');
      assert.equal(jwks.get('x-content-type-options'), 'nosniff');
    });
  });
}

describe('logging an unexpected error', () => {
  /** What PGlite and pg throw: the query, its parameters, and a detail quoting a value. */
  const databaseError = () =>
    Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0xed 0xb0 0x80'), {
      code: '22021',
      query: 'INSERT INTO connections (identity) VALUES ($1, $2)',
      params: ['Secret Person Qx', 'secret.qx@example.nl'],
      detail: 'Key (email)=(secret.qx@example.nl) already exists.',
    });

  it('keeps the message, code and where it happened, not the parameters', () => {
    const logged = loggableError(databaseError());
    assert.match(logged, /^Error \[22021\]: invalid byte sequence/);
    assert.match(logged, /\n\s+at /);
    assert.doesNotMatch(logged, /Secret Person|secret\.qx|INSERT/);
  });

  it('is what the app logs of a 500, and the caller gets a plain 500', async () => {
    const db: Database = await openDatabase();
    const lines: string[] = [];
    const original = console.error;
    try {
      const services = await createServices(db);
      const failing: Database = Object.assign(Object.create(db) as Database, {
        query: () => Promise.reject(databaseError()),
      });
      const app = createApp({ ...services, db: failing });
      console.error = (...args: unknown[]) => {
        lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) + String(a))).join(' '));
      };
      const response = await app.request('/v1/health?name=Secret+Person+Qx');
      assert.equal(response.status, 500);
      const text = await response.text();
      assert.doesNotMatch(text, /Secret|secret|INSERT/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
    } finally {
      console.error = original;
      await db.close();
    }
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /^GET \/v1\/health: Error \[22021\]: invalid byte sequence/);
    assert.doesNotMatch(lines[0]!, /Secret Person|secret\.qx|INSERT/);
  });
});
