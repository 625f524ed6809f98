/** Random ids, keys and pseudonyms from the platform's CSPRNG (WebCrypto: Node and browsers alike). */

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // no 0/o, 1/l: readable aloud

export function randomString(length: number, alphabet = ALPHABET): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

export const newId = (prefix: string) => `${prefix}_${randomString(16)}`;

/** First halves of a pseudonym: colours, metals and weather, easy to say in Dutch. */
// prettier-ignore
const PSEUDONYM_FIRST = [
  'Zilver', 'Goud', 'Koper', 'Brons', 'Tin', 'IJzer', 'Rood', 'Blauw', 'Groen', 'Geel', 'Paars', 'Koraal',
  'Wit', 'Grijs', 'Zand', 'Klei', 'Steen', 'Mos', 'Storm', 'Zon', 'Maan', 'Ster', 'Wolk', 'Regen', 'Sneeuw',
  'Dauw', 'Mist', 'Berg', 'Dal', 'Duin', 'Golf', 'Beek', 'Meer', 'Licht', 'Wind', 'Veld', 'Vlas', 'Bron',
  'Kust', 'Polder',
];
/** Second halves: trees, plants and birds. */
// prettier-ignore
const PSEUDONYM_SECOND = [
  'berk', 'eik', 'beuk', 'linde', 'wilg', 'den', 'spar', 'esdoorn', 'lavendel', 'kastanje', 'hulst', 'varen',
  'roos', 'tulp', 'klaver', 'distel', 'riet', 'vlier', 'hazel', 'lijster', 'merel', 'mees', 'vink', 'reiger',
  'zwaluw', 'specht', 'uil', 'valk', 'kraai', 'gans', 'zwaan', 'kievit', 'leeuwerik', 'ekster', 'kwikstaart',
  'roodborst', 'winterkoning', 'gaai', 'kauw', 'sijs',
];

/**
 * What an employer sees of a candidate until they accept: "Zilverberk-17". Pronounceable, drawn
 * from the CSPRNG (40 × 40 × 990 ≈ 1.6 million, so one says nothing about another), stored once
 * per person per partner, so it stays the same.
 */
export function newPseudonym(): string {
  const [a, b, n] = crypto.getRandomValues(new Uint32Array(3));
  return `${PSEUDONYM_FIRST[a! % PSEUDONYM_FIRST.length]}${PSEUDONYM_SECOND[b! % PSEUDONYM_SECOND.length]}-${10 + (n! % 990)}`;
}

/**
 * node:crypto where the runtime has it: hashing then costs no promise, no thread hop and no copy
 * (the audit hashes every candidate of every list it logs). The offline API runs this server in
 * the browser, which has WebCrypto only.
 */
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as typeof import('node:crypto') | undefined;

/** SHA-256 of a text (UTF-8), in hex. */
export async function sha256(text: string): Promise<string> {
  if (nodeCrypto) return nodeCrypto.createHash('sha256').update(text).digest('hex');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
