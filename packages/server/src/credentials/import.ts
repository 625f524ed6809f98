/**
 * Taking in another issuer's Open Badges 3.0 credential (an edubadge, a course certificate): the
 * VC-JWT is checked (the issuer's key from the header's `jwk`, a `did:key`, or an HTTPS `kid` URL;
 * the signature; the dates; its revocation list when it names one) and mapped to the skill
 * language through its alignments (ESCO URIs and O*NET codes). What it does not name is left out,
 * never guessed. Fetching is guarded: HTTPS only (loopback HTTP only when a test allows it), no
 * redirects, 3 seconds, 256 kB.
 */
import { base64url, compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { hardRequirements, skills } from '@pfw/core/skills';
import { publicAddressProblem } from '../webhooks.js';
import { decodeStatusList, isSet } from './status-list.js';

/** Why a credential was not taken in: the message for people who read English, the code for a widget's words. */
export type RejectionCode =
  'malformed' | 'key' | 'signature' | 'not-open-badge' | 'not-yet-valid' | 'expired' | 'revoked' | 'no-known-skill';

export class CredentialRejected extends Error {
  constructor(
    message: string,
    readonly code: RejectionCode,
  ) {
    super(message);
  }
}

export interface ImportOptions {
  /** Tests serve keys and lists on 127.0.0.1 over HTTP; a real server never does. */
  allowLoopbackHttp?: boolean;
  now?: Date;
}

export interface ImportedClaim {
  issuer: { id: string; name: string };
  skills: { skillId: string }[];
  hardRequirements: string[];
  evidence: { name: string; date?: string };
  issuedAt: string;
}

const ALGORITHMS = ['RS256', 'ES256', 'ES384', 'PS256', 'EdDSA'];
const MAX_BYTES = 256 * 1024;

function checkedUrl(url: string, options: ImportOptions): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CredentialRejected(`"${url.slice(0, 80)}" is not a web address.`, 'key');
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'https:' && !loopback) return parsed;
  if (parsed.protocol === 'http:' && loopback && options.allowLoopbackHttp) return parsed;
  throw new CredentialRejected(
    `We only fetch keys and lists over HTTPS from a public address, not ${parsed.origin}.`,
    'key',
  );
}

async function fetchJson(url: string, options: ImportOptions): Promise<unknown> {
  const target = checkedUrl(url, options);
  // The address comes from the credential someone pastes: it may not point into this server's network.
  const loopbackForTests = options.allowLoopbackHttp && target.protocol === 'http:';
  if (!loopbackForTests && (await publicAddressProblem(target.href)))
    throw new CredentialRejected(
      `We only fetch keys and lists over HTTPS from a public address, not ${target.origin}.`,
      'key',
    );
  let response: Response;
  try {
    response = await fetch(target, { redirect: 'error', signal: AbortSignal.timeout(3000) });
  } catch {
    throw new CredentialRejected(`The issuer's address ${target.origin} did not answer.`, 'key');
  }
  const body = await response.text();
  if (!response.ok || body.length > MAX_BYTES) {
    throw new CredentialRejected(
      `The issuer's address ${target.origin} gave no usable answer (${response.status}).`,
      'key',
    );
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body.trim(); // a VC-JWT (a status list), not JSON
  }
}

