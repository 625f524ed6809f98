/**
 * Two API processes on one PostgreSQL, behind nginx with the shipped deploy/nginx.conf (#22,
 * docs/deploy.md): a job seeker who joins the talent pool on one instance is ranked by the other
 * within a second, and the whole journey works through the proxy whichever instance answers.
 * Needs a PostgreSQL server (embedded storage belongs to one process) and nginx (Debian's
 * package; .ci/run installs it).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient, routes, type Client } from '@pfw/contract';
import { playAssessment } from '@pfw/contract/play';
import { createPartner, type CreatedPartner } from './auth/partners.js';
import { openDatabase } from './storage/database.js';
import { migrate } from './storage/migrate.js';

const root = new URL('../../../', import.meta.url).pathname;
const databaseUrl = process.env.PFW_TEST_DATABASE_URL;
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(
  (path) => spawnSync(path, ['-v'], { stdio: 'ignore' }).status === 0,
);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Start a process and wait for the line that says it is ready. */
function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`not ready in 60 s: ${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

const startApi = async (port: number) =>
  startProcess(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/server/src/main.ts'],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PFW_TRUSTED_PROXIES: '127.0.0.1',
      PFW_RATE_PER_SECOND: '1000',
      PFW_RATE_BURST: '1000',
    },
    /Passport for Work API on/,
  );

/** deploy/nginx.conf as shipped, on this test's ports and in a folder of its own. */
function nginxConfig(dir: string, listen: number, apis: number[]): string {
  const shipped = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
  return `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\n${shipped}`
    .replace('worker_processes auto;', 'worker_processes 1;')
    .replace('listen 8080;', `listen 127.0.0.1:${listen};`)
    .replace('server 127.0.0.1:8787', `server 127.0.0.1:${apis[0]}`)
    .replace('server 127.0.0.1:8788', `server 127.0.0.1:${apis[1]}`)
    .replace('http {', `http {\n  access_log off; ${temp}`);
}

describe('two API instances on one PostgreSQL, behind nginx', { skip: !databaseUrl && 'needs PostgreSQL' }, () => {
  const children: ChildProcess[] = [];
  let dir: string;
  let ports: number[];
  let proxy: number;
  let partner: CreatedPartner;

  before(async () => {
    const db = await openDatabase({ databaseUrl });
    await migrate(db);
    partner = await createPartner(db, { name: 'Twee instanties', origins: ['https://portal.example'] });
    await db.close();
    ports = [await freePort(), await freePort()];
    // One at a time: both would migrate at once otherwise (which is safe, but slower on two cores).
    for (const port of ports) children.push(await startApi(port));
    if (nginx) {
      dir = mkdtempSync(join(tmpdir(), 'pfw-nginx-'));
      chmodSync(dir, 0o777);
      proxy = await freePort();
      writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, proxy, ports));
      const check = spawnSync(nginx, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
      assert.equal(check.status, 0, check.stderr);
      children.push(spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' }));
      // nginx says nothing when ready: wait until it answers.
      for (let i = 0; i < 100; i++) {
        const ok = await fetch(`http://127.0.0.1:${proxy}/.well-known/jwks.json`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  });

  after(() => {
    for (const child of children) child.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const at = (port: number, token?: string): Client =>
    createClient({ baseUrl: `http://127.0.0.1:${port}`, credentials: () => (token ? { token } : undefined) });

  async function tokens(port: number, tag: string) {
    const secret = createClient({
      baseUrl: `http://127.0.0.1:${port}`,
      credentials: () => ({ token: partner.secretKey }),
    });
    const mint = (role: 'candidate' | 'employer') =>
      secret.request(routes.createToken, { body: { role, subject: `${tag}-${role}`, displayName: 'Bouw BV' } });
    return { candidate: (await mint('candidate')).token, employer: (await mint('employer')).token };
  }

  const job = {
    title: 'Stratenmaker',
    requirements: [{ skillId: 'working-safely', level: 2, importance: 3, essential: false }],
    region: 'Eindhoven',
    hours: { min: 24, max: 38 },
  };

  it('a job seeker who joins the pool on one instance is ranked by the other within a second', async () => {
    const [a, b] = ports as [number, number];
    const t = await tokens(a, 'direct');
    const employerB = at(b, t.employer);
    const published = await employerB.request(routes.createJobProfile, { body: job });
    await employerB.request(routes.publishJobProfile, { params: { id: published.id } });
    // Instance b ranks first: its index exists before the join, so the join must reach it as a change.
    const before = await employerB.request(routes.listCandidates, { params: { id: published.id } });

    const seekerA = at(a, t.candidate);
    const { signed } = await playAssessment(seekerA);
    await seekerA.request(routes.putTalentPool, {
      body: { availability: 'now', region: 'Eindhoven', hours: { min: 24, max: 38 }, consentTextVersion: '2026-11' },
    });
    const joined = Date.now();
    let seen = false;
    while (!seen && Date.now() - joined < 1000) {
      const list = await employerB.request(routes.listCandidates, { params: { id: published.id } });
      seen = list.items.some((c) => c.candidate === signed.skillprint.owner);
    }
    const took = Date.now() - joined;
    assert.ok(seen, `ranked by the other instance within 1 s (after ${took} ms)`);
    assert.ok(!before.items.some((c) => c.candidate === signed.skillprint.owner));

    // And leaving on b takes them out of a's ranking.
    const employerA = at(a, t.employer);
    await employerA.request(routes.listCandidates, { params: { id: published.id } });
    await at(b, t.candidate).request(routes.leaveTalentPool);
    const left = await employerA.request(routes.listCandidates, { params: { id: published.id } });
    assert.ok(!left.items.some((c) => c.candidate === signed.skillprint.owner));
  });

  it(
    'works through nginx with the shipped configuration, whichever instance answers',
    { skip: !nginx && 'needs nginx (apt-get install nginx)' },
    async () => {
      const t = await tokens(proxy, 'proxied');
      const employer = at(proxy, t.employer);
      const seeker = at(proxy, t.candidate);
      const published = await employer.request(routes.createJobProfile, { body: job });
      await employer.request(routes.publishJobProfile, { params: { id: published.id } });
      const { signed } = await playAssessment(seeker);
      await seeker.request(routes.putTalentPool, {
        body: { availability: 'now', region: 'Eindhoven', hours: { min: 24, max: 38 }, consentTextVersion: '2026-11' },
      });
      // Every request may land on either process: each of these reads what the last one wrote.
      for (let i = 0; i < 6; i++) {
        const list = await employer.request(routes.listCandidates, { params: { id: published.id } });
        assert.ok(list.items.some((c) => c.candidate === signed.skillprint.owner));
      }
      const mine = await seeker.request(routes.listMyMatches, {});
      assert.ok(mine.items.some((m) => m.jobProfileId === published.id));
      // Rate limits count the client's address that nginx passes on, not nginx's own.
      const response = await fetch(`http://127.0.0.1:${proxy}/.well-known/jwks.json`);
      assert.ok(response.headers.get('ratelimit-limit'));
    },
  );
});
