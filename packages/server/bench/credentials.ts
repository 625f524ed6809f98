/**
 * `npm run bench:credentials`: issuing and checking one Open Badges credential on the server
 * (#21: ≤ 5 ms each). The app runs in this process, on embedded storage (PGlite) and on
 * PostgreSQL when one can be started; each figure is the median (and p95) of whole requests
 * on the server (a ready Request into the app until the response body is read: routing, rate
 * limit, token, schemas, storage, signing, JSON), and of the credential work alone (build and
 * sign; check the signature). The client's own work (building the request, checking the
 * response) is left out: the target is the server's. Issuing is timed on the slow path: the credential before it is revoked first,
 * so every request makes a new one (a status bit, the credential, a signature, a row). The
 * baseline is the older skillprint check (POST /v1/skillprints/verify) in the same run.
 * BENCH_STORAGE=postgres leaves PGlite out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, routes } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { createApp, createServices } from '../src/app.js';
import { createPartner } from '../src/auth/partners.js';
import { openDatabase } from '../src/storage/database.js';
import { migrate } from '../src/storage/migrate.js';
import { openBadgeOf } from '../src/credentials/open-badge.js';
import { keyUrl } from '../src/routes/shared.js';
// @ts-expect-error plain ESM helper without types
import { startTestPostgres } from '../../../scripts/postgres.mjs';

// 500: with 200 the median of the issue moved by ±15 % from run to run on a 2-core machine.
const RUNS = Number(process.env.BENCH_RUNS ?? 500);

async function bench(storage: 'PGlite' | 'PostgreSQL', databaseUrl?: string) {
  const dir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'pfw-bench-credentials-'));
  const db = await openDatabase(dir ? { dataDir: dir } : { databaseUrl: databaseUrl! });
  await migrate(db);
  const services = await createServices(db, { rateLimit: { perSecond: 1e9, burst: 1e9 } });
  const app = createApp(services);
  const fetchApp = async (input: RequestInfo | URL, init?: RequestInit) => app.fetch(new Request(input, init));
  const partner = await createPartner(db, { name: 'Gemeente Bench', origins: ['https://bench.example'] });
  const secret = createClient({
    baseUrl: 'http://bench',
    credentials: () => ({ token: partner.secretKey }),
    fetch: fetchApp,
  });
  const { token } = await secret.request(routes.createToken, { body: { role: 'candidate', subject: 'bench' } });
  const me = createClient({ baseUrl: 'http://bench', credentials: () => ({ token }), fetch: fetchApp });
  const { signed } = await playAssessment(me, plainPlayer(1));
  const params = { id: signed.skillprint.id };

  async function time(label: string, run: () => Promise<unknown>, before?: () => Promise<unknown>) {
    for (let i = 0; i < 10; i++) {
      await before?.();
      await run();
    }
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await before?.();
      const started = performance.now();
      await run();
      ms.push(performance.now() - started);
    }
    ms.sort((a, b) => a - b);
    return { label, median: ms[Math.floor(RUNS / 2)]!, p95: ms[Math.floor(RUNS * 0.95)]! };
  }

  /** One request on the server: made before the clock starts, answered and read within it. */
  function timeServer(label: string, request: () => Request, before?: () => Promise<unknown>) {
    let next: Request;
    return time(
      label,
      async () => {
        const response = await app.fetch(next);
        const text = await response.text();
        if (!response.ok) throw new Error(`${label}: ${response.status} ${text}`);
        return text;
      },
      async () => {
        await before?.();
        next = request();
      },
    );
  }
  const post = (path: string, body: unknown, token?: string) =>
    new Request(`http://bench${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  const rows = [await timeServer('skillprint check (baseline)', () => post('/v1/skillprints/verify', signed))];
  for (const alg of ['ES256', 'RS256'] as const) {
    const issuePath = `/v1/skillprints/${params.id}/credentials`;
    rows.push(
      await timeServer(
        `issue a new ${alg} credential`,
        () => post(issuePath, { alg }, token),
        async () => {
          // The slow path: the one that holds is revoked, so the request makes a new one.
          const held = await me.request(routes.issueCredential, { params, body: { alg } });
          await me.request(routes.revokeCredential, { params: { id: held.id } });
        },
      ),
    );
    const { jwt } = await me.request(routes.issueCredential, { params, body: { alg } });
    rows.push(
      await timeServer(`check an ${alg} credential`, () => post('/v1/credentials/verify', { credential: jwt })),
    );
  }
  const listId = new URL(
    (
      JSON.parse(
        Buffer.from(
          (await me.request(routes.issueCredential, { params, body: {} })).jwt.split('.')[1]!,
          'base64url',
        ).toString(),
      ) as {
        credentialStatus: { statusListCredential: string };
      }
    ).credentialStatus.statusListCredential,
  ).pathname
    .split('/')
    .pop()!;
  rows.push(
    await timeServer(
      'signed status list',
      () => new Request(`http://bench/v1/credentials/status/${listId}`, { headers: { accept: 'application/vc+jwt' } }),
    ),
  );

  // The credential work alone, without HTTP or storage.
  const sampleArgs = {
    skillprint: signed.skillprint,
    issuer: { id: 'http://bench/v1/issuers/p', name: 'Gemeente Bench' },
    creator: { id: 'http://bench/v1/issuers/passport-for-work', name: 'Passport for Work' },
    status: { listUrl: 'http://bench/v1/credentials/status/p.1', index: 7 },
    lang: 'nl' as const,
    validFrom: new Date(),
  };
  const sample = openBadgeOf({ ...sampleArgs, credentialId: crypto.randomUUID() });
  let sampleJwt = '';
  rows.push(
    await time('build and sign (ES256), no storage', async () => {
      const credential = openBadgeOf({ ...sampleArgs, credentialId: crypto.randomUUID() });
      sampleJwt = await services.signer.signCredential(
        credential,
        credential.credentialSubject.id,
        'ES256',
        keyUrl('http://bench'),
      );
    }),
  );
  rows.push(
    await time('check the signature (ES256), no storage', () =>
      services.signer.verifyCredentialJws(sampleJwt, (u) => u.split('/').pop()),
    ),
  );

  const base = rows[0]!.median;
  console.log(
    `\nOpen Badges credentials on ${storage}, ${RUNS} requests each, on the server in-process (credential ${JSON.stringify(sample).length} B)\n`,
  );
  console.log('what                                   median     p95   × baseline');
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(36)} ${r.median.toFixed(2).padStart(7)} ms ${r.p95.toFixed(2).padStart(6)} ms ${(r.median / base).toFixed(1).padStart(8)}×`,
    );
  }
  await db.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

if (process.env.BENCH_STORAGE !== 'postgres') await bench('PGlite');
// Durable, as deployed: every commit waits for its write to disk.
const pg = (await startTestPostgres({ durable: true })) as { url?: string; error?: string; stop?: () => void };
if (pg.url) {
  await bench('PostgreSQL', pg.url);
  pg.stop?.();
} else console.log(`\nPostgreSQL: not measured (${pg.error})`);
