/**
 * Signing: short-lived tokens (JWT), skillprints and calibrated bank files (compact JWS over
 * canonical JSON), all ES256, and Open Badges credentials (VC-JWT, ES256 or RS256), with key
 * pairs kept in the database, so every API instance signs and verifies alike.
 * Public keys are published at /.well-known/jwks.json (and one by one at /v1/keys/:kid).
 */
import {
  CompactSign,
  SignJWT,
  base64url,
  compactVerify,
  exportJWK,
  generateKeyPair,
  importJWK,
  decodeProtectedHeader,
  jwtVerify,
  type JWK,
  type JWTPayload,
  type CryptoKey,
} from 'jose';
import { canonicalJson, checkSkillprintSignature, type PublicJwk, type Role, type Skillprint } from '@pfw/contract';
import type { Queryable } from '../storage/database.js';
// Before jose runs: a native base64 encoder where Node lacks Uint8Array#toBase64.
import './base64.js';
import { randomString } from '../ids.js';

/** What signCredential takes: any credential JSON with the fields its JWT claims come from. */
export type CredentialToSign = Record<string, unknown> & {
  id: string;
  issuer: { id: string };
  validFrom: string;
  validUntil?: unknown;
};

export interface TokenClaims {
  /** Person id. */
  sub: string;
  role: Role;
  /** Partner id. */
  pid: string;
  /** Pseudonym. */
  psn: string;
}

const ISSUER = 'pfw';
const AUDIENCE = 'pfw-api';
const SKILLPRINT_TYPE = 'pfw-skillprint+jws';
const BANK_TYPE = 'pfw-bank+jws';

const REASONS = {
  changed: 'The skillprint was changed after it was signed.',
  signature: 'The signature does not hold.',
  'unknown-key': 'The signature was not made with a key of this server.',
  malformed: 'This is not a skillprint signature.',
} as const;

export type SigningAlgorithm = 'ES256' | 'RS256';

interface KeyPair {
  kid: string;
  alg: SigningAlgorithm;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

type KeyRow = { kid: string; private_jwk: JWK; public_jwk: JWK };

/** Why a credential's JWS does not hold (the verify route turns these into a verdict). */
export type CredentialJwsProblem = 'malformed' | 'other-issuer' | 'signature';

/**
 * Tokens already checked, kept for a minute (never past their expiry): a widget sends the same
 * token with every call, and checking its signature was half the time of authenticating one.
 * Bounded; the oldest goes first. Erasure still stops a token at once (auth looks the person up).
 */
const CHECKED_TOKENS = 10_000;
const CHECKED_TOKEN_SECONDS = 60;

export class Signer {
  private constructor(
    private readonly db: Queryable,
    private keys: KeyPair[],
  ) {}

  /** Load the signing keys, creating the first ES256 pair if there is none (safe when instances start together). */
  static async load(db: Queryable): Promise<Signer> {
    const signer = new Signer(db, []);
    await signer.reload();
    if (!signer.keys.some((k) => k.alg === 'ES256')) await signer.createKey('ES256');
    return signer;
  }

  private loadedAt = 0;
  private readonly checkedTokens = new Map<string, { claims: TokenClaims; kid: string; until: number }>();

  private async reload(): Promise<void> {
    this.loadedAt = Date.now();
    const rows = await this.db.query<KeyRow>(
      'SELECT kid, private_jwk, public_jwk FROM signing_keys ORDER BY created_at DESC, kid',
    );
    this.keys = await Promise.all(
      rows.map(async (r) => {
        const alg = (r.public_jwk.alg ?? 'ES256') as SigningAlgorithm;
        return {
          kid: r.kid,
          alg,
          privateKey: (await importJWK(r.private_jwk, alg)) as CryptoKey,
          publicKey: (await importJWK(r.public_jwk, alg)) as CryptoKey,
          publicJwk: r.public_jwk,
        };
      }),
    );
  }

