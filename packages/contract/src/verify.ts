/**
 * Check a skillprint's signature with WebCrypto (browsers and Node alike): a compact JWS, ES256,
 * whose payload must be exactly the canonical JSON of the skillprint shown. Keys come from the
 * API's /.well-known/jwks.json.
 */
import { canonicalJson } from './canonical.js';
import type { Skillprint } from './skillprint.js';

export interface PublicJwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  kid: string;
  alg?: string;
}

export interface SignatureCheck {
  valid: boolean;
  /** Why not: "changed", "signature", "unknown-key" or "malformed". */
  reason?: 'changed' | 'signature' | 'unknown-key' | 'malformed';
}

/** The bytes of a base64url text (a JWS part), padding or not. */
export function decodeBase64url(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * `skillprint` is checked as given, every field of it: pass what you received, not a parsed copy
 * (a schema drops unknown fields, and a field added after signing must make it invalid).
 */
export async function checkSkillprintSignature(
  skillprint: Skillprint | unknown,
  signature: string,
  keys: readonly PublicJwk[],
): Promise<SignatureCheck> {
  const parts = signature.split('.');
  if (parts.length !== 3) return { valid: false, reason: 'malformed' };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  let header: { alg?: string; kid?: string; typ?: string };
  try {
    header = JSON.parse(new TextDecoder().decode(decodeBase64url(headerPart))) as typeof header;
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  if (header.alg !== 'ES256' || header.typ !== 'pfw-skillprint+jws') return { valid: false, reason: 'malformed' };
  const jwk = keys.find((k) => k.kid === header.kid);
  if (!jwk) return { valid: false, reason: 'unknown-key' };
  try {
    const key = await crypto.subtle.importKey(
      'jwk',
      { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, ext: true },
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const ok = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      decodeBase64url(signaturePart),
      new TextEncoder().encode(`${headerPart}.${payloadPart}`),
    );
    if (!ok) return { valid: false, reason: 'signature' };
  } catch {
    return { valid: false, reason: 'signature' };
  }
  const signed = new TextDecoder().decode(decodeBase64url(payloadPart));
  return signed === canonicalJson(skillprint) ? { valid: true } : { valid: false, reason: 'changed' };
}
