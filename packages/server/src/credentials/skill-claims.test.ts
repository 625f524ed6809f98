/**
 * Skills confirmed by an institution, and other issuers' Open Badges taken in (#21 part 3), on
 * real storage. The other issuers are made here with their own keys: one names its key by
 * did:key, one by an HTTPS-style key URL served by a local HTTP server (loopback allowed for the
 * test), with its own revocation list.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { SignJWT, createLocalJWKSet, decodeJwt, exportJWK, generateKeyPair, jwtVerify, type JWK } from 'jose';
import { ApiError, createClient, routes, type Client } from '@pfw/contract';
import { skills } from '@pfw/core/skills';
import { findHardRequirement } from '@pfw/core/skills';
import { serverForTests, testStorages } from '../testing.js';
import { encodeStatusList } from './status-list.js';

const ORIGIN = 'https://school.example.nl';
const addFormats = addFormatsModule as unknown as (ajv: Ajv2019) => void;
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const validateOpenBadge = ajv.compile(
  JSON.parse(
    readFileSync(new URL('./schema/ob_v3p0_achievementcredential_schema.json', import.meta.url), 'utf8'),
  ) as object,
);

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58(bytes: Uint8Array): string {
  let n = BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
  let out = '';
  for (; n > 0n; n /= 58n) out = BASE58[Number(n % 58n)] + out;
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

const communicating = skills.find((s) => s.id === 'communicating')!;
const vca = findHardRequirement('vca-basis')!;

/** An edubadge-like OpenBadgeCredential of another issuer, aligned to our ESCO concepts. */
function otherBadge(issuer: string, alignments: { targetUrl: string; targetName: string }[], status?: object) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'ROC Zuidoost' },
    validFrom: '2026-06-01T00:00:00Z',
    credentialSubject: {
      id: 'did:example:student',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://badges.example.nl/achievements/klantcontact',
        type: ['Achievement'],
        name: 'Klantcontact en veilig werken',
        description: 'Module klantcontact',
        criteria: { narrative: 'Praktijkopdracht' },
        alignment: alignments.map((a) => ({ type: ['Alignment'], targetType: 'ext:ESCOSkill', ...a })),
      },
    },
    ...(status ? { credentialStatus: status } : {}),
  };
}

