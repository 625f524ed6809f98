/**
 * Signing: short-lived tokens (JWT), skillprints and calibrated bank files (compact JWS over
 * canonical JSON), all ES256 with a key pair kept in the database, so every API instance signs
 * and verifies alike.
 * Public keys are published at /.well-known/jwks.json.
 */
import {
  CompactSign,
  SignJWT,
  base64url,
  compactVerify,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  type JWK,
  type CryptoKey,
} from 'jose';
import { canonicalJson, checkSkillprintSignature, type PublicJwk, type Role, type Skillprint } from '@pfw/contract';
import type { Queryable } from '../storage/database.js';
import { randomString } from '../ids.js';

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

interface KeyPair {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

export class Signer {
  private constructor(private readonly keys: KeyPair[]) {}

  /** Load the signing keys, creating the first pair if there is none (safe when instances start together). */
  static async load(db: Queryable): Promise<Signer> {
    let rows = await db.query<{ kid: string; private_jwk: JWK; public_jwk: JWK }>(
      'SELECT kid, private_jwk, public_jwk FROM signing_keys ORDER BY created_at DESC',
    );
    if (!rows.length) {
      const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
      const kid = `k-${randomString(12)}`;
      const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
      await db.query(
        'INSERT INTO signing_keys (kid, private_jwk, public_jwk) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [kid, JSON.stringify(await exportJWK(privateKey)), JSON.stringify(publicJwk)],
      );
      rows = await db.query('SELECT kid, private_jwk, public_jwk FROM signing_keys ORDER BY created_at DESC');
    }
    const keys = await Promise.all(
      rows.map(async (r) => ({
        kid: r.kid,
        privateKey: (await importJWK(r.private_jwk, 'ES256')) as CryptoKey,
        publicKey: (await importJWK(r.public_jwk, 'ES256')) as CryptoKey,
        publicJwk: r.public_jwk,
      })),
    );
    return new Signer(keys);
  }

  jwks(): { keys: JWK[] } {
    return { keys: this.keys.map((k) => k.publicJwk) };
  }

  private get current(): KeyPair {
    return this.keys[0]!;
  }

  private publicKeyFor(kid: string | undefined): CryptoKey {
    const key = this.keys.find((k) => k.kid === kid);
    if (!key) throw new Error('unknown key id');
    return key.publicKey;
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
    const { payload } = await jwtVerify(token, (header) => this.publicKeyFor(header.kid), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['ES256'],
    });
    const { sub, role, pid, psn } = payload as unknown as TokenClaims;
    if (!sub || !role || !pid || !psn) throw new Error('token lacks claims');
    return { sub, role, pid, psn };
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
