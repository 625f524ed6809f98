import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient, routes, type Client } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import {
  ASSESSMENT_VERSION,
  ITEM_BANK_VERSION,
  Random,
  createAdministration,
  sampleAnswer,
  unitSeconds,
  type RawAnswer,
} from '@pfw/core/psychometrics';
import { RESEARCH_CONSENT_VERSION } from '@pfw/core/research-groups';
import { createPartner } from '../auth/partners.js';
import { Signer } from '../auth/signer.js';
import { newId } from '../ids.js';
import { startServer, type RunningServer } from '../start.js';
import { openDatabase, type Database } from '../storage/database.js';
import { migrate } from '../storage/migrate.js';
import { testStorages } from '../testing.js';
import { calibrateFromStorage } from './calibrate.js';
import { readBankDir, writeBankFile } from './files.js';
import { BankFileError, BankRegistry } from './registry.js';
import { rescoreSkillprints } from './rescore.js';

const ORIGIN = 'https://portal.example.nl';
const PEOPLE = 160;

/** Simulated job seekers through the real adaptive test (the engine chooses), as the widget would have sent their answers. */
function simulatedTests(count: number) {
  const administration = createAdministration();
  const { engine } = administration;
  const rng = new Random(42);
  return Array.from({ length: count }, (_, p) => {
    const seed = 1000 + p;
    const theta = new Map(engine.config.skills.map((s) => [s, rng.normal()]));
    let state = engine.start(seed);
    const answers: RawAnswer[] = [];
    for (;;) {
      const next = engine.next(state);
      state = next.state;
      if (!next.unit) break;
      const category = sampleAnswer(next.unit, (id) => theta.get(id)!, rng);
      state = engine.answer(state, next.unit.id, category, unitSeconds(next.unit));
      answers.push({
        ...administration.rawAnswer(seed, next.unit.id, category)!,
        durationMs: 1000 * unitSeconds(next.unit),
      });
    }
    return { seed, answers };
  });
}

const tests = simulatedTests(PEOPLE);

/** Store the simulated tests as completed assessments of people who gave the research consent. */
async function storeTests(db: Database, partnerId: string, label: string) {
  for (const [p, test] of tests.entries()) {
    const personId = newId('per');
    const sessionId = newId('ses');
    await db.query('INSERT INTO people (id, partner_id, role, subject, pseudonym) VALUES ($1, $2, $3, $4, $5)', [
      personId,
      partnerId,
      'candidate',
      `cal-${label}-${p}`,
      `cal-${label}-${p}-${newId('x')}`,
    ]);
    await db.query(
      `INSERT INTO assessment_sessions (id, person_id, status, assessment_version, lang, extra_time, expires_at, seed)
       VALUES ($1, $2, 'completed', $3, 'nl', false, now() + interval '7 days', $4)`,
      [sessionId, personId, ASSESSMENT_VERSION, test.seed],
    );
    const values = test.answers.map(
      (_, k) => `($1, $${5 * k + 2}, $${5 * k + 3}, $${5 * k + 4}, $${5 * k + 5}, $${5 * k + 6}, now())`,
    );
    await db.query(
      `INSERT INTO item_responses (session_id, item_id, choice, least, trials, duration_ms, answered_at) VALUES ${values.join(', ')}`,
      [
        sessionId,
        ...test.answers.flatMap((a) => [
          a.itemId,
          a.choice ?? null,
          a.least ?? null,
          a.trials ? JSON.stringify(a.trials) : null,
          a.durationMs,
        ]),
      ],
    );
    await db.query('INSERT INTO research_profiles (person_id, consent_text_version) VALUES ($1, $2)', [
      personId,
      RESEARCH_CONSENT_VERSION,
    ]);
  }
}

/** Limits for a small sample (the defaults ask for 500 people and 200 answers a unit). */
const SMALL = { minPeople: 100, minResponses: 15, minReliability: 0.2 };

