/**
 * This device's storage for work in progress (a test being taken, a job profile being written).
 * Every call is safe: storage can be blocked (third-party iframe settings, private mode) or
 * full, and then the widget goes on without it — the server copy is still made.
 */

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The subject of a (partner-minted) token, so two people on one computer never share what is kept. */
export function personOf(token: string | undefined): string {
  if (!token) return 'anonymous';
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: string };
    return payload.sub ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The value stored under `key`, if there is one, it parses and `valid` accepts it. */
export function readLocal<T>(key: string, valid: (value: unknown) => value is T): T | undefined {
  try {
    const raw = storage()?.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    return valid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A stored object (not an array or null): its fields are checked one by one by the caller. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function writeLocal(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or blocked: nothing more to do here.
  }
}

/** Forget `key`, and the keys kept under it (`key|…`: a person's re-measurements and research rounds). */
export function forgetLocal(key: string): void {
  try {
    const store = storage()!;
    for (const k of Object.keys(store)) if (k === key || k.startsWith(`${key}|`)) store.removeItem(k);
  } catch {
    // Nothing to forget.
  }
}
