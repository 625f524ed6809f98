/**
 * Regressions of what an outside tester found (issue #15): each test failed on the code before
 * its fix. Run on PGlite, and on PostgreSQL when one is available.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ApiError,
  checkSkillprintSignature,
  createClient,
  routes,
  type Client,
  type PublicJwk,
  type Role,
} from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { createPartner, type CreatedPartner } from './auth/partners.js';
import { clientAddress, TokenBuckets } from './http/rate-limit.js';
import { startServer, type RunningServer } from './start.js';
import { serverForTests, testStorages } from './testing.js';

const ORIGIN = 'https://portal.example.nl';

const rejects = (promise: Promise<unknown>, status: number, check?: (e: ApiError) => void) =>
  assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ApiError, String(error));
    assert.equal(error.status, status, JSON.stringify(error.problem));
    check?.(error);
    return true;
  });

/** A partner on a server, and people made through its secret key. */
function people(server: () => RunningServer, keys: () => CreatedPartner) {
  const client = (token?: string): Client => createClient({ baseUrl: server().url, credentials: () => ({ token }) });
  const mint = async (
    role: Role,
    subject = `${role}-${Math.random().toString(36).slice(2, 10)}`,
    displayName?: string,
  ) => (await client(keys().secretKey).request(routes.createToken, { body: { role, subject, displayName } })).token;
  /** A finished assessment, played through the API (`offset` varies the answers). */
  const skillprint = async (me: Client, offset = 2) => {
    return (await playAssessment(me, plainPlayer(offset))).signed;
  };
  const job = (title: string) => ({
    title,
    requirements: [{ skillId: 'caring', level: 2 as const, importance: 3 as const, essential: false }],
    region: 'Tilburg',
    hours: { min: 16, max: 32 },
  });
  const joinPool = (me: Client) =>
    me.request(routes.putTalentPool, {
      body: { availability: 'now', region: 'Tilburg', hours: { min: 16, max: 24 }, consentTextVersion: '2026-11' },
    });
  /** A job seeker with a skillprint in the talent pool, and an employer with a published job. */
  const pair = async (title: string, choice = 2) => {
    const candidate = client(await mint('candidate'));
    const signed = await skillprint(candidate, choice);
    await joinPool(candidate);
    const employer = client(await mint('employer', undefined, 'Bouw BV'));
    const created = await employer.request(routes.createJobProfile, { body: job(title) });
    await employer.request(routes.publishJobProfile, { params: { id: created.id } });
    return { candidate, signed, employer, jobId: created.id };
  };
  return { client, mint, skillprint, job, joinPool, pair };
}