for (const [label, url] of testStorages()) {
  describe(`calibrating the bank from stored answers on ${label}`, () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pfw-banks-'));
    const bankDir = join(dataDir, 'banks');
    const storage = url ? { databaseUrl: url } : { dataDir: join(dataDir, 'pg') };
    const version = `2026.12.01-test-${label.toLowerCase()}`;
    let partnerId: string;
    let playedSkillprintId: string;

    /** Storage opened for a command (the server is not running). */
    const withStorage = async <T>(run: (db: Database, signer: Signer) => Promise<T>): Promise<T> => {
      const db = await openDatabase(storage);
      try {
        await migrate(db);
        return await run(db, await Signer.load(db));
      } finally {
        await db.close();
      }
    };
    /** A server on the storage with the bank folder; a candidate's client. */
    const withServer = async <T>(
      run: (server: RunningServer, candidate: (subject: string) => Promise<Client>) => Promise<T>,
    ) => {
      const server = await startServer({ ...storage, bankDir, port: 0 });
      const secret = (await withPartnerKey(server)).secretKey;
      const candidate = async (subject: string) => {
        const client = createClient({ baseUrl: server.url, credentials: () => ({ token: secret }) });
        const { token } = await client.request(routes.createToken, { body: { role: 'candidate', subject } });
        return createClient({ baseUrl: server.url, credentials: () => ({ token }) });
      };
      try {
        return await run(server, candidate);
      } finally {
        await server.close();
      }
    };
    let partnerKey: { secretKey: string; partnerId: string } | undefined;
    const withPartnerKey = async (server: RunningServer) =>
      (partnerKey ??= await createPartner(server.services.db, { name: `Banks ${label}`, origins: [ORIGIN] }));

    before(async () => {
      await withStorage(async (db) => {
        partnerId = (await createPartner(db, { name: `Calibration ${label}`, origins: [ORIGIN] })).partnerId;
        await storeTests(db, partnerId, label);
      });
    });
    after(() => rmSync(dataDir, { recursive: true, force: true }));

    it('scores a skillprint with the provisional bank while no bank file is there', async () => {
      await withServer(async (_server, candidate) => {
        const me = await candidate(`played-${label}`);
        const { signed } = await playAssessment(me, plainPlayer(1));
        assert.equal(signed.skillprint.assessmentVersion, ASSESSMENT_VERSION);
        playedSkillprintId = signed.skillprint.id;
      });
    });

    it('refuses with every reason when the answers are too thin, and writes nothing', async () => {
      const result = await withStorage((db, signer) =>
        calibrateFromStorage(db, signer, BankRegistry.provisional(), { threads: 1 }),
      );
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.ok(result.people >= PEOPLE);
      const sample = result.thin.find((t) => t.kind === 'sample');
      assert.match(sample!.reason, /a calibration needs at least 500/);
      assert.ok(result.thin.some((t) => t.kind === 'item' && /needs at least 200/.test(t.reason)));
      assert.deepEqual(readBankDir(bankDir), []);
    });

    it('fits the bank, links it to the provisional one, and writes a versioned, signed file', async () => {
      const result = await withStorage(async (db, signer) => {
        const out = await calibrateFromStorage(db, signer, BankRegistry.provisional(), {
          version,
          limits: SMALL,
          partial: true,
          threads: 2,
        });
        assert.ok(out.ok, out.ok ? '' : out.thin.map((t) => t.reason).join('; '));
        const { signature, ...file } = out.bank;
        assert.ok(await signer.verifyBank(file, signature));
        return out;
      });
      if (!result.ok) return;
      const { bank } = result;
      assert.equal(bank.version, version);
      assert.equal(bank.basedOn, ITEM_BANK_VERSION);
      assert.equal(bank.sample.people, result.people);
      // Each skill with two fitted items or more is linked through them, with a norm from the
      // sample; the others keep the old scale (no anchors, the identity line).
      for (const skill of bank.skills) {
        const fittedItems = bank.items.filter(
          (i) => !i.provisional && skill.link.anchors.concat(skill.link.dropped).includes(i.id),
        );
        if (skill.link.anchors.length >= 2) {
          assert.equal(fittedItems.length, skill.link.anchors.length + skill.link.dropped.length);
          assert.ok(skill.norm.sd > 0.3 && skill.norm.sd < 3, `${skill.skillId}: sd ${skill.norm.sd}`);
        } else assert.deepEqual([skill.link.A, skill.link.B], [1, 0], skill.skillId);
      }
      assert.ok(bank.skills.filter((s) => s.link.anchors.length >= 2).length >= 4, 'most skills are linked');
      // Units with enough answers were fitted (they moved, and are no longer provisional); thin ones kept.
      const fitted = bank.items.filter((i) => !i.provisional);
      assert.ok(fitted.length > 10, `${fitted.length} items fitted`);
      assert.ok(bank.items.some((i) => i.provisional && i.n < SMALL.minResponses));
      assert.ok(fitted.every((i) => i.n >= SMALL.minResponses));
      assert.ok(fitted.some((i) => i.fit && i.fit.df > 0));
      assert.ok(bank.statements.some((s) => !s.provisional));
      writeBankFile(bankDir, bank);
      assert.throws(() => writeBankFile(bankDir, bank), /never overwritten/);
    });

    it('loads only bank files this server signed and that are whole', async () => {
      await withStorage(async (_db, signer) => {
        const [file] = readBankDir(bankDir);
        const registry = await BankRegistry.load(signer, [file!]);
        assert.equal(registry.current.bank.version, version);
        assert.equal(registry.current.provisional, false);
        assert.ok(registry.get(ASSESSMENT_VERSION), 'the provisional bank stays loaded for older sessions');
        const json = JSON.parse(file!.text);
        const tampered = {
          ...json,
          items: json.items.map((i: { discrimination: number }, k: number) => (k ? i : { ...i, discrimination: 9 })),
        };
        await assert.rejects(
          BankRegistry.load(signer, [{ name: 'tampered.json', text: JSON.stringify(tampered) }]),
          (e: unknown) => e instanceof BankFileError && /changed after it was signed/.test(e.message),
        );
        const broken = {
          ...json,
          items: json.items.map((i: object, k: number) => (k ? i : { ...i, thresholds: [1, 0] })),
        };
        await assert.rejects(
          BankRegistry.load(signer, [{ name: 'broken.json', text: JSON.stringify(broken) }]),
          (e: unknown) =>
            e instanceof BankFileError &&
            /broken\.json: items\.0\.thresholds must be in increasing order/.test(e.message),
        );
        await assert.rejects(BankRegistry.load(signer, [file!], '1999.01.01'), /PFW_BANK_VERSION is 1999\.01\.01/);
      });
    });

    it('scores new assessments with the new version and says so; older skillprints keep theirs', async () => {
      await withServer(async (server, candidate) => {
        assert.equal(server.services.banks.current.bank.version, version);
        const me = await candidate(`after-${label}`);
        const { signed } = await playAssessment(me, plainPlayer(2));
        assert.equal(signed.skillprint.assessmentVersion, `${ASSESSMENT_VERSION.split('+')[0]}+${version}`);
        const check = await me.request(routes.verifySkillprint, { body: signed });
        assert.equal(check.valid, true);
        const old = await server.services.db.query<{ payload: { assessmentVersion: string } }>(
          'SELECT payload FROM skillprints WHERE id = $1',
          [playedSkillprintId],
        );
        assert.equal(old[0]!.payload.assessmentVersion, ASSESSMENT_VERSION);
      });
    });

    it('re-scores older skillprints with the new version only when asked, and logs what they said', async () => {
      await withStorage(async (db, signer) => {
        const registry = await BankRegistry.load(signer, readBankDir(bankDir));
        // Only this test's partner: other test files share a PostgreSQL database.
        const only = { partnerId: partnerKey!.partnerId };
        const result = await rescoreSkillprints(db, signer, registry, version, only);
        assert.ok(result.rescored >= 1);
        const [row] = await db.query<{ payload: { assessmentVersion: string; id: string }; signature: string }>(
          'SELECT payload, signature FROM skillprints WHERE id = $1',
          [playedSkillprintId],
        );
        assert.equal(row!.payload.assessmentVersion, registry.current.assessmentVersion);
        assert.equal((await signer.verifySkillprint(row!.payload, row!.signature)).valid, true);
        const [log] = await db.query<{
          from_version: string;
          to_version: string;
          previous_payload: { assessmentVersion: string };
        }>('SELECT from_version, to_version, previous_payload FROM skillprint_rescores WHERE skillprint_id = $1', [
          playedSkillprintId,
        ]);
        assert.equal(log!.from_version, ASSESSMENT_VERSION);
        assert.equal(log!.previous_payload.assessmentVersion, ASSESSMENT_VERSION);
        // Asked again: nothing left on another version.
        assert.equal((await rescoreSkillprints(db, signer, registry, version, only)).rescored, 0);
        await assert.rejects(rescoreSkillprints(db, signer, registry, '1999.01.01', only), /not loaded/);
      });
      // The person sees it in their export: when, and what the skillprint said before.
      await withServer(async (_server, candidate) => {
        const me = await candidate(`played-${label}`);
        const { rescores } = await me.request(routes.exportMe);
        assert.equal(rescores?.length, 1);
        assert.equal(rescores![0]!.skillprintId, playedSkillprintId);
        assert.equal(rescores![0]!.previous.assessmentVersion, ASSESSMENT_VERSION);
      });
    });

    it('keeps a bank file readable as JSON by people: versioned, with where it came from', () => {
      const text = readFileSync(join(bankDir, `${version}.json`), 'utf8');
      const file = JSON.parse(text);
      assert.equal(file.format, 'pfw-bank/1');
      assert.match(file.estimation.method, /MML-EM/);
      writeFileSync(join(bankDir, 'notes.txt'), 'not a bank'); // other files are left alone
      assert.equal(readBankDir(bankDir).length, 1);
    });
  });
}
