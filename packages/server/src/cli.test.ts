import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { createPartner, findKey } from './auth/partners.js';
import { LOCK_FILE } from './storage/data-dir.js';
import { openDatabase } from './storage/database.js';
import { migrate } from './storage/migrate.js';

const run = promisify(execFile);
const main = join(import.meta.dirname, 'main.ts');
const cli = ['--conditions=source', '--import', 'tsx', main];
const partnerCreate = [...cli, 'partner', 'create', '--name', 'Gemeente Test', '--origin', 'https://www.test.nl'];
const embedded = (dir: string) => ({ ...process.env, PFW_DATA_DIR: dir, DATABASE_URL: '' });

/** A failed run's exit code and output (execFile rejects with them). */
const failed = (promise: Promise<unknown>) =>
  promise.then(
    () => assert.fail('expected a non-zero exit'),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('pfw-server partner create', () => {
  it('makes a partner whose keys work, and refuses a bad origin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pfw-cli-'));
    try {
      const env = { ...process.env, PFW_DATA_DIR: dir, DATABASE_URL: '' };
      const args = ['--conditions=source', '--import', 'tsx', main, 'partner', 'create'];
      const { stdout } = await run(
        process.execPath,
        [...args, '--name', 'Gemeente Test', '--origin', 'https://www.test.nl'],
        { env },
      );
      const publishable = stdout.match(/pk_[a-z0-9]+/)![0];
      const secret = stdout.match(/sk_[a-z0-9]+/)![0];
      const db = await openDatabase({ dataDir: dir });
      assert.deepEqual((await findKey(db, publishable))?.allowedOrigins, ['https://www.test.nl']);
      assert.equal((await findKey(db, secret))?.kind, 'secret');
      await db.close();
      await assert.rejects(
        run(process.execPath, [...args, '--name', 'X', '--origin', 'https://x.nl/path'], { env }),
        /Not an origin/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses while another process has the data folder open (a running server), which keeps working', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pfw-cli-'));
    try {
      const db = await openDatabase({ dataDir: dir });
      try {
        await migrate(db);
        const { code, stdout, stderr } = await failed(run(process.execPath, partnerCreate, { env: embedded(dir) }));
        assert.equal(code, 1);
        assert.equal(stdout, '', 'no keys printed');
        assert.match(
          stderr,
          new RegExp(
            `^Cannot create the partner: the data folder .+ is open in process ${process.pid}, probably the running server\\. Stop the server, run this again, then start the server\\.\n$`,
          ),
        );
        // The owner's data is intact and it goes on reading and writing.
        const partner = await createPartner(db, { name: 'Via de server', origins: [] });
        assert.equal((await findKey(db, partner.secretKey))?.partnerId, partner.partnerId);
      } finally {
        await db.close();
      }
      assert.equal(existsSync(join(dir, LOCK_FILE)), false, 'close removes the lock');
      const { stdout } = await run(process.execPath, partnerCreate, { env: embedded(dir) });
      assert.match(stdout, /secret key: +sk_/);
      assert.equal(existsSync(join(dir, LOCK_FILE)), false, 'the CLI removes its lock on exit');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes over a stale lock left by a process that has died', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pfw-cli-'));
    try {
      writeFileSync(
        join(dir, LOCK_FILE),
        JSON.stringify({ pid: await deadPid(), host: hostname(), since: new Date().toISOString() }),
      );
      const { stdout } = await run(process.execPath, partnerCreate, { env: embedded(dir) });
      const secret = stdout.match(/sk_[a-z0-9]+/)![0];
      const db = await openDatabase({ dataDir: dir });
      assert.equal((await findKey(db, secret))?.kind, 'secret');
      await db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pfw-server on a data folder it cannot use', () => {
  it('says what is wrong and what to do in one line, no stack, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pfw-cli-'));
    try {
      writeFileSync(join(dir, 'file'), ''); // the data folder's parent is a file (ENOTDIR); chmod 555 does not stop root
      const { code, stdout, stderr } = await failed(
        run(process.execPath, cli, { env: { ...embedded(join(dir, 'file', 'data')), PORT: '0' } }),
      );
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.equal(
        stderr,
        `Cannot use ${join(dir, 'file', 'data')} as the data folder: it, or a folder on its path, is a file. Set PFW_DATA_DIR to a folder you can write to.\n`,
      );
      assert.ok(stderr.length < 300);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pfw-server catalogue', () => {
  it("imports a partner's offers from CSV (semicolons, quotes), and refuses a wrong file whole, naming the line", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pfw-cli-'));
    try {
      const db = await openDatabase({ dataDir: dir });
      await migrate(db);
      const partner = await createPartner(db, { name: 'Werkplein', origins: [] });
      await db.close();
      const csv = join(dir, 'offers.csv');
      writeFileSync(
        csv,
        '\uFEFFid;title_nl;description_nl;provider;skills;hours;cost_eur;format;url;sectors;for_hard_requirements;leads_to\r\n' +
          'werkplein-samenwerken;Samenwerken;"Oefenen; met ""echte"" situaties.";Werkplein;working-together:3;6;0;classroom;https://werkplein.example.nl/samenwerken;;;\r\n' +
          'werkplein-plannen;Plannen;Je leert plannen.;Werkplein;planning:3|accuracy:2;4,5;25;online;;logistics|retail;heftruck|code-95;heftruck\r\n',
      );
      const { stdout } = await run(process.execPath, [...cli, 'catalogue', '--partner', partner.partnerId, csv], {
        env: embedded(dir),
      });
      assert.match(stdout, /2 learning offer\(s\) of .* imported/);
      const after = await openDatabase({ dataDir: dir });
      const rows = await after.query<{
        offer: {
          description: { nl: string };
          durationHours: number;
          sectors?: string[];
          forHardRequirements?: string[];
          leadsTo?: string[];
        };
      }>('SELECT offer FROM partner_learning_offers WHERE partner_id = $1 ORDER BY id', [partner.partnerId]);
      await after.close();
      assert.equal(rows.length, 2);
      assert.equal(rows[0]!.offer.durationHours, 4.5);
      assert.equal(rows[1]!.offer.description.nl, 'Oefenen; met "echte" situaties.');
      // A sector column: the sectors an offer is for; empty, for any work.
      assert.deepEqual(rows[0]!.offer.sectors, ['logistics', 'retail']);
      assert.equal(rows[1]!.offer.sectors, undefined);
      // The certificates of the work an offer is for; empty, for any work.
      assert.deepEqual(rows[0]!.offer.forHardRequirements, ['heftruck', 'code-95']);
      assert.equal(rows[1]!.offer.forHardRequirements, undefined);
      // The certificates one holds once it is finished; empty, none.
      assert.deepEqual(rows[0]!.offer.leadsTo, ['heftruck']);
      assert.equal(rows[1]!.offer.leadsTo, undefined);

      writeFileSync(
        csv,
        'id;title_nl;description_nl;provider;skills;hours;cost_eur;format;sectors\nkapot;Kapot;Tekst.;Werkplein;working-together:9;6;0;zwemmen;ruimtevaart\n',
      );
      const bad = await failed(
        run(process.execPath, [...cli, 'catalogue', '--partner', partner.partnerId, csv], { env: embedded(dir) }),
      );
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /nothing changed/);
      assert.match(bad.stderr, /line 2: develops\.0\.toLevel/);
      assert.match(bad.stderr, /line 2: format/);
      assert.match(bad.stderr, /line 2: sectors\.0/);
      const kept = await openDatabase({ dataDir: dir });
      assert.equal((await kept.query('SELECT 1 FROM partner_learning_offers')).length, 2, 'the catalogue before stays');
      await kept.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