for (const [label, databaseUrl] of testStorages()) {
  describe(`trust fixes on ${label}`, () => {
    const get = serverForTests(`Trust ${label}`, {
      databaseUrl,
      origin: ORIGIN,
      rateLimit: { perSecond: 1000, burst: 1000 },
    });
    const server = () => get().server;
    const { client, mint, skillprint, job, joinPool, pair } = people(server, () => get().partner);

    it('keeps a published job profile as it is while the employer edits it, until "publish" makes the next version (#15.1)', async () => {
      const employer = client(await mint('employer', undefined, 'Bouw BV'));
      const candidateClient = client(await mint('candidate'));
      const signed = await skillprint(candidateClient);
      await joinPool(candidateClient);

      const created = await employer.request(routes.createJobProfile, { body: job('Stratenmaker') });
      assert.equal(created.version, 0);
      const v1 = await employer.request(routes.publishJobProfile, { params: { id: created.id } });
      assert.equal(v1.version, 1);
      const request = await employer.request(routes.requestConnection, {
        body: { jobProfileId: created.id, candidate: signed.skillprint.owner },
      });
      assert.equal(request.jobVersion, 1);

      // Every autosave of an edit goes to the draft; candidates still see version 1.
      const edited = await employer.request(routes.updateJobProfile, {
        params: { id: created.id },
        body: job('Schoonmaker'),
      });
      assert.equal(edited.title, 'Stratenmaker');
      assert.equal(edited.draft?.title, 'Schoonmaker');
      assert.equal(edited.status, 'published');
      const seen = await candidateClient.request(routes.getJobProfile, { params: { id: created.id } });
      assert.equal(seen.title, 'Stratenmaker');
      assert.equal(seen.draft, undefined, 'a candidate never sees unpublished changes');
      const matches = await candidateClient.request(routes.listMyMatches, { query: { limit: 500 } });
      assert.equal(matches.items.find((m) => m.jobProfileId === created.id)?.job?.title, 'Stratenmaker');

      // Typing it back to what is live leaves nothing to publish; then the real edit again.
      const back = await employer.request(routes.updateJobProfile, {
        params: { id: created.id },
        body: job('Stratenmaker'),
      });
      assert.equal(back.draft, undefined);
      await employer.request(routes.updateJobProfile, { params: { id: created.id }, body: job('Schoonmaker') });
      const v2 = await employer.request(routes.publishJobProfile, { params: { id: created.id } });
      assert.equal(v2.version, 2);
      assert.equal(v2.title, 'Schoonmaker');
      assert.equal(v2.draft, undefined);
      await rejects(employer.request(routes.publishJobProfile, { params: { id: created.id } }), 409);

      // The request keeps pointing at version 1, and the job seeker can read that version.
      const [mine] = (await candidateClient.request(routes.listConnections)).items.filter((c) => c.id === request.id);
      assert.equal(mine?.jobVersion, 1);
      assert.equal(mine?.jobTitle, 'Stratenmaker');
      const old = await candidateClient.request(routes.getJobProfile, {
        params: { id: created.id },
        query: { version: 1 },
      });
      assert.equal(old.title, 'Stratenmaker');
      assert.equal(
        (await candidateClient.request(routes.getJobProfile, { params: { id: created.id } })).title,
        'Schoonmaker',
      );
    });

    it('calls a skillprint with a field the signature does not cover invalid, on the server and in the browser check (#15.2)', async () => {
      const signed = await skillprint(client(await mint('candidate')));
      const verify = (body: unknown) =>
        fetch(`${server().url}/v1/skillprints/verify`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then((r) => r.json() as Promise<{ valid: boolean }>);
      assert.equal((await verify(signed)).valid, true);
      const added = { ...signed, skillprint: { ...signed.skillprint, certified: true } };
      assert.equal((await verify(added)).valid, false);
      const deep = structuredClone(signed) as unknown as { skillprint: { scores: Record<string, unknown>[] } };
      deep.skillprint.scores[0]!.verifiedBy = 'ROC';
      assert.equal((await verify(deep)).valid, false);
      const jwks = (await (await fetch(`${server().url}/.well-known/jwks.json`)).json()) as { keys: PublicJwk[] };
      assert.equal((await checkSkillprintSignature(signed.skillprint, signed.signature, jwks.keys)).valid, true);
      assert.deepEqual(await checkSkillprintSignature(added.skillprint, signed.signature, jwks.keys), {
        valid: false,
        reason: 'changed',
      });
    });

    it('refuses a page past the bound with a 400 that names offset and the bound (#15.4)', async () => {
      const admin = client(await mint('partner-admin'));
      await rejects(admin.request(routes.listAuditLog, { query: { offset: 1_000_000, limit: 20 } }), 400, (e) => {
        assert.equal(e.problem.errors?.[0]?.path, 'query.offset');
        assert.match(e.problem.errors?.[0]?.message ?? '', /10000/);
      });
      const r = await fetch(`${server().url}/v1/audit-log?offset=9990&limit=20`, {
        headers: { authorization: `Bearer ${await mint('partner-admin')}` },
      });
      assert.equal(r.status, 400);
      assert.match(await r.text(), /offset \+ limit must be at most 10000/);
    });

    it('answers 401 to the token of an erased person, for reads and writes alike (#15.5)', async () => {
      const token = await mint('candidate');
      const me = client(token);
      await me.request(routes.startAssessment, { body: { lang: 'nl' } });
      await me.request(routes.eraseMe);
      await rejects(me.request(routes.listMySkillprints), 401, (e) =>
        assert.equal(e.problem.type.split('/').pop(), 'invalid-token'),
      );
      await rejects(me.request(routes.startAssessment, { body: { lang: 'nl' } }), 401);
      // The lists that read the person together with their skillprint (rankingStartOf).
      await rejects(me.request(routes.listMyMatches), 401);
      await rejects(me.request(routes.listMyCareers), 401);
      // And an employer's list of candidates, which reads the employer with the job.
      const employer = client(await mint('employer'));
      const created = await employer.request(routes.createJobProfile, { body: job('Schilder') });
      await employer.request(routes.publishJobProfile, { params: { id: created.id } });
      await employer.request(routes.listCandidates, { params: { id: created.id } });
      await rejects(employer.request(routes.listCandidates, { params: { id: 'job_not_mine' } }), 404);
      await employer.request(routes.eraseMe);
      await rejects(employer.request(routes.listCandidates, { params: { id: created.id } }), 401, (e) =>
        assert.equal(e.problem.type.split('/').pop(), 'invalid-token'),
      );
    });

    it('answers 401, not 404, to an erased person who asks for a credential (its route checks the person only on a miss)', async () => {
      const token = await mint('candidate');
      const me = client(token);
      const { signed } = await playAssessment(me, plainPlayer(3));
      const params = { id: signed.skillprint.id };
      await me.request(routes.issueCredential, { params, body: {} });
      await rejects(me.request(routes.issueCredential, { params: { id: 'sp-not-mine' }, body: {} }), 404);
      await me.request(routes.eraseMe);
      await rejects(me.request(routes.issueCredential, { params, body: {} }), 401, (e) =>
        assert.equal(e.problem.type.split('/').pop(), 'invalid-token'),
      );
    });

    it('keeps the audit log of what employers were shown after erasure, with no link to the erased person (#15.6)', async () => {
      const { candidate, signed, employer, jobId } = await pair('Helpende zorg', 3);
      await employer.request(routes.listCandidates, { params: { id: jobId }, query: { limit: 500 } });
      const admin = client(await mint('partner-admin'));
      const rowsOf = async () =>
        (await admin.request(routes.listAuditLog, { query: { limit: 500 } })).items.filter(
          (a) => a.jobTitle === 'Helpende zorg',
        );
      const before = (await rowsOf()).find((a) => a.candidate === signed.skillprint.owner);
      assert.ok(before, 'the list was logged');

      await candidate.request(routes.eraseMe);
      const [kept] = (await rowsOf()).filter((a) => a.id === before.id);
      assert.ok(kept, 'the audit row outlives the erasure');
      assert.equal(kept.candidate, undefined);
      assert.deepEqual(
        { rank: kept.rank, score: kept.score, reason: kept.reason, jobTitle: kept.jobTitle },
        { rank: before.rank, score: before.score, reason: before.reason, jobTitle: 'Helpende zorg' },
      );
      const [row] = await server().services.db.query<{ candidate_id: string | null }>(
        'SELECT candidate_id FROM audit_log WHERE id = $1',
        [before.id],
      );
      assert.equal(row?.candidate_id, null);
    });

    it("keeps a list's reasons and explanations once however often it is shown, and deletes them with their last row (#22)", async () => {
      const { employer, jobId: otherJob } = await pair('Orderpicker', 3);
      // Requirements of its own: no other test's list gives the same reasons (those would be shared).
      const { id: jobId } = await employer.request(routes.createJobProfile, {
        body: {
          ...job('Orderpicker audit'),
          requirements: [
            { skillId: 'accuracy', level: 4, importance: 3, essential: true },
            { skillId: 'planning', level: 2, importance: 1, essential: false },
          ],
        },
      });
      await employer.request(routes.publishJobProfile, { params: { id: jobId } });
      const list = () => employer.request(routes.listCandidates, { params: { id: jobId }, query: { limit: 500 } });
      const shown = (await list()).items.length;
      assert.ok(shown > 0, 'someone is shown');
      await list();
      const { db } = server().services;
      const counts = async () => {
        const [row] = await db.query<{ rows: number; explained: number; kept: number }>(
          `SELECT count(*)::int AS rows, count(DISTINCT a.explained)::int AS explained,
                  (SELECT count(*)::int FROM audit_explanations e WHERE e.hash IN (SELECT explained FROM audit_log WHERE job_profile_id = $1)) AS kept
             FROM audit_log a WHERE a.job_profile_id = $1`,
          [jobId],
        );
        return row!;
      };
      assert.deepEqual(await counts(), { rows: 2 * shown, explained: shown, kept: shown });

      // A row from before (its own reason, no explanation) reads as it was written.
      await db.query(
        `INSERT INTO audit_log (id, partner_id, employer_id, job_profile_id, job_title, candidate_id, rank, score, reason)
         SELECT 'aud-old-style', partner_id, employer_id, $2, 'Orderpicker', candidate_id, 99, 50, 'Oude reden' FROM audit_log WHERE job_profile_id = $1 LIMIT 1`,
        [jobId, otherJob],
      );

      // Both lists read back with the same reason and explanation, in the reader's language too.
      const admin = client(await mint('partner-admin'));
      const rows = (await admin.request(routes.listAuditLog, { query: { limit: 500, lang: 'en' } })).items.filter(
        (a) => a.jobProfileId === jobId,
      );
      assert.equal(rows.length, 2 * shown);
      const oldStyle = (await admin.request(routes.listAuditLog, { query: { limit: 500 } })).items.find(
        (a) => a.id === 'aud-old-style',
      );
      assert.deepEqual([oldStyle?.reason, oldStyle?.explanation], ['Oude reden', undefined]);
      const again = rows.filter((r) => r.rank === 1);
      assert.equal(again.length, 2);
      assert.deepEqual(again[0]!.explanation, again[1]!.explanation);
      assert.equal(again[0]!.reason, again[1]!.reason);
      assert.ok(again[0]!.explanation && again[0]!.reason.length > 0, 'reason and explanation are there');

      // The older list passes the retention period: its rows go, the explanations stay for the newer one.
      const age = (n: number) =>
        db.query(
          `UPDATE audit_log SET at = now() - interval '400 days' WHERE id IN (SELECT id FROM audit_log WHERE job_profile_id = $1 ORDER BY at, id LIMIT $2)`,
          [jobId, n],
        );
      await age(shown);
      await admin.request(routes.listAuditLog, { query: { limit: 1 } });
      assert.deepEqual(await counts(), { rows: shown, explained: shown, kept: shown });
      // Then the newer one: its explanations go with it.
      const hashes = (
        await db.query<{ explained: string }>('SELECT explained FROM audit_log WHERE job_profile_id = $1', [jobId])
      ).map((r) => r.explained);
      await age(shown);
      await admin.request(routes.listAuditLog, { query: { limit: 1 } });
      const [left] = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM audit_explanations WHERE hash = ANY($1)',
        [hashes],
      );
      assert.equal(left!.n, 0);
    });

    it('refuses the NUL character in a stored text with a 400 naming the field (#15.8)', async () => {
      const token = await mint('employer', undefined, 'Bouw BV');
      const r = await fetch(`${server().url}/v1/job-profiles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(job('Strate\u0000nmaker')),
      });
      assert.equal(r.status, 400);
      const problem = (await r.json()) as { errors: { path: string; message: string }[] };
      assert.equal(problem.errors[0]?.path, 'body.title');
      assert.match(problem.errors[0]!.message, /NUL/);
    });

    it('lets an employer see the skillprint shared at acceptance, newer ones only while the candidate is in the pool, none after withdrawal (#15.12)', async () => {
      const { candidate, signed: first, employer, jobId } = await pair('Magazijn');
      const request = await employer.request(routes.requestConnection, {
        body: { jobProfileId: jobId, candidate: first.skillprint.owner },
      });
      await candidate.request(routes.answerConnection, {
        params: { id: request.id },
        body: { accept: true, identity: { name: 'Sam Smit', email: 'sam@example.nl' } },
      });
      const second = await skillprint(candidate, 3);
      const sees = (id: string) => employer.request(routes.getSkillprint, { params: { id } });
      await sees(first.skillprint.id);
      await sees(second.skillprint.id);

      await candidate.request(routes.leaveTalentPool);
      await sees(first.skillprint.id);
      await rejects(sees(second.skillprint.id), 404);

      const withdrawn = await candidate.request(routes.withdrawConnection, { params: { id: request.id } });
      assert.equal(withdrawn.status, 'withdrawn');
      await rejects(sees(first.skillprint.id), 404);
      const [asEmployer] = (await employer.request(routes.listConnections)).items.filter((c) => c.id === request.id);
      assert.equal(asEmployer?.identity, undefined);
      assert.equal(asEmployer?.status, 'withdrawn');
      await rejects(employer.request(routes.withdrawConnection, { params: { id: request.id } }), 409);
    });
  });
}

describe('rate limiting cannot be sprayed away (#15.3)', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({
      port: 0,
      rateLimit: { perSecond: 1, burst: 5, perAddress: { perSecond: 1, burst: 10 } },
    });
  });
  after(() => server.close());

  it('limits a client that sends a new made-up token each time, by its address, with RateLimit headers', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 14; i++) {
      last = await fetch(`${server.url}/v1/me/skillprints`, {
        headers: { authorization: `Bearer made-up-${i}-${Math.random()}` },
      });
      statuses.push(last.status);
    }
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401));
    assert.deepEqual(statuses.slice(10), Array(4).fill(429));
    assert.ok(Number(last!.headers.get('retry-after')) >= 1);
    assert.equal(last!.headers.get('ratelimit-limit'), '10');
    assert.equal(last!.headers.get('ratelimit-remaining'), '0');
    assert.ok(Number(last!.headers.get('ratelimit-reset')) >= 1);
  });

  it('counts a verified person on their own bucket too', async () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 2 });
    assert.deepEqual(
      [1, 2, 3].map(() => buckets.take('person|a', 0).allowed),
      [true, true, false],
    );
    assert.equal(buckets.take('person|b', 0).allowed, true);
  });

  it('sweeps idle buckets on a clock, not on every request, and stays bounded', () => {
    const buckets = new TokenBuckets({ perSecond: 10, burst: 10 });
    for (let i = 0; i < 1000; i++) buckets.take(`a|${i}`, 1_000);
    assert.equal(buckets.size, 1000, 'nothing swept within the minute');
    buckets.take('a|late', 62_000);
    assert.equal(buckets.size, 1, 'idle, full buckets forgotten once the minute passed');
  });

  it('believes X-Forwarded-For only from a trusted proxy', () => {
    assert.equal(clientAddress('203.0.113.9', '198.51.100.1', []), '203.0.113.9');
    assert.equal(clientAddress('10.0.0.2', '198.51.100.1, 203.0.113.7', ['10.0.0.2']), '203.0.113.7');
    assert.equal(clientAddress('10.0.0.2', '198.51.100.1, 10.0.0.3', ['10.0.0.2', '10.0.0.3']), '198.51.100.1');
    assert.equal(clientAddress('203.0.113.9', '198.51.100.1', ['10.0.0.2']), '203.0.113.9');
  });
});

describe('erasure on embedded storage (#15.7)', () => {
  it('leaves no name, e-mail or pseudonym of the erased person readable in the data folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pfw-erase-'));
    try {
      const server = await startServer({ port: 0, dataDir });
      const keys = await createPartner(server.services.db, { name: 'Erase', origins: [ORIGIN] });
      const { pair } = people(
        () => server,
        () => keys,
      );
      const { candidate, signed, employer, jobId } = await pair('Metselaar');
      await employer.request(routes.listCandidates, { params: { id: jobId } });
      const c = await employer.request(routes.requestConnection, {
        body: { jobProfileId: jobId, candidate: signed.skillprint.owner },
      });
      const name = 'Zwaantje Wisselaar-Qx';
      const email = 'zwaantje.qx@example.nl';
      await candidate.request(routes.answerConnection, {
        params: { id: c.id },
        body: { accept: true, identity: { name, email } },
      });
      const traces = [name, email, signed.skillprint.owner];
      await server.services.db.exec('CHECKPOINT');
      const files = (dir: string): string[] =>
        readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
      const found = (trace: string) => files(dataDir).filter((f) => readFileSync(f).includes(trace));
      for (const trace of traces) assert.ok(found(trace).length, `set-up wrote ${trace} to the folder`);

      await candidate.request(routes.eraseMe);
      for (const trace of traces) assert.deepEqual(found(trace), [], `${trace} is still in the data folder`);
      await server.close();
      for (const trace of traces) assert.deepEqual(found(trace), [], `${trace} is in the data folder after closing`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('oversized bodies (#15.9)', () => {
  it('always get the 413 problem, never a reset, also with "Connection: close" through a proxy', async () => {
    const { createServer } = await import('vite');
    const api = await startServer({ port: 0 });
    // The demo's set-up: the dev server forwards /v1 to the API (a proxy turns a reset into a 502).
    const proxy = await createServer({
      configFile: false,
      logLevel: 'silent',
      server: { port: 0, proxy: { '/v1': api.url } },
    });
    await proxy.listen();
    const address = proxy.httpServer!.address() as { port: number };
    // What a client does (curl --data-binary, no keep-alive): a 3 MB body, "Connection: close",
    // the answer read only after the whole body is written. A reset is an error, a 502 a status.
    const body = Buffer.alloc(3_000_000, 'x');
    const post = (url: string) =>
      new Promise<string>((resolve) => {
        const req = request(
          url,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': body.length, connection: 'close' },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(String(res.statusCode)));
          },
        );
        req.on('error', (e: NodeJS.ErrnoException) => resolve(`failed (${e.code})`));
        req.end(body);
      });
    try {
      const codes: string[] = [];
      for (let i = 0; i < 12; i++) {
        const direct = i % 3 === 0;
        codes.push(
          await post(
            direct ? `${api.url}/v1/skillprints/verify` : `http://127.0.0.1:${address.port}/v1/skillprints/verify`,
          ),
        );
      }
      assert.deepEqual(codes, Array(12).fill('413'));
    } finally {
      await proxy.close();
      await api.close();
    }
  });
});
