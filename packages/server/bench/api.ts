/**
 * `npm run bench:api`: load on loopback against the API on PGlite and on PostgreSQL, with
 * 10 000 published job profiles and 100 000 skillprints in the talent pool. For three requests
 * — an employer's candidate matches, a candidate's job matches, a response write — it prints
 * the latency at a steady 200 requests/s (open loop, see open-loop.ts) and the most it sustains
 * (autocannon, closed loop). The two rankings run again under pool churn (#22): one job seeker
 * joins or leaves the talent pool every second and one job is closed or published again every
 * 10 s, through the API, all through the run. Prints; asserts nothing.
 *
 *   BENCH_CANDIDATES=100000 BENCH_JOBS=10000 BENCH_SECONDS=15 BENCH_STORAGE=pglite,postgres BENCH_ONLY="job matches"
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createClient, routes, type Step } from '@pfw/contract';
import { plainPlayer } from '@pfw/contract/play';
import { openDatabase } from '../src/storage/database.js';
import { migrate } from '../src/storage/migrate.js';
import { openLoop, type OpenLoopResult, type Planned } from './open-loop.js';
import { EMPLOYERS, seedBench } from './seed.js';
// @ts-expect-error plain ESM helper without types
import { startTestPostgres } from '../../../scripts/postgres.mjs';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 100_000);
const JOBS = Number(process.env.BENCH_JOBS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const STORAGES = (process.env.BENCH_STORAGE ?? 'pglite,postgres').split(',');
/** Only the scenarios whose name has this in it (e.g. BENCH_ONLY="job matches"). */
const ONLY = process.env.BENCH_ONLY;
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

async function startApi(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = String(await freePort());
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', join(import.meta.dirname, '../src/main.ts')],
      {
        env: { ...process.env, ...env, PORT: port, PFW_RATE_PER_SECOND: '1000000', PFW_RATE_BURST: '1000000' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      const url = /API on (http:\/\/[^\s]+)/.exec(chunk.toString())?.[1];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`API exited with ${code}`)));
  });
}

interface Scenario {
  name: string;
  next: () => Planned;
  /** Run with pool churn going on. */
  churn?: boolean;
}

/**
 * Pool churn through the API: every second one job seeker leaves the talent pool or joins it
 * again, every 10 s one job is closed or published again. Returns a stop function that says how
 * many changes were made and how many failed.
 */
/** Who is in the pool and which jobs are closed, across the churn runs of one storage. */
interface ChurnState {
  tick: number;
  inPool: boolean[];
  closed: Set<number>;
}

function startChurn(url: string, seekers: string[], employers: string[], state: ChurnState): () => string {
  let joins = 0;
  let jobChanges = 0;
  let failures = 0;
  const { inPool, closed } = state;
  const client = (token: string) => createClient({ baseUrl: url, credentials: () => ({ token }) });
  const timer = setInterval(() => {
    const tick = state.tick++;
    const i = tick % seekers.length;
    const seeker = client(seekers[i]!);
    const change = inPool[i]
      ? seeker.request(routes.leaveTalentPool)
      : seeker.request(routes.putTalentPool, {
          body: {
            availability: 'now',
            region: 'Eindhoven',
            hours: { min: 16, max: 40 },
            consentTextVersion: '2026-11',
          },
        });
    inPool[i] = !inPool[i];
    change.then(
      () => joins++,
      () => failures++,
    );
    if (tick % 10 === 0) {
      const job = (tick * 37) % JOBS;
      const employer = client(employers[job % EMPLOYERS]!);
      const params = { id: `job_bench${job}` };
      const wasClosed = closed.has(job);
      (wasClosed
        ? employer.request(routes.publishJobProfile, { params })
        : employer.request(routes.closeJobProfile, { params })
      ).then(
        () => {
          jobChanges++;
          if (wasClosed) closed.delete(job);
          else closed.add(job);
        },
        () => failures++,
      );
    }
  }, 1000);
  return () => {
    clearInterval(timer);
    return `${joins} joins/leaves, ${jobChanges} job changes, ${failures} failed`;
  };
}

