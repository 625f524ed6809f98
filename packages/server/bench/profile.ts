/**
 * `npm run profile:api`: where one request's time goes. Seeds the bench data (bench/seed.ts),
 * runs the app in this process, sends requests one at a time, and prints their latency, the
 * time of every SQL statement, and the functions that used the most CPU. For finding a slow
 * query or a hot loop; `bench:api` gives the figures under load.
 *
 *   PROFILE_STORAGE=postgres|pglite PROFILE_ROUTE=candidates|jobs PROFILE_REQUESTS=400
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, routes } from '@pfw/contract';
import { createApp, createServices } from '../src/app.js';
import { openDatabase } from '../src/storage/database.js';
import { migrate } from '../src/storage/migrate.js';
import { EMPLOYERS, seedBench } from './seed.js';
// @ts-expect-error plain ESM helper without types
import { startTestPostgres } from '../../../scripts/postgres.mjs';

const STORAGE = process.env.PROFILE_STORAGE ?? 'postgres';
const ROUTE = process.env.PROFILE_ROUTE ?? 'candidates';
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 400);

const dir = STORAGE === 'pglite' ? mkdtempSync(join(tmpdir(), 'pfw-profile-')) : undefined;
const pg: { url?: string; error?: string; stop?: () => void } | undefined = dir ? undefined : await startTestPostgres();
if (pg?.error) throw new Error(`PostgreSQL: ${pg.error}`);
const db = await openDatabase(dir ? { dataDir: dir } : { databaseUrl: pg!.url });
await migrate(db);
const partner = await seedBench(db, { candidates: 100_000, jobs: 10_000 });

// Time every statement by its first words.
const statements = new Map<string, number[]>();
const query = db.query.bind(db);
db.query = (async (sql: string, params?: unknown[]) => {
  const started = performance.now();
  try {
    return await query(sql, params);
  } finally {
    const key = sql.replace(/\s+/g, ' ').trim().slice(0, 80);
    (statements.get(key) ?? statements.set(key, []).get(key)!).push(performance.now() - started);
  }
}) as typeof db.query;

const app = createApp(await createServices(db, { rateLimit: { perSecond: 1e6, burst: 1e6 } }));
const secret = createClient({
  baseUrl: 'http://bench',
  credentials: () => ({ token: partner.secretKey }),
  fetch: async (input, init) => app.fetch(new Request(input, init)),
});
const tokens = await Promise.all(
  Array.from({ length: ROUTE === 'jobs' ? 50 : EMPLOYERS }, async (_, i) => {
    const body =
      ROUTE === 'jobs'
        ? { role: 'candidate' as const, subject: `c-${i * 97}` }
        : { role: 'employer' as const, subject: `emp-${i}` };
    return (await secret.request(routes.createToken, { body })).token;
  }),
);
const request = (i: number) =>
  ROUTE === 'jobs'
    ? new Request('http://bench/v1/me/matches?limit=20', {
        headers: { authorization: `Bearer ${tokens[i % tokens.length]}` },
      })
    : new Request(`http://bench/v1/job-profiles/job_bench${i}/candidates?limit=20`, {
        headers: { authorization: `Bearer ${tokens[i % EMPLOYERS]}` },
      });

async function run(from: number, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = from; i < from + n; i++) {
    const started = performance.now();
    const response = await app.fetch(request(i));
    await response.text();
    if (!response.ok) throw new Error(`request ${i}: ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

await run(0, 10); // builds the ranking index
statements.clear();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const times = await run(10, REQUESTS);
const { profile } = await session.post('Profiler.stop');
// Then what the same requests allocate (sampled every 32 kB), by the function that allocates:
// garbage is what the young-generation collector pauses for under load.
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 32 * 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
await run(10, REQUESTS);
const { profile: heap } = await session.post('HeapProfiler.stopSampling');

const ms = (x: number) => x.toFixed(2).padStart(7);
console.log(
  `${STORAGE}, ${ROUTE}: ${REQUESTS} requests one at a time, p50 ${ms(times[REQUESTS >> 1]!)} ms, p90 ${ms(times[Math.floor(REQUESTS * 0.9)]!)} ms, max ${ms(times.at(-1)!)} ms\n`,
);
console.log('SQL: calls, p50 ms, max ms');
for (const [sql, t] of statements) {
  t.sort((a, b) => a - b);
  console.log(String(t.length).padStart(5), ms(t[t.length >> 1]!), ms(t.at(-1)!), ' ', sql);
}
const self = new Map<string, number>();
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples!.forEach((id, i) => {
  const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas![i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('\nCPU: share of samples, self time (idle = waiting for storage)');
for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${((t / total) * 100).toFixed(1).padStart(5)} %  ${key}`);

// The same samples, each counted for every function on its stack (once): inclusive time, which
// says what a whole step costs (the rank, the audit write, the response's check) with its callees.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
const inclusive = new Map<string, number>();
profile.samples!.forEach((id, i) => {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const { functionName, url } = nodes.get(at)!.callFrame;
    if (!url.includes('/packages/')) continue;
    seen.add(`${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}`);
  }
  for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas![i] ?? 0));
});
console.log('\nCPU: share of samples with the function on the stack (our code, inclusive)');
for (const [key, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${((t / total) * 100).toFixed(1).padStart(5)} %  ${key}`);

// The same samples by where the code lives: a package, or a folder of ours.
const byPlace = new Map<string, number>();
profile.samples!.forEach((id, i) => {
  const { url, functionName } = nodes.get(id)!.callFrame;
  const place =
    url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ??
    url.match(/packages\/([^/]+\/src(?:\/[^/]+(?=\/))?)/)?.[1] ??
    (url ? url.split('/').slice(-2).join('/') : `(${functionName || 'native'})`);
  byPlace.set(place, (byPlace.get(place) ?? 0) + (profile.timeDeltas![i] ?? 0));
});
console.log('\nCPU by place: share of samples');
for (const [place, t] of [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, 20))
  console.log(`${((t / total) * 100).toFixed(1).padStart(5)} %  ${place}`);

const allocated = new Map<string, number>();
const walk = (node: typeof heap.head) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  const bytes = node.selfSize;
  if (bytes) allocated.set(key, (allocated.get(key) ?? 0) + bytes);
  node.children.forEach(walk);
};
walk(heap.head);
const allocatedTotal = [...allocated.values()].reduce((a, b) => a + b, 0);
console.log(`\nAllocated: about ${(allocatedTotal / REQUESTS / 1024).toFixed(0)} kB a request (sampled), by function`);
for (const [key, bytes] of [...allocated].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${((bytes / REQUESTS / 1024).toFixed(1) + ' kB').padStart(10)}  ${key}`);

await db.close();
pg?.stop?.();
if (dir) rmSync(dir, { recursive: true, force: true });
