/**
 * Open Badges 3.0 credentials on real storage (PGlite, and PostgreSQL when the test run has
 * one): every credential validates against 1EdTech's JSON schema and verifies with jose against
 * the served keys; tampered, foreign, expired and revoked ones fail with their reason; the
 * revocation list says the same as the verify route, also after erasure.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it, before } from 'node:test';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import {
  SignJWT,
  compactVerify,
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  type JWK,
} from 'jose';
import {
  ApiError,
  createClient,
  routes,
  type Client,
  type CredentialVerdict,
  type SignedSkillprint,
} from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { levelRange } from '@pfw/core/norms';
import { serverForTests, testStorages } from '../testing.js';
import { openBadgeOf } from './open-badge.js';
import { decodeStatusList, isSet } from './status-list.js';

const ORIGIN = 'https://portal.example.nl';
const schema = JSON.parse(
  readFileSync(new URL('./schema/ob_v3p0_achievementcredential_schema.json', import.meta.url), 'utf8'),
) as object;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2019) => void;
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const validateOpenBadge = ajv.compile(schema);

/** The parts of a credential the tests read. */
interface CredentialParts {
  '@context': string[];
  id: string;
  issuer: { id: string; name: string };
  validFrom: string;
  validUntil: string;
  credentialSubject: {
    id: string;
    achievement: { resultDescription: { id: string; alignment?: { targetType: string }[] }[] };
    result: { resultDescription: string; value: string }[];
  };
  credentialStatus: { type: string; statusListCredential: string; statusListIndex: string };
}