for (const [label, databaseUrl] of testStorages()) {
  describe(`skill claims on ${label}`, () => {
    const running = serverForTests(label, { databaseUrl, origin: ORIGIN, settings: { allowLoopbackKeyUrls: true } });
    let school: Client;
    let me: Client;
    let keyServer: Server;
    let keyBase = '';
    const revoked = new Set<number>();
    let listJwt = async () => '';
    let issuerJwk: JWK;
    let issuerKey: CryptoKey;

    let schoolToken = '';
    const tokenClient = async (role: 'candidate' | 'institution', subject: string, displayName?: string) => {
      const { server, partner } = running();
      const partnerClient = createClient({ baseUrl: server.url, credentials: () => ({ token: partner.secretKey }) });
      const { token } = await partnerClient.request(routes.createToken, { body: { role, subject, displayName } });
      if (role === 'institution') schoolToken = token;
      return createClient({ baseUrl: server.url, credentials: () => ({ token }) });
    };

    before(async () => {
      school = await tokenClient('institution', `school-${label}`, 'Summa College');
      me = await tokenClient('candidate', `student-${label}`);
      // The other issuer: its key at /keys/1 and its revocation list at /status/1, over loopback HTTP.
      const pair = await generateKeyPair('ES256');
      issuerKey = pair.privateKey;
      issuerJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' };
      listJwt = async () =>
        new SignJWT({
          '@context': ['https://www.w3.org/ns/credentials/v2'],
          type: ['VerifiableCredential', 'BitstringStatusListCredential'],
          credentialSubject: {
            type: 'BitstringStatusList',
            statusPurpose: 'revocation',
            encodedList: await encodeStatusList(revoked),
          },
        })
          .setProtectedHeader({ alg: 'ES256', kid: `${keyBase}/keys/1`, typ: 'JWT' })
          .sign(issuerKey);
      keyServer = createServer((req, res) => {
        if (req.url === '/keys/1') return res.end(JSON.stringify({ keys: [issuerJwk] }));
        if (req.url === '/status/1') return void listJwt().then((jwt) => res.end(jwt));
        res.statusCode = 404;
        res.end();
      });
      await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
      keyBase = `http://127.0.0.1:${(keyServer.address() as { port: number }).port}`;
    });
    after(() => keyServer.close());

    it('an institution confirms a skill and a certificate; the person takes it in once with the code', async () => {
      const offer = await school.request(routes.offerSkillClaim, {
        body: {
          skills: [{ skillId: 'working-safely', level: 4 }],
          hardRequirements: ['vca-basis'],
          evidence: { kind: 'course', name: 'Basisveiligheid VCA', date: '2026-11-20' },
        },
      });
      // Four groups of four on paper: short enough to type over, 80 bits to guess.
      assert.match(offer.code, /^[a-z2-9]{16}$/);
      // Typed as people type a code from paper: capitals (a phone's first letter) and groups of four.
      const typed = offer.code.toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
      const claim = await me.request(routes.acceptSkillClaim, { body: { code: typed } });
      assert.equal(claim.origin, 'institution');
      assert.equal(claim.issuer.name, 'Summa College');
      assert.deepEqual(claim.skills, [{ skillId: 'working-safely', level: 4 }]);
      assert.deepEqual(claim.evidence, { kind: 'course', name: 'Basisveiligheid VCA', date: '2026-11-20' });

      // The claim itself is an Open Badges credential, signed with the server's keys.
      const credential = decodeJwt(claim.credential);
      assert.ok(validateOpenBadge(credential), JSON.stringify(validateOpenBadge.errors?.slice(0, 3)));
      const pub = createClient({ baseUrl: running().server.url });
      await jwtVerify(claim.credential, createLocalJWKSet((await pub.request(routes.getJwks)) as { keys: JWK[] }));
      // Anyone can check it: real, by the school, with its level (a claim has no test version).
      const verdict = await pub.request(routes.verifyCredential, { body: { credential: claim.credential } });
      assert.equal(verdict.valid, true, verdict.problem);
      assert.equal(verdict.issuer?.name, 'Summa College');
      assert.equal(verdict.assessmentVersion, undefined);
      assert.deepEqual(
        verdict.skills.map((s) => [s.skillId, s.level]),
        [['working-safely', 4]],
      );

      // The certificate now counts as confirmed for employers' filters.
      const held = await me.request(routes.getMyHardRequirements);
      assert.deepEqual(
        held.items.map((h) => [h.id, h.source]),
        [['vca-basis', 'confirmed']],
      );

      await assert.rejects(
        me.request(routes.acceptSkillClaim, { body: { code: offer.code } }),
        (e: ApiError) => e.status === 404 && e.problem.type.endsWith('claim-code-unknown'),
      );
      const listed = await me.request(routes.listMySkillClaims);
      assert.deepEqual(
        listed.items.map((c) => c.id),
        [claim.id],
      );

      // A second code for the same form (the school pressed twice): taken in, it adds no second line.
      const twice = await school.request(routes.offerSkillClaim, {
        body: {
          skills: [{ skillId: 'working-safely', level: 4 }],
          hardRequirements: ['vca-basis'],
          evidence: { kind: 'course', name: 'Basisveiligheid VCA', date: '2026-11-20' },
        },
      });
      const same = await me.request(routes.acceptSkillClaim, { body: { code: twice.code } });
      assert.equal(same.id, claim.id);
      assert.deepEqual(
        (await me.request(routes.listMySkillClaims)).items.map((c) => c.id),
        [claim.id],
      );
      // Its code is used up all the same.
      await assert.rejects(
        me.request(routes.acceptSkillClaim, { body: { code: twice.code } }),
        (e: ApiError) => e.status === 404,
      );
      // Another level is another confirmation.
      const higher = await school.request(routes.offerSkillClaim, {
        body: {
          skills: [{ skillId: 'working-safely', level: 5 }],
          hardRequirements: ['vca-basis'],
          evidence: { kind: 'course', name: 'Basisveiligheid VCA', date: '2026-11-20' },
        },
      });
      await me.request(routes.acceptSkillClaim, { body: { code: higher.code } });
      assert.equal((await me.request(routes.listMySkillClaims)).items.length, 2);
    });

    it('refuses an offer naming a skill or certificate that does not exist, naming the field', async () => {
      await assert.rejects(
        school.request(routes.offerSkillClaim, {
          body: {
            skills: [{ skillId: 'juggling', level: 3 }],
            evidence: { kind: 'work', name: 'Stage', date: '2026-10-01' },
          },
        }),
        (e: ApiError) => e.status === 400 && /body\.skills\[0\]\.skillId/.test(e.problem.detail ?? ''),
      );
      await assert.rejects(
        school.request(routes.offerSkillClaim, {
          body: { skills: [], evidence: { kind: 'work', name: 'Stage', date: '2026-10-01' } },
        }),
        (e: ApiError) => e.status === 400,
      );
      // A confirmation rests on what happened: a date after today is refused, at the server too
      // (the typed client refuses it before sending), naming the field.
      const tomorrow = new Date(Date.now() + 40 * 3600_000).toISOString().slice(0, 10);
      const future = {
        skills: [{ skillId: 'caring', level: 4 }],
        evidence: { kind: 'course', name: 'Zorg 2', date: tomorrow },
      };
      await assert.rejects(
        school.request(routes.offerSkillClaim, { body: future as never }),
        (e: ApiError) => e.status === 400 && e.problem.errors?.[0]?.path === 'body.evidence.date',
      );
      const raw = await fetch(`${running().server.url}/v1/skill-claims`, {
        method: 'POST',
        headers: { authorization: `Bearer ${schoolToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(future),
      });
      assert.equal(raw.status, 400);
      const problem = (await raw.json()) as { errors?: { path: string; message: string }[] };
      assert.deepEqual(problem.errors?.[0], {
        path: 'body.evidence.date',
        message: 'must not be after today',
        code: 'custom',
      });
      // Only an institution offers; a job seeker may not.
      await assert.rejects(
        me.request(routes.offerSkillClaim, {
          body: {
            skills: [{ skillId: 'caring', level: 5 }],
            evidence: { kind: 'work', name: 'Zelf', date: '2026-10-01' },
          },
        }),
        (e: ApiError) => e.status === 403,
      );
    });

    it("takes in another issuer's badge signed with a did:key, mapped through its ESCO alignments", async () => {
      const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
      const raw = Buffer.from((await exportJWK(publicKey)).x!, 'base64url');
      const did = `did:key:z${base58(Uint8Array.from([0xed, 0x01, ...raw]))}`;
      const badge = otherBadge(did, [
        { targetUrl: communicating.crosswalk!.esco!.uri, targetName: communicating.crosswalk!.esco!.label },
        { targetUrl: vca.esco!.uri, targetName: vca.esco!.label },
        { targetUrl: 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000', targetName: 'unknown' },
      ]);
      const jwt = await new SignJWT(badge)
        .setProtectedHeader({ alg: 'EdDSA', kid: `${did}#${did.slice(8)}`, typ: 'JWT' })
        .setIssuer(did)
        .sign(privateKey);
      const claim = await me.request(routes.importSkillClaim, { body: { credential: jwt } });
      assert.equal(claim.origin, 'open-badge');
      assert.equal(claim.issuer.name, 'ROC Zuidoost');
      assert.deepEqual(
        claim.skills,
        [{ skillId: 'communicating' }],
        'no level: the other issuer did not give one in our scale',
      );
      assert.deepEqual(claim.hardRequirements, ['vca-basis']);
      assert.equal(claim.evidence.name, 'Klantcontact en veilig werken');
      // Anyone can sign "ROC Zuidoost" with a key of their own: its VCA is the person's own word
      // for employers, not a confirmation (the school's code confirmed it for this student).
      const badgeOnly = await tokenClient('candidate', `badge-only-${label}`);
      await badgeOnly.request(routes.importSkillClaim, { body: { credential: jwt } });
      assert.deepEqual(
        (await badgeOnly.request(routes.getMyHardRequirements)).items.map((h) => [h.id, h.source]),
        [['vca-basis', 'self']],
      );
      assert.deepEqual(
        (await me.request(routes.getMyHardRequirements)).items.map((h) => [h.id, h.source]),
        [['vca-basis', 'confirmed']],
        'a badge never overrules a confirmation',
      );
      // The same badge uploaded again adds no second line.
      const again = await me.request(routes.importSkillClaim, { body: { credential: jwt } });
      assert.equal(again.id, claim.id);
      const mine = (await me.request(routes.listMySkillClaims)).items;
      assert.equal(mine.filter((c) => c.evidence.name === 'Klantcontact en veilig werken').length, 1);

      const [h, p, s] = jwt.split('.') as [string, string, string];
      const changed = JSON.parse(Buffer.from(p, 'base64url').toString()) as { issuer: { name: string } };
      changed.issuer.name = 'Universiteit van Nergens';
      await assert.rejects(
        me.request(routes.importSkillClaim, {
          body: { credential: `${h}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${s}` },
        }),
        (e: ApiError) => e.status === 400 && /signature does not hold/.test(e.problem.detail ?? ''),
      );
    });

    it("checks the other issuer's key URL and revocation list, and refuses a revoked or unaligned badge with its reason", async () => {
      const status = (index: number) => ({
        id: `${keyBase}/status/1#${index}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(index),
        statusListCredential: `${keyBase}/status/1`,
      });
      const sign = (badge: object) =>
        new SignJWT(badge as Record<string, unknown>)
          .setProtectedHeader({ alg: 'ES256', kid: `${keyBase}/keys/1`, typ: 'JWT' })
          .sign(issuerKey);
      const aligned = [{ targetUrl: communicating.crosswalk!.esco!.uri, targetName: 'communicate' }];
      revoked.add(41);
      await assert.rejects(
        me.request(routes.importSkillClaim, {
          body: { credential: await sign(otherBadge(keyBase, aligned, status(41))) },
        }),
        (e: ApiError) =>
          e.status === 400 && /revoked/.test(e.problem.detail ?? '') && e.problem.errors?.[0]?.code === 'revoked',
      );
      const taken = await me.request(routes.importSkillClaim, {
        body: { credential: await sign(otherBadge(keyBase, aligned, status(42))) },
      });
      assert.deepEqual(taken.skills, [{ skillId: 'communicating' }]);
      await assert.rejects(
        me.request(routes.importSkillClaim, {
          body: {
            credential: await sign(otherBadge(keyBase, [{ targetUrl: 'https://example.org/x', targetName: 'x' }])),
          },
        }),
        (e: ApiError) => e.status === 400 && /names no skill/.test(e.problem.detail ?? ''),
      );
      // A key URL to an address we must not fetch (plain HTTP on the internet) is refused before any request.
      const remote = await new SignJWT(otherBadge('https://x.example', aligned) as Record<string, unknown>)
        .setProtectedHeader({ alg: 'ES256', kid: 'http://203.0.113.9/keys/1', typ: 'JWT' })
        .sign(issuerKey);
      await assert.rejects(me.request(routes.importSkillClaim, { body: { credential: remote } }), (e: ApiError) =>
        /only fetch keys and lists over HTTPS/.test(e.problem.detail ?? ''),
      );
      // HTTPS, but into a private network (a security test): refused as well, before any request.
      for (const kid of ['https://10.0.0.1/keys/1', 'https://[::ffff:192.168.1.2]/keys/1']) {
        const inside = await new SignJWT(otherBadge('https://x.example', aligned) as Record<string, unknown>)
          .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
          .sign(issuerKey);
        await assert.rejects(
          me.request(routes.importSkillClaim, { body: { credential: inside } }),
          (e: ApiError) => /only fetch keys and lists over HTTPS from a public address/.test(e.problem.detail ?? ''),
          kid,
        );
      }
    });

    it("an institution's erasure takes its codes nobody took in yet; what was taken in stays", async () => {
      const leaving = await tokenClient('institution', `leaving-${label}`, 'Mw. J. de Vries, praktijkopleider');
      const open = await leaving.request(routes.offerSkillClaim, {
        body: { skills: [], hardRequirements: ['bhv'], evidence: { kind: 'course', name: 'BHV', date: '2026-09-01' } },
      });
      const taken = await leaving.request(routes.offerSkillClaim, {
        body: { skills: [], hardRequirements: ['bhv'], evidence: { kind: 'course', name: 'BHV', date: '2026-09-02' } },
      });
      const student = await tokenClient('candidate', `bhv-student-${label}`);
      await student.request(routes.acceptSkillClaim, { body: { code: taken.code } });
      // Its export holds what it offered, not whether or by whom a code was taken in.
      const offered = (await leaving.request(routes.exportMe)).offeredSkillClaims;
      assert.deepEqual(
        offered?.map((o) => [o.id, o.evidence.date, o.hardRequirements]),
        [
          [open.id, '2026-09-01', ['bhv']],
          [taken.id, '2026-09-02', ['bhv']],
        ],
      );
      assert.ok(offered!.every((o) => !('acceptedAt' in o) && !('holder' in o)));
      await leaving.request(routes.eraseMe);
      await assert.rejects(
        (await tokenClient('candidate', `late-student-${label}`)).request(routes.acceptSkillClaim, {
          body: { code: open.code },
        }),
        (e: ApiError) => e.status === 404,
      );
      // What the student took in before is theirs: it stays, confirmed.
      assert.equal((await student.request(routes.listMySkillClaims)).items.length, 1);
      assert.deepEqual(
        (await student.request(routes.getMyHardRequirements)).items.map((h) => [h.id, h.source]),
        [['bhv', 'confirmed']],
      );
    });

    it('removing a confirmation leaves a certificate as the person’s own word; erasure removes them all', async () => {
      const person = await tokenClient('candidate', `remover-${label}`);
      const offer = await school.request(routes.offerSkillClaim, {
        body: { skills: [], hardRequirements: ['bhv'], evidence: { kind: 'diploma', name: 'BHV', date: '2026-09-01' } },
      });
      const claim = await person.request(routes.acceptSkillClaim, { body: { code: offer.code } });
      await person.request(routes.deleteMySkillClaim, { params: { id: claim.id } });
      const held = await person.request(routes.getMyHardRequirements);
      assert.deepEqual(
        held.items.map((h) => [h.id, h.source]),
        [['bhv', 'self']],
      );

      const again = await school.request(routes.offerSkillClaim, {
        body: {
          skills: [{ skillId: 'caring', level: 3 }],
          evidence: { kind: 'work', name: 'Stage zorg', date: '2026-09-01' },
        },
      });
      await person.request(routes.acceptSkillClaim, { body: { code: again.code } });
      const exported = await person.request(routes.exportMe);
      assert.equal(exported.skillClaims?.length, 1);
      await person.request(routes.eraseMe);
      const rows = await running().server.services.db.query('SELECT 1 FROM skill_claims WHERE id = $1', [again.id]);
      assert.equal(rows.length, 0);
    });
  });
}