/** Latency at a steady rate (open loop), or with no rate the most it sustains (autocannon, 16 connections). */
async function load(url: string, scenario: Scenario, rate?: number): Promise<OpenLoopResult> {
  if (rate) return openLoop(url, { rate, seconds: SECONDS, next: scenario.next });
  const result = await autocannon({
    url,
    connections: 16,
    duration: SECONDS,
    requests: [
      {
        setupRequest: (req) => {
          const { path, token, body, method } = scenario.next();
          return {
            ...req,
            method: method as 'GET',
            path,
            headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
            body,
          };
        },
      },
    ],
  });
  return {
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.timeouts,
    'non-2xx': result.non2xx,
  };
}

const rows: Record<string, unknown>[] = [];
for (const storage of STORAGES) {
  let pg: { url?: string; error?: string; stop?: () => void } | undefined;
  let dir: string | undefined;
  let options: { databaseUrl?: string; dataDir?: string };
  if (storage === 'postgres') {
    pg = await startTestPostgres();
    if (pg!.error) {
      console.log(`PostgreSQL skipped: ${pg!.error}`);
      continue;
    }
    options = { databaseUrl: pg!.url };
  } else {
    dir = mkdtempSync(join(tmpdir(), 'pfw-bench-'));
    options = { dataDir: dir };
  }
  let started = Date.now();
  const db = await openDatabase(options);
  await migrate(db);
  const partner = await seedBench(db, { candidates: CANDIDATES, jobs: JOBS });
  await db.close();
  console.log(
    `${storage}: seeded ${JOBS} published job profiles and ${CANDIDATES} skillprints in the talent pool in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );

  started = Date.now();
  // PostgreSQL: one stateless instance per core, as a deployment would run; PGlite is one process by design.
  const workers = storage === 'postgres' ? String(Number(process.env.BENCH_WORKERS ?? 2)) : '1';
  const { child, url } = await startApi(
    storage === 'postgres'
      ? { DATABASE_URL: pg!.url!, PFW_WORKERS: workers }
      : { PFW_DATA_DIR: dir!, DATABASE_URL: '' },
  );
  console.log(
    `${storage}: API up in ${((Date.now() - started) / 1000).toFixed(1)} s (${workers} worker${workers === '1' ? '' : 's'})`,
  );
  const secret = createClient({ baseUrl: url, credentials: () => ({ token: partner.secretKey }) });
  const employerTokens = await Promise.all(
    Array.from(
      { length: EMPLOYERS },
      async (_, e) =>
        (await secret.request(routes.createToken, { body: { role: 'employer', subject: `emp-${e}` } })).token,
    ),
  );
  const candidateTokens = await Promise.all(
    Array.from(
      { length: 50 },
      async (_, c) =>
        (await secret.request(routes.createToken, { body: { role: 'candidate', subject: `c-${c * 97}` } })).token,
    ),
  );
  const churnState: ChurnState = { tick: 0, inPool: [], closed: new Set() };
  // Job seekers who leave and join again during the churn runs (not the ones whose job lists are timed).
  const churners = await Promise.all(
    Array.from(
      { length: 60 },
      async (_, c) =>
        (await secret.request(routes.createToken, { body: { role: 'candidate', subject: `c-${c * 97 + 1}` } })).token,
    ),
  );
  churnState.inPool = churners.map(() => true);
  const writers = await Promise.all(
    Array.from({ length: 100 }, async (_, w) => {
      const token = (await secret.request(routes.createToken, { body: { role: 'candidate', subject: `writer-${w}` } }))
        .token;
      const session = await createClient({ baseUrl: url, credentials: () => ({ token }) }).request(
        routes.startAssessment,
        { body: { lang: 'nl' } },
      );
      return { token, session: session.id, steps: session.next as Step[], next: 0 };
    }),
  );

  /** A new session for a writer: its own first steps (they differ per session: the seed chooses). */
  const restart = async (writer: (typeof writers)[number]) => {
    const session = await createClient({ baseUrl: url, credentials: () => ({ token: writer.token }) }).request(
      routes.startAssessment,
      { body: { lang: 'nl' } },
    );
    writer.session = session.id;
    writer.steps = session.next as Step[];
    writer.next = 0;
  };
  const answer = plainPlayer(0);
  let e = 0;
  let c = 0;
  let w = 0;
  const scenarios: Scenario[] = [
    {
      // A different job every request (jobs go round-robin over the employers): no ranking is reused.
      name: `employer: candidate matches (top 20 of ${CANDIDATES / 1000}k)`,
      next: () => {
        const job = e++ % JOBS;
        return {
          method: 'GET',
          token: employerTokens[job % EMPLOYERS]!,
          path: `/v1/job-profiles/job_bench${job}/candidates?limit=20`,
        };
      },
    },
    {
      name: `candidate: job matches (top 20 of ${JOBS / 1000}k)`,
      next: () => ({ method: 'GET', token: candidateTokens[c++ % 50]!, path: '/v1/me/matches?limit=20' }),
    },
    {
      name: 'candidate: response write',
      next: () => {
        // The steps the server sent ahead when the writer's session started, each answered as the
        // widget would (a game with its trials); once used, repeats are idempotent no-ops, but
        // every write still rebuilds the test's state from the stored answers and plans the next steps.
        const writer = writers[w++ % writers.length]!;
        const k = writer.next++ % writer.steps.length;
        const step = writer.steps[k]!;
        return {
          method: 'PUT',
          token: writer.token,
          path: `/v1/assessments/${writer.session}/responses/${step.id}`,
          body: JSON.stringify({
            itemId: step.id,
            ...answer(step, k),
            durationMs: 5000,
            answeredAt: new Date().toISOString(),
          }),
        };
      },
    },
  ];
  scenarios.push(
    { ...scenarios[0]!, name: `${scenarios[0]!.name}, with pool churn`, churn: true },
    { ...scenarios[1]!, name: `${scenarios[1]!.name}, with pool churn`, churn: true },
  );
  // A day's traffic: mostly answers, some job lists, few candidate lists (the share of each is a guess, stated).
  let m = 0;
  scenarios.push({
    name: 'mix: 70 % writes, 20 % job matches, 10 % candidate matches',
    next: () => {
      const pick = m++ % 10;
      return scenarios[pick === 0 ? 0 : pick <= 2 ? 1 : 2]!.next();
    },
  });
  // Warm every worker's ranking indexes, as long-running instances would be: workers take
  // connections round robin, so warm over several connections, and measure nothing yet.
  started = Date.now();
  for (const scenario of scenarios.slice(0, 2)) {
    await autocannon({
      url,
      connections: 8,
      amount: 64,
      requests: [
        {
          setupRequest: (req) => {
            const { path, token } = scenario.next();
            return { ...req, path, headers: { authorization: `Bearer ${token}` } };
          },
        },
      ],
    });
  }
  console.log(`${storage}: ranking indexes of every worker built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const scenario of scenarios.filter((s) => !ONLY || s.name.includes(ONLY))) {
    for (const x of writers) await restart(x);
    const stopChurn = scenario.churn ? startChurn(url, churners, employerTokens, churnState) : undefined;
    const fixed = await load(url, scenario, 200);
    if (!scenario.name.startsWith('employer') && !scenario.name.startsWith('candidate: job')) {
      // A fresh session per writer for the throughput run, so every write is a real insert.
      for (const x of writers) {
        await restart(x);
      }
    }
    const max = await load(url, scenario);
    if (stopChurn) console.log(`${storage}: churn during "${scenario.name}": ${stopChurn()}`);
    rows.push({
      storage: `${storage} ×${workers}`,
      request: scenario.name,
      ...Object.fromEntries(Object.entries(fixed).map(([k, v]) => [`@200 ${k}`, v])),
      'max req/s': max['req/s'],
      'max p99 ms': max['p99 ms'],
    });
  }
  await new Promise((r) => setTimeout(r, 500)); // let the last requests finish
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  pg?.stop?.();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
console.table(rows);
console.log('target on PostgreSQL: p99 ≤ 50 ms at 200 requests/s, no errors');
