/** Random ids, keys and pseudonyms from the platform's CSPRNG (WebCrypto: Node and browsers alike). */

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // no 0/o, 1/l: readable aloud

export function randomString(length: number, alphabet = ALPHABET): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

export const newId = (prefix: string) => `${prefix}_${randomString(16)}`;

/** What an employer sees of a candidate until they accept: "kandidaat-7fk3q2". */
export const newPseudonym = () => `kandidaat-${randomString(6)}`;

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
