/**
 * How a credential's JWT is stored (migration 18): its header and signature as they are, its
 * payload as the JSON that was signed, which the database compresses (base64 it cannot). Putting
 * the three together again gives the very JWT that was issued.
 */
import { base64url } from 'jose';

export interface StoredJwt {
  jws_header: string;
  jws_payload: string;
  jws_signature: string;
}

/** The parts of a JWT to store; `payloadJson`, when the signer gives it, saves decoding the payload again. */
export function storedJwt(jwt: string, payloadJson?: string): StoredJwt {
  const [header, payload, signature] = jwt.split('.');
  if (!header || !payload || !signature || jwt.split('.').length !== 3) throw new Error('Not a compact JWS');
  return {
    jws_header: header,
    jws_payload: payloadJson ?? new TextDecoder().decode(base64url.decode(payload)),
    jws_signature: signature,
  };
}

export const jwtOf = (stored: StoredJwt): string =>
  `${stored.jws_header}.${base64url.encode(stored.jws_payload)}.${stored.jws_signature}`;