/** An Ed25519 did:key (multibase base58btc, multicodec 0xed01): the key is in the identifier. */
function didKeyJwk(did: string): JWK {
  const id = did.split('#')[0]!.slice('did:key:'.length);
  if (!id.startsWith('z')) throw new CredentialRejected('This did:key is not in a form we read.', 'key');
  const bytes = base58(id.slice(1));
  if (bytes[0] !== 0xed || bytes[1] !== 0x01 || bytes.length !== 34) {
    throw new CredentialRejected('Only Ed25519 did:key identifiers are read.', 'key');
  }
  return { kty: 'OKP', crv: 'Ed25519', x: base64url.encode(bytes.slice(2)) };
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58(text: string): Uint8Array {
  let n = 0n;
  for (const ch of text) {
    const digit = BASE58.indexOf(ch);
    if (digit < 0) throw new CredentialRejected('This did:key is not in a form we read.', 'key');
    n = n * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  for (; n > 0n; n >>= 8n) bytes.unshift(Number(n & 0xffn));
  for (const ch of text) {
    if (ch !== '1') break;
    bytes.unshift(0);
  }
  return new Uint8Array(bytes);
}

/** The issuer's public key, from the header: an embedded jwk, a did:key, or a URL that opens a JWK or a key set. */
async function issuerKey(header: { jwk?: JWK; kid?: string }, options: ImportOptions): Promise<JWK> {
  if (header.jwk) {
    if ('d' in header.jwk) throw new CredentialRejected('The header carries a private key.', 'key');
    return header.jwk;
  }
  const kid = header.kid;
  if (!kid) throw new CredentialRejected('The credential does not say which key signed it.', 'key');
  if (kid.startsWith('did:key:')) return didKeyJwk(kid);
  const found = (await fetchJson(kid, options)) as JWK | { keys?: JWK[] };
  if ('keys' in found && Array.isArray(found.keys)) {
    const fragment = new URL(kid).hash.slice(1);
    const key = found.keys.find((k) => k.kid === kid || (fragment && k.kid === fragment)) ?? found.keys[0];
    if (key) return key;
  } else if (found && typeof found === 'object' && 'kty' in found) return found;
  throw new CredentialRejected('The address of the key did not give a key.', 'key');
}

/** Revoked, by the credential's own status list (W3C Bitstring Status List; the list's signature is not required). */
async function checkStatus(credential: Record<string, unknown>, options: ImportOptions): Promise<void> {
  const entries = [credential.credentialStatus].flat().filter(Boolean) as {
    type?: string;
    statusPurpose?: string;
    statusListIndex?: string;
    statusListCredential?: string;
  }[];
  for (const entry of entries) {
    if (entry.type !== 'BitstringStatusListEntry' || entry.statusPurpose !== 'revocation') continue;
    const list = await fetchJson(String(entry.statusListCredential), options);
    const body =
      typeof list === 'string'
        ? (JSON.parse(new TextDecoder().decode(base64url.decode(list.split('.')[1] ?? ''))) as Record<string, unknown>)
        : (list as Record<string, unknown>);
    const subject = (body.vc as Record<string, unknown> | undefined)?.credentialSubject ?? body.credentialSubject;
    const encoded = (subject as { encodedList?: unknown } | undefined)?.encodedList;
    if (typeof encoded !== 'string') throw new CredentialRejected('Its revocation list could not be read.', 'revoked');
    if (isSet(await decodeStatusList(encoded), Number(entry.statusListIndex))) {
      throw new CredentialRejected('The issuer has revoked this credential.', 'revoked');
    }
  }
}

const escoSkill = new Map(skills.flatMap((s) => (s.crosswalk?.esco ? [[s.crosswalk.esco.uri, s.id] as const] : [])));
const onetSkill = new Map(skills.flatMap((s) => (s.crosswalk?.onet ? [[s.crosswalk.onet.id, s.id] as const] : [])));
const escoPaper = new Map(hardRequirements.flatMap((h) => (h.esco ? [[h.esco.uri, h.id] as const] : [])));

/** Every alignment in the credential: the achievement's, its result descriptions' and its results'. */
function alignmentsOf(subject: Record<string, unknown>): { targetUrl?: string; targetCode?: string }[] {
  const achievement = (subject.achievement ?? {}) as Record<string, unknown>;
  const lists = [
    achievement.alignment,
    ...[achievement.resultDescription].flat().map((d) => (d as { alignment?: unknown } | undefined)?.alignment),
    ...[subject.result].flat().map((r) => (r as { alignment?: unknown } | undefined)?.alignment),
  ];
  return lists.flatMap((l) => (Array.isArray(l) ? (l as { targetUrl?: string; targetCode?: string }[]) : []));
}

export async function importCredential(jws: string, options: ImportOptions = {}): Promise<ImportedClaim> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    throw new CredentialRejected('This is not a signed credential (VC-JWT).', 'malformed');
  }
  if (!header.alg || !ALGORITHMS.includes(header.alg)) {
    throw new CredentialRejected(`It is signed with ${header.alg ?? 'no algorithm'}, which we do not accept.`, 'key');
  }
  const jwk = await issuerKey(header as { jwk?: JWK; kid?: string }, options);
  let payload: Record<string, unknown>;
  try {
    const { payload: bytes } = await compactVerify(jws, await importJWK(jwk, header.alg), { algorithms: [header.alg] });
    payload = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    throw new CredentialRejected(
      'The signature does not hold: it was changed, or signed with another key.',
      'signature',
    );
  }
  // VC 2.0 JWTs carry the credential as the payload; VC 1.1 ones in a `vc` claim.
  const credential = (payload.vc && typeof payload.vc === 'object' ? payload.vc : payload) as Record<string, unknown>;
  const types = [credential.type].flat();
  if (!types.includes('OpenBadgeCredential') && !types.includes('AchievementCredential')) {
    throw new CredentialRejected('This is not an Open Badges credential.', 'not-open-badge');
  }
  const now = (options.now ?? new Date()).getTime();
  const from = Date.parse(String(credential.validFrom ?? credential.issuanceDate));
  const until = Date.parse(String(credential.validUntil ?? credential.expirationDate ?? ''));
  if (Number.isNaN(from)) throw new CredentialRejected('It does not say from when it is valid.', 'not-open-badge');
  if (now < from) throw new CredentialRejected('It is not valid yet.', 'not-yet-valid');
  if (!Number.isNaN(until) && now > until) throw new CredentialRejected('It has expired.', 'expired');
  await checkStatus(credential, options);

  const subject = (credential.credentialSubject ?? {}) as Record<string, unknown>;
  const found = new Set<string>();
  const papers = new Set<string>();
  for (const a of alignmentsOf(subject)) {
    const url = a.targetUrl?.replace(/^https:/, 'http:');
    const skill = (url && escoSkill.get(url)) ?? (a.targetCode && onetSkill.get(a.targetCode));
    if (skill) found.add(skill);
    const paper = url && escoPaper.get(url);
    if (paper) papers.add(paper);
  }
  if (!found.size && !papers.size) {
    throw new CredentialRejected(
      'It names no skill or certificate we know (no ESCO or O*NET alignment of ours).',
      'no-known-skill',
    );
  }
  const issuer = (typeof credential.issuer === 'string' ? { id: credential.issuer } : credential.issuer) as {
    id?: unknown;
    name?: unknown;
  };
  const achievement = (subject.achievement ?? {}) as { name?: unknown };
  const text = (v: unknown, fallback: string) =>
    typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : fallback;
  return {
    issuer: { id: text(issuer?.id, 'unknown').slice(0, 300), name: text(issuer?.name, text(issuer?.id, 'unknown')) },
    skills: [...found].map((skillId) => ({ skillId })),
    hardRequirements: [...papers],
    evidence: { name: text(achievement.name, 'Open Badge'), date: new Date(from).toISOString().slice(0, 10) },
    issuedAt: new Date(from).toISOString(),
  };
}