for (const [label, databaseUrl] of testStorages()) {
  describe(`Open Badges credentials on ${label}`, () => {
    const running = serverForTests(label, { databaseUrl, origin: ORIGIN });
    let me: Client;
    let pub: Client;
    let signed: SignedSkillprint;

    const candidate = async (subject: string) => {
      const { server, partner } = running();
      const partnerClient = createClient({ baseUrl: server.url, credentials: () => ({ token: partner.secretKey }) });
      const { token } = await partnerClient.request(routes.createToken, { body: { role: 'candidate', subject } });
      return createClient({ baseUrl: server.url, credentials: () => ({ token }) });
    };
    const verify = (body: { credential?: string; shareToken?: string }) =>
      pub.request(routes.verifyCredential, { body }) as Promise<CredentialVerdict>;
    const jwks = async () => createLocalJWKSet((await pub.request(routes.getJwks)) as { keys: JWK[] });

    before(async () => {
      me = await candidate(`holder-${label}`);
      pub = createClient({ baseUrl: running().server.url });
      ({ signed } = await playAssessment(me, plainPlayer(1)));
    });

    for (const alg of ['ES256', 'RS256'] as const) {
      it(`issues an ${alg} VC-JWT that meets the 1EdTech schema and verifies with jose against the served keys`, async () => {
        const issued = await me.request(routes.issueCredential, {
          params: { id: signed.skillprint.id },
          body: { alg },
        });
        const header = decodeProtectedHeader(issued.jwt);
        assert.deepEqual(Object.keys(header).sort(), ['alg', 'kid', 'typ']);
        assert.equal(header.alg, alg);
        assert.equal(header.typ, 'JWT');

        // The kid is a URL that opens the public key, which is also in the JWKS.
        const kidUrl = new URL(header.kid!);
        const jwk = (await (await fetch(kidUrl)).json()) as JWK;
        assert.equal(jwk.alg, alg);
        assert.equal(jwk.d, undefined, 'never a private key');
        const byKid = await compactVerify(issued.jwt, await importJWK(jwk, alg));
        assert.ok(byKid.payload.length > 0);
        const { payload } = await jwtVerify(issued.jwt, await jwks(), { algorithms: [alg] });

        // The credential itself, and the JWT claims the spec takes from it.
        const credential = decodeJwt(issued.jwt) as unknown as CredentialParts;
        const valid = validateOpenBadge(credential);
        assert.ok(valid, JSON.stringify(validateOpenBadge.errors?.slice(0, 3)));
        assert.equal(payload.jti, credential.id);
        assert.equal(credential.id, `urn:uuid:${issued.id}`);
        assert.equal(payload.iss, credential.issuer.id);
        assert.equal(payload.sub, credential.credentialSubject.id);
        assert.equal(payload.nbf, Date.parse(credential.validFrom) / 1000);
        assert.equal(payload.exp, Date.parse(credential.validUntil) / 1000);
        assert.deepEqual(credential['@context'], [
          'https://www.w3.org/ns/credentials/v2',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        ]);
        assert.equal(credential.credentialStatus.type, 'BitstringStatusListEntry');

        // Each measured skill: its level, its range, and its ESCO and O*NET alignment.
        const subject = credential.credentialSubject;
        for (const score of signed.skillprint.scores) {
          const level = subject.result.find((r) => r.resultDescription.endsWith(`:${score.skillId}`));
          assert.equal(level?.value, String(score.level), score.skillId);
          const range = subject.result.find((r) => r.resultDescription.endsWith(`:${score.skillId}:range`));
          assert.equal(range?.value, levelRange(score).join('-'));
          const description = subject.achievement.resultDescription.find((d) => d.id.endsWith(`:${score.skillId}`));
          assert.deepEqual(
            description?.alignment?.map((a) => a.targetType),
            ['ext:ESCOSkill', 'ext:ONETElement'],
          );
        }
        // No name or contact detail: the subject is the pseudonym.
        assert.doesNotMatch(issued.jwt, /@/);

        const again = await me.request(routes.issueCredential, { params: { id: signed.skillprint.id }, body: { alg } });
        assert.equal(again.id, issued.id, 'the one that still holds is given again');
      });
    }

    it('says what is true of a valid credential: issuer, when, test version and every level', async () => {
      const issued = await me.request(routes.issueCredential, { params: { id: signed.skillprint.id }, body: {} });
      const verdict = await verify({ credential: issued.jwt });
      assert.equal(verdict.valid, true, verdict.problem);
      assert.equal(verdict.kind, 'credential');
      assert.equal(verdict.issuer?.name, `Test ${label}`);
      assert.equal(verdict.assessmentVersion, signed.skillprint.assessmentVersion);
      assert.equal(verdict.issuedAt, new Date(signed.skillprint.issuedAt).toISOString());
      assert.deepEqual(
        verdict.skills.map((s) => [s.skillId, s.level]).sort(),
        signed.skillprint.scores.map((s) => [s.skillId, s.level]).sort(),
      );
    });

    it('fails a tampered credential, one signed with another key, and one of another issuer, each with its reason', async () => {
      const issued = await me.request(routes.issueCredential, { params: { id: signed.skillprint.id }, body: {} });
      const [h, p, s] = issued.jwt.split('.') as [string, string, string];
      const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as {
        credentialSubject: { result: { value: string }[] };
      };
      // Another level than it says (a skillprint at 5 would otherwise be "changed" to what it was).
      const first = payload.credentialSubject.result[0]!;
      first.value = first.value === '5' ? '4' : '5';
      const tampered = `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
      assert.equal((await verify({ credential: tampered })).problem, 'signature');

      // Our kid in the header, but signed with a key pair made here: the signature does not hold.
      const { privateKey, publicKey } = await generateKeyPair('ES256');
      const header = decodeProtectedHeader(issued.jwt);
      const forged = await new SignJWT(decodeJwt(issued.jwt))
        .setProtectedHeader({ alg: 'ES256', kid: header.kid!, typ: 'JWT' })
        .sign(privateKey);
      assert.equal((await verify({ credential: forged })).problem, 'signature');

      // Another issuer's key (its own URL): we cannot vouch for it here.
      const other = await new SignJWT(decodeJwt(issued.jwt))
        .setProtectedHeader({ alg: 'ES256', kid: 'https://school.example.nl/keys/1', typ: 'JWT' })
        .sign(privateKey);
      assert.equal((await verify({ credential: other })).problem, 'other-issuer');
      assert.ok(await exportJWK(publicKey));

      assert.equal((await verify({ credential: 'a.b.c' })).problem, 'malformed');
    });

    it('fails an expired credential and one not yet valid', async () => {
      const { server } = running();
      const issued = await me.request(routes.issueCredential, { params: { id: signed.skillprint.id }, body: {} });
      const real = decodeJwt(issued.jwt) as unknown as CredentialParts;
      const make = (validFrom: Date, validUntil: Date) => {
        const credential = openBadgeOf({
          skillprint: signed.skillprint,
          credentialId: issued.id, // the same status bit (not revoked): only the dates differ
          issuer: real.issuer,
          creator: { id: 'https://api.example/v1/issuers/passport-for-work', name: 'Passport for Work' },
          status: {
            listUrl: real.credentialStatus.statusListCredential,
            index: Number(real.credentialStatus.statusListIndex),
          },
          lang: 'nl',
          validFrom,
          validUntil,
        });
        const kid = decodeProtectedHeader(issued.jwt).kid!;
        return server.services.signer.signCredential(credential, 'urn:pfw:pseudonym:x', 'ES256', () => kid);
      };
      const day = 86_400_000;
      const expired = await make(new Date(Date.now() - 3 * day), new Date(Date.now() - day));
      assert.equal((await verify({ credential: expired })).problem, 'expired');
      const early = await make(new Date(Date.now() + day), new Date(Date.now() + 3 * day));
      assert.equal((await verify({ credential: early })).problem, 'not-yet-valid');
    });

    it('revokes: the verify route and the signed status list both say so', async () => {
      const holder = await candidate(`revoker-${label}`);
      const played = await playAssessment(holder, plainPlayer(2));
      const issued = await holder.request(routes.issueCredential, {
        params: { id: played.signed.skillprint.id },
        body: {},
      });
      const status = (decodeJwt(issued.jwt) as unknown as CredentialParts).credentialStatus;
      const bit = async () => {
        const listId = new URL(status.statusListCredential).pathname.split('/').pop()!;
        const list = await pub.request(routes.getStatusList, { params: { id: listId } });
        const { payload } = await jwtVerify(list, await jwks());
        const subject = (payload as { credentialSubject: { encodedList: string; statusPurpose: string } })
          .credentialSubject;
        assert.equal(subject.statusPurpose, 'revocation');
        return isSet(await decodeStatusList(subject.encodedList), Number(status.statusListIndex));
      };
      assert.equal(await bit(), false);
      await holder.request(routes.revokeCredential, { params: { id: issued.id } });
      assert.equal(await bit(), true);
      assert.equal((await verify({ credential: issued.jwt })).problem, 'revoked');
      const listed = await holder.request(routes.listMyCredentials);
      assert.ok(listed.items.find((c) => c.id === issued.id)?.revokedAt);
      await assert.rejects(
        holder.request(routes.revokeCredential, { params: { id: issued.id } }),
        (e: ApiError) => e.status === 404,
      );
      // A new one can be issued after a revocation.
      const fresh = await holder.request(routes.issueCredential, {
        params: { id: played.signed.skillprint.id },
        body: {},
      });
      assert.notEqual(fresh.id, issued.id);
      assert.equal((await verify({ credential: fresh.jwt })).valid, true);
    });

    it('erasure revokes every credential, and the bit stays set after the rows are gone', async () => {
      const holder = await candidate(`eraser-${label}`);
      const played = await playAssessment(holder, plainPlayer(3));
      const issued = await holder.request(routes.issueCredential, {
        params: { id: played.signed.skillprint.id },
        body: {},
      });
      const exported = await holder.request(routes.exportMe);
      assert.deepEqual(
        exported.credentials?.map((c) => c.id),
        [issued.id],
      );
      await holder.request(routes.eraseMe);
      assert.equal((await verify({ credential: issued.jwt })).problem, 'revoked');
      const rows = await running().server.services.db.query('SELECT 1 FROM credentials WHERE id = $1', [issued.id]);
      assert.equal(rows.length, 0);
    });

    it('checks a shared skillprint by its link token (the QR on paper)', async () => {
      const link = await me.request(routes.createShareLink, {
        params: { id: signed.skillprint.id },
        body: { expiresInDays: 30 },
      });
      const verdict = await verify({ shareToken: link.token });
      assert.equal(verdict.valid, true);
      assert.equal(verdict.kind, 'skillprint');
      assert.equal(verdict.skills.length, signed.skillprint.scores.length);
      await me.request(routes.revokeShareLink, { params: { id: link.id } });
      assert.equal((await verify({ shareToken: link.token })).problem, 'link-expired');
      assert.equal((await verify({ shareToken: 'x'.repeat(24) })).problem, 'link-unknown');
    });

    it('refuses a body with both a credential and a token, naming the field', async () => {
      await assert.rejects(
        pub.request(routes.verifyCredential, { body: { credential: 'a.b.c', shareToken: 'x'.repeat(24) } }),
        (e: ApiError) => e.status === 400 && /body\.credential/.test(JSON.stringify(e.problem)),
      );
    });

    it('gives the owner an EDC-ready ELM template, and nobody else', async () => {
      const elm = await me.request(routes.getElmTemplate, {
        params: { id: signed.skillprint.id },
        query: { lang: 'en' },
      });
      assert.ok((elm.type as string[]).includes('EuropeanDigitalCredential'));
      const other = await candidate(`stranger-${label}`);
      await assert.rejects(
        other.request(routes.getElmTemplate, { params: { id: signed.skillprint.id }, query: {} }),
        (e: ApiError) => e.status === 404,
      );
    });

    it("serves the issuer's profile and 404s for unknown lists, issuers and keys", async () => {
      const { partner } = running();
      const profile = await pub.request(routes.getIssuerProfile, { params: { id: partner.partnerId } });
      assert.equal(profile.name, `Test ${label}`);
      assert.deepEqual(profile.type, ['Profile']);
      // One at a time: a call made before it is awaited would reject unhandled.
      for (const call of [
        () => pub.request(routes.getIssuerProfile, { params: { id: 'pa_doesnotexist' } }),
        () => pub.request(routes.getStatusList, { params: { id: 'pa_doesnotexist.1' } }),
        () => pub.request(routes.getStatusList, { params: { id: `${partner.partnerId}.9` } }),
        () => pub.request(routes.getPublicKey, { params: { id: 'k-nope' } }),
      ]) {
        await assert.rejects(call(), (e: ApiError) => e.status === 404);
      }
    });
  });
}
