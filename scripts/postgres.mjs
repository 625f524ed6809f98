/**
 * A throwaway PostgreSQL server for the storage tests: initdb in a temporary folder, started on
 * a free port on 127.0.0.1, removed afterwards. Uses $PFW_TEST_DATABASE_URL instead when set.
 * On Debian as root it installs the `postgresql` package when no server is found (like CI).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findBin() {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(root, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return which.status === 0 ? join(which.stdout.trim(), '..') : undefined;
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * `durable`: commit as a deployment does (fsync, synchronous commit); tests skip that for speed,
 * benchmarks of writes should not.
 */
export async function startTestPostgres({ log = console.log, durable = false } = {}) {
  if (process.env.PFW_TEST_DATABASE_URL) return { url: process.env.PFW_TEST_DATABASE_URL, stop: () => {} };
  const isRoot = process.getuid?.() === 0;
  let bin = findBin();
  if (!bin && isRoot && existsSync('/usr/bin/apt-get')) {
    log('PostgreSQL not found: installing Debian\'s "postgresql" package (once)…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'postgresql'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    bin = findBin();
  }
  if (!bin)
    return {
      error:
        'No PostgreSQL server found (Debian: apt-get install -y postgresql), so the storage tests ran on PGlite only. Set PFW_TEST_DATABASE_URL to use a server of your own.',
    };

  // PostgreSQL refuses to run as root: run it as the postgres user the package created.
  const asUser = (cmd, args) =>
    isRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { encoding: 'utf8' })
      : spawnSync(join(bin, cmd), args, { encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'pfw-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const init = asUser('initdb', ['-D', data, '-A', 'trust', '-U', 'pfw', '--no-sync', '-E', 'UTF8']);
  if (init.status !== 0) return { error: `initdb failed: ${init.stderr || init.stdout}` };
  const port = await freePort();
  const start = asUser('pg_ctl', [
    '-D',
    data,
    '-w',
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1` +
      (durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off'),
    'start',
  ]);
  if (start.status !== 0) return { error: `PostgreSQL did not start: ${start.stderr || start.stdout}` };
  return {
    url: `postgres://pfw@127.0.0.1:${port}/postgres`,
    stop() {
      asUser('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