  /** A new key pair in storage; another instance may add one at the same moment, and both then hold. */
  private async createKey(alg: SigningAlgorithm): Promise<void> {
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, modulusLength: 2048 });
    const kid = `k-${randomString(12)}`;
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
    await this.db.query(
      'INSERT INTO signing_keys (kid, private_jwk, public_jwk) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [kid, JSON.stringify(await exportJWK(privateKey)), JSON.stringify(publicJwk)],
    );
    await this.reload();
  }

  jwks(): { keys: JWK[] } {
    return { keys: this.keys.map((k) => k.publicJwk) };
  }

  /**
   * The published key set, read again from storage when older than a minute (another instance
   * may have made a key). Each key is listed twice: under its id, and under the URL that
   * credentials name as their kid (keyUrl), so a verifier holding only this set finds it.
   */
  async publishedJwks(keyUrl: (kid: string) => string): Promise<{ keys: JWK[] }> {
    if (Date.now() - this.loadedAt > 60_000) await this.reload();
    const keys = this.keys.map((k) => k.publicJwk);
    return { keys: [...keys, ...keys.map((k) => ({ ...k, kid: keyUrl(k.kid!) }))] };
  }

  /** The public key with this id; another instance may have made it since we loaded (RSA keys are made on first use). */
  async publicJwk(kid: string): Promise<JWK | undefined> {
    const find = () => this.keys.find((k) => k.kid === kid)?.publicJwk;
    // A miss reads the keys again, but at most every 10 s: anyone can send a made-up kid to the
    // public verify and key routes, and each would otherwise re-read and re-import every key.
    if (!find() && Date.now() - this.loadedAt > 10_000) await this.reload();
    return find();
  }

  /** The newest ES256 key signs tokens, skillprints and bank files. */
  private get current(): KeyPair {
    return this.keys.find((k) => k.alg === 'ES256')!;
  }

  private publicKeyFor(kid: string | undefined): CryptoKey {
    const key = this.keys.find((k) => k.kid === kid && k.alg === 'ES256');
    if (!key) throw new Error('unknown key id');
    return key.publicKey;
  }

  /**
   * The newest key of an algorithm, made on first use (RSA generation takes a moment; few need
   * it). Call it before a transaction that signs, so the signing itself touches no storage.
   */
  async ensureKey(alg: SigningAlgorithm): Promise<KeyPair> {
    let key = this.keys.find((k) => k.alg === alg);
    if (!key) {
      await this.createKey(alg);
      key = this.keys.find((k) => k.alg === alg)!;
    }
    return key;
  }

  /**
   * An Open Badges 3.0 VC-JWT: the header carries only alg, kid (a URL that opens the public
   * JWK: keyUrl(kid)) and typ "JWT", as the spec requires; the payload is the credential with
   * iss, jti, sub, nbf (and exp when it has validUntil).
   */
  async signCredential(
    credential: CredentialToSign,
    subject: string,
    alg: SigningAlgorithm,
    keyUrl: (kid: string) => string,
  ): Promise<string> {
    return (await this.signCredentialParts(credential, subject, alg, keyUrl)).jwt;
  }

  /** signCredential, and the JSON it signed: kept as it is, it need not be decoded from the JWT again. */
  async signCredentialParts(
    credential: CredentialToSign,
    subject: string,
    alg: SigningAlgorithm,
    keyUrl: (kid: string) => string,
  ): Promise<{ jwt: string; payloadJson: string }> {
    const key = await this.ensureKey(alg);
    // The claims written out here and signed as a compact JWS: the same JWT SignJWT makes, without
    // its copy and checks of a 24 kB payload (a third of the time to issue one).
    const claims: Record<string, unknown> = {
      ...credential,
      iss: credential.issuer.id,
      jti: credential.id,
      sub: subject,
      nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
    };
    if (typeof credential.validUntil === 'string') claims.exp = Math.floor(Date.parse(credential.validUntil) / 1000);
    const payloadJson = JSON.stringify(claims);
    const jwt = await new CompactSign(new TextEncoder().encode(payloadJson))
      .setProtectedHeader({ alg, kid: keyUrl(key.kid), typ: 'JWT' })
      .sign(key.privateKey);
    return { jwt, payloadJson };
  }

  /**
   * The payload of a VC-JWT signed by one of our keys. Time claims are not checked here: the
   * verdict says "expired" in its own words. `kidOf` takes our key id out of the header's kid URL.
   */
  async verifyCredentialJws(
    jws: string,
    kidOf: (kidUrl: string) => string | undefined,
  ): Promise<{ payload: JWTPayload } | { problem: CredentialJwsProblem }> {
    let kid: string | undefined;
    let alg: string | undefined;
    try {
      const header = decodeProtectedHeader(jws);
      if (header.typ !== undefined && header.typ !== 'JWT') return { problem: 'malformed' };
      kid = typeof header.kid === 'string' ? kidOf(header.kid) : undefined;
      alg = header.alg;
    } catch {
      return { problem: 'malformed' };
    }
    if (!kid || !(await this.publicJwk(kid))) return { problem: 'other-issuer' };
    const key = this.keys.find((k) => k.kid === kid)!;
    if (alg !== key.alg) return { problem: 'signature' };
    let bytes: Uint8Array;
    try {
      // The signature only: expiry and not-before are judged by the caller, so the verdict can name them.
      ({ payload: bytes } = await compactVerify(jws, key.publicKey, { algorithms: [key.alg] }));
    } catch {
      return { problem: 'signature' };
    }
    try {
      const payload = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
      if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return { problem: 'malformed' };
      return { payload: payload as JWTPayload };
    } catch {
      return { problem: 'malformed' };
    }
  }

  async signToken(claims: TokenClaims, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    const token = await new SignJWT({ role: claims.role, pid: claims.pid, psn: claims.psn })
      .setProtectedHeader({ alg: 'ES256', kid: this.current.kid, typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.current.privateKey);
    return { token, expiresAt };
  }

  /** The claims of a valid token; throws on a bad signature, another issuer or audience, or expiry. */
  async verifyToken(token: string): Promise<TokenClaims> {
    const now = Date.now() / 1000;
    const hit = this.checkedTokens.get(token);
    if (hit && now < hit.until && this.keys.some((k) => k.kid === hit.kid)) return hit.claims;
    const { payload, protectedHeader } = await jwtVerify(token, (header) => this.publicKeyFor(header.kid), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['ES256'],
    });
    const { sub, role, pid, psn } = payload as unknown as TokenClaims;
    if (!sub || !role || !pid || !psn) throw new Error('token lacks claims');
    const claims = { sub, role, pid, psn };
    if (this.checkedTokens.size >= CHECKED_TOKENS) this.checkedTokens.delete(this.checkedTokens.keys().next().value!);
    this.checkedTokens.set(token, {
      claims,
      kid: protectedHeader.kid!,
      until: Math.min(payload.exp ?? now, now + CHECKED_TOKEN_SECONDS),
    });
    return claims;
  }

  async signSkillprint(skillprint: Skillprint): Promise<string> {
    return new CompactSign(new TextEncoder().encode(canonicalJson(skillprint)))
      .setProtectedHeader({ alg: 'ES256', kid: this.current.kid, typ: SKILLPRINT_TYPE })
      .sign(this.current.privateKey);
  }

  /** Valid only when the signature holds and its payload is exactly this skillprint (the same check widgets run). */
  async verifySkillprint(
    skillprint: unknown,
    signature: string,
  ): Promise<{ valid: boolean; reason?: string; keyId?: string }> {
    const check = await checkSkillprintSignature(skillprint, signature, this.jwks().keys as PublicJwk[]);
    if (check.valid) return { valid: true };
    return { valid: false, reason: REASONS[check.reason ?? 'signature'] };
  }

  /**
   * A bank file's signature: a compact JWS over its canonical JSON (without the signature
   * itself), with the payload detached (RFC 7515 appendix F) — the file is the payload.
   */
  async signBank(bank: object): Promise<string> {
    const jws = await new CompactSign(new TextEncoder().encode(canonicalJson(bank)))
      .setProtectedHeader({ alg: 'ES256', kid: this.current.kid, typ: BANK_TYPE })
      .sign(this.current.privateKey);
    const [header, , signature] = jws.split('.');
    return `${header}..${signature}`;
  }

  /** Whether a bank file was signed by this server's keys and not changed since. */
  async verifyBank(bank: object, signature: string): Promise<boolean> {
    const [header, empty, sig] = signature.split('.');
    if (!header || empty !== '' || !sig) return false;
    const payload = base64url.encode(canonicalJson(bank));
    try {
      const { protectedHeader } = await compactVerify(`${header}.${payload}.${sig}`, (h) => this.publicKeyFor(h.kid), {
        algorithms: ['ES256'],
      });
      return protectedHeader.typ === BANK_TYPE;
    } catch {
      return false;
    }
  }
}
